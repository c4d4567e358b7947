"""Every rule keeps the house conventions: documentation, tests, a unique id."""

from __future__ import annotations

import pytest

from talklint.registry import build_registry
from talklint.rule import DOC_SECTIONS, doc_section
from tests.helpers import REPO

RULES = build_registry(plugins=False).rules
TEST_SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "tests").rglob("test_*.py"))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_documentation_has_every_section(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.summary, f"{rule.code} has no one-line summary"
    for section in DOC_SECTIONS:
        assert doc_section(rule.doc, section).strip(), f"{rule.code} {rule.name}: missing '{section}:'"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_tests(rule) -> None:  # type: ignore[no-untyped-def]
    assert f'"{rule.code}"' in TEST_SOURCES or f'"{rule.name}"' in TEST_SOURCES, f"no test names {rule.code}"


def test_python_rules_live_one_per_module_whose_docstring_is_the_doc() -> None:
    import importlib

    python_rules = [r for r in RULES if r.check.__module__.startswith("talklint.rules.")]
    modules = [r.check.__module__ for r in python_rules]
    assert len(set(modules)) == len(modules)
    for rule in python_rules:
        assert importlib.import_module(rule.check.__module__).__doc__ == rule.doc
    files = {p.stem for p in (REPO / "talklint" / "rules").glob("*.py")} - {"__init__"}
    assert {m.rsplit(".", 1)[1] for m in modules} == files
