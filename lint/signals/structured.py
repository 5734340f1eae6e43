"""Structured data as a graph: JSON-LD nodes, `@graph` members and `@id` references resolved.

Sites describe a page in JSON-LD in many shapes: one object, a list, an `@graph`, with
the author as a nested Person or as an `{"@id": ...}` pointing at another node. This
module flattens those into the top-level nodes with an `@id` index, tells which nodes
describe the page's own content, and reads their authors and dates. Microdata needs
the HTML tree, so `signals.htmlscan` reads it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from contentlint.model.document import Document
from contentlint.signals import dates as datesmod
from contentlint.signals.names import clean_name

#: JSON-LD types whose `author`/`datePublished` describe the page's own content.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "TechArticle",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "AskPublicQuestionAction",
        "SatiricalArticle",
        "AdvertiserContentArticle",
    }
)
#: Further types whose author and dates are the page's own (reviews, recipes, pages).
CONTENT_TYPES = ARTICLE_TYPES | {
    "Review",
    "ClaimReview",
    "HowTo",
    "Recipe",
    "WebPage",
    "MedicalWebPage",
    "AboutPage",
    "FAQPage",
    "QAPage",
    "CreativeWork",
    "Blog",
}
ORG_TYPES = frozenset(
    {
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "EducationalOrganization",
        "GovernmentOrganization",
        "NGO",
        "LocalBusiness",
        "OnlineBusiness",
    }
)


def jsonld_nodes(doc: Document) -> Iterator[tuple[Any, dict[str, Any], dict[str, Any]]]:
    """(block, node, @id index) for every top-level node, `@graph` members included."""
    for block in doc.json_ld:
        if block.data is None:
            continue
        tops: list[Any] = []
        stack = [block.data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                if "@type" in item:
                    tops.append(item)
                    # an Article inside `WebPage.mainEntity` (or `hasPart`) is the page's
                    for key in ("mainEntity", "hasPart"):
                        if isinstance(item.get(key), (dict, list)):
                            stack.append(item[key])
        index = {n["@id"]: n for n in tops if isinstance(n.get("@id"), str)}
        _index_nested(block.data, index)
        for node in tops:
            yield block, node, index


def _index_nested(data: Any, index: dict[str, Any], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for d in data:
            _index_nested(d, index, depth + 1)
    elif isinstance(data, dict):
        if isinstance(data.get("@id"), str) and len(data) > 1:
            index.setdefault(data["@id"], data)
        for v in data.values():
            if isinstance(v, (dict, list)):
                _index_nested(v, index, depth + 1)


def content_nodes(doc: Document) -> Iterator[tuple[Any, dict[str, Any], dict[str, Any]]]:
    """Top-level JSON-LD nodes that describe the page's own content (articles, reviews)."""
    for block, node, index in jsonld_nodes(doc):
        if node_types(node) & CONTENT_TYPES:
            yield block, node, index


def article_nodes(doc: Document) -> Iterator[tuple[Any, dict[str, Any], dict[str, Any]]]:
    for block, node, index in jsonld_nodes(doc):
        if node_types(node) & ARTICLE_TYPES:
            yield block, node, index


def node_types(node: Mapping[str, Any]) -> set[str]:
    t = node.get("@type") or node.get("type")
    values = t if isinstance(t, list) else [t]
    return {
        v.split("/")[-1].capitalize() if v.islower() else v.split("/")[-1]
        for v in values
        if isinstance(v, str)
    }


def resolve_ref(entry: Any, index: Mapping[str, Any]) -> Any:
    if isinstance(entry, dict) and set(entry) <= {"@id", "@type"} and entry.get("@id") in index:
        return index[entry["@id"]]
    return entry


def jsonld_author_names(node: Mapping[str, Any], index: Mapping[str, Any]) -> list[str]:
    """Names in a node's `author`, with `@id` references followed."""
    author = node.get("author")
    out: list[str] = []
    for entry in author if isinstance(author, list) else [author]:
        entry = resolve_ref(entry, index)
        raw = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(raw, str):
            name = clean_name(raw)
            if name:
                out.append(name)
    return out


def jsonld_date(value: Any) -> datesmod.Parsed | None:
    if not isinstance(value, str) or datesmod.PLACEHOLDER_DATE.match(value.strip()):
        return None
    return datesmod.parse(value)
