//! Command-line arguments (clap derive types only; they never reach the core).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crossfoot::output::Format;

const EXAMPLES: &str = "\
Examples:
  crossfoot check fixtures/editions/migration-initiatives-2008.txt
  crossfoot check editions/ --format json > findings.json
  crossfoot check editions/ --format sarif --output crossfoot.sarif
  cat edition.txt | crossfoot check - --stdin-filename editions/2009.txt
  crossfoot baseline editions/ --output crossfoot-baseline.toml
  crossfoot check editions/ --baseline crossfoot-baseline.toml
  crossfoot config editions/2009.txt
  crossfoot explain total-mismatch
  crossfoot rules --format json";

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
    #[command(
        after_help = "Exit status: 0 no finding at or above --fail-on (error by default), 1 findings at or above it, 2 could not run."
    )]
    Check(CheckArgs),
    /// Record the current findings in a baseline file, for `check --baseline`.
    Baseline(BaselineArgs),
    /// Print the effective configuration for a file or directory (default: the current one).
    Config(ConfigArgs),
    /// Apply safe fixes (and, with --unsafe-fixes, figure changes) to the named files.
    #[command(
        after_help = "Exit status: 0 done (with --diff: nothing to fix), 1 with --diff: there is something to fix, 2 could not run."
    )]
    Fix(FixArgs),
    /// Print a reconciliation of every declared total: listed sum, declared, difference.
    #[command(after_help = "Exit status: 0 whatever it finds (`check` judges), 2 could not run.")]
    Report(ReportArgs),
    /// Print the explanation of a rule.
    Explain {
        /// The rule code, e.g. total-mismatch.
        code: String,
    },
    /// List every rule with its code, default severity and summary.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
        format: RulesFormat,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// The formats of `crossfoot rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum RulesFormat {
    /// One line per rule: code, default severity, summary.
    #[default]
    Human,
    /// `{"version": 1, "rules": [{"code", "severity", "summary", "explanation"}]}`.
    Json,
}

/// The least severity that makes `check` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum FailOn {
    #[default]
    Error,
    Warning,
}

/// Where configuration comes from.
#[derive(Debug, Clone, clap::Args)]
pub struct ConfigSource {
    /// Use this configuration file for every checked file, instead of the nearest
    /// crossfoot.toml above each.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Use no configuration file: the defaults and the command line only.
    #[arg(long)]
    pub isolated: bool,
}

/// What to check, and which rules.
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// Files or directories (searched for *.txt and *.md, any case, respecting .gitignore and `exclude`); `-` reads
    /// standard input. Default: the current directory.
    pub paths: Vec<PathBuf>,
    /// The path standard input stands for, in messages and to find its crossfoot.toml. Without
    /// PATHs, standard input is read.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    #[command(flatten)]
    pub config: ConfigSource,
    /// Report only these rules (comma-separated codes), over the configuration.
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub select: Option<Vec<String>>,
    /// Never report these rules (comma-separated codes), over --select and the configuration.
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub ignore: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "each bool is an independent command-line flag"
)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print a count of findings per rule instead of the findings (JSON with --format json).
    #[arg(long)]
    pub statistics: bool,
    /// Print only the findings: no summary line, no progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// When to use colors in the human format (never when `NO_COLOR` is set, under auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Report only findings not recorded in this baseline (see `crossfoot baseline`).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// The least severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Exit 0 even when there are findings (still 2 when crossfoot could not run).
    #[arg(long)]
    pub exit_zero: bool,
    /// Also print, on standard error, how each section was placed in its region and sub-region,
    /// what the appendix's tables and programme blocks hold, and what was read as each
    /// declared figure's parts (a section's items with their amounts).
    #[arg(long, short)]
    pub verbose: bool,
}

#[derive(Debug, clap::Args)]
pub struct BaselineArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The baseline file to write. Reasons of its entries, if it exists, are kept.
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// The file or directory whose configuration to print (default: the current directory).
    pub path: Option<PathBuf>,
    #[command(flatten)]
    pub config: ConfigSource,
}

#[derive(Debug, clap::Args)]
pub struct FixArgs {
    /// The files (or directories of *.txt files) to fix: a fixer rewrites only what it is named.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Also apply fixes that change a figure: a declared total rewritten to the listed sum, an
    /// ambiguous amount rewritten to the reading with which its section foots.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print a unified diff of what would change and write nothing; exit 1 if there is any.
    #[arg(long)]
    pub diff: bool,
    #[command(flatten)]
    pub config: ConfigSource,
}

/// The formats of `crossfoot report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ReportFormat {
    /// Aligned columns for the terminal.
    #[default]
    Table,
    Csv,
    Json,
    Markdown,
    /// One self-contained page with a bar chart per region.
    Html,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The edition (or a directory of *.txt editions). Default: the current directory.
    pub path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub config: ConfigSource,
}
