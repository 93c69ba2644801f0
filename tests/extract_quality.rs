//! Extraction quality on the hand-checked facets of `tests/gold/`, scored as
//! `../shared/tools/score_extract.py` scores it: the test fails when a facet drops below the bar.
//! `dev.jsonl` (41 readouts) and `stratified_dev.jsonl` (106) were read while writing rules;
//! `stratified_test.jsonl` (53) was not, and its bar is what we claim for readouts never seen.
//! `speakers_fresh_dev.jsonl` (135, session 15: three random samples, each annotated by one
//! annotator from ANNOTATION.md alone and scored before rules were written on it) holds speakers
//! only: a gold line without `countries` or `date` is not scored on them.
//! `speakers_fresh_test.jsonl` (45, a fourth such sample) was scored once, at the end of session
//! 15, and not read: a held-out split of speakers. `speakers_fresh_test2.jsonl` (45, a fifth,
//! session 16) likewise. `speakers_strata_dev.jsonl` and `speakers_strata_test.jsonl` (45 each,
//! session 17) sample the kinds the held-out files missed most (White House spokesperson
//! statements, State remarks and briefings, White House meetings with groups, joint statements,
//! State press statements, presidential statements), alternately into a split read while writing
//! rules and one not read. `speakers_fresh_dev2.jsonl` (40, session 19: eight readouts of each of
//! briefings and transcripts, joint statements, meetings with lists of participants, calls and
//! meetings, statements, none in another gold file, annotated by two annotators from
//! ANNOTATION.md alone, twenty each) was scored once before any rule and its misses read: a split
//! to write the next rules on. Both its annotators left out reporters who ask questions in a
//! transcript, which earlier gold files mostly count as speakers (ANNOTATION.md is silent on
//! them). `speakers_lists_dev.jsonl` (46, session 23: White House meetings, roundtables and
//! convenings with lists of participants and six State meetings, none in another gold file,
//! annotated by one annotator from the definition alone) scored 0.902 before any rule was written
//! on it and 0.959 after the list rules of that session. `speakers_kinds_dev.jsonl` and
//! `speakers_kinds_test.jsonl` (40 each, session 24: joint statements, roundtables and dialogues,
//! briefings and transcripts, statements, calls and meetings, drawn at random within each kind
//! from readouts in no other gold file and dealt into the two splits, annotated by four annotators
//! from the definition alone, twenty readouts each) scored 0.721 and 0.720 before any rule; the
//! dev split's misses were read and the test split's were not. `speakers_fresh3_dev.jsonl` and
//! `speakers_fresh3_test.jsonl` (48 each, session 29: joint statements, participant lists and
//! dialogues, calls, meetings, briefings, statements and others drawn by kind from readouts in no
//! other gold file, annotated by four annotators from the definition alone) scored 0.934 and 0.900
//! before any rule; the dev split's misses were read and the test split's were not.
//! `speakers_fresh4_dev.jsonl` (48, session 29, drawn and annotated the same way by two more
//! annotators) scored 0.867 before any rule of that session, then its misses were read.
//! `speakers_fresh5_dev.jsonl` (48, session 29, likewise) scored 0.870 with the build that
//! started the session and 0.885 with the rules written by then, before its misses were read.
//! `speakers_fresh6_dev.jsonl` and `speakers_fresh6_test.jsonl` (32 and 16, session 30, drawn by
//! kind and annotated by two annotators from the definition alone) scored 0.922 and 0.917 with
//! the build that started the session; the test third was set aside and never read.
//! `speakers_fresh7_dev.jsonl` and `speakers_fresh7_test.jsonl` (32 and 16, session 31, drawn by
//! kind with statements, remarks and joint statements weighted as corpus/ holds them, annotated
//! by three annotators from the definition alone) scored 0.845 and 0.852 with the build that
//! started the session; the test third was set aside and never read. `speakers_fresh8_dev.jsonl`
//! and `speakers_fresh8_test.jsonl` (16 and 8, session 31: remarks, briefings and joint
//! statements, three more annotators) scored 0.911 and 1.000 with that session's rules before
//! their misses were read (0.897 and 1.000 with the build that started it).
//! `speakers_fresh9_dev.jsonl` and `speakers_fresh9_test.jsonl` (16 and 8, session 32: briefings,
//! remarks and statements, three more annotators) scored 0.764 and 0.864 with the build that
//! started the session. `speakers_fresh10_dev.jsonl` and `speakers_fresh10_test.jsonl` (24 and 12,
//! session 32: statements, remarks and joint statements, three more annotators briefed with the
//! definition alone) scored 0.889 and 0.863 with the build that started the session.
//! `speakers_fresh11_dev.jsonl` and `speakers_fresh11_test.jsonl` (20 and 10, session 32: joint
//! statements, statements and other State items, likewise) scored 0.852 and 0.852 with it (one
//! dev name the readout never writes, a surname an annotator supplied, was taken out).
//! `speakers_fresh12_dev.jsonl` and `speakers_fresh12_test.jsonl` (24 and 12, session 33:
//! briefings, remarks, statements and joint statements, three more annotators) scored 0.882 and
//! 0.963 with the build that started the session. `speakers_fresh13_dev.jsonl` and
//! `speakers_fresh13_test.jsonl` (24 and 12, session 33: a random sample of readouts under 90 KB,
//! three more annotators) scored 0.941 and 0.810 with it; `speakers_fresh14_dev.jsonl` and
//! `speakers_fresh14_test.jsonl` (24 and 12, a random sample under 150 KB, three more) 0.952
//! and 0.960; `speakers_fresh15_dev.jsonl` and `speakers_fresh15_test.jsonl` (likewise) 0.939
//! and 0.863. `speakers_fresh17_dev.jsonl` (48 random readouts, all of them read) scored 0.942;
//! `speakers_random_test.jsonl` (72 random readouts annotated by six annotators, none read)
//! 0.875 (P 0.832, R 0.923). `speakers_fresh18_dev.jsonl` (60 readouts by kind: joint statements,
//! statements, calls and meetings, and the last twelve briefings no gold held; all read) 0.794;
//! `speakers_fresh19_dev.jsonl` (60: 36 statements, 12 remarks, 12 others; read after scoring)
//! 0.967; `speakers_fresh20_dev.jsonl` (60 random readouts; read after scoring) 0.893;
//! `speakers_fresh21_test.jsonl` (60 random readouts, never read) 0.950 with that session's first
//! build; `speakers_fresh22_dev.jsonl` (36 joint statements, 24 statements; read after scoring)
//! 0.854; `speakers_fresh23_dev.jsonl` (36 remarks, 24 others; read after scoring) 0.945.
//! `speakers_fresh24_dev.jsonl` (session 35: ten each of calls and meetings, participant lists,
//! joint statements, transcripts, statements and random readouts; read after scoring) 0.940.
//! `speakers_fresh25_dev.jsonl` and `speakers_fresh25_test.jsonl` (session 35: 20 statements, 10
//! joint statements, 10 transcripts, 20 random readouts, dealt alternately; the test half never
//! read) 0.887 and 0.917 when drawn. `speakers_fresh26_dev.jsonl` and `speakers_fresh26_test.jsonl`
//! (session 36: 16 statements, 10 joint statements, 10 transcripts, 8 calls and meetings, 16
//! random readouts, dealt alternately; the test half never read) 0.812 and 0.923 when drawn;
//! `speakers_fresh27_dev.jsonl` and `speakers_fresh27_test.jsonl` (session 36: 60 random readouts
//! dealt alternately; the test half never read) 0.928 and 0.913 when drawn (rules-59);
//! `speakers_fresh28_dev.jsonl` and `speakers_fresh28_test.jsonl` (the same, 60 more) 0.902 and
//! 0.851 when drawn (rules-60); `speakers_fresh29_dev.jsonl` and `speakers_fresh29_test.jsonl`
//! (session 37, 60 more random) 0.872 and 0.949 when drawn (rules-62);
//! `speakers_fresh30_dev.jsonl` and `speakers_fresh30_test.jsonl` (the same, 60 more) 0.921 and
//! 0.950 when drawn (rules-64); `speakers_fresh31_dev.jsonl` and `speakers_fresh31_test.jsonl`
//! (the same, 60 more) 0.931 and 0.929 when drawn (rules-66); `speakers_fresh32_dev.jsonl` and
//! `speakers_fresh32_test.jsonl` (session 38, 60 more random) 0.946 and 0.964 when drawn
//! (rules-69); `speakers_fresh33_dev.jsonl` and `speakers_fresh33_test.jsonl` (the same, 60
//! more) 0.977 and 0.943 when drawn (rules-70); `speakers_fresh34_dev.jsonl` and
//! `speakers_fresh34_test.jsonl` (the same, 60 more) 0.894 and 0.943 when drawn (rules-71);
//! `speakers_fresh35_dev.jsonl` and `speakers_fresh35_test.jsonl` (the same, 60 more) 0.866 and
//! 0.835 when drawn (rules-72 before its last fix); `speakers_fresh36_dev.jsonl` and
//! `speakers_fresh36_test.jsonl` (the same, 60 more) 0.983 and 0.932 when drawn (rules-74);
//! `speakers_fresh40_dev.jsonl` and `speakers_fresh40_test.jsonl` (the same, 60 more) 0.937 and
//! 0.961 when drawn (rules-75); `speakers_fresh41_dev.jsonl` and `speakers_fresh41_test.jsonl`
//! (the same, 60 more) 0.940 and 0.934 when drawn (rules-77); `speakers_fresh42_dev.jsonl` and
//! `speakers_fresh42_test.jsonl` (the same, 60 more) 0.940 and 0.975 when drawn (rules-81);
//! `speakers_fresh43_dev.jsonl` and `speakers_fresh43_test.jsonl` (the same, 60 more) 0.960 and
//! 0.909 when drawn (rules-82); `speakers_fresh44_dev.jsonl` and `speakers_fresh44_test.jsonl`
//! (the same, 60 more) 0.937 and 0.840 when drawn (rules-86); `speakers_fresh45_dev.jsonl` and
//! `speakers_fresh45_test.jsonl` (the same, 60 more) 0.873 and 0.901 when drawn (rules-86);
//! `speakers_fresh46_dev.jsonl` and `speakers_fresh46_test.jsonl` (the same, 60 more) 0.889 and
//! 0.973 when drawn (rules-87); `speakers_fresh47_dev.jsonl` and `speakers_fresh47_test.jsonl`
//! (the same, 60 more) 0.962 and 0.934 when drawn (rules-88); `speakers_fresh48_dev.jsonl` and
//! `speakers_fresh48_test.jsonl` (the same, 60 more) 0.876 and 0.942 when drawn (rules-89);
//! `speakers_fresh49_dev.jsonl` and `speakers_fresh49_test.jsonl` (the same, 60 more) 0.681 and
//! 0.923 when drawn (rules-89); `speakers_fresh50_dev.jsonl` and `speakers_fresh50_test.jsonl`
//! (the same, 60 more) 0.923 and 0.910 when drawn (rules-90); `speakers_fresh51_dev.jsonl` and
//! `speakers_fresh51_test.jsonl` (the same, 60 more) 0.943 and 0.883 when drawn (rules-91);
//! `speakers_fresh52_dev.jsonl` and `speakers_fresh52_test.jsonl` (the same, 60 more) 0.944 and
//! 0.933 when drawn (rules-92); `speakers_fresh53_dev.jsonl` and `speakers_fresh53_test.jsonl`
//! (the same, 60 more) 0.958 and 0.850 when drawn (rules-92); `speakers_fresh54_dev.jsonl` and
//! `speakers_fresh54_test.jsonl` (the same, 60 more) 0.894 and 0.974 when drawn (rules-94);
//! `speakers_fresh55_dev.jsonl` and `speakers_fresh55_test.jsonl` (the same, 60 more) 0.957 and
//! 0.906 when drawn (rules-98); `speakers_fresh56_dev.jsonl` and `speakers_fresh56_test.jsonl` (the
//! same, 60 more) 0.902 and 0.881 when drawn (rules-101); `speakers_fresh57_dev.jsonl` and
//! `speakers_fresh57_test.jsonl` (the same, 60 more) 0.917 and 0.946 when drawn (rules-102);
//! `speakers_fresh58_dev.jsonl` and `speakers_fresh58_test.jsonl` (the same, 60 more) 0.909 and
//! 0.954 when drawn (rules-103); `speakers_fresh59_dev.jsonl` and `speakers_fresh59_test.jsonl`
//! (the same, 60 more) 0.936 and 0.952 when drawn (rules-105); `speakers_fresh60_dev.jsonl` and
//! `speakers_fresh60_test.jsonl` (the same, 60 more) 0.885 and 0.981 when drawn (rules-107);
//! `speakers_fresh61_dev.jsonl` and `speakers_fresh61_test.jsonl` (the same, 60 more) 0.889 and
//! 0.952 when drawn (rules-108); `speakers_fresh62_dev.jsonl` (the same, 60 more, all read) 0.923 when
//! drawn (rules-109); `speakers_fresh63_dev.jsonl` and `speakers_fresh63_test.jsonl` (the same, 60
//! more) 0.966 and 0.958 when drawn (rules-110); `speakers_fresh64_dev.jsonl` and
//! `speakers_fresh64_test.jsonl` (the same, 60 more) 0.887 and 0.963 when drawn (rules-111);
//! `speakers_fresh65_dev.jsonl` and `speakers_fresh65_test.jsonl` (the same, 60 more) 0.915 and
//! 0.929 when drawn (rules-112); `speakers_fresh66_dev.jsonl` and `speakers_fresh66_test.jsonl`
//! (the same, 60 more) 1.000 and 0.972 when drawn (rules-113); `speakers_fresh67_dev.jsonl` and
//! `speakers_fresh67_test.jsonl` (the same, 60 more) 0.914 and 0.930 when drawn (rules-116);
//! `speakers_fresh68_dev.jsonl` and `speakers_fresh68_test.jsonl` (the same, 60 more) 0.925 and
//! 0.932 when drawn (rules-117); `speakers_fresh69_dev.jsonl` and `speakers_fresh69_test.jsonl`
//! (the same, 60 more) 0.963 and 0.928 when drawn (rules-117); `speakers_fresh70_dev.jsonl` and
//! `speakers_fresh70_test.jsonl` (session 57, the same, 60 more) 0.987 and 0.987 when drawn
//! (rules-118); `speakers_fresh71_dev.jsonl` and `speakers_fresh71_test.jsonl` (the same, 60
//! more) 0.959 and 0.973 when drawn (rules-118); `speakers_fresh72_dev.jsonl` and
//! `speakers_fresh72_test.jsonl` (the same, 60 more) 0.961 and 0.919 when drawn (rules-119);
//! `speakers_fresh73_dev.jsonl` and `speakers_fresh73_test.jsonl` (the same, 60 more) 0.941 and
//! 0.899 when drawn (rules-119); `speakers_fresh74_dev.jsonl` and `speakers_fresh74_test.jsonl`
//! (the same, 60 more) 0.826 and 0.920 when drawn (rules-121); `speakers_fresh75_dev.jsonl` and
//! `speakers_fresh75_test.jsonl` (the same, 60 more) 0.934 and 0.958 when drawn (rules-122);
//! `speakers_fresh76_dev.jsonl` and `speakers_fresh76_test.jsonl` (session 58, the same, 60 more)
//! 0.960 and 0.889 when drawn (rules-123); `speakers_fresh77_dev.jsonl` and
//! `speakers_fresh77_test.jsonl` (the same, 60 more) 0.877 and 0.951 when drawn (rules-124);
//! `speakers_fresh78_dev.jsonl` and `speakers_fresh78_test.jsonl` (the same, 60 more) 0.922 and
//! 0.983 when drawn (rules-125).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::common::names::same_person;
use crate::common::{corpus, readouts};
use serde_json::Value;

/// The bars of one gold file: speaker F1, country F1, date accuracy (a file of speakers only
/// scores no countries and no dates, and its bars for them are 0).
struct Bar {
    file: &'static str,
    speaker_f1: f64,
    country_f1: f64,
    date_accuracy: f64,
}

/// Each bar a little under the score measured when it was set (dev 0.978, stratified dev 0.841,
/// stratified test 0.824 for speakers), so that a drop fails and noise does not.
const BARS: &[Bar] = &[
    Bar { file: "dev.jsonl", speaker_f1: 0.95, country_f1: 0.97, date_accuracy: 1.0 },
    Bar { file: "stratified_dev.jsonl", speaker_f1: 0.83, country_f1: 0.98, date_accuracy: 1.0 },
    Bar { file: "stratified_test.jsonl", speaker_f1: 0.81, country_f1: 0.98, date_accuracy: 1.0 },
    // 0.932 when set (session 15).
    Bar { file: "speakers_fresh_dev.jsonl", speaker_f1: 0.91, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.826 when set (session 15).
    Bar { file: "speakers_fresh_test.jsonl", speaker_f1: 0.80, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.874 when set (session 16; 0.860 with the build before that session's rules).
    Bar { file: "speakers_fresh_test2.jsonl", speaker_f1: 0.85, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.854 when drawn and 0.907 after session 17's rules, written on it.
    Bar { file: "speakers_strata_dev.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.850 when drawn (session 17).
    Bar { file: "speakers_strata_test.jsonl", speaker_f1: 0.83, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.820 when drawn (session 19).
    Bar { file: "speakers_fresh_dev2.jsonl", speaker_f1: 0.80, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.902 when drawn, 0.959 after session 23's list rules, written on it.
    Bar { file: "speakers_lists_dev.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.721 when drawn, 0.852 after session 24's delegation rules, written on it.
    Bar { file: "speakers_kinds_dev.jsonl", speaker_f1: 0.83, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.720 when drawn (session 24).
    Bar { file: "speakers_kinds_test.jsonl", speaker_f1: 0.70, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.934 when drawn, 0.948 after session 29's rules, written on it.
    Bar { file: "speakers_fresh3_dev.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.900 when drawn (session 29).
    Bar { file: "speakers_fresh3_test.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.867 when drawn, 0.888 after session 29's rules, written on it.
    Bar { file: "speakers_fresh4_dev.jsonl", speaker_f1: 0.86, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.870 when drawn, 0.885 with session 29's earlier rules, 0.915 after those written on it.
    Bar { file: "speakers_fresh5_dev.jsonl", speaker_f1: 0.89, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.922 when drawn, 0.933 after session 30's later rules.
    Bar { file: "speakers_fresh6_dev.jsonl", speaker_f1: 0.90, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.917 when drawn (session 30).
    Bar { file: "speakers_fresh6_test.jsonl", speaker_f1: 0.89, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.845 when drawn (session 31), before its misses were read.
    Bar { file: "speakers_fresh7_dev.jsonl", speaker_f1: 0.83, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.852 when drawn (session 31).
    Bar { file: "speakers_fresh7_test.jsonl", speaker_f1: 0.83, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.911 when drawn (session 31), before its misses were read.
    Bar { file: "speakers_fresh8_dev.jsonl", speaker_f1: 0.89, country_f1: 0.0, date_accuracy: 0.0 },
    // 1.000 when drawn (session 31): eight short readouts.
    Bar { file: "speakers_fresh8_test.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.764 when drawn (session 32: briefings and remarks), 0.778 with that session's first rules.
    Bar { file: "speakers_fresh9_dev.jsonl", speaker_f1: 0.76, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.864 when drawn (session 32).
    Bar { file: "speakers_fresh9_test.jsonl", speaker_f1: 0.84, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.889 when drawn (session 32: statements, remarks and joint statements), 0.974 after that
    // session's rules written on it.
    Bar { file: "speakers_fresh10_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.863 when drawn (session 32).
    Bar { file: "speakers_fresh10_test.jsonl", speaker_f1: 0.84, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.852 when drawn (session 32: joint statements, statements and other State items), 0.889
    // after that session's rules written on it.
    Bar { file: "speakers_fresh11_dev.jsonl", speaker_f1: 0.86, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.852 when drawn (session 32).
    Bar { file: "speakers_fresh11_test.jsonl", speaker_f1: 0.83, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.882 when drawn (session 33: briefings, remarks, statements and joint statements), 0.915
    // after that session's rules written on it.
    Bar { file: "speakers_fresh12_dev.jsonl", speaker_f1: 0.90, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.963 when drawn (session 33).
    Bar { file: "speakers_fresh12_test.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.941 when drawn (session 33: a random sample of short readouts), 1.000 after that
    // session's rules written on it.
    Bar { file: "speakers_fresh13_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.810 when drawn (session 33).
    Bar { file: "speakers_fresh13_test.jsonl", speaker_f1: 0.79, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.952 when drawn (session 33: a random sample of readouts), 0.976 after that session's
    // rules written on it.
    Bar { file: "speakers_fresh14_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.960 when drawn (session 33).
    Bar { file: "speakers_fresh14_test.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.939 when drawn (session 33: a random sample of readouts), 0.945 after that session's
    // rules written on it.
    Bar { file: "speakers_fresh15_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.863 when drawn (session 33).
    Bar { file: "speakers_fresh15_test.jsonl", speaker_f1: 0.84, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.942 when drawn (session 33: 48 random readouts, all read), 0.962 after that session's
    // rules written on it.
    Bar { file: "speakers_fresh17_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.875 when drawn (session 33: 72 random readouts, never read), and after that session's
    // rules.
    Bar { file: "speakers_random_test.jsonl", speaker_f1: 0.86, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.794 when drawn (session 34: 60 readouts by kind, a fifth of them briefings whose annotator
    // left out the reporters who ask; all read), 0.813 after that session's first rules.
    Bar { file: "speakers_fresh18_dev.jsonl", speaker_f1: 0.80, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.967 when drawn (session 34: 60 statements, remarks and others, read after scoring).
    Bar { file: "speakers_fresh19_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.893 when drawn (session 34: 60 random readouts, P 0.850, R 0.939; read after scoring),
    // 0.911 after that session's rules.
    Bar { file: "speakers_fresh20_dev.jsonl", speaker_f1: 0.89, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.955 (P 0.938, R 0.972) when drawn (session 34: 60 random readouts, never read), 0.950
    // with the session's first build.
    Bar { file: "speakers_fresh21_test.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.854 when drawn (session 34: 36 joint statements and 24 statements; read after scoring),
    // 0.894 after that session's rules.
    Bar { file: "speakers_fresh22_dev.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.945 when drawn (session 34: 36 remarks and 24 others, with rules-49; read after scoring).
    Bar { file: "speakers_fresh23_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.940 (P 0.923, R 0.957) when drawn (session 35: by the kinds; read after scoring).
    Bar { file: "speakers_fresh24_dev.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.887 (P 0.864, R 0.911) when drawn (session 35; read after scoring).
    Bar { file: "speakers_fresh25_dev.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.917 (P 0.893, R 0.943) when drawn (session 35; never read).
    Bar { file: "speakers_fresh25_test.jsonl", speaker_f1: 0.91, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.812 (P 0.759, R 0.872) when drawn (session 36; read after scoring).
    Bar { file: "speakers_fresh26_dev.jsonl", speaker_f1: 0.87, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.923 (P 0.919, R 0.927) when drawn (session 36; never read).
    Bar { file: "speakers_fresh26_test.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.928 (P 0.921, R 0.935) when drawn (session 36, random; read after scoring).
    Bar { file: "speakers_fresh27_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.913 (P 0.919, R 0.907) when drawn (session 36, random; never read).
    Bar { file: "speakers_fresh27_test.jsonl", speaker_f1: 0.91, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.902 (P 0.881, R 0.925) when drawn (session 36, random; read after scoring).
    Bar { file: "speakers_fresh28_dev.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.851 (P 0.768, R 0.955) when drawn (session 36, random; never read).
    Bar { file: "speakers_fresh28_test.jsonl", speaker_f1: 0.85, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.872 (P 0.962, R 0.797) when drawn (session 37, random; read after scoring).
    Bar { file: "speakers_fresh29_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.949 (P 0.922, R 0.979) when drawn (session 37, random; never read).
    Bar { file: "speakers_fresh29_test.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.921 (P 0.891, R 0.953) when drawn (session 37, random; read after scoring).
    Bar { file: "speakers_fresh30_dev.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.950 (P 0.906, R 1.000) when drawn (session 37, random; never read).
    Bar { file: "speakers_fresh30_test.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.931 (P 0.871, R 1.000) when drawn (session 37, random; read after scoring).
    Bar { file: "speakers_fresh31_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.929 (P 0.903, R 0.956) when drawn (session 37, random; never read).
    Bar { file: "speakers_fresh31_test.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.946 (P 0.898, R 1.000) when drawn (session 38, random; read after scoring).
    Bar { file: "speakers_fresh32_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.964 (P 0.957, R 0.971) when drawn (session 38, random; never read).
    Bar { file: "speakers_fresh32_test.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.977 (P 0.970, R 0.985) when drawn (session 38, random; read after scoring).
    Bar { file: "speakers_fresh33_dev.jsonl", speaker_f1: 0.97, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.943 (P 0.980, R 0.909) when drawn (session 38, random; never read).
    Bar { file: "speakers_fresh33_test.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.894 (P 0.855, R 0.937) when drawn (session 38, random; read after scoring).
    Bar { file: "speakers_fresh34_dev.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.943 (P 0.926, R 0.962) when drawn (session 38, random; never read).
    Bar { file: "speakers_fresh34_test.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.866 (P 0.879, R 0.853) when drawn (session 38, random; read after scoring).
    Bar { file: "speakers_fresh35_dev.jsonl", speaker_f1: 0.87, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.835 (P 0.842, R 0.828) when drawn (session 38, random; never read).
    Bar { file: "speakers_fresh35_test.jsonl", speaker_f1: 0.83, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.983 (P 0.966, R 1.000) when drawn (session 39, random; read after scoring).
    Bar { file: "speakers_fresh36_dev.jsonl", speaker_f1: 0.98, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.932 (P 0.917, R 0.948) when drawn (session 39, random; never read).
    Bar { file: "speakers_fresh36_test.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.937 (P 0.957, R 0.918) when drawn (session 40, random; read after scoring).
    Bar { file: "speakers_fresh40_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.961 (P 0.936, R 0.986) when drawn (session 40, random; never read).
    Bar { file: "speakers_fresh40_test.jsonl", speaker_f1: 0.96, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.940 (P 0.940, R 0.940) when drawn (session 40, random, after rules-77; read after scoring).
    Bar { file: "speakers_fresh41_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.934 (P 0.914, R 0.955) when drawn (session 40, random, after rules-77; never read).
    Bar { file: "speakers_fresh41_test.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.940 (P 0.969, R 0.913) when drawn (session 41, random, at rules-81; read after scoring).
    Bar { file: "speakers_fresh42_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.975 (P 0.983, R 0.967) when drawn (session 41, random, at rules-81; never read).
    Bar { file: "speakers_fresh42_test.jsonl", speaker_f1: 0.97, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.960 (P 0.935, R 0.986) when drawn (session 41, random, at rules-82; read after scoring).
    Bar { file: "speakers_fresh43_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.909 (P 0.833, R 1.000) when drawn (session 41, random, at rules-82; never read).
    Bar { file: "speakers_fresh43_test.jsonl", speaker_f1: 0.90, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.937 (P 0.912, R 0.963) when drawn (session 42, random, at rules-86; read after scoring).
    Bar { file: "speakers_fresh44_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.840 (P 0.859, R 0.821) when drawn (session 42, random, at rules-86; never read).
    Bar { file: "speakers_fresh44_test.jsonl", speaker_f1: 0.83, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.873 (P 0.873, R 0.873) when drawn (session 42, random, at rules-86; read after scoring).
    Bar { file: "speakers_fresh45_dev.jsonl", speaker_f1: 0.87, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.901 (P 0.833, R 0.980) when drawn (session 42, random, at rules-86; never read).
    Bar { file: "speakers_fresh45_test.jsonl", speaker_f1: 0.90, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.889 (P 0.936, R 0.846) when drawn (session 43, random, at rules-87; read after scoring).
    Bar { file: "speakers_fresh46_dev.jsonl", speaker_f1: 0.90, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.973 (P 0.959, R 0.986) when drawn (session 43, random, at rules-87; never read).
    Bar { file: "speakers_fresh46_test.jsonl", speaker_f1: 0.97, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.962 (P 0.985, R 0.941) when drawn (session 43, random, at rules-88; read after scoring).
    Bar { file: "speakers_fresh47_dev.jsonl", speaker_f1: 0.96, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.934 (P 0.959, R 0.910) when drawn (session 43, random, at rules-88; never read).
    Bar { file: "speakers_fresh47_test.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.876 (P 0.796, R 0.975) when drawn (session 44, random, at rules-89; read after scoring).
    Bar { file: "speakers_fresh48_dev.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.942 (P 0.925, R 0.961) when drawn (session 44, random, at rules-89; never read).
    Bar { file: "speakers_fresh48_test.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.681 (P 0.980, R 0.521) when drawn (session 44, random, at rules-89; read after scoring:
    // 35 of its 45 names missed were the signatories listed under a ministers' joint statement).
    Bar { file: "speakers_fresh49_dev.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.923 (P 0.882, R 0.968) when drawn (session 44, random, at rules-89; never read). 0.915
    // since session 52's alias line joins Wally and Adewale Adeyemo, whom one of its readouts lists
    // under both names (the gold counts two; the scorer's misses here are not shown, not read).
    Bar { file: "speakers_fresh49_test.jsonl", speaker_f1: 0.91, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.923 (P 0.889, R 0.960) when drawn (session 44, random, at rules-90; read after scoring).
    Bar { file: "speakers_fresh50_dev.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.910 (P 0.943, R 0.880) when drawn (session 44, random, at rules-90; never read).
    Bar { file: "speakers_fresh50_test.jsonl", speaker_f1: 0.91, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.943 (P 0.909, R 0.980) when drawn (session 44, random, at rules-91; read after scoring).
    Bar { file: "speakers_fresh51_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.883 (P 0.930, R 0.841) when drawn (session 44, random, at rules-91; never read).
    Bar { file: "speakers_fresh51_test.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.944 (P 0.955, R 0.933) when drawn (session 44, random, at rules-92; read after scoring).
    Bar { file: "speakers_fresh52_dev.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.933 (P 0.938, R 0.928) when drawn (session 44, random, at rules-92; never read).
    Bar { file: "speakers_fresh52_test.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.958 (P 0.958, R 0.958) when drawn (session 46, random, at rules-92; read after scoring).
    Bar { file: "speakers_fresh53_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.850 (P 0.887, R 0.816) when drawn (session 46, random, at rules-92; never read).
    Bar { file: "speakers_fresh53_test.jsonl", speaker_f1: 0.85, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.894 (P 0.911, R 0.878) when drawn (session 47, random, at rules-94; read after scoring:
    // 0.946 at rules-96, a list headed "were joined on the call by:" and a hurricane's name).
    Bar { file: "speakers_fresh54_dev.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.974 (P 0.962, R 0.987) when drawn (session 47, random, at rules-94; never read).
    Bar { file: "speakers_fresh54_test.jsonl", speaker_f1: 0.97, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.957 (P 0.927, R 0.989) when drawn (session 48, random, at rules-98; read after scoring).
    Bar { file: "speakers_fresh55_dev.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.906 (P 0.898, R 0.914) when drawn (session 48, random, at rules-98; never read).
    Bar { file: "speakers_fresh55_test.jsonl", speaker_f1: 0.90, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.902 (P 0.845, R 0.968) when drawn (session 48, random, at rules-101; read after scoring).
    Bar { file: "speakers_fresh56_dev.jsonl", speaker_f1: 0.90, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.881 (P 0.906, R 0.857) when drawn (session 48, random, at rules-101; never read).
    Bar { file: "speakers_fresh56_test.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.917 (P 0.953, R 0.884) when drawn (session 49, random, at rules-102; read after scoring).
    Bar { file: "speakers_fresh57_dev.jsonl", speaker_f1: 0.99, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.946 (P 0.957, R 0.936) when drawn (session 49, random, at rules-102; never read).
    Bar { file: "speakers_fresh57_test.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.909 (P 0.870, R 0.952) when drawn (session 49, random, at rules-103; read after scoring).
    Bar { file: "speakers_fresh58_dev.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.954 (P 0.912, R 1.000) when drawn (session 49, random, at rules-103; never read).
    Bar { file: "speakers_fresh58_test.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.936 (P 1.000, R 0.880) when drawn (session 49, random, at rules-105; read after scoring).
    Bar { file: "speakers_fresh59_dev.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.952 (P 0.938, R 0.968) when drawn (session 49, random, at rules-105; never read).
    Bar { file: "speakers_fresh59_test.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.885 (P 0.865, R 0.906) when drawn (session 50, random, at rules-107; read after scoring).
    Bar { file: "speakers_fresh60_dev.jsonl", speaker_f1: 0.90, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.981 (P 0.964, R 1.000) when drawn (session 50, random, at rules-107; never read).
    Bar { file: "speakers_fresh60_test.jsonl", speaker_f1: 0.98, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.889 (P 0.923, R 0.857) when drawn (session 50, random, at rules-108; read after scoring).
    Bar { file: "speakers_fresh61_dev.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.952 (P 0.980, R 0.926) when drawn (session 50, random, at rules-108; never read).
    Bar { file: "speakers_fresh61_test.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.923 (P 0.938, R 0.909) when drawn (session 50, random, at rules-109; all of it read after scoring).
    Bar { file: "speakers_fresh62_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.966 (P 0.956, R 0.977) when drawn (session 50, random, at rules-110; read after scoring).
    Bar { file: "speakers_fresh63_dev.jsonl", speaker_f1: 0.96, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.958 (P 0.939, R 0.979) when drawn (session 50, random, at rules-110; never read).
    Bar { file: "speakers_fresh63_test.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.887 (P 1.000, R 0.796) when drawn (session 51, random, at rules-111; read after scoring).
    Bar { file: "speakers_fresh64_dev.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.963 (P 0.975, R 0.951) when drawn (session 51, random, at rules-111; never read).
    Bar { file: "speakers_fresh64_test.jsonl", speaker_f1: 0.96, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.915 (P 0.915, R 0.915) when drawn (session 51, random, at rules-112; read after scoring).
    Bar { file: "speakers_fresh65_dev.jsonl", speaker_f1: 0.91, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.929 (P 0.929, R 0.929) when drawn (session 51, random, at rules-112; never read).
    Bar { file: "speakers_fresh65_test.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 1.000 (P 1.000, R 1.000) when drawn (session 52, random, at rules-113; read after scoring).
    Bar { file: "speakers_fresh66_dev.jsonl", speaker_f1: 0.99, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.972 (P 0.958, R 0.986) when drawn (session 52, random, at rules-113; never read).
    Bar { file: "speakers_fresh66_test.jsonl", speaker_f1: 0.97, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.914 (P 0.898, R 0.930) when drawn (session 56, random, at rules-116; read after scoring).
    Bar { file: "speakers_fresh67_dev.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.930 (P 0.952, R 0.909) when drawn (session 56, random, at rules-116; never read).
    Bar { file: "speakers_fresh67_test.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.925 (P 0.942, R 0.907) when drawn (session 56, random, at rules-117; read after scoring).
    Bar { file: "speakers_fresh68_dev.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.932 (P 1.000, R 0.873) when drawn (session 56, random, at rules-117; never read).
    Bar { file: "speakers_fresh68_test.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.963 (P 0.929, R 1.000) when drawn (session 56, random, at rules-117; read after scoring).
    Bar { file: "speakers_fresh69_dev.jsonl", speaker_f1: 0.96, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.928 (P 0.900, R 0.957) when drawn (session 56, random, at rules-117; never read).
    Bar { file: "speakers_fresh69_test.jsonl", speaker_f1: 0.92, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.987 (P 0.987, R 0.987) when drawn (session 57, random, at rules-118; read after scoring).
    Bar { file: "speakers_fresh70_dev.jsonl", speaker_f1: 0.98, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.987 (P 0.987, R 0.987) when drawn (session 57, random, at rules-118; never read).
    Bar { file: "speakers_fresh70_test.jsonl", speaker_f1: 0.98, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.959 (P 0.979, R 0.940) when drawn (session 57, random, at rules-118; read after scoring;
    // 0.977 at rules-119).
    Bar { file: "speakers_fresh71_dev.jsonl", speaker_f1: 0.97, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.973 (P 0.965, R 0.982) when drawn (session 57, random, at rules-118; never read).
    Bar { file: "speakers_fresh71_test.jsonl", speaker_f1: 0.97, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.961 (P 0.969, R 0.954) when drawn (session 57, random, at rules-119; read after scoring).
    Bar { file: "speakers_fresh72_dev.jsonl", speaker_f1: 0.96, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.919 (P 0.971, R 0.872) when drawn (session 57, random, at rules-119; never read).
    Bar { file: "speakers_fresh72_test.jsonl", speaker_f1: 0.91, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.941 (P 0.941, R 0.941) when drawn (session 57, random, at rules-119; read after scoring;
    // 0.951 at rules-121).
    Bar { file: "speakers_fresh73_dev.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.899 (P 0.921, R 0.879) when drawn (session 57, random, at rules-119; never read).
    Bar { file: "speakers_fresh73_test.jsonl", speaker_f1: 0.89, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.826 (P 0.845, R 0.807) when drawn (session 57, random, at rules-121; read after scoring;
    // 0.839 at rules-122).
    Bar { file: "speakers_fresh74_dev.jsonl", speaker_f1: 0.83, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.920 (P 0.976, R 0.870) when drawn (session 57, random, at rules-121; never read).
    Bar { file: "speakers_fresh74_test.jsonl", speaker_f1: 0.91, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.934 (P 0.934, R 0.934) when drawn (session 57, random, at rules-122; read after scoring;
    // 0.951 at rules-123).
    Bar { file: "speakers_fresh75_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.958 (P 0.950, R 0.966) when drawn (session 57, random, at rules-122; never read).
    Bar { file: "speakers_fresh75_test.jsonl", speaker_f1: 0.95, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.960 (P 0.988, R 0.933) when drawn (session 58, random, at rules-123; read after scoring;
    // 0.966 at rules-124).
    Bar { file: "speakers_fresh76_dev.jsonl", speaker_f1: 0.96, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.889 (P 0.929, R 0.852) when drawn (session 58, random, at rules-123; never read).
    Bar { file: "speakers_fresh76_test.jsonl", speaker_f1: 0.88, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.877 (P 0.883, R 0.872) when drawn (session 58, random, at rules-124; read after scoring;
    // 0.938 at rules-125).
    Bar { file: "speakers_fresh77_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.951 (P 0.933, R 0.970) when drawn (session 58, random, at rules-124; never read).
    Bar { file: "speakers_fresh77_test.jsonl", speaker_f1: 0.94, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.922 (P 0.944, R 0.902) when drawn (session 58, random, at rules-125; read after scoring;
    // 0.937 at rules-126).
    Bar { file: "speakers_fresh78_dev.jsonl", speaker_f1: 0.93, country_f1: 0.0, date_accuracy: 0.0 },
    // 0.983 (P 0.989, R 0.978) when drawn (session 58, random, at rules-125; never read).
    Bar { file: "speakers_fresh78_test.jsonl", speaker_f1: 0.97, country_f1: 0.0, date_accuracy: 0.0 },
];

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

#[test]
fn every_gold_file_scores_above_its_bar() {
    let mut failures = Vec::new();
    for bar in BARS {
        if let Err(report) = score(bar) {
            failures.push(report);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn score(bar: &Bar) -> Result<(), String> {
    let path = format!("{}/tests/gold/{}", env!("CARGO_MANIFEST_DIR"), bar.file);
    let gold_text = std::fs::read_to_string(path).unwrap();
    let gold: Vec<Value> =
        gold_text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    let predicted = corpus_extracted();

    let (mut speakers, mut countries, mut dates_right) = (Counts::default(), Counts::default(), 0usize);
    let mut misses = Vec::new();
    for g in &gold {
        let file = g["file"].as_str().unwrap();
        let p = predicted.get(file).unwrap_or_else(|| panic!("no prediction for {file}"));
        let mut names: Vec<&str> = Vec::new();
        for n in p["speakers"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        let mut used = HashSet::new();
        for gs in g["speakers"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()) {
            match names.iter().enumerate().find(|(i, n)| !used.contains(i) && same_person(n, gs)) {
                Some((i, _)) => {
                    used.insert(i);
                    speakers.tp += 1;
                }
                None => {
                    speakers.fn_ += 1;
                    misses.push(format!("{file}: missed speaker {gs}"));
                }
            }
        }
        for (_, n) in names.iter().enumerate().filter(|(i, _)| !used.contains(i)) {
            speakers.fp += 1;
            misses.push(format!("{file}: extra speaker {n}"));
        }
        let codes = |v: &Value| -> HashSet<String> {
            v["countries"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap().to_uppercase()).collect()
        };
        if g.get("countries").is_some() {
            let (gc, pc) = (codes(g), codes(p));
            countries.tp += gc.intersection(&pc).count();
            countries.fn_ += gc.difference(&pc).count();
            countries.fp += pc.difference(&gc).count();
            for c in gc.symmetric_difference(&pc) {
                misses.push(format!("{file}: country {c} {}", if gc.contains(c) { "missed" } else { "extra" }));
            }
        }
        if g.get("date").is_none() {
            continue;
        }
        if p["date"].as_str().unwrap_or("").get(..10) == g["date"].as_str() {
            dates_right += 1;
        } else {
            misses.push(format!("{file}: date {} != {}", p["date"], g["date"]));
        }
    }
    let dated = gold.iter().filter(|g| g.get("date").is_some()).count();
    let date_accuracy = if dated == 0 { 0.0 } else { dates_right as f64 / dated as f64 };
    let report = format!(
        "{}: speakers F1 {:.3}, countries F1 {:.3}, dates {:.3}\n{}",
        bar.file,
        speakers.f1(),
        countries.f1(),
        date_accuracy,
        // A held-out file's misses are its gold: they are not printed, so that no one reads them.
        if bar.file.contains("_test") {
            "(misses of a held-out file are not shown)".to_string()
        } else {
            misses.join("\n")
        }
    );
    let held =
        speakers.f1() >= bar.speaker_f1 && countries.f1() >= bar.country_f1 && date_accuracy >= bar.date_accuracy;
    if held { Ok(()) } else { Err(report) }
}

/// `readouts extract --json` over the whole bundled corpus, by file name, run once for every test
/// here: one process for the hundred-odd gold files instead of one each, which spent more of the
/// test's time starting processes (compiling the extractor's regexes) than extracting.
/// Every line is kept: two readouts of one file name would otherwise collapse into one silently.
fn corpus_extracted() -> &'static HashMap<String, Value> {
    static EXTRACTED: OnceLock<HashMap<String, Value>> = OnceLock::new();
    EXTRACTED.get_or_init(|| {
        let out = readouts().arg("extract").arg("--json").arg(corpus()).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let lines: Vec<Value> =
            String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let count = lines.len();
        let by_name: HashMap<String, Value> = lines
            .into_iter()
            .map(|v| (v["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string(), v))
            .collect();
        assert_eq!(by_name.len(), count, "two readouts of corpus/ share a file name");
        by_name
    })
}

#[test]
fn every_corpus_readout_gets_a_date() {
    let extracted = corpus_extracted();
    assert_eq!(extracted.len(), 5093);
    let undated: Vec<&str> =
        extracted.values().filter(|l| l["date"].is_null()).map(|l| l["path"].as_str().unwrap()).collect();
    assert!(undated.is_empty(), "{undated:?}");
}

#[test]
fn the_scorer_port_agrees_with_the_definition() {
    assert!(same_person("Antony Blinken", "Antony J. Blinken"));
    assert!(same_person("Blinken", "Antony Blinken"));
    assert!(same_person("Jame O’Brien", "James O'Brien"));
    assert!(same_person("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"));
    assert!(!same_person("Growth Jose Fernandez", "Jose Fernandez"));
}
