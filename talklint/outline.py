"""``talklint outline``: the talk as talklint reads it."""

from __future__ import annotations

import json

from talklint.analysis import SlideAnalysis, TalkAnalysis
from talklint.analysis.roles import SlideRoles
from talklint.analysis.story import MARKED_PARTS
from talklint.metrics import READABILITY_GRADE
from talklint.model import Slide, Talk

BAR_WIDTH = 10


def slide_record(slide: Slide, facts: SlideAnalysis | None, roles: SlideRoles | None) -> dict[str, object]:
    record: dict[str, object] = {
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
        "build": slide.build,
    }
    if slide.pages:
        record["pages"] = list(slide.pages)
    if roles is not None:
        record["role"] = roles.role
        record["evidence"] = list(roles.evidence)
        record["states"] = sorted(roles.mentions)
        record["declared"] = roles.declared
        record["roles"] = {
            r: round(p, 2) for r, p in sorted(roles.probabilities.items(), key=lambda i: -i[1]) if p >= 0.05
        }
    if facts is not None:
        metrics = {name: int(value) if float(value).is_integer() else value for name, value in facts.metrics.items()}
        record["metrics"] = {**metrics, READABILITY_GRADE: facts.grade, "technical": facts.technical}
    return record


def outline_json(talk: Talk, analysis: TalkAnalysis) -> str:
    document: dict[str, object] = {
        "path": talk.path.as_posix(),
        "format": talk.format,
        "title": talk.title,
        "duration": talk.duration,
        "language_model": analysis.model,
        "english": analysis.is_english,
        **{key: talk.metadata[key] for key in ("pages", "notes") if key in talk.metadata},
        "slides": [slide_record(s, analysis.slides.get(s.number), analysis.roles.get(s.number)) for s in talk.slides],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def detail_bar(detail: float) -> str:
    """A bar of ten cells: where the detail piles up is visible at a glance."""
    filled = round(detail * BAR_WIDTH)
    return "█" * filled + "·" * (BAR_WIDTH - filled)


_LEVELS = "▁▂▃▄▅▆▇█"


def storyline(talk: Talk, analysis: TalkAnalysis) -> list[str]:
    """The HTML report's chart in two lines of text: detail per slide, and where the story's parts are."""
    shown = [s for s in talk.slides if not s.hidden]
    heights = []
    for slide in shown:
        facts = analysis.slides.get(slide.number)
        heights.append(_LEVELS[round((facts.detail if facts else 0) * (len(_LEVELS) - 1))])
    marks = ["·"] * len(shown)
    story = analysis.story
    if story is not None:
        position = {slide.number: i for i, slide in enumerate(shown)}
        for index, part in story.marks().items():
            marks[position[story.slides[index].number]] = MARKED_PARTS[part]
    return [f"detail  {''.join(heights)}", f"story   {''.join(marks)}   (V vision, A agenda, T takeaways)"]


def outline_text(talk: Talk, analysis: TalkAnalysis) -> str:
    duration = f", {talk.duration:g} min" if talk.duration else ""
    pages = f" from {talk.metadata['pages']} pages" if "pages" in talk.metadata else ""
    distinct = len(talk.distinct_slides)
    builds = f" ({distinct} without build steps)" if distinct != len(talk.content_slides) else ""
    counts = f"{len(talk.slides)} slides{pages}{builds}{duration}"
    lines = [f"{talk.path.as_posix()}: {talk.format}, {counts}: {talk.title or '(untitled)'}"]
    if "notes" in talk.metadata:
        # Formats that may lack speaker notes say where they came from, or that there are none.
        lines.append(f"notes: {talk.metadata['notes']}")
    lines.extend(storyline(talk, analysis))
    lines.append(f"{'#':>4}  {'words':>5}  {'notes':>5}  {'detail':<{BAR_WIDTH + 5}}  {'role':<15}  title")
    for slide in talk.slides:
        flags = [
            flag for flag, on in (("hidden", slide.hidden), ("backup", slide.backup), ("build", slide.build)) if on
        ]
        if slide.pages:
            flags.insert(0, slide.label)
        if slide.planned_minutes is not None:
            flags.append(f"{slide.planned_minutes:g} min")
        facts = analysis.slides.get(slide.number)
        detail = f"{detail_bar(facts.detail)} {facts.detail:.2f}" if facts else " " * (BAR_WIDTH + 5)
        if facts and facts.technical:
            flags.append("technical")
        suffix = f"  [{', '.join(flags)}]" if flags else ""
        title = slide.title or "(no title)"
        roles = analysis.roles.get(slide.number)
        role = roles.role if roles else ""
        columns = f"{slide.number:>4}  {slide.words:>5}  {slide.notes_words:>5}  {detail}  {role:<15}"
        lines.append(f"{columns}  {title}{suffix}")
        if roles is not None and not slide.backup:
            lines.append(f"{'':>4}  {'':>5}  {'':>5}  {'':<{BAR_WIDTH + 5}}  {_why(roles)}")
    return "\n".join(lines) + "\n"


def _why(roles: SlideRoles) -> str:
    """``← title 'Thesis statement'; also states: vision``"""
    parts = [f"← {', '.join(roles.evidence)}"] if roles.evidence else []
    also = sorted(roles.mentions - {roles.role})
    if also:
        parts.append(f"also states: {', '.join(also)}")
    return "; ".join(parts)
