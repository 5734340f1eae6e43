#!/usr/bin/env python3
"""Independent re-check of the labels: looks for author/date signals that a
'none' label would contradict, outside the known trap containers."""
import json, os, re
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAB = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
TRAP_CLS = ("comment", "teaser", "review", "related", "recent", "more-", "popularposts", "message-user",
            "post-card", "see-also", "archive", "message--post", "p-description")
ART_TYPES = {"Article", "BlogPosting", "NewsArticle", "TechArticle", "WebPage"}


class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.times, self.authorish, self.metas, self.ld, self._ld = [], [], [], [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").lower()
        inside_trap = any(any(t in c for t in TRAP_CLS) for c in self.stack) or any(t in cls for t in TRAP_CLS)
        if tag not in ("meta", "link", "img", "input", "br"):
            self.stack.append(cls)
        if tag == "time" and not inside_trap:
            self.times.append(a.get("datetime"))
        if tag == "meta":
            self.metas.append((a.get("name") or a.get("property") or a.get("itemprop") or "", a.get("content")))
        if not inside_trap and (a.get("rel") == "author" or a.get("itemprop") == "author" or "h-card" in cls
                                or "vcard" in cls or a.get("property") == "schema:name" or a.get("rel") == "schema:author"):
            self.authorish.append((tag, cls, a.get("href")))
        if tag == "script" and a.get("type") == "application/ld+json":
            self._ld = ""

    def handle_endtag(self, tag):
        if tag == "script" and self._ld is not None:
            self.ld.append(json.loads(self._ld))
            self._ld = None
        if tag not in ("meta", "link", "img", "input", "br") and self.stack:
            self.stack.pop()

    def handle_data(self, d):
        if self._ld is not None:
            self._ld += d


def nodes(o):
    if isinstance(o, list):
        for x in o:
            yield from nodes(x)
    elif isinstance(o, dict):
        yield o
        for k, v in o.items():
            if k not in ("comment", "review"):
                yield from nodes(v)


bad = 0
for f, l in sorted(LAB.items()):
    if not f.endswith(".html"):
        continue
    t = open(os.path.join(OUT, "pages", f), encoding="utf-8").read()
    p = P()
    p.feed(t)
    art = [n for n in nodes(p.ld) if n.get("@type") in ART_TYPES]
    can = re.search(r'<link rel="canonical" href="([^"]+)"', t).group(1)
    if l["date"] == "none":
        probs = []
        if p.times:
            probs.append(("time", p.times))
        if any(k in n for n in art for k in ("datePublished", "dateModified", "dateCreated")):
            probs.append("jsonld date")
        if any(m[0] in ("article:published_time", "article:modified_time", "date", "pubdate", "DC.date.issued", "og:updated_time") for m in p.metas):
            probs.append("meta date")
        if re.search(r"/20\d\d/\d\d", can):
            probs.append("url date")
        if probs:
            bad += 1
            print("DATE-LEAK", f, probs)
    if l["author"] == "none":
        probs = []
        if p.authorish:
            probs.append(p.authorish)
        if any("author" in n or "creator" in n for n in art):
            probs.append("jsonld author")
        if any(m[0] in ("author", "DC.creator", "twitter:creator", "twitter:data1") for m in p.metas):
            probs.append("meta author")
        if re.search(r'href="[^"]*/(author|autoren|user|members)/', t.split('<div id="comments"')[0]) and "forum" not in l["template"]:
            probs.append("author url")
        if probs:
            bad += 1
            print("AUTHOR-LEAK", f, probs)
    if l["date"] == "present" and l["date_source"] == "url" and not re.search(r"/20\d\d/\d\d", can):
        print("URL-DATE-MISSING", f); bad += 1
print("leak problems:", bad)
