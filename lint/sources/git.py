"""The few git facts the CLI needs (`--changed-since`), read with the git command."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


class GitError(Exception):
    pass


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise GitError("git is not installed") from exc
    if proc.returncode != 0:
        raise GitError(proc.stderr.strip() or f"git {' '.join(args)} failed")
    return proc.stdout


def toplevel(cwd: Path) -> Path:
    return Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())


def changed_since(rev: str, cwd: Path) -> set[str]:
    """Absolute paths of files added or modified since `rev`'s merge base with HEAD,
    including uncommitted and untracked files (a pull request's changes, plus local edits)."""
    top = toplevel(cwd)
    try:
        base = _git(["merge-base", rev, "HEAD"], top).strip()
    except GitError:
        base = _git(["rev-parse", "--verify", f"{rev}^{{commit}}"], top).strip()
    changed = _git(["diff", "--name-only", "--diff-filter=ACMR", "-z", base], top).split("\0")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    return {os.path.realpath(top / p) for p in (*changed, *untracked) if p}
