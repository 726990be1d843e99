//! Validation of synthetic guides of 1k, 10k and 100k nodes, next to a bare serde_yaml parse of
//! the same `guide.yaml` (into a `Value`, and into the raw format structs). See
//! docs/performance.md for the numbers and how to read them.

#![allow(clippy::unwrap_used)] // a benchmark that cannot unwrap has nothing to measure

mod synthetic;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ruta::engine::guide::raw::RawGuide;
use ruta::engine::load::load;
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("guide");
    group.sample_size(10);
    for nodes in [1_000, 10_000, 100_000] {
        let files = synthetic::guide_files(nodes);
        let yaml = files[0].1.clone();
        let sources = SourceSet::from_files(files);
        assert!(
            validate(&sources).diagnostics.is_empty(),
            "the synthetic guide must be valid"
        );
        group.bench_with_input(
            BenchmarkId::new("serde_yaml_value", nodes),
            &yaml,
            |b, yaml| {
                b.iter(|| black_box(serde_yaml::from_str::<serde_yaml::Value>(yaml).unwrap()))
            },
        );
        group.bench_with_input(
            BenchmarkId::new("serde_yaml_raw", nodes),
            &yaml,
            |b, yaml| b.iter(|| black_box(serde_yaml::from_str::<RawGuide>(yaml).unwrap())),
        );
        group.bench_with_input(BenchmarkId::new("load", nodes), &sources, |b, sources| {
            b.iter(|| black_box(load(sources).unwrap()))
        });
        group.bench_with_input(
            BenchmarkId::new("validate", nodes),
            &sources,
            |b, sources| b.iter(|| black_box(validate(sources))),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
