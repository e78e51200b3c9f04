//! Apply one parsed file on top of a configuration: the keys it sets replace
//! the current values; tables merge key by key.

use std::path::Path;

use toml::Spanned;

use super::error::Diag;
use super::raw::{ByteSize, Order, RawConfig, Seconds};
use super::{Config, expand_tilde};

/// Apply `raw` to `config`. On error `config` may be partly changed.
pub(crate) fn apply(config: &mut Config, raw: RawConfig, home: Option<&Path>) -> Result<(), Diag> {
    if let Some(dirs) = raw.articles_dir {
        config.articles_dirs = dirs.0.iter().map(|d| expand_tilde(d, home)).collect();
    }
    if let Some(exts) = raw.extensions {
        config.extensions = exts
            .into_iter()
            .map(|e| extension(&e))
            .collect::<Result<_, _>>()?;
    }
    if let Some(sort) = raw.sort {
        if let Some(key) = sort.key {
            config.sort.key = key;
        }
        if let Some(order) = sort.order {
            config.sort.descending = order == Order::Descending;
        }
    }
    if let Some(mouse) = raw.mouse {
        config.mouse = mouse;
    }
    if let Some(n) = raw.index_from {
        config.index_from = n;
    }
    if let Some(opener) = raw.opener {
        config.opener = opener_words(&opener)?;
    }
    if let Some(theme) = raw.theme {
        if let Some(preset) = theme.preset {
            config.theme = preset.theme();
        }
        theme.apply_overrides(&mut config.theme);
    }
    if let Some(keys) = raw.keys {
        super::keys::apply(&mut config.keys, keys)?;
    }
    if let Some(layout) = raw.layout {
        let l = &mut config.layout;
        set(&mut l.list_width, layout.list_width);
        set(&mut l.list_height, layout.list_height);
        set(&mut l.split, layout.split);
        set(&mut l.columns, layout.columns);
        set(&mut l.status_bar, layout.status_bar);
    }
    if let Some(reader) = raw.reader {
        let r = &mut config.reader;
        if let Some(w) = reader.max_width {
            r.max_width = at_least(&w, 20)?;
        }
        if let Some(s) = reader.paragraph_spacing {
            if *s.get_ref() > 4 {
                return Err(Diag::value(
                    s.span(),
                    format!("expected 0 to 4 blank lines, found {}", s.get_ref()),
                ));
            }
            r.paragraph_spacing = *s.get_ref();
        }
        set(&mut r.align, reader.align);
        set(&mut r.justify, reader.justify);
        set(&mut r.hyphenate, reader.hyphenate);
        set(&mut r.wrap, reader.wrap);
        set(&mut r.show_reading_time, reader.show_reading_time);
    }
    if let Some(quotes) = raw.quotes {
        let q = &mut config.quotes;
        set(&mut q.highlight, quotes.highlight);
        set(&mut q.dim_other_text, quotes.dim_other_text);
        if let Some(styles) = quotes.styles {
            q.styles = styles.into_iter().map(Into::into).collect();
        }
    }
    if let Some(web) = raw.web {
        let w = &mut config.web;
        if let Some(t) = web.connect_timeout {
            w.connect_timeout = seconds(&t)?;
        }
        if let Some(t) = web.read_timeout {
            w.read_timeout = seconds(&t)?;
        }
        if let Some(size) = web.max_size {
            w.max_size = byte_size(size.get_ref()).ok_or_else(|| {
                let found = match size.get_ref() {
                    ByteSize::Bytes(n) => n.to_string(),
                    ByteSize::Text(t) => format!("{t:?}"),
                };
                Diag::value(
                    size.span(),
                    format!(
                        "expected a size from 1 KB to 1 GB (\"10 MB\", \"512 KB\" or a number of bytes), found {found}"
                    ),
                )
            })?;
        }
    }
    if let Some(sync) = raw.sync {
        set(&mut config.full_text, sync.full_text);
    }
    feeds(config, raw.feeds, home)
}

/// `[[feeds]]` tables, each checked; a URL given twice is kept once.
fn feeds(
    config: &mut Config,
    feeds: Option<Vec<super::raw::RawFeed>>,
    home: Option<&Path>,
) -> Result<(), Diag> {
    for feed in feeds.unwrap_or_default() {
        let feed = super::feeds::feed(feed, config.full_text, home)?;
        if !config.feeds.iter().any(|f| f.url == feed.url) {
            config.feeds.push(feed);
        }
    }
    Ok(())
}

/// A timeout in seconds: more than 0, at most an hour.
fn seconds(value: &Spanned<Seconds>) -> Result<std::time::Duration, Diag> {
    let v = value.get_ref().0;
    if !(v > 0.0 && v <= 3600.0) {
        return Err(Diag::value(
            value.span(),
            format!("expected a number of seconds above 0 and at most 3600, found {v}"),
        ));
    }
    Ok(std::time::Duration::from_secs_f64(v))
}

/// `10485760`, `"10 MB"`, `"512KB"`, `"1 GB"` (units of 1024), from 1 KB to 1 GB.
pub(crate) fn byte_size(size: &ByteSize) -> Option<u64> {
    let bytes = match size {
        ByteSize::Bytes(n) => u64::try_from(*n).ok()?,
        ByteSize::Text(t) => {
            let t = t.trim();
            let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
            let (number, unit) = t.split_at(split);
            let number: u64 = number.parse().ok()?;
            let unit = match unit.trim().to_ascii_uppercase().as_str() {
                "" | "B" => 1,
                "KB" | "K" | "KIB" => 1 << 10,
                "MB" | "M" | "MIB" => 1 << 20,
                "GB" | "G" | "GIB" => 1 << 30,
                _ => return None,
            };
            number.checked_mul(unit)?
        }
    };
    (1024..=1 << 30).contains(&bytes).then_some(bytes)
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *slot = v;
    }
}

fn at_least(value: &Spanned<u16>, min: u16) -> Result<u16, Diag> {
    let v = *value.get_ref();
    if v < min {
        return Err(Diag::value(
            value.span(),
            format!("expected at least {min} columns, found {v}"),
        ));
    }
    Ok(v)
}

fn extension(ext: &Spanned<String>) -> Result<String, Diag> {
    let e = ext.get_ref().trim_start_matches('.').to_lowercase();
    if e.is_empty() || e.contains(['/', '\\', '.', ' ']) {
        return Err(Diag::value(
            ext.span(),
            format!(
                "expected a file extension like \"txt\", found {:?}",
                ext.get_ref()
            ),
        ));
    }
    Ok(e)
}

fn opener_words(opener: &Spanned<super::raw::OneOrMany<String>>) -> Result<Vec<String>, Diag> {
    let words = match opener.get_ref().0.as_slice() {
        [one] => one.split_whitespace().map(str::to_string).collect(),
        many => many.to_vec(),
    };
    if words.iter().any(String::is_empty) {
        return Err(Diag::value(
            opener.span(),
            "expected a command, found an empty word",
        ));
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        let t = |s: &str| byte_size(&ByteSize::Text(s.into()));
        assert_eq!(t("10 MB"), Some(10 << 20));
        assert_eq!(t("512KB"), Some(512 << 10));
        assert_eq!(t("1 gb"), Some(1 << 30));
        assert_eq!(t("2048"), Some(2048));
        assert_eq!(t("2 GB"), None);
        assert_eq!(t("10 parsecs"), None);
        assert_eq!(t("MB"), None);
        assert_eq!(byte_size(&ByteSize::Bytes(4096)), Some(4096));
        assert_eq!(byte_size(&ByteSize::Bytes(-1)), None);
        assert_eq!(byte_size(&ByteSize::Bytes(10)), None);
    }

    #[test]
    fn web_table_applies() {
        let c = Config::from_toml(
            "[web]\nconnect_timeout = 2\nread_timeout = 0.5\nmax_size = \"1 MB\"",
            "t",
            None,
            false,
        )
        .unwrap();
        assert_eq!(c.web.connect_timeout, std::time::Duration::from_secs(2));
        assert_eq!(c.web.read_timeout, std::time::Duration::from_millis(500));
        assert_eq!(c.web.max_size, 1 << 20);
        let d = Config::builtin().web;
        assert_eq!(
            (
                d.connect_timeout.as_secs(),
                d.read_timeout.as_secs(),
                d.max_size
            ),
            (10, 30, 10 << 20)
        );
    }
}
