//! Embeds the bundled guide (`guide/`) and translations (`locales/`) into the binary, so that
//! `ruta` runs anywhere, offline, with no files beside it.
//!
//! Writes `$OUT_DIR/embedded.rs`: a sorted list of `(relative path, include_str!(...))`.
//! Cargo re-runs this script when anything under the two folders changes, so adding a file is
//! picked up too (the reason not to use `include_dir`).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["guide", "locales"] {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root, &root.join(dir), &mut files);
    }
    files.sort();

    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    let mut code = String::from("&[\n");
    for relative in &files {
        let absolute = root.join(relative);
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            relative.replace('\\', "/"),
            absolute.display().to_string()
        ));
    }
    code.push_str("]\n");
    fs::File::create(&out)
        .and_then(|mut f| f.write_all(code.as_bytes()))
        .expect("write embedded.rs");
}

/// Every `.yaml` and `.ftl` file below `dir`, as paths relative to `root`.
fn collect(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "ftl")
        ) {
            let relative = path.strip_prefix(root).expect("below root");
            files.push(relative.to_string_lossy().into_owned());
        }
    }
}
