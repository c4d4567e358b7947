"""The talk's parts as its slides show them: sections and the slides that open them (a divider, a section page, a
numbered part), the slides that list them (a table of contents), and a roadmap shown again at every part. The role
features read a slide's part from here; the story reads where a part opens."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from talklint.analysis.verbs import states_claim
from talklint.model import Bullet, Image, Paragraph, Slide, count_words

# A slide with this few words, no picture and a title divides the talk into parts.
DIVIDER_WORDS = 10


def recurring_titles(slides: Sequence[Slide]) -> list[int]:
    """Slides whose title comes back later or earlier in the talk, apart: a roadmap shown at every section."""
    seen: dict[str, list[int]] = {}
    for index, slide in enumerate(slides):
        if slide.title and not slide.backup:
            seen.setdefault(slide.title.strip().lower(), []).append(index)
    return [i for places in seen.values() if places[-1] - places[0] > 1 for i in places]


def part_starts(slides: Sequence[Slide]) -> list[int | None]:
    """Where the part each slide sits in opens: the first slide of its section, or the divider slide before it
    (None before the first part)."""
    starts: list[int | None] = []
    start: int | None = None
    for index, slide in enumerate(slides):
        if slide.section:
            if index == 0 or slide.section != slides[index - 1].section:
                start = index
        elif index and opens_a_part(slide):  # the title page names the talk, not a part of it
            start = index
        starts.append(start)
    return starts


def section_titles(slides: Sequence[Slide]) -> frozenset[str]:
    """The talk's sections as a reader meets them: section names, and the titles of divider slides."""
    names = {slide.section.lower() for slide in slides if slide.section}
    names |= {
        slide.title.lower() for slide in slides if slide.title and slide.words <= DIVIDER_WORDS and not slide.images
    }
    return frozenset(name for name in names if name)


def tables_of_contents(slides: Sequence[Slide], sections: frozenset[str]) -> list[int]:
    """The slides that list the talk's parts: three lines or more that name its sections, or the titles of
    slides still to come across a third of the talk or more (a deck without dividers: "Today: 1. Why facts alone
    fail, 2. …" over slides titled so; not "4 models" over the next four slides, a part's own overview), alone or
    followed by what the part holds ("Smoke exposure in 4,000 children: the Sierra Lungs cohort")."""
    last_shown = {slide.title.lower().strip(): index for index, slide in enumerate(slides) if slide.title}
    return [index for index, slide in enumerate(slides) if _names_parts(slide, index, sections, last_shown)]


def _names_parts(slide: Slide, index: int, sections: frozenset[str], last_shown: dict[str, int]) -> bool:
    lines = [block_line.lower().strip(" .0123456789") for block_line in slide.body_text.splitlines()]
    names = [_SECTION_HOLDS.split(line, maxsplit=1)[0] for line in lines if line]
    if sum(1 for name in names if name in sections) >= 3:
        return True
    ahead = [last_shown[name] for name in names if last_shown.get(name, -1) > index]
    return len(ahead) >= 3 and (max(ahead) - min(ahead)) * 3 >= len(last_shown)


# The colon or the dash after a section's name that opens what the section holds.
_SECTION_HOLDS = re.compile(r"\s*(?::|\s[–—-]\s)")


def section_dividers(slides: Sequence[Slide], contents: Sequence[int]) -> list[int]:
    """Slides that show only the name of a part of the talk, which readers count as no part of its story: the
    name of the section they open (a Beamer section page, a Pandoc "#" heading), a part a table of contents
    lists, or a numbered part ("Part 2: Exponential random graphs", "3. Deep learning for MRI"), alone or over a
    line or two that credit the part (its co-authors, its venue). Not a title shown again after the same title (a
    run of charts whose pictures the format does not give), nor one whose notes say more than a name."""
    names = {
        _as_a_name(part)
        for slide in slides
        if slide.section
        for part in (slide.section, *_SUBSECTION.split(slide.section))
    }
    listed = {_as_a_name(line) for index in contents for line in slides[index].body_text.splitlines()}
    names |= listed
    names.discard("")
    numbered_parts = not _numbers_count_the_slides(slides)
    return [
        index
        for index, slide in enumerate(slides)
        if (is_divider(slide) or _credits_its_part(slide))
        and slide.notes_words <= DIVIDER_WORDS
        and not (index and slides[index - 1].title == slide.title)
        and (
            _names_a_listed_part(_as_a_name(slide.title), names, listed)
            or (numbered_parts and bool(_NUMBERED_PART.match(slide.title)))
        )
    ]


def _names_a_listed_part(name: str, names: set[str], listed: set[str]) -> bool:
    """The name of a section, or of a part an outline lists, or the first words of one ("Tuning safely" opens the
    part listed as "Tuning safely in production")."""
    return bool(name) and (name in names or any(item.startswith(f"{name} ") for item in listed))


def _numbers_count_the_slides(slides: Sequence[Slide]) -> bool:
    """Most titles open on a number, and each number is the one before it plus one ("1. Title slide", "2. Hook",
    "3. The question", as a talk's outline numbers its slides): the numbers count slides, not parts of the talk."""
    numbers = [int(found.group(1)) for slide in slides if (found := _SLIDE_NUMBER.match(slide.title))]
    steps = sum(1 for before, after in itertools.pairwise(numbers) if after == before + 1)
    return len(numbers) * 2 > len(slides) and steps * 4 >= (len(numbers) - 1) * 3


def _credits_its_part(slide: Slide) -> bool:
    """A short title over a line or two of plain text and nothing else: a part's page that credits its co-authors
    or its venue ("Joint with: A. Slaughter and K. de la Haye", "published in Social Networks")."""
    lines = [line for line in slide.body_text.splitlines() if line.strip()]
    return (
        _short_title_without_pictures(slide)
        and 0 < len(lines) <= CREDIT_LINES
        and count_words(slide.body_text) <= CREDIT_WORDS
        and holds_no_list(slide)
    )


def holds_no_list(slide: Slide) -> bool:
    """The slide shows paragraphs and pictures, but no list, table, math or code; on the page that opens a section
    by its name, its one line may be set as a bullet (the subtitle of a PowerPoint section header: "Chapter 1" over
    "Who lives in the pipes"; a "Part 3: Results" slide over one bullet of results is a content slide)."""
    if all(isinstance(block, (Paragraph, Image)) for block in slide.blocks):
        return True
    text = [block for block in slide.blocks if not isinstance(block, Image)]
    opens_its_section = _as_a_name(slide.section) == _as_a_name(slide.title) != ""
    return opens_its_section and len(text) == 1 and isinstance(text[0], Bullet)


CREDIT_LINES = 2
CREDIT_WORDS = 20


# "Methods / Sampling": a section and its subsection, as a deck's outline joins them
_SUBSECTION = re.compile(r"\s+/\s+")
# "Part 2: …", "Section III", "Chapter 1 –", "3. Deep learning for MRI", "II) Results"
_NUMBERED_PART = re.compile(
    r"^\W*(?:(?:part|section|chapter)\s+(?:\d+|[ivx]+|one|two|three|four|five)\b|(?:\d{1,2}|[ivx]{1,4})[.):]\s+\w)",
    re.IGNORECASE,
)


# The number a title opens on: "3. The question", "12) Questions".
_SLIDE_NUMBER = re.compile(r"^\W*(\d{1,3})[.):]\s")


def _as_a_name(text: str) -> str:
    """A part's name as a table of contents or a divider writes it: "1. Methods:" and "methods" are one."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split()).strip(" 0123456789")


def is_divider(slide: Slide) -> bool:
    """A slide that holds only a short title: it opens a part of the talk."""
    return _short_title_without_pictures(slide) and not slide.body_text.strip()


def _short_title_without_pictures(slide: Slide) -> bool:
    return bool(slide.title) and not slide.images and len(slide.title.split()) <= DIVIDER_WORDS


def opens_a_part(slide: Slide) -> bool:
    """A divider that names a part of the talk or asks its question ("Part II: Exploring safely", "Why did
    prisons grow?"); a title alone that states a claim ("My goal: robots that handle any cloth") is a slide of
    the talk, not a part the next slides sit in."""
    return is_divider(slide) and (slide.title.rstrip().endswith("?") or not states_claim(slide.title))
