"""Web and e-mail addresses in a slide's text: names read aloud, not words of the sentence.

One definition for the parsers (a contact slide shows an address) and the
analysis (addresses are blanked out before words are counted and read).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A web address, with or without its scheme ("curricula.academicdashboards.org", "bit.ly/au_jobtalk"), or an
# e-mail address.
_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+")
_E_MAIL = re.compile(r"\b\S+@\S+\.\w+")
_TOP_DOMAIN = r"\.(?:com|org|net|edu|gov|io|ai|dev|app|info|ly|co|me|eu|uk|de|fr|ch|nl|ca|au|jp)\b"
_HAS_TOP_DOMAIN = re.compile(_TOP_DOMAIN)
_BARE_ADDRESS = re.compile(rf"\b[\w-]+(?:\.[\w-]+)*{_TOP_DOMAIN}(?:/\S*)?")
# The longest word that can be an address (an e-mail address has at most 254 characters). The patterns that
# start anywhere in a word are searched word by word and only in words this long at most: on a long run of
# dotted words ("a.a.a…") they would try every start and take time that grows as its square.
ADDRESS_CHARS = 254
_SPACES = re.compile(r"(\s+)")


def without_urls(text: str) -> str:
    """``text`` with its web and e-mail addresses blanked out, those without a scheme included."""
    text = without_web_or_mail(text)
    # The address without a scheme is searched for only where a top-level domain shows: it is slow to look for.
    if _HAS_TOP_DOMAIN.search(text):
        text = _in_words(_BARE_ADDRESS, text, lambda word: bool(_HAS_TOP_DOMAIN.search(word)))
    return text


def without_web_or_mail(text: str) -> str:
    """``text`` with its web addresses that have a scheme ("https://…", "www.…") and its e-mail addresses blanked
    out."""
    text = _WEB_ADDRESS.sub(" ", text)
    return _in_words(_E_MAIL, text, lambda word: "@" in word) if "@" in text else text


def shows_web_or_mail(text: str) -> bool:
    """``text`` holds a web address with its scheme or an e-mail address: blanking them out changes it."""
    return without_web_or_mail(text) != text


def _in_words(address: re.Pattern[str], text: str, may_hold: Callable[[str], bool]) -> str:
    """``text`` with each match of ``address`` blanked out, searched in the words (runs without a space) that may
    hold one and are short enough to be an address."""
    parts = _SPACES.split(text)
    return "".join(address.sub(" ", part) if len(part) <= ADDRESS_CHARS and may_hold(part) else part for part in parts)
