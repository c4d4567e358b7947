"""Configuration: found once per folder, validated once, then plain values.

Sources, most specific first: command-line options, then the nearest
``talklint.toml`` / ``.talklint.toml`` / ``pyproject.toml`` ([tool.talklint])
above the linted file (or ``--config``), then the chosen profile in
``rules/profiles/``. Every error names the file and the key.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talklint.errors import ConfigError
from talklint.findings import OFF, SEVERITIES

if TYPE_CHECKING:
    from talklint.profiles import Profile
from talklint.resources import profile_names

CONFIG_FILES = ("talklint.toml", ".talklint.toml", "pyproject.toml")
DEFAULT_PROFILE = "job-talk"
# A per-slide rule with more findings than this in one talk is reported once for the talk.
DEFAULT_FLOOD_LIMIT = 4
# Past this many findings in one talk, more of its lists are reported once each (talklint.floods.report).
DEFAULT_TALK_LIMIT = 40
_LIST_KEYS = ("select", "extend-select", "ignore", "exclude", "include", "rule-paths")
_KNOWN_KEYS = {
    "profile", "duration", "per-file-ignores", "rules", "lint-backup", "nlp-model", "max-findings-per-rule",
    "max-findings-per-talk", *_LIST_KEYS,
}  # fmt: skip
_EXTEND_KEY = "extend"  # another config this one builds on


@dataclass(frozen=True)
class RuleSettings:
    """A rule's table from a profile or a config: severity and raw options."""

    severity: str | None = None
    options: Mapping[str, object] = field(default_factory=dict)
    where: str = ""  # "talklint.toml → rules.text-wall", for error messages


@dataclass(frozen=True)
class Config:
    source: Path | None = None  # the file it came from, None for defaults
    root: Path = Path(".")  # globs and rule paths are relative to this folder
    profile: str = DEFAULT_PROFILE
    duration: float | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    # Files that are talks whatever their content says (talklint.parsers.document decides the rest).
    include: tuple[str, ...] = ()
    rule_paths: tuple[Path, ...] = ()
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    lint_backup: bool = False
    nlp_model: str | None = None  # a spaCy pipeline name; None finds one or uses blank English
    # A per-slide rule with more findings in one talk is reported once (talklint.floods); 0 never; None (not
    # configured) leaves the limit to each rule: DEFAULT_FLOOD_LIMIT, or more for an itemised rule (Rule.itemised).
    max_findings_per_rule: int | None = None
    # 0 never; None (not configured): DEFAULT_TALK_LIMIT, unless max-findings-per-rule is configured (see talk_limit).
    max_findings_per_talk: int | None = None
    # --duration: beats a talk's front matter, which beats ``duration`` (file, then profile).
    command_line_duration: float | None = None
    # The profile, read and validated once when a rule set is built (talklint.profiles.fold).
    folded_profile: Profile | None = None

    @property
    def talk_limit(self) -> int:
        """How many findings one talk shows before more of its lists fold (0: no limit). A user who configured
        ``max-findings-per-rule`` has said how findings fold: the talk's limit then holds only if configured too."""
        if self.max_findings_per_talk is not None:
            return self.max_findings_per_talk
        return DEFAULT_TALK_LIMIT if self.max_findings_per_rule is None else 0

    def talk_duration(self, declared: float | None) -> float | None:
        """A talk's length in minutes: --duration, then its front matter, then the file's or the profile's."""
        return self.command_line_duration or declared or self.duration

    @property
    def label(self) -> str:
        return str(self.source) if self.source else "defaults"


def find_config_file(start: Path) -> Path | None:
    """The nearest config file in ``start``'s folder or above it."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    return _config_in_or_above(folder)


def forget_config_files() -> None:
    _config_in_or_above.cache_clear()


@lru_cache(maxsize=256)
def _config_in_or_above(folder: Path) -> Path | None:
    # Cached per run and folder: a folder of 100 talks asks once, not 100 times.
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_tool_table(path)):
                return path
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "talklint" in _read_toml(path).get("tool", {})
    except ConfigError:
        return False


def load_config(path: Path | None, fallback_root: Path, seen: tuple[Path, ...] = ()) -> Config:
    """Read and validate the config at ``path`` (defaults when None), with the config it ``extend``s."""
    if path is None:
        return Config(root=fallback_root.resolve())
    data = _read_toml(path)
    table = data.get("tool", {}).get("talklint", {}) if path.name == "pyproject.toml" else data
    prefix = "tool.talklint." if path.name == "pyproject.toml" else ""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: '{prefix.rstrip('.') or 'talklint'}' must be a table")
    own = parse_config_table({k: v for k, v in table.items() if k != "extend"}, path, prefix)
    if "extend" not in table:
        return own
    where = Where(path, prefix)
    if not isinstance(table["extend"], str):
        raise ConfigError(f"{where.at('extend')}: expected the path of another talklint config")
    parent_path = (path.parent / table["extend"]).resolve()
    if parent_path in seen or parent_path == path.resolve():
        raise ConfigError(f"{where.at('extend')}: configs extend each other in a cycle")
    if not parent_path.is_file():
        raise ConfigError(f"{where.at('extend')}: {parent_path} not found")
    parent = load_config(parent_path, fallback_root, (*seen, path.resolve()))
    return _extended(parent, own, set(table))


def _extended(parent: Config, own: Config, keys: set[str]) -> Config:
    """``own`` over ``parent``: a key set here wins; rule tables merge rule by rule.

    The parent's path patterns are rewritten for this config's folder: one
    anchored in a subfolder keeps the part below it, one that matches at any
    depth ("*.pdf", "**/drafts/") is kept as it is.
    """
    changes: dict[str, Any] = {}
    for key in _KNOWN_KEYS - keys:
        name = key.replace("-", "_")
        if key in ("exclude", "include"):
            changes[name] = _rebased(getattr(parent, name), parent.root, own.root)
        elif key == "per-file-ignores":
            changes[name] = tuple(
                (glob, rules)
                for pattern, rules in parent.per_file_ignores
                for glob in _rebased((pattern,), parent.root, own.root)
            )
        elif key != "rules":
            changes[name] = getattr(parent, name)
    changes["rules"] = merge_rule_settings(parent.rules, own.rules)
    return replace(own, **changes)


def _rebased(patterns: tuple[str, ...], parent_root: Path, root: Path) -> tuple[str, ...]:
    try:
        below = root.relative_to(parent_root).as_posix()
    except ValueError:
        return tuple(p for p in patterns if "/" not in p.rstrip("/") or p.startswith("**/"))
    prefix = "" if below == "." else below + "/"
    rebased = []
    for pattern in patterns:
        anchored = "/" in pattern.rstrip("/") and not pattern.startswith("**/")
        if not anchored:
            rebased.append(pattern)
        elif pattern.lstrip("/").startswith(prefix):
            rebased.append(pattern.lstrip("/")[len(prefix) :])
    return tuple(rebased)


def _read_toml(path: Path) -> dict[str, Any]:
    # Imported here: most runs find no config file, and a cached run should not pay for the parser.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror or error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None


def parse_config_table(table: Mapping[str, Any], path: Path, prefix: str = "") -> Config:
    where = Where(path, prefix)
    unknown = sorted(set(table) - _KNOWN_KEYS - {_EXTEND_KEY})
    if unknown:
        raise ConfigError(f"{where.at(unknown[0])}: unknown key (known: {', '.join(sorted(_KNOWN_KEYS))})")
    root = path.resolve().parent
    profile = table.get("profile", DEFAULT_PROFILE)
    if not isinstance(profile, str) or profile not in profile_names():
        raise ConfigError(f"{where.at('profile')}: unknown profile {profile!r} (known: {', '.join(profile_names())})")
    return Config(
        source=path,
        root=root,
        profile=profile,
        duration=duration_at(table.get("duration"), where),
        select=strings_at(table, "select", where) if "select" in table else None,
        extend_select=strings_at(table, "extend-select", where) or (),
        ignore=strings_at(table, "ignore", where) or (),
        per_file_ignores=_per_file_ignores(table.get("per-file-ignores", {}), where),
        exclude=strings_at(table, "exclude", where) or (),
        include=strings_at(table, "include", where) or (),
        rule_paths=tuple(root / p for p in strings_at(table, "rule-paths", where) or ()),
        rules=rule_tables(table.get("rules", {}), where),
        lint_backup=_boolean(table.get("lint-backup", False), where.at("lint-backup")),
        nlp_model=_model(table.get("nlp-model"), where),
        max_findings_per_rule=_optional_count(table, "max-findings-per-rule", where),
        max_findings_per_talk=_optional_count(table, "max-findings-per-talk", where),
    )


@dataclass(frozen=True)
class Where:
    path: Path
    prefix: str

    def at(self, key: str) -> str:
        return f"{self.path} → key '{self.prefix}{key}'"


def duration_at(value: object, where: Where) -> float | None:
    if value is None:
        return None
    from talklint.model import minutes  # here: a run answered from the cache need not build the model's classes

    valid = minutes(value)
    if valid is None:
        raise ConfigError(f"{where.at('duration')}: expected a positive number of minutes, got {value!r}")
    return valid


def _count(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{where}: expected a whole number of 0 or more, got {value!r}")
    return value


def _optional_count(table: Mapping[str, object], key: str, where: Where) -> int | None:
    """A whole number the config may leave unset (None)."""
    return _count(table[key], where.at(key)) if key in table else None


def _boolean(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: expected true or false, got {value!r}")
    return value


def _model(value: object, where: Where) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.replace("_", "").replace("-", "").isalnum():
        raise ConfigError(f"{where.at('nlp-model')}: expected an installed spaCy pipeline name like 'en_core_web_sm'")
    # A pipeline is a Python package: finding it costs nothing, loading it a second.
    if importlib.util.find_spec(value.replace("-", "_")) is None:
        raise ConfigError(
            f"{where.at('nlp-model')}: spaCy pipeline {value!r} is not installed "
            "(install it with pip, or remove nlp-model to use blank English)"
        )
    return value


def strings_at(table: Mapping[str, Any], key: str, where: Where) -> tuple[str, ...] | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where.at(key)}: expected a list of strings, got {value!r}")
    return tuple(value)


def _per_file_ignores(value: object, where: Where) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where.at('per-file-ignores')}: expected a table of glob = [rules]")
    result = []
    for glob, rules in value.items():
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            raise ConfigError(f"{where.at('per-file-ignores.' + glob)}: expected a list of rule codes or names")
        result.append((str(glob), tuple(rules)))
    return tuple(result)


def rule_tables(value: object, where: Where) -> dict[str, RuleSettings]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where.at('rules')}: expected a table of rule tables")
    return {str(rule): rule_settings(table, where.at(f"rules.{rule}")) for rule, table in value.items()}


def rule_settings(table: object, where: str) -> RuleSettings:
    if not isinstance(table, dict):
        raise ConfigError(f'{where}: expected a table (e.g. severity = "error")')
    severity = table.get("severity")
    if severity is not None and severity not in (*SEVERITIES, OFF):
        raise ConfigError(f"{where} → 'severity': expected error, warning, info or off, got {severity!r}")
    options = {k: v for k, v in table.items() if k != "severity"}
    return RuleSettings(severity, options, where)


def merge_rule_settings(base: Mapping[str, RuleSettings], top: Mapping[str, RuleSettings]) -> dict[str, RuleSettings]:
    merged = dict(base)
    for key, settings in top.items():
        below = merged.get(key)
        if below is None:
            merged[key] = settings
        else:
            merged[key] = RuleSettings(
                settings.severity or below.severity, {**below.options, **settings.options}, settings.where
            )
    return merged


def with_overrides(config: Config, **changes: Any) -> Config:
    """Apply command-line options, which beat every file."""
    return replace(config, **{k: v for k, v in changes.items() if v is not None})
