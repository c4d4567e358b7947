"""JUnit XML: one test case per file and rule, failing when the rule found something."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from talklint.findings import Finding
from talklint.reporters import ReportOptions
from talklint.reporters.text import location
from talklint.results import FileResult


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    suites = ET.Element("testsuites", name="talklint")
    for result in results:
        suite = ET.SubElement(suites, "testsuite", name=result.path.as_posix())
        by_rule: dict[str, list[Finding]] = defaultdict(list)
        for finding in result.findings:
            by_rule[f"{finding.code} {finding.rule}"].append(finding)
        rule_names = sorted({f"{r.code} {r.name}" for r in options.rules} | set(by_rule))
        failures = 0
        for name in rule_names:
            case = ET.SubElement(suite, "testcase", classname=result.path.as_posix(), name=name)
            found = by_rule.get(name, [])
            if found:
                failures += 1
                severity = found[0].severity.value
                failure = ET.SubElement(case, "failure", message=f"{len(found)} finding(s)", type=severity)
                failure.text = "\n".join(f"{location(f)} {f.message}\n    fix: {f.fix}" for f in found)
        suite.set("tests", str(len(rule_names)))
        suite.set("failures", str(failures))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
