"""Readability and word frequencies work offline and never download anything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

GUARDED_RUN = r"""
import socket, sys

def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")

socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from talklint.analysis.language import grade, zipf
from talklint.analysis import analyse
from talklint.parsers import parse_talk
from pathlib import Path

text = "The robot estimates its own competence before it acts. " * 6
print("GRADE", round(grade(text), 2))
print("ZIPF", zipf("robot") > 3, zipf("heteroscedastic") < 1)
talk = parse_talk(Path(sys.argv[1]))
print("DETAIL", analyse(talk).slides[1].metrics["detail"] >= 0)
print("NLTK", "nltk" in sys.modules)
"""


def test_no_network_and_no_writes_to_home_but_the_cache(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    talk = tmp_path / "talk.md"
    talk.write_text("# T\n\n## Robots\n\n" + "Robots ask for help when they are unsure. " * 8, encoding="utf-8")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "NLTK_DATA": str(tmp_path / "nltk_data")}
    result = subprocess.run(
        [sys.executable, "-c", GUARDED_RUN, str(talk)], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert 0 < float(lines["GRADE"]) < 12
    assert lines["ZIPF"] == "True True"
    assert lines["DETAIL"] == "True"
    assert lines["NLTK"] == "False"
    # The only things written are the word index, the vocabulary's phrases and the compiled patterns of uptake, in
    # the user cache folder.
    written = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert [name.split("/")[2] for name in written] == ["lexicon", "patterns", "vocabulary"], written
    assert all(name.startswith(".cache/talklint/") for name in written), written
    assert not (tmp_path / "nltk_data").exists()


def test_readability_is_deterministic() -> None:
    from talklint.analysis.language import grade

    text = "Caching halves the latency of every request we measured in production last year."
    assert grade(text) == grade(text)
    assert round(grade(text), 1) == round(grade(text + " "), 1)
