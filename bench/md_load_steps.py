"""CPU milliseconds per document of each step of loading Markdown files (`files.load`).

    python bench/md_load_steps.py DIR [--runs 3]

`bench/md_stages.py` gives load+parse as one figure; this splits it: front matter,
masking, the pulldown-cmark events and the walk into a Document, suppressions,
`finalize` (link resolution, the language guess, page kinds). Each step is wrapped with
`time.process_time` (nested steps are included in their parents' figures); the minimum
over runs is printed. The language model is loaded before timing, as the engine loads it
before its workers start.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path, PurePosixPath
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from md_stages import timed, totals


def wrap(module: ModuleType, name: str, label: str | None = None) -> None:
    """Replace `module.name` with a timed copy that adds to `totals[label]`."""
    setattr(module, name, timed(label or name, getattr(module, name)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = args.folder.resolve()
    import contentlint.rules  # noqa: F401  (registers the rules, as a worker has them)
    from contentlint.config.core import Config
    from contentlint.engine.core import resolve_code
    from contentlint.signals import kinds, language, suppress
    from contentlint.sources import base, files, frontmatter, history, markdown

    wrap(files, "read_bytes")
    wrap(files, "decode_markdown")
    wrap(markdown, "parse", "markdown.parse (all below)")
    wrap(frontmatter, "split", "front matter")
    wrap(markdown, "mask_non_prose", "masking")
    wrap(markdown, "_parse_body", "events + walk")
    wrap(markdown, "_html_block", "  of which HTML blocks")
    wrap(suppress, "parse", "suppression comments")
    wrap(markdown, "finalize", "finalize (all below)")
    wrap(base, "settle_language", "  language (all)")
    wrap(language, "detect", "    py3langid guess")
    wrap(kinds, "classify", "  page kind")
    wrap(history, "previous_version", "previous version (git)")
    cfg = Config(root=root)
    selector = files.FileSelector(cfg.root, cfg.include, cfg.exclude, cfg.respect_gitignore)
    found = list(selector.discover([str(root)]).files)
    language.warm()
    best: dict[str, float] = {}
    for _ in range(args.runs):
        totals.clear()
        gc.collect()
        start = time.process_time()
        docs = [
            files.load(
                Path(f),
                str(f.relative_to(root)),
                PurePosixPath(selector.rel(f)),
                cfg.settings,
                resolve_code,
            )
            for f in found
        ]
        totals["TOTAL files.load"] = time.process_time() - start
        del docs
        best = {k: min(v, best.get(k, v)) for k, v in totals.items()}
    n = max(1, len(found))
    print(f"{len(found)} documents; CPU ms per document, minimum of {args.runs} runs")
    for key, spent in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"{key:32} {spent * 1000 / n:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
