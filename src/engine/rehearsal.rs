//! Rehearsal: a trainee walks a case from the library as in the field, and gets feedback on
//! where their path left the expected one and why. Also the reverse: turning a walk into a new
//! case file for the library.

use std::collections::BTreeMap;

use fluent::FluentArgs;

use super::case::{Case, RawCase};
use super::guide::{FlagId, Guide, NodeId, OptionSet};
use super::load::LoadedGuide;
use super::session::{Pathways, Position, Walk};
use super::yaml;

/// How a trainee's walk compares with the case's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// The pathways the case reaches, most urgent first.
    pub expected: Vec<NodeId>,
    /// The pathways the trainee reached, most urgent first.
    pub reached: Vec<NodeId>,
    /// The first question the trainee answered otherwise than the case, if any.
    pub divergence: Option<FirstDifference>,
    /// Flags that call for action within a day, raised on the case's walk but not on the trainee's.
    pub missed_flags: Vec<FlagId>,
    /// The score.
    pub score: Score,
}

/// The first step where the trainee's answer differs from the case's. (Not
/// [`super::case::Divergence`], which is where a walk can no longer reach an outcome.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstDifference {
    /// How many answers the trainee gave before it (so going back there keeps them).
    pub answers_before: usize,
    /// The question the trainee answered otherwise.
    pub question: NodeId,
    /// The option the trainee chose, or the options marked on a checklist.
    pub chosen: OptionSet,
    /// What the case answers there, if it answers this question.
    pub expected: Option<OptionSet>,
}

/// Three parts of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    /// The case's questions the trainee answered as the case does.
    pub steps_matching: usize,
    /// The questions on the case's own walk.
    pub steps_total: usize,
    /// Whether the pathway's urgency is the expected one.
    pub urgency_matched: bool,
    /// Whether the primary referrals are the expected ones.
    pub primary_matched: bool,
}

/// Compares `walk` (the trainee's, at the end of the screening) with `case`; `None` before it.
pub fn feedback(guide: &Guide, case: &Case, walk: &Walk) -> Option<Feedback> {
    let Position::Outcome(_) = walk.position else {
        return None;
    };
    let expected_walk = case.session(guide).walk(guide);
    let expected_answers: BTreeMap<NodeId, OptionSet> = expected_walk
        .steps
        .iter()
        .filter(|s| !s.chosen.is_empty())
        .map(|s| (s.node, s.chosen))
        .collect();

    let mut answers_before = 0;
    let mut divergence = None;
    let mut steps_matching = 0;
    for step in &walk.steps {
        if step.branch.is_some() {
            continue;
        }
        let chosen = step.chosen;
        if !chosen.is_empty() {
            let expected = expected_answers.get(&step.node).copied();
            if expected == Some(chosen) {
                steps_matching += 1;
            } else if divergence.is_none() {
                divergence = Some(FirstDifference {
                    answers_before,
                    question: step.node,
                    chosen,
                    expected,
                });
            }
        }
        answers_before += 1;
    }

    let pathway = Pathways::of(guide, walk)?;
    let expected_pathway = Pathways::of(guide, &expected_walk)?;
    let missed_flags = expected_walk
        .flags
        .iter()
        .filter(|f| guide.flag(**f).is_red_flag() && !walk.flags.contains(f))
        .copied()
        .collect();
    Some(Feedback {
        expected: expected_pathway.outcomes.clone(),
        reached: pathway.outcomes.clone(),
        divergence,
        missed_flags,
        score: Score {
            steps_matching,
            steps_total: expected_answers.len(),
            urgency_matched: pathway.urgency == expected_pathway.urgency,
            primary_matched: pathway.primary == expected_pathway.primary,
        },
    })
}

/// A new case file and its placeholder texts, from a walk that reached an outcome: the answers
/// as given, the outcome, urgency and flags as reached. The texts say what to write; the case
/// is valid for `ruta validate` and `ruta test` as it is.
pub struct NewCase {
    /// The YAML of `guide/cases/<id>.yaml`.
    pub yaml: String,
    /// The lines to add to `locales/<lang>/cases.ftl`, per language.
    pub texts: Vec<(String, String)>,
}

/// Writes `walk` as case `id` (`ruta add-case`); `None` before an outcome. The placeholder texts are ruta's
/// interface messages `ui-new-case-*`, in each of the guide's languages.
pub fn case_from_walk(loaded: &LoadedGuide, id: &str, walk: &Walk) -> Option<NewCase> {
    let guide = loaded.guide();
    let pathway = Pathways::of(guide, walk)?;
    let mut file = RawCase::from_walk(guide, &format!("case-{id}"), walk)?;
    file.expect.urgency = Some(pathway.urgency.keyword().to_owned());
    file.expect.flags = pathway
        .flags
        .iter()
        .map(|f| guide.flag(*f).id.clone())
        .collect();
    let yaml = yaml::to_string(&file)
        .expect("serde_yaml writes a mapping of strings, which is all a case file holds");

    let mut args = FluentArgs::new();
    args.set("id", id);
    let texts = guide
        .languages
        .iter()
        .map(|lang| {
            let mut ftl = String::from("\n");
            for (part, ui) in [
                ("title", "ui-new-case-title"),
                ("summary", "ui-new-case-summary"),
                ("vignette", "ui-new-case-vignette"),
            ] {
                let text = loaded.ui().format(lang, ui, Some(&args));
                // A Fluent value goes on after a newline only if indented.
                let text = text.lines().collect::<Vec<_>>().join("\n    ");
                ftl.push_str(&format!("case-{id}-{part} = {text}\n"));
            }
            (lang.clone(), ftl)
        })
        .collect();
    Some(NewCase { yaml, texts })
}

/// Whether `id` can name a case file: lowercase letters, digits and `-`.
pub fn is_case_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 60
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
