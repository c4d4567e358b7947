"""Compare what talklint reads from a Beamer source and from its exported PDF.

``python bench/beamer_vs_pdf.py`` reads each talk in ../shared/corpus that is
there both as ``.tex`` and as ``.pdf`` (multi-file decks are laid out as in
their repository first), and prints a Markdown table: slides found in each,
and how many slide titles agree, in order (as a reader would judge two titles:
nearly the same words, or one the start of the other).
"""

from __future__ import annotations

import difflib
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from talklint.parsers import parse_talk  # noqa: E402
from tests.helpers import CORPUS, corpus_checkout  # noqa: E402

PAIRS = {
    "ausmani23__jobtalk_crim__prez": "ausmani23__jobtalk_crim___jobtalk_crim",
    "MatthieuNICOLAS__2021-phd-defense__presentation": "MatthieuNICOLAS__2021-phd-defense__presentation",
    "xudongliu23__JobTalkResearch__research": "xudongliu23__JobTalkResearch__research",
    "zaccharieramzi__PhD-defense-presentation__mt180": "zaccharieramzi__PhD-defense-presentation__mt180",
}


def normalise(title: str) -> str:
    """Compare titles as words: ligatures, accents, apostrophes, spacing and math marks aside."""
    text = unicodedata.normalize("NFKD", title.replace("’", " ")).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def same_title(ours: str, theirs: str) -> bool:
    """Titles agree as a reader would judge them: nearly the same words, or one the start of the other.

    (A word from a macro defined in a file the corpus lacks is missing from the source's title.)
    """
    if ours == theirs:
        return True
    if not ours or not theirs:
        return False
    short, long_ = sorted((ours, theirs), key=len)
    return difflib.SequenceMatcher(a=ours, b=theirs).ratio() >= 0.8 or (
        long_.startswith(short) and len(short) >= 0.5 * len(long_)
    )


def matched_titles(ours: list[str], theirs: list[str]) -> int:
    """Titles that agree, slides aligned in order; within a replaced run, slides are paired one to one."""
    matcher = difflib.SequenceMatcher(a=ours, b=theirs, autojunk=False)
    matched = 0
    for operation, first, last, their_first, their_last in matcher.get_opcodes():
        if operation == "equal":
            matched += last - first
        elif operation == "replace":
            pairs = zip(ours[first:last], theirs[their_first:their_last], strict=False)
            matched += sum(same_title(a, b) for a, b in pairs)
    return matched


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit("../shared/corpus is not present")
    print("| talk | source slides | PDF pages | PDF slides | titles matched | parse s (tex / pdf) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as folder:
        for source, exported in PAIRS.items():
            start = time.perf_counter()
            deck = parse_talk(corpus_checkout(CORPUS / "beamer" / f"{source}.tex", Path(folder)))
            middle = time.perf_counter()
            pdf = parse_talk(CORPUS / "pdf" / f"{exported}.pdf")
            end = time.perf_counter()
            ours = [normalise(s.title) for s in deck.slides if not s.hidden]
            theirs = [normalise(s.title) for s in pdf.slides]
            matched = matched_titles(ours, theirs)
            print(
                f"| {source} | {len(ours)} | {pdf.metadata.get('pages')} | {len(theirs)} "
                f"| {matched} of {max(len(ours), len(theirs))} | {middle - start:.2f} / {end - middle:.2f} |"
            )


if __name__ == "__main__":
    main()
