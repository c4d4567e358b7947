"""The storyline report: one self-contained HTML page per talk.

A chart with one column per slide — its height the detail score, its colour
the narrative role, markers where the vision, the agenda and the takeaways
are — then the profile's budget lines and every finding with its fix,
grouped by slide. No script, no network, no external file: inline CSS and SVG.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from talklint.analysis import TalkAnalysis
from talklint.findings import Finding
from talklint.model import Talk

ROLE_COLORS = {
    "title": "#9e9e9e", "outline": "#bdbdbd", "motivation": "#e53935", "background": "#8d6e63",
    "approach": "#1e88e5", "results": "#3949ab", "impact": "#43a047", "lessons": "#00897b",
    "vision": "#8e24aa", "agenda": "#fb8c00", "collaboration": "#00acc1", "conclusion": "#fdd835",
    "acknowledgments": "#cfd8dc", "closing": "#cfd8dc", "backup": "#eceff1",
}  # fmt: skip
MARKERS = {"vision": "V", "agenda": "A", "conclusion": "T"}
CHART_HEIGHT = 220
BAR_GAP = 2


@dataclass(frozen=True)
class Budgets:
    technical_share: float
    slides_per_minute: float


def render(talk: Talk, analysis: TalkAnalysis, findings: Sequence[Finding], budgets: Budgets) -> str:
    slides = [s for s in talk.slides if not s.hidden]
    return _PAGE.format(
        title=escape(talk.title or talk.path.name),
        path=escape(talk.path.as_posix()),
        summary=_summary(talk, analysis, budgets),
        chart=_chart(talk, analysis, budgets),
        legend=_legend(),
        findings=_findings(talk, findings),
        count=len(slides),
    )


def _chart(talk: Talk, analysis: TalkAnalysis, budgets: Budgets) -> str:
    slides = [s for s in talk.slides if not s.hidden]
    width = max(12, min(40, 1100 // max(len(slides), 1)))
    total = len(slides) * width
    parts = [f'<svg id="storyline" width="{total + 90}" height="{CHART_HEIGHT + 60}" role="img">']
    budget_y = CHART_HEIGHT * (1 - 0.5)  # the technical threshold line
    parts.append(
        f'<line x1="0" x2="{total}" y1="{budget_y + 20}" y2="{budget_y + 20}" class="threshold"/>'
        f'<text x="{total + 4}" y="{budget_y + 24}" class="axis">technical</text>'
    )
    marked = _story_marks(analysis)
    for index, slide in enumerate(slides):
        facts = analysis.slides.get(slide.number)
        roles = analysis.roles.get(slide.number)
        detail = facts.detail if facts else 0.0
        role = roles.role if roles else "approach"
        height = max(3.0, detail * CHART_HEIGHT)
        x = index * width
        y = CHART_HEIGHT - height + 20
        label = f"slide {slide.number} · {slide.title or 'untitled'} · {role} · detail {detail:.2f}"
        parts.append(
            f'<rect class="bar" data-slide="{slide.number}" data-role="{role}" x="{x}" y="{y:.1f}" '
            f'width="{width - BAR_GAP}" height="{height:.1f}" fill="{ROLE_COLORS.get(role, "#607d8b")}">'
            f"<title>{escape(label)}</title></rect>"
        )
        marker = next((MARKERS[r] for r in MARKERS if slide.number in marked.get(r, ())), "")
        if marker and not slide.backup:
            middle = x + (width - BAR_GAP) / 2
            parts.append(f'<text class="marker" x="{middle}" y="{y - 4:.1f}" text-anchor="middle">{marker}</text>')
        if slide.number % 5 == 0 or index == 0:
            parts.append(f'<text class="axis" x="{x}" y="{CHART_HEIGHT + 36}">{slide.number}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _story_marks(analysis: TalkAnalysis) -> dict[str, list[int]]:
    """The slide numbers that carry each marked part of the story, from the one story of the talk."""
    story = analysis.story
    if story is None:
        return {}
    return {role: [story.slides[i].number for i in story.where(role)] for role in MARKERS}


def _summary(talk: Talk, analysis: TalkAnalysis, budgets: Budgets) -> str:
    main = talk.content_slides
    technical = [s for s in main if analysis.slides.get(s.number) and analysis.slides[s.number].technical]
    share = len(technical) / len(main) if main else 0.0
    items = []
    marked = _story_marks(analysis)
    for role, name in (("vision", "Vision"), ("agenda", "Agenda"), ("conclusion", "Takeaways")):
        where = marked.get(role, [])
        state = f"slide {', '.join(map(str, where[:3]))}" if where else "missing"
        items.append(f'<li class="{"ok" if where else "missing"}">{name}: {state}</li>')
    over = share > budgets.technical_share
    items.append(
        f'<li class="{"missing" if over else "ok"}">Technical: {len(technical)} of {len(main)} slides '
        f"({share:.0%}; budget {budgets.technical_share:.0%})</li>"
    )
    if talk.duration:
        allowed = int(talk.duration * budgets.slides_per_minute)
        state = "missing" if len(main) > allowed else "ok"
        items.append(f'<li class="{state}">Slides: {len(main)} for {talk.duration:g} minutes (budget {allowed})</li>')
    return '<ul class="summary">' + "".join(items) + "</ul>"


def _legend() -> str:
    entries = "".join(
        f'<span class="key"><i style="background:{color}"></i>{role}</span>' for role, color in ROLE_COLORS.items()
    )
    return entries + '<span class="key">V vision · A agenda · T takeaways</span>'


def _findings(talk: Talk, findings: Sequence[Finding]) -> str:
    by_slide: dict[int | None, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_slide[finding.slide].append(finding)
    if not findings:
        return "<p>No findings.</p>"
    titles = {s.number: s.title for s in talk.slides}
    sections = []
    for slide in sorted(by_slide, key=lambda n: -1 if n is None else n):
        heading = "The whole talk" if slide is None else f"Slide {slide}: {titles.get(slide) or 'untitled'}"
        rows = "".join(
            f'<li class="{f.severity.value}"><b>{f.code} {escape(f.rule)}</b> {escape(f.message)}'
            f'<div class="fix">fix: {escape(f.fix)}</div></li>'
            for f in by_slide[slide]
        )
        sections.append(f"<h3>{escape(heading)}</h3><ul>{rows}</ul>")
    return "".join(sections)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>talklint: {title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 24px; color: #222; }}
h1 {{ font-size: 22px; margin: 0 0 4px; }}
.path {{ color: #666; margin-bottom: 12px; }}
.summary {{ display: flex; gap: 12px; flex-wrap: wrap; list-style: none; padding: 0; }}
.summary li {{ padding: 4px 10px; border-radius: 12px; }}
.summary .ok {{ background: #e8f5e9; }} .summary .missing {{ background: #ffebee; font-weight: bold; }}
#chart {{ overflow-x: auto; background: #fff; padding: 8px 0; }}
.threshold {{ stroke: #e53935; stroke-dasharray: 4 3; }}
.axis {{ font-size: 11px; fill: #666; }} .marker {{ font-size: 12px; font-weight: bold; fill: #222; }}
.key {{ display: inline-block; margin-right: 10px; font-size: 12px; }}
.key i {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; }}
li.error b {{ color: #c62828; }} li.warning b {{ color: #ef6c00; }} li.info b {{ color: #1565c0; }}
.fix {{ color: #2e7d32; margin: 2px 0 8px; }}
</style></head>
<body>
<h1>{title}</h1><div class="path">{path} · {count} slides</div>
{summary}
<div id="chart">{chart}</div>
<div class="legend">{legend}</div>
<h2>Findings</h2>
{findings}
</body></html>
"""
