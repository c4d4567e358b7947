from __future__ import annotations

from pathlib import Path

import pytest

from talklint.rules.topic_title import has_verb
from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("Results", False),
        ("Experimental setup", False),
        ("Our method halves the error", True),
        ("Caching cuts latency by 40%", True),
        ("Sodium cathodes last 4,000 cycles", True),
        ("A manufacturer ships it", True),
        ("Robots fail silently", True),
    ],
)
def test_verb_lexicon(title: str, verb: bool) -> None:
    assert has_verb(title) is verb  # the lexicon, used when no tags are given


def test_flags_topic_titles_not_structural_ones(tmp_path: Path) -> None:
    text = marp("# Talk", "# Results\n\nx", "# Our method halves the error\n\nx", "# Outline\n\nx", "# Questions?")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL303")
    assert finding.slide == 2
    assert finding.severity.value == "info"
    assert finding.message == "the title of slide 2 'Results' names a topic, not the point"


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Method"}])
    assert [f.slide for f in by_code(lint(path), "TL303")] == [2]


def test_trained_pipeline_tags_when_installed(tmp_path: Path) -> None:
    from tests.analysis.test_nlp import installed_model

    name = installed_model()
    if name is None:
        pytest.skip("no trained spaCy pipeline installed (none can be downloaded here)")
    from talklint.analysis.nlp import pipeline

    def tags(title: str) -> list[str]:
        return [t.pos_ for t in pipeline(name)(title)]

    assert has_verb("Sodium cathodes endure", tags("Sodium cathodes endure"))  # 'endure' is not in the verb list
    assert not has_verb("Experimental setup", tags("Experimental setup"))
