//! Event ranking on news timelines: `cargo bench --bench timelines`.
//!
//! For each SemEval-2015 Task 4 topic (Wikinews articles with gold timelines) it runs the
//! whole pipeline (`corpus::load_paths` → `extract::run`), ranks the day-precise events by
//! importance and scores the ranking with `score_dates.py --top-k-as-gold` (date F1 as in
//! timeline-summarisation papers), next to the baseline "publication days ranked by
//! article count". It also times the pipeline.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chronicle::timeval::Granularity;
use chronicle::{corpus, extract};

fn main() {
    let Some(bench) = common::benchmarks_dir() else {
        eprintln!(
            "timelines: ../shared/benchmarks not found (set CHRONICLE_BENCHMARKS); nothing measured"
        );
        return;
    };
    let root = bench.join("news-timelines/semeval2015_task4");
    let mut topics: Vec<_> = std::fs::read_dir(&root)
        .map(|r| r.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    topics.sort();
    let work = common::temp_dir("timelines");
    println!(
        "| topic | articles | gold dates | Chronicle date F1 | baseline date F1 | pipeline ms |"
    );
    println!("|---|---|---|---|---|---|");
    let (mut sum_sys, mut sum_base, mut n) = (0.0, 0.0, 0.0);
    for topic in topics.iter().filter(|p| p.is_dir()) {
        let name = topic
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold = topic.join("gold/timeline.tsv");
        let t = Instant::now();
        let x = extract::run(corpus::load_paths(&[topic.join("articles")]));
        let ms = t.elapsed().as_secs_f64() * 1000.0;

        let mut ranked: Vec<&chronicle::events::Event> = x
            .events
            .iter()
            .filter(|e| e.span.granularity == Granularity::Day)
            .collect();
        ranked.sort_by(|a, b| {
            b.importance
                .total_cmp(&a.importance)
                .then(a.span.start.cmp(&b.span.start))
        });
        let sys_tsv: String = ranked
            .iter()
            .map(|e| format!("{}\t{}\n", e.span.start, e.title))
            .collect();

        let mut per_day: HashMap<chrono::NaiveDate, usize> = HashMap::new();
        for d in x.published.iter().filter_map(|p| p.date) {
            *per_day.entry(d).or_default() += 1;
        }
        let mut days: Vec<_> = per_day.into_iter().collect();
        days.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let base_tsv: String = days.iter().map(|(d, c)| format!("{d}\t{c}\n")).collect();

        let sys_f1 = score(
            &bench,
            &work.join(format!("{name}.sys.tsv")),
            &sys_tsv,
            &gold,
        );
        let base_f1 = score(
            &bench,
            &work.join(format!("{name}.base.tsv")),
            &base_tsv,
            &gold,
        );
        println!(
            "| {name} | {} | {} | {sys_f1:.3} | {base_f1:.3} | {ms:.0} |",
            x.corpus.articles.len(),
            distinct_days(&gold)
        );
        sum_sys += sys_f1;
        sum_base += base_f1;
        n += 1.0;
    }
    if n > 0.0 {
        println!(
            "| **mean** | | | {:.3} | {:.3} | |",
            sum_sys / n,
            sum_base / n
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}

fn distinct_days(gold: &Path) -> usize {
    let text = std::fs::read_to_string(gold).unwrap_or_default();
    let mut days: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|d| d.len() == 10)
        .collect();
    days.sort_unstable();
    days.dedup();
    days.len()
}

/// Date F1 of a ranked TSV against the gold timeline (MACRO line of score_dates.py).
fn score(bench: &Path, file: &Path, tsv: &str, gold: &Path) -> f64 {
    if std::fs::write(file, tsv).is_err() {
        return f64::NAN;
    }
    let out = Command::new("python3")
        .arg(bench.join("news-timelines/score_dates.py"))
        .arg(file)
        .arg(gold)
        .arg("--top-k-as-gold")
        .output();
    let Ok(out) = out else { return f64::NAN };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.starts_with("MACRO"))
        .and_then(|l| l.rsplit("F1=").next())
        .and_then(|f| f.trim().parse().ok())
        .unwrap_or(f64::NAN)
}
