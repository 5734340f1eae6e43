"""Build documents from inline text in one line, and run rules on them."""

from __future__ import annotations

import textwrap
from pathlib import Path, PurePosixPath
from typing import Any

from click.testing import CliRunner, Result
from contentlint.cli import main
from contentlint.config.core import Policy, build_config
from contentlint.engine.core import finish, resolve_code
from contentlint.model import registry
from contentlint.model.corpus import Corpus
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.settings import SourceSettings
from contentlint.sources import html as html_source
from contentlint.sources import markdown as md_source


def md(text: str, path: str = "content/post.md", **settings: Any) -> Document:
    """A Markdown document from inline text (dedented, leading newline dropped)."""
    text = textwrap.dedent(text).lstrip("\n")
    return md_source.parse(
        text, path, PurePosixPath(path), SourceSettings(**settings), resolve_code
    )


def html(text: str, path: str = "page.html", url: str | None = None, **settings: Any) -> Document:
    text = textwrap.dedent(text).lstrip("\n")
    return html_source.parse(text, path, url, SourceSettings(**settings), resolve_code)


def words(n: int, start: int = 0) -> str:
    """n distinct-looking filler words of plain prose."""
    vocab = [
        "river",
        "stone",
        "garden",
        "window",
        "pepper",
        "copper",
        "ladder",
        "candle",
        "harbor",
        "meadow",
        "violin",
        "basket",
        "lantern",
        "marble",
        "orchard",
        "pillow",
        "saddle",
        "thunder",
        "velvet",
        "walnut",
    ]
    return " ".join(
        vocab[(i + start) % len(vocab)] + ("." if (i + 1) % 12 == 0 else "") for i in range(n)
    )


def check(code: str, doc: Document, **options: Any) -> list[Problem]:
    """Run one rule on one document (or a list of documents for corpus rules)."""
    r = registry.get_rule(code)
    assert r is not None, code
    data = {"rules": {code: options}} if options else {}
    cfg = build_config(data, None)
    policy = Policy.from_config(cfg, select=[code])
    opts = policy.options_for(r, None)
    if r.scope == "corpus":
        docs = doc if isinstance(doc, list) else [doc]
        found = list(r.check(Corpus(docs), opts))
    else:
        found = list(r.check(doc, opts))
    return [finish(p, r, policy, p.path) for p in found]


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


def run(*args: str) -> Result:
    """Run the CLI in-process, as a user would from the shell."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)
