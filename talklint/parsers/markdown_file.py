"""A Markdown talk file: its front matter, its body lines, and what its parse collected."""

from __future__ import annotations

import re
from pathlib import Path

from talklint.model import ParseWarning
from talklint.parsers.markdown_lines import RawSlide, fence_mask
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
        self.lines = source.text.splitlines()
        self.front_matter: FrontMatter = split_front_matter(self.lines)
        self.body = self.lines[self.front_matter.line_count :]
        self.body_first_line = self.front_matter.line_count + 1
        self.warnings: list[ParseWarning] = []
        self.included: list[Path] = []
        # Directives before the first slide (front matter, an outline's preamble).
        self.directives: list[RawDirective] = []
        self.title = ""  # an outline's '#' heading
        if source.encoding_note:
            self.warnings.append(ParseWarning(source.encoding_note))

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    def count_separators(self) -> int:
        mask = fence_mask(self.body)
        return sum(1 for i, line in enumerate(self.body) if not mask[i] and SLIDE_SEPARATOR.match(line))

    def has_line(self, pattern: re.Pattern[str]) -> bool:
        mask = fence_mask(self.body)
        return any(not mask[i] and pattern.match(line) for i, line in enumerate(self.body))


def trim_blank_ends(slides: list[RawSlide]) -> list[RawSlide]:
    """Drop empty chunks before the first and after the last separator."""

    def blank(slide: RawSlide) -> bool:
        return not slide.text.strip() and not slide.notes and not slide.directives and not slide.meta

    while slides and blank(slides[-1]):
        slides.pop()
    while slides and blank(slides[0]):
        slides.pop(0)
    return slides
