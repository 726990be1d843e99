//! `ruta validate [DIR]`: every finding about a guide, like rustc prints them, or as JSON lines.

use ruta::engine::diagnostic::{Diagnostic, Severity};
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
pub fn run(guide: &GuideArgs, deny_warnings: bool, format: Format) -> Result<(), Failure> {
    let sources = guide.sources()?;
    let validation = validate(&sources);
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
    })
    .to_string()
}
