//! Command-line interface. Parsing by clap; every command is a thin call into the core.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use chronicle::corpus;
use chronicle::extract;

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
        /// Folders (searched recursively) or files; none: the built-in corpus.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
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
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    Json,
    Text,
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
        Some(Command::Extract { paths, format }) => run_extract(&paths, format),
        Some(Command::Tag { file, dct, format }) => run_tag(&file, dct, format),
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

fn run_extract(paths: &[PathBuf], format: Format) -> ExitCode {
    let corpus = if paths.is_empty() {
        corpus::embedded()
    } else {
        corpus::load_paths(paths)
    };
    let loaded = corpus.articles.len();
    let extraction = extract::run(corpus);
    let written = match format {
        Format::Json => print_json(&extraction.to_json()),
        Format::Text => print_text(&extraction),
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("chronicle: cannot write output: {e}");
        return ExitCode::FAILURE;
    }
    for e in &extraction.corpus.errors {
        eprintln!("chronicle: {}: {}", e.path, e.error);
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
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "chronicle: {}: not valid UTF-8 text (invalid byte at offset {})",
                file.display(),
                e.utf8_error().valid_up_to()
            );
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
    };
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("chronicle: cannot write output: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(std::io::Error::other)?;
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
}
