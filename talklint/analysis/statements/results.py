"""A result, said in so many words: a title that reports what the work measured."""

from __future__ import annotations

import re

from talklint.analysis.verbs import lexicon


def reports_a_measure(title: str) -> bool:
    """A title that reports a measured change, a comparison or a level of a measure reached: "Blind readers
    answered 2.4× more questions correctly", "Online: +4.1% bookings", "Cells keep 95% of their output after 3,000
    hours", "A 10% higher minimum cuts teen hours by 1.8%", "A closure lowers turnout by 1.9 points", "Exports fell
    8%", "Errors fell from 12% to 3%", "Zero-shot recognition reaches 45% WER". Past the opening a reader takes it
    as a result (as the talk opens, "Rents rose 40% in a decade" is the problem). Not a goal or a plan ("Goal: cut
    energy use by 30%", "We will halve the error by 2027"), nor a bare percentage that names a setting ("Training on
    10% of the data"), nor a level the world reached ("Vaccination reached 70% in 2021": no measure of a method
    named). How close its estimates came is one too ("Indoor peaks predicted within 1.2 degrees"). A comparison
    told in words is a measure reported too: "The index predicts visits better than temperature alone", "Our parser
    is more accurate than the rule-based one" (not a quantity: "more than 40 labs")."""
    if not _WORTH_A_LOOK.search(title):
        return False  # the cheap test first: most titles hold none
    measured = _MEASURED.search(title) or _COMPARED_TO.search(title) or _timed(title)
    return bool(measured) and not _AIMED.search(title)


def _timed(title: str) -> bool:
    """How long the work takes to do its job, told by any verb of the lexicon: "Cracks up to 0.8 mm seal in 28
    days", "The index builds in 40 s" (not a setting, "Data collected in 30 days", nor "Trained in 3 stages")."""
    base = lexicon().base
    return any(
        word in base or word.removesuffix("s") in base or word.removesuffix("es") in base
        for word in (match.group(1).lower() for match in _DONE_IN.finditer(title))
    )


# A verb, then the time it took: "seal in 28 days", "builds in under 40 s".
_DONE_IN = re.compile(
    r"\b([a-z]+)\s+in\s+(?:under\s+|less\s+than\s+|about\s+|just\s+|only\s+)?\d+(?:\.\d+)?\s?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|ms|s|min|h)\b",
    re.IGNORECASE,
)


def counts_a_measure(text: str) -> bool:
    """A measured change or level told in numbers ("+2% in base matching success", "Users were 11% faster with a
    screen"), not a comparison in words alone ("Cognates are acquired earlier than non-cognates" may be the
    hypothesis), nor a goal ("Goal: cut energy use by 30%")."""
    return bool(_WORTH_A_LOOK.search(text) and _MEASURED.search(text)) and not _AIMED.search(text)


# A share said in words: "half", "a third", "two thirds".
_SHARE_IN_WORDS = r"(?:half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters)\b"
# The cheap test first: most titles hold none of a share, points, a comparison, a multiplier, a time or a rate.
_WORTH_A_LOOK = re.compile(
    r"%|point|\bpp\b|than|\bas\s+[a-z]+\s+as\b|within|\d\s?(?:×|x\b|times\b)|\btimes\s|\btwice\b|fold\b|kept|still|continued|stayed|\bin\s+(?:\w+\s+){0,2}?\d|out\s+of|\d\s+of\s+\d|\bfrom\s+\S*\d"
    r"|(?:doub|trip|quadrup)led\b|halved\b|\bby\s+\d"
    rf"|\bby\s+{_SHARE_IN_WORDS}|\b(?:a|per)\s+(?:second|minute|hour|day)\b|(?:=|:|\bof)\s*-?\d*\.\d|\bvs\b|\bversus\b",
    re.IGNORECASE,
)
# How a measure moved, by its verb: "fell", "rose", "dropped".
_MOVED = (
    r"(?:fell|falls?|rose|rises?|dropped|drops?|grew|grows?|gained|gains?|declined|declines?|increased|increases?"
    r"|decreased|decreases?|jumped|jumps?|climbed|climbs?|shrank|shrinks?|improved|improves?|cut|cuts?)"
)
# What changes a measure by a share, or keeps a share of it: "cuts … by 1.8%", "keeps 95%".
_CHANGED_BY = (
    r"(?:by|cuts?|reduces?|reduced|lowers?|lowered|raises?|raised|improves?|improved|saves?|saved|keeps?|kept"
    r"|retains?|retained|recovers?|recovered|lose|loses|lost)"
)
# A quantity in its unit, as a change is measured: "by 80 ms", "by 3 dB", "by 2 years".
_UNIT = (
    r"(?:[mµn]?s|sec|seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|dB|[kcmn]?m|kg|mg|°C?|degrees?"
    r"|[kMG]?Hz|[kMG]?W|kWh|mph|[KMGT]B)\b"
)
# How much a measure changed: a share, points, or a quantity in its unit.
_AMOUNT = rf"\d+(?:\.\d+)?\s?(?:%|(?:percentage\s+)?points?\b|{_UNIT})"
# Scores of how well a model fits or predicts, given as a value ("R² = 0.71", "AUC of 0.91").
_SCORE = (
    r"(?:R²|R\^?2|AUC|AUROC|AUPRC|F1|F-score|RMSE|MAE|MSE|MAPE|BLEU|ROUGE(?:-\w+)?|mAP|IoU|PSNR|SSIM|NSE|CRPS"
    # (a Greek letter as a LaTeX source writes it too: "Spearman $\rho = 0.81$", "$\kappa = 0.7$")
    r"|\\?kappa|κ|correlation|Pearson'?s?\s+r|Spearman'?s?\s+(?:ρ|\\?rho)|accuracy|precision|recall|perplexity)"
)
_COMPARED = r"(?:more|fewer|less|faster|slower|higher|lower|better|worse|larger|smaller|cheaper|longer|shorter)"
_MEASURED = re.compile(
    # a multiplier or a share compared: "2.4× more questions", "3 times faster", "11% more bookings"
    rf"\d(?:\.\d+)?\s?(?:×|x|times|%)\s+{_COMPARED}\b"
    # ... or said in words: "Rewarded paths are replayed three times more often", "twice as many errors caught"
    rf"|\b(?:(?:two|three|four|five|six|ten|a\s+hundred)\s+times\s+{_COMPARED}|twice\s+as\s+(?:many|much|often|fast"
    r"|likely|accurate|long))\b"
    # ... or a measure as a multiple of what was expected of it: "Melt is 3x what plume theory predicts", "Uptake was
    # twice the forecast", "Loss is three times the modelled rate"
    r"|\b(?:is|are|was|were)\s+(?:\d+(?:\.\d+)?\s?(?:×|x|times)|(?:two|three|four|five|six|ten)\s+times|twice)\s+"
    r"(?:what|the\s+(?:predicted|expected|forecast|modell?ed|projected|estimated)|the\s+(?:prediction|forecast|"
    r"projection|estimate)s?\b)"
    # a measure multiplied or halved, told by its verb: "Playback doubled fish settlement", "The schedule halved
    # waiting times"
    r"|\b(?:doubled|tripled|quadrupled|halved)\s+(?:the\s+|their\s+|its\s+)?[a-z]"
    # a signed change: "+4.1% bookings", "−12% latency", "+6.1 percentage points" (a sign right after a letter is a
    # hyphen: "COVID-19")
    r"|(?<![\w.])[+−–-]\d+(?:\.\d+)?\s?(?:%|(?:percentage\s+)?points\b|pp\b)"
    # a change by a share, by points or by a quantity in its unit, or a share kept: "cuts teen hours by 1.8%", "keep
    # 95% of their output", "A closure lowers turnout by 1.9 points", "Silencing the pause shifts taps by 80 ms"; or
    # by a share said in words: "A $35 cap cut rationing by half"
    rf"|\b{_CHANGED_BY}\s+(?:[\w-]+\s+){{0,3}}?(?:{_AMOUNT}|(?<=\bby\s){_SHARE_IN_WORDS})"
    # ... or the share kept, told after it: "with 92% capacity kept", "80% of the signal retained after filtering"
    # (not a setting: "10% of the data kept for training")
    r"|(?<![\w.])\d+(?:\.\d+)?\s?%\s+(?:of\s+)?(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:kept|retained|preserved)"
    r"(?=\s*(?:$|[,.;)]|(?:after|over|at|through|across|under)\b))"
    # a share a quantity moved by, told by its verb without "by": "Exports fell 8%", "Turnout rose 3 points"
    rf"|\b{_MOVED}\s+(?:[\w-]+\s+){{0,2}}?{_AMOUNT}"
    # ... or a multiple it moved by: "Falls drop 8x on unseen terrain", "Throughput rose tenfold"
    rf"|\b{_MOVED}\s+(?:by\s+)?(?:(?:two|three|four|five|six|ten|hundred)fold\b|\d+(?:\.\d+)?\s?(?:×|x\b|times\b"
    r"|-?fold\b))"
    # a share a measure moved, told as a headline does: "Recall@10 up 18%", "Latency down 40%", "Accuracy up 4 points"
    r"|\b(?:up|down)\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|(?:percentage\s+)?points?\b)"
    # two measures set side by side: "71% adult-like answers vs 34% in the control group", "(0.72 vs 0.60 AUC)",
    # "1 second vs 2 hours", "12 ms (vs 40 ms for vLLM)", "$0.40 (vs $120 for Pd)" (not years: "2019 vs 2023")
    r"|(?<![\w.])(?!(?:19|20)\d\d\b)\d[\d.,]*\s?%?\s+(?:[\w-]+\s+){0,3}?\(?(?:vs\.?|versus)\s+[$€£]?"
    r"(?!(?:19|20)\d\d\b)\d"
    # ... or a multiplier set against a named baseline: "Geometric mean slowdown 1.08× vs GCC -O2", "3.2x vs.
    # PyTorch eager" (not settings set side by side: "4x vs 8x GPUs")
    r"|(?<![\w.])\d+(?:\.\d+)?\s?(?:×|x)\s+(?:vs\.?|versus)\s+(?![\d.])[A-Za-z]"
    # from one level to another: "from 12% to 3%", "from 48% to 95%"
    r"|\bfrom\s+\d[\d.,]*\s?%\s+to\s+\d"
    # a level a measure moved from and to, told by its verb: "Cost per 1M tokens fell from $4.10 to $0.38",
    # "Latency dropped from 120 ms to 40 ms"
    rf"|\b{_MOVED}\s+from\s+[$€£]?\d[\d.,]*\s?[^\s\d]{{0,12}}\s+to\s+[$€£]?\d"
    # a rate the work reaches: "Decoding reaches 62 words a minute", "The pipeline handles 20,000 queries per second"
    r"|\b(?:reach|achieve|hit|run|process|handle|serve|decode|sustain|transcribe)(?:es|s|ed)?\s+(?:at\s+)?"
    r"(?:over\s+|about\s+|up\s+to\s+)?\d[\d,.]*\s?[kKM]?\s+(?:[\w-]+\s+){0,2}?(?:a|per)\s+(?:second|minute|hour|day)\b"
    # how fast the work does it, timed or counted: "The robot adapts to ice in 3 minutes", "Solves 90% of cases in
    # under 2 s", "A new tempo is learned in 3 sessions"
    r"|\b(?:adapt|learn|recover|converge|finish|complete|train|solve|respond|detect|find|locate|diagnose)"
    r"(?:s|es|ed)?\s+(?:[\w-]+\s+){0,4}?in\s+(?:under\s+|less\s+than\s+|about\s+|just\s+)?\d+(?:\.\d+)?\s?"
    r"(?:seconds?|minutes?|hours?|days?|ms|milliseconds?|s|min|sessions?|trials?|epochs?|iterations?|attempts?"
    r"|demonstrations?)\b"
    # how close the work's estimates came: "Indoor peaks predicted within 1.2 degrees", "Robots localised to within
    # 3 cm", "Accurate to within 2%"
    r"|\b(?:predict|estimat|locat|localis|localiz|forecast|measur|recover|reconstruct|track|accurate)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:to\s+)?within\s+(?:±\s?)?\d"
    # the share of what was sought that the method got: "91% of wetland symbols found", "94% of the area correct"
    r"|^\W*\d+(?:\.\d+)?\s?%\s+of\s+(?:[\w-]+\s+){1,4}?(?:found|detected|recovered|identified|classified|correct"
    r"|predicted|solved|answered|retrieved|located|matched|segmented)\b"
    # a share told as a count of a count, a verb before it: "Planning folds 9 in 10 towels", "Readers caught 4 out of
    # 5 errors", "DOTE matches the optimum on 4 of 5 WANs" (not a time: "adapts in 3 minutes", nor a part: "Part 1 of
    # 3")
    r"|\b[a-z]+(?:s|ed)\s+(?:[\w-]+\s+){0,3}?\d+\s+(?:in|of|out\s+of)\s+(?:every\s+)?\d+\b"
    r"(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|s|ms|min)\b)"
    # how many kept using it, counted, as a field study reports it: "18 kept using it", "3 of 20 still in use", "14 of
    # 20 homes still use the display after 8 weeks"
    r"|(?<![\w.])\d+\s+(?:of|out\s+of)\s+\d+\s+(?:[a-z]+\s+)?(?:kept|continued|stayed|(?:were|are)\s+still|still)\s+"
    r"(?:using|in\s+use|use[sd]?|with)\b"
    r"|(?<![\w.])\d+\s+(?:[a-z]+\s+)?(?:kept|continued)\s+using\b"
    # a level of a measure reached: "Zero-shot recognition reaches 45% WER", "The model achieves 92% accuracy", "Our
    # model forecasts floods 5 days ahead with 82% skill"
    r"|\b(?:reach(?:es|ed)?|achieves?|achieved|gets|got|hits?|attains?|attained|scores?|scored|with)\s+"
    r"(?:[\w-]+\s+){0,2}?\d+(?:\.\d+)?\s?%\s+(?:[\w-]+\s+){0,2}?(?:accuracy|error|errors|wer|cer|recall|precision"
    r"|f1|auc|success|top-[15]|map|bleu|coverage|agreement|sensitivity|specificity|efficiency|yield|skill)\b"
    # ... or a score of fit given its value: "Predicts bleaching with R² = 0.71", "achieves an AUC of 0.91" (not
    # the world's numbers, nor a score named without a value: "We report AUC")
    rf"|\b(?:reach(?:es|ed)?|achieves?|achieved|gets|got|attains?|attained|scores?|scored|with)\s+(?:an?\s+|the\s+)?"
    rf"(?:[\w-]+\s+)?{_SCORE}\s*(?:=|≈|:|\s+of)\s*-?\d*\.\d"
    # a correlation or a significance the study reports, given its value: "its speed predicts the mouse's timing (r =
    # 0.81)", "r = .62, p < .001" (a correlation lies within ±1; a threshold set is not reported: "α = 0.05")
    r"|(?<![\w\\])(?:r|ρ|R²|R\^?2)\s*=\s*[−–-]?0?\.\d|(?<![\w\\])p\s*<\s*0?\.0\d",
    re.IGNORECASE,
)
# A method compared with another in words: "better than", "more accurately than".
_COMPARED_TO = re.compile(
    r"\b(?:better|worse|faster|slower|cheaper|safer|earlier|more\s+(?:accurate|reliable|robust|precise|efficient)"
    r"(?:ly)?|more\s+reliably)\s+than\b"
    # ... or as good as another: "Builds as fast as GCC -O2", "Our parser is as accurate as expert coders" (not "as
    # well as", which as often joins two things)
    r"|\bas\s+(?:good|fast|accurate|reliable|robust|precise|efficient|cheap|safe|quick|quickly|accurately|reliably"
    r"|precisely)\s+as\b",
    re.IGNORECASE,
)
# A target, a plan or a wish: what the work aims at, not what it measured.
_AIMED = re.compile(
    r"\b(?:goals?|targets?|aims?|objectives?|want|wants|need|needs|should|must|could|would|will|can|plan|plans"
    r"|hope|hopes)\b"
    # ... or a threshold a rule of the method acts on: "Roll back if p99 latency rises by more than 5%", "Alert
    # whenever the error rate drops 2 points" (not "Latency rose by 5% under load")
    r"|\b(?:if|unless|whenever)\s+(?:[\w-]+\s+){0,5}?(?:rises|falls|drops|grows|increases|decreases|exceeds"
    r"|goes\s+(?:up|down))\b",
    re.IGNORECASE,
)
