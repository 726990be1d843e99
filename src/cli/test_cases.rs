//! `ruta test [DIR]`: every case file, walked headlessly, with a line each and a closing count.

use ruta::engine::case::{Case, CaseFailure};
use ruta::engine::coverage::{Tally, coverage};
use ruta::engine::diagnostic::{Code, Severity};
use ruta::engine::guide::{Guide, NodeKind};
use ruta::engine::safety;
use ruta::engine::validate::validate;

use super::{Failure, GuideArgs};

/// Runs the cases of the guide; fails if any case fails or a case file is broken.
pub fn run(guide: &GuideArgs, lang: Option<&str>, show_coverage: bool) -> Result<(), Failure> {
    let validation = validate(&guide.sources()?);
    let errors: Vec<_> = validation
        .diagnostics
        .iter()
        // A broken safety property is reported by `validate`; the cases still run, since a
        // counterexample case is how its fix is tested.
        .filter(|d| d.severity == Severity::Error && d.code != Code::SafetyViolation)
        .cloned()
        .collect();
    let Some(loaded) = validation.loaded.as_ref().filter(|_| errors.is_empty()) else {
        return Err(Failure::InvalidGuide(errors));
    };
    let lang = super::language(loaded, lang)?;
    let g = loaded.guide();
    let mut failed = 0;
    let mut walks = Vec::new();
    let properties = validation
        .safety
        .as_ref()
        .map_or(&[][..], |p| &p.properties[..]);
    for case in loaded.cases() {
        let run = case.run(g);
        let title = loaded.texts().text(&lang, case.title.as_str());
        let broken = properties
            .iter()
            .filter(|p| case.safety.contains(&p.id))
            .find(|p| safety::keeps(g, p, &run.walk) == Some(false));
        let explanation = match (&run.failure, broken) {
            (Some(failure), _) => Some(explain(g, case, failure)),
            (None, Some(property)) => Some(format!(
                "reached `{}`, which breaks safety property `{}` ({})",
                g.node(case.outcome).id,
                property.id,
                case.file
            )),
            (None, None) => None,
        };
        match explanation {
            None => outln!("ok    {:<28} → {}", case.id, g.node(case.outcome).id),
            Some(explanation) => {
                failed += 1;
                outln!("FAIL  {:<28} {title}", case.id);
                outln!("      {explanation}");
            }
        }
        walks.push(run.walk);
    }
    if show_coverage {
        print_coverage(g, &coverage(g, &walks));
    }
    let passed = loaded.cases().len() - failed;
    outln!("{passed} passed, {failed} failed");
    if failed > 0 {
        Err(Failure::Findings(format!("{failed} case(s) failed")))
    } else {
        Ok(())
    }
}

fn explain(g: &Guide, case: &Case, failure: &CaseFailure) -> String {
    let expected = &g.node(case.outcome).id;
    match failure {
        CaseFailure::Unanswered { question } => {
            format!(
                "the walk stops at question `{}`, which the case does not answer ({})",
                g.node(*question).id,
                case.file
            )
        }
        CaseFailure::WrongInterruptions { reached } => {
            let ids = |nodes: &[ruta::engine::guide::NodeId]| -> String {
                if nodes.is_empty() {
                    return "none".into();
                }
                let ids: Vec<String> = nodes
                    .iter()
                    .map(|n| format!("`{}`", g.node(*n).id))
                    .collect();
                ids.join(", ")
            };
            format!(
                "reached `{expected}`, interrupted by {}; expected interruptions: {}",
                ids(reached),
                ids(&case.interruptions)
            )
        }
        CaseFailure::WrongUrgency { reached } => {
            format!(
                "reached `{expected}` with urgency {reached}, expected {}",
                case.urgency.map_or("-".into(), |u| u.to_string())
            )
        }
        CaseFailure::MissingFlags(flags) => {
            let names: Vec<&str> = flags.iter().map(|f| g.flag(*f).id.as_str()).collect();
            format!(
                "reached `{expected}` without the expected flag(s) {}",
                names.join(", ")
            )
        }
        CaseFailure::WrongOutcome {
            reached,
            divergence,
        } => {
            let mut text = format!("expected `{expected}`, reached `{}`", g.node(*reached).id);
            if let Some(d) = divergence {
                let NodeKind::Question(q) = &g.node(d.question).kind else {
                    return text;
                };
                let leading: Vec<String> = d
                    .leading_there
                    .iter()
                    .map(|i| format!("`{}`", q.options[*i].id))
                    .collect();
                text.push_str(&format!(
                    "\n      diverged at step {}, question `{}`: answered `{}`; `{expected}` is reached by {}",
                    d.step + 1,
                    g.node(d.question).id,
                    q.chosen(d.chosen).map(|o| o.id.as_str()).collect::<Vec<_>>().join("`, `"),
                    if leading.is_empty() { "no option".to_owned() } else { leading.join(" or ") }
                ));
            }
            text
        }
    }
}

fn print_coverage(g: &Guide, c: &ruta::engine::coverage::Coverage) {
    let row = |name: &str, t: Tally| {
        outln!(
            "  {name:<10} {:>4} / {:<4} {:>6.1}%",
            t.covered,
            t.total,
            t.percent()
        )
    };
    outln!("coverage:");
    row("outcomes", c.outcomes);
    row("questions", c.questions);
    row("options", c.options);
    if !(c.missed_outcomes.is_empty()
        && c.missed_questions.is_empty()
        && c.missed_options.is_empty())
    {
        outln!("not reached by any case:");
        for n in &c.missed_outcomes {
            outln!("  outcome   {}", g.node(*n).id);
        }
        for n in &c.missed_questions {
            outln!("  question  {}", g.node(*n).id);
        }
        for (n, i) in &c.missed_options {
            if let NodeKind::Question(q) = &g.node(*n).kind {
                outln!("  option    {}: {}", g.node(*n).id, q.options[*i].id);
            }
        }
    }
}
