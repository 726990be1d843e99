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

use ruta::engine::case::Case;
use ruta::engine::guide::{Guide, NodeKind, OptionSet};
use ruta::engine::load::{LoadedGuide, load};
use ruta::engine::record::{CloseReason, Closure, Record};
use ruta::engine::session::{Answer, Pathways, Position, Session, Walk};
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
    run(Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args(["xlsform", "--out"])
        .arg(&xlsx));
    to_xform(tools, &xlsx)
}

/// Exports `loaded` as `<name>.xlsx` in `dir` and converts it; returns the XForm's path.
fn convert_guide(tools: &Tools, dir: &Path, loaded: &LoadedGuide, name: &str) -> PathBuf {
    let xlsx = dir.join(format!("{name}.xlsx"));
    let form = xlsform::build(loaded).unwrap();
    std::fs::write(&xlsx, xlsform::to_bytes(&form).unwrap()).unwrap();
    to_xform(tools, &xlsx)
}

/// Converts `xlsx` with pyxform and ODK Validate, which must accept it without a warning;
/// returns the XForm's path.
fn to_xform(tools: &Tools, xlsx: &Path) -> PathBuf {
    let xml = xlsx.with_extension("xml");
    let output = Command::new(&tools.xls2xform)
        .args(["--json", "--odk_validate"])
        .arg(xlsx)
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

/// An answer as the form's value: the option, or a checklist's options space-separated as
/// ODK stores a select_multiple.
fn answer_value(answer: &Answer) -> String {
    let ids: Vec<&str> = answer
        .option
        .iter()
        .chain(&answer.marked)
        .map(String::as_str)
        .collect();
    ids.join(" ")
}

/// An answer as a cell of Walk.java's input: `question=value`.
fn answer_cell(answer: &Answer) -> String {
    format!("{}={}", answer.node, answer_value(answer))
}

/// What Walk.java must print for a complete walk in the language of `column`: the pathways,
/// urgency and flags ruta computes, and the first question's text.
fn expected_line(loaded: &LoadedGuide, id: &str, lang: &str, walk: &Walk) -> String {
    let guide = loaded.guide();
    let pathways = Pathways::of(guide, walk).unwrap();
    let flags: Vec<&str> = walk
        .flags
        .iter()
        .map(|f| guide.flag(*f).id.as_str())
        .collect();
    let NodeKind::Question(start) = &guide.node(guide.start).kind else {
        panic!("the guide starts with a question");
    };
    format!(
        "{id}\t{}\tdone\t{}\t{}\t{}\t{}",
        xlsform::language_column(loaded, lang),
        pathways.ids(guide).join(" "),
        pathways.urgency.keyword(),
        flags.join(" "),
        loaded
            .texts()
            .text(lang, start.text.as_str())
            .replace('\n', " ")
    )
}

/// Every complete walk of `guide`: every option of each question, every set a practitioner
/// can mark on each checklist, interruptions acted on and infos read.
fn every_walk(guide: &Guide) -> Vec<Session> {
    let mut done = Vec::new();
    let mut stack = vec![Session::new()];
    while let Some(mut session) = stack.pop() {
        match session.walk(guide).position {
            Position::Outcome(_) => done.push(session),
            Position::Info(_) | Position::Interruption(_) => {
                session.acknowledge(guide);
                stack.push(session);
            }
            Position::Question(node) => {
                let NodeKind::Question(q) = &guide.node(node).kind else {
                    unreachable!()
                };
                for bits in 1u32..1 << q.options.len() {
                    let set: OptionSet = (0..q.options.len())
                        .filter(|i| bits & (1 << i) != 0)
                        .collect();
                    if q.accepts(set).is_ok() {
                        let mut next = session.clone();
                        next.answer(guide, set).unwrap();
                        stack.push(next);
                    }
                }
            }
        }
    }
    done
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
        let place = &places[i % places.len()].id;
        let answers: Vec<String> = case.answers.iter().map(answer_cell).collect();
        for lang in &guide.languages {
            let column = xlsform::language_column(loaded, lang);
            tsv.push_str(&format!(
                "{}\t{column}\t{place}\t{}\n",
                case.id,
                answers.join("\t")
            ));
            expected.push(expected_line(loaded, &case.id, lang, &run.walk));
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
    round_trip(&tools, &classes, &xml, dir.path(), loaded, case);
}

/// Sends the walk of `case` as a closed interview's submission, loads it into the form `xml`
/// with JavaRosa, and checks that the form recomputes from its answers the result ruta wrote.
fn round_trip(
    tools: &Tools,
    classes: &Path,
    xml: &Path,
    dir: &Path,
    loaded: &LoadedGuide,
    case: &Case,
) {
    let guide = loaded.guide();
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
    let file = dir.join(format!("{}.submission.xml", case.id));
    std::fs::write(&file, &sent).unwrap();

    let fields = java(tools, classes, &[Path::new("load"), xml, &file]);
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
            assert_eq!(value(&answer.node), answer_value(answer));
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

/// The checklist fixture, and a variant where the order of what one checklist raises is a
/// trap: two options interrupt with two outcomes of the same urgency (so the order reached
/// decides the order of `pathways`), two raise the same interruption, and flags shared by
/// options come in another order depending on what is marked.
fn checklist_guides() -> Vec<(&'static str, LoadedGuide)> {
    let base = SourceSet::from_dir(&common::fixture("valid/checklist")).unwrap();
    let yaml = base.get("guide/guide.yaml").unwrap().text.clone();
    let edits = [
        (
            "        label: opt-crying\n        flags: [distress]\n",
            "        label: opt-crying\n        flags: [distress, alone]\n",
        ),
        (
            "        label: opt-alone-signs\n        flags: [alone]\n",
            "        label: opt-alone-signs\n        flags: [alone]\n        interrupt: follow_up\n      - id: hurt_again\n        label: opt-injury\n        flags: [distress]\n        interrupt: urgent\n",
        ),
        (
            "    urgency: within_week\n    primary: [protection]\n",
            "    urgency: immediate\n    primary: [protection]\n",
        ),
    ];
    let mut variant = yaml.clone();
    for (old, new) in edits {
        assert!(variant.contains(old), "the fixture has no {old:?}");
        variant = variant.replacen(old, new, 1);
    }
    let variant = load(&base.clone().overlaid(SourceSet::from_files([(
        "guide/guide.yaml".to_owned(),
        variant,
    )])))
    .unwrap();
    vec![
        ("checklist", common::load_fixture("valid/checklist")),
        ("checklist-orders", variant),
    ]
}

#[test]
fn javarosa_walks_every_set_a_checklist_can_take_to_the_result_ruta_computes() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let classes = compile(&tools, dir.path());
    for (name, loaded) in checklist_guides() {
        let guide = loaded.guide();
        let xml = convert_guide(&tools, dir.path(), &loaded, name);
        let place = &loaded.directory().places[0].id;
        let (mut tsv, mut expected) = (String::new(), Vec::new());
        let (mut several, mut alone) = (0, 0);
        for (i, session) in every_walk(guide).iter().enumerate() {
            let walk = session.walk(guide);
            let answers: Vec<&Answer> = session.answers.iter().filter(|a| !a.is_read()).collect();
            several += usize::from(answers.iter().any(|a| a.marked.len() > 1));
            alone += usize::from(answers.iter().any(|a| {
                a.marked.len() == 1
                    && guide.find(&a.node).is_some_and(|n| matches!(&guide.node(n).kind,
                        NodeKind::Question(q) if q.options.iter().any(|o| o.exclusive && o.id == a.marked[0])))
            }));
            let cells: Vec<String> = answers.iter().map(|a| answer_cell(a)).collect();
            for lang in &guide.languages {
                let id = format!("walk-{i}");
                let column = xlsform::language_column(&loaded, lang);
                tsv.push_str(&format!("{id}\t{column}\t{place}\t{}\n", cells.join("\t")));
                expected.push(expected_line(&loaded, &id, lang, &walk));
            }
        }
        // The exclusive option with another: refused by the constraint, with its message.
        for lang in &guide.languages {
            let column = xlsform::language_column(&loaded, lang);
            tsv.push_str(&format!(
                "refused\t{column}\t{place}\tdanger=no\tsigns=crying none\n"
            ));
        }
        let cases = dir.path().join(format!("{name}.tsv"));
        std::fs::write(&cases, tsv).unwrap();
        let output = java(&tools, &classes, &[Path::new("walk"), &xml, &cases]);
        let got: Vec<&str> = output.lines().collect();
        let walks = expected.len();
        assert_eq!(got.len(), walks + guide.languages.len(), "{output}");
        let differ: Vec<String> = expected
            .iter()
            .zip(&got)
            .filter(|(e, g)| e.as_str() != **g)
            .map(|(e, g)| format!("ruta:      {e}\njavarosa:  {g}"))
            .collect();
        assert!(differ.is_empty(), "{name}:\n{}", differ.join("\n"));
        for (lang, line) in guide.languages.iter().zip(&got[walks..]) {
            let words = ruta::engine::report::Words::new(&loaded, lang);
            let message = words.ui_with(
                "ui-plain-marked-alone",
                &[(
                    "detail",
                    format!(
                        "«{}»",
                        words.text(&ruta::engine::guide::MessageId("opt-none-seen".into()))
                    ),
                )],
            );
            assert_eq!(
                line.split('\t').nth(2),
                Some(format!("constraint:signs=crying none:{message}").as_str()),
                "{line}"
            );
        }
        assert!(
            several > 0 && alone > 0,
            "{name}: {several} walks mark several options, {alone} the exclusive one"
        );
        println!(
            "JavaRosa: {name}: all {walks} walks ({} × {} languages) match ruta, {} of them with several options marked and {} with the exclusive one; the exclusive option with another is refused with its message",
            walks / guide.languages.len(),
            guide.languages.len(),
            several,
            alone
        );
    }
}

#[test]
fn javarosa_loads_a_submission_with_a_checklist_and_computes_its_result() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let classes = compile(&tools, dir.path());
    let loaded = common::load_fixture("valid/checklist");
    let xml = convert_guide(&tools, dir.path(), &loaded, "checklist");
    // `signs` marks two options on the checklist.
    let case = loaded.cases().iter().find(|c| c.id == "signs").unwrap();
    assert!(case.answers.iter().any(|a| a.marked.len() == 2));
    round_trip(&tools, &classes, &xml, dir.path(), &loaded, case);
}
