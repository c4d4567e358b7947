"""Build small Markdown decks for rule tests."""

from __future__ import annotations


def marp(*slides: str, duration: int | None = None) -> str:
    meta = f"talklint: {{duration: {duration}}}\n" if duration else ""
    return f"---\nmarp: true\n{meta}---\n\n" + "\n\n---\n\n".join(slides) + "\n"


def words(count: int, word: str = "robots") -> str:
    return " ".join([word] * count)
