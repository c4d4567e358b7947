"""Searching a slide's words cheaply: each pattern only where the text holds one of the words it needs."""

from __future__ import annotations

import re


def found(said: str, *searches: tuple[tuple[str, ...], re.Pattern[str]]) -> bool:
    """Whether one of the patterns is found in ``said``, each searched only where the text holds one of its words
    (none listed: always): most slides say none of these things, and the word test is far cheaper."""
    lower = said.lower()
    return any(
        (not words or any(w in lower for w in words)) and bool(pattern.search(said)) for words, pattern in searches
    )
