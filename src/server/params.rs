//! The query parameters of the read endpoints, read into one struct of library types by serde; the
//! defaults and caps are the library's. A bad value is a 400 whose message names the parameter.

use std::time::Duration;

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, IntoDeserializer, SeqAccess, Visitor};

use crate::readout::StatementKind;
use crate::search::{
    DEFAULT_FRAGMENTS, DEFAULT_LIMIT, DEFAULT_LIST_LIMIT, FacetField, MAX_FRAGMENTS, MAX_LIMIT, MAX_OFFSET,
    PeopleRequest, Period, QuoteRequest, SearchRequest, Sort, parse_user_date, parse_user_date_end,
};

/// Every parameter a read endpoint takes (each takes the ones it needs). A repeated parameter
/// keeps its last value, but for the filters, which keep them all (`country=AM&country=AZ`); an
/// empty value is no value. Unknown parameters are ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct Params {
    #[serde(deserialize_with = "last_value")]
    q: Option<String>,
    speaker: Vec<String>,
    country: Vec<String>,
    speaker_country: Vec<String>,
    #[serde(deserialize_with = "since")]
    since: Option<NaiveDate>,
    #[serde(deserialize_with = "until")]
    until: Option<NaiveDate>,
    #[serde(deserialize_with = "sort")]
    sort: Option<Sort>,
    #[serde(deserialize_with = "limit")]
    limit: Option<usize>,
    #[serde(deserialize_with = "offset")]
    offset: Option<usize>,
    #[serde(deserialize_with = "fragments")]
    fragments: Option<usize>,
    #[serde(deserialize_with = "exact")]
    exact: bool,
    #[serde(deserialize_with = "all_copies")]
    all_copies: bool,
    #[serde(deserialize_with = "explain")]
    explain: bool,
    #[serde(deserialize_with = "last_value")]
    field: Option<String>,
    #[serde(deserialize_with = "last_value")]
    by: Option<String>,
    #[serde(deserialize_with = "last_value")]
    kind: Option<String>,
}

impl Params {
    /// Reads a query string; percent-encoded bytes that are no UTF-8 are refused.
    pub(super) fn parse(raw: Option<&str>) -> Result<Self, String> {
        let raw = raw.unwrap_or_default();
        // The decoder replaces bad bytes with U+FFFD; nobody types that character on purpose.
        if form_urlencoded::parse(raw.as_bytes()).any(|(k, v)| k.contains('\u{FFFD}') || v.contains('\u{FFFD}')) {
            return Err("query parameters must be UTF-8".into());
        }
        let mut params: Params = serde_html_form::from_str(raw).map_err(|e| e.to_string())?;
        for list in [&mut params.speaker, &mut params.country, &mut params.speaker_country] {
            list.retain(|v| !v.is_empty());
        }
        Ok(params)
    }

    /// The search these parameters describe, stopped by itself within `time_limit`.
    pub(super) fn search_request(&self, time_limit: Duration) -> SearchRequest {
        SearchRequest {
            speakers: self.speaker.clone(),
            countries: self.country.clone(),
            speaker_countries: self.speaker_country.clone(),
            since: self.since,
            until: self.until,
            sort: self.sort.unwrap_or_default(),
            limit: self.limit.unwrap_or(DEFAULT_LIMIT),
            offset: self.offset.unwrap_or(0),
            fragments: self.fragments.unwrap_or(DEFAULT_FRAGMENTS).max(1),
            exact: self.exact,
            all_copies: self.all_copies,
            explain: self.explain,
            // The work stops by itself before the request's own timeout would answer for it.
            time_limit_ms: Some(time_limit.as_millis().try_into().unwrap_or(u64::MAX)),
            ..SearchRequest::new(self.q.clone().unwrap_or_default())
        }
    }

    /// The facet `/facets` counts (`field`): read only there, so that a search ignores it.
    pub(super) fn facet_field(&self) -> Result<FacetField, String> {
        self.field.as_deref().map_or(Ok(FacetField::Speaker), choice("field", "speaker, country, year or month"))
    }

    /// The period of `/timeline` (`by`): read only there.
    pub(super) fn period(&self) -> Result<Period, String> {
        self.by.as_deref().map_or(Ok(Period::default()), choice("by", "month or year"))
    }

    /// How many values a list (facet values, people) holds.
    pub(super) fn list_limit(&self) -> usize {
        self.limit.unwrap_or(DEFAULT_LIST_LIMIT)
    }

    /// The statement search (`/quotes`) these parameters describe; `kind` is read only there.
    pub(super) fn quote_request(&self, time_limit: Duration) -> Result<QuoteRequest, String> {
        let kind = match self.kind.as_deref() {
            Some(k) => Some(choice::<StatementKind>("kind", "direct or reported")(k)?),
            None => None,
        };
        Ok(QuoteRequest {
            speakers: self.speaker.clone(),
            countries: self.country.clone(),
            speaker_countries: self.speaker_country.clone(),
            kind,
            since: self.since,
            until: self.until,
            exact: self.exact,
            limit: self.limit.unwrap_or(DEFAULT_LIMIT),
            offset: self.offset.unwrap_or(0),
            time_limit_ms: Some(time_limit.as_millis().try_into().unwrap_or(u64::MAX)),
            ..QuoteRequest::new(self.q.clone().unwrap_or_default())
        })
    }

    /// The people these parameters ask for.
    pub(super) fn people_request(&self) -> PeopleRequest {
        PeopleRequest {
            query: self.q.clone().unwrap_or_default(),
            // The last country given: `people` takes one.
            country: self.country.last().cloned(),
            limit: self.list_limit(),
        }
    }
}

/// The last value given for a parameter; an empty one counts as none.
fn last_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    struct Last;
    impl<'de> Visitor<'de> for Last {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a text")
        }
        fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
            Ok(Some(value.to_string()).filter(|v| !v.is_empty()))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut values: A) -> Result<Self::Value, A::Error> {
            let mut last = None;
            while let Some(value) = values.next_element::<String>()? {
                last = Some(value);
            }
            Ok(last.filter(|v| !v.is_empty()))
        }
    }
    deserializer.deserialize_any(Last)
}

/// The last value, read by `read`; its error becomes the 400's message.
fn read_last<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    read: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Option<T>, D::Error> {
    last_value(deserializer)?.map(|v| read(&v)).transpose().map_err(de::Error::custom)
}

fn since<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    read_last(d, |v| parse_user_date(v).map_err(|e| e.to_string()))
}

fn until<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    read_last(d, |v| parse_user_date_end(v).map_err(|e| e.to_string()))
}

/// A whole number up to `max`.
fn number(key: &str, max: usize) -> impl FnOnce(&str) -> Result<usize, String> {
    move |v| match v.parse::<usize>() {
        Ok(n) if n <= max => Ok(n),
        Ok(_) => Err(format!("{key} must be at most {max}")),
        Err(_) => Err(format!("{key} must be a whole number, not {v:?}")),
    }
}

fn limit<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    read_last(d, number("limit", MAX_LIMIT))
}

fn offset<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    read_last(d, number("offset", MAX_OFFSET))
}

fn fragments<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    read_last(d, number("fragments", MAX_FRAGMENTS))
}

/// A yes or no, in any case: `1`, `true`, `yes`, `on` (an HTML checkbox) or `0`, `false`, `no`,
/// `off`.
fn flag(key: &str) -> impl FnOnce(&str) -> Result<bool, String> {
    move |v| match v.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(format!("{key} must be true or false, not {v:?}")),
    }
}

fn exact<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(read_last(d, flag("exact"))?.unwrap_or(false))
}

fn all_copies<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(read_last(d, flag("all_copies"))?.unwrap_or(false))
}

fn explain<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(read_last(d, flag("explain"))?.unwrap_or(false))
}

/// One of a library enum's values, by its serde name; `names` lists them for the message.
fn choice<T: DeserializeOwned>(key: &str, names: &str) -> impl FnOnce(&str) -> Result<T, String> {
    move |v| {
        T::deserialize(v.into_deserializer()).map_err(|_: de::value::Error| format!("{key} must be {names}, not {v:?}"))
    }
}

fn sort<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Sort>, D::Error> {
    read_last(d, choice("sort", "relevance, newest or oldest"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_read_into_library_types_with_the_library_defaults() {
        let p = Params::parse(Some("q=peace&country=AM&country=&country=AZ&sort=newest&sort=oldest&limit=")).unwrap();
        let request = p.search_request(Duration::from_secs(1));
        assert_eq!(request.query, "peace");
        assert_eq!(request.countries, ["AM", "AZ"]);
        assert_eq!(request.sort, Sort::Oldest, "the last value wins");
        assert_eq!(request.limit, DEFAULT_LIMIT, "empty is no value");
        assert_eq!(p.list_limit(), DEFAULT_LIST_LIMIT);
        let p = Params::parse(Some("field=month&by=year&exact=ON&all_copies=no&since=2023-05")).unwrap();
        assert_eq!((p.facet_field(), p.period()), (Ok(FacetField::Month), Ok(Period::Year)));
        assert_eq!((p.exact, p.all_copies), (true, false));
        // Read where they mean something only: a search ignores them.
        assert!(Params::parse(Some("by=decade&field=x")).is_ok());
        assert_eq!(p.since, NaiveDate::from_ymd_opt(2023, 5, 1));
        let expected = SearchRequest { time_limit_ms: Some(1000), ..SearchRequest::new("") };
        assert_eq!(Params::parse(None).unwrap().search_request(Duration::from_secs(1)), expected);
    }

    #[test]
    fn a_bad_value_names_its_parameter() {
        let error = |raw: &str| Params::parse(Some(raw)).unwrap_err();
        assert_eq!(error("sort=sideways"), r#"sort must be relevance, newest or oldest, not "sideways""#);
        assert_eq!(error("limit=10000000"), "limit must be at most 10000");
        assert_eq!(error("offset=-1"), r#"offset must be a whole number, not "-1""#);
        assert_eq!(error("all_copies=perhaps"), r#"all_copies must be true or false, not "perhaps""#);
        assert_eq!(
            Params::parse(Some("by=decade")).unwrap().period().unwrap_err(),
            r#"by must be month or year, not "decade""#
        );
        assert_eq!(error("q=%FF"), "query parameters must be UTF-8");
    }
}
