r"""Pictures a Beamer talk sets behind its frames (``\usebackgroundtemplate{\includegraphics{…}}``).

A template holds from where it is set to the end of the group it was set in; an untitled frame shows its picture
(a photograph under its credit line), which the slide then holds as its first block.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

from talklint.model import Image, Talk
from talklint.parsers.beamer.latex import BRACE


def with_backdrops(talk: Talk, backdrops: dict[int, Image]) -> Talk:
    """The untitled slides with their background picture, which is what they show (a photograph under its
    credit line). Behind a title, the picture decorates: a title page, or a part's name over a photograph
    ("The decay" over a cavern), which stays a divider. Added once the slides are read, so that a short line
    over the picture is the slide's headline (``finish_talk``), as over a plain background."""
    if not backdrops:
        return talk
    slides = tuple(
        dataclasses.replace(slide, blocks=(backdrops[index], *slide.blocks))
        if index in backdrops and not slide.title
        else slide
        for index, slide in enumerate(talk.slides)
    )
    return dataclasses.replace(talk, slides=slides)


@dataclass(frozen=True)
class Background:
    r"""A picture set as the background of the frames that follow (``\usebackgroundtemplate{\includegraphics…}``),
    from ``at`` to the end of the group it was set in (``until``)."""

    at: int
    until: int
    source: str  # the picture's file; "" where the template sets no picture (it takes one away)


_BACKGROUND = re.compile(r"\\usebackgroundtemplate\s*\{")
_GRAPHICS = re.compile(r"\\includegraphics\s*(?:\[[^\]]*\]\s*)?\{([^{}]*)\}")


# A talk sets a handful of backgrounds; past these many, the rest are not read (each frame looks through them).
MAX_BACKGROUNDS = 100


def background_pictures(text: str, start: int, end: int) -> list[Background]:
    """The background templates of the document, in order: each holds until its group closes. The braces are
    read once, whatever the number of templates."""
    templates = list(itertools.islice(_BACKGROUND.finditer(text, start, end), MAX_BACKGROUNDS))
    if not templates:
        return []
    closes: dict[int, int] = {}  # where each group that opens at a brace closes
    around: list[int | None] = []  # the brace that opens the group around each template (None: the document)
    opened: list[int] = []
    waiting = iter(templates)
    template = next(waiting, None)
    for brace in BRACE.finditer(text, start, end):
        while template is not None and template.start() < brace.start():
            around.append(opened[-1] if opened else None)
            template = next(waiting, None)
        if brace.group() == "{":
            opened.append(brace.start())
        elif opened:
            closes[opened.pop()] = brace.start()
    found = []
    for template, group in zip(templates, around, strict=False):
        close = closes.get(template.end() - 1)  # the template's argument
        if close is None:
            continue
        picture = _GRAPHICS.search(text, template.end(), close)
        until = end if group is None else closes.get(group, end)
        found.append(Background(template.start(), until, picture.group(1) if picture else ""))
    return found


def background_at(backgrounds: list[Background], offset: int) -> Background | None:
    """The background picture a frame starting at ``offset`` shows: the last template set before it that
    still holds."""
    holding = [b for b in backgrounds if b.at < offset < b.until]
    return holding[-1] if holding and holding[-1].source else None
