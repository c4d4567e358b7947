"""Talks, not documents: a talk repository also holds READMEs, changelogs, papers and reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from talklint.parsers.document import not_a_talk
from tests.helpers import write
from tests.pdf_fixtures import make_pdf, slide

README = "# talk-2026\n\nSlides for my job talk.\n\n## Building\n\nRun make.\n\n## License\n\nMIT\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("README.md", README),
        ("CHANGELOG.md", "# Changelog\n\n## 1.0\n\n- First talk\n"),
        ("docs/setup.md", "# Setup\n\n## Installation\n\npip install x\n\n## Usage\n\nrun it\n"),
        ("report.qmd", "---\ntitle: Report\nformat: html\n---\n\n## Results\n\nA table.\n"),
        ("analysis.Rmd", "---\ntitle: x\noutput: html_document\n---\n\n## Motivation\n\n## Results\n"),
        ("thoughts.md", "Some notes for myself about the garden.\n\nAnd more.\n"),
        ("gebruik.md", "# Hulpmiddel\n\n## Installatie\n\npip install x\n\n## Licentie\n\nMIT\n"),
        # a personal page's "About me" alone is no talk
        ("me.md", "# Jordan Lee\n\n## About me\n\nI like hiking.\n\n## Contact\n\njordan@example.org\n"),
        # a part of a Quarto talk, read where the talk includes it (Quarto renders no file whose name starts with _)
        ("_vision.qmd", "## Motivation\n\n- Air kills\n\n## My vision\n\n- A sensor per block\n"),
    ],
)
def test_documents_are_not_talks(tmp_path: Path, name: str, text: str) -> None:
    assert not_a_talk(write(tmp_path, name, text))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("plan.md", "# My talk\n\n## Motivation (3 min)\n\n## My vision\n\n## Takeaways\n"),
        ("README.md", "---\nmarp: true\n---\n\n# A talk in a README\n\n---\n\n# Second\n"),
        ("anything.md", "---\ntalklint: {duration: 20}\n---\n\n# Notes\n\nplain text\n"),
        ("job_talk_outline.md", "# Part one\n\ntext\n"),
        ("deck.md", "# One\n\na\n\n---\n\n# Two\n\nb\n\n---\n\n# Three\n\nc\n"),
        ("slides.qmd", "---\ntitle: x\nformat:\n  clean-revealjs:\n    footer: y\n---\n\n## One\n"),
        ("lecture.Rmd", "---\ntitle: x\noutput:\n  xaringan::moon_reader: default\n---\n\n# One\n"),
        ("empty.md", ""),
        # talks in other languages are talks too (and then get TL002)
        ("nl.md", "# Slimme netten\n\n## Het probleem\n\n- vol\n\n## Mijn visie\n\n## Conclusie\n\n## Vragen?\n"),
        ("zh.md", "# 智能电网\n\n## 研究动机\n\n## 方法\n\n## 总结与展望\n"),
        # a chalk talk: its aims, counted, and what is at stake
        ("crops.md", "# Chalk talk: plant immunity\n\n## Why it matters\n\n## Aim 1 (years 1-3)\n\n## Aim 2\n"),
        # a Pandoc deck whose headings name the speaker's programme and the conclusions
        ("edu.md", "% Who leaves engineering?\n\n# A leaky pipeline\n\n# My research program\n\n# Conclusions\n"),
        # an interview's portfolio talk: the speaker introduces themself and says what they would bring
        (
            "ux.md",
            "# Designing for caregivers\n\n## Hi, I'm Jordan\n\n## Project 1\n\n## What I'd bring to your team\n",
        ),
    ],
)
def test_talks_are_talks(tmp_path: Path, name: str, text: str) -> None:
    assert not_a_talk(write(tmp_path, name, text)) == ""


def test_latex_articles_and_portrait_pdfs_are_documents(tmp_path: Path) -> None:
    article = write(tmp_path, "paper.tex", "\\documentclass{article}\n\\begin{document}\nHi\n\\end{document}\n")
    beamer = write(
        tmp_path, "talk.tex", "\\documentclass[aspectratio=169]{beamer}\n\\begin{document}\n\\end{document}\n"
    )
    part = write(tmp_path, "sections/agenda.tex", "\\begin{frame}{Agenda}\\end{frame}\n")
    assert "LaTeX document (class 'article')" in not_a_talk(article)
    assert not_a_talk(beamer) == "" and not_a_talk(part) == ""
    paper = make_pdf(tmp_path / "paper.pdf", [slide("Abstract", "We study robots.")], size=(612, 792))
    deck = make_pdf(tmp_path / "deck.pdf", [slide("Robots", "We study robots.")])
    assert "portrait pages" in not_a_talk(paper)
    assert not_a_talk(deck) == ""


def test_folders_skip_documents_silently_and_named_ones_get_a_line(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "README.md", README)
    write(tmp_path, "talk.md", "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Why robots fail\n\nTODO\n")
    code, out, err = cli("check", str(tmp_path), "--no-color", "--select", "TL307")
    assert code == 1 and "talk.md" in out and "README" not in out + err
    code, out, err = cli("check", str(tmp_path / "README.md"), "--no-color")
    assert (code, out.strip()) == (0, "All checks passed (0 files).")
    assert err.strip() == (
        f"talklint: info: {(tmp_path / 'README.md').as_posix()}: not a talk (a project document (README.md)); "
        "skipped (add it to 'include' to lint it)"
    )


def test_include_makes_a_document_a_talk(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "README.md", README + "\nTODO\n")
    write(tmp_path, "talklint.toml", 'include = ["README.md"]\n')
    code, out, _ = cli("check", str(tmp_path), "--no-color", "--select", "TL307")
    assert code == 1 and "README.md" in out


def test_git_ignored_files_and_folders_are_not_discovered(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    talk = "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Why robots fail\n\nTODO\n"
    write(tmp_path, ".gitignore", "build-output/\n*.draft.md\n")
    write(tmp_path, "talks/.talklintignore", "old/\n")
    for name in ("talks/a.md", "talks/b.draft.md", "talks/old/c.md", "build-output/d.md", "talks/new/e.md"):
        write(tmp_path, name, talk)
    code, out, _ = cli("check", str(tmp_path / "talks"), "--no-color", "--select", "TL307", "--format", "json")
    import json

    assert code == 1
    found = sorted(Path(f["path"]).relative_to(tmp_path).as_posix() for f in json.loads(out)["findings"])
    assert found == ["talks/a.md", "talks/new/e.md"]


def test_exclude_and_per_file_ignores_use_git_style_globs(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    talk = "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Why robots fail\n\nTODO\n"
    for name in ("2024/job/talk.md", "2025/job/talk.md", "drafts/x/talk.md"):
        write(tmp_path, name, talk)
    write(tmp_path, "talklint.toml", 'exclude = ["drafts/"]\n[per-file-ignores]\n"2024/**/*.md" = ["TL307"]\n')
    code, out, _ = cli("check", str(tmp_path), "--no-color", "--select", "TL307")
    assert code == 1 and "2025/job/talk.md" in out and "2024" not in out and "drafts" not in out


BEAMER_MAIN = (
    "\\documentclass{beamer}\n\\title{Robots}\n\\begin{document}\n\\maketitle\n"
    "\\input{sections/agenda}\n\\end{document}\n"
)


def test_a_named_part_is_linted_as_its_talk_once(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    write(tmp_path, "talk.tex", BEAMER_MAIN)
    agenda = write(tmp_path, "sections/agenda.tex", "\\begin{frame}{Research agenda}\nTODO\n\\end{frame}\n")
    rooted = write(tmp_path, "other/part.tex", "% !TEX root = ../talk.tex\n\\begin{frame}{More}\nTODO\n\\end{frame}\n")
    code, out, err = cli("check", str(agenda), str(rooted), "--no-color", "--select", "TL307", "--format", "json")
    import json

    document = json.loads(out)
    assert [Path(f["path"]).name for f in document["files"]] == ["talk.tex"]
    assert code == 1 and err == ""


def test_a_named_markdown_part_is_linted_as_its_talk_once(tmp_path: Path, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    write(tmp_path, "deck/slides.md", "---\ntheme: default\n---\n\n# A deck\n\n---\nsrc: ./pages/results.md\n---\n")
    page = write(tmp_path, "deck/pages/results.md", "# Results\n\nTODO\n")
    write(tmp_path, "quarto/talk.qmd", "---\ntitle: A talk\nformat: revealjs\n---\n\n{{< include _parts/_a.qmd >}}\n")
    included = write(tmp_path, "quarto/_parts/_a.qmd", "{{< include _b.qmd >}}\n")
    nested = write(tmp_path, "quarto/_parts/_b.qmd", "## Results\n\nTODO\n")
    write(
        tmp_path,
        "knit/talk.Rmd",
        "---\ntitle: x\noutput: xaringan::moon_reader\n---\n\n```{r, child='intro.Rmd'}\n```\n",
    )
    child = write(tmp_path, "knit/intro.Rmd", "# Intro\n\nTODO\n")
    monkeypatch.chdir(tmp_path)
    named = [str(p.relative_to(tmp_path)) for p in (page, included, nested, child)] + ["deck/slides.md"]
    code, out, err = cli("check", *named, "--no-color", "--select", "TL307", "--format", "json")
    import json

    files = sorted(f["path"] for f in json.loads(out)["files"])
    assert files == ["deck/slides.md", "knit/talk.Rmd", "quarto/talk.qmd"]  # each talk once, as the user names paths
    assert code == 1 and err == ""


def test_force_exclude_applies_to_named_files(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    talk = write(tmp_path, "drafts/talk.md", "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Why\n\nTODO\n")
    write(tmp_path, "talklint.toml", 'exclude = ["drafts/"]\n')
    assert cli("check", str(talk), "--select", "TL307")[0] == 1
    assert cli("check", str(talk), "--select", "TL307", "--force-exclude")[0] == 0
    write(tmp_path, ".gitignore", "ignored.md\n")
    ignored = write(tmp_path, "ignored.md", "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Why\n\nTODO\n")
    assert cli("check", str(ignored), "--select", "TL307", "--force-exclude")[0] == 0
