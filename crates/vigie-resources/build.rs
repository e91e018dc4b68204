//! Embeds every file under the repository's `kb/`, `lexicons/` and `data/` folders, and the
//! binary models under `models/` (`models/syntax/<lang>/syntax.model`), so the binary is
//! self-contained and adding a language means adding files (no code to touch).

use std::path::{Path, PathBuf};

const ROOTS: [&str; 3] = ["kb", "lexicons", "data"];
const EXTENSIONS: [&str; 3] = ["toml", "tsv", "txt"];
/// Folders of binary files, embedded as bytes, and the extensions taken from them.
const BINARY_ROOTS: [&str; 1] = ["models"];
const BINARY_EXTENSIONS: [&str; 1] = ["model"];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let repo = manifest
        .parent()
        .and_then(Path::parent)
        .expect("crates/vigie-resources");
    let mut files = Vec::new();
    for root in ROOTS {
        let dir = repo.join(root);
        println!("cargo:rerun-if-changed={}", dir.display());
        collect(&dir, &EXTENSIONS, &mut files);
    }
    let mut binary = Vec::new();
    for root in BINARY_ROOTS {
        let dir = repo.join(root);
        println!("cargo:rerun-if-changed={}", dir.display());
        collect(&dir, &BINARY_EXTENSIONS, &mut binary);
    }
    let mut code = table("FILES", "str", "include_str", repo, &mut files);
    code.push_str(&table("BINARY", "[u8]", "include_bytes", repo, &mut binary));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("files.rs");
    std::fs::write(out, code).unwrap();
}

/// `pub static NAME: &[(&str, &TYPE)]`: each file's path relative to the repository and its
/// contents through `MACRO!`, sorted by path.
fn table(name: &str, ty: &str, mac: &str, repo: &Path, files: &mut [PathBuf]) -> String {
    files.sort();
    let mut code = format!("pub static {name}: &[(&str, &{ty})] = &[\n");
    for path in files.iter() {
        let rel = path
            .strip_prefix(repo)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        code.push_str(&format!(
            "    ({rel:?}, {mac}!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    code
}

fn collect(dir: &Path, extensions: &[&str], files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            // Import scripts' inputs live beside them; only data the binary reads is embedded.
            if path.file_name().is_some_and(|n| n == "tools") {
                continue;
            }
            collect(&path, extensions, files);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            println!("cargo:rerun-if-changed={}", path.display());
            files.push(path);
        }
    }
}
