//! Command-line arguments, shared options, and the failures every subcommand can end with.

#[macro_use]
pub mod output;

mod diff;
mod graph;
mod interview;
mod records;
mod rehearse;
mod stats;
mod test_cases;
mod validate;
mod xlsform;

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

    /// Language: es or en (default: from LC_ALL, LC_MESSAGES or LANG, else the guide's first).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,

    /// Place whose services the referrals name, from guide/directory.yaml (e.g. hn).
    #[arg(long, global = true, value_name = "ID")]
    location: Option<String>,

    /// Numbered prompts on standard input and output instead of the full screen (automatic
    /// when either is not a terminal, or TERM=dumb).
    #[arg(long, global = true)]
    plain: bool,

    /// Where interviews and notes are kept (default: the platform's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run an interview (the default).
    Interview,
    /// Continue a saved interview.
    Resume {
        /// Its case code, as `ruta records` lists it.
        code: String,
    },
    /// Rehearse a case of the guide's library, with feedback at the end.
    Rehearse {
        /// The case id (default: choose from a list).
        case: Option<String>,
        /// Mark the answer the case expects at every question (the trainer's demonstration).
        #[arg(long)]
        reveal: bool,
    },
    /// Save a finished walk (interview or rehearsal) as a new case of the guide in --guide DIR.
    AddCase {
        /// The walk's case code.
        code: String,
        /// The new case's id (its file name): lowercase letters, digits and -.
        #[arg(long)]
        id: String,
    },
    /// List the records of interviews with their state, or delete old closed ones.
    Records {
        /// Only interviews that are not closed.
        #[arg(long)]
        open: bool,
        #[command(subcommand)]
        action: Option<RecordsAction>,
    },
    /// Print or write the referral note of a saved interview (or, as odk-xml, its ODK submission).
    Export {
        /// The case code.
        code: String,
        /// Note format.
        #[arg(long, value_enum, default_value = "md")]
        format: ExportFormat,
        /// Write to this file instead of standard output (never replaces a file).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check a guide, its translations and its case files, and print every finding.
    Validate {
        /// The guide folder (default: --guide, else the built-in guide).
        dir: Option<PathBuf>,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
        /// How to print findings.
        #[arg(long, value_enum, default_value = "human")]
        format: validate::Format,
        /// Write the shortest walk that breaks each safety property as DIR/<property>.yaml,
        /// a case file that `ruta test` fails on until the guide is fixed.
        #[arg(long, value_name = "DIR")]
        write_counterexamples: Option<PathBuf>,
    },
    /// Show what a change to a guide does: outcome changes, structure and texts.
    Diff {
        /// The guide before the change.
        old: PathBuf,
        /// The guide after the change.
        new: PathBuf,
    },
    /// Print the tree as a diagram (Graphviz DOT or Mermaid).
    Graph {
        /// The guide folder (default: --guide, else the built-in guide).
        dir: Option<PathBuf>,
        /// Diagram language.
        #[arg(long, value_enum, default_value = "dot")]
        format: graph::Format,
    },
    /// Run every case in guide/cases/ headlessly and compare with its expected pathway.
    Test {
        /// The guide folder (default: --guide, else the built-in guide).
        dir: Option<PathBuf>,
        /// Also list the outcomes, questions and options that no case reaches.
        #[arg(long)]
        coverage: bool,
    },
    /// Anonymous statistics of closed interviews: rows, counts, or DHIS2 data values.
    Stats {
        /// Only interviews closed on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Rows and counts format.
        #[arg(long, value_enum, default_value = "csv")]
        format: stats::Format,
        /// Count by month, place or both (month,place) instead of listing rows.
        #[arg(long, value_delimiter = ',', value_name = "KEYS")]
        by: Option<Vec<String>>,
        /// Print monthly counts by place as a DHIS2 dataValueSets JSON, with this mapping.
        #[arg(long, value_name = "MAPPING.yaml")]
        dhis2: Option<PathBuf>,
    },
    /// Write the guide as an XLSForm for ODK Central, ODK Collect and KoboToolbox.
    Xlsform {
        /// The guide folder (default: --guide, else the built-in guide).
        dir: Option<PathBuf>,
        /// The workbook to write (.xlsx).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// What `ruta records` does besides listing.
#[derive(Debug, Subcommand)]
enum RecordsAction {
    /// Delete closed interviews last saved more than N days ago, with their referral notes.
    Purge {
        /// Age in days.
        #[arg(long, value_name = "N")]
        days: u64,
    },
}

/// Referral note formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    /// Markdown.
    Md,
    /// Plain text.
    Txt,
    /// The interview as a submission of the form `ruta xlsform` writes, for ODK Central.
    OdkXml,
}

/// Where the guide comes from: a folder, or the copy built into the binary.
#[derive(Debug, Clone)]
pub struct GuideArgs {
    dir: Option<PathBuf>,
}

impl GuideArgs {
    /// The guide's files.
    pub fn sources(&self) -> Result<SourceSet, Failure> {
        match &self.dir {
            Some(dir) => SourceSet::from_dir(dir).map_err(|e| Failure::Usage(e.to_string())),
            None => Ok(SourceSet::embedded()),
        }
    }

    /// The guide, loaded: loading runs every error check, so nothing is checked again.
    pub fn load(&self) -> Result<LoadedGuide, Failure> {
        load(&self.sources()?).map_err(Failure::InvalidGuide)
    }
}

/// Runs the command that `args` names.
pub fn run(args: Args) -> Result<(), Failure> {
    let guide = |dir: Option<PathBuf>| GuideArgs {
        dir: dir.or(args.guide.clone()),
    };
    match args.command.unwrap_or(Command::Interview) {
        Command::Interview => interview::start(
            &guide(None).load()?,
            &store(args.data_dir.as_deref())?,
            args.lang.as_deref(),
            args.location.as_deref(),
            args.plain,
        ),
        Command::Resume { code } => interview::resume(
            &guide(None).load()?,
            &store(args.data_dir.as_deref())?,
            &case_code(&code),
            args.lang.as_deref(),
            args.plain,
        ),
        Command::Rehearse { case, reveal } => rehearse::rehearse(
            &guide(None).load()?,
            &store(args.data_dir.as_deref())?,
            case.as_deref(),
            args.lang.as_deref(),
            reveal,
            args.plain,
        ),
        Command::AddCase { code, id } => rehearse::add_case(
            &guide(None).load()?,
            &store(args.data_dir.as_deref())?,
            args.guide.as_deref(),
            &case_code(&code),
            &id,
        ),
        Command::Records { open, action: None } => records::list(
            &guide(None).load()?,
            &store(args.data_dir.as_deref())?,
            open,
        ),
        Command::Records {
            action: Some(RecordsAction::Purge { days }),
            ..
        } => records::purge(&store(args.data_dir.as_deref())?, days),
        Command::Export {
            code,
            format: ExportFormat::OdkXml,
            out,
        } => xlsform::submission(
            &guide(None).load()?,
            &store(args.data_dir.as_deref())?,
            &code,
            out.as_deref(),
        ),
        Command::Export { code, format, out } => {
            let loaded = guide(None).load()?;
            // Without --lang the note is in the interview's own language.
            let lang = args
                .lang
                .as_deref()
                .map(|l| language(&loaded, Some(l)))
                .transpose()?;
            let format = match format {
                ExportFormat::Md => ruta::engine::report::Format::Markdown,
                ExportFormat::Txt => ruta::engine::report::Format::Text,
                ExportFormat::OdkXml => unreachable!("handled above"),
            };
            records::export(
                &loaded,
                &store(args.data_dir.as_deref())?,
                &case_code(&code),
                lang.as_deref(),
                format,
                out.as_deref(),
            )
        }
        Command::Validate {
            dir,
            deny_warnings,
            format,
            write_counterexamples,
        } => validate::run(
            &guide(dir),
            deny_warnings,
            format,
            write_counterexamples.as_deref(),
        ),
        Command::Diff { old, new } => diff::run(old, new),
        Command::Graph { dir, format } => graph::run(&guide(dir), format, args.lang.as_deref()),
        Command::Test { dir, coverage } => {
            test_cases::run(&guide(dir), args.lang.as_deref(), coverage)
        }
        Command::Xlsform { dir, out } => xlsform::run(&guide(dir), &out),
        Command::Stats {
            since,
            format,
            by,
            dhis2,
        } => stats::run(
            &guide(None).load()?,
            &store(args.data_dir.as_deref())?,
            &stats::Request {
                since: since.as_deref(),
                format,
                by: by.as_deref(),
                dhis2: dhis2.as_deref(),
            },
        ),
    }
}

/// The data folder; temporary files that killed saves left in it are removed first (a best
/// effort: a folder that cannot be cleaned is reported by whatever uses it next).
fn store(dir: Option<&std::path::Path>) -> Result<ruta::engine::store::Store, Failure> {
    let store = ruta::engine::store::Store::open(dir).map_err(|e| Failure::Usage(e.to_string()))?;
    let _ = store.remove_leftovers();
    Ok(store)
}

/// A case code as typed: read aloud and typed again it may come in lower case (`b8d9-vnzx`).
fn case_code(typed: &str) -> String {
    typed.trim().to_ascii_uppercase()
}

/// Checks `lang` against the guide's languages; `None` picks the environment's or the default.
pub fn language(loaded: &LoadedGuide, lang: Option<&str>) -> Result<String, Failure> {
    let languages = &loaded.guide().languages;
    if let Some(lang) = lang.filter(|l| !languages.iter().any(|known| known == l)) {
        return Err(Failure::Usage(format!(
            "this guide has no language `{lang}`; it has: {}",
            languages.join(", ")
        )));
    }
    let environment = ["LC_ALL", "LC_MESSAGES", "LANG"].map(|name| std::env::var(name).ok());
    Ok(ruta::engine::i18n::choose_language(
        lang,
        &environment,
        languages,
    ))
}

/// How a command failed; each kind has its exit code.
#[derive(Debug)]
pub enum Failure {
    /// The guide has errors: exit 1.
    InvalidGuide(Vec<Diagnostic>),
    /// Validation or tests found problems, already printed: exit 1 with this summary.
    Findings(String),
    /// Bad arguments or an unusable environment: exit 2.
    Usage(String),
    /// The terminal failed under us: exit 1.
    Io(std::io::Error),
    /// Answers could not be written to disk: exit 1, saying so.
    NotSaved(String),
    /// Standard output could not be written (a full disk): exit 1.
    Output(String),
}

impl Failure {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Failure::InvalidGuide(_)
            | Failure::Findings(_)
            | Failure::Io(_)
            | Failure::NotSaved(_)
            | Failure::Output(_) => ExitCode::from(1),
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
            Failure::Findings(summary) => writeln!(f, "error: {summary}"),
            Failure::Usage(message) => writeln!(f, "error: {message}"),
            Failure::Io(error) => writeln!(f, "error: terminal: {error}"),
            Failure::NotSaved(message) => writeln!(f, "error: {message}"),
            Failure::Output(reason) => {
                writeln!(f, "error: the output could not be written: {reason}")
            }
        }
    }
}
