//! Replays every input the fuzz targets have kept (`fuzz/corpus/<target>/`) and every crasher
//! they found (`fuzz/artifacts/<target>/`) through the same code, as ordinary tests, so CI
//! checks them without a fuzzer.
#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

#[path = "support/fuzz_harness.rs"]
mod harness;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for folder in ["corpus", "artifacts"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            run(&std::fs::read(&path).unwrap());
            count += 1;
        }
    }
    assert!(count > 0, "no corpus for {target}");
}

#[test]
fn guide_loader_corpus() {
    replay("guide_loader", harness::guide_loader);
}

#[test]
fn locale_loader_corpus() {
    replay("locale_loader", harness::locale_loader);
}

#[test]
fn case_file_corpus() {
    replay("case_file", harness::case_file);
}

#[test]
fn record_file_corpus() {
    replay("record_file", harness::record_file);
}

#[test]
fn note_paths_corpus() {
    replay("note_paths", harness::note_paths);
}
