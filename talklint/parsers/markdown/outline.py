"""How a Markdown outline or a plain-text outline is split into units, as a reader counts them: every heading a
unit; without headings, numbered marker lines, left-margin lines or paragraphs (``talklint.parsers.markdown.parse``
turns them into the model)."""

from __future__ import annotations

import re

from talklint.parsers.markdown.file import MarkdownFile
from talklint.parsers.markdown.lines import LineHeading, RawSlide, comment_mask, fence_mask, heading, take_comments

_PLANNED_TIME = re.compile(
    r"\s*[\(\[]\s*(?:~|ca\.?\s*)?(\d+(?:\.\d+)?)\s*(?:-\s*\d+(?:\.\d+)?\s*)?(?:min(?:ute)?s?|m|')\s*[\)\]]\s*$",
    re.IGNORECASE,
)


def split_outline(reader: MarkdownFile) -> list[RawSlide]:
    """Every heading is a unit of the talk, as a reader counts them; a lone leading ``#`` is the talk's title.

    A unit's section is the nearest heading above it at a higher level (the
    talk's title aside). A file without Markdown headings is a plain-text
    outline (``.txt``): see ``_plain_text_units``.
    """
    lines = reader.body
    mask = [code or comment for code, comment in zip(fence_mask(lines), comment_mask(lines), strict=True)]
    headings = [(i, h) for i, line in enumerate(lines) if not mask[i] and (h := heading(line))]
    slides = _heading_units(reader, lines, headings) if headings else _plain_text_units(reader)
    first_unit = (slides[0].title_line or reader.body_first_line) - reader.body_first_line if slides else len(lines)
    preamble = RawSlide(lines[: max(first_unit, 0)], reader.body_first_line)
    take_comments(preamble)
    reader.directives.extend(preamble.directives)
    for slide in slides:
        # An outline has no notes syntax: comments are the writer's, not text.
        take_comments(slide)
    return slides


def _heading_units(reader: MarkdownFile, lines: list[str], headings: list[tuple[int, LineHeading]]) -> list[RawSlide]:
    levels = [h.level for _, h in headings]
    if levels[0] == 1 and levels.count(1) == 1:
        reader.title = _split_planned_time(headings[0][1].text)[0]
    numbered = _numbers_its_slides(headings)
    slides: list[RawSlide] = []
    parents: list[tuple[int, str]] = []  # (level, text) of the headings that enclose the current one
    for position, (index, found) in enumerate(headings):
        while parents and parents[-1][0] >= found.level:
            parents.pop()
        section = next((text for level, text in reversed(parents) if not (level == 1 and reader.title)), "")
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        title, minutes = _split_planned_time(found.text)
        if numbered:
            if position == 0 and reader.title and not _SLIDE_NUMBERED.match(found.text):
                continue  # the script's own name above "Slide 1 — Title": not a slide of the talk
            title = _SLIDE_NUMBERED.sub("", title, count=1)
        slides.append(
            RawSlide(
                lines=lines[index + 1 : end],
                first_line=reader.body_first_line + index + 1,
                title=title,
                title_line=reader.body_first_line + index,
                section=section,
                planned_minutes=minutes,
            )
        )
        parents.append((found.level, title))
    return slides


# A heading that numbers the slide it heads: "Slide 2 — Historical maps hold …", "Slide 12: Thank you", "Slide 4".
_SLIDE_NUMBERED = re.compile(r"^\s*slide\s*\d{1,3}\s*(?:[—–:.)-]\s*|$)", re.IGNORECASE)


def _numbers_its_slides(headings: list[tuple[int, LineHeading]]) -> bool:
    """A script whose headings number its slides ("Slide 1 — Title", "Slide 2 — …"): every heading but a lone
    first one (the script's name) says its slide's number."""
    rest = headings[1:] if headings[0][1].level == 1 else headings
    return len(rest) >= 2 and all(_SLIDE_NUMBERED.match(found.text) for _, found in rest)


# A line that only numbers a unit of a script: "P1:", "Slide 3", "[Page 12]".
_UNIT_MARKER = re.compile(r"^\s*\[?\s*((?:slide|page|part|p|s)\s*\d{1,3})\s*[:.)\]]?\s*$", re.IGNORECASE)
_SHORT_TITLE_CHARACTERS = 80


def _plain_text_units(reader: MarkdownFile) -> list[RawSlide]:
    """Units of a plain-text outline or script, from the layout a reader follows.

    Numbered marker lines ("P1:", "Slide 3") start units when there are
    several; otherwise each line at the left margin is a unit whose indented
    lines are its bullets; a text with neither is one unit per paragraph.
    """
    lines = reader.body
    first = reader.body_first_line
    markers = [(i, match.group(1)) for i, line in enumerate(lines) if (match := _UNIT_MARKER.match(line))]
    if len(markers) >= 2:
        ends = [i for i, _ in markers[1:]] + [len(lines)]
        return [
            RawSlide(lines[i + 1 : end], first + i + 1, title=label, title_line=first + i)
            for (i, label), end in zip(markers, ends, strict=True)
        ]
    if any(line[:1] in (" ", "\t") and line.strip() for line in lines):
        return _indented_units(lines, first)
    return _paragraph_units(lines, first)


# The lines that head a plain-text outline and make its title page: "Title: …", "Speaker: …", "Date: …".
_HEADER_LINE = re.compile(
    r"^(title|speaker|presenter|author|date|venue|event|affiliation|institution|talk)\s*:\s*(\S.*)$", re.IGNORECASE
)


def _title_page(lines: list[str], first: int) -> tuple[RawSlide | None, int]:
    """The title page of an outline that opens on header lines ("Title: …", "Speaker: …"), one unit as the
    audience sees one slide, and the index of the first line after it."""
    header: list[tuple[int, re.Match[str]]] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        match = _HEADER_LINE.match(line)
        if match is None:
            break
        header.append((index, match))
    if len(header) < 2 and not (header and _names_the_talk(lines, header[0])):
        return None, 0
    titled = next((m for _, m in header if m.group(1).lower() == "title"), header[0][1])
    details = [f"- {m.group(2).strip()}" for _, m in header if m is not titled]
    start = header[0][0]
    page = RawSlide(details, first + start + 1, title=titled.group(2).strip(), title_line=first + start)
    return page, header[-1][0] + 1


def _names_the_talk(lines: list[str], header: tuple[int, re.Match[str]]) -> bool:
    """One header line alone is the title page when it names the title and nothing is indented under it ("Title:
    Cheaper inference" over "Slide 1: …"); with lines under it, "Title: Results" heads a unit of its own."""
    index, match = header
    following = next((line for line in lines[index + 1 :] if line.strip()), "")
    return match.group(1).lower() == "title" and following[:1] not in (" ", "\t")


def _indented_units(lines: list[str], first: int) -> list[RawSlide]:
    indents = sorted({len(line) - len(line.lstrip()) for line in lines if line.strip() and line[:1] in (" ", "\t")})
    page, after = _title_page(lines, first)
    slides: list[RawSlide] = [page] if page is not None else []
    for index, line in enumerate(lines):
        if index < after or not line.strip():
            continue
        if line[:1] not in (" ", "\t"):
            title, minutes = _split_planned_time(_without_marker(line.strip().rstrip(":").strip()))
            slides.append(
                RawSlide([], first + index + 1, title=title, title_line=first + index, planned_minutes=minutes)
            )
        elif slides:
            depth = indents.index(len(line) - len(line.lstrip()))
            slides[-1].lines.append(f"{'  ' * depth}- {line.strip()}")
    return slides


def _paragraph_units(lines: list[str], first: int) -> list[RawSlide]:
    """One unit per paragraph: a short first line is its title ("5. Results (15 min)", its planned time kept
    apart), and so is a numbered line alone ("9. Questions"): a unit with nothing under its title."""
    slides: list[RawSlide] = []
    start: int | None = None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            head = lines[start].strip()
            titled = len(head) <= _SHORT_TITLE_CHARACTERS and (start + 1 < index or bool(_NUMBERED_UNIT.match(head)))
            body = lines[start + 1 : index] if titled else lines[start:index]
            title, minutes = _split_planned_time(_without_marker(head)) if titled else ("", None)
            slides.append(
                RawSlide(body, first + start + 1, title=title, title_line=first + start, planned_minutes=minutes)
            )
            start = None
    return slides


# A line that numbers a unit of an outline and names it: "9. Questions", "3) Results".
_NUMBERED_UNIT = re.compile(r"^\d{1,2}[.)]\s+\S")


# A marker that numbers the unit before its title on the same line: "Slide 3: Results", "P1 - Why heat kills"
# (not "Part 2: Folding", a part the audience sees named).
_MARKER_BEFORE_TITLE = re.compile(r"^\[?\s*(?:slide|page|p|s)\s*\d{1,3}\s*[\]:.)–—-]\s*(?=\S)", re.IGNORECASE)


def _without_marker(title: str) -> str:
    """The title a reader sees, without the marker that numbers its unit in the script ("Slide 3: Results")."""
    return _MARKER_BEFORE_TITLE.sub("", title, count=1)


def _split_planned_time(title: str) -> tuple[str, float | None]:
    match = _PLANNED_TIME.search(title)
    if not match:
        return title, None
    return title[: match.start()].rstrip(" -–—:"), float(match.group(1))
