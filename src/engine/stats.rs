//! Anonymous statistics of closed interviews: one row per interview, counts by month and
//! place, and DHIS2 `dataValueSets` from a mapping of ruta ids to DHIS2 ids.
//!
//! A row holds the guide (id, version, hash), the place, the language, the day the interview
//! was closed (never the time), how it was closed, the age band (the `age_*` flag raised), the
//! pathways, the urgency and the flags. Never the case code, the notes, the answers or any free
//! text. Only interviews made with the loaded guide (same hash) count: their result is the one
//! that guide computes; others are counted aside, to be run with `--guide` for their version.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::diagnostic::Diagnostic;
use super::load::LoadedGuide;
use super::record::Record;
use super::session::Pathways;
use super::source::SourceFile;

/// One closed interview, anonymous.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The guide's id.
    pub guide_id: String,
    /// The guide's version.
    pub guide_version: String,
    /// The hash of the guide's files.
    pub guide_hash: String,
    /// The directory place, if one was chosen.
    pub place: Option<String>,
    /// The language of the interview.
    pub language: String,
    /// The day it was closed (`YYYY-MM-DD`, UTC).
    pub day: String,
    /// How it was closed: completed, taken_for_care, handed_over.
    pub closed: String,
    /// The `age_*` flag raised first, if any.
    pub age_band: Option<String>,
    /// Outcome ids, most urgent first (only the interruptions when closed before the end).
    pub pathways: Vec<String>,
    /// The urgency keyword, if any pathway was reached.
    pub urgency: Option<String>,
    /// Flag ids, in the order raised.
    pub flags: Vec<String>,
}

/// The rows, and how many closed interviews were left out and why.
#[derive(Debug, Default)]
pub struct Rows {
    /// One per closed interview of this guide, oldest first.
    pub rows: Vec<Row>,
    /// Closed interviews made with another guide or version.
    pub other_guide: usize,
}

/// The anonymous rows of the closed interviews in `records` made with `loaded`, closed on or
/// after `since` (`YYYY-MM-DD`). Rehearsals are not interviews and never count.
pub fn rows(loaded: &LoadedGuide, records: &[Record], since: Option<&str>) -> Rows {
    let guide = loaded.guide();
    let mut out = Rows::default();
    for record in records.iter().filter(|r| r.rehearsed_case.is_none()) {
        let Some(closure) = &record.closed else {
            continue;
        };
        let day: String = closure.at.chars().take(10).collect();
        if since.is_some_and(|since| day.as_str() < since) {
            continue;
        }
        if record.guide_hash != loaded.hash() || record.guide_id != guide.id {
            out.other_guide += 1;
            continue;
        }
        let walk = record.session().walk(guide);
        let pathways = Pathways::of(guide, &walk);
        let flags: Vec<String> = walk
            .flags
            .iter()
            .map(|f| guide.flag(*f).id.clone())
            .collect();
        let reason = serde_json::to_value(closure.reason)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        out.rows.push(Row {
            guide_id: record.guide_id.clone(),
            guide_version: record.guide_version.clone(),
            guide_hash: record.guide_hash.clone(),
            place: record.location.clone(),
            language: record.language.clone(),
            day,
            closed: reason,
            age_band: flags.iter().find(|f| f.starts_with("age_")).cloned(),
            pathways: pathways.as_ref().map(|p| p.ids(guide)).unwrap_or_default(),
            urgency: pathways.map(|p| p.urgency.keyword().to_owned()),
            flags,
        });
    }
    out.rows.sort_by(|a, b| a.day.cmp(&b.day));
    out
}

/// The columns of [`to_csv`].
pub const CSV_HEADER: &str =
    "guide_id,guide_version,guide_hash,place,language,day,closed,age_band,pathways,urgency,flags";

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The rows as CSV, lists space-separated.
pub fn to_csv(rows: &[Row]) -> String {
    let mut out = format!("{CSV_HEADER}\n");
    for r in rows {
        let cells = [
            r.guide_id.as_str(),
            &r.guide_version,
            &r.guide_hash,
            r.place.as_deref().unwrap_or(""),
            &r.language,
            &r.day,
            &r.closed,
            r.age_band.as_deref().unwrap_or(""),
            &r.pathways.join(" "),
            r.urgency.as_deref().unwrap_or(""),
            &r.flags.join(" "),
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        let _ = writeln!(out, "{}", line.join(","));
    }
    out
}

/// The rows as JSON Lines.
pub fn to_jsonl(rows: &[Row]) -> String {
    rows.iter()
        .filter_map(|r| serde_json::to_string(r).ok())
        .map(|line| line + "\n")
        .collect()
}

/// What counts are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct By {
    /// By month (`YYYY-MM`).
    pub month: bool,
    /// By place.
    pub place: bool,
}

/// One count: in a month and place (when grouped by them), how many interviews had `measure`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Count {
    /// `YYYY-MM`, when grouped by month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<String>,
    /// The place id (empty when none was chosen), when grouped by place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// `interviews`, `pathway:<outcome>`, `urgency:<keyword>`, `flag:<flag>` or
    /// `age_band:<flag>`.
    pub measure: String,
    /// How many interviews.
    pub count: u64,
}

/// Counts of interviews, pathways, urgencies, flags and age bands, grouped by `by`.
pub fn counts(rows: &[Row], by: By) -> Vec<Count> {
    let mut counts: BTreeMap<(Option<String>, Option<String>, String), u64> = BTreeMap::new();
    for r in rows {
        let month = by.month.then(|| r.day.chars().take(7).collect::<String>());
        let place = by.place.then(|| r.place.clone().unwrap_or_default());
        let mut measures = vec!["interviews".to_owned()];
        measures.extend(r.pathways.iter().map(|p| format!("pathway:{p}")));
        measures.extend(r.urgency.iter().map(|u| format!("urgency:{u}")));
        measures.extend(r.flags.iter().map(|f| format!("flag:{f}")));
        measures.extend(r.age_band.iter().map(|a| format!("age_band:{a}")));
        for measure in measures {
            *counts
                .entry((month.clone(), place.clone(), measure))
                .or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|((month, place, measure), count)| Count {
            month,
            place,
            measure,
            count,
        })
        .collect()
}

/// The counts as CSV.
pub fn counts_csv(counts: &[Count], by: By) -> String {
    let mut header = Vec::new();
    if by.month {
        header.push("month");
    }
    if by.place {
        header.push("place");
    }
    header.extend(["measure", "count"]);
    let mut out = header.join(",") + "\n";
    for c in counts {
        let mut cells: Vec<String> = Vec::new();
        cells.extend(c.month.iter().map(|m| csv_field(m)));
        cells.extend(c.place.iter().map(|p| csv_field(p)));
        cells.push(csv_field(&c.measure));
        cells.push(c.count.to_string());
        let _ = writeln!(out, "{}", cells.join(","));
    }
    out
}

/// A DHIS2 data element and category option combo.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The data element's UID.
    pub data_element: String,
    /// The category option combo's UID (DHIS2's default when absent).
    #[serde(default)]
    pub category_option_combo: Option<String>,
}

/// A mapping of ruta ids to DHIS2 ids (`docs/dhis2-mapping.example.yaml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The data set's UID.
    pub data_set: String,
    /// Org unit UIDs by ruta place id.
    pub org_units: BTreeMap<String, String>,
    /// Targets by measure (`interviews`, `pathway:<outcome>`, `urgency:<keyword>`,
    /// `flag:<flag>`, `age_band:<flag>`).
    pub data_elements: BTreeMap<String, Target>,
}

impl Mapping {
    /// Reads a mapping file (through the one YAML module, with its positions).
    pub fn parse(file: &SourceFile) -> Result<Self, Vec<Diagnostic>> {
        super::yaml::parse(file)
    }
}

/// A DHIS2 `dataValueSets` payload, and what the mapping left out.
#[derive(Debug)]
pub struct DataValueSet {
    /// The JSON to `POST /api/dataValueSets`.
    pub json: serde_json::Value,
    /// Measures with counts but no data element, and places with no org unit.
    pub unmapped: Vec<String>,
}

/// Monthly counts by place as a DHIS2 `dataValueSets` payload: one data value per month, org
/// unit and mapped measure; period `YYYYMM`.
pub fn dhis2(rows: &[Row], mapping: &Mapping) -> DataValueSet {
    let by = By {
        month: true,
        place: true,
    };
    let mut values = Vec::new();
    let mut unmapped = Vec::new();
    for c in counts(rows, by) {
        let place = c.place.unwrap_or_default();
        let Some(org_unit) = mapping.org_units.get(&place) else {
            let missing = format!("place `{place}`");
            if !unmapped.contains(&missing) {
                unmapped.push(missing);
            }
            continue;
        };
        let Some(target) = mapping.data_elements.get(&c.measure) else {
            let missing = format!("measure `{}`", c.measure);
            if !unmapped.contains(&missing) {
                unmapped.push(missing);
            }
            continue;
        };
        let mut value = serde_json::json!({
            "dataElement": target.data_element,
            "period": c.month.unwrap_or_default().replace('-', ""),
            "orgUnit": org_unit,
            "value": c.count.to_string(),
        });
        if let (Some(coc), Some(map)) = (&target.category_option_combo, value.as_object_mut()) {
            map.insert("categoryOptionCombo".into(), coc.clone().into());
        }
        values.push(value);
    }
    DataValueSet {
        json: serde_json::json!({ "dataSet": mapping.data_set, "dataValues": values }),
        unmapped,
    }
}
