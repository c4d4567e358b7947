"""Where policy is made: the work put to use by a public body ("The city adopted our model"), cited in a
report or a hearing, written into guidelines or a policy, implemented by a council, cleared by a regulator, made
mandatory or the official basis of a practice.
"""

from __future__ import annotations

from talklint.analysis.uptake.words import (
    ASSESSED,
    BODY_NAME_TAIL,
    NAMED_ADOPTER,
    NUMBERED_PART,
    OURS,
    PARTS_OF_A_TALK,
    POLICY_DOCUMENTS,
    POLICY_MAKERS,
    POLICY_PLANS,
    PUBLIC_BODIES,
    PUT_TO_USE,
    WORK_CITED,
    Way,
    searched_where,
)

# The words of a body that recommends or requires the work.
_RECOMMENDED = frozenset(
    {"recommend", "recommends", "recommended", "endorses", "endorsed", "mandates", "mandated", "requires", "required"}
)

# What law and public policy are written in: "the UK's national food strategy", "new FDA rules", "Dutch tax law"
# (not a learned policy, a plan of the speaker's or a law of nature: "the policy during training", "a scaling law").
_PUBLIC_RULES = (
    r"(?:laws|legislation|regulations?|guidelines|guidance|bills?|ordinances?|statutes?|directives?|rulemaking"
    r"|(?-i:[A-Z]{2,}\s+rules)|(?-i:Act)\b|(?:tax|labou?r|privacy|election|housing|immigration|criminal|family)\s+law"
    r"|(?:national|federal|state|public|government|city|county|municipal)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:polic(?:y|ies)|strateg(?:y|ies)|plans?|program(?:me)?s?|rules))"
)

WAYS: tuple[Way, ...] = (
    # Put to use where policy is made: "The Kenyan Ministry of Education used these estimates to plan its
    # program", "The city adopted our model", "The city's 2024 heat plan uses our exposure index" (not "we used
    # the ministry's data", "our department used the results of the survey", "the model uses our index").
    searched_where(
        {"used", "uses", "adopted", "adopts", "includes", "now", "features", "contains"},
        rf"(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES}|state(?=['’]s))"
        rf"(?:['’]s\s+(?:[\w-]+\s+){{0,3}}?{POLICY_PLANS})?{BODY_NAME_TAIL}\s+(?:of\s+[\w-]+\s+)?"
        r"(?:now\s+)?(?:used|uses|adopted|adopts|includes|relied\s+on|relies\s+on)\s+(?:our|these|my)\s+"
        rf"(?:[\w-]+\s+)?{PUT_TO_USE}\b"
        # a named body's plan or framework put on it: "The African Union's 2024 framework on gene drives adopted our
        # recommendation" (not "Smith's framework uses our notation")
        rf"|{NAMED_ADOPTER}['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{POLICY_PLANS}|frameworks?)(?:\s+(?:on|for)(?:\s+[\w-]+){{1,3}}?)?"
        r"\s+(?:now\s+)?(?:used|uses|adopted|adopts|includes|relied\s+on|relies\s+on)\s+(?:our|these|my)\s+"
        rf"(?:[\w-]+\s+)?{PUT_TO_USE}\b"
        # a named body's reader, textbook or guide that includes some of the work: "The Ministry of Education's 2024
        # Quechua reader includes 20 of our stories" (not "Smith's textbook includes our figure": a scholar's)
        rf"|(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES}){BODY_NAME_TAIL}['’]s\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:readers?|textbooks?|curricul(?:a|um)|manuals?|handbooks?|guides?|atlas|reports?)\s+(?:now\s+)?"
        r"(?:includes|uses|features|contains|adopts)\s+(?:(?:\d+|some|many|several|all|most)\s+of\s+)?(?:our|my)\b"
        # what they now do with it: "Two cities now fund right-to-counsel programs using our estimates"
        rf"|(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES}|cities|counties|states"
        rf"|governments|agencies|ministries|departments|regulators|ngos){BODY_NAME_TAIL}\s+now\s+[a-z]+\s+[^.;]{{0,60}}?"
        rf"\b(?:using|based\s+on|informed\s+by)\s+(?:our|these|my)\s+(?:[\w-]+\s+)?{PUT_TO_USE}\b",
        and_one_of=OURS | {"these"},
    ),
    # Recommended or required where policy is made: "The WHO recommends our screening protocol", "WHO guidelines now
    # recommend our protocol", "The state board requires our checklist" (not "Reviewers recommended our paper", nor
    # "We recommend our method").
    searched_where(
        _RECOMMENDED,
        rf"(?:(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES}|{POLICY_DOCUMENTS}){BODY_NAME_TAIL}|{NAMED_ADOPTER}"
        rf"(?:\s+(?:{POLICY_DOCUMENTS}))?)\s+(?:now\s+|also\s+)?"
        r"(?:recommends?|recommended|endorses|endorsed|mandates|mandated|requires|required)\s+(?:the\s+use\s+of\s+)?"
        rf"(?:our|my|these)\s+(?:[\w-]+\s+)?{PUT_TO_USE}\b",
    ),
    # Cited where policy is made: "The Legislative Analyst's Office cited an earlier draft in its 2023 report",
    # "Our estimates were cited in the Senate hearing" (not a paper's citations, nor "as cited in Smith (2020)").
    searched_where(
        {"cited", "cites"},
        r"(?<!\bwe )(?<!\bi )\bcit(?:ed|es)\s+(?:(?:our|my|this|an\s+earlier|the)\s+(?:[\w-]+\s+){0,2}?"
        # ... or a part of this talk's work by its number: "The EPA cited Chapter 3 in its 2025 guidance"
        rf"{WORK_CITED}|{NUMBERED_PART})\s+in\s+"
        # (or the document's name between, capitalised: "its 2025 State of World Fisheries report"; the documents
        # counted need no article: "Three states cited the working paper in 2024 housing bills")
        r"(?:(?:its|their|a|an|the)\s+)?(?:(?:[\w-]+\s+){0,3}?|(?:(?:\d{4}|(?-i:[A-Z])[\w-]*|of|on|for|and)\s+){1,6}?)"
        rf"(?:{POLICY_DOCUMENTS})\b"
        r"|\b(?:(?:our|my|these|the)\s+(?:[\w-]+\s+)?(?:work|paper|draft|study|findings|results|estimates?|analysis)"
        r"|(?-i:(?:Work|Paper|Draft|Study|Findings|Results|Estimates?|Analysis)))\s+"
        # "Findings were presented to the OpenSSF and cited in the 2024 CISA report"
        r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:[^.;]{0,50}?\band\s+)?cited\s+(?:in|by)\s+"
        r"(?:the\s+|a\s+|an\s+)?"
        rf"(?:[\w'’-]+\s+){{0,4}}?(?:{POLICY_DOCUMENTS}|{POLICY_MAKERS})\b"
        # a sentence of its own, its subject the work it sits under: "Cited in the 2023 HUD report" (a capital, so
        # that the "as cited in the report" of a background slide is not)
        # (or after another such participle: "Featured in the New York Times and cited in a Senate hearing")
        r"|(?:(?-i:\bCited)|(?-i:\b[A-Z][a-z]+ed\b)[^.;]{0,60}?\band\s+cited)\s+(?:in|by)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?:[\w'’-]+\s+){0,4}?"
        rf"(?:{POLICY_DOCUMENTS}|{POLICY_MAKERS})\b"
        # those who make policy, citing it: "The Kentucky Supreme Court cited this study", "the Court cited our
        # override analysis", "The state legislature cited the trial" (the talk's, as "the" names it; not a work
        # by its name, "cited the Coleman Report"; not "Smith cited our paper", a scholar's citation, nor "Our
        # office cited this study")
        # ... or the text they wrote, citing it: "The 2024 ordinance cites our sensor study"
        rf"|(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES}|{POLICY_DOCUMENTS}){BODY_NAME_TAIL}\s+(?:has\s+|have\s+)?"
        rf"cit(?:ed|es)\s+(?:(?:our|my|this|these)\s+(?:[\w-]+\s+){{0,2}}?|the\s+){WORK_CITED}\b",
    ),
    # Heard where policy is made: "Testimony to the Senate Commerce Committee, 2024", "I testified before the
    # state assembly" (a line of its own or the speaker's; not "testimony before Congress shows …" inside a
    # sentence about others, nor the witnesses of a trial: "testified at trial").
    searched_where(
        {"testified", "testimony"},
        r"(?:(?-i:\b(?:Testified|Testimony))|\b(?:I|we)\s+testified|\b(?:my|our)\s+testimony)\s+(?:before|to|at)\s+"
        rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{POLICY_MAKERS}|committee|assembly|council|board)\b"
        r"(?=\s*(?:[,.;:()\n–—-]|$)|\s+(?:in|on|about|of|at|for|and)\b)",
    ),
    # Written into the rules of a field: "Included in the 2024 state sepsis guidelines", "Our checklist was
    # incorporated into the WHO surgical standard", "… was folded into the WHO surgical safety guidelines" (a
    # sentence of its own, or the speaker's work as its subject; not "privacy is included in the 2018 regulations",
    # the world the work lives in).
    searched_where(
        {"included", "incorporated", "adopted", "written", "folded", "integrated", "embedded"},
        r"(?:(?-i:\b(?:Included|Incorporated|Adopted|Written|Folded|Integrated|Embedded))|\b(?:our|my|this)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
        r"(?:included|incorporated|adopted|written|folded|integrated|embedded))"
        r"\s+in(?:to)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:guidelines|guidance|regulations?|law|legislation|standards?|policy|policies|protocols?|curricul(?:a|um)"
        r"|textbooks?)\b",
    ),
    # ... or said to be in them: "Our rapid heat-stress test is in the 2024 manual of the Coral Restoration
    # Consortium", "Our findings are in the Western Cape's guidance for early-childhood centres" (not an agreement,
    # "Our results are in line with the WHO guidelines", nor a format, "Our data is in the standard format").
    searched_where(
        {"manual", "manuals", "handbook", "handbooks", "guidance", "guideline", "guidelines", "standard", "standards"}
        | {"protocol", "protocols", "curriculum", "curricula", "textbook", "textbooks", "toolkit", "toolkits"},
        r"\b(?:our|my|this)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
        r"(?:in|part\s+of)\s+"
        r"(?!(?:line|keeping|accordance|agreement|contrast|compliance)\b)(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
        r"(?:(?!our\b|my\b|with\b)[\w'’-]+\s+){0,4}?"
        r"(?:manuals?|handbooks?|guidance|guidelines?|standards?|protocols?|curricul(?:a|um)|textbooks?|toolkits?)"
        r"(?=\s*(?:[,.;:()]|$)|\s+(?:of|for|from|on|by|in|since)\b)",
    ),
    # ... or in them now, whoever says so: "Pulse oximeters are now in the national community health strategy", "The
    # method is now part of the research team's onboarding" (the change told by "now"; not a toolkit called
    # standard, "Transformers are now in the standard toolkit").
    searched_where(
        {"strategy", "strategies", "plan", "plans", "guidelines", "policy", "policies", "curriculum", "curricula"}
        | {"protocol", "protocols", "programme", "programmes", "program", "programs", "standard", "standards"}
        | {"onboarding", "playbook", "playbooks"},
        r"\b(?:is|are)\s+now\s+(?:part\s+of|in|included\s+in)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:strateg(?:y|ies)|plans?|guidelines|polic(?:y|ies)|curricul(?:a|um)|protocols?|program(?:me)?s?|standards?"
        r"|onboarding|playbooks?)"
        r"(?=\s*(?:[,.;:()–—-]|$)|\s+(?:(?:of|for|from|on|by|in|since)\b|\d))",
    ),
    # ... or shown in a named body's report: "Featured in the WHO's 2024 World Malaria Report", "Our estimates appear
    # in the IPCC Sixth Assessment Report" (a sentence of its own, or the speaker's work as its subject, and a body
    # named after "in": not "our results appear in the appendix").
    searched_where(
        {"featured", "appear", "appears", "appeared"},
        r"(?:(?-i:\bFeatured)|\b(?:our|my|these|this)\s+(?:[\w-]+\s+){0,2}?(?:appears?|appeared|(?:is|are|was|were)\s+"
        r"featured))\s+in\s+(?:the\s+)?(?-i:[A-Z])(?:[\w'’-]+\s+){0,5}?"
        r"(?:reports?|assessments?|guidelines|guidance|strateg(?:y|ies)|plans?|briefs?|testimony)\b",
    ),
    # The work that changed what others must do: "Our findings changed the dosing guidelines of the American Academy
    # of Pediatrics" (not "Our method changed the loss function").
    searched_where(
        {"changed", "shaped", "revised", "reshaped"},
        r"\b(?:our|my|this|these)\s+(?:[\w-]+\s+)?"
        rf"{WORK_CITED}\s+(?:have\s+|has\s+)?(?:changed|shaped|revised|reshaped)\s+(?:the\s+|its\s+|their\s+)?"
        rf"(?:[\w'’-]+\s+){{0,4}}?(?:{POLICY_DOCUMENTS}|practice|standards?|protocols?)\b",
    ),
    # Put in place by those who make policy or run services: "Our recommendations were implemented by the city
    # council", "The guidelines were adopted by the state legislature" (not "the filter was implemented by the
    # authors").
    searched_where(
        {"implemented", "enacted", "adopted"},
        r"\b(?:our|my|these|the)\s+(?:[\w-]+\s+)?(?:recommendations|guidelines|proposals?|policy|policies|"
        r"findings|model|tool|index|estimates|protocol|checklist)\s+(?:was|were|has\s+been|have\s+been)\s+"
        r"(?:implemented|enacted|adopted)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
        rf"(?:{PUBLIC_BODIES}|legislature|state|hospitals?|clinics?|schools?|districts)\b",
    ),
    # A public body, or an organisation by its name, that changed what it does because of the work: "The Ministry
    # of Gender, Children and Social Welfare added a school-attendance top-up to the programme after our results",
    # "The county extended the program based on our evaluation", "SEWA Bank adopted experience-based targeting,
    # following our results", "Delhi's Directorate of Education bought purifiers for 1,000 classrooms based on our
    # study", "The World Bank funded a $40M bus line in Dakar on the strength of our study" (not "Enrolment rose
    # after the reform", nor the speaker's "we changed the design after our pilot", nor a study's "Treatment villages
    # adopted it after our visits").
    searched_where(
        {"after", "following", "response", "because", "based", "strength", "basis"},
        rf"(?:(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES}){BODY_NAME_TAIL}|{NAMED_ADOPTER})\s+(?:has\s+|have\s+)?"
        r"(?:added|adopted|changed|introduced|expanded|extended|revised|launched|created|raised|lowered|cut|ended"
        r"|bought|purchased|funded|installed|scaled\s+up"
        r"|redesigned|reformed|rewrote|updated|replaced|stopped|started)\s+[^.;]{0,80}?\b"
        r"(?:after|following|in\s+response\s+to|because\s+of|based\s+on|on\s+the\s+(?:strength|basis)\s+of)\s+"
        # (the work as a line of research: "Instagram added a 'You're all caught up' marker based on this line of
        # research")
        rf"(?:our|my|these|this)\s+(?:(?:line|body|strand)\s+of\s+)?(?:[\w-]+\s+)?{WORK_CITED}\b",
        and_one_of=OURS | {"these", "this"},
    ),
    # ... or what a body has done since the work, told as the change it made: "Since our study, the state pays for a
    # tutor for every third grader", "Since our report, the city requires …" (not "Since our study, the error has
    # fallen", nor "Since our study, the state is …").
    searched_where(
        {"since"},
        rf"\bsince\s+(?:our|my)\s+(?:[\w-]+\s+)?{WORK_CITED}\s*,\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{PUBLIC_BODIES}|state|nation|country|government|ministry|legislature)\s+(?:now\s+)?"
        r"(?!(?:is|was|has|does|seems|remains)\b)[a-z]+s\b",
    ),
    # ... or that acted and named the work as its reason: "The California Air Resources Board funded filters for
    # 1,400 classrooms in 2024, citing our trial" (not the speaker's "We extended the trial, citing our pilot").
    searched_where(
        {"citing"},
        # (a body by its letters too: "HUD extended SAFMRs to 41 more metros, citing this evidence")
        rf"(?:(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES}){BODY_NAME_TAIL}|(?-i:\b[A-Z]{{2,6}}\b))\s+(?:has\s+|have\s+)?"
        r"[a-z]+\s+[^.;]{0,100}?,"
        rf"\s*citing\s+(?:our|my|this|these)\s+(?:[\w-]+\s+){{0,2}}?{WORK_CITED}\b",
    ),
    # A public body that paid for or ordered the work everywhere it governs: "The Texas Education Agency funded a
    # statewide rollout to 180 districts" (not the world's news: "The government launched a nationwide rollout of 5G").
    searched_where(
        {"rollout", "roll", "scale", "expansion"},
        rf"(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES}){BODY_NAME_TAIL}\s+(?:has\s+|have\s+)?"
        r"(?:funded|financed|ordered|approved|mandated|paid\s+for)\s+(?:a|the|its)\s+(?:state|nation|country|city"
        r"|system|region|province)-?\s*wide\s+(?:rollout|roll-out|scale-up|scale\s+up|expansion)\b"
        r"(?!\s+of\s+(?!our\b|my\b|it\b|the\s+(?:tool|program(?:me)?|model|app|dashboard|method)\b))",
    ),
    # The ground of a body's proposal or rules: "The calculus is the basis of the proposal to the C++ committee" (not
    # the field's history, "The DCT is the basis of the JPEG standard": no body named).
    searched_where(
        {"basis"},
        r"\b(?:is|are|was|were|became|has\s+become|forms?|formed)\s+(?:now\s+)?the\s+basis\s+(?:of|for)\s+"
        r"(?:the|a|an)\s+[^.;]{0,50}?\b(?:proposals?|standards?|guidelines?|regulations?|laws?|bills?|polic(?:y|ies)"
        r"|rules?)\s+(?:to|of|by|from|at|for)\s+(?:the\s+)?(?:[\w'’+-]+\s+){0,3}?"
        rf"(?:{PUBLIC_BODIES})\b"
        # ... or of a named government's programme: "Our soil map is the basis of Ethiopia's 2025 fertiliser subsidy"
        # (not "… the basis of Smith's proof": a scholar's)
        # ... or of a public body's, named by what it is: "… the basis of the state's clean-air shelter programme"
        # (a capitalised word before "'s" is a name, even one that ends as a plural does: "Paris's canopy plan")
        rf"|\bthe\s+basis\s+(?:of|for)\s+(?:the\s+)?(?:{NAMED_ADOPTER}|(?-i:[A-Z][\w&.-]*s)|(?:{PUBLIC_BODIES}|state"
        r"|nation|country))['’]s\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{POLICY_PLANS}"
        r"|subsid(?:y|ies)|laws?|regulations?|standards?|guidelines?|rules?|census|statistics)\b",
    ),
    # Made part of a named body's guide or plan: "Our screening questionnaire is part of the WHO's mhGAP guide", "…
    # part of the state's heat plan" (not "validated against the WHO's guide", nor a scholar's "part of Smith's
    # thesis").
    searched_where(
        {"part"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:is|are|became|has\s+become|have\s+become)\s+(?:now\s+)?(?:an?\s+)?"
        rf"(?:official\s+)?part\s+of\s+(?:the\s+)?(?:{NAMED_ADOPTER}|(?-i:[A-Z][\w&.-]*)|{PUBLIC_BODIES}|state|nation"
        r"|country)['’]s\s+(?:[\w-]+\s+){0,3}?(?:guides?|guidelines?|guidance|toolkits?|handbooks?|manuals?"
        rf"|curricul(?:um|a)|protocols?|standards?|{POLICY_PLANS})\b",
        and_one_of=OURS,
    ),
    # A public body's budget that pays for the work: "The Kenyan government's 2025 budget funds our school-feeding
    # programme nationwide" (not the speaker's research: "The state's budget funds our study").
    searched_where(
        {"budget", "budgets"},
        rf"\b(?:{PUBLIC_BODIES}|state|nation|country|{NAMED_ADOPTER})['’]s\s+(?:\d{{4}}\s+)?(?:[\w-]+\s+)?budgets?\s+"
        r"(?:now\s+)?(?:funds|fund|pays\s+for|pay\s+for|finances|covers|includes)\s+(?:our|my)\s+"
        r"(?!(?:[\w-]+\s+){0,2}?(?:study|studies|research|lab|team|group|trial|survey|grant|experiments?)\b)[\w-]+",
    ),
    # Made binding by others: "The state of Victoria made our protocol mandatory", "Two countries made our screen
    # compulsory for newborns" (not the speaker's "We made our protocol mandatory for all sites").
    searched_where(
        {"mandatory", "compulsory", "required", "obligatory", "part"},
        r"\b(?!(?:we|i|you|it|has|have|had|ve)\b)[a-z]+\s+(?:has\s+|have\s+)?made\s+(?:our|my)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:mandatory|compulsory|required|obligatory|part\s+of\s+(?:its|their))\b",
    ),
    # A named body that acted on the work's evidence: "The IUCN reclassified the species as endangered based on our
    # survey", "NOAA lowered its catch limit citing our stock estimates" (not the speaker's "Parameters were
    # updated based on our pilot study": no body acts there).
    searched_where(
        {"based", "basis", "citing"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?-i:(?:re)?classified|listed|designated|delisted|lowered|raised|cut"
        r"|closed|reopened|banned|restricted|revised|changed|set|declared)\b[^.;]{0,80}?\b"
        r"(?:based\s+on|on\s+the\s+basis\s+of|citing)\s+(?:our|my)\s+(?:[\w-]+\s+)?(?:survey|surveys|study|studies|data"
        r"|work|findings|evidence|results|analysis|report|model|estimates|counts|assessment)\b",
    ),
    # The work made part of a guideline others follow: "Our score is now part of the NICE guideline for sepsis",
    # "It became part of the state's reading curriculum", "The protocol became part of the national newborn
    # screening programme in Chile" (the work named by "the" where it became so: a change; not "This step is part
    # of the standard pipeline", nor "The heel-prick test is part of the national screening programme", the world
    # the work lives in).
    searched_where(
        {"part"},
        r"(?:\b(?:our|my|it|this|these)\b(?:\s+[\w-]+){0,3}?\s+(?:is|are|became|has\s+become|have\s+become)"
        rf"|\bthe\s+(?:[\w-]+\s+)?{PUT_TO_USE}\s+(?:became|has\s+become|have\s+become))\s+(?:now\s+)?"
        r"(?:an?\s+(?:official\s+)?)?part\s+of\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:guidelines?|curricul(?:um|a)|regulations?|polic(?:y|ies)|standard\s+of\s+care|syllab(?:us|i)|textbooks?"
        # a programme of the state's, not a research programme ("the national newborn screening programme")
        r"|toolkits?|(?:(?:national|state|federal|public|government|official)\s+"
        r"(?:(?!research\b)[\w'’-]+\s+){0,3}?)program(?:me)?s?)\b",
    ),
    # Others who have since written what the work found into their own rules: "Two of the three hospitals have since
    # made protected naps part of their night-shift policy" ("since" tells the change; not the speaker's "We have
    # since made the code part of our pipeline").
    searched_where(
        {"since"},
        r"\b(?:has|have)\s+since\s+(?:made|written|built|put|turned)\s+(?:[\w-]+\s+){1,4}?(?:part\s+of|into)\s+"
        r"(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:polic(?:y|ies)|guidelines?|protocols?|rules?|standards?|procedures?"
        r"|practice|curricul(?:um|a)|training)\b",
    ),
    # Cleared by a regulator for others to use: "The FDA cleared the device in 2024", "approved by the EMA", "The
    # FDA granted the system Breakthrough Device designation" (not "approved by the IRB", which lets a study run).
    searched_where(
        {"fda", "ema"},
        r"\b(?:FDA|EMA)\s+(?:has\s+)?(?:cleared|approved)\b|\b(?:cleared|approved|clearance|approval)\s+"
        r"(?:by|from)\s+(?:the\s+)?(?:FDA|EMA)\b|\bFDA\s+(?:clearance|approval)\b"
        r"|\b(?:FDA|EMA)\s+(?:has\s+)?(?:granted|gave|awarded)\s+(?:[\w-]+\s+){0,4}?(?:designation|status|clearance"
        r"|approval)\b",
    ),
    # ... or certified by a regulator of another trade, by its letters or its name: "The Federal Aviation
    # Administration certified the collision-avoidance logic in 2025", "EASA certified our design" (not a study
    # let run: "The agency approved the trial").
    searched_where(
        {"certified", "approved", "cleared"},
        r"(?:\b(?-i:FAA|EASA|FCC|EPA|MHRA|NHTSA|PMDA|TGA|CAA)|(?-i:\b[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}\s+"
        r"(?:Administration|Agency|Authority)))\s+(?:has\s+)?(?:certified|approved|cleared)\s+(?:the|our|my|it|this)\b"
        r"(?!\s+(?:[\w-]+\s+)?(?:study|trial|protocol|experiment|proposal|project|grant|application)\b)",
    ),
    # Public bodies of a kind that do their work with it: "The Dutch water boards schedule dike inspections with our
    # risk model" (not those weighing it: "Regulators disagree with our estimates").
    searched_where(
        {"boards", "councils", "authorities", "agencies", "ministries", "municipalities", "utilities", "regulators"},
        r"\b(?:boards|councils|authorities|agencies|ministries|municipalities|utilities|regulators)\s+(?:now\s+)?"
        rf"(?!(?:{ASSESSED}|(?:dis)?agreed?|differ(?:ed)?|var(?:y|ied))\b)"
        r"[a-z]{3,}\s+[^.;]{0,60}?\b(?:using|with|based\s+on|informed\s+by)\s+(?:our|my)\s+(?:[\w-]+\s+)?"
        rf"{PUT_TO_USE}\b",
    ),
    # Made the basis of a standard others follow: "Our framework became the basis of the ISO 26262 update", "… the
    # basis for the national building code" (a body by its letters; not a part of the talk, "the basis of Theorem
    # 2", nor a scholar's work, "the basis of Smith's proof").
    searched_where(
        {"basis"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|was|were|became|has\s+become|have\s+become)\s+(?:now\s+)?"
        r"the\s+basis\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?(?:(?-i:[A-Z]{2,}[\w-]*)"
        r"|(?:[\w'’-]+\s+){0,3}?(?:standards?|guidelines?|regulations?|codes?|laws?|polic(?:y|ies)|rules))\b",
    ),
    # Asked now in a named survey others run: "Our survey items are now asked in the European Social Survey every
    # two years" (not "in the Supplementary Material").
    searched_where(
        {"asked", "included", "fielded"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|has\s+been|have\s+been)\s+now\s+(?:asked|included|fielded)"
        rf"\s+in\s+(?:the\s+)?(?!{PARTS_OF_A_TALK}\b)"
        r"(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){1,4}\b",
    ),
    # A policy written from it: "It informed the 2023 WHO guideline on malaria", "Our findings informed the EU AI
    # Act's transparency rules" (not "informed by WHO guidelines", nor "prior work shaped the policy debate").
    searched_where(
        {"informed", "shaped"},
        r"\b(?:it|our|my|this|these|they)\s+(?:[\w-]+\s+){0,3}?(?:informed|shaped)\s+(?!by\b)(?:the\s+|a\s+|an\s+)?"
        r"(?:[\w'’-]+\s+){0,4}?"
        r"(?:guidelines?|guidance|policy|policies|regulations?|legislation|law|standards?|bill|rules|act|"
        r"directives?)\b",
    ),
    # Cited or used in a named body's own publication: "The IEA cites our grid model in its World Energy Outlook"
    # (not a scholar's paper: "Smith et al. cite our paper in their NeurIPS paper").
    searched_where(
        {"cites", "cited", "uses", "used", "includes", "included", "features", "featured"},
        rf"{NAMED_ADOPTER}\s+(?:now\s+)?(?:cites|cited|uses|used|includes|included|features|featured)\s+(?:our|my)\s+"
        r"(?:[\w-]+\s+){0,3}?in\s+(?:its|their)\s+(?:\d{4}\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)+",
    ),
    # Made mandatory, or the official ground of a public practice: "Our checklist is mandatory in all Dutch operating
    # rooms since 2022", "Our flood maps are the official basis for insurance premiums in Bangladesh" (not a study's:
    # "Our consent form is mandatory for all participants").
    searched_where(
        {"mandatory", "compulsory", "basis"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|became|has\s+become|have\s+become)\s+(?:now\s+)?"
        r"(?:(?:mandatory|compulsory|required)\s+(?:in|at|across|for)\s+(?:all|every|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?"
        r"(?!(?:participants|subjects|sessions|trials|experiments|runs|students\s+in\s+our)\b)[a-z]+s?\b"
        r"(?![^.;]{0,30}?\b(?:our|the|this)\s+(?:study|trial|pilot|experiment)\b)"
        r"|the\s+(?:official|legal|formal|national)\s+basis\s+(?:for|of)\b)",
    ),
    # Policy the work informed or changed: "Our findings informed the UK's 2022 national food strategy", "This
    # thesis led to a change in Dutch tax law", "Our work led to new FDA rules on implant labels" (not "These findings
    # guided the design of the second study", nor "Our results led to a new scaling law").
    searched_where(
        {"informed", "informs", "shaped", "shapes", "guided", "guides", "underpins", "underpinned", "led", "prompted"},
        rf"\b(?:our|my|these)\s+(?:[\w-]+\s+)?(?:{WORK_CITED}|thesis|dissertation)\s+"
        r"(?:have\s+|has\s+|directly\s+|also\s+)?"
        r"(?:informed|informs|shaped|shapes|guided|guides|underpins|underpinned"
        r"|(?:led|prompted)\s+(?:to\s+)?(?:an?\s+|the\s+)?(?:(?:changes?|revisions?|reforms?)\s+(?:in|to|of)\s+|new\s+)?)"
        rf"\s*(?!(?:our|my)\b)(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?{_PUBLIC_RULES}",
        and_one_of=OURS | {"these"},
    ),
)
