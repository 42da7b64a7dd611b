//! A real folder at real size: `cargo bench --bench folder`.
//!
//! Writes 10,000 article files (~70 MB: TimeML and Wikinews benchmark texts, two or three
//! per file, with their creation dates as `Date:` headers, in 20 sub-folders) to a
//! temporary folder and times the real binary, `chronicle extract DIR > /dev/null`, end to
//! end: walk, parallel read and decode, extraction, JSON. Peak memory comes from GNU
//! `/usr/bin/time` when it is installed. Then the app's loading path: how soon the first
//! events are ready (the preview of the first files) and when every file is read.

mod common;

use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let Some(bench) = common::benchmarks_dir() else {
        eprintln!(
            "folder: ../shared/benchmarks not found (set CHRONICLE_BENCHMARKS); nothing measured"
        );
        return;
    };
    let work = common::temp_dir("folder");
    let export = work.join("export");
    for set in ["tbaq", "meantime", "wikiwars"] {
        if let Err(e) = common::export_timeml(&bench, set, &export.join(set)) {
            eprintln!("folder: {e}");
        }
    }
    let mut docs: Vec<(String, String)> = Vec::new();
    for p in common::texts_below(&export) {
        let (Ok(t), Ok(d)) = (
            std::fs::read_to_string(&p),
            std::fs::read_to_string(p.with_extension("dct")),
        ) else {
            continue;
        };
        docs.push((
            d.trim().get(..10).unwrap_or("").to_string(),
            t.trim().to_string(),
        ));
    }
    for p in common::texts_below(&bench.join("news-timelines")) {
        if let Ok(t) = std::fs::read_to_string(&p)
            && let Some((first, rest)) = t.split_once('\n')
        {
            docs.push((
                first.trim_start_matches("Date:").trim().to_string(),
                rest.trim().to_string(),
            ));
        }
    }
    if docs.is_empty() {
        eprintln!("folder: no benchmark text found");
        return;
    }
    let dir = work.join("articles");
    let (mut k, mut bytes) = (0usize, 0usize);
    for i in 0..10_000 {
        let date = docs[k % docs.len()].0.clone();
        let mut body = format!("Date: {date}\n\n");
        while body.len() < 3000 {
            body.push_str(&docs[k % docs.len()].1);
            body.push_str("\n\n");
            k += 1;
        }
        let sub = dir.join(format!("d{:02}", i / 500));
        let _ = std::fs::create_dir_all(&sub);
        let _ = std::fs::write(sub.join(format!("a{i:05}.txt")), &body);
        bytes += body.len();
    }
    let bin = env!("CARGO_BIN_EXE_chronicle");
    let gnu_time = std::path::Path::new("/usr/bin/time").exists();
    let mut cmd = if gnu_time {
        let mut c = Command::new("/usr/bin/time");
        c.args(["-f", "%e s wall, %M KB peak"]).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.arg("extract")
        .arg(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let t = Instant::now();
    let out = cmd.output();
    let secs = t.elapsed().as_secs_f64();
    let stderr = out
        .as_ref()
        .map(|o| String::from_utf8_lossy(&o.stderr).to_string())
        .unwrap_or_default();
    println!("folder: 10000 files, {:.1} MB", bytes as f64 / 1e6);
    println!("chronicle extract DIR > /dev/null: {secs:.2} s wall");
    if let Some(line) = stderr.lines().last().filter(|_| gnu_time) {
        println!("/usr/bin/time: {line}");
    }

    // What the app does when this folder is chosen: the loader reads the first files,
    // extracts them and hands them to the window before reading the rest.
    let t = Instant::now();
    let first = std::cell::Cell::new(None);
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let full = chronicle::corpus::load_paths_streaming(
        std::slice::from_ref(&dir),
        &chronicle::corpus::LoadOptions::default(),
        &|_| {},
        &|early| {
            let x = chronicle::extract::run(early);
            first.set(Some((
                t.elapsed().as_secs_f64(),
                x.events.len(),
                x.corpus.articles.len(),
            )));
        },
        &cancel,
    );
    let read_all = t.elapsed().as_secs_f64();
    if let Some((secs, events, articles)) = first.get() {
        println!(
            "app loading: first {events} events (from {articles} files) ready after {secs:.2} s; all {} files read after {read_all:.2} s",
            full.articles.len()
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}
