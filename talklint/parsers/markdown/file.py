"""A Markdown talk file: its front matter, its body lines, and what its parse collected."""

from __future__ import annotations

import re
from pathlib import Path

from talklint import limits
from talklint.errors import OverLimit
from talklint.limits import MAX_LINE_CHARS, MAX_SOURCE_CHARS
from talklint.model import Location, ParseWarning
from talklint.parsers.common import SAVE_AS_UTF8
from talklint.parsers.markdown.lines import RawSlide, fence_mask
from talklint.parsers.source import FrontMatter, read_text, split_front_matter
from talklint.suppression import RawDirective

SLIDE_SEPARATOR = re.compile(r"^---\s*$")
# A Pandoc/Quarto or MDC div fence line (":::", "::block{...}"): markup, not text.
DIV_FENCE = re.compile(r"^\s*:{2,}")


class MarkdownFile:
    """A Markdown file split into front matter and body lines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        source = read_text(path)
        self.lines, cut = _bounded_lines(source.text.splitlines())
        # Characters read for the talk, imports included: one counter shared with the files it imports.
        self.characters = [sum(len(line) for line in self.lines)]
        self.count(0)
        self.front_matter: FrontMatter = split_front_matter(self.lines)
        self.body = self.lines[self.front_matter.line_count :]
        self.body_first_line = self.front_matter.line_count + 1
        self.warnings: list[ParseWarning] = []
        self.included: list[Path] = []
        # Directives before the first slide (front matter, an outline's preamble).
        self.directives: list[RawDirective] = []
        self.title = ""  # an outline's '#' heading
        if source.encoding_note:
            self.warnings.append(ParseWarning(source.encoding_note, fix=SAVE_AS_UTF8))
        if cut:
            where = Location(cut[0], 1)
            what = f"{len(cut)} lines" if len(cut) > 1 else "a line"
            self.warnings.append(
                ParseWarning(
                    f"{what} cut: " + limits.beyond("MAX_LINE_CHARS", advice="break the line"),
                    where,
                    fix="Break the long line into shorter ones so that all of it is linted",
                )
            )

    def count(self, characters: int) -> None:
        """Add what an import read; refuse the talk past the source limit."""
        self.characters[0] += characters
        if self.characters[0] > MAX_SOURCE_CHARS:
            raise OverLimit("the talk and its imports are " + limits.beyond("MAX_SOURCE_CHARS"))

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    def count_separators(self) -> int:
        mask = fence_mask(self.body)
        return sum(1 for i, line in enumerate(self.body) if not mask[i] and SLIDE_SEPARATOR.match(line))

    def has_line(self, pattern: re.Pattern[str]) -> bool:
        mask = fence_mask(self.body)
        return any(not mask[i] and pattern.match(line) for i, line in enumerate(self.body))


_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]{200,}")


def _bounded_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """Lines no longer than MAX_LINE_CHARS (a Markdown parser's cost grows faster than a line's length),
    and the numbers of the lines that had to be cut. An inline picture's data is shortened, not cut."""
    cut: list[int] = []
    bounded: list[str] = []
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            line = _DATA_URI.sub("data:,", line)
            if len(line) > MAX_LINE_CHARS:
                line = line[:MAX_LINE_CHARS]
                cut.append(number)
        bounded.append(line)
    return bounded, cut


def count_units(lines: list[str]) -> int:
    """At most how many slides the lines can make: separators and headings (a cheap bound, before splitting)."""
    return sum(1 for line in lines if line.startswith(("---", "#")) or line.lstrip().startswith("#"))


def trim_blank_ends(slides: list[RawSlide]) -> list[RawSlide]:
    """Drop empty chunks before the first and after the last separator."""

    def blank(slide: RawSlide) -> bool:
        return not slide.text.strip() and not slide.notes and not slide.directives and not slide.meta

    while slides and blank(slides[-1]):
        slides.pop()
    while slides and blank(slides[0]):
        slides.pop(0)
    return slides
