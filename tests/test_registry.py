"""Plugins through the talklint.rules entry-point group."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from talklint.registry import build_registry
from tests.helpers import write

PLUGIN = """
from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    for slide in context.talk.content_slides:
        if "synergy" in slide.text.lower():
            yield Problem("slide says synergy", "Say what actually happens", slide)


RULE = Rule(
    code="ACME001", name="no-synergy", category="custom", severity=Severity.WARNING,
    doc="No synergy.", options=NoOptions(), check=check,
)
"""


def install_fake_distribution(folder: Path, name: str, entry: str) -> None:
    info = folder / f"{name}-1.0.dist-info"
    write(info, "METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    write(info, "entry_points.txt", f"[talklint.rules]\n{entry}\n")


def test_plugin_rules_load_and_broken_plugins_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "acme_rules.py", PLUGIN)
    install_fake_distribution(tmp_path, "acme-talk-rules", "synergy = acme_rules:RULE")
    install_fake_distribution(tmp_path, "broken-talk-rules", "broken = module_that_does_not_exist:RULE")
    install_fake_distribution(tmp_path, "wrong-talk-rules", "wrong = acme_rules:PLUGIN_TYPO")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = build_registry()
    rule = registry.get("no-synergy")
    assert rule is not None
    assert rule.origin == "acme-talk-rules"
    errors = "\n".join(registry.plugin_errors)
    assert "plugin 'broken-talk-rules' (broken) failed to load: ModuleNotFoundError" in errors
    assert "plugin 'wrong-talk-rules' (wrong) failed to load: AttributeError" in errors
    sys.modules.pop("acme_rules", None)


def test_check_reports_plugin_failure_and_still_lints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:  # type: ignore[no-untyped-def]
    install_fake_distribution(tmp_path / "site", "broken-talk-rules", "broken = nowhere:RULE")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    talk = write(tmp_path, "talk.md", "# T\n\n## A\n\nTODO\n")
    code, out, err = cli("check", str(talk), "--no-color")
    assert code == 1
    assert "TL307" in out
    assert "plugin 'broken-talk-rules' (broken) failed to load" in err


def test_builtin_codes_and_names_are_unique_and_wellformed() -> None:
    registry = build_registry(plugins=False)
    codes = [r.code for r in registry.rules]
    names = [r.name for r in registry.rules]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    assert all(c.startswith("TL") and len(c) == 5 for c in codes)
