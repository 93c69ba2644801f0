//! People: one person, one name. [`name`] compares two names by themselves; [`registry`] groups
//! the speaker forms of an index into people with canonical names; [`role`] is what readouts say
//! each form is, which tells a bare surname's person when nothing else does.

pub mod name;
pub mod registry;
pub mod role;

pub use registry::{AliasError, Aliases, Person, Registry};
pub use role::FormRole;
