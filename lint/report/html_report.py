"""`--output-format html -o report.html`: the audit report as one self-contained page
(`contentlint.report.html.render_html`)."""

from __future__ import annotations

from typing import TextIO

from contentlint.engine.core import RunResult
from contentlint.report.html import render_html
from contentlint.report.options import ReportOptions
from contentlint.report.paths import bytes_escaped


def report(result: RunResult, out: TextIO, opts: ReportOptions) -> None:
    assert opts.audit is not None, "the HTML report shows the audit report"
    out.write(bytes_escaped(render_html(opts.audit)))  # a name's undecodable bytes
