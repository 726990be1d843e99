//! The guide built into the binary: it has no findings, every outcome can be reached, and a
//! headless walk along a path to each outcome ends there, in every language.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::collections::VecDeque;

use ruta::engine::guide::{Guide, NodeId, NodeKind, OptionSet};
use ruta::engine::session::{Pathways, Position, Session};

/// For every node, the step that first reaches it in a breadth-first search from the start:
/// (previous node, option index taken there).
fn shortest_paths(guide: &Guide) -> Vec<Option<(NodeId, Option<usize>)>> {
    let mut reached_from = vec![None; guide.nodes.len()];
    let mut seen = vec![false; guide.nodes.len()];
    let mut queue = VecDeque::from([guide.start]);
    seen[guide.start.0 as usize] = true;
    while let Some(node) = queue.pop_front() {
        let next: Vec<(NodeId, Option<usize>)> = match &guide.node(node).kind {
            // An interrupting option reaches its outcome as well as its next question.
            NodeKind::Question(q) => q
                .options
                .iter()
                .enumerate()
                .flat_map(|(i, o)| [Some((o.next, Some(i))), o.interrupt.map(|n| (n, Some(i)))])
                .flatten()
                .collect(),
            NodeKind::Info(info) => vec![(info.next, None)],
            // A route's branch is chosen by flags, not by an answer; mark it so replays skip it.
            NodeKind::Route(route) => guide
                .successors(node)
                .zip(0..=route.when.len())
                .map(|(n, i)| (n, Some(usize::MAX - i)))
                .collect(),
            NodeKind::Outcome(_) => vec![],
        };
        for (to, option) in next {
            if !seen[to.0 as usize] {
                seen[to.0 as usize] = true;
                reached_from[to.0 as usize] = Some((node, option));
                queue.push_back(to);
            }
        }
    }
    reached_from
}

/// The one place the bundled guide's validity is asserted: it loads (every error check) and
/// the lints find nothing either. The other tests take a loaded guide as given.
#[test]
fn the_bundled_guide_has_no_errors_and_no_warnings() {
    let validation = ruta::engine::validate::validate(&ruta::engine::source::SourceSet::embedded());
    assert!(
        validation.loaded.is_some(),
        "the bundled guide does not load"
    );
    assert!(
        validation.diagnostics.is_empty(),
        "{}",
        common::render(&validation.diagnostics)
    );
}

#[test]
fn every_outcome_is_reached_by_a_headless_walk() {
    let loaded = common::load_embedded();
    let guide = loaded.guide();
    let paths = shortest_paths(guide);
    let outcomes: Vec<NodeId> = guide
        .node_ids()
        .filter(|n| matches!(guide.node(*n).kind, NodeKind::Outcome(_)))
        .collect();
    assert!(
        outcomes.len() >= 3,
        "the guide needs at least three pathways"
    );
    for outcome in outcomes {
        // Rebuild the path backwards, then replay it forwards through a session.
        let mut steps = Vec::new();
        let mut node = outcome;
        while node != guide.start {
            let (from, option) = paths[node.0 as usize].unwrap_or_else(|| {
                panic!(
                    "outcome `{}` cannot be reached from the start",
                    guide.node(outcome).id
                )
            });
            steps.push((from, option));
            node = from;
        }
        if steps
            .iter()
            .any(|(from, _)| matches!(guide.node(*from).kind, NodeKind::Route(_)))
        {
            // Reaching it needs the right flags; the case files walk these outcomes.
            continue;
        }
        let mut session = Session::new();
        for (_, option) in steps.into_iter().rev() {
            match option {
                Some(index) => session
                    .answer(guide, OptionSet::one(index))
                    .expect("the path's options exist"),
                None => session.acknowledge(guide),
            }
        }
        let walk = session.walk(guide);
        if walk.position == Position::Interruption(outcome) {
            // Reached as an interruption: acted on, the screening goes on; it stays in the result.
            let pathways = Pathways::of(guide, &walk).expect("an interruption is a pathway");
            assert!(pathways.outcomes.contains(&outcome));
            assert!(pathways.concluded.is_none());
            continue;
        }
        assert_eq!(walk.position, Position::Outcome(outcome));
        let pathway = Pathways::of(guide, &walk).expect("an outcome has a pathway");
        assert!(
            !pathway.primary.is_empty(),
            "`{}` refers nowhere",
            guide.node(outcome).id
        );
        assert!(
            !pathway.actions.is_empty(),
            "`{}` says nothing to do",
            guide.node(outcome).id
        );
    }
}

#[test]
fn every_language_has_every_text_and_none_is_empty() {
    let loaded = common::load_embedded();
    for lang in &loaded.guide().languages {
        for (id, _) in &loaded.guide().message_refs {
            let text = loaded.texts().text(lang, id.as_str());
            assert!(
                !text.trim().is_empty() && text != id.as_str(),
                "`{}` has no {lang} text",
                id.as_str()
            );
        }
    }
}

#[test]
fn every_case_reaches_its_pathway_and_every_outcome_has_a_case() {
    let loaded = common::load_embedded();
    let guide = loaded.guide();
    assert!(
        loaded.cases().len() >= 12,
        "the guide needs at least 12 cases"
    );
    let mut walks = Vec::new();
    for case in loaded.cases() {
        let run = case.run(guide);
        assert_eq!(run.failure, None, "case {} fails", case.id);
        walks.push(run.walk);
    }
    let coverage = ruta::engine::coverage::coverage(guide, &walks);
    let missed: Vec<&str> = coverage
        .missed_outcomes
        .iter()
        .map(|n| guide.node(*n).id.as_str())
        .collect();
    assert!(missed.is_empty(), "outcomes no case reaches: {missed:?}");
    assert!(coverage.outcomes.total >= 12 && coverage.questions.total >= 25);
}

#[test]
fn spanish_and_english_define_the_same_messages() {
    let sources = ruta::engine::source::SourceSet::embedded();
    let ids = |lang: &str| {
        let mut ids: Vec<String> = sources
            .locale_files(lang)
            .flat_map(|f| {
                ruta::engine::ftl::message_shapes(&f.text)
                    .into_iter()
                    .map(|s| s.id.to_owned())
                    .collect::<Vec<_>>()
            })
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids("es"), ids("en"));
}

#[test]
fn no_text_is_a_placeholder() {
    let sources = ruta::engine::source::SourceSet::embedded();
    for file in sources
        .files()
        .iter()
        .filter(|f| f.relative.ends_with(".ftl"))
    {
        // Upper-case markers exactly ("todo" is a Spanish word), phrases in any case.
        for marker in ["TODO", "TBD", "XXX", "FIXME"] {
            assert!(
                !file.text.contains(marker),
                "{} contains {marker:?}",
                file.relative
            );
        }
        let lower = file.text.to_lowercase();
        for phrase in ["por escribir", "to write", "placeholder", "lorem ipsum"] {
            assert!(
                !lower.contains(phrase),
                "{} contains {phrase:?}",
                file.relative
            );
        }
    }
}
