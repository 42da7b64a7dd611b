//! Tagger throughput on one core: `cargo bench --bench throughput`.
//!
//! Concatenates the raw texts of the TimeML benchmarks (TBAQ, MEANTIME, WikiWars) and the
//! SemEval-2015 Wikinews articles, repeated to at least 10 MB, and tags them in chunks of
//! about one news article each (the way the app calls the tagger). Reports MB/s (median of
//! 5 runs; `CHRONICLE_BENCH_PASSES=N` to change) and the tagger's heap allocations per MB,
//! counted by a wrapping allocator.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use chronicle::tagger::{TagOptions, tag};

struct Counting;
static ALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const TARGET_BYTES: usize = 10 * 1024 * 1024;

fn main() {
    let Some(bench) = common::benchmarks_dir() else {
        eprintln!(
            "throughput: ../shared/benchmarks not found (set CHRONICLE_BENCHMARKS); nothing measured"
        );
        return;
    };
    let work = common::temp_dir("throughput");
    let mut docs: Vec<String> = Vec::new();
    for set in ["tbaq", "meantime", "wikiwars"] {
        if let Err(e) = common::export_timeml(&bench, set, &work.join(set)) {
            eprintln!("throughput: {e}");
        }
    }
    docs.extend(
        common::texts_below(&work)
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok()),
    );
    docs.extend(
        common::texts_below(&bench.join("news-timelines"))
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok()),
    );
    let _ = std::fs::remove_dir_all(&work);
    let unique: usize = docs.iter().map(String::len).sum();
    if unique == 0 {
        eprintln!("throughput: no benchmark text found");
        return;
    }
    let mut corpus: Vec<&str> = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for d in &docs {
            corpus.push(d);
            total += d.len();
        }
    }
    let dct = chrono::NaiveDate::from_ymd_opt(2013, 3, 22);
    let opts = TagOptions::default();
    let mut times = Vec::new();
    let mut found = 0;
    let (mut allocs, mut alloc_bytes) = (0, 0);
    // CHRONICLE_BENCH_PASSES=1 for an instruction count under callgrind
    let passes = std::env::var("CHRONICLE_BENCH_PASSES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(5)
        .max(1);
    for _ in 0..passes {
        let (a0, b0) = (
            ALLOCS.load(Ordering::Relaxed),
            BYTES.load(Ordering::Relaxed),
        );
        let t = Instant::now();
        found = 0;
        for d in &corpus {
            found += std::hint::black_box(tag(d, dct, &opts)).timexes.len();
        }
        times.push(t.elapsed().as_secs_f64());
        allocs = ALLOCS.load(Ordering::Relaxed) - a0;
        alloc_bytes = BYTES.load(Ordering::Relaxed) - b0;
    }
    times.sort_by(f64::total_cmp);
    let mb = total as f64 / 1e6;
    let median = times[times.len() / 2];
    println!(
        "tagger throughput: {:.1} MB/s (median of {passes}; best {:.1} MB/s)",
        mb / median,
        mb / times[0]
    );
    println!(
        "input: {:.1} MB ({} documents, {:.1} MB unique text), {} timexes per pass",
        mb,
        corpus.len(),
        unique as f64 / 1e6,
        found
    );
    println!(
        "allocations: {:.0} per MB ({:.0} KB allocated per MB)",
        allocs as f64 / mb,
        alloc_bytes as f64 / mb / 1024.0
    );
}
