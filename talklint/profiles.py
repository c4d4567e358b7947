"""Profiles: the rule selection, settings and talk length of a kind of talk (``rules/profiles/NAME.yaml``).

A profile is read and validated once, when a rule set is built from a
configuration, and folded into it (``fold``): the selection and the engine
read the configuration only, and the profile's duration is the one default
below the config file's. A run whose every file is cached never reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from talklint.config import Config, RuleSettings, Where, duration_at, merge_rule_settings, rule_tables, strings_at
from talklint.errors import ConfigError
from talklint.resources import profile_names, profiles_dir


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    rules: Mapping[str, RuleSettings]
    duration: float | None = None
    # Rules off by default that this profile turns on (the user's select and ignore still decide).
    enable: tuple[str, ...] = ()


@lru_cache(maxsize=32)
def load_profile(name: str, seen: tuple[str, ...] = ()) -> Profile:
    """Load ``rules/profiles/NAME.yaml``, following ``extends``."""
    path = profiles_dir() / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(f"unknown profile {name!r} (known: {', '.join(profile_names())})")
    if name in seen:
        raise ConfigError(f"{path}: profiles extend each other in a cycle ({' → '.join((*seen, name))})")
    import yaml  # only when a rule set is built: a fully cached run never needs it

    from talklint import yamlfile

    try:
        data = yamlfile.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML ({error})") from None
    allowed = {"description", "extends", "select", "ignore", "enable", "rules", "duration"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(f"{path} → key '{unknown[0]}': unknown key (known: {', '.join(sorted(allowed))})")
    where = Where(path, "")
    own = Profile(
        name=name,
        description=str(data.get("description", "")),
        select=strings_at(data, "select", where),
        ignore=strings_at(data, "ignore", where) or (),
        rules=rule_tables(data.get("rules", {}), where),
        duration=duration_at(data.get("duration"), where),
        enable=strings_at(data, "enable", where) or (),
    )
    parent_name = data.get("extends")
    if parent_name is None:
        return own
    parent = load_profile(str(parent_name), (*seen, name))
    return Profile(
        name=name,
        description=own.description,
        select=own.select if own.select is not None else parent.select,
        ignore=(*parent.ignore, *own.ignore),
        rules=merge_rule_settings(parent.rules, own.rules),
        duration=own.duration or parent.duration,
        enable=(*parent.enable, *own.enable),
    )


def fold(config: Config) -> Config:
    """The configuration with its profile read (and validated) once, and its duration as the default."""
    profile = load_profile(config.profile)
    return replace(config, folded_profile=profile, duration=config.duration or profile.duration)
