//! The `chronicle` binary: the desktop app when run without a subcommand, and the CLI
//! (`extract`, `tag`) over the same core. The JSON printed here is a contract: see README.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
