"""`python -m contentlint.cli`."""

from contentlint.cli import main

main()
