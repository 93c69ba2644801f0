//! Text readouts (`.txt`, `.md`): `key value` header lines, then a markdown-ish, hard-wrapped body.

use super::{Given, Warning, WarningKind, collapse_spaces, known_countries, parse_date};
use crate::readout::Readout;

const HEADER_KEYS: &[&str] = &["date", "title", "url", "id", "speaker", "speakers", "country", "countries"];

/// Parses a text readout: `key value` header lines up to the first blank or non-header line, then
/// the body; speakers and countries given in the header are kept as given. Real files are untidy: a leading space, a `key:` form, and a first paragraph that
/// starts on the date's own line all occur.
pub fn parse_text(text: &str, location: &str, warnings: &mut Vec<Warning>) -> (Readout, Given) {
    let mut readout = Readout::default();
    let mut body_start = String::new();
    let mut rest = text;
    let mut header_speakers = Vec::new();
    let mut header_countries = Vec::new();
    while !rest.is_empty() {
        let (line, after) = match rest.find('\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        let trimmed = line.trim();
        if trimmed.is_empty() {
            // A blank line before any header line is just leading space.
            if readout.title.is_empty() && readout.date.is_none() && readout.url.is_none() {
                rest = after;
                continue;
            }
            rest = after;
            break;
        }
        let (key, value) = match trimmed.split_once(char::is_whitespace) {
            Some((k, v)) => (k.trim_end_matches(':'), v.trim()),
            None => (trimmed.trim_end_matches(':'), ""),
        };
        let key = key.to_ascii_lowercase();
        if !HEADER_KEYS.contains(&key.as_str()) {
            break;
        }
        match key.as_str() {
            "date" => {
                let (date_text, tail) = split_date_value(value);
                match parse_date(date_text) {
                    Ok(d) => readout.date = Some(d),
                    Err(reason) => warnings.push(Warning::kept(
                        location,
                        WarningKind::BadDate,
                        format!("bad date {date_text:?} in header ({reason}); looking for one in the text"),
                    )),
                }
                if !tail.is_empty() {
                    // The news-report form: the first paragraph starts on the date's line.
                    body_start = tail.to_string();
                    rest = after;
                    break;
                }
            }
            "title" => readout.title = collapse_spaces(value),
            "url" => readout.url = Some(value.to_string()).filter(|v| !v.is_empty()),
            "id" => readout.id = value.to_string(),
            "speaker" | "speakers" => header_speakers.extend(split_list(value)),
            _ => header_countries.extend(known_countries(split_list(value), location, warnings)),
        }
        rest = after;
    }
    let body = if body_start.is_empty() { rest.to_string() } else { format!("{body_start}\n{rest}") };
    readout.body = clean_markdown(&breaks_at_column_gaps(&body));
    let given = Given { speakers: !header_speakers.is_empty(), countries: !header_countries.is_empty() };
    readout.speakers = header_speakers;
    readout.countries = header_countries;
    (readout, given)
}

/// Splits a header date value into the date (with an optional time) and any text after it.
pub(super) fn split_date_value(value: &str) -> (&str, &str) {
    let mut end = value.find(char::is_whitespace).unwrap_or(value.len());
    // `2023-11-28 17:12:47-05:00`: a time right after the date belongs to it.
    let after = value[end..].trim_start();
    let time_len = after.find(char::is_whitespace).unwrap_or(after.len());
    if after.as_bytes().get(2) == Some(&b':')
        && after[..time_len].chars().all(|c| c.is_ascii_digit() || ":+-.Z".contains(c))
    {
        end = value.len() - after.len() + time_len;
    }
    (&value[..end], value[end..].trim())
}

fn split_list(value: &str) -> Vec<String> {
    value.split([';', ',']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// The fewest no-break spaces in a gap that make it a column gap. The signature columns of corpus/
/// are 26 to 148 wide; runs of 3 to 7, ordinary spaces among them, follow a sentence's end or sit
/// inside one ("investments\u{a0}\u{a0}\u{a0}in low- and middle-income countries"), where a
/// break would cut a sentence in two.
const COLUMN_GAP: usize = 8;

/// Ends a line where the text lays out columns with runs of no-break spaces: the signature blocks
/// of joint declarations set each signer's name beside the other's this way ("Anwar
/// Ibrahim\u{a0}\u{a0}… Donald J. Trump"), and read as one line the two names made one. A gap of
/// [`COLUMN_GAP`] no-break spaces or more (ordinary spaces may be among them) becomes a markdown
/// hard break; shorter ones stay spaces.
fn breaks_at_column_gaps(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\u{a0}') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut gap = String::new();
    let mut no_breaks = 0;
    for c in text.chars() {
        if c == '\u{a0}' || (c == ' ' && !gap.is_empty()) {
            gap.push(c);
            no_breaks += usize::from(c == '\u{a0}');
            continue;
        }
        if no_breaks >= COLUMN_GAP {
            out.push_str("  \n");
        } else {
            out.push_str(&gap);
        }
        gap.clear();
        no_breaks = 0;
        out.push(c);
    }
    if no_breaks < COLUMN_GAP {
        out.push_str(&gap);
    }
    std::borrow::Cow::Owned(out)
}

/// Turns a markdown-ish, hard-wrapped body into prose: wrapped lines joined into paragraphs, escapes
/// (`\###`, `\*`) and emphasis dropped, links reduced to their text, list items one a line.
/// Paragraphs are separated by a blank line.
pub fn clean_markdown(text: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::with_capacity(text.len());
    let mut block = String::new();
    // The separator before the next line: a blank line between paragraphs, a line break between the
    // items of a list and the lines of a hard-broken paragraph.
    let mut separator = "\n\n";
    let mut last_was_item = false;
    let flush = |block: &mut String, out: &mut String, separator: &str| {
        let line = collapse_spaces(block);
        block.clear();
        // Drop blocks that are only markup debris, such as the `###` end marker.
        if line.chars().any(char::is_alphanumeric) {
            if !out.is_empty() {
                out.push_str(separator);
            }
            out.push_str(&line);
            return true;
        }
        false
    };
    for event in Parser::new(text) {
        match event {
            Event::Text(t) | Event::Code(t) => block.push_str(&t),
            Event::SoftBreak => block.push(' '),
            Event::HardBreak => {
                // A hard break ends a line of its own (names in a list of participants).
                let flushed = flush(&mut block, &mut out, separator);
                separator = if flushed { "\n" } else { separator };
            }
            Event::Start(Tag::Item) => {
                flush(&mut block, &mut out, separator);
                separator = if last_was_item { "\n" } else { "\n\n" };
                block.push_str("- ");
                last_was_item = true;
            }
            Event::Start(Tag::Paragraph) if last_was_item && block.starts_with("- ") => {}
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::BlockQuote(_)) => {
                flush(&mut block, &mut out, separator);
                separator = "\n\n";
                last_was_item = false;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::BlockQuote(_))
                if !block.starts_with("- ") =>
            {
                flush(&mut block, &mut out, separator);
                separator = "\n\n";
            }
            Event::End(TagEnd::Item) => {
                flush(&mut block, &mut out, separator);
                separator = "\n";
            }
            Event::End(TagEnd::List(_)) => {
                separator = "\n\n";
                last_was_item = false;
            }
            Event::Html(h) | Event::InlineHtml(h) if !h.trim_start().starts_with('<') => block.push_str(&h),
            _ => {}
        }
    }
    flush(&mut block, &mut out, separator);
    out
}
