//! Fixes: applying the edits that diagnostics carry, pass after pass until the text converges,
//! never letting a safe fix change a figure or a name; and writing the result back in place of
//! the file's bytes (its target, links, owner and permissions kept).

use std::collections::BTreeSet;
use std::fs::{File, OpenOptions};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use crate::Error;
use crate::diagnostic::{Applicability, Diagnostic, Edit};
use crate::{Checked, Settings, Source};

/// One fix that was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub code: &'static str,
    pub title: String,
    pub applicability: Applicability,
    /// 1-based line of the finding in the text the fix was applied to.
    pub line: usize,
}

/// A fix that was offered but not applied, because the text after it would read differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    pub code: &'static str,
    pub title: String,
    /// 1-based line of the finding in the fixed text.
    pub line: usize,
    /// What the fix would have changed ("the declared total of Fiji would no longer be read").
    pub reason: String,
}

/// The outcome of fixing one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    pub applied: Vec<Applied>,
    /// Fixes still offered on the fixed text that were not applied, each with its reason.
    pub withheld: Vec<Withheld>,
}

impl Fixed {
    #[must_use]
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// One thing a fix must leave as it was: what crossfoot reads, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Fact {
    /// A section opens: its key (name and ordinal).
    Section(String),
    /// The section's declared figure, if one is read.
    Declared(Option<Decimal>),
    /// An item of the section: its title and the value of its amount.
    Item(String, Option<Decimal>),
    /// An item no declared figure closes.
    Unclosed(String, Option<Decimal>),
    /// A figure of the appendix (a table cell, a table total, a programme block's requirement).
    Table(Decimal),
}

impl Fact {
    /// The fact with its figure set aside: what an unsafe fix must keep too.
    fn shape(&self) -> (u8, Option<&str>) {
        match self {
            Fact::Section(k) => (0, Some(k)),
            Fact::Declared(_) => (1, None),
            Fact::Item(t, _) => (2, Some(t)),
            Fact::Unclosed(t, _) => (3, Some(t)),
            Fact::Table(_) => (4, None),
        }
    }

    fn describe(&self) -> String {
        let figure =
            |v: &Option<Decimal>| v.map_or_else(|| "no amount".to_string(), crate::money::group);
        match self {
            Fact::Section(k) => format!("the section {k}"),
            Fact::Declared(None) => "no declared total".to_string(),
            Fact::Declared(Some(v)) => format!("the declared total {}", crate::money::group(*v)),
            Fact::Item(t, v) | Fact::Unclosed(t, v) => format!("the item \"{t}\" ({})", figure(v)),
            Fact::Table(v) => format!("the table figure {}", crate::money::group(*v)),
        }
    }
}

/// Everything a safe fix must keep: per section its key, its declared figure and each item's
/// title and amount; the items no total closes; every figure of the appendix. Positions are not
/// part of it: a fix may move text, never change what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures(Vec<Fact>);

impl Figures {
    /// What crossfoot read in `checked`.
    #[must_use]
    pub fn of(checked: &Checked) -> Self {
        let value = |a: Option<&crate::model::Amount>| a.map(crate::model::Amount::value);
        let doc = &checked.document;
        let mut facts = Vec::with_capacity(doc.bullet_count() + doc.sections.len() * 2);
        for s in &doc.sections {
            facts.push(Fact::Section(s.key()));
            for b in &s.bullets {
                facts.push(Fact::Item(b.title.clone(), value(b.amount.as_ref())));
            }
            facts.push(Fact::Declared(value(s.total.amount.as_ref())));
        }
        for b in &doc.trailing {
            facts.push(Fact::Unclosed(b.title.clone(), value(b.amount.as_ref())));
        }
        for t in &doc.tables {
            let lines = t
                .groups
                .iter()
                .filter_map(|g| g.total.as_ref())
                .chain(t.grand_total.as_ref());
            let figures = t.rows.iter().flat_map(|r| &r.figures);
            for f in figures.chain(lines.flat_map(|l| &l.figures)) {
                facts.push(Fact::Table(f.amount.value()));
            }
        }
        for b in &doc.blocks {
            facts.push(Fact::Table(b.requirement.value()));
        }
        Self(facts)
    }

    /// Whether the two agree on everything but the figures (what an unsafe fix may change).
    fn same_shape(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|(a, b)| a.shape() == b.shape())
    }

    /// The first thing that reads differently in `after`, in words.
    fn difference(&self, after: &Self) -> String {
        let first = self
            .0
            .iter()
            .zip(&after.0)
            .position(|(a, b)| a != b)
            .unwrap_or(self.0.len().min(after.0.len()));
        let section = self.0[..first.min(self.0.len())]
            .iter()
            .rev()
            .find_map(|f| match f {
                Fact::Section(k) => Some(k.as_str()),
                _ => None,
            });
        let at = section.map_or_else(String::new, |k| format!(" in {k}"));
        match (self.0.get(first), after.0.get(first)) {
            (Some(a), Some(b)) => format!("{} would be read as {}{at}", a.describe(), b.describe()),
            (Some(a), None) => format!("{}{at} would no longer be read", a.describe()),
            (None, Some(b)) => format!("{}{at} would be read in addition", b.describe()),
            (None, None) => "what crossfoot reads would change".to_string(),
        }
    }
}

/// Whether two edits touch the same bytes. Two insertions at the same offset conflict (their
/// order would be arbitrary); an insertion at the start or end of a replacement does not.
fn overlaps(a: Span2, b: Span2) -> bool {
    if a.0 == a.1 && b.0 == b.1 {
        return a.0 == b.0;
    }
    a.0 < b.1 && b.0 < a.1
}

type Span2 = (usize, usize);

/// The edits taken so far in one pass, ordered, so that a new edit is tested against its
/// neighbours only: taken edits never overlap, so going back from the last one that starts
/// at or before the new edit's end, the first that ends before its start ends the search.
#[derive(Default)]
struct Taken(BTreeSet<Span2>);

impl Taken {
    fn conflicts(&self, e: Span2) -> bool {
        for &t in self.0.range(..=(e.1, usize::MAX)).rev() {
            if t.1 < e.0 {
                break;
            }
            if overlaps(e, t) {
                return true;
            }
        }
        false
    }
}

/// The text with `edits` applied; they do not overlap.
fn splice(text: &str, mut edits: Vec<&Edit>) -> String {
    // Insertions before replacements at the same offset, so "USD " lands before a rewritten
    // figure.
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for e in edits {
        out.push_str(&text[at..e.span.start]);
        out.push_str(&e.replacement);
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The fixes of `diags` of one applicability that can be applied together: none beyond the
/// text, none overlapping an edit of a fix taken before it.
fn candidates<'d>(
    source: &Source,
    diags: &'d [Diagnostic],
    applicability: Applicability,
) -> Vec<&'d Diagnostic> {
    let mut taken = Taken::default();
    let mut out = Vec::new();
    for d in diags {
        let Some(fix) = &d.fix else { continue };
        if fix.applicability != applicability {
            continue;
        }
        // A fix that would write what is already there changes nothing: it is not a fix.
        if fix
            .edits
            .iter()
            .all(|e| source.text.get(e.span.start..e.span.end) == Some(e.replacement.as_str()))
        {
            continue;
        }
        let spans = || fix.edits.iter().map(|e| (e.span.start, e.span.end));
        let fits = |(s, e): Span2| {
            e <= source.text.len()
                && s <= e
                && source.text.is_char_boundary(s)
                && source.text.is_char_boundary(e)
        };
        if !spans().all(fits) || spans().any(|e| taken.conflicts(e)) {
            continue;
        }
        taken.0.extend(spans());
        out.push(d);
    }
    out
}

/// One pass of one applicability: the fixes applied, the ones withheld, and the check of the
/// text with the applied ones (when any were).
struct Pass<'d> {
    applied: Vec<&'d Diagnostic>,
    withheld: Vec<(&'d Diagnostic, String)>,
    result: Option<Checked>,
}

/// Applies the fixes of one applicability in one pass, keeping only a set after which the text
/// still reads as `before` (all of it for a safe pass; everything but the figures for an unsafe
/// one). When the whole set changes what is read, it is halved until each fix that does so is
/// found on its own: `k` such fixes among `n` cost about `k · log n` checks, and none in the
/// usual case, where the check of the fixed text is the next pass's check anyway.
fn settle<'d>(
    current: &Source,
    diags: &'d [Diagnostic],
    applicability: Applicability,
    before: &Figures,
    settings: &Settings,
) -> Pass<'d> {
    let cands = candidates(current, diags, applicability);
    let mut pass = Pass {
        applied: Vec::new(),
        withheld: Vec::new(),
        result: None,
    };
    if cands.is_empty() {
        return pass;
    }
    let keeps = |after: &Figures| match applicability {
        Applicability::Safe => after == before,
        Applicability::Unsafe => after.same_shape(before),
    };
    let trial = |set: &[&'d Diagnostic]| -> (Checked, Figures) {
        let edits = set
            .iter()
            .filter_map(|d| d.fix.as_ref())
            .flat_map(|f| &f.edits)
            .collect();
        let text = splice(&current.text, edits);
        let checked = crate::check(Source::new(current.name.clone(), text), settings);
        let figures = Figures::of(&checked);
        (checked, figures)
    };
    // Work list of groups still to settle, in document order.
    let mut todo: Vec<&[&'d Diagnostic]> = vec![&cands];
    while let Some(group) = todo.pop() {
        let mut set = pass.applied.clone();
        set.extend_from_slice(group);
        let (checked, figures) = trial(&set);
        if keeps(&figures) {
            pass.applied = set;
            pass.result = Some(checked);
        } else if let [one] = group {
            pass.withheld.push((one, before.difference(&figures)));
        } else {
            let (a, b) = group.split_at(group.len() / 2);
            todo.push(b);
            todo.push(a);
        }
    }
    pass
}

/// How many passes `fix` makes at most; real documents converge in two or three.
const MAX_PASSES: usize = 8;

/// Fixes `source` until no fix applies any more (or `MAX_PASSES` is reached). Each pass applies
/// the safe fixes first; the unsafe ones (with `unsafe_fixes`) only once no safe fix is left.
/// A safe fix is applied only if, after it, every section, declared figure, item title and
/// amount reads as before; an unsafe one only if only figures changed. The others are
/// withheld, with what they would have changed.
#[must_use]
pub fn fix(source: &Source, settings: &Settings, unsafe_fixes: bool) -> Fixed {
    let mut checked = crate::check(source.clone(), settings);
    let mut applied = Vec::new();
    let mut withheld = Vec::new();
    // Every text the passes produced: a pass that leads back to one of them would go round in
    // a circle, and stops the fixing there.
    let mut seen: std::collections::HashSet<u64> = std::collections::HashSet::new();
    let hash = |text: &str| {
        use std::hash::{Hash as _, Hasher as _};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut h);
        h.finish()
    };
    seen.insert(hash(&checked.source.text));
    for _ in 0..MAX_PASSES {
        let before = Figures::of(&checked);
        let current = &checked.source;
        let mut pass = settle(
            current,
            &checked.diagnostics,
            Applicability::Safe,
            &before,
            settings,
        );
        if pass.result.is_none() && unsafe_fixes {
            let safe_withheld = std::mem::take(&mut pass.withheld);
            pass = settle(
                current,
                &checked.diagnostics,
                Applicability::Unsafe,
                &before,
                settings,
            );
            pass.withheld.splice(0..0, safe_withheld);
        }
        let line = |d: &Diagnostic| current.lines.line(d.span.start) + 1;
        withheld = pass
            .withheld
            .iter()
            .map(|(d, reason)| Withheld {
                code: d.code,
                title: d.fix.as_ref().map(|f| f.title.clone()).unwrap_or_default(),
                line: line(d),
                reason: reason.clone(),
            })
            .collect();
        withheld.sort_by_key(|w: &Withheld| w.line);
        let Some(next) = pass.result else { break };
        if !seen.insert(hash(&next.source.text)) {
            break;
        }
        let mut now: Vec<_> = pass.applied;
        now.sort_by_key(|d| d.span.start);
        applied.extend(now.into_iter().filter_map(|d| {
            let fix = d.fix.as_ref()?;
            Some(Applied {
                code: d.code,
                title: fix.title.clone(),
                applicability: fix.applicability,
                line: line(d),
            })
        }));
        checked = next;
    }
    Fixed {
        text: checked.source.text.to_string(),
        applied,
        withheld,
    }
}

/// How `fix` wrote a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A new file with the fixed text, its owner, group and permissions, renamed over the old
    /// one: a reader sees the old text or the new, never half of it.
    Replaced,
    /// The file's own bytes rewritten, because a new file could not stand in for it.
    InPlace(InPlaceReason),
}

/// Why a file was rewritten in place rather than replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InPlaceReason {
    /// The file has this many hard links; a new file would split them.
    HardLinks(u64),
    /// The file belongs to another owner or group, which a new file made by this user cannot
    /// be given.
    Owner,
}

impl std::fmt::Display for InPlaceReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InPlaceReason::HardLinks(n) => {
                write!(f, "it has {n} hard links, which a replacement would split")
            }
            InPlaceReason::Owner => f.write_str(
                "its owner or group cannot be given to a new file by this user, so it was not replaced",
            ),
        }
    }
}

/// The moments of [`write_file`] at which tests play a concurrent writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Just before the last comparison with the text that was read.
    BeforeCompare,
    /// After that comparison, just before the rename (or the rewrite in place).
    BeforeCommit,
}

/// Called at each [`Stage`] with the path of the file that will change. Only tests use it.
pub type Hook<'a> = &'a dyn Fn(Stage, &Path) -> std::io::Result<()>;

/// Writes `new` over the file at `path` (through a symlink, to its target), unless the file no
/// longer holds `original`.
///
/// - A file with no write bit is refused, even for root; so is a file this user may not open
///   for writing, whatever the directory allows.
/// - The file is locked (an advisory `flock`) while it is compared and written, so two
///   `crossfoot fix` runs, or any editor that locks, never interleave.
/// - Normally the fixed text goes to a new file in the same directory, given the file's owner,
///   group and permissions, and renamed over it. A file with several hard links, or whose owner
///   or group this user cannot give to a new file, is rewritten in place instead (the returned
///   [`Written`] says which and why): not atomic, so a crash in the middle can leave it half
///   written.
/// - The file's bytes are compared with `original` after the lock is taken and again
///   immediately before the rename or the rewrite; if they differ, nothing is written. After
///   the rename the old file is read once more: a write that reached it after the comparison
///   is put back in place of the fixed text ([`Error::ChangedOnDisk`]), or, if the new file
///   changed as well, kept beside it as `NAME.crossfoot-saved` ([`Error::ChangedTwice`]).
///   What remains: a writer that takes no lock and writes in the microseconds between the last
///   comparison and an in-place rewrite, or that holds the old file open and writes to it after
///   that last reading, loses its write.
///
/// # Errors
/// [`Error::ReadOnly`], [`Error::NotWritable`], [`Error::Locked`], [`Error::ChangedOnDisk`], or
/// an IO error reading or writing.
pub fn write_file(
    path: &Path,
    original: &[u8],
    new: &[u8],
    hook: Option<Hook<'_>>,
) -> Result<Written, Error> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let write_err = |source| Error::WriteFile {
        path: path.to_path_buf(),
        source,
    };
    // Through symlinks to the file itself: the link stays a link, its target gets the text.
    let target: PathBuf = std::fs::canonicalize(path).map_err(read_err)?;
    let meta = std::fs::metadata(&target).map_err(read_err)?;
    if meta.permissions().readonly() {
        return Err(Error::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    let mut file = match OpenOptions::new().read(true).write(true).open(&target) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return Err(Error::NotWritable {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(write_err(e)),
    };
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            return Err(Error::Locked {
                path: path.to_path_buf(),
            });
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(write_err(e)),
    }
    let unchanged = |file: &mut File| -> Result<(), Error> {
        let mut now = Vec::with_capacity(original.len());
        file.seek(SeekFrom::Start(0)).map_err(read_err)?;
        file.read_to_end(&mut now).map_err(read_err)?;
        if now == original {
            Ok(())
        } else {
            Err(Error::ChangedOnDisk {
                path: path.to_path_buf(),
            })
        }
    };
    unchanged(&mut file)?;
    let hook = |stage| {
        hook.map_or(Ok(()), |h| h(stage, &target))
            .map_err(write_err)
    };

    let in_place = |file: &mut File, why: InPlaceReason| -> Result<Written, Error> {
        hook(Stage::BeforeCompare)?;
        unchanged(file)?;
        hook(Stage::BeforeCommit)?;
        file.seek(SeekFrom::Start(0)).map_err(write_err)?;
        file.write_all(new).map_err(write_err)?;
        file.set_len(new.len() as u64).map_err(write_err)?;
        file.sync_all().map_err(write_err)?;
        Ok(Written::InPlace(why))
    };
    if meta.nlink() > 1 {
        return in_place(&mut file, InPlaceReason::HardLinks(meta.nlink()));
    }
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".crossfoot-fix-")
        .tempfile_in(dir)
        .map_err(write_err)?;
    let tmp_meta = tmp.as_file().metadata().map_err(write_err)?;
    if (tmp_meta.uid(), tmp_meta.gid()) != (meta.uid(), meta.gid()) {
        // Owner and group first: changing them clears set-user-ID bits, set again below.
        if let Err(e) = std::os::unix::fs::fchown(tmp.as_file(), Some(meta.uid()), Some(meta.gid()))
        {
            if e.kind() != std::io::ErrorKind::PermissionDenied {
                return Err(write_err(e));
            }
            drop(tmp);
            return in_place(&mut file, InPlaceReason::Owner);
        }
    }
    tmp.write_all(new).map_err(write_err)?;
    tmp.as_file()
        .set_permissions(meta.permissions())
        .map_err(write_err)?;
    tmp.as_file().sync_all().map_err(write_err)?;
    hook(Stage::BeforeCompare)?;
    // The last moment before the rename: if someone wrote the file meanwhile, keep theirs.
    unchanged(&mut file)?;
    hook(Stage::BeforeCommit)?;
    tmp.persist(&target).map_err(|e| write_err(e.error))?;
    // A writer that wrote to the old file after that comparison, or that holds it open and
    // wrote just after the rename, wrote to a file no name points at any more: put its text
    // back, unless the new file has changed too, then keep it beside.
    if unchanged(&mut file).is_ok() {
        return Ok(Written::Replaced);
    }
    let mut theirs = Vec::new();
    file.seek(SeekFrom::Start(0)).map_err(read_err)?;
    file.read_to_end(&mut theirs).map_err(read_err)?;
    let (back_to, saved) = if std::fs::read(&target).map_err(read_err)? == new {
        (target.clone(), None)
    } else {
        let mut name = target.file_name().unwrap_or_default().to_os_string();
        name.push(".crossfoot-saved");
        let saved = target.with_file_name(name);
        (saved.clone(), Some(saved))
    };
    let mut back = tempfile::Builder::new()
        .prefix(".crossfoot-fix-")
        .tempfile_in(dir)
        .map_err(write_err)?;
    // The owner was given to the first new file, so it can be given to this one.
    let _ = std::os::unix::fs::fchown(back.as_file(), Some(meta.uid()), Some(meta.gid()));
    back.write_all(&theirs).map_err(write_err)?;
    back.as_file()
        .set_permissions(meta.permissions())
        .map_err(write_err)?;
    back.as_file().sync_all().map_err(write_err)?;
    back.persist(&back_to).map_err(|e| write_err(e.error))?;
    Err(match saved {
        None => Error::ChangedOnDisk {
            path: path.to_path_buf(),
        },
        Some(saved) => Error::ChangedTwice {
            path: path.to_path_buf(),
            saved,
        },
    })
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
        // Two amounts and no single figure to blame: the declared total is set to the sum.
        let text = "A – USD 100•\t\nB – USD 230•\t\ntOtal fundIng requIreMents fOr X – usd 977\n";
        assert!(!run(text, false).changed());
        let fixed = run(text, true);
        assert_eq!(
            fixed.text,
            "A – USD 100•\t\nB – USD 230•\t\ntOtal fundIng requIreMents fOr X – usd 330\n"
        );
        // One digit of one amount blamed (100 for 150): that amount is rewritten.
        let text = "A – USD 100•\t\ntOtal fundIng requIreMents fOr X – usd 150\n";
        assert_eq!(
            run(text, true).text,
            "A – USD 150•\t\ntOtal fundIng requIreMents fOr X – usd 150\n"
        );
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_not_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("e.txt");
        std::fs::write(&path, "edited meanwhile").expect("write");
        let err = write_file(&path, b"as read", b"fixed", None).expect_err("must refuse");
        assert!(matches!(err, Error::ChangedOnDisk { .. }), "{err:?}");
        assert_eq!(std::fs::read(&path).expect("read"), b"edited meanwhile");
        write_file(&path, b"edited meanwhile", b"fixed", None).expect("unchanged file is written");
        assert_eq!(std::fs::read(&path).expect("read"), b"fixed");
    }

    /// Choosing which fixes of a pass can go together looks at each edit's neighbours only: the
    /// old test of every edit against every edit taken took minutes for 200,000 fixes.
    #[test]
    fn choosing_fixes_is_not_quadratic() {
        use crate::diagnostic::Fix;
        use crate::source::Span;
        let n = 200_000;
        let source = Source::new("t", "x".repeat(n * 2));
        let rule = crate::rules::RULES[0];
        let diags: Vec<Diagnostic> = (0..n)
            .map(|i| {
                let at = Span::new(2 * i, 2 * i + 1);
                Diagnostic::new(rule, at, "m").with_fix(Some(Fix {
                    title: "t".into(),
                    applicability: Applicability::Safe,
                    edits: vec![
                        Edit {
                            span: Span::new(at.start, at.start),
                            replacement: "a".into(),
                        },
                        Edit {
                            span: at,
                            replacement: "y".into(),
                        },
                    ],
                }))
            })
            .collect();
        // A hang guard, far above the fraction of a second this takes even in a debug build.
        let started = std::time::Instant::now();
        let taken = candidates(&source, &diags, Applicability::Safe);
        assert_eq!(taken.len(), n);
        // The same fixes again overlap every one taken.
        let mut twice = diags.clone();
        twice.extend(diags);
        assert_eq!(candidates(&source, &twice, Applicability::Safe).len(), n);
        assert!(
            started.elapsed() < std::time::Duration::from_mins(1),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn overlapping_edits_are_found_among_their_neighbours() {
        let mut taken = Taken::default();
        taken.0.extend([(0, 0), (0, 3), (5, 5), (5, 9), (12, 12)]);
        for (edit, conflict) in [
            ((3, 3), false),
            ((3, 5), false),
            ((2, 4), true),
            ((5, 5), true),
            ((9, 12), false),
            ((8, 13), true),
            ((12, 12), true),
            ((10, 11), false),
            ((0, 0), true),
            ((13, 20), false),
        ] {
            assert_eq!(taken.conflicts(edit), conflict, "{edit:?}");
        }
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
