"""contentlint: an SEO content quality linter for Markdown, HTML and crawled sites."""

__version__ = "0.1.0"

__all__ = ["__version__"]
