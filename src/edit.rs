//! The editors' commands: `fix` (rewrite what is mechanical) and `report` (reconcile every total).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crossfoot::config::Resolver;
use crossfoot::diagnostic::Applicability;
use crossfoot::fix::{Stage, Written};
use crossfoot::{Error, Settings, Source};

use crate::cli::{FixArgs, InputArgs, ReportArgs, ReportFormat};
use crate::run::{Failure, Input, Selection, emit, gather, mode, read_file, read_stdin, write_out};

/// The inputs named (`-` for standard input), directories expanded.
fn inputs(
    paths: Vec<PathBuf>,
    config: &crate::cli::ConfigSource,
) -> Result<(Vec<Input>, Resolver, InputArgs), Failure> {
    let args = InputArgs {
        paths,
        stdin_filename: None,
        config: config.clone(),
        select: None,
        ignore: Vec::new(),
    };
    let mut resolver = Resolver::new(&mode(&args.config))?;
    let inputs = gather(&args, &mut resolver)?;
    Ok((inputs, resolver, args))
}

/// The settings for an input: its file's configuration, or the current directory's for
/// standard input.
fn settings_for(
    resolver: &mut Resolver,
    args: &InputArgs,
    input: &Input,
) -> Result<Settings, Failure> {
    let config = match input {
        Input::File(path) => resolver.for_file(path)?,
        Input::Stdin => resolver.for_dir(Path::new("."))?,
    };
    Ok(Selection::new(args)?.settings(&config))
}

/// The text of an input, as read.
fn read_input(input: &Input) -> Result<Source, Failure> {
    Ok(match input {
        Input::File(path) => read_file(path)?,
        Input::Stdin => read_stdin("-")?,
    })
}

/// The environment variables through which tests play a concurrent writer: the value is
/// appended to the file just before `fix` compares it for the last time, or just after, before
/// the rename. Either way the write must survive and `fix` must say it did not fix the file.
const TEST_APPEND: [(Stage, &str); 2] = [
    (Stage::BeforeCompare, "CROSSFOOT_TEST_APPEND_BEFORE_COMPARE"),
    (Stage::BeforeCommit, "CROSSFOOT_TEST_APPEND_BEFORE_COMMIT"),
];

fn append(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)?
        .write_all(text.as_bytes())
}

/// What `fix` did to one file.
enum Outcome {
    Unchanged,
    Fixed(usize),
}

/// `crossfoot fix`: safe fixes by default, figure changes with `--unsafe-fixes`, a diff with
/// `--diff`. A file that cannot be fixed is reported in its place and the others are still
/// fixed; the run then exits 2. What was written, withheld or refused is said on stderr.
pub fn fix(args: &FixArgs) -> Result<ExitCode, Failure> {
    let (files, mut resolver, input_args) = inputs(args.paths.clone(), &args.config)?;
    let hook_text = TEST_APPEND.map(|(stage, var)| (stage, std::env::var(var).ok()));
    let hook = |stage: Stage, p: &Path| {
        hook_text
            .iter()
            .filter(|(s, _)| *s == stage)
            .filter_map(|(_, text)| text.as_deref())
            .try_for_each(|t| append(p, t))
    };
    let mut fixed_files = 0;
    let mut fixed_findings = 0;
    let mut withheld = 0;
    let mut failed = 0;
    let mut diff_text = String::new();
    for input in &files {
        match fix_one(
            args,
            &mut resolver,
            &input_args,
            input,
            &hook,
            &mut diff_text,
        ) {
            Ok((outcome, held)) => {
                withheld += held;
                if let Outcome::Fixed(n) = outcome {
                    fixed_files += 1;
                    fixed_findings += n;
                }
            }
            Err(Failure::BrokenPipe) => return Err(Failure::BrokenPipe),
            Err(e) => {
                failed += 1;
                eprintln!("{:?}", e.into_report());
            }
        }
    }
    let held = if withheld > 0 {
        format!("; {withheld} fix(es) withheld")
    } else {
        String::new()
    };
    let refused = if failed > 0 {
        format!("; {failed} file(s) could not be fixed")
    } else {
        String::new()
    };
    if args.diff {
        write_out(&diff_text)?;
        eprintln!(
            "{fixed_findings} fixable finding(s) in {fixed_files} file(s){held}{refused}; nothing written"
        );
    } else {
        eprintln!("fixed {fixed_findings} finding(s) in {fixed_files} file(s){held}{refused}");
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else if args.diff && fixed_files > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Fixes one file (or adds its diff to `diff_text`); returns what it did and how many fixes it
/// withheld.
fn fix_one(
    args: &FixArgs,
    resolver: &mut Resolver,
    input_args: &InputArgs,
    input: &Input,
    hook: crossfoot::fix::Hook<'_>,
    diff_text: &mut String,
) -> Result<(Outcome, usize), Failure> {
    let settings = settings_for(resolver, input_args, input)?;
    let source = read_input(input)?;
    let fixed = crossfoot::fix::fix(&source, &settings, args.unsafe_fixes);
    let path = match input {
        Input::File(p) => p.as_path(),
        Input::Stdin => Path::new("-"),
    };
    for w in &fixed.withheld {
        eprintln!(
            "{}:{}: fix withheld [{}]: {}: {}",
            path.display(),
            w.line,
            w.code,
            w.title,
            w.reason
        );
    }
    let stdin = *input == Input::Stdin;
    if !fixed.changed() {
        // Standard input is a filter: the text goes out whether or not it changed.
        if stdin && !args.diff {
            write_out(&fixed.text)?;
        }
        return Ok((Outcome::Unchanged, fixed.withheld.len()));
    }
    if args.diff {
        let name = path.display().to_string();
        let diff = similar::TextDiff::from_lines(&*source.text, &fixed.text);
        diff_text.push_str(
            &diff
                .unified_diff()
                .context_radius(2)
                .header(&name, &name)
                .to_string(),
        );
        return Ok((Outcome::Fixed(fixed.applied.len()), fixed.withheld.len()));
    }
    if stdin {
        write_out(&fixed.text)?;
        return Ok((Outcome::Fixed(fixed.applied.len()), fixed.withheld.len()));
    }
    // Writing the fixed text back would change the file's encoding.
    if let Some(encoding) = source.encoding {
        return Err(Error::NotUtf8File {
            path: path.to_path_buf(),
            encoding,
        }
        .into());
    }
    // The bytes the text was decoded from: the file must still hold them when it is written.
    let original = source.text.as_bytes();
    let written = crossfoot::fix::write_file(path, original, fixed.text.as_bytes(), Some(hook))?;
    if let Written::InPlace(why) = written {
        eprintln!("{}: rewritten in place: {why}", path.display());
    }
    for a in fixed
        .applied
        .iter()
        .filter(|a| a.applicability == Applicability::Unsafe)
    {
        eprintln!(
            "{}:{}: unsafe fix applied [{}]: {}",
            path.display(),
            a.line,
            a.code,
            a.title
        );
    }
    Ok((Outcome::Fixed(fixed.applied.len()), fixed.withheld.len()))
}

/// `crossfoot report`: one row per declared total; exit 0 whatever it finds.
pub fn report(args: &ReportArgs) -> Result<ExitCode, Failure> {
    let path = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
    let (files, mut resolver, input_args) = inputs(vec![path], &args.config)?;
    let mut rows = Vec::new();
    let mut names = Vec::new();
    for input in &files {
        let settings = settings_for(&mut resolver, &input_args, input)?;
        let checked = crossfoot::check(read_input(input)?, &settings);
        names.push(checked.source.name.clone());
        rows.extend(crossfoot::report::rows(&checked, settings.tolerance));
    }
    let text = match args.format {
        ReportFormat::Table => crossfoot::report::table(&rows),
        ReportFormat::Markdown => crossfoot::report::markdown(&rows),
        ReportFormat::Csv => crossfoot::report::csv(&rows).expect("CSV into memory cannot fail"),
        ReportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&crossfoot::report::JsonReport::new(rows))
                .expect("the report serializes");
            s.push('\n');
            s
        }
        ReportFormat::Html => crossfoot::report::html(&names.join(", "), &rows),
    };
    emit(&text, args.output.as_deref())?;
    Ok(ExitCode::SUCCESS)
}
