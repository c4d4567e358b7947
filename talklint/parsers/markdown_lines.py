"""Line-level helpers shared by the Markdown dialects.

Slide separators, notes markers and comments are line syntax in every
dialect, and all of them stop meaning anything inside a fenced code block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from talklint.model import DirectiveAction, Image

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(
    r"^\s*talklint\s*:\s*(disable-next-slide|disable-file|disable|enable)\s*(?:=\s*(.*?))?\s*$",
    re.IGNORECASE | re.DOTALL,
)


def fence_mask(lines: list[str]) -> list[bool]:
    """For each line, True when it is inside (or opens/closes) a fenced code block."""
    mask: list[bool] = []
    fence: str | None = None
    for line in lines:
        if fence is None:
            match = _FENCE_OPEN.match(line)
            if match:
                fence = match.group(1)
                mask.append(True)
                continue
            mask.append(False)
        else:
            mask.append(True)
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence = None
    return mask


@dataclass(frozen=True)
class RawDirective:
    action: DirectiveAction
    rules: tuple[str, ...]
    line: int


def parse_directive(comment: str, line: int) -> RawDirective | None:
    """Read ``talklint: disable=TL201,text-wall`` (the comment's inner text)."""
    match = _DIRECTIVE.match(comment)
    if not match:
        return None
    names = tuple(n.strip() for n in (match.group(2) or "").split(",") if n.strip())
    return RawDirective(DirectiveAction(match.group(1).lower()), names, line)


@dataclass
class Comment:
    text: str  # inner text, without <!-- -->
    line: int  # 1-based line in the file
    # True when only blank lines follow the comment in its slide.
    at_end: bool


@dataclass
class RawSlide:
    """A slide's source before its Markdown is read into blocks."""

    lines: list[str]
    first_line: int  # 1-based line in its file of ``lines[0]``
    notes: list[str] = field(default_factory=list)
    meta: dict[str, object] = field(default_factory=dict)
    directives: list[RawDirective] = field(default_factory=list)
    source: Path | None = None
    title: str | None = None  # set when the dialect decides the title itself
    title_line: int | None = None
    section: str = ""
    hidden: bool = False
    planned_minutes: float | None = None
    # Pictures given outside the Markdown body (front matter, heading attributes).
    pictures: list[Image] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def split_lines(lines: list[str], first_line: int, is_separator: re.Pattern[str]) -> Iterator[tuple[list[str], int]]:
    """Split at separator lines outside code fences; yield (lines, first line number)."""
    mask = fence_mask(lines)
    start = 0
    for index, line in enumerate(lines):
        if not mask[index] and is_separator.match(line):
            yield lines[start:index], first_line + start
            start = index + 1
    yield lines[start:], first_line + start


def take_comments(slide: RawSlide) -> list[Comment]:
    """Remove HTML comments (outside code) from the slide; return them in order.

    Line breaks inside a removed comment are kept so that line numbers of the
    text after it stay right. ``talklint:`` directives are recorded on the
    slide and not returned.
    """
    text = slide.text
    mask = fence_mask(slide.lines)
    comments: list[Comment] = []
    pieces: list[str] = []
    position = 0
    for match in _COMMENT.finditer(text):
        line_index = text.count("\n", 0, match.start())
        if line_index < len(mask) and mask[line_index]:
            continue
        pieces.append(text[position : match.start()])
        pieces.append("\n" * match.group(0).count("\n"))
        position = match.end()
        line = slide.first_line + line_index
        directive = parse_directive(match.group(1), line)
        if directive is not None:
            slide.directives.append(directive)
            continue
        at_end = not text[match.end() :].strip() or _only_comments(text[match.end() :])
        comments.append(Comment(match.group(1).strip(), line, at_end))
    pieces.append(text[position:])
    slide.lines = "".join(pieces).split("\n")
    return comments


def _only_comments(text: str) -> bool:
    return not _COMMENT.sub("", text).strip()
