"""What every command shares: the command group, common options, loading the config and
selection, and `emit`, which prints the report and decides the exit status.

Exit status: 0 when nothing is at or above `--fail-on` (and no document is below
`--min-score`), 1 when problems are found, 2 for usage, configuration or internal errors.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO, TypeVar

import click
from contentlint import __version__
from contentlint.config.core import Config, Policy, load_config
from contentlint.engine.core import RunResult
from contentlint.model.datafile import ConfigError
from contentlint.model.problem import Severity
from contentlint.report import FORMATS, ReportOptions, get_reporter
from contentlint.report.paths import shown
from contentlint.scores.gate import audit_for, below_min_score, needs_scores, overall_scores

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


# Option decorators keep the command function's type for mypy.
CommandT = TypeVar("CommandT", bound=Callable[..., Any])


def common_options(fn: CommandT) -> CommandT:
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
            "--min-score",
            type=click.FloatRange(0, 100),
            default=None,
            help="Fail when a judged document's overall score is below this (see `contentlint scores`).",
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


def adoption_options(fn: CommandT) -> CommandT:
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


def _size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """`--max-file-size`: a size like `5MB`, `512KB` or a number of bytes."""
    from contentlint.model.settings import parse_size

    if value is None:
        return None
    try:
        size = parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    if size < 1024:
        raise click.BadParameter(f"{value!r} is below the minimum of 1KB")
    return size


def limit_options(fn: CommandT) -> CommandT:
    """Per-file limits, so that no one file can stall a run (config: max-file-size/-time)."""
    decorators = [
        click.option(
            "--max-file-size",
            callback=_size,
            metavar="SIZE",
            help="Report larger files (F001) instead of reading them, e.g. 5MB (default: 5MB).",
        ),
        click.option(
            "--max-file-time",
            type=click.FloatRange(min=0),
            metavar="SECONDS",
            help="Report a file that takes longer to read and check (F001); 0: no limit "
            "(default: 10; not enforced on Windows).",
        ),
    ]
    for d in reversed(decorators):
        fn = d(fn)
    return fn


def apply_limits(cfg: Config, max_file_size: int | None, max_file_time: float | None) -> None:
    """Command-line limits over the config's."""
    from dataclasses import replace

    if max_file_size is not None:
        cfg.settings = replace(cfg.settings, max_file_size=max_file_size)
    if max_file_time is not None:
        cfg.settings = replace(cfg.settings, max_file_time=max_file_time)


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
    min_score: float | None = None,  # resolved by `min_score_for`
    policy: Policy | None = None,
    source: str = ".",
    records_parquet: Path | None = None,
    streamed: Any = None,
) -> NoReturn:
    """Print warnings and the report, then exit with the linter's status (`streamed`: a
    `jsonl.Stream` that already wrote the per-document problems)."""
    from contentlint.engine import baseline as baseline_mod

    audit = None
    if records_parquet is not None or needs_scores(
        output_format, min_score, summary_file, write_baseline
    ):
        # Scores count every problem, before the baseline hides the known ones.
        audit = audit_for(result, cfg, policy, source)
    if records_parquet is not None and audit is not None:
        from contentlint.report import parquet

        n = parquet.write(audit, records_parquet)
        if not quiet:
            click.echo(f"contentlint: wrote {n} document records to {records_parquet}", err=True)

    if write_baseline is not None:
        n = baseline_mod.write(write_baseline, result.problems, overall_scores(audit))
        click.echo(
            f"contentlint: wrote {n} baseline entries ({len(result.problems)} problems) "
            f"to {write_baseline}",
            err=True,
        )
        sys.exit(EXIT_ERROR if result.internal_errors else EXIT_OK)
    known_scores: dict[str, float] = {}
    if baseline is not None:
        try:
            kept = baseline_mod.apply(baseline, result.problems, set(result.reported_paths))
        except baseline_mod.BaselineError as exc:
            _fail([str(exc)])
        result.problems = kept.problems
        known_scores = kept.scores
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
            summary_mod.report(result, fh, ReportOptions(audit=audit))
    if sarif_file is not None:
        from contentlint.report import sarif as sarif_mod

        with sarif_file.open("w", encoding="utf-8") as fh:
            sarif_mod.report(result, fh, ReportOptions(root=str(Path.cwd())))
    if not quiet:
        for w in result.warnings:
            click.echo(f"contentlint: warning: {w}", err=True)
    for err in result.internal_errors:
        click.echo(f"contentlint: internal error: {err}", err=True)
    stream: TextIO = (
        streamed.out
        if streamed is not None
        else output.open("w", encoding="utf-8")
        if output is not None
        else sys.stdout
    )
    use_color = color if color is not None else (output is None and stream.isatty())
    try:
        reporter = streamed.rest if streamed is not None else get_reporter(output_format)
        if output_format == "text" and quiet and not statistics:
            for p in result.problems:
                stream.write(
                    f"{shown(p.path)}:{p.line}:{p.column}: {p.code} [{p.severity}] {p.message}\n"
                )
        else:
            reporter(
                result,
                stream,
                ReportOptions(
                    color=use_color, statistics=statistics, root=str(Path.cwd()), audit=audit
                ),
            )
    finally:
        if output is not None:
            stream.close()
    if result.internal_errors:
        sys.exit(EXIT_ERROR)
    below = []
    if min_score is not None and audit is not None:
        below = below_min_score(audit, min_score, baseline, known_scores)
        for doc in below if not quiet else []:
            click.echo(
                f"contentlint: {shown(doc['path'])}: score {doc['scores']['overall']:.1f} "
                f"is below --min-score {min_score:g}",
                err=True,
            )
    if below and not exit_zero:
        sys.exit(EXIT_PROBLEMS)
    threshold = Severity.parse(fail_on) if fail_on else cfg.fail_on
    if result.count(threshold) and not exit_zero:
        sys.exit(EXIT_PROBLEMS)
    sys.exit(EXIT_OK)
