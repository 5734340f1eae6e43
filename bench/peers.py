"""The peers' side of `bench/run`, run with the peers' own interpreter (bench/.peers-venv).

    python bench/peers.py pyseo DIR JOBS        # pyseoanalyzer's per-page analysis
    python bench/peers.py cannibal TEXTS.jsonl  # linkrank's TF-IDF cannibalization check

Only the standard library is imported at the top: the peers (pyseoanalyzer, linkrank,
scikit-learn) are imported in the functions, so this file never needs contentlint and
contentlint's environment never needs the peers. Each command prints one JSON line.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

#: linkrank's own default `--sim-threshold`.
THRESHOLD = 0.80
#: Above this many documents linkrank's dense n x n similarity matrix (8 bytes a cell)
#: does not fit in memory; the same TF-IDF + cosine is then computed in row chunks.
DENSE_LIMIT = 12_000


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _analyse(path: str) -> int:
    """pyseoanalyzer's analysis of one page given as HTML (no fetch): 1 if it finished."""
    from pyseoanalyzer.page import Page

    raw = Path(path).read_bytes().decode("utf-8", errors="replace")
    page = Page(
        url=f"http://bench.invalid/{Path(path).name}",
        base_domain="http://bench.invalid/",
        analyze_headings=True,
        analyze_extra_tags=True,
    )
    try:
        return 1 if page.analyze(raw_html=raw) else 0
    except Exception:  # it fails on pages trafilatura finds no text in: count, go on
        return 0


def pyseo(folder: str, jobs: int) -> dict:
    """Every *.html page of `folder` through pyseoanalyzer's `Page.analyze`, in `jobs`
    worker processes (as contentlint uses), the pages handed over as HTML so that
    nothing is fetched."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    files = sorted(str(p) for p in Path(folder).glob("*.html"))
    with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as pool:
        done = sum(pool.map(_analyse, files, chunksize=max(1, len(files) // (jobs * 4))))
    return {"pages": len(files), "analysed": done}


def cannibal(texts: str, sample: int = 2000) -> dict:
    """linkrank's content-cannibalization check (same-keyword titles, then TF-IDF cosine
    pairs >= 0.80) on the synthetic pages. Above `DENSE_LIMIT` pages, the TF-IDF is
    fitted on all pages and `sample` rows are compared with all; the time of the
    comparison is scaled to all rows (reported as extrapolated)."""
    from linkrank.core import Page, cannibalization_content

    rows = [json.loads(line) for line in Path(texts).read_text(encoding="utf-8").splitlines()]
    pages = {}
    for r in rows:
        p = Page(r["path"])
        p.title = p.h1 = r["title"]
        p.text = r["text"]
        pages[r["path"]] = p
    urls = list(pages)
    start = time.process_time()
    wall = time.perf_counter()
    if len(urls) <= DENSE_LIMIT:
        clusters, pairs = cannibalization_content(pages, urls, THRESHOLD)
        return {
            "docs": len(urls),
            "seconds": time.perf_counter() - wall,
            "cpu": time.process_time() - start,
            "peak_mb": _peak_mb(),
            "clusters": len(clusters),
            "pairs_shown": len(pairs),
            "method": "linkrank",
        }
    return _chunked(pages, urls, sample, start, wall)


def _chunked(pages: dict, urls: list[str], sample: int, start: float, wall: float) -> dict:
    """linkrank's vectoriser and threshold, without its dense matrix: cosine of `sample`
    rows against all, in chunks; the comparison's time is scaled to every row."""
    import numpy as np
    from linkrank.core import keyword_of
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [" ".join([p.title, p.h1, p.desc, p.text[:4000]]).lower() for p in pages.values()]
    keys: dict[str, int] = {}
    for u in urls:
        kw = keyword_of(pages[u])
        if kw:
            keys[kw] = keys.get(kw, 0) + 1
    x = TfidfVectorizer(max_features=5000).fit_transform(docs).tocsr()
    fitted, fitted_cpu = time.perf_counter(), time.process_time()
    xt = x.T.tocsc()
    rows = min(sample, x.shape[0])
    found = 0
    for a in range(0, rows, 250):
        sims = (x[a : min(rows, a + 250)] @ xt).toarray()
        found += int(np.count_nonzero(sims >= THRESHOLD))
    scale = x.shape[0] / rows
    compare = (time.perf_counter() - fitted) * scale
    compare_cpu = (time.process_time() - fitted_cpu) * scale
    return {
        "docs": len(urls),
        "seconds": fitted - wall + compare,
        "cpu": fitted_cpu - start + compare_cpu,
        "peak_mb": _peak_mb(),
        "clusters": sum(1 for n in keys.values() if n > 1),
        "pairs_in_sample": found,
        "method": f"sklearn TF-IDF as linkrank, {rows} of {x.shape[0]} rows compared, scaled",
    }


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "pyseo":
        out = pyseo(argv[1], int(argv[2]))
    elif len(argv) == 2 and argv[0] == "cannibal":
        out = cannibal(argv[1])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
