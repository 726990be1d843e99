//! `ruta interview`: the interactive interview in the terminal.

use std::io::IsTerminal;

use ruta::engine::i18n::choose_language;
use ruta::engine::load::LoadedGuide;
use ruta::tui::app::App;
use ruta::tui::terminal;
use ruta::tui::theme::Theme;

use super::Failure;

/// Runs an interview of `loaded`, starting in `lang` if given.
pub fn run(loaded: &LoadedGuide, lang: Option<&str>) -> Result<(), Failure> {
    let languages = &loaded.guide.languages;
    if let Some(lang) = lang.filter(|l| !languages.iter().any(|known| known == l)) {
        return Err(Failure::Usage(format!(
            "this guide has no language `{lang}`; it has: {}",
            languages.join(", ")
        )));
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Usage(
            "the interview needs a terminal; run ruta in one".into(),
        ));
    }
    let environment = ["LC_ALL", "LC_MESSAGES", "LANG"].map(|name| std::env::var(name).ok());
    let lang = choose_language(lang, &environment, languages);
    let theme = Theme::from_env(std::env::var("NO_COLOR").ok().as_deref());
    let mut app = App::new(loaded, lang);
    terminal::run(&mut app, theme).map_err(Failure::Io)
}
