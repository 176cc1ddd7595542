//! Fixes: applying the edits that diagnostics carry, in one pass, until the text converges.

use std::io::Write as _;
use std::path::Path;

use crate::Error;
use crate::diagnostic::{Applicability, Diagnostic, Edit};
use crate::{Settings, Source};

/// One fix that was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub code: &'static str,
    pub title: String,
    pub applicability: Applicability,
    /// 1-based line of the finding in the text the fix was applied to.
    pub line: usize,
}

/// The outcome of fixing one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    pub applied: Vec<Applied>,
}

impl Fixed {
    #[must_use]
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// Whether two edits touch the same bytes. Two insertions at the same offset conflict (their
/// order would be arbitrary); an insertion at the start or end of a replacement does not.
fn overlaps(a: &Edit, b: &Edit) -> bool {
    if a.span.is_empty() && b.span.is_empty() {
        return a.span.start == b.span.start;
    }
    a.span.start < b.span.end && b.span.start < a.span.end
}

/// Applies, in one pass, every fix of `diags` allowed by `unsafe_fixes`, skipping any fix whose
/// edits overlap an edit already taken. Returns the new text and the fixes applied.
#[must_use]
pub fn apply_once(source: &Source, diags: &[Diagnostic], unsafe_fixes: bool) -> Fixed {
    let mut taken: Vec<&Edit> = Vec::new();
    let mut applied = Vec::new();
    for d in diags {
        let Some(fix) = &d.fix else { continue };
        if fix.applicability == Applicability::Unsafe && !unsafe_fixes {
            continue;
        }
        if fix.edits.iter().any(|e| e.span.end > source.text.len())
            || fix
                .edits
                .iter()
                .any(|e| taken.iter().any(|t| overlaps(e, t)))
        {
            continue;
        }
        taken.extend(fix.edits.iter());
        applied.push(Applied {
            code: d.code,
            title: fix.title.clone(),
            applicability: fix.applicability,
            line: source.line_col(d.span.start).line,
        });
    }
    // Insertions before replacements at the same offset, so "USD " lands before a rewritten
    // figure.
    taken.sort_by_key(|e| (e.span.start, e.span.end));
    let text = &source.text;
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for e in taken {
        out.push_str(&text[at..e.span.start]);
        out.push_str(&e.replacement);
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    Fixed { text: out, applied }
}

/// How many passes `fix` makes at most; each pass applies every non-overlapping fix, so real
/// documents converge in two.
const MAX_PASSES: usize = 8;

/// Fixes `source` until no fix applies any more (or `MAX_PASSES` is reached).
#[must_use]
pub fn fix(source: &Source, settings: &Settings, unsafe_fixes: bool) -> Fixed {
    let mut current = source.clone();
    let mut applied = Vec::new();
    for _ in 0..MAX_PASSES {
        let checked = crate::check(current.clone(), settings);
        let pass = apply_once(&current, &checked.diagnostics, unsafe_fixes);
        if !pass.changed() || pass.text == *current.text {
            break;
        }
        applied.extend(pass.applied);
        current = Source::new(current.name.clone(), pass.text);
    }
    Fixed {
        text: current.text.to_string(),
        applied,
    }
}

/// Writes `new` over `path` through a temporary file in the same directory and a rename, so
/// that a reader never sees half a file. Refuses a read-only file and a file whose bytes are no
/// longer `original` (changed on disk since it was read).
///
/// # Errors
/// [`Error::ReadOnly`], [`Error::ChangedOnDisk`], or an IO error reading or writing.
pub fn write_atomically(path: &Path, original: &[u8], new: &[u8]) -> Result<(), Error> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.permissions().readonly() {
        return Err(Error::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    let write_err = |source| Error::WriteFile {
        path: path.to_path_buf(),
        source,
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(write_err)?;
    tmp.write_all(new).map_err(write_err)?;
    tmp.as_file().sync_all().map_err(write_err)?;
    std::fs::set_permissions(tmp.path(), meta.permissions()).map_err(write_err)?;
    // The last moment before the rename: if someone wrote the file meanwhile, keep theirs.
    let now = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if now != original {
        return Err(Error::ChangedOnDisk {
            path: path.to_path_buf(),
        });
    }
    tmp.persist(path).map_err(|e| write_err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, unsafe_fixes: bool) -> Fixed {
        fix(&Source::new("t", text), &Settings::default(), unsafe_fixes)
    }

    #[test]
    fn safe_fixes_keep_values_and_converge() {
        let text = "Labour actions - 400,000•\t\nStudy •\t\n– USD 197, 263\ntOtal fundIng requIreMent fOr X – usd 597,263.\n";
        let fixed = run(text, false);
        assert_eq!(
            fixed.text,
            "Labour actions – USD 400,000•\t\nStudy •\t\n– USD 197,263\ntOtal fundIng requIreMents fOr X – usd 597,263\n"
        );
        assert_eq!(run(&fixed.text, false).applied, vec![]);
    }

    #[test]
    fn unsafe_fixes_are_opt_in() {
        let text = "A – USD 100•\t\ntOtal fundIng requIreMents fOr X – usd 150\n";
        assert!(!run(text, false).changed());
        let fixed = run(text, true);
        assert_eq!(
            fixed.text,
            "A – USD 100•\t\ntOtal fundIng requIreMents fOr X – usd 100\n"
        );
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_not_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("e.txt");
        std::fs::write(&path, "edited meanwhile").expect("write");
        let err = write_atomically(&path, b"as read", b"fixed").expect_err("must refuse");
        assert!(matches!(err, Error::ChangedOnDisk { .. }), "{err:?}");
        assert_eq!(std::fs::read(&path).expect("read"), b"edited meanwhile");
        write_atomically(&path, b"edited meanwhile", b"fixed").expect("unchanged file is written");
        assert_eq!(std::fs::read(&path).expect("read"), b"fixed");
    }

    #[test]
    fn bytes_outside_edits_are_kept() {
        let text = "\u{feff}A – USD 1000•\t  \r\ntOtal fundIng requIreMents fOr X – usd 1,000\r\n";
        let fixed = run(text, false);
        assert_eq!(
            fixed.text,
            "\u{feff}A – USD 1,000•\t  \r\ntOtal fundIng requIreMents fOr X – usd 1,000\r\n"
        );
    }
}
