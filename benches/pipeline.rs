//! The whole pipeline at scale: `cargo bench --bench pipeline`.
//!
//! Builds corpora of 1,000 to 10,000 real-text articles in memory (TimeML and Wikinews
//! benchmark texts with their creation dates as `Date:` headers, cycled) and times
//! `extract::run` on each size (publication dates, tagging in parallel, mentions, event
//! merging), to show it stays near-linear. Loading from disk is measured by the CLI
//! (`chronicle extract DIR`), see docs/BENCHMARKS.md.

mod common;

use std::time::Instant;

use chronicle::corpus::{Corpus, parse_article};
use chronicle::extract;

fn main() {
    let Some(bench) = common::benchmarks_dir() else {
        eprintln!(
            "pipeline: ../shared/benchmarks not found (set CHRONICLE_BENCHMARKS); nothing measured"
        );
        return;
    };
    let work = common::temp_dir("pipeline");
    for set in ["tbaq", "meantime", "wikiwars"] {
        if let Err(e) = common::export_timeml(&bench, set, &work.join(set)) {
            eprintln!("pipeline: {e}");
        }
    }
    let mut docs: Vec<String> = Vec::new();
    for p in common::texts_below(&work) {
        let (Ok(text), Ok(dct)) = (
            std::fs::read_to_string(&p),
            std::fs::read_to_string(p.with_extension("dct")),
        ) else {
            continue;
        };
        docs.push(format!(
            "Date: {}\n\n{}",
            dct.trim().get(..10).unwrap_or(""),
            text.trim_start()
        ));
    }
    for p in common::texts_below(&bench.join("news-timelines")) {
        if let Ok(t) = std::fs::read_to_string(&p) {
            docs.push(t);
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    if docs.is_empty() {
        eprintln!("pipeline: no benchmark text found");
        return;
    }
    println!("| articles | MB | extract::run ms | µs per article | events |");
    println!("|---|---|---|---|---|");
    for n in [1_000, 2_000, 5_000, 10_000] {
        let articles: Vec<_> = (0..n)
            .map(|i| parse_article(format!("a{i}"), format!("a{i}.txt"), &docs[i % docs.len()]))
            .collect();
        let mb = articles.iter().map(|a| a.text.len()).sum::<usize>() as f64 / 1e6;
        let t = Instant::now();
        let x = extract::run(Corpus {
            articles,
            errors: Vec::new(),
        });
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        println!(
            "| {n} | {mb:.1} | {ms:.0} | {:.0} | {} |",
            ms * 1000.0 / n as f64,
            x.events.len()
        );
    }
}
