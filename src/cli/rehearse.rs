//! `ruta rehearse [CASE] [--reveal]` and `ruta add-case CODE --id NAME`: training with the case
//! library, and growing it from real walks.

use std::path::Path;

use ruta::engine::load::LoadedGuide;
use ruta::engine::record::Record;
use ruta::engine::rehearsal::{case_from_walk, is_case_id};
use ruta::engine::store::{Store, write_atomic};
use ruta::interview::app::App;

use super::Failure;

/// Rehearses `case` (or lets the trainee pick one) in the terminal.
pub fn rehearse(
    loaded: &LoadedGuide,
    store: &Store,
    case: Option<&str>,
    lang: Option<&str>,
    reveal: bool,
    plain: bool,
) -> Result<(), Failure> {
    let cases = loaded.cases().to_vec();
    if cases.is_empty() {
        return Err(Failure::Usage(
            "this guide has no cases in guide/cases/ to rehearse".into(),
        ));
    }
    let index = match case {
        None => None,
        Some(id) => Some(cases.iter().position(|c| c.id == id).ok_or_else(|| {
            let ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
            Failure::Usage(format!("no case `{id}`; the guide has: {}", ids.join(", ")))
        })?),
    };
    let lang = super::language(loaded, lang)?;
    let record = Record::new(loaded.guide(), loaded.hash(), &lang);
    let mut app = App::new(loaded, lang, record).rehearse(cases, index, reveal);
    let _lock = store
        .lock(&app.record.case_code)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    // Line mode too: a trainee who uses a screen reader rehearses like anyone else.
    super::interview::run_front_end(&mut app, store, plain)?;
    if let Some(reason) = &app.save_failure {
        return Err(Failure::NotSaved(format!(
            "the rehearsal was NOT saved: {reason}"
        )));
    }
    Ok(())
}

/// Writes the saved walk `code` as the new case `id` of the guide in `dir`, with placeholder
/// texts for its title, summary and vignette.
pub fn add_case(
    loaded: &LoadedGuide,
    store: &Store,
    dir: Option<&Path>,
    code: &str,
    id: &str,
) -> Result<(), Failure> {
    let dir = dir.ok_or_else(|| {
        Failure::Usage("add-case writes into a guide folder: give --guide DIR (the built-in guide cannot change)".into())
    })?;
    if !is_case_id(id) {
        return Err(Failure::Usage(format!(
            "`{id}` cannot name a case: use lowercase letters, digits and -"
        )));
    }
    let saved = store
        .load(code)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    super::interview::check_fits(loaded, &saved)?;
    let walk = saved.session().walk(loaded.guide());
    let new_case = case_from_walk(loaded, id, &walk).ok_or_else(|| {
        Failure::Usage(format!(
            "walk {code} has not reached a pathway; finish it first"
        ))
    })?;
    let case_path = dir.join("guide/cases").join(format!("{id}.yaml"));
    std::fs::create_dir_all(dir.join("guide/cases")).map_err(|e| Failure::Usage(e.to_string()))?;
    write_atomic(&case_path, new_case.yaml.as_bytes(), false)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    for (lang, texts) in new_case.texts {
        let path = dir.join("locales").join(&lang).join("cases.ftl");
        let mut existing = std::fs::read_to_string(&path).unwrap_or_default();
        existing.push_str(&texts);
        write_atomic(&path, existing.as_bytes(), true)
            .map_err(|e| Failure::Usage(e.to_string()))?;
    }
    errln!(
        "wrote {}; write its texts in locales/*/cases.ftl (case-{id}-*)",
        case_path.display()
    );
    Ok(())
}
