//! Writes a synthetic guide of N nodes to a folder, for whole-process timings:
//!
//! ```sh
//! cargo run --release --example generate_guide -- 100000 /tmp/guide-100k
//! time target/release/ruta validate /tmp/guide-100k
//! ```

#[path = "../benches/synthetic.rs"]
mod synthetic;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: generate_guide NODES DIR";
    let nodes: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| std::io::Error::other(usage))?;
    let dir = std::path::PathBuf::from(args.next().ok_or_else(|| std::io::Error::other(usage))?);
    for (relative, text) in synthetic::guide_files(nodes) {
        let path = dir.join(relative);
        std::fs::create_dir_all(path.parent().expect("files sit in folders"))?;
        std::fs::write(path, text)?;
    }
    Ok(())
}
