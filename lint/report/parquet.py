"""Per-document records (the audit report's documents) as a Parquet file.

A table of one row per page, typed (numbers stay numbers), for DuckDB or pandas when a
crawl is too large for the HTML report or a spreadsheet. Needs pyarrow
(`pip install 'contentlint[parquet]'`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from contentlint.scores.formula import FAMILIES

MISSING = "--records-parquet needs pyarrow: pip install 'contentlint[parquet]'"


def available() -> bool:
    import importlib.util

    return importlib.util.find_spec("pyarrow") is not None


def columns(documents: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
    """The records, flattened: scores per family, problem counts, the codes found."""
    cols: dict[str, list[Any]] = {
        k: []
        for k in (
            "path", "url", "title", "language", "kind", "section", "words", "judged",
            "not_judged_reason", "inbound_links", "priority", *FAMILIES, "overall",
            "errors", "warnings", "infos", "codes",
        )
    }  # fmt: skip
    for doc in documents:
        scores = doc.get("scores") or {}
        counts = doc.get("counts") or {}
        for k in ("path", "url", "title", "language", "kind", "section", "words", "judged"):
            cols[k].append(doc.get(k))
        cols["not_judged_reason"].append(doc.get("not_judged_reason"))
        cols["inbound_links"].append(doc.get("inbound_links"))
        cols["priority"].append(doc.get("priority"))
        for f in (*FAMILIES, "overall"):
            cols[f].append(scores.get(f))
        cols["errors"].append(counts.get("error", 0))
        cols["warnings"].append(counts.get("warning", 0))
        cols["infos"].append(counts.get("info", 0))
        cols["codes"].append(sorted({p["code"] for p in doc.get("problems", [])}))
    return cols


def write(audit: Mapping[str, Any], path: Path) -> int:
    """Write the audit's document records to `path`; returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    docs = audit["documents"]
    pq.write_table(pa.table(columns(docs)), str(path))
    return len(docs)
