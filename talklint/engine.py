"""Lint talks: parse, run the active rules, stamp and filter the findings.

The engine never prints. It returns ``FileResult`` values that reporters
turn into text; a file that cannot be parsed becomes a ``TL001`` finding
and the other files are still linted.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from pathlib import Path

from talklint import budget
from talklint.errors import ParseError, one_line
from talklint.findings import Finding, Problem, Severity
from talklint.floods import report
from talklint.model import Talk
from talklint.parsers import parse_talk
from talklint.results import FileResult
from talklint.rule import Context
from talklint.rules import parse_error
from talklint.selection import ActiveRule, RuleSet
from talklint.suppression import Suppressions

LOG = logging.getLogger(__name__)


def lint_file(path: Path, rule_set: RuleSet) -> FileResult:
    """Parse ``path`` and lint it."""
    talk = read_talk(path)
    return talk if isinstance(talk, FileResult) else lint_read_talk(talk, rule_set)


def read_talk(path: Path) -> Talk | FileResult:
    """The parsed talk, or the result that reports why the file cannot be read."""
    budget.start()
    try:
        return parse_talk(path)
    except budget.OutOfTime as error:
        return unreadable(path, str(error), transient=True)
    except ParseError as error:
        return unreadable(path, str(error))
    except Exception as error:  # a parser bug must not hide the other files' findings
        LOG.debug("parser crashed on %s", path, exc_info=True)
        problem = f"{type(error).__name__}: {one_line(error)}"
        return unreadable(path, f"talklint could not read this file (internal error {problem})")


def lint_read_talk(talk: Talk, rule_set: RuleSet) -> FileResult:
    """Lint a talk that ``read_talk`` parsed."""
    duration = rule_set.config.talk_duration(talk.duration)
    if duration != talk.duration:
        talk = dataclasses.replace(talk, duration=duration)
    budget.start()
    try:
        findings = tuple(lint_talk(talk, rule_set))
        return FileResult(talk.path, talk, findings, None, talk.format, len(talk.slides), talk.included)
    except RuleCrash as crash:
        return unreadable(talk.path, str(crash))
    except budget.OutOfTime as error:
        return unreadable(talk.path, str(error), transient=True)
    finally:
        budget.stop()


def unreadable(path: Path, reason: str, transient: bool = False) -> FileResult:
    """The result of a file that could not be linted; ``transient`` when the cause was this run, not the file."""
    rule = parse_error.RULE
    finding = Finding(path, rule.code, rule.name, Severity.ERROR, reason, _parse_error_fix(reason))
    return FileResult(path, None, (finding,), reason, transient=transient)


def _parse_error_fix(reason: str) -> str:
    """The reader's own advice when it gave one ('…; split the talk, or raise the limit with …')."""
    problem, _, advice = reason.partition("; ")
    if advice:
        return f"{advice[0].upper()}{advice[1:]}; or exclude the file with the 'exclude' setting"
    return f"Make the file a readable talk ({problem}), or exclude it with the 'exclude' setting"


def lint_talk(talk: Talk, rule_set: RuleSet) -> list[Finding]:
    config = rule_set.config
    context = Context(talk, rule_set.registry.ids, config.lint_backup, config.nlp_model)
    suppressions = Suppressions(talk.directives)
    ignored = rule_set.ignored_for(talk.path)
    kept: dict[str, list[tuple[Finding, float]]] = {}
    for active in rule_set.active:
        if active.rule.code in ignored or (active.rule.decks_only and talk.is_outline):
            continue
        budget.check()
        stamped = [(_stamp(talk, active, problem), problem.weight) for problem in _run(active, context)]
        kept[active.rule.code] = [(f, w) for f, w in stamped if not suppressions.suppresses(f.code, f.rule, f.slide)]
    groups = [
        (active.rule, _without_deferred(kept[active.rule.code], active.rule.defers_to, kept))
        for active in rule_set.active
        if active.rule.code in kept
    ]
    findings = report(groups, config.max_findings_per_rule, config.talk_limit, len(context.distinct_slides))
    return sorted(findings, key=lambda f: f.sort_key)


def _without_deferred(
    own: list[tuple[Finding, float]], defers_to: tuple[str, ...], kept: dict[str, list[tuple[Finding, float]]]
) -> list[tuple[Finding, float]]:
    """A rule's findings on slides where a rule it defers to has not already spoken (one problem, one finding)."""
    taken = {f.slide for code in defers_to for f, _ in kept.get(code, ()) if f.slide is not None}
    return [(f, w) for f, w in own if f.slide is None or f.slide not in taken]


class RuleCrash(Exception):
    """A rule's check raised; the file's result says which rule."""


def _run(active: ActiveRule, context: Context) -> Iterable[Problem]:
    try:
        return list(active.rule.check(context, active.options))
    except budget.OutOfTime:
        raise
    except TimeoutError:  # a user pattern past its time bound (declarative.PATTERN_SECONDS)
        rule = active.rule
        raise RuleCrash(
            f"rule {rule.code} [{rule.name}] from '{rule.origin}': a pattern ran out of time on this talk; simplify it"
        ) from None
    except Exception as error:  # a plugin's bug must not stop the other rules' files
        LOG.debug("rule %s crashed", active.rule.code, exc_info=True)
        rule = active.rule
        raise RuleCrash(
            f"rule {rule.code} [{rule.name}] from '{rule.origin}' crashed: {type(error).__name__}: {error}"
        ) from None


def _stamp(talk: Talk, active: ActiveRule, problem: Problem) -> Finding:
    from talklint.baseline import fingerprint

    slide = problem.slide
    location = problem.location or (slide.location if slide else None)
    line = location.line if location else None
    return Finding(
        path=talk.path,
        code=active.rule.code,
        rule=active.rule.name,
        severity=Severity.ERROR if problem.escalate and active.may_escalate else active.severity,
        message=problem.message,
        fix=problem.fix,
        slide=slide.number if slide else None,
        slide_title=slide.title if slide else "",
        place=slide.label if slide else "",
        line=line,
        column=(location.column or 1) if location and line is not None else None,
        source=location.source if location else None,
        fingerprint=fingerprint(active.rule.code, talk.path, slide, problem.message),
        edit=problem.edit,
        term=problem.term,
    )
