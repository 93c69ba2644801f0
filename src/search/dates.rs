//! The dates people write in queries and filters: a day `2023-11-28`, a month `2023-11` or a year
//! `2023`, each standing for the days it covers.

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, Result};

/// The days a date in a query covers: `2023-11-28` that day, `2023-11` the month, `2023` the year.
pub fn period(text: &str) -> Result<(NaiveDate, NaiveDate)> {
    let bad = |reason: &str| Error::Date { input: text.to_string(), reason: reason.to_string() };
    let parts: Vec<&str> = text.trim().split('-').collect();
    let num = |p: &str| {
        // Digits only, and few of them: "+5" or a number that wraps around is no date.
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("expected YYYY-MM-DD, YYYY-MM or YYYY"));
        }
        p.parse::<u32>().map_err(|_| bad("expected YYYY-MM-DD, YYYY-MM or YYYY"))
    };
    match parts.as_slice() {
        [y] => {
            let y = num(y)? as i32;
            let start = NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(|| bad("no such year"))?;
            Ok((start, NaiveDate::from_ymd_opt(y, 12, 31).expect("a year has a 31 December")))
        }
        [y, m] => {
            let start = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, 1).ok_or_else(|| bad("no such month"))?;
            let next = if start.month() == 12 {
                NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)
            };
            Ok((start, next.and_then(|n| n.pred_opt()).ok_or_else(|| bad("no such month"))?))
        }
        [y, m, d] => {
            // RFC 3339 timestamps as tantivy wants them also work: the date part counts.
            let d = d.split(['T', ' ']).next().unwrap_or(d);
            let d = if d.len() > 2 { "" } else { d };
            let day = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?).ok_or_else(|| bad("no such day"))?;
            Ok((day, day))
        }
        _ => Err(bad("expected YYYY-MM-DD, YYYY-MM or YYYY")),
    }
}

/// Parses a user's `--since` date: `2023-11-28`, or a month `2023-11` or a year `2023` (their first
/// day).
pub fn parse_user_date(input: &str) -> Result<NaiveDate> {
    period(input).map(|(start, _)| start)
}

/// Parses a user's `--until` date: `2023-11-28`, or a month `2023-11` or a year `2023` (their last
/// day).
pub fn parse_user_date_end(input: &str) -> Result<NaiveDate> {
    period(input).map(|(_, end)| end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(period("2023").unwrap(), (d(2023, 1, 1), d(2023, 12, 31)));
        assert_eq!(period("2024-02").unwrap(), (d(2024, 2, 1), d(2024, 2, 29)));
        assert_eq!(period("2023-12").unwrap(), (d(2023, 12, 1), d(2023, 12, 31)));
        assert_eq!(period("2023-11-28").unwrap(), (d(2023, 11, 28), d(2023, 11, 28)));
        assert_eq!(period("2023-11-28T00:00:00Z").unwrap(), (d(2023, 11, 28), d(2023, 11, 28)));
        assert!(period("2023-13").is_err());
        assert!(period("soon").is_err());
    }

    #[test]
    fn user_dates() {
        assert_eq!(parse_user_date("2023-11-28").unwrap(), NaiveDate::from_ymd_opt(2023, 11, 28).unwrap());
        assert_eq!(parse_user_date("2023-11").unwrap(), NaiveDate::from_ymd_opt(2023, 11, 1).unwrap());
        assert_eq!(parse_user_date("2023").unwrap(), NaiveDate::from_ymd_opt(2023, 1, 1).unwrap());
        assert_eq!(parse_user_date_end("2023-02").unwrap(), NaiveDate::from_ymd_opt(2023, 2, 28).unwrap());
        assert!(parse_user_date("2023-13-45").is_err());
        assert!(parse_user_date("yesterday").is_err());
    }
}
