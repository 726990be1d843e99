//! What an interview leaves behind: a random case code (never a name), the guide it ran on,
//! the answers, short notes, and whether the referral was agreed. This is all that is stored.

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::directory::{Directory, PlaceId};
use super::guide::{Guide, NodeKind};
use super::session::{Answer, Position, Session};
use super::source::SourceSet;

/// The version of the record format this build writes. It also reads the one before
/// ([`RecordV1`]) and converts it.
pub const RECORD_FORMAT: u32 = 2;

/// Letters of case codes: Crockford's base 32 (no I, L, O or U, so codes read aloud clearly).
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Whether the referral was agreed, as child-protection case systems record it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// The child assented (and the verified caregiver, where present, consented).
    Agreed,
    /// Not agreed, and referred anyway because the child is in immediate danger.
    WithoutConsentImmediateDanger,
    /// Not agreed, and referred anyway because the law requires a protection report.
    WithoutConsentLegalDuty,
    /// Not agreed, and not referred.
    Declined,
}

impl Consent {
    /// Every value, in the order offered.
    pub const ALL: [Consent; 4] = [
        Consent::Agreed,
        Consent::WithoutConsentImmediateDanger,
        Consent::WithoutConsentLegalDuty,
        Consent::Declined,
    ];

    /// The interface message that names this value.
    pub fn message(self) -> &'static str {
        match self {
            Consent::Agreed => "ui-consent-agreed",
            Consent::WithoutConsentImmediateDanger => "ui-consent-danger",
            Consent::WithoutConsentLegalDuty => "ui-consent-legal",
            Consent::Declined => "ui-consent-declined",
        }
    }
}

/// Consent as recorded, with the result it was given for: a consent to one referral is not a
/// consent to another, so a change of result sets it aside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentGiven {
    /// What was agreed.
    pub value: Consent,
    /// The pathways (outcome ids, most urgent first) it was given for. Empty only in records
    /// converted from format 1, which did not say; those count for the result they open with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pathways: Vec<String>,
}

/// Why an interview was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CloseReason {
    /// The screening reached its result and the practitioner closed it.
    Completed,
    /// The child was taken for urgent care (a hospital, a clinic) before the screening ended.
    TakenForCare,
    /// The child protection officer took the case over before the screening ended.
    HandedOver,
}

impl CloseReason {
    /// Every reason, in the order offered.
    pub const ALL: [CloseReason; 3] = [
        CloseReason::Completed,
        CloseReason::TakenForCare,
        CloseReason::HandedOver,
    ];

    /// The interface message that names this reason.
    pub fn message(self) -> &'static str {
        match self {
            CloseReason::Completed => "ui-close-completed",
            CloseReason::TakenForCare => "ui-close-taken-for-care",
            CloseReason::HandedOver => "ui-close-handed-over",
        }
    }
}

/// When and why an interview was closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// Why.
    pub reason: CloseReason,
    /// When (UTC, RFC 3339).
    pub at: String,
}

/// A referral note written for the interview, and the result it was written for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    /// The files written, by name inside the data folder's notes.
    pub files: Vec<String>,
    /// The pathways it states (outcome ids, most urgent first).
    pub pathways: Vec<String>,
    /// When (UTC, RFC 3339).
    pub at: String,
}

/// Where an interview stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Questions remain (or an interruption waits to be acted on).
    InProgress,
    /// The screening reached its result; the interview is not closed yet.
    ResultReached,
    /// Closed, for this reason. A change of answer opens it again.
    Closed(CloseReason),
}

impl State {
    /// The interface message that names this state.
    pub fn message(self) -> &'static str {
        match self {
            State::InProgress => "ui-state-in-progress",
            State::ResultReached => "ui-state-result",
            State::Closed(_) => "ui-state-closed",
        }
    }

    /// The word `ruta records` prints and filters on.
    pub fn keyword(self) -> &'static str {
        match self {
            State::InProgress => "in_progress",
            State::ResultReached => "result",
            State::Closed(_) => "closed",
        }
    }
}

/// One interview, as saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Must be [`RECORD_FORMAT`].
    pub format: u32,
    /// The random code that names the interview.
    pub case_code: String,
    /// The guide's id.
    pub guide_id: String,
    /// The guide's version.
    pub guide_version: String,
    /// A hash of the guide's files, to notice a changed guide on resume.
    pub guide_hash: String,
    /// When the interview started (UTC, RFC 3339).
    pub started: String,
    /// When it was last saved.
    pub updated: String,
    /// The language of the interview when last saved.
    pub language: String,
    /// The directory location chosen, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Every answer given, on the current path or kept aside.
    pub answers: Vec<Answer>,
    /// Short notes, by node id; a note belongs to its question, on the path or aside with it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    /// Whether the referral was agreed, and for which result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentGiven>,
    /// Set when the interview is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Closure>,
    /// The referral notes written, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<Export>,
    /// The case rehearsed, when this was a training walk rather than an interview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rehearsed_case: Option<String>,
}

/// An interview as ruta 0.3 saved it (format 1): answers on the path only, a bare consent and a
/// `finished` mark. Read and converted by [`Record::from`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordV1 {
    format: u32,
    case_code: String,
    guide_id: String,
    guide_version: String,
    guide_hash: String,
    started: String,
    updated: String,
    language: String,
    #[serde(default)]
    location: Option<String>,
    answers: Vec<Answer>,
    #[serde(default)]
    notes: BTreeMap<String, String>,
    #[serde(default)]
    consent: Option<Consent>,
    #[serde(default)]
    finished: bool,
    #[serde(default)]
    rehearsed_case: Option<String>,
}

impl From<RecordV1> for Record {
    fn from(old: RecordV1) -> Self {
        debug_assert_eq!(old.format, 1);
        Self {
            format: RECORD_FORMAT,
            closed: old.finished.then(|| Closure {
                reason: CloseReason::Completed,
                at: old.updated.clone(),
            }),
            case_code: old.case_code,
            guide_id: old.guide_id,
            guide_version: old.guide_version,
            guide_hash: old.guide_hash,
            started: old.started,
            updated: old.updated,
            language: old.language,
            location: old.location,
            answers: old.answers,
            notes: old.notes,
            consent: old.consent.map(|value| ConsentGiven {
                value,
                pathways: Vec::new(),
            }),
            exports: Vec::new(),
            rehearsed_case: old.rehearsed_case,
        }
    }
}

impl Record {
    /// The place of `directory` this interview names its referrals for, if one was chosen
    /// (and the directory still has it).
    pub fn place(&self, directory: &Directory) -> Option<PlaceId> {
        directory.find_place(self.location.as_deref()?)
    }

    /// A new record for an interview of `guide`, whose files hash to `hash`.
    pub fn new(guide: &Guide, hash: &str, language: &str) -> Self {
        let now = now_utc();
        Self {
            format: RECORD_FORMAT,
            case_code: new_case_code(),
            guide_id: guide.id.clone(),
            guide_version: guide.version.clone(),
            guide_hash: hash.to_owned(),
            started: now.clone(),
            updated: now,
            language: language.to_owned(),
            location: None,
            answers: Vec::new(),
            notes: BTreeMap::new(),
            consent: None,
            closed: None,
            exports: Vec::new(),
            rehearsed_case: None,
        }
    }

    /// Where the interview stands on `guide`.
    pub fn state(&self, guide: &Guide) -> State {
        if let Some(closure) = &self.closed {
            return State::Closed(closure.reason);
        }
        match self.session().walk(guide).position {
            Position::Outcome(_) => State::ResultReached,
            _ => State::InProgress,
        }
    }

    /// The consent recorded for the result `pathways`, if any; a consent recorded for another
    /// result does not count.
    pub fn consent_for(&self, pathways: &[String]) -> Option<Consent> {
        let given = self.consent.as_ref()?;
        (given.pathways.is_empty() || given.pathways == pathways).then_some(given.value)
    }

    /// A consent recorded for a result that is no longer the current one: kept, shown as set
    /// aside, and never exported as if it applied.
    pub fn consent_set_aside(&self, pathways: &[String]) -> Option<&ConsentGiven> {
        self.consent
            .as_ref()
            .filter(|given| !given.pathways.is_empty() && given.pathways != pathways)
    }

    /// The session the answers make.
    pub fn session(&self) -> Session {
        Session {
            answers: self.answers.clone(),
        }
    }

    /// The answers that do not fit `guide`: unknown nodes or options. An interview with any of
    /// these cannot be resumed on that guide.
    pub fn misfits(&self, guide: &Guide) -> Vec<Answer> {
        self.answers
            .iter()
            .filter(|answer| {
                let Some(node) = guide.find(&answer.node) else {
                    return true;
                };
                match &guide.node(node).kind {
                    NodeKind::Question(q) => answer.chosen(q).is_none(),
                    NodeKind::Info(_) | NodeKind::Outcome(_) => !answer.is_read(),
                    NodeKind::Route(_) => true,
                }
            })
            .cloned()
            .collect()
    }
}

/// A new random case code such as `7KQ2-M9XD`: 40 random bits, enough that two interviews never
/// share one, and no information about the child.
pub fn new_case_code() -> String {
    let mut bytes = [0u8; 8];
    // Without the system's random source there is no safe code; that is a broken machine.
    getrandom::fill(&mut bytes).expect("the system random number generator is available");
    let letters: String = bytes
        .iter()
        .map(|b| CODE_ALPHABET[(b % 32) as usize] as char)
        .collect();
    format!("{}-{}", &letters[..4], &letters[4..])
}

/// Whether `code` has the shape of a case code (so it is safe to use in a file name).
pub fn is_case_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 9
        && bytes[4] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || CODE_ALPHABET.contains(b))
}

/// A stable hash of a guide's files (FNV-1a, 64 bits, over paths and texts in order).
pub fn guide_hash(sources: &SourceSet) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in sources.files() {
        for byte in file
            .relative
            .bytes()
            .chain([0])
            .chain(file.text.bytes())
            .chain([0])
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The current time in UTC as RFC 3339, to the second.
pub fn now_utc() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339(seconds)
}

/// A time written by [`now_utc`], as the practitioner's clock shows it: local date and time with
/// the offset from UTC (`2026-12-01 03:30 -06:00`), so a note handed over is read without doubt.
/// A time that does not parse is returned as it is (cleaned by the caller).
pub fn local_time(utc: &str) -> String {
    match utc.parse::<jiff::Timestamp>() {
        Ok(time) => time
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M %:z")
            .to_string(),
        Err(_) => utc.to_owned(),
    }
}

/// `seconds` since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn rfc3339(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// Seconds since the epoch of an RFC 3339 time written by [`rfc3339`], if it is one.
pub fn parse_rfc3339(text: &str) -> Option<u64> {
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<i64>().ok();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    let days = days_from_civil(year, month, day);
    u64::try_from(days * 86_400 + hour * 3600 + minute * 60 + second).ok()
}

/// Howard Hinnant's algorithm: days since 1970-01-01 to (year, month, day).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_codes_are_random_and_well_formed() {
        let (a, b) = (new_case_code(), new_case_code());
        assert!(is_case_code(&a) && is_case_code(&b), "{a} {b}");
        assert_ne!(a, b);
        assert!(!is_case_code("../etc/pw"));
        assert!(!is_case_code("ABCD-EFGI"), "I is not in the alphabet");
    }

    #[test]
    fn local_times_carry_their_offset_and_name_the_same_instant() {
        let shown = local_time("2026-12-01T09:30:00Z");
        // `YYYY-MM-DD HH:MM ±HH:MM`, whatever the machine's zone: check the arithmetic.
        let (clock, offset) = shown.rsplit_once(' ').unwrap();
        let sign = if offset.starts_with('-') { -1 } else { 1 };
        let minutes = |hhmm: &str| -> i64 {
            let (h, m) = hhmm.split_once(':').unwrap();
            h.parse::<i64>().unwrap() * 60 + m.parse::<i64>().unwrap()
        };
        let offset = sign * minutes(&offset[1..]);
        let local = minutes(&clock[11..]) + 24 * 60 * (clock[8..10].parse::<i64>().unwrap() - 1);
        assert_eq!(local - offset, 9 * 60 + 30, "{shown}");
        assert_eq!(local_time("yesterday"), "yesterday");
    }

    #[test]
    fn times_round_trip() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        for t in [0, 951_782_400, 1_795_000_000, 4_102_444_799] {
            assert_eq!(parse_rfc3339(&rfc3339(t)), Some(t));
        }
        assert_eq!(parse_rfc3339("yesterday"), None);
    }
}
