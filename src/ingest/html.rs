//! HTML pages: title, date and url from the page's metadata, body text through html2text with the
//! page furniture hidden.

use std::sync::LazyLock;

use scraper::{Html, Selector};

use super::{Warning, WarningKind, collapse_spaces, parse_date};
use crate::readout::Readout;

static ARTICLE: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("article, main, [role=main]").expect("static selector"));
static BODY: LazyLock<Selector> = LazyLock::new(|| Selector::parse("body").expect("static selector"));
static OG_TITLE: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"meta[property="og:title"]"#).expect("static selector"));
static H1: LazyLock<Selector> = LazyLock::new(|| Selector::parse("h1").expect("static selector"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| Selector::parse("title").expect("static selector"));
static DATE_META: LazyLock<Selector> = LazyLock::new(|| {
    Selector::parse(r#"meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="datePublished"], meta[property="datePublished"]"#)
        .expect("static selector")
});
static TIME: LazyLock<Selector> = LazyLock::new(|| Selector::parse("time[datetime]").expect("static selector"));
static CANONICAL: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"link[rel="canonical"]"#).expect("static selector"));
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"script[type="application/ld+json"]"#).expect("static selector"));

/// Page furniture that is never readout text, hidden before html2text renders the page.
const FURNITURE_CSS: &str = "nav, header, footer, aside, form, script, style, noscript, template, iframe, svg, button, \
    [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden] { display: none; }";

/// Deepest element nesting parsed as such. The HTML parser looks through every open element for
/// each new tag, so a page nested 100,000 deep would take hours; real pages nest a few dozen deep
/// (browsers stop nesting at 512).
const MAX_HTML_DEPTH: usize = 256;

/// Parses an HTML page: title from `og:title`, else `<h1>`, else `<title>`; date from the
/// published-time meta, `datePublished` or `<time datetime>`; url from the canonical link; body text
/// from `<article>`/`<main>` (else `<body>`) through html2text with page furniture hidden.
pub fn parse_html(html: &str, location: &str, warnings: &mut Vec<Warning>) -> Readout {
    let flattened = flatten_deep_nesting(html, MAX_HTML_DEPTH);
    if let Some((_, depth)) = &flattened {
        warnings.push(Warning::kept(
            location,
            WarningKind::DeepNesting,
            format!(
                "elements nested {depth} deep; the tags below level {MAX_HTML_DEPTH} are ignored and their text read"
            ),
        ));
    }
    let html = flattened.as_ref().map_or(html, |(h, _)| h.as_str());
    let doc = Html::parse_document(html);
    let attr = |sel: &Selector, name: &str| {
        doc.select(sel).find_map(|e| e.value().attr(name).map(str::trim).filter(|v| !v.is_empty()).map(String::from))
    };
    let text_of = |sel: &Selector| {
        doc.select(sel).map(|e| collapse_spaces(&e.text().collect::<String>())).find(|t| !t.is_empty())
    };
    let title = attr(&OG_TITLE, "content").or_else(|| text_of(&H1)).or_else(|| text_of(&TITLE)).unwrap_or_default();
    let url = attr(&CANONICAL, "href");
    let mut date = None;
    let date_text = attr(&DATE_META, "content").or_else(|| json_ld_date(&doc)).or_else(|| attr(&TIME, "datetime"));
    if let Some(d) = date_text {
        match parse_date(&d) {
            Ok(d) => date = Some(d),
            Err(reason) => warnings.push(Warning::kept(
                location,
                WarningKind::BadDate,
                format!("bad published date {d:?} ({reason}); looking for one in the text"),
            )),
        }
    }
    let content =
        doc.select(&ARTICLE).next().or_else(|| doc.select(&BODY).next()).map(|e| e.html()).unwrap_or_default();
    let mut body = html_to_text(&content);
    // The headline is the title field; a copy at the top of the body would only repeat it.
    if !title.is_empty()
        && let Some(rest) = body.strip_prefix(title.as_str())
    {
        body = rest.trim_start().to_string();
    }
    Readout { title, url, date, body, ..Readout::default() }
}

/// Elements that hold no others, or that the parser closes by itself when the next one starts:
/// they add no nesting.
const FLAT_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "dt", "dd", "tr", "td", "th", "option",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT_ELEMENTS: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// When `html` nests elements deeper than `limit`, a copy without the tags below that level (their
/// text kept) and the depth found; `None` for the usual page. A scan of the tags, not a parse: it
/// only has to bound what the parser will see.
pub(super) fn flatten_deep_nesting(html: &str, limit: usize) -> Option<(String, usize)> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    // Byte ranges of the tags to drop.
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let start = at + found;
        let rest = &html[start + 1..];
        let tag_end = |from: usize| html[from..].find('>').map_or(html.len(), |i| from + i + 1);
        if rest.starts_with("!--") {
            at = html[start..].find("-->").map_or(html.len(), |i| start + i + 3);
            continue;
        }
        let (closing, name_from) = if rest.starts_with('/') { (true, start + 2) } else { (false, start + 1) };
        let name_len = html[name_from..].bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 || !html.as_bytes()[name_from].is_ascii_alphabetic() {
            at = if rest.starts_with(['!', '?']) { tag_end(start) } else { start + 1 };
            continue;
        }
        let name = html[name_from..name_from + name_len].to_ascii_lowercase();
        let end = tag_end(name_from);
        at = end;
        if FLAT_ELEMENTS.contains(&name.as_str()) || html[..end].ends_with("/>") {
            continue;
        }
        if closing {
            if depth > limit {
                dropped.push((start, end));
            }
            depth = depth.saturating_sub(1);
            continue;
        }
        if RAW_TEXT_ELEMENTS.contains(&name.as_str()) {
            at = end_tag_start(html, end, &name);
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
        if depth > limit {
            dropped.push((start, end));
        }
    }
    if dropped.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in dropped {
        out.push_str(&html[from..start]);
        out.push(' ');
        from = end;
    }
    out.push_str(&html[from..]);
    Some((out, deepest))
}

/// Where the end tag `</name` (any case) starts after `from`; the end of `html` when there is none.
fn end_tag_start(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(i) = html[at..].find("</") {
        let start = at + i;
        let candidate = html.as_bytes().get(start + 2..start + 2 + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return start;
        }
        at = start + 2;
    }
    html.len()
}

fn json_ld_date(doc: &Html) -> Option<String> {
    doc.select(&JSON_LD).find_map(|script| {
        let value: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).ok()?;
        find_key(&value, "datePublished")
    })
}

fn find_key(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => map
            .get(key)
            .and_then(|v| v.as_str().map(String::from))
            .or_else(|| map.values().find_map(|v| find_key(v, key))),
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

/// Renders an HTML fragment as plain prose paragraphs.
fn html_to_text(html: &str) -> String {
    // html2text wraps at a width; a very wide one keeps paragraphs on one line.
    const NO_WRAP: usize = 1_000_000;
    // The trivial decorator writes text only: no brackets around links, no markers for emphasis.
    let plain = || html2text::config::with_decorator(html2text::render::TrivialDecorator::new());
    let config = plain().add_css(FURNITURE_CSS).map(|c| c.no_link_wrapping());
    let rendered = match config {
        Ok(config) => config.string_from_read(html.as_bytes(), NO_WRAP),
        Err(_) => plain().string_from_read(html.as_bytes(), NO_WRAP),
    };
    let text = match rendered {
        Ok(t) => t,
        // html2text refuses very deep trees: fall back to the bare text nodes.
        Err(_) => Html::parse_fragment(html).root_element().text().collect::<Vec<_>>().join(" "),
    };
    let mut out = String::with_capacity(text.len());
    for para in text.split("\n\n") {
        let line = para
            .lines()
            .map(|l| l.trim().trim_start_matches('#').trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
            // No-break spaces are layout, not meaning: plain spaces read and split alike.
            .replace('\u{a0}', " ");
        if line.chars().any(char::is_alphanumeric) {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&line);
        }
    }
    out
}
