"""Sanity check: every ../*.json has one anchor (string or null) per line of headings.txt."""

import glob
import json
import os
import sys

from common import SLUGS, read_headings

n = len(read_headings())
bad = 0
files = sorted(glob.glob(os.path.join(SLUGS, "*.json")))
for path in files:
    d = json.load(open(path, encoding="utf-8"))
    a = d.get("anchors")
    ok = (
        isinstance(a, list)
        and len(a) == n
        and all(x is None or isinstance(x, str) for x in a)
        and all(isinstance(d.get(k), str) for k in ("generator", "tool", "command"))
    )
    print(
        f"{'ok ' if ok else 'BAD'} {os.path.basename(path)}: {len(a) if isinstance(a, list) else a} anchors, {n} headings"
    )
    bad += not ok
sys.exit(1 if bad or not files else 0)
