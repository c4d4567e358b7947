"""Small helpers that keep fix messages consistent across rules."""

from __future__ import annotations


def quoted(title: str) -> str:
    """`` 'Title'`` after a slide number, or nothing for an untitled slide."""
    return f" '{title}'" if title.strip() else ""


def listing(items: list[str], limit: int = 5) -> str:
    """'a', 'b' and 3 more."""
    shown = ", ".join(f"'{item}'" for item in items[:limit])
    rest = len(items) - limit
    return f"{shown} and {rest} more" if rest > 0 else shown


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
