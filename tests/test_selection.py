"""Which rules run: the most specific of select, extend-select and ignore wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from talklint.config import Config, parse_config_table
from talklint.errors import ConfigError
from talklint.registry import build_registry
from talklint.selection import build_rule_set, is_selected

REGISTRY = build_registry(plugins=False)
TITLE = REGISTRY.get("TL301")
NOTES = REGISTRY.get("TL403")
assert TITLE is not None
assert NOTES is not None


@pytest.mark.parametrize(
    ("select", "extend", "ignore", "title_on", "notes_on"),
    [
        (None, (), (), True, False),  # defaults: TL403 is off by default
        (None, ("TL4",), (), True, True),  # a prefix turns it on
        (None, (), ("TL3",), False, False),  # a prefix turns a family off
        (None, (), ("missing-title",), False, False),  # by name
        (("TL3",), (), ("TL301",), False, False),  # the exact code beats the prefix
        (("TL301",), (), ("TL3",), True, False),  # ... in either direction
        (("TL3",), (), ("TL3",), False, False),  # a tie goes to ignore
        (("ALL",), (), (), True, True),  # ALL selects everything, even rules off by default
        (("TL4",), (), ("missing-notes",), False, False),  # not selected at all, and TL403 ignored
    ],
)
def test_most_specific_entry_wins(
    select: tuple[str, ...] | None,
    extend: tuple[str, ...],
    ignore: tuple[str, ...],
    title_on: bool,
    notes_on: bool,
) -> None:
    assert TITLE is not None
    assert NOTES is not None
    assert is_selected(TITLE, select, extend, ignore) is title_on
    assert is_selected(NOTES, select, extend, ignore) is notes_on


def rule_set(tmp_path: Path, **table: object):  # type: ignore[no-untyped-def]
    config = parse_config_table({k.replace("_", "-"): v for k, v in table.items()}, tmp_path / "talklint.toml")
    return build_rule_set(config, REGISTRY)


def test_severity_and_options_per_rule(tmp_path: Path) -> None:
    built = rule_set(tmp_path, rules={"TL401": {"severity": "error", "slides-per-minute": 2}})
    active = {a.rule.code: a for a in built.active}
    assert active["TL401"].severity.value == "error"
    assert active["TL401"].options.slides_per_minute == 2.0


def test_severity_off_removes_a_rule(tmp_path: Path) -> None:
    built = rule_set(tmp_path, rules={"duplicate-title": {"severity": "off"}})
    assert "TL302" not in {a.rule.code for a in built.active}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            {"rules": {"TL401": {"slides-per-minute": "fast"}}},
            "'slides-per-minute': expected a finite number, got 'fast'",
        ),
        ({"rules": {"TL401": {"pace": 1}}}, "'pace': unknown option for 'slide-budget'"),
        ({"rules": {"no-such-rule": {"severity": "error"}}}, "unknown rule 'no-such-rule'"),
        ({"rules": {"TL401": {"severity": "fatal"}}}, "expected error, warning, info or off"),
        ({"select": ["TL9"]}, "key 'select': 'TL9' matches no rule"),
        ({"rules": {"empty-slide": {"max": 3}}}, "'max': unknown option for 'empty-slide'"),
    ],
)
def test_bad_rule_settings_name_the_file_and_key(tmp_path: Path, table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        rule_set(tmp_path, **table)
    assert str(tmp_path / "talklint.toml") in str(caught.value)


def test_per_file_ignores(tmp_path: Path) -> None:
    built = rule_set(tmp_path, per_file_ignores={"drafts/*.md": ["TL3"]})
    assert "TL301" in built.ignored_for(tmp_path / "drafts" / "a.md")
    assert not built.ignored_for(tmp_path / "final" / "a.md")


def test_profile_extends_and_user_overrides(tmp_path: Path) -> None:
    conference = build_rule_set(Config(root=tmp_path, profile="conference"), REGISTRY)
    budget = next(a for a in conference.active if a.rule.code == "TL401")
    assert budget.options.slides_per_minute == 1.3
    mine = rule_set(tmp_path, profile="conference", rules={"slide-budget": {"slides-per-minute": 2.0}})
    budget = next(a for a in mine.active if a.rule.code == "TL401")
    assert budget.options.slides_per_minute == 2.0
