"""Signals: what a page says about itself, as pure functions of a document or a parsed tree.

Text measures, authors, dates, structured data, metrics. Sources call them while they
parse (to share one parse); rules read them. Signals import only the model.
"""
