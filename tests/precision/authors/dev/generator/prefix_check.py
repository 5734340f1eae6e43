#!/usr/bin/env python3
"""Lists, per language, which byline prefixes occur right before the credited name (visible text/title/body)."""
import json, os, re, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
REQ = {"en": ["By", "Posted by", "Written by", "Text:", "Reporting by", "Staff"],
       "de": ["von", "Von", "und", "Redaktion"], "fr": ["Par", "par", "Rédaction", "admin"], "es": ["Por", "por", "Redacción"],
       "it": ["di", "Redazione"], "pt": ["Por", "Redação"], "nl": ["Door", "door", "Redactie"],
       "sv": ["Av", "av", "Redaktionen"], "pl": ["autor:", "Redakcja"], "ru": ["Автор:", "Редакция"],
       "zh": ["作者：", "责任编辑：", "编辑部"], "ja": ["著者：", "文：", "執筆者：", "編集部"], "ko": ["글", "기자", "편집부"]}
for lang, phr in REQ.items():
    for ph in phr:
        hits = []
        for f, l in sorted(L.items()):
            if l["lang"] != lang or l["author"] == "none":
                continue
            t = open(os.path.join(OUT, "pages", f), encoding="utf-8").read()
            t = t.split("<body", 1)[-1] if f.endswith(".html") and l["author_source"] != "title" else t
            txt = html.unescape(re.sub(r"<[^>]+>", "", t))
            txt = re.sub(r"\s+", " ", txt)
            for name in (l["author_name"] or "").split("; "):
                if not name:
                    continue
                if ph in ("und", "기자"):
                    ok = re.search(re.escape(name) + r"\W{0,3}[^ ]{0,20}\s?" + re.escape(ph), txt) or (ph == "und" and re.search(re.escape(ph) + r" " + re.escape(name), txt))
                else:
                    ok = re.search(re.escape(ph) + r"\s?" + re.escape(name), txt) or (ph in ("Staff", "admin", "Redaktion", "Rédaction", "Redacción", "Redazione", "Redação", "Redactie", "Redaktionen", "Redakcja", "Редакция", "编辑部", "編集部", "편집부") and ph in name)
                if ok:
                    hits.append(f)
                    break
        print(f"{lang} {ph!r:16} {', '.join(hits) if hits else 'MISSING'}")
