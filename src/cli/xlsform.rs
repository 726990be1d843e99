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
        .filter(|r| {
            matches!(
                r.kind,
                xlsform::RowType::SelectOne(_) | xlsform::RowType::SelectMultiple(_)
            )
        })
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

/// `ruta export CODE --format odk-xml`: the closed interview as a submission of the exported
/// form, on standard output or in a new file.
pub fn submission(
    loaded: &ruta::engine::load::LoadedGuide,
    store: &ruta::engine::store::Store,
    code: &str,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let record = store
        .load(code)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let xml = xlsform::submission::submission(loaded, &record)
        .map_err(|e| Failure::Usage(format!("interview {code}: {e}")))?;
    match out {
        None => print!("{xml}"),
        Some(path) => {
            ruta::engine::store::write_atomic(path, xml.as_bytes(), false)
                .map_err(|e| Failure::Usage(e.to_string()))?;
            eprintln!("wrote {}", path.display());
        }
    }
    Ok(())
}
