"""Companies that took the work up: one that licensed it, makes, sells or distributes it, runs a share of its own
business on it, built it into its product or ships it inside one ("Two firms have licensed our patent", "Our vaccine
cold-chain sensor is now sold by UNICEF's supply division", "The algorithm now routes 30% of Lyft's rides", "Duolingo
added our scheduler to its app", "ships in every copy of GCC"), one trying it in its own products or bound to it by
an agreement ("Panasonic is testing the electrolyte in its pouch cells", "a joint development agreement"), one
adopter named by its trade ("A vacuum maker ships it"), and a company spun out of the work. Other organisations
by name are ``named``'s.
"""

from __future__ import annotations

from talklint.analysis.uptake.words import ANY_NAME, COUNT, MAKERS, NAMED_ADOPTER, SOME, Way, any_of, searched_where

WAYS: tuple[Way, ...] = (
    # A share of what a named company does, done by the work: "The algorithm now routes 30% of Lyft's rides".
    searched_where(
        {"now"},
        rf"\bnow\s+[a-z]+s\s+(?:\d+(?:\.\d+)?\s?%|half|a\s+third|a\s+quarter|most)\s+of\s+{NAMED_ADOPTER}['’]s\s+[a-z]",
    ),
    # Sold or distributed by a named body: "Our vaccine cold-chain sensor is now sold by UNICEF's supply division"
    # (not "Our kit is sold by us at cost").
    searched_where(
        {"sold", "distributed", "marketed", "manufactured", "stocked"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:sold|distributed|marketed"
        rf"|manufactured|stocked)\s+by\s+(?:the\s+)?{NAMED_ADOPTER}",
    ),
    # A company took a licence: "A US start-up licensed the enzyme", "Two firms have licensed our patent", "The
    # partner licensed the catalyst", "Carbios licensed the design" (not one that gave the speaker a licence:
    # "Nielsen licensed the data to us").
    searched_where(
        {"licensed"},
        r"(?:\b(?:start-?ups?|compan(?:y|ies)|firms?|manufacturers?|spin-?offs?|industry|partners?|vendors?|makers?)"
        # any name but the speaker's: a company's may end as a plural does ("Carbios", "Siemens")
        r"|(?-i:\b(?!(?:We|I)\b)[A-Z][\w&-]*))\s+(?:has\s+|have\s+)?"
        r"licensed\s+(?:the|our|my|it|this|these)\b(?![^.;]{0,60}\bto\s+(?:us|me)\b)"
        # ... told in the passive, by the company's name: "Our soil sensor was licensed by John Deere in 2024"
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|is|are)\s+(?:now\s+)?licensed\s+by\s+"
        r"(?:the\s+)?(?-i:(?!(?:We|I|Our|My|The|University)\b)[A-Z][\w&-]*)(?![^.;]{0,40}?\bunder\b)",
    ),
    # One adopter, named by what it is, in the present: "A vacuum maker ships it", "A regional bank runs our model".
    searched_where(
        MAKERS,
        rf"\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:{any_of(MAKERS)})\s+(?:now\s+)?"
        r"(?:ships|sells|deploys|runs|uses|licenses|has adopted|adopted)\s+(?:it|them|our|my|this|these)\b"
        # "now" tells the change, whatever it sells: "A spin-off now sells the helmet to hospitals", "Our spin-out
        # now sells …"
        rf"|\b(?:a|an|one|our|my)\s+(?:[\w-]+\s+)?(?:{any_of(MAKERS)})\s+now\s+"
        r"(?:ships|sells|markets|licenses)\s+(?:the|a|an)\b",
    ),
    # A company makes or sells the work, by name or by its trade: "Alice & Bob builds our design", "A Swiss firm
    # manufactures our sensor", "The start-up's 2025 roadmap uses our layout" (not "PyTorch builds our graph":
    # only a design is built by others; nor the speaker's "We sell our kit at cost"; nor a foundry's service to a
    # study, "TSMC fabricated our chip", "A vendor manufactured our prototype").
    searched_where(
        {"builds", "building", "manufactures", "sells", "roadmap", "product", "products", "platform", "chip", "chips"}
        | {f"commerciali{z}{ending}" for z in "sz" for ending in ("es", "ed")},
        rf"(?:{NAMED_ADOPTER}(?:\s+&\s+(?-i:[A-Z][a-z]+))?|\b(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:{any_of(MAKERS)}))"
        r"\s+(?:(?:now|has|is)\s+)?(?:(?:builds|building)\s+(?:our|my)\s+(?:[\w-]+\s+)?(?:designs?|layouts?)\b"
        r"|(?:manufactures|sells|commerciali[sz](?:es|ed))\s+(?:our|my)\b)"
        # the company's own plan or product put on the work, the company by its trade or by name ("AWS's Ocelot chip
        # builds on our cat-qubit architecture")
        rf"|(?:\b(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:{any_of(MAKERS)})|{NAMED_ADOPTER})['’]s\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:roadmap|products?|platform|chips?)\s+(?:now\s+)?(?:uses|is\s+built\s+on|builds\s+on|relies\s+on)"
        r"\s+(?:our|my)\b",
    ),
    # An organisation that built the work into its own product: "Duolingo added our spaced-repetition scheduler to
    # its app in 2024" (not a scholar's "Smith added our proof to his book").
    searched_where(
        {"added", "integrated", "built", "incorporated", "baked", "folded", "put"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?:added|integrated|built|incorporated|baked|folded|put)\s+(?:our|my)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:(?:in)?to|in)\s+(?:its|their)\s+[\w-]+",
    ),
    # A named company trying the work in its own products: "Panasonic is testing the electrolyte in its pouch
    # cells", "Intel is evaluating our design in its next chip", or in a pilot plant or line of its own making: "CATL
    # is testing our electrolyte in a 1 MWh pilot" (not a study's "Participants are testing the app in their homes",
    # nor the speaker's "We are testing the electrolyte in our cells", nor a scholar's "in a paper").
    searched_where(
        {"testing", "trialling", "trialing", "piloting", "evaluating", "qualifying"},
        rf"{NAMED_ADOPTER}\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:testing|trialling|trialing|piloting"
        r"|evaluating|qualifying)\s+(?:the|our|my|it|this|these)\b[^.;]{0,40}?\bin\s+(?:(?:its|their)\s+(?:own\s+)?"
        # ("pilot" is a whole word before "plant" or "line" too: "a pilot plant")
        r"(?:[\w-]+\s+){0,2}?[a-z]+|an?\s+(?:[\w-]+\s+){0,3}?(?:pilot|production\s+line|demonstrat(?:or|ion)\s+plant)\b)",
    ),
    # An agreement that takes the work to a company: "Joint development agreement with Panasonic since 2025", "A
    # licensing deal with Bosch" (not a study's "data-use agreement" or "material transfer agreement").
    searched_where(
        {"agreement", "agreements", "deal", "deals"},
        r"\b(?:licen[cs]ing|joint[\s-]+development|co-?development|commerciali[sz]ation)\s+(?:agreements?|deals?)\b",
    ),
    # A company spun out of the work, by its name: "Spun out as Verdant Robotics, now with 60 employees".
    searched_where(
        {"spun"},
        r"\bspun\s+(?:out|off)\s+(?:as|into)\s+(?:(?-i:[A-Z])|a\s+(?:company|start-?up|firm))",
    ),
    # Companies founded on the work, counted: "Five startups were founded on the library", "Two companies are built
    # on our compiler" (not the speaker's "We founded the lab on two principles").
    searched_where(
        {"founded", "built", "based"},
        rf"\b(?:{COUNT}|{SOME})\s+(?:[\w-]+\s+)?(?:start-?ups|companies|firms|spin-?offs|spin-?outs|businesses)\s+"
        r"(?:were|have\s+been|are|was|has\s+been)\s+(?:now\s+)?(?:founded|built|based)\s+on\s+(?:our|my|the|it|this"
        r"|these)\b",
    ),
    # Shipped inside a product by its name: "Our compiler pass ships in every copy of GCC since version 13" (not what
    # comes with the work: "Our robot ships with Python bindings").
    searched_where(
        {"ships", "shipped", "bundled", "comes"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:ships|shipped|has\s+shipped|is\s+shipped|comes|is\s+bundled)\s+"
        rf"(?:in\s+(?:every\s+(?:copy|release|version|build|install(?:ation)?)\s+of\s+)?|with\s+every\s+"
        rf"(?:copy|release|version|build|install(?:ation)?)\s+of\s+){ANY_NAME}",
    ),
)
