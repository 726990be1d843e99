//! The attack suite: the release's hostile tester's attacks, each run against the real binary
//! and asserting the exit code and the message. See `docs/robustness.md` for the table.
//!
//! Escape sequences: values read from files and file names reach standard output and error
//! only through the cleaning point, so no ESC, BEL or C1 byte ever leaves ruta.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// What a hostile file carries: OSC 52 (write the clipboard), OSC 0 (retitle), CSI (clear the
/// screen, recolour), the 8-bit CSI and NEL (C1 controls), as YAML escapes.
const HOSTILE: &str = r"\e]52;c;aGVsbG8=\a\e]0;pwned\a\e[2J\e[31m\u009b2J\u0085x";

/// The finished record of `tests/attacks/finished-record.yaml`.
const CODE: &str = "7KQ2-M9XD";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/attacks")
            .join(name),
    )
    .unwrap()
}

/// Runs ruta with `args` on the data folder `data`, with standard input `input`.
fn ruta(data: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

/// Asserts that nothing in `bytes` can drive a terminal: no ESC, no BEL, no C1 control.
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|c| matches!(*c, '\u{1b}' | '\u{7}' | '\u{80}'..='\u{9f}'))
        .collect();
    assert!(bad.is_empty(), "{what} carries {bad:?}:\n{text}");
}

fn assert_all_inert(output: &Output) {
    assert_inert("stdout", &output.stdout);
    assert_inert("stderr", &output.stderr);
}

/// A data folder holding `records/<name>` with `text`.
fn data_with(name: &str, text: &str) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("records")).unwrap();
    std::fs::write(data.path().join("records").join(name), text).unwrap();
    data
}

/// The finished record with `field: value` replaced by `field: "<HOSTILE>"`.
fn hostile_record(field: &str) -> String {
    let record = fixture("finished-record.yaml");
    let line = record
        .lines()
        .find(|l| l.starts_with(&format!("{field}:")))
        .unwrap()
        .to_owned();
    record.replace(&line, &format!("{field}: \"{HOSTILE}\""))
}

#[test]
fn records_lists_hostile_values_inert() {
    for field in [
        "guide_version",
        "guide_hash",
        "started",
        "updated",
        "guide_id",
    ] {
        let mut text = hostile_record(field);
        text = text.replace("finished: true", "finished: false");
        let data = data_with(&format!("{CODE}.yaml"), &text);
        let output = ruta(data.path(), &["records"], "");
        assert!(output.status.success(), "{field}");
        assert!(String::from_utf8_lossy(&output.stdout).contains(CODE));
        assert_all_inert(&output);
    }
}

#[test]
fn records_with_a_hostile_file_name_warns_inert() {
    let data = data_with("\u{1b}]0;pwned\u{7}\u{1b}[2J.yaml", "format: 1\n");
    let output = ruta(data.path(), &["records"], "");
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("warning:"));
    assert_all_inert(&output);
}

#[test]
fn a_hostile_record_with_unknown_keys_is_refused_inert() {
    let text = format!(
        "{}\"\\e]52;c;aGk=\\a\": \"{HOSTILE}\"\n",
        fixture("finished-record.yaml")
    );
    let data = data_with(&format!("{CODE}.yaml"), &text);
    for args in [&["resume", CODE, "--plain"][..], &["export", CODE]] {
        let output = ruta(data.path(), args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("unknown field"));
        assert_all_inert(&output);
    }
}

#[test]
fn export_of_hostile_notes_is_inert_on_stdout_and_in_the_file() {
    let text = fixture("finished-record.yaml").replace(
        "finished: true",
        &format!("notes:\n  private_space: \"MARK{HOSTILE}\"\nfinished: true"),
    );
    let data = data_with(&format!("{CODE}.yaml"), &text);
    let output = ruta(data.path(), &["export", CODE], "");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("MARK"), "the note is exported:\n{stdout}");
    assert_all_inert(&output);
    let out = data.path().join("note.md");
    let output = ruta(
        data.path(),
        &["export", CODE, "--out", out.to_str().unwrap()],
        "",
    );
    assert!(output.status.success());
    assert_all_inert(&output);
    assert_inert("the note file", &std::fs::read(&out).unwrap());
}

#[test]
fn resume_plain_with_a_hostile_guide_id_is_refused_inert() {
    let data = data_with(&format!("{CODE}.yaml"), &hostile_record("guide_id"));
    let output = ruta(data.path(), &["resume", CODE, "--plain"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("was made with guide"));
    assert_all_inert(&output);
}

#[test]
fn resume_plain_with_hostile_notes_is_inert() {
    let text = fixture("finished-record.yaml").replace(
        "finished: true",
        &format!("notes:\n  private_space: \"{HOSTILE}\""),
    );
    let data = data_with(&format!("{CODE}.yaml"), &text);
    let output = ruta(
        data.path(),
        &["resume", CODE, "--plain"],
        "review\nquit\ns\n",
    );
    assert!(output.status.success(), "{output:?}");
    assert_all_inert(&output);
}

#[test]
fn a_hostile_data_folder_name_in_an_error_is_inert() {
    let dir = tempfile::tempdir().unwrap();
    let data: PathBuf = dir.path().join("\u{1b}]0;pwned\u{7}\u{1b}[2J");
    std::fs::write(&data, "").unwrap();
    let output = ruta(&data, &["--plain", "--location", "hn"], "1\n");
    assert_eq!(output.status.code(), Some(1));
    assert_all_inert(&output);
}

/// The small fixture guide, written out, with `edit` applied to its guide.yaml.
fn hostile_guide(edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let dir = common::materialize("valid", "small");
    let path = dir.path().join("guide/guide.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(text)).unwrap();
    dir
}

#[test]
fn validate_prints_hostile_ids_source_lines_and_paths_inert() {
    // A hostile target, a raw escape in the file (refused as YAML), and a hostile guide id
    // (whether ids may hold controls is the validator's business; the output is inert anyway).
    let guides = [
        (
            hostile_guide(|t| t.replacen("next: routine", &format!("next: \"{HOSTILE}\""), 1)),
            Some(1),
        ),
        (
            hostile_guide(|t| format!("{t}\n# \u{1b}]52;c;aGk=\u{7}\nbroken: [\n")),
            Some(1),
        ),
        (
            hostile_guide(|t| t.replacen("id: test-small", &format!("id: \"{HOSTILE}\""), 1)),
            None,
        ),
    ];
    std::fs::write(
        guides[0]
            .0
            .path()
            .join("locales/en/\u{1b}]0;pwned\u{7}.ftl"),
        "x = \u{1b}[2J\n",
    )
    .unwrap();
    for (guide, code) in &guides {
        for format in ["human", "json"] {
            let output = ruta(
                guide.path(),
                &[
                    "validate",
                    guide.path().to_str().unwrap(),
                    "--format",
                    format,
                ],
                "",
            );
            if code.is_some() {
                assert_eq!(output.status.code(), *code, "{output:?}");
            }
            assert_all_inert(&output);
        }
    }
}

#[test]
fn export_out_to_a_bare_file_name_succeeds() {
    let data = data_with(&format!("{CODE}.yaml"), &fixture("finished-record.yaml"));
    let output = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .current_dir(data.path())
        .args(["--data-dir", ".", "export", CODE, "--out", "bare.md"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("wrote bare.md"));
    assert!(data.path().join("bare.md").is_file());
}

#[test]
fn export_to_a_full_disk_fails_with_a_message_not_a_panic() {
    let data = data_with(&format!("{CODE}.yaml"), &fixture("finished-record.yaml"));
    let full = std::fs::File::create("/dev/full").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["export", CODE])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the output could not be written") && stderr.contains("No space"),
        "{stderr}"
    );
}

#[test]
fn a_failed_export_leaves_a_shared_data_folder_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let data = data_with(&format!("{CODE}.yaml"), &fixture("finished-record.yaml"));
    std::fs::set_permissions(data.path(), std::fs::Permissions::from_mode(0o1777)).unwrap();
    let taken = data.path().join("taken.md");
    std::fs::write(&taken, "").unwrap();
    let output = ruta(
        data.path(),
        &["export", CODE, "--out", taken.to_str().unwrap()],
        "",
    );
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let mode = std::fs::metadata(data.path()).unwrap().permissions().mode();
    assert_eq!(mode & 0o7777, 0o1777, "the sticky bit and the mode stay");
}

#[test]
fn a_records_folder_that_is_a_symlink_is_not_read_through() {
    let elsewhere = data_with(&format!("{CODE}.yaml"), &fixture("finished-record.yaml"));
    let data = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        elsewhere.path().join("records"),
        data.path().join("records"),
    )
    .unwrap();
    for args in [
        &["records"][..],
        &["records", "purge", "--days", "0"],
        &["export", CODE],
    ] {
        let output = ruta(data.path(), args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("symbolic link"),
            "{output:?}"
        );
    }
    assert!(
        elsewhere
            .path()
            .join("records")
            .join(format!("{CODE}.yaml"))
            .is_file()
    );
}

/// Starts `resume CODE --plain` on `data` and waits for its first prompt; the child keeps its
/// standard input open, so it stays in the interview until that is closed.
fn open_elsewhere(data: &Path) -> std::process::Child {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .arg("--data-dir")
        .arg(data)
        .args(["resume", CODE, "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !seen.ends_with(b"> ") {
        assert_eq!(stdout.read(&mut byte).unwrap(), 1, "the first ruta started");
        seen.push(byte[0]);
    }
    child
}

#[test]
fn a_second_instance_on_an_open_case_refuses_and_says_what_to_do() {
    let record = fixture("finished-record.yaml").replace("finished: true", "finished: false");
    let data = data_with(&format!("{CODE}.yaml"), &record);
    let mut first = open_elsewhere(data.path());
    let output = ruta(data.path(), &["resume", CODE, "--plain"], "quit\ns\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    let pid = first.id();
    assert!(
        stderr.contains(&format!("is open in another ruta (process {pid})"))
            && stderr.contains(&format!("kill {pid}")),
        "{stderr}"
    );
    drop(first.stdin.take());
    assert!(first.wait().unwrap().success());
    // Its lock died with it: the case opens again.
    let output = ruta(data.path(), &["resume", CODE, "--plain"], "quit\ns\n");
    assert!(output.status.success(), "{output:?}");
}

/// The finished record, last saved long ago.
fn old_finished_record() -> String {
    let record = fixture("finished-record.yaml");
    let updated = record
        .lines()
        .find(|l| l.starts_with("updated:"))
        .unwrap()
        .to_owned();
    record.replace(&updated, "updated: 2020-01-01T00:00:00Z")
}

#[test]
fn purge_never_deletes_an_open_case() {
    let data = data_with(&format!("{CODE}.yaml"), &old_finished_record());
    let mut first = open_elsewhere(data.path());
    // Opening saved it with today's time; make it old again, as if it were open for days.
    std::fs::write(
        data.path().join(format!("records/{CODE}.yaml")),
        old_finished_record(),
    )
    .unwrap();
    let output = ruta(data.path(), &["records", "purge", "--days", "0"], "");
    assert!(output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(&format!("kept {CODE}: it is open")),
        "{output:?}"
    );
    assert!(data.path().join(format!("records/{CODE}.yaml")).is_file());
    drop(first.stdin.take());
    first.wait().unwrap();
}

#[test]
fn purge_deletes_the_cases_notes_and_leftovers_and_keeps_the_rest() {
    let data = data_with(&format!("{CODE}.yaml"), &old_finished_record());
    let notes = data.path().join("notes");
    std::fs::create_dir(&notes).unwrap();
    for name in [
        format!("{CODE}-en.md"),
        format!("{CODE}-en-2.txt"),
        "7KQ2-AAAA-en.md".to_owned(),
    ] {
        std::fs::write(notes.join(name), "note").unwrap();
    }
    let output = ruta(data.path(), &["records", "purge", "--days", "0"], "");
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("1 closed interview(s)"));
    let left: Vec<String> = std::fs::read_dir(&notes)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["7KQ2-AAAA-en.md"]);
    assert!(!data.path().join(format!("records/{CODE}.yaml")).exists());
}

#[test]
fn leftover_temporary_files_are_removed_at_the_next_start() {
    let data = data_with(".ruta-Ab12Cd", &fixture("finished-record.yaml"));
    std::fs::create_dir(data.path().join("notes")).unwrap();
    std::fs::write(data.path().join("notes/.ruta-Zz99Yy"), "copy of a note").unwrap();
    std::fs::write(data.path().join("records/keep.txt"), "not ours").unwrap();
    let output = ruta(data.path(), &["records"], "");
    assert!(output.status.success(), "{output:?}");
    assert!(!data.path().join("records/.ruta-Ab12Cd").exists());
    assert!(!data.path().join("notes/.ruta-Zz99Yy").exists());
    assert!(data.path().join("records/keep.txt").exists());
}

#[test]
fn a_record_whose_code_differs_from_its_name_is_refused() {
    let other = "7KQ2-M9XE";
    let data = data_with(&format!("{other}.yaml"), &fixture("finished-record.yaml"));
    for args in [&["resume", other, "--plain"][..], &["export", other]] {
        let output = ruta(data.path(), args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr)
                .contains(&format!("holds case {CODE}, not the case its name says")),
            "{output:?}"
        );
    }
    assert!(!data.path().join(format!("records/{CODE}.yaml")).exists());
}

// ---------------------------------------------------------------------------------------------
// Linear work: each attack runs in a child with a time and memory bound far above what a linear
// run needs (a debug build, on a busy machine), so only a hang or a blow-up can trip them.

/// Seconds and kilobytes of virtual memory the child may use.
const BOUND_SECONDS: u32 = 60;
const BOUND_KB: u32 = 2_000_000;

/// Runs ruta with `args` under the bounds; a child killed by them fails the test with a clear
/// message.
fn bounded(args: &[&str]) -> Output {
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v {BOUND_KB}; exec timeout -s KILL {BOUND_SECONDS} \"$@\""
        ))
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_ruta"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        !matches!(output.status.code(), Some(124 | 137) | None),
        "ruta {args:?} broke its bound ({BOUND_SECONDS} s, {BOUND_KB} kB): {:?}",
        output.status
    );
    output
}

/// Validates the guide in `dir`; asserts exit 1 and a finding `code` placed at `place`
/// (`file:line:col` suffix) with `message` in it.
fn assert_refused_guide(dir: &Path, code: &str, place: &str, message: &str) {
    let output = bounded(&["validate", dir.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let head: String = stderr.chars().take(2000).collect();
    assert_eq!(output.status.code(), Some(1), "{head}");
    assert!(head.contains(&format!("error[{code}]: ")), "{head}");
    assert!(head.contains(message), "{head}");
    assert!(head.contains(place), "{head}");
}

fn write(dir: &Path, relative: &str, text: &str) {
    std::fs::write(dir.join(relative), text).unwrap();
}

#[test]
fn attack_deep_flow_nesting_in_a_guide() {
    let guide =
        hostile_guide(|t| format!("{t}extra: {}{}\n", "[".repeat(20_000), "]".repeat(20_000)));
    let line = std::fs::read_to_string(guide.path().join("guide/guide.yaml"))
        .unwrap()
        .lines()
        .count();
    assert_refused_guide(
        guide.path(),
        "invalid-yaml",
        &format!("guide.yaml:{line}:72"),
        "nested more than 64 levels deep",
    );
}

#[test]
fn attack_deep_flow_nesting_in_a_record() {
    let text = fixture("finished-record.yaml").replace(
        "finished: true",
        &format!("finished: {}{}", "[".repeat(50_000), "]".repeat(50_000)),
    );
    let data = data_with(&format!("{CODE}.yaml"), &text);
    let data = data.path().to_str().unwrap();
    for (args, code) in [
        (&["--data-dir", data, "records"][..], 0),
        (&["--data-dir", data, "resume", CODE, "--plain"], 2),
        (&["--data-dir", data, "export", CODE], 2),
        (&["--data-dir", data, "records", "purge", "--days", "0"], 0),
    ] {
        let output = bounded(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "{CODE}.yaml::38:11 not a ruta record: nested more than 64"
            )) || stderr.contains("nested more than 64 levels deep"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn attack_deep_placeables_in_a_fluent_file() {
    let guide = hostile_guide(|t| t);
    write(
        guide.path(),
        "locales/en/deep.ftl",
        &format!("deep = {}1{}\n", "{ ".repeat(20_000), " }".repeat(20_000)),
    );
    assert_refused_guide(
        guide.path(),
        "fluent-syntax",
        "deep.ftl:1:72",
        "placeables nested more than 32 deep",
    );
}

#[test]
fn attack_ten_thousand_options_in_one_question() {
    let options: String = (0..10_000)
        .map(|i| format!("      - {{id: o{i}, label: opt-no, next: calm}}\n"))
        .collect();
    let guide =
        hostile_guide(|t| t.replacen("    options:\n", &format!("    options:\n{options}"), 1));
    assert_refused_guide(
        guide.path(),
        "too-many-options",
        "guide.yaml:135:10",
        "has 10002 options; the limit is 100",
    );
}

#[test]
fn attack_a_megabyte_long_id() {
    let guide = hostile_guide(|t| {
        t.replacen(
            "next: routine",
            &format!("next: {}", "r".repeat(1_000_000)),
            1,
        )
    });
    assert_refused_guide(
        guide.path(),
        "id-too-long",
        "guide.yaml:46:15",
        "an id of 1000000 characters; the limit is 128",
    );
}

#[test]
fn attack_thirty_thousand_unused_messages() {
    let guide = hostile_guide(|t| t);
    let unused: String = (0..30_000)
        .map(|i| format!("unused-{i} = text\n"))
        .collect();
    write(guide.path(), "locales/en/unused.ftl", &unused);
    let output = bounded(&["validate", guide.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("30000 warnings"),
        "{}",
        &stderr[stderr.len().saturating_sub(300)..]
    );
    assert!(stderr.contains("unused.ftl:30000:1"));
}

#[test]
fn attack_a_guide_of_too_many_files() {
    let guide = hostile_guide(|t| t);
    let many = guide.path().join("locales/en/many");
    std::fs::create_dir(&many).unwrap();
    for i in 0..10_001 {
        std::fs::write(many.join(format!("m{i}.ftl")), "").unwrap();
    }
    let output = bounded(&["validate", guide.path().to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[guide-too-large]"), "{stderr}");
    assert!(
        stderr.contains("the limits are 67108864 bytes and 10000 files"),
        "{stderr}"
    );
}

#[test]
fn a_record_in_a_language_the_guide_lacks_falls_back() {
    let record = fixture("finished-record.yaml")
        .replace("language: en", "language: fr")
        .replace("finished: true", "finished: false");
    let data = data_with(&format!("{CODE}.yaml"), &record);
    let output = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .env("LANG", "en_GB.UTF-8")
        .args(["--data-dir", data.path().to_str().unwrap()])
        .args(["resume", CODE, "--plain"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.contains("Recommended pathway"), "{stdout}");
    assert!(!stdout.contains("ui-"), "no message id shows:\n{stdout}");
}

#[test]
fn a_record_saved_with_a_bom_is_read() {
    let record = format!("\u{feff}{}", fixture("finished-record.yaml"));
    let data = data_with(&format!("{CODE}.yaml"), &record);
    let output = ruta(data.path(), &["export", CODE], "");
    assert!(output.status.success(), "{output:?}");
}

#[test]
fn attack_cyclic_message_references_are_refused() {
    let guide = hostile_guide(|t| t);
    write(
        guide.path(),
        "locales/en/loop.ftl",
        "loop-a = A { loop-b }\nloop-b = B { -loop-c }\n-loop-c = C { loop-a }\n",
    );
    assert_refused_guide(
        guide.path(),
        "cyclic-reference",
        "loop.ftl:1:1",
        "`loop-a` (en) refers back to itself: loop-a → loop-b → -loop-c → loop-a",
    );
}

#[test]
fn attack_the_length_limit_through_placeables() {
    let guide = hostile_guide(|t| t);
    write(
        guide.path(),
        "locales/en/long.ftl",
        &format!(
            "long-part = {}\nshort = {{ long-part }} {{ long-part }}\n",
            "x".repeat(1500)
        ),
    );
    assert_refused_guide(
        guide.path(),
        "message-too-long",
        "long.ftl:2:1",
        "message `short` (en) has 3001 characters once the messages it refers to are filled in",
    );
}

#[test]
fn attack_a_chain_of_twenty_thousand_references() {
    let guide = hostile_guide(|t| t);
    let chain: String = (0..20_000)
        .map(|i| format!("chain-{i} = x{{ chain-{} }}\n", i + 1))
        .collect();
    write(guide.path(), "locales/en/chain.ftl", &chain);
    // Walked without recursion: no stack overflow, and the filled-in length is right.
    assert_refused_guide(
        guide.path(),
        "message-too-long",
        "chain.ftl:1:1",
        "message `chain-0` (en) has 20000 characters once",
    );
}

#[test]
fn line_mode_to_a_full_disk_fails_with_a_message_not_a_panic() {
    let data = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args(["--plain", "--lang", "en", "--location", "hn", "--data-dir"])
        .arg(data.path())
        .stdin(Stdio::null())
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the output could not be written: No space left"),
        "{stderr}"
    );
}
