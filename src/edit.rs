//! The editors' commands: `fix` (rewrite what is mechanical) and `report` (reconcile every total).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crossfoot::config::Resolver;
use crossfoot::diagnostic::Applicability;
use crossfoot::{Error, Settings, Source};

use crate::cli::{FixArgs, InputArgs, ReportArgs, ReportFormat};
use crate::run::{Failure, Input, Selection, emit, gather, mode, read_file, write_out};

fn inputs(
    paths: Vec<PathBuf>,
    config: &crate::cli::ConfigSource,
) -> Result<(Vec<PathBuf>, Resolver, InputArgs), Failure> {
    let args = InputArgs {
        paths,
        stdin_filename: None,
        config: config.clone(),
        select: None,
        ignore: Vec::new(),
    };
    let mut resolver = Resolver::new(&mode(&args.config))?;
    let files = gather(&args, &mut resolver)?
        .into_iter()
        .filter_map(|i| match i {
            Input::File(p) => Some(p),
            Input::Stdin => None,
        })
        .collect();
    Ok((files, resolver, args))
}

fn settings_for(
    resolver: &mut Resolver,
    args: &InputArgs,
    path: &Path,
) -> Result<Settings, Failure> {
    let config = resolver.for_file(path)?;
    Ok(Selection::new(args)?.settings(&config))
}

/// `crossfoot fix`: safe fixes by default, figure changes with `--unsafe-fixes`, a diff with
/// `--diff`. Files are written atomically, keep their permissions and every byte outside the
/// edited spans; a file with nothing to fix is not touched.
pub fn fix(args: &FixArgs) -> Result<ExitCode, Failure> {
    let (files, mut resolver, input_args) = inputs(args.paths.clone(), &args.config)?;
    let mut fixed_files = 0;
    let mut fixed_findings = 0;
    let mut diff_text = String::new();
    for path in &files {
        let settings = settings_for(&mut resolver, &input_args, path)?;
        let original = std::fs::read(path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let source: Source = read_file(path)?;
        let fixed = crossfoot::fix::fix(&source, &settings, args.unsafe_fixes);
        if !fixed.changed() {
            continue;
        }
        fixed_files += 1;
        fixed_findings += fixed.applied.len();
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
            continue;
        }
        crossfoot::fix::write_atomically(path, &original, fixed.text.as_bytes())?;
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
    }
    if args.diff {
        write_out(&diff_text)?;
        eprintln!("{fixed_findings} fixable finding(s) in {fixed_files} file(s); nothing written");
        return Ok(if fixed_files > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    eprintln!("fixed {fixed_findings} finding(s) in {fixed_files} file(s)");
    Ok(ExitCode::SUCCESS)
}

/// `crossfoot report`: one row per declared total; exit 0 whatever it finds.
pub fn report(args: &ReportArgs) -> Result<ExitCode, Failure> {
    let path = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
    let (files, mut resolver, input_args) = inputs(vec![path], &args.config)?;
    let mut rows = Vec::new();
    let mut names = Vec::new();
    for file in &files {
        let settings = settings_for(&mut resolver, &input_args, file)?;
        let checked = crossfoot::check(read_file(file)?, &settings);
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
