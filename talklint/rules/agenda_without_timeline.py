"""The research agenda has no time horizons and no milestones.

What it flags:
    Agenda and future-work slides (research agenda, next steps, roadmap,
    open problems, open directions; a slide is one by what it says, not by its place at the
    end) whose text and notes give neither a time horizon (year 1,
    the next two years, within five years, short/long term, near term, in the long run, by
    2030, "2027: …", summer 2027, due July 2027, this summer, by the end of
    my PhD, "Y1:", "3 years:", Phase I, a title that sets the span, "Five-year
    plan", "A ten-year agenda", a table's column "Years" over "1–2", "3–5"; not "Now: …, Later: …", which
    orders the steps without saying when) nor a
    milestone someone could check (a milestone, a deliverable, a target,
    "goal: …", "Aim 2: …", a proposal to a named funder: "submit proposals
    to NSF", "an NIH R01", a deliverable and its year: "a book (manuscript
    2027)", "prototype due 2026", "a casebook on algorithmic evidence (2027)",
    "a randomized trial of sepsis bundles (2027)", a study given its size: "a 1,000-patient
    trial", "a field study in 40 homes", a regulator's decision applied for:
    "an FDA 510(k) submission"). A year in a citation ("Cohen & Felson 1979",
    "Smith et al. 2019: …") is no horizon, and a number the field needs
    ("detectors above 80%") is no milestone, nor a span another slide tells in
    passing where the talk has an agenda slide of its own ("lost 4% in the
    first year" on a result). The finding says how many items the slide lists.

Why it matters:
    "Future work: more kernels, more hardware" tells a committee nothing.
    A research agenda with timelines and goals shows you can plan a lab:
    what the first student works on, what you will have in five years.

Flagged example:
    # Future work
    - More kernels
    - More hardware

Better example:
    # Research agenda
    - Years 1-2: sparse kernels for every GPU; goal: 2x on attention
    - Years 3-5: compilers that find the kernels; goal: no hand-written code

Options:
    horizons (list of strings, default ["years 1-2", "years 3-5", "the next decade"]): the time horizons the
    fix suggests. An industry interview plans in quarters: the `product-research` and `ml-engineer`
    profiles suggest ["the next quarter", "the next half", "the next year"].
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from talklint.analysis.story import has_horizon, has_milestone
from talklint.findings import Problem, Severity
from talklint.model import Bullet, Slide, Table
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    horizons: tuple[str, ...] = ("years 1-2", "years 3-5", "the next decade")


def check(context: Context, options: Options) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    # A slide the role model places at the end is no agenda until its words say so: the plans must be stated.
    where = [i for i in found.where("agenda") if found.states(i, "agenda")]
    if not where:
        return
    # Where slides are the agenda by role, the plans are theirs: a span another slide tells in passing ("lost 4% in
    # the first year" on a result) is no horizon of the plans.
    own = [i for i in where if found.roles[i].role == "agenda"] or where
    agenda = [found.slides[i] for i in own]
    text = "\n".join(f"{s.text}\n{s.notes}\n{_cells_under_their_headers(s)}" for s in agenda)
    if has_horizon(text) or has_milestone(text):
        return
    # Where the plans are listed: an agenda slide before one that also names future work (a summary in the
    # section "Conclusions and future work"); a divider that only names the part ("Part 3: Future research")
    # lists none.
    ordered = sorted(where, key=lambda i: found.roles[i].role != "agenda")
    index = next((i for i in ordered if found.slides[i].blocks), ordered[0])
    slide = found.slides[index]
    items = _items(slide, shared=found.roles[index].role != "agenda")
    yield Problem(
        message=f"the agenda on {slide.label} '{slide.title}' gives no time horizon and no milestone",
        fix=(
            f"{slide.subject.capitalize()} '{slide.title}' lists {items} with no time horizon or milestone: "
            f"put each item in a time horizon ({', '.join(options.horizons)}) "
            "and give it a goal you could check (a study, a system, a number)"
        ),
        slide=slide,
    )


def _cells_under_their_headers(slide: Slide) -> str:
    """A table's cells as the audience reads them, each under its column's header: "Years 1–2", where a plan's
    table has a column "Years" and the rows "1–2", "3–5"."""
    lines = [
        f"{head} {cell}"
        for block in slide.blocks
        if isinstance(block, Table) and len(block.rows) > 1
        for row in block.rows[1:]
        for head, cell in zip(block.rows[0], row, strict=False)
        if head.strip() and cell.strip()
    ]
    return "\n".join(lines)


def _items(slide: Slide, shared: bool) -> str:
    """How many plans the slide lists: its items, or on a slide the plans share with another part ("Conclusions
    and future work"), the items that look ahead ("Future: corrosion fatigue …", not the conclusions above)."""
    bullets = [b for b in slide.blocks if isinstance(b, Bullet) and b.level == 1]
    if shared:
        bullets = [b for b in bullets if _LOOKS_AHEAD.search(b.text)]
    count = len(bullets)
    return f"{count} item{'s' if count != 1 else ''}" if count else "its plans"


_LOOKS_AHEAD = re.compile(r"\b(?:future|next|will|plan|plans|extend|open|ongoing|outlook)\b", re.IGNORECASE)


RULE = Rule(
    code="TL103",
    name="agenda-without-timeline",
    category="narrative",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
