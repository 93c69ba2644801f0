//! Near-identical texts: a MinHash signature of a body's five-word shingles, from which the share
//! of shingles two bodies have in common (their Jaccard similarity) is estimated.
//!
//! Indexing stores each readout's signature; searches group the readouts whose signatures say
//! they are copies of one text ([`crate::search`]'s copies). The threshold was measured on corpus/
//! (README, "One hit per text").

/// Values of a signature.
pub const SIGNATURE_LEN: usize = 32;
/// Words a shingle.
const SHINGLE_WORDS: usize = 5;
/// Bytes of a stored signature.
pub const SIGNATURE_BYTES: usize = SIGNATURE_LEN * 4;
/// Words a body needs for its signature to tell copies: below it, different readouts share their
/// few words ("Remarks as delivered.", an empty body) and are not copies of one text.
pub const MIN_WORDS: usize = 2 * SHINGLE_WORDS;

/// The signature of `body` when it has enough words to tell copies ([`MIN_WORDS`]).
pub fn signature_if_long_enough(body: &str) -> Option<[u32; SIGNATURE_LEN]> {
    let words = word_hashes(body);
    (words.len() >= MIN_WORDS).then(|| signature_of_words(&words))
}

/// The MinHash signature of `body`: for each of [`SIGNATURE_LEN`] hash functions, the smallest hash
/// of its shingles. Words are compared lower-cased, punctuation and spacing ignored. A body of fewer
/// than five words is one shingle.
pub fn signature(body: &str) -> [u32; SIGNATURE_LEN] {
    signature_of_words(&word_hashes(body))
}

/// The signature of a body's word hashes: each shingle's hash first, then the functions eight at
/// a time over all shingles, their running minimums in registers. Shingle by shingle, the 32
/// minimums went through memory for every shingle: indexing 1,000 synthetic readouts on one
/// thread, signatures 181 -> 137 M instructions (callgrind; four at a time 144 M, all 32 at once
/// 178 M). Tested equal to that plain version.
fn signature_of_words(words: &[u64]) -> [u32; SIGNATURE_LEN] {
    let shingles: Vec<u64> = (0..shingle_count(words)).map(|start| shingle_hash(words, start)).collect();
    let mut mins = [u32::MAX; SIGNATURE_LEN];
    for (mins, seeds) in mins.chunks_exact_mut(LANES).zip(SEEDS.chunks_exact(LANES)) {
        let mut lanes = [u32::MAX; LANES];
        for &h in &shingles {
            for (lane, &seed) in lanes.iter_mut().zip(seeds) {
                *lane = (*lane).min(variant(h, seed));
            }
        }
        mins.copy_from_slice(&lanes);
    }
    mins
}

/// Functions computed together over all shingles, their minimums kept in registers.
const LANES: usize = 8;
const _: () = assert!(SIGNATURE_LEN.is_multiple_of(LANES), "every function in a group of LANES");

/// Shingles of a body of these words: a body of fewer than [`SHINGLE_WORDS`] words is one.
fn shingle_count(words: &[u64]) -> usize {
    words.len().saturating_sub(SHINGLE_WORDS - 1).max(1)
}

/// The hash of the shingle of up to [`SHINGLE_WORDS`] words from `start`.
fn shingle_hash(words: &[u64], start: usize) -> u64 {
    words.iter().skip(start).take(SHINGLE_WORDS).fold(0x9e37_79b9_7f4a_7c15, |h, &w| mix(h ^ w))
}

/// One strong hash a shingle, then cheap independent-enough variants of it, one a function:
/// multiply by an odd constant and keep the high half.
#[inline]
fn variant(shingle: u64, seed: u64) -> u32 {
    ((shingle ^ seed).wrapping_mul(0xff51_afd7_ed55_8ccd) >> 32) as u32
}

/// The hash of each word of `body` (FNV-1a, as the test-only `word_hash`), words being the runs
/// of alphanumeric characters, in one pass over its bytes. Splitting on characters, then hashing
/// each word, decoded every byte twice: 43% of the signature's instructions (callgrind, indexing
/// 1,000 synthetic readouts on one thread: signatures 306 -> 251 M instructions). Tested equal to
/// that plain version.
fn word_hashes(body: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(body.len() / 6);
    let bytes = body.as_bytes();
    let mut hash = FNV_START;
    let mut in_word = false;
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii() {
            at += 1;
            if b.is_ascii_alphanumeric() {
                hash = (hash ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
                in_word = true;
                continue;
            }
        } else {
            let c = body[at..].chars().next().expect("at a character boundary");
            at += c.len_utf8();
            if c.is_alphanumeric() {
                hash = fnv_lowercase(hash, c);
                in_word = true;
                continue;
            }
        }
        if in_word {
            out.push(hash);
            hash = FNV_START;
            in_word = false;
        }
    }
    if in_word {
        out.push(hash);
    }
    out
}

/// The estimated Jaccard similarity of the texts of two signatures: the share of equal values.
pub fn similarity(a: &[u32; SIGNATURE_LEN], b: &[u32; SIGNATURE_LEN]) -> f32 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f32 / SIGNATURE_LEN as f32
}

/// A signature as stored: little-endian values.
pub fn to_bytes(signature: &[u32; SIGNATURE_LEN]) -> Vec<u8> {
    signature.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// A stored signature, if `bytes` is one.
pub fn from_bytes(bytes: &[u8]) -> Option<[u32; SIGNATURE_LEN]> {
    if bytes.len() != SIGNATURE_BYTES {
        return None;
    }
    let mut out = [0u32; SIGNATURE_LEN];
    for (value, chunk) in out.iter_mut().zip(bytes.chunks_exact(4)) {
        *value = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    Some(out)
}

/// FNV-1a's offset basis and prime.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// The hash of a word: FNV-1a over its lower-cased characters' UTF-8 bytes, stable across runs
/// and platforms, as stored signatures must be. [`word_hashes`] computes it for a body's words;
/// this is the plain version it is tested against.
#[cfg(test)]
fn word_hash(word: &str) -> u64 {
    word.chars().fold(FNV_START, fnv_lowercase)
}

/// FNV-1a hash `h` continued by the UTF-8 bytes of `c` lower-cased.
fn fnv_lowercase(mut h: u64, c: char) -> u64 {
    for lower in c.to_lowercase() {
        let mut buf = [0u8; 4];
        for b in lower.encode_utf8(&mut buf).bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
    h
}

/// splitmix64's finaliser.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Per-function seeds: splitmix64 of 1..=32, written out so that signatures never change.
const SEEDS: [u64; SIGNATURE_LEN] = {
    let mut seeds = [0u64; SIGNATURE_LEN];
    let mut i = 0;
    while i < SIGNATURE_LEN {
        let mut z = (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        seeds[i] = z ^ (z >> 31);
        i += 1;
    }
    seeds
};

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The United States welcomes the agreement reached today between Armenia and \
        Azerbaijan on the text of a peace treaty, a historic step toward lasting peace in the South \
        Caucasus. We commend both leaders for their courage and call on them to sign it soon.";

    #[test]
    fn copies_are_alike_and_other_texts_are_not() {
        let a = signature(TEXT);
        assert_eq!(similarity(&a, &signature(TEXT)), 1.0);
        // Spacing, case and punctuation do not count.
        let respaced = TEXT.to_uppercase().replace(", ", " ; ").replace(' ', "\n ");
        assert_eq!(similarity(&a, &signature(&respaced)), 1.0);
        // One word changed touches five shingles of about forty.
        let edited = TEXT.replace("historic", "decisive");
        assert!(similarity(&a, &signature(&edited)) >= 0.6);
        let other = "Secretary Blinken spoke today with Foreign Minister Wang Yi about the Taiwan Strait.";
        assert!(similarity(&a, &signature(other)) < 0.2);
        assert_eq!(from_bytes(&to_bytes(&a)), Some(a));
        assert_eq!(from_bytes(&[1, 2, 3]), None);
        assert!(signature_if_long_enough("Remarks as delivered.").is_none());
        assert!(signature_if_long_enough("").is_none());
        assert_eq!(signature_if_long_enough(TEXT), Some(a));
        // One pass over the bytes hashes the words that splitting, then hashing, finds.
        let plain = |body: &str| -> Vec<u64> {
            body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(word_hash).collect()
        };
        for body in
            [TEXT, "", "  ", "Peace", "AGREEMENT, x U2!", "déjà vu — Ünited İstanbul ΣΟΦΙΑ", "a\u{301}b 東京 ok"]
        {
            assert_eq!(word_hashes(body), plain(body), "{body}");
        }
        // Function by function, the values of shingle by shingle.
        let plain = |words: &[u64]| {
            let mut mins = [u32::MAX; SIGNATURE_LEN];
            for start in 0..shingle_count(words) {
                let h = shingle_hash(words, start);
                for (i, min) in mins.iter_mut().enumerate() {
                    *min = (*min).min(variant(h, SEEDS[i]));
                }
            }
            mins
        };
        for body in [TEXT, "", "one", "one two three four", "one two three four five", "a b c d e f"] {
            let words = word_hashes(body);
            assert_eq!(signature_of_words(&words), plain(&words), "{body}");
        }
        // Stored signatures never change (indexes keep them): values pinned.
        let pinned = signature("The peace agreement was signed today in Washington");
        assert_eq!(
            pinned,
            [
                7_082_581,
                141_418_277,
                253_444_859,
                298_245_720,
                1_098_932_626,
                739_379_520,
                822_746_484,
                2_148_829_845,
                556_816_926,
                499_641_209,
                217_661_657,
                654_837_559,
                182_929_917,
                994_894_317,
                380_433_362,
                137_245_491,
                617_595_872,
                246_111_863,
                439_724_657,
                1_620_595_868,
                619_823_455,
                1_078_085_819,
                376_278_977,
                346_168_887,
                233_596_257,
                1_301_032_533,
                874_056_773,
                1_455_393_139,
                2_704_225_016,
                337_152_231,
                994_989_427,
                1_457_294_648,
            ]
        );
    }
}
