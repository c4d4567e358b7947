"""The two ways talklint refuses input: a talk it cannot read, a bad configuration."""

from __future__ import annotations


class ParseError(Exception):
    """A talk file that cannot be read; the message is one line, the reason."""


class OverLimit(ParseError):
    """A talk past one of talklint's limits (talklint.limits): the whole talk is refused, never a part of it."""


class ConfigError(Exception):
    """An invalid configuration; the message says which file and which key."""


def one_line(error: BaseException) -> str:
    """A library's exception as one line: its type and the first line of its message."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
