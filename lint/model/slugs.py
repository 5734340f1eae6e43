"""Heading anchors as each site generator makes them (issue 16).

One function per slug rule, checked against golden files made by the generators' own
code (`tests/data/slugs/`): github-slugger (GitHub, Astro/Starlight, Docusaurus,
VitePress), Hugo's `github`, `github-ascii` and `blackfriday` (`autoHeadingIDType`),
Python-Markdown's toc (MkDocs), kramdown and kramdown's GFM parser (Jekyll). `anchors`
adds each generator's suffixes for repeated headings (`-1`, `-2`; `_1`, `_2`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

GENERATORS = (
    "github-slugger",
    "hugo-github",
    "hugo-github-ascii",
    "hugo-blackfriday",
    "python-markdown-toc",
    "kramdown",
    "kramdown-gfm",
)


def _keep_slugger(ch: str) -> bool:
    if ch in " -_":  # only the plain space: tabs and no-break spaces are dropped
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "LMN" or cat == "Pc"


def github_slugger(text: str) -> str:
    """github-slugger 2: lower-case, drop punctuation and symbols, each space a hyphen."""
    return "".join(ch for ch in text.lower() if _keep_slugger(ch)).replace(" ", "-")


def hugo_github(text: str) -> str:
    """Goldmark's `github` ids: like github-slugger, whitespace runs of any kind count."""
    out = []
    for ch in text.strip().lower():
        if ch.isspace():
            out.append("-")
        elif ch == "-" or ch == "_" or unicodedata.category(ch)[0] in "LN":
            out.append(ch)
    return "".join(out)


def hugo_github_ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return "".join(ch for ch in hugo_github(folded) if ch.isascii()) or "heading"


def hugo_blackfriday(text: str) -> str:
    """Blackfriday's SanitizedAnchorName: letters and digits, any other run one hyphen."""
    out: list[str] = []
    pending = False
    for ch in text:
        if unicodedata.category(ch)[0] in "LN":
            if pending and out:
                out.append("-")
            pending = False
            out.append(ch.lower()[0])  # Go lowers rune by rune: İ is i
        else:
            pending = True
    return "".join(out)


def python_markdown(text: str) -> str:
    """Python-Markdown's toc `slugify`: ASCII only, punctuation dropped, hyphen runs."""
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def _typographic(text: str) -> str:
    """kramdown turns `---` and `--` into dashes (and `...` into an ellipsis) first."""
    return text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026")


def kramdown(text: str) -> str:
    """kramdown's `generate_id`: drop leading non-letters, keep ASCII letters, digits,
    spaces and hyphens, spaces become hyphens."""
    value = re.sub(r"^[^a-zA-Z]+", "", text)
    value = re.sub(r"[^a-zA-Z0-9 -]", "", value)
    value = value.replace(" ", "-").lower()
    return value or "section"


def kramdown_gfm(text: str) -> str:
    """kramdown-parser-gfm ids: lower-case, word characters, hyphens and spaces kept."""
    value = "".join(
        ch
        for ch in _typographic(text).lower()
        if ch in " -" or unicodedata.category(ch)[0] in "LMN" or ch == "_"
    )
    return value.replace(" ", "-")


SLUGGERS: dict[str, Callable[[str], str]] = {
    "github-slugger": github_slugger,
    "hugo-github": hugo_github,
    "hugo-github-ascii": hugo_github_ascii,
    "hugo-blackfriday": hugo_blackfriday,
    "python-markdown-toc": python_markdown,
    "kramdown": kramdown,
    "kramdown-gfm": kramdown_gfm,
}


def anchors(texts: Iterable[str], generator: str) -> list[str]:
    """Anchors of a page's headings in order, with the generator's suffixes for repeats."""
    slug = SLUGGERS[generator]
    sep = "_" if generator == "python-markdown-toc" else "-"
    # kramdown counts repeats of each id without checking what the counts collide with
    counted = generator.startswith("kramdown")
    seen: dict[str, int] = {}
    used: set[str] = set()
    out: list[str] = []
    for text in texts:
        base = slug(text)
        anchor = base
        n = seen.get(base, 0)
        if sep == "_":  # Python-Markdown's `unique`: empty ids are repeats too
            while anchor in used or not anchor:
                m = re.match(r"^(.*)_([0-9]+)$", anchor)
                anchor = f"{m.group(1)}_{int(m.group(2)) + 1}" if m else f"{anchor}_1"
        elif counted:
            anchor = f"{base}{sep}{n}" if n else base
            n += 1
        else:
            while anchor in used:
                n += 1
                anchor = f"{base}{sep}{n}"
        seen[base] = n
        used.add(anchor)
        out.append(anchor)
    return out
