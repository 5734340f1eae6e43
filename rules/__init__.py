"""Built-in rules, one module (or package) per rule family, yamllint style.

Each rule is a function decorated with `contentlint.model.registry.rule`, which declares
its code, name, default severity and options; its docstring is its documentation.
Importing this package registers every family: adding a module is all it takes.
Modules whose names start with `_` hold analysis shared by several families.
"""

from __future__ import annotations

import importlib
import pkgutil


def _register_families() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


_register_families()
