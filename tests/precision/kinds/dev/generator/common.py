"""Shared helpers for the hand-written page-kinds dev set.

Every document is written through `doc()`, which also records its label, so a file and
its label cannot drift apart. Non-document site files go through `site_file()`.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

DEV = Path(__file__).resolve().parents[1]          # tests/precision/kinds/dev
SITES = DEV / "sites"

LABELS: dict[str, dict] = {}
SITE_FILES: list[str] = []

KINDS = ("article", "release-note", "reference", "listing", "landing", "legal")
GENERATORS = ("hugo", "starlight", "docusaurus", "mkdocs", "jekyll", "plain")

# Codes that a correct linter must not report on a page of this kind, whatever the page
# says (the issue: content rules judge articles; docs, release notes and listings are
# short, undated and unsigned by design).
KIND_MUST_NOT = {
    "reference": ["T001", "E001", "E002", "E004", "D007"],
    "release-note": ["T001", "D007", "E004"],
    "listing": ["T001", "T003", "T004", "T005", "E001", "E002", "E004", "D002", "D003", "D007", "K002"],
    "landing": ["T001", "T003", "E001", "E002", "E004"],
    "legal": ["T001", "T004", "E001", "E004", "E005", "K002", "D007"],
    "article": [],
}
# A page and its own translation are never duplicates, copies or competitors.
TRANSLATION_MUST_NOT = ["D001", "D002", "D003", "D004", "D005", "D006", "K001", "K002", "K003"]


def dedent(text: str) -> str:
    text = textwrap.dedent(text)
    if text.startswith("\n"):
        text = text[1:]
    return text


def doc(path: str, text: str, *, site: str, gen: str, lang: str, kind: str,
        tr: str | None = None, paired: bool = False, should=(), mustnot=(), drop=(),
        notes: str = "", raw: bool = False) -> None:
    """Write sites/<site>/<path> and record its label.

    tr: the original's path (relative to the site folder) when this page is a translation.
    paired: the page is the original of a translation (translation must-nots apply too).
    drop: codes to take out of the kind's default must-nots for this page.
    """
    assert kind in KINDS, kind
    assert gen in GENERATORS, gen
    rel = f"sites/{site}/{path}"
    assert rel not in LABELS, f"two labels for {rel}"
    out = SITES / site / path
    out.parent.mkdir(parents=True, exist_ok=True)
    text = text if raw else dedent(text)
    from extra_text import EXTRA
    if rel in EXTRA:
        if path.endswith(".html"):
            assert "    </article>" in text
            text = text.replace("    </article>", EXTRA[rel] + "    </article>", 1)
        else:
            text = text.rstrip("\n") + "\n" + EXTRA[rel]
    notes = re.sub(r"\s*About \d+ words\.?", "", notes).strip()
    out.write_text(text, encoding="utf-8")
    must = [c for c in KIND_MUST_NOT[kind] if c not in drop]
    if tr or paired:
        must += [c for c in TRANSLATION_MUST_NOT if c not in drop]
    must += list(mustnot)
    should = list(dict.fromkeys(should))
    must = [c for c in dict.fromkeys(must) if c not in should]
    LABELS[rel] = {
        "site": site,
        "generator": gen,
        "lang": lang,
        "kind": kind,
        "translation_of": f"sites/{site}/{tr}" if tr else None,
        "should_fire": should,
        "must_not_fire": must,
        "notes": notes,
    }


def site_file(site: str, path: str, text: str) -> None:
    rel = f"sites/{site}/{path}"
    out = SITES / site / path
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dedent(text), encoding="utf-8")
    SITE_FILES.append(rel)
