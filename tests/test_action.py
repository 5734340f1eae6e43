"""The GitHub Action's own scripts, run with a simulated Actions environment."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from helpers import write

REPO = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((REPO / "action.yml").read_text())
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
THIN = "---\ntitle: Thin {n}\n---\n\nOnly a few words in post {n}.\n"


def step(name):
    return next(s for s in ACTION["runs"]["steps"] if s.get("name") == name)


def run_step(name, inputs, env):
    s = step(name)
    defaults = {k: v.get("default", "") for k, v in ACTION["inputs"].items()}
    values = {**defaults, **inputs}
    step_env = {}
    for key, expr in s.get("env", {}).items():
        m = re.fullmatch(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", str(expr))
        if m:
            step_env[key] = values[m.group(1)]
    full = {**os.environ, **env, **step_env}
    return subprocess.run(
        ["bash", "-c", s["run"]], env=full, capture_output=True, text=True, check=False
    )


@pytest.fixture
def gh_env(tmp_path):
    summary = tmp_path / "summary.md"
    output = tmp_path / "output.txt"
    summary.touch()
    output.touch()
    return {
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(output),
        "RUNNER_TEMP": str(tmp_path / "runner"),
        "CONTENTLINT": shutil.which("contentlint") or f"{sys.prefix}/bin/contentlint",
    }


def test_run_step_writes_annotations_summary_and_sarif(tmp_path, gh_env):
    site = write(tmp_path / "site", {f"p{n}.md": THIN.format(n=n) for n in range(12)})
    sarif = tmp_path / "out.sarif"
    proc = run_step(
        "Run contentlint",
        {"paths": str(site), "args": "--select T001,M001", "sarif-file": str(sarif)},
        gh_env,
    )
    assert proc.returncode == 1, proc.stderr
    annotations = [ln for ln in proc.stdout.splitlines() if ln.startswith("::error ")]
    assert len(annotations) == 12
    assert "title=T001 low-word-count::only" in annotations[0]
    summary = Path(gh_env["GITHUB_STEP_SUMMARY"]).read_text()
    assert "## contentlint" in summary
    assert "| `T001` | low-word-count | warning | 12 |" in summary
    assert "All 12 problems" in summary  # the full list, beyond GitHub's 10-annotation cap
    data = json.loads(sarif.read_text())
    jsonschema.validate(data, SARIF_SCHEMA)
    assert len(data["runs"][0]["results"]) == 12
    assert "exit-code=1" in Path(gh_env["GITHUB_OUTPUT"]).read_text()


def test_run_step_fail_on(tmp_path, gh_env):
    site = write(tmp_path / "site", {"p.md": "---\ntitle: T\n---\n\n" + "word " * 150})
    ok = run_step("Run contentlint", {"paths": str(site), "args": "--select T001"}, gh_env)
    assert ok.returncode == 0 and ok.stdout.startswith("::warning ")
    strict = run_step(
        "Run contentlint",
        {"paths": str(site), "args": "--select T001", "fail-on": "warning"},
        gh_env,
    )
    assert strict.returncode == 1


@pytest.mark.slow
def test_install_step_installs_the_action_source(tmp_path, gh_env):
    env = {**gh_env, "ACTION_PATH": str(REPO), "PYTHON": sys.executable, "PIP_NO_DEPS": "1"}
    s = step("Install contentlint")
    proc = subprocess.run(
        ["bash", "-c", s["run"]],
        env={**os.environ, **env, "INPUT_VERSION": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    pip = Path(env["RUNNER_TEMP"]) / "contentlint-venv" / "bin" / "pip"
    shown = subprocess.run(
        [str(pip), "show", "contentlint"], capture_output=True, text=True, check=True
    )
    assert "Name: contentlint" in shown.stdout


def test_readme_workflow_is_valid_and_uses_every_input():
    readme = (REPO / "README.md").read_text()
    block = re.search(r"```yaml\n(name: [^\n]+\n.*?)```", readme, re.DOTALL)
    assert block, "README has no workflow example"
    workflow = yaml.safe_load(block.group(1))
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    ours = [
        s for s in steps if "contentlint" in str(s.get("uses", "")) and "codeql" not in s["uses"]
    ]
    assert len(ours) == 1
    used = set(ours[0].get("with", {}))
    assert used <= set(ACTION["inputs"]), used - set(ACTION["inputs"])
    assert used == set(ACTION["inputs"]), set(ACTION["inputs"]) - used
    upload = [s for s in steps if "upload-sarif" in str(s.get("uses", ""))]
    assert upload and upload[0]["with"]["sarif_file"] == ours[0]["with"]["sarif-file"]
