"""Build small Markdown decks for rule tests."""

from __future__ import annotations


def marp(*slides: str, duration: int | None = None) -> str:
    meta = f"talklint: {{duration: {duration}}}\n" if duration else ""
    return f"---\nmarp: true\n{meta}---\n\n" + "\n\n---\n\n".join(slides) + "\n"


def words(count: int, word: str = "robots") -> str:
    return " ".join([word] * count)


def outline(*units: tuple[str, str], duration: int = 30) -> str:
    """A Markdown outline: ``(title, body)`` per unit of the talk."""
    parts = [f"---\ntalklint: {{duration: {duration}}}\n---\n\n# A talk\n"]
    parts += [f"## {title}\n\n{body}\n" for title, body in units]
    return "\n".join(parts)


STRONG_UNITS = [
    ("Robots fail silently in homes", "Seven in ten failures go unnoticed, and owners stop trusting them."),
    ("My vision: robots that know what they do not know", "Within ten years every home robot should ask for help."),
    ("The idea: predict failure from uncertainty", "The robot learns how confident it should be."),
    ("Results: half the failures", "Silent failures fell from 70% to 31% across 40 homes."),
    ("Impact: a manufacturer ships it", "12,000 robots use our estimator; support calls fell by 40%."),
    ("What I learned", "The hard part was deciding when a question is worth a person's time."),
    (
        "Research agenda",
        "Years 1-2: explain uncertainty; goal: a study in 100 homes. Years 3-5: transfer; goal: one model.",
    ),
    ("Who I want to work with", "Colleagues in HCI and learning theory."),
    ("Takeaways", "Robots can predict their own failures; asking at the right time builds trust; next, my vision."),
]
