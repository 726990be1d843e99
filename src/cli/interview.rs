//! `ruta interview`: the interactive interview in the terminal.

use std::io::IsTerminal;

use ruta::engine::load::LoadedGuide;
use ruta::tui::app::App;
use ruta::tui::terminal;
use ruta::tui::theme::Theme;

use super::Failure;

/// Runs an interview of `loaded`, starting in `lang` if given.
pub fn run(loaded: &LoadedGuide, lang: Option<&str>) -> Result<(), Failure> {
    let lang = super::language(loaded, lang)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Usage(
            "the interview needs a terminal; run ruta in one".into(),
        ));
    }
    let theme = Theme::from_env(std::env::var("NO_COLOR").ok().as_deref());
    let mut app = App::new(loaded, lang);
    terminal::run(&mut app, theme).map_err(Failure::Io)
}
