//! Warnings: every problem with one file (or one line of one) names the file and the reason, and the
//! run goes on with the rest.

/// What kind of problem a [`Warning`] is; its text is the short category summaries count by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WarningKind {
    /// No title and no text.
    Empty,
    /// NUL bytes: not text.
    Binary,
    /// Over the size limit of a file or a line.
    TooLarge,
    /// The file could not be read (gone, no permission, an I/O error).
    Unreadable,
    /// A pipe, a device or a socket.
    NotAFile,
    /// A symbolic link that leads out of the directory walked.
    OutsideLink,
    /// A JSONL line that is no readout record.
    BadRecord,
    /// A date that could not be read; another is looked for in the text.
    BadDate,
    /// No date anywhere: indexed without one.
    NoDate,
    /// A country value the gazetteer does not know; left out.
    UnknownCountry,
    /// Bytes that are not UTF-8; decoded lossily.
    InvalidUtf8,
    /// A second readout with an id already read; the first is kept.
    DuplicateId,
    /// Not a file readouts reads.
    Unsupported,
    /// HTML nested deeper than the parser is allowed to go.
    DeepNesting,
    /// A bug met while reading this file; the run went on.
    InternalError,
}

impl WarningKind {
    /// The category as summaries print it: `bad date`, `too large`.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningKind::Empty => "empty",
            WarningKind::Binary => "binary",
            WarningKind::TooLarge => "too large",
            WarningKind::Unreadable => "unreadable",
            WarningKind::NotAFile => "not a file",
            WarningKind::OutsideLink => "outside link",
            WarningKind::BadRecord => "bad record",
            WarningKind::BadDate => "bad date",
            WarningKind::NoDate => "no date",
            WarningKind::UnknownCountry => "unknown country",
            WarningKind::InvalidUtf8 => "invalid UTF-8",
            WarningKind::DuplicateId => "duplicate id",
            WarningKind::Unsupported => "unsupported",
            WarningKind::DeepNesting => "deep nesting",
            WarningKind::InternalError => "internal error",
        }
    }
}

impl std::fmt::Display for WarningKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a file (or a line of one) was not indexed, or was indexed with a caveat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file, with `:LINE` for a JSONL record.
    pub location: String,
    /// The category, for summaries.
    pub kind: WarningKind,
    /// The whole reason, for the user.
    pub reason: String,
    /// True when the readout was skipped; false when it was indexed anyway.
    pub skipped: bool,
}

impl Warning {
    /// A problem that kept the readout (or the file) out.
    pub fn skipped(location: impl Into<String>, kind: WarningKind, reason: impl Into<String>) -> Self {
        Warning { location: location.into(), kind, reason: reason.into(), skipped: true }
    }

    /// A problem worked around: the readout is indexed anyway.
    pub fn kept(location: impl Into<String>, kind: WarningKind, reason: impl Into<String>) -> Self {
        Warning { location: location.into(), kind, reason: reason.into(), skipped: false }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A file name may hold a newline or a terminal's escape sequence: shown escaped, one
        // warning stays one line and cannot rewrite the screen.
        write!(f, "{}: {}", escape_controls(&self.location), escape_controls(&self.reason))?;
        if self.skipped {
            write!(f, " (skipped)")?;
        }
        Ok(())
    }
}

/// `text` with its control characters escaped (`\n`, `\u{1b}`), the rest as it is.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars()
        .map(|c| if c.is_control() { c.escape_debug().to_string() } else { c.to_string() })
        .collect::<String>()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_warning_is_one_line_whatever_the_file_is_called() {
        let w = Warning::skipped("a\nb\u{1b}[2J.txt", WarningKind::Binary, "binary data (NUL bytes), not text");
        assert_eq!(w.to_string(), "a\\nb\\u{1b}[2J.txt: binary data (NUL bytes), not text (skipped)");
        assert_eq!(WarningKind::InvalidUtf8.to_string(), "invalid UTF-8");
    }
}
