"""Signals: what a page says about itself, as pure functions of a document or a parsed tree.

Text measures, authors, dates, structured data, metrics. Sources call them while they
parse (to share one parse); rules read them. Signals import only the model.

Who wrote a page and when: `authors` and `datefacts` find every claim, from front
matter, meta tags, structured data (`structured`: the JSON-LD graph) and the bylines
and dates `htmlscan` reads from the HTML tree at parse time; `names` tells a name from
noise, `sites` a same-site link from another, `lines` where a field was written, and
`dates` parses a date's text.
"""
