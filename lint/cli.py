"""Command line: `contentlint check`, `rules`, `rule`, `schema`.

Exit status: 0 when nothing is at or above `--fail-on`, 1 when problems are found,
2 for usage, configuration or internal errors.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

import click
from contentlint import __version__
from contentlint.config.core import Config, ConfigError, Policy, config_schema, load_config
from contentlint.engine.core import Engine, RunResult
from contentlint.engine.run import lint_db, lint_inputs
from contentlint.model import registry
from contentlint.model.problem import Severity
from contentlint.report import FORMATS, ReportOptions, get_reporter

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def _fail(messages: Sequence[str]) -> NoReturn:
    for m in messages:
        click.echo(f"contentlint: error: {m}", err=True)
    sys.exit(EXIT_ERROR)


def _split(values: Sequence[str]) -> list[str]:
    """`--select T001,M --select D` -> ["T001", "M", "D"]."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


class _Group(click.Group):
    """Ctrl-C anywhere (reading, linting, printing) exits 2 like any other run that did
    not finish, not click's 1, which here means "problems found"."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _fail(["interrupted"])


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "-V", "--version", prog_name="contentlint")
def main() -> None:
    """An SEO content quality linter: thin, duplicated, cannibalizing and expertise-free content."""


def common_options(fn: Any) -> Any:
    """Options shared by every command that lints (check, crawl)."""
    decorators = [
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Config file (default: .contentlint.yml or pyproject.toml, found upwards).",
        ),
        click.option(
            "--select",
            multiple=True,
            help="Rules to enable (codes, prefixes, names, ALL); replaces config.",
        ),
        click.option(
            "--extend-select", multiple=True, help="Rules to enable on top of the selection."
        ),
        click.option("--ignore", multiple=True, help="Rules to disable."),
        click.option(
            "--output-format", type=click.Choice(FORMATS), default="text", show_default=True
        ),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write the report to a file instead of standard output.",
        ),
        click.option(
            "--statistics", is_flag=True, help="Count problems per rule instead of listing them."
        ),
        click.option(
            "--fail-on",
            type=click.Choice(["error", "warning", "info"]),
            help="Lowest severity that makes the exit status 1 (default: error).",
        ),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found."),
        click.option("--include-drafts", is_flag=True, help="Judge drafts as articles too."),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            help="Worker processes (default: all cores).",
        ),
        click.option(
            "--color/--no-color", default=None, help="Colour output (default: on a terminal)."
        ),
        click.option(
            "-q", "--quiet", is_flag=True, help="Print problems only, no summary or warnings."
        ),
        click.option(
            "--no-cache", is_flag=True, help="Read every file again; do not use or write the cache."
        ),
        click.option(
            "--cache-dir",
            type=click.Path(file_okay=False, path_type=Path),
            help="Cache folder (default: .contentlint/ next to the config file).",
        ),
    ]
    for d in reversed(decorators):
        fn = d(fn)
    return fn


def config_start(paths: Sequence[str]) -> Path:
    """Where config discovery starts: the first path given (as ruff finds the closest config)."""
    for raw in paths:
        p = Path(raw)
        if p.exists():
            return (p if p.is_dir() else p.parent).resolve()
    return Path.cwd()


def adoption_options(fn: Any) -> Any:
    """Baselines and CI side outputs (job summary, SARIF next to another format)."""
    decorators = [
        click.option(
            "--baseline",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Report only problems not recorded in this baseline file.",
        ),
        click.option(
            "--write-baseline",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Record the current problems in this file and exit 0.",
        ),
        click.option(
            "--summary-file",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Append a Markdown summary (e.g. $GITHUB_STEP_SUMMARY).",
        ),
        click.option(
            "--sarif-file",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Also write a SARIF report to this file.",
        ),
    ]
    for d in reversed(decorators):
        fn = d(fn)
    return fn


def _load(config_path: Path | None, include_drafts: bool, paths: Sequence[str] = ()) -> Config:
    try:
        cfg = load_config(config_path, start=config_start(paths))
    except ConfigError as exc:
        _fail(exc.messages)
    if include_drafts:
        from dataclasses import replace

        cfg.settings = replace(cfg.settings, include_drafts=True)
    return cfg


def _policy(
    cfg: Config, select: Sequence[str], extend_select: Sequence[str], ignore: Sequence[str]
) -> Policy:
    from contentlint.config.core import selector_hint, selector_matches_any

    sel, ext, ign = _split(select), _split(extend_select), _split(ignore)
    unknown = [s for s in (*sel, *ext, *ign) if not selector_matches_any(s)]
    if unknown:
        _fail(
            [
                f"unknown rule selector {s!r}{selector_hint(s) or ' (see `contentlint rules`)'}"
                for s in unknown
            ]
        )
    return Policy.from_config(cfg, sel or None, ext, ign)


def open_cache(cfg: Config, policy: Policy, no_cache: bool, cache_dir: Path | None) -> Any:
    """The result cache, unless disabled; a cache that cannot be opened is skipped, not fatal."""
    import os

    if no_cache or os.environ.get("CONTENTLINT_NO_CACHE"):
        return None
    from contentlint.engine.cache import Cache
    from contentlint.model.settings import CACHE_DIR_NAME

    directory = cache_dir or Path(
        os.environ.get("CONTENTLINT_CACHE_DIR") or cfg.root / CACHE_DIR_NAME
    )
    try:
        return Cache(
            directory, cfg.settings.fingerprint() + policy.fingerprint() + cfg.fingerprint()
        )
    except (OSError, Exception) as exc:
        click.echo(f"contentlint: warning: cache disabled ({directory}: {exc})", err=True)
        return None


def emit(
    result: RunResult,
    cfg: Config,
    *,
    output_format: str,
    output: Path | None,
    statistics: bool,
    fail_on: str | None,
    exit_zero: bool,
    color: bool | None,
    quiet: bool,
    baseline: Path | None = None,
    write_baseline: Path | None = None,
    summary_file: Path | None = None,
    sarif_file: Path | None = None,
) -> NoReturn:
    """Print warnings and the report, then exit with the linter's status."""
    from contentlint.engine import baseline as baseline_mod

    if write_baseline is not None:
        n = baseline_mod.write(write_baseline, result.problems)
        click.echo(
            f"contentlint: wrote {n} baseline entries ({len(result.problems)} problems) "
            f"to {write_baseline}",
            err=True,
        )
        sys.exit(EXIT_ERROR if result.internal_errors else EXIT_OK)
    if baseline is not None:
        try:
            kept = baseline_mod.apply(baseline, result.problems, set(result.reported_paths))
        except baseline_mod.BaselineError as exc:
            _fail([str(exc)])
        result.problems = kept.problems
        if kept.stale and not quiet:
            click.echo(
                f"contentlint: note: {len(kept.stale)} baseline entries in {baseline} no longer "
                "match a problem and can be removed (re-run with --write-baseline):",
                err=True,
            )
            for e in kept.stale[:20]:
                click.echo(f"  {e.get('path')}: {e.get('code')} {e.get('message', '')}", err=True)
            if len(kept.stale) > 20:
                click.echo(f"  ... and {len(kept.stale) - 20} more", err=True)
    if summary_file is not None:
        from contentlint.report import summary as summary_mod

        with summary_file.open("a", encoding="utf-8") as fh:
            summary_mod.report(result, fh, ReportOptions())
    if sarif_file is not None:
        from contentlint.report import sarif as sarif_mod

        with sarif_file.open("w", encoding="utf-8") as fh:
            sarif_mod.report(result, fh, ReportOptions(root=str(Path.cwd())))
    if not quiet:
        for w in result.warnings:
            click.echo(f"contentlint: warning: {w}", err=True)
    for err in result.internal_errors:
        click.echo(f"contentlint: internal error: {err}", err=True)
    stream: TextIO = output.open("w", encoding="utf-8") if output is not None else sys.stdout
    use_color = color if color is not None else (output is None and stream.isatty())
    try:
        reporter = get_reporter(output_format)
        if output_format == "text" and quiet and not statistics:
            for p in result.problems:
                stream.write(f"{p.path}:{p.line}:{p.column}: {p.code} [{p.severity}] {p.message}\n")
        else:
            reporter(
                result,
                stream,
                ReportOptions(color=use_color, statistics=statistics, root=str(Path.cwd())),
            )
    finally:
        if output is not None:
            stream.close()
    if result.internal_errors:
        sys.exit(EXIT_ERROR)
    threshold = Severity.parse(fail_on) if fail_on else cfg.fail_on
    if result.count(threshold) and not exit_zero:
        sys.exit(EXIT_PROBLEMS)
    sys.exit(EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@common_options
@click.option(
    "--corpus",
    "corpus",
    multiple=True,
    type=click.Path(exists=True),
    help="Compare against these paths (default: config `corpus`, or the config folder).",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply exclude globs to paths given on the command line too.",
)
@click.option(
    "--changed-since",
    metavar="REV",
    help="Report only on files changed since this git revision (still compared with the corpus).",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Re-lint a crawl stored by `contentlint crawl` (no network) instead of files.",
)
@click.option(
    "--now",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Judge content age (E003) as of this date instead of today, for reproducible runs.",
)
@adoption_options
def check(
    paths: tuple[str, ...],
    config_path: Path | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    output_format: str,
    output: Path | None,
    statistics: bool,
    fail_on: str | None,
    exit_zero: bool,
    include_drafts: bool,
    jobs: int | None,
    color: bool | None,
    quiet: bool,
    no_cache: bool,
    cache_dir: Path | None,
    corpus: tuple[str, ...],
    force_exclude: bool,
    changed_since: str | None,
    baseline: Path | None,
    write_baseline: Path | None,
    summary_file: Path | None,
    sarif_file: Path | None,
    db: Path | None = None,
    now: Any = None,
) -> None:
    """Lint Markdown and HTML files and folders (default: the current folder).

    WARC/ARC archives (and folders holding them) are read too; `--db` lints a stored crawl.
    """
    cfg = _load(config_path, include_drafts, paths)
    only = None
    if changed_since:
        from contentlint.sources.git import GitError
        from contentlint.sources.git import changed_since as git_changed

        try:
            only = git_changed(changed_since, Path.cwd())
        except GitError as exc:
            _fail([f"--changed-since {changed_since}: {exc}"])
    policy = _policy(cfg, select, extend_select, ignore)
    if now is not None:
        policy.now = now.date().isoformat()
    engine = Engine(
        cfg,
        policy,
        jobs=jobs,
        cache=open_cache(cfg, policy, no_cache, cache_dir),
        packs=cfg.packs,
    )
    try:
        result = lint_inputs(
            engine,
            list(paths) or ["."],
            list(corpus) or None,
            force_exclude,
            db,
            only=only,
            use_cache=engine.cache is not None,
        )
    except Exception:
        _fail([f"internal error:\n{traceback.format_exc()}"])
    if not result.reported and not result.warnings and not quiet:
        click.echo("contentlint: warning: no Markdown or HTML files found", err=True)
    emit(
        result,
        cfg,
        output_format=output_format,
        output=output,
        statistics=statistics,
        fail_on=fail_on,
        exit_zero=exit_zero,
        color=color,
        quiet=quiet,
        baseline=baseline,
        write_baseline=write_baseline,
        summary_file=summary_file,
        sarif_file=sarif_file,
    )


@main.command("rules")
@click.option(
    "--output-format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
def list_rules(output_format: str) -> None:
    """List every rule: code, name, default severity, languages and summary."""
    _load_packs_quietly()
    rules = registry.all_rules()
    if output_format == "markdown":
        from contentlint.report.ruledocs import rules_table

        click.echo(rules_table())
        return
    if output_format == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family,
                "severity": str(r.severity),
                "languages": sorted(r.languages) if r.languages else None,
                "scope": r.scope,
                "enabled_by_default": r.enabled_by_default,
                "options": dict(r.defaults),
                "summary": r.summary,
            }
            for r in rules
        ]
        click.echo(json.dumps(data, indent=2))
        return
    langs = {r.code: ",".join(sorted(r.languages)) if r.languages else "all" for r in rules}
    w_code = max(len(r.code) for r in rules)
    w_name = max(len(r.name) for r in rules)
    w_lang = max(len(v) for v in langs.values())
    for r in rules:
        flag = "" if r.enabled_by_default else " (off by default)"
        click.echo(
            f"{r.code:<{w_code}}  {r.name:<{w_name}}  {r.severity!s:<7}  "
            f"{langs[r.code]:<{w_lang}}  {r.summary}{flag}"
        )


def _load_packs_quietly() -> None:
    """Rule packs named in the config found from here are rules too (`rules`, `rule`)."""
    try:
        load_config(start=Path.cwd())
    except ConfigError as exc:
        click.echo(f"contentlint: warning: config not loaded: {exc.messages[0]}", err=True)


@main.command("rule")
@click.argument("code")
def show_rule(code: str) -> None:
    """Print a rule's documentation: why it matters, how to fix, options, examples."""
    _load_packs_quietly()
    r = registry.get_rule(code)
    if r is None:
        _fail([f"unknown rule {code!r} (see `contentlint rules`)"])
    from contentlint.report.ruledocs import rule_doc

    click.echo(rule_doc(r))


@main.command("schema")
@click.argument("kind", type=click.Choice(["config", "pack"]), default="config")
def schema(kind: str) -> None:
    """Print the JSON Schema of the config file or of a rule pack."""
    if kind == "pack":
        from contentlint.rules._shared.packs import pack_schema

        click.echo(json.dumps(pack_schema(), indent=2))
        return
    click.echo(json.dumps(config_schema(), indent=2))


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
        outcome = crawler.run_crawl(
            options,
            db_path,
            resume=kw["resume"],
            progress=sys.stderr.isatty() and not kw["quiet"],
            notices=notices,
        )
        engine = Engine(cfg, policy, jobs=kw["jobs"], packs=cfg.packs)
        use_cache = not kw["no_cache"] and not os.environ.get("CONTENTLINT_NO_CACHE")
        result = lint_db(engine, db_path, crawl=outcome.crawl_id, use_cache=use_cache)
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
    )


if __name__ == "__main__":  # pragma: no cover
    main()
