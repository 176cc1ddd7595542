//! Command-line arguments (clap derive types only; they never reach the core).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crossfoot::output::Format;

const EXAMPLES: &str = "\
Examples:
  crossfoot check fixtures/editions/migration-initiatives-2008.txt
  crossfoot check editions/ --format json > findings.json
  cat edition.txt | crossfoot check -
  crossfoot explain total-mismatch
  crossfoot rules";

/// crossfoot: checks that the figures of a funding appeal foot and cross-foot.
#[derive(Debug, Parser)]
#[command(name = "crossfoot", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check editions and report every figure that does not foot.
    #[command(after_help = "Exit status: 0 no error-level finding, 1 error-level findings, 2 could not run.")]
    Check(CheckArgs),
    /// Print the explanation of a rule.
    Explain {
        /// The rule code, e.g. total-mismatch.
        code: String,
    },
    /// List every rule with its code, default severity and summary.
    Rules,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories (searched for *.txt); `-` reads standard input. Default: the
    /// current directory.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// When to use colors in the human format (never when NO_COLOR is set, under auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}
