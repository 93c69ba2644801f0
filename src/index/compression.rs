//! How a new index compresses its stored readouts: the choice Elasticsearch offers as
//! `index.codec` (`default` or `best_compression`), made by the input's size when nobody makes it.
//!
//! The doc store holds each readout's text, metadata and statements in blocks (LZ4: 4 KB, zstd:
//! 32 KB), and a read decompresses the whole block. Measured at session 25 (BENCHMARKS.md, "Store
//! compression"): zstd in 32 KB blocks makes the index of corpus/ 18.58 -> 14.95 MB and a
//! 10,000-readout synthetic index 0.76x -> 0.58x its input, but its block decoding is dearer,
//! which a process reading cold blocks pays: one `readouts search` process on corpus/ 1.33x the
//! instructions, one `readouts quotes` process (50 readouts' statements) 2.3x. Warm, repeated
//! queries hardly see it, nor does a search of a large index, whose other work is larger (session
//! 39, a million readouts: 0.73x -> 0.55x the input, warm queries 1.01-1.03x, one search process
//! 1.01-1.06x).

use tantivy::store::{Compressor, ZstdCompressor};

/// The compression of a new index's stored readouts. An index keeps the one it was created with;
/// a rebuild may take another (`--compression` on the command line). A new index nobody chose one
/// for takes the one [`StoreCompression::for_input`] gives for the size of its input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum StoreCompression {
    /// LZ4: fast reads (tantivy's default codec; in 4 KB blocks, not its 16 KB).
    #[default]
    Lz4,
    /// Zstandard at level 3 in 32 KB blocks: a smaller index, slower reads of cold blocks.
    Zstd,
}

/// Above this much input a new index, unless told otherwise, stores its readouts with zstd: a
/// collection that large is where disk counts, and one search decodes only its ten hits' blocks.
/// (About 90,000 synthetic readouts of ../shared/bench; corpus/ is 24 MB.)
const ZSTD_FROM_INPUT_BYTES: u64 = 256 << 20;

/// zstd's blocks: twice tantivy's 16 KB, which makes the store of 10,000 synthetic readouts 7.91
/// MB instead of 9.21 (LZ4: 12.71), for a dearer read of a cold block (BENCHMARKS.md, "Store
/// compression").
const ZSTD_BLOCK_BYTES: usize = 32 * 1024;

/// LZ4's blocks: a quarter of tantivy's 16 KB, about one readout a block, so that showing a hit
/// decodes little more than that readout. One `readouts search "peace agreement"` process on
/// corpus/ 6.87 -> 6.28 M instructions (callgrind: the ten hits' blocks 0.84 -> 0.25 M), for an
/// index 4% larger (18.44 -> 19.18 MB; 8 KB blocks: -0.39 M, +2%). Session 45, BENCHMARKS.md.
const LZ4_BLOCK_BYTES: usize = 4 * 1024;

/// zstd's own default level: higher levels cost indexing time for a few percent of size (level 7
/// took 1.13x the indexing wall time of level 3 for a store 6% smaller: 10,000 synthetic readouts,
/// 32 KB blocks, one run).
const ZSTD_LEVEL: i32 = 3;

impl StoreCompression {
    /// Its name, as `--compression` and the messages write it.
    pub fn name(self) -> &'static str {
        match self {
            StoreCompression::Lz4 => "lz4",
            StoreCompression::Zstd => "zstd",
        }
    }

    /// The compression of a new index nobody chose one for, made from `input_bytes` of readouts.
    pub fn for_input(input_bytes: u64) -> StoreCompression {
        if input_bytes >= ZSTD_FROM_INPUT_BYTES { StoreCompression::Zstd } else { StoreCompression::Lz4 }
    }

    /// tantivy's settings for a new index compressed this way.
    pub(crate) fn settings(self) -> tantivy::IndexSettings {
        match self {
            StoreCompression::Lz4 => tantivy::IndexSettings {
                docstore_compression: Compressor::Lz4,
                docstore_blocksize: LZ4_BLOCK_BYTES,
                ..Default::default()
            },
            StoreCompression::Zstd => tantivy::IndexSettings {
                docstore_compression: Compressor::Zstd(ZstdCompressor { compression_level: Some(ZSTD_LEVEL) }),
                docstore_blocksize: ZSTD_BLOCK_BYTES,
                ..Default::default()
            },
        }
    }

    /// The compression of an existing index (`None`: one this build does not make).
    pub(crate) fn of(index: &tantivy::Index) -> Option<StoreCompression> {
        match index.settings().docstore_compression {
            Compressor::Lz4 => Some(StoreCompression::Lz4),
            Compressor::Zstd(_) => Some(StoreCompression::Zstd),
            _ => None,
        }
    }
}

impl std::fmt::Display for StoreCompression {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_input_takes_zstd_and_a_small_one_lz4() {
        assert_eq!(StoreCompression::for_input(24_371_120), StoreCompression::Lz4);
        assert_eq!(StoreCompression::for_input(ZSTD_FROM_INPUT_BYTES - 1), StoreCompression::Lz4);
        assert_eq!(StoreCompression::for_input(ZSTD_FROM_INPUT_BYTES), StoreCompression::Zstd);
    }

    #[test]
    fn each_compression_reads_back_from_its_settings() {
        for compression in [StoreCompression::Lz4, StoreCompression::Zstd] {
            let (schema, _) = crate::index::schema::Fields::schema();
            let index =
                tantivy::Index::builder().schema(schema).settings(compression.settings()).create_in_ram().unwrap();
            assert_eq!(StoreCompression::of(&index), Some(compression));
        }
    }
}
