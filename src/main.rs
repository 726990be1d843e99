//! The `ruta` command: parses the command line and hands over to one module per subcommand.
//!
//! Exit codes: 0 success, 1 invalid input (a guide with errors), 2 usage (bad arguments, an
//! unreadable folder, no terminal).

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    let result = cli::run(args);
    // Output that did not reach its file is a failure even if the command did its work.
    let result = match (result, cli::output::failure()) {
        (Ok(()), Some(reason)) => Err(cli::Failure::Output(reason)),
        (result, _) => result,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            cli::output::err(&failure.to_string());
            failure.exit_code()
        }
    }
}
