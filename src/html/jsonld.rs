//! JSON-LD `NewsArticle` / `Article` (and their kin: `ReportageNewsArticle`,
//! `BlogPosting`, …): headline, author (a string, an object with a name, or an
//! array of either), `datePublished`, `publisher.name`, `url`. The first article
//! object found wins; one inside `@graph` or an array counts.

use serde_json::Value;

/// What a JSON-LD block says about the article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct LinkedData {
    pub headline: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
}

/// How deep objects are searched for an article.
const MAX_DEPTH: usize = 6;

/// The article in a `<script type="application/ld+json">` block's text.
pub(super) fn article(script: &str) -> Option<LinkedData> {
    let text = script.trim();
    let text = text.strip_prefix("<!--").unwrap_or(text);
    let text = text.strip_suffix("-->").unwrap_or(text).trim();
    let text = text.strip_prefix("//<![CDATA[").unwrap_or(text);
    let text = text.strip_suffix("//]]>").unwrap_or(text);
    let value: Value = serde_json::from_str(text).ok()?;
    let found = find(&value, 0)?;
    Some(LinkedData {
        headline: string(found.get("headline")).or_else(|| string(found.get("name"))),
        author: found.get("author").and_then(people),
        date: string(found.get("datePublished")).or_else(|| string(found.get("dateCreated"))),
        publisher: found.get("publisher").and_then(name),
        url: string(found.get("url")),
    })
}

fn find(value: &Value, depth: usize) -> Option<&serde_json::Map<String, Value>> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find(v, depth + 1)),
        Value::Object(map) => {
            if is_article(map.get("@type")) {
                return Some(map);
            }
            map.get("@graph")
                .or_else(|| map.get("mainEntity"))
                .and_then(|v| find(v, depth + 1))
        }
        _ => None,
    }
}

fn is_article(kind: Option<&Value>) -> bool {
    let one = |v: &Value| {
        v.as_str().is_some_and(|s| {
            let s = s.rsplit('/').next().unwrap_or(s);
            s.ends_with("Article") || s == "BlogPosting" || s == "Report"
        })
    };
    match kind {
        Some(Value::Array(kinds)) => kinds.iter().any(one),
        Some(v) => one(v),
        None => false,
    }
}

fn string(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|v| string(Some(v))),
        _ => None,
    }
}

/// A name: the string itself, or an object's `name`.
fn name(value: &Value) -> Option<String> {
    match value {
        Value::Object(map) => string(map.get("name")),
        Value::Array(items) => items.iter().find_map(name),
        other => string(Some(other)),
    }
}

/// One author or several, joined with "and".
fn people(value: &Value) -> Option<String> {
    let names: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(name).collect(),
        other => name(other).into_iter().collect(),
    };
    let names: Vec<String> = names
        .into_iter()
        .filter(|n| !n.starts_with("http"))
        .collect();
    match names.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [init @ .., last] => Some(format!("{} and {last}", init.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_news_article() {
        let ld = article(
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry returns",
            "author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2026-03-14T08:00:00Z",
            "publisher":{"@type":"Organization","name":"The Harbour Post"}}"#,
        )
        .unwrap();
        assert_eq!(ld.headline.as_deref(), Some("Ferry returns"));
        assert_eq!(ld.author.as_deref(), Some("Jane Doe"));
        assert_eq!(ld.date.as_deref(), Some("2026-03-14T08:00:00Z"));
        assert_eq!(ld.publisher.as_deref(), Some("The Harbour Post"));
    }

    #[test]
    fn authors_come_as_strings_objects_or_arrays() {
        let one = |author: &str| {
            article(&format!(
                r#"{{"@type":"Article","headline":"H","author":{author}}}"#
            ))
            .unwrap()
            .author
        };
        assert_eq!(one(r#""Jane Doe""#).as_deref(), Some("Jane Doe"));
        assert_eq!(one(r#"{"name":"Jane Doe"}"#).as_deref(), Some("Jane Doe"));
        assert_eq!(
            one(r#"[{"name":"Jane Doe"},"Ali Khan",{"name":"Bo Li"}]"#).as_deref(),
            Some("Jane Doe, Ali Khan and Bo Li")
        );
        assert_eq!(one("42"), None);
    }

    #[test]
    fn finds_the_article_in_a_graph_or_an_array() {
        let graph = r#"{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"In a graph"}]}"#;
        assert_eq!(
            article(graph).unwrap().headline.as_deref(),
            Some("In a graph")
        );
        let list = r#"[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"In a list"}]"#;
        assert_eq!(
            article(list).unwrap().headline.as_deref(),
            Some("In a list")
        );
        assert_eq!(
            article(r#"{"@type":"WebPage","name":"Not an article"}"#),
            None
        );
        assert_eq!(article("{not json"), None);
    }
}
