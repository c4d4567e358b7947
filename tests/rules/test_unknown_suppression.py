"""TL003 unknown-suppression: a talklint comment names a rule or role that does not exist."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write


def test_unknown_rule_in_a_suppression(tmp_path: Path) -> None:
    text = "---\nmarp: true\n---\n\n# Talk\n\n<!-- talklint: disable=text-walls,TL301 -->\n"
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL003")
    assert "unknown rule 'text-walls'" in finding.message
    assert finding.line == 7


def test_known_rules_in_suppressions_pass(tmp_path: Path) -> None:
    text = "---\nmarp: true\n---\n\n# Talk\n\n<!-- talklint: disable=missing-title,TL306 -->\n"
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL003")


def test_unknown_rule_in_pptx_notes(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "A", "notes": "talklint: disable=missing-titel"}])
    [finding] = by_code(lint(path), "TL003")
    assert finding.slide == 1
    assert "did you mean 'missing-title'?" in finding.fix
