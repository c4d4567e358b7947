"""YAML rules: every kind works, and every mistake is an error that says where."""

from __future__ import annotations

from pathlib import Path

import pytest

from talklint.declarative import load_rule_file
from talklint.errors import ConfigError
from tests.helpers import by_code, lint, write
from tests.rules.decks import marp

TALK = """
---
marp: true
---

# Talk

---

# We kind of think this works

- maybe it helps
- 1 2 3 4 5

<!-- perhaps -->

---

# Utilize the method
"""


def rule_folder(tmp_path: Path, name: str, text: str) -> Path:
    write(tmp_path / "my-rules", f"{name}.yaml", text)
    return tmp_path / "my-rules"


def run(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    rule_folder(tmp_path, name, text)
    return lint(write(tmp_path, "deck.md", TALK), rule_paths=["my-rules"])


def test_existence(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "my-hedging",
        """
        kind: existence
        code: ACME101
        tokens: [kind of, maybe, perhaps]
        message: "slide {slide} hedges: '{match}' ({scope})"
        fix: "Say it plainly: drop '{match}'"
        """,
    )
    findings = by_code(result, "ACME101")
    assert [(f.slide, f.message) for f in findings] == [
        (2, "slide 2 hedges: 'kind of' (title)"),
        (2, "slide 2 hedges: 'maybe' (body)"),
    ]  # notes are out of the default scope
    assert findings[0].rule == "my-hedging"


def test_substitution(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "plain-words",
        """
        kind: substitution
        code: ACME102
        level: info
        swap: {utilize: use}
        message: "'{match}' on slide {slide}"
        fix: "Write '{replacement}' instead of '{match}'"
        """,
    )
    [finding] = by_code(result, "ACME102")
    assert finding.fix == "Write 'use' instead of 'Utilize'"
    assert finding.severity.value == "info"


def test_occurrence(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "too-many-numbers",
        r"""
        kind: occurrence
        code: ACME103
        patterns: ['\b\d+\b']
        max: 4
        message: "slide {slide} has {count} numbers (limit {limit})"
        fix: "Keep the number that matters"
        """,
    )
    [finding] = by_code(result, "ACME103")
    assert finding.message == "slide 2 has 5 numbers (limit 4)"


def test_metric(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "few-bullets",
        """
        kind: metric
        code: ACME104
        metric: bullets
        max: 1
        message: "slide {slide} has {value} bullets (limit {limit})"
        fix: "Merge them"
        """,
    )
    assert [f.message for f in by_code(result, "ACME104")] == ["slide 2 has 2 bullets (limit 1)"]


def test_section_inside_and_outside_its_window(tmp_path: Path) -> None:
    text = """
        kind: section
        code: ACME105
        tokens: [utilize]
        window: [0, 0.5]
        message: "no method slide in slides {first}-{last}; found {found}"
        fix: "Move it earlier"
        """
    [finding] = by_code(run(tmp_path, "early-method", text), "ACME105")
    assert finding.message == "no method slide in slides 1-2; found slide 3 'Utilize the method'"
    assert finding.slide is None
    late = run(tmp_path, "early-method", text.replace("[0, 0.5]", "[0.5, 1]"))
    assert not by_code(late, "ACME105")


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("kind: existence\ncode: X1\nmessage: m\nfix: f\ntokens: [a]\ncolour: red\n", "key 'colour' → unknown key"),
        ("kind: existence\ncode: X1\nfix: f\ntokens: [a]\n", "key 'message' → expected a non-empty string"),
        ("kind: existence\ncode: X1\nmessage: m\nfix: f\ntokens: a\n", "key 'tokens' → expected a list of strings"),
        ("kind: spelling\ncode: X1\nmessage: m\nfix: f\n", "key 'kind' → unknown kind 'spelling'"),
        ("kind: metric\ncode: X1\nmessage: m\nfix: f\nmetric: words\n", "needs 'min' or 'max'"),
        ("kind: metric\ncode: X1\nmessage: m\nfix: f\nmetric: wordz\nmax: 1\n", "unknown metric 'wordz'"),
        ("kind: existence\ncode: X1\nmessage: '{nope}'\nfix: f\ntokens: [a]\n", "unknown placeholder '{nope}'"),
        ("kind: existence\ncode: x-1\nmessage: m\nfix: f\ntokens: [a]\n", "key 'code' → expected a code"),
        ("kind: existence\ncode: X1\nmessage: m\nfix: f\npatterns: ['(']\n", "invalid regular expression"),
        ("kind: existence\ncode: X1\nmessage: m\nfix: f\ntokens: [a]\nlevel: loud\n", "key 'level'"),
        ("kind: section\ncode: X1\nmessage: m\nfix: f\ntokens: [a]\nwindow: [1, 0]\n", "key 'window'"),
        ("kind: existence\ncode: X1\nmessage: m\nfix: f\ntokens: [a]\nscope: [footer]\n", "key 'scope'"),
        ("kind: existence\ncode: X1\nmessage: m\nfix: f\ntokens: [a]\ndecks-only: yes please\n", "key 'decks-only'"),
        ("- just\n- a list\n", "expected a mapping"),
        ("kind: [unclosed\n", "not valid YAML"),
    ],
)
def test_validation_errors_name_file_and_key(tmp_path: Path, body: str, error: str) -> None:
    path = tmp_path / "my-rule.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rule_file(path, "test")
    message = str(caught.value)
    assert message.startswith(str(path))
    assert error in message


def test_file_name_must_be_kebab_case(tmp_path: Path) -> None:
    path = write(tmp_path, "My_Rule.yaml", "kind: existence\ncode: X1\nmessage: m\nfix: f\ntokens: [a]\n")
    with pytest.raises(ConfigError, match="must be kebab-case"):
        load_rule_file(path, "test")


def test_duplicate_code_with_a_builtin_is_an_error(tmp_path: Path) -> None:
    rule_folder(tmp_path, "mine", "kind: existence\ncode: TL301\nmessage: m\nfix: f\ntokens: [a]\n")
    with pytest.raises(ConfigError, match="rule id 'TL301' is defined twice"):
        lint(write(tmp_path, "deck.md", TALK), rule_paths=["my-rules"])


def test_yaml_rules_read_backup_slides_only_with_lint_backup(tmp_path: Path) -> None:
    rule_folder(tmp_path, "no-synergy", "kind: existence\ncode: ACME001\ntokens: [synergy]\nmessage: m\nfix: f\n")
    talk = marp("# Talk", "# Plan\n\nOne claim.", "# Backup", "# Extra\n\nSynergy everywhere.")
    path = write(tmp_path, "deck.md", talk)
    assert not by_code(lint(path, rule_paths=["my-rules"]), "ACME001")
    assert [f.slide for f in by_code(lint(path, rule_paths=["my-rules"], lint_backup=True), "ACME001")] == [4]
