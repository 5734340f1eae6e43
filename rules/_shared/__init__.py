"""Analysis shared by several rule families (URL canonicalisation and the link graph,
phrase packs). Families may import these modules; no family imports another family."""
