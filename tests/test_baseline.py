"""Adopting talklint on an existing talk: a baseline of today's findings."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import write
from tests.rules.decks import marp

SLIDES = ["# Talk", "# Results: TBD\n\n- more", "# Method: TODO\n\n- steps"]


def test_baseline_reports_only_new_findings(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", marp(*SLIDES))
    baseline = tmp_path / ".talklint-baseline.json"
    code, _, err = cli("check", str(path), "--select", "TL307", "--write-baseline", str(baseline))
    assert code == 1
    assert "recorded 2 findings" in err
    assert sum(json.loads(baseline.read_text(encoding="utf-8"))["fingerprints"].values()) == 2
    assert cli("check", str(path), "--select", "TL307", "--baseline", str(baseline))[0] == 0

    moved = marp(SLIDES[0], SLIDES[2], "# A new slide\n\nfine", SLIDES[1])
    path.write_text(moved, encoding="utf-8")
    assert cli("check", str(path), "--select", "TL307", "--baseline", str(baseline))[0] == 0  # moving keeps it

    edited = marp(SLIDES[0], SLIDES[1], "# Method: TODO\n\n- new steps", "# Extra: FIXME")
    path.write_text(edited, encoding="utf-8")
    code, out, _ = cli("check", str(path), "--select", "TL307", "--baseline", str(baseline), "--no-color")
    assert code == 1
    assert "TODO" in out and "FIXME" in out  # the edited slide and the new one
    assert "TBD" not in out


def test_bad_baseline_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", marp(*SLIDES))
    bad = write(tmp_path, "baseline.json", "{not json")
    code, _, err = cli("check", str(path), "--baseline", str(bad))
    assert code == 2
    assert "the baseline is not valid JSON" in err
