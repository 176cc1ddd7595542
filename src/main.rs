//! The `crossfoot` binary: parse arguments, call the library, map the outcome to an exit code.

mod cli;
mod edit;
mod run;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match run::run(cli) {
        Ok(code) => code,
        Err(err) => {
            if let run::Failure::BrokenPipe = err {
                return ExitCode::SUCCESS;
            }
            eprintln!("{:?}", err.into_report());
            ExitCode::from(2)
        }
    }
}
