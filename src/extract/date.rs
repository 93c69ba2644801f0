//! The date facet from the text itself, for readouts whose header or page meta gives none: a
//! dateline ("WASHINGTON, November 28, 2023"), or the first written date ("Nov. 28, 2023",
//! "28 November 2023").

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

const MONTHS: &str = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b){MONTHS}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?-u:\b)"))
        .expect("static regex")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?P<day>\d{{1,2}})\s+{MONTHS}\s+(?P<year>(?:19|20)\d\d)(?-u:\b)"))
        .expect("static regex")
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)(?-u:\b)").expect("static regex")
});

fn month_number(name: &str) -> Option<u32> {
    let key: String = name.chars().take(3).collect::<String>().to_ascii_lowercase();
    let n = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|m| *m == key)?;
    Some(n as u32 + 1)
}

/// The first valid calendar date written in the text, preferring one near the top (a dateline).
pub fn find(text: &str) -> Option<NaiveDate> {
    let mut best: Option<(usize, NaiveDate)> = None;
    let mut consider = |pos: usize, date: Option<NaiveDate>| {
        if let Some(d) = date
            && best.is_none_or(|(p, _)| pos < p)
        {
            best = Some((pos, d));
        }
    };
    for re in [&*MONTH_DAY_YEAR, &*DAY_MONTH_YEAR] {
        // Only the first valid match of each form matters: later ones are further down.
        for c in re.captures_iter(text) {
            let date = (|| {
                let month = month_number(c.name("month")?.as_str())?;
                let day = c.name("day")?.as_str().parse().ok()?;
                let year = c.name("year")?.as_str().parse().ok()?;
                NaiveDate::from_ymd_opt(year, month, day)
            })();
            if date.is_some() {
                consider(c.get(0).map_or(0, |m| m.start()), date);
                break;
            }
        }
    }
    if let Some(c) = ISO.captures_iter(text).find(|c| NaiveDate::parse_from_str(&c[0], "%Y-%m-%d").is_ok()) {
        consider(c.get(0).map_or(0, |m| m.start()), NaiveDate::parse_from_str(&c[0], "%Y-%m-%d").ok());
    }
    best.map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn datelines_and_written_dates() {
        let cases = [
            ("WASHINGTON, November 28, 2023 — The Secretary", d(2023, 11, 28)),
            ("Released Nov. 28, 2023 by the office", d(2023, 11, 28)),
            ("Sept. 3, 2021", d(2021, 9, 3)),
            ("on 28 November 2023 in Baku", d(2023, 11, 28)),
            ("Issued 2022-05-10.", d(2022, 5, 10)),
            ("February 30, 2023 then March 1, 2023", d(2023, 3, 1)),
            ("May 5th, 2021 and later June 1, 2021", d(2021, 5, 5)),
            ("no date here, and 2023-13-45 is none", None),
        ];
        for (text, want) in cases {
            assert_eq!(find(text), want, "{text}");
        }
    }
}
