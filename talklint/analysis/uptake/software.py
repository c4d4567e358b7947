"""Code and software others took in: merged into their releases, a dependency of their projects, shipped, bundled or
packaged with theirs, moved onto or chosen over their own, made the default of a named library, and the bugs it
found fixed by those who maintain the code.
"""

from __future__ import annotations

from talklint.analysis.uptake.words import (
    AT_LEAST,
    COUNT,
    NAMED_ADOPTER,
    SOME,
    Way,
    searched_where,
)

# What follows an act, within its sentence, then the speaker's work it came after: "… after our report", "…
# following our provenance research" (a version's dot is no sentence's end: "patched iOS 17.2 after our disclosure").
_THEN_AFTER_OURS = r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:after|following|in\s+response\s+to)\s+(?:our|my)\s+(?:[\w-]+\s+)?"

# What a checker, a fuzzer or an attack finds in others' code.
_DEFECTS = r"(?:bugs|vulnerabilities|CVEs|flaws|races|data\s+races|deadlocks|crashes|leaks|memory\s+leaks|defects)"

WAYS: tuple[Way, ...] = (
    # Code taken into others' projects: "Merged into LLVM 17", "upstreamed into Linux 6.9", "a dependency of
    # 4,000 GitHub projects", "on by default since LLVM 18" (not "merged into one table", the speaker's data).
    searched_where(
        {"merged", "upstreamed", "dependency", "default"},
        # a project and its release ("LLVM 17", "Linux 6.9"; not "Classes were merged into Other 3 times")
        r"\b(?:merged|upstreamed|accepted)\s+into\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+v?\d+"
        r"(?:\.\d+)*(?=\s*(?:[;,.)]|$)|\s+(?:in|and|since|release)\b)"
        # ... or the speaker's own contribution, taken into a named project: "Our fix was merged into the Linux
        # kernel", "My patch was upstreamed into PyTorch"
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:code|fix(?:es)?|patch(?:es)?|changes?|pass(?:es)?|optimi[sz]ations?"
        r"|implementation|driver|module|feature|kernels?|pull\s+requests?|PRs?)\s+(?:was|were|has\s+been|have\s+been"
        r"|got|is\s+now|are\s+now)\s+(?:merged|upstreamed|accepted)\s+into\s+(?:the\s+)?(?-i:[A-Z])"
        rf"|\bdependency\s+of\s+(?:{COUNT}|{SOME})\s+(?:[\w-]+\s+)?(?:projects|packages|libraries|repositories|apps)\b"
        r"|\bon\s+by\s+default\s+(?:since|in|from)\s+(?-i:[A-Z])",
    ),
    # Others moving their own work onto the speaker's: "Two other orgs moved their models onto the platform",
    # "Five teams migrated to our pipeline" (not "Three teams moved to the cloud platform", someone else's).
    searched_where(
        {"moved", "migrated", "switched", "ported", "onboarded"},
        rf"\b(?:\d[\d,]*|{SOME})\s+(?:other\s+(?P<others>)|(?!other\b))(?:teams|orgs|organi[sz]ations|groups"
        r"|companies|labs|services|products|departments|projects)\s+(?:have\s+)?"
        r"(?:moved|migrated|switched|ported|onboarded)\s+(?:[^.;]{0,40}?\s)?(?:onto|to)\s+"
        r"(?:our|my|(?(others)(?:the|this)|(?!)))\s+(?:[\w-]+\s+)?"
        r"(?:platform|system|service|tool|library|framework|stack|pipeline|infrastructure)\b",
    ),
    # ... or gave up their own for it: "The ads team retired its own pipeline", "Two labs dropped their own
    # trackers" (not the speaker's "Our team retired its own cluster").
    searched_where(
        {"own"},
        r"(?<!\bour )(?<!\bmy )\b(?:teams?|compan(?:y|ies)|groups?|orgs?|organi[sz]ations?|labs?|departments?|"
        r"hospitals?|banks?|firms?)\s+(?:have\s+|has\s+)?(?:retired|dropped|replaced|deprecated|shut\s+down|"
        r"abandoned|sunset)\s+(?:its|their)\s+own\b",
    ),
    # ... or swapped its own for it, by name: "Duolingo replaced its placement test with our adaptive version" (not
    # the speaker's "We replaced our baseline with the new model").
    searched_where(
        {"replaced", "swapped"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?:replaced|swapped)\s+(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?(?:with|for)\s+"
        r"(?:our|my)\b",
    ),
    # A named project or company that hands the work on with its own: "Qiskit ships our mapper", "Ubuntu bundles our
    # driver", "Firefox integrated our parser" (not the speaker's "We ship our tool", nor a system's own step: "CUDA
    # ships our kernels to the GPU").
    searched_where(
        {"ships", "shipped", "bundles", "bundled", "distributes", "distributed", "integrates", "integrated"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|now\s+)?(?:ships|shipped|bundles|bundled|distributes|distributed|integrates"
        r"|integrated)\s+(?:our|my)\b(?!\s+(?:[\w-]+\s+){1,2}?to\s+(?:the|a|an)\b)",
    ),
    # A named project that took the work into its own: "Mozilla Common Voice imported our Yoruba recordings", "Debian
    # packaged our library" (not the speaker's "We imported our data").
    searched_where(
        {"imported", "packaged", "forked", "vendored", "mirrored"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?:imported|packaged|forked|vendored|mirrored)\s+(?:our|my)\b",
    ),
    # The bugs the work found, fixed by those who maintain the code: "V8 and SpiderMonkey fixed all six bugs", "42
    # bugs confirmed and fixed by the developers", "Six bugs fixed upstream", "Developers fixed 64 of the 71 races
    # we reported" (not the speaker's "We fixed 3 bugs").
    searched_where(
        {"fixed", "patched"},
        rf"(?:{NAMED_ADOPTER}|\b(?:developers|maintainers|vendors))\s+(?:have\s+|has\s+)?(?:confirmed\s+and\s+)?"
        rf"(?:fixed|patched)\s+(?:all\s+)?(?:\d+|{SOME}|all)\s+(?:of\s+(?:the|our|these)\s+)?(?:[\w-]+\s+)?"
        rf"{_DEFECTS}\b"
        rf"|\b{_DEFECTS}\s+(?:were\s+|have\s+been\s+)?(?:confirmed\s+and\s+)?"
        r"(?:fixed|patched)\s+(?:upstream|by\s+(?:the\s+|their\s+)?(?:developers|maintainers|vendors))\b",
    ),
    # Others' projects that depend on it, counted: "Over 12,000 projects on GitHub depend on our library", "40 packages
    # build on our parser" (not "Ten of our projects depend on our library").
    searched_where(
        {"depend", "rely", "build"},
        rf"\b{AT_LEAST}(?:{COUNT}|{SOME})\s+(?:[\w-]+\s+)?(?:projects|packages|libraries|repositories|apps|applications"
        r"|companies|teams|services)\s+(?:(?:on|in)\s+(?-i:[A-Z])[\w-]*\s+)?(?:now\s+)?(?:depend|rely|build)\s+on\s+"
        r"(?:our|my)\b",
    ),
    # Its code taken in by those who keep a project, and shipped with every release of theirs: "The Linux kernel
    # merged our patch", "LLVM accepted our pass", "it ships in every Ubuntu release" (not the speaker's "We merged
    # our patches into the main branch").
    searched_where(
        {"merged", "accepted", "upstreamed", "ships", "ship", "shipped", "included", "bundled"},
        rf"(?:{NAMED_ADOPTER}|\bthe\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:(?:kernel|compiler|core|release)\s+)?(?:kernel|project"
        r"|maintainers|developers|compiler|community|team))\s+(?:has\s+|have\s+)?(?:merged|accepted|upstreamed)\s+"
        r"(?:our|my)\s+(?:[\w-]+\s+)?"
        r"(?:patch(?:es)?|code|driver|fix(?:es)?|changes|pull\s+requests?|PRs?|implementation|contribution|pass)\b"
        r"|\b(?:ships?|shipped|included|bundled)\s+(?:in|with)\s+every\s+(?:(?-i:[A-Z])[\w.-]*\s+){1,2}"
        r"(?:release|version|build|installation|distribution)\b",
    ),
    # The work run inside others' build or test pipeline: "Our checker now runs in the library's continuous
    # integration", "Our fuzzer runs in Chromium's CI", "Our linter runs in the CI of 40 projects" (not "Our tests
    # run in the lab's CI", the speaker's own, nor "Our model runs in the cloud's data centres").
    searched_where(
        {"runs", "run"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){1,2}?(?:now\s+|also\s+)?(?:runs?|is\s+run)\s+(?:in|inside|as\s+part\s+of)\s+"
        # (whose pipeline: not the speaker's own, "the lab's CI", "our team's test suite")
        r"(?!(?:the\s+|our\s+|my\s+)?(?:lab|team|group|department|company|university|project)['’]s\b)"
        r"(?:the\s+)?(?:[\w.-]+\s+){0,2}?[\w.-]+['’]s\s+(?:[\w-]+\s+)?"
        r"(?:continuous\s+integration|CI|test\s+suites?|build\s+pipelines?|release\s+pipelines?)\b"
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){1,2}?(?:now\s+|also\s+)?runs?\s+in\s+the\s+(?:CI|continuous\s+integration"
        rf"|test\s+suites?)\s+of\s+(?:{AT_LEAST}{COUNT}|{AT_LEAST}(?:{SOME}))\s+(?:[\w-]+\s+)?(?:projects|repositories"
        r"|packages|libraries|companies|teams)\b",
    ),
    # The bugs it found, fixed by a named maker's own people: "240 bugs in Chrome, all fixed by Google's security
    # team" (not "fixed by our team").
    searched_where(
        {"fixed", "patched"},
        r"\b(?:bugs|vulnerabilities|CVEs|flaws)\b[^.;]{0,50}?\b(?:all\s+|each\s+|since\s+|later\s+)?(?:fixed|patched)"
        rf"\s+by\s+{NAMED_ADOPTER}['’]s\s+(?:[\w-]+\s+)?(?:team|developers|maintainers|engineers)\b",
    ),
    # Those who make the systems acted on the work's report, as security research counts its impact: "AMD patched the
    # microcode after our report", "Canvas added a 'grade last' option after our study", "Intel credited us in a
    # security advisory", "Google paid a $15,000 bug bounty", "Assigned three CVEs" (not the speaker's "We patched
    # the kernel after our attack", nor a past attack told as background, "Spectre was patched in 2018").
    searched_where(
        {"after", "following", "response", "credited", "crediting", "acknowledged", "bounty", "bounties"}
        | {"cve", "cves"},
        r"(?<!\bwe\s)(?<!\bi\s)\b(?:patched|fixed|changed|updated|turned|switched|enabled|disabled|issued|released"
        r"|revised|redesigned|withdrew|recalled|deprecated|rewrote|replaced|mitigated"
        # what was added is a study's part where it was added ("Participants were added after our first study")
        r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?:added|introduced|launched))\b"
        rf"{_THEN_AFTER_OURS}(?:report|reports|disclosure|disclosures|findings|attack|attacks|audit|paper|study|work)\b"
        # ... or changed its own after the work, whatever the verb: "The Smithsonian rehung its textile gallery
        # following our provenance research"
        rf"|{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?-i:[a-z]{{3,}})\s+(?:its|their)\s+{_THEN_AFTER_OURS}"
        r"(?:research|investigation|analysis|survey|review|reporting|report|findings|study|audit)\b"
        rf"|{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?:credited|acknowledged)\s+(?:us|me|our\s+(?:team|group|lab|work"
        r"|paper))\b"
        r"|\b(?:advisory|advisories|bulletin|CVEs?)\s+(?:crediting|that\s+credits?)\s+(?:us|me|our)\b"
        r"|\b(?:paid|awarded|received|earned)\s+(?:us\s+|me\s+)?(?:an?\s+|\d+\s+|two\s+|three\s+)?"
        r"(?:\$[\d,.]+[kK]?\s+)?(?:in\s+)?bug\s+bount(?:y|ies)\b"
        r"|\b(?:assigned|received|earned|obtained)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|several\s+)?CVEs?\b",
    ),
    # Others paying to keep it going: "The Python Software Foundation funded a team to maintain our type checker"
    # (a grant to build it is no uptake: "NSF funded my lab to extend our simulator").
    searched_where(
        {"maintain"},
        r"\b(?:funded|funds|pays|paid|hired|sponsors|sponsored)\s+(?:[\w-]+\s+){0,4}?to\s+maintain\s+(?:our|my)\b",
    ),
    # The default of a named library or tool, lower case as software's names often are: "Our method is the default
    # optimizer in scikit-learn" (not the speaker's comparison: "We compared against the default optimizer in …").
    searched_where(
        {"default"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|became|has\s+become|have\s+become)\s+(?:now\s+)?the\s+default"
        # (a name: a capital, a digit, a dot or a hyphen in it; not "in this paper", "in practice")
        r"\s+(?:[\w-]+\s+){0,2}?(?:in|of)\s+(?!(?:this|that|these|our|my|the|a|an)\b)"
        r"(?-i:(?=[A-Za-z][\w.-]*?(?:[A-Z0-9]|[.-][A-Za-z0-9])))[A-Za-z][\w.-]*[A-Za-z0-9]",
    ),
)
