//! Snippets: the passages of a readout that show why it matched, cut at sentence boundaries, with
//! every matched word marked (by a [`Marker`]).

use std::collections::HashSet;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::marker::Marker;

/// Longest fragment, in characters, before it is cut around its first match.
const MAX_FRAGMENT_CHARS: usize = 240;

/// Snippets and title marks are made from at most this many bytes at the start of a text, as
/// Elasticsearch bounds highlighting with `max_analyzed_offset`. Why: marking reads every word, and
/// one 15 MB readout in the top 10 made "peace agreement" take 213 ms instead of 3 ms. The longest
/// readout of corpus/ is 137 KB; a longer one is still found and ranked on its whole text, and its
/// snippets show the matches of its first 256 KB (or its lead sentence).
pub const MAX_ANALYZED_BYTES: usize = 256 * 1024;

/// The start of `text` that snippets read: at most [`MAX_ANALYZED_BYTES`], cut at a character.
fn analyzed_part(text: &str) -> &str {
    crate::text::head(text, MAX_ANALYZED_BYTES)
}

/// One passage of a snippet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fragment {
    /// The passage as plain text.
    pub text: String,
    /// Byte ranges of matched words within `text`.
    #[serde(skip)]
    pub highlights: Vec<Range<usize>>,
    /// Character range of the passage in the body.
    pub range: [usize; 2],
}

impl Fragment {
    /// The passage as HTML: escaped, matched words in `<mark>`.
    pub fn to_html(&self) -> String {
        self.render(&mut html_text, &mut html_mark)
    }

    /// The passage with its plain stretches through `plain` and its matched words through `marked`.
    pub fn render(&self, plain: &mut impl FnMut(&str) -> String, marked: &mut impl FnMut(&str) -> String) -> String {
        let mut out = String::with_capacity(self.text.len() + 16 * self.highlights.len());
        let mut at = 0;
        for h in &self.highlights {
            out.push_str(&plain(&self.text[at..h.start]));
            out.push_str(&marked(&self.text[h.clone()]));
            at = h.end;
        }
        out.push_str(&plain(&self.text[at..]));
        out
    }
}

fn html_text(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

fn html_mark(text: &str) -> String {
    format!("<mark>{}</mark>", html_escape::encode_text(text))
}

/// The title with its matched words: one fragment, the whole title.
pub fn title_fragment(title: &str, marker: &mut Marker<'_>) -> Fragment {
    let hits = marker.matches(analyzed_part(title));
    Fragment { text: title.to_string(), highlights: hits, range: [0, title.chars().count()] }
}

/// The title as HTML with its matched words marked.
pub fn title_html(title: &str, marker: &mut Marker<'_>) -> String {
    title_fragment(title, marker).to_html()
}

/// Builds up to `fragments` passages of `body` showing the matches of `terms`, best first by the
/// number of distinct terms then of matches, then shown in reading order. When nothing in the body
/// matches, the lead sentence.
pub fn fragments(body: &str, marker: &mut Marker<'_>, fragments: usize) -> Vec<Fragment> {
    let body = analyzed_part(body);
    let hits = marker.matches(body);
    let sentences = crate::text::sentences(body);
    if sentences.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize, usize)> = Vec::new(); // (distinct, count, sentence index)
    // Sentences and matches both come in reading order: one walk over each, so that a body of
    // millions of words with many matches costs no more than reading it once.
    let mut next_hit = 0;
    for (i, s) in sentences.iter().enumerate() {
        while next_hit < hits.len() && hits[next_hit].start < s.start {
            next_hit += 1;
        }
        let mut count = 0;
        let mut distinct: HashSet<&str> = HashSet::new();
        for h in hits[next_hit..].iter().take_while(|h| h.start < s.end).filter(|h| h.end <= s.end) {
            count += 1;
            distinct.insert(body[h.clone()].trim());
        }
        if count > 0 {
            scored.push((distinct.len(), count, i));
        }
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut chosen: Vec<usize> = scored.iter().take(fragments.max(1)).map(|s| s.2).collect();
    if chosen.is_empty() {
        chosen.push(0);
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|i| fragment_of(body, sentences[i].clone(), &hits)).collect()
}

/// A fragment for one sentence, cut around its first match when it is too long.
fn fragment_of(body: &str, sentence: Range<usize>, hits: &[Range<usize>]) -> Fragment {
    let mut range = sentence.clone();
    let text = &body[range.clone()];
    if text.chars().count() > MAX_FRAGMENT_CHARS {
        let first = hits
            .iter()
            .find(|h| h.start >= sentence.start && h.end <= sentence.end)
            .map_or(sentence.start, |h| h.start);
        // Start a little before the first match, at a word boundary; end at a word boundary.
        let mut start =
            body[..first].char_indices().rev().nth(60).map_or(sentence.start, |(i, _)| i).max(sentence.start);
        if start > sentence.start {
            start = body[start..first]
                .char_indices()
                .find(|(_, c)| c.is_whitespace())
                .map_or(first, |(p, c)| start + p + c.len_utf8());
        }
        let mut end = body[start..]
            .char_indices()
            .nth(MAX_FRAGMENT_CHARS)
            .map_or(body.len(), |(i, _)| start + i)
            .min(sentence.end);
        if end < sentence.end {
            end = body[start..end].rfind(char::is_whitespace).map_or(end, |p| start + p);
        }
        range = start..end;
    }
    let highlights = hits
        .iter()
        .filter(|h| h.start >= range.start && h.end <= range.end)
        .map(|h| h.start - range.start..h.end - range.start)
        .collect();
    let mut text = body[range.clone()].trim_end().to_string();
    let cut_before = range.start > sentence.start;
    let cut_after = range.end < sentence.end;
    let char_start = body[..range.start].chars().count();
    let char_end = char_start + body[range.clone()].chars().count();
    let mut highlights: Vec<Range<usize>> = highlights;
    if cut_before {
        text.insert(0, '…');
        let shift = '…'.len_utf8();
        highlights = highlights.into_iter().map(|h| h.start + shift..h.end + shift).collect();
    }
    if cut_after {
        text.push('…');
    }
    Fragment { text, highlights, range: [char_start, char_end] }
}

/// The snippet HTML of fragments: each escaped with its marks, joined with ` … `.
pub fn to_html(fragments: &[Fragment]) -> String {
    render(fragments, &mut html_text, &mut html_mark)
}

/// The snippet of fragments, each rendered by [`Fragment::render`], joined with ` … `: the one rule
/// for the JSON's HTML and the terminal's styles.
pub fn render(
    fragments: &[Fragment],
    plain: &mut impl FnMut(&str) -> String,
    marked: &mut impl FnMut(&str) -> String,
) -> String {
    let mut out = String::new();
    for (i, f) in fragments.iter().enumerate() {
        // A passage already cut with an ellipsis needs no second one between them.
        if i > 0 {
            let joint = out.ends_with('…') || f.text.starts_with('…');
            out.push_str(if joint { " " } else { " … " });
        }
        out.push_str(&f.render(plain, marked));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Highlights;

    fn exact(words: &[&str]) -> Highlights {
        Highlights { exact: words.iter().map(|w| w.to_string()).collect(), ..Highlights::default() }
    }

    #[test]
    fn marks_stemmed_and_folded_forms() {
        let body = "Talks went well. Both sides want durable peace agreements. Çavuşoğlu spoke.";
        let f = fragments(body, &mut Marker::new(&exact(&["peac", "agreement", "cavusoglu"])), 2);
        assert_eq!(
            to_html(&f),
            "Both sides want durable <mark>peace</mark> <mark>agreements</mark>. … <mark>Çavuşoğlu</mark> spoke."
        );
    }

    #[test]
    fn marks_typos_prefixes_and_phrases() {
        let h = Highlights {
            exact: HashSet::from(["durabl".to_string(), "peac".to_string()]),
            fuzzy: vec![("pashinian".to_string(), 2)],
            prefixes: vec!["agre".to_string()],
            phrases: vec![vec!["durabl".to_string(), "peac".to_string()]],
        };
        let f = fragments("Pashinyan wants a durable peace agreement.", &mut Marker::new(&h), 1);
        assert_eq!(to_html(&f), "<mark>Pashinyan</mark> wants a <mark>durable peace</mark> <mark>agreement</mark>.");
        // A frequent query word has no typos, as the search matches none: neither a frequent
        // word near it nor the text's own misspelling of it is marked.
        let h = Highlights {
            exact: HashSet::from(["peac".to_string()]),
            fuzzy: vec![("peace".to_string(), 1)],
            ..Default::default()
        };
        let mut marker = Marker::new(&h).skip_other_words(|stem| ["peac", "place"].contains(&stem));
        let f = fragments("Peace takes place, and paece too.", &mut marker, 1);
        assert_eq!(to_html(&f), "<mark>Peace</mark> takes place, and paece too.");
        // A query word the readouts hardly use is a typo: its neighbours are marked.
        let h = Highlights { fuzzy: vec![("paece".to_string(), 1)], ..Default::default() };
        let mut marker = Marker::new(&h).skip_other_words(|stem| ["peac", "place"].contains(&stem));
        let f = fragments("Peace takes place.", &mut marker, 1);
        assert_eq!(to_html(&f), "<mark>Peace</mark> takes place.");
    }

    #[test]
    fn the_best_sentences_are_chosen_among_many() {
        // Sentences with one, two and three of the words, in an order that puts the best last.
        let mut body = String::new();
        for i in 0..2_000 {
            body.push_str(match i % 7 {
                0 => "Peace was discussed. ",
                3 => "A durable peace was discussed. ",
                5 => "Nothing here. ",
                _ => "The agreement was signed. ",
            });
        }
        body.push_str("A durable peace agreement was signed.");
        let f = fragments(&body, &mut Marker::new(&exact(&["durabl", "peac", "agreement"])), 2);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].text, "A durable peace was discussed.");
        assert_eq!(f[1].text, "A durable peace agreement was signed.");
    }

    #[test]
    fn only_the_start_of_a_huge_body_is_read() {
        let marker = exact(&["peac"]);
        let huge = format!("{} Peace é.", "Long words here. ".repeat(MAX_ANALYZED_BYTES / 17 + 1));
        let f = fragments(&huge, &mut Marker::new(&marker), 1);
        assert_eq!(f[0].text, "Long words here.", "the match past the bound is not read");
        let cut = format!("{}é{}", "a".repeat(MAX_ANALYZED_BYTES - 1), "b");
        assert_eq!(analyzed_part(&cut).len(), MAX_ANALYZED_BYTES - 1, "cut before the character");
        let title = format!("Peace {}", "x".repeat(MAX_ANALYZED_BYTES));
        assert!(title_html(&title, &mut Marker::new(&marker)).starts_with("<mark>Peace</mark>"));
    }

    #[test]
    fn escapes_html_outside_marks() {
        let f = fragments("A <b> & peace.", &mut Marker::new(&exact(&["peac"])), 1);
        assert_eq!(to_html(&f), "A &lt;b&gt; &amp; <mark>peace</mark>.");
    }

    #[test]
    fn lead_sentence_without_matches() {
        let f = fragments("First sentence here. Second one.", &mut Marker::new(&exact(&["zzz"])), 2);
        assert_eq!(to_html(&f), "First sentence here.");
    }

    #[test]
    fn long_sentences_are_cut_at_words() {
        let body = format!("{} peace {}.", "word ".repeat(100), "more ".repeat(100));
        let f = fragments(&body, &mut Marker::new(&exact(&["peac"])), 1);
        assert!(f[0].text.starts_with('…') && f[0].text.ends_with('…'), "{}", f[0].text);
        assert!(f[0].text.chars().count() <= MAX_FRAGMENT_CHARS + 2);
        assert!(f[0].to_html().contains("<mark>peace</mark>"));
        assert!(!f[0].text.contains("wor…") && !f[0].text.contains("…ord"));
    }

    #[test]
    fn ranges_are_characters_of_the_body() {
        let body = "Ça va. The peace holds.";
        let f = fragments(body, &mut Marker::new(&exact(&["peac"])), 1);
        let chars: Vec<char> = body.chars().collect();
        assert_eq!(chars[f[0].range[0]..f[0].range[1]].iter().collect::<String>(), "The peace holds.");
    }
}
