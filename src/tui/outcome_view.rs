//! The pathway screen: where the interview ends.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::engine::guide::{NodeKind, ServiceId};
use crate::engine::note::{referrals, urgency_message};
use crate::engine::session::Pathway;

use super::view::View;

/// Draws the pathway reached by `view`'s walk into `area`.
pub fn render(view: &View<'_, '_>, area: Rect, buf: &mut Buffer) {
    view.render_outcome(area, buf);
}

impl View<'_, '_> {
    /// The pathway: urgency, consent, hard stops, referrals, actions, words for the child, why.
    pub fn render_outcome(&self, area: Rect, buf: &mut Buffer) {
        let guide = self.guide();
        let Some(pathway) = Pathway::of(guide, &self.app.walk) else {
            return;
        };
        let NodeKind::Outcome(outcome) = &guide.node(pathway.outcome).kind else {
            return;
        };
        let theme = self.theme;
        let mut lines: Vec<Line> = vec![Line::from(vec![
            Span::styled(format!("{}: ", self.ui("ui-pathway")), theme.heading()),
            Span::styled(self.text(&outcome.title), theme.prompt()),
        ])];
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
        let consent = self.app.record.consent.map_or_else(
            || self.ui("ui-consent-not-recorded"),
            |c| self.ui(c.message()),
        );
        lines.push(Line::from(format!(
            "{}: {consent}",
            self.ui("ui-note-consent")
        )));

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
        let mut lines = Vec::new();
        for referral in referrals(self.app.loaded, &self.app.lang, self.app.place, id) {
            let mut spans = vec![Span::raw(format!("• {}", referral.name))];
            if let Some(formerly) = referral.formerly {
                spans.push(Span::raw(format!(
                    " ({})",
                    self.ui_with("ui-formerly", &[("name", formerly)])
                )));
            }
            if let Some(phone) = referral.phone {
                spans.push(Span::styled(
                    format!(" — {}", self.ui_with("ui-phone", &[("phone", phone)])),
                    self.theme.prompt(),
                ));
            }
            if referral.generic {
                if let Some(place) = self.app.place {
                    let place = self.text(&self.app.loaded.directory().place(place).name);
                    spans.push(Span::styled(
                        format!(" ({})", self.ui_with("ui-no-provider", &[("place", place)])),
                        self.theme.muted(),
                    ));
                }
            } else if !referral.confirmed {
                spans.push(Span::styled(
                    format!(" ({})", self.ui("ui-unconfirmed")),
                    self.theme.muted(),
                ));
            }
            lines.push(Line::from(spans));
            if let Some(note) = referral.note {
                lines.push(Line::styled(format!("  {note}"), self.theme.muted()));
            }
        }
        lines
    }

    /// The trace: each question with the answer given, then the flags raised.
    fn why_lines(&self, pathway: &Pathway) -> Vec<Line<'static>> {
        let guide = self.guide();
        let mut lines: Vec<Line<'static>> = self
            .app
            .answered()
            .into_iter()
            .filter_map(|(node, option)| match &guide.node(node).kind {
                NodeKind::Question(q) => Some(Line::from(format!(
                    "• {} → {}",
                    self.text(&q.text),
                    self.text(&q.options[option].label)
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
}
