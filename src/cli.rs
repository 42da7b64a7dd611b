//! Command-line interface. Parsing by clap; every command is a thin call into the core.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use chronicle::corpus;
use chronicle::project::{self, Project};
use chronicle::{curation, export, extract, picture};

#[derive(Parser, Debug)]
#[command(
    name = "chronicle",
    version,
    about = "Turn a folder of news articles into a source-linked timeline"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Folders or files to open in the app (default: the built-in corpus).
    paths: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract the dated events of articles and print them.
    Extract {
        /// Folders (searched recursively) or files; none: the built-in corpus. One
        /// `*.chronicle.json` project: its articles with the analyst's edits applied.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Title of a TimelineJS or Markdown export (default: from the corpus).
        #[arg(long)]
        title: Option<String>,
    },
    /// Tag the temporal expressions of one raw text file (no header handling).
    Tag {
        file: PathBuf,
        /// Document creation date, YYYY-MM-DD (a trailing THH:MM:SS is accepted and ignored).
        #[arg(long, value_parser = parse_dct)]
        dct: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Draw the timeline picture (PNG or SVG, by the output's extension) with no display:
    /// the same picture as the app's "Export image…".
    Render {
        /// Folders (searched recursively) or files; none: the built-in corpus. One
        /// `*.chronicle.json` project: its articles, edits, title and visible dates.
        paths: Vec<PathBuf>,
        /// Output file, .png or .svg. Written through a temporary file: never half-written.
        #[arg(short, long)]
        output: PathBuf,
        /// Width in pixels (at scale 1).
        #[arg(long, default_value_t = 1920)]
        width: u32,
        /// Height in pixels (at scale 1).
        #[arg(long, default_value_t = 1080)]
        height: u32,
        /// Pixel density of a PNG: 2 draws the same layout at twice the pixels.
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
        /// Only events from this day on: YYYY-MM-DD, YYYY-MM or YYYY.
        #[arg(long, value_parser = parse_from)]
        from: Option<NaiveDate>,
        /// Only events up to this day: YYYY-MM-DD, YYYY-MM or YYYY (the whole month or year).
        #[arg(long, value_parser = parse_to)]
        to: Option<NaiveDate>,
        /// Headline (default: the story's headline from the corpus).
        #[arg(long)]
        title: Option<String>,
        /// Draw real time everywhere instead of collapsing long empty stretches.
        #[arg(long)]
        no_breaks: bool,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    /// The extract/tag JSON contract (README).
    Json,
    /// A human-readable listing.
    Text,
    /// extract only: one row per mention with its event (RFC 4180).
    Csv,
    /// extract only: TimelineJS3 JSON, to publish the timeline.
    Timelinejs,
    /// extract only: a dated bullet list with source citations.
    Markdown,
}

/// A day, month or year as the stretch of days it names.
fn parse_span(s: &str) -> Result<chronicle::timeval::Span, String> {
    chronicle::timeval::parse_value(s)
        .filter(|_| s.len() >= 4)
        .ok_or_else(|| format!("expected YYYY-MM-DD, YYYY-MM or YYYY, got {s:?}"))
}

fn parse_from(s: &str) -> Result<NaiveDate, String> {
    parse_span(s).map(|span| span.start)
}

fn parse_to(s: &str) -> Result<NaiveDate, String> {
    parse_span(s).map(|span| span.end)
}

fn parse_dct(s: &str) -> Result<NaiveDate, String> {
    let day = s.get(..10).unwrap_or(s);
    let rest = s.get(10..).unwrap_or("");
    if !(rest.is_empty() || rest.starts_with('T')) {
        return Err(format!("expected YYYY-MM-DD, got {s:?}"));
    }
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map_err(|e| format!("expected YYYY-MM-DD, got {s:?} ({e})"))
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => open_app(cli.paths),
        Some(Command::Extract {
            paths,
            format,
            title,
        }) => run_extract(&paths, format, title),
        Some(Command::Tag { file, dct, format }) => run_tag(&file, dct, format),
        Some(Command::Render {
            paths,
            output,
            width,
            height,
            scale,
            from,
            to,
            title,
            no_breaks,
        }) => {
            let opts = picture::Options {
                width,
                height,
                title,
                from,
                to,
                breaks: !no_breaks,
                generated: chrono::Local::now().date_naive(),
            };
            run_render(&paths, &output, opts, scale)
        }
    }
}

/// What `extract` and `render` work on: articles from folders, files or the built-in
/// corpus, or a project (its articles, with its edits applied).
struct Source {
    extraction: extract::Extraction,
    /// Articles that could be loaded.
    loaded: usize,
    project: Option<Project>,
}

/// Loads the articles (or the project) and runs the pipeline. A project that cannot be
/// read is an error (exit 1); its edits that no longer apply are reported, not fatal.
fn load_source(paths: &[PathBuf]) -> Result<Source, ExitCode> {
    let project = match paths {
        [one] if one.to_string_lossy().ends_with(project::EXTENSION) && one.is_file() => {
            match Project::load(one) {
                Ok(p) => Some(p),
                Err(e) => {
                    eprintln!("chronicle: cannot open the project: {e}");
                    return Err(ExitCode::FAILURE);
                }
            }
        }
        _ => None,
    };
    let paths = project.as_ref().map_or(paths, |p| &p.paths[..]);
    let corpus = if paths.is_empty() {
        corpus::embedded()
    } else {
        load_with_progress(paths)
    };
    for e in &corpus.errors {
        eprintln!("chronicle: {}: {}", e.path, e.error);
    }
    let loaded = corpus.articles.len();
    let edits = project.as_ref().map_or(&[][..], |p| &p.edits[..]);
    let (extraction, unapplied) = curation::extract(corpus, edits);
    for u in &unapplied {
        eprintln!("chronicle: edit {} not applied: {}", u.index + 1, u.reason);
    }
    Ok(Source {
        extraction,
        loaded,
        project,
    })
}

fn run_render(paths: &[PathBuf], output: &Path, opts: picture::Options, scale: f32) -> ExitCode {
    // Arguments first: a bad size or extension costs no loading.
    let checked = picture::Format::of_path(output)
        .and_then(|_| picture::pixel_size(opts.width, opts.height, scale));
    if let Err(e) = checked {
        eprintln!("chronicle: {e}");
        return ExitCode::from(2);
    }
    if let (Some(f), Some(t)) = (opts.from, opts.to)
        && f > t
    {
        eprintln!("chronicle: --from {f} is after --to {t}");
        return ExitCode::from(2);
    }
    let src = match load_source(paths) {
        Ok(s) => s,
        Err(code) => return code,
    };
    if src.loaded == 0 {
        eprintln!("chronicle: nothing to render: no article could be loaded");
        return ExitCode::FAILURE;
    }
    // A project supplies what the command line leaves open: title, dates, breaks.
    let mut opts = opts;
    if let Some(p) = &src.project {
        opts.title = opts.title.or_else(|| p.export_title.clone());
        if opts.from.is_none() && opts.to.is_none() {
            opts.from = p.view.from;
            opts.to = p.view.to;
        }
        opts.breaks &= p.view.breaks;
    }
    match picture::render_to_file(&src.extraction, None, &opts, scale, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chronicle: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(paths: Vec<PathBuf>) -> ExitCode {
    match chronicle::app::run(paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chronicle: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_paths: Vec<PathBuf>) -> ExitCode {
    eprintln!(
        "chronicle: built without the `gui` feature; use `chronicle extract` or `chronicle tag`"
    );
    ExitCode::FAILURE
}

fn run_extract(paths: &[PathBuf], format: Format, title: Option<String>) -> ExitCode {
    let Source {
        extraction,
        loaded,
        project,
    } = match load_source(paths) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let title = title
        .or_else(|| project.and_then(|p| p.export_title))
        .unwrap_or_else(|| export::default_title(&extraction));
    let written = match format {
        Format::Json => print_json(&extraction.to_json()),
        Format::Text => print_text(&extraction),
        Format::Csv => print_str(&export::to_csv(&extraction)),
        Format::Timelinejs => print_json(&export::to_timelinejs(&extraction, &title)),
        Format::Markdown => print_str(&export::to_markdown(&extraction, &title)),
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("chronicle: cannot write output: {e}");
        return ExitCode::FAILURE;
    }
    if loaded == 0 {
        eprintln!("chronicle: no article could be loaded");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn run_tag(file: &std::path::Path, dct: Option<NaiveDate>, format: Format) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("chronicle: {}: cannot read: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    // Any encoding the loader understands; offsets refer to the decoded text.
    let text = match corpus::decode_with_encoding(&bytes).map(|(t, _)| t) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("chronicle: {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    let tagged = extract::tag_json(&text, dct);
    let written = match format {
        Format::Json => print_json(&tagged),
        Format::Text => {
            let mut out = std::io::stdout().lock();
            tagged.timexes.iter().try_for_each(|t| {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}",
                    t.start, t.end, t.kind, t.value, t.text
                )
            })
        }
        Format::Csv | Format::Timelinejs | Format::Markdown => {
            eprintln!(
                "chronicle: tag prints json or text; csv, timelinejs and markdown are extract formats"
            );
            return ExitCode::from(2);
        }
    };
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("chronicle: cannot write output: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Loads with a progress bar on a terminal (stderr), silently when piped.
fn load_with_progress(paths: &[PathBuf]) -> corpus::Corpus {
    use std::io::IsTerminal;
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let opts = corpus::LoadOptions::default();
    if !std::io::stderr().is_terminal() {
        return corpus::load_paths_with(paths, &opts, &|_| {}, &cancel);
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let corpus = corpus::load_paths_with(
        paths,
        &opts,
        &|p: corpus::Progress| {
            bar.set_length(p.total as u64);
            bar.set_position(p.done as u64);
            bar.set_message(p.current);
        },
        &cancel,
    );
    bar.finish_and_clear();
    corpus
}

fn print_str(s: &str) -> std::io::Result<()> {
    std::io::stdout().lock().write_all(s.as_bytes())
}

fn print_json<T: serde::Serialize>(value: &T) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    writeln!(out)
}

fn print_text(x: &extract::Extraction) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for (a, p) in x.corpus.articles.iter().zip(&x.published) {
        let date = p.date.map_or("unknown".to_string(), |d| d.to_string());
        writeln!(
            out,
            "article {}  published {} ({})  {}",
            a.id,
            date,
            p.source.as_str(),
            a.title
        )?;
    }
    for e in &x.events {
        writeln!(
            out,
            "{:<12} {:>2} src  {:6.2}  {}",
            e.value(),
            e.sources,
            e.importance,
            e.title
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dct_parsing() {
        assert_eq!(
            parse_dct("2024-06-19"),
            Ok(NaiveDate::from_ymd_opt(2024, 6, 19).unwrap())
        );
        assert_eq!(
            parse_dct("1998-01-08T18:30:00"),
            Ok(NaiveDate::from_ymd_opt(1998, 1, 8).unwrap())
        );
        assert!(parse_dct("2024-13-01").is_err());
        assert!(parse_dct("yesterday").is_err());
        assert!(parse_dct("2024-06-19x").is_err());
        assert!(parse_dct("é").is_err());
    }

    #[test]
    fn render_range_bounds_cover_whole_months_and_years() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(parse_from("2023"), Ok(d(2023, 1, 1)));
        assert_eq!(parse_to("2023"), Ok(d(2023, 12, 31)));
        assert_eq!(parse_to("2024-02"), Ok(d(2024, 2, 29)));
        assert_eq!(parse_from("2024-06-19"), Ok(d(2024, 6, 19)));
        assert!(parse_from("19").is_err());
        assert!(parse_to("June").is_err());
    }
}
