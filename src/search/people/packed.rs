//! The kept people's lists, packed so that a process reads them back in a few copies: strings as
//! one text with their ends, numbers as their little-endian bytes, each person's titles one
//! list after another. postcard reads a list of strings one allocation a string and a list of
//! numbers one varint at a time: reading the people back was 2.2 M instructions of a one-shot
//! `readouts search "peace agreement"` (callgrind), most of them there.

use serde::de::{Error as _, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Numbers kept as their little-endian bytes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Numbers(pub(super) Vec<u32>);

impl Serialize for Numbers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = self.0.iter().flat_map(|n| n.to_le_bytes()).collect();
        serializer.serialize_bytes(&bytes)
    }
}

impl<'de> Deserialize<'de> for Numbers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Numbers, D::Error> {
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
                Ok(Numbers(bytes.chunks_exact(4).map(|n| u32::from_le_bytes([n[0], n[1], n[2], n[3]])).collect()))
            }
        }
        deserializer.deserialize_bytes(Bytes).map_err(D::Error::custom)
    }
}

/// Strings kept as one: a text and where each string ends in it.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub(super) struct Strings {
    text: String,
    ends: Numbers,
}

impl Strings {
    pub(super) fn of<'a>(strings: impl IntoIterator<Item = &'a str>) -> Strings {
        let mut out = Strings::default();
        for s in strings {
            out.text.push_str(s);
            out.ends.0.push(out.text.len() as u32);
        }
        out
    }

    pub(super) fn len(&self) -> usize {
        self.ends.0.len()
    }

    /// The string at `i` (below [`Strings::len`]).
    pub(super) fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends.0[i - 1] as usize };
        &self.text[start..self.ends.0[i] as usize]
    }

    /// Whether every end is in order and on a character boundary (so that [`Strings::get`]
    /// cannot panic).
    pub(super) fn fits(&self) -> bool {
        let ends = &self.ends.0;
        ends.windows(2).all(|pair| pair[0] <= pair[1])
            && ends.last().is_none_or(|&end| end as usize <= self.text.len())
            && ends.iter().all(|&end| self.text.is_char_boundary(end as usize))
    }
}

/// No label: a person no readout gives a country.
const NO_LABEL: u32 = u32::MAX;

/// What readouts say each person is, by person number: places in the people's labels.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
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

    /// The number of people.
    pub(super) fn len(&self) -> usize {
        self.countries.0.len()
    }

    pub(super) fn titles(&self, person: usize) -> &[u32] {
        let Some(&end) = self.title_ends.0.get(person) else { return &[] };
        let start = if person == 0 { 0 } else { self.title_ends.0[person - 1] };
        &self.titles.0[start as usize..end as usize]
    }

    pub(super) fn country(&self, person: usize) -> Option<u32> {
        self.countries.0.get(person).copied().filter(|&l| l != NO_LABEL)
    }

    /// Whether the lists agree and every label is below `labels` (so that nothing can panic).
    pub(super) fn fits(&self, labels: usize) -> bool {
        let ends = &self.title_ends.0;
        ends.len() == self.countries.0.len()
            && ends.windows(2).all(|pair| pair[0] <= pair[1])
            && ends.last().is_none_or(|&end| end as usize <= self.titles.0.len())
            && self.titles.0.iter().all(|&l| (l as usize) < labels)
            && self.countries.0.iter().all(|&l| l == NO_LABEL || (l as usize) < labels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lists_read_back_as_written() {
        let numbers = Numbers(vec![0, 1, 300, u32::MAX]);
        assert_eq!(postcard::from_bytes::<Numbers>(&postcard::to_stdvec(&numbers).unwrap()).unwrap(), numbers);
        let strings = Strings::of(["Joe Biden", "", "Volodymyr Zelenskyy", "Recep Tayyip Erdoğan"]);
        let back: Strings = postcard::from_bytes(&postcard::to_stdvec(&strings).unwrap()).unwrap();
        assert!(back.fits());
        assert_eq!(
            (0..back.len()).map(|i| back.get(i)).collect::<Vec<_>>(),
            ["Joe Biden", "", "Volodymyr Zelenskyy", "Recep Tayyip Erdoğan"]
        );
        let mut details = Details::default();
        details.push(&[0, 1], Some(2));
        details.push(&[], None);
        details.push(&[1], Some(0));
        let back: Details = postcard::from_bytes(&postcard::to_stdvec(&details).unwrap()).unwrap();
        assert!(back.fits(3) && !back.fits(2));
        assert_eq!(
            (back.titles(0), back.titles(1), back.titles(2), back.titles(3)),
            (&[0, 1][..], &[][..], &[1][..], &[][..])
        );
        assert_eq!((back.country(0), back.country(1), back.country(2)), (Some(2), None, Some(0)));
    }

    #[test]
    fn lists_that_do_not_fit_are_refused() {
        // Bytes that are no whole numbers.
        assert!(
            postcard::from_bytes::<Numbers>(&postcard::to_stdvec(&serde_bytes::ByteBuf::from(vec![1, 2, 3])).unwrap())
                .is_err()
        );
        // An end inside a character, or past the text.
        let mut strings = Strings::of(["Erdoğan"]);
        strings.ends.0[0] = 5;
        assert!(!strings.fits());
        strings.ends.0[0] = 50;
        assert!(!strings.fits());
    }
}
