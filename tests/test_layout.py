"""Rules of the layout, checked on the source rather than trusted.

Dependencies point one way (README, "Layout"): ``content_models`` imports none
of the other packages; ``search`` and ``workflows`` read ``content_models`` and
never the project (``cms``) or each other. A function-level import counts as
much as one at the top. And no class is built with ``type(name, bases, attrs)``:
grep and tracebacks must find every class by its name.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PACKAGES = ("cms", "content_models", "search", "workflows")
FORBIDDEN = {
    "content_models": {"cms", "search", "workflows"},
    "search": {"cms", "workflows"},
    "workflows": {"cms", "search"},
}


def parse(source: Path) -> ast.Module:
    return ast.parse(source.read_text(encoding="utf-8"), filename=str(source))


def imported_packages(source: Path) -> set[str]:
    """The top-level packages a module imports by absolute name."""
    tree = parse(source)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_dependencies_point_one_way(package):
    wrong = {
        str(source.relative_to(ROOT)): sorted(imported_packages(source) & FORBIDDEN[package])
        for source in (ROOT / package).rglob("*.py")
    }
    assert {path: names for path, names in wrong.items() if names} == {}


def class_factories(source: Path) -> list[int]:
    """The lines that call ``type()`` with three arguments (a class built at run time)."""
    return [
        node.lineno
        for node in ast.walk(parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "type"
        and len(node.args) == 3
    ]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_class_is_built_with_type(package):
    found = {
        str(source.relative_to(ROOT)): class_factories(source)
        for source in (ROOT / package).rglob("*.py")
    }
    assert {path: lines for path, lines in found.items() if lines} == {}
