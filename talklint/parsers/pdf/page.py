"""A PDF page as the reader sees it before any decision: runs of text placed on it, its pictures and drawings,
the lines the runs make and the text a page shows (``lines`` joins runs into lines, ``blocks`` lines into blocks,
``layout`` decides titles, chrome and slides)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# (Symbol and Wingdings marks, which PowerPoint's own PDF export writes as private-use characters: U+F0B7, U+F0A7, …)
BULLET = re.compile(r"^\s*([•◦▪▫▸▹►▶■□●○‣⁃∙·➢➤✓✔–—\-*\uf000-\uf0ff])\s*")
PROSE = re.compile(r"[^\W\d_]{3,}|[\u2e80-\u9fff]")


@dataclass(frozen=True)
class Run:
    """A piece of text as the PDF places it; ``y`` (its baseline) grows upwards, as in PDF."""

    text: str
    x: float
    y: float
    size: float
    right: float = 0.0  # where the text ends; 0 when unknown
    math: bool = False  # set in a font of mathematics
    code: bool = False  # set in a font of a fixed pitch, as code is


@dataclass(frozen=True)
class Box:
    """Where a picture or a drawn shape stands on the page, in PDF units from the bottom left."""

    left: float
    bottom: float
    right: float
    top: float
    # What tells one image from another without reading it: its size in pixels and the length of its encoded data.
    # The same logo on every page has one; the figures a layout puts in one frame each have their own, even where
    # an export resamples them all to the frame's size in pixels. Empty where it is not known (a drawing, a form).
    image: tuple[int, ...] = ()

    @property
    def area(self) -> float:
        return max(self.right - self.left, 0.0) * max(self.top - self.bottom, 0.0)


@dataclass
class Page:
    number: int  # 1-based page in the PDF
    width: float
    height: float
    runs: list[Run]
    label: str = ""
    notes: str = ""
    # Images and figures (form XObjects smaller than the page), and drawn paths.
    pictures: list[Box] = field(default_factory=list)
    drawings: list[Box] = field(default_factory=list)

    @property
    def area(self) -> float:
        return self.width * self.height


@dataclass
class Line:
    text: str
    y: float
    size: float
    left: float = 0.0  # where the line starts and ends on the page; 0 when unknown
    right: float = 0.0
    figure_size: float = 0.0  # the size of its largest run, figures and marks included ("73%" has no letter size)
    formulas: tuple[str, ...] = ()  # its runs set in a font of mathematics, side by side as one formula
    code: bool = False  # all its runs set in a font of a fixed pitch
    # A list item's mark drawn as a small picture right before the line (Beamer's default balls and triangles):
    # where it stands ("mark@22"), so that marks further right are deeper items; empty when none.
    mark: str = ""


@dataclass
class PageText:
    page: Page
    title: str = ""
    lines: list[Line] = field(default_factory=list)
    # Pictures the audience sees: images, figures and drawings that are not repeated page furniture.
    pictures: int = 0

    @property
    def words(self) -> int:
        return sum(len(line.text.split()) for line in self.lines) + len(self.title.split())


def is_list_mark(run: Run) -> bool:
    """A list item's mark drawn on its own ("• ", "1."): at the same place on every slide of a layout, and never
    chrome (PowerPoint's and LibreOffice's exports draw the mark apart from the item's text)."""
    return bool(BULLET.fullmatch(run.text) or _LONE_NUMBER.fullmatch(run.text))


_LONE_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
