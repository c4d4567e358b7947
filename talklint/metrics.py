"""Per-slide counts that rules (including YAML ``metric`` rules) read by name."""

from __future__ import annotations

import re
from collections.abc import Callable

from talklint.model import Bullet, CodeBlock, Image, MathBlock, Slide, Table

_NUMBER = re.compile(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)*%?(?![\w])")


def _bullets(slide: Slide) -> float:
    return sum(1 for b in slide.blocks if isinstance(b, Bullet))


def _list_depth(slide: Slide) -> float:
    return max((b.level for b in slide.blocks if isinstance(b, Bullet)), default=0)


def _display_math(slide: Slide) -> float:
    return sum(1 for b in slide.blocks if isinstance(b, MathBlock))


def _inline_math(slide: Slide) -> float:
    return sum(len(b.inline_math) for b in slide.text_blocks)


def _table_cells(slide: Slide) -> float:
    return sum(len(b.cells) for b in slide.blocks if isinstance(b, Table))


def _code_lines(slide: Slide) -> float:
    return sum(b.line_count for b in slide.blocks if isinstance(b, CodeBlock))


def _images(slide: Slide) -> float:
    return sum(1 for b in slide.blocks if isinstance(b, Image))


def _numbers(slide: Slide) -> float:
    return len(_NUMBER.findall(slide.body_text))


METRICS: dict[str, Callable[[Slide], float]] = {
    "words": lambda slide: slide.words,
    "notes-words": lambda slide: slide.notes_words,
    "bullets": _bullets,
    "list-depth": _list_depth,
    "display-math": _display_math,
    "inline-math": _inline_math,
    "table-cells": _table_cells,
    "code-lines": _code_lines,
    "images": _images,
    "numbers": _numbers,
}
