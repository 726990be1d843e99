//! `ruta validate [DIR]`: every finding about a guide, like rustc prints them, or as JSON lines,
//! and the safety properties proven over every walk.

use std::path::Path;

use ruta::engine::diagnostic::{Diagnostic, Severity};
use ruta::engine::guide::Guide;
use ruta::engine::safety::Proof;
use ruta::engine::validate::validate;

use super::{Failure, GuideArgs};

/// How findings are printed.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// rustc-style messages with the source line, on standard error.
    Human,
    /// One JSON object per finding, one per line, on standard output.
    Json,
}

/// Validates the guide and prints its findings; fails on errors (or warnings, if denied).
/// With `counterexamples`, writes each broken safety property's shortest walk there as a case.
pub fn run(
    guide: &GuideArgs,
    deny_warnings: bool,
    format: Format,
    counterexamples: Option<&Path>,
) -> Result<(), Failure> {
    let sources = guide.sources()?;
    let validation = validate(&sources);
    if let (Some(dir), Some(proof), Some(loaded)) =
        (counterexamples, &validation.safety, &validation.loaded)
    {
        write_counterexamples(dir, proof, loaded.guide())?;
    }
    match format {
        Format::Human => {
            for diagnostic in &validation.diagnostics {
                errln!("{diagnostic}");
            }
        }
        Format::Json => {
            for diagnostic in &validation.diagnostics {
                outln!("{}", json(diagnostic));
            }
        }
    }
    if let Some(proof) = &validation.safety {
        let proved = proof.proved.len();
        match format {
            Format::Human if proved > 0 => println!(
                "proved {proved} safety propert{} over every walk",
                if proved == 1 { "y" } else { "ies" }
            ),
            Format::Human => {}
            Format::Json => println!(
                "{}",
                serde_json::json!({
                    "safety": {
                        "proved": proof.proved,
                        "violated": proof.counterexamples.iter().map(|c| &c.property).collect::<Vec<_>>(),
                        "states": proof.states,
                    }
                })
            ),
        }
    }
    let errors = validation.count(Severity::Error);
    let cases = validation.loaded.as_ref().map_or(0, |l| l.cases().len());
    let warnings = validation.count(Severity::Warning);
    let summary = format!(
        "{errors} error{}, {warnings} warning{}; {} case file{}",
        plural(errors),
        plural(warnings),
        cases,
        plural(cases)
    );
    if errors > 0 || (deny_warnings && warnings > 0) {
        Err(Failure::Findings(summary))
    } else {
        errln!(
            "{}: {summary}",
            if warnings > 0 {
                "valid, with warnings"
            } else {
                "valid"
            }
        );
        Ok(())
    }
}

/// Writes `DIR/<property>.yaml` for each counterexample, creating DIR if needed.
fn write_counterexamples(dir: &Path, proof: &Proof, guide: &Guide) -> Result<(), Failure> {
    let fail = |e: std::io::Error| Failure::Usage(format!("{}: {e}", dir.display()));
    std::fs::create_dir_all(dir).map_err(fail)?;
    for counterexample in &proof.counterexamples {
        let Some(property) = proof
            .properties
            .iter()
            .find(|p| p.id == counterexample.property)
        else {
            continue;
        };
        let path = dir.join(format!("{}.yaml", property.id));
        std::fs::write(&path, counterexample.case_file(guide, property)).map_err(fail)?;
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A finding as one JSON object with stable fields.
fn json(d: &Diagnostic) -> String {
    let location = d.location.as_ref();
    serde_json::json!({
        "severity": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
        "code": d.code.as_str(),
        "message": d.message,
        "file": location.map(|l| l.file.as_str()),
        "line": location.map(|l| l.line),
        "column": location.map(|l| l.column),
        "help": d.help,
        "notes": d.notes,
    })
    .to_string()
}
