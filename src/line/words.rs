//! What a line typed in line mode asks for: the keys of the full screen, spelled as words in
//! English or Spanish, with their numbers.

/// One line of input, understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// An empty line: go on (Enter).
    Enter,
    /// A number: that option, place, reason or answer (1-based as typed).
    Number(usize),
    /// Several numbers (`1 3 5`, or `1,3,5`): the options marked on a checklist.
    Numbers(Vec<usize>),
    /// `back`.
    Back,
    /// `lang`.
    Language,
    /// `help`.
    Help,
    /// `quit`.
    Quit,
    /// `yes`.
    Yes,
    /// `no`.
    No,
    /// `review`, or `review N` to open answer N at once.
    Review(Option<usize>),
    /// `export`, or `export N` with the language choice.
    Export(Option<usize>),
    /// `close`, or `close N` with the reason.
    Close(Option<usize>),
    /// `consent`, or `consent N` with the answer.
    Consent(Option<usize>),
    /// `note TEXT` writes the note of this question (replacing it); `note -` deletes it; `note`
    /// alone shows it.
    Note(NoteEdit),
    /// `place`, or `place N`.
    Place(Option<usize>),
    /// `show`: print the current screen again.
    Show,
    /// `guidance on|off` (alone: switch).
    Guidance(Option<bool>),
    /// Anything else.
    Unknown,
}

/// What `note` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteEdit {
    /// Show the note and the reminder.
    Show,
    /// Replace the note with this text.
    Set(String),
    /// Delete the note.
    Delete,
}

/// Reads `line`.
pub fn parse(line: &str) -> Command {
    let line = line.trim();
    let numbers: Option<Vec<usize>> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.parse::<usize>().ok())
        .collect();
    if let Some(numbers) = numbers.filter(|n| n.len() > 1) {
        return match numbers.contains(&0) {
            true => Command::Unknown,
            false => Command::Numbers(numbers),
        };
    }
    let (word, rest) = line
        .split_once(char::is_whitespace)
        .map_or((line, ""), |(w, r)| (w, r.trim()));
    let number = || rest.parse::<usize>().ok().filter(|n| *n >= 1);
    match word.to_lowercase().as_str() {
        "" => Command::Enter,
        "back" | "atras" | "atrás" => Command::Back,
        "lang" | "idioma" => Command::Language,
        "help" | "ayuda" | "?" => Command::Help,
        "quit" | "salir" => Command::Quit,
        "yes" | "y" | "si" | "sí" | "s" => Command::Yes,
        "no" | "n" => Command::No,
        "review" | "revisar" => Command::Review(number()),
        "export" | "exportar" => Command::Export(number()),
        "close" | "cerrar" => Command::Close(number()),
        "consent" | "consentimiento" => Command::Consent(number()),
        "place" | "lugar" => Command::Place(number()),
        "show" | "ver" | "mostrar" => Command::Show,
        "guidance" | "orientacion" | "orientación" => Command::Guidance(match rest {
            "on" | "si" | "sí" => Some(true),
            "off" | "no" => Some(false),
            _ => None,
        }),
        "note" | "nota" => Command::Note(match rest {
            "" => NoteEdit::Show,
            "-" | "delete" | "borrar" => NoteEdit::Delete,
            text => NoteEdit::Set(text.to_owned()),
        }),
        other => match other.parse::<usize>() {
            Ok(n) if n >= 1 => Command::Number(n),
            _ => Command::Unknown,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_either_language_become_commands() {
        assert_eq!(parse("2"), Command::Number(2));
        assert_eq!(parse("1 3 5"), Command::Numbers(vec![1, 3, 5]));
        assert_eq!(parse(" 2,4 "), Command::Numbers(vec![2, 4]));
        assert_eq!(parse("1 0"), Command::Unknown);
        assert_eq!(parse(" atrás "), Command::Back);
        assert_eq!(parse("consent 3"), Command::Consent(Some(3)));
        assert_eq!(parse("consentimiento"), Command::Consent(None));
        assert_eq!(parse("review 12"), Command::Review(Some(12)));
        assert_eq!(
            parse("note ok then"),
            Command::Note(NoteEdit::Set("ok then".into()))
        );
        assert_eq!(parse("nota borrar"), Command::Note(NoteEdit::Delete));
        assert_eq!(parse("guidance off"), Command::Guidance(Some(false)));
        assert_eq!(parse(""), Command::Enter);
        assert_eq!(parse("0"), Command::Unknown);
        assert_eq!(parse("banana"), Command::Unknown);
    }
}
