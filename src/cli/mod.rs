//! Command-line arguments, shared options, and the failures every subcommand can end with.

mod interview;

use std::fmt;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use ruta::engine::diagnostic::Diagnostic;
use ruta::engine::load::{LoadedGuide, load};
use ruta::engine::source::SourceSet;

/// Walks a practitioner through a guide for identifying returned migrant children in
/// vulnerable situations, to a recommended referral pathway.
#[derive(Debug, Parser)]
#[command(name = "ruta", version, about)]
pub struct Args {
    /// A guide folder holding guide/ and locales/ (default: the guide built into ruta).
    #[arg(long, global = true, value_name = "DIR")]
    guide: Option<PathBuf>,

    /// Language to start in: es or en (default: from LC_ALL, LC_MESSAGES or LANG, else es).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run an interview (the default).
    Interview,
}

/// Runs the command that `args` names.
pub fn run(args: Args) -> Result<(), Failure> {
    match args.command.unwrap_or(Command::Interview) {
        Command::Interview => {
            interview::run(&load_guide(args.guide.as_deref())?, args.lang.as_deref())
        }
    }
}

/// Reads and loads the guide at `dir`, or the embedded one.
fn load_guide(dir: Option<&std::path::Path>) -> Result<LoadedGuide, Failure> {
    let sources = match dir {
        Some(dir) => SourceSet::from_dir(dir).map_err(|e| Failure::Usage(e.to_string()))?,
        None => SourceSet::embedded(),
    };
    load(&sources).map_err(Failure::InvalidGuide)
}

/// How a command failed; each kind has its exit code.
#[derive(Debug)]
pub enum Failure {
    /// The guide has errors: exit 1.
    InvalidGuide(Vec<Diagnostic>),
    /// Bad arguments or an unusable environment: exit 2.
    Usage(String),
    /// The terminal failed under us: exit 1.
    Io(std::io::Error),
}

impl Failure {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Failure::InvalidGuide(_) | Failure::Io(_) => ExitCode::from(1),
            Failure::Usage(_) => ExitCode::from(2),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::InvalidGuide(diagnostics) => {
                for diagnostic in diagnostics {
                    writeln!(f, "{diagnostic}")?;
                }
                let n = diagnostics.len();
                writeln!(
                    f,
                    "error: the guide cannot be used: {n} error{}",
                    if n == 1 { "" } else { "s" }
                )
            }
            Failure::Usage(message) => writeln!(f, "error: {message}"),
            Failure::Io(error) => writeln!(f, "error: terminal: {error}"),
        }
    }
}
