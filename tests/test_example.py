"""The bundled example site behaves as the README says: good pages pass, bad ones are caught."""

import json
from collections import defaultdict
from pathlib import Path

from helpers import run

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "example"


def test_example_site(monkeypatch):
    monkeypatch.chdir(EXAMPLE)
    result = run("check", "--no-cache", "--output-format", "json")
    assert result.exit_code == 1
    found = defaultdict(set)
    for p in json.loads(result.stdout):
        found[p["path"]].add(p["code"])
    # well-made pages: nothing to report
    for good in ("content/glossary/cache-key.md", "content/about.md", "static/field-notes.html"):
        assert good not in found, (good, found[good])
    assert {"T001", "T005", "E001"} <= found["content/posts/best-ci-tools.md"]
    assert {"M001", "T001", "E001", "E002"} <= found["content/posts/untitled-notes.md"]
    assert found["content/posts/cutting-ci-build-times.md"] == {"D002"}
    assert found["content/posts/faster-ci-builds.md"] == {"D002"}
    assert {"T001", "E007", "L001"} <= found["static/landing.html"]
    # listings and drafts are read, never judged
    assert "content/posts/_index.md" not in found
    assert "content/posts/upcoming-release.md" not in found
