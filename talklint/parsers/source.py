"""Reading text sources safely: size limits, binary files, encodings, front matter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG

from talklint import limits
from talklint.errors import ParseError

_FRONT_MATTER_CLOSE = re.compile(r"^(-{3,}|\.{3})\s*$")


@dataclass(frozen=True)
class TextSource:
    text: str
    # Set when the file was not UTF-8 and was decoded another way.
    encoding_note: str = ""


def read_text(path: Path) -> TextSource:
    """Read a text talk, refusing binaries and reporting odd encodings."""
    data = read_bytes(path, "MAX_TEXT_FILE_BYTES")
    if not data.strip():
        raise ParseError("the file is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError("binary file, not text (it contains NUL bytes)")
    return _decode(data)


# Talks given on standard input (``talklint check - --stdin-filename talk.md``), by the name given:
# read from here instead of the disk, whatever the disk holds under that name.
_GIVEN: dict[Path, bytes] = {}


def give(path: Path, data: bytes) -> None:
    """Read ``path`` as ``data`` (a talk from standard input, or an editor's unsaved buffer)."""
    _GIVEN[path.absolute()] = data


def forget(path: Path) -> None:
    """Read ``path`` from the disk again (an editor closed its buffer)."""
    _GIVEN.pop(path.absolute(), None)


def given(path: Path) -> bytes | None:
    return _GIVEN.get(path.absolute()) if _GIVEN else None


def read_head(path: Path, size: int = 256 * 1024) -> str:
    """The first ``size`` bytes of a regular file as text ('' for a pipe, a device or a folder: never blocks)."""
    data = given(path)
    if data is not None:
        return data[:size].decode("utf-8", errors="replace")
    try:
        if not S_ISREG(path.stat().st_mode):
            return ""
        with path.open("rb") as handle:
            return handle.read(size).decode("utf-8", errors="replace")
    except OSError:
        return ""


def read_bytes(path: Path, limit_name: str) -> bytes:
    """The bytes of a regular file no larger than the named limit (``talklint.limits``)."""
    limit = int(getattr(limits, limit_name))
    data = given(path)
    if data is not None:
        if len(data) > limit:
            raise ParseError(f"the talk is {len(data):,} bytes, " + limits.beyond(limit_name))
        return data
    try:
        stat = path.stat()
        if not S_ISREG(stat.st_mode):
            raise ParseError("not a regular file (a pipe, a device or a socket)")
        size = stat.st_size
        if size > limit:
            raise ParseError(f"the file is {size:,} bytes, " + limits.beyond(limit_name))
        with path.open("rb") as handle:
            # read(n) reserves n bytes up front: ask for what the file holds.
            data = handle.read(size + 1)
        if len(data) > limit:
            raise ParseError("the file grew while being read, " + limits.beyond(limit_name))
        return data
    except FileNotFoundError:
        raise ParseError("no such file") from None
    except IsADirectoryError:
        raise ParseError("is a directory") from None
    except PermissionError:
        raise ParseError("permission denied") from None
    except OSError as error:
        raise ParseError(f"cannot read: {error.strerror or error}") from None


def _decode(data: bytes) -> TextSource:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return TextSource(data.decode("utf-16"), "decoded as UTF-16")
        except UnicodeDecodeError:
            raise ParseError("not valid UTF-16 despite its byte-order mark") from None
    try:
        return TextSource(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        position = error.start
    try:
        # Old editors on Windows save talks as Windows-1252; its text reads
        # correctly, so lint it and say how it was read.
        return TextSource(data.decode("cp1252"), f"not UTF-8 (byte {position}); read as Windows-1252")
    except UnicodeDecodeError:
        raise ParseError(f"not UTF-8 text (invalid byte at offset {position})") from None


@dataclass(frozen=True)
class FrontMatter:
    data: dict[str, object]
    # Number of lines the front matter takes, fences included (0 when absent).
    line_count: int


def split_front_matter(lines: list[str]) -> FrontMatter:
    """Find YAML front matter opened by ``---`` on the first line.

    The closing fence may be ``---``, ``...`` or any longer run of dashes:
    real decks close it with ``--------------``.
    """
    if not lines or lines[0].strip() != "---":
        return FrontMatter({}, 0)
    for index in range(1, len(lines)):
        if _FRONT_MATTER_CLOSE.match(lines[index]):
            body = "\n".join(lines[1:index])
            return FrontMatter(parse_yaml_mapping(body, first_line=2), index + 1)
    return FrontMatter({}, 0)


def parse_yaml_mapping(text: str, first_line: int) -> dict[str, object]:
    """Parse YAML that must be a mapping; an empty text is an empty mapping."""
    if len(text) > limits.MAX_FRONT_MATTER_CHARS:
        raise ParseError(f"the front matter at line {first_line} is " + limits.beyond("MAX_FRONT_MATTER_CHARS"))
    import yaml  # here: a cached run reads no front matter, and never needs PyYAML

    from talklint import yamlfile

    try:
        data = yamlfile.safe_load(text)
    except yamlfile.TooLarge as error:
        raise ParseError(f"the front matter's {error.problem}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise ParseError(f"front matter is not valid YAML (line {line}: {problem})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ParseError(f"front matter at line {first_line} is not a mapping of keys to values")
    return {str(key): value for key, value in data.items()}
