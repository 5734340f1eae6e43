"""Per-rule cost of the per-document stage, single process, and a dump of rule results.

    python bench/rules_profile.py [--corpus md|html|both] [--shared ../shared]
        [--html-dir /tmp/aeb] [--dump FILE] [--codes T,M] [--repeat N]

Loads every document once (Markdown: the Rust blog posts; HTML: the 181 pages of the
article-extraction-benchmark, decompressed into `--html-dir`), then runs every
per-document rule and every `@feature` the way a worker does (same order, all rules
selected, shared metric memo), timing each one separately. Prints milliseconds per
document (over all loaded documents, whether or not the rule applied), in CPU time of
this thread by default, so other processes on a busy machine do not inflate the figures
(`--wall` for wall-clock time).

Why: the speed target of issue 3 is a budget per document; a profile of the whole run
hides which rule spends it, and rules share memoised metrics and analyses, so they are
timed in engine order (the first rule that needs a shared analysis pays for it).

`--dump FILE` writes every problem of the selected rule codes (path, code, line,
column, end, message) and the shared metric values, sorted, so a change can be checked
to leave every result identical (`diff before.txt after.txt`).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import sys
import time
from collections import defaultdict
from pathlib import Path, PurePosixPath

from contentlint.config.core import Config, Policy
from contentlint.engine.core import resolve_code
from contentlint.model import registry
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.signals import metrics
from contentlint.sources import files

REPO = Path(__file__).resolve().parent.parent
#: Metrics whose values must not change (packs may put thresholds on any of them).
DUMP_METRICS = (
    "word_count",
    "sentence_count",
    "avg_sentence_words",
    "reading_grade",
    "specifics_per_500",
    "filler_per_1000",
    "headings",
    "images",
    "internal_links",
    "external_links",
    "external_links_per_1000",
)


CLOCK = time.thread_time


def load_corpus(root: Path, pattern: str) -> tuple[list[Document], float, Policy]:
    """Every matching file under root, extracted once; returns documents, seconds, policy."""
    cfg = Config(root=root.resolve())
    policy = Policy.from_config(cfg, select=["ALL"])
    selector = files.FileSelector(cfg.root, cfg.include, cfg.exclude, cfg.respect_gitignore)
    found = [f for f in selector.discover([str(root)]).files if f.match(pattern)]
    docs: list[Document] = []
    start = CLOCK()
    for f in found:
        rel = PurePosixPath(selector.rel(f))
        docs.append(files.load(Path(f), str(f.relative_to(root)), rel, cfg.settings, resolve_code))
    return docs, CLOCK() - start, policy


def profile(
    docs: list[Document], policy: Policy, codes: tuple[str, ...]
) -> tuple[dict[str, float], dict[str, int], list[str]]:
    """Seconds spent per rule/feature over all docs, applied counts, and the dump lines."""
    spent: dict[str, float] = defaultdict(float)
    applied: dict[str, int] = defaultdict(int)
    dump: list[str] = []
    rules = [r for r in registry.all_rules() if r.scope == "document" and r.code in policy.enabled]
    feats = registry.all_features()
    clock = CLOCK
    for doc in docs:
        for r in rules:
            if "*" not in r.applies_to and not doc.readable:
                continue
            if not r.applies(doc.kind, doc.judged, doc.lang, doc.format):
                continue
            opts = policy.options_for(r, doc.path)
            t0 = clock()
            found: list[Problem] = list(r.check(doc, opts))
            spent[r.code] += clock() - t0
            applied[r.code] += 1
            if r.code.startswith(codes):
                dump.extend(
                    f"{doc.path}\t{r.code}\t{p.line}:{p.column}-{p.end_line}:{p.end_column}"
                    f"\t{p.severity}\t{p.subject!r}\t{p.message}"
                    for p in found
                )
        if doc.readable:
            for feat in feats:
                options = {
                    c: policy.options_for(rr)
                    for c in feat.used_by
                    if c in policy.enabled and (rr := registry.get_rule(c)) is not None
                }
                if not options:
                    continue
                t0 = clock()
                doc.features[feat.name] = feat.fn(doc, options)
                spent["@" + feat.name] += clock() - t0
                applied["@" + feat.name] += 1
        values = []
        for name in DUMP_METRICS:
            v = metrics.value(doc, name) if doc.readable else None
            values.append(f"{name}={v!r}")
        dump.append(f"{doc.path}\tmetrics\t" + " ".join(values))
        # Dropped as a worker drops them before sending the document on: the analyses of
        # every document kept alive would make each garbage collection walk them all, and
        # the rules that happen to run then would pay for it.
        doc.slim()
    return spent, applied, sorted(dump)


def report(
    label: str,
    docs: list[Document],
    load_s: float,
    spent: dict[str, float],
    first: dict[str, float],
    applied: dict[str, int],
    mine: tuple[str, ...],
) -> None:
    """Best-of-runs ms/doc per rule; the first run also pays one-time costs (data files,
    regex compiles), which a worker process pays once too."""
    n = len(docs)
    print(f"\n{label}: {n} documents (ms/doc: best run, first run)")
    print(f"  {'extraction (files.load)':<26} {load_s * 1000 / n:7.3f}")
    total = mine_total = mine_first = 0.0
    for key in sorted(spent, key=lambda k: -spent[k]):
        ms, ms_first = spent[key] * 1000 / n, first.get(key, 0.0) * 1000 / n
        total += ms
        own = key.startswith(mine)
        mine_total += ms if own else 0.0
        mine_first += ms_first if own else 0.0
        print(f"  {key:<26} {ms:7.3f} {ms_first:7.3f}  ({applied[key]} docs){'  *' if own else ''}")
    print(f"  {'all rules + features':<26} {total:7.3f}")
    print(f"  {'* T/M rules':<26} {mine_total:7.3f} {mine_first:7.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=("md", "html", "both"), default="both")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--html-dir", type=Path, default=Path("/tmp/aeb"))
    ap.add_argument("--dump", type=Path, help="write problems and metric values here")
    ap.add_argument("--codes", default="T,M", help="code prefixes dumped and starred")
    ap.add_argument("--repeat", type=int, default=1, help="best of N timing runs")
    ap.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    args = ap.parse_args()
    if args.wall:
        global CLOCK
        CLOCK = time.perf_counter
    codes = tuple(c.strip() for c in args.codes.split(",") if c.strip())
    import contentlint.rules  # noqa: F401  (registers the built-in rules)

    corpora = []
    if args.corpus in ("md", "both"):
        corpora.append(("Markdown (rust-blog)", args.shared / "corpora/rust-blog/content", "*.md"))
    if args.corpus in ("html", "both"):
        if not any(args.html_dir.glob("*.html")):
            args.html_dir.mkdir(parents=True, exist_ok=True)
            src = args.shared / "corpora/article-extraction-benchmark/html"
            for gz in sorted(src.glob("*.html.gz")):
                (args.html_dir / gz.name[:-3]).write_bytes(gzip.decompress(gz.read_bytes()))
        corpora.append(("HTML (article-extraction-benchmark)", args.html_dir, "*.html"))
    dump: list[str] = []
    for label, root, pattern in corpora:
        best: dict[str, float] = {}
        first: dict[str, float] = {}
        for _ in range(max(1, args.repeat)):
            docs, load_s, policy = load_corpus(root, pattern)
            # A worker holds a few documents at a time, not the whole corpus: keep the
            # loaded corpus out of the garbage collector's way, or each full collection
            # (triggered by whichever rule allocates) walks every document.
            gc.collect()
            gc.freeze()
            spent, applied, lines = profile(docs, policy, codes)
            gc.unfreeze()
            best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
            first = first or dict(spent)
        report(label, docs, load_s, best, first, applied, codes)
        dump += lines
    if args.dump:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
        print(f"\n{len(dump)} lines written to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
