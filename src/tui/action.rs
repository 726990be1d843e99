//! What the practitioner asks for, independent of keys: the only type `update` understands.

/// One request from the practitioner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the selection (or the outcome text) up.
    Up,
    /// Move the selection (or the outcome text) down.
    Down,
    /// Take the selected option, or go on from an info.
    Confirm,
    /// Take option number `n` (0-based).
    Pick(usize),
    /// Take back the last answer.
    Back,
    /// Switch to the next language of the guide.
    SwitchLanguage,
    /// Ask to leave the interview.
    Quit,
    /// Leave at once (Ctrl-C).
    Interrupt,
    /// Answer yes to a prompt.
    Yes,
    /// Answer no to a prompt, or dismiss it.
    No,
}
