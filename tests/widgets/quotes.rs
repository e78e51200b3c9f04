//! Quotations: exactly the quoted cells carry the quote style.

use super::*;

/// The text of the reader's cells drawn in the quote style (`nested` for the
/// nested style), in reading order.
fn styled_text(buf: &Buffer, style: Style) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            if c.fg == style.fg.unwrap_or(Color::Reset) && c.modifier.contains(style.add_modifier) {
                out.push_str(c.symbol());
            }
        }
    }
    out
}

#[test]
fn a_wrapped_quotation_is_highlighted_on_every_line_and_nothing_else_is() {
    let config = Config::builtin();
    let p = "The mayor spoke at noon. \u{201c}We will rebuild the harbour and the market before the first winter storms arrive,\u{201d} said Ana Lund, to applause.";
    let q = byte_range(
        p,
        "\u{201c}We will rebuild the harbour and the market before the first winter storms arrive,\u{201d}",
    );
    for width in [60, 90] {
        let article = article_with(&[p], vec![quote("We will…", 0, vec![(0, q.clone())])]);
        let buf = quote_mode(&config, article, width, 16);
        let got = styled_text(&buf, config.theme.quote);
        let want: String = p[q.clone()].chars().filter(|c| *c != ' ').collect();
        assert_eq!(
            got.replace(' ', ""),
            want,
            "width {width}\n{}",
            screen(&buf)
        );
        // The quotation spans more than one row at these widths.
        let rows: Vec<u16> = (0..16)
            .filter(|&y| (0..width).any(|x| buf[(x, y)].fg == config.theme.quote.fg.unwrap()))
            .collect();
        assert!(rows.len() >= 2, "width {width}: rows {rows:?}");
        // Other body text is dimmed.
        let (x, y) = find(&buf, "The mayor").unwrap();
        assert!(buf[(x, y)].modifier.contains(Modifier::DIM));
    }
}

#[test]
fn a_nested_quotation_has_the_nested_style_inside_the_outer_one() {
    let config = Config::builtin();
    let p = "She said: \u{201c}They told us \u{2018}never again\u{2019} and we believed them.\u{201d} Then she left.";
    let outer = byte_range(
        p,
        "\u{201c}They told us \u{2018}never again\u{2019} and we believed them.\u{201d}",
    );
    let inner = byte_range(p, "\u{2018}never again\u{2019}");
    for width in [40, 100] {
        let article = article_with(
            &[p],
            vec![
                quote("outer", 0, vec![(0, outer.clone())]),
                quote("never again", 1, vec![(0, inner.clone())]),
            ],
        );
        let buf = quote_mode(&config, article, width, 16);
        let nested = styled_text(&buf, config.theme.quote_nested);
        assert_eq!(nested.replace(' ', ""), "\u{2018}neveragain\u{2019}");
        let top = styled_text(&buf, config.theme.quote);
        assert_eq!(
            top.replace(' ', ""),
            "\u{201c}Theytoldusandwebelievedthem.\u{201d}",
            "width {width}\n{}",
            screen(&buf)
        );
    }
}

#[test]
fn a_multi_paragraph_quotation_is_highlighted_in_both_paragraphs_only() {
    let config = Config::builtin();
    let p1 = "Lund continued: \u{201c}The harbour is the city.";
    let p2 = "\u{201c}Without it we are a village.\u{201d} Nobody answered.";
    let r1 = byte_range(p1, "\u{201c}The harbour is the city.");
    let r2 = byte_range(p2, "\u{201c}Without it we are a village.\u{201d}");
    for width in [50, 90] {
        let article = article_with(
            &[p1, p2],
            vec![quote("…", 0, vec![(0, r1.clone()), (1, r2.clone())])],
        );
        let buf = quote_mode(&config, article, width, 18);
        let got = styled_text(&buf, config.theme.quote).replace(' ', "");
        assert_eq!(
            got,
            "\u{201c}Theharbouristhecity.\u{201c}Withoutitweareavillage.\u{201d}",
            "width {width}\n{}",
            screen(&buf)
        );
    }
}

#[test]
fn a_quotation_with_wide_characters_keeps_its_columns() {
    let config = Config::builtin();
    let p = "駅で店主は「東京の朝はいつも早いです、本当に早いです」と話した。 Then the train left the station.";
    let q = byte_range(p, "「東京の朝はいつも早いです、本当に早いです」");
    for width in [34, 80] {
        let mut qt = quote("東京", 0, vec![(0, q.clone())]);
        qt.marks = QuoteMarks::Corner;
        let buf = quote_mode(&config, article_with(&[p], vec![qt]), width, 16);
        let got = styled_text(&buf, config.theme.quote);
        // Wide characters take two cells: the second is a blank continuation.
        assert_eq!(
            got.replace(' ', ""),
            p[q.clone()],
            "width {width}\n{}",
            screen(&buf)
        );
        let (x, y) = find(&buf, "「東").unwrap();
        assert_eq!(buf[(x + 2, y)].symbol(), "東");
        assert_eq!(buf[(x + 4, y)].symbol(), "京");
    }
}

#[test]
fn without_quote_mode_nothing_is_highlighted() {
    let config = Config::builtin();
    let p = "\u{201c}Fine,\u{201d} she said.";
    let article = article_with(
        &[p],
        vec![quote(
            "Fine,",
            0,
            vec![(0, byte_range(p, "\u{201c}Fine,\u{201d}"))],
        )],
    );
    let s = state(&config, 1, Some(article), 80, 12);
    let buf = render(&s, &config, 80, 12);
    assert_eq!(styled_text(&buf, config.theme.quote), "");
}

#[test]
fn without_colour_quotations_and_headings_stand_out_by_attributes() {
    let mut config = Config::builtin();
    config.theme = config.theme.clone().without_colors();
    let text = "Before. \u{201c}Rebuild it now,\u{201d} she said.";
    let range = byte_range(text, "\u{201c}Rebuild it now,\u{201d}");
    let mut article = article_with(&[text], vec![quote("Rebuild it now,", 0, vec![(0, range)])]);
    article.sections.push(Section {
        heading: Some("The next steps".into()),
        blocks: vec![Block::paragraph("After.")],
    });
    let buf = quote_mode(&config, article, 80, 16);
    let attrs = |needle: &str| {
        let (x, y) = find_from(&buf, needle, 31).unwrap();
        let c = &buf[(x, y)];
        assert_eq!(
            (c.fg, c.bg),
            (Color::Reset, Color::Reset),
            "{needle} has no colour"
        );
        c.modifier
    };
    let quote = attrs("Rebuild");
    let body = attrs("she said");
    let heading = attrs("The next steps");
    assert_ne!(quote, body, "quotation vs body");
    assert_ne!(heading, body, "heading vs body");
    assert_ne!(heading, quote, "heading vs quotation");
}
