"""Large patterns compiled once per machine, not once per run.

Python compiles a regular expression with code written in Python: the ways of
telling uptake (``analysis.uptake``, about 300,000 characters of patterns)
take 0.2 s to compile, more than linting a talk, and a run with ``--jobs``
compiles them before its workers start. Their compiled form (the regex
engine's program, a list of integers) is kept in the user cache folder beside
the word index, under a name that covers the interpreter, the engine's version
and the patterns, and loaded again in a few milliseconds.

Compiling and loading use the ``re`` module's own steps (``re._parser``,
``re._compiler``, ``_sre.compile``), which are not public: where they differ
(another Python), where the file is torn or written by another version, or
where there is no cache folder, the patterns are compiled as usual. The engine
checks every program it is given, so a damaged file raises rather than
misbehaves. The file is read with ``marshal``, as Python reads its own
``__pycache__``: it is trusted as much as the user's cache folder is.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import hashlib
import logging
import marshal
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from talklint.resources import user_cache_folder, write_atomically

LOG = logging.getLogger(__name__)
FORMAT = 1
_FOLDER = "patterns"


def compile_kept(name: str, patterns: Sequence[str], flags: re.RegexFlag) -> list[re.Pattern[str]] | None:
    """``patterns`` compiled with ``flags``, loaded from the store named ``name`` where it holds them, else
    compiled now and stored; None where nothing can be stored (the caller compiles what it needs when it needs it)."""
    path = _store_path(name, patterns, flags)
    if path is None:
        return None
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError, RuntimeError, IndexError):
        return _load(path, patterns)
    programs = _programs(patterns, flags)
    if programs is None:
        return None
    try:
        compiled = [_from_program(program) for program in programs]
    except (TypeError, ValueError, RuntimeError):  # this Python's engine takes its programs otherwise
        return None
    _save(path, programs)
    return compiled


def _store_path(name: str, patterns: Sequence[str], flags: re.RegexFlag) -> Path | None:
    folder = user_cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(f"{FORMAT}\n{sys.version}\n{_sre.MAGIC}\n{_sre.CODESIZE}\n{int(flags)}".encode())
    for pattern in patterns:
        digest.update(b"\0" + pattern.encode())
    return folder / _FOLDER / f"{name}-{digest.hexdigest()[:16]}.marshal"


def _load(path: Path, patterns: Sequence[str]) -> list[re.Pattern[str]]:
    programs = marshal.loads(path.read_bytes())
    if not isinstance(programs, list) or [program[0] for program in programs] != list(patterns):
        raise ValueError("the store holds other patterns")
    return [_from_program(program) for program in programs]


# A compiled pattern as the engine takes it: the pattern, its flags, its program, the number of its groups, and its
# named groups both ways.
Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _programs(patterns: Sequence[str], flags: re.RegexFlag) -> list[Program] | None:
    """The engine's programs for the patterns, as ``re.compile`` makes them; None where this Python's ``re`` does not
    make them so."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        return [_program(pattern, int(flags), _parser, _compiler) for pattern in patterns]
    except (ImportError, AttributeError, TypeError):
        LOG.debug("this Python's re compiles differently: patterns are not stored", exc_info=True)
        return None


def _program(pattern: str, flags: int, parser: Any, compiler: Any) -> Program:
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]
    groups = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for group, index in groups.items():
        names[index] = group
    return pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groups, tuple(names)


def _from_program(program: Program) -> re.Pattern[str]:
    compiled: re.Pattern[str] = _sre.compile(*program)
    return compiled


def _save(path: Path, programs: list[Program]) -> None:
    """Write the store (atomically: parallel runs never see half of it), and remove the stores of the same name that
    other versions left."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, marshal.dumps(programs))
    except OSError as error:
        LOG.debug("patterns not stored at %s: %s", path, error)
        return
    name = path.name.rsplit("-", 1)[0]
    for stale in path.parent.glob(f"{name}-*.marshal"):
        if stale != path:
            with contextlib.suppress(OSError):
                stale.unlink()
