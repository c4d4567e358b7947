"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

from collections.abc import Sequence

from talklint.findings import Finding, Severity
from talklint.reporters import ReportOptions
from talklint.results import FileResult

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    return "".join(_command(f) + "\n" for result in results for f in result.findings)


def _command(finding: Finding) -> str:
    properties = [f"file={_property((finding.source or finding.path).as_posix())}"]
    if finding.line is not None:
        properties.append(f"line={finding.line}")
        properties.append(f"col={finding.column or 1}")
    properties.append(f"title={_property(f'{finding.code} {finding.rule}')}")
    place = finding.place or f"slide {finding.slide}"
    where = f"{place}: " if finding.slide is not None and finding.line is None else ""
    message = f"{where}{finding.message}\nfix: {finding.fix}"
    return f"::{_LEVELS[finding.severity]} {','.join(properties)}::{_data(message)}"


def _data(text: str) -> str:
    """Escape a message as GitHub's toolkit does (%, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
