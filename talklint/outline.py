"""``talklint outline``: the talk as talklint reads it."""

from __future__ import annotations

import json

from talklint.model import Slide, Talk


def slide_record(slide: Slide) -> dict[str, object]:
    return {
        "number": slide.number,
        "title": slide.title,
        "text": slide.body_text,
        "notes": slide.notes,
        "words": slide.words,
        "notes_words": slide.notes_words,
        "hidden": slide.hidden,
        "backup": slide.backup,
        "section": slide.section,
        "line": slide.location.line,
        "planned_minutes": slide.planned_minutes,
    }


def outline_json(talk: Talk) -> str:
    document = {
        "path": talk.path.as_posix(),
        "format": talk.format,
        "title": talk.title,
        "duration": talk.duration,
        "slides": [slide_record(s) for s in talk.slides],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def outline_text(talk: Talk) -> str:
    duration = f", {talk.duration:g} min" if talk.duration else ""
    lines = [
        f"{talk.path.as_posix()}: {talk.format}, {len(talk.slides)} slides{duration}: {talk.title or '(untitled)'}"
    ]
    lines.append(f"{'#':>4}  {'words':>5}  {'notes':>5}  title")
    for slide in talk.slides:
        flags = [flag for flag, on in (("hidden", slide.hidden), ("backup", slide.backup)) if on]
        if slide.planned_minutes is not None:
            flags.append(f"{slide.planned_minutes:g} min")
        suffix = f"  [{', '.join(flags)}]" if flags else ""
        title = slide.title or "(no title)"
        lines.append(f"{slide.number:>4}  {slide.words:>5}  {slide.notes_words:>5}  {title}{suffix}")
    return "\n".join(lines) + "\n"
