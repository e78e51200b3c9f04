//! The index's fields and how text is cut into terms.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

/// The tokenizer of every text field: runs of letters and digits
/// (`char::is_alphanumeric`) of text folded before ([`crate::search::fold_str`])
/// or as written (the cased body), exactly as [`words`] cuts a query. No
/// stemming, no stop words, no length limit: a query's words are found as
/// written.
pub const TOKENIZER: &str = "byline";

/// The fields, by handle.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The file's path (one term, stored).
    pub path: Field,
    /// The path's [`super::path_key`] (a term, and a fast field): what a
    /// document is found, replaced and deleted by, read without the
    /// documents' stored fields.
    pub key: Field,
    /// Size in bytes and modification time (nanoseconds since the epoch) of
    /// the file when indexed (fast fields): an update re-reads a file whose
    /// differ.
    pub size: Field,
    pub modified: Field,
    pub title: Field,
    pub source: Field,
    pub byline: Field,
    /// The whole text, as the scan searches it.
    pub body: Field,
    /// The whole text as written (its terms only, no positions): what a
    /// query with a capital looks up besides the folded terms.
    pub body_cased: Field,
    /// Each speaker, folded: what `speaker:` looks up.
    pub speakers: Field,
    /// Each speaker as written (stored only): what `speaker:` is checked against.
    pub speaker_names: Field,
}

impl Fields {
    /// The schema and its fields.
    pub fn schema() -> (Schema, Self) {
        let mut b = Schema::builder();
        let words = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let cased = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER)
                .set_index_option(IndexRecordOption::Basic),
        );
        let fields = Self {
            path: b.add_text_field("path", STRING | STORED),
            key: b.add_u64_field("key", INDEXED | FAST),
            size: b.add_u64_field("size", FAST),
            modified: b.add_u64_field("modified", FAST),
            title: b.add_text_field("title", words.clone()),
            source: b.add_text_field("source", words.clone()),
            byline: b.add_text_field("byline", words.clone()),
            body: b.add_text_field("body", words.clone()),
            speakers: b.add_text_field("speakers", words),
            speaker_names: b.add_text_field("speaker_names", STORED),
            body_cased: b.add_text_field("body_cased", cased),
        };
        (b.build(), fields)
    }

    /// The fields of an index opened from disk, if its schema is this one.
    pub fn of(schema: &Schema) -> Option<Self> {
        let (ours, fields) = Self::schema();
        (*schema == ours).then_some(fields)
    }
}

/// The analyzer registered as [`TOKENIZER`].
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default()).build()
}

/// Register the tokenizer on `index` (needed for every index opened).
pub fn register(index: &tantivy::Index) {
    index.tokenizers().register(TOKENIZER, analyzer());
}

/// The terms of `folded` text, as the index cuts it.
pub fn words(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}
