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
        if line.is_empty() || !line.chars().any(char::is_alphabetic) || is_date_line(line) {
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
    fn signatures_set_in_columns_and_their_witnesses_sign() {
        // The lines of two columns, one under the other, as the text's column gaps leave them.
        let body = "We note the progress made.\n\nSigned at Kuala Lumpur on October 26, 2025, in quadruplicate.\n\nHun Manet\n\nAnutin Charnvirakul\n\nPrime Minister of the Kingdom\nPrime Minister of the Kingdom\n\nof Cambodia\n\nof Thailand\n\nWitnessed by:\n\nWitnessed by:\n\nAnwar Ibrahim\n\nDonald J. Trump\n";
        assert_eq!(
            find("Joint Declaration by the Prime Minister of the Kingdom of Cambodia", body),
            ["Hun Manet", "Anutin Charnvirakul", "Anwar Ibrahim", "Donald Trump"]
        );
    }
}
