"""JUnit XML: one test case per file and rule.

A case fails when the rule found a warning or an error (info findings pass, as
they do not fail ``talklint check``), and is an error when the file could not
be read.
"""

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
        failures = errors = 0
        for name in rule_names:
            case = ET.SubElement(suite, "testcase", classname=result.path.as_posix(), name=name)
            found = by_rule.get(name, [])
            if not found:
                continue
            worst = max(found, key=lambda f: f.severity.rank).severity.value
            text = "\n".join(f"{location(f)} {f.message}\n    fix: {f.fix}" for f in found)
            if result.error is not None and found[0].code == "TL001":
                errors += 1
                ET.SubElement(case, "error", message=found[0].message, type="parse-error").text = text
            elif worst != "info":
                failures += 1
                ET.SubElement(case, "failure", message=f"{len(found)} finding(s)", type=worst).text = text
            else:
                ET.SubElement(case, "system-out").text = text
        suite.set("tests", str(len(rule_names)))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
