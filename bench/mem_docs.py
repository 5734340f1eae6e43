"""Memory the parent holds for the cross-document stage, per document: resident and live.

    python bench/mem_docs.py --docs 20000            # pages generated once, kept in /tmp
    python bench/mem_docs.py --docs 20000 --no-trim  # without giving freed heap back

Builds the synthetic site's documents as `bench/crossdoc.py` does (features in worker
processes, blocks no corpus rule reads dropped), then prints resident memory before and
after the documents, the bytes the documents hold live (a walk of their objects), the
gap between the two (heap freed but not returned to the system), and the peak during
the cross-document stage. The gap is what `engine.release_memory` returns; `--no-trim`
measures without it.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crossdoc
import synth


def deep_size(obj: object, seen: set[int], by_type: Counter[str] | None = None) -> int:
    """Bytes of `obj` and everything it references that was not counted before."""
    size = 0
    stack = [obj]
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, type):
            continue
        seen.add(id(o))
        s = sys.getsizeof(o)
        if isinstance(o, np.ndarray) and o.base is not None:
            stack.append(o.base)
        size += s
        if by_type is not None:
            by_type[type(o).__name__] += s
        if isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            stack.extend(o)
        elif hasattr(o, "__slots__"):
            stack.extend(getattr(o, a) for a in o.__slots__ if hasattr(o, a))
        elif hasattr(o, "__dict__"):
            stack.append(o.__dict__)
    return size


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-trim", action="store_true")
    ap.add_argument("--no-stage", action="store_true")
    args = ap.parse_args(argv)
    cache = Path(f"/tmp/mem-docs-pages-{args.docs}.pkl")
    if cache.exists():
        with cache.open("rb") as fh:
            built = pickle.load(fh)
    else:
        built, _truth, _ = synth.pages(args.docs, args.jobs)
        with cache.open("wb") as fh:
            pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
    synth.train()  # loaded before the baseline, as the workers need it
    import contentlint.rules  # noqa: F401

    gc.collect()
    base = crossdoc.rss()
    docs = synth.documents(built, args.jobs, corpus=True, trim=False)
    del built
    gc.collect()
    held = crossdoc.rss() - base
    if not args.no_trim:
        from contentlint.engine.memory import release_memory

        release_memory()
    trimmed = crossdoc.rss() - base
    by_type: Counter[str] = Counter()
    live = deep_size(docs, set(), by_type)
    n = len(docs)
    print(f"{n} documents")
    print(f"RSS held by documents: {held / n:,.0f} B/doc before trim, {trimmed / n:,.0f} after")
    print(f"live (object walk):    {live / n:,.0f} B/doc")
    print("  largest: " + ", ".join(f"{k} {v / n:,.0f}" for k, v in by_type.most_common(8)))
    if not args.no_stage:
        before = crossdoc.rss()
        peaks: dict[str, int] = {}
        with crossdoc.PeakMemory() as mem:
            crossdoc.run_stage(docs, mem, peaks)
        print(
            f"stage: RSS before {before / 2**20:.0f} MB, peak {mem.peak / 2**20:.0f} MB "
            f"(+{(mem.peak - before) / 2**20:.0f} MB)"
        )
        print(
            "  peak during each rule (MB): "
            + ", ".join(f"{k} {v / 2**20:.0f}" for k, v in peaks.items())
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
