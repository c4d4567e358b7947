"""All rules talklint knows: built-in, declarative (YAML) and plugins."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

from talklint.declarative import load_rule_folder
from talklint.errors import ConfigError
from talklint.resources import data_dir
from talklint.rule import CODE_PATTERN, NAME_PATTERN, AnyRule, Rule

LOG = logging.getLogger(__name__)
ENTRY_POINT_GROUP = "talklint.rules"


@dataclass(frozen=True)
class Registry:
    rules: tuple[AnyRule, ...]
    # One line per plugin that failed to load, naming its package.
    plugin_errors: tuple[str, ...] = ()
    _by_id: dict[str, AnyRule] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for rule in self.rules:
            self._by_id[rule.code] = rule
            self._by_id[rule.name] = rule

    def get(self, code_or_name: str) -> AnyRule | None:
        return self._by_id.get(code_or_name) or self._by_id.get(code_or_name.upper())

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self._by_id)


def build_registry(rule_paths: Iterable[Path] = (), plugins: bool = True) -> Registry:
    """Built-in rules, the bundled YAML rules, user rule folders, then plugins."""
    from talklint.rules import BUILTIN_RULES

    rules: list[AnyRule] = list(BUILTIN_RULES)
    rules += load_rule_folder(data_dir(), "talklint")
    for folder in rule_paths:
        rules += load_rule_folder(folder, str(folder))
    errors: list[str] = []
    if plugins:
        for entry_point in entry_points(group=ENTRY_POINT_GROUP):
            loaded, error = load_plugin(entry_point)
            rules += loaded
            if error:
                errors.append(error)
    _check_unique(rules)
    return Registry(tuple(rules), tuple(errors))


def load_plugin(entry_point: EntryPoint) -> tuple[list[AnyRule], str | None]:
    """Load one plugin; a broken one is reported by package name and skipped."""
    package = entry_point.dist.name if entry_point.dist else entry_point.value.split(":")[0]
    try:
        value = entry_point.load()
        found = list(value) if isinstance(value, (list, tuple)) else [value]
        for rule in found:
            _check_plugin_rule(rule)
    except Exception as error:  # a plugin may fail in any way; it must not stop the lint
        LOG.debug("plugin %s failed", package, exc_info=True)
        return [], f"plugin '{package}' ({entry_point.name}) failed to load: {type(error).__name__}: {error}"
    return [_with_origin(rule, package) for rule in found], None


def _check_plugin_rule(rule: object) -> None:
    if not isinstance(rule, Rule):
        raise TypeError(f"expected a talklint.rule.Rule, got {type(rule).__name__}")
    if not NAME_PATTERN.match(rule.name):
        raise ValueError(f"rule name {rule.name!r} is not kebab-case")


def _with_origin(rule: AnyRule, package: str) -> AnyRule:
    from dataclasses import replace

    return replace(rule, origin=package)


def _check_unique(rules: list[AnyRule]) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                raise ConfigError(f"rule id '{key}' is defined twice ({seen[key]} and {rule.origin})")
            seen[key] = rule.origin
        if rule.origin == "talklint" and not CODE_PATTERN.match(rule.code):
            raise ConfigError(f"built-in rule code {rule.code!r} is not TL + three digits")
