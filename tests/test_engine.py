"""talklint.engine at its own level: a talk in, findings out; the engine never prints."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from talklint.config import Config
from talklint.engine import lint_read_talk, read_talk
from talklint.findings import Problem, Severity
from talklint.model import Directive, DirectiveAction, Paragraph, Slide, Talk
from talklint.registry import Registry, build_registry
from talklint.results import FileResult
from talklint.rule import Context, NoOptions, Rule
from talklint.selection import build_rule_set
from tests.helpers import lint, write
from tests.rules.decks import marp, outline

TALK = Talk(
    path=Path("talk.md"),
    format="marp",
    slides=(
        Slide(1, "Robots that ask for help"),
        Slide(2, "Results: TBD", (Paragraph("Robots fail."),)),
        Slide(3, "Takeaways", (Paragraph("Robots can ask."),)),
    ),
)


def rule_set(**settings: object):  # type: ignore[no-untyped-def]
    return build_rule_set(Config(**settings), build_registry(plugins=False))  # type: ignore[arg-type]


def test_findings_come_sorted_with_the_configured_severity() -> None:
    result = lint_read_talk(TALK, rule_set())
    assert result.talk is TALK or result.talk == TALK
    assert [f.sort_key for f in result.findings] == sorted(f.sort_key for f in result.findings)
    [placeholder] = [f for f in result.findings if f.code == "TL307"]
    assert placeholder.slide == 2 and placeholder.severity is Severity.WARNING
    from talklint.config import RuleSettings

    quiet = lint_read_talk(TALK, rule_set(rules={"TL307": RuleSettings(severity="info")}))
    assert [f.severity for f in quiet.findings if f.code == "TL307"] == [Severity.INFO]


def test_a_directive_suppresses_a_finding_on_its_slide() -> None:
    talk = replace(TALK, directives=(Directive(DirectiveAction.DISABLE_SLIDE, ("TL307",), slide=2),))
    assert "TL307" not in [f.code for f in lint_read_talk(talk, rule_set()).findings]


def test_the_configured_duration_reaches_the_rules() -> None:
    many = replace(TALK, slides=tuple(Slide(n, f"Point {n} holds", (Paragraph("x."),)) for n in range(1, 31)))
    assert "TL401" not in [f.code for f in lint_read_talk(many, rule_set()).findings]  # no length: no budget
    assert "TL401" in [f.code for f in lint_read_talk(many, rule_set(command_line_duration=10.0)).findings]


def test_an_unreadable_file_is_a_result_with_one_parse_error(tmp_path: Path) -> None:
    result = read_talk(write(tmp_path, "talk.md", ""))
    assert isinstance(result, FileResult) and result.error == "the file is empty"
    assert [f.code for f in result.findings] == ["TL001"]


def test_a_crashing_rule_costs_its_file_one_line_not_the_run() -> None:
    def crash(context: Context, options: NoOptions) -> Iterator[Problem]:
        raise ValueError("boom")
        yield  # pragma: no cover

    broken = Rule("ACME001", "acme-crash", "custom", Severity.WARNING, "Crashes.", NoOptions(), crash)
    registry = Registry((*build_registry(plugins=False).rules, broken))
    result = lint_read_talk(TALK, build_rule_set(Config(), registry))
    assert result.error is not None and "ACME001" in result.error and "ValueError: boom" in result.error
    assert "\n" not in result.error


@pytest.mark.parametrize("hidden", [True, False])
def test_hidden_slides_are_not_linted(hidden: bool) -> None:
    talk = replace(TALK, slides=(*TALK.slides[:1], replace(TALK.slides[1], hidden=hidden), *TALK.slides[2:]))
    assert ("TL307" in [f.code for f in lint_read_talk(talk, rule_set()).findings]) is not hidden


def test_rules_about_what_the_audience_sees_leave_an_outline_alone(tmp_path: Path) -> None:
    units = [
        ("Background", "Maybe show the map of all related systems and explain them."),
        ("A title that goes on and on about every single detail of the experimental setup we used", "Setup."),
        ("Background", "The methodological considerations underlying generalisation characterisation."),
    ]
    slides = [f"# {title}\n\n{body}" for title, body in units]
    seen = {f.rule for f in lint(write(tmp_path, "deck.md", marp("# Talk", *slides))).findings}
    assert {"duplicate-title", "topic-title", "long-title", "hedging"} <= seen
    planned = {f.rule for f in lint(write(tmp_path, "plan.md", outline(*units))).findings}
    decks_only = {rule.name for rule in build_registry().rules if rule.decks_only}
    assert {"topic-title", "long-title", "hedging", "text-wall"} <= decks_only
    assert not planned & decks_only
    assert "duplicate-title" in planned  # two parts of the plan under one name: still worth a look


def test_a_slide_built_over_steps_is_checked_once_in_its_fullest_state(tmp_path: Path) -> None:
    steps = ["- Trust between clusters", "- Trust between clusters\n- Jobs sent anywhere"]
    steps.append(steps[-1] + "\n- Data follows the jobs")
    built = [f"# Campus grid traits\n\n{body}" for body in steps]
    text_only = [f"# {name}\n\n- {name} in words" for name in ("Policies", "Accounting", "Storage")]
    deck = marp("# Talk", *built, *text_only, "# Grid map\n\n![map](map.png)")
    findings = lint(write(tmp_path, "deck.md", deck)).findings
    assert [f.slide for f in findings if f.rule == "topic-title" and "Campus" in f.message] == [4]
    [run] = [f for f in findings if f.rule == "text-only-run"]
    assert run.message == "slides 2-7 are 4 text-only slides in a row (limit 3)"
