//! Synthetic guides of any size, for benchmarks and whole-process timings.
//!
//! A guide of `n` nodes: a chain of questions with three options each (the next question, the
//! one after, and an outcome), one info every ten questions, one checklist every ten questions
//! (five signs, one raising the flag and one interrupting with an outcome, and "none of
//! these"), and a final route; every node is
//! reachable, every path ends at an outcome, and texts exist in Spanish and English. It is
//! valid, so benchmarks measure the full validation and not an early exit.

use std::fmt::Write;

/// `(relative path, contents)` of every file of a valid guide with about `nodes` nodes.
pub fn guide_files(nodes: usize) -> Vec<(String, String)> {
    let outcomes = (nodes / 10).max(4);
    let questions = nodes.saturating_sub(outcomes + 2).max(2);
    let mut yaml = String::with_capacity(nodes * 300);
    let mut ftl = String::with_capacity(nodes * 80);
    let _ = writeln!(
        yaml,
        "format: 1\nid: synthetic-{nodes}\nversion: 1.0.0\ntitle: title\nlanguages: [es, en]\nstart: q0"
    );
    ftl.push_str("title = Guía sintética\nopt-a = Sí\nopt-b = No\nopt-c = No sabe\nflag-f = Señal\nflag-f-action = Avise hoy.\nsvc-s = Servicio\n");
    yaml.push_str("flags:\n  - {id: f, label: flag-f, action: flag-f-action, urgency: within_24h, referrals: [s]}\n");
    yaml.push_str("services:\n  - {id: s, name: svc-s}\n");
    ftl.push_str("opt-d = Otra señal\nopt-e = Otra más\nopt-none = Ninguna de estas\n");
    let mut checklists = String::from("checklists:\n");
    yaml.push_str("questions:\n");
    let next = |i: usize| {
        if i < questions {
            format!("q{i}")
        } else {
            "pick".to_owned()
        }
    };
    for i in 0..questions {
        let _ = writeln!(
            ftl,
            "q{i}-text = ¿Pregunta número {i}, sobre algo que importa?\nq{i}-guide = Pregunte con calma; no insista si la niña o el niño no quiere contestar."
        );
        let after = if i % 10 == 9 {
            format!("i{i}")
        } else {
            next(i + 1)
        };
        if is_checklist(i) {
            let _ = write!(
                checklists,
                "  - id: q{i}\n    text: q{i}-text\n    guidance: q{i}-guide\n    next: {after}\n    options:\n      - {{id: a, label: opt-a}}\n      - {{id: b, label: opt-b, flags: [f]}}\n      - {{id: c, label: opt-c, interrupt: o{}}}\n      - {{id: d, label: opt-d}}\n      - {{id: e, label: opt-e}}\n      - {{id: none, label: opt-none, exclusive: true}}\n",
                i % outcomes
            );
            continue;
        }
        let _ = write!(
            yaml,
            "  - id: q{i}\n    text: q{i}-text\n    guidance: q{i}-guide\n    options:\n      - id: a\n        label: opt-a\n        next: {after}\n      - id: b\n        label: opt-b\n        next: {}\n        flags: [f]\n      - id: c\n        label: opt-c\n        next: o{}\n",
            next(i + 2),
            i % outcomes
        );
    }
    yaml.push_str(&checklists);
    yaml.push_str("infos:\n");
    for i in (0..questions).filter(|i| i % 10 == 9) {
        let _ = writeln!(ftl, "i{i}-text = Explique lo que va a pasar ahora.");
        let _ = write!(
            yaml,
            "  - id: i{i}\n    text: i{i}-text\n    next: {}\n",
            next(i + 1)
        );
    }
    yaml.push_str(
        "routes:\n  - id: pick\n    when:\n      - {flag: f, next: o1}\n    otherwise: o0\n",
    );
    yaml.push_str("outcomes:\n");
    for i in 0..outcomes {
        let _ = writeln!(
            ftl,
            "o{i}-title = Ruta {i}\no{i}-act = Acompañe a la niña o al niño al servicio."
        );
        let urgency = ["immediate", "within_24h", "within_week", "routine"][i % 4];
        let _ = write!(
            yaml,
            "  - id: o{i}\n    title: o{i}-title\n    urgency: {urgency}\n    iasc_layer: {}\n    primary: [s]\n    actions: [o{i}-act]\n",
            i % 4 + 1
        );
    }
    vec![
        ("guide/guide.yaml".to_owned(), yaml),
        ("locales/es/guide.ftl".to_owned(), ftl.clone()),
        ("locales/en/guide.ftl".to_owned(), ftl),
    ]
}

/// Whether question `i` of the synthetic guide is a checklist: the fifth of every ten.
fn is_checklist(i: usize) -> bool {
    i % 10 == 4
}

/// `guide/safety.yaml` with `count` properties over the guide of [`guide_files`]`(nodes)`, all
/// of which hold, so that each is explored in full (a violation would stop early): the options
/// that raise the flag demand its urgency, the options that end the walk demand their outcome,
/// the flag demands its referral and action, and the flag is never routine.
#[allow(dead_code)] // each bench compiles this module; only benches/safety.rs uses this
pub fn safety_file(nodes: usize, count: usize) -> (String, String) {
    let outcomes = (nodes / 10).max(4);
    let questions = nodes.saturating_sub(outcomes + 2).max(2);
    let mut yaml = String::from("format: 1\nproperties:\n");
    for p in 0..count {
        let q = (p * 7919) % questions;
        let body = match p % 5 {
            0 | 1 => format!(
                "    raises:\n      when: {{option: q{q}.b}}\n      then: [{{urgency: within_24h}}]\n"
            ),
            2 => format!(
                "    raises:\n      when: {{option: q{q}.c}}\n      then: [{{pathway: o{}}}]\n",
                q % outcomes
            ),
            3 => format!(
                "    raises:\n      when: {{flag: f}}\n      then: [{}]\n",
                if p % 2 == 0 {
                    "{referral: s}"
                } else {
                    "{action: flag-f-action}"
                }
            ),
            _ => "    never:\n      urgency: routine\n      while_any: [f]\n".to_owned(),
        };
        let _ = write!(yaml, "  - id: p{p}\n    why: Property {p}.\n{body}");
    }
    ("guide/safety.yaml".to_owned(), yaml)
}
