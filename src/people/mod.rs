//! People: one person, one name. [`name`] compares two names by themselves; [`registry`] groups
//! the speaker forms of an index into people with canonical names.

pub mod name;
pub mod registry;

pub use registry::{AliasError, Aliases, FormRole, Person, Registry};
