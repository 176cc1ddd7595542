//! Many files: 200 copies of the reference edition checked as a directory (in parallel) give
//! exactly the output of checking them one by one, in a deterministic order.

use std::path::Path;

use assert_cmd::Command;

const COPIES: usize = 200;

fn crossfoot(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("crossfoot").expect("the binary is built");
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

fn copies(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let edition = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/editions/migration-initiatives-2008.txt");
    let text = std::fs::read(edition).expect("edition");
    std::fs::create_dir(dir.path().join("editions")).expect("dir");
    for i in 0..n {
        std::fs::write(dir.path().join(format!("editions/copy-{i:03}.txt")), &text)
            .expect("write copy");
    }
    dir
}

#[test]
fn a_directory_gives_the_output_of_its_files_one_by_one() {
    let dir = copies(COPIES);
    // One format is enough here (200 runs one by one are the slow part); the others are
    // compared run against run below.
    let all = crossfoot(dir.path())
        .args(["check", "editions", "--format", "concise"])
        .output()
        .expect("runs");
    assert_eq!(all.status.code(), Some(1));
    assert!(
        all.stderr.is_empty(),
        "no progress bar when stderr is not a terminal"
    );
    let mut one_by_one = Vec::new();
    for i in 0..COPIES {
        let out = crossfoot(dir.path())
            .args([
                "check",
                &format!("editions/copy-{i:03}.txt"),
                "--format",
                "concise",
            ])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        one_by_one.extend(out.stdout);
    }
    assert_eq!(
        String::from_utf8(all.stdout).expect("UTF-8"),
        String::from_utf8(one_by_one).expect("UTF-8")
    );
}

#[test]
fn repeated_runs_give_identical_reports() {
    // Fewer copies: the point is that thread timing never shows in the output.
    let n = 24;
    let dir = copies(n);
    let run = |format: &str| {
        crossfoot(dir.path())
            .args(["check", "editions", "--format", format])
            .output()
            .expect("runs")
            .stdout
    };
    for format in ["human", "json-lines", "sarif", "junit"] {
        assert_eq!(run(format), run(format), "{format}");
    }
    let human = String::from_utf8(run("human")).expect("UTF-8");
    assert!(
        human.trim_end().ends_with(&format!("in {n} files")),
        "{}",
        human.lines().last().unwrap_or("")
    );
}
