//! Failures to run: IO, unreadable input, bad arguments. Findings are never errors.

use std::path::PathBuf;

/// Why crossfoot could not run. Exit code 2.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum Error {
    #[error("could not read {path}: {source}")]
    #[diagnostic(
        code(crossfoot::io),
        help("check that the path exists and is readable")
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(
        "{path} is {encoding} text ({byte_order}, with a byte-order mark) that crossfoot cannot decode"
    )]
    #[diagnostic(
        code(crossfoot::encoding),
        help("convert it first: iconv -f {encoding} -t UTF-8 FILE > FILE.utf8.txt")
    )]
    WideText {
        path: String,
        /// `UTF-16` or `UTF-32`, as iconv names them.
        encoding: &'static str,
        /// `little-endian` or `big-endian`.
        byte_order: &'static str,
    },

    #[error("{path} looks binary: NUL byte at offset {offset}")]
    #[diagnostic(
        code(crossfoot::binary),
        help("crossfoot reads plain text; extract the text from the PDF first (e.g. pdftotext)")
    )]
    Binary { path: String, offset: usize },

    #[error("no rule has the code `{0}`")]
    #[diagnostic(
        code(crossfoot::unknown_rule),
        help("`crossfoot rules` lists every code")
    )]
    UnknownRule(String),

    #[error("{} is read-only: not fixed", path.display())]
    #[diagnostic(
        code(crossfoot::read_only),
        help("make the file writable, or use --diff to see the fixes")
    )]
    ReadOnly { path: PathBuf },

    #[error("{} was read as {encoding}, not UTF-8: not fixed", path.display())]
    #[diagnostic(
        code(crossfoot::encoding),
        help(
            "fix writes UTF-8 only and never changes a file's encoding; convert it first (iconv -f {encoding} -t UTF-8), or use --diff to see the fixes"
        )
    )]
    NotUtf8File {
        path: PathBuf,
        encoding: &'static str,
    },

    #[error("{} may not be written by this user: not fixed", path.display())]
    #[diagnostic(
        code(crossfoot::not_writable),
        help(
            "ask its owner to fix it, or fix a copy; crossfoot never replaces a file its user may not write, even where the directory would allow it"
        )
    )]
    NotWritable { path: PathBuf },

    #[error("{} is locked by another process: not fixed", path.display())]
    #[diagnostic(
        code(crossfoot::locked),
        help(
            "run `crossfoot fix` again once the other process (another fix, an editor) has let go of the file"
        )
    )]
    Locked { path: PathBuf },

    #[error("{} changed on disk while it was being fixed: not overwritten", path.display())]
    #[diagnostic(
        code(crossfoot::changed),
        help("run `crossfoot fix` again once the file is no longer being edited")
    )]
    ChangedOnDisk { path: PathBuf },

    #[error("{} changed on disk twice while it was being fixed: the other writer's text is kept in {}", path.display(), saved.display())]
    #[diagnostic(
        code(crossfoot::changed_twice),
        help("compare the two files and keep the right one; then run `crossfoot fix` again")
    )]
    ChangedTwice { path: PathBuf, saved: PathBuf },

    #[error("could not write {}: {source}", path.display())]
    #[diagnostic(code(crossfoot::write_file))]
    WriteFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("nothing to check in {paths}: no appeal text found{}", if *skipped > 0 { format!(" ({skipped} file(s) with no amount and no declared total skipped)") } else { String::new() })]
    #[diagnostic(
        code(crossfoot::nothing_to_check),
        help(
            "a directory is searched for *.txt and *.md files (any case of the extension); name a file to check it whatever it holds"
        )
    )]
    NothingToCheck { paths: String, skipped: usize },

    #[error("could not write the output: {0}")]
    #[diagnostic(code(crossfoot::write))]
    Write(#[source] std::io::Error),
}
