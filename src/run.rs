//! What each subcommand does: gathers inputs, calls the library, writes the output.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crossfoot::output::{Format, human, json};
use crossfoot::{Checked, Error, Settings, Severity, Source};
use rayon::prelude::*;

use crate::cli::{CheckArgs, Cli, ColorChoice, Command};

/// Why a command stopped.
#[derive(Debug)]
pub enum Failure {
    /// The reader of our output went away: not an error (`crossfoot check | head`).
    BrokenPipe,
    Error(Error),
}

impl Failure {
    pub fn into_error(self) -> Error {
        match self {
            Failure::Error(e) => e,
            Failure::BrokenPipe => Error::Write(std::io::ErrorKind::BrokenPipe.into()),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Error(e)
    }
}

fn write_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::BrokenPipe),
        Err(e) => Err(Failure::Error(Error::Write(e))),
    }
}

pub fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Check(args) => check(&args),
        Command::Explain { code } => {
            let rule = crossfoot::rules::find(&code).ok_or(Error::UnknownRule(code))?;
            write_out(&format!(
                "{} ({})\n\n{}\n",
                rule.code,
                rule.severity,
                rule.explanation()
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules => {
            let mut text = String::new();
            for r in crossfoot::rules::RULES {
                text.push_str(&format!("{:<26} {:<8} {}\n", r.code, r.severity.as_str(), r.summary));
            }
            write_out(&text)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// One input: a path, or standard input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Input {
    Stdin,
    File(PathBuf),
}

/// Expands directories into their `*.txt` files (respecting .gitignore), sorted.
fn gather(paths: &[PathBuf]) -> Result<Vec<Input>, Error> {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let mut inputs = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if p.is_dir() {
            let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(&p)
                .build()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
                .map(ignore::DirEntry::into_path)
                .filter(|f| f.extension().is_some_and(|x| x == "txt"))
                .collect();
            found.sort();
            inputs.extend(found.into_iter().map(Input::File));
        } else if p.exists() {
            inputs.push(Input::File(p));
        } else {
            return Err(Error::Read {
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory"),
                path: p,
            });
        }
    }
    Ok(inputs)
}

fn read_input(input: &Input) -> Result<Source, Error> {
    let (name, bytes) = match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(|source| Error::Read {
                path: PathBuf::from("-"),
                source,
            })?;
            ("-".to_string(), buf)
        }
        Input::File(path) => {
            let bytes = std::fs::read(path).map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?;
            (display(path), bytes)
        }
    };
    let text = crossfoot::decode(&name, bytes)?;
    Ok(Source::new(name, text))
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
        }
    }
}

fn check(args: &CheckArgs) -> Result<ExitCode, Failure> {
    let inputs = gather(&args.paths)?;
    let settings = Settings::default();
    let results: Vec<Result<Checked, Error>> = inputs
        .par_iter()
        .map(|i| read_input(i).map(|s| crossfoot::check(s, &settings)))
        .collect();
    let mut checked = Vec::with_capacity(results.len());
    for r in results {
        checked.push(r?);
    }
    let text = match args.format {
        Format::Human => {
            let mut out = String::new();
            let opts = human::HumanOptions {
                color: use_color(args.color),
                width: 100,
            };
            for c in &checked {
                human::render(&mut out, &c.source, &c.diagnostics, opts);
            }
            let all: Vec<_> = checked.iter().flat_map(|c| &c.diagnostics).collect();
            out.push_str(&human::summary(&all, checked.len()));
            out.push('\n');
            out
        }
        Format::Json => {
            let report = json::report(checked.iter().map(|c| (&c.source, c.diagnostics.as_slice())));
            let mut s = serde_json::to_string_pretty(&report).expect("the report serializes");
            s.push('\n');
            s
        }
    };
    write_out(&text)?;
    let failed = checked
        .iter()
        .flat_map(|c| &c.diagnostics)
        .any(|d| d.severity >= Severity::Error);
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
