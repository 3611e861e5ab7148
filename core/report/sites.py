"""Match the launch area a report names to a site of sites.csv (a pad, a town or a broad area)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from core.geo.geodesy import distance_km
from core.records.model import Site
from core.report.patterns import FLAGS, LAUNCH_VERBS
from core.report.romanise import spellings
from core.report.text import Evidence, Sentence

# Words before a place name that make it the launch area ("from", "near"), not the government
# ("Pyongyang's latest provocation") or the landing ("off its east coast").
_LOCATIVE_BEFORE: Final = re.compile(
    # ("close to its border with China": near it)
    r"\b(?P<word>from(?:\s+(?:near|around))?|near|in|around|at|vicinity of|outskirts of|area of|"
    r"region of|close to)\s+"
    r"(?:the\s+|an?\s+|somewhere\s+in\s+|an?\s+area\s+(?:near|around|of|in|on|along)\s+|"
    # "from one of the North's launch sites on the east coast": one of several there.
    r"one\s+of\s+|"
    # "from an area that includes Pyongyang Sunan International Airport", "a region
    # encompassing Sunan": the place the launch area takes in.
    r"(?:area|region|zone)\s+(?:(?:that|which)\s+(?:includes?|included|encompass(?:es|ed)?|"
    r"covers?|covered|contains?|contained)|including|encompassing|covering)\s+|"
    # "in a rural area called Musudan-ri", "at a village known as Tongchang-ri", "a site named
    # Sohae": the place's name given after the words for it.
    r"(?:[\w'-]+\s+){0,3}?(?:area|site|place|village|location|spot|district|region|facility|"
    r"base|compound)\s+(?:called|named|known\s+as)\s+|"
    # ("the Democratic People's Republic of Korea's South Hwanghae Province", "the DPRK's")
    r"(?:North Korea's|the North's|the country's|its|(?:the\s+)?DPRK's|"
    r"(?:the\s+)?Democratic\s+People's\s+Republic\s+of\s+Korea's)\s+|"
    # "the western county of Hwangju", "the suburbs of", "the North Korean capital, Pyongyang",
    # "the North Korean east coast city of Wonsan" (a nation and a coast before the word)
    r"(?:[\w'-]+\s+){0,5}?(?:county|city|town|port|suburbs?|outskirts|district|capital|province|"
    r"region|part)"
    r"(?:\s+of|,)\s+|"
    # "the Sunan area of the capital Pyongyang's international airport": the capital named
    # without a comma before its own place.
    r"(?:the\s+)?capital\s+|"
    # "from a facility north of the city of Kaesong", "a site 20 km east of"
    # ("from an area to the south of the North Korean capital, Pyongyang", "from areas north
    # of Pyongyang": the JCS's plural)
    r"(?:sites?|facilit(?:y|ies)|bases?|locations?|launch pads?|areas?)\s+(?:[\w.,]+\s+){0,3}?"
    r"(?:north|south|east|west)[\w-]*\s+of\s+|"
    # "from a launch pad on the west coast", "from a site along its east coast"
    # ("at an unknown location on North Korea's east coast", "from an undisclosed spot on its
    # west coast": the place left unnamed, its coast said)
    r"(?:[\w-]+\s+)?(?:launch(?:ing)?\s+)?(?:pads?|sites?|facility|facilities|bases?|stations?|"
    r"locations?|spots?|places?|areas?|points?)\s+"
    r"(?:on|along)\s+|"
    # "launched from north of Pyongyang", "from just south of the capital": the side of a
    # place, the place's area (as "a site north of Pyongyang").
    r"(?<=\bfrom\s)(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+)*"
    # "around Pyongyang's Sunan airport": the place after the possessive.
    # "from Kangwon province's Tongchon county": a possessive of up to three words.
    r"(?:(?:[\w-]+\s+){0,2}?[\w-]+'s\s+)?"
    # "from southwest Sukchon", "in northern Kusong": a part of the place, named by its side.
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"\"?$",
    FLAGS,
)
_LOCATIVE_AFTER: Final = re.compile(
    r"^\"?\s+(?:area|region|province|county|district|airport|airfield|vicinity|"
    # "the coastal Musudan-ri launch pad", "the Sohae launching station"
    r"(?:launch(?:ing)?\s+)?(?:pad|site|station|complex))\b",
    FLAGS,
)
# "in a dispatch from Pyongyang": where a statement came from, not a launch.
_DISPATCH_BEFORE: Final = re.compile(
    r"\b(?:dispatch|despatch|report|statement|broadcast|announcement)\s+(?:from|in)\s+$", FLAGS
)
# "attempted to launch a missile on its east coast", "fired two rockets on the west coast": the
# coast the launch was made on ("near Wonsan on the east coast" only says where Wonsan is).
_LAUNCHED_ON: Final = re.compile(
    r"\b(?:launch|launched|fire|fired|test-fire|test-fired|test-launch|test-launched)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|projectiles?)\s+on\s+"
    r"(?:the|its|North Korea's|the North's)\s+$",
    FLAGS,
)
_TOWARD_COAST: Final = re.compile(
    r"\b(?:into|toward|towards)\s+(?:the\s+)?(?:waters?|seas?)\s+(?:near|off|along)\s+"
    r"(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?$",
    FLAGS,
)
# "the east coast city of Sokcho", "its west coast port Nampo": a coast word before a town's.
_COAST_OF_TOWN: Final = re.compile(
    r"^\s+(?:(?:port\s+)?(?:city|town|port|county|village)|resort\s+town)\b", FLAGS
)
_SELF_LOCATIVE: Final = re.compile(r"^(?:near|vicinity of|somewhere in|in)\b", FLAGS)
# "Launch site: Sohae Satellite Launching Station": a data sheet's field.
_FIELD_BEFORE: Final = re.compile(r"\b(?:launch\s+site|launch\s+location|site)\s*:\s*$", FLAGS)
_PRECISION_RANK: Final = {"area": 0, "town": 1, "facility": 2}
# A province or coast is wider than a city's area: a town or pad named with it is the better site.
_REGION_KM: Final = 50.0


@dataclass(frozen=True, slots=True)
class SiteMatch:
    """The site a report names, and where."""

    site: Site
    evidence: Evidence
    # The report puts the launch at sea ("from waters near Sinpo", "from a submarine off ...").
    at_sea: bool = False
    # The sentence says the launch was made from the place ("fired ... from the Pyongyang area").
    launched_from: bool = False


# A pad named by its place alone ("from Kwail, a county in South Hwanghae"): the place word of
# a base's name; where a town has the same name the broader town wins (see _best_in).
_BASE_SUFFIX: Final = re.compile(
    r"^(?P<place>[\w-]+)\s+(?:Airbase|Air Base|Airfield|Airport|Missile Base)$"
)
# An air base is called an airport, airfield, airbase or air base by one outlet or another
# ("Yonpo airfield" for Yonpo Airport, "Sunchon airport" for Sunchon Airbase).
_AIRFIELD: Final = re.compile(
    r"^(?P<place>[\w-]+(?:\s+[\w-]+)?)\s+(?:International\s+)?"
    r"(?:Airbase|Air Base|Airfield|Airport|Air Field)$",
    re.IGNORECASE,
)
_AIRFIELD_WORDS: Final = ("airport", "airfield", "airbase", "air base", "air field")


def _space_centre_on(side: str) -> tuple[str, ...]:
    """ "a space center on its west coast", "the east coast satellite launching station": the
    North has one space launch station on each coast (Sohae on the west, Tonghae on the east);
    a launch pad or site on a coast, with no space word, is only the coast."""
    places = [
        f"{kind} {place}"
        for kind in ("space", "space launch", "satellite launch", "satellite launching")
        for place in ("center", "centre", "station", "ground", "complex")
    ]
    owners = ("its", "the", "the country's", "North Korea's", "the North's")
    return (
        *(f"{place} on {owner} {side} coast" for place in places for owner in owners),
        *(f"{side} coast {place}" for place in places),
    )


# Wordings of the regions named by a direction that the site table does not list.
_MORE_WORDINGS: Final = {
    # ("from North Korea's eastern coastline": the coast by its longer word)
    "west-coast": (
        "western coastal area",
        "west coastal area",
        "western coastal region",
        "west coastline",
        "western coastline",
        # "tried to shoot a missile from the area of the West Sea" (JCS): the coast on that sea
        "area of the West Sea",
        "West Sea area",
    ),
    "east-coast": (
        "eastern coastal area",
        "east coastal area",
        "eastern coastal region",
        "east coastline",
        "eastern coastline",
        # "tried to shoot a missile from the area of the East Sea" (JCS): the coast on that sea
        "area of the East Sea",
        "East Sea area",
    ),
    "northwest-border": (
        "north-west of the Korean peninsula",
        "northwest of the Korean peninsula",
        "north-west of the country",
        "northwest of the country",
        # "sending it south from the northwestern part of the country"
        "northwestern part of the country",
        "north-western part of the country",
        "northwestern part of North Korea",
        "northwest of North Korea",
        # "the missiles were fired from northwestern North Korea" (the Pentagon)
        "northwestern North Korea",
        "north-western North Korea",
        "northwest North Korea",
        # "in the northwestern area of the DPRK" (KCNA), "the country's northwestern region"
        *(
            f"{side} {part} of {country}"
            for side in ("northwestern", "north-western")
            for part in ("area", "region", "part")
            for country in ("the DPRK", "the country", "North Korea")
        ),
        # "fired ... from the north-western area to the East Sea of Korea" (KCNA): the country's
        # own north-west, no country named (the table lists "northwestern region"; a town named
        # after "of", "the northwestern area of Pyongyang", is the finer place: see _best_in)
        "northwestern area",
        "north-western area",
        "north-western region",
        # "from an area near its border with China"
        "its border with China",
        "the border with China",
        "the Chinese border",
        "the China border",
    ),
    # "launched the ballistic missile eastward from its interior": inland, by its other word.
    "inland": (
        "its interior",
        "the country's interior",
        "the interior of the country",
        "North Korea's interior",
        "the North's interior",
        "the interior of North Korea",
    ),
    # "from near its capital": the capital's area (as "capital region" in the table).
    "pyongyang-area": ("its capital", "the capital", "North Korean capital", "North's capital"),
    # "the Taecheon district of North Pyongyang province": a province named as if it were the
    # capital's (North and South Pyongan; see _part_of_longer_name).
    "north-pyongan-province": ("North Pyongyang Province", "North Pyongyang"),
    "south-pyongan-province": ("South Pyongyang Province", "South Pyongyang"),
    # The launching stations' names in North Korea's English ("West Sea Satellite Launching
    # Ground" is Sohae's, "East Sea" Tonghae's).
    # "from the North's main space center": Sohae, the only station satellites have gone up
    # from since 2012.
    "sohae": (
        "West Sea Satellite Launching Ground",
        "West Sea Satellite Launching Station",
        *(
            f"main {kind} {place}"
            # ("the country's main launch center")
            for kind in (
                "space",
                "space launch",
                "satellite launch",
                "satellite launching",
                "launch",
                "launching",
                "rocket launch",
            )
            for place in ("center", "centre", "station", "site", "facility", "complex")
        ),
        *_space_centre_on("west"),
    ),
    "tonghae": (
        "East Sea Satellite Launching Ground",
        "East Sea Satellite Launching Station",
        *_space_centre_on("east"),
    ),
    # "near the east coast city of Wonson", "near Wonson Air Base": Wonsan as some outlets spell
    # it, its second vowel as the first (no romanisation rule: one name's common slip).
    "wonsan-town": ("Wonson", "Wonson area"),
    "wonsan": tuple(f"Wonson {word}" for word in _AIRFIELD_WORDS),
    # The airport at Sunan, named by its airfield
    "pyongyang": (
        "Sunan airfield",
        "Sunan air base",
        "Sunan airbase",
        "Pyongyang airport",
        "Pyongyang's international airport",
        "Pyongyang's airport",
        "international airport in Pyongyang",
        "airport in Pyongyang",
        # "an area near Pyongyang where the country's international airport is located": the
        # capital named by the airport in it.
        *(
            f"Pyongyang {link} {owner} international airport"
            for link in ("where", "home to", "which is home to")
            for owner in ("the", "its", "the country's", "North Korea's", "the North's")
        ),
    ),
}
# ("The paper said the tests took place at a testing range in Jagang": where tests were made,
# not "acknowledged the tests" said by someone in a city.)
LAUNCH_OR_MISSILE: Final = (
    LAUNCH_VERBS
    + r"|\b(?:missiles?|projectiles?|rockets?|launch\w*|fir\w+|from)\b"
    + r"|\btests\s+(?:took\s+place|were\s+(?:held|conducted|carried\s+out|made))\b"
    + r"|\btest(?:ing)?\s+(?:range|ground|site)\b"
)
# Regions named by a direction, not a place: any place named with them is the better site.
_DIRECTION_REGIONS: Final = frozenset({"inland", "west-coast", "east-coast"})
# "the missiles landed at around 8 a.m. in waters near Sinpo": where they came down.
_LANDED_BEFORE: Final = re.compile(
    r"\b(?:land(?:ed|ing)|f[ae]ll(?:ing)?|c(?:ame|oming) down|splash(?:ed|ing) down|"
    # ("came down in the sea off its east coast": the sea off the coast, as its waters)
    r"crash(?:ed|ing)|plung(?:ed|ing)|flying|flew|travel+(?:ed|ing))\b[^,;]{0,40}?"
    r"\b(?:waters?|sea)\s+"
    r"(?:near|off|around|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
    # "... near Sinpo, a port city in South Hamgyong Province": the sea place's own province.
    r"(?:[\w'-]+,\s+an?\s+(?:[\w'-]+\s+){0,5}?(?:in|of)\s+(?:the\s+)?)?$|"
    # "one of them is suspected to have fallen near Pyongyang", "crashed just outside Wonsan":
    # a place the missile came down at, on land.
    # ("could have come down inland, possibly near the capital, Pyongyang")
    r"\b(?:land(?:ed|ing)|f[ae]ll(?:en|ing)?|c(?:ame|ome|oming) down|crash(?:ed|ing)|"
    r"impact(?:ed|ing))\s+(?:(?:inland|on\s+land)\s*,?\s+)?"
    r"(?:(?:somewhere|just|probably|possibly)\s+)?"
    # ("fallen near Pyongyang": the table's "near Pyongyang" carries its own "near")
    r"(?:(?:near|in|on|around|close to|outside|at)\s+)?(?:the\s+)?(?:outskirts\s+of\s+)?"
    r"(?:capital\s*,?\s+)?$|"
    # "the missile came down about 35 kilometers from Pukchang airfield", "fell 20 miles east of
    # Wonsan": a fall point measured from a place, not the launch place.
    r"\b(?:land(?:ed|ing)|f[ae]ll(?:en|ing)?|c(?:ame|oming) down|crash(?:ed|ing)|"
    # ("came down in the Pacific Ocean some 1,180 kilometres from": the sea named between)
    r"impact(?:ed|ing)|splash(?:ed|ing) down)\s+(?:(?:in|into)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?"
    r"(?:(?:about|some|roughly|around|nearly)\s+)?"
    # ("came down ... some 1,180 kilometres (733 miles) from the eastern coast": the other unit
    # in brackets)
    r"\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{1,30}\)\s+)?(?:[\w-]+\s+)?"
    r"(?:from|of)\s+(?:the\s+)?$",
    FLAGS,
)


# "from waters southeast of the port city of Sinpo", "from a submarine in waters near Sinpho",
# "the launch took place ... off Shinpo Port": the launch itself was at sea, off the place.
_SEA_BEFORE: Final = re.compile(
    # "in the sea" only after a launch verb: "ended up in the sea off its east coast" is a fall.
    # "from a destroyer off Nampo", "from a barge near Sinpo": a ship's launch is at sea too.
    r"(?:\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:submerged\s+)?(?:submarine|"
    r"waters?|sea|destroyer|warship|frigate|corvette|(?:naval\s+)?vessel|ship|barge|platform)\b"
    r"[^;]{0,70}?|"
    r"\b(?:launch\w*|fired|detected|took place)\b[^;]{0,60}?\bin\s+(?:the\s+)?(?:waters?|sea)\b"
    # ("took place off Shinpo Port" is at sea; "took place near the city of Sinpo" on land)
    r"[^;]{0,70}?|\b(?:took place|occurred|happened)\b[^;]{0,60}?(?=\boff\b))"
    r"\b(?:of|off|near|around)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(?:(?:port\s+)?(?:city|town|county|port)\s+of\s+(?:the\s+)?)?$|"
    # "fired a submarine-launched missile off its eastern coastal town of Sinpo", "launched an
    # SLBM off the coast of Sinpo": the launch made off the place, at sea.
    r"\b(?:fired|launched|test-fired|test-launched)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:missiles?|SLBMs?|projectiles?)\s+off\s+(?:the\s+|its\s+|North Korea's\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:coast|city|town|county|port)\s+of\s+$|"
    # "The missile was launched off the North Korean port of Sinpo", "was fired off the
    # southeastern shore off Shinpo": the verb itself sends the launch off the place.
    r"\b(?:fired|launched|test-fired|test-launched)\s+off\s+(?:the\s+|its\s+|North Korea's\s+)?"
    # ("launched off the east coast" names the coast as a direction, not a launch at sea)
    r"(?:[\w-]+\s+){0,3}?(?:shore\s+(?:of|off)|(?:coast|city|town|county|port)\s+of)\s+$",
    FLAGS,
)
# A site that is a port's naval base: where a launch at sea off that port is recorded.
_NAVAL: Final = re.compile(r"\b(?:shipyard|naval base|submarine base|naval port)\b", FLAGS)


def _bare(name: str) -> str:
    """'Sinpo (town centre)' -> 'Sinpo'."""
    return re.sub(r"\s*\(.*?\)\s*", " ", name).strip()


def naval_base(site: Site, sites: Mapping[str, Site]) -> Site | None:
    """The naval base the site table lists for the town `site` names (Sinpo -> Sinpo Shipyard)."""
    if site.precision != "town":
        return None
    place = _bare(site.name).lower()
    for other in sites.values():
        names = (other.name, *other.aliases)
        if other.precision == "facility" and any(
            name.lower().startswith(place + " ") and _NAVAL.search(name) for name in names
        ):
            return other
    return None


def launched_at_sea(found: SiteMatch, sites: Mapping[str, Site]) -> SiteMatch:
    """A launch at sea off a port is recorded at the port's naval base where the table has one.

    data/launches.csv records every submarine launch off Sinpo at the Sinpo Shipyard (`sinpo`),
    not at the town centre; a draft that joins such a record should name the same site.
    """
    base = naval_base(found.site, sites)
    if base is None:
        return found
    note = f"{found.evidence.note}; a launch at sea off {_bare(found.site.name)}: {base.name}"
    return SiteMatch(base, replace(found.evidence, note=note), at_sea=True)


def _names(site: Site, taken: frozenset[str] = frozenset()) -> Iterable[str]:
    names = [_bare(site.name), *site.aliases]
    base = _BASE_SUFFIX.match(names[0]) if site.precision == "facility" else None
    if base and base.group("place").lower() not in taken:
        names.append(base.group("place"))
    if site.precision == "facility":
        for name in list(names):
            field = _AIRFIELD.match(name)
            if field:
                names += [f"{field.group('place')} {word}" for word in _AIRFIELD_WORDS]
                # "the missile was fired from North Korea's air base in Wonsan": the field
                # named by its word, then its place.
                names += [
                    f"{word} {prep} {field.group('place')}"
                    for word in _AIRFIELD_WORDS
                    for prep in ("in", "at")
                ]
                # "near Pyongyang's main airport", "Kaechon's air base": the place's own field
                place = re.sub(r"\s+International$", "", field.group("place"), flags=re.I)
                names += [
                    f"{place}'s {kind}{word}"
                    for kind in ("", "main ", "international ")
                    for word in ("airport", "airfield", "air base")
                ]
    names += _MORE_WORDINGS.get(site.site_id, ())
    # "from downtown Pyongyang", "in central Wonsan": a town's centre, the town itself.
    if site.precision == "town":
        names += [f"{where} {names[0]}" for where in ("downtown", "central")]
    # "launched in Northern Pyongan province": the table's North Pyongan Province.
    if site.precision == "area":
        names += [
            re.sub(r"^(North|South)\b", r"\1ern", name)
            for name in names
            if re.match(r"(?:North|South) \w+ Province$", name)
        ]
    # "from Hamgyongnam-do Province", "South Pyongan" said as "Pyongan-namdo": the province's
    # Korean name, its half (nam, south; buk or puk, north) joined to it before "do".
    if site.precision == "area":
        names += [
            f"{half.group('name')}{join}{word}"
            for name in names
            if (half := re.match(r"(?P<half>North|South) (?P<name>\w+) Province$", name))
            for word in (
                ("namdo", "nam-do")
                if half.group("half") == "South"
                else ("bukdo", "buk-do", "pukto", "puk-to")
            )
            for join in ("", "-")
        ]
    # The table's "Sunan area" is its "Sunan region" too (which site a place's area is, the
    # facility or the town, is the table's choice).
    names += [name[: -len("area")] + "region" for name in names if name.endswith(" area")]
    # "from Tongchang County", "the Musudan-ri area" said as "the Musudan area": a village
    # (-ri, -dong) named for the county or area round it, by its stem.
    names += [
        f"{stem} {word}"
        for name in names
        if (stem := re.sub(r"-(?:ri|dong)$", "", name, flags=re.IGNORECASE)) != name
        for word in ("County", "area")
    ]
    # "Pyongyang's Sunan neighborhood": a city's district called by the everyday word.
    names += [
        name[: -len("district")] + word
        for name in names
        if name.endswith(" district")
        for word in ("neighborhood", "neighbourhood", "quarter")
    ]
    yield from dict.fromkeys(names)


@functools.lru_cache(maxsize=2048)
def _alias_pattern(alias: str) -> re.Pattern[str]:
    """The alias in any of its romanisations (see romanise.py), words split by spaces or commas.

    McCune-Reischauer marks aspirates and syllable breaks with an apostrophe ("P'yongyang",
    "North Pyong'an", "Ch'ongjin"): one may stand between any two letters of a word.
    """
    options = []
    for spelled in spellings(alias.strip()):
        words = [_apostrophes(word) for word in re.split(r"[\s,]+", spelled) if word]
        options.append(r"[\s,]+".join(words))
    return re.compile(r"(?<![\w-])(?:" + "|".join(options) + r")(?![\w-])", FLAGS)


@functools.lru_cache(maxsize=2048)
def _alias_keys(alias: str) -> tuple[str, ...]:
    """The first three letters of the alias in each of its spellings, lower case."""
    return tuple({spelled.strip().lower()[:3] for spelled in spellings(alias.strip())})


def _apostrophes(word: str) -> str:
    """The word's regex, an apostrophe allowed between two of its letters."""
    parts = [re.escape(char) for char in word]
    return "".join(
        part + ("'?" if char.isalpha() and after.isalpha() else "")
        for part, char, after in zip(parts, word, word[1:] + " ", strict=True)
    )


# "after months of threats from Pyongyang", "told ships to keep away from its east coast": a
# source or a distance, not where the launch was made.
_NOT_LAUNCHED_FROM: Final = re.compile(
    r"\b(?:threats?|warnings?|rhetoric|statements?|messages?|words|response|reaction|"
    r"provocations?|pressure|orders?|demands?|signals?|envoys?|delegations?|defectors?|letters?|"
    # ("within range of a nuclear strike from Pyongyang": the state that would strike)
    r"strikes?|attacks?|retaliation|aggression|hostility|"
    # ("CNN's Will Ripley reported from Pyongyang": where a journalist was)
    r"officials?|reports?|news|dispatch(?:es)?|broadcasts?|propaganda|away|far|distance|"
    r"reported|reporting|writing|speaking|"
    # ("pictures of the launch, taken from the Chinese border city of Dandong", "the rocket, seen
    # from a ship": where an onlooker or a camera was, not the launch place)
    r"taken|filmed|photographed|pictured|seen|watched|viewed|observed|spotted|captured)"
    # ('another "beautiful letter" from Pyongyang': a quoted noun)
    r'"?'
    # ("weeks of threats of war from Pyongyang": what the threats were of)
    r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+from\s+(?:near\s+|around\s+)?"
    r"(?:the\s+|its\s+|North Korea's\s+|the North's\s+)?$",
    FLAGS,
)


# "the railway-borne missile regiment of North Phyongan Province", "an artillery unit based in
# South Hwanghae", "the 8th Corps from Kangwon": where the unit belongs, not where it fired from.
_UNITS_HOME: Final = re.compile(
    r"\b(?:regiments?|brigades?|divisions?|battalions?|units?|corps|squadrons?|fleets?|"
    r"commands?|detachments?)\s+(?:(?:based|stationed|garrisoned)\s+)?(?:of|in|from|at)\s+"
    r"(?:the\s+)?$",
    FLAGS,
)


# A region named by its side alone ("northwestern region", "north-western area"), and a place
# after it whose side it names ("of Pyongyang"; not "of the country", "of North Korea").
_SIDE_ALIAS: Final = re.compile(r"^(?:north|south|east|west)[\w-]*\s+(?:area|region|part)$", FLAGS)
_SIDE_OF_PLACE: Final = re.compile(
    r"^\s+of\s+(?!(?:the\s+)?(?:DPRK|country|North\b|North\s+Korea|Korean\s+peninsula|"
    r"Democratic\s+People's))",
    FLAGS,
)


_OWN_SURROUNDS: Final = (
    r"'s\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?"
    r"(?:outskirts|suburbs?|environs|vicinity|outer districts?)\b"
)


def _is_locative(sentence: Sentence, match: re.Match[str], alias: str) -> str | None:
    """'from'/'near'/... when the place is used as a location, else None."""
    if _LANDED_BEFORE.search(sentence.text[max(0, match.start() - 120) : match.start()]):
        return None
    # "in Pyongyang's first missile test in a year": the government, not the launch area
    # ("from Pyongyang's northern outskirts" is the place's own outskirts).
    after = sentence.text[match.end() :]
    if re.match(r"'s\b", after) and not re.match(_OWN_SURROUNDS, after, FLAGS):
        return None
    if _DISPATCH_BEFORE.search(sentence.text[max(0, match.start() - 40) : match.start()]):
        return None
    if _NOT_LAUNCHED_FROM.search(sentence.text[max(0, match.start() - 40) : match.start()]):
        return None
    if _UNITS_HOME.search(sentence.text[max(0, match.start() - 50) : match.start()]):
        return None
    if _SEA_BEFORE.search(sentence.text[max(0, match.start() - 160) : match.start()]):
        return "from waters"
    # "fired toward waters near the North's eastern coast": the coast it was sent to, not one
    # it was launched from ("into waters near Wonsan" still leaves the town to the ranking).
    if alias.lower().endswith(("coast", "coastline")) and _TOWARD_COAST.search(
        sentence.text[max(0, match.start() - 60) : match.start()]
    ):
        return None
    # "35 miles from the east coast city of Sokcho", "the east coast port of Sinpo", "the
    # Chinese border city of Dandong": the coast or border only says where the town lies; the
    # town is the place named.
    if alias.lower().endswith(("coast", "coastline", "border")) and _COAST_OF_TOWN.match(after):
        return None
    # "from the northwestern area of Pyongyang": a side of the place named after "of", not the
    # country's own north-west.
    if re.match(_SIDE_ALIAS, alias) and _SIDE_OF_PLACE.match(after):
        return None
    if _FIELD_BEFORE.search(sentence.text[max(0, match.start() - 30) : match.start()]):
        return "from"
    if _LAUNCHED_ON.search(sentence.text[max(0, match.start() - 80) : match.start()]):
        return "on"
    before = _LOCATIVE_BEFORE.search(sentence.text[max(0, match.start() - 60) : match.start()])
    if before:
        return before.group("word").lower()
    if _SELF_LOCATIVE.match(alias):
        return "near"
    if _LOCATIVE_AFTER.match(sentence.text[match.end() :]):
        return "area"
    return None


def _from_town(
    sentence: Sentence, match: re.Match[str], alias: str, site: Site, areas: frozenset[str]
) -> bool:
    """A town named by its own name right after "from", where no area of the table has that
    name as its own ("from Wonsan" is the town; "from Pyongyang" is the Pyongyang area, whose
    alias the city's name is: only "central Pyongyang" or "downtown" is the city centre)."""
    before = sentence.text[max(0, match.start() - 8) : match.start()]
    # ("from Pyongyang's outskirts" is the area round the city)
    return (
        not sentence.text[match.end() :].startswith("'s")
        and site.precision == "town"
        and alias.lower() == _bare(site.name).lower()
        and alias.lower() not in areas
        and re.search(r"\bfrom\s+$", before, FLAGS) is not None
    )


def _is_region(site: Site) -> bool:
    return site.precision == "area" and (site.radius_km or 0.0) >= _REGION_KM


# A province the North splits in two, named without its half ("an air base in the North's
# western province of Hwanghae", "from Hamgyong Province"): the report places the launch, but
# not in one area the table holds.
_HALF_UNSAID: Final = re.compile(
    r"(?<!North )(?<!South )(?<!Northern )(?<!Southern )\b(?:Hwanghae|Hwanghai|Pyongan|Phyongan|"
    r"Hamgyong|Hamgyeong|Hamkyong)\b(?![- ]?(?:bukto|namdo|pukto))",
    FLAGS,
)
_IN_HALF_UNSAID: Final = re.compile(
    r"\b(?:from|in|at)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,6}?$", FLAGS
)


def _placed_in_split_province(sentences: Iterable[Sentence]) -> bool:
    """A launch sentence places the launch in a split province named without its half."""
    for sentence in sentences:
        if not re.search(LAUNCH_VERBS, sentence.text, FLAGS):
            continue
        for match in _HALF_UNSAID.finditer(sentence.text):
            if _IN_HALF_UNSAID.search(sentence.text[max(0, match.start() - 60) : match.start()]):
                return True
    return False


def match_site(sentences: Iterable[Sentence], sites: Mapping[str, Site]) -> SiteMatch | None:
    """The launch site or area the report names (see _named_site); a launch at sea off a port
    is the port's naval base where the table has one."""
    sentences = list(sentences)
    found = _named_site(sentences, sites)
    if (
        found is not None
        and found.site.site_id in _DIRECTION_REGIONS
        and _placed_in_split_province(sentences)
    ):
        # "from an inland site ... from an air base in Hwanghae": "inland" is a direction; the
        # report names the place, though in a province the table cannot settle (which half),
        # so no site is better than the direction.
        return None
    return launched_at_sea(found, sites) if found is not None and found.at_sea else found


def _named_site(sentences: Iterable[Sentence], sites: Mapping[str, Site]) -> SiteMatch | None:
    """The launch site or area of the first sentence that names one as a location.

    Within a sentence a name after "from" beats other places, a longer name beats a shorter one,
    and when the same words name several sites the broadest wins (reports rarely name a pad).
    An area named first gives way to a town or pad a later sentence names inside it.
    """
    # A base's place word is left to a site that has it as its own name.
    taken = frozenset(
        name.lower() for site in sites.values() for name in (site.name, *site.aliases)
    )
    patterns = [
        (alias, _alias_pattern(alias), site, _alias_keys(alias))
        for site in sites.values()
        for alias in _names(site, taken)
        if len(alias) >= 3
    ]
    first: SiteMatch | None = None
    for sentence in sentences:
        # "North Korea builds its submarines at Sinpo": a place named without a launch, a
        # missile or a "from" is not where this launch took place.
        if not re.search(LAUNCH_OR_MISSILE, sentence.text, FLAGS):
            continue
        found = _best_in(sentence, patterns)
        if found is None:
            continue
        if first is None:
            first = found
            if first.site.precision == "facility" and _facility_named(first):
                return first
        elif first.site.precision == "facility":
            if (
                found.site.site_id != first.site.site_id
                and _facility_named(found)
                and _near(found.site, first.site)
            ):
                # "from around the Sunan area in Pyongyang ... left a launcher at the Sunan
                # airfield": a pad named first by its area gives way to the facility a later
                # sentence names as one, at the same place.
                note = f"{found.evidence.note}, the facility of {first.evidence.text} named earlier"
                return SiteMatch(found.site, replace(found.evidence, note=note), found.at_sea)
        elif first.site.precision == "town":
            if found.site.precision == "facility" and (
                _near(found.site, first.site) or _placed_by(sentence, found, first)
            ):
                # "from the eastern coastal city of Wonsan ... near Wonsan airbase": the base in
                # the town named earlier.
                note = f"{found.evidence.note}, in {first.site.name} named earlier"
                return SiteMatch(found.site, replace(found.evidence, note=note), found.at_sea)
        elif (
            found.site.precision != "area"
            and _within(found.site, first.site)
            and not _named_again(found, first)
        ):
            # "an airfield in Pyongyang ... the Sunan airport": a later place inside the area.
            note = f"{found.evidence.note}, inside {first.site.name} named earlier"
            return SiteMatch(found.site, replace(found.evidence, note=note), found.at_sea)
        elif (
            first.site.site_id in _DIRECTION_REGIONS
            and found.site.site_id not in _DIRECTION_REGIONS
            and (found.launched_from or _facility_named(found))
        ):
            # "fired ... from its west coast ... were launched from the Pyongyang area": a coast
            # or "inland" is a direction; a place a later sentence launches from says where.
            note = f"{found.evidence.note}, more precise than {first.site.name} named earlier"
            first = SiteMatch(found.site, replace(found.evidence, note=note), found.at_sea, True)
            if first.site.precision != "area":
                return first
    return first


# "near North Korea's Panghyon Airfield", "at the Sohae launching station": a facility named as
# one, not a town that shares its name ("the border city of Kaesong").
_FACILITY_WORD: Final = re.compile(
    r"\b(?:air\s*(?:base|field|port|strip)|airbase|airfield|airport|airstrip|base|station|"
    r"(?:testing|test|launch(?:ing)?|proving)\s+(?:ground|site|pad|centre|center)|shipyard|"
    r"launch\s*pad|space\s+(?:centre|center|port))\b",
    FLAGS,
)


def _facility_named(found: SiteMatch) -> bool:
    """A coast or "inland" gives way to a facility a later sentence names as one, though no
    "from" launches from it: the coast is a direction, the facility the place."""
    return (
        found.site.precision == "facility"
        and _FACILITY_WORD.search(found.evidence.text) is not None
    )


def _named_again(found: SiteMatch, area: SiteMatch) -> bool:
    """The later place is the name the area was given by ("launched from an area near
    Pyongyang ... the ballistic missile from Pyongyang"): the same place said more loosely, not a
    finer one."""
    name = found.evidence.text.lower()
    return (
        bool(name) and re.search(rf"\b{re.escape(name)}\b", area.evidence.text.lower()) is not None
    )


# A facility this close to a town named earlier is in or at it.
_TOWN_KM: Final = 20.0


def _near(place: Site, town: Site, km: float = _TOWN_KM) -> bool:
    return distance_km((place.lat, place.lon), (town.lat, town.lon)) <= km


# A facility the report itself places near a town named earlier may lie this far from it.
_PLACED_NEAR_KM: Final = 50.0


def _placed_by(sentence: Sentence, found: SiteMatch, town: SiteMatch) -> bool:
    """The sentence places the facility by the town named earlier ("from the Hodo Peninsula
    near its eastern coastal town of Wonsan" after "from near Wonsan"): the same launch place
    said more precisely, though the pad lies beyond the town's own surrounds."""
    name = _bare(town.site.name)
    after = sentence.text[found.evidence.end - sentence.start :]
    return (
        _near(found.site, town.site, _PLACED_NEAR_KM)
        and re.match(
            rf"^[^.;]{{0,12}}?\b(?:near|close\s+to|outside|by)\s+(?:[\w'-]+\s+){{0,6}}?"
            rf"{re.escape(name)}\b",
            after,
            FLAGS,
        )
        is not None
    )


def _within(place: Site, area: Site) -> bool:
    return distance_km((place.lat, place.lon), (area.lat, area.lon)) <= (area.radius_km or 0.0)


# "The missile lifted off ... from Sunan", "took off from the Taecheon district": a launch told
# by the rocket's own verb.
_LIFTED_OFF: Final = r"\b(?:took|taken|takes|lifted|lifts|blasted|blasts)\s+off\b|\bliftoff\b"
# "North Pyongan" written "North Pyongyang", "South Hwanghae": a name that follows a direction
# word with a capital is part of a longer name (a province), not the place itself.
_NAME_PREFIX: Final = re.compile(r"\b(?:North|South)\s+$")


def _part_of_longer_name(sentence: Sentence, match: re.Match[str], alias: str) -> bool:
    before = sentence.text[max(0, match.start() - 8) : match.start()]
    return _NAME_PREFIX.search(before) is not None and not alias.startswith(("North", "South"))


# "... into waters near", "toward an island target near": the place the missiles were sent to.
_TOWARD_BEFORE: Final = re.compile(
    r"\b(?:into|toward|towards|onto|at|hit(?:ting)?|struck|striking)\b"
    r"(?:(?!\bfrom\b)[^;])*\b(?:waters?|seas?|targets?|islands?|islets?)\b[^;]{0,40}$",
    FLAGS,
)


def _toward(sentence: Sentence, found: SiteMatch) -> bool:
    start = found.evidence.start - sentence.start
    return _TOWARD_BEFORE.search(sentence.text[max(0, start - 80) : start]) is not None


# "a site roughly 100 kilometers north of Pyongyang", "37 miles southwest of the capital,
# Pyongyang": a place told by its distance from a landmark.
_DISTANCE_BEFORE: Final = re.compile(
    r"(?P<n>\d[\d,.]*)\s*-?\s*(?P<unit>km|kilomet(?:er|re)s?|mi(?:les?)?)\s+"
    # (a side is needed: "flew some 300 km from Pyongyang" measures the flight from the site)
    r"(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:(?:capital|city|town|port)\s*,?\s+(?:of\s+)?)?$",
    FLAGS,
)
_MILE_KM: Final = 1.609


def _far_from(sentence: Sentence, match: re.Match[str], site: Site) -> bool:
    """The launch place is told by a distance from the named place greater than the named
    place's own reach (an area's radius, a town's or pad's surrounds): the named place is a
    landmark, not the launch site ("100 kilometers north of Pyongyang" is not the Pyongyang
    area; "20 km north of Pyongyang" still is)."""
    before = _DISTANCE_BEFORE.search(sentence.text[max(0, match.start() - 80) : match.start()])
    if before is None:
        return False
    try:
        distance = float(before.group("n").replace(",", ""))
    except ValueError:
        return False
    if before.group("unit").lower().startswith("mi"):
        distance *= _MILE_KM
    return distance > (site.radius_km or _TOWN_KM)


def _finer(found: SiteMatch, named: SiteMatch) -> bool:
    """`found` is a place inside the area `named` ("the Sunan area of the capital"), or a pad at
    the town `named` ("an air base in Yonpo, near Hamhung")."""
    if named.site.precision == "area":
        return found.site.precision != "area" and _within(found.site, named.site)
    return found.site.precision == "facility" and _near(found.site, named.site)


# A distance in a landmark gap, its other unit in brackets or not ("80km (50 miles)").
_GAP_DISTANCE: Final = (
    r"\d[\d,.]*\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{1,30}\)\s+)?"
)
# ", to the north-west of the capital", " area, 30 km south of ": the words between a place and a
# landmark its side is told from; ", some 80km (50 miles) from ": a landmark the place is
# measured from (a place named, then its distance from another, so no side is needed).
_LANDMARK_GAP: Final = re.compile(
    r"^(?:\s+(?:area|region|county|district|province|city|town))?\s*,\s+"
    # ("from Wonsan, a city on the coast 90 miles from Pyongyang": the place described first)
    r"(?:an?\s+(?:city|town|port|county|village)\s+(?:[\w-]+\s+){0,4}?(?=\d))?"
    r"(?:(?:about|some|roughly|around|approximately|nearly)\s+)?"
    rf"(?:(?:{_GAP_DISTANCE})?(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of|"
    rf"{_GAP_DISTANCE}(?:away\s+)?from)\s+(?:the\s+)?(?:capital\s+)?$",
    FLAGS,
)


def _landmark(
    sentence: Sentence, found: SiteMatch, ranked: Sequence[tuple[object, SiteMatch]]
) -> bool:
    """`found` is told as the landmark another place the sentence names just before lies to
    one side of, not as the launch place."""
    start = found.evidence.start - sentence.start
    return any(
        other.evidence.end <= found.evidence.start
        and _LANDMARK_GAP.match(sentence.text[other.evidence.end - sentence.start : start])
        is not None
        for _, other in ranked
    )


# "North Pyongan Province, a northwestern region that borders China": the words between a place
# and an appositive that describes it by a broader area.
_APPOSITIVE_GAP: Final = re.compile(
    r"^(?:\s+(?:area|region|county|district|province|city|town))?\s*,\s+(?:an?|the)\s+$", FLAGS
)


_NEAR_GAP: Final = re.compile(
    r"^(?:\s+(?:area|region|county|district|province|city|town))?\s*,\s+$", FLAGS
)
_NEAR_WORDS: Final = re.compile(r"(?:near|close to)\b", FLAGS)


def _described(
    sentence: Sentence, found: SiteMatch, ranked: Sequence[tuple[object, SiteMatch]]
) -> bool:
    """`found` is an area in an appositive that describes a place named just before it, not
    a launch place of its own ("from a site in North Pyongan Province, a northwestern region
    that borders China")."""
    start = found.evidence.start - sentence.start
    # "from a known test site in North Pyongan province, near the border with China": an area
    # whose own words place it ("near ...") set after the comma describes the place too.
    gap = _NEAR_GAP if _NEAR_WORDS.match(found.evidence.text) else _APPOSITIVE_GAP
    return found.site.precision == "area" and any(
        other.evidence.end <= found.evidence.start
        and other.site.site_id != found.site.site_id
        and gap.match(sentence.text[other.evidence.end - sentence.start : start]) is not None
        for _, other in ranked
    )


# "the Sunan area of the capital ...", "the Sunan district at ...": the words between a bare
# name and the facility it is part of (not "the Sunan area, near ...": a landmark).
_PART_OF_GAP: Final = re.compile(
    r"^(?:\s+(?:area|district|region))?\s+(?:of|at|in|within|inside)\s+(?:the\s+)?"
    r"(?:capital\s*,?\s+|city\s+of\s+)?$",
    FLAGS,
)


def _best_in(
    sentence: Sentence, patterns: list[tuple[str, re.Pattern[str], Site, tuple[str, ...]]]
) -> SiteMatch | None:
    """The site the sentence names as a location, by the ranking above; an area gives way to
    a pad or town the same sentence names inside it ("the Sunan area of the North Korean
    capital, Pyongyang", "from Sunan, near Pyongyang")."""
    launch_sentence = (
        re.search(LAUNCH_VERBS, sentence.text, FLAGS) is not None
        or re.search(_LIFTED_OFF, sentence.text, FLAGS) is not None
    )
    ranked: list[tuple[tuple[int, int, int, int, int, int], SiteMatch]] = []
    # The names an area of the table goes by ("Pyongyang" is the Pyongyang area's alias).
    areas = frozenset(alias.lower() for alias, _, site, _ in patterns if site.precision == "area")
    # A cheap look for each name's first letters before its pattern is run.
    flat = sentence.text.lower().replace("'", "")
    for alias, pattern, site, keys in patterns:
        if not any(key in flat for key in keys):
            continue
        for match in pattern.finditer(sentence.text):
            if _part_of_longer_name(sentence, match, alias):
                continue
            context = _is_locative(sentence, match, alias)
            if context is None or _far_from(sentence, match, site):
                continue
            rank = (
                # "from an inland site in South Pyongan Province": the province, not "inland".
                # "near Sunan, close to Pyongyang International Airport": a landmark the site is
                # close to yields to any place named as the site.
                1 if site.site_id in _DIRECTION_REGIONS or context == "close to" else 0,
                0 if context.startswith("from") and launch_sentence else 1,
                # "near Hwangju in North Hwanghae Province": the place, not the region round it.
                1 if _is_region(site) and not _SELF_LOCATIVE.match(alias) else 0,
                -len(match.group(0)),
                # "fired from Wonsan": the town itself ("the Wonsan area", "near" or "an area
                # around Wonsan" is the area round it); not where an area has the name.
                -1
                if _from_town(sentence, match, alias, site, areas)
                else _PRECISION_RANK.get(site.precision, 3),
                match.start(),
            )
            note = f"matched {alias!r} of site {site.site_id} ({site.precision})"
            found = SiteMatch(
                site,
                sentence.evidence(match, note),
                context == "from waters",
                context.startswith("from") and launch_sentence,
            )
            ranked.append((rank, found))
    if not ranked:
        return None
    # "in the Kusong region, to the north-west of the capital, Pyongyang": the place named is the
    # site; the one after "north-west of" only says where it lies.
    landmarks = [found for _, found in ranked if _landmark(sentence, found, ranked)]
    if len(landmarks) < len(ranked):
        ranked = [item for item in ranked if item[1] not in landmarks]
    described = [found for _, found in ranked if _described(sentence, found, ranked)]
    if len(described) < len(ranked):
        ranked = [item for item in ranked if item[1] not in described]
    ranked.sort(key=lambda item: item[0])
    best = ranked[0][1]
    # "from the Sunan area of the capital Pyongyang's international airport": a facility named
    # as one (an airport, an airbase) that the bare name is part of beats it (a bare "Sunan"
    # alone stays Sunan, and so does "the Sunan area, near Pyongyang's international airport":
    # a landmark it is near).
    named = [
        found
        for rank, found in ranked
        if rank[0] == 0
        and _facility_named(found)
        and found.site.site_id != best.site.site_id
        and _PART_OF_GAP.match(
            sentence.text[
                best.evidence.end - sentence.start : found.evidence.start - sentence.start
            ]
        )
    ]
    bare = best.site.precision == "facility" and not _facility_named(best)
    if bare and named and _near(named[0].site, best.site):
        note = f"{named[0].evidence.note}, the facility {best.evidence.text!r} is part of"
        best = replace(named[0], evidence=replace(named[0].evidence, note=note))
    area = best.site.precision == "area" and best.site.site_id not in _DIRECTION_REGIONS
    if area or best.site.precision == "town":
        inside = [
            found
            for _, found in ranked
            if _finer(found, best)
            # "from the Wonsan area into waters near the Kalma peninsula": where they flew to
            and not _toward(sentence, found)
            # "near the North Korean capital, Pyongyang": the city the area is named after is
            # the same place told twice, not a finer one.
            and _bare(found.site.name).lower() not in best.site.name.lower()
            # other words than the area's ("Pyongyang" names the city and its area alike)
            and (
                found.evidence.end <= best.evidence.start
                or found.evidence.start >= best.evidence.end
            )
        ]
        if inside:
            finer = inside[0]
            note = f"{finer.evidence.note}, in {best.site.name} named with it"
            return replace(finer, evidence=replace(finer.evidence, note=note))
    return best
