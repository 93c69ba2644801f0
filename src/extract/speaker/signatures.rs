//! Signatures: the lines that close a text and name who signs it, as joint statements and
//! declarations are signed ("Joseph R. Biden, Jr. Emmanuel Macron", "For the Government of Japan:
//! Hayashi Yoshimasa"), and a president's name in capitals over "THE WHITE HOUSE," under a
//! statement or a proclamation.

use super::mentions::*;
use super::shape::*;
use super::words::*;

/// Where the signatories that close a text begin: lines at its end that name two people or more
/// and say they sign, as joint statements are signed. A line may be an office, a name and what
/// the office is of ("President Kassym-Jomart Tokayev of the Republic of Kazakhstan"); a name
/// alone or with its office after a comma ("Emmanuel Macron", "H.E. Mélanie Joly, Minister of
/// Foreign Affairs"), two names on one line ("Joseph R. Biden, Jr. Emmanuel Macron"); an office
/// alone under a name ("President of the French Republic"); a government signed for ("For the
/// Government of Japan:") or a country alone. Lines without letters ("\###") and a date may stand
/// among them. Names alone say they sign only beside an office or a government, or under a joint
/// statement's title. `usize::MAX` when the text does not end so.
pub(super) fn closing_signatories(text: &str) -> usize {
    let joint_title = text.lines().next().is_some_and(|t| {
        let t = t.to_lowercase();
        ["joint statement", "joint declaration", "joint communiqu", "joint leaders"].iter().any(|j| t.contains(j))
    });
    let mut block_start = usize::MAX;
    let (mut names, mut signing) = (0, 0);
    let mut end = text.len();
    while end > 0 {
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = text[start..end].trim().trim_matches(['*', '_', ' ']);
        end = start.saturating_sub(1);
        // A table's rules, and the further lines of a cell ("│This signature commits …" under
        // a signatory's row), stand among the signatories.
        if line.is_empty() || !line.chars().any(char::is_alphabetic) || is_date_line(line) || line.starts_with('│') {
            continue;
        }
        let line = strip_honorific(line);
        if is_signatory_line(line) {
            names += 1;
            signing += 1;
        } else if let Some((government, name)) = line.split_once(": ")
            && is_government_line(government)
            && names_on_line(name).is_some()
        {
            // "For the Government of Japan: Hayashi Yoshimasa", the lines joined.
            names += 1;
            signing += 1;
        } else if signatory_name_in_line(line).is_some() {
            // "Australia: The Hon Anika Wells MP, Minister for Sport", "Danish Minister of Foreign
            // Affairs, Mr. Jeppe Kofod;": one signatory, with the country or office signed for.
            names += 1;
            signing += 1;
        } else if is_office_line(line) || is_government_line(line) || is_witnessing_line(line) {
            signing += 1;
        } else if names_a_place(line) || line.strip_prefix("of ").is_some_and(names_a_place) {
            // A country alone under a name ("Canada"), or the end of an office set in columns
            // ("Prime Minister of the Kingdom" / "of Thailand").
        } else if let Some((people, with_office)) = names_on_line(line) {
            names += people;
            signing += usize::from(with_office);
        } else {
            break;
        }
        block_start = start;
    }
    if names >= 2 && (signing > 0 || joint_title) { block_start } else { usize::MAX }
}

/// Where, in a line of a list of signatories that gives each one's country or office as well,
/// the signatory's name lies (from its first word past any honours, to its end):
/// - the country first, after a colon or in a table's first column: "Australia: The Hon Anika
///   Wells MP, Minister for Aged Care and Minister for Sport", "Australia │Senator the Hon Richard
///   Colbeck, Minister for Sport" (the office after the name may run on, in lower case too);
/// - the office first, the name after its last comma or honorific, the line closed by a
///   semicolon or a period: "Danish Minister of Foreign Affairs, Mr. Jeppe Kofod;", "Republic of
///   Korea Minister of Foreign Affairs Mr. Chung Eui-yong;".
///
/// `None` for any other line.
pub(super) fn signatory_name_in_line(line: &str) -> Option<std::ops::Range<usize>> {
    if let Some((label, rest)) = line.split_once(": ").or_else(|| line.split_once('│')) {
        let label = label.trim().trim_matches(['*', '_']);
        if !(names_a_place(label) || is_government_line(label)) {
            return None;
        }
        let head = rest.split_once(", ").map_or(rest, |(head, _)| head);
        let office = &rest[head.len()..];
        let office_named =
            office.is_empty() || office.split_whitespace().take(4).any(|w| is_title(w.trim_matches(',')));
        let name = without_honours(head);
        return (office_named && looks_like_a_signatory(name))
            .then(|| crate::text::place(line.as_bytes(), name.as_bytes()))
            .flatten();
    }
    let closed = line.strip_suffix([';', '.'])?;
    // The name after the office: past its last comma, or an honorific that opens a name.
    let cut = closed.rfind(", ").map(|i| i + 2).or_else(|| {
        [" Mr. ", " Ms. ", " Mrs. ", " Dr. ", " H.E. "].iter().filter_map(|h| closed.rfind(h).map(|i| i + 1)).max()
    })?;
    let (office, tail) = closed.split_at(cut);
    if !office.split_whitespace().any(|w| is_title(w.trim_matches(','))) {
        return None;
    }
    let name = without_honours(tail);
    (looks_like_a_signatory(name) && names_on_line(name).is_some_and(|(people, _)| people == 1))
        .then(|| crate::text::place(line.as_bytes(), name.as_bytes()))
        .flatten()
}

/// Whether the text `at` (a mention's span) names the signatory of its line, when that line is
/// one of a list of signatories with their countries or offices ([`signatory_name_in_line`]).
pub(super) fn names_the_line_s_signatory(text: &str, at: std::ops::Range<usize>) -> bool {
    let line_start = text[..at.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at.start..].find('\n').map_or(text.len(), |i| at.start + i);
    let raw = &text[line_start..line_end];
    let line = raw.trim_start_matches([' ', '\t', '*', '_']);
    let offset = line_start + raw.len() - line.len();
    let line = line.trim_end_matches([' ', '\t', '*', '_']);
    signatory_name_in_line(line).is_some_and(|name| at.end > offset + name.start && at.start < offset + name.end)
}

/// A name without the titles and honours around it: "The Rt Hon Nadine Dorries MP" gives "Nadine
/// Dorries", "Senator the Hon Marise Payne" gives "Marise Payne".
fn without_honours(name: &str) -> &str {
    // With the titles ("Hon", "Senator", "H.E.", "Dr"), which `is_title` knows.
    const HONOURS: &[&str] = &["The", "the", "Rt", "Rt.", "Right", "Honourable"];
    const AFTER: &[&str] = &["MP", "TD", "MEP", "MLA", "MSP", "QC", "KC", "AO", "AC"];
    let mut name = name.trim();
    while let Some(word) = name.split_whitespace().next()
        && (is_title(word) || HONOURS.contains(&word))
        && name.split_whitespace().count() > 2
    {
        name = name[word.len()..].trim_start();
    }
    while let Some((rest, word)) = name.rsplit_once(' ')
        && AFTER.contains(&word)
    {
        name = rest.trim_end();
    }
    name
}

/// Two to six words that open and close with a capital, no title among them, the first no word
/// a name cannot open with ("Embassy of …"). A particle between them may be lower case ("Miquel
/// Octavi Iceta i Llorens"), a later word may be a place's or a body's ("Jennifer Hall Godfrey",
/// "Jack Chambers"), and a surname may be in capitals ("PARK Bo Gyoon", "SUEMATSU Shinsuke"), as
/// such lists write it.
fn looks_like_a_signatory(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let in_capitals = |w: &str| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    let opens_well = |w: &&str| is_capitalised(w) && (!is_breaker(w) || in_capitals(w));
    (2..=6).contains(&words.len())
        && words.first().is_some_and(opens_well)
        && words.last().is_some_and(|w| is_capitalised(w) && !w.ends_with([':', '.']))
        && words.iter().all(|w| !is_title(w) && w.chars().all(|c| c.is_alphabetic() || "-’'.".contains(c)))
}

/// A line that says the names under it witness the signing: "Witnessed by:".
fn is_witnessing_line(line: &str) -> bool {
    line.eq_ignore_ascii_case("witnessed by:") || line.eq_ignore_ascii_case("in the presence of:")
}

/// A line without its honorific: "H.E. Mélanie Joly, …", "His Excellency …".
fn strip_honorific(line: &str) -> &str {
    ["H.E. ", "HE ", "His Excellency ", "Her Excellency ", "His Majesty ", "Her Majesty "]
        .iter()
        .find_map(|h| line.strip_prefix(h))
        .map_or(line, str::trim_start)
}

/// An office alone on its line, in capitalised words: "President of the United States", "Minister
/// of Foreign Affairs", "Secretary of State".
fn is_office_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=12).contains(&words.len())
        && words.first().is_some_and(|w| is_title(w))
        && !line.ends_with(['.', ':'])
        && words.iter().all(|w| is_capitalised(w) || matches!(*w, "of" | "the" | "and" | "for"))
        && words.iter().all(|w| !w.ends_with(',') || is_title(w.trim_end_matches(',')))
}

/// A government signed for, on its own line: "For the Government of Japan:", "For the United
/// States of America".
fn is_government_line(line: &str) -> bool {
    let words: Vec<&str> = line.trim_end_matches(':').split_whitespace().collect();
    (2..=12).contains(&words.len())
        && words[0] == "For"
        && words[1..].iter().all(|w| is_capitalised(w) || matches!(*w, "of" | "the" | "and"))
}

/// The people a line names and nothing else, with at most an office after a comma: "Emmanuel
/// Macron", "Joseph R. Biden, Jr. Emmanuel Macron" (two), "Antony J. Blinken, Secretary of State".
/// Gives how many, and whether an office follows.
fn names_on_line(line: &str) -> Option<(usize, bool)> {
    if line.ends_with(['.', '?', '!', ':']) && !line.ends_with("Jr.") && !line.ends_with("Sr.") {
        return None;
    }
    // A name, then a comma and an office: "Antony J. Blinken, Secretary of State".
    let (head, office) = match line.split_once(", ") {
        Some((head, rest)) if is_office_line(rest) || is_signatory_line(rest) => (head, true),
        _ => (line, false),
    };
    let mut people = 0;
    let mut words_in_name = 0;
    let mut office = office;
    let mut head_words = 0;
    for (at, word) in head.split_whitespace().enumerate() {
        let bare = word.trim_end_matches(',');
        // Its office after it, the lines joined: "Emmanuel Macron President of the French Republic".
        let name_ended = words_in_name >= 2 || words_in_name == 0 && people > 0;
        if name_ended
            && is_title(bare)
            && is_office_line(&head.split_whitespace().skip(at).collect::<Vec<_>>().join(" "))
        {
            office = true;
            break;
        }
        head_words += 1;
        if is_initial(bare) || is_particle(bare) {
            continue;
        }
        if is_suffix(bare) {
            // "Biden, Jr." ends a name.
            people += usize::from(words_in_name >= 2);
            words_in_name = 0;
            continue;
        }
        if !is_capitalised(bare) || is_title(bare) || is_breaker(bare) {
            return None;
        }
        words_in_name += 1;
        if word.ends_with(',') {
            people += usize::from(words_in_name >= 2);
            words_in_name = 0;
        }
    }
    people += usize::from(words_in_name >= 2);
    // Six words or more to a name is a heading's words, not a name's.
    (people >= 1 && head_words <= 5 * people).then_some((people, office))
}

/// An office, a name and what the office is of (after "of" or a comma), on a line of its own and
/// in capitalised words: "Prime Minister Kausea Natano of Tuvalu", "President Joseph R. Biden, Jr.
/// of the United States", "Co-Chair Brenda Lawrence (MI-14), Congressional Women’s Caucus".
fn is_signatory_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (3..=16).contains(&words.len())
        && words.first().is_some_and(|w| is_title(w))
        && (words.contains(&"of") || line.contains(','))
        && (!line.ends_with('.') || line.ends_with("Jr."))
        && words.iter().all(|w| {
            is_capitalised(w)
                || matches!(*w, "of" | "the" | "and" | "for")
                || is_particle(w)
                || !w.starts_with(char::is_alphabetic)
        })
}

/// A date alone on a line: "September 21, 2023".
fn is_date_line(line: &str) -> bool {
    line.split_whitespace().count() <= 4 && crate::extract::date::find(line).is_some()
}

/// The president's name in capitals that signs a statement or a proclamation over "THE WHITE
/// HOUSE," at its end ("JOSEPH R. BIDEN JR.", "DONALD J. TRUMP"), as a mention of the name in
/// the case a name takes, without initials or suffix ("Joseph Biden"). Mentions are runs of
/// capitalised words, and a line in capitals is read as an acronym's; statements on signing a
/// bill are titled "Statement by the President" and name the president nowhere else.
pub(super) fn signed_in_capitals<'a>(text: &str) -> Option<Mention<'a>> {
    /// What may follow the place of signing: its date.
    const TAIL: usize = 120;
    const PLACE: &str = "\nTHE WHITE HOUSE";
    // Only the text's end can hold it: every readout is asked, so the rest is not searched.
    let end = crate::text::tail(text, TAIL);
    let place = text.len() - end.len() + end.rfind(PLACE)?;
    let before = text[..place].trim_end();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before[start..].trim().trim_matches(['*', '_', ' ']);
    let words: Vec<&str> = line.split_whitespace().collect();
    let in_capitals = |w: &str| {
        w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '’' | '\'' | ','))
    };
    if !(2..=5).contains(&words.len()) || !words.iter().all(|w| in_capitals(w)) {
        return None;
    }
    let name: NameWords<'a> = words
        .iter()
        .map(|w| w.trim_end_matches(','))
        .filter(|w| !is_initial(w) && !is_suffix(&title_case(w)) && !is_regnal_number(w))
        .map(|w| std::borrow::Cow::Owned(name_case(w)))
        .collect();
    if name.len() < 2 || name.iter().any(|w| is_title(w) || is_breaker(w) || is_ordinary_word(w)) {
        return None;
    }
    let start = start + (before[start..].len() - before[start..].trim_start().len());
    Some(Mention { name, start, end: start + line.len(), titled: true })
}

#[cfg(test)]
mod tests {
    use super::super::find;

    #[test]
    fn a_president_signs_in_capitals_over_the_white_house() {
        // (body, the speakers found)
        let cases: &[(&str, &[&str])] = &[
            (
                "Today, I have signed into law H.R. 4004.\n\nDONALD J. TRUMP\n\nTHE WHITE HOUSE,\n\nDecember 18, 2025.\n",
                &["Donald Trump"],
            ),
            (
                "I am pleased to sign S. 138.\n\nJOSEPH R. BIDEN JR.\n\nTHE WHITE HOUSE,\nJuly 12, 2024.\n",
                &["Joseph Biden"],
            ),
            // A heading in capitals over the place is no signature.
            ("The Act does much.\n\nFACT SHEET\n\nTHE WHITE HOUSE,\nJuly 12, 2024.\n", &[]),
            // Nor is the place named in the body, far from the end.
            (
                "DONALD J. TRUMP\nTHE WHITE HOUSE hosted a dinner. Guests came from all fifty states and many more countries, and stayed on late into the night, and talked of many things.\n",
                &[],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(find("Statement by the President", body), *want, "{body}");
        }
    }

    #[test]
    fn a_list_of_signatories_with_their_countries_or_offices_signs() {
        // (body, the speakers found)
        let cases: &[(&str, &[&str])] = &[
            // The country, a colon, the honours, the name and an office that runs on.
            (
                "We condemn the war.\n\nSigned by the following ministers or their equivalents:\nAustralia: The Hon Anika Wells MP, Minister for Aged Care and Minister for Sport\nEstonia: Liina Kersna, Minister of Education and Research in the responsibilities of Minister of Culture\nRepublic of Korea: PARK Bo Gyoon, Minister of Culture, Sport and Tourism\nSpain: Miquel Octavi Iceta i Llorens, Minister of Culture and Sport\nUnited Kingdom: The Rt Hon Nadine Dorries MP, Secretary of State for Digital, Culture, Media and Sport\n",
                &["Anika Wells", "Liina Kersna", "Bo Gyoon", "Miquel Octavi Iceta i Llorens", "Nadine Dorries"],
            ),
            // The same in a table, a cell running on to a line of its own.
            (
                "We condemn the war.\n\n───┬───\nAustralia │Senator the Hon Richard Colbeck, Minister for Sport\n───┼───\nBelgium   │Valérie Glatigny, Minister for Youth\n│\n│This signature commits the French-speaking Community.\n───┼───\nSweden    │Anders Ygeman, Minister for Integration and Migration\n───┴───\n",
                &["Richard Colbeck", "Valérie Glatigny", "Anders Ygeman"],
            ),
            // The office first, the name after its comma or its honorific.
            (
                "We stand together.\n\nCo-signatories:\nDanish Minister of Foreign Affairs, Mr. Jeppe Kofod;\nRepublic of Korea Minister of Foreign Affairs Mr. Chung Eui-yong;\nUnited States Secretary of State, Antony J. Blinken.\n",
                &["Jeppe Kofod", "Chung Eui-yong", "Antony Blinken"],
            ),
            // One line so shaped is no list of signatories.
            ("We stand together.\n\nAustralia: Anika Wells, Minister for Sport\n", &[]),
            // Nor are such lines when the text goes on after them: signatories close it.
            (
                "Our partners met.\n\nAustralia: Anika Wells, Minister for Sport\nSweden: Anders Ygeman, Minister for Integration\nThe ministers will meet again in May.\n",
                &[],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(find("Statement on Sport", body), *want, "{body}");
        }
    }

    #[test]
    fn signatures_set_in_columns_and_their_witnesses_sign() {
        // The lines of two columns, one under the other, as the text's column gaps leave them.
        let body = "We note the progress made.\n\nSigned at Kuala Lumpur on October 26, 2025, in quadruplicate.\n\nHun Manet\n\nAnutin Charnvirakul\n\nPrime Minister of the Kingdom\nPrime Minister of the Kingdom\n\nof Cambodia\n\nof Thailand\n\nWitnessed by:\n\nWitnessed by:\n\nAnwar Ibrahim\n\nDonald J. Trump\n";
        assert_eq!(
            find("Joint Declaration by the Prime Minister of the Kingdom of Cambodia", body),
            ["Hun Manet", "Anutin Charnvirakul", "Anwar Ibrahim", "Donald Trump"]
        );
    }
}
