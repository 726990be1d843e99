//! Proof against the real form engine: the bundled guide, exported by `ruta xlsform`, is
//! converted by pyxform with ODK Validate, and every case file that `ruta test` passes is
//! walked through JavaRosa (the engine inside ODK Collect) by `tests/javarosa/Walk.java`, in
//! every language of the guide. The form must compute the same `pathways`, `urgency` and
//! `flags` as ruta.
//!
//! The tools come from `.ci/run`: a virtual environment with pyxform (whose ODK Validate jar
//! holds JavaRosa) in `target/odk-venv` (or `RUTA_ODK_VENV`), and a JDK. Without them the test
//! says so and passes, unless `RUTA_REQUIRE_ODK=1` (set by CI), where it fails.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use ruta::engine::guide::NodeKind;
use ruta::engine::record::{CloseReason, Closure, Record};
use ruta::engine::session::Pathways;
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;
use ruta::engine::xlsform::{self, submission};

/// Where the ODK tools are, or why the test cannot run.
struct Tools {
    xls2xform: PathBuf,
    jar: PathBuf,
}

fn tools() -> Option<Tools> {
    let required = std::env::var("RUTA_REQUIRE_ODK").is_ok_and(|v| v == "1");
    let venv = std::env::var_os("RUTA_ODK_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/odk-venv"));
    let xls2xform = venv.join("bin/xls2xform");
    let jar = std::fs::read_dir(venv.join("lib"))
        .ok()
        .and_then(|mut dirs| dirs.next())
        .and_then(Result::ok)
        .map(|python| {
            python
                .path()
                .join("site-packages/pyxform/validators/odk_validate/bin/ODK_Validate.jar")
        });
    let java = ["java", "javac"].iter().all(|tool| {
        Command::new(tool)
            .arg("-version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let missing = match (&jar, xls2xform.exists(), java) {
        (_, false, _) => format!("no pyxform in {}", venv.display()),
        (None, _, _) => "no ODK Validate jar in the venv".to_owned(),
        (Some(jar), _, _) if !jar.exists() => format!("no {}", jar.display()),
        (_, _, false) => "no java/javac on PATH".to_owned(),
        (Some(jar), true, true) => {
            return Some(Tools {
                xls2xform,
                jar: jar.clone(),
            });
        }
    };
    assert!(
        !required,
        "RUTA_REQUIRE_ODK=1 but the ODK tools are missing: {missing}"
    );
    println!(
        "SKIPPED: {missing}; run .ci/run (or python3 -m venv target/odk-venv && target/odk-venv/bin/pip install pyxform==4.5.0) to run it"
    );
    None
}

fn run(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Exports the bundled guide with the binary and converts it; returns the XForm's path.
fn convert(tools: &Tools, dir: &Path) -> PathBuf {
    let xlsx = dir.join("form.xlsx");
    let xml = dir.join("form.xml");
    run(Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args(["xlsform", "--out"])
        .arg(&xlsx));
    let output = Command::new(&tools.xls2xform)
        .args(["--json", "--odk_validate"])
        .arg(&xlsx)
        .arg(&xml)
        .output()
        .unwrap();
    // pyxform prints its JSON report on standard error.
    let report = String::from_utf8_lossy(&output.stderr);
    let report: serde_json::Value = serde_json::from_str(report.trim())
        .unwrap_or_else(|e| panic!("pyxform's report is not JSON ({e}): {report}"));
    assert_eq!(report["code"], 100, "pyxform: {report}");
    assert_eq!(report["warnings"], serde_json::json!([]), "pyxform warns");
    xml
}

fn compile(tools: &Tools, dir: &Path) -> PathBuf {
    let classes = dir.join("classes");
    run(Command::new("javac")
        .arg("-cp")
        .arg(&tools.jar)
        .arg("-d")
        .arg(&classes)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/javarosa/Walk.java")));
    classes
}

fn java(tools: &Tools, classes: &Path, args: &[&Path]) -> String {
    let classpath = format!("{}:{}", tools.jar.display(), classes.display());
    run(Command::new("java")
        .args(["-cp", &classpath, "Walk"])
        .args(args))
}

#[test]
fn javarosa_walks_every_case_to_the_result_ruta_computes() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let xml = convert(&tools, dir.path());
    let converted = started.elapsed();
    let classes = compile(&tools, dir.path());
    let compiled = started.elapsed();

    let validation = validate(&SourceSet::embedded());
    let loaded = validation.loaded.as_ref().unwrap();
    let guide = loaded.guide();
    let places = &loaded.directory().places;
    let mut tsv = String::new();
    let mut expected = Vec::new();
    let mut incomplete = Vec::new();
    for (i, case) in loaded.cases().iter().enumerate() {
        let run = case.run(guide);
        if run.failure.is_some() {
            incomplete.push(case.id.clone());
            continue;
        }
        let pathways = Pathways::of(guide, &run.walk).unwrap();
        let flags: Vec<&str> = run
            .walk
            .flags
            .iter()
            .map(|f| guide.flag(*f).id.as_str())
            .collect();
        let place = &places[i % places.len()].id;
        let answers: Vec<String> = case
            .answers
            .iter()
            .map(|a| format!("{}={}", a.node, a.option.as_deref().unwrap()))
            .collect();
        for lang in &guide.languages {
            let column = xlsform::language_column(loaded, lang);
            tsv.push_str(&format!(
                "{}\t{column}\t{place}\t{}\n",
                case.id,
                answers.join("\t")
            ));
            let NodeKind::Question(start) = &guide.node(guide.start).kind else {
                panic!("the bundled guide starts with a question");
            };
            expected.push(format!(
                "{}\t{column}\tdone\t{}\t{}\t{}\t{}",
                case.id,
                pathways.ids(guide).join(" "),
                pathways.urgency.keyword(),
                flags.join(" "),
                loaded
                    .texts()
                    .text(lang, start.text.as_str())
                    .replace('\n', " ")
            ));
        }
    }
    let cases = dir.path().join("cases.tsv");
    std::fs::write(&cases, tsv).unwrap();
    let output = java(&tools, &classes, &[Path::new("walk"), &xml, &cases]);
    println!(
        "timings: export and pyxform + ODK Validate {:.1} s, javac {:.1} s, JavaRosa walks {:.1} s",
        converted.as_secs_f64(),
        (compiled - converted).as_secs_f64(),
        (started.elapsed() - compiled).as_secs_f64()
    );
    let got: Vec<&str> = output.lines().collect();
    assert_eq!(got.len(), expected.len(), "one line per walk:\n{output}");
    let differ: Vec<String> = expected
        .iter()
        .zip(&got)
        .filter(|(e, g)| e.as_str() != **g)
        .map(|(e, g)| format!("ruta:      {e}\njavarosa:  {g}"))
        .collect();
    println!(
        "JavaRosa: {} of {} walks ({} cases × {} languages) match ruta; {} incomplete case(s) not walked: {}",
        expected.len() - differ.len(),
        expected.len(),
        expected.len() / guide.languages.len(),
        guide.languages.len(),
        incomplete.len(),
        incomplete.join(", ")
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    assert!(
        expected.len() >= 2 * 30,
        "too few cases walked: {}",
        expected.len()
    );
}

#[test]
fn javarosa_loads_a_submission_and_computes_the_result_it_carries() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let xml = convert(&tools, dir.path());
    let classes = compile(&tools, dir.path());
    let validation = validate(&SourceSet::embedded());
    let loaded = validation.loaded.as_ref().unwrap();
    let guide = loaded.guide();
    // The passing case with the most to carry: an interruption if any has one, then the most
    // flags.
    let case = loaded
        .cases()
        .iter()
        .filter_map(|c| {
            let run = c.run(guide);
            run.failure.is_none().then_some((
                (!run.walk.interruptions.is_empty(), run.walk.flags.len()),
                c,
            ))
        })
        .max_by_key(|(weight, _)| *weight)
        .map(|(_, c)| c)
        .expect("a passing case");
    let mut record = Record::new(guide, loaded.hash(), "es");
    record.location = Some(loaded.directory().places[0].id.clone());
    record.answers = case.session(guide).answers;
    record
        .notes
        .insert(case.answers[0].node.clone(), "a private note".into());
    record.closed = Some(Closure {
        reason: CloseReason::Completed,
        at: record.updated.clone(),
    });
    let sent = submission::submission(loaded, &record).unwrap();
    let file = dir.path().join("submission.xml");
    std::fs::write(&file, &sent).unwrap();

    let fields = java(&tools, &classes, &[Path::new("load"), &xml, &file]);
    let value = |name: &str| {
        fields
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}=")))
            .unwrap_or_else(|| panic!("no {name} in the loaded instance:\n{fields}"))
    };
    assert_eq!(
        value("walk"),
        "done",
        "the answers walk the form to its end"
    );
    // What JavaRosa computes from the answers equals what ruta wrote into the submission.
    let walk = record.session().walk(guide);
    let pathways = Pathways::of(guide, &walk).unwrap();
    assert_eq!(value("pathways"), pathways.ids(guide).join(" "));
    assert_eq!(value("urgency"), pathways.urgency.keyword());
    let flags: Vec<&str> = walk
        .flags
        .iter()
        .map(|f| guide.flag(*f).id.as_str())
        .collect();
    assert_eq!(value("flags"), flags.join(" "));
    for tag in ["pathways", "urgency", "flags"] {
        assert!(
            sent.contains(&format!("<{tag}>{}</{tag}>", value(tag))),
            "{sent}"
        );
    }
    for answer in &case.answers {
        if walk
            .steps
            .iter()
            .any(|s| guide.node(s.node).id == answer.node)
        {
            assert_eq!(value(&answer.node), answer.option.as_deref().unwrap());
        }
    }
    assert_eq!(value("place"), loaded.directory().places[0].id);
    assert_eq!(
        value("submitted/instanceID"),
        submission::instance_id(&guide.id, &record.case_code)
    );
    assert!(!fields.contains(&record.case_code) && !fields.contains("a private note"));
    println!(
        "JavaRosa loaded the submission of {} ({} fields) and recomputed: {} / {} / {}",
        case.id,
        fields.lines().count(),
        value("pathways"),
        value("urgency"),
        value("flags")
    );
}
