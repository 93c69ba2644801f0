//! The library's error type: a user's mistake (a bad query, a bad date, an unknown country, an index
//! that is not there) kept apart from an internal fault, so that callers can map the first to a usage
//! error (CLI exit 2, HTTP 400) and the second to a failure (exit 1, HTTP 500).

use std::path::PathBuf;

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The query text could not be read; the message points at the problem.
    #[error("cannot read the query: {0}")]
    Query(String),
    /// A date the caller gave is not a calendar date.
    #[error("bad date {input:?}: {reason}")]
    Date {
        /// What the caller wrote.
        input: String,
        /// Why it was refused.
        reason: String,
    },
    /// A country filter that names no country we know.
    #[error("unknown country {0:?}: give an ISO 3166-1 code (AM) or a name (Armenia)")]
    UnknownCountry(String),
    /// A query over one of the bounds on the work of a query ([`crate::search::bounds`]); the
    /// message names the bound.
    #[error("the query is too large: {0}")]
    QueryBound(String),
    /// A query that ran over its time limit and was stopped.
    #[error("the query was stopped after its time limit of {0:?}: narrow it (fewer words, a filter, a phrase)")]
    TimeLimit(std::time::Duration),
    /// Any other invalid argument from the caller.
    #[error("{0}")]
    InvalidArgument(String),
    /// The index directory does not exist.
    #[error("no index at {0}: build one with `readouts index --index {0}`")]
    IndexMissing(PathBuf),
    /// The directory exists but holds no readouts index.
    #[error("{0} is not a readouts index (no CURRENT file); pick another directory or rebuild it")]
    NotAnIndex(PathBuf),
    /// Another process is writing to the index.
    #[error("the index is locked by another writer (lock file {0}); wait for it to finish")]
    Locked(PathBuf),
    /// The index was rebuilt after this handle was opened: writing through the handle would land in
    /// the generation the rebuild replaced, and be lost.
    #[error("the index in {0} was rebuilt after it was opened; open it again to write to it")]
    Rebuilt(PathBuf),
    /// No readout with that id.
    #[error("no readout with id {0:?}")]
    NotFound(String),
    /// A file could not be read or parsed.
    #[error("{path}: {reason}")]
    Source {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A filesystem operation failed.
    #[error("{context}: {source}")]
    Io {
        /// What we were doing.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// tantivy failed.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

impl Error {
    /// True for mistakes in what the caller asked (fix the request), false for faults in the
    /// system (retry or report).
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            Error::Query(_)
                | Error::QueryBound(_)
                | Error::TimeLimit(_)
                | Error::Date { .. }
                | Error::UnknownCountry(_)
                | Error::InvalidArgument(_)
        )
    }

    /// Wraps an I/O error with what we were doing when it happened.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
