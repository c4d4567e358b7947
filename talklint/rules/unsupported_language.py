"""The talk is mostly not in English.

What it flags:
    A talk whose function words are mostly those of another language
    (French, Spanish, German, Italian, Portuguese, Dutch, Norwegian, Danish,
    Swedish) or of another script (Japanese, Chinese, Korean, Russian, ...;
    Chinese and Japanese counted in words as translators reckon them, since
    a clause written without spaces is one token). A short talk is judged
    from fewer function words when three in four of them are another
    language's (a six-slide Dutch talk has "per" and "is" among sixteen).
    The slides decide, as the audience reads them: English slides over
    speaker notes in another language are an English talk, and a deck of
    pictures is judged by its notes. One info finding per talk; the rules
    that read English (the story's vision, problem and takeaways, jargon,
    readability, topic titles) then stay silent on it instead of flooding
    it with false findings. Structure and timing rules still apply.

Why it matters:
    talklint's vocabularies, word frequencies and readability formulas are
    English. A report on a French talk full of "rare words" would be noise;
    saying once that those rules were skipped is honest.

Flagged example:
    # Sur la structure exacte des modules

    - Les modules presque rigides et leur forme de Jordan

Better example:
    (an English talk; or accept the finding: structure and timing were still checked)

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    analysis = context.analysis
    if analysis.is_english:
        return
    yield Problem(
        message=(
            f"the talk is mostly not English ({analysis.english_share:.0%} of its function words are English); "
            "story and language rules were skipped"
        ),
        fix=(
            "Nothing to fix: structure and timing were checked; the story (vision, problem, takeaways), jargon, "
            "readability and title rules read English only"
        ),
    )


RULE = Rule(
    code="TL002",
    name="unsupported-language",
    category="input",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
