//! The plain BM25 baseline of the relevance collection (tests/relevance/): tantivy's own BM25 over
//! the title and body of every readout, with tantivy's stock English stemming tokenizer, no field
//! weights, no typo tolerance, no proximity, the query's words ORed as tantivy's query parser reads
//! them. It shares nothing with readouts' ranking, which is the point: it is what an engine gives
//! out of the box.
//!
//! tantivy registers `en_stem` only with its `stemmer` feature, which readouts leaves off (it needs
//! English alone, through `frostem` directly: src/index/stem.rs); so this baseline registers the
//! same chain tantivy's `en_stem` is: simple tokenizer, tokens over 40 bytes dropped, lower case,
//! English Snowball (the `frostem` stemmer tantivy's `Stemmer` wraps).
//!
//! `cargo run --release --example plain_bm25 -- EXPORT.ndjson [TOP] < queries` prints, for each
//! query line, one JSON array of the files (base names) of its top hits (default 20).

use std::io::{BufRead, Write};

use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value};
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};
use tantivy::{Index, TantivyDocument, doc};

fn main() -> tantivy::Result<()> {
    let mut args = std::env::args().skip(1);
    let export = args.next().expect("usage: plain_bm25 EXPORT.ndjson [TOP] < queries");
    let top: usize = args.next().map_or(20, |n| n.parse().expect("TOP is a number"));

    let mut builder = Schema::builder();
    let stemmed = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(tantivy::schema::IndexRecordOption::WithFreqsAndPositions),
    );
    let file = builder.add_text_field("file", STRING | STORED);
    let title = builder.add_text_field("title", stemmed.clone());
    let body = builder.add_text_field("body", stemmed);
    let index = Index::create_in_ram(builder.build());
    index.tokenizers().register(
        "en_stem",
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(EnglishStemmer)
            .build(),
    );
    let mut writer = index.writer(200_000_000)?;
    let reader = std::io::BufReader::new(std::fs::File::open(&export)?);
    for line in reader.lines() {
        let record: serde_json::Value = serde_json::from_str(&line?).expect("export lines are JSON");
        let text = |key: &str| record[key].as_str().unwrap_or_default().to_string();
        let path = text("path");
        let name = path.rsplit('/').next().unwrap_or_default().to_string();
        writer.add_document(doc!(file => name, title => text("title"), body => text("body")))?;
    }
    writer.commit()?;
    let searcher = index.reader()?.searcher();
    let parser = QueryParser::for_index(&index, vec![title, body]);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for query in std::io::stdin().lock().lines() {
        let (query, _errors) = parser.parse_query_lenient(&query?);
        let hits = searcher.search(&query, &TopDocs::with_limit(top).order_by_score())?;
        let mut names = Vec::with_capacity(hits.len());
        for (_, address) in hits {
            let doc: TantivyDocument = searcher.doc(address)?;
            names.push(doc.get_first(file).and_then(|v| v.as_str()).unwrap_or_default().to_string());
        }
        writeln!(out, "{}", serde_json::to_string(&names).expect("names serialise"))?;
    }
    Ok(())
}

/// The English Snowball stemmer as a token filter: what tantivy's `Stemmer` filter does for English.
#[derive(Clone, Copy)]
struct EnglishStemmer;

impl TokenFilter for EnglishStemmer {
    type Tokenizer<T: Tokenizer> = Stemming<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> Stemming<T> {
        Stemming { inner }
    }
}

#[derive(Clone)]
struct Stemming<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for Stemming<T> {
    type TokenStream<'a> = StemmedStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemmedStream {
            inner: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        }
    }
}

struct StemmedStream<S> {
    inner: S,
    stemmer: frostem::Stemmer,
}

impl<S: TokenStream> TokenStream for StemmedStream<S> {
    fn advance(&mut self) -> bool {
        if !self.inner.advance() {
            return false;
        }
        let token = self.inner.token_mut();
        let stem = self.stemmer.stem(&token.text).into_owned();
        token.text = stem;
        true
    }

    fn token(&self) -> &Token {
        self.inner.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}
