"""``talklint scaffold TALK``: skeleton slides for the missing parts of the story, where the rules want them.

The story rules say what is missing and where: no motivation before the first
technical slide (TL104), no vision at all (TL101), an agenda without a
timeline (TL103), no takeaways before the closing (TL106). For each, a
skeleton slide is written in the talk's own dialect at that place. Its text
is an outline of what to say with TODO marks, so that the placeholder rule
(TL307) keeps the check failing until the speaker writes the slide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talklint.findings import Finding
from talklint.model import Talk
from talklint.parsers.common import is_closing_title


@dataclass(frozen=True)
class Skeleton:
    title: str
    bullets: tuple[str, ...]


MOTIVATION = Skeleton(
    "Why it matters: TODO the problem in one sentence",
    ("Who is affected today: TODO", "What fails, with one number: TODO", "Why now: TODO"),
)
VISION = Skeleton(
    "My vision: TODO where this research goes in ten years",
    ("The long-term goal, in one sentence: TODO", "What changes, and for whom, if it works: TODO"),
)
AGENDA = Skeleton(
    "Research agenda: TODO the next five years",
    ("Years 1-2: TODO; goal: TODO", "Years 3-5: TODO; goal: TODO", "Who I will work with: TODO"),
)
TAKEAWAYS = Skeleton(
    "Takeaways: TODO the one thing to remember",
    ("What the work showed, with its number: TODO", "What it changed: TODO", "What comes next: TODO"),
)


@dataclass(frozen=True)
class Insertion:
    before: int  # the slide it goes before (1-based); one past the last slide: at the end
    skeleton: Skeleton
    why: str  # the finding it answers, e.g. "TL104 missing-motivation"


def plan(talk: Talk, findings: tuple[Finding, ...]) -> list[Insertion]:
    """Where each missing part goes, from the story findings of ``talk``."""
    count = len(talk.slides)
    end = count + 1
    closing = end - 1 if count and is_closing_title(talk.slides[-1].title) else end
    insertions = []
    for finding in findings:
        why = f"{finding.code} {finding.rule}"
        if finding.code == "TL104" and finding.slide:
            insertions.append(Insertion(finding.slide, MOTIVATION, why))
        elif finding.code == "TL101":
            insertions.append(Insertion(min(3, end), VISION, why))
            insertions.append(Insertion(closing, AGENDA, why))
        elif finding.code == "TL103" and finding.slide:
            insertions.append(Insertion(finding.slide + 1, AGENDA, why))
        elif finding.code == "TL106":
            insertions.append(Insertion(closing, TAKEAWAYS, why))
    return sorted(insertions, key=_story_order)


def _story_order(insertion: Insertion) -> tuple[int, int]:
    """By place; at one place, in the order a story tells them (an agenda before the takeaways)."""
    return insertion.before, (MOTIVATION, VISION, AGENDA, TAKEAWAYS).index(insertion.skeleton)


def as_text(skeleton: Skeleton) -> str:
    """The slide to paste into a deck that cannot be written (.pptx, PDF)."""
    return skeleton.title + "".join(f"\n  - {bullet}" for bullet in skeleton.bullets)


_SEPARATED = ("marp", "slidev", "revealjs", "remark")
_SEPARATOR = re.compile(r"^(---|--)\s*$")
_HEADING = re.compile(r"^(#{1,6})\s")


def write_into(talk: Talk, text: str, insertions: list[Insertion]) -> str:
    """``text`` (the talk's source) with each skeleton written in the talk's dialect at its place."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if text.count("\r\n") > text.count("\n") / 2 else "\n"
    # From the last place to the first, so that earlier line numbers stay right.
    for insertion in sorted(insertions, key=_story_order, reverse=True):
        index, piece = _place(talk, lines, insertion)
        lines[index:index] = [line + newline for line in piece]
    return "".join(lines)


def _place(talk: Talk, lines: list[str], insertion: Insertion) -> tuple[int, list[str]]:
    """The line index to insert at, and the lines to insert there."""
    skeleton = insertion.skeleton
    if talk.format == "beamer":
        body = ["\\begin{itemize}", *(f"  \\item {b}" for b in skeleton.bullets), "\\end{itemize}"]
        frame = [f"\\begin{{frame}}{{{skeleton.title}}}", *body, "\\end{frame}", ""]
        return _before_slide(talk, lines, insertion.before, r"\\begin\{frame\}", r"\\end\{document\}"), frame
    level = _heading_level(talk, lines, insertion.before)
    chunk = [f"{'#' * level} {skeleton.title}", "", *(f"- {b}" for b in skeleton.bullets), ""]
    if talk.format in _SEPARATED:
        index = _before_slide(talk, lines, insertion.before, _SEPARATOR.pattern, None, after_separator=True)
        if index == len(lines):
            return index, ["", "---", "", *chunk[:-1]]
        return index, (["", *chunk, "---"] if index > 0 and _SEPARATOR.match(lines[index - 1]) else [*chunk, "---", ""])
    return _before_slide(talk, lines, insertion.before, _HEADING.pattern, None), chunk


def _heading_level(talk: Talk, lines: list[str], before: int) -> int:
    """The heading level of the slides around the place (## in a Pandoc deck or an outline, # in Marp)."""
    for slide in (*talk.slides[before - 1 : before], *talk.slides[::-1]):
        line = slide.location.line
        if line and line <= len(lines) and slide.location.source in (None, talk.path):
            for text in lines[line - 1 : line + 3]:
                found = _HEADING.match(text)
                if found and slide.title and slide.title.split()[0] in text:
                    return len(found.group(1))
    return 2 if talk.format in ("pandoc", "markdown-outline") else 1


def _before_slide(
    talk: Talk, lines: list[str], before: int, start: str, end: str | None, after_separator: bool = False
) -> int:
    """The index where a new slide goes so that it comes before slide ``before``."""
    if before > len(talk.slides):
        if end is not None:
            for index in range(len(lines) - 1, -1, -1):
                if re.search(end, lines[index]):
                    return index
        return len(lines)
    slide = talk.slides[before - 1]
    line = (slide.location.line or 1) - 1
    if after_separator:
        previous = talk.slides[before - 2].location.line or 1 if before > 1 else 1
        for index in range(min(line, len(lines) - 1), max(previous - 1, 0) - 1, -1):
            if _SEPARATOR.match(lines[index]):
                return index + 1
        return line
    for index in range(min(line, len(lines) - 1), -1, -1):
        if re.search(start, lines[index]):
            return index
    return line
