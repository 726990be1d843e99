//! One key press at the interview: `update` plus a full redraw into a `TestBackend`, at 80×24
//! and 200×60, on the bundled guide. See docs/performance.md.
#![allow(clippy::unwrap_used)] // a benchmark that cannot unwrap has nothing to measure

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ruta::engine::load::load;
use ruta::engine::record::Record;
use ruta::engine::source::SourceSet;
use ruta::interview::action::Action;
use ruta::interview::app::App;
use ruta::tui::theme::Theme;
use ruta::tui::view;

fn bench(c: &mut Criterion) {
    let sources = SourceSet::embedded();
    c.bench_function("load_embedded_guide", |b| {
        b.iter(|| black_box(load(&sources).unwrap()))
    });
    let loaded = load(&sources).unwrap();
    let mut group = c.benchmark_group("key_press");
    for (width, height) in [(80, 24), (200, 60)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        let record = Record::new(loaded.guide(), loaded.hash(), "es");
        let mut app = App::new(&loaded, "es".into(), record);
        // Stand somewhere in the middle of the interview.
        for _ in 0..8 {
            app.update(Action::Confirm);
        }
        group.bench_with_input(
            BenchmarkId::new("move_and_redraw", format!("{width}x{height}")),
            &(),
            |b, ()| {
                b.iter(|| {
                    app.update(Action::Down);
                    app.update(Action::Up);
                    terminal
                        .draw(|frame| {
                            view::render(&app, Theme::COLOR, frame.area(), frame.buffer_mut())
                        })
                        .unwrap();
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
