"""Scores: problems and documents → a 0–100 score per family and overall, per document,
per section and for the site, each with the deductions that explain it. Sits between
the engine (which finds problems) and the reporters (which only format)."""
