//! `ruta interview`: the interactive interview in the terminal.

use std::io::IsTerminal;

use ruta::engine::load::LoadedGuide;
use ruta::tui::app::App;
use ruta::tui::terminal;
use ruta::tui::theme::Theme;

use super::Failure;

/// Runs an interview of `loaded`, starting in `lang` if given.
pub fn run(
    loaded: &LoadedGuide,
    lang: Option<&str>,
    location: Option<&str>,
) -> Result<(), Failure> {
    let lang = super::language(loaded, lang)?;
    let place = match location {
        None => None,
        Some(id) => Some(loaded.directory.find_place(id).ok_or_else(|| {
            let known: Vec<&str> = loaded
                .directory
                .places
                .iter()
                .map(|p| p.id.as_str())
                .collect();
            Failure::Usage(format!(
                "the directory has no location `{id}`; it has: {}",
                known.join(", ")
            ))
        })?),
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Usage(
            "the interview needs a terminal; run ruta in one".into(),
        ));
    }
    let theme = Theme::from_env(std::env::var("NO_COLOR").ok().as_deref());
    let mut app = App::new(loaded, lang);
    app.place = place;
    terminal::run(&mut app, theme).map_err(Failure::Io)
}
