"""No slide states a research vision, a long-term goal or an agenda.

What it flags:
    A talk in which no main-talk slide has the vision or agenda role or
    states one besides its role (see "The story, read from the slides" in
    the README): no vision, long-term goal, thesis statement (a slide
    titled "Thesis", "Argument" or "Main claim", or "The goal of my
    research is …" in its words), research
    questions or programme (asked or stated in the speaker's words as the talk
    opens: "I conduct research on the ways communities respond to crime"),
    big picture, "where I am going", the end the speaker works toward ("I
    work toward robots people can trust", "I want every home robot to ask
    first"), research agenda,
    future work (a line of the ending labelled "Next: …" included),
    multi-year direction, or a plan laid out in time horizons
    ("Months 0-6: …", "Years 3-4: …", "Short term: …") whatever its title.
    The finding names slides that
    mention the words but do not count, such as "computer vision", "the
    vision pipeline", an optimisation's "Goal: maximize the reward", an
    experiment's "Experimental goals" or "future frames". A slide the judgement misses can be declared with
    ``talklint: role=vision``.

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
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    if found.where("vision") or found.where("agenda"):
        return
    misses = [
        f"{slide.subject} says '{phrases[0]}'"
        for slide, roles in zip(found.slides, found.roles, strict=True)
        if (phrases := (*roles.near_misses.get("vision", ()), *roles.near_misses.get("agenda", ())))
    ]
    why_not = f" ({'; '.join(misses[:3])}: not a vision)" if misses else ""
    yield Problem(
        message=f"no slide states a research vision, a long-term goal or an agenda{why_not}",
        fix=(
            f"Add a vision slide within the first {found.opening_size} slides, titled with where your research goes "
            f"in the next ten years ('My vision:' and that sentence), and an agenda slide near the end with time "
            "horizons and goals"
        ),
    )


RULE = Rule(
    code="TL101",
    name="missing-vision",
    category="narrative",
    severity=Severity.ERROR,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
