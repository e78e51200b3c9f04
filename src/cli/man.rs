//! `byline man`: the manual page byline(1) in roff.
//!
//! Generated, never written by hand: the synopsis and options by `clap_mangen` from
//! the command-line definitions, COMMANDS from the same definitions, KEYS from the
//! action table and the default keymap, FILES from [`super::files`], EXIT STATUS
//! from [`super::exit`].

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;
use clap_mangen::Man;
use roff::{Inline, Roff, bold, italic, line_break, roman};

use crate::action::Action;
use crate::cli::{Cli, EXAMPLES, exit, files};
use crate::keymap::Keymap;

/// Run `byline man`.
pub fn run() -> ExitCode {
    match page() {
        Ok(page) => {
            // A closed pipe (`byline man | head`) is not worth a message.
            let _ = std::io::stdout().lock().write_all(&page);
            ExitCode::from(exit::SUCCESS)
        }
        Err(e) => {
            eprintln!("byline: {e}");
            ExitCode::from(exit::FAILURE)
        }
    }
}

/// The whole page.
///
/// # Errors
/// Only if writing to memory fails, which it does not.
pub fn page() -> std::io::Result<Vec<u8>> {
    let mut cmd = Cli::command();
    cmd.build();
    let man = Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    let mut roff = Roff::new();
    commands(&mut roff, &cmd);
    keys(&mut roff, &Keymap::default());
    files(&mut roff);
    environment(&mut roff);
    exit_status(&mut roff);
    examples(&mut roff);
    roff.to_writer(&mut out)?;
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// Every subcommand, nested ones too, with its usage and what it does.
fn commands(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Without a command, byline reads the folders and files given (or the config's \
         articles_dir, or the built-in samples) in the terminal.",
    )]);
    subcommands(roff, cmd);
}

fn subcommands(roff: &mut Roff, cmd: &clap::Command) {
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let usage = sub.clone().render_usage().to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage).to_string();
        roff.control("TP", []);
        roff.text([bold(usage)]);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
        subcommands(roff, sub);
    }
}

/// Every action, its default keys and its config name.
fn keys(roff: &mut Roff, keymap: &Keymap) {
    roff.control("SH", ["KEYS"]);
    roff.text([
        roman("The default bindings. Every action can be bound to other keys in the "),
        bold("[keys]"),
        roman(" table of the config, by the name in parentheses; "),
        bold("?"),
        roman(" shows the bindings in use."),
    ]);
    // One entry per config name: the nine sections are one, their keys in order.
    for &action in Action::ALL {
        let family = action.family();
        if family.first() != Some(&action) {
            continue;
        }
        let names: Vec<&str> = family
            .iter()
            .flat_map(|a| keymap.keys_of(*a))
            .map(|(_, n)| n.as_str())
            .collect();
        let keys = if names.is_empty() {
            italic("(no key)")
        } else {
            bold(names.join(", "))
        };
        roff.control("TP", []);
        roff.text([keys, roman(format!(" ({})", action.name()))]);
        roff.text([roman(action.description())]);
    }
    roff.control("TP", []);
    roff.text([bold("ctrl-c")]);
    roff.text([roman("Quit at once (always; cannot be rebound).")]);
}

/// The config, the reading state and the cache, on Linux and macOS.
fn files(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    for kept in files::KEPT {
        let mut text: Vec<Inline> = vec![
            roman("Linux: "),
            italic(kept.folder.linux_text(kept.name)),
            line_break(),
            roman("macOS: "),
            italic(kept.folder.macos_text(kept.name)),
        ];
        text.push(line_break());
        text.push(roman(kept.what));
        roff.control("TP", []);
        roff.text([bold(kept.name)]);
        roff.text(text);
    }
    roff.control("PP", []);
    roff.text([
        roman("byline config path prints the config file's path on this machine. "),
        roman("Article files are only ever read."),
    ]);
}

/// The environment variables byline reads.
fn environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    let mut vars: Vec<(String, String)> = vec![
        (
            "BYLINE_CONFIG".into(),
            "The config file to read, unless --config is given.".into(),
        ),
        (
            "NO_COLOR".into(),
            "When set and not empty, no colours.".into(),
        ),
        (
            "EDITOR, PAGER".into(),
            "What the edit action opens the article with.".into(),
        ),
    ];
    for kept in files::KEPT {
        let (var, default) = kept.folder.xdg();
        vars.push((
            var.into(),
            format!("On Linux, the base of {} (default ~/{default}).", kept.name),
        ));
    }
    for (var, what) in vars {
        roff.control("TP", []);
        roff.text([bold(var)]);
        roff.text([roman(what)]);
    }
}

/// The exit statuses, from the table `main` uses.
fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for (status, what) in exit::STATUSES {
        roff.control("TP", []);
        roff.text([bold(*status)]);
        roff.text([roman(*what)]);
    }
}

/// The examples `--help` shows.
fn examples(roff: &mut Roff) {
    roff.control("SH", ["EXAMPLES"]);
    roff.control("nf", []);
    for line in EXAMPLES.lines().skip(1) {
        roff.text([roman(line.trim_start())]);
    }
    roff.control("fi", []);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> String {
        String::from_utf8(page().unwrap())
            .unwrap()
            .replace("\\-", "-")
    }

    #[test]
    fn every_section_is_there() {
        let page = text();
        for section in [
            "NAME",
            "SYNOPSIS",
            "OPTIONS",
            "COMMANDS",
            "KEYS",
            "FILES",
            "ENVIRONMENT",
            "\"EXIT STATUS\"",
            "EXAMPLES",
            "VERSION",
        ] {
            assert!(page.contains(&format!(".SH {section}\n")), "{section}");
        }
    }

    #[test]
    fn keys_name_every_action_once_and_the_sections_together() {
        let page = text();
        for name in Action::NAMES {
            assert_eq!(page.matches(&format!(" ({name})\n")).count(), 1, "{name}");
        }
        assert!(
            page.contains("1, 2, 3, 4, 5, 6, 7, 8, 9\\fR (section)\n"),
            "{page}"
        );
    }

    #[test]
    fn files_name_linux_and_macos_paths() {
        let page = text();
        assert!(page.contains("~/.config/byline/config.toml"), "{page}");
        assert!(
            page.contains("~/Library/Application Support/byline/state.json"),
            "{page}"
        );
        assert!(page.contains("~/Library/Caches/byline/heads-*.bin"));
    }
}
