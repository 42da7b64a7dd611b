//! Tagger accuracy on the TimeML benchmarks: `cargo bench --bench accuracy`.
//!
//! For each set (TBAQ, MEANTIME, WikiWars) it exports the gold documents with
//! `tml_to_text.py`, tags every text with its DCT through the library (the same code as
//! `chronicle tag`), writes the system JSON and prints `score_timex.py`'s TE3 figures.
//! Pass `--keep` to leave the system output in the temporary folder for inspection.

mod common;

use std::path::Path;
use std::process::Command;

use chronicle::extract::tag_json;

const SETS: &[&str] = &["tbaq", "meantime", "wikiwars"];

fn main() {
    let Some(bench) = common::benchmarks_dir() else {
        eprintln!(
            "accuracy: ../shared/benchmarks not found (set CHRONICLE_BENCHMARKS); nothing measured"
        );
        return;
    };
    let keep = std::env::args().any(|a| a == "--keep");
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| SETS.contains(&a.as_str()))
        .collect();
    println!(
        "| set | docs | gold | strict P | strict R | strict F1 | relaxed F1 | value F1 | type F1 |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for set in SETS
        .iter()
        .filter(|s| only.is_empty() || only.iter().any(|o| o == *s))
    {
        let work = common::temp_dir(&format!("acc-{set}"));
        let gold = work.join("gold");
        let sys = work.join("system");
        if let Err(e) = common::export_timeml(&bench, set, &gold) {
            eprintln!("accuracy: {e}");
            continue;
        }
        let texts = common::texts_below(&gold);
        for txt in &texts {
            let rel = txt.strip_prefix(&gold).unwrap_or(txt);
            let text = std::fs::read_to_string(txt).unwrap_or_default();
            let dct = std::fs::read_to_string(txt.with_extension("dct")).unwrap_or_default();
            let dct =
                chrono::NaiveDate::parse_from_str(dct.trim().get(..10).unwrap_or(""), "%Y-%m-%d")
                    .ok();
            let out = sys.join(rel).with_extension("json");
            let _ = std::fs::create_dir_all(out.parent().unwrap_or(Path::new(".")));
            let json = serde_json::to_string(&tag_json(&text, dct)).unwrap_or_default();
            let _ = std::fs::write(&out, json);
        }
        let report = work.join("score.json");
        let status = Command::new("python3")
            .arg(bench.join("timex/score_timex.py"))
            .arg(bench.join("timex").join(set))
            .arg(&sys)
            .arg("--json")
            .arg(&report)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        let scores: serde_json::Value = std::fs::read_to_string(&report)
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        if !matches!(status, Ok(s) if s.success()) || scores.is_null() {
            eprintln!("accuracy: score_timex.py failed on {set}");
            continue;
        }
        let m = |k: &str, f: &str| {
            scores
                .pointer(&format!("/total/{k}/{f}"))
                .and_then(|v| v.as_f64())
                .unwrap_or(f64::NAN)
        };
        let g = scores
            .pointer("/total/counts/gold")
            .and_then(|v| v.as_u64())
            .unwrap_or(0);
        println!(
            "| {set} | {} | {g} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
            texts.len(),
            m("strict", "P"),
            m("strict", "R"),
            m("strict", "F1"),
            m("relaxed", "F1"),
            m("value", "F1"),
            m("type", "F1"),
        );
        if keep {
            eprintln!("accuracy: {set} output kept in {}", work.display());
        } else {
            let _ = std::fs::remove_dir_all(&work);
        }
    }
    println!("| HeidelTime (TE3 test, reference) | | | | | 0.813 | 0.903 | 0.776 | |");
}
