"""`python -m contentlint.cli`."""

from contentlint.cli import run

run()
