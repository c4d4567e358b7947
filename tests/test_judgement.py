"""The judge's comparison with readers, on a handful of labelled corpus talks: judgement must not fall back.

Runs what ``../shared/judge/score.py`` runs (``check --select TL`` and
``outline`` in JSON) on every sixth labelled talk and compares the story
verdicts and the slides' roles with the readers' labels through the judge's
own functions. The floors are what talklint reached on these talks when the
test was written; a change that lowers either fails here before it lands.
Skips when ``../shared`` (the corpus and the judge) is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

SHARED = Path(__file__).resolve().parents[2] / "shared"
JUDGE = SHARED / "judge" / "score.py"
LABELS = SHARED / "corpus" / "labels.yaml"
EVERY = 6
# Reached on these talks: 60 of 66 verdicts, 224 of 291 slides (55 and 203 when the test was written).
# The model is trained on all labelled talks, so these are in-sample figures; the cross-validated ones
# are in README.md. (A more regularised model fits these talks less closely, 212 -> 203 slides, and
# talks it never saw better, 59% -> 62%.)
STORY_FLOOR = 0.90
ROLE_FLOOR = 0.76

pytestmark = pytest.mark.skipif(not (JUDGE.exists() and LABELS.exists()), reason="../shared (corpus, judge) absent")


def judge() -> ModuleType:
    spec = importlib.util.spec_from_file_location("talklint_judge", JUDGE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def handful() -> list[tuple[str, dict[str, Any]]]:
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    english = sorted((path, label) for path, label in labels.items() if label.get("language", "en") == "en")
    return english[::EVERY]


def run_json(cli, *args: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    document: dict[str, Any] = json.loads(cli(*args)[1])
    return document


def test_story_verdicts_and_roles_agree_with_readers(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    score = judge()
    corpus = LABELS.parent
    agree = total = role_hits = role_total = 0
    for path, label in handful():
        talk = score.laid_out(corpus / path, corpus, tmp_path)
        check = run_json(cli, "check", "--format", "json", "--fail-on", "info", "--select", "TL", str(talk))
        fired = {finding["rule"] for finding in check["findings"]}
        for rule, should in score.expectations(label).items():
            agree += should == (rule in fired)
            total += 1
        slides = run_json(cli, "outline", "--format", "json", str(talk))["slides"]
        by_native = {n: slide for slide in reversed(slides) for n in score.native_numbers(slide)}
        for number, role, *_ in label.get("per_slide") or []:
            if role != "other" and int(number) in by_native:
                role_hits += by_native[int(number)]["role"] == role
                role_total += 1
    assert total > 50 and role_total > 200
    assert agree / total >= STORY_FLOOR, f"story verdicts agree on {agree}/{total}"
    assert role_hits / role_total >= ROLE_FLOOR, f"roles agree on {role_hits}/{role_total} slides"
