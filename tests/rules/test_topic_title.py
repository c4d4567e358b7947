from __future__ import annotations

from pathlib import Path

import pytest

from talklint.analysis import analyse
from talklint.analysis.verbs import has_verb, states_claim
from talklint.parsers import parse_talk
from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp

# The fix of a topic title over a slide with no sentence to quote.
_NO_SENTENCE_QUOTED = "with the one sentence you want the audience to remember"


def _fix_for(tmp_path: Path, title: str, body: str) -> str:
    """The fix of the topic title of a slide with ``body``, the second of a deck whose third, "Method", is flagged
    too."""
    slides = ["# Talk", f"# {title}\n\n{body}", "# Method\n\n- x"]
    [fix, _] = [f.fix for f in by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL303")]
    return fix


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("Results", False),
        ("Experimental setup", False),
        ("Our method halves the error", True),
        ("Caching cuts latency by 40%", True),
        ("Sodium cathodes last 4,000 cycles", True),
        ("A manufacturer ships it", True),
        ("Robots fail silently", True),
        ("Clinical data predict complicated infections", True),  # a plural without an s
        ("Training data", False),
        ("Robots still fail in our homes", True),  # an adverb between the subject and its verb
        ("People rarely notice silent failures", True),
        ("Still life paintings", False),
        ("From SJC, to Pier 39, Monday, 9am", False),  # the 'am' of '9am' is no verb
        ("I am here at 9am", True),
        # an "-s" form that ends its phrase is a plural noun, unless a determiner opened the subject
        ("Latency results", False),
        ("ML models (LLMs, summarization)", False),
        ("Layer stacks for mirrors", False),
        ("The model converges", True),
        ("Tail latency halves", True),  # a form a title hardly uses as a noun is the verb
        ("Training converges", True),
        ("RDF triples", False),  # "triples" names things too
        ("Glidein reports to the factory", True),
        ("Red Hat sysadmin's guide", False),  # a possessive, not a plural subject
        ("It’s a trade-off", True),  # a pronoun with its verb, typeset apostrophe and all
        ("Two factories and a hospital lab now run our system", True),  # an adverb before it makes a verb
        ("Now run", False),  # the first word alone
        ("Adopted by two state health departments", True),  # a passive with its agent
        ("Based on prior work", False),
        # how a measured quantity moves: a result stated, though many of these words are nouns too
        ("OFC ramps before leaving", True),
        ("Accuracy peaks at three layers", True),
        ("Spike sorting", False),
        ("Peak memory", False),
        ("Rare decays as a probe of new physics", False),  # 'decays' names events here
        ("Students skim, then stop", True),  # a listed verb after "then", though the first is not listed
        ("Then and now", False),
        ("Hospitals cannot share patient data", True),  # "cannot", written as one word
        ("Three questions after each session", False),  # a word counted is a noun
        ("Many users quit", True),
        # an "-s" word right before an article opens its object: a verb, though the lexicon lacks it
        ("Shape noise swamps the signal", True),
        ("GNN as the bridge among CL and ML", False),  # a function word that ends in "s"
        ("Towards the desk as a working space", False),
        ("Number of free courses – the number of courses with no prerequisites", False),  # a dash ends the phrase
        # an order with its object states the point; one that only presents what comes does not
        ("Keep the human in the loop", True),
        ("Ask them early", True),
        ("Design of experiments", False),
        ("Consider the following", False),
        ("Recall the setup", False),
        # what a method or a system does, in its "-s" form; its "-ed" form modifies a noun
        ("Our controller grasps again as the object slips", True),
        ("The planner navigates around people", True),
        ("VeloUT: Optimised algorithm", False),
        ("Simulated annealing results", False),
        ("Grasp planning", False),
        # a plural subject, a phrase after it, then the verb and its object
        ("Single iron atoms in carbon match platinum's activity", True),
        ("Single iron atoms in carbon match the activity of platinum", True),
        ("Robots in warehouse work", False),  # no object: one long noun
        ("Graphs in biology research", False),
        # a person who did something, in a verb no list holds: its past form after the pronoun
        ("We prototyped a shared waitlist", True),
        ("I then interviewed thirty parents", True),
        ("Our seed funding", False),
        ("We, the undersigned", False),
        # "matters" ends a claim ("Timing matters"); after an adjective it names things ("Practical matters")
        ("In infants, timing matters", True),
        ("Practical matters", False),
        # what programs and their tools do
        ("Two wallets compile with our compiler", True),
        ("Compiler passes", False),
        # irregular past forms ("ate", "caught"); not those that are nouns or modifiers too ("bound", "shot")
        ("Children ate the new menus", True),
        ("Fishers caught fewer cod", True),
        ("Error bound", False),
        ("Zero-shot transfer", False),
        # ... which are verbs between a subject and its object ("fed", "bred"); a base verb after a plural subject
        ("Migrants fed the cities", True),
        ("Farmers bred the first drought-tolerant maize", True),
        ("The Fed", False),
        ("Error bound for the estimator", False),
        # a past spelled as its base, after a singular subject and before its object
        ("Continuous batching hit a wall", True),
        ("Beam search hit the token limit", True),
        ("Cache hit rate", False),
        ("Feature set of the ranker", False),
        ("Place cells fire in sequences during rest", True),
        ("Forest fire risk", False),
        # a verb made with "re-" before its object
        ("Adjusters re-key everything", True),
        ("Data re-use policies", False),
        ("Re-identification attacks", False),
        # what wears people out ("burns users out")
        ("Engagement ranking burns users out", True),
        # what others did with the work, told as a claim ("Carbios licensed the design")
        ("Carbios licensed the design for its demonstration plant", True),
        ("Licensed spectrum access", False),
        # the work taken up, told in the passive, and where it went; not the method's own steps
        ("Deployed at three hospitals in Jordan", True),
        ("Licensed to two companies", True),
        ("Trained on ImageNet", False),
        ("Applied to medical imaging", False),
        ("Burn rates", False),
        # after a comma, a participle describes the noun before it; a hyphenated compound is one word
        ("Hierarchical Bayesian model, fitted in Stan", False),
        ("3-layer MLP, 256 hidden units", False),
        ("Costs fell, wages have risen", True),
        ("Errors dropped, costs increased", True),
        ("Gradient-boosted trees on predicate features", False),
        ("Self-driving cars crash in fog", True),
        # a plural subject, a phrase with its article, then the verb
        ("Waves on the ocean break", True),
        ("Results on the test set", False),  # a data split ends the noun, not a verb
        ("Errors on the validation split", False),
        ("Results on the test set improve", True),
        ("Chapter 1: The cable arrives", True),  # a noun that ends as adjectives do, then its verb
        ("Joint retrieval recovers injected atmospheres", True),  # a verb's noun in "-al", then its verb
        ("Our metric predicts failures", True),
        ("Survival analysis", False),
        ("Shipped in Azure SQL", True),  # the work taken up, and by whom, named
        ("Deployed with the Finnish Road Authority", True),
        ("Flint and Toledo use our maps to plan replacements", True),  # two names joined share the verb
        ("Search and Rescue Robots", False),
        # an adverb of time before an "-s" form makes it a verb, not a plural noun ending its phrase
        ("Pennsylvania Medicaid now pays for the program", True),
        ("Kenya already pays for school meals", True),
        ("Pays for performance", False),
        ("LeakFix repairs them automatically", True),  # an "-s" form nouns share, a verb by its object
        ("Adopted at the Mayo Clinic", True),
        ("Deployed models", False),
        ("Confirmed in mice", True),  # a finding found again, and where
        ("Validated on three datasets", True),
        ("Validated models", False),
        ("Metric learning", False),
        ("Coastlines erode faster", True),
        ("Transporters rock between two faces", True),  # how a molecule moves
        ("Rock physics models", False),
        # what matter, light and living things do; their "-ed" forms modify a noun
        ("Copper complexes absorb visible light", True),
        ("Lexical similarity modulates vocabulary growth", True),
        ("Enzymes cleave the bond", True),
        ("Trapped ions", False),
        ("Dissolved oxygen in estuaries", False),
        ("Cable news", False),
        ("Cells in the tumour microenvironment", False),
        ("Numerics agree", True),
        ("Farmers list by phone, in the field", True),
        ("CAR-T cells cure some cancers and nearly kill some patients", True),
        # a plural subject's verb, compared with "as … as"; not a list joined by "as well as"
        ("Bilingual infants segment as well as monolinguals", True),
        ("Small models reason as often as large ones", True),
        ("Speech segmentation as well as word learning", False),
        ("Images and audio as well as text", False),
        # two things joined, each with its article, and their verb before its object
        ("A driver and an algorithm make the same mistake", True),
        ("The model and the data shape the result", True),
        ("Search and the ranking model", False),
        # a verb whose "-s" form is never a noun ends the title: "agrees", "exists"
        ("Human evaluation agrees", True),
        ("The effect exists", True),
        ("Layer stacks", False),
        # a relative clause's verb after a plural noun, with its object; not a determiner or the clause's subject
        ("Phage cocktails that trap resistance", True),
        ("Galaxies which host quasars", True),
        ("Tools that researchers use", True),
        ("Papers that year", False),
        ("Datasets that public benchmarks", False),
        # a verb no list holds, between a plural subject and its object's owner; not a function word or preposition
        ("Lights Out: cities dim their lights on our forecast", True),
        ("Students and their parents", False),
        ("Patients near their homes", False),
        ("Scientists hedge, and readers misjudge them", True),
        ("Letters to them", False),
        # ... with adverbs between the subject and the verb
        ("Three teams now gate their releases on it", True),
        ("Patients still near their homes", False),
        # a verb no list holds, before an adverb of manner
        ("Bridges crack silently", True),
        ("Sensors quickly", False),
        # what people, bodies and materials do of themselves, before a preposition; the same words in a compound
        ("Councils vote with the speakers", True),
        ("Cracks seal under cyclic load", True),
        ("Striatal activity rescales with the interval", True),
        ("Sleep patterns of students", False),
        ("Crack detection", False),
        ("Flow cytometry", False),
        # ... whose "-s" form is a plural noun in a title
        ("Party votes in parliament", False),
        ("Elephant seals in the Arctic", False),
        ("Proteins fold in microseconds", True),
        ("Disulfide bonds exchange at room temperature", True),
        ("Heat exchange", False),
        ("Antibodies bind the spike protein", True),
        ("Drug binding sites", False),
        # what one thing does to another, as a result says it; an "-s" verb after a determiner and one noun
        ("Replay favours unvisited goals", True),
        ("The change reverses for older speakers", True),
        ("Our method scales to large graphs", True),
        ("The energy costs of cooling", False),  # "of" after the word: a noun's
        ("The data sets for training", False),
        ("Weather forecasts", False),
        ("Rare delays in shipping", False),
        ("Some songs stick", True),  # a verb whose "-s" form is a plural noun: "Hockey sticks"
        ("Hockey sticks", False),
        # British spellings of the method's verbs, in an imperative with its object
        ("Distil the ensemble into one small model", True),
        ("Distillation of ensembles", False),
        # what models do to data, and a market's actors; a map, an embedded or aligned thing is no claim
        ("Intent embeddings map queries to needs", True),
        ("Risk maps of Europe", False),
        ("Contrastive training aligns the two encoders", True),
        ("Aligned models", False),
        ("Banks lend less after the shock", True),
        ("Noise weakens the signal", True),
        # everyday verbs of people, organisms and programs; their "-ed" form and their "-s" nouns stay topics
        ("Students paste homework into chatbots and learn nothing", True),
        ("Landlords evict tenants before winter", True),
        ("Our compiler inlines hot loops automatically", True),
        ("Ants farm aphids", True),
        ("Ant farms", False),
        # after "our system" or "the planner", an "-s" form plural nouns share is the verb, before what it acts on
        ("Our system watches, diagnoses and repairs", True),
        ("The planner tracks the arm", True),
        ("The heat maps", False),
        ("Our morning walks", False),
        # a verb no list holds, between its subject's adverb and its object
        ("States now copy the cap", True),
        ("Clinics still fax the forms", True),
        ("Results now available", False),
        # only a verb (or a preposition) takes an object pronoun, wherever it stands
        ("People type three words and expect us to read their mind", True),
        ("Most listeners forgive them", True),
        ("Results for them", False),
        # a past form no list holds, after its subject and before a comparative
        ("Students of those teachers scored higher in math", True),
        ("Tests scored by hand", False),
        # what a cause does to a capacity, what fades, and a verb made with its prefix
        ("Sleep loss impairs memory consolidation", True),
        ("Antibodies wane within six months", True),
        ("Visually impaired users", False),
        ("Children of immigrants out-earn their parents", True),
        ("Nature inspired algorithms", False),
        ("Time constrained planning", False),
        ("The proposed approach", False),
        # after "this", a verb takes its "-s": a base form there names a thing
        ("In this talk", False),
        ("This talk", False),
        ("This works", True),
        ("This changed everything", True),
    ],
)
def test_verb_lexicon(title: str, verb: bool) -> None:
    assert has_verb(title) is verb  # the lexicon, used when no tags are given


def test_flags_topic_titles_not_structural_ones(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Results\n\nx",
        "# Our method halves the error\n\nx",
        "# Outline\n\nx",
        "# About me\n\n- PhD, 2020",
        "# Our contributions\n\n- A verifiable database",
        "# Questions?",
    )
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL303")
    assert finding.slide == 2
    assert finding.severity.value == "info"
    assert finding.message == "the title of slide 2 'Results' names a topic, not the point"


@pytest.mark.parametrize(
    "title",
    ["Future work", "Summary & Outlook", "Conclusion and future work", "To sum up:", "Next steps", "Abstract", "Demo",
     "Live demo", "Video", "Collaborators", "Teaching & mentoring", "My team", "Funding", "Lessons", "Key lessons",
     "Lessons from a year in a real warehouse"],
)  # fmt: skip
def test_frame_titles_and_their_pairs_name_the_part_as_they_should(tmp_path: Path, title: str) -> None:
    text = marp(
        "# Talk",
        "# Experimental setup\n\n- Ten homes",
        f"# {title}\n\n- Robots that explain themselves",
        "# Questions?",
    )
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL303")
    assert "'Experimental setup'" in finding.message


def test_the_agenda_slide_is_judged_by_the_agenda_rules_not_by_its_title(tmp_path: Path) -> None:
    text = marp(
        "# Robots that ask for help",
        "# Robots fail silently\n\n- 7 in 10 failures go unnoticed",
        "# Experimental setup\n\n- Ten homes, two robots",
        "# Our robots ask before they fail\n\n- Failures fell from 70% to 31%",
        "# Possible improvements and future directions\n\n- Robots that explain themselves\n- Robots that teach",
        "# Questions?",
    )
    findings = by_code(lint(write(tmp_path, "deck.md", text)), "TL303")
    assert [f.slide for f in findings] == [3]


def test_the_vision_slide_names_its_part_and_a_numbered_aim_is_judged_by_its_title(tmp_path: Path) -> None:
    text = marp(
        "# Gut microbes and immune timing",
        "# Preterm infants lose their first defence\n\n- Antibiotics wipe out their gut bacteria",
        "# Overall goal\n\nRestore the clock of immune development in every preterm infant.",
        "# Aim 1: Neutrophil maturation\n\n![](fig1.png)",  # a topic after the aim's number
        "# Aim 2: Restoring three species halves sepsis deaths\n\n![](fig2.png)",
        "# Questions?",
    )
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", text)), "TL303")] == [4]


def test_a_title_that_is_a_quotation_is_its_point(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# “And making any necessary changes on the host …”\n\n- BIRD: a BGP client for routing updates",
        "# “Cloud” basics\n\n- Containers on shared machines",
    )
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL303")
    assert "'“Cloud” basics'" in finding.message


def test_pptx(tmp_path: Path) -> None:
    slides = [{"title": "Talk", "layout": 0}, {"title": "Method", "bullets": ["a b"]}, {"title": "Results"}]
    assert [f.slide for f in by_code(lint(build_pptx(tmp_path / "deck.pptx", slides)), "TL303")] == [2]


@pytest.mark.parametrize(
    ("title", "claim"),
    [
        ("Result: half the failures, a third of the questions", True),
        ("Caching: 2x faster startup", True),
        ("No retraining needed", True),
        ("Experimental setup", False),
        ("Related work", False),
        ("Our objective: accelerate MRI scans", True),  # an aim announced, then stated with its verb
        ("Idea: share the cache across requests", True),
        # a verb no list holds, before its object's article, after the label
        ("Idea: slide the object to the edge first", True),
        ("Key idea: tessellate the mesh", True),
        ("Idea: a new loss", False),
        ("Idea: sliding of the object", False),
        ("Part 2: Design", False),  # a label and a word, not an aim
        ("Method: design space", False),
        ("Checklists, not drugs", True),  # a contrast: what it was, and what it was not
        ("Play data instead of demonstrations", True),
        ("Surveys rather than interviews", True),
        ("Builds as fast as GCC -O2", True),  # a comparison of equals
        ("Models as well as data", False),  # two things joined
        # the approach announced, then said with its verb; a rate between the subject and its verb
        ("My approach: make structure audible and skimmable", True),
        ("Our approach: graph neural networks", False),
        ("Ten photos a week beat a satellite for the peak", True),
        ("Two visits per month cut readmissions", True),
        ("One model a day", False),
        ("Visits per month", False),
        # a share said in words is a quantity; an ordinal or a span is not
        ("The one-tap logger cut drop-off by a third", True),
        ("Two thirds of the calls", True),
        ("Third aim", False),
        ("A quarter century of work", False),
        # a label that says what became of the work is the point; what follows says where
        ("Shipped: now the default ranker for podcasts and audiobooks", True),
        ("Adopted: three state health agencies", True),
        ("Deployment: three state health agencies", False),
        # the work taken up, alone or how far: the title says what became of it
        ("Adopted upstream", True),
        ("Shipped", True),
        ("Deployed worldwide", True),
        ("Adopted approaches", False),
        # a number that measures is a claim; one that indexes, dates, counts a scope or names is not
        ("Errors: 12% → 3%", True),
        ("p99 latency: 40 ms on a laptop", True),
        ("1,220 heat deaths a year", True),
        ("Online: +4.1% bookings", True),
        ("9 in 10 towels folded on the first try", True),
        ("Top-1 accuracy: 76.3 vs 71.2", True),
        ("Study 1: excess mortality in 14 cities, 2000–2020", False),
        ("The trigger in Run 1 (2010-2013)", False),
        ("Unrolled models - 1", False),
        ("1D CNN", False),
        ("NNPDF 4.0", False),
        ("Results on ImageNet-1k", False),  # a name's number
        ("Sample: 1,024 adults", False),  # a sample's size
        # a name of letters and digits is a word, the subject of the verb after it
        ("Fe4N/CeO2 matches ruthenium at one-hundredth of the cost", True),
        ("GPT4 beats humans on the bar exam", True),
        ("ESP32 boards", False),
        # a Latin or Greek plural of the sciences is a subject
        ("Coral larvae swim toward reef sounds", True),
        ("Fungi grow in the dark", True),
        ("Bacteria of the gut", False),
    ],
)
def test_a_title_with_a_quantity_or_comparison_states_a_claim(title: str, claim: bool) -> None:
    assert states_claim(title) is claim


def test_the_fix_quotes_a_sentence_of_the_slide_and_never_a_placeholder(tmp_path: Path) -> None:
    slides = [
        "# Talk",
        "# Evaluation\n\n- Silent failures fell from 70% to 31% in 40 homes\n- Owners trusted the robot more",
        "# Related work\n\n- Smith et al. 2019\n- Lee 2020",
        "# Method\n\n- x",
    ]
    found = by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL303")
    fixes = {f.slide: f.fix for f in found}
    assert (
        fixes[2]
        == "Retitle slide 2 'Evaluation' with its point, e.g. 'Silent failures fell from 70% to 31% in 40 homes'"
    )
    assert "<" not in fixes[3] and _NO_SENTENCE_QUOTED in fixes[3]


@pytest.mark.parametrize(
    "sentence",
    ["The observer converges in three steps (Watanabe et al., 2024).", "The observer converges in three steps [12]."],
)
def test_the_fix_quotes_a_sentence_without_the_source_it_cites(tmp_path: Path, sentence: str) -> None:
    fix = _fix_for(tmp_path, "A friction observer", sentence)
    assert fix.endswith("e.g. 'The observer converges in three steps'")


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        # a paragraph's sentence, or its first clause, can be the title when the whole is too long for one
        (
            "The dataset has 10,000 grasps from 3 robots; each grasp is labelled by two annotators in a week.",
            "The dataset has 10,000 grasps from 3 robots",
        ),
        (
            "We ran it for six weeks in thirty homes with forty owners. Owners trusted the robot more.",
            "We ran it for six weeks in thirty homes with forty owners",
        ),
        # ... the sentence that reports the result, when one does
        (
            "We ran it for six weeks in thirty homes with forty owners. All methods reach 100% precision.",
            "All methods reach 100% precision",
        ),
        # not a sentence cut at an abbreviation, a caption, a footnote, nor a subscript
        (
            "The main goal of EKO is to compute reusable evolution operators (i.e. EKOs).",
            "The main goal of EKO is to compute reusable evolution operators",
        ),
        # without its asides: a title states the point, not its detail
        ("DFT (B3LYP-D3/def2-TZVP) locates a Mo-nitride intermediate.", "DFT locates a Mo-nitride intermediate"),
        ("Style transfer(VST) models use too much memory.", "Style transfer models use too much memory"),
        ("The number of distinct time stamps is O(n).", "The number of distinct time stamps is O(n)"),  # an argument
        # a formula's group with its count, part of the claim
        ("Passivation by Fe(OH)₂ limits utilisation to 30%.", "Passivation by Fe(OH)₂ limits utilisation to 30%"),
        ("Passivation by Ca(OH)2 limits utilisation.", "Passivation by Ca(OH)2 limits utilisation"),
        ("Fig. 5. Style transfer results by three different methods on the same photograph", ""),
        ("39 Souhila Kaci. Working with Preferences: Less Is More. Springer, 2011", ""),
        ("The region around the laser is included in the fast partition Ω_f of the mesh.", ""),
        ("Validation against experimental melt pool shape data of [12], as done in [13].", ""),  # cut by citations
        # a data source, no claim: "census" and "status" are no plural subjects before a verb
        ("The National Broadband Map: fibre availability by census block", ""),
    ],
)
def test_the_fix_quotes_one_sentence_of_a_paragraph_never_a_piece_of_one(
    tmp_path: Path, body: str, quoted: str
) -> None:
    fix = _fix_for(tmp_path, "Data", body)
    if quoted:
        assert fix.endswith(f"e.g. '{quoted}'")
    else:
        assert _NO_SENTENCE_QUOTED in fix


def test_the_fix_leaves_out_a_label_run_into_the_sentence(tmp_path: Path) -> None:
    tex = r"""\documentclass{beamer}
\begin{document}
\begin{frame}{Talk}\end{frame}
\begin{frame}{Intrinsic charm: plot}
\textsc{\textbf{Message}} In the 3-flavour scheme a valence-like peak is present.
\end{frame}
\begin{frame}{Campus grids}
Encompass: The campus grid should reach all clusters on the campus.
\end{frame}
\end{document}
"""
    fixes = [f.fix for f in by_code(lint(write(tmp_path, "talk.tex", tex)), "TL303")]
    assert [fix.split("e.g. ")[1] for fix in fixes] == [
        "'In the 3-flavour scheme a valence-like peak is present'",
        "'Encompass: The campus grid should reach all clusters on the campus'",
    ]


def test_section_dividers_and_frame_slides_are_left_alone(tmp_path: Path) -> None:
    text = marp("# Talk", "# Method", "# Why robots fail\n\n- x", "# Acknowledgments\n\nNSF", "# Thank you")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL303")


def test_the_page_that_opens_a_section_names_it(tmp_path: Path) -> None:
    body = r"""\documentclass{beamer}
\begin{document}
\begin{frame}{Talk}Hello\end{frame}
\section{Part 1: Gene functions}
\begin{frame}{Part 1: Gene functions}Joint with P. Thomas\end{frame}
\begin{frame}{Gene ontology}Terms for every gene\end{frame}
\section{Datasets}
\begin{frame}{Datasets}\begin{itemize}\item Yelp reviews \item Amazon reviews\end{itemize}\end{frame}
\end{document}
"""
    found = by_code(lint(write(tmp_path, "talk.tex", body)), "TL303")
    assert [f.slide for f in found] == [3, 4]  # a list under the section's name is a content slide


def test_trained_pipeline_tags_when_installed(tmp_path: Path) -> None:
    from tests.analysis.test_nlp import installed_model

    name = installed_model()
    if name is None:
        pytest.skip("no trained spaCy pipeline installed (none can be downloaded here)")
    from talklint.analysis.nlp import pipeline

    def tags(title: str) -> list[str]:
        return [t.pos_ for t in pipeline(name)(title)]

    assert has_verb("Sodium cathodes endure", tags("Sodium cathodes endure"))  # 'endure' is not in the verb list
    assert not has_verb("Experimental setup", tags("Experimental setup"))


def test_a_flood_shows_a_topic_title_over_the_results_that_the_slide_states_as_its_example(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Context\n\n- Home robots",
        "# Background\n\n- Prior robots",
        "# Setting\n\n- Forty homes",
        "# Method\n\n- Uncertainty estimates",
        "# Evaluation\n\n- Silent failures fell from 70% to 31% in 40 homes",
        "# Outlook\n\n- More homes",
    )
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL303")
    assert "the worst: the title of slide 6 'Evaluation' names a topic" in finding.message
    assert finding.fix.startswith("Retitle slide 6 'Evaluation' with its point, e.g. 'Silent failures fell from 70%")


_XARINGAN_TALK = """---
title: "Borrowing strength across small areas"
output: xaringan::moon_reader
---

# Counties with 200 people get the same survey weight as cities

---

# The problem

- Health surveys sample 30 people in a small county
- Estimates swing by 40% from year to year

---

# Small-area statistics

My research asks how small-area statistics can become trustworthy enough to allocate public money.

---

# Fay-Herriot model

$$y_i = x_i b + v_i + e_i$$

---

# Mean squared error drops by 35%

![](mse.png)

---

# Summary

- Borrowing strength across time cuts error by a third
- Small counties gain the most

---

# Thank you!
"""


def test_a_slide_the_story_reads_as_the_vision_is_judged_by_its_own_rules_not_as_a_topic(tmp_path: Path) -> None:
    path = write(tmp_path, "talk.Rmd", _XARINGAN_TALK)
    story = analyse(parse_talk(path)).story
    assert story is not None
    programme = next(i for i, s in enumerate(story.slides) if s.title == "Small-area statistics")
    # The story reads it as the vision (the speaker's programme), whatever role the model weighed from its title.
    assert programme in story.where("vision")
    flagged = [f.message for f in by_code(lint(path), "TL303")]
    assert not [m for m in flagged if "Small-area statistics" in m]
    assert [m for m in flagged if "Fay-Herriot" in m]  # a topic title elsewhere still is one


def test_a_page_that_numbers_a_part_of_the_talk_names_it_as_it_should(tmp_path: Path) -> None:
    deck = marp(
        "# Teaching robots to fold laundry",
        "# Part 2: Folding\n\n![](fold.png)",
        "# Folding\n\n![](fold.png)",
        "# Part 3: Results\n\n- Success rose from 20% to 75%",  # a list: a content slide, whatever its label
    )
    flagged = [f.slide for f in by_code(lint(write(tmp_path, "deck.md", deck)), "TL303")]
    assert flagged == [3, 4]


@pytest.mark.parametrize(
    "lead",
    ["Their shapes are stretched by about 1% on average", "And yet we can change its value inside the function",
     "Let's create a function that computes the area",
     "Learn which mutations preserve the fold",  # an instruction, or a fragment whose subject is the title
     "10x scRNA-seq + barcode capture, 84,000 cells",  # a kit's name and a count compare nothing
     "85 °C, 85% relative humidity, 1-sun illumination",  # a list of settings with a share among them
     "Cross-validated on 1990–2010, tested on 2011–2020",  # steps without their subject
     "Until 2023, no one had shown this",  # it ends on what the sentence before said
     "Now what happens if the lens moves...", "Shapes stretch when…",  # it trails off for the speaker to finish
     "Epistemic: “The keys might be in the car”", "“Light bends around mass”",  # a quoted example, not the point
     "Variance grows as γ^(2n) for n layers", "Each shear γ_i adds noise"],  # a formula typed inline
)  # fmt: skip
def test_the_fix_skips_a_sentence_that_needs_the_one_before_it(tmp_path: Path, lead: str) -> None:
    body = f"- {lead}\n- Averaging shapes recovers the mass between us"
    fix = _fix_for(tmp_path, "Weak lensing in one slide", body)
    assert fix.endswith("e.g. 'Averaging shapes recovers the mass between us'")


def test_the_fix_quotes_a_reported_finding_as_the_claim_it_reports(tmp_path: Path) -> None:
    body = "- Uses daily shift data from 2,300 restaurants\n- Finds that a higher minimum cuts teen hours by 1.8%"
    fix = _fix_for(tmp_path, "This paper", body)
    assert fix.endswith("e.g. 'A higher minimum cuts teen hours by 1.8%'")


@pytest.mark.parametrize(
    "body",
    [
        # a sentence a text box broke over two paragraphs: its first line is no sentence of its own
        "The arrival of the first child is the strongest\n\ndemographic predictor of credit card debt.",
        # a name in capitals, which a verb's look-alike ("Model") does not make a claim
        "Community Terrestrial Systems Model\n\nLand, carbon and water in one code",
    ],
)
def test_the_fix_never_quotes_half_a_sentence_or_a_name(tmp_path: Path, body: str) -> None:
    fix = _fix_for(tmp_path, "Paper 1", body)
    assert _NO_SENTENCE_QUOTED in fix


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        # a list of named items: one of them is not the slide's point
        ("- Tracing: blame goes back to an earlier choice\n- Attributionism: blame what expresses the self\n"
         "- Skepticism: no one is ever blameworthy", ""),
        # ... named with their letters in parentheses too
        ("- Copyright: protects the recording, not the timbre\n- Data protection (GDPR): covers voiceprints as data",
         ""),
        # ... unless one reports a measure
        ("- Tracing: blame goes back to an earlier choice\n- Juries: blame fell from 71% to 40% with a warning",
         "Juries: blame fell from 71% to 40% with a warning"),
        # a list in which not every item is named quotes its claim as before
        ("- Tracing: blame goes back to an earlier choice\n- Most views tie blame to control",
         "Tracing: blame goes back to an earlier choice"),
    ],
)  # fmt: skip
def test_the_fix_quotes_no_single_item_of_a_list_of_named_items(tmp_path: Path, body: str, quoted: str) -> None:
    fix = _fix_for(tmp_path, "Three rival views", body)
    if quoted:
        assert fix.endswith(f"e.g. '{quoted}'")
    else:
        assert _NO_SENTENCE_QUOTED in fix


def test_the_fix_quotes_the_measured_result_over_the_set_up_before_it(tmp_path: Path) -> None:
    body = "- Variant shows shipping and tax on the product page\n- Abandonment at payment fell from 31% to 22%"
    fix = _fix_for(tmp_path, "Study 3: showing the full price early", body)
    assert fix.endswith("e.g. 'Abandonment at payment fell from 31% to 22%'")


@pytest.mark.parametrize(
    ("title", "example"),
    [
        # a sentence that opens on its verb takes the name the title gives the thing as its subject
        ("Our method: AdaRank", "AdaRank allocates rank per layer by gradient norm"),
        ("TCRmatch", "TCRmatch allocates rank per layer by gradient norm"),
        # a title that names no thing by its name leaves the sentence as it is
        ("Rank allocation", "Allocates rank per layer by gradient norm"),
    ],
)
def test_the_fix_gives_a_sentence_that_opens_on_its_verb_the_name_in_the_title(
    tmp_path: Path, title: str, example: str
) -> None:
    body = "- Allocates rank per layer by gradient norm\n- Re-allocated every 500 steps"
    fix = _fix_for(tmp_path, title, body)
    assert fix.endswith(f"e.g. '{example}'")
