//! `ruta graph [DIR] --format dot|mermaid`: the tree as a diagram on standard output.

use ruta::engine::graph;

use super::{Failure, GuideArgs};

/// Diagram languages.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Graphviz DOT: `ruta graph | dot -Tsvg > guide.svg`.
    Dot,
    /// A Mermaid flowchart, for Markdown pages that render Mermaid.
    Mermaid,
}

/// Prints the guide's tree in `format`, with texts in `lang`.
pub fn run(guide: &GuideArgs, format: Format, lang: Option<&str>) -> Result<(), Failure> {
    let loaded = guide.load()?;
    let lang = super::language(&loaded, lang)?;
    let text = match format {
        Format::Dot => graph::dot(&loaded, &lang),
        Format::Mermaid => graph::mermaid(&loaded, &lang),
    };
    out!("{text}");
    Ok(())
}
