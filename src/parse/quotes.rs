//! Quotation spans inside paragraphs, and who said them.

use crate::article::{Quote, Section};

/// Find every quotation in the sections' blocks, in reading order.
pub fn find(_sections: &[Section]) -> Vec<Quote> {
    Vec::new()
}
