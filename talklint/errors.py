"""The two ways talklint refuses input: a talk it cannot read, a bad configuration."""

from __future__ import annotations


class ParseError(Exception):
    """A talk file that cannot be read; the message is one line, the reason."""


class ConfigError(Exception):
    """An invalid configuration; the message says which file and which key."""
