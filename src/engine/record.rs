//! What an interview leaves behind: a random case code (never a name), the guide it ran on,
//! the answers, short notes, and whether the referral was agreed. This is all that is stored.

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::guide::{Guide, NodeKind};
use super::session::{Answer, Session};
use super::source::SourceSet;

/// The version of the record format this build writes and reads.
pub const RECORD_FORMAT: u32 = 1;

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
    /// The answers.
    pub answers: Vec<Answer>,
    /// Short notes, by node id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    /// Whether the referral was agreed, once recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Consent>,
    /// Whether the interview reached its end and was closed.
    #[serde(default)]
    pub finished: bool,
    /// The case rehearsed, when this was a training walk rather than an interview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rehearsed_case: Option<String>,
}

impl Record {
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
            finished: false,
            rehearsed_case: None,
        }
    }

    /// The session the answers make.
    pub fn session(&self) -> Session {
        Session {
            answers: self.answers.clone(),
        }
    }

    /// The answers that do not fit `guide`: unknown nodes or options. A session with any of
    /// these cannot be resumed on that guide.
    pub fn misfits(&self, guide: &Guide) -> Vec<Answer> {
        self.answers
            .iter()
            .filter(|answer| {
                let Some(node) = guide.find(&answer.node) else {
                    return true;
                };
                match (&guide.node(node).kind, &answer.option) {
                    (NodeKind::Question(q), Some(option)) => q.option_index(option).is_none(),
                    (NodeKind::Info(_), None) => false,
                    _ => true,
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
