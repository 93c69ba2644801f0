//! The kept people's lists, packed so that a process reads them where they lie: strings as one
//! text with their ends, numbers as their little-endian bytes, each person's titles one list after
//! another. They are written as [`Strings`], [`Numbers`] and [`Details`], and read back as places
//! in the kept bytes ([`StringsAt`], [`NumbersAt`], [`DetailsAt`]), which postcard finds without
//! copying them. postcard reads a list of strings one allocation a string
//! and a list of numbers one varint at a time: reading the people back that way was 2.2 M
//! instructions of a one-shot `readouts search "peace agreement"` (callgrind); copying them out of
//! the mapped file, packed, was still a sixth of the process's page faults (BENCHMARKS.md, "One
//! search process, session 43").

use std::ops::Range;

use serde::{Deserialize, Serialize, Serializer};

pub(super) use crate::text::place;

/// Numbers kept as their little-endian bytes. (Read back whole only by tests that change a kept
/// file; searches read them in place, [`NumbersAt`].)
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Numbers(pub(super) Vec<u32>);

impl Serialize for Numbers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = self.0.iter().flat_map(|n| n.to_le_bytes()).collect();
        serializer.serialize_bytes(&bytes)
    }
}

#[cfg(test)]
impl<'de> Deserialize<'de> for Numbers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Numbers, D::Error> {
        use serde::de::{Error as _, Visitor};
        struct Bytes;
        impl Visitor<'_> for Bytes {
            type Value = Numbers;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("little-endian 32-bit numbers")
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Numbers, E> {
                if !bytes.len().is_multiple_of(4) {
                    return Err(E::custom("a list of 32-bit numbers whose length is not a multiple of 4"));
                }
                Ok(Numbers(bytes.chunks_exact(4).map(number).collect()))
            }
        }
        deserializer.deserialize_bytes(Bytes).map_err(D::Error::custom)
    }
}

/// Strings kept as one: a text and where each string ends in it.
#[derive(Debug, Default, Clone, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub(super) struct Strings {
    text: String,
    ends: Numbers,
}

impl Strings {
    /// Each string, in order (tests that read or change a kept file).
    #[cfg(test)]
    pub(super) fn to_vec(&self) -> Vec<&str> {
        let mut start = 0;
        self.ends
            .0
            .iter()
            .map(|&end| {
                let s = &self.text[start..end as usize];
                start = end as usize;
                s
            })
            .collect()
    }

    pub(super) fn of<'a>(strings: impl IntoIterator<Item = &'a str>) -> Strings {
        let mut out = Strings::default();
        for s in strings {
            out.text.push_str(s);
            out.ends.0.push(out.text.len() as u32);
        }
        out
    }
}

/// No label: a person no readout gives a country.
const NO_LABEL: u32 = u32::MAX;

/// What readouts say each person is, by person number: places in the people's labels.
#[derive(Debug, Default, Clone, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub(super) struct Details {
    /// Every person's titles, most frequent first, one person after another ...
    titles: Numbers,
    /// ... where each person's end ...
    title_ends: Numbers,
    /// ... and the country most often given, or [`NO_LABEL`].
    countries: Numbers,
}

impl Details {
    /// Adds the next person's.
    pub(super) fn push(&mut self, titles: &[u32], country: Option<u32>) {
        self.titles.0.extend_from_slice(titles);
        self.title_ends.0.push(self.titles.0.len() as u32);
        self.countries.0.push(country.unwrap_or(NO_LABEL));
    }
}

/// The number of four little-endian bytes.
fn number(n: &[u8]) -> u32 {
    u32::from_le_bytes([n[0], n[1], n[2], n[3]])
}

/// [`Strings`] as postcard lends them out of the kept bytes. The text as bytes (postcard writes a
/// string as it writes bytes): each string's UTF-8 is checked when it is read, not the whole text
/// when a process opens the people. Checking the names', the forms' and the labels' texts whole, with
/// the labels decoded one allocation each, was 0.7 M of the 7.5 M instructions of a one-shot
/// `readouts search "peace agreement"` (callgrind, session 45).
#[derive(Deserialize)]
pub(super) struct StringsWire<'a> {
    text: &'a [u8],
    ends: &'a [u8],
}

/// [`Details`] as postcard lends them out of the kept bytes.
#[derive(Deserialize)]
pub(super) struct DetailsWire<'a> {
    titles: &'a [u8],
    title_ends: &'a [u8],
    countries: &'a [u8],
}

/// Where a list of [`Numbers`] lies in the kept bytes.
#[derive(Debug, Clone)]
pub(super) struct NumbersAt(Range<usize>);

impl NumbersAt {
    /// The numbers of `part` (borrowed from `bytes`); `None` unless whole numbers within them.
    pub(super) fn of(bytes: &[u8], part: &[u8]) -> Option<NumbersAt> {
        part.len().is_multiple_of(4).then(|| place(bytes, part)).flatten().map(NumbersAt)
    }

    pub(super) fn len(&self) -> usize {
        self.0.len() / 4
    }

    /// The number at `i`, read from `bytes` (those it was found in).
    pub(super) fn get(&self, bytes: &[u8], i: usize) -> Option<u32> {
        if i >= self.len() {
            return None;
        }
        let at = self.0.start + i * 4;
        bytes.get(at..at + 4).map(number)
    }

    /// Every number, read from `bytes` (those it was found in).
    pub(super) fn iter<'a>(&self, bytes: &'a [u8]) -> impl Iterator<Item = u32> + use<'a> {
        bytes.get(self.0.clone()).unwrap_or_default().chunks_exact(4).map(number)
    }

    /// Taken as the ends of pieces of a list: whether they are in order and each `fits`.
    fn ends_fit(&self, bytes: &[u8], fits: impl Fn(u32) -> bool) -> bool {
        let mut last = 0;
        self.iter(bytes).all(|end| {
            let in_order = last <= end;
            last = end;
            in_order && fits(end)
        })
    }

    /// Taken as the ends of pieces of a list: where piece `i` lies in the list (from the end
    /// before it, or 0).
    fn piece(&self, bytes: &[u8], i: usize) -> Option<Range<usize>> {
        let start = if i == 0 { Some(0) } else { self.get(bytes, i - 1) };
        start.zip(self.get(bytes, i)).map(|(start, end)| start as usize..end as usize)
    }
}

/// Where [`Strings`] lie in the kept bytes.
#[derive(Debug, Clone)]
pub(super) struct StringsAt {
    text: Range<usize>,
    ends: NumbersAt,
}

impl StringsAt {
    /// The strings of `wire` (borrowed from `bytes`); `None` unless every end is in order and,
    /// were the text UTF-8, on a character boundary (not a continuation byte).
    pub(super) fn of(bytes: &[u8], wire: &StringsWire<'_>) -> Option<StringsAt> {
        let at = StringsAt { text: place(bytes, wire.text)?, ends: NumbersAt::of(bytes, wire.ends)? };
        let on_boundary = |end: u32| {
            let end = end as usize;
            end == wire.text.len() || wire.text.get(end).is_some_and(|&b| (b as i8) >= -0x40)
        };
        at.ends.ends_fit(bytes, on_boundary).then_some(at)
    }

    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The string at `i` (below [`StringsAt::len`]; "" past it, or when a damaged file holds no
    /// UTF-8 there), read from `bytes` (those it was found in).
    pub(super) fn get<'a>(&self, bytes: &'a [u8], i: usize) -> &'a str {
        std::str::from_utf8(self.get_bytes(bytes, i)).unwrap_or_default()
    }

    /// The bytes of the string at `i`: what to compare strings by (in the order of `str`'s `Ord`),
    /// without checking each one's UTF-8 again. Sorting the people of a facet by name through
    /// [`StringsAt::get`] made `readouts bench` on corpus/ 30% slower at p95.
    pub(super) fn get_bytes<'a>(&self, bytes: &'a [u8], i: usize) -> &'a [u8] {
        let piece = self.ends.piece(bytes, i);
        piece.and_then(|p| bytes.get(self.text.start + p.start..self.text.start + p.end)).unwrap_or_default()
    }
}

/// Where [`Details`] lie in the kept bytes.
#[derive(Debug, Clone)]
pub(super) struct DetailsAt {
    titles: NumbersAt,
    title_ends: NumbersAt,
    countries: NumbersAt,
}

impl DetailsAt {
    /// The details of `wire` (borrowed from `bytes`); `None` unless the lists agree and every label
    /// is below `labels`.
    pub(super) fn of(bytes: &[u8], wire: &DetailsWire<'_>, labels: usize) -> Option<DetailsAt> {
        let at = DetailsAt {
            titles: NumbersAt::of(bytes, wire.titles)?,
            title_ends: NumbersAt::of(bytes, wire.title_ends)?,
            countries: NumbersAt::of(bytes, wire.countries)?,
        };
        let fits = at.title_ends.len() == at.countries.len()
            && at.title_ends.ends_fit(bytes, |end| end as usize <= at.titles.len())
            && at.titles.iter(bytes).all(|l| (l as usize) < labels)
            && at.countries.iter(bytes).all(|l| l == NO_LABEL || (l as usize) < labels);
        fits.then_some(at)
    }

    /// The number of people.
    pub(super) fn len(&self) -> usize {
        self.countries.len()
    }

    /// The labels of `person`'s titles, read from `bytes` (those they were found in).
    pub(super) fn titles<'a>(&self, bytes: &'a [u8], person: usize) -> impl Iterator<Item = u32> + use<'a> {
        let piece = self.title_ends.piece(bytes, person).unwrap_or_default();
        NumbersAt(self.titles.0.start + piece.start * 4..self.titles.0.start + piece.end * 4).iter(bytes)
    }

    /// The label of `person`'s country, if readouts give one.
    pub(super) fn country(&self, bytes: &[u8], person: usize) -> Option<u32> {
        self.countries.get(bytes, person).filter(|&l| l != NO_LABEL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Lists {
        strings: Strings,
        details: Details,
    }

    #[derive(Deserialize)]
    struct ListsWire<'a> {
        #[serde(borrow)]
        strings: StringsWire<'a>,
        #[serde(borrow)]
        details: DetailsWire<'a>,
    }

    #[test]
    fn packed_lists_read_back_as_written_where_they_lie() {
        let numbers = Numbers(vec![0, 1, 300, u32::MAX]);
        assert_eq!(postcard::from_bytes::<Numbers>(&postcard::to_stdvec(&numbers).unwrap()).unwrap(), numbers);
        let mut details = Details::default();
        details.push(&[0, 1], Some(2));
        details.push(&[], None);
        details.push(&[1], Some(0));
        let lists =
            Lists { strings: Strings::of(["Joe Biden", "", "Volodymyr Zelenskyy", "Recep Tayyip Erdoğan"]), details };
        let bytes = postcard::to_stdvec(&lists).unwrap();
        let wire: ListsWire<'_> = postcard::from_bytes(&bytes).unwrap();
        let strings = StringsAt::of(&bytes, &wire.strings).unwrap();
        assert_eq!(
            (0..strings.len() + 1).map(|i| strings.get(&bytes, i)).collect::<Vec<_>>(),
            ["Joe Biden", "", "Volodymyr Zelenskyy", "Recep Tayyip Erdoğan", ""]
        );
        assert!(DetailsAt::of(&bytes, &wire.details, 2).is_none());
        let details = DetailsAt::of(&bytes, &wire.details, 3).unwrap();
        let titles = |p| details.titles(&bytes, p).collect::<Vec<_>>();
        assert_eq!((titles(0), titles(1), titles(2), titles(3)), (vec![0, 1], vec![], vec![1], vec![]));
        assert_eq!(
            (details.country(&bytes, 0), details.country(&bytes, 1), details.country(&bytes, 2)),
            (Some(2), None, Some(0))
        );
    }

    #[test]
    fn lists_that_do_not_fit_are_refused() {
        // Bytes that are no whole numbers.
        assert!(
            postcard::from_bytes::<Numbers>(&postcard::to_stdvec(&serde_bytes::ByteBuf::from(vec![1, 2, 3])).unwrap())
                .is_err()
        );
        let bytes = [0u8; 8];
        assert!(NumbersAt::of(&bytes, &bytes[..3]).is_none());
        // A slice from elsewhere is no place in the bytes.
        assert!(NumbersAt::of(&bytes, &[0u8; 4]).is_none());
        // An end inside a character, or past the text.
        for end in [5, 50] {
            let mut strings = Strings::of(["Erdoğan"]);
            strings.ends.0[0] = end;
            let bytes = postcard::to_stdvec(&strings).unwrap();
            let wire: StringsWire<'_> = postcard::from_bytes(&bytes).unwrap();
            assert!(StringsAt::of(&bytes, &wire).is_none());
        }
        // A damaged text that is no UTF-8 where a string lies reads as "", the rest as written.
        let ends: Vec<u8> = [1u32, 2].iter().flat_map(|n| n.to_le_bytes()).collect();
        let bytes =
            postcard::to_stdvec(&(serde_bytes::Bytes::new(&[0xff, b'A']), serde_bytes::Bytes::new(&ends))).unwrap();
        let wire: StringsWire<'_> = postcard::from_bytes(&bytes).unwrap();
        let at = StringsAt::of(&bytes, &wire).unwrap();
        assert_eq!((at.get(&bytes, 0), at.get(&bytes, 1), at.get(&bytes, 2)), ("", "A", ""));
    }
}
