//! `ruta stats`: anonymous rows, counts, and the DHIS2 payload, from a data folder of saved
//! interviews.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

use ruta::engine::record::{CloseReason, Closure, Record};
use ruta::engine::source::SourceSet;
use ruta::engine::store::Store;
use ruta::engine::validate::validate;

/// Saves an interview following `case`; returns its case code.
fn save(
    data: &Path,
    case: &str,
    place: &str,
    closed: Option<&str>,
    tweak: impl Fn(&mut Record),
) -> String {
    let validation = validate(&SourceSet::embedded());
    let loaded = validation.loaded.as_ref().unwrap();
    let case = loaded.cases().iter().find(|c| c.id == case).unwrap();
    let mut record = Record::new(loaded.guide(), loaded.hash(), "es");
    record.location = Some(place.into());
    record.answers = case.session(loaded.guide()).answers;
    record
        .notes
        .insert(case.answers[0].node.clone(), "NOTE-TEXT".into());
    record.closed = closed.map(|at| Closure {
        reason: CloseReason::Completed,
        at: at.into(),
    });
    tweak(&mut record);
    Store::open(Some(data)).unwrap().save(&record).unwrap();
    record.case_code
}

fn ruta(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ruta"))
        .arg("--data-dir")
        .arg(data)
        .arg("stats")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Two closed interviews (Nov and Dec), plus an open one, a rehearsal and one of another guide
/// version, none of which count.
fn data_folder() -> (tempfile::TempDir, Vec<String>) {
    let data = tempfile::tempdir().unwrap();
    let codes = vec![
        save(
            data.path(),
            "kevin-16-threat",
            "hn",
            Some("2026-11-15T10:20:30Z"),
            |_| {},
        ),
        save(
            data.path(),
            "valeria-1-in-arms",
            "sv",
            Some("2026-12-01T08:00:00Z"),
            |_| {},
        ),
        save(data.path(), "kevin-16-threat", "hn", None, |_| {}),
        save(
            data.path(),
            "kevin-16-threat",
            "hn",
            Some("2026-11-20T10:00:00Z"),
            |r| {
                r.rehearsed_case = Some("kevin-16-threat".into());
            },
        ),
        save(
            data.path(),
            "kevin-16-threat",
            "hn",
            Some("2026-11-21T10:00:00Z"),
            |r| {
                r.guide_hash = "another".into();
            },
        ),
    ];
    (data, codes)
}

#[test]
fn rows_are_one_per_closed_interview_and_anonymous() {
    let (data, codes) = data_folder();
    let output = ruta(data.path(), &[]);
    let csv = stdout(&output);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "guide_id,guide_version,guide_hash,place,language,day,closed,age_band,pathways,urgency,flags"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    let kevin: Vec<&str> = lines[1].split(',').collect();
    let bundled = ruta::engine::load::load(&ruta::engine::source::SourceSet::embedded()).unwrap();
    assert_eq!(
        kevin[0..2],
        ["hn-returned-children", bundled.guide().version.as_str()]
    );
    assert_eq!(
        kevin[3..8],
        ["hn", "es", "2026-11-15", "completed", "age_12_17"]
    );
    assert!(kevin[8].contains("threat_displacement"), "{}", lines[1]);
    assert_eq!(lines[2].split(',').nth(5), Some("2026-12-01"));
    for code in &codes {
        assert!(!csv.contains(code.as_str()));
    }
    assert!(!csv.contains("NOTE-TEXT") && !csv.contains("10:20"));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "note: 1 closed interview(s) made with another guide or version left out; run ruta stats --guide DIR with that guide\n"
    );

    let jsonl = stdout(&ruta(
        data.path(),
        &["--format", "jsonl", "--since", "2026-12-01"],
    ));
    assert_eq!(jsonl.lines().count(), 1, "{jsonl}");
    let row: serde_json::Value = serde_json::from_str(jsonl.trim()).unwrap();
    // The line keeps the struct's order (serde_json's map would sort the keys).
    assert!(
        jsonl.starts_with(r#"{"guide_id":"hn-returned-children","guide_version":""#),
        "{jsonl}"
    );
    let mut keys: Vec<&str> = row
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "age_band",
            "closed",
            "day",
            "flags",
            "guide_hash",
            "guide_id",
            "guide_version",
            "language",
            "pathways",
            "place",
            "urgency"
        ]
    );
    assert_eq!(row["place"], "sv");
    assert_eq!(row["age_band"], "age_0_5");
    assert!(row["pathways"].is_array() && row["flags"].is_array());
}

#[test]
fn counts_by_month_and_place() {
    let (data, _) = data_folder();
    let csv = stdout(&ruta(data.path(), &["--by", "month,place"]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "month,place,measure,count");
    for line in [
        "2026-11,hn,interviews,1",
        "2026-11,hn,age_band:age_12_17,1",
        "2026-11,hn,flag:threat_at_origin,1",
        "2026-12,sv,interviews,1",
        "2026-12,sv,age_band:age_0_5,1",
    ] {
        assert!(lines.contains(&line), "no `{line}` in:\n{csv}");
    }
    let by_place = stdout(&ruta(data.path(), &["--by", "place", "--format", "jsonl"]));
    assert!(
        by_place.contains(r#"{"place":"hn","measure":"interviews","count":1}"#),
        "{by_place}"
    );
    let bad = ruta(data.path(), &["--by", "week"]);
    assert_eq!(bad.status.code(), Some(2));
    let bad = ruta(data.path(), &["--since", "1 Dec"]);
    assert_eq!(
        String::from_utf8_lossy(&bad.stderr),
        "error: --since takes a day as YYYY-MM-DD, not `1 Dec`\n"
    );
}

#[test]
fn dhis2_data_value_sets_follow_the_mapping() {
    let (data, _) = data_folder();
    let mapping = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/dhis2-mapping.example.yaml");
    let output = ruta(data.path(), &["--dhis2", mapping.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["dataSet"], "RutaMonthly1");
    let values = json["dataValues"].as_array().unwrap();
    assert!(values.contains(&serde_json::json!({
        "dataElement": "RutaIntervw", "period": "202611", "orgUnit": "HnCountry01", "value": "1"
    })));
    assert!(values.contains(&serde_json::json!({
        "dataElement": "RutaAgeBand", "categoryOptionCombo": "AgeBand0to5",
        "period": "202612", "orgUnit": "SvCountry01", "value": "1"
    })));
    for value in values {
        let mut keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert!(
            keys == ["dataElement", "orgUnit", "period", "value"]
                || keys
                    == [
                        "categoryOptionCombo",
                        "dataElement",
                        "orgUnit",
                        "period",
                        "value"
                    ],
            "{value}"
        );
        assert!(value["value"].is_string());
    }
    // Flags the example does not map are named, not sent.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("note: not in the mapping, left out: measure `flag:"),
        "{stderr}"
    );

    let broken = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        broken.path(),
        "data_set: X\norg_units: {}\ndata_elemnts: {}\n",
    )
    .unwrap();
    let output = ruta(data.path(), &["--dhis2", broken.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("data_elemnts") && stderr.contains("the DHIS2 mapping cannot be used"),
        "{stderr}"
    );
}
