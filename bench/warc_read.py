"""WARC reading alone: warcio (what contentlint uses) against fastwarc (resiliparse).

    python bench/synth_warc.py --docs 1000 --out /tmp/w/site.warc.gz --files 3
    python bench/warc_read.py /tmp/w/site-*.warc.gz

Both iterate every record, keep the HTTP responses and read their bodies, which is
all the reader does before parsing; the best of 3 rounds is reported.
"""

from __future__ import annotations

import sys
import time


def with_warcio(paths: list[str]) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    for p in paths:
        with open(p, "rb") as fh:
            for r in ArchiveIterator(fh, arc2warc=True):
                if r.rec_type == "response" and r.http_headers is not None:
                    r.http_headers.get_statuscode()
                    n += len(r.content_stream().read())
    return n


def with_fastwarc(paths: list[str]) -> int:
    from fastwarc import ArchiveIterator, WarcRecordType

    n = 0
    for p in paths:
        records = ArchiveIterator(
            p, record_types=WarcRecordType.response, parse_http=True, fsspec_args=False
        )
        for r in records:
            _ = r.http_headers.status_code, r.headers.get("WARC-Target-URI")
            n += len(r.reader.read())
    return n


def main(paths: list[str]) -> None:
    for name, fn in (("warcio", with_warcio), ("fastwarc", with_fastwarc)):
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            size = fn(paths)
            best = min(best, time.perf_counter() - t)
        print(f"{name:9} {best:6.3f} s  {size / best / 1e6:7.1f} MB/s of bodies")


if __name__ == "__main__":
    main(sys.argv[1:])
