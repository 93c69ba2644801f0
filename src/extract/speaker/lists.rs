//! Participant lists: a heading ("Participants included:", "Speakers", "From the White House:")
//! and the lines under it, each naming a person who took part ("- Mark McManus, General
//! President", "Governor of Colorado Jared Polis"). Lists written in a sentence ("was joined by X,
//! Y and Z") are `introduced`'s; `roles` weighs what both give with the other roles.

use std::sync::LazyLock;

use regex::Regex;

use super::mentions::*;
use super::shape::*;
use super::words::*;
use crate::text::last_word_start;

/// A participant list heading: the list items under it name people who took part.
static PARTICIPANT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:participants?|attendees|attended by|joined by|joining|delegation|participated|participating|attending|in attendance|members included|(?:members|guests|officials|leaders|experts|representatives)(?: of the [\w-]+)? (?:also )?(?:include|includes)|included|speakers|panelists|presenters|provided remarks|delivered remarks)(?-u:\b)")
        .expect("static regex")
});

/// A heading that ends "joined on the call by:" (as [`PARTICIPANT_HEADING`]'s "joined by:"); not
/// "Canada joined the United States by announcing measures, including:".
static JOINED_BY_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)joined (?:[\w.’'-]+ ){1,4}?by:?$").expect("static regex"));

/// Words of a heading that names a group of people ("Civil Rights Leaders:", "Mayors:", "Attorneys
/// General:"): offices and groups of officials, not the people a policy serves ("Supporting
/// Students:", "Small Business Owners:" head a fact sheet's bullets, not a list of guests).
static GROUP_OF_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:leaders|officials|members|guests|advocates|experts|representatives|mayors|governors|legislators|lawmakers|ceos|executives|attorneys|senators|ambassadors|ministers|secretaries|commissioners|directors|presidents|chairs|co-chairs|moderators|clergy|pastors|superintendents|sheriffs|judges)(?-u:\b)")
        .expect("static regex")
});

/// A short heading of a list of people without a colon ("Speakers", "Meeting Participants", a
/// bold line); not "Joining Forces".
static LIST_HEADING_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:participants?|attendees|delegation|participating|in attendance|included|speakers|panelists|presenters)(?-u:\b)")
        .expect("static regex")
});

/// Words of a title that says the readout is of a gathering ("Readout of White House Meeting with
/// Latino Leaders", "... Convening on Right to Repair"): its bullets of names with offices list
/// who took part, with or without a heading over them.
static GATHERING_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:meeting|roundtable|round table|convening|convenes|listening session|forum|summit|panel|discussion|gathering)(?-u:\b)")
        .expect("static regex")
});

/// The participant list being read, line by line.
#[derive(Default)]
pub(super) struct ParticipantList {
    /// Whether the readout's title says it is of a gathering ([`GATHERING_TITLE`]).
    gathering: bool,
    /// Whether the lines read are under a list's heading.
    open: bool,
    /// Names the list has given so far (since its last part heading).
    people_listed: usize,
    /// Lines of the list since its last heading.
    lines: usize,
    /// Whether the lines under the last heading list organisations (see [`lists_organisations`]):
    /// their lines that are a name alone ("- Wells Fargo") are organisations too.
    organisations: bool,
}

impl ParticipantList {
    /// A list reader for the readout titled `title`.
    pub(super) fn for_title(title: &str) -> Self {
        ParticipantList { gathering: GATHERING_TITLE.is_match(title), ..Self::default() }
    }

    /// Reads the sentence `start..end` of `text` (with its `mentions`): a heading opens or goes on
    /// with a list, any other line ends it. Gives the place among `mentions` of the person the
    /// line lists, when it is a line of a participant list.
    pub(super) fn read_line(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        mentions: &[Mention<'_>],
    ) -> Option<usize> {
        let trimmed = text[start..end].trim();
        // A line of a participant list: a bullet, or (under the list's heading) a line that
        // starts with a name and goes on with the person's title or body ("Minyon Moore,
        // Co-Convener, Power Rising"), as White House readouts list their guests.
        // A line shaped as a person's line whose name was not read as one ("Timothy Israel,
        // Director", a surname that is a country's name) lists no one but keeps the list open.
        let bullet = is_bullet_line(trimmed);
        // A readout of a gathering may list who took part without a heading: bullets of names
        // with their offices ("- Tom Perez, Senior Advisor to the President").
        // Not under a heading of something else ("announced his intent to nominate:").
        if !self.open
            && bullet
            && self.gathering
            && !text[..start].trim_end().ends_with(':')
            && starts_list_of_officials(&text[start..])
        {
            *self = ParticipantList { gathering: true, open: true, ..Self::default() };
        }
        let opens_with_listed_name = self.open && starts_with_listed_name(text, start, end, mentions);
        let shaped_only = self.open && !bullet && !opens_with_listed_name && shaped_as_listed_name(trimmed);
        let is_list_item = bullet || opens_with_listed_name || shaped_only;
        // A line of markup alone ("**"), or an item's number cut off as a sentence of its own
        // ("1."), neither ends nor goes on with a list.
        let markup_alone = !trimmed.chars().any(char::is_alphabetic);
        if !is_list_item && !markup_alone {
            // A heading of a part of a list of people ("From the White House:", "Industry:") goes
            // on with it: right under the list's heading, or after a part that named people.
            // "The following eight Governors of western states:" after a part that named people.
            // Markdown emphasis left around a heading ("*AA & NHPI Leaders:*", "***White House***").
            let heading_text = trimmed.trim_matches(['*', '_', ' ']);
            let next_part = self.open
                && (self.people_listed > 0 || self.lines == 0)
                && (is_part_heading(heading_text)
                    || self.people_listed > 0 && starts_with_ignore_case(heading_text, "the following "));
            // A heading ends with a colon, or is a short line of its own: "Speakers", "White House
            // and Department of Agriculture Participants" (a bold line).
            let ends_with_colon = heading_text.ends_with(':');
            let heading = ends_with_colon
                || heading_text.split_whitespace().nth(8).is_none()
                    && !heading_text.contains(['.', ','])
                    && LIST_HEADING_ALONE.is_match(heading_text);
            // A part heading needs no colon: "***White House***" in emphasis, or "Civil Rights
            // Leaders" on a line of its own once the markdown is cleaned, under "Meeting
            // participants included:" or after a part that named people, when it names someone
            // with an office ("Attorney General Merrick Garland") or a person's line follows
            // ("Eric Lander, the President's Science Advisor", a bullet); not "Atlanta, GA",
            // nor "Amalgamated Bank" over "Bezos Earth Fund" (a list of organisations).
            let emphasised = heading_text.len() < trimmed.len();
            let part_without_colon = next_part
                && !heading
                && !heading_text.contains(['.', ',', ';'])
                && (emphasised || mentions.iter().any(|m| m.titled) || {
                    let next = next_line(text, end);
                    is_bullet_line(next) || next.contains(',')
                });
            // A short heading naming a group of people opens a list too: "AA & NHPI Leaders:"
            // (a heading of capitalised words; "The appointed members are:" is a sentence).
            let group_heading = ends_with_colon
                && heading_text.split_whitespace().count() <= 6
                && is_part_heading(heading_text)
                && GROUP_OF_PEOPLE.is_match(heading_text);
            self.open = heading
                && (next_part
                    || PARTICIPANT_HEADING.is_match(heading_text)
                    || JOINED_BY_HEADING.is_match(heading_text))
                || part_without_colon
                || group_heading;
            if !next_part {
                self.people_listed = 0;
            }
            self.lines = 0;
            self.organisations = self.open && lists_organisations(&text[end..]);
        } else if is_list_item {
            self.lines += 1;
        }
        if !(is_list_item && self.open) {
            // Most lines of a readout are prose: what follows only reads a list's items (asking
            // it of every line was 3.8% of the instructions of indexing synthetic readouts:
            // BENCHMARKS.md, "Extraction, cheaper again").
            return None;
        }
        // "- Rep. Kelly Skidmore" in a list of organisations is still a person.
        // A body's line names no one, a title's word in it or not ("Grand Rapids Community
        // College").
        let organisation = self.organisations && {
            let head = body_without_place(trimmed);
            is_name_alone(head) && (ends_with_body_word(head) || !mentions.iter().any(|m| m.titled))
        };
        // A line of the list's shape lists the name that opens it ("Dr. Siyoung Choi\*, President"),
        // not one further on ("The Georgia Delegation, representing Senator Jon Ossoff").
        let opens_with_name = || mentions.first().is_some_and(|m| m.start == item_start(text, start, end));
        (!organisation && (!shaped_only || opens_with_name())).then(|| listed_name_at(text, start, end, mentions))
    }

    /// Counts a person the current line listed: a part heading may follow a part that named people.
    pub(super) fn listed_someone(&mut self) {
        self.people_listed += 1;
    }
}

/// Whether the lines at the start of `rest` (under a list's heading, up to the first line that
/// is no list item) list organisations: of its lines of capitalised words alone, two or half end
/// with a word no name holds ("Hope Credit Union", "Georgia Ports Authority"). One foundation
/// among people ("- Ford Foundation", "- Darren Walker", "- Joe Smith") is not enough.
fn lists_organisations(rest: &str) -> bool {
    // A line with its place after a dash counts only as a body's ("Hope Credit Union –
    // Mississippi"): a person's ("Jane Smithers – Georgia") is no name alone, as before the place
    // was read.
    let bare: Vec<&str> = rest
        .lines()
        .map(|l| body_without_place(l.trim()))
        .filter(|l| !l.is_empty())
        .take(60)
        .take_while(|l| is_bullet_line(l) || is_name_alone(l))
        .filter(|l| is_name_alone(l))
        .collect();
    let organisations = bare.iter().filter(|l| ends_with_body_word(l)).count();
    organisations >= 2 || organisations * 2 >= bare.len() && organisations > 0
}

/// A list line without the place that ends it after a dash ("- Forsyth Tech Community College –
/// North Carolina"): a list of bodies says where each is.
fn without_place(line: &str) -> &str {
    [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| line.rsplit_once(dash))
        .filter(|(_, place)| names_a_place(place.trim()) || crate::extract::country::is_us_place(place.trim()))
        .map_or(line, |(head, _)| head.trim_end())
}

/// [`without_place`] when what is left names a body ([`ends_with_body_word`]), else the line.
fn body_without_place(line: &str) -> &str {
    let head = without_place(line);
    if head.len() < line.len() && !ends_with_body_word(head) { line } else { head }
}

/// Whether a list line ends with a word no name holds: a body's ("… Community College").
fn ends_with_body_word(line: &str) -> bool {
    strip_bullet(line).trim_end_matches('*').split_whitespace().last().is_some_and(|w| is_breaker(w) && !is_title(w))
}

/// A list line that is capitalised words alone, without a title or body after a comma or dash.
fn is_name_alone(line: &str) -> bool {
    let item = strip_bullet(line).trim_end_matches('*');
    let words: Vec<&str> = item.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && !item.contains([',', '(', '–', '—', ':', ';'])
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || *w == "&")
}

/// The first line after `end` that is not blank, trimmed.
fn next_line(text: &str, end: usize) -> &str {
    text[end..].lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("")
}

/// A line of a bulleted or numbered list.
fn is_bullet_line(line: &str) -> bool {
    strip_bullet(line).len() < line.len()
}

/// A list line's text without its bullet ("- ", "• ", "* ", "· " or a number and a period) and
/// the spaces after it.
pub(super) fn strip_bullet(line: &str) -> &str {
    if let Some(rest) = ["- ", "• ", "* ", "· "].iter().find_map(|b| line.strip_prefix(b)) {
        return rest.trim_start();
    }
    // A numbered item: "1.  Steve Benjamin, Assistant to the President".
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    match line[digits..].strip_prefix(". ") {
        Some(rest) if (1..=3).contains(&digits) => rest.trim_start(),
        _ => line,
    }
}

/// Which of a participant list line's mentions (by position) is the person it lists.
fn listed_name_at(text: &str, start: usize, end: usize, mentions: &[Mention<'_>]) -> usize {
    let line = &text[start..end];
    let body_start = item_start(text, start, end);
    let body = &text[body_start..end];
    let first_word = body.split_whitespace().next().unwrap_or("");
    // A title read as a one-word name is no one's ("Domestic Policy Advisor to the Vice President
    // Rohini Kosoglu": the line's person is further on, as after an office's first word).
    let opens_with_lone_title =
        mentions.first().is_some_and(|m| m.start == body_start && m.name.len() == 1 && is_title(&m.name[0]));
    let opens_with_mention = !opens_with_lone_title && mentions.first().is_some_and(|m| m.start == body_start);
    // "Asian Pacific Islander American Health Forum: Juliet Choi", "Waterbury Police Department –
    // Chief Fernando Spagnolo": the name after the label and its colon or spaced dash (not when a
    // name opens the line: "Maria Lopez: Senator Alex Padilla’s Chief of Staff"; but a label whose
    // first words were read as a name is still a label: "Sikh American Legal Defense Fund: Kiran
    // Gill", "Baltimore Police Department – …").
    // (Not "Maria Lopez, Chief of Staff: …" nor "Maria Lopez (Padilla office): …".)
    let label_goes_on = |between: &str| !between.trim().is_empty() && !between.trim_start().starts_with([',', '(']);
    let label_end = body.find(':').map(|colon| (colon, colon + 1)).or_else(|| {
        [" – ", " — ", " - "].iter().filter_map(|dash| body.find(dash).map(|at| (at, at + dash.len()))).min()
    });
    if let Some((label_end, after_label)) = label_end
        && (!opens_with_mention
            || mentions[0].end < body_start + label_end
                && label_goes_on(&text[mentions[0].end..body_start + label_end]))
    {
        let rest = &body[after_label..];
        let name_start = body_start + after_label + (rest.len() - rest.trim_start().len());
        if let Some(after) = mentions.iter().position(|m| m.start == name_start && m.name.len() >= 2) {
            return after;
        }
    }
    // "North Carolina State Senator Jim Burgin": a place's words open the line, and the name
    // after them, with its office, is the person listed.
    if let [first, second, ..] = mentions
        && !first.titled
        && second.titled
        && first.start >= body_start
        && let Some(place_and_office) = text.get(body_start..second.start)
        && place_and_office.split_whitespace().all(|w| is_capitalised(w) && !w.ends_with([',', ';', ':']))
    {
        return 1;
    }
    // A first mention that takes in the office is the person ("Professor Glenn Cohen of …").
    if opens_with_mention || !opens_with_lone_title && (!is_capitalised(first_word) || !word_class(first_word).0) {
        return 0;
    }
    // The name before the line's first comma; when an office's own comma comes first ("State
    // Secretary at the Ministry for Environment, Nature Conservation and Nuclear Safety Rita
    // Schwarzelühr-Sutter, Federal Republic of Germany"), the first full name past it that a
    // comma follows, as a listed name's is (not a company closing the line: "Co-Owner, Oread Rx").
    let head_end = start + line.find([',', ';', '(']).unwrap_or(line.len());
    mentions
        .iter()
        .rposition(|m| m.end <= head_end)
        .or_else(|| {
            mentions.iter().position(|m| {
                m.name.len() >= 2 && text.get(m.end..end).is_some_and(|rest| rest.trim_start().starts_with(','))
            })
        })
        .unwrap_or(0)
}

/// Where the item of the line `start..end` of `text` begins, after its indent and its bullet.
fn item_start(text: &str, start: usize, end: usize) -> usize {
    let line = &text[start..end];
    start + (line.len() - strip_bullet(line.trim_start()).len())
}

/// A line of two to four capitalised words, then a comma and more, not a sentence: the shape of a
/// participant list's line ("Timothy Israel, Director, Georgia MEP").
fn shaped_as_listed_name(line: &str) -> bool {
    let Some((head, rest)) = strip_bullet(line).split_once(',') else { return false };
    let words: Vec<&str> = head.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| is_capitalised(w))
        && !rest.trim().is_empty()
        // Not a sentence, whatever closes it: "… “showing up.”", "… how Secretary Walsh …?".
        && !ends_as_sentence(line.trim_end_matches(['”', '"', '’', '\'', '*', '_', ')']))
}

/// Whether `line` closes as a sentence does: a final `?`, `!`, or a period that ends none of the
/// abbreviations a guest's line ends with (her company's "Inc.", a "Jr.", "Washington, D.C."); a
/// line ending "… the U.S." or "… 10 a.m." is a sentence.
fn ends_as_sentence(line: &str) -> bool {
    const LINE_ENDINGS: &[&str] = &["Inc.", "Ltd.", "Co.", "Corp.", "LLC.", "Jr.", "Sr.", "D.C.", "Assoc."];
    let line = line.trim_end();
    line.ends_with(['?', '!']) || line.ends_with('.') && !LINE_ENDINGS.contains(&&line[last_word_start(line)..])
}

/// Whether the first three lines of `rest` are bullets, each a name, a comma and an office
/// within the first four words after it ("- Keith Ellison, Minnesota Attorney General", "-
/// Heather Walch, Chief Executive Officer of Repowered"): the shape of a list of who took part,
/// which a list of what was done ("- The Federal Trade Commission (FTC) voted ...") does not have.
fn starts_list_of_officials(rest: &str) -> bool {
    let lines: Vec<&str> = rest.lines().map(str::trim).filter(|l| !l.is_empty()).take(3).collect();
    lines.len() == 3
        && lines.iter().all(|line| {
            is_bullet_line(line)
                && shaped_as_listed_name(line)
                && strip_bullet(line)
                    .split_once(',')
                    .is_some_and(|(_, office)| office.split_whitespace().take(4).any(is_title))
        })
}

/// A short heading of capitalised words ("From the White House:", "U.S. Delegation:"), as a list
/// of participants names its parts.
fn is_part_heading(line: &str) -> bool {
    let words: Vec<&str> = line.trim_end_matches(':').split_whitespace().collect();
    (1..=8).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(*w, "from" | "the" | "of" | "and" | "&" | "for" | "at" | "in" | "on" | "v." | "vs.")
        })
}

/// True when the sentence `start..end` of `text` is a line that opens with a name, then a comma,
/// a colon, a parenthesis, a dash or nothing: a participant list's line rather than a sentence
/// about them ("Livia Shmavonian: Made In America Director"). The name may have its office's
/// words before it ([`office_words_only`]): "National Economic Council Director Brian Deese",
/// "Rhode Island Lieutenant Governor Sabina Matos" (whose first words read as a name),
/// "Treasurer of Oregon Tobias Read".
fn starts_with_listed_name(text: &str, start: usize, end: usize, mentions: &[Mention<'_>]) -> bool {
    let sentence = &text[start..end];
    let line_start = start + (sentence.len() - sentence.trim_start().len());
    let person = mentions.iter().filter(|m| m.name.len() >= 2).find(|m| {
        m.start == line_start || {
            let office = &text[line_start..m.start];
            (m.titled || office.split_whitespace().any(is_title)) && office_words_only(office)
        }
    });
    let Some(person) = person else { return false };
    !ends_as_sentence(sentence)
        && text[person.end..end]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | ':' | '(' | '–' | '—' | '-'))
}

/// Whether `words` are an office's words before a name: up to ten, capitalised but for joining
/// words ("White House Chief of", "U.S. Trade", "Small Business Administration", "Counselor to
/// the President", "Senior Advisor to the President and Director of Public Engagement"); not a
/// line that recalls someone ("Late Senator John McCain", "Remembering Senator …", "Honoring …").
/// "to" joins only a title to "the" and the office it serves: "Welcome to Ambassador X", "Letter
/// to Speaker of the House X", "Chief of Staff to Senator X" (whose aide the line lists) are no
/// office of X's.
fn office_words_only(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    let serves_the_office =
        |i: usize| i > 0 && is_title(words[i - 1]) && words.get(i + 1).is_some_and(|next| *next == "the");
    !words.is_empty()
        && words.len() <= 10
        && is_capitalised(words[0])
        && !matches!(words[0], "Late" | "Absent" | "Remembering" | "Honoring" | "Honouring" | "In")
        && words.iter().enumerate().all(|(i, w)| {
            is_office_joining_word(w)
                || *w == "to" && serves_the_office(i)
                || is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '’' | '\''))
        })
}

#[cfg(test)]
mod tests {
    use super::super::find;

    #[test]
    fn participant_list_lines() {
        // (body under a list's heading, the speakers found)
        let cases: &[(&str, &[&str])] = &[
            // "were joined on the call by:" heads a list as "joined by:" does.
            (
                "The President and his team were joined on the call by:\n\n- Connecticut Gov. Ned Lamont\n- New York Lt. Gov. Kathy Hochul\n",
                &["Ned Lamont", "Kathy Hochul"],
            ),
            // Not a sentence that goes on after "by".
            (
                "Canada joined the United States by announcing new measures:\n\n- Sanctions on Ivan Petrov and his companies\n- Export controls\n",
                &[],
            ),
            // A label, a colon, then the person.
            (
                "Participants included:\n\n-   Asian Pacific Islander American Health Forum: Juliet Choi\n-   AAPI Civic Engagement Fund: EunSook Lee\n",
                &["Juliet Choi", "EunSook Lee"],
            ),
            // A label whose first words read as a name ("Sikh American") is still a label; a name
            // with its office or its body before the colon is not.
            (
                "Participants included:\n\n-   Sikh American Legal Defense & Educational Fund: Kiran Gill\n-   OCA: Thu Nguyen\n",
                &["Kiran Gill", "Thu Nguyen"],
            ),
            (
                "Participants included:\n\n-   Maria Lopez, Chief of Staff: Senator Alex Padilla\n-   Ana Ruiz (Padilla office): Alex Padilla\n",
                &["Maria Lopez", "Ana Ruiz"],
            ),
            // The person, a colon, then the title.
            (
                "Participants included:\n\nLivia Shmavonian: Made In America Director, Office of Management and Budget\n\nKevin Carr, Chief Executive Officer, FloridaMakes\n",
                &["Livia Shmavonian", "Kevin Carr"],
            ),
            // An office's first words before its title, on a line of its own; its "of" and a
            // state's name too; not a line that recalls someone.
            (
                "Attendees at today’s meeting included:\n\nAttorney General Merrick Garland\n\nNational Economic Council Director Brian Deese\n\nScott Blubaugh, President, Oklahoma Farmers Union\n",
                &["Merrick Garland", "Brian Deese", "Scott Blubaugh"],
            ),
            (
                "Participating Lieutenant Governors included:\n\nRhode Island Lieutenant Governor Sabina Matos\n\nTreasurer of Oregon Tobias Smith\n\nWhite House Chief of Staff Jeff Zients\n\nU.S. Trade Representative Katherine Tai\n\nLate Senator John McCain\n",
                &["Sabina Matos", "Tobias Smith", "Jeff Zients", "Katherine Tai"],
            ),
            // A surname that is a country's name does not end the list.
            (
                "Participants included:\n\nKevin Carr, Chief Executive Officer, FloridaMakes\n\nTimothy Israel, Director, Georgia MEP\n\nWayne Inouye, MEP Center Director, Innovate Hawaii\n",
                &["Kevin Carr", "Wayne Inouye"],
            ),
            // A heading naming a group of officials by their office.
            (
                "*Attorneys General:*\n\n-   District of Columbia Attorney General Karl Racine\n-   New York Attorney General Letitia James\n",
                &["Karl Racine", "Letitia James"],
            ),
            // Titles of clergy and of a legislature's presiding officer are peeled off.
            (
                "Participants included:\n\n-   **Pastor Demetries Edwards**, Pastor, 23rd Avenue Church of God\n-   Washington President Pro Tempore Karen Keiser\n",
                &["Demetries Edwards", "Karen Keiser"],
            ),
            // A line of the list's shape lists the name that opens it, not one further on.
            (
                "Participants include:\n\nDr. Siyoung Choi\\*, President and GM, Samsung\n\nThe Georgia Delegation, representing Senator Jon Ossoff\n",
                &["Siyoung Choi"],
            ),
            // A guest's line may close with an abbreviation's period: it is no sentence.
            (
                "Participants included:\n\nKevin Carr, Chief Executive Officer, FloridaMakes\n\nRobert Chen, President, SolarWorks Inc.\n",
                &["Kevin Carr", "Robert Chen"],
            ),
            // A line of the list's shape that names no one first lists no one.
            (
                "Participants included:\n\nKevin Carr, Chief Executive Officer, FloridaMakes\n\nThe Georgia Delegation, representing Senator Jon Ossoff\n",
                &["Kevin Carr"],
            ),
            // A name, a colon, then someone else's office: the name that opens the line.
            ("Participants included:\n\n-   Maria Lopez: Senator Alex Padilla’s Chief of Staff\n", &["Maria Lopez"]),
            // A fact sheet's heading of the people a policy serves opens no list.
            (
                "Supporting Students:\n\n-   New grants, first proposed by Senator Patty Murray in 2019, will reach schools\n",
                &[],
            ),
            // A sentence after the list is no line of it, though it opens like one.
            (
                "Participants included:\n\nKevin Carr, Chief Executive Officer, FloridaMakes\n\nEconomic Development, jobs and training were discussed at length.\n\nMary Jones (Ohio)\n",
                &["Kevin Carr"],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(find("Readout of the Meeting", body), *want, "{body}");
        }
    }

    #[test]
    fn lists_of_officials_without_a_heading() {
        let officials = "A recording of the roundtable can be found here.\n\n- Tom Perez, Senior Advisor to the President\n- Keith Ellison, Minnesota Attorney General\n- Heather Walch, Chief Executive Officer of Repowered\n\nSince then, states have acted.\n";
        // (title, body, the speakers found)
        let cases: &[(&str, &str, &[&str])] = &[
            // A readout of a gathering: its bullets of names with offices list who took part.
            (
                "Readout of the White House Convening on Right to Repair",
                officials,
                &["Tom Perez", "Keith Ellison", "Heather Walch"],
            ),
            (
                "Readout of White House Meeting with Latino Leaders",
                officials,
                &["Tom Perez", "Keith Ellison", "Heather Walch"],
            ),
            // Not a gathering: the same bullets could be appointments or a delegation.
            ("Fact Sheet: New Appointments to Boards and Commissions", officials, &[]),
            // A readout of a meeting may name nominees under a heading of their own.
            (
                "Readout of the President’s Meeting with President Boric",
                "The President announced his intent to nominate:\n\n- Jane Doe, Ambassador to Chile\n- John Roe, Member of the Board of the Inter-American Foundation\n- Mary Poe, Assistant Secretary of State\n",
                &["Boric"],
            ),
            // Two such bullets are not yet a list.
            (
                "Readout of a Roundtable",
                "Intro.\n\n- Tom Perez, Senior Advisor to the President\n- Keith Ellison, Minnesota Attorney General\n\nSince then, states have acted.\n",
                &[],
            ),
            // Bullets of what was done, not of who took part.
            (
                "Readout of a Roundtable",
                "Actions:\n\n- The Federal Trade Commission (FTC) voted unanimously, in May\n- The EPA wrote a letter, and more\n- Over 30 states acted, in all\n",
                &[],
            ),
        ];
        for (title, body, want) in cases {
            assert_eq!(find(title, body), *want, "{title}");
        }
    }
}
