"""Run with a Python that has the `Markdown` package installed (see README.md)."""

import sys

import markdown
from common import extract_ids, make_doc, write_json

html = markdown.markdown(make_doc(), extensions=["toc"])  # toc with default options
write_json(
    "python-markdown-toc",
    "python-markdown-toc",
    f"Python-Markdown {markdown.__version__} (pip 'Markdown'), toc extension defaults, Python {sys.version.split()[0]}",
    "python markdown.markdown(doc, extensions=['toc']) on one document of all headings; ids read from <h2 id> (make/python_markdown_toc.py)",
    extract_ids(html),
)
