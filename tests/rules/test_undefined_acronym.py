from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp


def flagged(tmp_path: Path, deck: str) -> list[str]:
    """The acronyms a Marp deck gets TL205 for, in the order reported."""
    return [f.message.split("'")[1] for f in by_code(lint(write(tmp_path, "deck.md", deck)), "TL205")]


def test_first_use_before_definition_quotes_the_later_long_form(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# We fine-tune with RLHF\n\nRLHF again",
        "# Method\n\nReinforcement learning from human feedback (RLHF) trains a reward model.",
    )
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL205")
    assert finding.slide == 2
    assert finding.message == "'RLHF' is used on slide 2 before it is spelled out"
    assert finding.fix == (
        "Spell out 'RLHF' at its first use on slide 2: 'Reinforcement learning from human feedback (RLHF)'"
    )


@pytest.mark.parametrize(
    ("later", "fix"),
    [
        # Each part of a hyphenated word gives a letter: the O and D of LODES.
        (
            "# Data\n\nLEHD Origin-Destination Employment Statistics (LODES), 2002-2019",
            "Spell out 'LODES' at its first use on slide 2: 'LEHD Origin-Destination Employment Statistics (LODES)'",
        ),
        # The acronym in the title above its long form is no word of the long form.
        (
            "# Background: LODES\n\nLEHD Origin-Destination Employment Statistics (LODES), 2002-2019",
            "Spell out 'LODES' at its first use on slide 2: 'LEHD Origin-Destination Employment Statistics (LODES)'",
        ),
        # "(LODES)" after words that do not spell it still defines it later, but those words are not quoted.
        (
            "# Data\n\nCommuting flows we submit to the census (LODES)",
            "Spell out 'LODES' at its first use on slide 2 (its words, then 'LODES' in parentheses), "
            "or drop it if the audience does not need it",
        ),
    ],
)
def test_the_fix_quotes_a_long_form_only_where_its_words_spell_the_acronym(
    tmp_path: Path, later: str, fix: str
) -> None:
    text = marp("# Talk", "# This paper\n\nCommuting flows from LODES", later)
    [finding] = [f for f in by_code(lint(write(tmp_path, "deck.md", text)), "TL205") if "'LODES'" in f.message]
    assert finding.fix == fix


@pytest.mark.parametrize(
    "definition",
    [
        "Long form (LF) first.",
        "LF (long form) first.",
        "LF: long form, first.",
        "LF = long form first.",
    ],
)
def test_definition_forms(tmp_path: Path, definition: str) -> None:
    text = marp("# Talk", f"# Defined\n\n{definition}", "# Later\n\nLF and LFs everywhere")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL205")


@pytest.mark.parametrize(
    ("line", "defined"),
    [
        ("I enrolled in an MBO (secondary vocational education) to study electronics.", True),  # a translation
        ("The NLL (lower is better) of each model.", False),  # a remark, not a name
        ("an MDP (the abstraction) and an agent (the actor)", False),
        ("EXA/EXP/TRN (and more flexible variations)", False),
        ("The SSIM (see below) of each scan.", False),
        # after a measure, the acronym in parentheses is a remark on it, unless the words spell it
        ("Results: +2% in base matching success (SOTA)", False),
        ("A word error rate of 5% (WER) on the test set.", True),
        ("Gains reach their peak at midday (GRPM) in summer.", True),  # no measure: a name, as written
        # after a name in letters and a common noun, it says what kind of thing that is, unless the words spell it
        ("An ML surrogate (GNN) trained on 2,000 isotherms.", False),
        ("Rules of good old-fashioned AI (GOFAI) and logic.", True),
    ],
)
def test_words_in_parentheses_that_name_the_thing_define_an_acronym_they_do_not_spell(
    tmp_path: Path, line: str, defined: bool
) -> None:
    words = [word.strip("(),.") for word in line.replace("/", " ").split()]
    acronym = next(word for word in words if word.isupper() and len(word) > 2)
    assert (acronym not in flagged(tmp_path, marp("# Talk", f"# Training\n\n{line}"))) is defined


@pytest.mark.parametrize(
    ("line", "defined"),
    [
        ("My brother worked at SARA, the Dutch national supercomputer facility.", True),
        ("My brother worked at SARA (now SURFsara), the Dutch national supercomputer facility.", True),
        ("Funded by DOE — the U.S. Department of Energy.", True),
        ("Partners: CRNL, the EMBL and NIST.", False),  # a list of names, not CRNL said in words
        ("We use CGM, the method we like best.", False),  # a remark about it, with a verb
        ("The bottleneck is the PCIE, the bus.", False),  # one word says too little
    ],
)
def test_a_name_said_in_words_after_a_comma_or_a_dash_defines_the_acronym(
    tmp_path: Path, line: str, defined: bool
) -> None:
    acronym = next(word.strip(",.") for word in line.split() if word.strip(",.").isupper() and len(word) > 2)
    assert (acronym not in flagged(tmp_path, marp("# Talk", f"# Where I trained\n\n{line}"))) is defined


def test_plurals_allow_list_code_urls_and_math(tmp_path: Path) -> None:
    code = "```\nCUDA_VISIBLE_DEVICES=0 run\n```"
    text = marp(
        "# Talk",
        f"# Hardware\n\nGPUs and CPUs help AI.\n\n{code}\n\nSee https://example.org/DGX/FOO and $\\mathbf{{KL}}$.",
        "# More\n\nGPU training is costly.",
    )
    findings = by_code(lint(write(tmp_path, "deck.md", text)), "TL205")
    assert findings == []  # GPU, CPU and AI are on the allow-list; code, URLs and math are ignored


def test_everyday_academic_and_document_abbreviations_are_known(tmp_path: Path) -> None:
    deck = marp(
        "# Talk", "# TOC\n\n- Study", "# Study\n\nWe ran the study with IRB approval and an FAQ for the LLM users."
    )
    assert flagged(tmp_path, deck) == []


def test_everyday_medical_terms_are_known_and_clinical_scores_are_not(tmp_path: Path) -> None:
    deck = marp(
        "# Talk",
        "# Readmissions\n\nICU patients with a high BMI return; nurses use the MEWS score.",
        "# Sleep\n\nREM sleep bursts show on the wrist.",
        "# Screening\n\nA 40-minute PCR panel finds the strains.",
        "# Intrusions\n\nEarworms distress people with OCD, as memories do people with PTSD.",
    )
    assert flagged(tmp_path, deck) == ["MEWS"]


def test_currency_codes_are_known(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Cost\n\nThe pilot cost 40,000 USD (about 37,000 EUR), and a PDU.")
    assert flagged(tmp_path, deck) == ["PDU"]


def test_units_of_data_are_known(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Data\n\nOne climate run writes 5 PB; the archive holds 2 EB, read by a DTN.")
    assert flagged(tmp_path, deck) == ["DTN"]


def test_units_of_energy_and_power_are_known(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Cost\n\nRegeneration takes 2.3 GJ/t, 40 TWh a year at 3 MPa, in a CSTR.")
    assert flagged(tmp_path, deck) == ["CSTR"]


def test_a_variant_of_an_acronym_is_the_same_term(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Setup\n\nYCSB workloads, HERD", "# Throughput\n\n48 Mops/s on YCSB-C")
    assert flagged(tmp_path, deck) == ["YCSB", "HERD"]
    # two variants of one acronym are one term too: the second is no new word to spell out
    deck = marp("# Talk", "# Setup\n\nThe TPC-H benchmark", "# Transactions\n\n2x faster on TPC-C, as on TPC-E")
    assert flagged(tmp_path, deck) == ["TPC-H"]


def test_the_eras_of_a_date_are_known(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Contracts\n\n312 papyri, 1st-3rd c. CE; the port silted up after 44 BC; a PDU.")
    assert flagged(tmp_path, deck) == ["PDU"]


def test_the_same_letters_without_a_date_are_a_term(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Neighbourhoods\n\nCE lowers crime where BC holds at the boundary.")
    assert flagged(tmp_path, deck) == ["CE", "BC"]


def test_plural_reported_once_and_allow_option(tmp_path: Path) -> None:
    text = marp("# Talk", "# Hardware\n\nGPUs and DPUs.", "# Again\n\nA DPU.")
    path = write(tmp_path, "deck.md", text)
    [finding] = by_code(lint(path), "TL205")
    assert "'DPU'" in finding.message
    assert not by_code(lint(path, rules={"undefined-acronym": {"allow": ["DPU"]}}), "TL205")


def test_definition_in_notes_counts(tmp_path: Path) -> None:
    text = marp("# Talk", "# We use MPC\n\n<!-- MPC: model predictive control, say it aloud -->")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL205")


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "We beat SOTA", "bullets": ["x"]}]
    )
    assert [f.slide for f in by_code(lint(path), "TL205")] == [2]


def test_a_creative_commons_licence_is_a_name_but_a_physicists_cc_is_not(tmp_path: Path) -> None:
    text = marp("# Talk", "# Data\n\nReleased under CC BY 4.0.", "# Physics\n\nCC and NC structure functions.")
    assert set(flagged(tmp_path, text)) == {"CC", "NC"}
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", text)), "TL205") if "'CC'" in f.message] == [3]


def test_field_acronyms_are_not_known_to_a_committee(tmp_path: Path) -> None:
    text = marp("# Talk", "# Models\n\nWe train an LLM with RL on NLP tasks, in SQL and JSON.")
    assert set(flagged(tmp_path, text)) == {"RL", "NLP", "SQL"}


def test_names_words_identifiers_and_venues_are_not_acronyms(tmp_path: Path) -> None:
    text = marp(
        "# Robots that ask\n\nA. Smith, NVIDIA and TUM",
        "# SYNTHESIS of results\n\nRuns on IBM and AWS, as shown at ECCV 2018 and CVPR'19 (grant GM070449).",
        "# Method\n\nNodes E2E3E4 hold the IEEE format; see [CFHKNPZ14].",
        "# Data\n\nWe fine-tune BERT on IMDB reviews and test on KITTI scenes in MATLAB, built with GCC and LLVM.",
        "# Policy\n\nThe USDA rule cut school meal costs by 2% of GDP for NGO programs.",
        "# Next\n\nA home device for 100 older adults (NIA R01 submitted), then a PCORI trial.",
        "# Other work\n\nHousing supply and commuting, R&R at AER; an NBER working paper.",
        "# Next five years\n\nA national trial in 200 schools (IES grant); gains held after controlling for IQ.",
        "# Machines\n\nTL;DR: JT-60SA and DSA-110 run SHA-256 behind HEPA filters in an EV.",  # designations
        "# Partners\n\nA continent-wide network of farmer trials with CGIAR.",
        "# Tools\n\nIt runs inside VS Code; CATS VS DOGS is the benchmark's name.",  # an editor; versus in capitals
        "# Teaching\n\nThe APA's 2024 guide uses our study as its replication case.",  # a society's name
        "# Recognition\n\n2024 ACS Green Chemistry Challenge Award; an IUPAC top-ten emerging technology.",
        "# Impact\n\nGE Aerospace licensed the monitor; an ASTM committee drafts a standard on it.",
        "# Telescopes\n\nJWST and ALMA see the same disk; LIGO hears the merger.",  # observatories' names
        "# Benchmark\n\nReleased under CC BY-SA; the code under GPL.",  # licences
        "# Next\n\nScreening in rural India with partners at AIIMS; colleagues from NREL.",  # where partners work
        "# Optimum\n\nWithin 4% of the optimum CPLEX found in 6 hours; GUROBI agrees.",  # solvers' names
        "# Speed\n\nOn SPEC CPU 2017, suggested fixes recover 1.4x.",  # a benchmark suite's name
        "# Transfer\n\nCiprofloxacin triggers the SOS response.",  # a distress call everyone knows, as a word
        "# Designs\n\nIntel SGX, AMD SEV and Arm CCA are the main designs.",  # makers' products
        "# Data\n\nInput-output tables from the BEA; wages from the BLS; costs scored by the CBO.",  # agencies
        "# Forecasts\n\nSeasonal forecasts from ECMWF, shared with the FAO and the WFP.",  # international bodies
        "# Uptake\n\nThe TU Delft and KU Leuven labs use it, as does UBC.",  # universities
        "# Policy\n\nCal/OSHA cited it in its heat standard; next, payroll data from the ILO.",  # labour agencies
    )
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL205")


def test_a_method_named_with_its_paper_is_a_name_wherever_the_talk_uses_it(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Models\n\nTAPEX (Liu et al., 2022) executes queries over the table.",
        "# Results\n\nOurs keeps 97% of its accuracy, against 88% for TAPEX; the GNN baseline keeps 80%.",
    )
    assert flagged(tmp_path, text) == ["GNN"]


def test_capitals_listed_beside_a_known_organisation_are_names_too(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Funding\n\nSubmit proposals to NSF (esp. CISE/IIS), DUE, DARPA, ARPA-E.",
        "# Models\n\nWe compare CNN, RNN and LSTM on a GPU.",
    )
    assert flagged(tmp_path, text) == ["CNN", "RNN", "LSTM"]


def test_capitals_listed_beside_a_mixed_case_name_are_names_too(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Sources\n\nMetadata from MAG, OpenAlex and ORKG; full texts from unarXive, S2ORC.",
        "# Models\n\nWe compare CNN, RNN and LSTM on GPUs, in PyTorch.",
    )
    assert flagged(tmp_path, text) == ["CNN", "RNN", "LSTM"]


def test_words_spelled_out_on_an_earlier_slide_define_the_acronym(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Convolutional neural networks see edges\n\nThey learn filters.",
        "# A CNN in every camera\n\nSmall and fast.",
    )
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL205")


def test_two_words_opening_a_point_on_an_earlier_slide_spell_out_a_two_letter_acronym(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Empirical strategy\n\n- Regression discontinuity at the index cutoff\n- We read the market prices",
        "# Robustness\n\n- A donut RD gives the same estimate\n- One MP per market",  # "market prices" opens no point
    )
    assert flagged(tmp_path, text) == ["MP"]


def test_two_words_in_an_earlier_title_or_section_name_spell_out_a_two_letter_acronym(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# The radial velocity method\n\nA planet pulls its star back and forth.",
        "# Sensors\n\nWe read the current index of every sensor.",  # running text names no term
        "# Noise\n\nSpots shift the RV; one CI per night.",
    )
    assert flagged(tmp_path, text) == ["CI"]
    beamer = (
        "\\documentclass{beamer}\\title{Stellar activity}\\begin{document}\n\\frame{\\titlepage}\n"
        "\\section{A multidimensional Gaussian process}\n"
        "\\begin{frame}{Modelling activity}\nOne GP drives the signal and its PQ index.\n\\end{frame}\n"
        "\\end{document}\n"
    )
    found = by_code(lint(write(tmp_path, "talk.tex", beamer)), "TL205")
    assert [f.message.split("'")[1] for f in found] == ["PQ"]


def test_capitals_raised_to_a_power_are_a_formulas_symbols(tmp_path: Path) -> None:
    text = marp("# Talk", "# Memory\n\nThe SRAM holds tiles; QK^T is never stored.")
    assert flagged(tmp_path, text) == ["SRAM"]


def test_a_name_in_camel_case_spells_out_its_acronyms(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Runtimes\n\nWe run WebAssembly on a microcontroller; the WebAssembly Text format is readable.",
        "# Results\n\nWASM code runs slower; the WAT files hold the tests. A CNN helps.",
    )
    assert flagged(tmp_path, text) == ["CNN"]


def test_a_letter_joined_to_a_word_gives_one_letter_or_two(tmp_path: Path) -> None:
    text = marp(
        "# Where degradation starts",
        "# Methods\n\n- Grazing-incidence wide-angle X-ray scattering\n- X-ray diffraction of the film",
        "# Results\n\nGIWAXS and XRD agree; XMS does not.",
    )
    assert flagged(tmp_path, text) == ["XMS"]


def test_two_capitalised_words_spell_out_a_two_letter_acronym_but_two_ordinary_words_do_not(tmp_path: Path) -> None:
    text = marp(
        "# Reinforcement Learning for Anomaly Detection",
        "# Sensors\n\nWe read the current index of every sensor.",
        "# Method\n\nRL finds AD policies, one CI per run.",
    )
    assert flagged(tmp_path, text) == ["CI"]


def test_a_name_and_its_noun_after_an_article_spell_out_a_two_letter_acronym(tmp_path: Path) -> None:
    text = marp(
        "# Primes in short intervals",
        "# Why it matters\n\nCryptography and the Riemann hypothesis turn on it; a Gaussian process models it.",
        "# Theorem\n\nAssume RH. The GP prior fits. Each run costs one TLB flush.",
    )
    assert flagged(tmp_path, text) == ["TLB"]


def test_two_words_on_the_acronyms_own_slide_spell_it_out_on_one_line(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Domain decomposition\n\nNon-overlapping DD splits the part in two.",
        "# Prior solutions\n\n- Generic verifiable computation\n- Circuit-based VC",
        "# Tests\n\nEvery component runs.\nIntegration tests pass: one CI job",  # the words are not on one line
        "# Plan\n\nWe learn the policy first.",
        "# Results\n\nThe LP solver wins.",  # "learn the policy" is on another slide
    )
    assert flagged(tmp_path, text) == ["CI", "LP"]


@pytest.mark.parametrize(
    ("text", "acronyms"),
    [
        ("We use TPC-H and T-SNE.", {"TPC-H", "T-SNE"}),
        ("A QCD-QED fit, where QED corrections matter.", {"QED"}),  # QCD only inside the name
        ("Papers in ML/CV/CL.", {"CV", "CL"}),
        ("An LSTM-based model.", {"LSTM"}),
        ("Scores on SWE-bench for CP-nets and LSH-DOC.", set()),  # names made with a hyphen
        ("Scores on SWE-bench; SWE agents still fail.", {"SWE"}),
        ("AUROC 0.91 against 0.92 centralised.", {"AUROC"}),  # a measure and its value, not a version
        ("Printed on an EOS M290 machine, scanned by CT.", set()),  # a maker's name before its model's
        ("Printed on an EOS machine, scanned by XCT.", {"EOS", "XCT"}),
    ],
)
def test_hyphens_slashes_and_short_acronyms(tmp_path: Path, text: str, acronyms: set[str]) -> None:
    deck = marp("# Talk", f"# Slide\n\n{text}", "# Results\n\nRobots ask for help.")
    assert set(flagged(tmp_path, deck)) == acronyms


@pytest.mark.parametrize(
    "line",
    [
        "Students of ECON 105 and QTM 151 use NNPDF 4.0.",  # course codes and versions
        "AND p_container IN ('MED BAG', ‘SM BOX’)",  # quoted literals
        "Is gene XYZ involved in process ABC?",  # placeholders
        "We compare with AKECP [3], which prunes channels.",  # a method named by its paper
    ],
)
def test_names_literals_and_placeholders_are_not_terms(tmp_path: Path, line: str) -> None:
    deck = marp("# Talk", f"# Slide\n\n{line}", "# Results\n\nRobots ask for help.")
    assert not by_code(lint(write(tmp_path, "deck.md", deck)), "TL205")


@pytest.mark.parametrize(
    "definition",
    [
        "Deep equilibrium networks (DEQs) are implicit models.",
        "Lexicographic preference trees (LP-trees) order choices.",
    ],
)
def test_a_plural_or_compound_in_parentheses_defines_the_acronym(tmp_path: Path, definition: str) -> None:
    acronym = "DEQ" if "DEQ" in definition else "LP"
    deck = marp("# Talk", f"# Models\n\n{definition}", f"# Results\n\nThe {acronym} wins.")
    assert not by_code(lint(write(tmp_path, "deck.md", deck)), "TL205")


def test_a_keyword_the_talk_lists_in_capitals_is_a_keyword_on_later_slides_too(tmp_path: Path) -> None:
    deck = marp(
        "# Talk",
        "# Queries\n\nRANGE, JOIN, SUM, COUNT, MAX, MIN over a TCP link.",
        "# SQL SUM\n\nThe SUM of ages is 83; our VQP proves it.",
    )
    assert flagged(tmp_path, deck) == ["TCP", "SQL", "VQP"]


def test_capitals_listed_without_words_in_capitals_are_still_acronyms(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Baselines\n\nWe compare SVM, KNN, GBM.", "# Results\n\nGBM wins.")
    assert flagged(tmp_path, deck) == ["SVM", "KNN", "GBM"]


@pytest.mark.parametrize(
    ("earlier", "acronym"),
    [
        ("We compare with the State of the Art.", "SOA"),
        ("A Proof of Concept runs on the robot.", "POC"),
        ("Security rests on Learning With Errors.", "LWE"),
        ("We rank with Learning to Rank.", "LTR"),
    ],
)
def test_a_connector_between_the_words_can_give_its_letter(tmp_path: Path, earlier: str, acronym: str) -> None:
    deck = marp("# Talk", f"# Context\n\n{earlier}", f"# Method\n\nOur {acronym} is small.")
    assert not by_code(lint(write(tmp_path, "deck.md", deck)), "TL205")


def test_a_method_named_by_its_paper_is_a_name_on_later_slides_too(tmp_path: Path) -> None:
    deck = marp(
        "# Talk",
        "# Baselines\n\nNetSlim [2] and AKECP [3] prune channels.",
        "# Results\n\nAKECP keeps every parameter; our SPR halves them.",
    )
    assert flagged(tmp_path, deck) == ["SPR"]


def test_a_name_the_talk_thanks_is_a_name_on_every_slide(tmp_path: Path) -> None:
    deck = marp("# Talk", "# At MSR\n\nI built a KRA agent.", "# Results\n\nIt fixes bugs.", "# Thank you MSR!")
    assert flagged(tmp_path, deck) == ["KRA"]


def test_eight_capitals_in_a_row_are_a_constant_not_an_acronym(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Symptoms\n\nThe client sees ECONNRESET, then a TCP reset.")
    assert flagged(tmp_path, deck) == ["TCP"]


@pytest.mark.parametrize(
    "line",
    [
        "Queries: RANGE, JOIN, SUM, COUNT, MAX, MIN, etc. over a TCP link.",  # keywords in a list
        "The client sees ECONNRESET, EPIPE, then a TCP reset.",  # constants in a list
    ],
)
def test_a_word_in_a_list_of_keywords_or_constants_is_not_an_acronym(tmp_path: Path, line: str) -> None:
    assert flagged(tmp_path, marp("# Talk", f"# Symptoms\n\n{line}")) == ["TCP"]


@pytest.mark.parametrize(
    ("earlier", "acronym"),
    [
        ("We t comply with the policy.", "TCP"),  # a single letter is not a word of the name
        ("The domain name system (DNS) sees the use of DNS packets.", "UDP"),  # nor another acronym
        ("Join my company Pythonic.", "MCP"),  # lower-case words after a capitalised one: a sentence, not a name
        ("Start from the beginning.", "SFT"),  # the last letter is not a connector's
        ("We need more. An evolutionary method helps.", "MAE"),  # "an" never gives its letter
    ],
)
def test_words_that_only_happen_to_start_with_the_letters_do_not_define(
    tmp_path: Path, earlier: str, acronym: str
) -> None:
    deck = marp("# Talk", f"# Context\n\n{earlier}", f"# Method\n\nWe use {acronym} here.")
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", deck)), "TL205")] == [3]


def test_the_talk_title_is_read_but_the_names_under_it_are_not(tmp_path: Path) -> None:
    deck = marp("# Quantum QKD in practice\n\nA. Smith, CNRS and DESY-X lab", "# Results\n\nKeys are safe.")
    assert flagged(tmp_path, deck) == ["QKD"]


def test_a_flood_of_acronyms_shows_the_one_the_audience_meets_most(tmp_path: Path) -> None:
    deck = marp(
        "# Talk",
        "# Setup\n\nWe train on KPX and MRV data.",
        "# Model\n\nThe DHN reads QZT.",
        "# Results\n\nThe DHN wins; the DHN is fast on BWL.",
    )
    [finding] = by_code(lint(write(tmp_path, "deck.md", deck)), "TL205")
    assert finding.message.startswith("5 acronyms are used before they are spelled out")
    assert "'DHN' is used on slide 3" in finding.message


def test_acronyms_are_listed_one_by_one_unless_they_stand_on_most_slides(tmp_path: Path) -> None:
    """Each undefined acronym is a different word to spell out: six in a talk of sixteen slides are six
    findings, where six text walls would be one; a configured max-findings-per-rule holds for them too."""
    terms = ["KPX", "MRV", "QZT", "BWL", "DHN", "TRQ"]
    slides = [f"# Step {n}\n\nThe {term} step runs." for n, term in enumerate(terms, 1)]
    slides += [f"# Step {n}\n\nIt runs again." for n in range(7, 16)]
    path = write(tmp_path, "deck.md", marp("# Talk", *slides))
    found = by_code(lint(path), "TL205")
    assert [f.message.split("'")[1] for f in found] == terms
    [flood] = by_code(lint(path, max_findings_per_rule=4), "TL205")
    assert flood.message.startswith("6 acronyms are used before they are spelled out")
    # the fold names every acronym to spell out, not only the slides they stand on
    assert flood.fix.endswith(
        "Then the same for 'MRV' (slide 3), 'QZT' (slide 4), 'BWL' (slide 5), 'DHN' (slide 6), 'TRQ' (slide 7)"
    )
    short = write(tmp_path, "short.md", marp("# Talk", *slides[:6], "# Fine"))
    [flood] = by_code(lint(short), "TL205")  # on six of eight slides: most of the talk
    assert len(flood.members) == 6


def test_capitals_that_are_all_a_link_shows_name_what_it_points_to(tmp_path: Path) -> None:
    """ "[APFEL](https://…)" names a tool, here and wherever else the talk uses it; capitals inside a longer
    link text are still terms, and a picture's alt text is no link."""
    deck = marp(
        "# Talk",
        "# Tools\n\nWe compare with [*APFEL*](https://example.org/apfel) and [QCDNUM](./qcdnum.md).",
        "# Speed\n\nTen times faster than APFEL, with the [LEGB rule of scopes](https://example.org/legb).",
        "# Pictures\n\n![FFNS](scheme.png)\n\nThe FFNS scheme.",
    )
    assert flagged(tmp_path, deck) == ["LEGB", "FFNS"]


def test_a_linked_name_in_beamer_and_powerpoint_is_a_name(tmp_path: Path) -> None:
    tex = (
        "\\documentclass{beamer}\n\\begin{document}\n\\begin{frame}\\titlepage\\end{frame}\n"
        "\\begin{frame}{Tools}\n\\begin{itemize}\n\\item We compare with \\href{https://example.org}{APFEL}.\n"
        "\\item And with BHPS.\n\\end{itemize}\n\\end{frame}\n\\end{document}\n"
    )
    beamer = [f.message.split("'")[1] for f in by_code(lint(write(tmp_path, "talk.tex", tex)), "TL205")]
    assert beamer == ["BHPS"]

    def link_the_first_run(prs) -> None:  # type: ignore[no-untyped-def]
        run = prs.slides[1].placeholders[1].text_frame.paragraphs[0].add_run()
        run.text = "APFEL"
        run.hyperlink.address = "https://example.org/apfel"

    slides = [{"title": "Talk", "layout": 0}, {"title": "Tools", "bullets": ["We compare with "]}]
    slides.append({"title": "Speed", "bullets": ["Faster than APFEL and BHPS"]})
    path = build_pptx(tmp_path / "deck.pptx", slides, customise=link_the_first_run)
    assert [f.message.split("'")[1] for f in by_code(lint(path), "TL205")] == ["BHPS"]


def test_capitals_that_name_a_logo_on_their_slide_are_an_organisation(tmp_path: Path) -> None:
    deck = marp(
        "# Talk",
        "# Where I worked\n\n![](figures/logos/UNSAM.png)\n\nUNSAM, 2015-2019",
        "# Method\n\n![](figures/LSTM.png)\n\nAn LSTM reads the series",  # a diagram, not a logo
        "# Later\n\nBack at UNSAM",
    )
    assert flagged(tmp_path, deck) == ["LSTM"]


def test_a_venue_named_where_a_paper_stands_is_a_name(tmp_path: Path) -> None:
    text = marp(
        "# Minimum wages and hours",
        "# Other research\n\n- Tipped wages, R&R at JOLE\n- Heat and hours, forthcoming in AEJ\n- An RDD design",
    )
    assert flagged(tmp_path, text) == ["RDD"]


def test_number_formats_named_by_their_width_are_known(tmp_path: Path) -> None:
    text = marp(
        "# Serving models cheaply", "# Quantization\n\nINT8 weights and FP16 activations keep recall; a KVQ cache."
    )
    assert flagged(tmp_path, text) == ["KVQ"]


def test_a_body_named_with_its_place_spells_out_its_letters(tmp_path: Path) -> None:
    text = marp(
        "# Listening to bridges",
        "# Contributions\n\nThe Ohio DOT now monitors three bridges; our DOT partner helped.",
        "# Future work\n\nA network of 100 bridges with ODOT and the PDOT.",
    )
    assert flagged(tmp_path, text) == ["PDOT"]


def test_a_letter_set_as_math_before_capitals_is_part_of_their_name(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Methods\n\nDFT single points at $\\omega$B97X-D/def2-TZVP, with $\\gamma$PX and $k$NN.")
    assert flagged(tmp_path, deck) == ["DFT"]  # not "B97X-D", "PX" or "NN": the symbol is part of the name


def test_a_metric_at_a_cut_off_is_its_acronym_at_its_first_use(tmp_path: Path) -> None:
    """A metric at a cut-off ("NDCG@12") uses NDCG on the slide that shows it, not on the later slide that names it
    in prose; a joint venue ("ACL@EMNLP") is no use of an acronym to decode."""
    deck = marp("# Talk", "# Offline: NDCG@12 up 4.1 points\n\nACL@EMNLP workshop", "# Lessons\n\nNDCG predicted it.")
    findings = by_code(lint(write(tmp_path, "deck.md", deck)), "TL205")
    assert [(f.message.split("'")[1], f.slide) for f in findings] == [("NDCG", 2)]


def test_the_ml_engineer_profile_knows_the_fields_daily_acronyms_and_the_users_allow_adds_to_them(
    tmp_path: Path,
) -> None:
    """An ML engineering panel says "KV cache" and "AUC" every day; a hiring committee of the whole department does
    not. The user's own ``allow`` adds to the profile's list instead of replacing it."""
    text = marp("# Serving", "# Cache\n\nA KV cache keeps the AUC of the ranker at 0.94 on the ZQX cluster.")
    path = write(tmp_path, "deck.md", text)
    flagged = {f.message.split("'")[1] for f in by_code(lint(path), "TL205")}
    assert flagged == {"KV", "AUC", "ZQX"}
    flagged = {f.message.split("'")[1] for f in by_code(lint(path, profile="ml-engineer"), "TL205")}
    assert flagged == {"ZQX"}
    with_allow = lint(path, profile="ml-engineer", rules={"undefined-acronym": {"allow": ["ZQX"]}})
    assert not by_code(with_allow, "TL205")
    audience = lint(path, profile="ml-engineer", rules={"undefined-acronym": {"audience-knows": []}})
    assert {f.message.split("'")[1] for f in by_code(audience, "TL205")} == {"KV", "AUC", "ZQX"}


def test_the_robotics_profile_knows_the_fields_daily_acronyms(tmp_path: Path) -> None:
    """A robotics panel says "IMU" and "MPC" every day; a hiring committee of the whole department does not."""
    text = marp("# Mapping", "# Odometry\n\nAn IMU and a CNN feed MPC on the ZQX rover.")
    path = write(tmp_path, "deck.md", text)
    assert {f.message.split("'")[1] for f in by_code(lint(path), "TL205")} == {"IMU", "CNN", "MPC", "ZQX"}
    assert {f.message.split("'")[1] for f in by_code(lint(path, profile="robotics"), "TL205")} == {"ZQX"}
