"""Fixtures for the HTML report tests: sample reports, rendered files and a real Chromium."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from contentlint.report.html import render_html

from .browser import CHROMIUM_ARGS, find_chromium
from .sample import make_report


@dataclass
class Rendered:
    report: dict[str, Any]
    path: Path

    @property
    def url(self) -> str:
        return self.path.as_uri()


@dataclass
class PageLog:
    """What a page said while a test used it: every one of these must stay empty."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"dialogs fired: {self.dialogs}"
        assert self.page_errors == [], f"page errors: {self.page_errors}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


def _render(tmp: Path, name: str, report: dict[str, Any]) -> Rendered:
    path = tmp / f"{name}.html"
    path.write_text(render_html(report), encoding="utf-8")
    return Rendered(report, path)


@pytest.fixture(scope="session")
def report_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("report")


@pytest.fixture(scope="session")
def site(report_files: Path) -> Rendered:
    """250 documents: three pages of the table, clusters, not-judged documents."""
    return _render(report_files, "site", make_report(250, seed=3))


@pytest.fixture(scope="session")
def hostile(report_files: Path) -> Rendered:
    return _render(report_files, "hostile", make_report(60, seed=5, hostile=True))


@pytest.fixture(scope="module")
def browser() -> Any:
    exe = find_chromium()
    if exe is None:
        pytest.skip("Chromium not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright not installed (pip install playwright)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_page(browser: Any) -> Any:
    """open_page(url, **context_options) -> (page, log); dialogs are dismissed and logged."""
    contexts = []

    def _open(url: str, **options: Any) -> tuple[Any, PageLog]:
        ctx = browser.new_context(viewport={"width": 1400, "height": 900}, **options)
        contexts.append(ctx)
        page = ctx.new_page()
        log = PageLog()
        page.on(
            "console",
            lambda m: log.console_errors.append(m.text) if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: log.page_errors.append(str(e)))

        def on_dialog(d: Any) -> None:
            log.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.goto(url)
        page.wait_for_load_state("load")
        return page, log

    yield _open
    for ctx in contexts:
        ctx.close()
