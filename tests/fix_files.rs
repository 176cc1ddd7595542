//! `crossfoot fix` and the file it writes, through the binary: symlinks, hard links, owner and
//! group, files the user may not write, a writer racing the fix, several files with one that
//! cannot be fixed, and fixes withheld because they would change what a figure says.
//!
//! The tests that play another user run the binary under `setpriv` as `nobody` (65534); they
//! need root to set that up, and say so and return when the tests do not run as root.

use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

fn crossfoot() -> Command {
    Command::cargo_bin("crossfoot").expect("binary")
}

/// One safe fix (a hyphen for the dash), nothing else.
const DOC: &str = "Study of labour migration - USD 400,000•\t\nTotal funding requirements for Fiji – USD 400,000\n";
const FIXED: &str = "Study of labour migration – USD 400,000•\t\nTotal funding requirements for Fiji – USD 400,000\n";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).expect("read")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_symlink_stays_a_link_and_its_target_is_fixed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = write(dir.path(), "appeal.txt", DOC);
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink("appeal.txt", &link).expect("symlink");
    crossfoot().arg("fix").arg(&link).assert().code(0);
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("lstat")
            .file_type()
            .is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(read(&target), FIXED);
    assert_eq!(read(&link), FIXED);
}

#[test]
fn a_hard_link_is_not_split() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "a.txt", DOC);
    let b = dir.path().join("b.txt");
    std::fs::hard_link(&a, &b).expect("hard link");
    let inode = std::fs::metadata(&a).expect("stat").ino();
    let out = crossfoot().arg("fix").arg(&a).assert().code(0);
    assert!(
        stderr(out.get_output()).contains("rewritten in place: it has 2 hard links"),
        "{}",
        stderr(out.get_output())
    );
    assert_eq!(read(&b), FIXED, "the other link still has the old text");
    assert_eq!(std::fs::metadata(&a).expect("stat").ino(), inode);
    assert_eq!(std::fs::metadata(&b).expect("stat").nlink(), 2);
}

fn is_root() -> bool {
    let root = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    if !root {
        eprintln!("not root: the owner tests cannot set up another user's files; skipped");
    }
    root
}

const NOBODY: u32 = 65_534;

fn chown(p: &Path, uid: u32, gid: u32) {
    std::os::unix::fs::chown(p, Some(uid), Some(gid)).expect("chown");
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// A directory `nobody` can reach and write, with a copy of the binary it may run (the build
/// directory may be out of its reach).
fn nobody_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    chmod(dir.path(), 0o777);
    let bin = dir.path().join("crossfoot");
    let built = assert_cmd::cargo::cargo_bin("crossfoot");
    // A hard link where the file system allows it: a copy being written while another test
    // thread forks can make its exec fail with "Text file busy".
    if std::fs::hard_link(&built, &bin).is_err() {
        std::fs::copy(&built, &bin).expect("copy binary");
        chmod(&bin, 0o755);
    }
    let work = dir.path().join("work");
    std::fs::create_dir(&work).expect("mkdir");
    chown(&work, NOBODY, NOBODY);
    (dir, bin)
}

fn as_nobody(bin: &Path, file: &Path) -> Output {
    let run = || {
        std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin)
            .arg("fix")
            .arg(file)
            .env_remove("HOME")
            .output()
            .expect("setpriv runs (util-linux)")
    };
    let mut out = run();
    // A copied binary may still be held open by a child another test thread forked.
    for _ in 0..20 {
        if !String::from_utf8_lossy(&out.stderr).contains("Text file busy") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        out = run();
    }
    out
}

#[test]
fn a_file_of_another_owner_keeps_its_owner_and_group() {
    if !is_root() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "theirs.txt", DOC);
    chown(&p, NOBODY, NOBODY);
    chmod(&p, 0o640);
    crossfoot().arg("fix").arg(&p).assert().code(0);
    let meta = std::fs::metadata(&p).expect("stat");
    assert_eq!((meta.uid(), meta.gid()), (NOBODY, NOBODY));
    assert_eq!(meta.permissions().mode() & 0o7777, 0o640);
    assert_eq!(read(&p), FIXED);
}

#[test]
fn a_writable_file_whose_owner_cannot_be_kept_is_rewritten_in_place() {
    if !is_root() {
        return;
    }
    let (dir, bin) = nobody_dir();
    // Owned by root, writable by all, in a directory nobody may write: a new file made by
    // nobody would belong to nobody.
    let p = write(&dir.path().join("work"), "shared.txt", DOC);
    chmod(&p, 0o666);
    let out = as_nobody(&bin, &p);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("rewritten in place: its owner or group cannot be given"),
        "{}",
        stderr(&out)
    );
    let meta = std::fs::metadata(&p).expect("stat");
    assert_eq!((meta.uid(), meta.gid()), (0, 0));
    assert_eq!(meta.permissions().mode() & 0o7777, 0o666);
    assert_eq!(read(&p), FIXED);
}

#[test]
fn a_file_its_user_may_not_write_is_refused_even_in_a_writable_directory() {
    if !is_root() {
        return;
    }
    let (dir, bin) = nobody_dir();
    let p = write(&dir.path().join("work"), "roots.txt", DOC);
    chmod(&p, 0o644);
    let out = as_nobody(&bin, &p);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("may not be written by this user"),
        "{}",
        stderr(&out)
    );
    assert_eq!(read(&p), DOC);
    assert_eq!(std::fs::metadata(&p).expect("stat").uid(), 0);
}

#[test]
fn a_file_with_no_write_bit_is_refused_even_for_root() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "ro.txt", DOC);
    chmod(&p, 0o444);
    let out = crossfoot().arg("fix").arg(&p).assert().code(2);
    assert!(stderr(out.get_output()).contains("read-only"));
    assert_eq!(read(&p), DOC);
}

/// Runs `fix` on `p` with a concurrent writer appending "appended meanwhile" at `stage`.
fn fix_raced(p: &Path, stage: &str) -> Output {
    crossfoot()
        .arg("fix")
        .arg(p)
        .env(
            format!("CROSSFOOT_TEST_APPEND_{stage}"),
            "appended meanwhile\n",
        )
        .output()
        .expect("runs")
}

#[test]
fn a_write_just_before_the_last_comparison_survives_and_the_fix_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "raced.txt", DOC);
    let out = fix_raced(&p, "BEFORE_COMPARE");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("changed on disk"), "{}", stderr(&out));
    assert_eq!(read(&p), format!("{DOC}appended meanwhile\n"));
}

/// After the last comparison, just before the rename: the write reaches the old file, which the
/// rename then unlinks; `fix` finds it there afterwards and puts it back.
#[test]
fn a_write_just_before_the_rename_survives_and_the_fix_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "raced.txt", DOC);
    let out = fix_raced(&p, "BEFORE_COMMIT");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("changed on disk"), "{}", stderr(&out));
    assert_eq!(read(&p), format!("{DOC}appended meanwhile\n"));
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("ls")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(left, ["raced.txt"], "temporary files left behind");
}

#[test]
fn a_write_just_before_an_in_place_rewrite_survives_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "raced.txt", DOC);
    std::fs::hard_link(&p, dir.path().join("other.txt")).expect("hard link");
    let out = fix_raced(&p, "BEFORE_COMPARE");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(read(&p), format!("{DOC}appended meanwhile\n"));
}

#[test]
fn one_file_that_cannot_be_fixed_does_not_stop_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "a.txt", DOC);
    let b = write(dir.path(), "b.txt", DOC);
    let c = write(dir.path(), "c.txt", DOC);
    chmod(&b, 0o444);
    let out = crossfoot().arg("fix").args([&a, &b, &c]).assert().code(2);
    let err = stderr(out.get_output());
    assert_eq!(read(&a), FIXED);
    assert_eq!(read(&b), DOC);
    assert_eq!(read(&c), FIXED);
    assert!(err.contains("b.txt is read-only"), "{err}");
    assert!(
        err.contains("fixed 2 finding(s) in 2 file(s); 1 file(s) could not be fixed"),
        "{err}"
    );
}

#[test]
fn a_safe_fix_that_would_change_a_figure_is_withheld_and_said() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Deleting ";" would let the next pass close the gap: USD 200,333,000.
    let text = "Project A – USD 200; 333,000•\nTotal funding requirements for Fiji – USD 200\n";
    let p = write(dir.path(), "joined.txt", text);
    let out = crossfoot().arg("fix").arg(&p).assert().code(0);
    let err = stderr(out.get_output());
    assert_eq!(read(&p), text);
    assert!(
        err.contains("joined.txt:1: fix withheld [amount-punctuation]")
            && err.contains("(200) would be read as the item \"Project A\" (200,333,000)"),
        "{err}"
    );
    assert!(err.contains("1 fix(es) withheld"), "{err}");
}

#[test]
fn a_safe_fix_that_would_rename_a_section_is_withheld() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "Project A – USD 80,000•\nTotal funding requirement Fiji u*sd 80,000\n";
    let p = write(dir.path(), "renamed.txt", text);
    let out = crossfoot().arg("fix").arg(&p).assert().code(0);
    let err = stderr(out.get_output());
    assert!(err.contains("fix withheld [malformed-total]"), "{err}");
    // What was applied kept the section's name and figures.
    let before = crossfoot()
        .args(["report", "--format", "csv"])
        .arg(write(dir.path(), "orig.txt", text))
        .output()
        .expect("report");
    let after = crossfoot()
        .args(["report", "--format", "csv"])
        .arg(&p)
        .output()
        .expect("report");
    let csv = |o: &Output| String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(csv(&before).lines().count(), 2, "{}", csv(&before));
    assert_eq!(csv(&before), csv(&after));
}
