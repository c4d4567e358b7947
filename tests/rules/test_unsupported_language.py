from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, codes, lint, write
from tests.rules.decks import marp

FRENCH = "Les modules presque rigides sont une classe de modules sur une algèbre avec des propriétés et des exemples"


def test_one_info_finding_and_no_language_findings(tmp_path: Path) -> None:
    slides = ["# Exposé"] + [f"# Résultats {n}\n\n{FRENCH} dans le cas {n} du CNOP." for n in range(6)]
    result = lint(write(tmp_path, "deck.md", marp(*slides)))
    [finding] = by_code(result, "TL002")
    assert finding.severity.value == "info"
    assert finding.message.endswith("; story and language rules were skipped")
    # the story rules (no vision, no problem, no takeaways in English words) and the language rules stay silent
    assert not {"TL101", "TL104", "TL106", "TL204", "TL205", "TL208", "TL303"} & set(codes(result))


def test_english_talk_passes(tmp_path: Path) -> None:
    slides = ["# Talk"] + [
        f"# Robots fail {n}\n\nThey do not know when they are about to fail, and they ask." for n in range(6)
    ]
    assert not by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL002")


NORWEGIAN = "Hvis jeg vil ha mest mulig sol på taket av huset mitt, bør jeg bygge det flatt eller skrått"


def test_a_norwegian_talk_is_set_aside_too(tmp_path: Path) -> None:
    slides = ["# Foredrag"] + [
        f"# Spørsmål {n}\n\n{NORWEGIAN}? Det er ikke så enkelt, og jeg skal vise hvorfor." for n in range(6)
    ]
    assert by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL002")


def test_a_short_dutch_talk_with_a_few_words_english_shares_is_set_aside(tmp_path: Path) -> None:
    """Sixteen function words, two of them English too ("per", "is"): too few to weigh as a long talk's are,
    but most of them Dutch."""
    slides = [
        "# Slimme netten voor een duurzame toekomst",
        "# Het probleem\n\n- Het net raakt vol: wachtlijsten voor nieuwe aansluitingen\n- Zon op het verkeerde moment",
        "# Mijn visie\n\nEen net dat zichzelf regelt, zodat iedereen kan aansluiten.",
        "# Aanpak\n\n- Voorspellen van vraag en aanbod per wijk\n- Flexibele tarieven",
        "# Resultaten\n\n- 20% meer capaciteit zonder nieuwe kabels",
        "# Conclusie\n\n- Slim regelen is goedkoper dan graven",
    ]
    result = lint(write(tmp_path, "deck.md", marp(*slides)))
    assert by_code(result, "TL002")
    assert not {"TL101", "TL104", "TL106", "TL204"} & set(codes(result))


def test_a_slide_in_another_language_is_not_graded_as_english(tmp_path: Path) -> None:
    english = "They do not know when they are about to fail, and they ask a person for help before it drops the cup."
    slides = ["# Talk"] + [f"# Robots fail {n}\n\n{english}" for n in range(6)]
    slides.append(
        f"# Noen fysikk spørsmål for dagen\n\n{NORWEGIAN}? Om jeg varierer vinkelen, hvordan påvirkes dagslyset?"
    )
    result = lint(write(tmp_path, "deck.md", marp(*slides)))
    assert not by_code(result, "TL002")
    assert not by_code(result, "TL204") and not by_code(result, "TL208")
