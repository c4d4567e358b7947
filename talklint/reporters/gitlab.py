"""GitLab Code Quality JSON, with fingerprints that survive moving slides around."""

from __future__ import annotations

import json
from collections.abc import Sequence

from talklint.findings import Severity
from talklint.reporters import ReportOptions
from talklint.results import FileResult

_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    issues = [
        {
            "description": f"{f.code} [{f.rule}] {f.message}. Fix: {f.fix}",
            "check_name": f"{f.code} {f.rule}",
            "fingerprint": f.fingerprint,
            "severity": _SEVERITIES[f.severity],
            "location": {"path": (f.source or f.path).as_posix(), "lines": {"begin": f.line or 1}},
        }
        for result in results
        for f in result.findings
    ]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
