"""Missile names and count words of report extraction: what each means."""

from __future__ import annotations

from typing import Final

from core.report.dates import MONTHS

# Names as North Korea or foreign militaries give them, with the class each implies.
NAME_PATTERNS: Final = (
    (
        # "Hwasong-11Ma", "Hwasongpho-11 Ra", "Hwasongpho-11 Ka": a Korean letter names a variant
        # "Hwasongpho-11 Da-4.5": a variant's letter with the warhead's weight in tonnes.
        # ("Hwasongpo-11": the aspirate's h left out; "Hwaseong-18", "Hwasŏng-15", "Hwa-song-14":
        # the romanisations; "Hawsong-15", "Hawson-15": the first letters swapped or the last
        # dropped, as outlets slip in a name a numbered type still makes plain; "Hwansong-17":
        # an n slipped in, the same slip)
        # ("two Hwasong-15s", "the Hwasong-12's engine": a plural or possessive, no variant)
        r"\bH(?:wan?|aw)-?s(?:e?o|ŏ)n?g?(?:pho|po)?[- ]?(?P<n>\d{1,2}(?:(?!s\b)[A-Za-z])?)"
        r"(?:(?P<gap>[- ]?)(?P<suffix>Ma|Ra|Na|Da|Ka|Ga)(?:-(?P<tonnes>\d(?:\.\d)?)\b)?)?"
        r"(?:'?s)?\b",
        "Hwasong",
    ),
    (r"\bKN[- ]?(?P<n>\d{1,2})(?:s\b)?\b", "KN"),
    # Pukkuksong, and Revised Romanization's Bukgeukseong
    (
        r"\b(?:Puk[gk]?uksong|Bukgeukseong)(?:[- ]?(?P<n>\d{1,2}(?:(?!s\b)[A-Za-z])?))?(?:'?s)?\b",
        "Pukguksong",
    ),
    # "Hwasal-1 Ra-3": a variant named with a Korean letter and a number.
    (r"\bHwasal(?:[- ]?(?P<n>\d))?(?:[- ](?P<variant>Ra|Na|Da|Ma)[- ]?(?P<vn>\d))?\b", "Hwasal"),
    (r"\bPulhwasal[- ]?3[- ]?31\b", "Pulhwasal-3-31"),
    (r"\bPadasuri[- ]?(?P<n>\d)\b", "Padasuri"),
    (r"\bChollima[- ]?(?P<n>\d)\b", "Chollima"),
    # "Rodong", "No Dong", "Ro-dong"; not the party daily ("Rodong Sinmun", "the Rodong
    # newspaper said", "photos carried by Rodong show"), whose name is the same word.
    (
        r"(?<!\bby\s)(?<!\bto\s)\b[RN]o[- ]?dong(?:s\b)?\b"
        r"(?!\s+(?:Sinmun|newspaper|daily|paper|editorial|commentary)\b)",
        "Nodong",
    ),
    # KN-02's Korean name; the Kumsong-3 anti-ship cruise missile (KN-19)
    (r"\bToksa\b", "Toksa"),
    (r"\bKumsong[- ]?(?P<n>\d)\b", "Kumsong"),
    # ("the Musadan model", "a Musandan missile": outlets' spellings of the same name; "the
    # missiles were mid-range Rodongs", "Both are thought to have been Musudans": the plural)
    (r"\bMus(?:u|a|an)dan(?:s\b)?\b", "Musudan"),
    # The other families data/launches.csv names. A bare "Scud" is the family, not a name; a
    # model letter makes it one ("Scud-C").
    # ("thought to be Scud-Cs": the model's plural)
    (r"\bScud[- ](?P<n>[BCD]|ER)(?:'?s)?\b", "Scud"),
    (r"\bUnha(?:[- ]?(?P<n>\d))?\b", "Unha"),
    # ("Taep'o-dong": McCune-Reischauer's apostrophe; "Daepodong-1": Revised Romanization)
    (r"\b[TD]aep'?o[- ]?dong(?:[- ]?(?P<n>\d))?\b", "Taepodong"),
)
NAME_CLASSES: Final = {
    "Hwasong-5": "SRBM",
    "Hwasong-6": "SRBM",
    "Hwasong-7": "MRBM",
    "Hwasong-9": "MRBM",
    "Hwasong-8": "HGV",
    "Hwasong-10": "IRBM",
    "Hwasong-11": "SRBM",
    "Hwasong-11A": "SRBM",
    "Hwasong-11B": "SRBM",
    "Hwasong-11C": "SRBM",
    "Hwasong-11D": "SRBM",
    "Hwasong-11Da": "SRBM",
    "Hwasong-13": "ICBM",
    "Hwasong-12": "IRBM",
    "Hwasong-14": "ICBM",
    "Hwasong-15": "ICBM",
    "Hwasong-16": "IRBM",
    "Hwasong-16B": "IRBM",
    "Hwasong-16Na": "IRBM",
    "Hwasong-17": "ICBM",
    "Hwasong-18": "ICBM",
    "Hwasong-19": "ICBM",
    "Hwasong-20": "ICBM",
    "KN-11": "SLBM",
    # The US designations of 2017: the KN-15 is the Pukguksong-2, the KN-17 the Scud variant
    # Pacific Command called a medium-range missile; both are labelled MRBM (361, 359, 717).
    "KN-15": "MRBM",
    "KN-17": "MRBM",
    "KN-23": "SRBM",
    "KN-24": "SRBM",
    "KN-25": "SRBM",
    "Pukguksong-1": "SLBM",
    "Pukguksong-3": "SLBM",
    "Pukguksong-2": "MRBM",
    "Pukguksong-4": "SLBM",
    "Pukguksong-5": "SLBM",
    "Pukguksong-6": "SLBM",
    "Toksa": "SRBM",
    "Kumsong-3": "cruise",
    "Hwasal-1": "cruise",
    "Hwasal-2": "cruise",
    "Pulhwasal-3-31": "cruise",
    "Padasuri-6": "cruise",
    "Chollima-1": "SLV",
    "Nodong": "MRBM",
    "Musudan": "IRBM",
    "Scud-B": "SRBM",
    "Scud-C": "SRBM",
    "Scud-D": "SRBM",
    "Scud-ER": "MRBM",
    "Taepodong-1": "MRBM",
    "Taepodong-2": "ICBM",
    "Unha": "SLV",
    "Unha-2": "SLV",
    "Unha-3": "SLV",
}

NUMBER_WORDS: Final = {
    "a": 1,
    "an": 1,
    "another": 1,
    "one": 1,
    "single": 1,
    "a single": 1,
    "two": 2,
    "a pair of": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a dozen": 12,
    "half a dozen": 6,
    "two dozen": 24,
    "one or more": 1,
    "three dozen": 36,
}
# Words that say "more than one" without a number: counted as a lower bound of 2.
VAGUE_COUNTS: Final = (
    "several",
    "multiple",
    "a barrage of",
    "a salvo of",
    "a volley of",
    "a series of",
    "a flurry of",
    "a spate of",
    "a hail of",
    "a wave of",
    "a handful of",
    "dozens of",
    "scores of",
    "a number of",
    "an unspecified number of",
    "an unknown number of",
    "an undisclosed number of",
    "some",
)
COUNT_PATTERN: Final = (
    r"(?:\b(?P<qual>at least|up to|as many as|no more than|not more than|about|around|some|"
    r"more than|over|roughly|nearly|"
    r"almost|approximately|an estimated|upwards? of|in excess of|well over|just over|"
    r"close to|"
    # "launched no fewer than 23 missiles": a lower bound, as "at least".
    r"no fewer than|not fewer than|no less than|not less than)\s+)?"
    # ("Seoul, Nov. 9 (Jiji Press)--A short-range missile": a dateline's dash opens the lead.)
    r"(?:(?<![\w-])|(?<=--))(?<!without )(?<!\bno )['\"]?"
    # "two or more missiles": at least two.
    r"(?P<word>(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten) or more|one or more|"
    r"a single|a pair of|half a dozen|a dozen|two dozen|three dozen|"
    r"a \"?barrage\"? of|a salvo of|a volley of|"
    # "a multiple launch rocket system" is a weapon, not a count
    r"a series of|a number of|an (?:unspecified|unknown|undisclosed) number of|several|"
    r"a flurry of|a spate of|a hail of|a wave of|a handful of|dozens of|scores of|"
    # "a test to develop a multiple warhead missile": "multiple" counts the warheads.
    r"multiple(?!\s+(?:launch|rocket launch|warheads?|independently|re-?entry))|single|"
    # "said on Jan 4 that the North fired ballistic missiles": a date's day, not a count.
    + "".join(rf"(?<!\b{month} )(?<!\b{month}\. )" for month in MONTHS)
    + r"[1-9]\d?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|another|an|a)\b['\"]?"
    # "several rounds of ballistic missiles", "four rounds of 600-mm rockets"
    r"(?:\s+rounds?\s+of)?"
    # "more than two months without a missile" is no count: no time words between.
    # "The two agree that the missile was fired": a clause of its own opens, no count.
    r"(?P<adjectives>(?:\s+(?!of\b|and\b|or\b|to\b|in\b|from\b|without\b|that\b|"
    # "15 tests involving 22 missiles": the number counts the tests ("another ballistic test
    # missile": a test missile is a missile).
    # "directed a firing drill with super-large multiple rocket launchers": the article counts
    # the drill.
    r"(?:hours?|days?|weeks?|months?|years?|tests?\b(?!\s+missiles?\b)|launch(?:es)?|times|"
    r"rounds|involving|drills?|exercises?)\b)"
    # "a Musudan (BM-25) ballistic missile": a name's other name in brackets.
    # "launched a new type of ballistic missile": one of a kind (not "two types of missiles").
    r"(?:(?:type|kind|version|variant|model)\s+of|[\w\"'-]+|\([\w-]+\))){0,5}?)\s+"
    # "fired six rounds from its 600mm multiple rocket launcher", "two KN-25 rounds"
    # "three bullets believed to be short-range": a translated page's word for projectiles.
    # ('at least one unidentified "projectile"': the noun in quotes)
    r"[\"'\u201c\u2018]?(?P<noun>missiles?|projectiles?|rockets?|SRBMs?|MRBMs?|IRBMs?|ICBMs?|SLBMs?|rounds?|"
    r"bullets?(?!-))\b"
    # "a strategic cruise missile test": the article counts the test, not the missiles.
    r"(?!\s+(?:tests?|test-fire|launch(?:es)?|drills?|programs?|programmes?|systems?|units?|"
    r"bases?|sites?|"
    # "was working on a submarine-launched missile capability", "a missile expert said": the
    # article counts what the missile words describe.
    r"capabilit(?:y|ies)|technolog(?:y|ies)|development|arsenals?|experts?|specialists?)\b)"
)
# "put the number at four", "the number of missiles was three": a count given on its own.
NUMBER_PUT: Final = (
    r"(?:\b(?:put|puts|putting|estimated|gave|placed)\s+the\s+(?:number|count|total)"
    r"(?:\s+of\s+(?:missiles|projectiles|launches))?\s+at\s+|"
    # "the missiles numbered around 10", "the number of missiles fired was three"
    r"\b(?:missiles|projectiles|rockets)\s+(?:fired\s+)?(?:numbered|totall?ed)\s+|"
    r"\bnumber of (?:missiles|projectiles|rockets)(?:\s+fired)?\s+(?:was|is|stood at)\s+|"
    # "Two of the new munitions were put to the test": how many of the weapons were tested (the
    # number told first, read by the lookahead).
    r"(?=(?:two|three|four|five|six|[2-9])\s+of\s+(?:the|its)\s+(?:new\s+)?(?:[\w-]+\s+)?"
    r"(?:munitions|weapons|missiles|projectiles|rockets)\s+(?:were|was)\s+(?:put to the test|"
    r"tested|test-fired|fired|launched)\b))"
    r"(?:(?P<qual>at least|about|around|some|roughly|approximately|up to|as many as|"
    r"no more than|not more than|more than)\s+)?"
    r"(?P<word>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)
# "The missile was one of at least three fired": the salvo's size.
ONE_OF: Final = (
    r"\bone of\s+(?:(?P<qual>at least|some|about|around|up to)\s+)?"
    r"(?P<word>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:fired|launched|missiles|projectiles|rockets)\b"
)
COUNT_QUALIFIERS: Final = {
    "at least": "at least",
    "more than": "at least",
    "over": "at least",
    "up to": "at most",
    "as many as": "at most",
    "no more than": "at most",
    "not more than": "at most",
    "about": "approximately",
    "around": "approximately",
    "some": "approximately",
    "roughly": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "approximately": "approximately",
    "an estimated": "approximately",
    "upward of": "at least",
    "upwards of": "at least",
    "in excess of": "at least",
    "well over": "at least",
    "just over": "at least",
    "close to": "approximately",
    "no fewer than": "at least",
    "not fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
}
