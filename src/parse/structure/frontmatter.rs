//! Front matter of a Markdown file: TOML between `+++` lines or YAML between `---`
//! lines (closed by `---` or `...`). What it names wins over guesses from the text.
//!
//! Keys (any case): `title`; `author`/`authors`/`byline` (a list is joined with
//! " and "); `date`/`published`/`pubdate`; `source`/`publisher`/`outlet`;
//! `tags`/`keywords` (a list or a comma-separated string); `kicker`/`section`/
//! `category`; `standfirst`/`description`/`summary`/`subtitle`/`deck`. A source that
//! is a URL becomes its site name; `[[wiki links]]` around an author are removed.
//! Front matter that does not parse as a table is not front matter: the text is
//! left whole. YAML nested deeper than [`MAX_DEPTH`] or longer than [`MAX_LEN`] is
//! refused, so no input can exhaust the stack. Both languages decode escapes
//! (`"\e"`, `"\x1b"`, `"\u001b"`): every value is cleaned
//! ([`crate::parse::decode::clean`]) before it is used.

mod flat;

use super::date::full_date;
use crate::article::Date;
use crate::parse::decode::clean;

/// Deepest bracket nesting or indentation (in columns) accepted in YAML.
pub(crate) const MAX_DEPTH: usize = 64;
/// Longest front matter read, in bytes.
pub(crate) const MAX_LEN: usize = 64 * 1024;

/// What front matter told.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<Date>,
    pub source: Option<String>,
    pub tags: Vec<String>,
    pub kicker: Option<String>,
    pub standfirst: Option<String>,
}

/// A value of either language, reduced to what the keys need.
enum Value {
    Text(String),
    List(Vec<String>),
}

#[cfg(test)]
impl Value {
    /// The value as one string, a list's items between `|`s in brackets.
    fn shown(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::List(l) => format!("[{}]", l.join("|")),
        }
    }
}

/// Split front matter off the text: what it told, and the rest of the text.
pub fn split(text: &str) -> (Option<FrontMatter>, &str) {
    for (fence, ends) in [("+++", &["+++"][..]), ("---", &["---", "..."][..])] {
        if let Some((inner, rest)) = fenced(text, fence, ends)
            && inner.len() <= MAX_LEN
        {
            let pairs = if fence == "+++" {
                toml_pairs(inner)
            } else {
                yaml_pairs(inner)
            };
            if let Some(pairs) = pairs {
                return (Some(collect(pairs)), rest);
            }
        }
    }
    (None, text)
}

/// The text between an opening fence on the first line and a closing one.
fn fenced<'a>(text: &'a str, fence: &str, ends: &[&str]) -> Option<(&'a str, &'a str)> {
    let first = text.strip_prefix(fence)?;
    let (line, body) = first.split_once('\n')?;
    if !line.trim().is_empty() {
        return None;
    }
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        if ends.contains(&line.trim_end()) {
            return Some((body.get(..at)?, body.get(at + line.len()..)?));
        }
        at += line.len();
    }
    None
}

fn toml_pairs(inner: &str) -> Option<Vec<(String, Value)>> {
    let table: toml::Table = toml::from_str(inner).ok()?;
    Some(
        table
            .into_iter()
            .filter_map(|(k, v)| {
                let v = match v {
                    toml::Value::String(s) => Value::Text(s),
                    toml::Value::Datetime(d) => Value::Text(d.to_string()),
                    toml::Value::Integer(i) => Value::Text(i.to_string()),
                    toml::Value::Array(a) => Value::List(
                        a.into_iter()
                            .filter_map(|v| v.as_str().map(str::to_owned))
                            .collect(),
                    ),
                    _ => return None,
                };
                Some((k, v))
            })
            .collect(),
    )
}

fn yaml_pairs(inner: &str) -> Option<Vec<(String, Value)>> {
    flat::pairs(inner).or_else(|| yaml_parsed(inner))
}

fn yaml_parsed(inner: &str) -> Option<Vec<(String, Value)>> {
    if too_deep(inner) {
        return None;
    }
    let docs = yaml_rust2::YamlLoader::load_from_str(inner).ok()?;
    let yaml_rust2::Yaml::Hash(hash) = docs.into_iter().next()? else {
        return None;
    };
    let text = |y: &yaml_rust2::Yaml| match y {
        yaml_rust2::Yaml::String(s) | yaml_rust2::Yaml::Real(s) => Some(s.clone()),
        yaml_rust2::Yaml::Integer(i) => Some(i.to_string()),
        _ => None,
    };
    Some(
        hash.iter()
            .filter_map(|(k, v)| {
                let key = text(k)?;
                let value = match v {
                    yaml_rust2::Yaml::Array(a) => Value::List(a.iter().filter_map(text).collect()),
                    v => Value::Text(text(v)?),
                };
                Some((key, value))
            })
            .collect(),
    )
}

/// Bracket nesting or indentation beyond [`MAX_DEPTH`].
fn too_deep(inner: &str) -> bool {
    let mut depth = 0usize;
    for c in inner.chars() {
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_DEPTH {
            return true;
        }
    }
    inner
        .lines()
        .any(|l| l.len() - l.trim_start().len() > MAX_DEPTH)
}

fn collect(pairs: Vec<(String, Value)>) -> FrontMatter {
    let mut fm = FrontMatter::default();
    for (key, value) in pairs {
        let value = match value {
            Value::Text(s) => Value::Text(clean(&s)),
            Value::List(l) => Value::List(l.iter().map(|s| clean(s)).collect()),
        };
        let one = match &value {
            Value::Text(s) => Some(s.trim().to_owned()),
            Value::List(l) => Some(l.join(" and ")),
        }
        .filter(|s| !s.is_empty());
        match key.to_lowercase().as_str() {
            "title" => fm.title = fm.title.or(one),
            "author" | "authors" | "byline" => {
                fm.byline = fm
                    .byline
                    .or(one.map(|a| a.replace("[[", "").replace("]]", "")));
            }
            "date" | "published" | "pubdate" => {
                fm.date = fm.date.or_else(|| one.as_deref().and_then(full_date));
            }
            "source" | "publisher" | "outlet" => fm.source = fm.source.or(one.map(site)),
            "kicker" | "section" | "category" => fm.kicker = fm.kicker.or(one),
            "standfirst" | "description" | "summary" | "subtitle" | "deck" => {
                fm.standfirst = fm.standfirst.or(one);
            }
            "tags" | "keywords" if fm.tags.is_empty() => {
                fm.tags = match value {
                    Value::List(l) => l,
                    Value::Text(s) => s.split(',').map(|t| t.trim().to_owned()).collect(),
                };
                fm.tags.retain(|t| !t.is_empty());
            }
            _ => {}
        }
    }
    fm
}

/// A source given as a URL (web clippers write the page address) names its site:
/// `https://www.example.com/a/b` is `example.com`.
fn site(source: String) -> String {
    let Some(rest) = source
        .strip_prefix("https://")
        .or_else(|| source.strip_prefix("http://"))
    else {
        return source;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_front_matter() {
        let (fm, rest) = split(
            "+++\ntitle = \"Ports close\"\nauthor = [\"Jane Doe\", \"Max Roe\"]\ndate = 2026-03-14\ntags = [\"storm\", \"ports\"]\n+++\nBody\n",
        );
        let fm = fm.unwrap();
        assert_eq!(fm.title.as_deref(), Some("Ports close"));
        assert_eq!(fm.byline.as_deref(), Some("Jane Doe and Max Roe"));
        assert_eq!(
            fm.date,
            Some(Date {
                year: 2026,
                month: 3,
                day: 14
            })
        );
        assert_eq!(fm.tags, ["storm", "ports"]);
        assert_eq!(rest, "Body\n");
    }

    #[test]
    fn yaml_front_matter() {
        let (fm, rest) = split(
            "---\ntitle: Ports close\nsource: Harbour Wire\ndate: \"March 14, 2026\"\ntags: storm, ports\ndescription: Ferries go south\n...\nBody",
        );
        let fm = fm.unwrap();
        assert_eq!(fm.title.as_deref(), Some("Ports close"));
        assert_eq!(fm.source.as_deref(), Some("Harbour Wire"));
        assert_eq!(
            fm.date,
            Some(Date {
                year: 2026,
                month: 3,
                day: 14
            })
        );
        assert_eq!(fm.tags, ["storm", "ports"]);
        assert_eq!(fm.standfirst.as_deref(), Some("Ferries go south"));
        assert_eq!(rest, "Body");
    }

    #[test]
    fn web_clipper_front_matter() {
        let text = "---\ntitle: \"Ports close\"\nsource: \"https://www.example.com/news/ports?x=1\"\nauthor:\n  - \"[[Jane Doe]]\"\npublished: 2026-03-14\ntags:\n  - \"clippings\"\n---\nBody";
        let fm = split(text).0.unwrap();
        assert_eq!(fm.source.as_deref(), Some("example.com"));
        assert_eq!(fm.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(
            fm.date,
            Some(Date {
                year: 2026,
                month: 3,
                day: 14
            })
        );
        assert_eq!(fm.tags, ["clippings"]);
    }

    #[test]
    fn not_front_matter() {
        for text in [
            "---\nno closing fence\n",
            "---\n- a list\n---\n",
            "Title\n---\n",
            "+++\n= bad\n+++\n",
        ] {
            assert_eq!(split(text), (None, text), "{text}");
        }
    }

    #[test]
    fn escapes_decoded_from_either_language_are_cleaned() {
        let yaml = "---\ntitle: \"A \\e]0;T\\a B\"\nauthor: \"\\x1b[2JJane\"\ntags: [\"x\\u009b1m\", \"\\u202ey\"]\n---\n";
        let fm = split(yaml).0.unwrap();
        assert_eq!(fm.title.as_deref(), Some("A  B"));
        assert_eq!(fm.byline.as_deref(), Some("Jane"));
        assert_eq!(fm.tags, ["x", "y"]);
        let toml =
            "+++\ntitle = \"Clip \\u001b]52;c;QQ==\\u0007 here\"\nsource = \"W\\u0007\"\n+++\n";
        let fm = split(toml).0.unwrap();
        assert_eq!(fm.title.as_deref(), Some("Clip  here"));
        assert_eq!(fm.source.as_deref(), Some("W"));
    }

    #[test]
    fn deep_yaml_is_refused() {
        let deep = format!("---\na: {}\n---\n", "[".repeat(10_000));
        assert_eq!(split(&deep).0, None);
    }
}
