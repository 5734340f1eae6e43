"""Helpers to write labels.json. Defaults per kind list the rule codes that would be
wrong on a clean document of that kind; per-document arguments add planted problems
(should_fire), extra wrong codes (add) and codes left out of must_not_fire (drop)."""

BASE = {
    "article": ["T001", "T003", "T006", "T007", "T005", "D001", "D002", "D003", "D004", "D005",
                "D006", "D007", "E001", "E002", "E004", "K001", "K002", "K003", "K004",
                "L001", "L002", "M002", "M004"],
    "reference": ["T001", "T003", "T004", "T005", "T006", "T007", "D001", "D002", "D003", "D004",
                  "D005", "D006", "D007", "E001", "E002", "E004", "E005", "K001", "K002", "K003",
                  "K004", "L001", "M004"],
    "release-note": ["T001", "T003", "T004", "T005", "T006", "T007", "D001", "D002", "D003",
                     "D004", "D005", "D006", "D007", "E004", "E005", "K001", "K002", "K003",
                     "K004", "L001", "M004"],
    "listing": ["T001", "T003", "T004", "T005", "T006", "T007", "D001", "D002", "D003", "D004",
                "D005", "D006", "D007", "E001", "E002", "E004", "E005", "K001", "K002", "K003",
                "K004", "L001", "L002", "T002"],
    "landing": ["T001", "T003", "T004", "T005", "T006", "T007", "D001", "D002", "D003", "D004",
                "D005", "D006", "D007", "E001", "E002", "E004", "E005", "K001", "K002", "K003",
                "K004", "L001", "L002", "M004", "T002"],
    "legal": ["T001", "T003", "T004", "T005", "T006", "T007", "D001", "D002", "D003", "D004",
              "D005", "D006", "D007", "E001", "E004", "E005", "K001", "K002", "K003", "K004",
              "L001", "L002", "T002"],
}

LABELS = {}
SITE_FILES = {}


def site_file(path, note):
    SITE_FILES[path] = note


def L(path, site, gen, lang, kind, tr=None, should=(), add=(), drop=(), notes=""):
    assert kind in BASE, kind
    assert path not in LABELS, path
    should = sorted(set(should))
    mnf = (set(BASE[kind]) | set(add)) - set(drop) - set(should)
    LABELS[path] = {
        "site": site, "generator": gen, "lang": lang, "kind": kind,
        "translation_of": tr, "should_fire": should, "must_not_fire": sorted(mnf),
        "notes": notes,
    }
