# ruta's interface texts (not the guide's). They address the interviewer.

ui-language-name = English
ui-step = Step { $number }
ui-guidance = For you
ui-continue = Continue
ui-keys-question = ↑↓ Enter answer · ⌫ back · r review · a note · l { $language } · ? help · q quit
ui-keys-info = Enter continue · ⌫ back · r review · a note · l { $language } · ? help · q quit
ui-keys-outcome = ↑↓ scroll · c consent · e export · x close · r review · ⌫ · l { $language } · q quit
ui-keys-confirm = y yes, quit · n no, stay
ui-too-small =
    The window is too small ({ $width }×{ $height }).
    Enlarge it to at least { $min_width }×{ $min_height } to go on. No answer is lost.
ui-quit-question = Leave the interview? Every answer is saved; it stays open to continue later, until you close it (x).
ui-pathway = Recommended pathway
ui-urgency = Urgency
ui-urgency-immediate = IMMEDIATE: right now
ui-urgency-within-24h = WITHIN 24 HOURS
ui-urgency-within-week = WITHIN A WEEK
ui-urgency-routine = ROUTINE
ui-iasc-layer = IASC layer { $layer }
ui-primary = Refer first to
ui-secondary = Also refer to
ui-actions = What to do now
ui-say-to-child = What to tell the child
ui-hard-stops = What you must never do
ui-why = Why this pathway
ui-flags = Signals
ui-unconfirmed = to be confirmed by the local team
ui-phone = tel. { $phone }
ui-formerly = formerly { $name }
ui-no-provider = no directory entry for { $place }
ui-graph-otherwise = otherwise

# Review, notes, consent and the referral note.
ui-keys-note = Type the note · ← → move · Enter save · Esc cancel
ui-keys-list = ↑↓ choose · Enter accept · l { $language } · Esc close
ui-keys-help = ↑↓ PgUp PgDn scroll · any other key closes
ui-keys-checklist = ↑↓ Space mark · Enter confirm · ⌫ back · r review · a note · l { $language } · ? help · q quit
ui-checklist-mark-first = Nothing is marked: mark what applies with Space (or the "none" option), then Enter.
ui-plain-checklist = (Mark all that apply: type every number that applies, for example 1 3, then Enter.)
ui-plain-one-number = This question takes one answer: type one number.
ui-plain-marked-alone = Option { $detail } is marked alone, not with other options.
ui-keys-change = Enter keep and go on · another option changes it · ⌫ back · r review
ui-help-title = Help
ui-help =
    ↑ ↓ (or k j): move between options; on a pathway, scroll the text.
    Enter or the option's number: answer.
    On a checklist ("mark all that apply"): Space or the number marks or unmarks an option; Enter confirms what is marked.
    ⌫ (backspace): go back one step; the answer given there is kept and highlighted: Enter keeps it, another option changes it.
    r: the overview: every answer by section, open any of them to change it, and the answers kept aside.
    PgUp PgDn Home End: move a page, or to the start or the end, in any long text or list.
    p: choose or change the place whose institutions the referrals name.
    a: write a short note on this question (no names).
    g: show or hide the guidance for you.
    l: switch language without losing the place.
    Enter on an immediate pathway: you have acted on it; the screening goes on.
    c and e (on the pathway): record consent and export the referral note.
    x: close the interview (taken for urgent care, taken over by the child protection authority, or completed).
    v and d (in a rehearsal): see the vignette; go back to the first difference.
    q: leave; the interview is saved and continues with "ruta resume CODE".
ui-review-title = Answers given
ui-note-title-edit = Note on this question
ui-note-reminder = Do not write names or anything that identifies the child or their family.
ui-note-saved = Note saved.
ui-notes = Notes
ui-consent-question = Did the child (and the verified caregiver, if present) agree to the referral?
ui-consent-agreed = Yes, the referral was agreed
ui-consent-danger = Not agreed; referred anyway because of immediate danger
ui-consent-legal = Not agreed; referred anyway under the legal duty to protect
ui-consent-declined = Not agreed; not referred
ui-consent-not-recorded = not recorded yet
ui-save-failed = Could not save! { $detail }
ui-not-saved-banner = NOT SAVED: answers are not being kept. { $detail }
ui-goodbye-not-saved = Interview { $code } was NOT saved: { $detail }
ui-note-exported = Referral note saved: { $detail }
ui-goodbye-finished = Interview { $code } finished and saved.
ui-goodbye-saved = Interview { $code } saved. To continue it: ruta resume { $code }
ui-note-title = Referral note
ui-note-case = Case code
ui-note-date = Date and time
ui-note-guide = Guide
ui-note-location = Location
ui-note-consent = Consent to the referral
ui-note-footer = Made with ruta. It supports professional judgement; it does not replace it. It contains no names.

# Line mode (--plain).
ui-plain-continue = (Enter to continue)
ui-plain-unknown = Not understood. Type a number, or a word: help lists them.
ui-plain-review = Type an answer's number to open it and change it, or Enter to close.
# Rehearsing cases (training).
ui-keys-vignette = ↑↓ PgUp PgDn scroll · any other key closes (v opens it again)
ui-keys-picker = ↑↓ choose · Enter rehearse · l { $language } · q quit
ui-keys-feedback = d back to the difference · v vignette · e debrief · ↑↓ scroll · q quit
ui-rehearse-pick = Cases to rehearse
ui-rehearse-steps = { $count } steps
ui-rehearse-case = Case
ui-rehearse-expected = expected answer
ui-rehearse-matched = You reached the expected pathway.
ui-rehearse-diverged = Your result is not the expected one. See where it parted and why.
ui-rehearse-expected-pathway = Expected pathway
ui-rehearse-your-pathway = Your pathway
ui-rehearse-score = Score
ui-rehearse-steps-matching = Answers as in the case: { $matching } of { $total }
ui-rehearse-urgency-matched = Same urgency
ui-rehearse-primary-matched = Same primary referrals
ui-rehearse-divergence = First difference
ui-rehearse-you-answered = You answered
ui-rehearse-case-answer = The case expected
ui-rehearse-missed-flags = Red flags of the case that were not recorded
ui-debrief-title = Rehearsal debrief
# ruta add-case: the texts a new case starts with, in locales/<lang>/cases.ftl, until its
# author writes them.
ui-new-case-title = Case to write ({ $id })
ui-new-case-summary = Summary to write.
ui-new-case-vignette = Vignette to write: who arrives, how, with whom, what they say and how they look.
ui-yes = yes
ui-no = no

# Where the interview takes place.
ui-location-title = Place
ui-location-question = Where is the interview taking place? Referrals will name the institutions of that place.
ui-location-none = None: name only the kind of service

# The interview model: interruptions, changes kept aside, closing.
ui-pathways = Pathways reached
ui-decided-by = What decided it
ui-report-screening-open = The screening is not finished: these are the pathways found so far.
ui-interruption = Act now
ui-interruption-then = When the child is safe and stable, go on with the screening (Enter): the questions still to come may find other needs. Every need found stays in the result.
ui-keys-interruption = ↑↓ scroll · Enter acted, go on · x close · ⌫ back · l { $language } · q quit
ui-keys-interruption-rehearsal = ↑↓ scroll · Enter acted, go on · ⌫ back · v vignette · l { $language } · q quit
ui-immediate-open = Immediate
ui-kept-answer = current answer
ui-change-title = Change the answer?
ui-change-leaving = With this answer these questions leave the path:
ui-change-kept-aside = Their answers are kept aside, not deleted, and come back if the path returns to them.
ui-change-confirm = Change the answer
ui-change-keep = Keep it
ui-close-title = Close the interview
ui-close-question = Why is the interview closing?
ui-close-completed = Completed: the screening reached its result
ui-close-taken-for-care = The child was taken for urgent care before the end
ui-close-handed-over = The child protection authority took over the case before the end
ui-consent-set-aside = The result changed: the consent recorded for the earlier result is set aside. Record it again (c).
ui-off-path = Not on the current path (kept)
ui-note-superseded = SUPERSEDED: a newer referral note replaces this one ({ $files }).
ui-state-in-progress = in progress
ui-state-result = result reached
ui-state-closed = closed
ui-plain-interruption = (Enter: acted, go on · close: close the interview)
ui-location-none-short = no place chosen
ui-keys-review = ↑↓ PgUp PgDn move · Enter open to change · l { $language } · Esc close
ui-plain-help =
    Type the number of an option (or of a place, a reason, an answer) and Enter.
    Enter alone: go on (or keep the answer shown and step on).
    back: one step back; the answer there is kept, and another number changes it.
    review: every answer by section; review N opens answer N.
    1 3 5: on a checklist, every option that applies.
    show: print this screen again.
    note TEXT: the note of this question (no names); note: read it; note -: delete it.
    guidance on / guidance off: the guidance for you under each question.
    lang: the other language. place: choose or change the place (place N).
    consent N, export, close N: on the result. quit: leave (the interview stays open).
ui-plain-nothing = Nothing changed.
ui-plain-at-start = This is the first step; there is nothing before it.
ui-plain-no-answers = No answer has been given yet.
ui-plain-result-only = That is done on the result, at the end of the screening.
ui-plain-close-where = An interview is closed on the result, or on an immediate pathway.
ui-plain-no-places = This guide has no places to choose from.
ui-plain-guidance-on = The guidance is shown under each question.
ui-plain-guidance-off = The guidance is hidden (guidance on shows it again).
ui-plain-nothing-to-choose = There is nothing to choose by number here.
ui-plain-no-such-number = There is no number { $number }: choose from 1 to { $count }.
ui-consent-recorded = Consent recorded: { $detail }
ui-plain-no-note = This question has no note.
ui-plain-note-is = Note: { $detail }
ui-note-too-long = The note is longer than { $detail } characters and was not saved: write only the facts.
ui-plain-note-deleted = Note deleted.
ui-plain-note-saved = Note saved. Remember: no names, nothing that identifies the child or their family.
ui-plain-revisiting = an earlier step: Enter keeps the answer, another number changes it
ui-plain-at-result = (consent N · export · close N · review · show · quit)
ui-leave-missing-consent = Consent to the referral is not recorded for this result.
ui-leave-missing-export = No referral note has been exported for this result.
ui-leave-record-consent = Record the consent now
ui-leave-export = Export the referral note now
ui-leave-leave = Leave (the interview stays open)
ui-leave-stay = Stay
ui-export-title = Referral note
ui-export-question = In which language should the referral note be written?
ui-note-full = the note is full: write only the facts
ui-note-discard-question = Discard what you wrote in this note?
ui-note-discard = Discard the changes
ui-note-keep-writing = Keep writing
ui-debrief-exported = Debrief saved: { $detail }
ui-notice-dismiss = Esc dismiss
ui-rehearsal-marker = REHEARSAL
