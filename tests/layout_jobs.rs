//! Laying out a huge article again on resize: at most one layout job runs at a
//! time, and a newer width supersedes (and cancels) the ones before it, so a
//! storm of resizes costs one layout, not one thread and one layout each.
//!
//! One test in its own binary: it counts the process's threads.

#![cfg(test)]

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::Duration;

use byline::article::Format;
use byline::doc::BuildOptions;
use byline::loader::{Loader, Msg};

fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").map_or(0, Iterator::count)
}

#[test]
fn a_resize_storm_runs_one_layout_at_a_time_and_only_the_newest_finishes() {
    let mut text = String::from("Ferry crews at dawn\n\n");
    for n in 0..6000 {
        writeln!(
            text,
            "Paragraph {n} follows the ferry crews through a wet morning on the pier, \
             counting ropes and crates before the tide turns.\n"
        )
        .expect("write to a String");
    }
    let article = Arc::new(byline::parse::parse(&text, Format::Plain));
    let loader = Loader::default();
    let before = threads();
    let mut most = 0;
    let widths: Vec<u16> = (40..80).collect();
    for &width in &widths {
        let opts = BuildOptions {
            width,
            ..BuildOptions::default()
        };
        loader.build_doc(0, Arc::clone(&article), opts);
        most = most.max(threads().saturating_sub(before));
    }
    assert!(most <= 1, "{most} layout threads at once");
    let newest = widths.last().copied().unwrap_or_default();
    let mut finished = Vec::new();
    while finished.last() != Some(&newest) {
        match loader.rx.recv_timeout(Duration::from_secs(60)) {
            Ok(Msg::Layout { opts, doc, .. }) => {
                assert_eq!(doc.width, opts.width);
                finished.push(opts.width);
            }
            Ok(_) => {}
            Err(e) => panic!("no layout for the newest width: {e}; got {finished:?}"),
        }
    }
    // The first may have finished before the others came; the rest were
    // superseded while queued or cancelled between blocks.
    assert!(
        finished.len() <= 3,
        "{} layouts finished: {finished:?}",
        finished.len()
    );
}
