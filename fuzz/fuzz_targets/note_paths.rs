//! Fuzz target: arbitrary bytes through `note_paths` (see tests/support/fuzz_harness.rs).
#![no_main]

#[path = "../../tests/support/fuzz_harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::note_paths(data));
