import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(autouse=True)
def _isolated_cwd(tmp_path, monkeypatch):
    """Every test runs in its own empty folder, so no config is found by accident."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONTENTLINT_NO_CACHE", "1")
    yield


@pytest.fixture(scope="module")
def client():
    """A Dask client on a LocalCluster of two worker processes, every listener on loopback
    (one per test module that asks for it)."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c
