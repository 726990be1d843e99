//! Warnings about texts: messages nothing uses, and texts holding characters that are removed
//! before display. The errors about texts are part of loading ([`crate::engine::load`]).

use std::collections::HashSet;

use crate::engine::diagnostic::{Code, Diagnostic};
use crate::engine::ftl::shapes_of;
use crate::engine::load::LoadedGuide;

/// Translation warnings for the guide's own `.ftl` files; `used` holds every message id the
/// guide, its directory and its cases name.
pub fn check(loaded: &LoadedGuide, used: &HashSet<&str>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for lang in &loaded.guide().languages {
        for (file, resource) in loaded.texts().resources(lang) {
            // Indexed once per file: thousands of findings in one file stay linear.
            let lines = crate::engine::line_index::LineIndex::new(resource.source());
            for shape in shapes_of(resource) {
                let at = || lines.locate(file, resource.source(), shape.offset);
                if !used.contains(shape.id) {
                    found.push(
                        Diagnostic::warning(
                            Code::UnusedMessage,
                            format!(
                                "message `{}` ({lang}) is not used by the guide or its cases",
                                shape.id
                            ),
                        )
                        .at(at())
                        .with_help("remove it, or refer to it from guide/guide.yaml or a case"),
                    );
                }
                if shape.unsafe_characters {
                    found.push(
                        Diagnostic::warning(
                            Code::UnsafeCharacters,
                            format!(
                                "message `{}` ({lang}) holds control or bidirectional characters",
                                shape.id
                            ),
                        )
                        .at(at())
                        .with_help("they are removed before display; delete them from the file"),
                    );
                }
            }
        }
    }
    found
}
