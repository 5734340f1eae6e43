import json
import subprocess

import pytest
from helpers import run, write

THIN = "---\ntitle: Thin {n}\n---\n\nOnly a few words in post {n}.\n"


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    write(tmp_path, {f"content/old{n}.md": THIN.format(n=n) for n in range(3)})
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "-c", "user.email=a@b", "-c", "user.name=a", "add", ".")
    git(tmp_path, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "base")
    git(tmp_path, "checkout", "-qb", "feature")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_changed_since_reports_only_changed_files(repo):
    write(repo, {"content/new.md": THIN.format(n=7), "content/old1.md": THIN.format(n=11)})
    git(repo, "add", "content/old1.md")
    result = run(
        "check", "content", "--select", "T001", "--changed-since", "main", "--output-format", "json"
    )
    paths = sorted(p["path"] for p in json.loads(result.stdout))
    assert paths == ["content/new.md", "content/old1.md"]


def test_changed_since_bad_revision(repo):
    result = run("check", "content", "--changed-since", "no-such-branch")
    assert result.exit_code == 2 and "--changed-since no-such-branch" in result.stderr


def test_sarif_uris_are_repository_relative(repo, monkeypatch):
    monkeypatch.chdir(repo / "content")
    result = run("check", ".", "--select", "T001", "--output-format", "sarif")
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(result.stdout)["runs"][0]["results"]
    }
    assert uris == {f"content/old{n}.md" for n in range(3)}


def test_changed_since_scores_the_changed_documents_against_the_whole_corpus(repo):
    # A near-copy of an unchanged post: its duplication score comes from the corpus.
    write(repo, {"content/new.md": THIN.format(n=0)})
    full = json.loads(run("check", "content", "--output-format", "report-json").stdout)
    changed = json.loads(
        run("check", "content", "--changed-since", "main", "--output-format", "report-json").stdout
    )
    assert [d["path"] for d in changed["documents"]] == ["content/new.md"]
    (mine,) = changed["documents"]
    (same,) = [d for d in full["documents"] if d["path"] == "content/new.md"]
    assert mine["scores"] == same["scores"] and mine["scores"]["duplication"] < 100
