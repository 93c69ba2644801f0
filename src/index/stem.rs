//! Normalising and stemming English words with a memory: a readout collection repeats the same few
//! thousand words, and the Snowball stemmer was the biggest single cost of indexing (a sixth of its
//! CPU time), so every word is lower-cased, folded to ASCII and stemmed once per indexing thread,
//! and looked up after that as it was written.

use super::pairs::{self, PairWord};
use crate::text::WordMemory;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Words remembered before the memory starts afresh: enough for the vocabulary of a large
/// collection's common words, bounded so a stream of unique tokens cannot grow it without end.
const MAX_REMEMBERED: usize = 200_000;

/// A token filter giving the same tokens as tantivy's [`LowerCaser`], [`AsciiFoldingFilter`] and
/// English Snowball stemmer (`Stemmer`, behind its `stemmer` feature, a wrapper of `frostem`) one
/// after the other, remembering them by the word as written: one lookup a
/// token instead of three filters (lower-casing and folding were a few per cent of indexing).
#[derive(Clone, Copy, Debug, Default)]
pub struct RememberingStemmer;

impl TokenFilter for RememberingStemmer {
    type Tokenizer<T: Tokenizer> = RememberingStemFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> RememberingStemFilter<T> {
        RememberingStemFilter { inner: tokenizer, stems: Stems::default() }
    }
}

/// The tokenizer [`RememberingStemmer`] makes of another; each clone has a memory of its own, so
/// indexing threads never share a lock.
#[derive(Clone)]
pub struct RememberingStemFilter<T> {
    inner: T,
    stems: Stems,
}

#[derive(Clone)]
struct Stems {
    /// tantivy's filters, for the words not remembered ...
    normaliser: TextAnalyzer,
    /// ... and the stemmer after them.
    stemmer: frostem::Stemmer,
    /// Word as written -> its normal form, or None when that is the word itself (most words:
    /// nothing to copy), and the number of that form among the pair words.
    memory: WordMemory<(Option<Box<str>>, Option<PairWord>)>,
}

impl Default for Stems {
    fn default() -> Self {
        Stems {
            normaliser: TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            memory: WordMemory::new(MAX_REMEMBERED),
        }
    }
}

impl Stems {
    /// Replaces `word` by its normal form: lower case, folded to ASCII, stemmed; tells which pair
    /// word that form is, if one.
    fn stem(&mut self, word: &mut String) -> Option<PairWord> {
        // Words of fewer than three letters are their own stems ("of", "to", "a"; a quarter of all
        // tokens), and an ASCII word's folding is itself: lower-casing it is all there is to do.
        // None pairs (data/pair_words.txt has no such word).
        if word.len() < 3 && word.is_ascii() {
            word.make_ascii_lowercase();
            return None;
        }
        if let Some((remembered, pair)) = self.memory.get(word.as_str()) {
            if let Some(normal) = remembered {
                word.clear();
                word.push_str(normal);
            }
            return *pair;
        }
        let normal = {
            let mut stream = self.normaliser.token_stream(word);
            let folded = if stream.advance() { stream.token().text.as_str() } else { word.as_str() };
            self.stemmer.stem(folded).into_owned()
        };
        let pair = PairWord::of(&normal);
        let changed = (normal != *word).then(|| normal.as_str().into());
        self.memory.insert(word.as_str(), (changed, pair));
        *word = normal;
        pair
    }
}

impl<T: Tokenizer> Tokenizer for RememberingStemFilter<T> {
    type TokenStream<'a> = RememberingStemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let reading = pairs::reading_starts(text);
        RememberingStemStream { tail: self.inner.token_stream(text), stems: &mut self.stems, reading }
    }
}

/// The token stream of a [`RememberingStemFilter`].
pub struct RememberingStemStream<'a, S> {
    tail: S,
    stems: &'a mut Stems,
    /// Where the pair words read are noted ([`pairs`]).
    reading: pairs::ReadingId,
}

impl<S: TokenStream> TokenStream for RememberingStemStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            pairs::reading_ends(self.reading);
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(pair) = self.stems.stem(&mut token.text) {
            pairs::pair_word_read(self.reading, pair, token);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::SimpleTokenizer;

    fn stems(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    /// What tantivy's `Stemmer` filter does to a token (it is not compiled in: see Cargo.toml).
    fn snowball(token: &str) -> String {
        frostem::Stemmer::new(frostem::Algorithm::English).stem(token).into_owned()
    }

    #[test]
    fn snowball_english_stems_as_tantivy_s_stemmer_did() {
        // Stems an index holds were made by tantivy's filter before session 45: the same
        // frostem, so the same stems (a few checked against that filter's output).
        let words = "agreements agreed agreeing talks discussions generously hostages";
        assert_eq!(
            words.split(' ').map(snowball).collect::<Vec<_>>(),
            ["agreement", "agre", "agre", "talk", "discuss", "generous", "hostag"]
        );
    }

    #[test]
    fn normalises_like_tantivys_filters_the_first_time_and_every_time_after() {
        let text = "Agreements agreed AGREEING agreement Talks talking the The THE Secretary's discussions \
                    discussed Ünïcödé Æsir café CAFÉ Éé ÉT é ß Straße İstanbul of OF Of x X 42 G7 U.S.";
        let mut folding =
            TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(AsciiFoldingFilter).build();
        let mut plain = |text: &str| stems(&mut folding, text).iter().map(|t| snowball(t)).collect::<Vec<_>>();
        let mut remembering = TextAnalyzer::builder(SimpleTokenizer::default()).filter(RememberingStemmer).build();
        let expected = plain(text);
        assert_eq!(stems(&mut remembering, text), expected);
        assert_eq!(stems(&mut remembering, text), expected, "from memory");
        // And on a part of the bundled corpus.
        for (path, text) in crate::test_support::corpus_files(25) {
            assert_eq!(stems(&mut remembering, &text), plain(&text), "{}", path.display());
        }
    }

    #[test]
    fn words_under_three_letters_are_their_own_stems() {
        let alphabet: Vec<char> = ('a'..='z').chain('0'..='9').chain(['é', 'ß', 'ø', 'я', '\'']).collect();
        let short = alphabet
            .iter()
            .map(|a| a.to_string())
            .chain(alphabet.iter().flat_map(|a| alphabet.iter().map(move |b| format!("{a}{b}"))));
        for word in short {
            assert_eq!(snowball(&word), word, "{word}");
        }
    }

    #[test]
    fn memory_is_bounded() {
        let mut stems = Stems::default();
        for i in 0..MAX_REMEMBERED + 10 {
            let mut word = format!("word{i}s");
            let _ = stems.stem(&mut word);
        }
        assert!(stems.memory.len() <= MAX_REMEMBERED);
    }
}
