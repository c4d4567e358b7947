"""The examples: strong talks stay clean, flawed ones show every rule firing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from talklint.runner import Overrides, check_paths
from tests.helpers import REPO, codes

EXAMPLES = REPO / "examples"
PROFILES = ["job-talk", "faculty", "research-scientist", "product-research", "ml-engineer", "robotics", "conference"]
STRONG = [
    "outline-strong.md",
    "marp-strong.md",
    "pptx/strong-job-talk.pptx",
    "beamer/job-talk.tex",
    *(f"profiles/{name}/talk.md" for name in PROFILES),
]
STRUCTURE_AND_TIMING = {"TL301", "TL302", "TL306", "TL307", "TL401", "TL402"}
TECHNICAL_DETAIL = {f"TL2{n:02}" for n in range(1, 12)} | {"TL303", "TL304", "TL305"}
NARRATIVE = {f"TL1{n:02}" for n in range(1, 12)}
FLAWED = [
    "outline-flawed.md",
    "marp-flawed.md",
    "marp-too-technical.md",
    "marp-late-vision.md",
    "outline-vision-not-revisited.md",
    "pptx/flawed-job-talk.pptx",
    "beamer/flawed-job-talk.tex",
]


def test_the_beamer_example_reports_findings_in_its_included_file(tmp_path: Path) -> None:
    talk = tmp_path / "beamer"
    shutil.copytree(EXAMPLES / "beamer", talk)
    agenda = talk / "sections" / "agenda.tex"
    # Its plans without their timelines and goals: the agenda finding must point into the included file.
    agenda.write_text(re.sub(r"Years \d-\d: |; goal: [^\n]*", "", agenda.read_text(encoding="utf-8")), encoding="utf-8")
    [result] = check_paths([talk / "job-talk.tex"], Overrides(use_cache=False)).results
    [finding] = [f for f in result.findings if f.code == "TL103"]
    assert (finding.slide_title, finding.source, finding.line) == ("Research agenda", agenda, 2)


def test_the_flawed_beamer_example_shows_the_job_talk_mistakes() -> None:
    fired = set(codes(lint_example("beamer/flawed-job-talk.tex")))
    assert {"TL103", "TL104", "TL106", "TL201", "TL203", "TL210"} <= fired


def lint_example(name: str, profile: str | None = None):  # type: ignore[no-untyped-def]
    """As ``talklint check`` does it: with the nearest config (examples/pptx/talklint.toml)."""
    [result] = check_paths([EXAMPLES / name], Overrides(profile=profile, use_cache=False)).results
    return result


@pytest.mark.parametrize("name", STRONG)
def test_strong_examples_are_clean_at_warning_level(name: str) -> None:
    findings = lint_example(name).findings
    assert [f.code for f in findings if f.severity.value != "info"] == []


def test_flawed_examples_show_every_rule() -> None:
    """As a faculty talk: the faculty profile is the one that asks for lessons and collaborators."""
    fired: set[str] = set()
    for name in FLAWED:
        fired |= set(codes(lint_example(name, profile="faculty")))
    assert fired >= STRUCTURE_AND_TIMING | TECHNICAL_DETAIL | NARRATIVE


def test_every_profile_has_an_example_that_uses_it() -> None:
    for name in PROFILES:
        config = (EXAMPLES / "profiles" / name / "talklint.toml").read_text(encoding="utf-8")
        assert f'profile = "{name}"' in config


def test_example_decks_are_current() -> None:
    """The committed decks are what build_examples.py makes (same slides and text)."""
    import importlib.util
    import tempfile
    from pathlib import Path

    from talklint.parsers import parse_talk

    spec = importlib.util.spec_from_file_location("build_examples", EXAMPLES / "pptx" / "build_examples.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as folder:
        for name, build in (
            ("strong-job-talk.pptx", module.build_strong),
            ("flawed-job-talk.pptx", module.build_flawed),
        ):
            fresh = Path(folder) / name
            build().save(fresh)
            committed, rebuilt = parse_talk(EXAMPLES / "pptx" / name), parse_talk(fresh)
            assert [(s.title, s.text, s.notes) for s in committed.slides] == [
                (s.title, s.text, s.notes) for s in rebuilt.slides
            ]
