//! `ruta stats`: anonymous statistics of closed interviews, as rows, counts or a DHIS2
//! `dataValueSets` payload. Never the case code, notes or free text (see engine::stats).

use std::path::Path;

use ruta::engine::load::LoadedGuide;
use ruta::engine::source::SourceFile;
use ruta::engine::stats::{self, By, Mapping};
use ruta::engine::store::Store;

use super::Failure;

/// Output formats of rows and counts.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated, with a header.
    Csv,
    /// One JSON object a line.
    Jsonl,
}

/// What `ruta stats` was asked.
pub struct Request<'a> {
    /// Only interviews closed on or after this day (`YYYY-MM-DD`).
    pub since: Option<&'a str>,
    /// Rows and counts format.
    pub format: Format,
    /// Group counts by these (`month`, `place`); `None` prints rows.
    pub by: Option<&'a [String]>,
    /// A DHIS2 mapping file: print a `dataValueSets` payload instead.
    pub dhis2: Option<&'a Path>,
}

fn is_day(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Prints the statistics `request` asks for.
pub fn run(loaded: &LoadedGuide, store: &Store, request: &Request<'_>) -> Result<(), Failure> {
    if let Some(since) = request.since.filter(|s| !is_day(s)) {
        return Err(Failure::Usage(format!(
            "--since takes a day as YYYY-MM-DD, not `{since}`"
        )));
    }
    let (records, broken) = store.records().map_err(|e| Failure::Usage(e.to_string()))?;
    if !broken.is_empty() {
        eprintln!("note: {} unreadable record(s) left out", broken.len());
    }
    let found = stats::rows(loaded, &records, request.since);
    if found.other_guide > 0 {
        eprintln!(
            "note: {} closed interview(s) made with another guide or version left out; run ruta stats --guide DIR with that guide",
            found.other_guide
        );
    }
    if let Some(path) = request.dhis2 {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))?;
        let file = SourceFile {
            relative: path.display().to_string(),
            display: path.display().to_string(),
            text,
        };
        let mapping = Mapping::parse(&file).map_err(|diagnostics| {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            Failure::Findings("the DHIS2 mapping cannot be used".into())
        })?;
        let set = stats::dhis2(&found.rows, &mapping);
        for missing in &set.unmapped {
            eprintln!("note: not in the mapping, left out: {missing}");
        }
        println!(
            "{}",
            serde_json::to_string_pretty(&set.json).unwrap_or_default()
        );
        return Ok(());
    }
    match request.by {
        None => print!(
            "{}",
            match request.format {
                Format::Csv => stats::to_csv(&found.rows),
                Format::Jsonl => stats::to_jsonl(&found.rows),
            }
        ),
        Some(keys) => {
            let mut by = By::default();
            for key in keys {
                match key.as_str() {
                    "month" => by.month = true,
                    "place" => by.place = true,
                    other => {
                        return Err(Failure::Usage(format!(
                            "--by takes month and place, not `{other}`"
                        )));
                    }
                }
            }
            let counts = stats::counts(&found.rows, by);
            match request.format {
                Format::Csv => print!("{}", stats::counts_csv(&counts, by)),
                Format::Jsonl => {
                    for count in &counts {
                        println!("{}", serde_json::to_string(count).unwrap_or_default());
                    }
                }
            }
        }
    }
    Ok(())
}
