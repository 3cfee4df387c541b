//! The `brief` example as a user runs it: output formats, error lines and exit codes.

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The `brief` example binary.
fn brief() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| common::example("brief"))
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(brief())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn no_file_reports_the_sample() {
    let out = run(&[], b"");
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("record 1 (line 1)\n"));
    assert!(stdout.contains("scraped    2025-12-15T11:11:13.308Z"));
    assert!(
        stdout
            .contains("title      French Interior Ministry confirms cyberattack on email servers")
    );
    assert!(stdout.contains("attribution  unattributed"), "{stdout}");
    assert!(
        stdout.contains("actor      APT28 (G0007): context"),
        "{stdout}"
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn json_lines_one_object_per_record() {
    let out = run(&["--format", "json", "tests/data/corpus.txt"], b"");
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let objects: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objects.len(), 8);
    assert_eq!(objects[2]["line"], 26);
    assert_eq!(objects[2]["source"], serde_json::Value::Null);
    assert_eq!(
        objects[1]["source"],
        "https://example.org/security/microsoft-midnight-blizzard-danish-ministry"
    );
    assert_eq!(objects[0]["scraped_at"], "2026-03-10T14:22:07.415Z");
    let keys: Vec<_> = objects[0].as_object().unwrap().keys().cloned().collect();
    for key in [
        "record",
        "line",
        "scraped_at",
        "source",
        "title",
        "body",
        "summary",
    ] {
        assert!(keys.iter().any(|k| k == key), "{key}");
    }
}

#[test]
fn brief_format_re_renders_a_canonical_corpus() {
    let out = run(&["--format", "brief", "tests/data/corpus.txt"], b"");
    assert_eq!(out.status.code(), Some(0));
    let corpus = std::fs::read_to_string(format!(
        "{}/tests/data/corpus.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(text(&out.stdout), corpus);
}

/// The real development corpus (not shipped) comes back byte for byte too, when it is present:
/// `../shared/corpus/dev.txt` next to the crate, or `dev.txt` in `THREATBRIEF_DEV_CORPUS`.
#[test]
fn brief_format_re_renders_the_dev_corpus_when_present() {
    let dir = std::env::var_os("THREATBRIEF_DEV_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    let path = dir.join("dev.txt");
    if !path.is_file() {
        eprintln!(
            "brief_format_re_renders_the_dev_corpus_when_present: skipped, no {}",
            path.display()
        );
        return;
    }
    let out = run(&["--format", "brief", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), std::fs::read_to_string(&path).unwrap());
}

#[test]
fn stdin_and_bad_records() {
    let input = format!(
        "{}\n\nArticle Details\nScrape Time: 2025\n\n{}\n",
        threatbrief::SAMPLE,
        threatbrief::SAMPLE
    );
    let out = run(&["--format", "json", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout).lines().count(), 2);
    assert_eq!(
        text(&out.stderr),
        "-:16:1: error: expected \"Scrape Timestamp (UTC):\", found \"Scrape Time: 2025\"\n"
    );
    let strict = run(&["--strict", "--format", "json", "-"], input.as_bytes());
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(text(&strict.stdout).lines().count(), 1);
}

/// `--jobs N` changes how fast, never what: every format, bad records and `--strict` included.
#[test]
fn every_job_count_writes_the_same_bytes() {
    let input = format!(
        "{}\n\nArticle Details\nScrape Time: 2025\n\n{}\n",
        threatbrief::SAMPLE,
        threatbrief::SAMPLE
    );
    for format in ["text", "json", "stix", "dot", "brief"] {
        for extra in [
            &[
                "tests/data/corpus.txt",
                "-",
                "tests/data/invalid/invalid_utf8.txt",
            ][..],
            &["--strict", "-", "tests/data/corpus.txt"][..],
        ] {
            let with = |jobs: &str| {
                let mut args = vec!["--format", format, "--jobs", jobs];
                args.extend_from_slice(extra);
                run(&args, input.as_bytes())
            };
            let one = with("1");
            assert!(!one.stdout.is_empty(), "{format} {extra:?}");
            assert_eq!(one.status.code(), Some(1), "{format} {extra:?}");
            for jobs in ["2", "3"] {
                let many = with(jobs);
                assert_eq!(
                    many.status.code(),
                    one.status.code(),
                    "{format} --jobs {jobs}"
                );
                assert!(
                    many.stdout == one.stdout,
                    "{format} {extra:?}: --jobs {jobs} differs"
                );
                assert_eq!(
                    text(&many.stderr),
                    text(&one.stderr),
                    "{format} --jobs {jobs}"
                );
            }
        }
    }
}

#[test]
fn invalid_utf8_names_its_file_and_position() {
    let out = run(
        &["--format", "json", "tests/data/invalid/invalid_utf8.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout).lines().count(), 7);
    assert_eq!(
        text(&out.stderr),
        "tests/data/invalid/invalid_utf8.txt:18:20: error: invalid UTF-8\n"
    );
}

#[test]
fn usage_and_io_errors_exit_2() {
    let out = run(&["--format", "xml"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown format \"xml\""));
    let out = run(&["tests/data/no-such-file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("tests/data/no-such-file.txt: error: "));
    let out = run(&["--help"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("usage: brief"));
}

#[test]
fn actor_graph_refuses_to_overwrite_its_input() {
    let dir = std::env::temp_dir().join(format!("threatbrief-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let briefs = dir.join("briefs.txt");
    let sample = include_str!("data/sample.txt");
    std::fs::write(&briefs, sample).unwrap();
    let briefs = briefs.to_str().unwrap();
    let out = dir.join("out.json");
    let out = out.to_str().unwrap();
    for args in [
        // The option takes the next word as its output: here a file of briefs.
        vec!["--json", briefs, "tests/data/sample.txt"],
        vec!["--stix", out, out],
    ] {
        let status = Command::new(common::example("actor_graph"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert_eq!(status.status.code(), Some(2), "{args:?}");
        assert!(
            text(&status.stderr).contains("refusing to overwrite"),
            "{args:?}"
        );
    }
    assert_eq!(std::fs::read_to_string(briefs).unwrap(), sample);
    std::fs::remove_dir_all(&dir).unwrap();
}
