#!/usr/bin/env python3
"""Consistency checks + count tables for the dev set."""
import json, os, sys
from collections import Counter, defaultdict
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(os.listdir(os.path.join(OUT, "pages")))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags = [], [], Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append(f"unexpected </{tag}> (open: {self.stack[-3:]})")


problems = []
assert set(files) == set(labels), (set(files) ^ set(labels))
for f in files:
    text = open(os.path.join(OUT, "pages", f), encoding="utf-8").read()
    if f.endswith(".html"):
        ch = Checker()
        ch.feed(text)
        ch.close()
        if ch.errors or ch.stack:
            problems.append((f, ch.errors[:3], ch.stack[-3:]))
        for t in ("html", "head", "body", "title", "nav", "footer"):
            if not ch.tags[t]:
                problems.append((f, f"missing <{t}>"))
        if ch.tags["p"] < 3:
            problems.append((f, "few paragraphs"))
    else:
        if not (text.startswith("---\n") or text.startswith("+++\n")):
            problems.append((f, "no front matter"))
for p in problems:
    print("PROBLEM", p)

by_lang = defaultdict(Counter)
for f, l in labels.items():
    by_lang[l["lang"]][l["author"]] += 1
    by_lang[l["lang"]]["date:" + l["date"]] += 1
    by_lang[l["lang"]]["md" if f.endswith(".md") else "html"] += 1
    by_lang[l["lang"]]["total"] += 1
cols = ["total", "person", "organisation", "none", "date:present", "date:none", "html", "md"]
print("lang " + " ".join(f"{c:>12}" for c in cols))
tot = Counter()
for lang in ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "zh", "ja", "ko"]:
    print(f"{lang:4} " + " ".join(f"{by_lang[lang][c]:>12}" for c in cols))
    tot.update(by_lang[lang])
print("all  " + " ".join(f"{tot[c]:>12}" for c in cols))
n = tot["total"]
print("shares: person %.0f%% org %.0f%% none %.0f%% date %.0f%% md %.0f%%" % (
    100 * tot["person"] / n, 100 * tot["organisation"] / n, 100 * tot["none"] / n, 100 * tot["date:present"] / n, 100 * tot["md"] / n))
print("author_source:", dict(Counter((l["author"], l["author_source"]) for l in labels.values()).most_common()))
print("date_source:", dict(Counter(l["date_source"] for l in labels.values()).most_common()))
print("templates:", dict(Counter(l["template"].split("-")[0] if l["template"].startswith("newspaper") else l["template"] for l in labels.values()).most_common()))
if "-v" in sys.argv:
    for f in sorted(labels):
        l = labels[f]
        print(f, l["author"], l["author_name"], l["author_source"], l["date"], l["date_source"], l["template"], "|", l["notes"])
