# -*- coding: utf-8 -*-
"""Render all hand-written documents to ../pages/ and write ../labels.json.

Run:  python3 gen/make_pages.py      (from the test/ folder or anywhere)
"""
import collections
import html
import importlib
import json
import os
import re
import sys
import tomllib
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
PAGES = os.path.join(OUT, 'pages')

import base  # noqa: E402
import tpl   # noqa: E402

LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'ru', 'zh', 'ja', 'ko']
for l in LANGS:
    try:
        importlib.import_module('c_' + l)
    except ModuleNotFoundError as e:
        if e.name != 'c_' + l:
            raise
        print('missing content module', l)

AUTHOR_SOURCES = {"jsonld", "microdata", "meta", "byline", "rel-author-link", "author-url", "hcard",
                  "address", "title", "below-article", "frontmatter", None}
DATE_SOURCES = {"jsonld", "meta", "time-element", "byline", "frontmatter", "url", None}
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}

class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.counts = [], [], collections.Counter()
    def handle_starttag(self, tag, attrs):
        self.counts[tag] += 1
        if tag not in VOID:
            self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.counts[tag] += 1
    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append('unexpected </%s>, open: %s' % (tag, self.stack[-3:]))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()

def check_html(name, text):
    c = Checker()
    c.feed(text)
    c.close()
    errs = list(c.errors)
    if c.stack:
        errs.append('unclosed: %s' % c.stack)
    for t in ('html', 'head', 'body', 'title'):
        if c.counts[t] != 1:
            errs.append('%d <%s>' % (c.counts[t], t))
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
        json.loads(m.group(1))
    return errs

def check_md(d, text):
    fm = d['fm'].strip()
    if fm.startswith('+++'):
        tomllib.loads(fm.strip('+').strip())
    else:
        try:
            import yaml
            yaml.safe_load(fm.strip('-').strip())
        except ImportError:
            pass
    return []

def main():
    os.makedirs(PAGES, exist_ok=True)
    for f in os.listdir(PAGES):
        os.remove(os.path.join(PAGES, f))
    labels, problems = {}, []
    seen = set()
    for d in base.DOCS:
        assert d['id'] not in seen, d['id']
        seen.add(d['id'])
        ext = d.get('ext', 'html')
        fname = '%s.%s' % (d['id'], ext)
        text = tpl.render(d)
        with open(os.path.join(PAGES, fname), 'w', encoding='utf-8') as fh:
            fh.write(text)
        lab = dict(d['label'])
        entry = {'lang': d['lang'], 'author': lab['author'], 'author_name': lab['author_name'],
                 'author_source': lab['author_source'], 'date': lab['date'], 'date_source': lab['date_source'],
                 'template': tpl.template_name(d), 'notes': lab['notes']}
        labels[fname] = entry
        # ---- sanity checks on labels vs rendered text
        errs = check_html(fname, text) if ext == 'html' else check_md(d, text)
        assert entry['author'] in ('person', 'organisation', 'none')
        assert entry['date'] in ('present', 'none')
        if entry['author_source'] not in AUTHOR_SOURCES:
            errs.append('bad author_source %r' % entry['author_source'])
        if entry['date_source'] not in DATE_SOURCES:
            errs.append('bad date_source %r' % entry['date_source'])
        if (entry['author'] == 'none') != (entry['author_name'] is None) or (entry['author'] == 'none') != (entry['author_source'] is None):
            errs.append('author name/source inconsistent with class')
        if (entry['date'] == 'none') != (entry['date_source'] is None):
            errs.append('date source inconsistent with class')
        plain = html.unescape(text)
        if entry['author_name']:
            for n in entry['author_name'].split('; '):
                if n not in plain:
                    errs.append('author name %r not in page' % n)
        if entry['date'] == 'none':
            for pat in (r'datePublished', r'dateModified', r'published_time', r'dt-published', r'^date\s*[:=]',
                        r'/20\d\d/\d\d/\d\d/', r'entry-date'):
                if re.search(pat, text, re.M):
                    # allowed only inside review/comment JSON-LD of product pages
                    if pat == 'datePublished' and '"Review"' in text:
                        continue
                    errs.append('date-none page contains %r' % pat)
        if entry['author'] == 'none':
            for pat in (r'name="author"', r'"author"\s*:\s*\{"@type": "Person"', r'rel="author"', r'p-author', r'^authors?\s*[:=]'):
                if re.search(pat, text, re.M) and not (pat.startswith('"author"') and '"Review"' in text):
                    errs.append('author-none page contains %r' % pat)
        if errs:
            problems.append((fname, errs))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    # ---- cross-check files vs labels
    files = set(os.listdir(PAGES))
    if files != set(labels):
        problems.append(('labels.json', ['mismatch files/labels: %s' % (files ^ set(labels))]))
    for f, e in problems:
        print('PROBLEM', f, e)
    report(labels)
    return 1 if problems else 0

def report(labels):
    by = collections.defaultdict(collections.Counter)
    for f, e in labels.items():
        by['lang'][e['lang']] += 1
        by['author'][e['author']] += 1
        by['author_source'][str(e['author_source'])] += 1
        by['date'][e['date']] += 1
        by['date_source'][str(e['date_source'])] += 1
        by['format'][f.rsplit('.', 1)[1]] += 1
        by['template'][e['template']] += 1
        by['lang_author'][(e['lang'], e['author'])] += 1
        by['lang_date'][(e['lang'], e['date'])] += 1
    n = len(labels)
    print('total documents:', n)
    for k in ('format', 'lang', 'author', 'author_source', 'date', 'date_source', 'template'):
        print('%-14s' % k, ', '.join('%s=%d' % kv for kv in sorted(by[k].items(), key=lambda x: (-x[1], x[0]))))
    print('\nlang  total person org none | date+ date-')
    for l in LANGS:
        print('%-4s %6d %6d %3d %4d | %5d %5d' % (l, by['lang'][l], by['lang_author'][(l, 'person')],
              by['lang_author'][(l, 'organisation')], by['lang_author'][(l, 'none')],
              by['lang_date'][(l, 'present')], by['lang_date'][(l, 'none')]))

if __name__ == '__main__':
    sys.exit(main())
