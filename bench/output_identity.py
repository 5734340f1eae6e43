"""Byte-for-byte output check for speed work: save the JSON report, change code, compare.

    python bench/output_identity.py save [--rust-blog /tmp/rb-md/content]
    python bench/output_identity.py compare [--rust-blog /tmp/rb-md/content]
    (--store DIR keeps the reports apart when several worktrees compare at once)

Runs `contentlint check --no-cache --select ALL --output-format json .` inside a copy of the
Rust blog and inside each folder of fixtures/, and stores (save) or compares (compare) the
reports under /tmp/contentlint-identity. An optimisation must leave every byte unchanged;
the first differing line of each report is printed when one does not.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STORE = Path("/tmp/contentlint-identity")


def targets(rust_blog: Path) -> dict[str, Path]:
    """Name → folder to lint: the Rust blog copy and every fixtures/ folder."""
    found = {"rust-blog": rust_blog}
    for folder in sorted((REPO / "fixtures").iterdir()):
        if folder.is_dir():
            found[f"fixtures-{folder.name}"] = folder
    return found


def report(folder: Path) -> bytes:
    """The JSON report of a cold run with every rule selected."""
    cmd = [
        str(Path(sys.executable).parent / "contentlint"),
        "check",
        "--no-cache",
        "--select",
        "ALL",
    ]
    cmd += ["--output-format", "json", "--exit-zero", "."]
    done = subprocess.run(cmd, cwd=folder, capture_output=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode(errors="replace"))
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("--rust-blog", type=Path, default=Path("/tmp/rb-md/content"))
    parser.add_argument("--only", default="", help="comma-separated target names")
    parser.add_argument(
        "--store", type=Path, default=STORE, help="where reports are kept (one per worktree)"
    )
    args = parser.parse_args()
    args.store.mkdir(parents=True, exist_ok=True)
    only = {name for name in args.only.split(",") if name}
    failed = 0
    for name, folder in targets(args.rust_blog).items():
        if only and name not in only:
            continue
        out = report(folder)
        stored = args.store / f"{name}.json"
        if args.action == "save":
            stored.write_bytes(out)
            print(f"saved {name}: {len(out)} bytes")
            continue
        before = stored.read_bytes()
        if before == out:
            print(f"same  {name}: {len(out)} bytes")
            continue
        failed += 1
        old, new = before.decode().splitlines(), out.decode().splitlines()
        diff = next(
            (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
            min(len(old), len(new)),
        )
        print(f"DIFF  {name}: line {diff + 1}")
        print(f"  before: {old[diff] if diff < len(old) else '<end>'}")
        print(f"  after:  {new[diff] if diff < len(new) else '<end>'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
