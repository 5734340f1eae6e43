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
