"""The wording tables that report extraction reads: each row is a pattern and what it means."""

from __future__ import annotations

import re
from typing import Final

# Regexes run on a copy of the report with curly quotes made straight (same length, same offsets).
FLAGS: Final = re.IGNORECASE

# ("flew about 1 000 km", "higher than 6 000 km": a space, or a narrow space, between thousands)
_DIGITS: Final = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])(?:\.\d+)?|"
    r"\d+(?:\.\d+)?"
)
NUMBER: Final = r"(?P<num>" + _DIGITS + r")"
# A distance's figure may be written in words, as broadcasts' scripts write it: "roughly one
# thousand kilometers", "close to five hundred kilometers", "a thousand kilometres" (not "several
# hundred kilometers": no figure). `measures.parse_figure` reads them.
# (`measures.parse_figure` gives each word its value: "one" 1 ... "nineteen" 19, "twenty" 20 ...)
UNIT_WORDS: Final = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TEN_WORDS: Final = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_WORDS: Final = "|".join(UNIT_WORDS)
_TENS_WORDS: Final = "|".join(TEN_WORDS)
WORDED_NUMBER: Final = (
    r"\b(?:a(?=[\s-]+(?:hundred|thousand)\b)|" + _UNITS_WORDS + "|" + _TENS_WORDS + r")\b"
    r"(?:(?:[\s-]+and)?[\s-]+(?:" + _UNITS_WORDS + "|" + _TENS_WORDS + r"|hundred|thousand)\b)*"
)
# A distance's figure, in digits or in words.
FIGURE: Final = r"(?P<num>" + _DIGITS + "|" + WORDED_NUMBER + r")"
# "70 to 100 km", "430 and 690 kilometers": the second figure of a span (the longer flight).
# "430 km to 450 km": the unit may come after the first figure too.
SPAN: Final = (
    # "430 kilometers (267 miles) and 690 kilometers": a conversion may stand between.
    r"(?:\s*(?:km|kilometers|kilometres|miles)?(?:\s*\([^)]{0,30}\))?"
    # ("one of them travelled about 430 kilometers over the sea and the other 690 kilometers":
    # where the first went, before the other's figure)
    r"(?:\s+(?:over|across|into)\s+the\s+(?:sea|water|waters|peninsula)"
    r"(?=\s+and\s+the\s+(?:other|second)\b))?"
    r"\s*(?:to|-|and|or)\s*"
    # "one travelled about 250 kilometers and the other some 350 kilometers"
    r"(?:the\s+(?:other|second)(?:\s+one)?\s+(?:(?:flew|travelled|traveled|went)\s+)?"
    r"(?:about|some|around|roughly|nearly)?\s*)?"
    r"(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?"
)
QUALIFIER_WORDS: Final = (
    r"about|around|approximately|approx\.|some|roughly|nearly|almost|over|more than|"
    r"at least|at most|up to|as far as|as high as|well above|well over|above|an estimated|"
    # "travelled close to 305 miles"
    r"close to|"
    # "flown a little more than 310 miles", "flew an average of about 1,000 kilometers"
    r"a little more than|slightly more than|a little over|slightly over|an average of|"
    # "to distances in excess of 300km": more than it
    r"in excess of|"
    r"a maximum of|a total of|between"
)
QUALIFIER: Final = r"(?:(?P<qual>" + QUALIFIER_WORDS + r")\s+)?"
# "flew as high as 50 km" is a height, not a distance.
RANGE_QUALIFIER: Final = r"(?!as high as\b)" + QUALIFIER
# 'an altitude "well above" 4,000 km': a qualifier in quotes.
QUOTED_QUALIFIER: Final = r"(?:\"?(?P<qual>" + QUALIFIER_WORDS + r")\"?\s+)?"
DISTANCE_UNIT: Final = (
    r"\s*-?\s*(?P<unit>km|kms|kilometers|kilometres|kilometer|kilometre|"
    r"nautical miles|nautical mile|nm|miles|mile|mi)\b"
)
# A unit converted in parentheses, "700 kilometers (435 miles)": the km figure is preferred.
ALT_DISTANCE: Final = (
    # ("620 miles (1, 000 km)": a thousands comma with a space after it)
    r"(?:\s*\(\s*(?:about\s+)?(?P<alt_num>\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|[\d.]+)\s*"
    r"(?P<alt_unit>km|kilometers|kilometres|miles|mi)\b[^)]*\))?"
)
KM_PER_UNIT: Final = {
    "km": 1.0,
    "kms": 1.0,
    "kilometer": 1.0,
    "kilometre": 1.0,
    "kilometers": 1.0,
    "kilometres": 1.0,
    "mi": 1.609344,
    "mile": 1.609344,
    "miles": 1.609344,
    "nm": 1.852,
    "nautical mile": 1.852,
    "nautical miles": 1.852,
}

# "of the Nodong type, with a range of 1,200-1,500 kilometers": the type's, set off by a comma.
TYPE_SAID: Final = (
    "(?<!, with a )(?<!, which has a )(?<!, which have a )"
    # "the KN-02, derived from the SS-21, that has a range of about 120 km", "a Scud variant
    # which had a range of 300 km": a relative clause tells what the type can do.
    + "".join(
        f"(?<!{rel} {verb} a )" for rel in ("that", "which") for verb in ("has", "have", "had")
    )
    + "".join(
        # "presumed to be a Scud, a missile with a range of about 500 kilometers": the type's, told
        # in an apposition.
        f"(?<!, {kind} with a )"
        for kind in (
            "a missile",
            "missiles",
            "a weapon",
            "weapons",
            "a rocket",
            "a type",
            "a model",
        )
    )
    + "".join(
        f"(?<!{lead}{verb} to have a )"
        for lead in (", ", "which is ", "which are ", "that is ")
        for verb in ("said", "believed", "thought", "known", "reported", "estimated")
    )
)
RANGE_PATTERNS: Final = (
    # "might have been capable of flying 14,000 km": what the missile could do, not its flight.
    r"(?<!capable of )(?<!capability of )"
    # ("managed to fly about 40 miles": what it did fly, not what it can)
    r"\b(?:flew|flown|flying|(?<=managed to )fly|traveled|travelled|traveling|travelling|covered|"
    r"covering|"
    # "a range of up to 9,320 miles", "a maximum range of": what the type can do, not this flight
    # "a missile known as the Taepodong-1, said to have a range of 1,200 miles or more": what
    # the type is said to do, as above ("The missiles are assessed to have a range of" is theirs).
    # ("thought to have a minimum range of 1,500 miles" is the type's too)
    # ("its flight time suggested a possible range of 15,000 km on a normal trajectory": the
    # reach it would have, not a distance flown)
    r"flight distance of|flight range of|(?<!maximum )(?<!minimum )(?<!possible )(?<!potential )"
    r"(?<!theoretical )" + TYPE_SAID + r"range of(?!\s+up to)|"
    # "came down off the east coast after a flight of 310 miles"
    # ("flew distances of roughly 110 to 670 kilometers")
    r"distances? of|(?<!maximum )flight of|went|"
    # "Their flights ran anywhere from 110 kilometres to 670 kilometres": the span flown
    r"flights?\s+(?:ran|ranged|varied)(?:\s+anywhere)?\s+from|"
    # "crossed the peninsula for about 450 kilometers"
    r"crossed(?:\s+the\s+(?:peninsula|country|sea))?)\s+"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ward)?\s+)?"
    # "flew overland about 700 kilometers", "travelled across the peninsula some 400 km"
    r"(?:(?:overland|over land|across the (?:peninsula|country))\s+)?"
    # "flew east from the launch area to distances in excess of 300km", "travelled from the
    # launch site a distance of 600 km": the way flown, counted from where it started
    r"(?:from\s+(?:the|its|their)\s+launch\s+(?:area|site|point|pad)s?,?\s+)?"
    r"(?:for\s+|a distance of\s+|a range of\s+|at\s+|(?:to\s+)?(?:an?\s+)?distances?\s+(?:of\s+)?)?"
    # "flew less than 200 km": an upper bound is a distance too (an altitude "less than 20 km"
    # where a missile blew up is not an apogee).
    + r"(?:(?P<upper>less than|under)\s+)?"
    # 'covered "more than 930 kilometers"': a figure quoted from a statement.
    + r"\"?"
    + RANGE_QUALIFIER
    # "travelled more than about 650 kilometers"
    # ("a range of only 75 miles", "flew just 200 km")
    + r"(?:(?:about|around|approximately|some|roughly|nearly|only|just|merely)\s+)?"
    + FIGURE
    + SPAN
    + DISTANCE_UNIT
    + ALT_DISTANCE,
    # ("reporting a 700km (435-mile) flight": a conversion may stand between)
    r"\b"
    + FIGURE
    + DISTANCE_UNIT
    + r"(?:\s*\([^)]{0,30}\))?\s+(?:flight|trip|journey|trajectory|flight path)\b",
    # "seven Scud-type missiles, with a range of about 500km, were launched": the range set off
    # between the missiles fired and their verb is theirs (not "a Scud, a missile with a range
    # of", a type's).
    r"\b(?:missiles?|rockets?|projectiles?)\s*,\s+with\s+an?\s+(?:estimated\s+)?range\s+of\s+"
    + QUALIFIER
    + FIGURE
    + SPAN
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"\s*,\s+(?:were|was)\s+(?:\w+\s+)?(?:fired|launched|test-fired|test-launched)\b",
    # "The missile's flight distance was about 500 km", "Its flight range was 800 km" (not a
    # "maximum range", a type's).
    # ("a Musudan, whose range is estimated at more than 3,000 km": the type's)
    r"(?<!maximum )(?<!max )(?<!whose )(?<!whose flight )\b(?:flight\s+)?(?:distance|range)\s+"
    r"(?:flown\s+)?(?:was|is|came to|"
    r"reached|totaled|totalled|stood at)\s+(?:estimated\s+at\s+|put\s+at\s+|assessed\s+at\s+)?"
    # ("The Musudan's range is estimated at up to 4,000 km": a reach "up to" is the type's, as
    # in "a range of up to")
    + r"(?!up\s+to\b)"
    + QUALIFIER
    # ('"their range is more than (125 miles)"': an editor's figure set in a quote's brackets)
    + r"[(\[]?"
    + FIGURE
    + SPAN
    + DISTANCE_UNIT
    + ALT_DISTANCE,
    # "The JCS estimated the missile's range at 1,100 km", "who put the missiles' flight at about
    # 420-450 km" ("put the projectile's flight at about 200 kilometers": any word for it)
    # ("The statement put their flight at about 230 kilometers": the missiles' own flight; not
    # "analysts put their range at about 2,000 km", what such missiles can reach)
    # ("The South Korean military estimates the missile's flight at about 930 kilometers": the
    # same estimate told in the present)
    r"\b(?:estimat(?:ed|es)|puts?|assess(?:ed|es)|plac(?:ed|es))\s+(?:the|its|their(?!\s+range))\s+"
    r"(?:(?:missile|projectile|rocket|weapon)s?'s?\s+)?"
    r"(?:flight\s+(?:range\s+|distance\s+)?|range\s+|distance\s+)at\s+"
    + QUALIFIER
    + FIGURE
    + SPAN
    + DISTANCE_UNIT,
    # "The missile landed about 900 km away"
    r"\b(?:landed|fell|came down|splashed down|impacted|struck)\s+"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"\s+away\b",
    # "a target 320 kilometers (200 miles) away", "a simulated target at sea 1,500 kilometers
    # away": the target's distance, a conversion or its sea between.
    r"\b(?:target|targets|point|area)\s+(?:(?:at|in)\s+(?:the\s+)?sea\s+)?"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"\s+away\b",
    # "the targets the missiles hit lay some 1,000km away", "the target area was about 600 km
    # away": where the target lies, told by its verb.
    r"\b(?:target|targets|target area|point|area)\b[^.;,]{0,40}?\s"
    r"(?:lay|lies|lie|was|were|is|are|sat|sits|stood|located|situated)\s+"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + r"\s+away\b(?!\s+from\b)",
    # "hit the predetermined area in the open waters, 1,001.2 km away"
    r"\b(?:target|targets|point|area|waters|island|sea)\b[^.;,]{0,40}?,\s+"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + r"\s+away\b",
    r"\b"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"\s+from\s+(?:(?:the|its)\s+launch\s+(?:site|point|pad|area)|"
    + r"where it was (?:fired|launched))\b",
    # "Between 217 and 500 miles is how far Thursday's missiles travelled", "About 600 km was how
    # far the missile flew": the figure set before what it measures
    r"\b"
    + QUALIFIER
    + FIGURE
    + SPAN
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"\s+(?:is|was|are|were)\s+how\s+far\b[^.;]{0,60}?"
    r"\b(?:flew|flown|fly|travel+ed|travel|went|go|covered|cover)\b",
    # "565 miles high and 280 miles in distance", "a flight some 600 km in length"
    r"\b"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"\s+(?:in (?:distance|range|length)|downrange)\b",
    # "the flight range, which it estimated at around 1,100km", "put the range at 600 km"
    r"(?<!whose )(?<!whose flight )\b(?:range|distance)\b[^.;]{0,25}?"
    r"\b(?:estimated|put|assessed|placed)\s+(?:it\s+)?at\s+"
    + r"(?!up\s+to\b)"
    + QUALIFIER
    + FIGURE
    + SPAN
    + DISTANCE_UNIT,
    # "came down halfway between North Korea and Japan, about 300 miles across the Sea of
    # Japan": the way it went, from a fall (not "300 km off the coast", where it fell).
    r"\b(?:came down|landed|fell|splashed down|crashed|impacted)\b[^.;]{0,80}?,\s+"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"\s+(?:out\s+)?(?:across|over)\s+the\s+(?:Sea of Japan|East Sea|Yellow Sea|West Sea|sea)\b",
)
APOGEE_PATTERNS: Final = (
    # "with altitudes that varied and topped out at 90 kilometres", "their height peaked at 60
    # km": the highest they rose
    r"\b(?:altitudes?|heights?)\b[^.;]{0,30}?\b(?:topped\s+out|peaked|maxed\s+out)\s+at\s+"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE,
    # "the missiles flew very low, at about 25 km", "flying low at an altitude of 30 km": a low
    # flight's height ("flew low ... and covered 220 km" keeps its distance a range)
    r"\b(?:flew|flying|flown|flies|fly)\s+(?:very\s+|unusually\s+|relatively\s+|extremely\s+)?"
    r"low\b,?\s+(?:at\s+)?(?:an?\s+(?:altitude|height)\s+of\s+)?"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE,
    # "seemed to fly 565 miles high", "rose 900 km into space", "some 50 km in altitude"
    r"\b"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"\s+(?:high\b|in (?:altitude|height)\b|(?:up\s+)?into (?:the\s+)?(?:sky|space)\b)",
    # "an altitude of 50 km", "an altitude well above 6,000 km", 'an altitude "well above" 4,000 km'
    # ("reaching apogees of around 90 km": two missiles' heights)
    r"\b(?:altitudes?|apogees?|heights?)\s+(?:of\s+|(?=\"?(?:well\s+)?(?:above|over)\b))"
    + QUOTED_QUALIFIER
    + FIGURE
    + SPAN
    + DISTANCE_UNIT
    + ALT_DISTANCE,
    # "Its maximum altitude was about 1,000 km", "The apogee was 50km", "peak altitude reached
    # was 1,971 km"
    r"\b(?:altitude|apogee|height|highest point)\s+"
    # "The highest altitude of the missiles tracked by our radar was about 130 km"
    r"(?:of\s+(?:the|its|their|both)\s+(?!(?:[\w-]+\s+){0,3}(?:launched|fired)\s+(?:in|on|last)\b)"
    r"[^.;,\d]{0,60}?\s+)?(?:reached\s+)?"
    r"(?:was|is|stood at|hit|came to)\s+"
    r"(?:estimated\s+at\s+|put\s+at\s+)?" + QUALIFIER + FIGURE + SPAN + DISTANCE_UNIT,
    # "flew as high as 50 km", "climbing as high as 60 km", "climbed higher than 6 000 km" (a
    # bound kept as its figure)
    r"\b(?:flew|flying|flown|went|climb\w*|r[io]se|rising|soar\w*)\s+"
    r"(?P<qual>as high as|higher than)\s+" + FIGURE + DISTANCE_UNIT + ALT_DISTANCE,
    r"\bpeak(?:ed|ing)\s+(?:at\s+)?" + QUALIFIER + FIGURE + SPAN + DISTANCE_UNIT + ALT_DISTANCE,
    # "went no higher than 620 miles", "rose no higher than about 60 km": a height's bound.
    r"\b(?:went|flew|flying|flown|climb(?:ed|ing)|r[io]se|rising|soar(?:ed|ing)|got|reached)\s+"
    r"(?P<upper>no higher than)\s+(?:(?:about|around|approximately|some|roughly)\s+)?"
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE,
    # "climbed to a maximum of 1,920 kilometers", "rose to a peak height of 50 km"
    r"\b(?:climb\w*|r[io]se|rising|soar\w*|reach\w*)\s+(?:to\s+)?an?\s+(?:maximum|peak|max\.?|top)"
    r"(?:\s+(?:altitude|height))?\s+of\s+" + QUALIFIER + FIGURE + DISTANCE_UNIT + ALT_DISTANCE,
    r"\b(?:reaching|reached|rose to|soared to|climbed to)\s+"
    r"(?:a\s+(?:maximum\s+)?altitude\s+of\s+)?"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + r"\s+(?:high|in altitude|altitude)",
    r"\b(?:maximum|peak)\s+(?:altitude|height)\s+(?:is|was)\s+(?:put|estimated|assessed|reported)\s+"
    r"at\s+" + QUALIFIER + FIGURE + DISTANCE_UNIT,
    # "put the projectile's flight at about 200 km and its maximum altitude at about 30 km": the
    # height an estimate puts, its verb shared with the distance ("Japan's Defense Ministry put
    # their altitude at 550 kilometers", "estimated the missile's altitude at": an estimate of
    # a flight's height is of its peak).
    # ("put the missile's flight at some 170 miles and its highest point at 347 miles": the
    # height's other name; "estimates their altitude at": the estimate told in the present)
    r"\b(?:estimat(?:ed|es)|puts?|assess(?:ed|es)|plac(?:ed|es))\s+[^.;]{0,80}?\b(?:its|the|their)\s+"
    r"(?:(?:missile|projectile|rocket|weapon)s?'s?\s+)?"
    r"(?:(?:maximum|peak|highest)\s+)?(?:altitude|height|apogee|(?:highest|peak|top)\s+point)"
    r"\s+at\s+" + QUALIFIER + FIGURE + DISTANCE_UNIT,
    # "climbed to about 60 km", "soared to 2,000 km", "rose up to 50 km": an upward verb's figure
    # is a height, beside a distance flown too ("reached 800 km" may be either; see below).
    r"\b(?:climb(?:ed|ing|s)?|soar(?:ed|ing|s)?|r[io]se|rising|rises|lofted|ascend(?:ed|ing))\s+"
    r"(?:up\s+)?to\s+"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"(?!\s*(?:away|from|east|west|north|south|off|into|beyond|inland|out)\b)",
)
# "reached 4,475 kilometers": a height with no altitude word, read only when no altitude is
# stated but North Korea's (a ground distance is "flew" or "traveled", or "reached" somewhere).
BARE_APOGEE_PATTERN: Final = (
    r"\b(?:reached|reaching|soared to|climbed to|rose to|rose up to|climbed up to|lofted to|"
    r"lofted up to)\s+"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + ALT_DISTANCE
    + r"(?!\s*(?:away|from|east|west|north|south|off|into|beyond|inland|out)\b)"
)
# The sentence gives a ground distance, so its bare "reached N km" may be one too.
RANGE_WORDS: Final = r"\b(?:range|distance|flew|flown|traveled|travelled|covered|away)\b"
FLIGHT_TIME_PATTERNS: Final = (
    # ("rising to 50 kilometers during flights of 11 minutes": two missiles' flights)
    r"\b(?:in the air|airborne|aloft|flew|flown|flying|flight time of|flight duration of|"
    r"flights? of|flight lasted|"
    # "The flight began from the Sunan district and lasted 70 minutes"
    r"\bflight\s+(?:began|started)\b[^.;]{0,80}?\band\s+lasted|"
    # "The flight time was 86 minutes", "its flight duration was about 70 minutes"
    r"(?:flight(?:\s+(?:time|duration))?|duration of (?:the\s+|its\s+)?flight)\s+"
    r"(?:was|is|lasted|took|of about)|"
    # "The flight time is estimated to be about 73 minutes" ("after a flight estimated at 30
    # minutes": the verb's "is" may be left out)
    r"flight(?:\s+(?:time|duration))?\s+(?:(?:is|was)\s+)?"
    r"(?:estimated|believed|thought|assessed)\s+(?:to\s+(?:be|have\s+been)|at)|"
    r"for)\s+(?:for\s+)?(?:a\s+record(?:\s+of)?\s+)?\"?"
    + QUALIFIER
    + NUMBER
    + SPAN
    + r"\s*(?P<unit>minutes|minute|mins|min|seconds|secs?|s)\b",
    r"\b" + NUMBER + r"\s*-\s*(?P<unit>minute)\s+flight\b",
    # "broke into pieces after only 40 seconds", "60 to 90 seconds after lift-off": how long it
    # flew before it failed.
    # ("fizzled out within 42 seconds of launch")
    r"\b(?:broke|exploded|disintegrated|failed|blew up|crashed|fizzled)\b[^.;]{0,60}?"
    r"\b(?:after|within)\s+"
    r"(?:only\s+|just\s+)?" + QUALIFIER + NUMBER + SPAN + r"\s*(?P<unit>minutes|seconds)\b",
    # "came down in the sea about 20 minutes after launch": the time its flight ended (not "the
    # satellite reached orbit some 10 minutes after liftoff", "the stages separated two minutes
    # after launch": a time in a flight told of something else).
    r"\b(?:fell|fallen|falling|landed|landing|came down|coming down|splashed down|splashing down|"
    r"plunged|crashed|crashing|exploded|exploding|blew up|broke up|broke apart|disintegrated|"
    r"disappeared|vanished|impacted|hit the (?:sea|water))\b[^.;]{0,100}?\b"
    + QUALIFIER
    + NUMBER
    + SPAN
    + r"\s*(?P<unit>minutes|seconds)\s+after\s+(?:lift-?off|launch|take-?off|"
    # ("came down in the sea ... 87 minutes after it was launched")
    r"(?:it|they|the\s+(?:[\w-]+\s+)?(?:missiles?|projectiles?|rockets?))\s+(?:was|were|had\s+been)\s+"
    r"(?:launched|fired))\b",
    # "was fired at 5:58 a.m. and came down in the Pacific 14 minutes later", "tracked the
    # missile until it came down in the Sea of Japan some 9 minutes later", "is believed to have
    # come down about 70 minutes later": the fall's time counted from the launch (not "the
    # second was launched 10 minutes later", "Six minutes later the service said it had fallen").
    r"\b(?:fell|landed|came down|come down|splashed down|plunged|crashed|impacted)\b"
    r"(?:[ap]\.m\.|[^.;]){0,80}?\b"
    + QUALIFIER
    + NUMBER
    + r"\s*(?P<unit>minutes|seconds)\s+later\b",
    # "flew about 1,000 kilometers (620 miles) over 74 minutes": a distance flown over a time.
    r"\b(?:flew|flown|flying|travel+ed|travel+ing)\b[^.;]{0,60}?\bover\s+"
    + QUALIFIER
    + NUMBER
    + SPAN
    + r"\s*(?P<unit>minutes|seconds)\b",
    # "It landed after about 40 minutes of flight"
    r"\b"
    + QUALIFIER
    + NUMBER
    + SPAN
    + r"\s*(?P<unit>minutes|seconds)\s+(?:of\s+flight|of\s+flying|in\s+the\s+air|aloft|"
    # "striking a target in the Sea of Japan after some 67 minutes in flight"
    r"in\s+flight)\b",
    # "it failed 35 to 40 seconds into its flight": how long it flew.
    r"\b"
    + QUALIFIER
    + NUMBER
    + SPAN
    + r"\s*(?P<unit>minutes|seconds)\s+into\s+(?:its|the)\s+flight\b",
    r"\b(?:timed|put|estimated|clocked)\s+the\s+flight(?:\s+time)?\s+at\s+"
    + QUALIFIER
    + NUMBER
    + r"\s*(?P<unit>minutes|minute|mins|min|seconds)\b",
    # ("flew 1,001.2 kilometers (622 miles) in 5,156 seconds": past a converted unit)
    r"\b(?:km|kilometers|kilometres|miles)(?:\s*\([^)]{0,30}\))?\s+(?:in|over)\s+"
    + QUALIFIER
    + NUMBER
    + r"\s*(?P<unit>minutes|seconds)\b",
    # "Over 30 minutes it covered 700 km", "in about 40 minutes, the missile flew 1,000 km": the
    # time told before the distance it flew in it.
    r"\b(?:over|in|within)\s+"
    + QUALIFIER
    + NUMBER
    + SPAN
    + r"\s*(?P<unit>minutes|seconds)\s*,?\s+(?:it|they|the\s+(?:[\w-]+\s+)?(?:missiles?|"
    r"projectiles?|rockets?))\s+(?:covered|flew|travel+ed|traversed)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|approximately\s+|over\s+|more\s+than\s+)?"
    r"\d[\d,.]*\s*(?:km|kilomet(?:er|re)s|miles)\b",
)
MINUTE_WORDS: Final = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
)
# "one hour and 26 minutes", "2 hours 8 minutes": read before the minute patterns.
FLIGHT_HOURS_PATTERN: Final = (
    r"\b(?:in the air|airborne|aloft|flew|flown|flying|flight time of|flight of|lasted|for|in|"
    r"flight(?:\s+time)?\s+(?:was|is|lasted|took))\s+"
    # 'stayed in flight for "about 1 hour and 26 minutes," the minister said': a quoted time.
    r"(?:for\s+)?\"?" + QUALIFIER + r"(?P<hours>\d{1,2}|one|two|three|four|an)"
    r"(?P<half>\s+and\s+a\s+half)?\s*(?:hours?|hrs?\.?|h)\b"
    r"(?:,?\s*(?:and\s+)?(?P<minutes>\d{1,2}|" + MINUTE_WORDS + r")"
    r"\s*(?:minutes|minute|mins|min)\b)?"
)
# The sentence gives North Korea's own claim (its figures count distance flown, not ground range).
NORTH_KOREAN_CLAIM: Final = (
    r"\bKCNA\b|\bKorean Central News Agency\b|\bstate (?:media|news agency|television)\b|"
    # ("The Rodong newspaper said", "KCTV showed": state media by their other names)
    r"\bRodong Sinmun\b|\bRodong (?:newspaper|daily)\b|\bKCTV\b|"
    r"\b(?:North Korea|Pyongyang|the North) (?:said|says|claimed|claims)\b"
)
# "said it had fired" reports the new launch; it is not a recollection of an older one.
REPORTED_SPEECH: Final = (
    r"\b(?:said|says|saying|added|adding|reported|announced|claimed|confirmed|stated|posted|"
    # "It later clarified that the projectiles had been launched from the town of Kusong": a
    # correction of where this launch was made, told as reported speech.
    # ("The army detected at about 6:29 p.m. that three missiles had been launched": what a
    # military saw of this launch, told as its statement)
    r"tweeted|wrote|told|informed|notified|clarified|corrected|specified|detected|"
    # "the Prime Minister's Office warned that the North had launched a suspected ballistic
    # missile": a warning of this launch, told as a statement.
    r"warned)"
    # "reported, citing South Korea's Joint Chiefs of Staff, that Pyongyang had fired"; the day
    # may come first: "reported on Sunday, citing the South Korean military, that the North had"
    r"(?:(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r",\s+(?:citing|quoting|according to)\s+[^,;.]{1,60},)?\s+"
    # "announced at 3:54 a.m. on Thursday that a missile had been launched"
    r"(?:at\s+(?:about\s+|around\s+)?\d{1,2}[:.]\d\d\s*(?:a\.m\.|p\.m\.|am|pm)?\s+)?"
    r"(?:(?:on\s+)?(?:[A-Z][a-z]+day|[\w-]+ corps|the same day|that day|"
    r"reporters|the press|the public)\s+)?(?:(?:by|on|in) [\w ]{1,20}?\s+)?(?:that\s+)?"
    # the subject: "it", "the North", "a rocket carrying a reconnaissance satellite", "an
    # object that may have been a ballistic missile"
    # ("N Korea", "N. Korea": the headline writer's short form)
    r"(?:[\w'-]+\s+){0,8}?(?:it|they|missiles?|projectiles?|rockets?|North Korea|Pyongyang|"
    r"(?<![\w.])N\.?\s?Korea|"
    r"objects?|systems?|weapons?|launchers?|vehicles?|"
    r"the North|the country|satellite|ICBMs?|SRBMs?|"
    # "said its secretive neighbor had fired", "said the reclusive state had launched"
    r"neighbou?r|state|regime|nation|"
    # "KCNA reported that the military had fired two superlarge rocket launchers"
    r"military|army|units?|forces|academy|administration|DPRK|"
    # "said the Democratic People's Republic of Korea had launched"
    r"People's Republic of Korea|"
    # "revised that view, saying the two had flown about 155 miles": the missiles counted before.
    r"(?<=the )(?:two|three|four|latter|others)|both)"
    # "confirmed that the Democratic People's Republic of Korea (DPRK) had fired": the subject's
    # short name in brackets.
    r"(?:\s+\([\w.' -]{1,30}\))?\s+had\b"
    # A question about this launch is no recollection either: "working to establish whether one
    # missile or more had been launched", "could not say if any had fallen in its waters".
    r"|\b(?:whether|if)\s+(?:[\w'-]+\s+){0,5}?had\b"
)
# "Matsuno said the missile had been fired at a steep angle and had flown 900 km", "Seoul's
# military said the rocket was thought to carry a satellite and had been launched toward the
# south": a second verb of the same reported statement, joined by "and", is in the past perfect
# for the same reason as the first (the statement's tense), not a recollection. ("said it fired a
# missile and had launched another last week" still looks back by its "last week".)
SPOKEN_AND_HAD: Final = (
    r"\b(?:said|says|saying|stated|added|adding|reported|announced|confirmed|warned|told)\b"
    # ("had been detected at 10:38 a.m. and had flown": a clock's colon and points end no
    # statement)
    r"(?:[^.;:]|\d:\d\d|[ap]\.m\.?){0,120}?\s(?P<had>and\s+had)\b"
)
# "KCNA said on Friday": the day of the report, not of the launch.
REPORTING_DAY_BEFORE: Final = (
    r"\b(?:said|says|reported|announced|confirmed|stated|added|claimed)\s+"
    # "said in a statement Tuesday", "said in a text message to reporters on Tuesday"
    r"(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|message|briefing|release|post|notice)\s+)?"
    # ("NHK reported later on Thursday", "KCNA said again on Friday": the statement's day.)
    r"(?:to\s+(?:reporters|journalists|the press|lawmakers)\s+)?(?:later\s+|again\s+|also\s+)?"
    r"(?:late\s+|early\s+)?(?:on\s+)?$"
    # "State media said nothing on Thursday about the test", "Pyongyang remained silent on
    # Friday", "KCNA made no mention of it Tuesday": the day of a silence is a statement's day.
    r"|\b(?:said|says|reported|announced)\s+nothing\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
    r"|\b(?:kept|keeps|stayed|stays|remained|remains|was|were|is|are|fell)\s+(?:largely\s+)?"
    r"(?:silent|quiet|mum)\s+(?:(?:about|on|over)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:launch|test|firing))\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$"
    r"|\bmade\s+no\s+(?:mention|comment)\s+(?:of|on)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:launch|test|firing))\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
    # "According to media reports on 16 October": the day of the reports.
    r"|\breports?\s+(?:on|of|dated)\s+$"
    # "had been reported earlier by the South Korean news agency Yonhap on Tuesday", "was
    # announced by the JCS Monday": the day of the report, its teller named between.
    r"|\b(?:reported|announced|confirmed|disclosed)\s+(?:earlier\s+|first\s+|later\s+)?by\s+"
    r"(?:[\w'-]+\s+){1,7}?(?:late\s+|early\s+)?(?:on\s+)?$"
    # A dateline, "SEOUL, May 8 (Yonhap) --", gives the day of filing.
    r"|^\s*[A-Z][A-Z .'-]+,\s*$"
    # "The report, dated Monday, says ...": the day of the report.
    r"|\bdated\s+$"
    # "... from borderline Updated: 2014-07-14 07:14:47 KST", "Posted: July 14, 2014", "Last
    # updated on Monday": the page's stamp, set into a title line, is the day it was filed.
    r"|\b(?:updated|posted|published|modified|first published|last updated)\s*:\s*$"
    r"|\b(?:last\s+)?updated\s+(?:on\s+)?$"
    # "A U.S. official, speaking on condition of anonymity on Saturday, said", "told Reuters on
    # Saturday", "told a news conference Friday", "in remarks to reporters on Monday": the day
    # someone spoke.
    r"|\b(?:speaking|told|telling|briefing|briefed|in (?:remarks|comments|an interview))\s+"
    r"(?:(?:to|on|with)\s+)?(?:[\w.'-]+\s+){0,4}?(?:late\s+|early\s+)?(?:on\s+)?$"
    r"|\bat an? (?:news conference|press conference|briefing|press briefing|parliamentary "
    r"session|hearing)\s+(?:late\s+|early\s+)?(?:on\s+)?$"
)
# "it was not made public until Friday", "revealed on Friday", "disclosed Thursday": the day the
# launch became known, not the day it was made (nor a statement's day that bounds it).
REVEALED_DAY_BEFORE: Final = (
    r"\b(?:made public|revealed|disclosed|publici[sz]ed|acknowledged|unveiled)\s+"
    r"(?:(?:only|late|early)\s+)?(?:until\s+|on\s+)?$"
    r"|\b(?:not|n't|never)\b[^.;]{0,60}\buntil\s+$"
    # "This photo released on Saturday, Jan. 15, 2022, by the North Korean government shows a
    # missile test ... on Jan. 14": the day a picture or a statement was put out.
    # "in this photo that KCNA released last Wednesday", "a KCTV segment broadcast on Wednesday,
    # local time": the day a picture or a programme was put out, not the launch's.
    r"|\b(?:released|published|distributed|issued|provided|handed out|made available|"
    r"broadcast|aired|televised)\s+"
    r"(?:(?:only|late|early|last)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$"
)
# "North Korea on Friday confirmed ...": also the day of the statement.
REPORTING_DAY_AFTER: Final = (
    r"^(?:'s)?\s+(?:confirmed|said|says|reported|announced|stated|claimed|revealed|disclosed)\b"
    # "In its January 15 report, KCNA said ...", "Monday's statement": the day of a report.
    r"|^(?:'s)?\s+(?:(?:KCNA|state media|state TV|official|news|press|ministry|defen[cs]e "
    r"ministry|government)\s+)?(?:report|statement|announcement|dispatch|bulletin|"
    r"press release|briefing)\b"
    # "Early on May 28, North Korea announced that ...", "On Friday, KCNA said the test ...": a
    # sentence opened by the day of its statement (no launch verb before the statement's).
    r"|^(?:\s+(?:morning|afternoon|evening|night))?\s*,\s+(?:(?!(?:fired|launched|fires|launches|"
    r"test-fired|tested|shot|flew)\b)[\w'-]+\s+){1,6}?(?:said|says|announced|reported|claimed|"
    r"confirmed|stated|revealed|disclosed)\s+(?:that\b|it\b|the\b|"
    # "Earlier on Saturday, state media said North Korean leader Kim had guided ...": a name
    # the statement is about.
    r"(?:(?-i:[A-Z])[\w-]*\s+(?-i:[A-Z])|(?-i:Kim|Pyongyang)\b)"
    r"(?![^.;]*\b(?:fired|fires|launched|launches|test-fired|test-launched|tested|shot|flew)\b))"
    # "On June 30 it was reported that the DPRK had launched ...": an impersonal report's day.
    r"|^\s*,?\s+it\s+(?:was|has been|had been)\s+(?:reported|announced|said|confirmed|"
    r"revealed|disclosed)\s+that\b"
    # "On 4 September 1998 North Korea announced that it had put its first satellite into
    # orbit": the day run into its speaker with no comma (a name, then the statement verb).
    # "On Friday morning North Korean state media said a fire assault drill had been held": the
    # same, with the part of the day and a speaker named by its medium.
    r"|^(?:\s+(?:morning|afternoon|evening|night))?\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){1,3}"
    r"(?:(?:state\s+)?(?:media|news agency|television|TV|radio)\s+)?"
    r"(?:announced|said|reported|claimed|stated)\s+(?:that|it|an?|the)\b"
)
# Class words, strongest first: within one sentence the first row that matches wins.
CLASS_PATTERNS: Final = (
    (
        # ("test-fired a submarine-based ballistic missile", "an underwater ballistic missile")
        r"\bsubmarine[- ](?:launched|fired|based)\b|\bSLBMs?\b|\bunderwater[- ]launched\b|"
        r"\bunderwater\s+(?:strategic\s+)?ballistic\s+missiles?\b|"
        r"\bsub[- ]launched\b|"
        # "a strategic submarine ballistic missile": the launcher named before "ballistic"
        r"\bsubmarine\s+ballistic\s+missiles?\b|"
        # "a ballistic missile from a submarine"
        r"\bballistic missiles?\s+(?:[\w-]+\s+){0,3}?from\s+(?:an?|the|its)\s+"
        r"(?:new\s+)?submarine\b",
        "SLBM",
    ),
    (r"\bhypersonic\b|\bglide vehicle\b|\bHGV\b", "HGV"),
    # ("a nuclear-powered cruise missile submarine", "a guided-missile submarine": a boat)
    (
        r"\bcruise missiles?\b(?![- ]submarines?\b|[- ](?:carrying|armed)\b)|\bstrategic cruise\b",
        "cruise",
    ),
    # "The missile was fired from a submarine" (after cruise: "cruise missiles fired from a
    # submarine" are cruise missiles).
    # ("gave the order to launch the missile from an attack submarine": the verb's object
    # between, and the boat's kind)
    (
        # (not "preparing to test-fire a missile from a submarine": a test still to come)
        r"(?<!-)\b(?:fire|fired|launch|launched|test-fired)\s+(?:(?:the|a|an|its)\s+(?:[\w-]+\s+)?"
        r"(?:missiles?|rockets?)\s+)?from\s+(?:an?|the|its)\s+(?:new\s+|attack\s+|strategic\s+)?"
        r"submarine\b",
        "SLBM",
    ),
    # ("commercial satellite imagery", "satellite photos": pictures taken from space; "a test
    # to check the satellite's data transmission and control systems", "terrestrial satellite
    # control systems": parts of a satellite still being built, tested on another carrier;
    # "held a 'satellite' test", "another spy satellite test": a test for a satellite, not one
    # put up)
    (
        r"\bsatellite\b(?![- ](?:imagery|images?|photos?|photographs?|pictures?|data|"
        r"analysis|phones?|dish(?:es)?|television|TV)\b)"
        r"(?!'?s?\s+(?:[\w/-]+\s+){0,4}?(?:systems?|components?|equipment|devices?|cameras?)\b)"
        r"(?!'?\s+tests?\b(?![- ]launch))|"
        r"\bspace launch vehicle\b|"
        # "it put into space an object that appeared to reach orbit", "the payload achieved
        # orbit": only a carrier rocket's payload goes round the Earth (no missile's does; "has
        # vowed to keep sending satellites into orbit" is a plan, not this launch)
        r"\b(?:reach(?:ed|es|ing)?|achiev(?:e|ed|es|ing)|enter(?:ed|s|ing)?)\s+"
        r"(?:an?\s+|the\s+)?(?:(?:low|polar|stable|earth)\s+){0,2}?orbit\b|"
        r"\bcarrier rocket\b|\bSLV\b",
        "SLV",
    ),
    # North Korea's "medium long-range" is its word for an IRBM.
    (
        r"\bmedium[- ]long[- ]range\b|\bmid/long[- ]range\b|"
        r"\b(?:medium|mid)[- ]to[- ]long[- ]range\b",
        "IRBM",
    ),
    # "frontline long-range artillery units" is not a missile's range; nor are "long-range B-1B
    # bombers" or "long-range strategic bombers" (an aircraft, its model or role named between).
    (
        r"\bintercontinental\b|\bICBMs?\b|"
        r"\blong[- ]range\b(?!\s+(?:artillery|multiple|rocket launchers?|guns?|cruise|strike|"
        r"bombers?|drones?))(?!\s+(?:[\w-]+\s+){0,2}?(?:bombers?|warplanes?|aircraft|"
        r"(?:fighter\s+)?jets?|planes?|drones?)\b)",
        "ICBM",
    ),
    (r"\bintermediate[- ]range\b|\bIRBMs?\b", "IRBM"),
    # ("two North Korean midrange missile tests": the word written as one)
    (r"\bmedium[- ]range\b|\bmid[- ]?range\b|\bmiddle[- ]range\b|\bMRBMs?\b", "MRBM"),
    (r"\bshort[- ]range\b|\bclose[- ]range\b|\bSRBMs?\b|\btactical ballistic\b", "SRBM"),
    # The Scud family ("Scud-type", "Scud-B", "Scuds"), not the extended-range Scud-ER.
    (r"(?<!ER )(?<!extended-range )\bScud(?:s|-type|-B|-C)?\b(?![- ]ER\b)", "SRBM"),
)

# A launch is being described (and not, say, a parade or a sanctions decision).
LAUNCH_VERBS: Final = (
    r"\b(?:fired|fires|fire|launched|launches|launch|test-fired|test-launched|shot|lobbed|"
    r"tested|test|flew|firing|launching)\b"
)
# "flight features unlike those of the missiles the North had tested before", "faster than any
# missile it had launched": this launch measured against older ones, not a recollection of them.
COMPARED_WITH_PAST: Final = (
    r"\b(?:unlike|than|similar to|compared (?:with|to)|different from)\s+"
    r"(?:(?:those|that|the ones?|any(?:thing)?|all)\s+(?:of\s+)?)?(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:(?:that|which)\s+)?(?:the North|North Korea|Pyongyang|it)\s+had\s+"
    r"(?:\w+\s+)?(?:fired|launched|tested|test-fired|flown)\b"
    r"(?:\s+(?:before|previously|earlier|so far|until now|to date))?|"
    # "was 'more advanced' than the one in its previous test", "faster than the missile of the
    # last launch": this launch measured against the one before, not a recollection of it.
    # ("reached a higher altitude than in earlier tests": the same, the ones left unsaid)
    # ("much higher than Pyongyang's last ICBM launch in 2017": the same, the preposition left
    # out; "As with the previous test, KCNA gave no details", "like the last launch": this
    # launch told as the one before was, not a recollection of it.)
    r"(?:\b(?:than|unlike|compared (?:with|to)|similar to|different from)|"
    r"(?<![\w-])(?:as with|as in|as for|just as in|like))\s+"
    r"(?:(?:the ones?|that|those|the (?:missiles?|weapons?|rockets?))\s+(?:(?:fired|launched|"
    r"tested|used)\s+)?)?(?:(?:in|of|at|from|during)\s+)?(?:(?:its|the|the North's|North "
    r"Korea's|Pyongyang's)\s+)?(?:last|previous|prior|earlier|most recent)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tests?|launch(?:es)?|firings?|test-firings?)\b"
    # ("... launch in 2017": the year of the launch measured against goes with it.)
    r"(?:\s+(?:in|of)\s+(?:19|20)\d{2}\b)?"
)
# A running count over several days or launches: "That brings to six the projectiles it has fired
# in three days", "bringing the total to nine", "over the past two days" (its days and number are
# of the launches counted, not of the one reported).
RUNNING_TALLY: Final = (
    r"\b(?:brings?|bringing|brought)\s+(?:the\s+(?:total|tally|number|count)\s+)?to\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\b|"
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|"
    r"seven|several|\d+)\s+(?:straight\s+|consecutive\s+)?days\b|"
    # "Thursday's launch makes eight Musudan missiles fired", "making 15 missiles launched this
    # year": the tally the launch adds to, not its own count.
    r"\b(?:makes|making|made)\s+(?:it\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a dozen)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|launches|tests|firings|rockets)\s+"
    r"(?:(?:it\s+has\s+|have\s+been\s+|has\s+)?(?:fired|launched|tested)|so far|this year)\b"
)
# The sentence recalls an earlier event (its figures are not the new launch's).
RECALL_CUES: Final = (
    # "has fired" is how news gives the new launch; "had fired" looks back.
    # ("did not say how many had been fired" asks about this launch.)
    r"(?<!how many )(?<!how many missiles )(?<!whether they )(?<!whether it )"
    r"\bhad\s+(?:\w+\s+)?(?:fired|launched|tested|test-fired|conducted|flown|drawn|"
    r"claimed|staged|carried out)\b",
    # "On Saturday, the North had defended its missile launches": the North's own doings told in
    # the past perfect are before the launch reported.
    r"^\W*(?:On|Early|Late|Earlier)\b[^,;]{0,40}?,?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:North|North Korea|Pyongyang|Kim(?: Jong[- ]Un)?)\s+had\s+(?!been\b)\w+ed\b",
    r"\blast\s+(?:fired|launched|tested|test-fired|test-launched)\b",
    # "It has previously tested a nuclear-capable underwater drone and two ICBMs": "previously"
    # puts the perfect's launches before the one reported.
    r"\b(?:has|have)\s+previously\s+(?:fired|launched|tested|test-fired|test-launched|"
    r"conducted|carried out|flown)\b",
    r"\b(?:previous|prior)\s+one\b",
    # "its second test of the Hwasong-18 ICBM, which it first fired on April 13", "the
    # Pukguksong-2, which was first tested in February": the type's first flight, an older launch.
    r"\b(?:which|that)\s+(?:(?:it|they|the North|North Korea|Pyongyang|the country|the regime)\s+"
    r"(?:had\s+)?|(?:was|were|had\s+been)\s+)first\s+(?:fired|launched|tested|test-fired|"
    r"test-launched|flown|flew)\b",
    # "The North's last ballistic missile was the Hwasong-18 it fired on April 13".
    r"\b(?:its|the North's|North Korea's|Pyongyang's)\s+(?:last|previous|prior|most recent)\s+"
    r"(?:[\w-]+\s+){0,2}(?:missiles?|launch(?:es)?|tests?|ICBMs?|SRBMs?|IRBMs?|firings?)\b",
    r"\b(?:last|previous|prior)\s+(?:year|month|week|launch|test|time|tests|launches)\b",
    # ("a comparable weapons trial earlier in the month")
    r"\b(?:earlier|later)\s+(?:this|in\s+the)\s+(?:year|month)\b",
    # "Earlier this week North Korea fired a satellite rocket" (924): the week's earlier launch.
    r"^\W*earlier\s+(?:this|in\s+the)\s+week\b",
    # "In the week before the inauguration North Korea also carried out what Seoul and Tokyo
    # said were two tests": an opener that sets the launch told in the span before another event.
    r"^\W*(?:in|during|over)\s+the\s+(?:week|days|weeks|month|fortnight)\s+"
    r"(?:before|leading up to|prior to|ahead of)\s+(?:the|his|her|its|their|[A-Z]\w+'s)\b"
    r"(?![^,;]{0,40}\b(?:this|today's|the latest|the new)\s+(?:launch|test|firing)\b)",
    # "In the 10 rounds of tests before that, the North fired ...", "In earlier tests it
    # launched ...": the launches that came before the one reported.
    r"\b(?:tests?|launch(?:es)?|firings?|rounds)\s+before\s+(?:that|then|it|this one)\b",
    r"\b[Ii]n\s+(?:its\s+|the\s+)?(?:earlier|previous|prior|past)\s+(?:[\w-]+\s+)?"
    r"(?:tests?|launch(?:es)?|firings?|rounds)\b",
    # "This year North Korea test-fired its first solid-fuel ICBM and ...": the year's launches
    # told in the simple past, before the one reported ("This year it has fired" is a tally).
    r"^\W*(?:so far\s+)?this\s+(?:year|month),?\s+(?:the North|North Korea|Pyongyang|it)\s+"
    r"(?:also\s+)?(?:test-fired|fired|launched|tested|test-launched|made|conducted|carried out)\b",
    # "two days before, it fired ..." looks back; "five days before voters choose" looks ahead.
    # ("One week earlier, the North test-fired ...", "a month ago")
    r"\b(?:days|weeks|months|years|(?:a|one)\s+(?:week|month|year))\s+"
    r"(?:earlier|ago|before(?=\s*[,.;:]|\s*$))",
    # "This is its second test of the week; the first one involved a cruise missile": the
    # week's earlier test told beside this one.
    r"\bthe\s+(?:first|earlier|previous|prior|former|other)\s+(?:one|test|launch|firing)\s+"
    r"(?:had\s+)?(?:involved|featured|saw|used|tested|was of|were of|consisted of)\b",
    # "It is the North's second launch this year. The first came on January 6, when ...": the
    # earlier one of a count, dated.
    r"^\W*(?:the|its)\s+(?:first|earlier|previous|prior|former)\s+(?:one\s+|launch\s+|test\s+|"
    r"firing\s+)?(?:came|took place|happened|occurred|was)\s+(?:on|in)\s+(?:(?:Jan|Feb|Mar|Apr|"
    r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
    # "adds to a run of weapons tests by the North, among them the firing on Wednesday of
    # several cruise missiles": a tally with its examples.
    r"\b(?:run|series|string|spate|flurry|streak|succession)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tests|launches|firings|test-firings)\b[^.;]{0,60}?\b(?:among them|including|"
    r"such as|among which)\b",
    # "The report came a day after North Korea fired ...": the launch the report is about.
    r"(?<!report came )(?<!statement came )(?<!announcement came )(?<!claim came )"
    r"\b(?:days|weeks|months|years|a day|a week|a month|one day|one week|one month)\s+after\b",
    r"\b(?:a\s+few|several|two|three)\s+(?:days|weeks|months)\s+earlier\b",
    r"\brecently\b",
    # "put new sanctions on Pyongyang following its recent nuclear test and satellite launch":
    # what an earlier step answered is older than the launch reported.
    r"\b(?:after|following|since|over|for)\s+(?:its|the North's|North Korea's|Pyongyang's)\s+"
    r"recent\b",
    r"\bover the past (?:month|year|week)\b",
    r"\bsince then\b",
    r"\blast met\b",
    r"\bin the past\b",
    # "FILE PHOTO: People watch a TV broadcast of ... North Korea firing two projectiles": a
    # caption of an older picture.
    r"^\W*(?:FILE|ARCHIVE)\s*(?:PHOTO|PICTURE|IMAGE|FOOTAGE)\b",
    # "It is the country's second launch this week: on Wednesday another projectile was fired":
    # a count of the week's launches, then the older one it counts, told after the colon.
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:launch|test|firing|provocation)(?:es|s)?\s+"
    r"(?:(?:this|in\s+a|in\s+the|within\s+a|of\s+the|so\s+far\s+this)\s+)?"
    r"(?:week|month|year|days)\s*:[^.;]*?\b(?:another|the first|the other|an earlier|the earlier|"
    r"the previous)\b",
    # "The North also fired missiles last Tuesday and on January 5th": another launch told as an
    # addition, on a day of last week.
    r"\balso\s+(?:fired|launched|test-fired|test-launched|tested)\b[^.;]{0,60}?\blast\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
)
# "The regime also launched three missiles on Saturday", "it also fired two cruise missiles on
# January 25": after a launch has been told, another told as an addition to it, with a day of
# its own (the first launch a report tells, "North Korea also fired a missile on Wednesday", may
# be the one reported).
ALSO_ON_A_DAY: Final = (
    r"\balso\s+(?:fired|launched|test-fired|test-launched|tested)\b[^.;]{0,80}?\bon\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?\s+\d)"
)
# Where a sentence about the new launch turns to an older one ("..., the first since ...").
CLAUSE_BREAK: Final = (
    r"[,;]?\s*\b(?:and\s+)?(?:(?:its|the)\s+(?:first|second|third|latest)\s+(?:\w+\s+)?since|"
    r"since|after|following|(?:days|weeks|a day|a week|a month)\s+after|which came)\b"
)
# The sentence speaks of the new launch itself.
CURRENT_CUES: Final = (
    r"\b(?:today|this morning|this afternoon|this evening|tonight|this time)\b",
    r"\b(?:this|the latest|today's)\s+(?:launch|test|missile|projectile)\b",
    r"\b(?:called|condemned|denounced)\s+the\s+(?:launch|test)\b",
    # "Seoul's Joint Chiefs of Staff said this time the missiles had a range of ...": after a
    # recollection, the paragraph turns back to the launch reported.
    r"\bthis time\b(?!\s+(?:last|a year|the previous))",
)


# "Days after firing an ICBM, ...", "Less than a week after its last test, ...", "Hours after
# the drills began, ...": an opening clause measured from an older event, before the main one.
SPAN_AFTER_OPENER: Final = (
    r"^(?:(?:just|only|barely|less than|more than|some|within)\s+)?"
    r"(?:(?:an?|a few|a couple of|several|two|three|four|five|six|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?)\s+after\s+[^,;]{1,80},\s*"
)
