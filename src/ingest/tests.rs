//! Parsing by format, the walk and the parallel reader, on small inputs.

use std::fs;

use chrono::NaiveDate;

use super::file::decode;
use super::html::{flatten_deep_nesting, parse_html};
use super::parallel::JSONL_BATCH;
use super::text::{clean_markdown, parse_text, split_date_value};
use super::*;

#[test]
fn a_file_that_vanishes_after_the_walk_is_one_warning_and_the_rest_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        fs::write(tmp.path().join(name), format!("date 2023-01-02\ntitle {name}\n\nSome text.")).unwrap();
    }
    let mut warnings = Vec::new();
    let (files, _) = walk(&[tmp.path().to_path_buf()], &mut warnings);
    assert_eq!(files.len(), 3);
    fs::remove_file(tmp.path().join("b.txt")).unwrap();
    let mut read = Vec::new();
    read_files(
        &files,
        &Reading { threads: 2, ..Reading::default() },
        |_| {},
        |result| {
            read.extend(result.readouts.into_iter().map(|l| l.readout.title));
            warnings.extend(result.warnings);
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(read, ["a.txt", "c.txt"]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].location.ends_with("b.txt") && warnings[0].reason.contains("cannot read"), "{warnings:?}");
}

#[test]
fn deep_nesting_is_flattened_below_the_limit_and_shallow_pages_are_left_alone() {
    let shallow = "<html><body><div><p>One<p>Two<br><img src=x></div><script>if (a<b) {}</script></body></html>";
    assert_eq!(flatten_deep_nesting(shallow, 3), None);
    let deep = format!("<body>{}text{}</body>", "<div>".repeat(10), "</div>".repeat(10));
    let (flat, depth) = flatten_deep_nesting(&deep, 4).unwrap();
    assert_eq!(depth, 11);
    assert_eq!(flat.matches("<div>").count(), 3);
    assert_eq!(flat.matches("</div>").count(), 3);
    assert!(flat.contains("text"));
}

fn text(raw: &str) -> (Readout, Vec<Warning>) {
    let mut w = Vec::new();
    (parse_text(raw, "t.txt", &mut w).0, w)
}

#[test]
fn header_lines_then_body() {
    let (r, w) = text(
        "date 2021-01-23\ntitle Readout of a Call\nurl https://x/y\n\nPresident Biden spoke with\nMexican President López Obrador.\n\n\\###\n",
    );
    assert!(w.is_empty());
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2021, 1, 23));
    assert_eq!(r.title, "Readout of a Call");
    assert_eq!(r.url.as_deref(), Some("https://x/y"));
    assert_eq!(r.body, "President Biden spoke with Mexican President López Obrador.");
}

#[test]
fn first_paragraph_on_the_date_line() {
    let (r, _) = text(
        " date 2023-11-28 Secretary of State Antony Blinken discussed the process.\n\nAccording to a readout, more.",
    );
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2023, 11, 28));
    assert_eq!(r.body, "Secretary of State Antony Blinken discussed the process.\n\nAccording to a readout, more.");
}

#[test]
fn bad_header_date_warns() {
    let (r, w) = text("date 2023-13-45\ntitle T\n\nBody.");
    assert_eq!(r.date, None);
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].kind, WarningKind::BadDate);
}

#[test]
fn markdown_escapes_links_and_lists() {
    let md = "Participants:\n\n-   Secretary of Education\\*\n-   Sheila Katz, CEO, National\n    Council\n\n**Bold heading**\n\nSee [HealthCare.gov](http://healthcare.gov/) now \\[t\\]he.\n";
    assert_eq!(
        clean_markdown(md),
        "Participants:\n\n- Secretary of Education*\n- Sheila Katz, CEO, National Council\n\nBold heading\n\nSee HealthCare.gov now [t]he."
    );
}

#[test]
fn hard_breaks_keep_lines() {
    let md = "Michigan Governor Gretchen Whitmer  \nIndiana Governor Eric Holcomb  \n";
    assert_eq!(clean_markdown(md), "Michigan Governor Gretchen Whitmer\nIndiana Governor Eric Holcomb");
}

#[test]
fn runs_of_no_break_spaces_are_column_gaps_that_end_a_line() {
    let gap = "\u{a0}".repeat(40);
    let body = format!(
        "Witnessed by:\n\nAnwar Ibrahim{gap}\nDonald J. Trump\n\nPrime Minister of the Kingdom {gap} Prime\nMinister of Thailand"
    );
    let (r, _) = text(&format!("date 2025-10-26\ntitle T\n\n{body}"));
    assert_eq!(
        r.body,
        "Witnessed by:\n\nAnwar Ibrahim\n\nDonald J. Trump\n\nPrime Minister of the Kingdom\nPrime Minister of Thailand"
    );
    // Short runs stay spaces: a title and a name are often joined so, and a sentence may hold a
    // few at a line's end or inside it, alternating with spaces or not.
    let (r, _) = text("date 2025-10-26\ntitle T\n\nSecretary\u{a0}Rubio met\u{a0}\u{a0}Minister Wang.");
    assert_eq!(r.body, "Secretary Rubio met Minister Wang.");
    let (r, _) = text(
        "date 2025-10-26\ntitle T\n\nThe President spoke with\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\nPrime Minister Johnson\u{a0} \u{a0} \u{a0}\u{a0}today.",
    );
    assert_eq!(r.body, "The President spoke with Prime Minister Johnson today.");
}

#[test]
fn html_page() {
    let html = r#"<html><head><title>T - Site</title><meta property="og:title" content="Secretary's Call">
        <meta property="article:published_time" content="2021-05-20T21:10:41-04:00">
        <link rel="canonical" href="https://www.state.gov/call/"></head>
        <body><nav>Home | About</nav><article><h1>Secretary's Call</h1><p>The below is attributable to <b>Spokesperson</b> Ned Price:</p>
        <p>Secretary Blinken spoke &amp; listened at the <a href="/x">Summit of the Americas</a>.</p><script>var x;</script></article><footer>Site map</footer></body></html>"#;
    let mut w = Vec::new();
    let r = parse_html(html, "p.html", &mut w);
    assert_eq!(r.title, "Secretary's Call");
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2021, 5, 20));
    assert_eq!(r.url.as_deref(), Some("https://www.state.gov/call/"));
    assert_eq!(
        r.body,
        "The below is attributable to Spokesperson Ned Price:\n\nSecretary Blinken spoke & listened at the Summit of the Americas."
    );
}

#[test]
fn html_without_article_drops_furniture() {
    let html = "<html><head><title>Only Title</title></head><body><header>Menu</header><p>Text here.</p><footer>Foot</footer></body></html>";
    let r = parse_html(html, "p.html", &mut Vec::new());
    assert_eq!(r.title, "Only Title");
    assert_eq!(r.body, "Text here.");
}

#[test]
fn an_id_is_the_one_given_else_the_url_else_where_the_readout_was_found() {
    let fallback = || "f.jsonl#3".to_string();
    assert_eq!(readout_id(" a ", Some("https://x"), fallback), "a");
    assert_eq!(readout_id("  ", Some("https://x"), fallback), "https://x");
    assert_eq!(readout_id("", Some(" "), fallback), "f.jsonl#3");
    // A text file's `id` header is its id (it was overwritten by the url or the path).
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "id call-7\nurl https://x/y\ntitle T\n\nText.").unwrap();
    fs::write(dir.path().join("b.txt"), "title T\n\nText.").unwrap();
    let ids: Vec<String> = ["a.txt", "b.txt"]
        .iter()
        .flat_map(|f| read_file(&dir.path().join(f), dir.path()).readouts)
        .map(|p| p.readout.id)
        .collect();
    assert_eq!(ids, ["call-7", "b.txt"]);
}

#[test]
fn header_facets_are_given_and_kept() {
    let mut w = Vec::new();
    let (r, given) = parse_text("date 2023-01-02\ntitle T\nspeaker Ned Price\ncountry AM\n\nBody.", "t.txt", &mut w);
    assert_eq!(given, Given { speakers: true, countries: true });
    assert_eq!(r.speakers, ["Ned Price"]);
    assert_eq!(r.countries[0].code, "AM");
    let (_, given) = parse_text("date 2023-01-02\ntitle T\n\nBody.", "t.txt", &mut w);
    assert_eq!(given, Given::default());
}

#[test]
fn jsonl_records_and_bad_lines() {
    let input = "{\"id\":\"a\",\"date\":\"2023-01-02\",\"title\":\"One\",\"body\":\"Armenia and Azerbaijan.\",\"speakers\":[\"X Y\"]}\n{broken\n\n{\"title\":\"Two\",\"html\":\"<p>Hi from Japan</p>\",\"countries\":[\"FR\"]}\n";
    let r = read_jsonl_from(input.as_bytes(), "f.jsonl", "/abs/f.jsonl", "f.jsonl", "");
    assert_eq!(r.readouts.len(), 2);
    assert_eq!(r.readouts[0].readout.id, "a");
    assert_eq!(r.readouts[0].readout.speakers, vec!["X Y"]);
    assert_eq!(r.readouts[1].readout.id, "f.jsonl#4");
    assert_eq!(r.readouts[1].readout.body, "Hi from Japan");
    assert_eq!(r.readouts[1].readout.countries[0].code, "FR");
    assert!(r.warnings.iter().any(|w| w.location == "f.jsonl:2" && w.kind == WarningKind::BadRecord));
}

#[test]
fn big_jsonl_files_stream_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.jsonl");
    let mut text = String::new();
    for i in 0..(JSONL_BATCH * 2 + 10) {
        if i == 300 {
            text.push_str("{broken\n");
        }
        text.push_str(&format!(
            "{{\"id\":\"r{i}\",\"title\":\"Readout {i}\",\"body\":\"Talks with Chile.\",\"date\":\"2022-01-01\"}}\n"
        ));
    }
    std::fs::write(&path, text).unwrap();
    let other = dir.path().join("one.txt");
    std::fs::write(&other, "date 2022-01-02\ntitle One\n\nBody.\n").unwrap();
    let files = vec![(path.clone(), dir.path().to_path_buf()), (other, dir.path().to_path_buf())];
    let (mut ids, mut warnings, mut ends) = (Vec::new(), Vec::new(), 0);
    read_files(
        &files,
        &Reading { threads: 2, ..Reading::default() },
        |_| {},
        |r| {
            ids.extend(r.readouts.into_iter().map(|l| l.readout.id));
            warnings.extend(r.warnings);
            ends += usize::from(r.ends_file);
            Ok(())
        },
    )
    .unwrap();
    let expected: Vec<String> =
        (0..(JSONL_BATCH * 2 + 10)).map(|i| format!("r{i}")).chain(["one.txt".into()]).collect();
    assert_eq!(ids, expected, "every record, in file order");
    assert_eq!(ends, 2, "one end per file");
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].location.ends_with("many.jsonl:301"), "{}", warnings[0]);
}

#[test]
fn binary_is_refused() {
    let mut w = Vec::new();
    assert!(decode(b"\x7fELF\0\0\x01", "b.txt", &mut w).is_none());
    assert_eq!(w[0].kind, WarningKind::Binary);
}

#[test]
fn text_is_kept_and_late_nuls_dropped() {
    let mut w = Vec::new();
    let plain = "Secretary Blinken’s call.";
    assert_eq!(decode(plain.as_bytes(), "a.txt", &mut w).as_deref(), Some(plain));
    let late_nul = format!("{}\0end", "x".repeat(9000));
    assert_eq!(decode(late_nul.as_bytes(), "a.txt", &mut w), Some(format!("{}end", "x".repeat(9000))));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn dates_with_times() {
    assert_eq!(parse_date("2021-01-22 17:12:47-05:00"), Ok(NaiveDate::from_ymd_opt(2021, 1, 22).unwrap()));
    assert!(parse_date("2023-13-45").is_err());
    assert_eq!(split_date_value("2021-01-22 17:12:47-05:00"), ("2021-01-22 17:12:47-05:00", ""));
    assert_eq!(split_date_value("2023-11-28 Secretary said"), ("2023-11-28", "Secretary said"));
}
