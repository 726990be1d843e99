//! `ruta records`, `ruta records purge --days N` and `ruta export CODE`: interviews' records.

use std::path::Path;

use ruta::engine::load::LoadedGuide;
use ruta::engine::record::State;
use ruta::engine::record::now_utc;
use ruta::engine::record::parse_rfc3339;
use ruta::engine::report::{Format, referral_note};
use ruta::engine::store::{Store, write_atomic};

use super::Failure;

/// Lists interviews, newest first, each with its state on `loaded` (the guide it would resume
/// on); with `open`, only those that are not closed.
pub fn list(loaded: &LoadedGuide, store: &Store, open: bool) -> Result<(), Failure> {
    let (records, broken) = store.records().map_err(|e| Failure::Usage(e.to_string()))?;
    let guide = loaded.guide();
    let shown: Vec<_> = records
        .iter()
        .map(|r| (r, r.state(guide)))
        .filter(|(_, state)| !open || !matches!(state, State::Closed(_)))
        .collect();
    if shown.is_empty() {
        let what = if open {
            "open interviews"
        } else {
            "interviews"
        };
        outln!("no {what} in {}", store.root().display());
    }
    for (r, state) in shown {
        let kind = if r.rehearsed_case.is_some() {
            "  (rehearsal)"
        } else {
            ""
        };
        outln!(
            "{}  {:<11}  {}  {} {}  {} answers{kind}",
            r.case_code,
            state.keyword(),
            r.updated,
            r.guide_id,
            r.guide_version,
            r.answers.len()
        );
    }
    for error in broken {
        errln!("warning: {error}");
    }
    Ok(())
}

/// Deletes closed interviews older than `days` days, with their notes.
pub fn purge(store: &Store, days: u64) -> Result<(), Failure> {
    let now = parse_rfc3339(&now_utc()).unwrap_or(0);
    let purge = store
        .purge(days, now)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    outln!(
        "deleted {} closed interview(s) older than {days} day(s), {} of their note(s), {} leftover temporary file(s)",
        purge.removed.len(),
        purge.notes,
        purge.leftovers
    );
    for code in purge.removed {
        outln!("  {code}");
    }
    for error in purge.unreadable {
        errln!("warning: kept, cannot be read: {error}");
    }
    for code in purge.open {
        errln!("kept {code}: it is open in a ruta right now");
    }
    Ok(())
}

/// Prints (or writes to `out`, never replacing a file) the referral note of interview `code`.
pub fn export(
    loaded: &LoadedGuide,
    store: &Store,
    code: &str,
    lang: Option<&str>,
    format: Format,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let record = store
        .load(code)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    super::interview::check_fits(loaded, &record)?;
    let languages = &loaded.guide().languages;
    let lang = lang.unwrap_or(if languages.contains(&record.language) {
        &record.language
    } else {
        &languages[0]
    });
    let text = referral_note(loaded, &record, lang, format).ok_or_else(|| {
        Failure::Usage(format!(
            "interview {code} has not reached a pathway yet; resume it first"
        ))
    })?;
    // Notes carry values from the record: cleaned on every way out.
    let text = ruta::engine::i18n::clean(&text);
    match out {
        None => out!("{text}"),
        Some(path) => {
            write_atomic(path, text.as_bytes(), false)
                .map_err(|e| Failure::Usage(e.to_string()))?;
            errln!("wrote {}", path.display());
        }
    }
    Ok(())
}
