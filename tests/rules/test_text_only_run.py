from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp


def test_run_of_text_slides(tmp_path: Path) -> None:
    slides = ["# Talk\n\n![logo](logo.png)", *(f"# Text {n}\n\nwords" for n in range(5)), "# Chart\n\n![c](c.png)"]
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")
    assert finding.message == "slides 2-6 are 5 text-only slides in a row (limit 3)"
    assert finding.severity.value == "info"
    assert "for example a diagram on slide 4 'Text 2'" in finding.fix  # the middle, as a method's slide


def test_the_example_is_the_slide_a_visual_suits_best(tmp_path: Path) -> None:
    slides = [
        "# Robots that ask\n\n![logo](logo.png)",
        "# Robots fail silently in homes\n\n- Seven in ten failures go unnoticed",
        "# Robots that never ask break things\n\n- Prior robots guess and carry on",
        "# Our method predicts failure from uncertainty\n\n- The robot learns how confident to be",
        "# Results: half the failures\n\n- Silent failures fell from 70% to 31% across 40 homes",
        "# Research agenda\n\n- Years 1-2: explain uncertainty",
        "# Thank you",
    ]
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")
    assert finding.fix.endswith("for example a chart on slide 5 'Results: half the failures'")


def test_pictures_break_runs_and_outlines_are_skipped(tmp_path: Path) -> None:
    slides = [f"# Text {n}\n\nwords" + ("\n\n![c](c.png)" if n % 3 == 2 else "") for n in range(9)]
    assert not by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")
    outline = "# Talk\n\n" + "\n\n".join(f"## Unit {n}\n\nwords" for n in range(6))
    assert not by_code(lint(write(tmp_path, "talk.md", outline)), "TL211")


def test_pptx(tmp_path: Path) -> None:
    slides = [{"title": f"Text {n}", "bullets": ["x"]} for n in range(5)]
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "picture": True}, *slides])
    assert [f.slide for f in by_code(lint(path), "TL211")] == [2]


def test_the_title_thanks_and_closing_slides_are_not_part_of_a_run(tmp_path: Path) -> None:
    slides = [
        "# Robots That Ask for Help\n\nAda Lovelace, Analytical Engine Lab",
        *(f"# Text {n}\n\nwords" for n in range(3)),
        "# Chart\n\n![c](c.png)",
        *(f"# More {n}\n\nwords" for n in range(3)),
        "# Acknowledgements\n\nMy advisor, my committee. Funded by the NSF.",
        "# Thank you!\n\nada@example.org",
    ]
    assert not by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")


def test_an_outline_between_parts_ends_a_run_as_a_divider_does(tmp_path: Path) -> None:
    # A roadmap shown again before each part (Beamer's \againframe, a repeated "Outline") is a pause in the story,
    # not one more slide of text: five text slides around two roadmaps make no run longer than three.
    roadmap = "# Outline\n\n1. Why robots fail\n2. What we built\n3. What we found"
    slides = [
        "# Robots that ask\n\n![logo](logo.png)",
        "# Robots fail silently in homes\n\n- Seven in ten failures go unnoticed",
        "# Robots that never ask break things\n\n- Prior robots guess and carry on",
        roadmap,
        "# Our method predicts failure from uncertainty\n\n- The robot learns how confident to be",
        "# It asks before a grasp it doubts\n\n- One question in twenty grasps",
        roadmap,
        "# Results: half the failures\n\n- Silent failures fell from 70% to 31% across 40 homes",
        "# Thank you",
    ]
    assert not by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")
    without_roadmaps = [slide for slide in slides if slide != roadmap]
    [finding] = by_code(lint(write(tmp_path, "plain.md", marp(*without_roadmaps))), "TL211")
    assert finding.message.startswith("slides 2-6 are 5 text-only slides in a row")


def test_in_a_talk_not_in_english_the_example_names_no_visual(tmp_path: Path) -> None:
    french = [
        "# Les robots qui demandent de l'aide\n\n![logo](logo.png)",
        "# Les robots échouent en silence\n\n- Sept pannes sur dix passent inaperçues chez les gens",
        "# Notre méthode prédit les pannes\n\n- Le robot apprend quand il doit demander de l'aide",
        "# Les résultats sur quarante maisons\n\n- Les pannes silencieuses tombent de moitié dans les maisons",
        "# Ce que nous ferons ensuite\n\n- Des robots qui expliquent leurs doutes aux gens",
        "# Merci",
    ]
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp(*french))), "TL211")
    assert "— for example on slide " in finding.fix


def test_the_ending_of_plans_lessons_and_takeaways_is_words_by_nature(tmp_path: Path) -> None:
    opening = ["# Robots that ask\n\n![logo](logo.png)", "# Robots fail silently in homes\n\n![a failure](f.png)"]
    ending = [
        "# What I learned\n\n- Asking at the right time matters more than asking well",
        "# Research agenda\n\n- Years 1-2: explain uncertainty\n- Years 3-5: robots that teach people",
        "# Who I want to work with\n\n- Colleagues in HCI and learning theory",
        "# Takeaways\n\n- Robots can predict their own failures\n- Asking builds trust",
        "# Thank you",
    ]
    assert not by_code(lint(write(tmp_path, "ending.md", marp(*opening, *ending))), "TL211")
    # the same number of text slides of the method is a run
    method = [f"# Method step {n}\n\n- The robot learns how confident to be, step {n}" for n in range(1, 5)]
    [finding] = by_code(lint(write(tmp_path, "method.md", marp(*opening, *method, "# Thank you"))), "TL211")
    assert finding.message == "slides 3-6 are 4 text-only slides in a row (limit 3)"


def test_a_talk_not_in_english_counts_its_ending_as_text(tmp_path: Path) -> None:
    """The parts of a talk not in English are not read, so its ending is counted as any text slide is."""
    slides = [
        "# Réseaux de capteurs\n\n![logo](logo.png)",
        "# Le problème\n\n- Les capteurs tombent en panne sans prévenir dans les forêts",
        "# Notre méthode\n\n- Nous prédisons les pannes à partir de la tension de la batterie",
        "# Résultats\n\n- Les pannes imprévues baissent de moitié sur deux ans de mesures",
        "# Synthèse\n\n- Les pannes se prédisent, et les prédire change la maintenance des réseaux",
        "# Merci",
    ]
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")
    assert finding.message == "slides 2-5 are 4 text-only slides in a row (limit 3)"
