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
from talklint.analysis.story import MARKED_PARTS, TECHNICAL_PROBABILITY
from talklint.findings import Finding
from talklint.model import Talk

ROLE_COLORS = {
    "title": "#9e9e9e", "outline": "#bdbdbd", "motivation": "#e53935", "background": "#8d6e63",
    "approach": "#1e88e5", "results": "#3949ab", "impact": "#43a047", "lessons": "#00897b",
    "vision": "#8e24aa", "agenda": "#fb8c00", "collaboration": "#00acc1", "conclusion": "#fdd835",
    "acknowledgments": "#cfd8dc", "closing": "#cfd8dc", "backup": "#eceff1",
}  # fmt: skip
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
    budget_y = CHART_HEIGHT * (1 - TECHNICAL_PROBABILITY)  # the technical threshold line
    parts.append(
        f'<line x1="0" x2="{total}" y1="{budget_y + 20}" y2="{budget_y + 20}" class="threshold"/>'
        f'<text x="{total + 4}" y="{budget_y + 24}" class="axis">technical</text>'
    )
    story = analysis.story
    carried = {story.slides[i].number: part for i, part in story.marks().items()} if story else {}
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
        marker = MARKED_PARTS[part] if (part := carried.get(slide.number)) else ""
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
    return {role: [story.slides[i].number for i in story.where(role)] for role in MARKED_PARTS}


def _summary(talk: Talk, analysis: TalkAnalysis, budgets: Budgets) -> str:
    main = talk.content_slides
    technical = [s for s in main if analysis.slides.get(s.number) and analysis.slides[s.number].technical]
    share = len(technical) / len(main) if main else 0.0
    items = []
    marked = _story_marks(analysis)
    # What the story rules judge, the summary says: a talk they set aside (another language, pictures of text, too
    # few slides) has its story "not judged", never "missing" while the rules are silent.
    judged = analysis.judged_story is not None
    for role, name in (("vision", "Vision"), ("agenda", "Agenda"), ("conclusion", "Takeaways")):
        where = marked.get(role, [])
        if not judged:
            items.append(f'<li class="unjudged">{name}: not judged</li>')
            continue
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
    """The talk-level findings first, then one group per rule with its count, the worst rules first.

    A group and a flood's single findings are collapsed (``<details>``): the picture first, the items on demand.
    """
    if not findings:
        return "<p>No findings.</p>"
    titles = {s.number: s.title for s in talk.slides}
    whole = [f for f in findings if f.slide is None]
    parts = []
    if whole:
        parts.append(f"<h3>The whole talk</h3><ul>{''.join(_item(f, titles) for f in whole)}</ul>")
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.slide is not None:
            by_rule[finding.code].append(finding)
    if by_rule:
        parts.append("<h3>Slide by slide, rule by rule</h3>")
    ranked = sorted(by_rule.values(), key=lambda group: (-max(f.severity.rank for f in group), -_count(group)))
    for group in ranked:
        first = group[0]
        worst = max(group, key=lambda f: f.severity.rank).severity.value
        count = _count(group)
        heading = f"{first.code} {first.rule} · {count} finding{'s' if count != 1 else ''}"
        items = "".join(_item(f, titles) for f in group)
        parts.append(f'<details class="{worst}"><summary><b>{escape(heading)}</b></summary><ul>{items}</ul></details>')
    return "".join(parts)


def _count(group: Sequence[Finding]) -> int:
    return sum(len(f.members) or 1 for f in group)


def _item(finding: Finding, titles: dict[int, str]) -> str:
    where = f"Slide {finding.slide}: {titles.get(finding.slide) or 'untitled'} — " if finding.slide else ""
    members = ""
    if finding.members:
        rows = "".join(
            f'<li>{escape(m.message)}<div class="fix">fix: {escape(m.fix)}</div></li>' for m in finding.members
        )
        members = f"<details><summary>each of the {len(finding.members)}</summary><ul>{rows}</ul></details>"
    return (
        f'<li class="{finding.severity.value}"><b>{finding.code} {escape(finding.rule)}</b> '
        f'{escape(where)}{escape(finding.message)}<div class="fix">fix: {escape(finding.fix)}</div>{members}</li>'
    )


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
.summary .unjudged {{ background: #eeeeee; }}
#chart {{ overflow-x: auto; background: #fff; padding: 8px 0; }}
.threshold {{ stroke: #e53935; stroke-dasharray: 4 3; }}
.axis {{ font-size: 11px; fill: #666; }} .marker {{ font-size: 12px; font-weight: bold; fill: #222; }}
.key {{ display: inline-block; margin-right: 10px; font-size: 12px; }}
.key i {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; }}
li.error b {{ color: #c62828; }} li.warning b {{ color: #ef6c00; }} li.info b {{ color: #1565c0; }}
details {{ margin: 4px 0; }} details > summary {{ cursor: pointer; }}
details.error > summary b {{ color: #c62828; }} details.warning > summary b {{ color: #ef6c00; }}
details.info > summary b {{ color: #1565c0; }}
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
