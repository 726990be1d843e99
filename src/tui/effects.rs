//! What the screen state asks for that touches the disk: saving the interview after every
//! change, and writing referral notes and debriefs. Shared by the terminal and the line mode.

use crate::engine::note::{NoteFormat, debrief, referral_note};
use crate::engine::record::now_utc;
use crate::engine::store::Store;

use super::app::{App, Request};

/// After a key: carries out what the screen state asked for, then saves if anything changed, so
/// the next screen is drawn only once its answers are on disk.
pub fn carry_out(app: &mut App<'_>, store: &Store) {
    match app.request.take() {
        Some(Request::ExportNote) => export(app, store),
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

/// Writes the referral note in Markdown and plain text, in the interview's language.
fn export(app: &mut App<'_>, store: &Store) {
    let stem = format!("{}-{}", app.record.case_code, app.lang);
    let mut written = Vec::new();
    for format in [NoteFormat::Markdown, NoteFormat::Text] {
        let Some(text) = referral_note(app.loaded, &app.record, &app.lang, format) else {
            return;
        };
        match store.write_note_unique(&stem, format.extension(), &text) {
            Ok(path) => written.push(path.display().to_string()),
            Err(error) => {
                app.notice = Some(("ui-save-failed".into(), error.to_string()));
                return;
            }
        }
    }
    app.notice = Some(("ui-note-exported".into(), written.join(", ")));
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
        Ok(path) => ("ui-note-exported".into(), path.display().to_string()),
        Err(error) => ("ui-save-failed".into(), error.to_string()),
    });
}
