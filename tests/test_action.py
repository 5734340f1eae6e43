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
    full = {**os.environ, **env, **_step_env(name, inputs)}
    return subprocess.run(
        ["bash", "-c", step(name)["run"]], env=full, capture_output=True, text=True, check=False
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


# ----- untrusted inputs ------------------------------------------------------------------

#: Inputs a hostile pull request (or a careless workflow) could pass: command
#: substitution, backticks, separators, quotes, globs, newlines, workflow commands.
HOSTILE = (
    "a.md $(touch {canary}/dollar) `touch {canary}/backtick` ; rm -rf {victim} &&"
    ' touch {canary}/and | tee {canary}/pipe \'single "double" *.md\n'
    "::error::injected ${{{{ github.token }}}} $HOME line2.md"
)


def _recorder(path: Path, record: Path) -> Path:
    """An executable that writes its arguments as JSON: it stands in for contentlint."""
    path.write_text(
        f"#!{sys.executable}\nimport json, sys\n"
        f"open({str(record)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n"
    )
    path.chmod(0o755)
    return path


def test_no_input_is_interpolated_into_shell_code():
    for s in ACTION["runs"]["steps"]:
        assert "${{" not in s.get("run", ""), s["name"]
        for value in s.get("env", {}).values():  # expressions only as whole env values
            if "${{" in str(value):
                assert re.fullmatch(r"\$\{\{\s*[\w.-]+\s*\}\}", str(value)), value
    referenced = {
        m.group(1)
        for s in ACTION["runs"]["steps"]
        for value in s.get("env", {}).values()
        for m in [re.fullmatch(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", str(value))]
        if m
    }
    assert referenced == set(ACTION["inputs"])


def test_hostile_inputs_run_nothing_and_arrive_intact(tmp_path, gh_env):
    canary, victim = tmp_path / "canary", tmp_path / "victim"
    canary.mkdir()
    victim.mkdir()
    (tmp_path / "x.md").touch()  # a glob that must stay a literal word
    record = tmp_path / "argv.jsonl"
    env = {**gh_env, "CONTENTLINT": str(_recorder(tmp_path / "contentlint", record))}
    hostile = HOSTILE.format(canary=canary, victim=victim)
    inputs = {
        "paths": hostile,
        "args": "--select T001 " + hostile,
        "fail-on": hostile,
        "sarif-file": hostile,
    }
    proc = subprocess.run(
        ["bash", "-c", step("Run contentlint")["run"]],
        env={**os.environ, **env, **_step_env("Run contentlint", inputs)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert list(canary.iterdir()) == [] and victim.is_dir()
    (argv,) = [json.loads(line) for line in record.read_text().splitlines()]
    words = hostile.split()  # spaces, tabs and newlines separate paths and args; nothing else
    assert argv == [
        "check", "--output-format", "github",
        "--fail-on", hostile,
        "--summary-file", gh_env["GITHUB_STEP_SUMMARY"],
        "--sarif-file", hostile,
        "--select", "T001", *words,
        *words,
    ]  # fmt: skip
    assert "*.md" in argv and "x.md" not in argv  # no glob expansion
    assert "exit-code=0" in Path(gh_env["GITHUB_OUTPUT"]).read_text()


def _step_env(name, inputs):
    """The step's environment as the runner builds it: each input's value as it is."""
    defaults = {k: v.get("default", "") for k, v in ACTION["inputs"].items()}
    values = {**defaults, **inputs}
    out = {}
    for key, expr in step(name).get("env", {}).items():
        m = re.fullmatch(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", str(expr))
        if m:
            out[key] = values[m.group(1)]
    return out


def test_install_step_rejects_a_hostile_version_and_pins_a_real_one(tmp_path, gh_env):
    canary = tmp_path / "canary"
    canary.mkdir()
    record = tmp_path / "python.jsonl"
    fake = tmp_path / "python"
    # A stand-in interpreter: `-m venv DIR` makes DIR/bin/python (itself); anything
    # else is recorded, so the test sees the pip command without installing anything.
    fake.write_text(
        f"#!{sys.executable}\nimport json, os, shutil, sys\n"
        "if sys.argv[1:3] == ['-m', 'venv']:\n"
        "    os.makedirs(os.path.join(sys.argv[3], 'bin'), exist_ok=True)\n"
        "    shutil.copy(sys.argv[0], os.path.join(sys.argv[3], 'bin', 'python'))\n"
        "else:\n"
        f"    open({str(record)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n"
    )
    fake.chmod(0o755)

    def install(version: str) -> subprocess.CompletedProcess[str]:
        env = {**gh_env, "ACTION_PATH": str(REPO), "PYTHON": str(fake)}
        return subprocess.run(
            ["bash", "-c", step("Install contentlint")["run"]],
            env={**os.environ, **env, **_step_env("Install contentlint", {"version": version})},
            capture_output=True,
            text=True,
            check=False,
        )

    for bad in (
        f"1.0; touch {canary}/semi",
        f"$(touch {canary}/dollar)",
        "1.0 --index-url http://127.0.0.1:9/simple",
        "1.0\n--pre",
    ):
        proc = install(bad)
        assert proc.returncode == 2, (bad, proc.stderr)
        assert "::error title=contentlint::the version input is not a version number" in proc.stdout
        assert bad not in proc.stdout  # not echoed: it could carry workflow commands
    assert list(canary.iterdir()) == [] and not record.exists()
    assert install("1.2.3rc1").returncode == 0
    (pip,) = [json.loads(line) for line in record.read_text().splitlines()]
    assert pip[-1] == "contentlint==1.2.3rc1" and pip[:3] == ["-m", "pip", "install"]
