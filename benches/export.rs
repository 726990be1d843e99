//! Export speed: the bundled guide and a synthetic 10 000-node guide, from a loaded guide to
//! the bytes of the XLSForm workbook (`ruta xlsform` less reading and checking the guide,
//! which `benches/validate.rs` measures). See docs/performance.md.

#![allow(clippy::unwrap_used)] // a benchmark that cannot unwrap has nothing to measure

mod synthetic;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ruta::engine::load::load;
use ruta::engine::source::SourceSet;
use ruta::engine::xlsform;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("xlsform");
    group.sample_size(10);
    let guides = [
        ("bundled", SourceSet::embedded()),
        (
            "synthetic-10000",
            SourceSet::from_files(synthetic::guide_files(10_000)),
        ),
    ];
    for (name, sources) in guides {
        let loaded = load(&sources).unwrap();
        let form = xlsform::build(&loaded).unwrap();
        let longest = form
            .survey
            .iter()
            .map(|r| r.calculation.len().max(r.relevant.len()))
            .max()
            .unwrap_or(0);
        let bytes = xlsform::to_bytes(&form).map(|b| b.len());
        eprintln!(
            "{name}: {} survey rows, {} choices, longest expression {longest} chars, workbook {bytes:?} bytes",
            form.survey.len(),
            form.choices.len()
        );
        group.bench_with_input(BenchmarkId::new("build", name), &loaded, |b, loaded| {
            b.iter(|| xlsform::build(black_box(loaded)).unwrap())
        });
        if bytes.is_ok() {
            group.bench_with_input(BenchmarkId::new("write", name), &form, |b, form| {
                b.iter(|| xlsform::to_bytes(black_box(form)).unwrap())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
