"""A PowerPoint slide's title, as a reader finds it.

The title placeholder when it holds text, with a headline set above it by hand; on a slide without one, the short
text set clearly larger than the rest, or a title-like text box at the top, with a kicker just above it. Running
headers (the same text at the same place on three slides or more) are never a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from talklint.parsers.pptx.shapes import frame_text, is_placeholder, is_text_box, reading_order, text_shapes


@dataclass(frozen=True)
class SlideSize:
    height: int
    width: int
    # Running headers of the deck (see ``repeated_texts``), which are never a slide's title.
    headers: frozenset[tuple[str, int, int]] = frozenset()
    # Where the deck's slides set their titles in plain text boxes (see ``title_places``).
    title_places: frozenset[tuple[int, int]] = frozenset()


# PowerPoint's size for text that sets none; a title stands out from it.
DEFAULT_POINTS = 18.0

# How much larger than every other text on the slide a text must be to read as the title.
PROMINENCE = 1.25

TITLE_MAX_WORDS = 12

# A text set clearly larger than the rest at the top of the slide may be a whole sentence: a claim for a title ("In
# 2022, 20 million people in the Horn of Africa faced hunger after failed rains") is as long as that.
PROMINENT_TITLE_MAX_WORDS = 20

_WORD_OF_THREE = re.compile(r"[^\W\d_]{3,}")

_BARE_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s*$")


def slide_title(slide: Any, shapes: list[Any], in_order: list[Any], size: SlideSize) -> tuple[str, frozenset[int]]:
    """The slide's title as a reader sees it, and the ids of the shapes it takes (not the slide's text)."""
    title_placeholder = slide.shapes.title  # found by walking the slide's shapes: once
    placeholder = title_placeholder if title_placeholder is not None and frame_text(title_placeholder) else None
    title_shapes = [placeholder] if placeholder is not None else []
    headline = _headline_above(in_order, placeholder, size) if placeholder is not None else None
    if headline is not None:
        title_shapes.insert(0, headline)
    if not title_shapes:
        # A running header is the title only where the slide shows nothing else that could be.
        found = _prominent_text(shapes, size) or _title_like_text_box(shapes, size)
        if found is None and size.headers:
            bare = SlideSize(size.height, size.width)
            found = _prominent_text(shapes, bare) or _title_like_text_box(shapes, bare)
        title_shapes = [found] if found is not None else []
        if found is not None and (kicker := _kicker_above(in_order, found, size)) is not None:
            title_shapes.insert(0, kicker)
    # A headline above the title placeholder reads first: "Headline: title".
    title = ": ".join(frame_text(shape) for shape in title_shapes)
    # An empty title placeholder is not text either.
    taken = frozenset(shape.shape_id for shape in [*title_shapes, title_placeholder] if shape is not None)
    return title, taken


def _points(shape: Any) -> float | None:
    """The largest font size a text shape sets on its runs or paragraphs, or None when it sets none."""
    fonts = [run.font for p in shape.text_frame.paragraphs for run in p.runs]
    fonts += [p.font for p in shape.text_frame.paragraphs]
    sizes = [font.size.pt for font in fonts if font.size is not None]
    return max(sizes) if sizes else None


def _title_candidate(shape: Any, max_words: int = TITLE_MAX_WORDS) -> bool:
    """Short text with a word in it, on one or two lines: not a paragraph, a number or a formula label."""
    text = frame_text(shape)
    return (
        len(text.split()) <= max_words and len(shape.text_frame.paragraphs) <= 2 and bool(_WORD_OF_THREE.search(text))
    )


def repeated_texts(slides: Iterable[list[Any]], size: SlideSize) -> frozenset[tuple[str, int, int]]:
    """Texts shown at the same place on three slides or more (each slide given as its shapes): running
    headers, not titles."""
    seen: dict[tuple[str, int, int], int] = {}
    for shapes in slides:
        for key in {_place(shape, size) for shape in text_shapes(shapes) if not is_placeholder(shape)}:
            seen[key] = seen.get(key, 0) + 1
    return frozenset(key for key, count in seen.items() if count >= 3)


def _place(shape: Any, size: SlideSize) -> tuple[str, int, int]:
    """A text and where it stands, to a twentieth of the slide."""
    top = round(20 * (shape.top or 0) / size.height) if size.height > 0 else 0
    left = round(20 * (shape.left or 0) / size.width) if size.width > 0 else 0
    return frame_text(shape), top, left


def _prominent_text(shapes: Any, size: SlideSize) -> Any:
    """On a slide without a title placeholder, the short text set clearly larger than all other text.

    A reader takes the text that stands out ("Introduction" at 48 pt over 20 pt
    text, "Thank you" at 96 pt) as the title, wherever it stands in the upper
    part of the slide.
    """
    texts = list(text_shapes(shapes))
    sized = [(_points(shape) or DEFAULT_POINTS, shape) for shape in texts]
    candidates = [
        (points, shape)
        for points, shape in sized
        if (
            _title_candidate(shape) or (_title_candidate(shape, PROMINENT_TITLE_MAX_WORDS) and _at_the_top(shape, size))
        )
        and _in_upper_part(shape, size)
        and _place(shape, size) not in size.headers
    ]
    if not candidates:
        return None
    points, best = max(candidates, key=lambda item: item[0])
    # A bare number (a list marker drawn as a shape) does not compete with a title.
    others = [
        p
        for p, shape in sized
        if shape is not best and not _BARE_NUMBER.match(frame_text(shape)) and _place(shape, size) not in size.headers
    ]
    return best if points >= PROMINENCE * max(others, default=DEFAULT_POINTS) else None


def _in_upper_part(shape: Any, size: SlideSize) -> bool:
    return size.height <= 0 or (shape.top or 0) < size.height * 0.6


def _at_the_top(shape: Any, size: SlideSize) -> bool:
    """In the top fifth of the slide, where titles stand."""
    return size.height <= 0 or (shape.top or 0) < size.height * 0.2


def title_places(slides: Iterable[list[Any]], size: SlideSize) -> frozenset[tuple[int, int]]:
    """Where a deck without title placeholders sets its titles: the places (to a twentieth of the slide) of the
    title-like text boxes of three slides or more, each with its own text (the running headers are not titles).

    On a slide whose text beside the title starts a hair higher ("We have a layer l with output…" in the right
    column), the title is still the box where the deck's titles stand."""
    seen: dict[tuple[int, int], set[str]] = {}
    for shapes in slides:
        found = _title_like_text_box(shapes, size)
        if found is not None:
            text, top, left = _place(found, size)
            seen.setdefault((top, left), set()).add(text)
    return frozenset(place for place, texts in seen.items() if len(texts) >= 3)


def _title_like_text_box(shapes: Any, size: SlideSize) -> Any:
    """Many decks put the title in a plain text box: the short text at the top, wide enough not to be a label;
    first the box where the deck's titles stand, if there is one."""
    boxes = [
        shape
        for shape in reading_order(shapes)
        if is_text_box(shape)
        and any(c.isalpha() for c in frame_text(shape))
        and _place(shape, size) not in size.headers  # not a slide number, an empty box or a running header
    ]
    placed = next((shape for shape in boxes if _place(shape, size)[1:] in size.title_places), None)
    if placed is not None and _title_like(placed, size):
        return placed
    return boxes[0] if boxes and _title_like(boxes[0], size) else None


def _title_like(box: Any, size: SlideSize) -> bool:
    near_top = size.height > 0 and _at_the_top(box, size)
    wide = size.width <= 0 or (box.width or 0) >= size.width * 0.15
    return near_top and wide and len(box.text_frame.paragraphs) == 1 and _title_candidate(box)


def _headline_above(in_order: list[Any], placeholder: Any, size: SlideSize) -> Any:
    """A headline in a plain text box above the title placeholder, as wide as a title."""
    top = placeholder.top  # inherited from the layout: slow to look up, so once
    if top is None:
        return None
    for shape in in_order:
        if not is_text_box(shape):
            continue
        above = shape.top is not None and shape.top + (shape.height or 0) <= top
        wide = size.width > 0 and (shape.width or 0) >= size.width * 0.4
        if above and wide and frame_text(shape) and _title_candidate(shape):
            return shape
    return None


# A kicker, the short label set over a title ("PAPER 3 · MECHANISM", "STUDY 2"): a few words, just above it.
KICKER_MAX_WORDS = 5


def _kicker_above(in_order: list[Any], title: Any, size: SlideSize) -> Any:
    """A short label right above a title read from its size, where the title starts: read first, "Kicker: title"."""
    if title.top is None or size.height <= 0 or size.width <= 0:
        return None
    for shape in in_order:
        if shape is title or not is_text_box(shape):
            continue
        if shape.top is None or not _title_candidate(shape, KICKER_MAX_WORDS):
            continue
        if _place(shape, size) in size.headers:
            continue  # a running header ("Introduction" over every slide of a part) is no kicker of this title
        bottom = shape.top + (shape.height or 0)
        just_above = bottom <= title.top + size.height * 0.02 and title.top - bottom <= size.height * 0.1
        aligned = abs((shape.left or 0) - (title.left or 0)) <= size.width * 0.05
        # (a kicker the title repeats adds nothing: "CONTRIBUTIONS" over "Contributions and conclusion")
        if just_above and aligned and not frame_text(title).lower().startswith(frame_text(shape).lower()):
            return shape
    return None
