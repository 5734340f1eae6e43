"""`check --scheduler`: the same problems on a Dask cluster as with the worker pool.

Real components only: a `LocalCluster` of worker processes on 127.0.0.1, and once the
way a user deploys, `dask scheduler` and two `dask worker` processes. Every listener is
on loopback; no dashboard is started. Kept few and small (the suite runs on 2 cores):
the 5,000-document identity check runs with CONTENTLINT_BIG_TESTS=1 (bench/RESULTS.md).
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from contentlint.cli.common import _load, _policy  # noqa: E402
from contentlint.engine.cluster import ClusterEngine  # noqa: E402
from contentlint.engine.core import Engine, RunResult  # noqa: E402
from contentlint.engine.run import lint_inputs  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def lint(paths: list[str], client=None, progress=None) -> RunResult:
    cfg = _load(None, False, paths)
    policy = _policy(cfg, (), (), ())
    if client is None:
        engine = Engine(cfg, policy, jobs=2, packs=cfg.packs)
    else:
        engine = ClusterEngine(client, cfg, policy, packs=cfg.packs)
    engine.progress = progress
    return lint_inputs(engine, paths, None, False)


_POOL: dict[tuple[str, ...], RunResult] = {}


def pool_run(paths: list[str]) -> RunResult:
    """The worker-pool run of `paths`, once per module (several tests compare with it)."""
    if tuple(paths) not in _POOL:
        _POOL[tuple(paths)] = lint(paths)
    return _POOL[tuple(paths)]


def problems(result: RunResult) -> list[tuple]:
    """Everything a problem says: codes, paths, lines, messages, related documents."""
    return [
        (*tuple(dataclasses.astuple(p)[:-1]), json.dumps(p.extra, sort_keys=True, default=str))
        for p in result.problems
    ]


def same(a: RunResult, b: RunResult) -> None:
    assert problems(a) == problems(b)
    assert a.reported_paths == b.reported_paths
    assert a.warnings == b.warnings
    assert a.internal_errors == b.internal_errors == []
    assert {k: v for k, v in a.stats.items() if k.startswith("warc")} == {
        k: v for k, v in b.stats.items() if k.startswith("warc")
    }


@pytest.mark.parametrize("name", ["dupes", "eeat", "example", "site"])
def test_fixtures_give_the_same_problems_on_the_cluster(client, name, monkeypatch):
    monkeypatch.chdir(FIXTURES / name)
    pool = lint(["."])
    assert pool.problems
    same(pool, lint(["."], client))


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, list[Path]]:
    """A 150-page synthetic site with planted duplicates, doorways and cannibalization,
    as one WARC and as three (plus redirects, a later capture, a 404, a loop, an image)."""
    sys.path.insert(0, str(BENCH))
    import synth_warc

    tmp = tmp_path_factory.mktemp("warc")
    built, _, _ = synth_warc.synth.pages(150, 2, source=REPO / "fixtures")
    one = synth_warc.write_warcs(built, tmp / "one" / "site.warc.gz")
    (tmp / "three").mkdir()
    three = synth_warc.write_warcs(built, tmp / "three" / "site.warc.gz", files=3)
    return {"one": one, "three": three}


def test_archives_are_split_over_workers_with_the_same_problems(client, archives):
    one = [str(p) for p in archives["one"]]
    pool = pool_run(one)
    codes = {p.code for p in pool.problems}
    assert "F003" in codes and codes & {"D001", "D002", "D003", "D007"}
    assert pool.stats["warc: redirects"] == 5  # three old URLs, a loop of two
    same(pool, lint(one, client))
    # Three files: a URL's later capture sits in another file than its first.
    three = [str(p) for p in archives["three"]]
    same(pool_run(three), lint(three, client))


class KillOnce:
    """A progress display that kills one worker process (by PID) at the first documents
    done, while the other tasks are still running."""

    def __init__(self, client) -> None:
        self.pids = client.run(os.getpid)
        self.killed: int | None = None

    def total(self, n: int) -> None:
        pass

    def done(self, n: int) -> None:
        if self.killed is None:
            self.killed = next(iter(self.pids.values()))
            os.kill(self.killed, signal.SIGKILL)


def test_a_worker_killed_mid_run_loses_no_document(client, archives):
    paths = [str(p) for p in archives["one"]]
    pool = pool_run(paths)
    killer = KillOnce(client)
    on_cluster = lint(paths, client, progress=killer)
    assert killer.killed is not None
    client.wait_for_workers(2)
    assert killer.killed not in client.run(os.getpid).values()
    same(pool, on_cluster)
    assert len(on_cluster.documents) == len(pool.documents)


def _wait_for(path: Path, procs: list[subprocess.Popen]) -> None:
    for _ in range(600):
        if path.exists() and path.stat().st_size:
            return
        assert all(p.poll() is None for p in procs), "the scheduler exited"
        time.sleep(0.1)
    raise AssertionError(f"{path} never appeared")


def test_separate_scheduler_and_worker_processes_lint_an_archive(archives, tmp_path):
    """As a user deploys: `dask scheduler`, two `dask worker`s, then `contentlint check`
    with the address from the environment, and a glob of archives."""
    bindir = Path(sys.executable).parent
    dask = str(bindir / "dask")
    sched_file = tmp_path / "scheduler.json"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = [
        subprocess.Popen(
            [
                dask,
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--dashboard-address",
                "127.0.0.1:0",
                "--scheduler-file",
                str(sched_file),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    ]
    try:
        _wait_for(sched_file, procs)
        address = json.loads(sched_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [
                        dask,
                        "worker",
                        address,
                        "--host",
                        "127.0.0.1",
                        "--no-dashboard",
                        "--nthreads",
                        "1",
                        "--no-nanny",
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    env=env,
                )
            )
        with distributed.Client(address) as c:
            c.wait_for_workers(2, timeout=120)
        folder = archives["three"][0].parent
        cmd = [str(bindir / "contentlint"), "check", "--output-format", "json"]
        pool = subprocess.run(
            [*cmd, *(p.name for p in archives["three"])], cwd=folder, capture_output=True
        )
        cluster = subprocess.run(
            [*cmd, "site-*.warc.gz"],
            cwd=folder,
            capture_output=True,
            env={**os.environ, "CONTENTLINT_SCHEDULER": address},
        )
        assert cluster.returncode == pool.returncode == 1, cluster.stderr.decode()
        assert json.loads(cluster.stdout) == json.loads(pool.stdout)
    finally:
        for p in reversed(procs):
            os.kill(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(p.pid, signal.SIGKILL)
                p.wait()


def test_without_dask_the_error_says_how_to_install_it(tmp_path):
    shadow = tmp_path / "shadow"
    (shadow / "distributed").mkdir(parents=True)
    (shadow / "distributed" / "__init__.py").write_text("raise ImportError('no dask here')\n")
    (tmp_path / "a.md").write_text("# A\n\nSome words.\n")
    env = {**os.environ, "PYTHONPATH": str(shadow)}
    out = subprocess.run(
        [sys.executable, "-m", "contentlint.cli", "check", "--scheduler", "local:1", "a.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.returncode == 2
    assert "pip install 'contentlint[dask]'" in out.stderr


@pytest.mark.skipif(
    os.environ.get("CONTENTLINT_BIG_TESTS") != "1", reason="5,000 documents: minutes on 2 cores"
)
def test_five_thousand_synthetic_documents_give_the_same_problems(client, tmp_path, monkeypatch):
    sys.path.insert(0, str(BENCH))
    import synth

    built, truth, _ = synth.pages(5000, 2, source=REPO / "fixtures")
    synth.write_site(built, truth, tmp_path)
    monkeypatch.chdir(tmp_path)
    pool = lint(["content"])
    codes = {p.code for p in pool.problems}
    assert {"D001", "D002", "D003", "D005", "K002"} & codes
    killer = KillOnce(client)
    same(pool, lint(["content"], client, progress=killer))
    assert killer.killed is not None
