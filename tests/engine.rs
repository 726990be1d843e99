//! The engine, headless: walking, flags, going back, changing answers, sessions as YAML.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use ruta::engine::guide::{NodeKind, OptionSet, Urgency};
use ruta::engine::session::{Answer, Pathways, Position, Session};

fn at(loaded: &ruta::engine::load::LoadedGuide, session: &Session) -> String {
    loaded
        .guide()
        .node(session.walk(loaded.guide()).position.node())
        .id
        .clone()
}

fn option(loaded: &ruta::engine::load::LoadedGuide, node: &str, option: &str) -> usize {
    let id = loaded.guide().find(node).expect("node exists");
    let NodeKind::Question(q) = &loaded.guide().node(id).kind else {
        panic!("{node} is not a question")
    };
    q.option_index(option).expect("option exists")
}

#[test]
fn a_walk_stops_at_each_unanswered_node() {
    let loaded = common::load_fixture("valid/small");
    let mut session = Session::new();
    assert!(matches!(
        session.walk(loaded.guide()).position,
        Position::Question(_)
    ));
    assert_eq!(at(&loaded, &session), "danger");

    session
        .answer(
            loaded.guide(),
            OptionSet::one(option(&loaded, "danger", "no")),
        )
        .unwrap();
    assert!(matches!(
        session.walk(loaded.guide()).position,
        Position::Info(_)
    ));
    session.acknowledge(loaded.guide());
    assert_eq!(at(&loaded, &session), "company");
    session
        .answer(
            loaded.guide(),
            OptionSet::one(option(&loaded, "company", "parent")),
        )
        .unwrap();

    let walk = session.walk(loaded.guide());
    assert!(matches!(walk.position, Position::Outcome(_)));
    assert_eq!(at(&loaded, &session), "routine");
    assert_eq!(
        walk.steps.len(),
        3,
        "danger, calm and company are the trace"
    );
    let pathway = Pathways::of(loaded.guide(), &walk).unwrap();
    assert_eq!(pathway.urgency, Urgency::Routine);
    assert!(pathway.flags.is_empty());
}

/// The small guide walked to `routine` with the `alone` flag: not in danger, travelled alone.
fn travelled_alone(loaded: &ruta::engine::load::LoadedGuide) -> Session {
    let g = loaded.guide();
    let mut session = Session::new();
    session
        .answer(g, OptionSet::one(option(loaded, "danger", "no")))
        .unwrap();
    session.acknowledge(g);
    session
        .answer(g, OptionSet::one(option(loaded, "company", "alone")))
        .unwrap();
    session
}

#[test]
fn flags_raise_urgency_and_add_referrals_and_actions() {
    let loaded = common::load_fixture("valid/small");
    let g = loaded.guide();
    let session = travelled_alone(&loaded);
    let pathway = Pathways::of(g, &session.walk(g)).unwrap();
    assert_eq!(
        pathway.urgency,
        Urgency::Within24h,
        "the flag's urgency beats the outcome's routine"
    );
    let names = |ids: &[ruta::engine::guide::ServiceId]| {
        ids.iter()
            .map(|s| g.service(*s).id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&pathway.primary), ["health"]);
    assert_eq!(names(&pathway.secondary), ["protection"]);
    let actions: Vec<&str> = pathway.actions.iter().map(|(_, m)| m.as_str()).collect();
    assert_eq!(
        actions,
        ["flag-alone-action", "out-routine-act"],
        "the flag's 24-hour action comes before the routine outcome's"
    );
    let stops: Vec<&str> = pathway.hard_stops.iter().map(|m| m.as_str()).collect();
    assert_eq!(
        stops,
        ["flag-alone-stop"],
        "a flag's hard stop follows the child to any outcome"
    );
}

#[test]
fn a_red_flag_is_one_that_calls_for_action_within_a_day_or_sooner() {
    let loaded = common::load_fixture("valid/small");
    let mut flag = loaded.guide().flags[0].clone();
    let mut red = Vec::new();
    for urgency in [None].into_iter().chain(Urgency::ALL.map(Some)) {
        flag.urgency = urgency;
        red.push((urgency.map(Urgency::keyword), flag.is_red_flag()));
    }
    assert_eq!(
        red,
        [
            (None, false),
            (Some("immediate"), true),
            (Some("within_24h"), true),
            (Some("within_week"), false),
            (Some("routine"), false),
        ]
    );
}

#[test]
fn changing_an_earlier_answer_keeps_what_leaves_the_path_aside_and_brings_it_back() {
    let loaded = common::load_fixture("valid/small");
    let g = loaded.guide();
    let mut session = travelled_alone(&loaded);
    let before = session.answers.clone();

    let leaving = session
        .change_preview(
            g,
            "danger",
            OptionSet::one(option(&loaded, "danger", "yes")),
        )
        .unwrap();
    assert_eq!(session.answers, before, "a preview changes nothing");
    let left = session
        .change(
            g,
            "danger",
            OptionSet::one(option(&loaded, "danger", "yes")),
        )
        .unwrap();
    assert_eq!(left, leaving, "the preview names exactly what leaves");
    assert_eq!(at(&loaded, &session), "urgent");
    let left: Vec<&str> = left.iter().map(|a| a.node.as_str()).collect();
    assert_eq!(left, ["calm", "company"]);
    assert_eq!(session.answers.len(), 3, "no answer is deleted");
    let walk = session.walk(g);
    let aside: Vec<&str> = walk.off_path.iter().map(|a| a.node.as_str()).collect();
    assert_eq!(aside, ["calm", "company"]);
    assert!(
        session.change(g, "company", OptionSet::one(0)).is_err(),
        "company is no longer on the path"
    );

    // Changing back puts the kept answers on the path again: nothing is asked twice.
    let left = session
        .change(g, "danger", OptionSet::one(option(&loaded, "danger", "no")))
        .unwrap();
    assert!(left.is_empty());
    assert_eq!(at(&loaded, &session), "routine");
    assert!(session.walk(g).off_path.is_empty());
}

#[test]
fn answers_that_do_not_fit_the_guide_are_not_followed() {
    let loaded = common::load_fixture("valid/small");
    let session = Session {
        answers: vec![
            Answer {
                node: "danger".into(),
                option: Some("maybe".into()),
                marked: Vec::new(),
            },
            Answer {
                node: "company".into(),
                option: Some("parent".into()),
                marked: Vec::new(),
            },
        ],
    };
    let walk = session.walk(loaded.guide());
    assert_eq!(loaded.guide().node(walk.position.node()).id, "danger");
    assert_eq!(walk.off_path.len(), 2);
}

#[test]
fn sessions_round_trip_through_yaml() {
    let loaded = common::load_fixture("valid/small");
    let mut session = Session::new();
    session.answer(loaded.guide(), OptionSet::one(1)).unwrap();
    session.acknowledge(loaded.guide());
    let text = serde_yaml::to_string(&session).unwrap();
    assert_eq!(
        text,
        "answers:\n- node: danger\n  option: no\n- node: calm\n"
    );
    let back: Session = serde_yaml::from_str(&text).unwrap();
    assert_eq!(back, session);
}

#[test]
fn the_engine_has_no_terminal_code() {
    fn visit(dir: &std::path::Path) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                for forbidden in ["ratatui", "crossterm", "clap"] {
                    assert!(
                        !text.contains(forbidden),
                        "{} mentions {forbidden}",
                        path.display()
                    );
                }
            }
        }
    }
    visit(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine"));
}

#[test]
fn the_directory_names_local_providers_before_national_ones() {
    let loaded = common::load_fixture("valid/small");
    let directory = loaded.directory();
    let health = loaded
        .guide()
        .services
        .iter()
        .position(|s| s.id == "health")
        .unwrap();
    let health = ruta::engine::guide::ServiceId(health as u32);
    let town = directory.find_place("town").unwrap();
    let country = directory.find_place("country").unwrap();
    let ids = |place| {
        directory
            .providers(health, place)
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(town), ["town_health", "country_health"]);
    assert_eq!(ids(country), ["country_health"]);
}

/// A guide whose last step is a route: the most urgent flag raised picks the outcome.
fn routed_guide() -> ruta::engine::load::LoadedGuide {
    let yaml = r#"
format: 1
id: routed
version: "1"
title: t
languages: [en]
start: threat
flags:
  - {id: threatened, label: t, urgency: within_24h}
  - {id: trafficked, label: t, urgency: immediate}
services:
  - {id: s, name: t}
questions:
  - id: threat
    text: t
    options:
      - {id: 'yes', label: t, next: debt, flags: [threatened]}
      - {id: 'no', label: t, next: debt}
  - id: debt
    text: t
    options:
      - {id: 'yes', label: t, next: pick, flags: [trafficked]}
      - {id: 'no', label: t, next: pick}
routes:
  - id: pick
    when:
      - {flag: trafficked, next: trafficking}
      - {flag: threatened, next: displacement}
    otherwise: routine
outcomes:
  - {id: trafficking, title: t, urgency: immediate, primary: [s], actions: [t]}
  - {id: displacement, title: t, urgency: within_24h, primary: [s], actions: [t]}
  - {id: routine, title: t, urgency: routine, primary: [s], actions: [t]}
"#;
    let sources = ruta::engine::source::SourceSet::from_files([
        ("guide/guide.yaml".to_owned(), yaml.to_owned()),
        ("locales/en/guide.ftl".to_owned(), "t = text\n".to_owned()),
    ]);
    ruta::engine::load::load(&sources).unwrap_or_else(|e| panic!("{}", common::render(&e)))
}

#[test]
fn routes_pick_the_first_branch_whose_flag_is_up() {
    let loaded = routed_guide();
    let g = loaded.guide();
    let end = |threat: usize, debt: usize| {
        let mut session = Session::new();
        session.answer(g, OptionSet::one(threat)).unwrap();
        session.answer(g, OptionSet::one(debt)).unwrap();
        g.node(session.walk(g).position.node()).id.clone()
    };
    assert_eq!(
        end(0, 0),
        "trafficking",
        "both flags: the first branch wins"
    );
    assert_eq!(end(0, 1), "displacement");
    assert_eq!(end(1, 0), "trafficking");
    assert_eq!(end(1, 1), "routine");
}

#[test]
fn the_answered_steps_skip_routes() {
    let loaded = routed_guide();
    let g = loaded.guide();
    let mut session = Session::new();
    session.answer(g, OptionSet::one(0)).unwrap();
    session.answer(g, OptionSet::one(1)).unwrap();
    let walk = session.walk(g);
    assert!(matches!(walk.position, Position::Outcome(_)));
    let answered: Vec<&str> = walk
        .answered(g)
        .map(|s| g.node(s.node).id.as_str())
        .collect();
    assert_eq!(
        answered,
        ["threat", "debt"],
        "going back never lands on a route"
    );
}

// ---------------------------------------------------------------- checklists

/// The checklist fixture: danger, an info, the `signs` checklist (crying raises `distress`,
/// an injury interrupts with `urgent`, nobody-with-the-child raises `alone`, "none" is marked
/// alone), then a route on `distress`.
fn checklist() -> ruta::engine::load::LoadedGuide {
    common::load_fixture("valid/checklist")
}

fn marks(loaded: &ruta::engine::load::LoadedGuide, ids: &[&str]) -> OptionSet {
    ids.iter().map(|id| option(loaded, "signs", id)).collect()
}

/// Not in danger, the info read: at the checklist.
fn at_signs(loaded: &ruta::engine::load::LoadedGuide) -> Session {
    let mut session = Session::new();
    let no = OptionSet::one(option(loaded, "danger", "no"));
    session.answer(loaded.guide(), no).unwrap();
    session.acknowledge(loaded.guide());
    assert_eq!(at(loaded, &session), "signs");
    session
}

#[test]
fn a_checklist_answer_raises_every_marked_options_flags_and_goes_on_to_its_next() {
    let loaded = checklist();
    let g = loaded.guide();
    let mut session = at_signs(&loaded);
    session
        .answer(g, marks(&loaded, &["crying", "alone_signs"]))
        .unwrap();
    let walk = session.walk(g);
    let flags: Vec<&str> = walk.flags.iter().map(|f| g.flag(*f).id.as_str()).collect();
    assert_eq!(flags, ["distress", "alone"]);
    // The route after the checklist chooses by the flags: distress goes to follow-up.
    assert_eq!(at(&loaded, &session), "follow_up");
    let step = walk
        .steps
        .iter()
        .find(|s| g.node(s.node).id == "signs")
        .unwrap();
    assert_eq!(step.chosen, marks(&loaded, &["crying", "alone_signs"]));
    // The record keeps the ids marked, in option order.
    assert_eq!(
        session.answers.last().unwrap(),
        &Answer {
            node: "signs".into(),
            option: None,
            marked: vec!["crying".into(), "alone_signs".into()],
        }
    );
}

#[test]
fn a_checklist_refuses_nothing_marked_and_none_of_these_with_a_sign() {
    use ruta::engine::guide::Refusal;
    use ruta::engine::session::AnswerError;
    let loaded = checklist();
    let g = loaded.guide();
    let mut session = at_signs(&loaded);
    assert_eq!(
        session.answer(g, OptionSet::EMPTY),
        Err(AnswerError::Refused(Refusal::Empty))
    );
    let none = option(&loaded, "signs", "none");
    assert_eq!(
        session.answer(g, marks(&loaded, &["crying", "none"])),
        Err(AnswerError::Refused(Refusal::Exclusive(none)))
    );
    assert_eq!(
        session.answer(g, OptionSet::one(9)),
        Err(AnswerError::Refused(Refusal::NoSuchOption(9)))
    );
    assert_eq!(at(&loaded, &session), "signs", "nothing was recorded");
    // A question that takes one answer refuses two.
    let mut fresh = Session::new();
    assert_eq!(
        fresh.answer(g, OptionSet::one(0).with(1)),
        Err(AnswerError::Refused(Refusal::OneOnly))
    );
}

#[test]
fn marking_none_of_these_clears_the_signs_and_a_sign_clears_none() {
    let loaded = checklist();
    let g = loaded.guide();
    let signs = g.find("signs").unwrap();
    let NodeKind::Question(q) = &g.node(signs).kind else {
        unreachable!()
    };
    let none = option(&loaded, "signs", "none");
    let crying = option(&loaded, "signs", "crying");
    let both = marks(&loaded, &["crying", "injury"]);
    assert_eq!(q.toggle(both, none), OptionSet::one(none));
    assert_eq!(
        q.toggle(OptionSet::one(none), crying),
        OptionSet::one(crying)
    );
    assert_eq!(q.toggle(both, crying), marks(&loaded, &["injury"]));
}

#[test]
fn two_interrupting_marks_interrupt_in_turn_and_one_pathway_reached_twice_is_shown_once() {
    // Injury interrupts with `urgent`; saying yes to danger would too. Here: the injury alone.
    let loaded = checklist();
    let g = loaded.guide();
    let mut session = at_signs(&loaded);
    session
        .answer(g, marks(&loaded, &["injury", "crying"]))
        .unwrap();
    assert!(matches!(
        session.walk(g).position,
        Position::Interruption(n) if g.node(n).id == "urgent"
    ));
    session.acknowledge(g);
    let walk = session.walk(g);
    assert_eq!(at(&loaded, &session), "follow_up");
    let result = Pathways::of(g, &walk).unwrap();
    assert_eq!(result.ids(g), ["urgent", "follow_up"]);
}

#[test]
fn changing_a_checklist_re_walks_and_keeps_the_answers_it_leaves_aside() {
    let loaded = checklist();
    let g = loaded.guide();
    let mut session = at_signs(&loaded);
    session.answer(g, marks(&loaded, &["none"])).unwrap();
    let unsure = OptionSet::one(option(&loaded, "company", "unsure"));
    session.answer(g, unsure).unwrap();
    assert_eq!(at(&loaded, &session), "follow_up");
    // Crying now: the route skips `company`, whose answer is kept aside.
    let preview = session
        .change_preview(g, "signs", marks(&loaded, &["crying"]))
        .unwrap();
    assert_eq!(preview.len(), 1);
    assert_eq!(preview[0].node, "company");
    let left = session
        .change(g, "signs", marks(&loaded, &["crying"]))
        .unwrap();
    assert_eq!(left, preview);
    assert_eq!(session.walk(g).off_path, preview);
    // Back to "none": the kept answer to `company` returns and the walk ends where it did.
    session
        .change(g, "signs", marks(&loaded, &["none"]))
        .unwrap();
    assert!(session.walk(g).off_path.is_empty());
    assert_eq!(at(&loaded, &session), "follow_up");
}

#[test]
fn checklist_answers_in_cases_are_checked_at_their_place() {
    use ruta::engine::diagnostic::Code;
    use ruta::engine::source::SourceSet;
    use ruta::engine::validate::validate;
    let case = |answer: &str| {
        SourceSet::from_dir(&common::fixture("valid/checklist"))
            .unwrap()
            .overlaid(SourceSet::from_files([(
                "guide/cases/signs.yaml".to_owned(),
                format!(
                    "title: case-signs-title\nsummary: case-signs-summary\nvignette: case-signs-vignette\nanswers:\n  danger: 'no'\n  signs: {answer}\nexpect:\n  outcome: follow_up\n"
                ),
            )]))
    };
    let found = |answer: &str| -> Vec<(Code, String, usize, usize)> {
        validate(&case(answer))
            .diagnostics
            .iter()
            .map(|d| {
                let at = d.location.as_ref().unwrap();
                (d.code, d.message.clone(), at.line, at.column)
            })
            .collect()
    };
    assert_eq!(
        found("[]"),
        [(
            Code::CaseBadAnswer,
            "checklist `signs` has no option marked".to_owned(),
            6,
            10
        )]
    );
    assert_eq!(
        found("[crying, none]"),
        [(
            Code::CaseBadAnswer,
            "option `none` of checklist `signs` is marked alone, not with others".to_owned(),
            6,
            10
        )]
    );
    assert_eq!(
        found("[crying, cryin]"),
        [(
            Code::CaseUnknownOption,
            "question `signs` has no option `cryin`".to_owned(),
            6,
            19
        )]
    );
    assert_eq!(
        found("[crying, crying]"),
        [(
            Code::CaseBadAnswer,
            "option `crying` is marked twice".to_owned(),
            6,
            19
        )]
    );
    // One option written without brackets is a checklist of one.
    assert_eq!(found("crying"), []);
}

#[test]
fn checklists_are_refused_with_too_few_or_too_many_options_and_options_with_a_next() {
    use ruta::engine::diagnostic::Code;
    use ruta::engine::source::SourceSet;
    use ruta::engine::validate::validate;
    let guide =
        std::fs::read_to_string(common::fixture("valid/checklist/guide/guide.yaml")).unwrap();
    let with = |from: &str, to: &str| {
        assert!(guide.contains(from));
        let changed = guide.replacen(from, to, 1);
        let found: Vec<(Code, usize)> = validate(
            &SourceSet::from_dir(&common::fixture("valid/checklist"))
                .unwrap()
                .overlaid(SourceSet::from_files([(
                    "guide/guide.yaml".to_owned(),
                    changed,
                )])),
        )
        .diagnostics
        .iter()
        .filter(|d| d.severity == ruta::engine::diagnostic::Severity::Error)
        .map(|d| (d.code, d.location.as_ref().unwrap().line))
        .collect();
        found
    };
    let thirteen: String = (0..13)
        .map(|i| format!("      - {{id: s{i}, label: opt-crying}}\n"))
        .collect();
    let options_start = "    options:\n      - id: crying\n";
    assert_eq!(
        with(
            options_start,
            &format!("    options:\n{thirteen}      - id: crying\n")
        )
        .first()
        .map(|(code, _)| *code),
        Some(Code::TooManyOptions)
    );
    // The option's own `next` (line 70, under its `flags` on line 69) is not a key of a
    // checklist option.
    assert_eq!(
        with(
            "        flags: [distress]\n",
            "        flags: [distress]\n        next: company\n"
        ),
        [(Code::UnknownKey, 70)]
    );
}
