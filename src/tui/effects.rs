//! What the screen state asks for that touches the disk: saving the interview after every
//! change, and writing referral notes. Shared by the terminal and the plain line mode.

use crate::engine::note::{NoteFormat, referral_note};
use crate::engine::record::now_utc;
use crate::engine::store::Store;

use super::app::App;

/// Saves the record, or leaves a notice saying it could not be saved.
pub fn save(app: &mut App<'_>, store: &Store) {
    app.record.updated = now_utc();
    match store.save(&app.record) {
        Ok(_) => app.dirty = false,
        Err(error) => app.notice = Some(("ui-save-failed".into(), error.to_string())),
    }
}

/// Writes the referral note in Markdown and plain text, in the interview's language, under a
/// name that is not taken yet.
pub fn export(app: &mut App<'_>, store: &Store) {
    let mut written = Vec::new();
    for format in [NoteFormat::Markdown, NoteFormat::Text] {
        let Some(text) = referral_note(app.loaded, &app.record, &app.lang, format) else {
            return;
        };
        let result = (1..100).find_map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            let name = format!(
                "{}-{}{suffix}.{}",
                app.record.case_code,
                app.lang,
                format.extension()
            );
            store.write_note(&name, &text).ok()
        });
        match result {
            Some(path) => written.push(path.display().to_string()),
            None => {
                app.notice = Some(("ui-save-failed".into(), store.root().display().to_string()));
                return;
            }
        }
    }
    app.notice = Some(("ui-note-exported".into(), written.join(", ")));
}

/// Writes the rehearsal's debrief (Markdown), under a name that is not taken yet.
pub fn export_debrief(app: &mut App<'_>, store: &Store) {
    let Some(case) = app.rehearsal.as_ref().and_then(|r| r.case()) else {
        return;
    };
    let Some(text) = crate::engine::note::debrief(app.loaded, case, &app.record, &app.lang) else {
        return;
    };
    let written = (1..100).find_map(|n| {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let name = format!("debrief-{}-{}{suffix}.md", case.id, app.lang);
        store.write_note(&name, &text).ok()
    });
    app.notice = Some(match written {
        Some(path) => ("ui-note-exported".into(), path.display().to_string()),
        None => ("ui-save-failed".into(), store.root().display().to_string()),
    });
}
