"""Built-in rules, one module per rule family (yamllint style).

Each rule is a function decorated with `contentlint.registry.rule`, which declares
its code, name, default severity and options; its docstring is its documentation.
"""
