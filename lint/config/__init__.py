"""Configuration: finding, reading and validating `.contentlint.yml` / `[tool.contentlint]`,
selecting rules, and rule data. Sits above sources and rules (it reads the registry and
the file-discovery defaults) and below the engine.
"""
