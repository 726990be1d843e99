//! The `ruta` command: parses the command line and hands over to one module per subcommand.
//!
//! Exit codes: 0 success, 1 invalid input (a guide with errors), 2 usage (bad arguments, an
//! unreadable folder, no terminal).

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprint!("{failure}");
            failure.exit_code()
        }
    }
}
