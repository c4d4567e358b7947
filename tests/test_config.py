"""talklint.config and talklint.profiles at their own level: files found, values checked, the profile folded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from talklint.config import Config, find_config_file, forget_config_files, load_config, parse_config_table
from talklint.errors import ConfigError
from talklint.profiles import fold, load_profile
from tests.helpers import write


def test_the_nearest_config_file_wins(tmp_path: Path) -> None:
    write(tmp_path, "talklint.toml", 'profile = "conference"\n')
    write(tmp_path, "talks/pyproject.toml", '[tool.talklint]\nprofile = "faculty"\n')
    write(tmp_path, "talks/job/talk.md", "# T\n")
    forget_config_files()
    found = find_config_file(tmp_path / "talks" / "job" / "talk.md")
    assert found == tmp_path / "talks" / "pyproject.toml"
    assert load_config(found, tmp_path).profile == "faculty"


def test_a_pyproject_without_a_talklint_table_is_not_a_config(tmp_path: Path) -> None:
    write(tmp_path, "talklint.toml", 'profile = "conference"\n')
    write(tmp_path, "talks/pyproject.toml", "[project]\nname = 'x'\n")
    forget_config_files()
    assert find_config_file(tmp_path / "talks" / "talk.md") == tmp_path / "talklint.toml"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"duration": -5}, "talklint.toml → key 'duration': expected a positive number of minutes"),
        ({"duration": float("inf")}, "expected a positive number of minutes, got inf"),
        ({"profile": "keynote"}, "unknown profile 'keynote'"),
        ({"rules": {"text-wall": {"severity": "loud"}}}, "'severity': expected error, warning, info or off"),
        ({"colour": True}, "colour"),
    ],
)
def test_bad_values_name_the_file_and_the_key(tmp_path: Path, table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config_table(table, tmp_path / "talklint.toml")


def test_the_duration_of_a_talk_command_line_then_front_matter_then_file() -> None:
    config = Config(duration=45.0)
    assert config.talk_duration(None) == 45.0
    assert config.talk_duration(30.0) == 30.0
    assert Config(duration=45.0, command_line_duration=20.0).talk_duration(30.0) == 20.0


def test_folding_reads_the_profile_once_and_gives_its_duration() -> None:
    folded = fold(Config(profile="conference"))
    assert folded.folded_profile == load_profile("conference")
    assert folded.duration == load_profile("conference").duration
    assert fold(Config(profile="conference", duration=12.0)).duration == 12.0


def test_folding_an_unknown_profile_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="unknown profile 'keynote'"):
        fold(Config(profile="keynote"))
