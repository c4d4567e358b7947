"""Whether a phrase is a sentence: a verb, from a trained pipeline's tags or from a verb list.

Without a trained spaCy pipeline talklint has no part-of-speech tags; the
verb list in ``rules/vocab/verbs.yaml`` and a few rules of English word order
stand in for them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from talklint.analysis.language import english_function_words
from talklint.resources import vocabulary

AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "has",
        "have",
        "had",
        "does",
        "do",
        "did",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "can't",
        "cannot",
        "won't",
        "couldn't",
        "wouldn't",
        "shouldn't",
        "didn't",
        "hasn't",
        "haven't",
        "doesn't",
        "don't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        # a pronoun with its verb: "It's a trade-off", "We're 3x faster"
        "it's",
        "that's",
        "there's",
        "here's",
        "he's",
        "she's",
        "i'm",
        "we're",
        "they're",
        "you're",
        "i've",
        "we've",
        "they've",
    ]
)
# Subjects after which a word is a verb, whatever it is: a pronoun that names people is never a noun's modifier.
_PERSONS = frozenset({"i", "we", "you", "they", "he", "she"})
# Plurals without an s count as subjects too: "Clinical data predict outcomes", "People trust robots that ask".
_SUBJECTS = _PERSONS | frozenset(
    ["it", "this", "that", "which", "who", "data", "people", "children", "men", "women", "criteria", "phenomena",
     "media", "mice",
     # Latin and Greek plurals of the sciences: "Coral larvae swim toward reef sounds", "Fungi grow in the dark"
     "larvae", "algae", "antennae", "vertebrae", "fungi", "nuclei", "stimuli", "bacteria", "cacti", "foci", "loci",
     "alumni", "hypotheses", "analyses", "theses", "crises", "diagnoses", "strata", "spectra", "genera"]
)  # fmt: skip
# Subjects that take a verb's "-s" in the present: a base form after them is a noun ("This talk", "it work").
_SINGULAR_PRONOUNS = frozenset({"this", "it"})
_MODIFIERS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "their",
        "its",
        "my",
        "your",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "and",
        "or",
        "by",
        "from",
        "these",
        "those",
        "some",
        "new",
        # a word counted is a noun: "Three questions after each session", "Many users quit"
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twelve",
        "twenty",
        "hundred",
        "thousand",
        "million",
        "many",
        "several",
        "few",
    ]
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ful", "less", "able", "ible")
# Nouns that end as adjectives do, and stand as a sentence's subject: "The cable arrives", "Every variable converges".
_NOUNS_ENDING_AS_ADJECTIVES = frozenset(
    {"cable", "table", "fable", "variable", "variables", "vegetable", "timetable", "turntable", "constable", "animal",
     "signal", "journal", "hospital", "capital", "terminal", "clinic", "topic", "mechanic", "relative", "executive",
     "library", "dictionary", "summary", "boundary", "secretary",
     # nouns made of a verb and "-al": "Joint retrieval recovers the atmosphere", "Approval takes a year"
     "retrieval", "removal", "approval", "arrival", "survival", "proposal", "referral", "renewal", "disposal",
     "withdrawal", "dismissal", "denial", "refusal", "reversal", "rebuttal", "rehearsal", "appraisal", "trial",
     # and nouns a talk's subject often is: "Our metric predicts …", "The objective rewards …"
     "metric", "heuristic", "logic", "traffic", "music", "public", "objective", "incentive", "alternative",
     "initiative", "derivative", "primitive", "adversary", "vocabulary", "material", "interval", "manual", "tutorial"}
)  # fmt: skip
# Adverbs that stand between a subject and its verb: "Robots still fail", "People rarely notice".
_ADVERBS = frozenset(
    ["still", "often", "rarely", "seldom", "always", "already", "now", "also", "only", "really", "even", "usually",
     "sometimes", "typically", "generally", "finally", "actually", "mostly", "quickly", "easily", "reliably",
     "silently", "suddenly", "consistently", "rapidly", "largely", "barely", "hardly", "frequently", "commonly",
     "increasingly", "simply", "just", "routinely", "quietly", "then", "never", "eventually", "later", "soon",
     "nearly", "almost"]
)  # fmt: skip


@dataclass(frozen=True)
class _Lexicon:
    base: frozenset[str]  # verbs as listed: "halve", "fail"
    inflected: frozenset[str]  # "halves", "halved", "failed", and the irregular forms
    third: frozenset[str]  # "halves", "models": the forms a plural noun shares
    verbs_only: frozenset[str]  # "halves", "converges": the "-s" forms a title hardly uses as nouns
    between: frozenset[str]  # "fed", "bound": pasts that are nouns too, verbs between a subject and its object
    past_as_base: frozenset[str]  # "hit", "cut": pasts spelled as the base, after a singular subject too
    nouns_in_s: frozenset[str]  # "tracks", "repairs": "-s" forms plural nouns share, verbs after "our system"


def _third_form(verb: str) -> str:
    """The "-s" form: "halves" of "halve", "carries" of "carry", "fixes" of "fix"."""
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else verb + "s"


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = vocabulary("verbs")
    # (verbs whose "-s" form is a plural noun in titles count in their other forms only: "Councils vote with …",
    # not "Party votes in parliament")
    nouns_in_s = frozenset(str(v).lower() for v in data.get("plural-nouns-too", ()))
    with_past = frozenset(str(v).lower() for v in data["verbs"]) | nouns_in_s
    base = with_past | {str(v).lower() for v in data.get("present-only", ())}
    third = {_third_form(v) for v in base - nouns_in_s}
    past = {
        (v + "d") if v.endswith("e") else (v[:-1] + "ied") if v.endswith("y") and v[-2:-1] not in "aeiou" else v + "ed"
        for v in with_past
    }
    past |= {v + v[-1] + "ed" for v in with_past if len(v) > 2 and v[-1] not in "aeiouwxy"}
    irregular = {str(v).lower() for v in data["irregular"]}
    verbs_only = frozenset(_third_form(str(v).lower()) for v in data.get("not-nouns", ()))
    between = frozenset(str(v).lower() for v in data.get("between-subject-and-object", ()))
    past_as_base = frozenset(str(v).lower() for v in data.get("past-as-base", ()))
    return _Lexicon(
        base,
        frozenset(third) | frozenset(past) | irregular,
        frozenset(third) - past - irregular,
        verbs_only,
        between,
        past_as_base,
        frozenset(_third_form(v) for v in nouns_in_s),
    )


# A word of letters standing alone (the "am" of "9am" or the "s" of "P2s" is no word of its own), a name of letters
# and digits as one word ("Fe4N", "ESP32", "9am": a subject, as a word is), a hyphenated compound as one word
# ("gradient-boosted trees", "cross-validated on 2010"), or a mark that ends a noun phrase.
_TOKEN = re.compile(r"\b(?=[a-z\d]*\d)(?=[a-z\d]*[a-z])[a-z\d]+\b|\b[a-z']+(?:-[a-z']+)*\b|[(),:;/&+–—]")
_PHRASE_ENDS = frozenset({"(", ")", ",", ":", ";", "/", "&", "+", "–", "—", "of", "for", "and", "or", None})
DETERMINERS = frozenset({"the", "a", "an", "our", "my", "their", "its", "this", "that", "each", "every"})
# What opens a verb's object; a plural noun is seldom followed by one ("Methods that …" is, so not "that").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "our", "my", "their", "its", "every", "each", "half", "most"})
# What follows a verb given as an order, and not a noun: its object's article or a pronoun ("Keep the human in
# the loop", "Ask them early"); "Design of experiments" and "Study area" stay topics.
_IMPERATIVE_OBJECTS = frozenset({"the", "a", "an", "your", "our", "them", "it", "us", "me", "everything", "nothing"})
# Orders that only present what comes ("Consider the following", "Recall the setup"): they state no point.
PRESENTING = frozenset({"consider", "recall", "note", "see", "meet", "revisit", "review", "define", "introduce"})


def has_verb(title: str, tags: Sequence[str] = ()) -> bool:
    """Whether a title is a sentence: a trained pipeline's part-of-speech tags, else the verb lexicon.

    Without tags, many words are nouns and verbs alike ("results", "model"):
    a listed verb counts only where a verb can stand — after a subject, not
    as the first word, and not after an article or an adjective.
    """
    if tags:
        return any(tag in ("VERB", "AUX") for tag in tags)
    words, after = _words(title)
    verbs = lexicon()
    joined = _NAMES_JOINED.match(title)
    if joined and joined.group(1) in verbs.base:
        return True  # two names joined are a plural subject: "Flint and Toledo use our maps to plan replacements"
    for position, word in enumerate(words):
        if word in AUXILIARIES:
            return True
        if position == 0:
            if word in verbs.inflected and word.endswith("ed") and words[1:2] == ["by"]:
                return True  # a passive with its agent: "Adopted by two state health departments"
            if word in _TAKEN_UP and words[1:2] and words[1] in _WHERE_TO and words[2:3] and _counted(words[2]):
                return True  # the work taken up, and where: "Deployed at three hospitals", "Licensed to two firms"
            if _TAKEN_UP_BY_A_NAME.match(title):
                return True  # ... or by whom, named: "Shipped in Azure SQL", "Adopted at the Mayo Clinic"
            if word in _FOUND_AGAIN and words[1:2] and words[1] in _WHERE_TO:
                return True  # a finding found again, and where: "Confirmed in mice", "Replicated in 3 cohorts"
            if word in _TAKEN_UP and (len(words) == 1 or (len(words) == 2 and words[1] in _HOW_FAR)):
                return True  # the work taken up, alone or how far: "Shipped", "Adopted upstream", "Deployed worldwide"
            if word in verbs.base and after[0] in _IMPERATIVE_OBJECTS and word not in PRESENTING:
                return True  # an imperative with its object: "Keep the human in the loop", "Ask them early"
            continue
        before = words[position - 1]
        subject = _before_adverbs(words, position)
        after_subject = subject in _SUBJECTS or plural(subject) or subject in AUXILIARIES
        modified = before in _MODIFIERS or (
            before.endswith(_ADJECTIVE_ENDINGS) and before not in _NOUNS_ENDING_AS_ADJECTIVES
        )
        # After a comma, a participle describes the noun before it or after it ("Hierarchical model, fitted in Stan",
        # "3-layer MLP, 256 hidden units"): no verb.
        described = after[position - 1] == "," and word.endswith(("ed", "en", "wn"))
        if (
            word in verbs.inflected
            and not modified
            and not described
            and not _plural_noun(word, after[position], words[:position])
        ):
            return True
        # (after "this" or "it" a verb takes its "-s": "This talk", "In this work" name a thing; "It works")
        singular = subject in _SINGULAR_PRONOUNS and not word.endswith("s")
        if word in verbs.base and after_subject and before not in _MODIFIERS and not singular:
            return True
        if word in verbs.nouns_in_s and _after_a_determined_noun(words[:position]) and _acts_on(words, after, position):
            return True  # after "our system", an "-s" form before its object is its verb: "Our system watches, …"
        if _redone(word) and after_subject and after[position] in _OBJECT_OPENERS | _IMPERATIVE_OBJECTS:
            return True  # a verb made with "re-", before its object: "Adjusters re-key everything"
        if word in verbs.between and after_subject and after[position] in _OBJECT_OPENERS:
            return True  # "Migrants fed the cities" (not "The Fed", nor "Error bound for …")
        if word in verbs.past_as_base and not modified and after[position] in _OBJECT_OPENERS:
            # a singular subject would take "hits" in the present: "Continuous batching hit a wall"
            return True
        if subject in _PERSONS and _past_form(word):
            return True  # a verb no list holds, told in the past by a person: "We prototyped a shared waitlist"
        if after[position] in _OBJECT_PRONOUNS and (
            word in verbs.base or word in verbs.inflected or word in verbs.nouns_in_s
        ):
            # only a verb or a preposition takes "us" or "them": "… and expect us to read their mind", "LeakFix
            # repairs them" (an "-s" form that plural nouns share, here a verb by its object)
            return True
        if word in verbs.base and before in _ADVERBS and position >= 2:
            return True  # an adverb between a noun and the word makes it a verb: "… a hospital lab now run it"
        if _third_person(word) and not modified and after[position] in _OBJECT_OPENERS:
            return True  # an "-s" word right before its object's article is a verb: "Shape noise swamps the signal"
        if word in verbs.base and not modified and _subject_before_a_phrase(words, position, after[position]):
            return True  # "Single iron atoms in carbon match platinum's activity"
        if word in verbs.base and _joined_subject(words, position) and after[position] in _OBJECT_OPENERS:
            return True  # two things joined are a plural subject: "A driver and an algorithm make the same mistake"
        if after_subject and not modified and _compared_as(words, position):
            return True  # a verb no list holds, compared: "Bilingual infants segment as well as monolinguals"
        if _relative_verb(words, position, after[position]):
            return True  # a verb no list holds, in a relative clause: "Phage cocktails that trap resistance"
        if _verb_after_an_adverb(words, position, after[position]):
            return True  # a verb no list holds, between its subject's adverb and its object: "States now copy the cap"
        if _verb_before_its_object(words, position, after[position]):
            return True  # a verb no list holds, before its object: "Cities dim their lights", "… misjudge them"
        if after_subject and not modified and _before_an_adverb(words, position):
            return True  # a verb no list holds, before its adverb: "Bridges crack silently", "Prices rise sharply"
        if after_subject and not modified and _past_form(word) and after[position] in _COMPARATIVES:
            return True  # a past form no list holds, compared: "Students of those teachers scored higher in math"
    return False


def _verb_after_an_adverb(words: Sequence[str], position: int, following: str | None) -> bool:
    """A word between a plural subject's adverb and its object's article is the verb: "States now copy the cap",
    "Clinics still fax the forms" (not "Results now available", "Students often the best judges": a modifier, a
    function word or a plural stands there)."""
    if position < 2 or words[position - 1] not in _ADVERBS or following not in _OBJECT_OPENERS:
        return False
    return plural(words[position - 2]) and _may_be_a_verb(words[position])  # not "Patients still near their homes"


def _acts_on(words: Sequence[str], after: Sequence[str | None], position: int) -> bool:
    """The word's object or another verb of its subject follows it: "The planner tracks the arm", "Our system
    watches, diagnoses and repairs" (not "The heat maps", "The normalizing flows of Section 2")."""
    following = after[position]
    if following in _OBJECT_OPENERS or following in _OWNERS_AND_PRONOUNS:
        return True
    return following == "," and position + 1 < len(words) and words[position + 1] in lexicon().inflected


def _before_an_adverb(words: Sequence[str], position: int) -> bool:
    """The word stands right before an adverb of manner that ends the title or a clause: "Bridges crack silently"."""
    following = words[position + 1] if position + 1 < len(words) else ""
    return following in _ADVERBS and following.endswith("ly") and words[position] not in _ADVERBS


# What opens a verb's object after a plural subject: an owner or a pronoun ("Readers misjudge them").
_OWNERS_AND_PRONOUNS = frozenset({"their", "its", "our", "my", "his", "her", "your", "them", "us", "me", "him"})
# What a verb's result is compared by, right after it ("scored higher", "recovered faster").
_COMPARATIVES = frozenset(
    {"higher", "lower", "better", "worse", "more", "less", "fewer", "faster", "slower", "longer", "shorter", "earlier"}
)
# Pronouns in the case of an object ("her" is a possessive as well: "Her thesis").
_OBJECT_PRONOUNS = frozenset({"us", "them", "me", "him"})
# Prepositions that spaCy's list of function words leaves out: "Robots near their limits".
_PREPOSITIONS = frozenset({"near", "inside", "outside", "despite", "versus", "amid", "like", "unlike"})


def _verb_before_its_object(words: Sequence[str], position: int, following: str | None) -> bool:
    """A word between a plural noun (and any adverbs) and a possessive or an object pronoun is the verb: "Cities
    dim their lights", "Farmers graft their own trees", "Readers misjudge them", "Three teams now gate their
    releases on it" (not "Students and their parents", "Patients near their homes", "Letters to them": a function
    word or a preposition joins them)."""
    if following not in _OWNERS_AND_PRONOUNS or not plural(_before_adverbs(words, position)):
        return False
    return _may_be_a_verb(words[position])


def _may_be_a_verb(word: str) -> bool:
    """A word no verb list holds that can still be one where it stands after its subject: a word of letters, not a
    function word, a preposition, a modifier, a plural, an adjective or an adverb ("near", "their", "best")."""
    # a verb made with its prefix is one word of letters: "Children of immigrants out-earn their parents"
    if not word.replace("-", "").isalpha() or plural(word) or word in _MODIFIERS:
        return False
    if word in english_function_words() or word in _PREPOSITIONS:
        return False
    return not word.endswith((*_ADJECTIVE_ENDINGS, "ly"))


_RELATIVES = frozenset({"that", "which", "who"})


def _relative_verb(words: Sequence[str], position: int, following: str | None) -> bool:
    """A word right after "that", "which" or "who" that follows a plural noun, with a word after it, is the
    clause's verb: "Cocktails that trap resistance", "Cells which shed spikes" (after a plural, "that" is no
    determiner; not "Tools that researchers use", whose "researchers" is the clause's subject)."""
    if position < 2 or words[position - 1] not in _RELATIVES or not plural(words[position - 2]):
        return False
    if following is None or not following[0].isalpha() or plural(words[position]) or words[position] in _MODIFIERS:
        return False
    return words[position].isalpha() and not words[position].endswith((*_ADJECTIVE_ENDINGS, "ly"))


# What others did with a work, told in the passive as a title opens ("Deployed at three hospitals in Jordan"),
# and where it went: a place counted or determined ("Trained on ImageNet" and "Applied to medical imaging" are
# the method's own steps, not the work taken up).
_TAKEN_UP = frozenset(
    {"deployed", "adopted", "shipped", "installed", "licensed", "released", "taught", "cited", "commercialised",
     "commercialized"}
)  # fmt: skip
_WHERE_TO = frozenset({"at", "in", "on", "to", "across", "into", "with"})  # "Deployed with the Finnish Road Authority"
# A finding found again, told by its verb alone: "Confirmed in mice", "Replicated across three cohorts".
_FOUND_AGAIN = frozenset({"confirmed", "replicated", "reproduced", "validated", "verified", "observed"})
_TAKEN_UP_BY_A_NAME = re.compile(
    rf"^\W*(?:{'|'.join(sorted(_TAKEN_UP))})\s+(?:{'|'.join(sorted(_WHERE_TO))})\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
_HOW_FAR = frozenset({"upstream", "widely", "worldwide", "nationwide", "nationally", "globally", "internationally"})
_COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "dozens", "hundreds",
     "thousands", "millions", "all", "every", "most", "many", "several"}
)  # fmt: skip


def _redone(word: str) -> bool:
    """A verb made with "re-" ("re-key", "re-run", "re-enter"): done again, whatever the word after the hyphen."""
    return word.startswith("re-") and word.count("-") == 1 and len(word) > 4


def _counted(word: str) -> bool:
    return word in DETERMINERS or word in _COUNT_WORDS or word[:1].isdigit()


def _past_form(word: str) -> bool:
    """A word with the ending of a past tense: "prototyped", "interviewed" (not "red", "need", "speed")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


# Prepositions that open a phrase between a subject and its verb: "atoms in carbon match …".
_PHRASE_PREPOSITIONS = frozenset({"in", "on", "with", "from", "at", "under", "inside"})


def _subject_before_a_phrase(words: Sequence[str], position: int, following: str | None) -> bool:
    """A plural subject, a preposition and its noun before the word, and the word's object after it ("Single
    iron atoms in carbon match platinum's activity"): the word is the subject's verb. Without an object after
    it ("Robots in warehouse work") the run may be one long noun, unless the phrase's noun has its article
    ("Waves on the ocean break")."""
    if position >= 4 and words[position - 2] in _ARTICLES and words[position - 3] in _PHRASE_PREPOSITIONS:
        # the phrase's noun has its article, so the run is no compound noun: "Waves on the ocean break" (a data
        # split ending the title is one: "Results on the test set", "Errors on the validation split")
        if following is None and words[position] in _SPLITS:
            return False
        return plural(words[position - 4])
    if position < 3 or words[position - 2] not in _PHRASE_PREPOSITIONS or not plural(words[position - 3]):
        return False
    return following is not None and (following in _OBJECT_OPENERS or following.endswith(("'s", "’s")))


# The parts data is split into, nouns that end a compound as often as they are verbs: "the test set".
_SPLITS = frozenset({"set", "sets", "split", "splits"})


# Two names joined by "and" as a title opens, then a word in lower case and its object's article or owner: "Flint and
# Toledo use our maps", "Google and Meta ship the codec" (the word is the verb the two share).
_NAMES_JOINED = re.compile(
    r"^\W*(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*))?\s+and\s+(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*))?\s+"
    r"(?-i:([a-z]+))\s+(?:the|a|an|our|my|their|its|every|each)\b",
    re.IGNORECASE,
)


def _joined_subject(words: Sequence[str], position: int) -> bool:
    """Two things joined by "and", each with its article, right before the word: "A driver and an algorithm
    (make …)". Their verb agrees with both, so a base form after them is one (before its object: "Search and the
    ranking model" ends on a noun)."""
    return (
        position >= 5
        and words[position - 2] in _ARTICLES
        and words[position - 3] == "and"
        and words[position - 5] in _ARTICLES
    )


def _compared_as(words: Sequence[str], position: int) -> bool:
    """The word is compared with "as … as" right after it ("segment as well as", "reason as often as"): what
    is compared after a subject is done, so the word is a verb."""
    return words[position + 1 : position + 2] == ["as"] and words[position + 3 : position + 4] == ["as"]


_ARTICLES = frozenset({"the", "a", "an"})


def plural(word: str) -> bool:
    """A plural by its ending: "robots", not "glass", "census", "analysis" nor the possessive "sysadmin's"."""
    return word.endswith("s") and not word.endswith(("ss", "'s", "us", "is"))


def _third_person(word: str) -> bool:
    """An "-s" word that can be a verb: not a function word that ends in "s" ("as", "towards", "versus")."""
    return plural(word) and len(word) > 3 and not word.endswith(("us", "is")) and word not in _S_ENDED_FUNCTION_WORDS


_S_ENDED_FUNCTION_WORDS = frozenset({"towards", "afterwards", "always", "perhaps", "whereas", "besides", "sometimes"})


def _words(text: str) -> tuple[list[str], list[str | None]]:
    """The text's words in lower case (a typeset apostrophe as typed), and for each the token after it (a
    word or a mark that ends a phrase), None after the last."""
    tokens = _TOKEN.findall(text.lower().replace("’", "'"))
    words: list[str] = []
    following: list[str | None] = []
    for index, token in enumerate(tokens):
        if token[0].isalnum() or token[0] == "'":
            words.append(token)
            following.append(tokens[index + 1] if index + 1 < len(tokens) else None)
    return words, following


def _plural_noun(word: str, following: str | None, earlier: Sequence[str]) -> bool:
    """An "-s" form that ends its phrase reads as a plural noun ("ML models (LLMs, …)", "Layer stacks for
    mirrors", "Blocks of code"), unless a determiner opened the sentence's subject ("The model converges")."""
    if word not in lexicon().third or word in lexicon().verbs_only or following not in _PHRASE_ENDS:
        return False
    if earlier and earlier[-1] in _TIME_ADVERBS:
        return False  # an adverb of time comes before a verb, not a noun: "Medicaid now pays for the program"
    if _after_a_determined_noun(earlier) and following != "of" and word not in _SPLITS:
        return False  # "The effect reverses for older adults", "Our method scales to large graphs"
    return following is not None or DETERMINERS.isdisjoint(earlier)


def _after_a_determined_noun(earlier: Sequence[str]) -> bool:
    """The title opens on a determiner and one singular noun: "The effect", "Our method" (not "The user tests")."""
    return len(earlier) == 2 and earlier[0] in DETERMINERS and not plural(earlier[1])


def _before_adverbs(words: Sequence[str], position: int) -> str:
    """The word before ``position``, past any adverbs: the subject of "Robots still fail"."""
    index = position - 1
    while index > 0 and words[index] in _ADVERBS:
        index -= 1
    if index > 1 and words[index] in _RATE_UNITS and words[index - 1] in _RATE_OPENERS:
        index -= 2  # a rate after the subject: "Ten photos a week beat a satellite"
    return words[index]


# Adverbs of time and habit, which stand before a verb ("now pays", "still relies") and not before a plural noun.
_TIME_ADVERBS = frozenset(
    {"now", "still", "already", "also", "never", "always", "often", "rarely", "seldom", "usually", "routinely"}
)

# A rate said after a count ("ten photos a week", "two visits per month"): the words between a subject and its verb.
_RATE_OPENERS = frozenset({"a", "an", "per", "each", "every"})
_RATE_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "session", "visit"})


# A quantity, a comparison or a contrast makes a verbless title a claim: "2x faster", "half the failures",
# "no retraining", "Checklists, not drugs", "Play data instead of demonstrations".
# A comparison: "sharper than", "faster", "fewer". Suggested titles (talklint.wording) use it too.
COMPARISON = r"\b\w+(?:er|est) than\b|\b(?:faster|slower|better|worse|fewer|cheaper|smaller|larger)\b"
# A number that measures something: a share, a multiplier, money, a count in millions, a change (a sign, an arrow,
# "from … to", "vs"), a rate ("9 in 10", "1,220 deaths a year") or a quantity in its unit ("40 ms"). Not a number
# that indexes ("Study 2", "Unrolled models - 1", "Run 1"), dates ("2010-2013"), counts a scope or a sample ("in 14
# cities", "Sample: 1,024 adults") or names ("1D CNN", "NNPDF 4.0", "ESP32", "ImageNet-1k"): of the corpus titles that
# state a claim only by a number, none is one.
_MEASURE = (
    r"\d\s?(?:%|×|x\b|-?fold\b|times\b)|[$€£¥]\s?\d|(?<![\w-])\d[\d,.]*\s?(?:million|billion|thousand|[kMB])\b"
    r"|\d\s+(?:[\w-]+\s+){0,3}?(?:a|per|each|every)\s+(?:second|minute|hour|day|week|month|year|shift)\b"
    r"|(?<![\w^])[+−]\d|\d\s*(?:→|->|vs\.?|versus)\s*\S*\d|\bfrom\s+\S*\d[^,;:]*?\bto\s+\S*\d"
    r"|\b\d+\s+(?:in|of|out\s+of)\s+\d+\b"
    r"|\d\s?(?:[mµn]?s|sec|seconds?|minutes?|mins?|hours?|GB|MB|TB|GiB|MiB|[kKMG]?W|kWh|km|cm|mm|nm|kg|mg|°C?|[kMG]?Hz|dB"
    r"|points?|pp)\b"
)
_CLAIM = re.compile(
    rf"{_MEASURE}|\b(?:half|twice|double|triple|fold|times|no|not|none|never|without|every|all|only|most|least|best|worst)\b"
    rf"|{COMPARISON}|\b(?:more|less)\b|\binstead\s+of\b|\brather\s+than\b"
    # a share said in words: "cut drop-off by a third", "two thirds of the calls" (not "Third aim", nor a span:
    # "A quarter century of work")
    r"|\b(?:a|one|two|three)\s+(?:third|quarter|fifth|tenth)s?\b(?!\s+centur)"
    # a comparison of equals: "Builds as fast as GCC -O2" (not "Models as well as data", "As far as we know")
    r"|\bas\s+(?!(?:well|soon|long|far|such|follows?)\b)[a-z]+\s+as\b",
    re.IGNORECASE,
)


# A label that announces what the speaker sets out to do, before the doing: "Our objective: accelerate MRI scans".
_AIM_LABEL = re.compile(
    r"^\W*(?:(?:our|my|the|key|main)\s+)?"
    r"(?:(?:objective|goal|aim|mission|idea|insight|plan|solution|next|strateg(?:y|ie))s?|approach(?:es)?)\s*:",
    re.IGNORECASE,
)


def states_claim(title: str, tags: Sequence[str] = ()) -> bool:
    """A verb, or a quantity or comparison, in the title or in the part after its label; after a label
    that announces an aim, a verb that opens the rest ("Idea: share the cache across requests")."""
    claim = title.split(":", 1)[1] if ":" in title else title
    return (
        has_verb(title, tags)
        or has_verb(claim)
        or bool(_CLAIM.search(claim))
        or _states_an_aim(title, claim)
        or _reports_the_uptake(title)
    )


def _reports_the_uptake(title: str) -> bool:
    """A label that says what became of the work ("Shipped: now the default ranker", "Adopted: three state
    agencies"): the label is the point, what follows it says where."""
    label, colon, rest = title.partition(":")
    return bool(colon and rest.strip()) and label.strip().lower() in _TAKEN_UP


def _states_an_aim(title: str, rest: str) -> bool:
    """After a label that announces an aim, a verb opens the rest: a listed verb ("Idea: share the cache"), or any
    word before its object's article ("Idea: slide the object to the edge first"; a noun there takes "of")."""
    words, _ = _words(rest)
    if not _AIM_LABEL.match(title) or len(words) < 2:
        return False
    first, second = words[0], words[1]
    before_its_object = second in DETERMINERS and first.isalpha() and first not in DETERMINERS
    return first in lexicon().base or (before_its_object and not first.endswith(("ing", "ion", "s")))
