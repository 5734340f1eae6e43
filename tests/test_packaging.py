"""The wheel carries the engine, every rule module, rule data and the JSON Schemas."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import run

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_contents(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("contentlint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    # Every module of every stage's folder (a package left out of pyproject.toml fails here).
    expected = {"contentlint/py.typed", "contentlint/rules/schemas/config.schema.json"}
    expected |= {
        "contentlint/" + p.relative_to(REPO / "lint").as_posix()
        for p in (REPO / "lint").rglob("*.py")
    }
    expected |= {
        "contentlint/rules/" + p.relative_to(REPO / "rules").as_posix()
        for p in (REPO / "rules").rglob("*.py")
    }
    expected |= {
        f"contentlint/rules/data/{p.name}" for p in (REPO / "rules" / "data").glob("*.yml")
    }
    expected |= {
        f"contentlint/rules/schemas/{p.name}" for p in (REPO / "rules" / "schemas").glob("*.json")
    }
    assert expected <= names, sorted(expected - names)
    assert not any(n.startswith(("tests/", "fixtures/", "bench/")) for n in names)
    meta = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(meta).decode()
    assert "Requires-Dist: lxml_html_clean" in text or "Requires-Dist: lxml-html-clean" in text
    assert "Requires-Dist: trafilatura" in text


def test_shipped_config_schema_is_current():
    shipped = json.loads((REPO / "rules" / "schemas" / "config.schema.json").read_text())
    current = json.loads(run("schema").stdout)
    assert shipped == current, "regenerate: contentlint schema > rules/schemas/config.schema.json"
