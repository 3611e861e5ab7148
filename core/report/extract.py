"""Turn a pasted news report into a draft launch record, each field with its evidence."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from core.records.model import Site
from core.report.clock import (
    TimeMention,
    find_time,
    finer_clock,
    stamp_in_korea,
    tells_the_missile,
    to_utc,
)
from core.report.dates import WEEKDAYS, find_dates
from core.report.fields import (
    Found,
    added_count,
    attribution_tails,
    bullet_paragraphs,
    caption_paragraphs,
    class_of_name,
    corrected_count,
    find_class,
    find_count,
    find_eez,
    find_failure,
    find_landing,
    find_maneuver,
    find_name,
    find_reporters,
    fired_off_coast,
    is_headline,
    is_launch_sentence,
    loose_lines,
    one_launch_count,
    title_count,
)
from core.report.measures import find_apogee, find_flight_time, find_range
from core.report.patterns import CLASS_PATTERNS, FLAGS, LAUNCH_VERBS
from core.report.roles import TALLY, assign_roles, notices, ranked_clauses, reported
from core.report.scope import FILE_PICTURE, find_scope
from core.report.sites import SiteMatch, launched_at_sea, match_site
from core.report.text import Evidence, Sentence, split_sentences

AIRCRAFT_FIRED = (
    r"\b(?:fighter jets?|jets|warplanes?|aircraft|bombers?|helicopters?|fighters?|planes?)\s+"
    r"(?:have\s+|had\s+|also\s+)?(?:fired|launched|dropped)\b"
)
# The coast a submarine launch "off the east coast" was made from, by the sea it names.
COAST_SITES = {"sea_of_japan": "east-coast", "yellow_sea": "west-coast"}
COUNT_QUALIFIERS = ("exact", "at least", "at most", "approximately", "vague")
RANGE_CLASSES = ("SRBM", "MRBM", "IRBM", "ICBM")
# Kinds a name's class does not override with a range word's reach: a submarine launch, a cruise
# missile or a carrier rocket is told as such.
_KIND_ONLY = ("SLBM", "cruise", "SLV")


@dataclass(frozen=True)
class Draft:
    """A launch as one report describes it, for a person to check before it is saved."""

    published: date
    date_utc: date
    time_utc: time | None = None
    count: int = 1
    count_qualifier: str = "exact"
    missile_name: str = ""
    missile_class: str = "unknown"
    site_id: str = ""
    range_km: float | None = None
    apogee_km: float | None = None
    flight_time_min: float | None = None
    landing_area: str = "unknown"
    japan_eez: str = "unknown"
    outcome: str = "unknown"
    maneuver: str = "unknown"
    # Reports rarely give these; the reviewer may add them from a ministry's statement.
    bearing_deg: float | None = None
    impact_lat: float | None = None
    impact_lon: float | None = None
    reporters: tuple[str, ...] = ()
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)

    def launch_row(self) -> dict[str, str]:
        """The launches.csv cells this draft gives (ids left empty until it is saved)."""
        return {
            "launch_id": "",
            "event_id": "",
            "date_utc": self.date_utc.isoformat(),
            "date_precision": "day",
            "time_utc": self.time_utc.strftime("%H:%M") if self.time_utc else "",
            "missile_name": self.missile_name,
            "missile_class": self.missile_class,
            "site_id": self.site_id,
            "range_km": format_number(self.range_km),
            "apogee_km": format_number(self.apogee_km),
            "flight_time_min": format_number(self.flight_time_min),
            "bearing_deg": format_number(self.bearing_deg),
            "impact_lat": format_coordinate(self.impact_lat),
            "impact_lon": format_coordinate(self.impact_lon),
            "landing_area": self.landing_area,
            "japan_eez": self.japan_eez,
            "outcome": self.outcome,
            "maneuver": self.maneuver,
            "sources": ";".join(self.reporters),
        }

    def as_json(self) -> dict[str, Any]:
        """launches.csv columns (numbers as numbers, unknown as null) plus count and evidence."""
        numbers = {"range_km", "apogee_km", "flight_time_min", "bearing_deg", "impact_lat"}
        numbers.add("impact_lon")
        out: dict[str, Any] = {}
        for column, cell in self.launch_row().items():
            out[column] = (float(cell) if cell else None) if column in numbers else cell
        out["count"] = self.count
        out["evidence"] = {
            name: [item.as_json() for item in items] for name, items in self.evidence.items()
        }
        return out


_HEDGES = ("at least", "approximately", "at most")


def _hedged_again(value: object, story: Sequence[Sentence]) -> tuple[Found, str] | None:
    """The first count of the story that hedges the same number a title states plainly."""
    for sentence in story:
        hedged = find_count([sentence])
        if hedged is not None and hedged[0].value == value and hedged[1] in _HEDGES:
            return hedged
    return None


def _title_line(evidence: Evidence, sentences: list[Sentence]) -> bool:
    """The evidence is in a title: a line of its own without a full stop, before the story's
    first full sentence ("Headline News / DPRK test-fires 6 missiles / 07-05-2006 11:54")."""
    for sentence in sentences:
        if sentence.text.rstrip().endswith((".", "!", "?", '"')):
            return False
        if sentence.start <= evidence.start < sentence.end:
            alone = [s for s in sentences if s.paragraph == sentence.paragraph]
            return len(alone) == 1
    return False


def format_number(value: float | None) -> str:
    """A CSV cell: whole numbers without a decimal point, others with one decimal."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def format_coordinate(value: float | None) -> str:
    """A CSV cell for degrees: up to five decimals (about a metre), no trailing zeros."""
    return "" if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


# "Kim Jong Un watches a Hwasong-17 lift off": a caption telling a launch by the rocket's verb.
_LIFT_OFF = (
    r"\b(?:lifts?|lifted|lifting|blasts?|blasted|blasting|takes?|took|taking)\s+off\b|\bliftoff\b"
)


# "on Tuesday", "Saturday night": a launch day named by its weekday ("early Wednesday",
# "Wednesday morning" are told from Korea's morning, a US desk's afternoon or evening before).
_WEEKDAY_NAMED = r"^(?!early\b)(?:\w+\s+){0,3}?(?:" + "|".join(WEEKDAYS) + r")\b(?!\s+morning\b)"


# "at 5:30 p.m. Eastern time, or 6:30 a.m. local time, on Thursday": the day beside Korea's own
# clock is Korea's.
_KOREA_CLOCK = (
    r"\b(?:local|Korea(?:n)?|Seoul|Japan(?:ese)?|Tokyo|Pyongyang) (?:standard )?time\b|"
    r"\b(?:KST|JST)\b"
)


def _day_named(evidence: Evidence | None, clock: TimeMention | None) -> str:
    """How the launch's day is named: "date" (written out), "weekday" (alone), else ""."""
    if evidence is None or not evidence.text:
        return ""
    if re.search(r"\d", evidence.text):
        return "date"
    korea_clock = clock is not None and re.search(_KOREA_CLOCK, clock.evidence.sentence, FLAGS)
    if korea_clock or not re.search(_WEEKDAY_NAMED, evidence.text, FLAGS):
        return ""
    return "weekday"


def extract_report(text: str, published: date, sites: Mapping[str, Site]) -> Draft:
    """The draft record of the launch the report is about (not the older ones it recalls)."""
    sentences = split_sentences(_before_links(text))
    scope = find_scope(sentences, published)
    clauses = assign_roles(
        scope.current, scope.local_day, scope.anchor or published, scope.recalled
    )
    current = reported(clauses)
    # Each field's candidates are ranked, not taken at first mention: the clauses that tell the
    # launch or its flight come first, then the launch's other clauses, each group in order.
    ranked = ranked_clauses(current)
    # A notice given before the launch ("had said it would launch the Unha-3") names its kind
    # where the clauses of the launch itself do not.
    noticed = notices(clauses)
    evidence: dict[str, tuple[Evidence, ...]] = {}

    def keep(name: str, found: Found | None) -> Found | None:
        if found is not None:
            evidence[name] = (found.evidence,)
        return found

    # "the missile lifted off at about 3:17 a.m." tells the launch by the rocket's verb.
    launch_first = [
        s for s in current if is_launch_sentence(s) or re.search(_LIFT_OFF, s.text, FLAGS)
    ]
    # "Residents were told to take shelter at 7:55 a.m.": a clock in a sentence about nothing
    # the missile did is not its launch time.
    launch_first += [s for s in current if s not in launch_first and tells_the_missile(s)]
    clocks = [t for s in launch_first if (t := find_time(s, scope.local_day))]
    clock = finer_clock(clocks[0], clocks[1:]) if clocks else None
    local_day = scope.local_day
    date_note = "" if scope.evidence else "no launch day stated: publication date assumed"
    # (A US desk's stamp without a zone, "February 27, 2014 at 6:31 AM" over "fired at 5:42
    # p.m. (4:42 CT)", is in its own time: it bounds nothing in Korea.)
    stamped = scope.evidence is None and scope.stamp and not scope.us_zone
    written = stamp_in_korea(scope.stamp) if stamped else None
    if clock is not None and not clock.is_utc and written is not None and clock.clock > written:
        # "Friday 10 March 2023 - 03:21" over "detected the launch ... at 6:20 p.m.", no day
        # stated: the page was written before that evening, so the launch was the day before.
        local_day -= timedelta(days=1)
        date_note = (
            f"no launch day stated: the page's stamp ({scope.stamp.strip()}) comes before "
            f"{clock.evidence.text} that day, so the day before"
        )
    date_utc, time_utc, time_note = to_utc(local_day, clock, _day_named(scope.evidence, clock))
    day_evidence = scope.evidence or Evidence("", 0, 0, "", date_note)
    evidence["date_utc"] = (_with_note(day_evidence, time_note),)
    if clock is not None:
        evidence["time_utc"] = (_with_note(clock.evidence, time_note),)

    # The story's own count beats its picture caption's.
    captions = caption_paragraphs(sentences)
    body = [s for s in current if s.paragraph not in captions]
    # The story's prose beats a bulleted line's ("• North Korea launches two missiles", a link
    # to another story above this one's "three projectiles"), and another story's title set into
    # it without a bullet.
    bullets = bullet_paragraphs(body) | loose_lines(sentences)
    prose = [s for s in body if s.paragraph not in bullets]
    count_found = (
        (find_count(prose) if bullets else None)
        or find_count(body)
        or find_count(current)
        or title_count(body)
        or one_launch_count(body)
    )
    titled = len(body) > 1 and is_headline(body[0], body)
    if count_found and count_found[1] in ("approximately", "vague") and titled:
        # "North Korea Launches Nearly Two Dozen Missiles" over the story's "fired 23 missiles":
        # a title's round figure yields to the number the story states.
        stated = find_count(body[1:])
        told = stated is not None and stated[1] == "exact" and int(stated[0].value) > 1
        if told and count_found[0].evidence.start < body[1].start:
            count_found = stated
    if count_found and count_found[1] == "at least" and titled:
        # "N. Korea launches more than 20 missiles" over the story's "no fewer than 23": a
        # title's round bound yields to the larger number the story states, bound or not.
        stated = find_count(body[1:])
        title_bound = int(count_found[0].value)
        if (
            stated is not None
            and stated[1] in ("exact", "at least")
            and int(stated[0].value) > title_bound
            and count_found[0].evidence.start < body[1].start
        ):
            count_found = stated
    if count_found and count_found[1] == "exact":
        # "DPRK test-fires 6 missiles" over the story's "has launched at least six missiles": a
        # title drops the hedge the story keeps on the same number.
        story = [s for s in body if s.start > count_found[0].evidence.start]
        if _title_line(count_found[0].evidence, body) and story:
            # ("Fires 10 Ballistic Missiles" over more titles saying the same, then "About 10
            # ballistic missiles were launched": the story's hedge, wherever it comes.)
            hedged = _hedged_again(count_found[0].value, story)
            if hedged is not None:
                count_found = hedged
    if count_found is not None:
        count_found = corrected_count(count_found, sentences) or count_found
        count_found = added_count(count_found, body) or count_found
    count, qualifier = 1, "at least"
    if count_found is not None:
        count, qualifier = int(count_found[0].value), count_found[1]
        evidence["count"] = (count_found[0].evidence,)
    else:
        evidence["count"] = (Evidence("", 0, 0, "", "no count stated: at least one missile"),)
    # "A boy runs past a replica of a Scud-B missile ..., the day Pyongyang test-fired two
    # medium-range ballistic missiles": a picture's caption names what it shows; the story's
    # own name comes first.
    # "[Photo: ... shows what it says a test fire of tactical ballistic missile ... File.]": a
    # file picture's caption tells of the older launch it shows, not this one; so does one that
    # dates its picture before the launch ("... the launch of a Hwasong-17 on March 16").
    filed = _file_captions(sentences, captions) | _dated_captions(
        sentences, captions, scope.local_day, scope.anchor or published
    )
    unfiled = [clause for clause in ranked if clause.paragraph not in filed]
    uncaptioned = [clause for clause in ranked if clause.paragraph not in captions]
    # "[Caption: One of North Korea's mid-range 'Musudan' missiles (Picture: KCNA)]": a caption
    # that shows a weapon without telling a launch is a picture of the kind, not of this launch;
    # only a caption that tells a launch ("... fires a Hwasong-17") stands in for the story.
    shown = [
        clause
        for clause in unfiled
        if clause.paragraph not in captions
        or re.search(LAUNCH_VERBS, clause.text, FLAGS)
        or re.search(_LIFT_OFF, clause.text, FLAGS)
    ]
    story_name = find_name(uncaptioned)
    told_name = story_name or find_name(shown)
    # The story's kind beats a caption's, as its name does.
    # "The firing came two days after the North sent an ICBM ... The United States answered the
    # North's ICBM launch with air drills": "the ICBM launch" points back at the one recalled.
    unfiled = [c for c in unfiled if not _points_back(c, scope.recalled)]
    captionless = [clause for clause in unfiled if clause.paragraph not in captions]
    # A caption's range word is the pictured weapon's ("one of North Korea's mid-range
    # missiles"), unless the caption tells a launch; a kind it names (a satellite) still counts.
    pictured = find_class(unfiled)
    if pictured is not None and pictured.value in RANGE_CLASSES:
        pictured = find_class([c for c in unfiled if c.paragraph not in captions or c in shown])
    told_class = find_class(captionless) or pictured
    if told_name is not story_name and _reach_apart(told_name, find_class(captionless)):
        # "several short-range ballistic missiles ... Caption: ... a test-fire of the new
        # Hwasong-19 ICBM": a caption whose type is of another reach than the one the story
        # gives shows an older launch, not this one.
        told_name = None
    name = keep("missile_name", told_name or _noticed(find_name(noticed)))
    missile_class = keep("missile_class", told_class or _noticed(find_class(noticed)))
    class_value = str(missile_class.value) if missile_class else "unknown"
    implied = class_of_name(str(name.value)) if name is not None else None
    # A known name is more precise than a range word ("medium long-range ... Pukguksong-2");
    # words for a kind of weapon (submarine-launched, cruise, hypersonic) still win.
    # ... said in the same sentence: "a base of medium-range Nodong missiles" two sentences on
    # describes a place, not this launch's missile.
    same_sentence = missile_class is None or (
        name is not None and name.evidence.sentence == missile_class.evidence.sentence
    )
    # "In Surprise Move, North Korea Launches Long-Range Rocket" over the body's "three-stage
    # Unha-3 rocket": a headline's range word is looser than the name the body gives.
    if missile_class is not None and current and is_headline(current[0], current):
        same_sentence = same_sentence or missile_class.evidence.sentence == current[0].text
    # "a new long-range ballistic missile ... The ministry believes it was the Taepodong-1, with a
    # range of 2,000 km": a name given with its reach is weighed with care; its class stands.
    same_sentence = same_sentence or bool(
        name is not None and re.search(_NAMED_WITH_REACH, name.evidence.sentence, re.IGNORECASE)
    )
    # A named type takes its type's class whatever range word the outlet puts on it ("two
    # medium-range ballistic missiles ... presumed to be a Musudan" -> IRBM), and a hypersonic
    # missile whose type is named takes that type's class ("the Hwasong-16B, fitted with a
    # hypersonic warhead" -> IRBM): the conventions of 2026-12-04 (C9, C10).
    named_type = implied is not None and implied not in _KIND_ONLY
    weak_class = class_value in ("unknown", *RANGE_CLASSES) and same_sentence
    weak_class = weak_class or (named_type and class_value in (*RANGE_CLASSES, "HGV"))
    if name is not None and implied and weak_class and implied != class_value:
        class_value = implied
        evidence["missile_class"] = (_with_note(name.evidence, f"{name.value} -> {implied}"),)
    elif name is not None and _ballistic_type_beside_cruise(class_value, implied, name):
        # "test-fired a new-type tactical ballistic missile and an improved strategic cruise
        # missile ... the tactical ballistic missile, named Hwasongpho-11-Da-4.5": the launch's
        # named type is the ballistic one, and its class wins over the cruise missile fired
        # beside it (a known type's own class wins, C9).
        class_value = str(implied)
        note = f"{name.value} -> {implied} (the named ballistic missile, not the cruise one)"
        evidence["missile_class"] = (_with_note(name.evidence, note),)
    if count_found is None and "SLV" in (class_value, implied):
        # A satellite goes up on one carrier rocket (a named one, "the Unha-3 rocket", too).
        count, qualifier = 1, "exact"
        note = "one carrier rocket: a satellite launch"
        said = missile_class or name
        if said is not None:
            evidence["count"] = (_with_note(said.evidence, note),)
    # The story's own place beats its picture caption's, as its count, name and kind do ("File
    # Photo ... fired two more projectiles from an area near the capital" over the JCS's "fired
    # from areas in South Pyongan Province").
    story = [clause for clause in ranked if clause.paragraph not in captions]
    site = match_site(story, sites) or match_site(ranked, sites)
    if site is not None and class_value == "SLBM":
        # A submarine launch "from the port city of Sinpo" was made at sea off it.
        site = launched_at_sea(site, sites)
    headline = current[0] if current and is_headline(current[0], current) else None
    # "North Korean fighter jets have fired missiles off the North's east coast": missiles fired
    # from aircraft beside the launch; where they went is not where its missiles fell.
    launched = [s for s in ranked if not re.search(AIRCRAFT_FIRED, s.text, re.IGNORECASE)]
    # "two short-range ballistic missiles off its east coast ... North Korea flew an
    # intermediate-range missile over Japan": where missiles of another range class than the
    # story's own words give went is theirs, not this launch's (as their figures are, below).
    # (A type named later that takes another class, "an intermediate range ballistic missile
    # ... one of two 'No Dong' missiles", leaves the story's own words this launch's.)
    worded = str(missile_class.value) if missile_class else "unknown"
    aimed = [s for s in launched if not _other_class(s, worded)]
    landing = find_landing(aimed, headline)
    coast = sites.get(COAST_SITES.get(str(landing.value), "")) if landing else None
    # ("fired an SLBM off its east coast ... toward the northeast from its east coast": the coast
    # named as the place is no port either)
    coastal = site is None or (coast is not None and site.site.site_id == coast.site_id)
    if class_value == "SLBM" and coastal and coast and landing and fired_off_coast(landing):
        # "fired a submarine-launched ballistic missile off the east coast", no place named:
        # where the submarine was, not where the missile fell. (With a port named, "off its
        # east coast" is read as the sea it fell in.)
        note = f"a submarine launch off the coast: {coast.name}"
        if site is None:
            site = SiteMatch(coast, _with_note(landing.evidence, note), at_sea=True)
        # "A submarine fired a missile off the country's eastern coast ... it blew up between
        # the Korean peninsula and Japan": a fall told in another sentence, or later in the same
        # one ("launched off the North's eastern coast and travelled about 300 miles before
        # coming down in the Sea of Japan"), still stands; "off the east coast" told of the
        # firing in another sentence (a caption, then the story) is the submarine's place too.
        landing = find_landing(aimed, headline, submarine=True)
    if site is not None:
        evidence["site_id"] = (site.evidence,)
    # "the ICBM ...; an hour later two short-range missiles were fired ..., flying about 330 km":
    # figures told of missiles of another range class are theirs, not this launch's.
    flown = [s for s in launched if not _other_class(s, class_value)]
    range_km = keep("range_km", find_range(flown))
    apogee_km = keep("apogee_km", find_apogee(flown))
    flight = keep("flight_time_min", find_flight_time(flown))
    landing = keep("landing_area", landing)
    eez = keep("japan_eez", find_eez(ranked))
    failure = keep("outcome", find_failure(ranked, local_day))
    maneuver = keep("maneuver", find_maneuver(current))
    # "North Korea fired a missile on Monday, after firing four cruise missiles on Friday, the
    # JCS said.": the attribution closing a sentence tells whose words its kept clause is.
    attributions = attribution_tails(sentences, current)
    # "Nobuo Kishi, defense minister of Japan, said: 'There have been frequent launches since
    # the start of the year'": a body speaking of the year's tally on this launch is cited.
    # (Not "the eleventh launch this year, counting those announced by the South Korean
    # military": a tally that names bodies for older launches.)
    tallies = [
        clause.text
        for clause in clauses
        if clause.role == TALLY and re.search(_SPOKE, clause.text.text, re.IGNORECASE)
    ]
    reporters = find_reporters(
        sorted([*current, *attributions, *tallies], key=lambda clause: clause.start),
        " ".join(sentence.text for sentence in sentences),
        sentences,
    )
    if reporters:
        evidence["sources"] = tuple(item.evidence for item in reporters)
    default_maneuver = "cruise" if class_value == "cruise" else "unknown"
    return Draft(
        published=published,
        date_utc=date_utc,
        time_utc=time_utc,
        count=count,
        count_qualifier=qualifier,
        missile_name=str(name.value) if name else "",
        missile_class=class_value,
        site_id=site.site.site_id if site else "",
        range_km=float(range_km.value) if range_km else None,
        apogee_km=float(apogee_km.value) if apogee_km else None,
        flight_time_min=float(flight.value) if flight else None,
        landing_area=str(landing.value) if landing else "unknown",
        japan_eez=str(eez.value) if eez else "unknown",
        outcome="failure" if failure else "unknown",
        maneuver=str(maneuver.value) if maneuver else default_maneuver,
        reporters=tuple(str(item.value) for item in reporters),
        evidence=evidence,
    )


def _ballistic_type_beside_cruise(class_value: str, implied: str | None, name: Found) -> bool:
    """The wording gives a cruise missile, but the type the report names is a ballistic
    missile's, called ballistic where it is named ("the Hwasongpho-11-Da-4.5, a ballistic
    missile newly built"): a ballistic and a cruise missile fired together, the named one
    the ballistic. (A type named without "ballistic" beside a cruise missile may be another
    launch's, and leaves the cruise missile the launch's kind.)"""
    return (
        class_value == "cruise"
        and implied in RANGE_CLASSES
        and re.search(r"\bballistic\b", name.evidence.sentence, FLAGS) is not None
    )


def _reach_apart(name: Found | None, told: Found | None) -> bool:
    """The name's type and the story's range word are two or more classes of reach apart (a
    short-range launch and an ICBM's name); neighbours (a "medium-range" Musudan, an IRBM) are
    an outlet's looser word for the type."""
    implied = class_of_name(str(name.value)) if name is not None else None
    if told is None or implied not in RANGE_CLASSES or told.value not in RANGE_CLASSES:
        return False
    return abs(RANGE_CLASSES.index(str(implied)) - RANGE_CLASSES.index(str(told.value))) >= 2


_NAMED_WITH_REACH = (
    r"\b(?:with|has|had|having)\s+an?\s+(?:maximum\s+|estimated\s+)?range\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|up to\s+|roughly\s+)?\d[\d,.]*\s*(?:km|kilomet|miles?)"
)
_SPOKE = r"\b(?:said|says|told|stated|noted|added|remarked)\b"


# "the North's ICBM launch", "its satellite launch": a launch named by its kind, as one already
# told.
_THE_LAUNCH_BEFORE = r"\b(?:the|its|(?:the North|North Korea|Pyongyang)'s)\s+$"
_THE_LAUNCH_AFTER = r"\W*(?:\([A-Z]{3,5}\)\s*)?(?:launch|test|test-firing|firing)\b"


def _points_back(clause: Sentence, recalled: Sequence[Sentence]) -> bool:
    """The clause's kind is "the <kind> launch" of a kind a recalled launch before it was of:
    the launch recalled, named again, not the one reported."""
    said = find_class([clause])
    if said is None:
        return False
    at = said.evidence.start - clause.start
    if not re.search(_THE_LAUNCH_BEFORE, clause.text[:at], FLAGS):
        return False
    if not re.match(_THE_LAUNCH_AFTER, clause.text[at + len(said.evidence.text) :], FLAGS):
        return False
    earlier = [sentence for sentence in recalled if sentence.start < clause.start]
    # (the recollection names the kind however it is worded: "The firing came two days after the
    # North sent an ICBM" sets its ICBM aside as the earlier launch's, and still names it)
    return any(
        re.search(pattern, sentence.text, FLAGS)
        for sentence in earlier
        for pattern, missile_class in CLASS_PATTERNS
        if missile_class == said.value
    )


def _other_class(clause: Sentence, class_value: str) -> bool:
    """The clause tells of firing missiles of another range class than the launch's ("two
    short-range missiles were fired from Kaechon"; not "farther than short-range missiles")."""
    if class_value not in RANGE_CLASSES or not is_launch_sentence(clause):
        return False
    said = find_class([clause])
    if said is None or said.value not in RANGE_CLASSES or said.value == class_value:
        return False
    before = clause.text[: said.evidence.start - clause.start]
    if re.search(_THE_SAME, before, re.IGNORECASE):
        return False
    if re.match(_RANGE_AS_DISTANCE, clause.text[said.evidence.end - clause.start :], re.IGNORECASE):
        return False
    if re.search(_LINEAGE, before[-40:], re.IGNORECASE):
        return False
    if re.search(_ONE_OF_THE_SALVO, before[-40:], re.IGNORECASE):
        return False
    return not re.search(_COMPARED, before[-40:], re.IGNORECASE)


# "the first missile, thought to be an ICBM, travelled 223 miles ...; while the third, a
# short-range ballistic missile, flew 472 miles", "the other was a short-range missile": one of
# the launch's own missiles, counted by its place in the salvo, whose kind is named (its figures
# are the launch's, as the longer of the missiles' figures).
_ONE_OF_THE_SALVO = (
    r"\b(?:the\s+(?:first|second|third|fourth|fifth|last|other|latter)|one\s+of\s+them)"
    r"(?:\s+(?:one|missile|projectile|rocket))?\s*,?\s+(?:(?:was|is|being)\s+)?(?:an?\s+)?$"
)


# "of the Rodong class, a North Korean upgrade of the Russian Scud", "a variant of Russia's
# Iskander", "derived from the Soviet SS-21": the type the missile was developed from, not
# missiles of another class fired.
_LINEAGE = (
    r"\b(?:(?:upgrade|upgraded\s+version|variant|version|derivative|copy|modification|"
    r"development|improvement|offshoot)\s+of|(?:derived|developed|adapted|modell?ed|copied)\s+"
    r"from|(?:based|modell?ed)\s+on)\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}$"
)


# "verifying the accuracy of hit at medium range of 320 km": the range word measures the distance
# flown, it names no missiles of another class.
_RANGE_AS_DISTANCE = r"^\s*(?:range\s+)?of\s+(?:about\s+|around\s+|some\s+)?\d"


# "farther than the short-range missiles", "unlike the medium-range ones": a comparison.
_COMPARED = r"\b(?:than|unlike|compared (?:with|to)|similar to|like|such as|rather than)\b[^,;]*$"
# "test-fired two medium-range missiles ... the SCUD-class missiles were fired on Sunday and flew
# about 500 kilometers": the missiles already told, named again by their type (not "two
# short-range missiles were fired", "the other short-range missiles": more missiles).
_THE_SAME = r"\b(?:the|these|those)\s+$"


def _file_captions(sentences: Sequence[Sentence], captions: set[int]) -> set[int]:
    """The caption paragraphs that mark their picture as a file (older) one."""
    return {
        sentence.paragraph
        for sentence in sentences
        if sentence.paragraph in captions and re.search(FILE_PICTURE, sentence.text)
    }


# "Also Read", "Read more:", "Related stories" on a line of its own (or a capitalised label with
# a headline after it): the page's links to other stories follow (their headlines tell other
# launches), not the story's prose.
_LINKS_HEADING = re.compile(
    r"^[ \t]*(?:also read|read (?:also|more|next)|related(?: (?:stories|articles|news|content|"
    r"coverage|posts))?|more (?:stories|news) (?:on|about) [\w ]{1,30}|you (?:may|might) also "
    r"like|recommended(?: (?:stories|reading))?)[ \t]*:?[ \t]*$|"
    # "RELATED North Korea says it tested nuclear-capable ...", "READ MORE: Kim's sister warns":
    # the label in capitals, the linked story's headline run on after it on the same line.
    r"^[ \t]*(?-i:RELATED|READ MORE|ALSO READ|MORE NEWS)\b[ \t]*:?[ \t]+(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
# "READ MORE: North Korea's nuclear weapons - Here is all we know", then "The US, South Korea
# and Japan strongly condemned the launch ...": one linked headline set into the story, which
# goes on after it (the story's own prose: its launch, not the linked story's).
_STORY_GOES_ON = re.compile(
    r"[^\n]*\n\s*\n(?:The|Its|It|They|This|That)\s[^\n]*?\b(?:the|this|its|their)\s+"
    r"(?:launch|test|missile|missiles)\b"
)

_STORY_BEFORE_LINKS = 200


def _before_links(text: str) -> str:
    """The report up to a heading of links to other stories (kept whole where there is none).

    Only the end is dropped, so every offset into the text stays the same."""
    kept = text
    for heading in _LINKS_HEADING.finditer(text):
        # (a page's "Related" label above a short story is no trailer: some story comes first)
        if heading.start() < _STORY_BEFORE_LINKS:
            continue
        line_end = text.find("\n", heading.start())
        line_end = len(text) if line_end < 0 else line_end
        run_on = bool(text[heading.end() : line_end].strip())
        if run_on and _STORY_GOES_ON.match(text, heading.end()):
            # (the inset headline's line is left out, blanked so offsets stay the same)
            blank = " " * (line_end - heading.start())
            kept = kept[: heading.start()] + blank + kept[line_end:]
            continue
        return kept[: heading.start()]
    return kept


def _dated_captions(
    sentences: Sequence[Sentence], captions: set[int], launch_day: date, anchor: date
) -> set[int]:
    """The caption paragraphs that date their picture before the launch's day (an older
    launch: "Kim Jong Un watching the launch of a Hwasong-17 ... on March 16, 2023")."""
    return {
        sentence.paragraph
        for sentence in sentences
        if sentence.paragraph in captions
        and any(mention.day < launch_day for mention in find_dates(sentence, anchor, anchor))
    }


def _noticed(found: Found | None) -> Found | None:
    """A value from a notice of the launch, marked as such for the reviewer."""
    if found is None:
        return None
    return Found(found.value, _with_note(found.evidence, "from a notice given before the launch"))


def _with_note(evidence: Evidence, note: str) -> Evidence:
    joined = "; ".join(part for part in (evidence.note, note) if part)
    return Evidence(evidence.text, evidence.start, evidence.end, evidence.sentence, joined)
