//! Safety properties (`guide/safety.yaml`): each kind holds and fails on a small guide with
//! the exact shortest counterexample; bad property files are refused at their place; the
//! checker agrees with a brute-force enumeration of every walk of small generated guides; and
//! a one-line change to the bundled guide that drops a concern is caught.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use proptest::prelude::*;
use ruta::engine::guide::{Guide, NodeKind, OptionSet};
use ruta::engine::load::{LoadedGuide, load};
use ruta::engine::safety::{self, Proof};
use ruta::engine::session::{Position, Session, Walk};
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;

/// The safety base guide with `tests/guides/safety/<name>/` laid over it.
fn fixture(name: &str) -> SourceSet {
    let base = SourceSet::from_dir(&common::fixture("safety/base")).unwrap();
    base.overlaid(SourceSet::from_dir_partial(&common::fixture(&format!("safety/{name}"))).unwrap())
}

fn proof(sources: &SourceSet) -> (LoadedGuide, Proof) {
    let loaded = load(sources).unwrap_or_else(|e| panic!("{}", common::render(&e)));
    let proof = safety::prove(sources, &loaded, &[]).expect("a safety file");
    (loaded, proof)
}

/// `question.option` for each answer of each counterexample, by property id.
fn answers(guide: &Guide, proof: &Proof) -> Vec<(String, Vec<String>)> {
    proof
        .counterexamples
        .iter()
        .map(|c| {
            let answers = c
                .answers()
                .flat_map(|(q, chosen)| {
                    let NodeKind::Question(question) = &guide.node(q).kind else {
                        unreachable!()
                    };
                    question
                        .chosen(chosen)
                        .map(|o| format!("{}.{}", guide.node(q).id, o.id))
                        .collect::<Vec<_>>()
                })
                .collect();
            (c.property.clone(), answers)
        })
        .collect()
}

#[test]
fn every_kind_of_property_holds_on_a_guide_that_keeps_it() {
    let (_, proof) = proof(&fixture("holds"));
    assert_eq!(
        proof.proved,
        [
            "danger-reaches-danger-now",
            "home-risk-within-24h",
            "home-risk-refers-to-protection",
            "home-risk-is-not-sent-home",
            "home-risk-gets-an-action",
            "danger-is-never-routine",
            "unanswered-never-ends-fine",
            "teens-are-asked-about-sexual-violence",
        ]
    );
    assert!(proof.diagnostics.is_empty(), "{:?}", proof.diagnostics);
}

#[test]
fn every_kind_of_property_fails_with_its_shortest_counterexample() {
    let (loaded, proof) = proof(&fixture("fails"));
    assert!(proof.proved.is_empty());
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        answers(loaded.guide(), &proof),
        [
            (
                "unsure-home-within-24h".into(),
                s(&["q_age.young", "q_danger.no", "q_home.unsure"])
            ),
            (
                // The interruption is acted on and the screening goes on to its end.
                "danger-never-ends-fine".into(),
                s(&["q_age.young", "q_danger.yes", "q_home.safe"])
            ),
            (
                "everyone-is-asked-about-sexual-violence".into(),
                s(&["q_age.young", "q_danger.no", "q_home.safe"])
            ),
            (
                "sexual-violence-disclosed-refers-to-protection".into(),
                s(&["q_age.teen", "q_danger.no", "q_home.safe", "q_sv.yes"])
            ),
        ]
    );
}

#[test]
fn a_violation_is_reported_at_the_property_with_the_walk_in_the_authors_language() {
    let validation = validate(&fixture("fails"));
    let first = validation.diagnostics[0].to_string();
    let file = common::fixture("safety/fails/guide/safety.yaml");
    assert_eq!(
        first,
        format!(
            "error[safety-violation]: safety property `unsure-home-within-24h` does not hold: A child unsure whether home is safe is seen within 24 hours.
 --> {}:4:5
  |
4 |   - id: unsure-home-within-24h
  |     ^
  = note: a shortest walk that breaks it (3 answers):
  = note:   1. How old are you? → Under 12   [q_age.young]
  = note:   2. Are you in danger now? → No   [q_danger.no]
  = note:   3. (read `i_explain`)
  = note:   4. Is it safe at home? → Not sure   [q_home.unsure]
  = note: the screening ends at `fine`: pathways `fine`, urgency routine, flags [young]
  = help: fix the guide; `ruta validate --write-counterexamples DIR` saves this walk as a case to test the fix
",
            file.display()
        )
    );
    assert_eq!(
        validation
            .diagnostics
            .iter()
            .map(|d| (d.code.as_str(), d.location.as_ref().unwrap().line))
            .collect::<Vec<_>>(),
        [
            ("safety-violation", 4),
            ("safety-violation", 9),
            ("safety-violation", 14),
            ("safety-violation", 18)
        ]
    );
}

#[test]
fn an_interruption_in_a_counterexample_is_shown_as_acted_on() {
    let validation = validate(&fixture("fails"));
    let d = &validation.diagnostics[1];
    assert_eq!(
        d.notes[2..],
        [
            "  2. Are you in danger now? → Yes   [q_danger.yes]",
            "     interrupted by `danger_now`, acted on; the screening goes on",
            "  3. (read `i_explain`)",
            "  4. Is it safe at home? → Safe   [q_home.safe]",
            "the screening ends at `fine`: pathways `danger_now`, `fine`, urgency immediate, flags [young, danger_said]",
        ]
    );
}

/// The checklist fixture with `properties` as its safety file.
fn checklist_with(properties: &str) -> SourceSet {
    SourceSet::from_dir(&common::fixture("valid/checklist"))
        .unwrap()
        .overlaid(SourceSet::from_files([(
            "guide/safety.yaml".to_owned(),
            format!("format: 1\nproperties:\n{properties}"),
        )]))
}

#[test]
fn a_property_broken_only_by_marking_two_signs_together_is_found() {
    // Crying raises `distress`; an injury interrupts with `urgent`. Neither sign alone puts the
    // urgent pathway under distress: only both marked on the checklist do.
    let sources = checklist_with(
        "  - id: no-urgent-in-distress\n    why: w\n    never:\n      outcome: urgent\n      while_any: [distress]\n",
    );
    let (loaded, proof) = proof(&sources);
    assert_eq!(
        answers(loaded.guide(), &proof),
        [(
            "no-urgent-in-distress".to_owned(),
            vec![
                "danger.no".to_owned(),
                "signs.crying".to_owned(),
                "signs.injury".to_owned()
            ]
        )]
    );
    // Its case file marks both signs, as a list.
    let file = proof.counterexamples[0].case_file(loaded.guide(), &proof.properties[0]);
    assert!(
        file.contains("  signs:\n  - crying\n  - injury\n"),
        "{file}"
    );
    let validation = validate(&sources);
    assert_eq!(
        validation.diagnostics[0].notes[1..4],
        [
            "  1. ¿Corres peligro ahora? → No   [danger.no]",
            "  2. (read `calm`)",
            "  3. ¿Cuáles de estas señales observa? Marque todas las que correspondan. → Llanto o mucha tristeza; Una lesión reciente   [signs.crying, signs.injury]",
        ]
    );
}

#[test]
fn bad_property_files_are_refused_at_their_place() {
    let expected = [
        ("duplicate-id", "safety-duplicate-id", 6, 9),
        ("two-kinds", "safety-kind", 3, 9),
        ("unknown-flag", "safety-unknown-flag", 6, 20),
        ("unknown-key", "unknown-key", 8, 7),
        ("unknown-message", "safety-unknown-message", 7, 26),
        ("unknown-option", "safety-unknown-option", 6, 22),
        ("unknown-outcome", "safety-unknown-outcome", 6, 18),
        ("unknown-question", "safety-unknown-question", 6, 17),
        ("unknown-service", "safety-unknown-service", 7, 25),
        ("unknown-urgency", "unknown-urgency", 7, 24),
    ];
    for (name, code, line, column) in expected {
        let validation = validate(&fixture(&format!("invalid-{name}")));
        let found: Vec<_> = validation
            .diagnostics
            .iter()
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                (
                    d.code.as_str(),
                    l.file.ends_with("guide/safety.yaml"),
                    l.line,
                    l.column,
                )
            })
            .collect();
        assert_eq!(found, [(code, true, line, column)], "{name}");
    }
}

#[test]
fn a_near_miss_is_suggested() {
    let validation = validate(&fixture("invalid-unknown-flag"));
    assert_eq!(
        validation.diagnostics[0].help.as_deref(),
        Some("did you mean `home_risk`?")
    );
}

#[test]
fn too_many_states_is_a_placed_finding() {
    let sources = fixture("holds");
    let loaded = load(&sources).unwrap();
    let proof = safety::prove_with_limit(&sources, &loaded, &[], 3).unwrap();
    assert!(proof.proved.is_empty());
    assert_eq!(proof.diagnostics.len(), 8);
    assert!(
        proof
            .diagnostics
            .iter()
            .all(|d| d.code.as_str() == "safety-state-limit" && d.location.is_some())
    );
}

#[test]
fn a_guide_without_a_safety_file_has_no_proof() {
    let sources = SourceSet::from_dir(&common::fixture("safety/base")).unwrap();
    assert!(validate(&sources).safety.is_none());
}

// ---------------------------------------------------------------- the bundled guide

#[test]
fn the_bundled_guide_keeps_its_properties() {
    let validation = validate(&SourceSet::embedded());
    let proof = validation
        .safety
        .expect("the bundled guide has safety properties");
    assert!(proof.counterexamples.is_empty());
    assert_eq!(proof.proved.len(), proof.properties.len());
    assert!(proof.proved.len() >= 9);
}

#[test]
fn dropping_a_concern_from_the_bundled_guide_is_caught_with_a_counterexample() {
    let embedded = SourceSet::embedded();
    let text = &embedded.get("guide/guide.yaml").unwrap().text;
    // One line: leaving because of threats no longer raises `threat_at_origin`.
    let line = "        next: safe_to_return\n        flags: [threat_at_origin]\n";
    assert_eq!(text.matches(line).count(), 1);
    let changed = text.replacen(line, "        next: safe_to_return\n", 1);
    let sources = embedded.overlaid(SourceSet::from_files([(
        "guide/guide.yaml".to_owned(),
        changed,
    )]));
    let (loaded, proof) = proof(&sources);
    assert_eq!(
        proof
            .counterexamples
            .iter()
            .map(|c| c.property.as_str())
            .collect::<Vec<_>>(),
        ["threats-keep-the-child-from-the-threatened-place"]
    );
    let walk = proof.counterexamples[0].walk(loaded.guide());
    let chosen: Vec<String> = walk
        .steps
        .iter()
        .flat_map(|s| {
            let NodeKind::Question(q) = &loaded.guide().node(s.node).kind else {
                return Vec::new();
            };
            q.chosen(s.chosen)
                .map(|o| format!("{}.{}", loaded.guide().node(s.node).id, o.id))
                .collect()
        })
        .collect();
    assert!(chosen.contains(&"reasons_left.threats".to_owned()));
    assert!(
        chosen.contains(&"safe_to_return.safe".to_owned()),
        "{chosen:?}"
    );
    let property = &proof.properties[proof
        .properties
        .iter()
        .position(|p| p.id == "threats-keep-the-child-from-the-threatened-place")
        .unwrap()];
    assert_eq!(safety::keeps(loaded.guide(), property, &walk), Some(false));
}

// ---------------------------------------------------------------- counterexample case files

#[test]
fn a_counterexample_case_fails_until_the_guide_is_fixed() {
    let (loaded, proof) = proof(&fixture("fails"));
    let c = &proof.counterexamples[0];
    let property = &proof.properties[0];
    let text = c.case_file(loaded.guide(), property);
    assert!(text.ends_with(
        "title: case-safety-unsure-home-within-24h-title
summary: case-safety-unsure-home-within-24h-summary
vignette: case-safety-unsure-home-within-24h-vignette
answers:
  q_age: young
  q_danger: no
  q_home: unsure
expect:
  outcome: fine
  safety:
  - unsure-home-within-24h
"
    ));
    // As a case of the guide (with its texts), `ruta test` reads it and it breaks the property.
    let texts = "case-safety-unsure-home-within-24h-title = t\ncase-safety-unsure-home-within-24h-summary = t\ncase-safety-unsure-home-within-24h-vignette = t\n";
    let with_case = fixture("fails").overlaid(SourceSet::from_files([
        (
            "guide/cases/unsure-home-within-24h.yaml".to_owned(),
            text.clone(),
        ),
        ("locales/en/cases.ftl".to_owned(), texts.to_owned()),
        ("locales/es/cases.ftl".to_owned(), texts.to_owned()),
    ]));
    let validation = validate(&with_case);
    assert!(
        validation
            .diagnostics
            .iter()
            .all(|d| d.code == ruta::engine::diagnostic::Code::SafetyViolation)
    );
    let case = &validation.loaded.as_ref().unwrap().cases()[0];
    let run = case.run(loaded.guide());
    assert_eq!(run.failure, None, "the case walks to the outcome it names");
    assert_eq!(
        safety::keeps(loaded.guide(), property, &run.walk),
        Some(false)
    );

    // Fixed guide: "not sure" now raises the home-risk flag; the same walk keeps the property.
    let guide = with_case.get("guide/guide.yaml").unwrap().text.replace(
        "{id: unsure, label: opt-unsure, next: gate}",
        "{id: unsure, label: opt-unsure, next: gate, flags: [home_risk]}",
    );
    let fixed = with_case.overlaid(SourceSet::from_files([(
        "guide/guide.yaml".to_owned(),
        guide,
    )]));
    let validation = validate(&fixed);
    let fixed_guide = validation.loaded.as_ref().unwrap().guide();
    let walk = validation.loaded.as_ref().unwrap().cases()[0]
        .run(fixed_guide)
        .walk;
    assert_eq!(safety::keeps(fixed_guide, property, &walk), Some(true));
}

#[test]
fn a_case_naming_an_unknown_property_is_refused_at_its_place() {
    let case = "title: t\nsummary: t\nvignette: t\nanswers:\n  q_age: young\n  q_danger: 'no'\n  q_home: unsure\nexpect:\n  outcome: fine\n  safety: [unsure-home-within-42h]\n";
    let sources = fixture("fails").overlaid(SourceSet::from_files([
        ("guide/cases/c.yaml".to_owned(), case.to_owned()),
        ("locales/en/cases.ftl".to_owned(), "t = t\n".to_owned()),
        ("locales/es/cases.ftl".to_owned(), "t = t\n".to_owned()),
    ]));
    let validation = validate(&sources);
    let d = validation
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "case-unknown-property")
        .unwrap();
    let l = d.location.as_ref().unwrap();
    assert_eq!(
        (l.file.as_str(), l.line, l.column),
        ("guide/cases/c.yaml", 10, 12)
    );
    assert_eq!(
        d.help.as_deref(),
        Some("did you mean `unsure-home-within-24h`?")
    );
}

// ---------------------------------------------------------------- against brute force

/// One generated node: kind (0 question, 1 info, 2 route, 3 outcome, 4 checklist), targets,
/// flags, and whether (and to which outcome) its first option (and a checklist's third)
/// interrupts.
#[derive(Debug, Clone)]
struct GenNode {
    kind: u8,
    targets: Vec<usize>,
    flags: Vec<usize>,
    interrupt: Option<usize>,
}

fn node() -> impl Strategy<Value = GenNode> {
    // Mostly questions and routes, so that walks branch and routes decide.
    let kind = prop_oneof![
        5 => Just(0u8),
        1 => Just(1u8),
        3 => Just(2u8),
        1 => Just(3u8),
        3 => Just(4u8)
    ];
    (
        kind,
        prop::collection::vec(1usize..4, 1..4),
        prop::collection::vec(0usize..4, 0..3),
        prop::option::of(0usize..8),
    )
        .prop_map(|(kind, targets, flags, interrupt)| GenNode {
            kind,
            targets,
            flags,
            interrupt,
        })
}

/// A guide whose targets all point forward (so it has no cycle); the last node is an outcome.
/// Flags have different urgencies, referrals and hard stops, so results differ.
fn guide_yaml(nodes: &[GenNode]) -> String {
    let last = nodes.len() - 1;
    let kind = |i: usize| if i == last { 3 } else { nodes[i].kind };
    let outcomes: Vec<usize> = (0..nodes.len()).filter(|i| kind(*i) == 3).collect();
    let (mut questions, mut checklists, mut infos, mut routes, mut ends) = (
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    );
    for (i, n) in nodes.iter().enumerate() {
        let target = |k: usize| format!("n{}", (i + n.targets[k % n.targets.len()]).min(last));
        match kind(i) {
            0 => {
                questions.push_str(&format!("  - id: n{i}\n    text: t\n    options:\n"));
                for k in 0..n.targets.len().max(2) {
                    let flags: Vec<String> = n
                        .flags
                        .iter()
                        .skip(k)
                        .take(1)
                        .map(|f| format!("f{f}"))
                        .collect();
                    let interrupt = match n.interrupt {
                        Some(o) if k == 0 => {
                            format!(", interrupt: n{}", outcomes[o % outcomes.len()])
                        }
                        _ => String::new(),
                    };
                    questions.push_str(&format!(
                        "      - {{id: o{k}, label: t, next: {}, flags: [{}]{interrupt}}}\n",
                        target(k),
                        flags.join(", ")
                    ));
                }
            }
            4 => {
                // Two to four options, each raising its flag; with three targets or more the
                // last is "none of these".
                checklists.push_str(&format!("  - id: n{i}\n    text: t\n    next: {}\n    options:\n", target(0)));
                let count = (n.targets.len() + 1).min(4);
                for k in 0..count {
                    let flags = n.flags.get(k).map(|f| format!("f{f}")).unwrap_or_default();
                    let interrupt = match n.interrupt {
                        Some(o) if k == 0 || k == 2 => {
                            format!(", interrupt: n{}", outcomes[(o + k) % outcomes.len()])
                        }
                        _ => String::new(),
                    };
                    let exclusive = if k == count - 1 && n.targets.len() >= 3 {
                        ", exclusive: true"
                    } else {
                        ""
                    };
                    checklists.push_str(&format!(
                        "      - {{id: o{k}, label: t, flags: [{flags}]{interrupt}{exclusive}}}\n"
                    ));
                }
            }
            1 => infos.push_str(&format!("  - {{id: n{i}, text: t, next: {}}}\n", target(0))),
            2 => {
                routes.push_str(&format!("  - id: n{i}\n    when:\n"));
                let flags = if n.flags.is_empty() { &[0][..] } else { &n.flags[..] };
                // Each branch to another node, so that taking the wrong one shows.
                let branch = |k: usize| format!("n{}", (i + 1 + k).min(last));
                for (k, f) in flags.iter().enumerate() {
                    routes.push_str(&format!("      - {{flag: f{f}, next: {}}}\n", branch(k)));
                }
                routes.push_str(&format!("    otherwise: {}\n", branch(flags.len())));
            }
            _ => ends.push_str(&format!(
                "  - {{id: n{i}, title: t, urgency: {}, primary: [s{}], actions: [a{}], hard_stops: [h{}]}}\n",
                ["immediate", "within_24h", "within_week", "routine"][i % 4],
                i % 3,
                i % 2,
                i % 2
            )),
        }
    }
    let section = |name: &str, body: &str| {
        if body.is_empty() {
            String::new()
        } else {
            format!("{name}:\n{body}")
        }
    };
    format!(
        "format: 1\nid: gen\nversion: '1'\ntitle: t\nlanguages: [en]\nstart: n0\nflags:\n{}services:\n  - {{id: s0, name: t}}\n  - {{id: s1, name: t}}\n  - {{id: s2, name: t}}\n{}{}{}{}{}",
        [
            "{id: f0, label: t}",
            "{id: f1, label: t, urgency: within_week, referrals: [s1]}",
            "{id: f2, label: t, urgency: within_24h, action: a1, hard_stop: h0}",
            "{id: f3, label: t, urgency: immediate, referrals: [s2], action: a0}",
        ]
        .iter()
        .map(|f| format!("  - {f}\n"))
        .collect::<String>(),
        section("questions", &questions),
        section("checklists", &checklists),
        section("infos", &infos),
        section("routes", &routes),
        section("outcomes", &ends),
    )
}

/// Texts for the generated guides' messages.
const GEN_TEXTS: &str = "t = t\na0 = a\na1 = a\nh0 = h\nh1 = h\n";

/// Properties of every kind over the generated guide's ids, picked by `picks`.
fn properties_yaml(guide: &Guide, picks: &[(u8, usize, usize, usize)]) -> String {
    let questions: Vec<(String, Vec<String>)> = guide
        .nodes
        .iter()
        .filter_map(|n| match &n.kind {
            NodeKind::Question(q) => Some((
                n.id.clone(),
                q.options.iter().map(|o| o.id.clone()).collect(),
            )),
            _ => None,
        })
        .collect();
    let outcomes: Vec<&str> = guide
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Outcome(_)))
        .map(|n| n.id.as_str())
        .collect();
    let urgencies = ["immediate", "within_24h", "within_week", "routine"];
    let mut out = String::from("format: 1\nproperties:\n");
    for (i, &(kind, a, b, c)) in picks.iter().enumerate() {
        let trigger = |x: usize, y: usize| {
            if questions.is_empty() || x.is_multiple_of(2) {
                format!("{{flag: f{}}}", y % 4)
            } else {
                let (q, options) = &questions[y % questions.len()];
                format!("{{option: {q}.{}}}", options[x % options.len()])
            }
        };
        let demand = match c % 5 {
            0 => format!("{{urgency: {}}}", urgencies[a % 4]),
            1 => format!("{{referral: s{}}}", a % 3),
            // h0 is always there (flag f2); h1 only if an odd-numbered outcome exists.
            2 => "{hard_stop: h0}".to_owned(),
            3 => format!("{{action: a{}}}", a % 2),
            _ => format!("{{pathway: {}}}", outcomes[a % outcomes.len()]),
        };
        let body = match kind % 3 {
            0 => format!(
                "    raises:\n      when: {}\n      then: [{demand}]\n",
                trigger(a, b)
            ),
            1 => {
                let result = match c % 3 {
                    0 => format!("outcome: {}", outcomes[b % outcomes.len()]),
                    1 => format!("concluded: {}", outcomes[b % outcomes.len()]),
                    _ => format!("urgency: {}", urgencies[b % 4]),
                };
                let flags = if a.is_multiple_of(3) {
                    String::new()
                } else {
                    format!("f{}, f{}", a % 4, b % 4)
                };
                format!("    never:\n      {result}\n      while_any: [{flags}]\n")
            }
            _ if questions.is_empty() => format!("    never:\n      concluded: {}\n", outcomes[0]),
            _ => format!(
                "    asks:\n      question: {}\n      unless: [{}]\n",
                questions[b % questions.len()].0,
                if c % 2 == 0 {
                    trigger(a, c)
                } else {
                    String::new()
                }
            ),
        };
        out.push_str(&format!("  - id: p{i}\n    why: w\n{body}"));
    }
    out
}

/// Every complete walk of `guide`, by answering every option at every question and every set
/// a checklist accepts: the brute force the checker must agree with.
fn every_walk(guide: &Guide) -> Vec<Walk> {
    let mut done = Vec::new();
    let mut pending = vec![Session::new()];
    while let Some(session) = pending.pop() {
        let walk = session.walk(guide);
        match walk.position {
            Position::Outcome(_) => done.push(walk),
            Position::Info(_) | Position::Interruption(_) => {
                let mut next = session;
                next.acknowledge(guide);
                pending.push(next);
            }
            Position::Question(node) => {
                let NodeKind::Question(q) = &guide.node(node).kind else {
                    unreachable!()
                };
                let sets = 1u32..1 << q.options.len();
                for chosen in sets.map(|bits| {
                    (0..q.options.len())
                        .filter(|i| bits & (1 << i) != 0)
                        .collect::<OptionSet>()
                }) {
                    if q.accepts(chosen).is_err() {
                        continue;
                    }
                    let mut next = session.clone();
                    next.answer(guide, chosen).unwrap();
                    pending.push(next);
                }
            }
        }
    }
    done
}

/// Moves of a walk as the checker counts them: every node passed but acknowledged
/// interruptions.
fn length(guide: &Guide, walk: &Walk) -> usize {
    walk.steps
        .iter()
        .filter(|s| !matches!(guide.node(s.node).kind, NodeKind::Outcome(_)))
        .count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_checker_agrees_with_every_walk_enumerated(
        nodes in prop::collection::vec(node(), 2..12),
        picks in prop::collection::vec((0u8..3, 0usize..16, 0usize..16, 0usize..16), 1..6),
    ) {
        let yaml = guide_yaml(&nodes);
        let base = SourceSet::from_files([
            ("guide/guide.yaml".to_owned(), yaml),
            ("locales/en/guide.ftl".to_owned(), GEN_TEXTS.to_owned()),
        ]);
        let Ok(loaded) = load(&base) else { return Ok(()) };
        let guide = loaded.guide();
        let sources = base.overlaid(SourceSet::from_files([(
            "guide/safety.yaml".to_owned(),
            properties_yaml(guide, &picks),
        )]));
        let proof = safety::prove(&sources, &loaded, &[]).unwrap();
        prop_assert!(proof.diagnostics.iter().all(|d| d.code == ruta::engine::diagnostic::Code::SafetyViolation), "{:?}", proof.diagnostics);
        let walks = every_walk(guide);
        for property in &proof.properties {
            let breaking: Vec<&Walk> = walks
                .iter()
                .filter(|w| safety::keeps(guide, property, w) == Some(false))
                .collect();
            let found = proof.counterexamples.iter().find(|c| c.property == property.id);
            match found {
                None => prop_assert!(breaking.is_empty(), "{} proved, but {} walks break it", property.id, breaking.len()),
                Some(c) => {
                    let walk = c.walk(guide);
                    prop_assert_eq!(walk.position, Position::Outcome(c.concluded()));
                    prop_assert_eq!(safety::keeps(guide, property, &walk), Some(false));
                    let shortest = breaking.iter().map(|w| length(guide, w)).min();
                    prop_assert_eq!(Some(length(guide, &walk)), shortest, "{}", property.id);
                }
            }
        }
    }
}

#[test]
fn generated_guides_exercise_both_verdicts() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut proved, mut violated, mut with_checklists) = (0, 0, 0);
    for _ in 0..200 {
        let nodes = prop::collection::vec(node(), 2..12)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let picks = prop::collection::vec((0u8..3, 0usize..16, 0usize..16, 0usize..16), 1..6)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let base = SourceSet::from_files([
            ("guide/guide.yaml".to_owned(), guide_yaml(&nodes)),
            ("locales/en/guide.ftl".to_owned(), GEN_TEXTS.to_owned()),
        ]);
        let Ok(loaded) = load(&base) else { continue };
        with_checklists += usize::from(
            loaded
                .guide()
                .nodes
                .iter()
                .any(|n| matches!(&n.kind, NodeKind::Question(q) if q.is_checklist())),
        );
        let sources = base.overlaid(SourceSet::from_files([(
            "guide/safety.yaml".to_owned(),
            properties_yaml(loaded.guide(), &picks),
        )]));
        let proof = safety::prove(&sources, &loaded, &[]).unwrap();
        proved += proof.proved.len();
        violated += proof.counterexamples.len();
    }
    assert!(
        proved > 50 && violated > 50 && with_checklists > 50,
        "{proved} proved, {violated} violated, {with_checklists} guides with checklists"
    );
}

// ---------------------------------------------------------------- the command line

fn ruta(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs")
}

/// The safety base guide with `safety/<name>/` laid over it, as a real folder.
fn folder(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in fixture(name).files() {
        let path = dir.path().join(&file.relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &file.text).unwrap();
    }
    dir
}

#[test]
fn validate_reports_the_properties_proven() {
    let proof = validate(&SourceSet::embedded()).safety.unwrap();
    let out = ruta(&["validate"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "proved {} safety properties over every walk\n",
            proof.proved.len()
        )
    );
    let out = ruta(&["validate", "--format", "json"]);
    let last: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().last().unwrap()).unwrap();
    assert_eq!(
        last["safety"]["proved"].as_array().unwrap().len(),
        proof.proved.len()
    );
    assert_eq!(last["safety"]["violated"], serde_json::json!([]));
}

#[test]
fn counterexamples_are_written_as_cases_that_ruta_test_fails_on() {
    let guide = folder("fails");
    let out_dir = tempfile::tempdir().unwrap();
    let path = guide.path().to_str().unwrap();
    let out = ruta(&[
        "validate",
        path,
        "--write-counterexamples",
        out_dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let mut written: Vec<String> = std::fs::read_dir(out_dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "danger-never-ends-fine.yaml",
            "everyone-is-asked-about-sexual-violence.yaml",
            "sexual-violence-disclosed-refers-to-protection.yaml",
            "unsure-home-within-24h.yaml",
        ]
    );
    // The author adds one to the guide's cases, with its texts: `ruta test` runs it and fails.
    let cases = guide.path().join("guide/cases");
    std::fs::create_dir_all(&cases).unwrap();
    std::fs::copy(
        out_dir.path().join("danger-never-ends-fine.yaml"),
        cases.join("danger-never-ends-fine.yaml"),
    )
    .unwrap();
    for lang in ["en", "es"] {
        let texts: String = ["title", "summary", "vignette"]
            .iter()
            .map(|k| format!("case-safety-danger-never-ends-fine-{k} = t\n"))
            .collect();
        std::fs::write(
            guide.path().join(format!("locales/{lang}/cases.ftl")),
            texts,
        )
        .unwrap();
    }
    let out = ruta(&["test", path]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "FAIL  danger-never-ends-fine       t\n      reached `fine`, which breaks safety property `danger-never-ends-fine` ({})\n0 passed, 1 failed\n",
            cases.join("danger-never-ends-fine.yaml").display()
        )
    );
}

/// Guide 0.3.0, kept as it was, against the review's findings written in its own ids: every
/// property fails, each with the shortest walk that shows the concern dropped. Guide 0.4.0 keeps
/// the same findings (and more) in `guide/safety.yaml`, and `the_bundled_guide_keeps_its_properties`
/// proves them there.
#[test]
fn guide_0_3_0_breaks_every_path_finding_of_the_review() {
    let sources = SourceSet::from_dir(&common::fixture("safety/guide-0.3.0")).unwrap();
    let (loaded, proof) = proof(&sources);
    assert_eq!(loaded.guide().version, "0.3.0");
    assert!(proof.proved.is_empty(), "{:?}", proof.proved);
    let broken = answers(loaded.guide(), &proof);
    let walk = |id: &str| -> &Vec<String> {
        &broken
            .iter()
            .find(|(property, _)| property == id)
            .unwrap_or_else(|| panic!("{id} holds on 0.3.0"))
            .1
    };
    // S1: an immediate finding (here an adult who will not step out) ended the walk before the
    // sexual-violence question was ever asked.
    assert_eq!(
        walk("s1-adolescents-asked-about-sexual-violence"),
        &[
            "private_space.yes",
            "who_present.unverified_adult",
            "adult_waits_outside.refused"
        ]
    );
    // S3, S7, S9: the answer named by the property is the last word of the shortest walk that
    // loses the concern.
    for (id, answer) in [
        (
            "s3-not-safe-to-go-back-within-24h",
            "safe_to_return.not_safe",
        ),
        (
            "s7-documents-missing-or-held-reach-anti-trafficking",
            "id_documents.no",
        ),
        (
            "s9-declining-sexual-violence-still-reaches-health",
            "sexual_violence.declined",
        ),
    ] {
        assert!(walk(id).iter().any(|a| a == answer), "{id}: {:?}", walk(id));
    }
    // S4: "released today?" is not asked on every walk (its shortest breaking walk is S1's early
    // end; declining the first protection question is another).
    assert!(!walk("s4-declining-still-asks-about-tonight").is_empty());
    // S8: a relative missing on the route still ended at "expected reactions".
    assert!(
        walk("s8-missing-relative-is-never-expected-reactions")
            .contains(&"family_missing.yes".to_owned()),
        "{:?}",
        walk("s8-missing-relative-is-never-expected-reactions")
    );
    assert_eq!(broken.len(), 6);
}
