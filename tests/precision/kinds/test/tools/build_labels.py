"""Collects the per-site label modules into labels.json and checks that every document
file under sites/ has exactly one label (config files are listed under site_files)."""
import json
from collections import Counter
from pathlib import Path

import labelkit
import labels_hugo, labels_starlight, labels_docusaurus, labels_mkdocs, labels_jekyll, labels_release, labels_magazine  # noqa: F401

HERE = Path(__file__).resolve().parent.parent
DOC_EXT = (".md", ".mdx", ".markdown", ".html", ".htm")

files = {str(p.relative_to(HERE)) for p in (HERE / "sites").rglob("*") if p.is_file()}
docs = {f for f in files if f.endswith(DOC_EXT) and "/layouts/" not in f}
labelled = set(labelkit.LABELS)
errors = []
for f in sorted(docs - labelled):
    errors.append(f"no label: {f}")
for f in sorted(labelled - files):
    errors.append(f"label for missing file: {f}")
for f in sorted(set(labelkit.SITE_FILES) - files):
    errors.append(f"site file missing: {f}")
for f in sorted(files - labelled - set(labelkit.SITE_FILES)):
    errors.append(f"file neither labelled nor a site file: {f}")
for f, lab in labelkit.LABELS.items():
    if lab["translation_of"] and lab["translation_of"] not in labelkit.LABELS:
        errors.append(f"translation_of points nowhere: {f}")
    if set(lab["should_fire"]) & set(lab["must_not_fire"]):
        errors.append(f"code in both lists: {f}")
out = dict(sorted(labelkit.LABELS.items()))
out["site_files"] = dict(sorted(labelkit.SITE_FILES.items()))
(HERE / "labels.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("\n".join(errors) or "labels consistent")
L = labelkit.LABELS
print("documents:", len(L))
print("kinds:", dict(Counter(v["kind"] for v in L.values())))
print("langs:", dict(Counter(v["lang"] for v in L.values())))
print("generators:", dict(Counter(v["generator"] for v in L.values())))
print("sites:", dict(Counter(v["site"] for v in L.values())))
print("translations:", sum(1 for v in L.values() if v["translation_of"]))
print("should_fire:", dict(Counter(c for v in L.values() for c in v["should_fire"])))
