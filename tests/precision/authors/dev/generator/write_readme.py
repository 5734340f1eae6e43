#!/usr/bin/env python3
"""Writes ../README.md (rules + count tables computed from labels.json)."""
import json
import os
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAB = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "zh", "ja", "ko"]


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def main():
    n = len(LAB)
    rows, tot = [], Counter()
    for lang in LANGS:
        items = [(f, l) for f, l in LAB.items() if l["lang"] == lang]
        c = Counter()
        for f, l in items:
            c["docs"] += 1
            c[l["author"]] += 1
            c["date " + l["date"]] += 1
            c["md" if f.endswith(".md") else "html"] += 1
        tot.update(c)
        rows.append([lang, c["docs"], c["person"], c["organisation"], c["none"], c["date present"], c["date none"],
                     c["html"], c["md"]])
    rows.append(["**all**", tot["docs"], tot["person"], tot["organisation"], tot["none"], tot["date present"],
                 tot["date none"], tot["html"], tot["md"]])
    lang_table = table(["lang", "docs", "person", "organisation", "none", "date present", "date none", "HTML", "Markdown"], rows)
    share = (f"person {100 * tot['person'] / n:.0f} %, organisation {100 * tot['organisation'] / n:.0f} %, "
             f"none {100 * tot['none'] / n:.0f} %; date present {100 * tot['date present'] / n:.0f} %; "
             f"Markdown {100 * tot['md'] / n:.0f} %")
    asrc = Counter((l["author_source"] or "—", l["author"]) for l in LAB.values() if l["author"] != "none")
    srcs = ["jsonld", "microdata", "meta", "hcard", "rel-author-link", "author-url", "address", "byline",
            "below-article", "title", "frontmatter"]
    a_rows = [[s, asrc[(s, "person")], asrc[(s, "organisation")]] for s in srcs]
    a_table = table(["author_source", "person", "organisation"], a_rows)
    dsrc = Counter(l["date_source"] or "— (date none)" for l in LAB.values())
    d_table = table(["date_source", "docs"], [[k, v] for k, v in sorted(dsrc.items(), key=lambda kv: -kv[1])])
    tpl = Counter(l["template"] for l in LAB.values())
    news = sum(v for k, v in tpl.items() if k.startswith("newspaper-"))
    tpl_rows = [[k, v] for k, v in sorted(tpl.items(), key=lambda kv: -kv[1]) if not k.startswith("newspaper-")]
    tpl_rows.insert(0, ["newspaper-<lang> (one newspaper layout, localized per language; zh/ja/ko meta-line variants)", news])
    t_table = table(["template", "docs"], tpl_rows)

    text = f"""# contentlint precision set — author / date (E001 `missing-author`, E002 `missing-date`) — DEV half

Hand-built development set that developers may look at, run and tune author/date detection on.
A separate, independently written held-out test half lives next to it (`../test/`); it was **not**
read while building this half, and neither were the detection code (`lint/`, `rules/`) nor any
other project's public evaluation pages. All page text, names, sites and markup were written for
this set (no lorem ipsum, no copied pages).

* `pages/<lang>-<nnn>.html|md` — {n} documents, 13 languages, ~86 % HTML / ~14 % Markdown with
  YAML (`---`) or TOML (`+++`) front matter.
* `labels.json` — one entry per file (file name → label).
* `generator/` — the script that assembled the pages, plus the checks used before hand-off.

## Label format

```json
"de-013.html": {{
  "lang": "de",
  "author": "person" | "organisation" | "none",
  "author_name": "Stefan Krüger; Miriam Lenz" | null,
  "author_source": "jsonld" | "microdata" | "meta" | "byline" | "rel-author-link" | "author-url" |
                   "hcard" | "address" | "title" | "below-article" | "frontmatter" | null,
  "date": "present" | "none",
  "date_source": "jsonld" | "meta" | "time-element" | "byline" | "frontmatter" | "url" | null,
  "template": "newspaper-de",
  "notes": "byline 'Von Stefan Krüger und Miriam Lenz'; traps: photo credit, quoted person, ..."
}}
```

* `author_name`: the credited name exactly as the page writes it (user handles as written, e.g.
  `mbrandt`, `@sannedv`); several people are joined with `"; "`. For `organisation` it is the
  organisation / desk / generic credit (`Redaktion`, `Staff`, `admin`, the site or company name).
  `null` when `author` is `none`.
* `author_source` / `date_source`: where the winning credit / date is found. When a page carries
  the credit in several places, the source is the first one in these priority lists (the other
  signals are listed in `notes`):
  * author: `jsonld` > `microdata` > `meta` > `hcard` > `rel-author-link` > `author-url` > `address`
    > `byline` > `below-article` > `title` > `frontmatter` — taken among the signals of the
    winning class (a person byline beats an Organization in JSON-LD; the source is then `byline`).
  * date: `jsonld` > `meta` > `time-element` > `byline` > `frontmatter` > `url`.
* Source meanings: `microdata` = `itemprop="author"` Person (RDFa `schema:author`/`typeof="schema:Person"`
  is filed here too); `meta` = `<meta name="author">`, `DC.creator`, Yoast `twitter:data1`
  ("Written by"), `twitter:creator`, or for dates `article:published_time` / `article:modified_time`,
  `name="date"`, `pubdate`, `DC.date.issued`; `hcard` = `vcard`/`h-card` author markup;
  `rel-author-link` = `<a rel="author">`; `author-url` = name linked to an author/profile URL
  (`/author/x/`, `/autoren/x/`, `/user/12`, `/members/x.123/`, `medium.com/@x`, `substack.com/@x`)
  without `rel=author`; `address` = byline inside `<address>`; `byline` = visible credit/date text
  near the headline or in the post footer, including press-release datelines and "last updated"
  lines; `time-element` = a `<time datetime>` that dates the article; `url` = date in the
  canonical/article URL (`/2024/03/12/slug/`, Blogger `/2024/03/slug.html`).
* `template`: the real-world software/layout imitated (see table below).

## Labelling rules (strict)

- author = "person" when the main content is credited to one or more named people anywhere a
  reader or search engine would read it (visible byline near the headline or below the article,
  author box, JSON-LD/microdata Person, meta author holding a person's name, rel=author link text
  that is a person's name or user handle, front matter). A user handle counts as person.
- author = "organisation" when the only credit is an organisation, the site/publication itself, a
  desk or team without named people, or a generic role ("admin", "staff", "editor", "Redaktion",
  "編集部").
- author = "none" when nothing credits anyone. Comment authors, sidebar teaser authors, quoted
  people, photo credits and copyright holders never count.
- Person and organisation both credited → person.
- date = "present" when the page states when the article was published or last updated (visible,
  metadata, or a date in the article URL). Comment timestamps, sidebar dates, copyright years,
  event dates in the text and site-wide footers do not count.
- Roughly 55% person, 20% organisation, 25% none; date present on roughly 65%.

Clarifications applied consistently in this half:

- Only author/creator credits count. JSON-LD `publisher`, `og:site_name`, the site title and
  `© <year> <holder>` / `<meta name="copyright">` are **not** author credits (pages with a JSON-LD
  publisher and nothing else are `none`).
- The Jekyll *minima* theme puts `rel="author"` on the site-title link (text = site name). That is
  an organisation-level signal only; it appears on pages that also credit a person.
- Forum threads: the opening post's user handle is the author (`author-url`) and its timestamp is
  the date; replies are comments. Forum join dates are traps.
- Press releases: the company credit ("Source: …", JSON-LD Organization, `meta author`) makes them
  `organisation`; the named **press contact** is not an author.
- Chinese news: `来源：<publication>` alone is an organisation credit; `责任编辑：<name>` (responsible
  editor) is a named person credited for the page → person (`zh` has one page where it is the only
  named credit, and one where it appears next to `作者：`, whose name is the `author_name`).
- "Updated" dates alone (visible "Aktualisiert am …", `dateModified`, `article:modified_time`,
  `lastmod`, docs "Last updated on …") make date `present`.
- Markdown: only front matter keys that credit the content (`author`, `authors`, `[extra] author`)
  count; `image_credit` / `cover_credit` keys are photo credits (traps). A byline line in the body
  (`*Von …*`) counts as `byline`.

## Counts

{lang_table}

Shares: {share}.

### author_source

{a_table}

### date_source

{d_table}

### Templates imitated

{t_table}

## What is covered

* Person only in JSON-LD: plain object, array of Persons, `author` as text, `@graph` with the
  Person referenced by `@id` (with and without a `name` next to the `@id`), a top-level JSON array
  with WebSite + BlogPosting whose `author` is an array, and an Article nested in
  `WebPage.mainEntity`.
* JSON-LD Organization authors (inline and via `@graph` `@id` reference), JSON-LD publisher-only
  pages, JSON-LD comment authors and Product review authors/dates (traps).
* Microdata Person (visible and invisible `<meta itemprop="name">`), Drupal RDFa.
* `meta name=author` person vs. site name, `DC.creator`, Yoast `twitter:data1`, `twitter:creator`.
* Bylines with language-specific prefixes (en By/Posted by/Written by/Text:/Reporting by; de von,
  Von X und Y; fr par; es por; it di; pt por; nl door; sv av; pl autor:; ru Автор:; zh 作者：,
  责任编辑：; ja 著者：, 文：, 執筆者：; ko 글, ○○○ 기자), two-author bylines, bylines in
  `<address>`, WordPress `.byline .author.vcard` with `/author/name/` links, `rel="author"` links
  with user handles, h-card `p-author`, Blogger "Posted by", Drupal "Submitted by", Medium and
  Substack author rows, authors only in `<title>` or only in an "About the author" box below the
  article.
* Organisation credits: Redaktion, La Rédaction, Redacción, La Redazione, Redação, Redactie,
  Redaktionen, Redakcja, Редакция, 编辑部, 編集部, 편집부, Staff, admin, company names, the site name.
* Dates: JSON-LD `datePublished`/`dateModified` (incl. modified-only), `article:published_time`,
  `article:modified_time`, `name=date`, `pubdate`, `DC.date.issued`, `<time>`, byline dates in each
  language's format (incl. "Updated …" only), press datelines, docs "last updated", URL dates, front
  matter `date`/`lastmod`/`updated`/`pubDate`/`updatedDate`/`last_update`.
* Traps that never count: comment authors and timestamps (WordPress `comment-author vcard`
  included), related-post teasers with author names and dates, quoted people, photo credits
  (figcaptions and front matter), copyright holders that are people, event dates in the text,
  footer "site last updated", today's date in a newspaper masthead, Blogger archive years, forum
  join dates, press contacts, shop review authors/dates.

## How the pages were made

`generator/make_dev_set.py` (deterministic seed) combines

* `generator/langs/<lang>.py` — per language: article texts (5 topics × lede + 4 paragraphs),
  a product description, a forum thread, a docs page and a press release, all written directly in
  that language; people/handle/commenter names; fictional site names and domains; byline prefixes,
  desk names, localized UI strings and date formats.
* `generator/templates.py` — 14 HTML layouts imitating WordPress (Twenty Seventeen), Ghost
  (Casper), Hugo (PaperMod), Jekyll (minima), Medium, Substack, Drupal (Olivero), Blogger, a
  newspaper layout (country flavour via language), a corporate press room, Docusaurus docs, a
  Shopify (Dawn) product page, a XenForo forum thread and a hand-written IndieWeb site; Markdown
  files follow Hugo YAML/TOML, Jekyll, Docusaurus, Zola (TOML) and Astro front matter conventions.
* a plan of 13 scenario slots per language (person via byline / WordPress / JSON-LD-only /
  meta-or-microdata / h-card-address-Blogger-forum-Drupal / below-or-title / Markdown; organisation
  via desk byline / JSON-LD-or-meta / press release; none with traps / shop-or-docs / Markdown),
  rotated across languages so that variants and templates differ from language to language.

Each author/date variant records the signal it places on the page; the label is computed from
those records with the priority lists above. Then:

* `generator/stats.py` — one label per file and vice versa, every HTML file parses with Python's
  `html.parser` with balanced tags and has `<html>`, `<head>`, `<title>`, `<nav>`, `<footer>`,
  Markdown files start with front matter; prints the count tables.
* `generator/leak_check.py` — independent re-parse of every HTML page: on `date: none` pages no
  `<time>` outside comments/teasers/forum user boxes, no article-level JSON-LD dates, no date meta
  tags, no date in the canonical URL; on `author: none` pages no `rel=author`, `itemprop=author`,
  vcard/h-card, author meta, JSON-LD author or author-page link outside trap areas.
* `generator/prefix_check.py` — confirms each required byline prefix occurs directly before the
  labelled name.
* Manual reading of a sample of pages in every language and template.

Regenerate (overwrites `pages/`, `labels.json`, this README):

```sh
python3 tests/precision/authors/dev/generator/make_dev_set.py
python3 tests/precision/authors/dev/generator/write_readme.py
python3 tests/precision/authors/dev/generator/stats.py
python3 tests/precision/authors/dev/generator/leak_check.py
```
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)
    print("README written")


if __name__ == "__main__":
    main()
