"""CPU cost per document of the language and translation signals (issue 16).

    python bench/lang_cost.py DIR [DIR ...]

Reads every Markdown and HTML file under each DIR with contentlint's sources (from inside
DIR, as `contentlint check` would), then times `sources.base.settle_language` again on
each parsed document: language detection, locale, translation key and the generator's
i18n config lookup. CPU time (user+sys, `resource.getrusage`), not wall time. Prints
ms per document next to the parse time per document, and the model's load time.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path, PurePosixPath


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    from contentlint.engine.core import resolve_code
    from contentlint.model.settings import SourceSettings
    from contentlint.signals import language
    from contentlint.sources import base
    from contentlint.sources import html as html_source
    from contentlint.sources import markdown as md_source

    t0 = _cpu()
    language.warm()
    print(f"model load: {_cpu() - t0:.2f} s CPU")
    settings = SourceSettings()
    for folder in sys.argv[1:]:
        here = os.getcwd()
        os.chdir(folder)
        docs = []
        parse = 0.0
        for path in sorted(Path(".").rglob("*")):
            if path.suffix not in (".md", ".markdown", ".mdx", ".html", ".htm"):
                continue
            text = path.read_text("utf-8", errors="replace")
            rel = path.as_posix()
            t0 = _cpu()
            if path.suffix in (".html", ".htm"):
                doc = html_source.parse(text, rel, None, settings, resolve_code)
                declared = doc.meta.get("og:locale")
            else:
                doc = md_source.parse(text, rel, PurePosixPath(rel), settings, resolve_code)
                declared = next(
                    (str(doc.front_matter[k]) for k in ("lang", "language", "locale")
                     if isinstance(doc.front_matter.get(k), str)),
                    None,
                )  # fmt: skip
            parse += _cpu() - t0
            docs.append((doc, declared))
        t0 = _cpu()
        for doc, declared in docs:
            base.settle_language(doc, settings, declared)
        cost = _cpu() - t0
        os.chdir(here)
        n = max(1, len(docs))
        langs: dict[str, int] = {}
        for doc, _ in docs:
            langs[doc.lang] = langs.get(doc.lang, 0) + 1
        top = dict(sorted(langs.items(), key=lambda kv: -kv[1])[:6])
        print(
            f"{folder}: {len(docs)} docs, parse {1000 * parse / n:.2f} ms/doc, language and "
            f"translation signals {1000 * cost / n:.3f} ms/doc; languages {top}"
        )


if __name__ == "__main__":
    main()
