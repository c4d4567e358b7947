"""Line-level helpers shared by the Markdown dialects.

Slide separators, notes markers and comments are line syntax in every
dialect, and all of them stop meaning anything inside a fenced code block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from talklint.model import Image
from talklint.suppression import RawDirective, parse_directive

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")


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


def comment_mask(lines: list[str]) -> list[bool]:
    """For each line, True when it lies wholly inside an HTML comment (``<!-- … -->``).

    A line that opens or closes the comment is not masked: text may stand beside it.
    """
    mask: list[bool] = []
    inside = False
    for line in lines:
        start = 0
        if inside:
            close = line.find("-->")
            mask.append(close < 0)
            if close < 0:
                continue
            start = close + 3
        else:
            mask.append(False)
        opened = line.rfind("<!--", start)
        inside = opened >= 0 and line.find("-->", opened + 4) < 0
    return mask


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


def split_lines(
    lines: list[str], first_line: int, is_separator: re.Pattern[str], after_blank: re.Pattern[str] | None = None
) -> Iterator[tuple[list[str], int]]:
    """Split at separator lines outside code fences, and at ``after_blank`` lines that follow a blank line (under a
    paragraph, "--" underlines a heading); yield (lines, first line number)."""
    mask = fence_mask(lines)
    start = 0
    for index, line in enumerate(lines):
        if mask[index]:
            continue
        if is_separator.match(line) or (
            after_blank is not None and after_blank.match(line) and (index == 0 or not lines[index - 1].strip())
        ):
            yield lines[start:index], first_line + start
            start = index + 1
    yield lines[start:], first_line + start


@dataclass(frozen=True)
class LineHeading:
    level: int
    text: str


def heading(line: str) -> LineHeading | None:
    """An ATX heading (``## Title ##``), read without a backtracking regex."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3 or not stripped.startswith("#"):
        return None
    level = len(stripped) - len(stripped.lstrip("#"))
    rest = stripped[level:]
    # A no-break space after the hashes (typed by some keyboards) still reads as a heading.
    if level > 6 or (rest and rest[0] not in " \t\u00a0"):
        return None
    text = rest.strip(" \t\u00a0")
    closing = text.rstrip("#")
    if closing != text and (not closing or closing[-1] in " \t"):
        text = closing.rstrip(" \t")
    return LineHeading(level, text)


def spans(text: str, opening: str, closing: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each ``opening … closing`` span, in one linear pass.

    A regex such as ``<!--(.*?)-->`` rescans the rest of the text for every
    unclosed opening, which is quadratic on hostile input.
    """
    position = 0
    while True:
        start = text.find(opening, position)
        if start < 0:
            return
        end = text.find(closing, start + len(opening))
        if end < 0:
            return
        yield start, end + len(closing)
        position = end + len(closing)


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
    ends: list[int] = []
    line_index = 0
    counted_to = 0
    for start, end in spans(text, "<!--", "-->"):
        line_index += text.count("\n", counted_to, start)
        counted_to = start
        if line_index < len(mask) and mask[line_index]:
            continue
        pieces.append(text[position:start])
        pieces.append("\n" * text.count("\n", start, end))
        position = end
        line = slide.first_line + line_index
        inner = text[start + 4 : end - 3]
        directive = parse_directive(inner, line)
        if directive is not None:
            slide.directives.append(directive)
            continue
        comments.append(Comment(inner.strip(), line, at_end=False))
        ends.append(end)
    pieces.append(text[position:])
    slide.lines = "".join(pieces).split("\n")
    _mark_comments_at_end(comments, ends, text)
    return comments


def _mark_comments_at_end(comments: list[Comment], ends: list[int], text: str) -> None:
    """A comment is at the end when only blank text and comments follow it."""
    following_blank = True
    next_start = len(text)
    for comment, end in zip(reversed(comments), reversed(ends), strict=True):
        following_blank = following_blank and not strip_comments(text[end:next_start]).strip()
        comment.at_end = following_blank
        next_start = _comment_start(text, end)


def _comment_start(text: str, end: int) -> int:
    return text.rfind("<!--", 0, end)


def strip_comments(text: str) -> str:
    pieces = []
    position = 0
    for start, end in spans(text, "<!--", "-->"):
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
