//! Limits a guide must keep before any check that is more than linear runs: options per
//! question (a screen shows a few, keys pick nine) and the length of ids (the did-you-mean
//! search compares ids pairwise, so a megabyte-long id made it take seconds). Real guides are
//! far inside them; beyond them a file is a mistake or an attack, and is refused at its place.

use super::raw::RawGuide;
use crate::engine::diagnostic::{Code, Diagnostic};
use crate::engine::yaml::YamlPath;

/// Most options one question may have.
pub const MAX_OPTIONS: usize = 100;

/// Most options one checklist may have: the safety proof follows every combination a
/// practitioner can mark, and a longer list is read less carefully in an interview.
pub const MAX_CHECKLIST_OPTIONS: usize = 12;

/// Longest id (of a node, option, flag, service, section or message) in characters.
pub const MAX_ID_CHARS: usize = 128;

/// Most findings of this kind reported in one run: enough to see the pattern.
const MAX_FINDINGS: usize = 20;

/// The limits `raw` breaks, each with the path of the value that breaks it.
pub fn check(raw: &RawGuide) -> Vec<(Diagnostic, YamlPath)> {
    let mut findings = Vec::new();
    let root = YamlPath::root();
    let mut id = |text: &str, path: YamlPath| {
        // Bytes bound characters from above: the count is needed only past the byte limit.
        if text.len() > MAX_ID_CHARS && text.chars().count() > MAX_ID_CHARS {
            findings.push((
                Diagnostic::error(
                    Code::IdTooLong,
                    format!(
                        "an id of {} characters; the limit is {MAX_ID_CHARS}",
                        text.chars().count()
                    ),
                )
                .with_help("ids are short names such as `age_band`; shorten it"),
                path,
            ));
        }
    };
    for (i, s) in raw.sections.iter().enumerate() {
        let path = root.key("sections").index(i);
        id(&s.id, path.key("id"));
        id(&s.title, path.key("title"));
    }
    for (i, f) in raw.flags.iter().enumerate() {
        let path = root.key("flags").index(i);
        id(&f.id, path.key("id"));
        id(&f.label, path.key("label"));
        for (j, r) in f.referrals.iter().enumerate() {
            id(r, path.key("referrals").index(j));
        }
    }
    for (i, s) in raw.services.iter().enumerate() {
        let path = root.key("services").index(i);
        id(&s.id, path.key("id"));
        id(&s.name, path.key("name"));
    }
    for (i, q) in raw.questions.iter().enumerate() {
        let path = root.key("questions").index(i);
        id(&q.id, path.key("id"));
        id(&q.text, path.key("text"));
        for (j, o) in q.options.iter().enumerate().take(MAX_OPTIONS + 1) {
            let path = path.key("options").index(j);
            id(&o.id, path.key("id"));
            id(&o.label, path.key("label"));
            id(&o.next, path.key("next"));
            for (k, f) in o.flags.iter().enumerate() {
                id(f, path.key("flags").index(k));
            }
        }
    }
    for (i, c) in raw.checklists.iter().enumerate() {
        let path = root.key("checklists").index(i);
        id(&c.id, path.key("id"));
        id(&c.text, path.key("text"));
        id(&c.next, path.key("next"));
        for (j, o) in c.options.iter().enumerate().take(MAX_CHECKLIST_OPTIONS + 1) {
            let path = path.key("options").index(j);
            id(&o.id, path.key("id"));
            id(&o.label, path.key("label"));
            for (k, f) in o.flags.iter().enumerate() {
                id(f, path.key("flags").index(k));
            }
        }
    }
    for (i, n) in raw.infos.iter().enumerate() {
        let path = root.key("infos").index(i);
        id(&n.id, path.key("id"));
        id(&n.text, path.key("text"));
        id(&n.next, path.key("next"));
    }
    for (i, r) in raw.routes.iter().enumerate() {
        let path = root.key("routes").index(i);
        id(&r.id, path.key("id"));
        id(&r.otherwise, path.key("otherwise"));
        for (j, w) in r.when.iter().enumerate() {
            id(&w.flag, path.key("when").index(j).key("flag"));
            id(&w.next, path.key("when").index(j).key("next"));
        }
    }
    for (i, o) in raw.outcomes.iter().enumerate() {
        let path = root.key("outcomes").index(i);
        id(&o.id, path.key("id"));
        id(&o.title, path.key("title"));
    }
    id(&raw.start, root.key("start"));
    for (i, q) in raw.questions.iter().enumerate() {
        if q.options.len() > MAX_OPTIONS {
            findings.push((
                Diagnostic::error(
                    Code::TooManyOptions,
                    format!(
                        "question `{}` has {} options; the limit is {MAX_OPTIONS}",
                        q.id.chars().take(MAX_ID_CHARS).collect::<String>(),
                        q.options.len()
                    ),
                )
                .with_help("split the question, or group its options"),
                root.key("questions")
                    .index(i)
                    .key("options")
                    .index(MAX_OPTIONS),
            ));
        }
    }
    for (i, c) in raw.checklists.iter().enumerate() {
        if c.options.len() > MAX_CHECKLIST_OPTIONS {
            findings.push((
                Diagnostic::error(
                    Code::TooManyOptions,
                    format!(
                        "checklist `{}` has {} options; the limit is {MAX_CHECKLIST_OPTIONS}",
                        c.id.chars().take(MAX_ID_CHARS).collect::<String>(),
                        c.options.len()
                    ),
                )
                .with_help("split it into two checklists, each about one kind of sign"),
                root.key("checklists")
                    .index(i)
                    .key("options")
                    .index(MAX_CHECKLIST_OPTIONS),
            ));
        }
    }
    findings.truncate(MAX_FINDINGS);
    findings
}
