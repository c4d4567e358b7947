from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import Cli


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys)


@pytest.fixture(scope="session")
def shared_lexicon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One word index for the whole session: building it takes a second or two."""
    return tmp_path_factory.mktemp("lexicon")


@pytest.fixture(autouse=True)
def _cache_outside_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, shared_lexicon: Path
) -> None:
    """The cache goes to the user cache folder when there is no config: keep tests out of $HOME.

    Each test gets its own user cache folder, whose word index is the session's.
    """
    home = tmp_path_factory.mktemp("cache")
    (home / "talklint").mkdir()
    (home / "talklint" / "lexicon").symlink_to(shared_lexicon, target_is_directory=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
