"""Report formats for CI: GitHub annotations, SARIF, JUnit, GitLab Code Quality."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.helpers import CORPUS, REPO, build_pptx, write
from tests.rules.decks import marp

DECK = marp("# Talk", "# Results: TBD\n\n- maybe 50% % better", "- untitled, 100%")
SARIF_SCHEMA = CORPUS.parent / "schemas" / "sarif-schema-2.1.0.json"


def run(cli, *args: str) -> str:  # type: ignore[no-untyped-def]
    return str(cli("check", *args)[1])


def test_github_workflow_commands(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", DECK)
    lines = run(cli, str(path), "--format", "github", "--select", "TL307,TL305").splitlines()
    assert f"::warning file={path.as_posix()},line=11,col=1,title=TL305 hedging::slide 2 hedges: 'maybe'" in "\n".join(
        lines
    )
    assert any(line.startswith("::warning") and "title=TL307 leftover-placeholder::" in line for line in lines)
    assert all("\n" not in line and "%0Afix: " in line for line in lines)


def test_github_deck_findings_name_the_slide(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    deck = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Results: TBD"}])
    out = run(cli, str(deck), "--format", "github", "--select", "TL307")
    assert out.startswith(f"::warning file={deck.as_posix()},title=TL307 leftover-placeholder::slide 2: ")


def test_sarif_validates_and_carries_rules_fixes_and_slides(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not present")
    jsonschema = pytest.importorskip("jsonschema")
    write(tmp_path, "deck.md", DECK)
    build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Results: TBD"}])
    document = json.loads(run(cli, str(tmp_path), "--format", "sarif"))
    jsonschema.validate(document, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    driver = document["runs"][0]["tool"]["driver"]
    descriptors = {rule["id"]: rule for rule in driver["rules"]}
    assert "What it flags" in descriptors["TL307"]["help"]["text"]
    results = document["runs"][0]["results"]
    deck_result = next(
        r
        for r in results
        if r["ruleId"] == "TL307" and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".pptx")
    )
    assert deck_result["locations"][0]["logicalLocations"][0]["name"] == "slide 2: Results: TBD"
    assert "Fix: Replace 'TBD'" in deck_result["message"]["text"]
    assert driver["rules"][deck_result["ruleIndex"]]["id"] == "TL307"


def test_junit_one_case_per_file_and_rule(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", DECK)
    root = ET.fromstring(run(cli, str(path), "--format", "junit", "--select", "TL3"))
    [suite] = root.findall("testsuite")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert cases["TL307 leftover-placeholder"].find("failure") is not None
    assert cases["TL302 duplicate-title"].find("failure") is None
    assert suite.get("failures") == str(sum(1 for c in cases.values() if c.find("failure") is not None))


def test_gitlab_code_quality_with_stable_fingerprints(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", DECK)
    issues = json.loads(run(cli, str(path), "--format", "gitlab", "--select", "TL307"))
    [issue] = issues
    assert issue["check_name"] == "TL307 leftover-placeholder"
    assert issue["location"] == {"path": path.as_posix(), "lines": {"begin": 9}}
    moved = marp("# Talk", "# Other slide\n\nfine", "# Results: TBD\n\n- maybe 50% % better", "- untitled, 100%")
    path.write_text(moved, encoding="utf-8")
    [again] = json.loads(run(cli, str(path), "--format", "gitlab", "--select", "TL307"))
    assert again["fingerprint"] == issue["fingerprint"]
    assert again["location"]["lines"]["begin"] != 9


def test_text_on_screen_and_sarif_to_a_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", DECK)
    report = tmp_path / "report.sarif"
    code, out, _ = cli("check", str(path), "--no-color", "--output-format", "sarif", "--output", str(report))
    assert code == 1
    assert "TL307 [leftover-placeholder]" in out
    assert json.loads(report.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_examples_have_unique_fingerprints_and_every_sarif_result_a_region(cli) -> None:  # type: ignore[no-untyped-def]
    examples = str(REPO / "examples")
    for settings in ((), ("--select", "TL")):
        gitlab = json.loads(run(cli, examples, "--format", "gitlab", *settings))
        prints = [issue["fingerprint"] for issue in gitlab]
        assert len(prints) == len(set(prints)) > 50
        sarif = json.loads(run(cli, examples, "--format", "sarif", *settings))
        results = sarif["runs"][0]["results"]
        partial = [r["partialFingerprints"]["talklint/v1"] for r in results]
        assert len(partial) == len(set(partial))
        assert all("region" in r["locations"][0]["physicalLocation"] for r in results)
    if SARIF_SCHEMA.is_file():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    rule = sarif["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["helpUri"].startswith("https://github.com/talklint/talklint/blob/main/docs/rules.md#tl")
    assert rule["help"]["markdown"].startswith(f"### {rule['id']} ")


def test_two_findings_of_one_rule_on_one_slide_differ_and_survive_reordering(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    slide = "# Our method\n\n- We use PBS and HTC\n- It maybe works, we think"
    path = write(tmp_path, "deck.md", marp("# Talk", slide, "# Why\n\nrobots fail"))
    first = json.loads(run(cli, str(path), "--format", "gitlab", "--select", "TL205,TL305"))
    assert len({i["fingerprint"] for i in first}) == len(first) == 4
    path.write_text(marp("# Talk", "# Why\n\nrobots fail", slide), encoding="utf-8")
    moved = json.loads(run(cli, str(path), "--format", "gitlab", "--select", "TL205,TL305"))
    assert {i["fingerprint"] for i in moved} == {i["fingerprint"] for i in first}


def test_junit_info_passes_and_unreadable_files_are_errors(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", DECK)
    (tmp_path / "broken.pptx").write_bytes(b"not a deck")
    root = ET.fromstring(run(cli, str(tmp_path), "--format", "junit", "--select", "TL303,TL001"))
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    deck = suites[path.as_posix()]
    topic = next(c for c in deck.findall("testcase") if c.get("name") == "TL303 topic-title")
    assert topic.find("failure") is None and topic.find("system-out") is not None  # info findings pass
    broken = suites[(tmp_path / "broken.pptx").as_posix()]
    assert broken.get("errors") == "1" and broken.find("testcase/error") is not None


def test_rules_are_listed_as_json_and_documented_in_docs(cli) -> None:  # type: ignore[no-untyped-def]
    from talklint.registry import build_registry
    from talklint.ruledocs import rules_page

    listed = json.loads(cli("rules", "--format", "json")[1])
    assert {"code": "TL201", "name": "text-wall"}.items() <= next(
        r for r in listed["rules"] if r["code"] == "TL201"
    ).items()
    builtin = [r for r in build_registry(plugins=False).rules if r.origin == "talklint"]
    page = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == rules_page(builtin), "docs/rules.md is stale: run 'talklint rules --format markdown > docs/rules.md'"
