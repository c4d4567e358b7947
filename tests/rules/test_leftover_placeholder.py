from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, lint, write


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Results: TBD", "TBD"),
        ("TODO add the 2025 numbers", "TODO"),
        ("Lorem ipsum dolor sit amet", "Lorem ipsum"),
        ("Click to add text", "Click to add text"),
        ("FIXME", "FIXME"),
        ("Marc Kissel, XXXXX, Appalachian State University", "XXXXX"),  # a run of X left for the department
    ],
)
def test_flags_placeholders_in_title_or_body(tmp_path: Path, text: str, match: str) -> None:
    path = write(tmp_path, "talk.md", f"# Talk\n\n## Results\n\n{text}\n")
    [finding] = by_code(lint(path), "TL307")
    assert f"'{match}'" in finding.message
    assert f"Replace '{match}' on slide 2" in finding.fix


@pytest.mark.parametrize(
    "text", ["todo lists help", "A tbd-free slide", "TODOS", "Our clickable demo", "Super Bowl XXXVI"]
)
def test_ordinary_words_pass(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, "talk.md", f"# Talk\n\n## Results\n\n{text}\n")
    assert not by_code(lint(path), "TL307")


@pytest.mark.parametrize(
    "text",
    [
        "Random filler text (Lorem Ipsum) breaks the search",
        "Generators give “Lorem ipsum” or 「Lorem Ipsum」",
        "TODO comments are a smell",  # the markers as the talk's topic
        "Developers leave FIXME notes in 12% of scripts",
        'Rules tagged "TODO" fail twice as often',
    ],
)
def test_placeholder_named_as_a_subject_passes(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, "talk.md", f"# Talk\n\n## Why test data\n\n{text}\n")
    assert not by_code(lint(path), "TL307")


def test_placeholder_opening_a_bracket_is_still_left(tmp_path: Path) -> None:
    path = write(tmp_path, "talk.md", "# Talk\n\n## Results\n\nThe data (lorem ipsum dolor sit amet)\n")
    [finding] = by_code(lint(path), "TL307")
    assert "'lorem ipsum'" in finding.message


def test_notes_are_not_checked(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", "---\nmarp: true\n---\n\n# Talk\n\n<!-- TODO: rehearse -->\n")
    assert not by_code(lint(path), "TL307")


def test_pptx_template_title(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Click to add title", "layout": 0}, {"title": "Fine"}])
    assert [f.slide for f in by_code(lint(path), "TL307")] == [1]
