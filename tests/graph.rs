//! `ruta graph`: the DOT output renders with Graphviz without a warning, and the Mermaid output
//! declares every node and every edge.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use ruta::engine::graph::{dot, mermaid};

/// Renders `source` with `dot -Tsvg`; `None` when Graphviz is not installed (outside CI).
fn render_with_graphviz(source: &str) -> Option<(bool, String)> {
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("Graphviz is not installed: skipping the rendering check");
            return None;
        }
        Err(e) => panic!("CI must have Graphviz (.ci/run installs it): {e}"),
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(source.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn dot_renders_without_warnings_in_both_languages() {
    for loaded in [
        common::load_fixture("valid/small"),
        common::load_fixture("valid/checklist"),
        common::load_embedded(),
    ] {
        for lang in ["es", "en"] {
            let source = dot(&loaded, lang);
            if let Some((ok, stderr)) = render_with_graphviz(&source) {
                assert!(
                    ok && stderr.is_empty(),
                    "dot failed for {lang}: {stderr}\n{source}"
                );
            }
        }
    }
}

#[test]
fn dot_shapes_and_colours_follow_the_node_kinds() {
    let loaded = common::load_fixture("valid/small");
    let source = dot(&loaded, "en");
    assert!(
        source.contains("\"danger\" [label=\"Are you in danger now?\", shape=box, penwidth=2];")
    );
    assert!(
        source.contains(
            "\"calm\" [label=\"Explain who you are and why you are\\nhere.\", shape=note];"
        )
    );
    assert!(source.contains("\"urgent\" [label=\"Immediate danger\", shape=box, style=\"rounded,filled\", fillcolor=\"#c62828\""));
    assert!(source.contains("\"danger\" -> \"urgent\" [label=\"Yes\"];"));
    assert!(source.contains("\"calm\" -> \"company\";"));
}

#[test]
fn a_checklist_is_one_box_with_its_options_and_flags_and_one_edge_on() {
    let loaded = common::load_fixture("valid/checklist");
    let source = dot(&loaded, "en");
    let lines: Vec<&str> = source.lines().filter(|l| l.contains("\"signs\"")).collect();
    assert_eq!(
        lines,
        [
            "  \"signs\" [label=\"Which of these signs do you see?\\nMark all that apply.\\n[ ] Crying or very sad\\l    ⚠ Signs of distress\\l[ ] A recent injury\\l[ ] Nobody is with the child\\l    ⚠ Travels alone\\l( ) None of these\\l\", shape=box, peripheries=2];",
            // Whatever is marked, the walk goes on to `next`; the injury interrupts first.
            "  \"signs\" -> \"by_signs\";",
            "  \"signs\" -> \"urgent\" [label=\"A recent injury\", style=dashed, color=\"#b00020\"];",
            "  \"calm\" -> \"signs\";",
        ]
    );
    // The route after it branches on the flags its options raise.
    assert!(source.contains("  \"by_signs\" -> \"follow_up\" [label=\"Signs of distress\"];"));

    let flow = mermaid(&loaded, "es");
    let lines: Vec<&str> = flow.lines().filter(|l| l.contains("n2_signs")).collect();
    assert_eq!(
        lines,
        [
            "  n2_signs[[\"¿Cuáles de estas señales observa?<br/>Marque todas las que correspondan.<br/>[ ] Llanto o mucha tristeza<br/>    ⚠ Señales de angustia<br/>[ ] Una lesión reciente<br/>[ ] Nadie acompaña a la niña o al<br/>    niño<br/>    ⚠ Viaja sola o solo<br/>( ) Ninguna de estas\"]]",
            "  n2_signs --> n4_by_signs",
            "  n2_signs -.->|\"Una lesión reciente\"| n5_urgent",
            "  n3_calm --> n2_signs",
        ]
    );
}

#[test]
fn mermaid_declares_every_node_and_edge() {
    let loaded = common::load_fixture("valid/small");
    insta::assert_snapshot!(mermaid(&loaded, "es"));
}

#[test]
fn labels_cannot_break_out_of_their_quotes() {
    let sources = ruta::engine::source::SourceSet::from_dir(&common::fixture("valid/small"))
        .unwrap()
        .overlaid(ruta::engine::source::SourceSet::from_files([(
            "locales/en/guide.ftl".to_owned(),
            std::fs::read_to_string(common::fixture("valid/small/locales/en/guide.ftl"))
                .unwrap()
                .replace("opt-yes = Yes", "opt-yes = Say \"y\" \\ ]| -->"),
        )]));
    let loaded = ruta::engine::load::load(&sources).unwrap();
    let source = dot(&loaded, "en");
    assert!(
        source.contains(r#"[label="Say \"y\" \\ ]| -->"]"#),
        "{source}"
    );
    if let Some((ok, stderr)) = render_with_graphviz(&source) {
        assert!(ok && stderr.is_empty(), "{stderr}");
    }
    let flow = mermaid(&loaded, "en");
    assert!(
        flow.contains("-->|\"Say #quot;y#quot; \\ ]| -->\"|"),
        "{flow}"
    );
}
