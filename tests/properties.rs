//! Property tests: for any generated guide the validator either accepts it or reports findings
//! (never a panic), and walking any accepted guide with any answers, going back and changing
//! answers, and drawing it at any size never panics. Arbitrary text as a guide or a translation
//! is refused cleanly. `PROPTEST_CASES` scales the number of cases.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ruta::engine::load::load;
use ruta::engine::record::Record;
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;
use ruta::interview::action::Action;
use ruta::interview::app::App;
use ruta::tui::theme::Theme;
use ruta::tui::view;

/// One generated node: kind (0 question, 1 info, 2 route, 3 outcome, 4 checklist), targets,
/// flags.
#[derive(Debug, Clone)]
struct GenNode {
    kind: u8,
    targets: Vec<usize>,
    flags: Vec<usize>,
}

/// Targets are mostly forward offsets (1 to 4 nodes on), so many guides are valid; one in ten
/// is an absolute index, which may point back (a cycle) or past the end (an unknown id).
fn node() -> impl Strategy<Value = GenNode> {
    let target = prop_oneof![9 => 1usize..5, 1 => 100usize..116];
    (
        0u8..5,
        prop::collection::vec(target, 0..5),
        prop::collection::vec(0usize..4, 0..3),
    )
        .prop_map(|(kind, targets, flags)| GenNode {
            kind,
            targets,
            flags,
        })
}

/// A guide in YAML from generated nodes. Targets may point past the last node (an unknown id),
/// backwards (a cycle) or anywhere: the validator must cope with all of it.
fn guide_yaml(nodes: &[GenNode]) -> String {
    let id = |i: usize| format!("n{i}");
    let (mut questions, mut checklists, mut infos, mut routes, mut outcomes) = (
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    );
    let last = nodes.len() - 1;
    for (i, n) in nodes.iter().enumerate() {
        // Forward offsets past the end land on the last node, which is an outcome unless the
        // generator made it something else; values from 100 are absolute (n0 to n15).
        let target = |k: usize| match n.targets.get(k).copied().unwrap_or(1) {
            abs if abs >= 100 => id(abs - 100),
            offset => id((i + offset).min(last)),
        };
        let kind = if i == last { 3 } else { n.kind };
        match kind {
            0 => {
                questions.push_str(&format!("  - id: {}\n    text: t\n    options:\n", id(i)));
                for (k, _) in n.targets.iter().enumerate() {
                    let flags = n
                        .flags
                        .iter()
                        .map(|f| format!("f{f}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    questions.push_str(&format!(
                        "      - {{id: o{k}, label: t, next: {}, flags: [{flags}]}}\n",
                        target(k)
                    ));
                }
                if n.targets.is_empty() {
                    questions.push_str("      []\n");
                }
            }
            4 => {
                // One option per target (each raising a flag, the second interrupting with
                // the last node, the third "none of these"), and the first target as `next`.
                checklists.push_str(&format!(
                    "  - id: {}\n    text: t\n    next: {}\n    options:\n",
                    id(i),
                    target(0)
                ));
                for k in 0..n.targets.len() {
                    let flag = n.flags.get(k).map(|f| format!("f{f}")).unwrap_or_default();
                    let extra = match k {
                        1 => format!(", interrupt: {}", id(last)),
                        2 => ", exclusive: true".to_owned(),
                        _ => String::new(),
                    };
                    checklists.push_str(&format!(
                        "      - {{id: o{k}, label: t, flags: [{flag}]{extra}}}\n"
                    ));
                }
                if n.targets.is_empty() {
                    checklists.push_str("      []\n");
                }
            }
            1 => infos.push_str(&format!(
                "  - id: {}\n    text: t\n    next: {}\n",
                id(i),
                target(0)
            )),
            2 => {
                routes.push_str(&format!("  - id: {}\n    when:\n", id(i)));
                for (k, f) in n.flags.iter().enumerate() {
                    routes.push_str(&format!("      - {{flag: f{f}, next: {}}}\n", target(k)));
                }
                if n.flags.is_empty() {
                    routes.push_str("      []\n");
                }
                routes.push_str(&format!("    otherwise: {}\n", target(n.flags.len())));
            }
            _ => outcomes.push_str(&format!(
                "  - {{id: {}, title: t, urgency: {}, primary: [s], actions: [t]}}\n",
                id(i),
                ["immediate", "within_24h", "within_week", "routine"][i % 4]
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
        "format: 1\nid: gen\nversion: '1'\ntitle: t\nlanguages: [es, en]\nstart: n0\nflags:\n{}services:\n  - {{id: s, name: t}}\n{}{}{}{}{}",
        (0..4)
            .map(|f| format!("  - {{id: f{f}, label: t, urgency: within_24h}}\n"))
            .collect::<String>(),
        section("questions", &questions),
        section("checklists", &checklists),
        section("infos", &infos),
        section("routes", &routes),
        section("outcomes", &outcomes),
    )
}

/// An edit of the small valid guide: replace `len` characters at line `line`, column `column`
/// with one of a few tokens that keep the YAML well-formed more often than random text would.
#[derive(Debug, Clone)]
struct Edit {
    line: usize,
    column: usize,
    len: usize,
    token: &'static str,
}

const TOKENS: &[&str] = &[
    "", "x", "zz_", "  ", "\n", ": ", "- ", "[", "'", "#", "1", "-", "n", "q-danger", "urgent",
];

fn edit() -> impl Strategy<Value = Edit> {
    (
        0usize..90,
        0usize..30,
        0usize..6,
        prop::sample::select(TOKENS),
    )
        .prop_map(|(line, column, len, token)| Edit {
            line,
            column,
            len,
            token,
        })
}

/// The small guide with `edit` applied to its guide.yaml, and the edited text.
fn edited_small_guide(edit: &Edit) -> (SourceSet, String) {
    let base = SourceSet::from_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guides/valid/small"),
    )
    .unwrap();
    let text = &base.get("guide/guide.yaml").unwrap().text;
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let index = edit.line % lines.len();
    let line: Vec<char> = lines[index].chars().collect();
    let start = edit.column.min(line.len());
    let end = (start + edit.len).min(line.len());
    lines[index] = format!(
        "{}{}{}",
        line[..start].iter().collect::<String>(),
        edit.token,
        line[end..].iter().collect::<String>()
    );
    let edited = lines.join("\n") + "\n";
    let sources = base.overlaid(SourceSet::from_files([(
        "guide/guide.yaml".to_owned(),
        edited.clone(),
    )]));
    (sources, edited)
}

fn sources(yaml: String) -> SourceSet {
    SourceSet::from_files([
        ("guide/guide.yaml".to_owned(), yaml),
        ("locales/es/guide.ftl".to_owned(), "t = texto\n".to_owned()),
        ("locales/en/guide.ftl".to_owned(), "t = text\n".to_owned()),
    ])
}

proptest! {
    #[test]
    fn any_guide_is_accepted_or_refused_with_placed_findings(nodes in prop::collection::vec(node(), 1..14)) {
        let validation = validate(&sources(guide_yaml(&nodes)));
        if validation.loaded.is_none() {
            prop_assert!(!validation.diagnostics.is_empty());
        }
        for d in &validation.diagnostics {
            prop_assert!(d.location.is_some(), "{}", d);
        }
    }

    #[test]
    fn walking_an_accepted_guide_never_panics(
        nodes in prop::collection::vec(node(), 1..14),
        keys in prop::collection::vec(0u8..14, 0..60),
        sizes in prop::collection::vec((0u16..140, 0u16..50), 1..4),
    ) {
        let Ok(loaded) = load(&sources(guide_yaml(&nodes))) else { return Ok(()) };
        let record = Record::new(loaded.guide(), loaded.hash(), "es");
        let mut app = App::new(&loaded, "es".into(), record);
        for key in keys {
            let action = match key {
                0 => Action::Up,
                1 => Action::Down,
                2 => Action::Confirm,
                3 => Action::Back,
                4 => Action::SwitchLanguage,
                5 => Action::Review,
                6 => Action::Note,
                7 => Action::Type('x'),
                8 => Action::No,
                9 => Action::Consent,
                10 => Action::Toggle,
                n => Action::Pick(usize::from(n) - 11),
            };
            app.update(action);
            let walk = app.record.session().walk(loaded.guide());
            prop_assert!(walk.steps.len() <= loaded.guide().nodes.len());
        }
        for (w, h) in sizes {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            terminal.draw(|frame| view::render(&app, Theme::COLOR, frame.area(), frame.buffer_mut())).unwrap();
        }
    }

    #[test]
    fn any_text_as_a_guide_is_refused_with_placed_findings(text in ".{0,400}") {
        let validation = validate(&sources(text));
        prop_assert!(validation.loaded.is_none());
        prop_assert!(!validation.diagnostics.is_empty());
        for d in &validation.diagnostics {
            prop_assert!(d.location.is_some(), "{}", d);
        }
    }

    /// Small edits of a valid guide get past the YAML parser often (see the test below), so
    /// the checks on meaning (ids, references, texts) must place their findings too.
    #[test]
    fn any_edit_of_a_valid_guide_is_accepted_or_refused_with_placed_findings(
        edit in edit(),
    ) {
        let (sources, text) = edited_small_guide(&edit);
        let validation = validate(&sources);
        if validation.loaded.is_none() {
            prop_assert!(!validation.diagnostics.is_empty());
        }
        // The end of the file (after its last line break) is a place too.
        let lines = text.lines().count() + 1;
        for d in &validation.diagnostics {
            let at = d.location.as_ref();
            prop_assert!(at.is_some(), "{}", d);
            if at.is_some_and(|l| l.file.ends_with("guide/guide.yaml")) {
                prop_assert!(at.is_some_and(|l| l.line <= lines), "{}", d);
            }
        }
    }

    #[test]
    fn any_text_as_a_translation_never_panics(text in ".{0,400}") {
        let base = sources(guide_yaml(&[GenNode { kind: 3, targets: vec![], flags: vec![] }]));
        let set = base.overlaid(SourceSet::from_files([("locales/en/guide.ftl".to_owned(), text)]));
        let _ = validate(&set);
    }

    #[test]
    fn cleaning_leaves_no_control_characters_and_is_idempotent(text in "\\PC*|[\\x00-\\x1f\\x7f-\\x9f\\u{202a}-\\u{202e}a\\[]{0,80}") {
        let once = ruta::engine::i18n::clean(&text).into_owned();
        prop_assert!(!once.chars().any(|c| c.is_control() && c != '\n'));
        prop_assert_eq!(ruta::engine::i18n::clean(&once).into_owned(), once.clone());
    }
}

#[test]
fn generated_guides_are_often_valid_so_the_walk_property_is_not_empty() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = prop::collection::vec(node(), 1..14);
    let valid = (0..300)
        .filter(|_| {
            let nodes = strategy.new_tree(&mut runner).unwrap().current();
            load(&sources(guide_yaml(&nodes))).is_ok()
        })
        .count();
    assert!(valid >= 60, "only {valid} of 300 generated guides load");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Random walks of the bundled guide with random steps back, changes from the review, and
    /// confirmations: no answer ever leaves the record; every answer is either on the derived
    /// path or kept aside, never both; and the screen and the note show the same pathways.
    #[test]
    fn on_the_bundled_guide_no_answer_is_lost_and_screen_and_note_agree(
        keys in prop::collection::vec(0u8..16, 0..220),
    ) {
        let loaded = common::load_embedded();
        let guide = loaded.guide();
        let record = Record::new(guide, loaded.hash(), "es");
        let mut app = App::new(&loaded, "es".into(), record);
        let mut ever: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        for key in keys {
            let action = match key {
                0 => Action::Back,
                1 => Action::Review,
                2 | 3 => Action::Confirm,
                4 => Action::Up,
                5 => Action::Down,
                6 => Action::SwitchLanguage,
                7 => Action::No,
                n => Action::Pick(usize::from(n) % 4),
            };
            app.update(action);
            let nodes: std::collections::BTreeSet<String> =
                app.record.answers.iter().map(|a| a.node.clone()).collect();
            prop_assert!(ever.is_subset(&nodes), "an answer left the record");
            prop_assert_eq!(nodes.len(), app.record.answers.len(), "one answer per node");
            ever = nodes;
            let walk = app.record.session().walk(guide);
            prop_assert_eq!(&walk, &app.walk);
            for answer in &walk.off_path {
                let node = guide.find(&answer.node);
                prop_assert!(
                    node.is_none_or(|n| !walk.steps.iter().any(|s| s.node == n)),
                    "`{}` is both on the path and aside", answer.node
                );
            }
            let used = walk.steps.iter().filter(|s| {
                !matches!(guide.node(s.node).kind, ruta::engine::guide::NodeKind::Route(_))
            }).count();
            prop_assert_eq!(used + walk.off_path.len(), app.record.answers.len());
        }
        if let Some(pathways) = app.pathways() {
            let note = ruta::engine::report::referral_note(
                &loaded, &app.record, &app.lang, ruta::engine::report::Format::Text,
            ).unwrap();
            let doc = ruta::engine::report::result(&loaded, &app.record, &app.lang).unwrap();
            let screen: String = ruta::tui::document_view::lines(&doc, Theme::COLOR)
                .iter()
                .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect::<String>() + "\n")
                .collect();
            let words = ruta::engine::report::Words::new(&loaded, &app.lang);
            for outcome in &pathways.outcomes {
                let title = words.outcome_title(*outcome);
                prop_assert!(note.contains(&title), "note lacks {title}");
                prop_assert!(screen.contains(&title), "screen lacks {title}");
            }
        }
    }
}

#[test]
fn edits_often_parse_so_the_placed_findings_property_reaches_the_checks_on_meaning() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    use ruta::engine::diagnostic::Code;
    let mut runner = TestRunner::deterministic();
    let strategy = edit();
    let shape = [
        Code::InvalidYaml,
        Code::UnknownKey,
        Code::MissingKey,
        Code::WrongType,
        Code::DuplicateKey,
    ];
    let past_parsing = (0..300)
        .filter(|_| {
            let edit = strategy.new_tree(&mut runner).unwrap().current();
            let validation = validate(&edited_small_guide(&edit).0);
            validation
                .diagnostics
                .iter()
                .any(|d| !shape.contains(&d.code))
        })
        .count();
    assert!(
        past_parsing >= 30,
        "only {past_parsing} of 300 edits give a finding beyond the YAML's shape"
    );
}
