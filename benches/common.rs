//! Shared by the bench binaries: where the benchmark data lives and how to export it.
#![allow(dead_code)] // each bench binary includes this module and uses a part of it

use std::path::{Path, PathBuf};
use std::process::Command;

/// `../shared/benchmarks` next to the repository (override with CHRONICLE_BENCHMARKS).
pub fn benchmarks_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CHRONICLE_BENCHMARKS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/benchmarks"));
    dir.is_dir().then_some(dir)
}

/// Exports a TimeML gold folder with `tml_to_text.py` into `out` (text, DCT, gold JSON).
pub fn export_timeml(benchmarks: &Path, set: &str, out: &Path) -> Result<(), String> {
    let script = benchmarks.join("timex/tml_to_text.py");
    let status = Command::new("python3")
        .arg(&script)
        .arg(benchmarks.join("timex").join(set))
        .arg(out)
        .stdout(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed on {set}", script.display()))
    }
}

/// Every `*.txt` below `dir`, sorted.
pub fn texts_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

pub fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("chronicle-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let _ = std::fs::create_dir_all(&d);
    d
}
