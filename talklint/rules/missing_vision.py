"""No slide states a research vision, a long-term goal or an agenda.

What it flags:
    A talk in which no main-talk slide carries the vision or agenda role:
    no "My vision", "long-term goal", "big picture", "where I am going",
    "the next decade", "research agenda", "future work" (any inflection).
    The finding names slides that mention the words but do not count, such
    as "computer vision" or "future frames".

Why it matters:
    A hiring committee hires a research program, not a paper. A strong
    narrative and a vision matter more than technical depth: without them
    the talk answers "what did you do" but not "what will you do here".

Flagged example:
    Title · Problem · Method · Results · Conclusion · Questions?

Better example:
    Title · Problem · **My vision: robots that know what they do not know** ·
    Method · Results · **Research agenda: the next five years** · Takeaways

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule, Scope
from talklint.storyline import story


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = story(context)
    if found is None or not found.slides:
        return
    if found.where("vision") or found.where("agenda"):
        return
    misses = [
        f"{s.label} says '{r.near_misses[0]}'" for s, r in zip(found.slides, found.roles, strict=True) if r.near_misses
    ]
    why_not = f" ({'; '.join(misses[:3])}: not a vision)" if misses else ""
    yield Problem(
        message=f"no slide states a research vision, a long-term goal or an agenda{why_not}",
        fix=(
            f"Add a vision slide within the first {found.opening_size} slides ('My vision: …' — where your research "
            f"goes in the next ten years) and an agenda slide near the end with time horizons and goals"
        ),
    )


RULE = Rule(
    code="TL101",
    name="missing-vision",
    category="narrative",
    severity=Severity.ERROR,
    scope=Scope.TALK,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
