//! What each subcommand does: gathers inputs, finds their configuration, calls the library in
//! parallel, applies a baseline, and writes the output.

use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use crossfoot::baseline::{self, Baseline, BaselineError};
use crossfoot::config::{self, ConfigError, Resolver};
use crossfoot::output::{
    self, FileReport, Format, github, gitlab, human, json, json_lines, junit, sarif, statistics,
};
use crossfoot::{Error, Settings, Severity, Source};
use rayon::prelude::*;
use serde::Serialize;

use crate::cli::{
    BaselineArgs, CheckArgs, Cli, ColorChoice, Command, ConfigArgs, ConfigSource, FailOn,
    InputArgs, RulesFormat,
};

/// A run with at least this many files shows a progress bar (on a terminal).
const PROGRESS_MIN_FILES: usize = 32;

/// Why a command stopped.
#[derive(Debug)]
pub enum Failure {
    /// The reader of our output went away: not an error (`crossfoot check | head`).
    BrokenPipe,
    Error(Error),
    Config(ConfigError),
    Baseline(BaselineError),
}

impl Failure {
    /// The failure as a report for miette to render.
    pub fn into_report(self) -> miette::Report {
        match self {
            Failure::Error(e) => miette::Report::new(e),
            Failure::Config(e) => miette::Report::new(e),
            Failure::Baseline(e) => miette::Report::new(e),
            Failure::BrokenPipe => {
                miette::Report::new(Error::Write(std::io::ErrorKind::BrokenPipe.into()))
            }
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Error(e)
    }
}

impl From<ConfigError> for Failure {
    fn from(e: ConfigError) -> Self {
        Failure::Config(e)
    }
}

impl From<BaselineError> for Failure {
    fn from(e: BaselineError) -> Self {
        Failure::Baseline(e)
    }
}

pub(crate) fn write_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::BrokenPipe),
        Err(e) => Err(Failure::Error(Error::Write(e))),
    }
}

/// Writes the report to `--output FILE`, or to standard output.
pub(crate) fn emit(text: &str, output: Option<&Path>) -> Result<(), Failure> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| Failure::Error(Error::Write(e))),
        None => write_out(text),
    }
}

pub fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Check(args) => check(&args),
        Command::Fix(args) => crate::edit::fix(&args),
        Command::Report(args) => crate::edit::report(&args),
        Command::Baseline(args) => record_baseline(&args),
        Command::Config(args) => show_config(&args),
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
        Command::Rules { format } => {
            write_out(&rules_listing(format))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[derive(Serialize)]
struct JsonRule {
    code: &'static str,
    severity: Severity,
    summary: &'static str,
    explanation: String,
}

#[derive(Serialize)]
struct JsonRules {
    version: u32,
    rules: Vec<JsonRule>,
}

fn rules_listing(format: RulesFormat) -> String {
    match format {
        RulesFormat::Human => {
            let mut text = String::new();
            for r in crossfoot::rules::RULES {
                let _ = writeln!(
                    text,
                    "{:<26} {:<8} {}",
                    r.code,
                    r.severity.as_str(),
                    r.summary
                );
            }
            text
        }
        RulesFormat::Json => {
            let listing = JsonRules {
                version: json::VERSION,
                rules: crossfoot::rules::RULES
                    .iter()
                    .map(|r| JsonRule {
                        code: r.code,
                        severity: r.severity,
                        summary: r.summary,
                        explanation: r.explanation(),
                    })
                    .collect(),
            };
            let mut s = serde_json::to_string_pretty(&listing).expect("the rules serialize");
            s.push('\n');
            s
        }
    }
}

pub(crate) fn mode(source: &ConfigSource) -> config::Mode {
    match (&source.config, source.isolated) {
        (Some(path), _) => config::Mode::File(path.clone()),
        (None, true) => config::Mode::Isolated,
        (None, false) => config::Mode::Discover,
    }
}

/// `--select` and `--ignore`, checked against the registry.
#[derive(Debug, Clone, Default)]
pub(crate) struct Selection {
    select: Option<BTreeSet<String>>,
    ignore: BTreeSet<String>,
}

impl Selection {
    pub(crate) fn new(args: &InputArgs) -> Result<Self, Error> {
        let known = |code: &String| {
            crossfoot::rules::find(code)
                .map(|_| code.clone())
                .ok_or_else(|| Error::UnknownRule(code.clone()))
        };
        Ok(Self {
            select: args
                .select
                .as_ref()
                .map(|codes| codes.iter().map(known).collect::<Result<_, _>>())
                .transpose()?,
            ignore: args.ignore.iter().map(known).collect::<Result<_, _>>()?,
        })
    }

    pub(crate) fn settings(&self, config: &config::Config) -> Settings {
        Settings {
            select: self.select.clone(),
            ignore: self.ignore.clone(),
            ..config.settings()
        }
    }
}

/// One input: a path, or standard input.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Input {
    Stdin,
    File(PathBuf),
}

/// Whether a walk checks a file: text and Markdown, whatever the case of the extension
/// ("ED.TXT", "appeal.MD").
fn is_walked_kind(path: &Path) -> bool {
    path.extension().and_then(|x| x.to_str()).is_some_and(|x| {
        ["txt", "md", "markdown"]
            .iter()
            .any(|k| x.eq_ignore_ascii_case(k))
    })
}

/// Expands directories into their `*.txt` and `*.md` files (following symlinks, respecting .gitignore and each file's
/// configured `exclude`), sorted; files named on the command line are always checked. A file
/// named twice is checked once.
pub(crate) fn gather(args: &InputArgs, resolver: &mut Resolver) -> Result<Vec<Input>, Failure> {
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        if args.stdin_filename.is_some() {
            vec![PathBuf::from("-")]
        } else {
            vec![PathBuf::from(".")]
        }
    } else {
        args.paths.clone()
    };
    let mut inputs = Vec::new();
    let mut seen = HashSet::new();
    let mut push = |i: Input, inputs: &mut Vec<Input>| {
        if seen.insert(i.clone()) {
            inputs.push(i);
        }
    };
    for p in paths {
        if p.as_os_str() == "-" {
            push(Input::Stdin, &mut inputs);
        } else if p.is_dir() {
            // Symlinks are followed, to files and to directories, as `rg --follow` does: a
            // linked edition is checked under the link's path. The walker detects a link back
            // to an ancestor directory and reports it as an error; every entry the walk cannot
            // read (a loop, a broken link, a directory without permission) is said on standard
            // error instead of skipped in silence.
            let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(&p)
                .follow_links(true)
                .build()
                .filter_map(|entry| {
                    entry
                        .map_err(|e| eprintln!("{}: skipped: {e}", p.display()))
                        .ok()
                })
                .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
                .map(ignore::DirEntry::into_path)
                .filter(|f| is_walked_kind(f))
                .collect();
            found.sort();
            for f in found {
                if !resolver.for_file(&f)?.exclude.is_excluded(&f) {
                    push(Input::File(f), &mut inputs);
                }
            }
        } else if p.exists() {
            push(Input::File(p), &mut inputs);
        } else {
            return Err(Error::Read {
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no such file or directory",
                ),
                path: p,
            }
            .into());
        }
    }
    Ok(inputs)
}

pub(crate) fn read_stdin(name: &str) -> Result<Source, Error> {
    let mut buf = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buf)
        .map_err(|source| Error::Read {
            path: PathBuf::from(name),
            source,
        })?;
    let decoded = crossfoot::decode(name, buf)?;
    Ok(Source::new(name, decoded.text).with_encoding(decoded.encoding))
}

pub(crate) fn read_file(path: &Path) -> Result<Source, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path.to_string_lossy().into_owned();
    let decoded = crossfoot::decode(&name, bytes)?;
    Ok(Source::new(name, decoded.text).with_encoding(decoded.encoding))
}

/// Why an input could not be read, as it is reported in its place.
#[derive(Debug, Clone)]
struct Unread {
    message: String,
    help: Option<String>,
}

impl From<&Error> for Unread {
    fn from(e: &Error) -> Self {
        Self {
            message: e.to_string(),
            help: miette::Diagnostic::help(e).map(|h| h.to_string()),
        }
    }
}

/// One file to check, with the settings of its configuration.
struct Job {
    input: Input,
    settings: Arc<Settings>,
    config: Arc<config::Config>,
}

/// The checked files, in input order, and the settings each was checked with.
struct Checked {
    files: Vec<FileReport>,
    settings: Vec<Arc<Settings>>,
    configs: Vec<Arc<config::Config>>,
    /// How many files could not be read (each reported as `unreadable-file`).
    unreadable: usize,
}

/// Gathers the inputs, finds their settings, and checks them in parallel. The output order is
/// the input order, whatever order the threads finish in.
fn check_inputs(
    args: &InputArgs,
    resolver: &mut Resolver,
    selection: &Selection,
    progress: bool,
) -> Result<Checked, Failure> {
    let inputs = gather(args, resolver)?;
    let stdin_name = args
        .stdin_filename
        .as_ref()
        .map_or_else(|| "-".to_string(), |p| p.to_string_lossy().into_owned());
    // Files sharing a configuration share one `Settings`.
    let mut by_config: Vec<(Arc<config::Config>, Arc<Settings>)> = Vec::new();
    let mut jobs = Vec::with_capacity(inputs.len());
    for input in inputs {
        let config = match &input {
            Input::File(p) => resolver.for_file(p)?,
            Input::Stdin => match &args.stdin_filename {
                Some(p) => resolver.for_file(p)?,
                None => resolver.for_dir(Path::new("."))?,
            },
        };
        let settings = if let Some((_, s)) = by_config.iter().find(|(c, _)| Arc::ptr_eq(c, &config))
        {
            Arc::clone(s)
        } else {
            let s = Arc::new(selection.settings(&config));
            by_config.push((Arc::clone(&config), Arc::clone(&s)));
            s
        };
        jobs.push(Job {
            input,
            settings,
            config,
        });
    }
    // Standard input is read once, before the parallel part; if it cannot be, it is reported
    // in its place like any file.
    let stdin = jobs
        .iter()
        .any(|j| j.input == Input::Stdin)
        .then(|| read_stdin(&stdin_name).map_err(|e| Unread::from(&e)));
    let bar = (progress && jobs.len() >= PROGRESS_MIN_FILES && std::io::stderr().is_terminal())
        .then(|| {
            let bar = indicatif::ProgressBar::new(jobs.len() as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
    let check_one = |job: &Job| {
        let source = match &job.input {
            Input::Stdin => stdin
                .clone()
                .expect("standard input was read because a job needs it"),
            Input::File(p) => read_file(p).map_err(|e| Unread::from(&e)),
        };
        let report = source.map(|s| FileReport::from(crossfoot::check(s, &job.settings)));
        if let Some(b) = &bar {
            b.inc(1);
        }
        report
    };
    // One file is checked on this thread: starting a thread pool costs more than it saves.
    let results: Vec<Result<FileReport, Unread>> = if jobs.len() == 1 {
        jobs.iter().map(check_one).collect()
    } else {
        jobs.par_iter().map(check_one).collect()
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    // A file that cannot be read is reported in its place, and the others still are.
    let rule = crossfoot::rules::find("unreadable-file").expect("unreadable-file is registered");
    let mut files = Vec::with_capacity(results.len());
    let mut unreadable = 0;
    for (r, job) in results.into_iter().zip(&jobs) {
        match r {
            Ok(report) => files.push(report),
            Err(e) => {
                unreadable += 1;
                let name = match &job.input {
                    Input::Stdin => stdin_name.clone(),
                    Input::File(p) => p.display().to_string(),
                };
                let mut d = crossfoot::Diagnostic::new(
                    rule,
                    crossfoot::Span::new(0, 0),
                    format!("not checked: {}", e.message),
                );
                d.help = e.help;
                files.push(FileReport::bare(Source::new(name, ""), vec![d]));
            }
        }
    }
    let (settings, configs) = jobs.into_iter().map(|j| (j.settings, j.config)).unzip();
    Ok(Checked {
        files,
        settings,
        configs,
        unreadable,
    })
}

fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            !to_file
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

fn check(args: &CheckArgs) -> Result<ExitCode, Failure> {
    let selection = Selection::new(&args.input)?;
    let mut resolver = Resolver::new(&mode(&args.input.config))?;
    let baseline = args.baseline.as_deref().map(Baseline::read).transpose()?;
    let Checked {
        files,
        settings,
        configs,
        unreadable,
    } = check_inputs(&args.input, &mut resolver, &selection, !args.quiet)?;
    // A file found by walking a directory that has no section and no figure written like money
    // is not an appeal (a README, notes): it is left out, and `--verbose` says so. A file named
    // on the command line is always reported.
    let named: HashSet<&Path> = args.input.paths.iter().map(PathBuf::as_path).collect();
    let mut checked: Vec<_> = files
        .into_iter()
        .zip(settings.into_iter().zip(configs))
        .collect();
    let before = checked.len();
    checked.retain(|(file, _)| {
        let walked = file.source.name != "-" && !named.contains(Path::new(&file.source.name));
        let unread = file.diagnostics.iter().any(|d| d.code == "unreadable-file");
        let appeal = !file.sections.is_empty() || file.money_like > 0;
        let skip = walked && !unread && !appeal;
        if skip && args.verbose {
            eprintln!(
                "{}: skipped: no amount and no declared total (not an appeal)",
                file.source.name
            );
        }
        !skip
    });
    if checked.is_empty() {
        // Nothing to check is never a pass: a CI gate on an empty or mistaken directory fails.
        return Err(Error::NothingToCheck {
            paths: given_paths(args).join(", "),
            skipped: before,
        }
        .into());
    }
    let (mut files, rest): (Vec<FileReport>, Vec<_>) = checked.into_iter().unzip();
    let (settings, configs): (Vec<_>, Vec<_>) = rest.into_iter().unzip();
    let checked_count = files.len();
    if args.verbose {
        for (file, settings) in files.iter().zip(&settings) {
            eprint!("{}", crossfoot::listing::verbose(&file.source, settings));
        }
    }

    let mut suppressed = apply_ignores(&mut files, &configs, &selection);
    if let Some(baseline) = baseline {
        let enabled = |code: &str| settings.iter().any(|s| s.enabled(code));
        let at = args.baseline.as_deref().expect("a baseline was read");
        let scopes: Vec<String> = files
            .iter()
            .map(|f| baseline_scope(at, &f.source.name))
            .collect();
        let applied = baseline::apply(
            &baseline,
            scopes
                .iter()
                .map(String::as_str)
                .zip(files.iter_mut().map(|f| &mut f.diagnostics)),
            enabled,
        );
        suppressed = applied.suppressed;
        // The findings about the baseline obey the configuration that applies to its file.
        let baseline_config =
            resolver.for_file(args.baseline.as_deref().expect("a baseline was read"))?;
        let own = selection.settings(&baseline_config);
        let unused = own.apply(applied.unused);
        if !unused.is_empty() {
            files.push(FileReport::bare(baseline.source, unused));
        }
    }

    let root = std::env::current_dir().map_err(|e| Error::Read {
        path: PathBuf::from("."),
        source: e,
    })?;
    let text = if args.statistics {
        let rows = statistics::rows(&files);
        match args.format {
            Format::Json | Format::JsonLines => statistics::render_json(&rows),
            _ => statistics::render_text(&rows),
        }
    } else {
        render(args, &files, &root, checked_count, suppressed)
    };
    emit(&text, args.output.as_deref())?;

    if args.format == Format::Github && !args.statistics {
        append_step_summary(&github::summary(&files, &root))?;
    }

    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    };
    let failed = output::all(&files).any(|(_, d)| d.severity >= threshold);
    // A file that was not checked makes the run one that could not run as asked.
    if unreadable > 0 {
        return Ok(ExitCode::from(2));
    }
    Ok(if failed && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn render(
    args: &CheckArgs,
    files: &[FileReport],
    root: &Path,
    checked: usize,
    suppressed: usize,
) -> String {
    match args.format {
        Format::Human => {
            let opts = human::HumanOptions {
                color: use_color(args.color, args.output.is_some()),
                width: 100,
            };
            // Rendering is the costliest part of a large report: each file renders apart.
            let parts: Vec<String> = files
                .par_iter()
                .map(|f| {
                    let mut out = String::new();
                    human::render(&mut out, &f.source, &f.diagnostics, opts);
                    out
                })
                .collect();
            let mut out = parts.concat();
            if !args.quiet {
                out.push_str(&closing_lines(args, files, checked, suppressed));
            }
            out
        }
        Format::Grouped => {
            let mut out = output::grouped::render(files);
            if !args.quiet {
                out.push_str(&closing_lines(args, files, checked, suppressed));
            }
            out
        }
        Format::Concise => output::concise::render(files),
        Format::Json => {
            let report = json::report(files.iter().map(|f| (&f.source, f.diagnostics.as_slice())));
            let mut s = serde_json::to_string_pretty(&report).expect("the report serializes");
            s.push('\n');
            s
        }
        Format::JsonLines => json_lines::render(files),
        Format::Sarif => sarif::render(files, root),
        Format::Github => github::render(files, root),
        Format::Gitlab => gitlab::render(files, root),
        Format::Junit => junit::render(files),
    }
}

/// The paths the run was given, as given ("." when none, as `check` then checks the current
/// directory).
fn given_paths(args: &CheckArgs) -> Vec<String> {
    if args.input.paths.is_empty() {
        vec![".".to_string()]
    } else {
        args.input
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect()
    }
}

/// The human report's last lines: the counts, and what `crossfoot fix` can fix with the command
/// that does it.
fn closing_lines(
    args: &CheckArgs,
    files: &[FileReport],
    checked: usize,
    accepted: usize,
) -> String {
    let all: Vec<_> = output::all(files).map(|(_, d)| d).collect();
    let mut out = output::summary::counts(&all, checked, accepted);
    out.push('\n');
    // Name the files that have something to fix when they are few, else the run's own paths.
    let fixable: Vec<String> = files
        .iter()
        .filter(|f| f.diagnostics.iter().any(|d| d.fix.is_some()))
        .map(|f| f.source.name.clone())
        .collect();
    let paths = if fixable.len() <= 3 && !fixable.iter().any(|p| p == "-") {
        fixable
    } else {
        given_paths(args)
    };
    if let Some(line) = output::summary::fixable(&all, &paths) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Appends the Markdown summary to the file named by `GITHUB_STEP_SUMMARY`, when set.
fn append_step_summary(markdown: &str) -> Result<(), Failure> {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(|e| Failure::Error(Error::Write(e)))?;
    file.write_all(markdown.as_bytes())
        .map_err(|e| Failure::Error(Error::Write(e)))
}

fn record_baseline(args: &BaselineArgs) -> Result<ExitCode, Failure> {
    let selection = Selection::new(&args.input)?;
    let mut resolver = Resolver::new(&mode(&args.input.config))?;
    // Reasons written into an existing baseline survive its regeneration.
    let previous = if args.output.exists() {
        Some(Baseline::read(&args.output)?)
    } else {
        None
    };
    let Checked { files, .. } = check_inputs(&args.input, &mut resolver, &selection, true)?;
    let diags: Vec<_> = files
        .iter()
        .flat_map(|f| {
            let scope = baseline_scope(&args.output, &f.source.name);
            f.diagnostics.iter().map(move |d| (scope.clone(), d))
        })
        .collect();
    let text = baseline::record(
        diags.iter().map(|(s, d)| (s.as_str(), *d)),
        previous.as_ref(),
    );
    std::fs::write(&args.output, text).map_err(|e| Failure::Error(Error::Write(e)))?;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    eprintln!(
        "recorded {} of {} in {}",
        plural(diags.len(), "finding"),
        plural(files.len(), "file"),
        args.output.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Removes the findings each file's `[[ignore]]` entries accept, and adds one
/// `unused-suppression` finding, in the configuration file, per entry that applied to a checked
/// file and accepted nothing (an entry whose files were not checked was not looked for).
/// Returns how many findings were ignored.
fn apply_ignores(
    files: &mut Vec<FileReport>,
    configs: &[Arc<config::Config>],
    selection: &Selection,
) -> usize {
    // Per entry (by identity): whether it applied to a checked file, and how many it accepted.
    let mut usage: Vec<(Arc<config::Ignore>, bool, usize)> = Vec::new();
    let mut ignored = 0;
    for (file, config) in files.iter_mut().zip(configs) {
        for ig in &config.ignores {
            let i = usage
                .iter()
                .position(|(u, _, _)| Arc::ptr_eq(u, ig))
                .unwrap_or_else(|| {
                    usage.push((Arc::clone(ig), false, 0));
                    usage.len() - 1
                });
            let name = &file.source.name;
            if name == "-" || !ig.applies_to(Path::new(name)) {
                continue;
            }
            usage[i].1 = true;
            let before = file.diagnostics.len();
            file.diagnostics.retain(|d| !ig.accepts(d));
            let n = before - file.diagnostics.len();
            usage[i].2 += n;
            ignored += n;
        }
    }
    let rule = crossfoot::rules::find(crossfoot::baseline::UNUSED_SUPPRESSION)
        .expect("unused-suppression is in the registry");
    let mut by_file: Vec<(PathBuf, Vec<crossfoot::Diagnostic>)> = Vec::new();
    for (ig, applied, used) in usage {
        if !applied || used > 0 {
            continue;
        }
        let span = crossfoot::Span::new(ig.span.start, ig.span.end);
        let why = ig
            .reason
            .as_ref()
            .map(|r| format!(" (reason: {r})"))
            .unwrap_or_default();
        let d = crossfoot::Diagnostic::new(
            rule,
            span,
            format!("{} matches no finding{why}", ig.describe()),
        )
        .with_help("the findings it accepted are gone: remove the entry from the configuration");
        match by_file.iter_mut().find(|(p, _)| *p == ig.origin) {
            Some((_, ds)) => ds.push(d),
            None => by_file.push((ig.origin.clone(), vec![d])),
        }
    }
    for (path, diags) in by_file {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        // The findings about a configuration obey that configuration's own levels.
        let own = configs
            .iter()
            .find(|c| c.files.contains(&path))
            .map_or_else(Settings::default, |c| selection.settings(c));
        let diags = own.apply(diags);
        if !diags.is_empty() {
            files.push(FileReport::bare(
                Source::new(path.display().to_string(), text),
                diags,
            ));
        }
    }
    ignored
}

/// A checked file as a baseline at `baseline` records it: its path relative to the baseline's
/// directory, "/" between the parts (`..` where it lies outside), whatever the current
/// directory of the run.
fn baseline_scope(baseline: &Path, file: &str) -> String {
    fn normal(p: &Path) -> Vec<std::ffi::OsString> {
        let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let mut parts: Vec<std::ffi::OsString> = Vec::new();
        for c in abs.components() {
            match c {
                std::path::Component::ParentDir => {
                    parts.pop();
                }
                std::path::Component::CurDir => {}
                other => parts.push(other.as_os_str().to_os_string()),
            }
        }
        parts
    }
    if file == "-" {
        return file.to_string();
    }
    let dir = baseline
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let (dir, file) = (normal(dir), normal(Path::new(file)));
    let common = dir.iter().zip(&file).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<String> = vec!["..".to_string(); dir.len() - common];
    rel.extend(
        file[common..]
            .iter()
            .map(|p| p.to_string_lossy().into_owned()),
    );
    rel.join("/")
}

fn show_config(args: &ConfigArgs) -> Result<ExitCode, Failure> {
    let mut resolver = Resolver::new(&mode(&args.config))?;
    let target = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
    let config = if target.is_dir() {
        resolver.for_dir(&target)?
    } else {
        resolver.for_file(&target)?
    };
    let mut out = config.to_toml(&target.display().to_string());
    if target.is_file()
        && let Ok(bytes) = std::fs::read(&target)
        && let Ok(decoded) = crossfoot::decode(&target.display().to_string(), bytes)
    {
        out.push_str(&inferred_style(&decoded.text, &config.settings()));
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// What crossfoot infers from a document's own figures, as TOML comments for `crossfoot config
/// FILE`: its decimal mark, its currency, and which way its totals run.
fn inferred_style(text: &str, settings: &crossfoot::Settings) -> String {
    use crossfoot::model::DecimalMark;
    let doc = crossfoot::parse::parse(text, settings.tolerance);
    let mark = match doc.mark {
        DecimalMark::Point => {
            "a point (\"1,234,567.50\"; apostrophes and spaces also group thousands)"
        }
        DecimalMark::Comma => "a comma (\"1.234.567,50\"; spaces also group thousands)",
    };
    let currency = match (doc.currency, settings.currency_configured) {
        (_, true) => format!("{} (configured)", settings.currency),
        (Some(c), false) => format!("{c} (most of its amounts)"),
        (None, false) => format!("{} (the default: no amount writes one)", settings.currency),
    };
    let totals = if doc.totals_first {
        "before their items (more groups foot that way)"
    } else {
        "after their items"
    };
    let learned = doc.learned.as_ref().map_or_else(
        || "none (the known wordings read its totals)".to_string(),
        crossfoot::model::Learned::describe,
    );
    format!(
        "\n# Inferred from the file's own figures (not settings):\n#   decimal mark: {mark}\n#   currency: {currency}\n#   totals: {totals}\n#   declared totals read: {}\n#   learned total statement: {learned}\n",
        doc.sections.len()
    )
}
