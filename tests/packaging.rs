//! What a packager ships beside the binary: shell completions and man pages, generated from the
//! same clap definitions as `--help`.

use crate::common::{readouts, texts};

const SUBCOMMANDS: &[&str] =
    &["index", "search", "extract", "show", "facets", "timeline", "export", "bench", "people", "serve"];

#[test]
fn bash_completions_are_valid_bash_and_know_every_subcommand_and_option() {
    let out = readouts().args(["completions", "bash"]).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let script = texts(&out).0;
    for word in SUBCOMMANDS.iter().chain(&["--all-copies", "--speaker-country", "--rebuild"]) {
        assert!(script.contains(word), "{word} missing");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("readouts.bash");
    std::fs::write(&path, &script).unwrap();
    let syntax = std::process::Command::new("bash").arg("-n").arg(&path).output().unwrap();
    assert!(syntax.status.success(), "{}", String::from_utf8_lossy(&syntax.stderr));
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let out = readouts().args(["completions", shell]).output().unwrap();
        assert!(out.status.success() && !out.stdout.is_empty(), "{shell}");
    }
    assert_eq!(readouts().args(["completions", "tcsh"]).output().unwrap().status.code(), Some(2));
}

#[test]
fn the_man_pages_cover_every_subcommand() {
    let out = readouts().arg("man").output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    let page = texts(&out).0;
    assert!(page.contains(".TH readouts 1"), "{}", &page[..200.min(page.len())]);
    for sub in SUBCOMMANDS {
        assert!(page.contains(&format!("readouts\\-{sub}(1)")), "{sub} not listed");
    }
    let dir = tempfile::tempdir().unwrap();
    let out = readouts().arg("man").arg("--dir").arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", texts(&out).1);
    for sub in SUBCOMMANDS {
        let sub_page = std::fs::read_to_string(dir.path().join(format!("readouts-{sub}.1"))).unwrap();
        assert!(sub_page.contains(&format!(".TH readouts-{sub} 1")), "{sub}");
    }
    let search = std::fs::read_to_string(dir.path().join("readouts-search.1")).unwrap();
    assert!(search.contains("\\-\\-all\\-copies"), "options documented");
}
