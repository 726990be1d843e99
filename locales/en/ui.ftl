# ruta's interface texts (not the guide's). They address the interviewer.

ui-language-name = English
ui-step = Step { $number }
ui-guidance = For you
ui-continue = Continue
ui-keys-question = ↑↓ choose · Enter answer · 1–9 option · ⌫ back · l { $language } · q quit
ui-keys-info = Enter continue · ⌫ back · l { $language } · q quit
ui-keys-outcome = ↑↓ scroll · ⌫ back · l { $language } · q quit
ui-keys-confirm = y yes, quit · n no, stay
ui-too-small =
    The window is too small ({ $width }×{ $height }).
    Enlarge it to at least { $min_width }×{ $min_height } to go on. No answer is lost.
ui-quit-question = Leave the interview? The answers of this interview are not saved. (y = yes, n = no)

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
ui-hard-stops = Do not allow
ui-why = Why this pathway
ui-flags = Signals
ui-unconfirmed = to be confirmed by the local team
ui-phone = tel. { $phone }
ui-formerly = formerly { $name }
ui-no-provider = no directory entry for { $place }
ui-graph-otherwise = otherwise
