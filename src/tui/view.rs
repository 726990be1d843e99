//! Drawing the interview: a pure function from [`App`] to a buffer. Panels over the screen are
//! drawn by [`super::overlay`]; the parts of the screen share [`super::drawing`], and none of
//! them imports this module.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Padding, Paragraph, Widget, Wrap};

use crate::engine::guide::{MessageId, NodeId, NodeKind, OptionSet};
use crate::engine::session::Position;

use super::drawing::{View, hanging, truncate};
use super::theme::Theme;
use super::{document_view, overlay, overview, rehearsal_view};
use crate::engine::report;
use crate::interview::app::{App, Overlay};

/// Below this size the screen shows only a request to enlarge the window.
pub const MIN_WIDTH: u16 = 60;
/// Below this size the screen shows only a request to enlarge the window.
pub const MIN_HEIGHT: u16 = 15;

/// Renders `app` into `area` of `buf`.
pub fn render(app: &App<'_>, theme: Theme, area: Rect, buf: &mut Buffer) {
    let view = View { app, theme };
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return view.too_small(area, buf);
    }
    let [header, body, notice, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(u16::from(app.notice.is_some())),
        Constraint::Length(1),
    ])
    .areas(area);
    view.header(header, buf);
    let body = body.inner(Margin {
        horizontal: 1,
        vertical: 1,
    });
    match app.screen() {
        _ if app.picking() => rehearsal_view::picker(&view, body, buf),
        // The overview takes the whole body: it is read, not glanced at.
        _ if matches!(app.overlay, Some(Overlay::Review { .. })) => {
            if let Some(Overlay::Review { selected }) = app.overlay {
                overview::render(&view, selected, body, buf);
            }
        }
        Position::Question(node) => view.question(node, body, buf),
        Position::Info(node) => view.info(node, body, buf),
        Position::Interruption(_) | Position::Outcome(_) => {
            if let Some(doc) = app.screen_document() {
                document_view::render(&view, &doc, body, buf);
            }
        }
    }
    if let Some((id, argument)) = &app.notice {
        let text = view.ui_with(id, &[("detail", argument.clone())]);
        let dismiss = format!(" · {}", view.ui("ui-notice-dismiss"));
        let room = (notice.width as usize).saturating_sub(dismiss.chars().count() + 1);
        Line::from(vec![
            Span::styled(format!(" {}", truncate(&text, room)), theme.heading()),
            Span::styled(dismiss, theme.muted()),
        ])
        .render(notice, buf);
    }
    view.footer(footer, buf);
    if let Some(panel) = &app.overlay {
        overlay::render(&view, panel, area, buf);
    }
}

impl View<'_, '_> {
    fn too_small(&self, area: Rect, buf: &mut Buffer) {
        let message = self.ui_with(
            "ui-too-small",
            &[
                ("width", area.width.to_string()),
                ("height", area.height.to_string()),
                ("min_width", MIN_WIDTH.to_string()),
                ("min_height", MIN_HEIGHT.to_string()),
            ],
        );
        Paragraph::new(message)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }

    fn header(&self, area: Rect, buf: &mut Buffer) {
        let guide = self.guide();
        let mut place: Vec<String> = self
            .section_of(self.app.screen().node())
            .into_iter()
            .collect();
        if !matches!(self.app.screen(), Position::Outcome(_)) {
            place.push(self.ui_with("ui-step", &[("number", self.app.step_number().to_string())]));
        }
        if self.app.rehearsal.is_some() {
            // A rehearsal must never be mistaken for a field interview.
            place.push(self.ui("ui-rehearsal-marker"));
        }
        place.push(self.app.record.case_code.clone());
        place.push(self.app.lang.to_uppercase());
        let right = format!("{} ", place.join(" · "));
        // The place on the right matters more than the title on the left: shorten the title.
        let room = (area.width as usize).saturating_sub(right.chars().count() + 2);
        // The place comes first: it decides which institutions the referrals name.
        let left = match self.place_name() {
            Some(place) => format!(" {place} · {} · {}", self.text(&guide.title), guide.version),
            None => format!(" {} · {}", self.text(&guide.title), guide.version),
        };
        let left = truncate(&left, room);
        let style = self.theme.heading().add_modifier(Modifier::REVERSED);
        buf.set_style(area, style);
        Line::from(left).style(style).render(area, buf);
        Line::from(right)
            .style(style)
            .right_aligned()
            .render(area, buf);
    }

    fn footer(&self, area: Rect, buf: &mut Buffer) {
        let rehearsing = self.app.rehearsal.is_some();
        let revisiting = self.app.revisit.is_some();
        let id = match (&self.app.overlay, self.app.screen()) {
            _ if self.app.picking() => "ui-keys-picker",
            (Some(Overlay::QuitConfirm { .. }), _) => "ui-keys-list",
            (Some(Overlay::Vignette), _) => "ui-keys-vignette",
            (None, Position::Outcome(_)) if rehearsing => "ui-keys-feedback",
            (Some(Overlay::Note { .. }), _) => "ui-keys-note",
            (Some(Overlay::Review { .. }), _) => "ui-keys-review",
            (
                Some(
                    Overlay::Consent { .. }
                    | Overlay::Location { .. }
                    | Overlay::ConfirmChange { .. }
                    | Overlay::Export { .. }
                    | Overlay::Close { .. },
                ),
                _,
            ) => "ui-keys-list",
            (Some(Overlay::Help), _) => "ui-keys-help",
            (None, Position::Question(_)) if self.app.shown_checklist().is_some() => {
                "ui-keys-checklist"
            }
            (None, Position::Question(_)) if revisiting => "ui-keys-change",
            (None, Position::Question(_)) => "ui-keys-question",
            (None, Position::Info(_)) => "ui-keys-info",
            (None, Position::Interruption(_)) if rehearsing => "ui-keys-interruption-rehearsal",
            (None, Position::Interruption(_)) => "ui-keys-interruption",
            (None, Position::Outcome(_)) => "ui-keys-outcome",
        };
        let language = self
            .app
            .loaded
            .ui()
            .text(&self.app.next_language(), "ui-language-name");
        let keys = self.ui_with(id, &[("language", language)]);
        let (left, right) = footer_parts(&keys, area.width as usize);
        let style = self.theme.muted();
        Line::from(format!(" {left}"))
            .style(style)
            .render(area, buf);
        Line::from(format!("{right} "))
            .style(style)
            .right_aligned()
            .render(area, buf);
    }

    /// In a rehearsal with `--reveal`, the options the case expects at `node`.
    fn revealed(&self, node: NodeId) -> Option<OptionSet> {
        let rehearsal = self.app.rehearsal.as_ref().filter(|r| r.reveal)?;
        let case = rehearsal.case()?;
        let NodeKind::Question(q) = &self.guide().node(node).kind else {
            return None;
        };
        let answer = case
            .answers
            .iter()
            .find(|a| a.node == self.guide().node(node).id)?;
        answer.chosen(q)
    }

    /// The red-flag banner, never more than two rows so the question always fits: the most
    /// urgent flag with what to do now, then the names of the others. The pathway screen lists
    /// every action in full.
    fn banner(&self, width: u16) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        // Immediate pathways reached stay in view while the screening goes on.
        if !self.app.walk.interruptions.is_empty() {
            let names: Vec<String> = self
                .app
                .walk
                .interruptions
                .iter()
                .map(|n| report::Words::new(self.app.loaded, &self.app.lang).outcome_title(*n))
                .collect();
            lines.push(Line::styled(
                truncate(
                    &format!("‼ {}: {}", self.ui("ui-immediate-open"), names.join(" · ")),
                    width as usize,
                ),
                self.theme.urgency(crate::engine::guide::Urgency::Immediate),
            ));
        }
        let flags = self.app.red_flags();
        let Some((first, others)) = flags.split_first() else {
            return lines;
        };
        let flag = self.guide().flag(*first);
        let mut lead = format!("⚠ {}", self.text(&flag.label));
        if let Some(action) = &flag.action {
            lead.push_str(&format!(": {}", self.text(action)));
        }
        lines.push(Line::styled(
            truncate(&lead, width as usize),
            self.theme.alarm(),
        ));
        if !others.is_empty() && lines.len() < 2 {
            let names: Vec<String> = others
                .iter()
                .map(|f| self.text(&self.guide().flag(*f).label))
                .collect();
            lines.push(Line::styled(
                truncate(&format!("⚠ {}", names.join(" · ")), width as usize),
                self.theme.alarm(),
            ));
        }
        lines
    }

    fn question(&self, node: NodeId, area: Rect, buf: &mut Buffer) {
        let NodeKind::Question(question) = &self.guide().node(node).kind else {
            return;
        };
        let prompt = Paragraph::new(self.text(&question.text))
            .style(self.theme.prompt())
            .wrap(Wrap { trim: false });
        let checklist = question.is_checklist();
        let width = area.width as usize;
        let kept = self
            .app
            .revisit
            .and(self.app.kept_answer(node))
            .unwrap_or_default();
        let revealed = self.revealed(node).unwrap_or_default();
        let options: Vec<Line> = question
            .options
            .iter()
            .enumerate()
            .flat_map(|(i, option)| {
                let selected = i == self.app.selected;
                let marker = if selected { "›" } else { " " };
                let box_ = match (checklist, self.app.marked.contains(i)) {
                    (false, _) => "",
                    (true, true) => "[x] ",
                    (true, false) => "[ ] ",
                };
                let mut text = self.text(&option.label);
                if kept.contains(i) {
                    text.push_str(&format!("  ✓ {}", self.ui("ui-kept-answer")));
                }
                if revealed.contains(i) {
                    text.push_str(&format!("  ★ {}", self.ui("ui-rehearse-expected")));
                }
                let prefix = format!("{marker} {box_}{}. ", i + 1);
                let style = if selected {
                    self.theme.selected()
                } else {
                    Style::default()
                };
                hanging(&prefix, &text, width)
                    .into_iter()
                    .map(move |l| Line::from(l).style(style))
            })
            .collect();
        self.stack(
            node,
            area,
            buf,
            prompt,
            Paragraph::new(options).wrap(Wrap { trim: false }),
            question.guidance.as_ref(),
        );
    }

    fn info(&self, node: NodeId, area: Rect, buf: &mut Buffer) {
        let NodeKind::Info(info) = &self.guide().node(node).kind else {
            return;
        };
        let prompt = Paragraph::new(self.text(&info.text))
            .style(self.theme.prompt())
            .wrap(Wrap { trim: false });
        let go_on = Paragraph::new(
            Line::from(format!("› {}", self.ui("ui-continue"))).style(self.theme.selected()),
        );
        self.stack(node, area, buf, prompt, go_on, info.guidance.as_ref());
    }

    /// Banner, prompt, choices, then the practitioner's guidance in a box, and the node's note.
    fn stack(
        &self,
        node: NodeId,
        area: Rect,
        buf: &mut Buffer,
        prompt: Paragraph,
        choices: Paragraph,
        guidance: Option<&MessageId>,
    ) {
        let width = area.width;
        let banner = Paragraph::new(self.banner(width));
        let note = self
            .app
            .record
            .notes
            .get(&self.guide().node(node).id)
            .map(|n| {
                Paragraph::new(Line::styled(format!("✎ {n}"), self.theme.muted()))
                    .wrap(Wrap { trim: false })
            });
        let heights = [
            banner.line_count(width) as u16,
            prompt.line_count(width) as u16,
            choices.line_count(width) as u16,
            note.as_ref().map_or(0, |n| n.line_count(width) as u16),
        ];
        let gap = |h: u16| u16::from(h > 0);
        let [
            banner_area,
            _,
            prompt_area,
            _,
            choices_area,
            note_area,
            _,
            guidance_area,
        ] = Layout::vertical([
            Constraint::Length(heights[0]),
            Constraint::Length(gap(heights[0])),
            Constraint::Length(heights[1]),
            Constraint::Length(1),
            Constraint::Length(heights[2]),
            Constraint::Length(heights[3]),
            Constraint::Length(1),
            Constraint::Min(0),
        ])
        .areas(area);
        banner.render(banner_area, buf);
        prompt.render(prompt_area, buf);
        choices.render(choices_area, buf);
        if let Some(note) = note {
            note.render(note_area, buf);
        }
        if let Some(guidance) = guidance.filter(|_| self.app.show_guidance) {
            let block = Block::new()
                .borders(Borders::ALL)
                .border_type(BorderType::Rounded)
                .border_style(self.theme.border())
                .padding(Padding::horizontal(1))
                .title(Span::styled(
                    format!(" {} ", self.ui("ui-guidance")),
                    self.theme.heading(),
                ));
            let boxed = Paragraph::new(self.text(guidance))
                .wrap(Wrap { trim: false })
                .block(block);
            // line_count adds the block's rows but not its columns: wrap at the inner width.
            let height =
                (boxed.line_count(width.saturating_sub(4)) as u16).min(guidance_area.height);
            boxed.render(
                Rect {
                    height,
                    ..guidance_area
                },
                buf,
            );
        }
    }
}

/// A key bar split so that it fits `width`: the keys that must never be lost (help, leaving,
/// closing a panel) on the right, whole, and the others on the left, shortened if need be.
pub fn footer_parts(keys: &str, width: usize) -> (String, String) {
    if keys.chars().count() + 2 <= width {
        return (keys.to_owned(), String::new());
    }
    let essential =
        |item: &str| item.starts_with("? ") || item.starts_with("q ") || item.starts_with("Esc ");
    let (right, left): (Vec<&str>, Vec<&str>) = keys.split(" · ").partition(|item| essential(item));
    let right = right.join(" · ");
    let room = width.saturating_sub(right.chars().count() + 5);
    (truncate(&left.join(" · "), room), right)
}
