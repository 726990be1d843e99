//! `ruta xlsform`: the form's shape, and the refusal of a guide with errors. Whether ODK's
//! tools accept the form and walk it like ruta is `tests/odk.rs`.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

use ruta::engine::guide::NodeKind;
use ruta::engine::xlsform::{self, RowType};

#[test]
fn a_guide_with_a_missing_translation_is_refused_before_export() {
    let guide = common::materialize("invalid", "missing-message");
    let out = tempfile::tempdir().unwrap();
    let xlsx = out.path().join("form.xlsx");
    let output = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .arg("xlsform")
        .arg(guide.path())
        .arg("--out")
        .arg(&xlsx)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[missing-message]"), "{stderr}");
    assert!(stderr.contains("the guide cannot be used"), "{stderr}");
    assert!(!xlsx.exists(), "no form may be written for a broken guide");
}

#[test]
fn the_bundled_guide_exports_every_question_in_walk_order_in_both_languages() {
    let loaded = common::load_embedded();
    let guide = loaded.guide();
    let form = xlsform::build(&loaded).unwrap();
    assert_eq!(form.languages, ["Español (es)", "English (en)"]);
    assert_eq!(form.settings.default_language, "Español (es)");
    assert_eq!(form.settings.id, guide.id);
    assert_eq!(form.settings.version, guide.version);
    assert_eq!(form.survey[0].name, xlsform::PLACE);

    let position = |name: &str| form.survey.iter().position(|r| r.name == name);
    for node in guide.node_ids() {
        let n = guide.node(node);
        let NodeKind::Question(q) = &n.kind else {
            continue;
        };
        let row = form.row(&n.id).unwrap();
        if q.is_checklist() {
            assert_eq!(row.kind, RowType::SelectMultiple(n.id.clone()));
        } else {
            assert_eq!(row.kind, RowType::SelectOne(n.id.clone()));
            assert_eq!(row.constraint, "");
        }
        assert_eq!(row.relevant, format!("${{r_{}}}=1", n.id));
        assert!(row.label.iter().all(|l| !l.is_empty()), "{}", n.id);
        assert_ne!(row.label[0], row.label[1], "{} is not translated", n.id);
        assert_eq!(q.guidance.is_some(), !row.guidance.is_empty(), "{}", n.id);
        let options: Vec<&str> = form
            .choices
            .iter()
            .filter(|c| c.list == n.id)
            .map(|c| c.name.as_str())
            .collect();
        let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(options, ids);
        // Topological: a question comes after every question that leads to it.
        for option in &q.options {
            if let (Some(here), Some(there)) =
                (position(&n.id), position(&guide.node(option.next).id))
            {
                assert!(
                    here < there,
                    "{} must come before {}",
                    n.id,
                    guide.node(option.next).id
                );
            }
        }
    }
    for name in [xlsform::PATHWAYS, xlsform::URGENCY, xlsform::FLAGS] {
        assert_eq!(form.row(name).unwrap().kind, RowType::Calculate);
    }
    for flag in &guide.flags {
        let row = form.row(&format!("flag_{}", flag.id)).unwrap();
        assert_eq!(row.calculation, format!("if(${{fi_{}}}>0, 1, 0)", flag.id));
    }
    let bytes = xlsform::to_bytes(&form).unwrap();
    assert_eq!(&bytes[..2], b"PK", "an xlsx is a zip file");
}

#[test]
fn an_interrupting_answer_shows_a_note_group_and_the_form_goes_on() {
    let loaded = common::load_embedded();
    let guide = loaded.guide();
    let form = xlsform::build(&loaded).unwrap();
    let (question, outcome) = guide
        .node_ids()
        .find_map(|n| Some((n, guide.interrupts(n).next()?)))
        .expect("the bundled guide has an interruption");
    let name = format!("int_{}_{}", guide.node(question).id, guide.node(outcome).id);
    let at = form.survey.iter().position(|r| r.name == name).unwrap();
    let group = &form.survey[at];
    assert_eq!(group.kind, RowType::BeginGroup);
    assert_eq!(group.appearance, "field-list");
    assert!(
        group
            .relevant
            .starts_with(&format!("${{ii_{}}}=", guide.node(outcome).id))
    );
    // The group closes, and questions follow it.
    let end = form.survey[at..]
        .iter()
        .position(|r| r.kind == RowType::EndGroup && r.name == name)
        .unwrap();
    assert!(
        form.survey[at + end..]
            .iter()
            .any(|r| matches!(r.kind, RowType::SelectOne(_) | RowType::SelectMultiple(_)))
    );
}

#[test]
fn a_checklist_is_a_select_multiple_whose_none_option_stays_alone() {
    let loaded = common::load_fixture("valid/checklist");
    let form = xlsform::build(&loaded).unwrap();
    let row = form.row("signs").unwrap();
    assert_eq!(row.kind, RowType::SelectMultiple("signs".into()));
    assert_eq!(row.kind.keyword(), "select_multiple signs");
    assert!(row.required);
    assert_eq!(row.relevant, "${r_signs}=1");
    assert_eq!(
        row.constraint,
        "not(selected(., 'none') and count-selected(.)>1)"
    );
    assert_eq!(
        row.constraint_message,
        [
            "La opción «Ninguna de estas» se marca sola, no junto con otras opciones.",
            "Option «None of these» is marked alone, not with other options."
        ]
    );
    let options: Vec<&str> = form
        .choices
        .iter()
        .filter(|c| c.list == "signs")
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(options, ["crying", "injury", "alone_signs", "none"]);
    // A question that takes one option has no constraint.
    assert_eq!(form.row("company").unwrap().constraint, "");

    let calculation = |name: &str| form.row(name).unwrap().calculation.clone();
    // Answered, the checklist goes on to its one `next`, whatever is marked.
    assert_eq!(
        calculation("r_by_signs"),
        "if((${r_signs}=1 and ${signs}!=''), 1, 0)"
    );
    // Its options raise flags and interrupt through `selected`, as a select_multiple must.
    assert_eq!(
        calculation("fi_distress"),
        "if(${r_signs}=1 and selected(${signs}, 'crying'), 4, 0)"
    );
    assert_eq!(
        calculation("fi_alone"),
        "if(${r_signs}=1 and selected(${signs}, 'alone_signs'), 4, if(${r_company}=1 and ${company}='alone', 6, 0))"
    );
    assert_eq!(
        calculation("ii_urgent"),
        "if(${r_signs}=1 and selected(${signs}, 'injury'), 4, 0)"
    );
    assert_eq!(
        calculation("b_by_signs"),
        "if(if((${r_signs}=1 and selected(${signs}, 'crying')), 1, 0)=1, 0, 1)"
    );
    assert!(
        calculation(xlsform::FLAGS)
            .contains("if(${fi_alone}=4 and selected(${signs}, 'alone_signs'), ' alone', '')"),
        "{}",
        calculation(xlsform::FLAGS)
    );
    // The interruption's notes follow the checklist.
    let at = |name: &str| form.survey.iter().position(|r| r.name == name).unwrap();
    assert!(at("signs") < at("int_signs_urgent") && at("int_signs_urgent") < at("company"));

    // The workbook carries the constraint and its message in every language.
    let bytes = xlsform::to_bytes(&form).unwrap();
    assert_eq!(&bytes[..2], b"PK");
}

#[test]
fn a_checklist_answer_is_submitted_space_separated() {
    use ruta::engine::record::{CloseReason, Closure, Record};
    let loaded = common::load_fixture("valid/checklist");
    let guide = loaded.guide();
    let case = loaded.cases().iter().find(|c| c.id == "signs").unwrap();
    let mut record = Record::new(guide, loaded.hash(), "en");
    record.location = Some("town".into());
    record.answers = case.session(guide).answers;
    record.closed = Some(Closure {
        reason: CloseReason::Completed,
        at: record.updated.clone(),
    });
    let xml = xlsform::submission::submission(&loaded, &record).unwrap();
    assert!(
        xml.contains(
            "  <danger>no</danger>\n  <signs>crying alone_signs</signs>\n  <pathways>follow_up</pathways>\n  <urgency>within_24h</urgency>\n  <flags>distress alone</flags>\n"
        ),
        "{xml}"
    );
}

/// Saves an interview of the bundled guide that follows `case`, closed or not, in `data`.
fn saved_interview(data: &std::path::Path, case: &str, closed: bool) -> (String, String) {
    use ruta::engine::record::{CloseReason, Closure, Record};
    let validation = ruta::engine::validate::validate(&ruta::engine::source::SourceSet::embedded());
    let loaded = validation.loaded.as_ref().unwrap();
    let case = loaded.cases().iter().find(|c| c.id == case).unwrap();
    let mut record = Record::new(loaded.guide(), loaded.hash(), "en");
    record.location = Some("hn".into());
    record.answers = case.session(loaded.guide()).answers;
    record
        .notes
        .insert(case.answers[0].node.clone(), "NOTE-TEXT".into());
    if closed {
        record.closed = Some(Closure {
            reason: CloseReason::Completed,
            at: record.updated.clone(),
        });
    }
    let store = ruta::engine::store::Store::open(Some(data)).unwrap();
    store.save(&record).unwrap();
    let id = ruta::engine::xlsform::submission::instance_id(&loaded.guide().id, &record.case_code);
    (record.case_code, id)
}

/// `ruta export CODE --format odk-xml` over the data folder `data`.
fn export_odk_xml(data: &std::path::Path, code: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ruta"))
        .arg("--data-dir")
        .arg(data)
        .args(["export", code, "--format", "odk-xml"])
        .output()
        .unwrap()
}

#[test]
fn a_closed_interview_exports_as_an_odk_submission() {
    let data = tempfile::tempdir().unwrap();
    let (code, instance) = saved_interview(data.path(), "kevin-16-threat", true);
    let output = export_odk_xml(data.path(), &code);
    let xml = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let version = ruta::engine::load::load(&ruta::engine::source::SourceSet::embedded())
        .unwrap()
        .guide()
        .version
        .clone();
    assert!(xml.starts_with(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data id=\"hn-returned-children\" version=\"{version}\">\n  <place>hn</place>\n  <private_space>yes</private_space>\n"
    )), "{xml}");
    assert!(
        xml.contains("  <threat_type>recruitment</threat_type>\n"),
        "{xml}"
    );
    assert!(xml.ends_with(&format!(
        "  <meta>\n    <instanceID>{instance}</instanceID>\n  </meta>\n</data>\n"
    )));
    assert!(
        instance.starts_with("uuid:") && instance.len() == 41,
        "{instance}"
    );
    assert_eq!(&instance[19..20], "8", "a version 8 UUID: {instance}");
    for tag in ["pathways", "urgency", "flags"] {
        assert_eq!(xml.matches(&format!("<{tag}>")).count(), 1, "{xml}");
    }
    assert!(!xml.contains(&code) && !xml.contains("NOTE-TEXT"), "{xml}");
}

#[test]
fn an_open_interview_is_not_exported_as_a_submission() {
    let data = tempfile::tempdir().unwrap();
    let (code, _) = saved_interview(data.path(), "kevin-16-threat", false);
    let output = export_odk_xml(data.path(), &code);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "error: interview {code}: the interview is not closed; close it (x) before sending it\n"
        )
    );
    assert!(output.stdout.is_empty());
}
