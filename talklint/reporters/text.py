"""The human report: one finding per line, the fix indented below it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import click

from talklint.findings import Finding, Severity
from talklint.reporters import ReportOptions
from talklint.results import FileResult

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    lines: list[str] = []
    for result in results:
        if result.findings and lines:
            lines.append("")
        for finding in result.findings:
            lines.extend(_finding_lines(finding, options))
    if options.statistics:
        lines.extend(_statistics(results))
    if not options.quiet:
        lines.extend(_summary(results, options))
    return "\n".join(lines) + ("\n" if lines else "")


def location(finding: Finding) -> str:
    """``path:line:col:``, which CI systems and editors parse; a deck's slide (no lines) points at line 1.

    The slide or page is in the message and on the line below it.
    """
    path = shown_path(finding.source or finding.path)
    return f"{path}:{finding.line or 1}:{finding.column or 1}:"


def shown_path(path: Path) -> str:
    """A path on one line: a newline or a control character in a file name is written escaped."""
    text = path.as_posix()
    if text.isprintable():  # nearly always: one check for the whole name, not one per character
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _finding_lines(finding: Finding, options: ReportOptions) -> list[str]:
    code = _style(f"{finding.code}", options, fg=_COLORS[finding.severity], bold=True)
    severity = _style(finding.severity.value, options, fg=_COLORS[finding.severity])
    head = f"{_style(location(finding), options, bold=True)} {code} [{finding.rule}] {finding.message} ({severity})"
    lines = [head]
    if finding.slide is not None:
        title = f"'{finding.slide_title}'" if finding.slide_title else "untitled"
        lines.append(_style(f"    {finding.place or f'slide {finding.slide}'}: {title}", options, dim=True))
    if finding.fix:
        lines.append(f"    {_style('fix:', options, fg='green')} {finding.fix}")
    return lines


def _statistics(results: Sequence[FileResult]) -> list[str]:
    counts = Counter((f.code, f.rule) for r in results for f in r.findings)
    if not counts:
        return []
    width = max(len(str(n)) for n in counts.values())
    return ["", *(f"{n:>{width}}  {code} [{rule}]" for (code, rule), n in sorted(counts.items()))]


def _summary(results: Sequence[FileResult], options: ReportOptions) -> list[str]:
    findings = [f for r in results for f in r.findings]
    files = len(results)
    file_word = "file" if files == 1 else "files"
    if not findings:
        return [_style(f"All checks passed ({files} {file_word}).", options, fg="green")]
    by_severity = Counter(f.severity for f in findings)
    parts = [
        f"{by_severity[s]} {s.value}{'s' if by_severity[s] != 1 and s is not Severity.INFO else ''}"
        for s in Severity
        if by_severity[s]
    ]
    with_findings = sum(1 for r in results if r.findings)
    unreadable = sum(1 for r in results if r.error)
    tail = f"; {unreadable} could not be read" if unreadable else ""
    noun = "problem" if len(findings) == 1 else "problems"
    summary = f"Found {len(findings)} {noun} ({', '.join(parts)}) in {with_findings} of {files} {file_word}{tail}."
    return ["", _style(summary, options, bold=True)]


def _style(text: str, options: ReportOptions, **styles: object) -> str:
    return click.style(text, **styles) if options.color else text  # type: ignore[arg-type]
