"""Floods: a per-slide rule that fires on many slides of a talk is reported once.

Thirty "topic title" findings bury the three findings that matter. When a
rule has more findings in one talk than ``max-findings-per-rule``
(``talklint.config.DEFAULT_FLOOD_LIMIT``; see ``floods`` for a rule whose
findings are each their own piece of work), the talk gets one finding instead: how many slides, which ones,
and the worst of them as the example with its own fix. The single findings
stay inside it as ``members``, so a baseline can still tell which are new and
reporters can point at every slide. A talk also has a budget of findings
(``max-findings-per-talk``): past it, more lists are folded the same way,
as few findings as possible folded away (``report``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from talklint.config import DEFAULT_FLOOD_LIMIT
from talklint.findings import Finding
from talklint.rule import AnyRule

PLACES_SHOWN = 10
_DEFAULT_FLOOD = "{count} findings of {rule}"

Weighed = Sequence[tuple[Finding, float]]


def floods(findings: Sequence[Finding], rule: AnyRule, configured: int | None, total: int) -> bool:
    """Whether one rule's findings in a talk of ``total`` content slides are reported once.

    A configured ``max-findings-per-rule`` holds for every rule (0: never).
    Unset, more than ``DEFAULT_FLOOD_LIMIT`` findings flood, except for a rule
    whose findings are each their own piece of work (an acronym to spell out,
    a slide's words to cut): its list is worth reading item by item, so it
    floods only when its findings stand on most of the talk's content slides.
    """
    if configured is not None:
        return bool(configured) and len(findings) > configured
    if len(findings) <= DEFAULT_FLOOD_LIMIT:
        return False
    return not rule.itemised or len({f.slide for f in findings}) > total // 2


def report(groups: Sequence[tuple[AnyRule, Weighed]], configured: int | None, budget: int, total: int) -> list[Finding]:
    """A talk's findings as reported, from each rule's findings with their weights.

    Each rule's flood is folded first (``collapse_floods``). Then, when the talk
    has more than ``budget`` findings (0: no budget), more rules' lists are
    folded, as few findings as possible folded away (``_fewest_hidden``). Past
    forty findings (the default budget) a speaker stops reading; below it,
    every finding shown on its own is worth more than a line in a list.
    """
    shown = [collapse_floods(own, rule, configured, total) for rule, own in groups]
    excess = sum(map(len, shown)) - budget
    if not budget or excess <= 0:
        return [finding for findings in shown for finding in findings]
    folded = [_folded(own, rule, total) for rule, own in groups]
    saved = [len(findings) - len(folded[index]) for index, findings in enumerate(shown)]
    for index in _fewest_hidden(saved, excess):
        shown[index] = folded[index]
    return [finding for findings in shown for finding in findings]


def _fewest_hidden(saved: Sequence[int], excess: int) -> tuple[int, ...]:
    """Which lists to fold, each hiding ``saved[i]`` findings, so that at least ``excess`` go: the fewest
    findings hidden, then the fewest lists folded (every list that can fold when even all are not enough).

    Two short lists may hide fewer findings than one long one: a talk four over its limit folds a list of
    three and a list of three (four hidden) rather than a list of six (five hidden).
    """
    foldable = [(index, count) for index, count in enumerate(saved) if count > 0]
    if sum(count for _, count in foldable) < excess:
        return tuple(index for index, _ in foldable)
    # The lists that hide each reachable number of findings (fewest lists first); a table as long as the
    # talk's findings, a row per rule.
    reachable: dict[int, tuple[int, ...]] = {0: ()}
    for index, count in foldable:
        for hidden, chosen in list(reachable.items()):
            more = hidden + count
            if more not in reachable or len(chosen) + 1 < len(reachable[more]):
                reachable[more] = (*chosen, index)
    return reachable[min(hidden for hidden in reachable if hidden >= excess)]


def collapse_floods(findings: Weighed, rule: AnyRule, configured: int | None, total: int) -> list[Finding]:
    """One rule's findings in one talk, with their weights: as they are, or as one finding when they flood."""
    placed = [finding for finding, _ in findings if _has_a_place(finding)]
    if not floods(placed, rule, configured, total):
        return [finding for finding, _ in findings]
    return _folded(findings, rule, total)


def _folded(findings: Weighed, rule: AnyRule, total: int) -> list[Finding]:
    """One rule's findings with their slide findings as one.

    A finding about the whole talk (no slide, no line: "2 of 6 content slides carry math") says something else
    than the slides' findings of the same rule, and stays on its own.
    """
    placed = [(finding, weight) for finding, weight in findings if _has_a_place(finding)]
    whole_talk = [finding for finding, _ in findings if not _has_a_place(finding)]
    if len(placed) < 2:
        return [finding for finding, _ in findings]
    # The worst first; among equals, the earliest.
    ranked = sorted(enumerate(placed), key=lambda item: (-item[1][1], item[0]))
    members = tuple(finding for _, (finding, _) in ranked)
    weighed = len({weight for _, weight in placed}) > 1
    return [*whole_talk, flood_finding(members, rule, total, "the worst:" if weighed else "e.g.")]


def _has_a_place(finding: Finding) -> bool:
    """A slide or a line the finding points at; without either, it is about the whole talk."""
    return finding.slide is not None or finding.line is not None


def flood_finding(members: tuple[Finding, ...], rule: AnyRule, total: int, example_is: str = "e.g.") -> Finding:
    """The finding that reports ``members`` (worst first) together; ``example_is`` introduces the first."""
    example, others = members[0], members[1:]
    slides = {m.slide for m in members}
    summary = (rule.flood or _DEFAULT_FLOOD).format(count=len(members), slides=len(slides), total=total, rule=rule.name)
    return Finding(
        path=example.path,
        code=example.code,
        rule=example.rule,
        severity=max((m.severity for m in members), key=lambda s: s.rank),
        message=f"{summary} ({places(members)}); {example_is} {example.message}",
        fix=f"{example.fix.rstrip('.')}. Then the same for {_named(others) or places(others)}",
        slide=example.slide,
        slide_title=example.slide_title,
        place=example.place,
        line=example.line,
        column=example.column,
        source=example.source,
        fingerprint=example.fingerprint,
        members=members,
    )


def _named(findings: Sequence[Finding]) -> str:
    """What each finding is about and where, in slide order, when each names its own word: "'MAM' (slide 11),
    'DD' (slide 25) and 3 more"; empty when they do not."""
    if not findings or not all(f.term for f in findings):
        return ""
    ordered = sorted(findings, key=lambda f: (f.slide or 0, f.line or 0))
    shown = [f"'{f.term}' ({f.place or places([f])})" for f in ordered[:PLACES_SHOWN]]
    more = f" and {len(ordered) - PLACES_SHOWN} more" if len(ordered) > PLACES_SHOWN else ""
    return ", ".join(shown) + more


def places(findings: Iterable[Finding]) -> str:
    """Where findings are, compactly and in slide order: "slides 3, 5, 9-12" (or in a PDF "pages 3-12, 22, 23",
    "lines 4, 9")."""
    findings = list(findings)
    ordered = sorted({(f.slide or 0, f.place) for f in findings if f.place})
    labels = [place for _, place in ordered]
    if not labels:
        lines = sorted({f.line for f in findings if f.line is not None})
        return (
            f"line{'s' if len(lines) > 1 else ''} {', '.join(map(_written, _runs(lines)))}"
            if lines
            else "the whole talk"
        )
    for unit in ("slide", "page"):
        numbers = _numbered(labels, unit)
        if numbers is not None:
            runs = _runs(numbers)
            shown = ", ".join(map(_written, runs[:PLACES_SHOWN]))
            # "and 4 more" counts the slides left out, not the runs ("61, 62" is one run of the list).
            hidden = len(numbers) - sum(map(len, runs[:PLACES_SHOWN]))
            more = f" and {hidden} more" if hidden else ""
            return f"{unit} {shown}" if len(numbers) == 1 else f"{unit}s {shown}{more}"
    more = f" and {len(labels) - PLACES_SHOWN} more" if len(labels) > PLACES_SHOWN else ""
    return ", ".join(labels[:PLACES_SHOWN]) + more


def _numbered(labels: list[str], unit: str) -> list[int] | None:
    """The numbers the labels name, when all are of one unit: "slide 3"; in a PDF, "page 4" and "pages 7-9"
    (a slide built over pages gives each of them)."""
    numbers: list[int] = []
    for label in labels:
        kind, _, value = label.partition(" ")
        first, _, last = value.partition("-")
        if kind not in (unit, f"{unit}s") or not first.isdigit() or not (last or first).isdigit():
            return None
        numbers += range(int(first), int(last or first) + 1)
    return sorted(set(numbers))


def _runs(numbers: list[int]) -> list[list[int]]:
    """[3, 5, 9, 10, 11, 12] → [[3], [5], [9, 10, 11, 12]]."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _written(run: list[int]) -> str:
    """[9, 10, 11, 12] → "9-12"; [3, 4] → "3, 4"."""
    return f"{run[0]}-{run[-1]}" if len(run) > 2 else ", ".join(map(str, run))
