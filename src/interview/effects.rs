//! What the screen state asks for that touches the disk: saving the interview after every
//! change, and writing referral notes and debriefs. Shared by the terminal and the line mode.

use crate::engine::record::{Export, now_utc};
use crate::engine::report::{Format, debrief, referral_note};
use crate::engine::store::Store;

use super::app::{App, Request};

/// After a key: carries out what the screen state asked for, then saves if anything changed, so
/// the next screen is drawn only once its answers are on disk.
pub fn carry_out(app: &mut App<'_>, store: &Store) {
    match app.request.take() {
        Some(Request::ExportNote(languages)) => export(app, store, &languages),
        Some(Request::ExportDebrief) => export_debrief(app, store),
        None => {}
    }
    if app.dirty {
        save(app, store);
    }
}

/// Saves the record; if it cannot, records why in `save_failure` (a banner that stays until a
/// save succeeds) and leaves a notice too.
pub fn save(app: &mut App<'_>, store: &Store) {
    app.record.updated = now_utc();
    match store.save(&app.record) {
        Ok(_) => {
            app.dirty = false;
            app.save_failure = None;
        }
        Err(error) => {
            app.save_failure = Some(error.to_string());
            app.notice = Some(("ui-save-failed".into(), error.to_string()));
        }
    }
}

/// Writes the referral note in Markdown and plain text, in each of `languages`; records the
/// export with the result it states, and marks the notes written before it as superseded.
fn export(app: &mut App<'_>, store: &Store, languages: &[String]) {
    let mut written = Vec::new();
    for lang in languages {
        let stem = format!("{}-{lang}", app.record.case_code);
        for format in [Format::Markdown, Format::Text] {
            let Some(text) = referral_note(app.loaded, &app.record, lang, format) else {
                return;
            };
            match store.write_note_unique(&stem, format.extension(), &text) {
                Ok(path) => written.push(path),
                Err(error) => {
                    app.notice = Some(("ui-save-failed".into(), error.to_string()));
                    return;
                }
            }
        }
    }
    let names: Vec<String> = written
        .iter()
        .filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
        .collect();
    if let Some(previous) = app.record.exports.last() {
        let mut args = fluent::FluentArgs::new();
        args.set("files", names.join(", "));
        let line = app
            .loaded
            .ui()
            .format(&app.lang, "ui-note-superseded", Some(&args));
        for file in &previous.files {
            // The older note stays (it may have been handed over), but says it is not current.
            if let Err(error) = store.prepend_to_note(file, &line) {
                app.notice = Some(("ui-save-failed".into(), error.to_string()));
            }
        }
    }
    app.record.exports.push(Export {
        files: names,
        pathways: app.pathway_ids(),
        at: now_utc(),
    });
    app.dirty = true;
    let shown: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    app.notice = Some(("ui-note-exported".into(), shown.join(", ")));
}

/// Writes the rehearsal's debrief (Markdown) in the interview's language.
fn export_debrief(app: &mut App<'_>, store: &Store) {
    let Some(case) = app.rehearsal.as_ref().and_then(|r| r.case()) else {
        return;
    };
    let Some(text) = debrief(app.loaded, case, &app.record, &app.lang) else {
        return;
    };
    let stem = format!("debrief-{}-{}", case.id, app.lang);
    app.notice = Some(match store.write_note_unique(&stem, "md", &text) {
        Ok(path) => ("ui-debrief-exported".into(), path.display().to_string()),
        Err(error) => ("ui-save-failed".into(), error.to_string()),
    });
}
