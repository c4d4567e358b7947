"""Every rule keeps the house conventions: documentation, tests, a unique id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from talklint.registry import build_registry
from talklint.rule import DOC_SECTIONS, AnyRule, doc_section
from tests.helpers import REPO

RULES = build_registry(plugins=False).rules


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_documentation_has_every_section(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.summary, f"{rule.code} has no one-line summary"
    for section in DOC_SECTIONS:
        assert doc_section(rule.doc, section).strip(), f"{rule.code} {rule.name}: missing '{section}:'"


def _test_module(rule: AnyRule) -> Path:
    """tests/rules/test_<the rule's module>.py (a YAML rule's name, with underscores)."""
    module = rule.check.__module__
    stem = module.rsplit(".", 1)[1] if module.startswith("talklint.rules.") else rule.name.replace("-", "_")
    return REPO / "tests" / "rules" / f"test_{stem}.py"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_a_test_module_with_a_failing_and_a_passing_case(rule) -> None:  # type: ignore[no-untyped-def]
    module = _test_module(rule)
    assert module.is_file(), f"{rule.code} {rule.name}: no {module.relative_to(REPO)}"
    lines = module.read_text(encoding="utf-8").splitlines()
    named = [line for line in lines if f'"{rule.code}"' in line or f'"{rule.name}"' in line]
    # A failing case names the rule where it expects findings; a passing case expects none.
    assert any(not re.search(r"\bnot\b", line) for line in named), f"{module.name}: no case where {rule.code} fires"
    passing = [line for line in lines if re.search(r"\bassert not\b|\bnot in\b", line)]
    assert passing and named, f"{module.name}: no case where {rule.code} stays silent"


def test_python_rules_live_one_per_module_whose_docstring_is_the_doc() -> None:
    import importlib

    python_rules = [r for r in RULES if r.check.__module__.startswith("talklint.rules.")]
    modules = [r.check.__module__ for r in python_rules]
    assert len(set(modules)) == len(modules)
    for rule in python_rules:
        assert importlib.import_module(rule.check.__module__).__doc__ == rule.doc
    files = {p.stem for p in (REPO / "talklint" / "rules").glob("*.py")} - {"__init__"}
    assert {m.rsplit(".", 1)[1] for m in modules} == files
