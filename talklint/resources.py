"""Where talklint's data lives: ``rules/`` inside the wheel or the checkout, and the user cache folder."""

from __future__ import annotations

import contextlib
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """The folder holding declarative rules, vocabularies and profiles.

    A wheel carries ``rules/`` as ``talklint/_data/rules``; a source checkout
    (an editable install, or running from the repository) has it at the top.
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "_data" / "rules", package.parent / "rules"):
        if (candidate / "profiles").is_dir():
            return candidate
    raise FileNotFoundError(f"talklint's rule data is missing (looked in {package / '_data' / 'rules'})")


@lru_cache(maxsize=16)
def vocabulary(name: str) -> dict[str, Any]:
    """A vocabulary from ``rules/vocab/NAME.yaml``: data users can read and extend."""
    from talklint import yamlfile

    data = yamlfile.load_shipped((data_dir() / "vocab" / f"{name}.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"rules/vocab/{name}.yaml must be a mapping")
    return data


def profiles_dir() -> Path:
    return data_dir() / "profiles"


def profile_names() -> list[str]:
    return sorted(p.stem for p in profiles_dir().glob("*.yaml"))


CACHE_DIR_VARIABLE = "TALKLINT_CACHE_DIR"


def user_cache_folder() -> Path | None:
    """``$TALKLINT_CACHE_DIR``, else the platform's user cache folder (``~/.cache/talklint`` on Linux,
    ``~/Library/Caches/talklint`` on macOS, ``%LOCALAPPDATA%\\talklint\\Cache`` on Windows); None for a
    user with no home directory."""
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override)
    if sys.platform in ("darwin", "win32"):
        import platformdirs

        return Path(platformdirs.user_cache_dir("talklint", appauthor=False))
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # e.g. a container's user with no home: no user cache, rather than one in "~"
            return None
    return Path(base) / "talklint"


@lru_cache(maxsize=1)
def installed_distributions() -> tuple[str, ...]:
    """The ``*.dist-info`` folder names on ``sys.path``: every installed package with its version.

    Read from folder names: parsing every installed package's metadata, as
    importlib.metadata does, takes 20 to 50 ms.
    """
    found: set[str] = set()
    for folder in sys.path:
        try:
            with os.scandir(folder or ".") as entries:
                found.update(entry.name for entry in entries if entry.name.endswith(".dist-info"))
        except OSError:
            continue
    return tuple(sorted(found))


def installed_pipeline_distributions() -> tuple[str, ...]:
    """The installed English spaCy pipelines, e.g. 'en_core_web_sm-3.8.0.dist-info'."""
    return tuple(n for n in installed_distributions() if n.lower().replace("-", "_").startswith("en_core_web"))


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write text (UTF-8) or bytes to a temporary file and rename it into place: a reader never sees half of it."""
    import tempfile  # only when writing: a fully cached run never needs it

    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content.encode() if isinstance(content, str) else content)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
