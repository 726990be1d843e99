//! Drawing the interview: a pure function from [`App`] to a buffer.

use fluent_bundle::FluentArgs;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Padding, Paragraph, Widget, Wrap};

use crate::engine::guide::{Guide, MessageId, NodeKind, ServiceId, Urgency};
use crate::engine::session::{Pathway, Position};

use super::app::App;
use super::theme::Theme;

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
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    view.header(header, buf);
    let body = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    });
    match app.walk.position {
        Position::Question(_) => view.question(body, buf),
        Position::Info(_) => view.info(body, buf),
        Position::Outcome(_) => view.outcome(body, buf),
    }
    view.footer(footer, buf);
    if app.confirming_quit {
        view.quit_prompt(area, buf);
    }
}

struct View<'a, 'g> {
    app: &'a App<'g>,
    theme: Theme,
}

impl View<'_, '_> {
    fn guide(&self) -> &Guide {
        &self.app.loaded.guide
    }

    fn text(&self, id: &MessageId) -> String {
        self.app.loaded.texts.text(&self.app.lang, id.as_str())
    }

    fn ui(&self, id: &str) -> String {
        self.app.loaded.ui.text(&self.app.lang, id)
    }

    fn ui_with(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.app
            .loaded
            .ui
            .format(&self.app.lang, id, Some(&fluent_args))
    }

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
        let node = guide.node(self.app.walk.position.node());
        let mut place = Vec::new();
        if let Some(section) = node.section {
            place.push(self.text(&guide.section(section).title));
        }
        if !matches!(self.app.walk.position, Position::Outcome(_)) {
            place.push(self.ui_with(
                "ui-step",
                &[("number", (self.app.walk.steps.len() + 1).to_string())],
            ));
        }
        place.push(self.app.lang.to_uppercase());
        let right = format!("{} ", place.join(" · "));
        // The place on the right matters more than the title on the left: shorten the title.
        let room = (area.width as usize).saturating_sub(right.chars().count() + 2);
        let left = truncate(
            &format!(" {} · {}", self.text(&guide.title), guide.version),
            room,
        );
        let style = self
            .theme
            .heading()
            .add_modifier(ratatui::style::Modifier::REVERSED);
        buf.set_style(area, style);
        Line::from(left).style(style).render(area, buf);
        Line::from(right)
            .style(style)
            .right_aligned()
            .render(area, buf);
    }

    fn footer(&self, area: Rect, buf: &mut Buffer) {
        let id = if self.app.confirming_quit {
            "ui-keys-confirm"
        } else {
            match self.app.walk.position {
                Position::Question(_) => "ui-keys-question",
                Position::Info(_) => "ui-keys-info",
                Position::Outcome(_) => "ui-keys-outcome",
            }
        };
        let next = self.app.next_language();
        let language = self.app.loaded.ui.text(&next, "ui-language-name");
        Line::from(format!(" {}", self.ui_with(id, &[("language", language)])))
            .style(self.theme.muted())
            .render(area, buf);
    }

    /// A titled box with wrapped text, sized to fit, at most `max_height` rows.
    fn guidance_box(
        &self,
        title: &str,
        text: &str,
        width: u16,
        max_height: u16,
    ) -> (Paragraph<'static>, u16) {
        let block = Block::new()
            .borders(Borders::ALL)
            .border_type(BorderType::Rounded)
            .border_style(self.theme.border())
            .padding(Padding::horizontal(1))
            .title(Span::styled(format!(" {title} "), self.theme.heading()));
        let paragraph = Paragraph::new(text.to_owned())
            .wrap(Wrap { trim: false })
            .block(block);
        // line_count adds the block's rows but not its columns: wrap at the inner width.
        let height = (paragraph.line_count(width.saturating_sub(4)) as u16).min(max_height);
        (paragraph, height)
    }

    fn question(&self, area: Rect, buf: &mut Buffer) {
        let Position::Question(node) = self.app.walk.position else {
            return;
        };
        let NodeKind::Question(question) = &self.guide().node(node).kind else {
            return;
        };
        let prompt = Paragraph::new(self.text(&question.text))
            .style(self.theme.prompt())
            .wrap(Wrap { trim: false });
        let options: Vec<Line> = question
            .options
            .iter()
            .enumerate()
            .map(|(i, option)| {
                let selected = i == self.app.selected;
                let marker = if selected { "›" } else { " " };
                let line = Line::from(format!("{marker} {}. {}", i + 1, self.text(&option.label)));
                if selected {
                    line.style(self.theme.selected())
                } else {
                    line
                }
            })
            .collect();
        let options = Paragraph::new(options).wrap(Wrap { trim: false });
        self.stack(area, buf, prompt, options, question.guidance.as_ref());
    }

    fn info(&self, area: Rect, buf: &mut Buffer) {
        let Position::Info(node) = self.app.walk.position else {
            return;
        };
        let NodeKind::Info(info) = &self.guide().node(node).kind else {
            return;
        };
        let prompt = Paragraph::new(self.text(&info.text))
            .style(self.theme.prompt())
            .wrap(Wrap { trim: false });
        let go_on = Paragraph::new(
            Line::from(format!("› {}", self.ui("ui-continue"))).style(self.theme.selected()),
        );
        self.stack(area, buf, prompt, go_on, info.guidance.as_ref());
    }

    /// Prompt on top, then the choices, then the practitioner's guidance in a box below.
    fn stack(
        &self,
        area: Rect,
        buf: &mut Buffer,
        prompt: Paragraph,
        choices: Paragraph,
        guidance: Option<&MessageId>,
    ) {
        let width = area.width;
        let prompt_height = prompt.line_count(width) as u16;
        let choices_height = choices.line_count(width) as u16;
        let [prompt_area, _, choices_area, _, guidance_area] = Layout::vertical([
            Constraint::Length(prompt_height),
            Constraint::Length(1),
            Constraint::Length(choices_height),
            Constraint::Length(1),
            Constraint::Min(0),
        ])
        .areas(area);
        prompt.render(prompt_area, buf);
        choices.render(choices_area, buf);
        if let Some(guidance) = guidance {
            let (boxed, height) = self.guidance_box(
                &self.ui("ui-guidance"),
                &self.text(guidance),
                width,
                guidance_area.height,
            );
            boxed.render(
                Rect {
                    height,
                    ..guidance_area
                },
                buf,
            );
        }
    }

    fn outcome(&self, area: Rect, buf: &mut Buffer) {
        let guide = self.guide();
        let Some(pathway) = Pathway::of(guide, &self.app.walk) else {
            return;
        };
        let NodeKind::Outcome(outcome) = &guide.node(pathway.outcome).kind else {
            return;
        };
        let theme = self.theme;
        let mut lines: Vec<Line> = Vec::new();
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", self.ui("ui-pathway")), theme.heading()),
            Span::styled(self.text(&outcome.title), theme.prompt()),
        ]));
        let mut badge = vec![
            Span::raw(format!("{}: ", self.ui("ui-urgency"))),
            Span::styled(
                format!(" {} ", self.ui(urgency_message(pathway.urgency))),
                theme.urgency(pathway.urgency),
            ),
        ];
        if let Some(layer) = outcome.iasc_layer {
            badge.push(Span::raw(format!(
                "   {}",
                self.ui_with("ui-iasc-layer", &[("layer", layer.to_string())])
            )));
        }
        lines.push(Line::from(badge));

        let section = |lines: &mut Vec<Line>, title: String, items: Vec<Line<'static>>| {
            if !items.is_empty() {
                lines.push(Line::default());
                lines.push(Line::styled(title, theme.heading()));
                lines.extend(items);
            }
        };
        // What must not happen comes first: it is the one thing that cannot wait for scrolling.
        let stops = pathway
            .hard_stops
            .iter()
            .map(|m| Line::styled(format!("✗ {}", self.text(m)), theme.alarm()))
            .collect();
        section(&mut lines, self.ui("ui-hard-stops"), stops);
        let services = |ids: &[ServiceId]| -> Vec<Line<'static>> {
            ids.iter().flat_map(|id| self.service_lines(*id)).collect()
        };
        section(
            &mut lines,
            self.ui("ui-primary"),
            services(&pathway.primary),
        );
        section(
            &mut lines,
            self.ui("ui-secondary"),
            services(&pathway.secondary),
        );
        let actions = pathway
            .actions
            .iter()
            .enumerate()
            .map(|(i, action)| Line::from(format!("{}. {}", i + 1, self.text(action))))
            .collect();
        section(&mut lines, self.ui("ui-actions"), actions);
        let say = outcome
            .say_to_child
            .iter()
            .map(|m| Line::from(format!("“{}”", self.text(m))))
            .collect();
        section(&mut lines, self.ui("ui-say-to-child"), say);
        section(&mut lines, self.ui("ui-why"), self.why_lines(&pathway));

        let paragraph = Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false });
        let limit = (paragraph.line_count(area.width) as u16).saturating_sub(area.height);
        self.app.scroll_limit.set(limit);
        paragraph
            .scroll((self.app.scroll.min(limit), 0))
            .render(area, buf);
    }

    /// A service as lines: the providers in the chosen place, or the service's own name.
    fn service_lines(&self, id: ServiceId) -> Vec<Line<'static>> {
        let service = self.guide().service(id);
        let Some(place) = self.app.place else {
            return vec![Line::from(format!("• {}", self.text(&service.name)))];
        };
        let directory = &self.app.loaded.directory;
        let providers = directory.providers(id, place);
        if providers.is_empty() {
            let place = self.text(&directory.place(place).name);
            return vec![Line::from(vec![
                Span::raw(format!("• {}", self.text(&service.name))),
                Span::styled(
                    format!(" ({})", self.ui_with("ui-no-provider", &[("place", place)])),
                    self.theme.muted(),
                ),
            ])];
        }
        let mut lines = Vec::new();
        for provider in providers {
            let mut spans = vec![Span::raw(format!("• {}", self.text(&provider.name)))];
            if let Some(formerly) = &provider.formerly {
                spans.push(Span::raw(format!(
                    " ({})",
                    self.ui_with("ui-formerly", &[("name", self.text(formerly))])
                )));
            }
            if let Some(phone) = &provider.phone {
                spans.push(Span::styled(
                    format!(
                        " — {}",
                        self.ui_with("ui-phone", &[("phone", phone.clone())])
                    ),
                    self.theme.prompt(),
                ));
            }
            if !provider.confirmed {
                spans.push(Span::styled(
                    format!(" ({})", self.ui("ui-unconfirmed")),
                    self.theme.muted(),
                ));
            }
            lines.push(Line::from(spans));
            if let Some(note) = &provider.note {
                lines.push(Line::styled(
                    format!("  {}", self.text(note)),
                    self.theme.muted(),
                ));
            }
        }
        lines
    }

    /// The trace: each question with the answer given, then the flags raised.
    fn why_lines(&self, pathway: &Pathway) -> Vec<Line<'static>> {
        let guide = self.guide();
        let mut lines: Vec<Line<'static>> = self
            .app
            .walk
            .steps
            .iter()
            .filter_map(|step| match (&guide.node(step.node).kind, step.option) {
                (NodeKind::Question(q), Some(i)) => Some(Line::from(format!(
                    "• {} → {}",
                    self.text(&q.text),
                    self.text(&q.options[i].label)
                ))),
                _ => None,
            })
            .collect();
        if !pathway.flags.is_empty() {
            let names: Vec<String> = pathway
                .flags
                .iter()
                .map(|f| self.text(&guide.flag(*f).label))
                .collect();
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", self.ui("ui-flags")), self.theme.alarm()),
                Span::raw(names.join(", ")),
            ]));
        }
        lines
    }

    fn quit_prompt(&self, area: Rect, buf: &mut Buffer) {
        let text = self.ui("ui-quit-question");
        let width = area.width.saturating_sub(8).min(56);
        let block = Block::new()
            .borders(Borders::ALL)
            .border_type(BorderType::Double)
            .border_style(self.theme.alarm())
            .padding(Padding::uniform(1));
        let paragraph = Paragraph::new(text).wrap(Wrap { trim: true }).block(block);
        let height = (paragraph.line_count(width.saturating_sub(4)) as u16).min(area.height);
        let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
        Clear.render(popup, buf);
        paragraph.render(popup, buf);
    }
}

/// `text` cut to `width` characters, ending in `…` when cut.
fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// The interface message naming an urgency.
pub fn urgency_message(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Immediate => "ui-urgency-immediate",
        Urgency::Within24h => "ui-urgency-within-24h",
        Urgency::WithinWeek => "ui-urgency-within-week",
        Urgency::Routine => "ui-urgency-routine",
    }
}
