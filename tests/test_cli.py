import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from helpers import run, words, write

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

# A real, well-made article: every rule should pass it.
GOOD = (
    Path(__file__).parent.parent / "fixtures/example/content/posts/cutting-ci-build-times.md"
).read_text()
THIN = "---\ntitle: Thin post\n---\n\nOnly a few words here.\n"


@pytest.fixture
def site(tmp_path):
    return write(tmp_path / "site", {"good.md": GOOD, "thin.md": THIN})


def test_text_output_and_exit_1(site):
    result = run("check", str(site), "--select", "T001,M001")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith("thin.md:2:1: T001 [error] only 5 words of main text (minimum 300)")
    assert lines[-1] == "Found 1 problem (1 error) in 1 of 2 documents."


def test_clean_run_exits_0(site):
    result = run("check", str(site / "good.md"))
    assert result.exit_code == 0, result.output
    assert "All checks passed" in result.stdout


def test_fail_on_and_exit_zero(site):
    write(site, {"thin.md": "---\ntitle: Thin post\n---\n\n" + words(150) + "\n"})  # warning only
    assert run("check", str(site), "--select", "T001").exit_code == 0
    assert run("check", str(site), "--select", "T001", "--fail-on", "warning").exit_code == 1
    assert (
        run("check", str(site), "--select", "T001", "--fail-on", "warning", "--exit-zero").exit_code
        == 0
    )


def test_json_output_fields(site):
    result = run("check", str(site), "--select", "T001", "--output-format", "json")
    data = json.loads(result.stdout)
    assert len(data) == 1
    item = data[0]
    assert {
        "code",
        "rule",
        "severity",
        "message",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "related",
        "kind",
    } <= set(item)
    assert (item["code"], item["rule"], item["severity"], item["line"], item["kind"]) == (
        "T001",
        "low-word-count",
        "error",
        2,
        "article",
    )
    assert item["related"] == []


def test_json_and_sarif_show_each_findings_page_kind(tmp_path):
    release = "---\ntitle: Acme 2.1.0 released\n---\n\n" + words(40) + "\n\n- [broken](nope.md)\n"
    write(tmp_path, {"releases/acme-2-1-0.md": release, "post.md": "# Post\n\n" + words(50)})
    args = ("check", str(tmp_path), "--select", "T001,L001", "--no-cache")
    data = json.loads(run(*args, "--output-format", "json").stdout)
    assert {(p["code"], p["kind"]) for p in data} == {("T001", "article"), ("L001", "release-note")}
    sarif = json.loads(run(*args, "--output-format", "sarif").stdout)
    kinds = {r["ruleId"]: r["properties"]["pageKind"] for r in sarif["runs"][0]["results"]}
    assert kinds == {"T001": "article", "L001": "release-note"}


def test_sarif_output_is_valid_sarif_2_1_0(site, tmp_path):
    out = tmp_path / "report.sarif"
    result = run(
        "check", str(site), "--select", "T001", "--output-format", "sarif", "--output", str(out)
    )
    assert result.exit_code == 1
    sarif = json.loads(out.read_text())
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    run_ = sarif["runs"][0]
    assert run_["tool"]["driver"]["name"] == "contentlint"
    ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    res = run_["results"][0]
    assert res["ruleId"] in ids and ids[res["ruleIndex"]] == res["ruleId"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("thin.md")
    assert not res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("/")
    assert len(res["partialFingerprints"]["contentlint/v1"]) == 32


def test_github_annotations(site):
    result = run("check", str(site), "--select", "T001", "--output-format", "github")
    line = result.stdout.strip()
    assert line.startswith("::error file=")
    assert "line=2,col=1" in line
    assert "title=T001 low-word-count::only 5 words" in line


def test_statistics(site):
    # The severity shown is the one problems were reported at: T001 (a warning rule)
    # escalates a page far below its minimum to an error.
    result = run("check", str(site), "--statistics")
    assert "\tT001\tlow-word-count\t[error]" in result.stdout
    write(site, {"short.md": "---\ntitle: Short but not empty\n---\n\n" + words(150) + "\n"})
    result = run("check", str(site), "--statistics")
    assert "2\tT001\tlow-word-count\t[error 1, warning 1]" in result.stdout


def test_unknown_selector_is_a_usage_error(site):
    result = run("check", str(site), "--select", "Q123")
    assert result.exit_code == 2
    assert "unknown rule selector 'Q123' (see `contentlint rules`)" in result.stderr
    result = run("check", str(site), "--ignore", "low-word-cont")
    assert result.exit_code == 2
    assert "unknown rule selector 'low-word-cont' (did you mean 'low-word-count'?)" in (
        result.stderr
    )


def test_bad_files_never_abort_the_run(tmp_path):
    site = write(
        tmp_path / "site",
        {
            "good.md": GOOD,
            "image.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
            "latin1.md": "---\ntitle: Caf\xe9\n---\n".encode("latin-1"),
            "broken.md": "---\ntitle: [unclosed\nauthor: x\n---\n\nBody\n",
            "thin.md": THIN,
        },
    )
    result = run("check", str(site), "--output-format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    got = {(Path(p["path"]).name, p["code"]) for p in data}
    assert ("image.md", "F001") in got
    assert ("latin1.md", "F001") in got
    assert ("broken.md", "F002") in got
    assert ("thin.md", "T001") in got  # the rest is still linted
    broken = next(p for p in data if p["code"] == "F002")
    assert broken["line"] == 2 and "invalid YAML" in broken["message"]
    latin = next(p for p in data if p["path"].endswith("latin1.md"))
    assert "not valid UTF-8" in latin["message"] and latin["line"] == 2
    # broken files are not also judged as articles
    assert not any(
        p["path"].endswith(("image.md", "broken.md")) and p["code"] not in ("F001", "F002")
        for p in data
    )


def test_oversized_file_is_reported_not_read(tmp_path):
    site = write(
        tmp_path / "site",
        {".contentlint.yml": "max-file-size: 2048\n", "big.md": "# Big\n\n" + words(2000)},
    )
    result = run(
        "check", str(site), "--config", str(site / ".contentlint.yml"), "--output-format", "json"
    )
    data = json.loads(result.stdout)
    assert data[0]["code"] == "F001" and "over the" in data[0]["message"]


def test_discovery_honours_gitignore_include_exclude(tmp_path):
    site = write(
        tmp_path / "site",
        {
            ".gitignore": "public/\n*.draft.md\n",
            ".contentlint.yml": "extend-exclude: ['vendor/']\n",
            "content/a.md": THIN,
            "content/b.draft.md": THIN,
            "public/index.html": "<html><body><p>x</p></body></html>",
            "vendor/c.md": THIN,
            "README.md": THIN,
            "notes.txt": "not content",
            "node_modules/x/readme.md": THIN,
        },
    )
    (site / ".git").mkdir()
    result = run(
        "check",
        str(site),
        "--config",
        str(site / ".contentlint.yml"),
        "--output-format",
        "json",
        "--select",
        "T001",
    )
    paths = sorted(
        Path(p["path"]).resolve().relative_to(site).as_posix() for p in json.loads(result.stdout)
    )
    assert paths == ["content/a.md"]


def test_missing_path_warns(tmp_path):
    result = run("check", str(tmp_path / "nope"))
    assert "no such file or directory" in result.stderr


def test_drafts_and_listings_are_read_but_not_judged(tmp_path):
    site = write(
        tmp_path,
        {
            "content/posts/_index.md": "---\ntitle: Posts\n---\nAll posts.\n",
            "content/posts/wip.md": "---\ntitle: WIP\ndraft: true\n---\nTodo.\n",
        },
    )
    assert run("check", str(site), "--select", "T001").exit_code == 0
    result = run("check", str(site), "--select", "T001", "--include-drafts")
    assert result.exit_code == 1 and "wip.md" in result.stdout


def test_rules_and_rule_commands():
    listing = run("rules").stdout
    assert re.search(r"^T001 +low-word-count +warning", listing, re.M)
    doc = run("rule", "T001").stdout
    assert doc.startswith("T001 low-word-count")
    assert "Why:" in doc and "min_words" in doc
    assert run("rule", "low-word-count").stdout == doc
    assert run("rule", "NOPE").exit_code == 2


def test_parallel_matches_serial(tmp_path):
    files = {f"p{i}.md": (THIN if i % 3 else GOOD) for i in range(24)}
    site = write(tmp_path / "site", files)
    serial = run(
        "check", str(site), "-j", "1", "--select", "T001,M001", "--output-format", "json"
    ).stdout
    parallel = run(
        "check", str(site), "-j", "2", "--select", "T001,M001", "--output-format", "json"
    ).stdout
    assert serial == parallel and len(json.loads(serial)) == 16


def test_console_script_runs_as_a_process(site):
    proc = subprocess.run(
        [sys.executable, "-m", "contentlint.cli", "check", str(site), "--select", "T001"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "T001" in proc.stdout


def test_console_script_leaves_a_closed_cache(site, tmp_path, monkeypatch):
    """The process exits with its objects frozen (`contentlint.cli.run`): the cache is
    closed before that, so its WAL files are gone and the next run reads every entry."""
    monkeypatch.delenv("CONTENTLINT_NO_CACHE")
    cache = tmp_path / "cache"
    cmd = [sys.executable, "-m", "contentlint.cli", "check", str(site), "--cache-dir", str(cache)]
    first = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert first.returncode == 1 and "T001" in first.stdout
    names = {p.name for p in cache.iterdir()}
    assert "cache.sqlite" in names and not names & {"cache.sqlite-wal", "cache.sqlite-shm"}
    again = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert again.stdout == first.stdout


def test_split_file_lists_give_the_same_problems(tmp_path):
    """pre-commit may split a long file list over several calls: the union is the same."""
    site = write(
        tmp_path / "site",
        {
            ".contentlint.yml": "",
            **{f"p{i}.md": THIN.replace("Thin post", f"Thin {i}") for i in range(6)},
        },
    )
    files = sorted(str(p) for p in site.glob("*.md"))

    def problems(*paths):
        out = run("check", *paths, "--select", "T001,M001", "--output-format", "json").stdout
        return {(p["path"], p["code"]) for p in json.loads(out)}

    assert problems(*files[:3]) | problems(*files[3:]) == problems(*files)


def test_ctrl_c_exits_2_not_1(tmp_path, monkeypatch):
    """Exit 1 means "problems found"; a run cut short found nothing for sure."""
    from contentlint.engine.core import Engine

    site = write(tmp_path, {"a.md": "---\ntitle: A\n---\n\nShort.\n"})

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Engine, "lint_paths", interrupted)
    result = run("check", str(site), "--no-cache")
    assert result.exit_code == 2
    assert "contentlint: error: interrupted" in result.stderr

    # ... and while printing the report, after linting.
    import contentlint.cli.commands as cli

    monkeypatch.undo()
    monkeypatch.setattr(cli, "emit", interrupted)
    result = run("check", str(site), "--no-cache")
    assert result.exit_code == 2
    assert "contentlint: error: interrupted" in result.stderr


def test_jsonl_is_the_json_problems_one_per_line(fixtures, monkeypatch):
    monkeypatch.chdir(fixtures / "example")
    whole = json.loads(run("check", "--output-format", "json", ".").output)
    lines = run("check", "--output-format", "jsonl", ".").output.splitlines()
    # Streamed: per-document lines in the order documents finish (README), same lines.
    key = lambda p: json.dumps(p, sort_keys=True)  # noqa: E731
    assert sorted(map(json.loads, lines), key=key) == sorted(whole, key=key)
    assert len(lines) == len(whole)


def test_jsonl_record_stays_one_line_with_unicode_line_separators(tmp_path, monkeypatch):
    """NEL and U+2028 in a file name or title are line ends to `splitlines()`."""
    monkeypatch.chdir(tmp_path)
    name = "caf\x85e\u2028x.md"
    (tmp_path / name).write_text("---\ntitle: A\u2029B\n---\n\nShort.\n", encoding="utf-8")
    out = run("check", "--no-cache", "--output-format", "jsonl", ".").output
    records = [json.loads(line) for line in out.splitlines()]
    assert records and all(r["path"] == name for r in records)


def test_records_parquet_reads_back_one_row_per_document(fixtures, monkeypatch, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.chdir(fixtures / "example")
    report = json.loads(run("check", "--output-format", "report-json", ".").output)
    out = tmp_path / "records.parquet"
    run("check", "-q", "--records-parquet", str(out), ".")
    table = pq.read_table(out).to_pylist()
    assert [r["path"] for r in table] == [d["path"] for d in report["documents"]]
    assert [r["overall"] for r in table] == [
        (d["scores"] or {}).get("overall") for d in report["documents"]
    ]
    assert table[0]["codes"] == sorted({p["code"] for p in report["documents"][0]["problems"]})
