"""LaTeX Beamer talks written in the tests, one construct at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from talklint.errors import ParseError
from talklint.model import Bullet, CodeBlock, DirectiveAction, Image, MathBlock, Paragraph, Table, Talk
from talklint.parsers import parse_talk
from tests.helpers import codes, lint, texts, write

PREAMBLE = r"""
\documentclass{beamer}
\title[Short]{Robots That Ask for Help}
\author{Ada Lovelace}
\institute{Analytical Engine Lab}
\begin{document}
"""


def deck(tmp_path: Path, body: str, name: str = "talk.tex") -> Talk:
    return parse_talk(write(tmp_path, name, PREAMBLE + body + "\n\\end{document}\n"))


def test_frames_titles_subtitles_and_title_page(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}[plain]
  \titlepage
\end{frame}
\begin{frame}[t]{The problem}{Why robots fail}
  Robots fail silently in homes.
\end{frame}
\begin{frame}
  \frametitle{Our idea}
  \framesubtitle{Ask early}
  Ask before failing.
\end{frame}
\frame{\frametitle{Old style} Text in a frame macro.}
""",
    )
    assert talk.format == "beamer" and talk.title == "Robots That Ask for Help"
    # A frame's subtitle stands in its title bar: the audience reads "Title: subtitle" as its title.
    titles = ["Robots That Ask for Help", "The problem: Why robots fail", "Our idea: Ask early", "Old style"]
    assert [s.title for s in talk.slides] == titles
    assert texts(talk.slides[0]) == ["Ada Lovelace", "Analytical Engine Lab"]
    assert texts(talk.slides[1]) == ["Robots fail silently in homes."]
    assert texts(talk.slides[2]) == ["Ask before failing."]
    assert texts(talk.slides[3]) == ["Text in a frame macro."]
    assert [s.location.line for s in talk.slides] == [7, 10, 13, 18]


def test_overlays_build_one_slide_and_leave_no_marks(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}<1-3>{Builds}
  \begin{itemize}
    \item<1-> First \pause
    \item<2-> Second
    \item[3.]<+> Third, labelled
  \end{itemize}
  \only<3>{Only on the third.} \uncover<2->{Uncovered.} \onslide<3> \visible<2>{Visible.}
\end{frame}
\begin{frame}<0>{Never shown}
  Cut.
\end{frame}
""",
    )
    assert len(talk.slides) == 2
    builds = talk.slides[0]
    bullets = [(b.text, b.level) for b in builds.blocks if isinstance(b, Bullet)]
    assert bullets == [("First", 1), ("Second", 1), ("Third, labelled", 1)]
    assert texts(builds)[-1] == "Only on the third. Uncovered. Visible."
    assert not any("<" in text for text in texts(builds))
    assert talk.slides[1].hidden


def test_notes_sections_and_appendix(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\section{Introduction}
\begin{frame}{Motivation}
  Text.
  \note{Say why it matters.}
  \note[item]{Pause here.}
\end{frame}
\note{Said after the frame.}
\subsection{Details}
\begin{frame}{Method} Text. \end{frame}
\appendix
\begin{frame}{Extra proof} Text. \end{frame}
""",
    )
    motivation, method, _ = talk.slides
    assert motivation.notes == "Say why it matters.\n- Pause here.\nSaid after the frame."
    assert motivation.section == "Introduction"
    assert method.section == "Introduction / Details"
    assert [s.backup for s in talk.slides] == [False, False, True]
    assert [s.number for s in talk.content_slides] == [1, 2]


def test_lists_with_nesting_numbers_and_descriptions(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Lists}
  \begin{enumerate}
    \item Collect data
    \begin{itemize}
      \item from \textbf{homes}
      \item from labs \cite{smith2020}
    \end{itemize}
    \item Train
  \end{enumerate}
  \begin{description}
    \item[Recall] of failures
  \end{description}
\end{frame}
""",
    )
    bullets = [(b.text, b.level, b.ordered) for b in talk.slides[0].blocks if isinstance(b, Bullet)]
    assert bullets == [
        ("Collect data", 1, True),
        ("from homes", 2, False),
        ("from labs", 2, False),
        ("Train", 1, True),
        ("Recall: of failures", 1, False),
    ]


def test_math_tables_code_pictures_blocks_and_columns(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}[fragile]{Everything}
  \begin{columns}
    \begin{column}{0.5\textwidth}
      Inline $E = mc^2$ here.
      \begin{equation} a = b \end{equation}
      \begin{align*} x &= 1 \\ y &= 2 \end{align*}
      \[ z \] $$ w $$
    \end{column}
    \begin{column}{0.5\textwidth}
      \includegraphics[width=\linewidth]{figures/robot.png}
      \begin{tikzpicture} \node {A}; \end{tikzpicture}
    \end{column}
  \end{columns}
  \begin{tabular}{lr}
    \toprule
    model & error \\
    ours & 3\% \\
  \end{tabular}
  \begin{lstlisting}[language=Python]
x = {1: "%"}
  \end{lstlisting}
  \begin{verbatim}
\begin{itemize} not latex
  \end{verbatim}
  \begin{minted}{rust}
fn main() {}
  \end{minted}
  \begin{alertblock}{Key result}
    Robots ask early.
  \end{alertblock}
\end{frame}
""",
    )
    slide = talk.slides[0]
    inline = next(b for b in slide.blocks if isinstance(b, Paragraph) and "mc^2" in b.text)
    assert inline.inline_math == ("E = mc^2",)
    assert [b.text for b in slide.blocks if isinstance(b, MathBlock)] == ["a = b", r"x &= 1 \\ y &= 2", "z", "w"]
    assert [b.source for b in slide.blocks if isinstance(b, Image)] == ["figures/robot.png", "tikzpicture"]
    table = next(b for b in slide.blocks if isinstance(b, Table))
    assert table.rows == (("model", "error"), ("ours", "3%"))
    code = [(b.text.strip(), b.language) for b in slide.blocks if isinstance(b, CodeBlock)]
    assert code == [('x = {1: "%"}', "Python"), (r"\begin{itemize} not latex", ""), ("fn main() {}", "rust")]
    assert "Key result" in texts(slide) and "Robots ask early." in texts(slide)
    assert not any("itemize" in text for text in texts(slide))


def test_comments_are_ignored_and_directives_are_kept(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
% \begin{frame}{Commented out} Gone. \end{frame}
\begin{frame}{Kept}
  Costs 5\% less. % a remark for me
  % talklint: disable=TL201
\end{frame}
\iffalse
\begin{frame}{Also gone} \end{frame}
\fi
\begin{comment}
\begin{frame}{Gone too} \end{frame}
\end{comment}
% talklint: disable-next-slide
\begin{frame}{Next} Text. \end{frame}
""",
    )
    assert [s.title for s in talk.slides] == ["Kept", "Next"]
    assert texts(talk.slides[0]) == ["Costs 5% less."]
    actions = [(d.action, d.rules, d.slide) for d in talk.directives]
    assert actions == [(DirectiveAction.DISABLE, ("TL201",), 1), (DirectiveAction.DISABLE_NEXT_SLIDE, (), 1)]


def test_inputs_are_followed_with_lines_in_the_right_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, "sections/intro.tex", "\\begin{frame}{Intro}\n  Hello.\n\\end{frame}\n")
    write(tmp_path, "sections/loop.tex", "\\input{sections/loop}\n\\begin{frame}{Loop} x \\end{frame}\n")
    talk = deck(
        tmp_path,
        r"""
\input{sections/intro}
\include{sections/intro.tex}
\input{sections/missing}
\input{sections/loop}
\input{../outside}
""",
    )
    assert [s.title for s in talk.slides] == ["Intro", "Intro", "Loop"]
    intro = talk.slides[0]
    assert intro.location.source == tmp_path / "sections" / "intro.tex" and intro.location.line == 1
    assert intro.blocks[0].location.line == 2
    messages = [w.message for w in talk.warnings]
    assert any("'sections/missing' at line 9 not found" in m for m in messages)
    assert any("circular" in m for m in messages)
    assert (tmp_path / "sections" / "intro.tex") in talk.included


def test_input_outside_the_repository_is_not_read(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    write(tmp_path, "secret.tex", "\\begin{frame}{Secret} x \\end{frame}\n")
    talk = deck(repo, "\\begin{frame}{Mine} x \\end{frame}\n\\input{../secret}\n")
    assert [s.title for s in talk.slides] == ["Mine"]
    assert any("outside the repository" in w.message for w in talk.warnings)


def test_frame_macros_defined_by_the_talk(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "talk.tex",
        r"""
\documentclass{beamer}
\newcommand{\frameT}[2]{\frame{\frametitle{#1} #2}}
\newcommand{\frameB}[2]{\begin{frame}[t]{#1}#2\end{frame}}
\def\contents{\frame{\frametitle{Contents}\tableofcontents}}
\begin{document}
\frameT{Preferences}{
  \begin{itemize} \item Cars \item Colours \end{itemize}
}
\frameB{Trees}{Trees order choices.}
\contents
\end{document}
""",
    )
    talk = parse_talk(path)
    assert [s.title for s in talk.slides] == ["Preferences", "Trees", "Contents"]
    assert texts(talk.slides[0]) == ["Cars", "Colours"]
    assert texts(talk.slides[1]) == ["Trees order choices."]
    assert talk.slides[0].blocks[0].location.line == 7


def test_section_template_frames_appear_at_each_section(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\AtBeginSection[]{
  \begin{frame}{Outline}
    \tableofcontents[currentsection]
  \end{frame}
}
\section{One}
\begin{frame}{First} x \end{frame}
\section*{Unnumbered}
\section{Two}
\begin{frame}{Second} x \end{frame}
""",
    )
    assert [s.title for s in talk.slides] == ["Outline", "First", "Outline", "Second"]
    # The overview lists the numbered sections, as on screen, not the option "[currentsection]".
    assert texts(talk.slides[0]) == ["One", "Two"]


def test_a_frame_shown_again_by_its_label_is_a_slide_where_againframe_stands(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}<1-3>[fragile,label=plan]{Plan}
  \begin{enumerate}
    \item<1-> Why robots fail
    \item<2-> What we built
  \end{enumerate}
\end{frame}
\section{Why robots fail}
\begin{frame}{Robots drop one thing in three} x \end{frame}
\againframe<2>{plan}
\againframe{nowhere}
\appendix
\againframe[label=again]{plan}
""",
    )
    titles = ["Plan", "Robots drop one thing in three", "Plan", "Plan"]
    assert [s.title for s in talk.slides] == titles
    assert [s.number for s in talk.slides] == [1, 2, 3, 4]
    again = talk.slides[2]
    # The frame as it was, standing where it is shown again (a label no frame has shows nothing).
    assert texts(again) == ["Why robots fail", "What we built"]
    assert again.section == "Why robots fail" and not again.backup
    source = (tmp_path / "talk.tex").read_text().splitlines()
    assert again.location is not None and source[again.location.line - 1] == r"\againframe<2>{plan}"
    assert talk.slides[3].backup


def test_section_template_frames_set_in_the_preamble_appear_at_each_section(tmp_path: Path) -> None:
    source = r"""\documentclass{beamer}
\AtBeginSection[]{\begin{frame}{Outline}\tableofcontents[currentsection]\end{frame}}
\begin{document}
\section{One}
\begin{frame}{First} x \end{frame}
\section{Two}
\begin{frame}{Second} x \end{frame}
\end{document}
"""
    talk = parse_talk(write(tmp_path, "talk.tex", source))
    assert [s.title for s in talk.slides] == ["Outline", "First", "Outline", "Second"]


def test_section_pages_show_the_section_they_open(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\AtBeginSection[]{\begin{frame}\centering\huge \insertsection\end{frame}}
\section{Why robots fail}
\begin{frame}{First} x \end{frame}
\section*{Aside}
\section{What we built}
\begin{frame}[plain] \Huge \thesection. \insertsection \end{frame}
""",
    )
    # A frame that shows one short line takes it as its title, as the audience reads it.
    assert [s.title for s in talk.slides] == ["Why robots fail", "First", "What we built", "2. What we built"]


def test_beamers_own_section_page_shows_the_section_it_opens(tmp_path: Path) -> None:
    source = r"""\documentclass{beamer}
\AtBeginSection[]{\begin{frame}\sectionpage\end{frame}}
\AtBeginSubsection[]{\begin{frame}\subsectionpage\end{frame}}
\begin{document}
\section{Why robots fail}
\begin{frame}{Robots drop one thing in three} x \end{frame}
\subsection{In homes}
\begin{frame}{Clutter hides the grasp} x \end{frame}
\end{document}
"""
    path = write(tmp_path, "talk.tex", source)
    titles = ["Why robots fail", "Robots drop one thing in three", "In homes", "Clutter hides the grasp"]
    assert [s.title for s in parse_talk(path).slides] == titles
    assert "TL306" not in codes(lint(path))  # a section page is not an empty slide


def test_section_templates_written_with_the_frame_command_appear_at_each_section(tmp_path: Path) -> None:
    source = r"""\documentclass{beamer}
\AtBeginSection[]{\frame{\frametitle{Outline}\tableofcontents[currentsection]}}
\begin{document}
\AtBeginSubsection[]{\frame{\subsectionpage}}
\section{Why robots fail}
\begin{frame}{Robots drop one thing in three} x \end{frame}
\subsection{In homes}
\begin{frame}{Clutter hides the grasp} x \end{frame}
\end{document}
"""
    talk = parse_talk(write(tmp_path, "talk.tex", source))
    titles = ["Outline", "Robots drop one thing in three", "In homes", "Clutter hides the grasp"]
    assert [s.title for s in talk.slides] == titles


def test_metropolis_section_pages_the_talk_asks_for_are_slides(tmp_path: Path) -> None:
    body = r"""
\section{Problem}
\begin{frame}{First} x \end{frame}
\metroset{sectionpage=progressbar}
\section{Method}
\metroset{sectionpage=none}
\begin{frame}{Second} x \end{frame}
"""
    talk = parse_talk(
        write(
            tmp_path,
            "talk.tex",
            PREAMBLE.replace("\\title", "\\usetheme{metropolis}\n\\title") + body + "\\end{document}\n",
        )
    )
    # The theme's implicit default page is not one of the talk's frames; the one it asks for is.
    assert [s.title for s in talk.slides] == ["First", "Method", "Second"]


def test_metropolis_section_pages_asked_for_in_the_theme_options_are_slides(tmp_path: Path) -> None:
    body = r"""
\section{Problem}
\begin{frame}{First} x \end{frame}
\section{Method}
\begin{frame}{Second} x \end{frame}
"""
    theme = "\\usetheme[sectionpage=progressbar]{metropolis}\n\\title"
    talk = parse_talk(write(tmp_path, "talk.tex", PREAMBLE.replace("\\title", theme) + body + "\\end{document}\n"))
    assert [s.title for s in talk.slides] == ["Problem", "First", "Method", "Second"]


def test_a_molecules_counts_in_a_title_read_as_the_audience_reads_them(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Turnover: 4,350 equivalents of NH$_3$ per Mo}
  x
\end{frame}
\begin{frame}{Scores $s_i$ and the threshold $q_{1-\alpha}$}
  x
\end{frame}
""",
    )
    # an atom's count is a digit of the name; a variable's index stays as written
    assert [s.title for s in talk.slides] == [
        "Turnover: 4,350 equivalents of NH3 per Mo",
        "Scores s_i and the threshold q_1-α",
    ]


def test_tex_quotation_marks_read_as_typeset(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{What does `symbolic' actually mean?}
  ``Symbols'' are the model's own; it's a claim.
\end{frame}
""",
    )
    assert talk.slides[0].title == "What does ‘symbolic’ actually mean?"
    assert texts(talk.slides[0]) == ["“Symbols” are the model's own; it's a claim."]


def test_titles_leave_out_footnotes_citations_and_frame_options(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Data Science\ccite{Hoehndorf2017}}
  Text with a citation\parencite[p.~3]{lloyd1990} in it.
\end{frame}
\begin{frame}{Results: car evaluation\footnote{http://example.org/data}}
  x
\end{frame}
\begin{frame}[standout]
  And with concurrent renames?
\end{frame}
\begin{frame}[standout]
  How can we cut the cost of resolving conflicts in \alert{peer-to-peer} applications without a server?
\end{frame}
""",
    )
    assert [s.title for s in talk.slides] == [
        "Data Science",
        "Results: car evaluation",
        "And with concurrent renames?",
        # A standout frame's one statement is what it says, however long.
        "How can we cut the cost of resolving conflicts in peer-to-peer applications without a server?",
    ]
    assert texts(talk.slides[0]) == ["Text with a citation in it."]


def test_input_paths_written_with_the_talks_own_macros(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, "content/parts/intro.tex", "\\begin{frame}{From a part} x \\end{frame}\n")
    talk = deck(tmp_path, "\\newcommand{\\parts}{content/parts}\n\\input{\\parts/intro}\n")
    assert [s.title for s in talk.slides] == ["From a part"]
    assert not talk.warnings


def test_a_main_file_whose_frames_are_all_in_missing_inputs_names_them(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="inputs 'sections/intro', 'sections/results' were not found"):
        deck(tmp_path, "\\input{sections/intro}\n\\input{sections/results}\n")


def test_unbalanced_braces_inside_overlays_stay_inside_their_frame(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Broken}
  \begin{itemize}
    \uncover<2->{\item limits:
    \begin{itemize} \item strong assumptions}
    \end{itemize}
  \end{itemize}
\end{frame}
\begin{frame}{After} Still here. \end{frame}
""",
    )
    assert [s.title for s in talk.slides] == ["Broken", "After"]
    assert texts(talk.slides[1]) == ["Still here."]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("\\documentclass{article}\n\\begin{document}\nJust a paper.\n\\end{document}\n", "no Beamer frames"),
        ("\\documentclass{beamer}\n\\begin{document}\n\\end{document}\n\\begin{frame}", "no Beamer frames"),
    ],
)
def test_a_file_without_frames_is_a_clear_error(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=reason):
        parse_talk(path)


def test_deep_nesting_and_huge_input_do_not_crash(tmp_path: Path) -> None:
    nested = "{" * 5000 + "x" + "}" * 5000
    frames = f"\\begin{{frame}}{{Deep}} {nested} \\end{{frame}}\n\\begin{{frame}}{{Next}} y \\end{{frame}}\n"
    talk = deck(tmp_path, frames)
    assert [s.title for s in talk.slides] == ["", "Next"]
    assert any("line 6" in w.message and "nested too deeply" in w.message for w in talk.warnings)


def test_rules_run_on_beamer_with_lines_in_findings(tmp_path: Path) -> None:
    bullets = "\n".join(f"    \\item point number {i} with several more words to read" for i in range(12))
    path = write(
        tmp_path,
        "talk.tex",
        PREAMBLE
        + f"\\begin{{frame}}{{Related work}}\n  \\begin{{itemize}}\n{bullets}\n  \\end{{itemize}}\n"
        + "\\end{frame}\n\\end{document}\n",
    )
    result = lint(path)
    assert result.error is None
    assert "TL201" in codes(result)
    wall = next(f for f in result.findings if f.code == "TL201")
    assert wall.line == 6 and wall.slide == 1


def test_text_macros_defined_by_the_talk_are_expanded(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "talk.tex",
        r"""
\documentclass{beamer}
\newcommand{\claim}{Why did crime rise?}
\newcommand{\tool}{\texttt{Searcher}}
\def\lab{the \tool{} lab}
\newcommand{\twice}[1]{#1 #1}
\begin{document}
\subsection{\claim}
\begin{frame}{\claim}
  Built in \lab, with \twice{care}.
\end{frame}
\end{document}
""",
    )
    slide = parse_talk(path).slides[0]
    assert slide.title == "Why did crime rise?"
    assert slide.section == "Why did crime rise?"
    assert texts(slide) == ["Built in the Searcher lab, with care."]
    assert slide.location.line == 8


def test_a_text_macro_opening_a_frame_is_no_subtitle_and_xspace_keeps_its_space(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "talk.tex",
        r"""
\documentclass{beamer}
\newcommand{\sys}{\textsc{Atlas}\xspace}
\newcommand{\ie}{i.e.,\xspace}
\newcommand{\R}{\mathbb{R}}
\begin{document}
\begin{frame}{Why \sys?}
\sys cuts tail latency by half, \ie the slowest requests finish sooner.
\begin{itemize}
\item Scores in $\R$
\end{itemize}
\end{frame}
\end{document}
""",
    )
    slide = parse_talk(path).slides[0]
    # The body's opening \sys is text of the body, not the frame's subtitle ("Why Atlas?: Atlas").
    assert slide.title == "Why Atlas?"
    assert texts(slide)[0] == "Atlas cuts tail latency by half, i.e., the slowest requests finish sooner."
    bullet = slide.blocks[1]
    assert isinstance(bullet, Bullet) and bullet.inline_math == ("{\\mathbb{R}}",)


def test_siunitx_quantities_read_as_typeset_and_inline_code_without_its_language(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Latency falls by \SI{23}{\percent}}
\begin{itemize}
\item Median latency: \SI{4.2}{\milli\second} vs \qty{9.1}{\ms}
\item Throughput rose \SIrange{10}{20}{\percent} at \num{1200} requests per \si{\second}
\item Turn by \ang{30} at \qty[round-mode=places]{2.5}{\kilo\meter\per\hour} in \qtyrange[]{2}{4}{\milli\meter}
\end{itemize}
\mintinline{python}{f(x)} is a call.
\end{frame}
""",
    )
    slide = talk.slides[0]
    assert slide.title == "Latency falls by 23 %"
    assert texts(slide) == [
        "Median latency: 4.2 ms vs 9.1 ms",
        "Throughput rose 10–20 % at 1200 requests per s",
        "Turn by 30° at 2.5 km/h in 2–4 mm",
        "f(x) is a call.",
    ]


def test_package_settings_inside_a_frame_show_no_words(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}[fragile]{Principles}
  Let us start.
  \lstset{moredelim=[is][\bfseries]{[*}{*]}}
  \setcounter{page}{3}
  \hypersetup{colorlinks=true}
  \setbeamercovered{transparent}
  \captionsetup{font=small}
  \sisetup{round-mode=places}
  Done.
\end{frame}
""",
    )
    assert texts(talk.slides[0]) == ["Let us start.", "Done."]


def test_a_background_picture_is_shown_on_the_frames_of_its_group(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
{
\usebackgroundtemplate{\includegraphics[width=\paperwidth]{figures/scanner.jpg}}
\begin{frame}[plain]
  \tiny Credits: Getty Images
\end{frame}
\begin{frame}[plain]
  \huge The decay
\end{frame}
}
\begin{frame}{After the group}
  No picture here.
\end{frame}
""",
    )
    first, divider, after = talk.slides
    assert [type(block) for block in first.blocks] == [Image, Paragraph]
    assert first.images[0].source == "figures/scanner.jpg"
    assert first.title == ""  # a credit line is no headline
    # Behind a part's name the picture decorates: the slide still shows only the name of a part.
    assert divider.title == "The decay" and not divider.blocks
    assert not after.images


def test_words_stay_apart_where_a_macro_cannot_be_expanded(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Where I work}
  My work sits between\normalsize
  \byside{.32}{Statistics}{Bayesian, spatial}
  \byside{0.3\linewidth}{Computer Science}{parallel computing}

  Built the ergmito package (ERGM\textit{ito})\normalsize
  \vfill\hfill\hyperlink{discrete-exponential-theory}{\beamergotobutton{more theory}}
\end{frame}
""",
    )
    [first, second] = texts(talk.slides[0])
    # \byside is defined in a file that is not there: its arguments read as words, its widths not at all.
    assert first == "My work sits between Statistics Bayesian, spatial Computer Science parallel computing"
    assert second == "Built the ergmito package (ERGMito) more theory"  # a link shows its text, not its target


def test_a_name_written_as_a_command_defined_elsewhere_reads_as_its_name(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Comparison \yadism{} against \apfel\ and \LaTeX{}}
  Here {\small{} \eko{} evolves \pdf\ sets}\par{} \insertframenumber{}
  \foo{}{in a box} and \textbf{\sys{}} wins at \disiShort{}
\end{frame}
""",
    )
    # \yadism, \apfel… come from a style file that is not there; "{}" or "\ " after them keeps a word's space.
    assert talk.slides[0].title == "Comparison yadism against apfel and LaTeX"
    # Layout switches, Beamer's fields and a command named as an identifier are never words; an empty group
    # followed by another is an argument.
    assert texts(talk.slides[0]) == ["Here eko evolves pdf sets", "in a box and sys wins at"]


def test_frames_built_by_the_talks_own_environments(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "talk.tex",
        r"""\documentclass{beamer}
\newenvironment{slide}[1]
  {\begin{frame}[fragile,environment=slide]{#1}}
  {\end{frame}}
\newenvironment{tslide}[2][t]{\begin{frame}[#1]\frametitle{#2}}{\end{frame}}
\newenvironment{notebox}{\begin{block}{Note}}{\end{block}}
\begin{document}
\begin{slide}{Robots fail silently in homes}
  \begin{itemize}\item 40\% of failures go unnoticed\end{itemize}
\end{slide}
\begin{tslide}[c]{My vision: robots that know when to ask}
  In ten years, every home robot asks before it fails.
\end{tslide}
\begin{tslide}{Takeaways} \begin{notebox}Ask early.\end{notebox} \end{tslide}
\end{document}
""",
    )
    talk = parse_talk(path)
    assert [s.title for s in talk.slides] == [
        "Robots fail silently in homes",
        "My vision: robots that know when to ask",
        "Takeaways",
    ]
    assert texts(talk.slides[1]) == ["In ten years, every home robot asks before it fails."]
    assert "Ask early." in " ".join(texts(talk.slides[2]))  # an environment that builds no frame is left as it is
    assert [s.location.line for s in talk.slides] == [8, 11, 14]  # where each \begin{…} stands


def test_a_talk_whose_frames_are_built_by_commands_it_cannot_see_is_not_passed_unread(tmp_path: Path) -> None:
    claim = "Robots fail silently in homes and nobody notices until the laundry is ruined"
    frames = "\n".join(f"\\myframe{{Finding {n}}}{{{claim}}}" for n in range(10))
    unread = parse_talk(write(tmp_path, "a.tex", f"{PREAMBLE}\\frame{{\\titlepage}}\n{frames}\n\\end{{document}}\n"))
    [warning] = unread.warnings
    assert warning.message.startswith("120 words of the talk stand outside any frame, more than inside its 1 frame")
    assert warning.location.line == 7  # the first word outside a frame, on the line after the title page
    # Between frames with no command that makes a slide, the words are counted where they stand, past the commands.
    settings = "\\setlength\\parskip\\zerolengthofthebeamertheme\\usebeamercolorsomething\n" * 3
    text = f"{PREAMBLE}\\begin{{frame}}\\titlepage\\end{{frame}}\n{settings}{frames}\n\\end{{document}}\n"
    [warning] = parse_talk(write(tmp_path, "c.tex", text)).warnings
    assert warning.location.line == 10
    # Frames written with \frame{…}, sections and notes between frames are the talk's own, read as such.
    read = "\n".join(
        f"\\section{{Part {n}}}\n\\frame{{\\frametitle{{Finding {n}}} {claim}}}\\note{{{claim}}}" for n in range(10)
    )
    assert not parse_talk(write(tmp_path, "b.tex", f"{PREAMBLE}{read}\n\\end{{document}}\n")).warnings


def test_templates_and_tex_spacing_are_not_words(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}[c]
  \usebeamertemplate{section intro}{}{}
  \textcolor{red}{\Large Part 3: Current research \vskip0.25em \hskip 2pt plus 1fil}
\end{frame}
""",
    )
    assert talk.slides[0].title == "Part 3: Current research"  # one short statement: the title the audience reads
    assert not talk.slides[0].blocks


def test_reference_frames_and_links_beside_a_title(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{About Me \hfill \myurl{https://about.me/someone}} I build tools. \end{frame}
\begin{frame}[allowframebreaks]{\refname}
  \bibliographystyle{apalike-AMS}
  \bibliography{papers}
\end{frame}
""",
    )
    assert [s.title for s in talk.slides] == ["About Me", "References"]
    assert not talk.slides[1].blocks  # the style and the .bib file are not words on the slide


def test_icons_drawn_by_a_font_are_not_words(tmp_path: Path) -> None:
    talk = deck(
        tmp_path, "\\begin{frame}{\\emoji{puzzle-piece} CNI plugins}\n  \\faIcon{github} Code online\n\\end{frame}\n"
    )
    assert talk.slides[0].title == "CNI plugins"
    assert texts(talk.slides[0]) == ["Code online"]


def test_one_line_code_blocks_keep_their_code(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}[fragile]{Code}
  \begin{verbatim}x = 1\end{verbatim}
  \begin{lstlisting}[language=C]int y;\end{lstlisting}
  \begin{minted}{rust}let z = 2;\end{minted}
\end{frame}
""",
    )
    code = [(b.text, b.language) for b in talk.slides[0].blocks if isinstance(b, CodeBlock)]
    assert code == [("x = 1", ""), ("int y;", "C"), ("let z = 2;", "rust")]


def test_pseudocode_is_code_not_text(tmp_path: Path) -> None:
    # algorithm2e's algorithm and algorithmicx's algorithmic: steps the audience reads as code, not prose.
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Training}
  \begin{algorithm}[H]
    \While{epochs remaining}{
      minimize $L_{dis}$ w.r.t. $\theta_{dis}$\;
      minimize $L_{ovr}$ w.r.t. $\theta_E$\;
    }
  \end{algorithm}
\end{frame}
\begin{frame}{Update}
  \begin{algorithmic}[1]
    \State $x_{t+1} \gets x_t - \eta g_t$
  \end{algorithmic}
  One step of mirror descent.
\end{frame}
""",
    )
    training, update = talk.slides
    [code] = [b for b in training.blocks if isinstance(b, CodeBlock)]
    assert code.language == "pseudocode"
    assert code.text.count("minimize") == 2
    assert not texts(training)
    assert [b.language for b in update.blocks if isinstance(b, CodeBlock)] == ["pseudocode"]
    assert texts(update) == ["One step of mirror descent."]


def test_reading_definitions_is_bounded_on_a_file_of_unclosed_ones() -> None:
    from talklint.parsers.beamer.macros import MAX_SCANNED_CHARS, find_definitions

    names = [f"m{a}{b}" for a in "abcdefghijklmnop" for b in "abcdefghijklmnopqrst"][:300]
    real = "".join(f"\\newcommand{{\\{name}}}{{text {name}}}\n" for name in names)
    assert len(find_definitions(real)) == 300
    unclosed = "\\def\\a{x\n" * (MAX_SCANNED_CHARS // 1000)
    # Each unclosed body costs a full scan; the budget runs out before the real definition at the end.
    assert find_definitions(unclosed + "\\newcommand{\\late}{text}\n") == []


def test_text_macro_expansion_cannot_grow_the_talk_without_bound() -> None:
    from talklint.parsers.beamer.macros import MAX_EXPANSION_CHARS, expand_text_macros

    macros = {"a": "\\b" * 100, "b": "x" * 300}
    lines = ["\\a " * 10_000] * 10
    expanded = expand_text_macros(lines, macros)
    # Unbounded, these lines would grow to 10 × 10,000 × 100 × 302 characters (3 GB).
    assert sum(map(len, expanded)) <= sum(map(len, lines)) + MAX_EXPANSION_CHARS
    assert expand_text_macros(["Built in \\a."], {"a": "the lab"}) == ["Built in \\relax{the lab}."]


def test_marks_layout_arguments_and_drawings_are_not_text(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Layout}
\begin{mybox}{Execution time is too slow}[linecolor=red]
\begin{itemize}
\item[$\blacktriangleright$] Sorted the hits
\item[\ding{72}] Removed the filter
\item[Method:] binary search
\item[2027--2028] Field recordings
\item[3.] Third
\end{itemize}
\end{mybox}
\begin{adjustwidth}{-10mm}{-10mm}
\begin{tabular}{cc}
\begin{subfigure}[t]{0.28\textwidth} Solution without steps \end{subfigure} & b \\
\end{tabular}
\end{adjustwidth}
\def\svgwidth{0.8\textwidth}\import{figures/}{drawing.pdf_tex}
\end{frame}
""",
    )
    blocks = talk.slides[0].blocks
    assert [b.text for b in blocks if isinstance(b, (Paragraph, Bullet))] == [
        "Execution time is too slow",
        "Sorted the hits",
        "Removed the filter",
        "Method: binary search",
        "2027–2028: Field recordings",  # years the audience reads, unlike a number in place of the bullet
        "Third",
    ]
    assert [b.rows for b in blocks if isinstance(b, Table)] == [(("Solution without steps", "b"),)]
    assert [b.source for b in blocks if isinstance(b, Image)] == ["drawing.pdf_tex"]


def test_a_command_the_talk_defines_shows_its_video_not_its_options(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}
  \begin{center}
    \video<1>[above,autoplay,height=0.7,aspectratio=359/208,fit=contain]
\at (0.5,0.15) {videos/lpbf.mp4}
  \end{center}
\end{frame}
\begin{frame}{Demo}
  \clip[width=3cm,controls]{videos/run.mov}
  Robots ask \highlight[color=red]{early} for help.
\end{frame}
""",
    )
    video, demo = talk.slides
    assert (video.title, video.text) == ("", "")
    assert [b.source for b in video.blocks if isinstance(b, Image)] == ["videos/lpbf.mp4"]
    assert texts(demo) == ["Robots ask early for help."]
    assert [b.source for b in demo.blocks if isinstance(b, Image)] == ["videos/run.mov"]


def test_a_frame_that_prints_the_bibliography_shows_the_references(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{Results}
  Robots ask early.
\end{frame}
\begin{frame}[allowframebreaks]
  \bibliography{presentation}
  \bibliographystyle{unsrtnat}
\end{frame}
""",
    )
    assert (talk.slides[1].title, talk.slides[1].blocks) == ("References", ())
    assert "TL306" not in codes(lint(talk.path))


def test_an_untitled_frame_that_opens_with_a_line_set_large_shows_it_as_its_title(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}[c]
  \Large Is gene \textit{XYZ} involved in process \textit{ABC}?\normalsize\bigskip

  Complex to assess directly
\end{frame}
\begin{frame}[t]
  \usebeamertemplate{section intro}{}{}
  \textcolor{gold}{\Large {\bf Part 1: Gene functions} \vskip0.25em \large Joint with: P. Thomas}
\end{frame}
\begin{frame}
  \centering
  \begin{Huge}
  {\color{grey}\textbf{Thank You}}\\
  \end{Huge}
  Questions
\end{frame}
\begin{frame}
  \includemedia[width=0.6\linewidth]{}{VPlayer.swf}
  \begin{center}\scalebox{2}{\textcolor{gold}{Thank you!}}\end{center}
\end{frame}
""",
    )
    assert [s.title for s in talk.slides] == [
        "Is gene XYZ involved in process ABC?",
        "Part 1: Gene functions",
        "Thank You",
        "Thank you!",
    ]
    assert texts(talk.slides[0]) == ["Complex to assess directly"]
    assert texts(talk.slides[1]) == ["Joint with: P. Thomas"]


def test_an_untitled_frame_that_opens_with_its_one_titled_block_shows_its_heading_as_its_title(
    tmp_path: Path,
) -> None:
    talk = parse_talk(
        write(
            tmp_path,
            "talk.tex",
            PREAMBLE.replace(
                r"\begin{document}",
                r"\newcommand{\frameT}[2]{\frame{\frametitle{#1} #2}}"
                "\n\\begin{document}",
            )
            + r"""
\begin{frame}
  \begin{block}{My goal}
  Every intersection watched by a cheap sensor.
  \end{block}
\end{frame}
\begin{frame}
  \begin{block}{Problem}Crashes.\end{block}
  \begin{block}{Approach}Sensors.\end{block}
\end{frame}
\begin{frame}
  Sensors first.
  \begin{block}{Result}Fewer crashes.\end{block}
\end{frame}
\frameT{Relations and orderings}{
  \begin{block}{Orderings}A total preorder.\end{block}
}
\end{document}
""",
        )
    )
    assert [s.title for s in talk.slides] == ["My goal", "", "", "Relations and orderings"]
    assert "My goal" not in talk.slides[0].body_text
    assert "Orderings" in talk.slides[3].body_text


def test_a_large_line_after_other_text_or_a_large_paragraph_is_not_a_title(tmp_path: Path) -> None:
    long_line = " ".join(["word"] * 25)
    talk = deck(
        tmp_path,
        rf"""
\begin{{frame}}
  Some text first.

  \Large Then a large line
\end{{frame}}
\begin{{frame}}
  \Large {long_line}
\end{{frame}}
\begin{{frame}}
  \textbf{{Bold, not large}}

  And a second paragraph under it.
\end{{frame}}
\begin{{frame}}
  \scalebox{{0.8}}{{Shrunk to fit}}

  And a second paragraph under it.
\end{{frame}}
""",
    )
    assert [s.title for s in talk.slides] == ["", "", "", ""]


def test_a_quote_environment_is_someone_elses_words(tmp_path: Path) -> None:
    talk = deck(
        tmp_path,
        r"""
\begin{frame}{What owners said}
  \begin{quote}
    Maybe I would trust it if it asked first.
  \end{quote}
  Owners trust robots that ask.
\end{frame}
""",
    )
    blocks = talk.slides[0].blocks
    assert [(b.text, b.quoted) for b in blocks if isinstance(b, Paragraph)] == [
        ("Maybe I would trust it if it asked first.", True),
        ("Owners trust robots that ask.", False),
    ]
