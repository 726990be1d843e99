//! What the practitioner asks for, independent of keys: the only type `update` understands.

/// One request from the practitioner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the selection (or the outcome text) up.
    Up,
    /// Move the selection (or the outcome text) down.
    Down,
    /// Move a page up (a list's selection, or a long text).
    PageUp,
    /// Move a page down.
    PageDown,
    /// To the first line or row.
    Home,
    /// To the last line or row.
    End,
    /// Take the selected option, or go on from an info.
    Confirm,
    /// Take option number `n` (0-based); on a checklist, mark or unmark it.
    Pick(usize),
    /// Mark or unmark the selected option of a checklist.
    Toggle,
    /// Go back one step; the answer given there is kept and highlighted.
    Back,
    /// Switch to the next language of the guide.
    SwitchLanguage,
    /// Ask to leave the interview.
    Quit,
    /// Leave at once (Ctrl-C); the interview is already saved.
    Interrupt,
    /// Answer yes to a prompt.
    Yes,
    /// Answer no to a prompt, or close a panel.
    No,
    /// Show the keys.
    Help,
    /// Show or hide the practitioner's guidance.
    ToggleGuidance,
    /// Show the case's vignette again (rehearsal).
    Vignette,
    /// Go back to the first answer that differed from the case's, and try again (rehearsal).
    Retry,
    /// List the answers so far, to change one.
    Review,
    /// Write a short note on the current question.
    Note,
    /// Record whether the referral was agreed (on the pathway screen).
    Consent,
    /// Write the referral note (on the pathway screen).
    Export,
    /// Close the interview with a reason (on an interruption or the pathway screen).
    Close,
    /// Choose the place whose institutions the referrals name.
    Place,
    /// A character typed into a note.
    Type(char),
    /// Delete the character before the cursor in a note.
    Erase,
    /// Delete the character under the cursor in a note.
    EraseForward,
    /// Move the note's cursor one character left.
    CursorLeft,
    /// Move the note's cursor one character right.
    CursorRight,
}
