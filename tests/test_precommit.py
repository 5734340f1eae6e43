"""The pre-commit hooks, run by real pre-commit on a temporary git repository.

pre-commit builds the hook's environment as it would for a user (a virtualenv and
`pip install` of this repository, from the package registry), so this test is slow the
first time; the environment is shared by every commit in the module.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import write

REPO = Path(__file__).resolve().parent.parent
GOOD = (REPO / "fixtures/example/content/posts/cutting-ci-build-times.md").read_text()
pytestmark = pytest.mark.slow


def sh(cwd, *args, check=True):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    env.pop("CONTENTLINT_NO_CACHE", None)
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, check=check, env=env)


def _pre_commit() -> str:
    exe = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(exe).exists():
        pytest.fail("pre-commit is not installed (pip install -e '.[test]')")
    return exe


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    """This working tree as a git repository pre-commit can clone (as `try-repo` does)."""
    dest = tmp_path_factory.mktemp("hookrepo")
    listed = sh(REPO, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").stdout
    for rel in filter(None, listed.split("\0")):
        src = REPO / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    sh(dest, "git", "init", "-q")
    sh(dest, "git", "add", "-A")
    sh(dest, "git", "commit", "-qm", "snapshot")
    return dest, sh(dest, "git", "rev-parse", "HEAD").stdout.strip()


@pytest.fixture(scope="module")
def content_repo(tmp_path_factory, hook_repo):
    repo_dir, rev = hook_repo
    root = tmp_path_factory.mktemp("site")
    home = tmp_path_factory.mktemp("pre-commit-home")
    os.environ["PRE_COMMIT_HOME"] = str(home)
    write(
        root,
        {
            ".pre-commit-config.yaml": f"repos:\n  - repo: {repo_dir}\n    rev: {rev}\n    hooks:\n      - id: contentlint\n",
            ".contentlint.yml": "select: [T001, M001, D002]\n",
            "content/posts/cutting-ci-build-times.md": GOOD,
        },
    )
    sh(root, "git", "init", "-q")
    sh(root, _pre_commit(), "install")
    sh(root, "git", "add", "-A")
    first = sh(root, "git", "commit", "-qm", "first post", check=False)
    assert first.returncode == 0, first.stdout + first.stderr
    return root


def test_first_commit_ran_the_hook(content_repo):
    """The fixture's first commit passed *through* the hook (it is installed and ran)."""
    assert (content_repo / ".git" / "hooks" / "pre-commit").exists()
    log = sh(content_repo, "git", "log", "--oneline").stdout
    assert "first post" in log


def test_commit_adding_a_thin_page_fails_with_the_problem_printed(content_repo):
    write(
        content_repo,
        {"content/posts/thin.md": "---\ntitle: Best CI tools\n---\n\nThere are many CI tools.\n"},
    )
    sh(content_repo, "git", "add", "content/posts/thin.md")
    result = sh(content_repo, "git", "commit", "-qm", "thin", check=False)
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert "content/posts/thin.md:2:1: T001 [error] only 5 words of main text (minimum 300)" in out
    sh(content_repo, "git", "reset", "-q", "HEAD", "content/posts/thin.md")
    (content_repo / "content/posts/thin.md").unlink()


def test_commit_adding_a_near_copy_of_an_existing_page_fails(content_repo):
    copy = GOOD.replace(
        "How we cut our CI build from 14 to 6 minutes", "Cutting CI build times: our story"
    )
    copy = copy.replace(
        "Our pull-request pipeline used to take", "Our pipeline for pull requests used to take"
    )
    write(content_repo, {"content/posts/ci-story.md": copy})
    sh(content_repo, "git", "add", "content/posts/ci-story.md")
    result = sh(content_repo, "git", "commit", "-qm", "copy", check=False)
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert "content/posts/ci-story.md" in out and "D002" in out
    assert "content/posts/cutting-ci-build-times.md" in out  # the original is named
    sh(content_repo, "git", "reset", "-q", "HEAD", "content/posts/ci-story.md")
    (content_repo / "content/posts/ci-story.md").unlink()


def test_fixed_page_then_commits(content_repo):
    write(
        content_repo, {"content/posts/fixed.md": "---\ntitle: A fixed page\n---\n\n" + _prose(320)}
    )
    sh(content_repo, "git", "add", "content/posts/fixed.md")
    result = sh(content_repo, "git", "commit", "-qm", "fixed", check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _prose(n: int) -> str:
    text = (REPO / "fixtures/example/static/field-notes.html").read_text()
    import re

    words = re.sub(r"<[^>]+>", " ", text.split("<article>")[1]).split()
    return " ".join(words[:n]) + "\n"
