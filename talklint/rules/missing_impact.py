"""No slide says what changed because of the work.

What it flags:
    A talk in which no main-talk slide has the impact role or states impact
    besides its role: what others did with the work — who uses it, adoption,
    deployment, a product or start-up, uptake, awards and competitions won
    ("first place in the fastMRI challenge"), a policy, "what this
    enables", "in use today", "in the wild", "from paper to product", "where
    it is used", "translation to practice", "Adoption" or "Beyond the lab"
    as the talk ends, "what
    shipped", "rolled out to every product", "shipped in Q2 2025", "3,000
    GitHub stars", "2,000 downloads", "now a company-wide template",
    "upstreamed into LLVM 17", "used by every clang user", "our dataset
    became the standard benchmark", "runs in every Pixel phone", "two
    startups were founded on this work", "it informed the 2023 WHO
    guideline", "now taught in courses at five universities", "over a
    million people have used the app", "replicated by three other groups",
    "the city's 2024 heat plan uses our exposure index", "merged into
    PyTorch 2.1", "used internally by 200 engineers", "powering
    recommendations for 50M users", "rolled out to all EU markets",
    or who took it up, counted ("two companies ship our planner", "2,000
    users download it every month", "shipped to 1.2M users", "used in two
    shared tasks", "in use at 12 hospitals", "Others use the corpus"), a
    company that licensed it ("a start-up licensed the enzyme"), one
    adopter named by its trade ("a vacuum maker ships it"), a fleet counted
    in thousands ("on 200,000 robots since 2025"), teachers
    who took it up ("two chapters are assigned in graduate seminars", "on
    the syllabus at three universities"), or told as a change ("cryptographers now use these bounds", "the design team
    now uses our checklist"). In a title, "the" thing the talk calls its own elsewhere is the work ("Phoenix adopted
    the index", in a talk that builds "the index" or says "our index"). Good results are not impact, nor is a user
    study ("12 users used the prototype", "used by 12 users"), the speaker's own step ("we now
    use these bounds", "we used it in our classes"), a technology's adoption in general ("WebAssembly
    adoption", "many people use spreadsheets") or the impact the work may yet have ("Potential impact",
    "Broader impacts: this could help …"; a slide so titled that tells uptake still counts).

Why it matters:
    Committees ask what your past work changed. A result on a benchmark is
    a paper; a tool that others use, a deployment or a follow-up field is
    impact, and it is the evidence that your next work will matter too.

Flagged example:
    Method · Results · Conclusion

Better example:
    Method · Results · **"Three hospitals use it every day"** · Conclusion

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None or found.where("impact"):
        return
    results = found.where("results")
    after = found.slides[results[-1]].label if results else found.slides[len(found.slides) // 2].label
    yield Problem(
        message="no slide says what changed because of the work (who uses it, what it enabled, adoption)",
        fix=(
            f"After {after}, add an impact slide: who uses the work, what it enabled, "
            f"numbers of users or deployments, or what others built on it"
        ),
    )


RULE = Rule(
    code="TL105",
    name="missing-impact",
    category="narrative",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
