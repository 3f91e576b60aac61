"""Dependencies point one way (README, "Layout"): checked on the source, not on trust.

``content_models`` imports none of the other packages; ``search`` and
``workflows`` read ``content_models`` and never the project (``cms``) or each
other. A function-level import counts as much as one at the top.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "content_models": {"cms", "search", "workflows"},
    "search": {"cms", "workflows"},
    "workflows": {"cms", "search"},
}


def imported_packages(source: Path) -> set[str]:
    """The top-level packages a module imports by absolute name."""
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
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
