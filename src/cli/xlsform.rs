//! `ruta xlsform [DIR] --out FILE.xlsx`: the guide as an XLSForm for ODK Central, ODK Collect
//! and KoboToolbox. Only a guide without errors is exported (the checks run first: pyxform
//! would silently show a missing translation as "-").

use std::path::Path;

use ruta::engine::xlsform;

use super::{Failure, GuideArgs};

/// Writes the XLSForm of the guide to `out`.
pub fn run(guide: &GuideArgs, out: &Path) -> Result<(), Failure> {
    let loaded = guide.load()?;
    let form = xlsform::build(&loaded).map_err(|e| Failure::Findings(e.to_string()))?;
    let bytes = xlsform::to_bytes(&form).map_err(|e| Failure::Findings(e.to_string()))?;
    // The form holds no interview data: it is rewritten on every export, like a build output.
    std::fs::write(out, &bytes)
        .map_err(|e| Failure::Usage(format!("cannot write {}: {e}", out.display())))?;
    let questions = form
        .survey
        .iter()
        .filter(|r| matches!(r.kind, xlsform::RowType::SelectOne(_)))
        .count();
    println!(
        "{}: {} {} as XLSForm, {} survey rows ({questions} questions), {} choices, languages {}",
        out.display(),
        form.settings.id,
        form.settings.version,
        form.survey.len(),
        form.choices.len(),
        form.languages.join(", ")
    );
    Ok(())
}
