from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, lint, write
from tests.rules.decks import marp


def code(lines: int) -> str:
    return "```python\n" + "\n".join(f"x{n} = {n}" for n in range(lines)) + "\n```"


def test_long_listing(tmp_path: Path) -> None:
    text = marp("# Talk", f"# Loop\n\n{code(12)}", f"# Short\n\n{code(10)}")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL207")
    assert finding.message == "slide 2 shows 12 lines of python code (limit 10)"
    assert finding.line == 11  # the opening fence


def test_option_and_profile(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", marp("# Talk", f"# Loop\n\n{code(12)}"))
    assert not by_code(lint(path, rules={"code-on-slide": {"max-lines": 15}}), "TL207")
    assert not by_code(lint(path, profile="ml-engineer"), "TL207")


def test_two_long_listings_on_a_slide_are_one_finding(tmp_path: Path) -> None:
    text = marp("# Talk", f"# Loop\n\n{code(12)}\n\n{code(13)}")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL207")
    assert finding.message == "slide 2 shows 2 python listings of 12 and 13 lines (limit 10)"
    assert finding.line == 11  # the first listing


def test_a_beamer_listing_is_named_by_its_language_option_or_as_plain_code(tmp_path: Path) -> None:
    listing = "\n".join(f"x{n} = {n}" for n in range(12))
    frames = [
        f"\\begin{{frame}}[fragile]{{{title}}}\n\\begin{{lstlisting}}{options}\n{listing}\n\\end{{lstlisting}}\n\\end{{frame}}"
        for title, options in (("Loop", "[language=Python]"), ("Again", ""))
    ]
    body = "\n".join(frames)
    text = f"\\documentclass{{beamer}}\n\\usepackage{{listings}}\n\\begin{{document}}\n{body}\n\\end{{document}}\n"
    findings = by_code(lint(write(tmp_path, "talk.tex", text)), "TL207")
    assert [f.message for f in findings] == [
        "slide 1 shows 12 lines of Python code (limit 10)",
        "slide 2 shows 12 lines of code (limit 10)",
    ]
