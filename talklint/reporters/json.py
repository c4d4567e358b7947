"""The machine report: one JSON document, stable keys, version 1."""

from __future__ import annotations

import json
from collections.abc import Sequence

from talklint.findings import Finding
from talklint.reporters import ReportOptions
from talklint.results import FileResult

VERSION = 1


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    document = {
        "version": VERSION,
        "files": [_file(result) for result in results],
        "findings": [_finding(f) for result in results for f in result.findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _file(result: FileResult) -> dict[str, object]:
    return {
        "path": result.path.as_posix(),
        "format": result.format,
        "slides": result.slide_count,
        "error": result.error,
    }


def _finding(finding: Finding) -> dict[str, object]:
    return {
        "path": finding.path.as_posix(),
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "slide": finding.slide,
        "place": finding.place or None,
        "line": finding.line,
        "column": finding.column,
        "message": finding.message,
        "fix": finding.fix,
        "source": finding.source.as_posix() if finding.source else None,
        # A flood reported once lists every finding it covers, worst first.
        "members": [_finding(member) for member in finding.members],
    }
