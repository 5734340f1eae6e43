"""Write the sites and labels.json. Run: python3 generator/make.py (from the dev folder or anywhere)."""
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import common  # noqa: E402

MODULES = [
    "site_hugo_docs",
    "site_starlight",
    "site_docusaurus",
    "site_mkdocs",
    "site_jekyll",
    "site_release_blog",
    "site_hugo_blog",
    "site_plain_html",
]


def main():
    if common.SITES.exists():
        shutil.rmtree(common.SITES)
    for name in MODULES:
        __import__(name).build()
    out = {k: common.LABELS[k] for k in sorted(common.LABELS)}
    out["site_files"] = sorted(common.SITE_FILES)
    (common.DEV / "labels.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(common.LABELS)} documents, {len(common.SITE_FILES)} site files")


if __name__ == "__main__":
    main()
