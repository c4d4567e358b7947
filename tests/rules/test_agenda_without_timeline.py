"""TL103 agenda-without-timeline: an agenda with no time horizons and no milestones."""

from __future__ import annotations

from pathlib import Path

import pytest

from talklint.errors import ConfigError
from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import STRONG_UNITS, outline
from tests.rules.narrative import lint_units, replace


def test_agenda_without_timeline_or_goals(tmp_path: Path) -> None:
    units = replace(STRONG_UNITS, 6, ("Future work", "- More kernels\n- More hardware\n- More users\n- More data"))
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert finding.message == "the agenda on slide 8 'Future work' gives no time horizon and no milestone"
    assert finding.fix.startswith("Slide 8 'Future work' lists 4 items with no time horizon or milestone")


@pytest.mark.parametrize(
    "plans",
    [
        "- In the short term, kernels\n- In the long term, compilers",
        "- Near term: kernels\n- Longer term: compilers",  # a term as a horizon
        "- Kernels for attention\n- Long-term goal: a compiler that finds them",
        "- By 2030, kernels for every accelerator",
        "- 2027: a compiler for sparse kernels",
        "- Kernels; milestone: a release used by two labs",
        "- Kernels for attention; goal: 2x faster",
        "- Kernels for attention, in a release in summer 2027",
        "- Open-source release of the kernels - 2027: a compiler",
        "- A compiler for sparse kernels by the end of my PhD",
        "- This summer, kernels for attention",
        "- Aim 1: sparse kernels\n- Aim 2: a compiler that finds them",
        "- 1-2 yrs: sparse kernels\n- 3-5 yrs: a compiler that finds them",  # years, abbreviated
        "- Y1: sparse kernels\n- Y2-Y3: a compiler that finds them",
        "- Aim 1 (Y1-Y2): sparse kernels\n- Aim 2 (Y3-Y5): a compiler that finds them",  # a grant's years in brackets
        "- 1 year: sparse kernels\n- 3 years: a compiler that finds them",
        "- Phase I: sparse kernels\n- Phase II: a compiler that finds them",
        "- NSF CAREER proposal on sparse kernels (due July 2027)\n- A compiler with the systems group",
        "- Submit proposals to NSF and DARPA on sparse kernels\n- A compiler with the systems group",
        "- R01 submitted (2026) on sparse kernels\n- A compiler with the systems group",  # an NIH grant's step
        "- Submit the kernels to MLSys in September\n- Open-source the compiler by December",  # months to meet
        # an industry team's planning half
        "- Next half: a cost-sharing study with 30 families\n- Then care across borders",
        # a new hire's plan
        "- In my first 90 days: sparse kernels\n- Then a compiler that finds them",
        "- Sparse kernels within six months\n- A compiler that finds them",
        "- Sparse kernels\n- Longer term: a compiler that finds them",
        # the economist's horizon
        "- Next: firm-level data on robot purchases\n- Long run: how automation changes skills",
        "- Firm-level data first\n- In the long run, the skills workers invest in",
        # a deliverable and its year
        "- A book: *Answerable Machines* (manuscript 2027)\n- Next: responsibility in medical AI",
        "- A prototype due 2026\n- Later: a compiler that finds the kernels",
        "- A book: *Held in Trust* (under contract, 2027)\n- Trust and public debt",  # its status, then the year
        # the round of a panel study, dated
        "- Long-run effects on earnings (2030 survey round)\n- Replication in Zambia",
        # an academic's clock: the tenure review, the grant cycle, a year counted in words
        "- By my tenure review: sparse kernels\n- By year ten: a compiler that finds them",
        "- First grant cycle: sparse kernels\n- Second cycle: a compiler that finds them",
        # a grant that runs so long
        "- Sparse kernels for diabetes models\n- A 5-year R01 to test the compiler in three more states",
        "- Sparse kernels\n- A three-year NSF project on the compiler",
        "- Sparse kernels for wider cracks\n- A 5-year monitoring plan with the state DOT",  # a plan's span, qualified
        "- Cutoff on infinite groups\n- A five-year program with students on mixing",  # in American spelling too
        # a study given its size, and a regulator's decision applied for: steps anyone can check
        "- A 1,000-patient trial across three clinics\n- A version for smartwatches",
        "- Sparse kernels\n- A field study in 40 more homes",
        "- Sparse kernels\n- Then an FDA 510(k) submission",
        "- A randomized trial of alert-triggered sepsis bundles (2027)\n- Extend to pediatric wards",  # with its year
        "- A casebook on algorithmic evidence (2027)\n- Trust and public debt",  # a work to make, with its year
    ],
)
def test_a_horizon_or_a_milestone_is_a_timeline(tmp_path: Path, plans: str) -> None:
    units = replace(STRONG_UNITS, 6, ("Next steps", plans))
    assert not by_code(lint_units(tmp_path, units), "TL103")


@pytest.mark.parametrize(
    ("settings", "horizons"),
    [
        ({}, "(years 1-2, years 3-5, the next decade)"),
        ({"profile": "product-research"}, "(the next quarter, the next half, the next year)"),
        ({"rules": {"agenda-without-timeline": {"horizons": ["this term", "next term"]}}}, "(this term, next term)"),
    ],
)
def test_the_fix_suggests_the_horizons_the_profile_or_the_user_plans_in(
    tmp_path: Path, settings: dict[str, object], horizons: str
) -> None:
    units = replace(STRONG_UNITS, 6, ("Future work", "- More kernels\n- More hardware"))
    path = write(tmp_path, "talk.md", outline(*units))
    [finding] = by_code(lint(path, **settings), "TL103")
    assert f"put each item in a time horizon {horizons} and give it a goal" in finding.fix


def test_a_horizon_that_is_not_a_list_of_strings_is_a_configuration_error(tmp_path: Path) -> None:
    path = write(tmp_path, "talk.md", outline(*STRONG_UNITS))
    expected = r"rules\.agenda-without-timeline' → 'horizons': expected a list of strings, got 'next year'"
    with pytest.raises(ConfigError, match=expected):
        lint(path, rules={"agenda-without-timeline": {"horizons": "next year"}})


@pytest.mark.parametrize("title", ["Five-year plan", "A ten-year agenda", "My 5-year research plan"])
def test_a_title_that_sets_the_plans_span_gives_it_a_horizon(tmp_path: Path, title: str) -> None:
    units = replace(STRONG_UNITS, 6, (title, "- Build the lab\n- Hire three students"))
    assert not by_code(lint_units(tmp_path, units), "TL103")


@pytest.mark.parametrize(
    "plans",
    [
        "- Integrate opportunity theory (Cohen & Felson 1979)\n- Study public control (Bursik 1989)",
        "- Raise the five-year survival rate\n- A 3-year average for every clinic",  # spans measured, not planned
        "- Sparse kernels, as ten-year awards honour\n- A compiler that finds them",  # no grant of the speaker's
        "- Need detectors above 80% efficiency\n- Distance limits of 400 m",
        "- Extend the survey (Smith et al. 2019: 40 labs)\n- First the kernels, then the compiler",
        "- Now: sparse kernels\n- Later: a phase in which compilers find them",
        "- Sparse kernels, funded by NSF\n- A compiler that finds them",  # funding had, not a step to take
        "- Sparse kernels, funded by an R01\n- A compiler that finds them",
        "- Sparse kernels, after 5 yrs of dense ones\n- A compiler that finds them",  # a span past, not planned
        "- A long run of sparse kernels\n- A compiler that finds them",  # a run, not a horizon
        "- Sandboxes for health portals\n- Longer-term follow-up",  # a study's length, not a horizon
        "- Long-term memory for agents\n- A compiler that finds them",
        "- Answerable machines (Matthias 2004)\n- Next: responsibility in medical AI",  # a citation, not a deliverable
        "- Earnings of the children (Lee 2009, survey rounds)\n- Replication in Zambia",  # a year cited, no round's
        "- A book by Parfit (1984) on future people\n- Trust and public debt",  # a book cited, not one planned
        "- A book by Sen (2009) on justice\n- Trust and public debt",
        "- Land tenure and farm investment\n- The cell cycle in yeast",  # tenure and cycles that are no clock
        "- The first year-long field test of the kernels\n- Kernels for first-year students",  # a span, a cohort
        "- More user studies\n- Patients with 3 conditions",  # studies and people without a study's size
        "- Earlier studies (2019) missed the early signs\n- Extend to pediatric wards",  # a study of the past
    ],
)
def test_a_cited_year_or_a_needed_number_is_no_timeline(tmp_path: Path, plans: str) -> None:
    units = replace(STRONG_UNITS, 6, ("Future research", plans))
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert "lists 2 items" in finding.fix


def test_agenda_pptx(tmp_path: Path) -> None:
    slides = [
        {"title": "Talk", "layout": 0},
        {"title": "Kernels run out of memory", "bullets": ["Half of the jobs fail"]},
        {"title": "Future work", "bullets": ["More kernels"]},
    ]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL103")
    slides[2] = {"title": "Future work", "bullets": ["Years 1-2: kernels; goal: 2x faster"]}
    assert not by_code(lint(build_pptx(tmp_path / "b.pptx", slides)), "TL103")


@pytest.mark.parametrize(
    "before",
    [
        [("Part 3: Future research", "")],  # a divider that only names the part lists no plans
        [("Summary of contributions", "- Robots predict failures\n- In future work, robots explain them")],
    ],
)
def test_the_finding_points_at_the_plans_not_a_slide_before_them_that_names_them(
    tmp_path: Path, before: list[tuple[str, str]]
) -> None:
    plans = ("Research agenda", "- More kernels\n- More hardware\n- More users")
    units = [*STRONG_UNITS[:6], STRONG_UNITS[7], *before, plans, *STRONG_UNITS[8:]]
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert finding.message == "the agenda on slide 10 'Research agenda' gives no time horizon and no milestone"
    assert "lists 3 items" in finding.fix


def test_a_slide_placed_at_the_end_without_words_of_plans_is_no_agenda() -> None:
    """The role model may give the last slides the agenda's role by their place alone; the rule judges the
    plans a slide states, so a figure of the last contribution there is no agenda without a timeline."""
    from types import SimpleNamespace

    from talklint.analysis.roles import SlideRoles
    from talklint.analysis.story import Story
    from talklint.model import Paragraph, Slide
    from talklint.rules.agenda_without_timeline import Options, check

    slides = tuple(
        Slide(number=n, title=title, blocks=(Paragraph(body),))
        for n, (title, body) in enumerate(
            [("Robots fail silently", "Seven in ten go unnoticed."), ("Robust hybrid learning", "A figure.")], 1
        )
    )

    def lint_story(mentions: frozenset[str]) -> list[str]:
        roles = (SlideRoles("motivation", 0.9), SlideRoles("agenda", 0.6, mentions=mentions))
        context = SimpleNamespace(analysis=SimpleNamespace(judged_story=Story(slides, roles, (0.0, 0.0))))
        return [problem.message for problem in check(context, Options())]  # type: ignore[arg-type]

    assert lint_story(frozenset()) == []
    assert lint_story(frozenset({"agenda"})) == [
        "the agenda on slide 2 'Robust hybrid learning' gives no time horizon and no milestone"
    ]


def test_a_span_that_tells_the_uptake_is_no_horizon_of_the_plans(tmp_path: Path) -> None:
    """ "2 million proofs in the first six months" tells what others did: its span is past, and the plans after
    it still give none."""
    uptake = ("In people's pockets", "Two companies use our prover: 2 million proofs in the first six months.")
    plans = ("Open problems", "- Post-quantum folding\n- Proofs for private machine learning")
    units = [*STRONG_UNITS[:4], STRONG_UNITS[5], STRONG_UNITS[7], uptake, plans, STRONG_UNITS[8]]
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert finding.message == "the agenda on slide 9 'Open problems' gives no time horizon and no milestone"


def test_the_projects_a_talk_lists_as_it_ends_are_its_agenda_and_a_papers_next_step_is_a_milestone(
    tmp_path: Path,
) -> None:
    """ "Other work" as a job-market talk ends lists the speaker's next papers; a paper under revision at a
    journal is a step anyone can check."""
    pipeline = "- Railroads and marriage markets (with J. Lee)\n- Flood risk and urban relocation"
    units = replace(STRONG_UNITS, 6, ("Other work", pipeline))
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert finding.message == "the agenda on slide 8 'Other work' gives no time horizon and no milestone"
    stated = "- Railroads and marriage markets, R&R at JEH\n- Flood risk and urban relocation, in progress"
    assert not by_code(lint_units(tmp_path, replace(STRONG_UNITS, 6, ("Other work", stated))), "TL103")


def test_on_a_slide_shared_with_the_conclusions_the_finding_counts_the_plans_alone(tmp_path: Path) -> None:
    shared = ("Conclusions and future work", "- Robots predict failures\n- Owners trust them\n- Future: robots explain")
    units = [*STRONG_UNITS[:6], shared, *STRONG_UNITS[8:]]
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert "'Conclusions and future work' lists 1 item with no time horizon" in finding.fix


def test_a_span_a_result_tells_in_passing_is_no_horizon_of_the_plans(tmp_path: Path) -> None:
    result = ("A year on a rooftop", "Passivated modules lost 4% in the first year; controls lost 31%.")
    plans = ("Future work", "- Larger modules\n- Tandem cells\n- Degradation models")
    units = [*STRONG_UNITS[:6], result, plans, STRONG_UNITS[-1]]  # late: its words of time state the agenda too
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert "'Future work' lists 3 items" in finding.fix


def test_a_plans_table_with_a_column_of_years_gives_it_a_horizon(tmp_path: Path) -> None:
    """Each cell is read under its column's header, as the audience reads it: "Years" over "1–2" is a horizon; a
    table of projects and partners alone is none."""
    dated = "| Years | Project |\n|---|---|\n| 1–2 | Mentoring for teachers of color |\n| 3–5 | A national panel |"
    undated = "| Project | Partner |\n|---|---|\n| Mentoring for teachers of color | Memphis |\n| A panel | NCES |"
    assert not by_code(lint_units(tmp_path, replace(STRONG_UNITS, 6, ("Research agenda", dated))), "TL103")
    assert by_code(lint_units(tmp_path, replace(STRONG_UNITS, 6, ("Research agenda", undated))), "TL103")
