//! `ruta interview` and `ruta resume CODE`: the interview in the terminal, saved after every
//! answer.

use std::io::IsTerminal;

use ruta::engine::load::LoadedGuide;
use ruta::engine::lock::CaseLock;
use ruta::engine::record::Record;
use ruta::engine::store::Store;
use ruta::interview::app::App;
use ruta::line;
use ruta::tui::terminal;
use ruta::tui::theme::Theme;

use super::Failure;

/// Starts a new interview of `loaded`.
pub fn start(
    loaded: &LoadedGuide,
    store: &Store,
    lang: Option<&str>,
    location: Option<&str>,
    plain: bool,
) -> Result<(), Failure> {
    let lang = super::language(loaded, lang)?;
    let mut record = Record::new(loaded.guide(), loaded.hash(), &lang);
    record.location = location.map(|id| check_location(loaded, id)).transpose()?;
    run(loaded, store, record, lang, plain, None)
}

/// Continues the saved interview `code`, refusing if the guide changed so that its answers no
/// longer fit.
pub fn resume(
    loaded: &LoadedGuide,
    store: &Store,
    code: &str,
    lang: Option<&str>,
    plain: bool,
) -> Result<(), Failure> {
    // Held before reading, so what is read is what no one else is changing.
    let lock = store
        .lock(code)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let record = store
        .load(code)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    check_fits(loaded, &record)?;
    // A record in a language this guide lacks (edited, or from another guide version) falls
    // back as a new interview would, rather than showing message ids.
    let lang = match lang {
        None if loaded.guide().languages.contains(&record.language) => record.language.clone(),
        _ => super::language(loaded, lang)?,
    };
    run(loaded, store, record, lang, plain, Some(lock))
}

/// Refuses a record made with another guide, or whose answers this guide cannot take.
pub fn check_fits(loaded: &LoadedGuide, record: &Record) -> Result<(), Failure> {
    let guide = loaded.guide();
    if record.guide_id != guide.id {
        return Err(Failure::Usage(format!(
            "interview {} was made with guide `{}`, not `{}`; resume it with that guide (--guide)",
            record.case_code, record.guide_id, guide.id
        )));
    }
    let misfits = record.misfits(guide);
    if !misfits.is_empty() {
        let list: Vec<String> = misfits
            .iter()
            .map(|a| {
                let given = match (&a.option, a.marked.is_empty()) {
                    (Some(option), _) => option.clone(),
                    (None, false) => format!("[{}]", a.marked.join(", ")),
                    (None, true) => "(read)".to_owned(),
                };
                format!("  {} = {given}", a.node)
            })
            .collect();
        return Err(Failure::Usage(format!(
            "interview {} cannot be resumed: the guide changed ({} → {}) and these answers no longer fit:\n{}\nresume it with the guide version it was made with",
            record.case_code,
            record.guide_version,
            guide.version,
            list.join("\n")
        )));
    }
    Ok(())
}

fn check_location(loaded: &LoadedGuide, id: &str) -> Result<String, Failure> {
    if loaded.directory().find_place(id).is_some() {
        return Ok(id.to_owned());
    }
    let known: Vec<&str> = loaded
        .directory()
        .places
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    Err(Failure::Usage(format!(
        "the directory has no location `{id}`; it has: {}",
        known.join(", ")
    )))
}

fn run(
    loaded: &LoadedGuide,
    store: &Store,
    record: Record,
    lang: String,
    plain: bool,
    lock: Option<CaseLock>,
) -> Result<(), Failure> {
    let mut app = App::new(loaded, lang, record);
    // Refuse at once, before a single question, if nothing can be kept.
    ruta::interview::effects::save(&mut app, store);
    if let Some(reason) = &app.save_failure {
        return Err(Failure::NotSaved(format!(
            "interviews cannot be saved: {reason}\nnothing was started; give a folder ruta can write with --data-dir"
        )));
    }
    // A new case is locked once it exists (no one else can know its fresh code before).
    let _lock = match lock {
        Some(lock) => lock,
        None => store
            .lock(&app.record.case_code)
            .map_err(|e| Failure::Usage(e.to_string()))?,
    };
    // A new interview without --location starts by asking for the place, in either front end.
    if app.record.answers.is_empty() {
        app = app.ask_location();
    }
    run_front_end(&mut app, store, plain)?;
    goodbye(&app)
}

/// Runs `app` in line mode when asked, and wherever a full-screen interface cannot work (no
/// terminal on either side, or `TERM=dumb`); otherwise full screen.
pub fn run_front_end(app: &mut App<'_>, store: &Store, plain: bool) -> Result<(), Failure> {
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    if plain || dumb || !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        line::run(
            app,
            store,
            std::io::stdin().lock(),
            super::output::CleanLines::new(std::io::stdout().lock()),
        )
        // Line mode's output is a file or a pipe as often as a terminal (a full disk).
        .map_err(|e| Failure::Output(e.to_string()))
    } else {
        let theme = Theme::from_env(std::env::var("NO_COLOR").ok().as_deref());
        terminal::run(app, theme, store)
            .map(|_| ())
            .map_err(Failure::Io)
    }
}

/// Says how the interview was left, on standard error: saved (and how to continue), finished,
/// or — if the last save failed — not saved, with a failing exit. Never "saved" unless it was.
pub fn goodbye(app: &App<'_>) -> Result<(), Failure> {
    let mut args = fluent::FluentArgs::new();
    args.set("code", app.record.case_code.clone());
    if let Some(reason) = &app.save_failure {
        args.set("detail", reason.clone());
        return Err(Failure::NotSaved(app.loaded.ui().format(
            &app.lang,
            "ui-goodbye-not-saved",
            Some(&args),
        )));
    }
    let goodbye = match app.record.state(app.loaded.guide()) {
        ruta::engine::record::State::Closed(_) => "ui-goodbye-finished",
        _ => "ui-goodbye-saved",
    };
    errln!(
        "{}",
        app.loaded.ui().format(&app.lang, goodbye, Some(&args))
    );
    Ok(())
}
