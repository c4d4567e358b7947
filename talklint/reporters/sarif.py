"""SARIF 2.1.0 for code-scanning tools: one rule descriptor per rule, the fix in each result."""

from __future__ import annotations

import json
from collections.abc import Sequence

from talklint import __version__
from talklint.findings import Finding, Severity
from talklint.reporters import ReportOptions
from talklint.results import FileResult
from talklint.rule import AnyRule
from talklint.ruledocs import help_uri, rule_markdown

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    findings = [f for result in results for f in result.findings]
    rules = _rules_used(findings, options.rules)
    index = {rule.code: n for n, rule in enumerate(rules)}
    run = {
        "tool": {
            "driver": {
                "name": "talklint",
                "version": __version__,
                "informationUri": "https://pypi.org/project/talklint/",
                "rules": [_descriptor(rule) for rule in rules],
            }
        },
        "results": [_result(f, index) for f in findings],
        "artifacts": [{"location": {"uri": r.path.as_posix()}} for r in results],
    }
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _rules_used(findings: list[Finding], known: Sequence[AnyRule]) -> list[AnyRule]:
    by_code = {rule.code: rule for rule in known}
    codes = sorted({f.code for f in findings} | set(by_code))
    return [by_code[code] for code in codes if code in by_code]


def _descriptor(rule: AnyRule) -> dict[str, object]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc.strip()},
        "help": {"text": rule.doc.strip(), "markdown": rule_markdown(rule)},
        "helpUri": help_uri(rule),
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def _location(finding: Finding) -> dict[str, object]:
    location: dict[str, object] = {
        "physicalLocation": {
            "artifactLocation": {"uri": (finding.source or finding.path).as_posix()},
            # Code scanning needs a region: a deck's slide or a talk-level finding points at the file's first line.
            "region": {"startLine": finding.line or 1, "startColumn": finding.column or 1},
        }
    }
    if finding.slide is not None:
        name = (finding.place or f"slide {finding.slide}") + (f": {finding.slide_title}" if finding.slide_title else "")
        location["logicalLocations"] = [{"name": name, "kind": "module", "fullyQualifiedName": name}]
    return location


def _result(finding: Finding, index: dict[str, int]) -> dict[str, object]:
    location = _location(finding)
    result: dict[str, object] = {
        "ruleId": finding.code,
        "level": _LEVELS[finding.severity],
        "message": {"text": f"{finding.message}. Fix: {finding.fix}"},
        "locations": [location],
        "partialFingerprints": {"talklint/v1": finding.fingerprint},
        "properties": {"rule": finding.rule, "fix": finding.fix},
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    if finding.members:
        # A flood reported once: every slide it covers, for viewers that list them.
        result["relatedLocations"] = [
            {"id": number, **_location(member), "message": {"text": member.message}}
            for number, member in enumerate(finding.members)
        ]
    return result
