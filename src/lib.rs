//! # readouts
//!
//! A search engine for diplomatic press readouts: it reads readouts (text files with `key value`
//! headers, HTML pages, JSON lines), extracts their **speakers**, **countries** and **date**, indexes
//! them with tantivy, and answers ranked queries with highlighted snippets and facet counts.
//!
//! ```
//! use readouts::{Index, Readout, SearchRequest, complete};
//!
//! # fn main() -> readouts::Result<()> {
//! let index = Index::create_in_ram()?;
//! let mut writer = index.writer()?;
//! let mut readout = Readout {
//!     id: "call-1".into(),
//!     title: "Secretary Blinken’s Call with Armenian Prime Minister Pashinyan".into(),
//!     body: "Secretary Blinken spoke with Armenian Prime Minister Nikol Pashinyan about a durable peace agreement.".into(),
//!     ..Readout::default()
//! };
//! // Speakers, countries and a date it does not give are extracted, as when indexing files.
//! complete(&mut readout);
//! writer.add(&readout)?;
//! writer.commit()?;
//!
//! let results = index.search(&SearchRequest::new("peace agreement").country("Armenia"))?;
//! assert_eq!(results.total, 1);
//! assert!(results.hits[0].snippet_html().contains("<mark>peace</mark> <mark>agreement</mark>"));
//! # Ok(())
//! # }
//! ```
//!
//! Data flows one way: files → [`Readout`] ([`ingest`]) → facets filled in ([`complete()`], by
//! [`extract`]) → [`Index`] → [`SearchRequest`] → [`SearchResults`].

#![deny(missing_docs)]

pub mod bundled;
pub mod complete;
pub mod error;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod minhash;
pub mod people;
pub mod readout;
pub mod search;
#[cfg(feature = "server")]
pub mod server;
#[cfg(test)]
mod test_support;
pub mod text;

pub use bundled::bundled_corpus;
pub use complete::complete;
pub use error::{Error, Result};
pub use index::{Index, IndexSummary, NoProgress, Progress, StoreCompression, UpdateOptions, update};
pub use readout::{Country, Readout, Statement, StatementKind};
pub use search::{Hit, SearchRequest, SearchResults, Sort};

/// The index used when none is named: `$READOUTS_INDEX`, else `readouts/index` in the user's data
/// directory.
pub fn default_index_dir() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("READOUTS_INDEX").filter(|d| !d.is_empty()) {
        return dir.into();
    }
    dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("readouts").join("index")
}
