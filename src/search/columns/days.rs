//! Each readout's day, as a search pass reads it: from the in-memory copy or tantivy's column.
//!
//! Apart from the rest of the columns because the groups of copies ([`crate::search::copies`])
//! read it, and their kept file is versioned by the text of the code they read: an edit to how
//! facets are copied or counted must not make every index's first search find the groups again.

use tantivy::columnar::Column;
use tantivy::{DateTime, DocId};

/// A day with no date: sorts below every real day.
pub(crate) const NO_DAY: i32 = i32::MIN;

/// Days since 1970-01-01 of a date.
fn day_of(date: DateTime) -> i32 {
    date.into_timestamp_secs().div_euclid(86_400) as i32
}

/// Where a pass reads each document's day: the copy, or tantivy's column.
pub(crate) enum Days<'a> {
    /// The in-memory copy.
    Copied(&'a [i32]),
    /// tantivy's column.
    Column(Column<DateTime>),
}

impl Days<'_> {
    /// `doc`'s day, [`NO_DAY`] when undated.
    #[inline]
    pub(crate) fn get(&self, doc: DocId) -> i32 {
        match self {
            Days::Copied(days) => days[doc as usize],
            Days::Column(column) => column.first(doc).map_or(NO_DAY, day_of),
        }
    }
}
