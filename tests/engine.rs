//! The engine, headless: walking, flags, going back, changing answers, sessions as YAML.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use ruta::engine::guide::{NodeKind, Urgency};
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
        .answer(loaded.guide(), option(&loaded, "danger", "no"))
        .unwrap();
    assert!(matches!(
        session.walk(loaded.guide()).position,
        Position::Info(_)
    ));
    session.acknowledge(loaded.guide());
    assert_eq!(at(&loaded, &session), "company");
    session
        .answer(loaded.guide(), option(&loaded, "company", "parent"))
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
    session.answer(g, option(loaded, "danger", "no")).unwrap();
    session.acknowledge(g);
    session
        .answer(g, option(loaded, "company", "alone"))
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
        .change_preview(g, "danger", option(&loaded, "danger", "yes"))
        .unwrap();
    assert_eq!(session.answers, before, "a preview changes nothing");
    let left = session
        .change(g, "danger", option(&loaded, "danger", "yes"))
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
        session.change(g, "company", 0).is_err(),
        "company is no longer on the path"
    );

    // Changing back puts the kept answers on the path again: nothing is asked twice.
    let left = session
        .change(g, "danger", option(&loaded, "danger", "no"))
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
            },
            Answer {
                node: "company".into(),
                option: Some("parent".into()),
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
    session.answer(loaded.guide(), 1).unwrap();
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
        session.answer(g, threat).unwrap();
        session.answer(g, debt).unwrap();
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
    session.answer(g, 0).unwrap();
    session.answer(g, 1).unwrap();
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
