//! Fuzz target: arbitrary bytes through `record_file` (see tests/support/fuzz_harness.rs).
#![no_main]

#[path = "../../tests/support/fuzz_harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::record_file(data));
