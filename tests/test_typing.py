"""mypy --strict over the package as Python imports it (the gate for "type hints throughout").

The import package `contentlint` is spread over `lint/` and `rules/` (`contentlint.rules`),
a layout mypy cannot map from the source tree, and an editable install hides it behind an
import hook mypy does not follow. So the test builds the package as a tree of symlinks in
a temporary folder and checks that, with the project's own mypy settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytest.importorskip("mypy", reason="mypy is in the test extra; install '.[test]'")


def package_tree(root: Path) -> Path:
    """`root/contentlint` laid out as Python sees it: lint/* plus rules/ as `rules`."""
    pkg = root / "contentlint"
    pkg.mkdir()
    for entry in (REPO / "lint").iterdir():
        if entry.name != "__pycache__":
            (pkg / entry.name).symlink_to(entry)
    (pkg / "rules").symlink_to(REPO / "rules")
    return root


@pytest.mark.skipif(os.name == "nt", reason="needs symlinks")
def test_mypy_strict_is_clean(tmp_path: Path) -> None:
    root = package_tree(tmp_path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(REPO / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "-p",
            "contentlint",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
