"""`contentlint check`, `rules`, `rule`, `schema` and `scores`."""

from __future__ import annotations

import json
import sys
import traceback
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click
from contentlint.cli.common import (
    _fail,
    _load,
    _policy,
    adoption_options,
    apply_limits,
    common_options,
    emit,
    limit_options,
    main,
    open_cache,
)
from contentlint.cli.progress import Bar, wanted
from contentlint.config.core import config_schema, load_config
from contentlint.engine.cluster import ClusterEngine
from contentlint.engine.core import Engine
from contentlint.engine.run import expand_globs, lint_inputs
from contentlint.model import registry
from contentlint.model.datafile import ConfigError
from contentlint.scores.gate import min_score_for, needs_scores


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
    "--scheduler",
    envvar="CONTENTLINT_SCHEDULER",
    metavar="ADDRESS",
    help="Run the map stage on a Dask cluster: tcp://HOST:PORT, or local[:N] for N worker "
    "processes on this machine (env CONTENTLINT_SCHEDULER; never read from a config file). "
    "Needs contentlint[dask].",
)
@click.option(
    "--records-parquet",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write one record per document (scores, counts, codes) as Parquet, for "
    "DuckDB or pandas. Needs pyarrow.",
)
@click.option(
    "--now",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Judge content age (E003) as of this date instead of today, for reproducible runs.",
)
@adoption_options
@limit_options
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
    scheduler: str | None = None,
    records_parquet: Path | None = None,
    now: Any = None,
    min_score: float | None = None,
    max_file_size: int | None = None,
    max_file_time: float | None = None,
) -> None:
    """Lint Markdown and HTML files and folders (default: the current folder).

    WARC/ARC archives (and folders holding them) are read too; `--db` lints a stored crawl.
    """
    cfg = _load(config_path, include_drafts, paths)
    apply_limits(cfg, max_file_size, max_file_time)
    only = None
    if changed_since:
        from contentlint.sources.git import GitError
        from contentlint.sources.git import changed_since as git_changed

        try:
            only = git_changed(changed_since, Path.cwd())
        except GitError as exc:
            _fail([f"--changed-since {changed_since}: {exc}"])
    if any("://" in p for p in paths):
        from contentlint.sources import remote

        try:  # before any work: a missing fsspec backend is a usage error (exit 2)
            remote.check(list(paths))
        except remote.MissingBackend as exc:
            _fail([str(exc)])
    policy = _policy(cfg, select, extend_select, ignore)
    if now is not None:
        policy.now = now.date().isoformat()
    min_score = min_score_for(cfg, min_score)
    keep = needs_scores(output_format, min_score, summary_file, write_baseline)
    if records_parquet is not None:
        from contentlint.report import parquet

        if not parquet.available():
            _fail([parquet.MISSING])
        keep = True
    with ExitStack() as stack:
        if scheduler:
            client = _cluster_client(stack, scheduler, quiet)
            engine: Engine = ClusterEngine(
                client, cfg, policy, jobs=jobs, packs=cfg.packs, keep_documents=keep
            )
        else:
            engine = Engine(
                cfg,
                policy,
                jobs=jobs,
                cache=open_cache(cfg, policy, no_cache, cache_dir),
                packs=cfg.packs,
                keep_documents=keep,
            )
            if engine.cache is not None:
                # Closed here, not left to the interpreter's exit: `run` freezes objects
                # at exit, and an unreleased connection would leave its WAL files behind.
                stack.callback(engine.cache.close)
        streamed = None
        if output_format == "jsonl" and baseline is None and write_baseline is None:
            # Per-document problems are written as documents finish (a baseline needs
            # every problem first). Opened before the run; `emit` closes it.
            from contentlint.report.jsonl import Stream

            out = output.open("w", encoding="utf-8") if output else sys.stdout
            streamed = Stream(out)
            engine.stream = streamed.document
        try:
            with Bar(wanted(quiet)) as bar:
                engine.progress = bar
                result = lint_inputs(
                    engine,
                    expand_globs(paths) or ["."],
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
        min_score=min_score,
        policy=policy,
        source=str(db) if db is not None else " ".join(paths) or ".",
        records_parquet=records_parquet,
        streamed=streamed,
    )


def _cluster_client(stack: ExitStack, scheduler: str, quiet: bool) -> Any:
    """Connect to (or start) the Dask cluster; its dashboard link on stderr (with bokeh)."""
    from contentlint.engine.cluster import ClusterError, connect, dashboard_link

    try:
        client = stack.enter_context(connect(scheduler))
    except ClusterError as exc:
        _fail([str(exc)])
    link = dashboard_link(client)
    if link and not quiet:
        click.echo(f"contentlint: Dask dashboard: {link}", err=True)
    return client


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
@click.argument("kind", type=click.Choice(["config", "pack", "report"]), default="config")
def schema(kind: str) -> None:
    """Print the JSON Schema of the config file, a rule pack, or the audit report
    (`--output-format report-json`, the records CSV and HTML are made from)."""
    if kind == "report":
        from importlib import resources

        click.echo((resources.files("contentlint") / "schemas" / "report.schema.json").read_text())
        return
    if kind == "pack":
        from contentlint.rules._shared.packs import pack_schema

        click.echo(json.dumps(pack_schema(), indent=2))
        return
    click.echo(json.dumps(config_schema(), indent=2))


@main.command("scores")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Config file.")
def scores_doc(config_path: Path | None) -> None:
    """How documents, sections and the site are scored, with the weights in force."""
    from contentlint.scores import formula

    cfg = _load(config_path, False)
    weights = formula.Weights.from_config(cfg.raw.get("scores"))
    doc = (formula.__doc__ or "").strip()
    click.echo(doc + "\n\nIn force here (" + cfg.label + "):\n\n" + formula.describe(weights))
