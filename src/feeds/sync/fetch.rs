//! One feed synced: fetched (conditionally), parsed, each new or changed item
//! written.

use super::{Done, Job, Report};
use crate::feeds::index::ItemState;
use crate::feeds::item::Item;
use crate::save::Target;
use crate::web::{Client, Conditional, Fetched, RetryAfter, WebError};

/// Sync one feed. `now` is seconds since the epoch (for `Retry-After`).
pub fn sync_feed(client: &Client, job: Job, now: u64) -> Report {
    let Job {
        feed,
        folder,
        mut state,
    } = job;
    let outcome = (|| {
        if let Some(until) = state.not_before.filter(|&t| t > now) {
            return Err(format!(
                "skipped: the server asked to wait {}s more (Retry-After)",
                until - now
            ));
        }
        state.not_before = None;
        let cond = Conditional {
            etag: state.etag.clone(),
            last_modified: state.last_modified.clone(),
        };
        let response = match client.get(&feed.url, &cond) {
            Ok(Fetched::Page(r)) => r,
            Ok(Fetched::NotModified { .. }) => {
                return Ok(Done {
                    not_modified: true,
                    ..Done::default()
                });
            }
            Err(e) => {
                if let WebError::Status {
                    retry_after: Some(after),
                    ..
                } = &e
                {
                    let wait = match after {
                        RetryAfter::Seconds(s) => *s,
                        RetryAfter::Date(_) => 3600,
                    };
                    state.not_before = Some(now + wait);
                    return Err(format!(
                        "{e}; skipped this run, the server asks to wait {wait}s (Retry-After)"
                    ));
                }
                return Err(e.to_string());
            }
        };
        let parsed = feed_rs::parser::Builder::new()
            .base_uri(Some(&response.url))
            .id_generator(|_, _, _| String::new())
            .build()
            .parse(response.body.as_slice())
            .map_err(|e| format!("{}: not a feed ({e})", feed.url))?;
        let mut done = Done::default();
        for entry in &parsed.entries {
            let Some(item) = Item::from_entry(entry, &response.url) else {
                done.skipped
                    .push("an item without title, link or text".into());
                continue;
            };
            let known = state.items.get(&item.key);
            if known.is_some_and(|k| k.hash == item.hash) {
                continue;
            }
            let page = if feed.full_text {
                item.link.as_deref().and_then(|link| {
                    done.pages += 1;
                    full_text(client, link)
                })
            } else {
                None
            };
            let text = item.article(&feed, page.as_ref());
            let url = item.url(&feed);
            match Target::new(&folder, &url).write(&item.stem(), "md", text.as_bytes()) {
                Ok(path) => {
                    if known.is_some() {
                        done.updated += 1;
                    } else {
                        done.new += 1;
                    }
                    state.items.insert(
                        item.key.clone(),
                        ItemState {
                            path: path.to_string_lossy().into_owned(),
                            hash: item.hash,
                        },
                    );
                }
                Err(e) => done.skipped.push(e.to_string()),
            }
        }
        // Validators only once every item is written: a failed write is tried again.
        if done.skipped.iter().all(|s| !s.contains("could not write")) {
            state.etag = response.etag;
            state.last_modified = response.last_modified;
        }
        Ok(done)
    })();
    Report {
        name: feed.name,
        url: feed.url,
        outcome,
        state,
    }
}

/// The article of an item's page, when it is a web page with one.
fn full_text(client: &Client, link: &str) -> Option<crate::html::Page> {
    let Ok(Fetched::Page(r)) = client.get(link, &Conditional::default()) else {
        return None;
    };
    let html = matches!(
        r.mime.as_deref(),
        Some("text/html" | "application/xhtml+xml") | None
    );
    if !html {
        return None;
    }
    let page = crate::html::extract(&r.body, r.charset.as_deref(), Some(&r.url));
    (page.found && !page.markdown.trim().is_empty()).then_some(page)
}
