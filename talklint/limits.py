"""Every bound on what one file may cost, in one place (the README's limits table is made from ``LIMITS``).

A file past a limit is refused with one line naming the limit and how to
raise it (``TL001``), or read in part with a warning (``TL004``); the other
files of the run go on. Each limit can be raised (or lowered) for a run with
an environment variable, ``TALKLINT_`` and the limit's name, e.g.
``TALKLINT_MAX_SLIDES=5000``: environment variables reach ``--jobs`` workers
however they are started, and a limit is a property of the machine and the
run, not of a talk's configuration.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limit:
    name: str  # as in the environment variable, without the prefix
    default: float
    unit: str
    what: str  # what is bounded, and what happens past the limit (the README's table)

    @property
    def variable(self) -> str:
        return f"TALKLINT_{self.name}"


LIMITS = (
    Limit("MAX_TEXT_FILE_BYTES", 8 * MB, "bytes", "size of a text talk (Markdown, outline, LaTeX); refused past it"),
    Limit("MAX_SOURCE_CHARS", 512_000, "characters", "source of a text talk, its inputs and imports included"),
    Limit("MAX_INPUT_FILES", 500, "files", "files one LaTeX talk may \\input or \\include; later ones not followed"),
    Limit("MAX_LINE_CHARS", 20_000, "characters", "one line of a Markdown talk; a longer line is cut (TL004)"),
    Limit("MAX_FRONT_MATTER_CHARS", 64 * 1024, "characters", "YAML front matter of a Markdown talk"),
    Limit("MAX_YAML_NODES", 20_000, "nodes", "values in one YAML document (front matter, rules, profiles)"),
    Limit("MAX_SLIDES", 3_000, "slides", "slides, frames or pages of one talk"),
    Limit("MAX_SLIDE_CHARS", 50_000, "characters", "source of one slide (a Beamer frame)"),
    # The largest talk of the corpus holds 46,000 characters of text and notes, its largest slide 21,000.
    Limit("MAX_TALK_CHARS", 200_000, "characters", "text and notes of one talk, all slides together"),
    Limit("MAX_TOKEN_CHARS", 100, "characters", "a run without a space; longer runs are split before word analysis"),
    Limit("MAX_PPTX_BYTES", 512 * MB, "bytes", "size of a .pptx file (media are never inflated)"),
    Limit("MAX_PPTX_PARTS", 10_000, "parts", "parts of a .pptx package"),
    # The largest deck of the corpus holds 2 MB of XML, its largest part 250 kB.
    Limit("MAX_PPTX_XML_BYTES", 32 * MB, "bytes", "XML of a .pptx once inflated, all parts together"),
    # The most shapes in a deck of the corpus is 406; python-pptx reads about 4,000 a second.
    Limit("MAX_SHAPES", 5_000, "shapes", "shapes of a .pptx deck, all slides together"),
    Limit("MAX_PDF_BYTES", 256 * MB, "bytes", "size of a PDF file"),
    Limit("MAX_PDF_STREAM_BYTES", 8 * MB, "bytes", "one PDF stream once inflated"),
    Limit(
        "MAX_PDF_OBJECTS",
        200_000,
        "objects",
        "drawing objects of a whole PDF (the largest talk of the corpus draws 21,000)",
    ),
    Limit("MAX_PAGE_OBJECTS", 50_000, "objects", "drawing objects read on one PDF page; the rest skipped (TL004)"),
    Limit("MAX_SECONDS", 30, "seconds", "wall-clock time to read and analyse one file, checked inside each step"),
)


def _configured(limit: Limit) -> float:
    raw = os.environ.get(limit.variable)
    value = _positive_number(raw) if raw is not None else None
    return limit.default if value is None else value


def _positive_number(raw: str) -> float | None:
    try:
        value = float(raw.replace("_", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


def environment_problems() -> list[str]:
    """One message per ``TALKLINT_MAX_*`` variable that is not a positive number (the CLI refuses to run)."""
    return [
        f"{limit.variable} must be a positive number, not {os.environ[limit.variable]!r}"
        for limit in LIMITS
        if limit.variable in os.environ and _positive_number(os.environ[limit.variable]) is None
    ]


_VALUES = {limit.name: _configured(limit) for limit in LIMITS}


def _value(name: str) -> int:
    return int(_VALUES[name])


def beyond(name: str, advice: str = "split the talk") -> str:
    """'over the limit of 3,000 slides; split the talk, or raise the limit with …': the end of a refusal."""
    limit = next(item for item in LIMITS if item.name == name)
    current = globals()[name]  # the module's value, as the checks read it
    shown = f"{int(current):,}" if current == int(current) else f"{current:g}"
    return f"over the limit of {shown} {limit.unit}; {advice}, or raise the limit with {limit.variable}=<number>"


MAX_TEXT_FILE_BYTES = _value("MAX_TEXT_FILE_BYTES")
MAX_SOURCE_CHARS = _value("MAX_SOURCE_CHARS")
MAX_INPUT_FILES = _value("MAX_INPUT_FILES")
MAX_LINE_CHARS = _value("MAX_LINE_CHARS")
MAX_FRONT_MATTER_CHARS = _value("MAX_FRONT_MATTER_CHARS")
MAX_YAML_NODES = _value("MAX_YAML_NODES")
MAX_SLIDES = _value("MAX_SLIDES")
MAX_SLIDE_CHARS = _value("MAX_SLIDE_CHARS")
MAX_TALK_CHARS = _value("MAX_TALK_CHARS")
MAX_TOKEN_CHARS = _value("MAX_TOKEN_CHARS")
MAX_PPTX_BYTES = _value("MAX_PPTX_BYTES")
MAX_PPTX_PARTS = _value("MAX_PPTX_PARTS")
MAX_PPTX_XML_BYTES = _value("MAX_PPTX_XML_BYTES")
MAX_SHAPES = _value("MAX_SHAPES")
MAX_PDF_BYTES = _value("MAX_PDF_BYTES")
MAX_PDF_STREAM_BYTES = _value("MAX_PDF_STREAM_BYTES")
MAX_PDF_OBJECTS = _value("MAX_PDF_OBJECTS")
MAX_PAGE_OBJECTS = _value("MAX_PAGE_OBJECTS")
MAX_SECONDS = float(_VALUES["MAX_SECONDS"])


def markdown_table() -> str:
    """The README's limits table (a test keeps the two equal)."""
    rows = ["| limit | default | bounds |", "| --- | --- | --- |"]
    for limit in LIMITS:
        default = f"{limit.default:,.0f} {limit.unit}"
        if limit.unit == "bytes" and limit.default >= MB:
            default = f"{limit.default / MB:,.0f} MiB"
        rows.append(f"| `{limit.variable}` | {default} | {limit.what} |")
    return "\n".join(rows)
