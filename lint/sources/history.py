"""The previous version of a file in git, for telling real updates from date bumping.

For a Markdown file whose front matter has a date, the source records
`doc.extra["previous_version"]` (see `contentlint.signals.datefacts`): the previous committed
version's date fields and how many words of the text changed since. "Previous" is the
committed version when the file has uncommitted changes (what a pre-commit hook
sees), else the version before the file's last commit (what CI sees after a merge).

This is I/O, so it happens here in the source layer, never in a rule. It costs a
few git calls per dated file, and nothing outside a git work tree.
"""

from __future__ import annotations

import difflib
import os
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Any

from contentlint.signals.datefacts import DATE_KEYS
from contentlint.sources import frontmatter


def _git(args: list[str], cwd: str) -> str | None:
    try:
        proc = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            check=False,
            timeout=20,
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", errors="replace")


@lru_cache(maxsize=256)
def _toplevel(directory: str) -> str | None:
    out = _git(["rev-parse", "--show-toplevel"], directory)
    return out.strip() if out else None


def previous_version(path: Path, text: str, data: dict[str, Any]) -> dict[str, Any] | None:
    """The previous committed version's dates and the words changed since, or None."""
    if not any(k in data for k in DATE_KEYS):
        return None
    directory = str(path.resolve().parent)
    top = _toplevel(directory)
    if top is None:
        return None
    rel = Path(os.path.relpath(path.resolve(), top)).as_posix()
    committed = _git(["show", f"HEAD:{rel}"], top)
    if committed is None:
        return None  # new or untracked: there is no previous version
    committed = committed.replace("\r\n", "\n")
    if committed.strip() != text.strip():
        return _compare(committed, text, "the last commit")
    revs = (_git(["log", "-n", "2", "--format=%H", "--", rel], top) or "").split()
    if len(revs) < 2:
        return None
    older = _git(["show", f"{revs[1]}:{rel}"], top)
    if older is None:
        return None  # renamed since: no comparable version
    return _compare(older.replace("\r\n", "\n"), text, f"commit {revs[1][:7]}")


def _compare(old_text: str, new_text: str, ref: str) -> dict[str, Any] | None:
    try:
        old = frontmatter.split(old_text)
        new = frontmatter.split(new_text)
    except frontmatter.FrontMatterError:
        return None
    dates = {k: str(old.data[k]) for k in DATE_KEYS if k in old.data}
    a, b = old.body.split(), new.body.split()
    return {"ref": ref, "dates": dates, "changed_words": changed_words(a, b), "words": len(b)}


def changed_words(old: list[str], new: list[str]) -> int:
    """Words added, removed or replaced between two versions of a text (difflib's
    matching blocks; its junk heuristic only for long texts, where it pays)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=len(old) > 2000)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return max(len(old), len(new)) - same
