//! Proving safety properties: the bundled guide's (what they add to `ruta validate`), and 20
//! properties over synthetic guides of 1k, 10k and 100k nodes (how the cost grows). See
//! docs/performance.md for the numbers.

#![allow(clippy::unwrap_used)] // a benchmark that cannot unwrap has nothing to measure

mod synthetic;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ruta::engine::load::load;
use ruta::engine::safety::prove;
use ruta::engine::source::SourceSet;
use ruta::engine::validate::validate;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("safety");
    group.sample_size(10);

    let embedded = SourceSet::embedded();
    let loaded = validate(&embedded).loaded.unwrap();
    let proof = prove(&embedded, &loaded, loaded.cases()).unwrap();
    assert!(proof.counterexamples.is_empty() && !proof.proved.is_empty());
    eprintln!(
        "bundled: {} properties, {} states",
        proof.proved.len(),
        proof.states
    );
    group.bench_function("prove_bundled", |b| {
        b.iter(|| black_box(prove(&embedded, &loaded, loaded.cases())))
    });

    for nodes in [1_000, 10_000, 100_000] {
        let mut files = synthetic::guide_files(nodes);
        files.push(synthetic::safety_file(nodes, 20));
        let sources = SourceSet::from_files(files);
        let loaded = load(&sources).unwrap();
        let proof = prove(&sources, &loaded, &[]).unwrap();
        assert_eq!(proof.proved.len(), 20, "{:?}", proof.diagnostics);
        eprintln!("{nodes} nodes: 20 properties, {} states", proof.states);
        group.bench_with_input(
            BenchmarkId::new("prove_20", nodes),
            &(sources, loaded),
            |b, (sources, loaded)| b.iter(|| black_box(prove(sources, loaded, &[]))),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
