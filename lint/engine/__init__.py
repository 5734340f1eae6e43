"""The engine: running rules over documents (per document in workers, then the corpus
stage), the cache, baselines, and `run`, the one module that owns a job from inputs to
problems. Only the report and the command line sit above it.
"""
