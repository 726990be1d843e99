//! The tree as a diagram, in Graphviz DOT or Mermaid, with the texts of one language:
//! questions as boxes, infos as notes, routes as hexagons, outcomes as rounded shapes filled by
//! urgency, and every edge labelled with the option (or flag) that takes it.
//!
//! A checklist ("mark all that apply") is a box with a double border (a subroutine shape in
//! Mermaid) that lists its options, `[ ]` each, `( )` for one marked alone ("none of these"),
//! with `⚠` and the flags each raises: it has one edge, to its `next`, and the routes after it
//! branch on those flags. An option that interrupts has its dashed edge, as on a question.

use std::fmt::Write;

use super::guide::{NodeId, NodeKind, Select, Urgency};
use super::load::LoadedGuide;

/// Longest line in a node label before it wraps.
const WRAP: usize = 36;

/// The fill colour of an outcome of each urgency, and the text colour on it.
fn colours(urgency: Urgency) -> (&'static str, &'static str) {
    match urgency {
        Urgency::Immediate => ("#c62828", "#ffffff"),
        Urgency::Within24h => ("#f9a825", "#000000"),
        Urgency::WithinWeek => ("#1565c0", "#ffffff"),
        Urgency::Routine => ("#2e7d32", "#ffffff"),
    }
}

/// An edge: from, to, label.
struct Edge {
    from: NodeId,
    to: NodeId,
    label: String,
    /// An interruption: the outcome is acted on at once and the walk goes on.
    interrupt: bool,
}

fn edges(loaded: &LoadedGuide, lang: &str) -> Vec<Edge> {
    let guide = loaded.guide();
    let text = |id: &super::guide::MessageId| loaded.texts().text(lang, id.as_str());
    let mut edges = Vec::new();
    for from in guide.node_ids() {
        match &guide.node(from).kind {
            NodeKind::Question(q) => {
                // A checklist goes on to its one `next` whatever is marked: one edge; a
                // question has one per option.
                let answers: &[_] = match q.select {
                    Select::Many { next } => {
                        edges.push(Edge {
                            from,
                            to: next,
                            label: String::new(),
                            interrupt: false,
                        });
                        &[]
                    }
                    Select::One => &q.options,
                };
                edges.extend(answers.iter().map(|o| Edge {
                    from,
                    to: o.next,
                    label: text(&o.label),
                    interrupt: false,
                }));
                edges.extend(q.options.iter().filter_map(|o| {
                    Some(Edge {
                        from,
                        to: o.interrupt?,
                        label: text(&o.label),
                        interrupt: true,
                    })
                }));
            }
            NodeKind::Info(info) => edges.push(Edge {
                from,
                to: info.next,
                label: String::new(),
                interrupt: false,
            }),
            NodeKind::Route(route) => {
                for (flag, to) in &route.when {
                    edges.push(Edge {
                        from,
                        to: *to,
                        label: text(&guide.flag(*flag).label),
                        interrupt: false,
                    });
                }
                let otherwise = loaded.ui().text(lang, "ui-graph-otherwise");
                edges.push(Edge {
                    from,
                    to: route.otherwise,
                    label: otherwise,
                    interrupt: false,
                });
            }
            NodeKind::Outcome(_) => {}
        }
    }
    edges
}

/// The label of a node: its text (the outcome's title), wrapped.
fn label(loaded: &LoadedGuide, lang: &str, node: NodeId) -> String {
    let guide = loaded.guide();
    let text = |id: &super::guide::MessageId| loaded.texts().text(lang, id.as_str());
    let raw = match &guide.node(node).kind {
        NodeKind::Question(q) => text(&q.text),
        NodeKind::Info(info) => text(&info.text),
        NodeKind::Route(_) => guide.node(node).id.clone(),
        NodeKind::Outcome(o) => text(&o.title),
    };
    wrap(&raw, WRAP)
}

/// A checklist's options, one line each (wrapped lines indented): `[ ]` and the option's text,
/// `( )` for an option marked alone, then under it `⚠` and each flag it raises. Empty for other
/// nodes.
fn option_lines(loaded: &LoadedGuide, lang: &str, node: NodeId) -> Vec<String> {
    let guide = loaded.guide();
    let text = |id: &super::guide::MessageId| loaded.texts().text(lang, id.as_str());
    let NodeKind::Question(q) = &guide.node(node).kind else {
        return Vec::new();
    };
    if !q.is_checklist() {
        return Vec::new();
    }
    let mut lines = Vec::new();
    // Continuation lines and flags are indented under the option's text.
    let indent = "    ";
    for option in &q.options {
        let mark = if option.exclusive { "( )" } else { "[ ]" };
        let wrapped = wrap(&format!("{mark} {}", text(&option.label)), WRAP);
        for (i, line) in wrapped.lines().enumerate() {
            lines.push(format!("{}{line}", if i == 0 { "" } else { indent }));
        }
        for flag in &option.flags {
            let wrapped = wrap(&format!("⚠ {}", text(&guide.flag(*flag).label)), WRAP);
            lines.extend(wrapped.lines().map(|line| format!("{indent}{line}")));
        }
    }
    lines
}

/// Wraps `text` at word boundaries into lines of at most `width` characters.
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

/// The tree in Graphviz DOT.
pub fn dot(loaded: &LoadedGuide, lang: &str) -> String {
    let guide = loaded.guide();
    // Inside DOT quotes; a line break centres the line before it.
    let escape = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
    };
    let quote = |s: &str| format!("\"{}\"", escape(s));
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quote(&guide.id));
    let _ = writeln!(out, "  rankdir=TB;");
    let _ = writeln!(out, "  node [fontname=\"Helvetica\", fontsize=10];");
    let _ = writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];");
    for node in guide.node_ids() {
        let id = quote(&guide.node(node).id);
        // A checklist's options are left-aligned (`\l` ends a left-aligned line) under its text.
        let mut label = escape(&label(loaded, lang, node));
        for (i, line) in option_lines(loaded, lang, node).iter().enumerate() {
            let _ = write!(
                label,
                "{}{}\\l",
                if i == 0 { "\\n" } else { "" },
                escape(line)
            );
        }
        let label = format!("\"{label}\"");
        let attributes = match &guide.node(node).kind {
            NodeKind::Question(q) if q.is_checklist() => "shape=box, peripheries=2".to_owned(),
            NodeKind::Question(_) => "shape=box".to_owned(),
            NodeKind::Info(_) => "shape=note".to_owned(),
            NodeKind::Route(_) => "shape=hexagon".to_owned(),
            NodeKind::Outcome(o) => {
                let (fill, font) = colours(o.urgency);
                format!(
                    "shape=box, style=\"rounded,filled\", fillcolor=\"{fill}\", fontcolor=\"{font}\""
                )
            }
        };
        let start = if node == guide.start {
            ", penwidth=2"
        } else {
            ""
        };
        let _ = writeln!(out, "  {id} [label={label}, {attributes}{start}];");
    }
    for edge in edges(loaded, lang) {
        let from = quote(&guide.node(edge.from).id);
        let to = quote(&guide.node(edge.to).id);
        let style = if edge.interrupt {
            ", style=dashed, color=\"#b00020\""
        } else {
            ""
        };
        if edge.label.is_empty() {
            let _ = writeln!(out, "  {from} -> {to};");
        } else {
            let _ = writeln!(
                out,
                "  {from} -> {to} [label={}{style}];",
                quote(&wrap(&edge.label, 24))
            );
        }
    }
    out.push_str("}\n");
    out
}

/// The tree as a Mermaid flowchart.
pub fn mermaid(loaded: &LoadedGuide, lang: &str) -> String {
    let guide = loaded.guide();
    // Mermaid ids are plain words; labels go in quotes with entities for what breaks them.
    let id = |node: NodeId| {
        format!(
            "n{}_{}",
            node.0,
            guide
                .node(node)
                .id
                .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
        )
    };
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "#quot;").replace('\n', "<br/>"));
    let mut out = String::from("flowchart TD\n");
    for urgency in Urgency::ALL {
        let (fill, font) = colours(urgency);
        let _ = writeln!(
            out,
            "  classDef {} fill:{fill},color:{font},stroke:#333",
            urgency.keyword()
        );
    }
    for node in guide.node_ids() {
        let mut lines = vec![label(loaded, lang, node)];
        lines.extend(option_lines(loaded, lang, node));
        let label = quote(&lines.join("\n"));
        let shape = match &guide.node(node).kind {
            NodeKind::Question(q) if q.is_checklist() => format!("[[{label}]]"),
            NodeKind::Question(_) => format!("[{label}]"),
            NodeKind::Info(_) => format!(">{label}]"),
            NodeKind::Route(_) => format!("{{{{{label}}}}}"),
            NodeKind::Outcome(_) => format!("([{label}])"),
        };
        let _ = writeln!(out, "  {}{shape}", id(node));
        if let NodeKind::Outcome(o) = &guide.node(node).kind {
            let _ = writeln!(out, "  class {} {}", id(node), o.urgency.keyword());
        }
    }
    for edge in edges(loaded, lang) {
        // A dotted arrow is an interruption: acted on at once, then the walk goes on.
        let arrow = if edge.interrupt { "-.->" } else { "-->" };
        if edge.label.is_empty() {
            let _ = writeln!(out, "  {} {arrow} {}", id(edge.from), id(edge.to));
        } else {
            let _ = writeln!(
                out,
                "  {} {arrow}|{}| {}",
                id(edge.from),
                quote(&edge.label),
                id(edge.to)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_words() {
        assert_eq!(wrap("one two three four", 9), "one two\nthree\nfour");
        assert_eq!(wrap("", 9), "");
    }
}
