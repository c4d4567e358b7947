"""Which rules run, with what severity and options, for one configuration.

Selection follows flake8's decision engine: every ``select``,
``extend-select`` and ``ignore`` entry that matches a rule (its exact code
or name, or a code prefix such as ``TL2``) competes, and the most specific
entry wins; on a tie, ``ignore`` wins. Without an explicit ``select`` a
rule runs when it is on by default.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from talklint.config import Config, RuleSettings, merge_rule_settings
from talklint.discovery import is_excluded
from talklint.errors import ConfigError
from talklint.findings import OFF, Severity
from talklint.profiles import fold
from talklint.registry import Registry
from talklint.rule import AnyRule

_EXACT = 1000


@dataclass(frozen=True)
class ActiveRule:
    rule: AnyRule
    severity: Severity
    options: Any
    # A rule may raise a finding to an error (a text wall of 90 words) only from its default severity:
    # a severity that a profile or the user configured is final.
    may_escalate: bool = True


@dataclass(frozen=True)
class RuleSet:
    """The rules one configuration runs, resolved once."""

    active: tuple[ActiveRule, ...]
    registry: Registry
    config: Config

    def ignored_for(self, path: Path) -> frozenset[str]:
        """Codes that ``per-file-ignores`` turns off for ``path``."""
        codes: set[str] = set()
        for glob, entries in self.config.per_file_ignores:
            if is_excluded(path, (glob,), self.config.root):
                for active in self.active:
                    if any(specificity(e, active.rule) > 0 for e in entries):
                        codes.add(active.rule.code)
        return frozenset(codes)


def specificity(entry: str, rule: AnyRule) -> int:
    """How specifically ``entry`` names ``rule``: 0 when it does not."""
    if entry == rule.name or entry.upper() == rule.code:
        return _EXACT
    if entry.upper() == "ALL":
        return 1
    if rule.code.startswith(entry.upper()) and entry[:1].isalpha():
        return len(entry)
    return 0


def is_selected(
    rule: AnyRule,
    select: tuple[str, ...] | None,
    extend: Iterable[str],
    ignore: Iterable[str],
    on_by_default: bool | None = None,
) -> bool:
    """Whether the rule runs; ``on_by_default`` (the profile's word) replaces the rule's own default."""
    default = rule.enabled_by_default if on_by_default is None else on_by_default
    best_score, best_on = (0, default) if select is None else (0, False)
    for entry in (*(select or ()), *extend):
        score = specificity(entry, rule)
        if score > best_score:
            best_score, best_on = score, True
    for entry in ignore:
        score = specificity(entry, rule)
        if score and score >= best_score:
            best_score, best_on = score, False
    return best_on


def build_rule_set(config: Config, registry: Registry) -> RuleSet:
    """Resolve profile and config into the active rules, validating options."""
    if config.folded_profile is None:  # made without the runner (a test, the API): fold it here, once
        config = fold(config)
    profile = config.folded_profile
    assert profile is not None
    _check_entries(registry, config, profile.select or (), profile.ignore, profile.enable)
    select = config.select if config.select is not None else profile.select
    ignore = (*profile.ignore, *config.ignore)
    settings = merge_rule_settings(
        _by_rule(registry, profile.rules, profile.name), _by_rule(registry, config.rules, config.label)
    )
    active: list[ActiveRule] = []
    for rule in registry.rules:
        own = settings.get(rule.code, RuleSettings())
        on = rule.enabled_by_default or any(specificity(entry, rule) for entry in profile.enable)
        if own.severity == OFF or not is_selected(rule, select, config.extend_select, ignore, on):
            continue
        severity = Severity(own.severity) if own.severity else rule.severity
        active.append(ActiveRule(rule, severity, _options(rule, own), may_escalate=not own.severity))
    return RuleSet(tuple(active), registry, config)


def _by_rule(registry: Registry, tables: Mapping[str, RuleSettings], label: str) -> dict[str, RuleSettings]:
    """Key rule tables by code, whether the user wrote the code or the name."""
    keyed: dict[str, RuleSettings] = {}
    for key, settings in tables.items():
        rule = registry.get(key)
        if rule is None:
            raise ConfigError(f"{settings.where or label}: unknown rule '{key}' (run 'talklint rules')")
        keyed = merge_rule_settings(keyed, {rule.code: settings})
    return keyed


def _check_entries(registry: Registry, config: Config, *more: Iterable[str]) -> None:
    groups = {
        "select": config.select or (),
        "extend-select": config.extend_select,
        "ignore": config.ignore,
        **{f"per-file-ignores.{glob}": entries for glob, entries in config.per_file_ignores},
    }
    for key, entries in [*groups.items(), *(("profile", m) for m in more)]:
        for entry in entries:
            if not any(specificity(entry, rule) for rule in registry.rules):
                raise ConfigError(f"{config.label} → key '{key}': '{entry}' matches no rule (run 'talklint rules')")


def _options(rule: AnyRule, settings: RuleSettings) -> Any:
    defaults = rule.options
    if not settings.options:
        return defaults
    if not dataclasses.is_dataclass(defaults) or isinstance(defaults, type):
        raise ConfigError(f"{settings.where}: rule '{rule.name}' takes no options")
    fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(defaults)}
    hints = typing.get_type_hints(type(defaults))
    changes: dict[str, object] = {}
    for key, value in settings.options.items():
        if key not in fields:
            known = ", ".join(["severity", *fields]) or "severity"
            raise ConfigError(f"{settings.where} → '{key}': unknown option for '{rule.name}' (known: {known})")
        name = fields[key].name
        changes[name] = _coerce(value, hints[name], f"{settings.where} → '{key}'")
    return dataclasses.replace(defaults, **changes)


def _coerce(value: object, expected: Any, where: str) -> object:
    if expected is bool:
        if isinstance(value, bool):
            return value
    elif expected is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif expected is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
    elif expected is str:
        if isinstance(value, str):
            return value
    elif typing.get_origin(expected) is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    name = getattr(expected, "__name__", str(expected))
    raise ConfigError(f"{where}: expected {_describe(name)}, got {value!r}")


def _describe(type_name: str) -> str:
    return {"bool": "true or false", "int": "a whole number", "float": "a finite number", "str": "a string"}.get(
        type_name, "a list of strings"
    )
