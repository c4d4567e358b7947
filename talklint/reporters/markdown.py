"""Markdown: a summary for a CI step summary or a pull-request comment.

Counts by severity, then one table per file: where, rule, what, and the fix.
A flood reported once stays one row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from talklint.findings import SEVERITIES, Finding
from talklint.reporters import ReportOptions
from talklint.results import FileResult

MAX_ROWS = 200  # a step summary is capped at 1 MiB; a talk repository never needs more rows than this


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    findings = [f for result in results for f in result.findings]
    # A flood reported once counts each of its findings; its row stands for all of them.
    counts = Counter(single.severity.value for f in findings for single in f.singles)
    lines = ["## talklint", ""]
    if not findings:
        lines.append(f"All checks passed ({_plural(len(results), 'file')}).")
        return "\n".join(lines) + "\n"
    summary = ", ".join(_plural(counts[s], s) for s in SEVERITIES)
    files = sum(1 for r in results if r.findings)
    total = _plural(sum(counts.values()), "finding")
    lines += [f"{total} ({summary}) in {files} of {_plural(len(results), 'file')}.", ""]
    shown = 0
    for result in results:
        if not result.findings:
            continue
        lines += [
            f"### `{result.path.as_posix()}`",
            "",
            "| where | rule | finding | fix |",
            "| --- | --- | --- | --- |",
        ]
        for finding in result.findings:
            if shown == MAX_ROWS:
                lines.append(f"| | | {len(findings) - shown} more findings: see the full report | |")
                return "\n".join(lines) + "\n"
            lines.append(_row(finding))
            shown += 1
        lines.append("")
    return "\n".join(lines) + "\n"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _row(finding: Finding) -> str:
    where = finding.place or (f"line {finding.line}" if finding.line else "the talk")
    rule = f"{finding.code} {finding.rule} ({finding.severity.value})"
    return f"| {where} | {rule} | {_cell(finding.message)} | {_cell(finding.fix)} |"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
