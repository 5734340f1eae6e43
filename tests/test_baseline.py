import json

from helpers import run, write

THIN = "---\ntitle: Thin {n}\n---\n\nOnly a few words in post {n}.\n"


def _site(tmp_path):
    return write(tmp_path / "site", {f"p{n}.md": THIN.format(n=n) for n in range(3)})


def test_baseline_reports_only_new_problems(tmp_path):
    site = _site(tmp_path)
    bl = tmp_path / "baseline.json"
    result = run("check", str(site), "--select", "T001", "--write-baseline", str(bl))
    assert result.exit_code == 0
    assert len(json.loads(bl.read_text())["problems"]) == 3
    assert run("check", str(site), "--select", "T001", "--baseline", str(bl)).exit_code == 0
    write(site, {"new.md": THIN.format(n=9)})
    result = run("check", str(site), "--select", "T001", "--baseline", str(bl))
    assert result.exit_code == 1
    assert "new.md" in result.stdout and "p0.md" not in result.stdout


def test_edits_elsewhere_in_a_file_do_not_resurrect_problems(tmp_path):
    site = _site(tmp_path)
    bl = tmp_path / "baseline.json"
    run("check", str(site), "--select", "T001", "--write-baseline", str(bl))
    # the title moves down three lines: the problem's line changes, its identity does not
    write(
        site,
        {
            "p1.md": "---\n# a comment\nauthor: x\ndraft: false\ntitle: Thin 1\n---\n\nOnly a few words in post 1.\n"
        },
    )
    result = run("check", str(site), "--select", "T001", "--baseline", str(bl))
    assert result.exit_code == 0, result.output


def test_stale_entries_are_reported(tmp_path):
    site = _site(tmp_path)
    bl = tmp_path / "baseline.json"
    run("check", str(site), "--select", "T001", "--write-baseline", str(bl))
    (site / "p2.md").unlink()
    result = run("check", str(site), "--select", "T001", "--baseline", str(bl))
    assert result.exit_code == 0
    # p2.md is gone: not in this run's scope, so not stale; fix p1 instead
    write(site, {"p1.md": "---\ntitle: Long\n---\n\n" + "word " * 400})
    result = run("check", str(site), "--select", "T001", "--baseline", str(bl))
    assert "1 baseline entries" in result.stderr and "p1.md: T001" in result.stderr


def test_baseline_counts_repeated_identities(tmp_path):
    """Two copies of a baselined problem: a third one is new."""
    from contentlint.engine.baseline import apply
    from contentlint.engine.baseline import write as write_bl
    from contentlint.model.problem import Problem

    probs = [
        Problem("T005", "filler", path=str(tmp_path / "a.md"), subject="delve into", line=i)
        for i in (3, 9)
    ]
    bl = tmp_path / "b.json"
    write_bl(bl, probs)
    more = [
        *probs,
        Problem("T005", "filler", path=str(tmp_path / "a.md"), subject="delve into", line=20),
    ]
    assert len(apply(bl, more).problems) == 1


def test_bad_baseline_is_a_usage_error(tmp_path):
    site = _site(tmp_path)
    (tmp_path / "b.json").write_text("not json")
    result = run("check", str(site), "--baseline", str(tmp_path / "b.json"))
    assert result.exit_code == 2 and "not a contentlint baseline" in result.stderr
    result = run("check", str(site), "--baseline", str(tmp_path / "missing.json"))
    assert result.exit_code == 2 and "--write-baseline" in result.stderr
