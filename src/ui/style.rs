//! Semantic segment styles -> theme styles.

use ratatui::style::{Modifier, Style};

use crate::doc::{BlockRole, Match, SegmentStyle};
use crate::theme::Theme;

/// How quotations are being shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteView {
    pub on: bool,
    pub current: Option<usize>,
    pub dim_other_text: bool,
}

pub(crate) fn role_style(theme: &Theme, role: BlockRole) -> Style {
    match role {
        BlockRole::Kicker => theme.kicker,
        BlockRole::Headline => theme.headline,
        BlockRole::Standfirst => theme.standfirst,
        BlockRole::Byline => theme.byline,
        BlockRole::Tags => theme.byline.patch(theme.dimmed),
        BlockRole::Rule => theme.border,
        BlockRole::Heading => theme.heading,
        BlockRole::Body | BlockRole::ListItem => theme.body,
        BlockRole::BlockQuote => theme.blockquote,
        BlockRole::Code => theme.code,
        BlockRole::Trailer => theme.trailer,
    }
}

/// The style of one segment.
pub(crate) fn segment_style(theme: &Theme, seg: SegmentStyle, quotes: QuoteView) -> Style {
    let mut style = theme.body.patch(role_style(theme, seg.role));
    let f = seg.flags;
    for (on, s) in [
        (f.dateline, theme.dateline),
        (f.emphasis, theme.emphasis),
        (f.strong, theme.strong),
        (f.code, theme.code),
        (f.link, theme.link),
        (f.link_index, theme.dimmed),
    ] {
        if on {
            style = style.patch(s);
        }
    }
    match seg.matched {
        Match::No => {}
        Match::Yes => return style.patch(theme.search_match),
        Match::Current => {
            return style
                .patch(theme.search_match)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        }
    }
    if !quotes.on || seg.prefix {
        return style;
    }
    match seg.quote {
        Some((q, depth)) => {
            style = style.patch(if depth == 0 {
                theme.quote
            } else {
                theme.quote_nested
            });
            if quotes.current.is_some()
                && (quotes.current == Some(q) || quotes.current == seg.outer_quote)
            {
                style = style.patch(theme.quote_current);
            }
            style
        }
        None if quotes.dim_other_text
            && !matches!(seg.role, BlockRole::Heading | BlockRole::Headline) =>
        {
            style.patch(theme.dimmed)
        }
        None => style,
    }
}
