//! A closed interview as an ODK submission: the instance XML of the form [`super::build`]
//! makes, as ODK Collect would send it to ODK Central.
//!
//! It holds the place, the answers on the interview's path (keyed by node id, as the form
//! names its questions), the result's `pathways`, `urgency` and `flags` as ruta computed them,
//! and `meta/instanceID`. It never holds the interviewer's notes, answers kept aside, or the
//! case code itself. The form's helper calculates are left out: ODK recomputes them from the
//! answers when it opens the submission.
//!
//! The instance id is `uuid:` and a UUID (version 8, RFC 9562) made from the guide id and the
//! case code by a 128-bit FNV-1a hash: the same interview always gets the same id, so sending it
//! twice is refused by Central as a duplicate (409) rather than stored twice, and a supervisor
//! who knows a case code can find its submission.

use std::fmt::{self, Write};

use super::logic::Logic;
use super::{FLAGS, PATHWAYS, PLACE, URGENCY};
use crate::engine::guide::NodeKind;
use crate::engine::load::LoadedGuide;
use crate::engine::record::Record;
use crate::engine::session::Pathways;

/// Why an interview cannot be a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmissionError {
    /// Only closed interviews are sent.
    NotClosed,
    /// Closed before the screening reached a result.
    NoResult,
    /// The interview was made with another guide (or version) than the form.
    OtherGuide {
        /// The interview's guide and version.
        interview: String,
        /// The form's.
        form: String,
    },
}

impl fmt::Display for SubmissionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SubmissionError::NotClosed => {
                f.write_str("the interview is not closed; close it (x) before sending it")
            }
            SubmissionError::NoResult => {
                f.write_str("the interview was closed before the screening reached a result")
            }
            SubmissionError::OtherGuide { interview, form } => write!(
                f,
                "the interview was made with {interview}, the form is {form}: export the form from that guide"
            ),
        }
    }
}

impl std::error::Error for SubmissionError {}

/// The `uuid:` instance id of the interview `case_code` of guide `guide_id`.
pub fn instance_id(guide_id: &str, case_code: &str) -> String {
    // FNV-1a, 128 bits: stable across platforms and Rust versions, unlike std's hashers.
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013B;
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for byte in format!("ruta\0{guide_id}\0{case_code}").bytes() {
        hash ^= u128::from(byte);
        hash = hash.wrapping_mul(PRIME);
    }
    let mut bytes = hash.to_be_bytes();
    bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8: custom
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // the RFC 9562 variant
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "uuid:{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The submission XML of the closed interview `record`, for the form of `loaded`.
pub fn submission(loaded: &LoadedGuide, record: &Record) -> Result<String, SubmissionError> {
    let guide = loaded.guide();
    if record.guide_id != guide.id || record.guide_version != guide.version {
        return Err(SubmissionError::OtherGuide {
            interview: format!("{} {}", record.guide_id, record.guide_version),
            form: format!("{} {}", guide.id, guide.version),
        });
    }
    if record.closed.is_none() {
        return Err(SubmissionError::NotClosed);
    }
    let walk = record.session().walk(guide);
    let pathways = Pathways::of(guide, &walk)
        .filter(|p| p.concluded.is_some())
        .ok_or(SubmissionError::NoResult)?;

    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<data id=\"{}\" version=\"{}\">",
        escape(&guide.id),
        escape(&guide.version)
    );
    let mut field = |name: &str, value: &str| {
        let _ = writeln!(xml, "  <{name}>{}</{name}>", escape(value));
    };
    if let Some(place) = record
        .location
        .as_deref()
        .filter(|p| loaded.directory().find_place(p).is_some())
    {
        field(PLACE, place);
    }
    // In the form's order, which is the walk's: each question on the path with its answer.
    for &node in &Logic::new(guide).order {
        let NodeKind::Question(q) = &guide.node(node).kind else {
            continue;
        };
        // A checklist's value, as ODK writes a select_multiple: the ids, space-separated.
        if let Some(step) = walk.steps.iter().find(|s| s.node == node) {
            let ids: Vec<&str> = q.chosen(step.chosen).map(|o| o.id.as_str()).collect();
            field(&guide.node(node).id, &ids.join(" "));
        }
    }
    field(PATHWAYS, &pathways.ids(guide).join(" "));
    field(URGENCY, pathways.urgency.keyword());
    let flags: Vec<&str> = walk
        .flags
        .iter()
        .map(|f| guide.flag(*f).id.as_str())
        .collect();
    field(FLAGS, &flags.join(" "));
    let _ = writeln!(
        xml,
        "  <meta>\n    <instanceID>{}</instanceID>\n  </meta>\n</data>",
        instance_id(&guide.id, &record.case_code)
    );
    Ok(xml)
}
