//! The screens of a rehearsal: the picker of cases, and the feedback at the end.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, BorderType, Borders, Padding, Paragraph, Widget, Wrap};

use crate::engine::guide::{NodeId, NodeKind};
use crate::engine::note::urgency_message;
use crate::engine::rehearsal::Feedback;
use crate::engine::session::Pathway;

use super::view::View;

/// The list of cases, each with its title, summary and number of steps.
pub fn picker(view: &View<'_, '_>, area: Rect, buf: &mut Buffer) {
    let Some(rehearsal) = &view.app.rehearsal else {
        return;
    };
    let guide = view.guide();
    let mut lines = vec![
        Line::styled(view.ui("ui-rehearse-pick"), view.theme.heading()),
        Line::default(),
    ];
    // Keep the highlighted case in view: two rows a case.
    let rows = (area.height as usize).saturating_sub(2) / 2;
    let start = rehearsal.picked.saturating_sub(rows.saturating_sub(1));
    for (i, case) in rehearsal
        .cases
        .iter()
        .enumerate()
        .skip(start)
        .take(rows.max(1))
    {
        let steps = case
            .session(guide)
            .walk(guide)
            .steps
            .iter()
            .filter(|s| s.option.is_some())
            .count();
        let selected = i == rehearsal.picked;
        let marker = if selected { "›" } else { " " };
        let title = format!(
            "{marker} {}. {} ({})",
            i + 1,
            view.text(&case.title),
            view.ui_with("ui-rehearse-steps", &[("count", steps.to_string())])
        );
        lines.push(if selected {
            Line::styled(title, view.theme.selected())
        } else {
            Line::from(title)
        });
        let summary = format!("     {}", view.text(&case.summary));
        lines.push(Line::styled(
            super::view::truncate(&summary, area.width as usize),
            view.theme.muted(),
        ));
    }
    Paragraph::new(lines).render(area, buf);
}

fn node_title(view: &View<'_, '_>, node: NodeId) -> String {
    match &view.guide().node(node).kind {
        NodeKind::Outcome(o) => view.text(&o.title),
        _ => view.guide().node(node).id.clone(),
    }
}

/// Expected against chosen pathway, the score, the first divergence with its guidance, and the
/// red flags missed.
pub fn feedback(view: &View<'_, '_>, feedback: &Feedback, area: Rect, buf: &mut Buffer) {
    let guide = view.guide();
    let theme = view.theme;
    let Some(case) = view.app.rehearsal.as_ref().and_then(|r| r.case()) else {
        return;
    };
    let expected_walk = case.session(guide).walk(guide);
    let expected_urgency = Pathway::of(guide, &expected_walk).map(|p| p.urgency);
    let reached_urgency = Pathway::of(guide, &view.app.walk).map(|p| p.urgency);

    let matched = feedback.expected == feedback.reached && feedback.score.urgency_matched;
    let verdict = if matched {
        view.ui("ui-rehearse-matched")
    } else {
        view.ui("ui-rehearse-diverged")
    };
    let [head, columns, rest] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(5),
        Constraint::Min(0),
    ])
    .areas(area);
    Paragraph::new(vec![
        Line::from(vec![
            Span::styled(
                format!("{}: ", view.ui("ui-rehearse-case")),
                theme.heading(),
            ),
            Span::raw(view.text(&case.title)),
        ]),
        Line::styled(
            verdict,
            if matched {
                theme.heading()
            } else {
                theme.alarm()
            },
        ),
    ])
    .render(head, buf);

    // Side by side: what the case expects, and what the trainee reached.
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(columns);
    let column =
        |title: String, outcome: NodeId, urgency: Option<crate::engine::guide::Urgency>| {
            let mut lines = vec![Line::from(node_title(view, outcome))];
            if let Some(u) = urgency {
                lines.push(Line::styled(
                    format!(" {} ", view.ui(urgency_message(u))),
                    theme.urgency(u),
                ));
            }
            Paragraph::new(lines).wrap(Wrap { trim: true }).block(
                Block::new()
                    .borders(Borders::ALL)
                    .border_type(BorderType::Rounded)
                    .border_style(theme.border())
                    .padding(Padding::horizontal(1))
                    .title(Span::styled(format!(" {title} "), theme.heading())),
            )
        };
    column(
        view.ui("ui-rehearse-expected-pathway"),
        feedback.expected,
        expected_urgency,
    )
    .render(left, buf);
    column(
        view.ui("ui-rehearse-your-pathway"),
        feedback.reached,
        reached_urgency,
    )
    .render(right, buf);

    let yes_no = |ok: bool| {
        if ok {
            view.ui("ui-yes")
        } else {
            view.ui("ui-no")
        }
    };
    let score = feedback.score;
    let mut lines = vec![
        Line::styled(view.ui("ui-rehearse-score"), theme.heading()),
        Line::from(view.ui_with(
            "ui-rehearse-steps-matching",
            &[
                ("matching", score.steps_matching.to_string()),
                ("total", score.steps_total.to_string()),
            ],
        )),
        Line::from(format!(
            "{}: {}",
            view.ui("ui-rehearse-urgency-matched"),
            yes_no(score.urgency_matched)
        )),
        Line::from(format!(
            "{}: {}",
            view.ui("ui-rehearse-primary-matched"),
            yes_no(score.primary_matched)
        )),
    ];
    if let Some(d) = &feedback.divergence
        && let NodeKind::Question(q) = &guide.node(d.question).kind
    {
        lines.push(Line::default());
        lines.push(Line::styled(
            view.ui("ui-rehearse-divergence"),
            theme.heading(),
        ));
        lines.push(Line::from(view.text(&q.text)));
        lines.push(Line::from(format!(
            "{}: {}",
            view.ui("ui-rehearse-you-answered"),
            view.text(&q.options[d.chosen].label)
        )));
        if let Some(expected) = d.expected {
            lines.push(Line::from(format!(
                "{}: {}",
                view.ui("ui-rehearse-case-answer"),
                view.text(&q.options[expected].label)
            )));
        }
        if let Some(guidance) = &q.guidance {
            lines.push(Line::styled(
                format!("{}: {}", view.ui("ui-guidance"), view.text(guidance)),
                theme.muted(),
            ));
        }
    }
    if !feedback.missed_flags.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            view.ui("ui-rehearse-missed-flags"),
            theme.alarm(),
        ));
        for flag in &feedback.missed_flags {
            lines.push(Line::from(format!(
                "⚠ {}",
                view.text(&guide.flag(*flag).label)
            )));
        }
    }
    let paragraph = Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false });
    let limit = (paragraph.line_count(rest.width) as u16).saturating_sub(rest.height);
    view.app.scroll_limit.set(limit);
    paragraph
        .scroll((view.app.scroll.min(limit), 0))
        .render(rest, buf);
}
