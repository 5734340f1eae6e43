"""`contentlint crawl`: fetch a site politely into the crawl store, then lint it."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any

import click
from contentlint.cli.common import (
    _fail,
    _load,
    _policy,
    adoption_options,
    common_options,
    emit,
    main,
)
from contentlint.cli.progress import Bar, wanted
from contentlint.engine.core import Engine
from contentlint.engine.run import CrawlParser, lint_db
from contentlint.scores.gate import min_score_for


@main.command()
@click.argument("urls", nargs=-1)
@common_options
@adoption_options
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Crawl store (default: .contentlint/crawl.sqlite next to the config file).",
)
@click.option("--resume", is_flag=True, help="Continue the interrupted crawl stored in --db.")
@click.option("--concurrency", type=click.IntRange(1, 64), default=4, show_default=True)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=0.0,
    show_default=True,
    help="Seconds between requests to one host (robots.txt Crawl-delay wins when larger).",
)
@click.option("--user-agent", metavar="UA", help="Default: contentlint/VERSION (+project URL).")
@click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (prints a warning).")
@click.option(
    "--allow-private",
    is_flag=True,
    help="Also connect to private, loopback and link-local addresses (allowed anyway when "
    "a start URL is one). Off, a crawl cannot be steered at internal services.",
)
@click.option(
    "--include", "include_re", multiple=True, metavar="REGEX", help="Crawl only URLs matching."
)
@click.option("--exclude", "exclude_re", multiple=True, metavar="REGEX", help="Skip URLs matching.")
@click.option("--max-pages", type=click.IntRange(min=1), default=10_000, show_default=True)
@click.option("--max-depth", type=click.IntRange(min=0), help="Link depth from the start URLs.")
@click.option("--max-redirects", type=click.IntRange(min=0), default=10, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.01), default=20.0, show_default=True)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="Retries for connection errors, 429 and 5xx.",
)
@click.option("--backoff", type=click.FloatRange(min=0), default=0.5, show_default=True)
@click.option(
    "--max-retry-wait",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Most seconds spent waiting to retry one URL (Retry-After included).",
)
@click.option("--max-body", default="10MB", show_default=True, help="Response body cap.")
@click.option(
    "--no-sitemaps", is_flag=True, help="Do not read robots.txt sitemaps or /sitemap.xml."
)
@click.option(
    "--strip-param",
    multiple=True,
    metavar="GLOB",
    help="Query parameters to strip, besides utm_*, gclid, fbclid and other trackers.",
)
@click.option("--keep-param", multiple=True, metavar="GLOB", help="Never strip these parameters.")
@click.option(
    "--trailing-slash",
    type=click.Choice(["keep", "add", "strip"]),
    default="keep",
    show_default=True,
    help="Treat /a and /a/ as one URL by adding or stripping the slash.",
)
def crawl(urls: tuple[str, ...], **kw: Any) -> None:
    """Crawl a site (politely, resumably) and lint its pages as `check` lints files."""
    import os
    import re

    from contentlint.sources import crawl as crawler
    from contentlint.sources import web

    cfg = _load(kw["config_path"], kw["include_drafts"])
    policy = _policy(cfg, kw["select"], kw["extend_select"], kw["ignore"])
    if not urls and not kw["resume"]:
        _fail(["give at least one URL to crawl (or --resume)"])
    errors = [f"{u}: not an http(s) URL" for u in urls if not re.match(r"(?i)https?://.", u)]
    for pattern in (*kw["include_re"], *kw["exclude_re"]):
        try:
            re.compile(pattern)
        except re.error as exc:
            errors.append(f"invalid regex {pattern!r}: {exc}")
    try:
        max_body = crawler.parse_size(kw["max_body"])
    except ValueError as exc:
        errors.append(f"--max-body: {exc}")
    if errors:
        _fail(errors)
    if kw["ignore_robots"]:
        click.echo(
            "contentlint: warning: --ignore-robots: robots.txt is not obeyed; "
            "crawl only sites whose owners allow it",
            err=True,
        )
    options = crawler.CrawlOptions(
        start_urls=list(urls),
        concurrency=kw["concurrency"],
        delay=kw["delay"],
        user_agent=kw["user_agent"] or crawler.DEFAULT_USER_AGENT,
        ignore_robots=kw["ignore_robots"],
        allow_private=kw["allow_private"],
        include=list(kw["include_re"]),
        exclude=list(kw["exclude_re"]),
        max_pages=kw["max_pages"],
        max_depth=kw["max_depth"],
        max_redirects=kw["max_redirects"],
        timeout=kw["timeout"],
        retries=kw["retries"],
        backoff=kw["backoff"],
        max_retry_wait=kw["max_retry_wait"],
        max_body=max_body,
        sitemaps=not kw["no_sitemaps"],
        strip_params=[*web.DEFAULT_STRIP_PARAMS, *kw["strip_param"]],
        keep_params=list(kw["keep_param"]),
        trailing_slash=kw["trailing_slash"],
    )
    db_path = kw["db"] or crawler.default_db(cfg.root, kw["cache_dir"])
    notices: list[str] = []
    outcome = None
    try:
        engine = Engine(cfg, policy, jobs=kw["jobs"], packs=cfg.packs)
        use_cache = not kw["no_cache"] and not os.environ.get("CONTENTLINT_NO_CACHE")
        # Pages are parsed and linted in the workers while the crawl fetches the next ones.
        with CrawlParser(engine, use_cache) as parser:
            outcome = crawler.run_crawl(
                options,
                db_path,
                resume=kw["resume"],
                progress=sys.stderr.isatty() and not kw["quiet"],
                notices=notices,
                on_record=parser,
            )
            with Bar(wanted(kw["quiet"])) as bar:
                engine.progress = bar
                result = lint_db(
                    engine, db_path, crawl=outcome.crawl_id, use_cache=use_cache, parser=parser
                )
    except KeyboardInterrupt:
        if outcome is not None:  # the crawl had finished: only linting was cut short
            _fail([f"interrupted; lint the stored crawl with `contentlint check --db {db_path}`"])
        _fail(
            [
                f"interrupted; the crawl so far is saved in {db_path}: "
                "continue it with `contentlint crawl --resume`"
            ]
        )
    except Exception:
        _fail([f"internal error:\n{traceback.format_exc()}"])
    result.warnings = [*notices, *outcome.warnings, *result.warnings]
    if not kw["quiet"]:
        for line in crawler.summary_lines(outcome, result.stats):
            click.echo(line, err=True)
    emit(
        result,
        cfg,
        output_format=kw["output_format"],
        output=kw["output"],
        statistics=kw["statistics"],
        fail_on=kw["fail_on"],
        exit_zero=kw["exit_zero"],
        color=kw["color"],
        quiet=kw["quiet"],
        baseline=kw["baseline"],
        write_baseline=kw["write_baseline"],
        summary_file=kw["summary_file"],
        sarif_file=kw["sarif_file"],
        min_score=min_score_for(cfg, kw["min_score"]),
        policy=policy,
        source=" ".join(urls) or str(db_path),
    )
