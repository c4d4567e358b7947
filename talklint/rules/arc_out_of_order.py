"""The story is told out of order.

What it flags:
    Two breaks in the arc of a talk: results shown before any problem or
    approach slide (a slide whose words name the problem counts, and so does
    one that is the approach by its own evidence, "Empirical strategy" after a
    "Data" slide; a slide
    counts as results where a label names them, "Results: 2x faster", or
    talklint finds that role more likely than not; not a picture titled
    "Scholarly Data"), and the
    agenda placed in the middle of the results, with results, counted the
    same way, both before and after it (a summary after the agenda is no
    result). An opening of related work and
    notation is ``missing-motivation``'s finding (it names those slides):
    where their words name the problem, readers take the problem as stated.

Why it matters:
    A talk is an argument: problem, idea, evidence, what it changed, where
    it goes next. Results without a problem have no meaning yet; an agenda
    in the middle of the evidence is lost before the talk ends.

Flagged example:
    Title · Results · Method · Problem

Better example:
    Title · Problem · Method · Results · Agenda · Takeaways

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.analysis.roles import FRAME_ROLES
from talklint.analysis.story import Story
from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None or len(found.slides) < 4:
        return
    yield from _results_first(found)
    yield from _agenda_inside_results(found)


# Slides that cannot set up the results by naming a problem: the frame of the talk, and the results themselves.
_NOT_A_SETUP = FRAME_ROLES | {"results"}


# Results shown first are a claim about the whole talk: made only where a label names them ("Results: 2x
# faster") or the role model finds them more likely than not, not where the sequence of roles leans that way
# (a picture titled "Scholarly Data").
SURE_OF_RESULTS = 0.5


def _sure_results(found: Story) -> list[int]:
    """The slides that are results by a label or by the model's word, more likely than not."""
    return [i for i in found.where("results") if found.roles[i].confidence >= SURE_OF_RESULTS]


def _results_first(found: Story) -> Iterator[Problem]:
    results = _sure_results(found)
    # By role, by what the slide most likely is on its own ("Empirical strategy" after a "Data" slide), or
    # by a slide whose words name the problem; a results title that names what failed ("half the failures")
    # is not the problem slide.
    setup = next(
        (
            i
            for i, r in enumerate(found.roles)
            if r.role in _SETUP_ROLES
            or (r.role not in FRAME_ROLES and i not in results and r.likeliest in _SETUP_ROLES)
            or (r.role not in _NOT_A_SETUP and found.states_problem(i))
        ),
        None,
    )
    if results and (setup is None or results[0] < setup):
        first = results[0]
        yield Problem(
            message=f"results come first ({found.describe(first)}) before any problem or approach slide",
            fix=f"Move {found.describe(first)} after the slides that state the problem and your idea",
            slide=found.slides[first],
        )


_SETUP_ROLES = frozenset({"motivation", "approach"})


def _agenda_inside_results(found: Story) -> Iterator[Problem]:
    # Sure results only, and none that sums up or closes the talk: in a talk told in pictures and notes, the
    # model leans to "results" late in the talk, and the takeaways after the agenda are no results.
    results = [i for i in _sure_results(found) if not found.concludes(i) and not found.roles[i].has("closing")]
    for index in found.where("agenda"):
        # Results on both sides, and more than one after: a single slide after it may be a recap.
        if results and results[0] < index and sum(r > index for r in results) >= 2:
            yield Problem(
                message=f"the agenda ({found.describe(index)}) sits in the middle of the results",
                fix=f"Move {found.describe(index)} after the last result ({found.slides[results[-1]].label}), "
                "next to the takeaways",
                slide=found.slides[index],
            )
            return


RULE = Rule(
    code="TL107",
    name="arc-out-of-order",
    category="narrative",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
