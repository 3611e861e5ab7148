"""Round 32 (fix32a): reporters and japan_eez, read on 1700-1776's misses.

Each cause is read the way a reader takes it: the South's military named first beside the US
military, or in a headline's short form, is the JCS; a word of reproach alone, in the body's own
clause, only condemns the launch (C1); a detection told as the time of another event names the
body only as detecting; Japan named as the giver of the information another cites is the
source; the North's verdict on the launch named ("described the launch as a success") is its
state media's word, while its words on launches in general are no statement on this one; and
the zone named after Japan's territorial waters ("outside Japan's territorial waters and
EEZ") is outside. Seen in 1710, 1715, 1733, 1736, 1750, 1755, 1757 and 1775. Each wording is
tried in several outlets' phrasings, written for these tests, with near misses that must not
change.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, field, reporters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the two militaries named together, the South's first
        (
            LEAD + "The South Korean and US militaries said the launch had failed.",
            "JCS",
        ),
        # an analysis site: "American" and the singular
        (
            LEAD + "South Korean and American military said the missile flew about 300 km.",
            "JCS",
        ),
        # a Korean outlet's headline: the short form of the South's name
        (
            "North Korea's missile test a failure: S. Korean military\n\n"
            "A missile North Korea launched on Thursday seems to have failed.",
            "JCS",
        ),
        # an aggregator's headline: "S.Korea's military says"
        (
            "North Korea fires ballistic missile, S.Korea's military says\n\n"
            "North Korea fired a missile on Thursday.",
            "JCS",
        ),
    ],
)
def test_the_souths_military_beside_the_us_or_in_short_form_is_the_jcs(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the two militaries as doers, and the short form on drills
        "North Korea fired a missile on Thursday, as the South Korean and US militaries hold "
        "drills.",
        "North Korea fired a missile on Thursday, days after South Korean and US military drills "
        "began.",
        "North Korea fired a missile on Thursday. The S. Korean military exercises began on "
        "Monday.",
    ],
)
def test_the_two_militaries_as_doers_are_not_cited(sites, text):
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US news site: the South's military only condemns
        (
            LEAD + "South Korea's military called the launch \u201ca grave provocation.\u201d",
            "",
        ),
        # a Japanese wire: the ministry's word of reproach alone
        (
            JCS_LEAD + "Japan's Defense Ministry called the launch an unacceptable threat.",
            "JCS",
        ),
        # KCNA relayed: the JCS's word with a day between
        (
            LEAD + "The Joint Chiefs of Staff on Thursday described the test as a serious "
            "provocation.",
            "",
        ),
        # an analysis site: the Japanese government's word
        (
            JCS_LEAD + "The Japanese government branded the firing a reckless provocation.",
            "JCS",
        ),
    ],
)
def test_a_word_of_reproach_in_the_bodys_own_clause_only_condemns(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the reproach told with a fact of the flight speaks
        (
            LEAD + "The South Korean military called the launch a grave provocation and said "
            "the missile flew 600 km.",
            "JCS",
        ),
        (
            LEAD + "Japan's Defense Ministry called the launch a threat, saying the missile fell "
            "inside the EEZ.",
            "Japan MOD",
        ),
        # the North's own word on its launch still cites its state media
        (LEAD + "State media called the launch a success.", "KCNA"),
    ],
)
def test_a_reproach_told_with_the_flight_or_the_norths_own_word_still_cites(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP retold: the North's claim dated by the detection of the day before
        (
            "On Monday North Korea said it had tested a new missile. The claim came a day after "
            "the South Korean and Japanese militaries detected the launch, from a site close to "
            "the capital.",
            "KCNA",
        ),
        # a Japanese ministry's notice retold: an alert issued after the ministry picked it up
        (
            LEAD + "Tokyo issued an alert minutes after Japan's defence ministry picked up the "
            "missile.",
            "",
        ),
        # a wire: the launch dated by the JCS's detection
        (
            "North Korea fired a missile on Thursday, hours after the JCS detected the launch "
            "preparations were complete.",
            "",
        ),
    ],
)
def test_a_detection_told_as_the_time_of_another_event_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the body speaks after its detection, or tells the detection itself
        (
            LEAD + "After the JCS detected the launch, it said the missile flew 600 km.",
            "JCS",
        ),
        (
            LEAD + "The Joint Chiefs of Staff detected the launch from Sunan at 7:50 a.m.",
            "JCS",
        ),
    ],
)
def test_a_detection_the_body_tells_still_cites(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    "text",
    [
        # TASS via a Bulgarian site: a Russian paper's source
        LEAD + "The Russian paper Izvestia reported that the missile fell in Japan's economic "
        "zone, citing information given by Japanese officials.",
        # an analysis site: data the government provided
        LEAD + "According to data provided by the Japanese government, the missile flew 900 km.",
        # a wire: figures released by the Japanese authorities
        LEAD + "The missile came down in the sea, according to figures released by Japanese "
        "authorities.",
    ],
)
def test_japan_as_the_giver_of_the_information_cited_is_the_source(sites, text):
    assert reporters(text, sites) == "Japan government"


def test_japan_only_detecting_is_still_not_the_source(sites):
    # near miss: Japan named as detecting, no information of its own told
    text = LEAD + "The launch was detected by Japanese officials."
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # VICE after Reuters: the North's verdict on its launch
        (
            JCS_LEAD + 'North Korea described the satellite launch as a "complete success" and '
            "said the satellite was circling the Earth.",
            "JCS;KCNA",
        ),
        # a wire: "hailed the launch as"
        (LEAD + "Pyongyang hailed the launch as a great success.", "KCNA"),
        # an analysis site: a headline's present
        (LEAD + "The DPRK describes its latest test as a warning to Washington.", "KCNA"),
    ],
)
def test_the_norths_verdict_on_the_launch_cites_its_state_media(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a thing named in the North's word, another thing described, an older launch
        "North Korea launched a rocket on Thursday carrying what the regime described as a "
        "satellite.",
        LEAD + "North Korea described the United States as its enemy.",
        LEAD + "In 2012 North Korea described its launch as a success.",
    ],
)
def test_a_thing_in_the_norths_word_or_an_older_verdict_is_not_cited(sites, text):
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # VOA: a subheading of the North's general claim
        (JCS_LEAD + "North Korea says launches are peaceful\n\nThe missile flew 300 km.", "JCS"),
        # a wire: its satellite launches in general
        (
            JCS_LEAD + "North Korea maintains that its satellite launches are peaceful.",
            "JCS",
        ),
        # an analysis site: "insists that its missile tests are"
        (LEAD + "Pyongyang insists that its missile tests are a sovereign right.", ""),
    ],
)
def test_the_norths_words_on_launches_in_general_are_no_statement_on_this_one(
    sites, text, expected
):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: this launch's words, in the past
        LEAD + "North Korea said its launches were successful.",
        LEAD + "North Korea said the latest tests were a success.",
    ],
)
def test_the_norths_words_on_this_launch_still_cite(sites, text):
    assert reporters(text, sites) == "KCNA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TASS: the military's word, the zone after the territorial waters
        (
            LEAD + "According to the military, the missiles came down outside Japan's "
            "territorial waters and exclusive economic zone.",
            "outside",
        ),
        # a Japanese ministry's statement retold: territory or its EEZ
        (
            LEAD + "Japan said the missile landed outside Japanese territory or its EEZ.",
            "outside",
        ),
        # a wire: "beyond"
        (
            LEAD + "The missile fell beyond Japan's territorial sea and its exclusive economic "
            "zone, the coast guard said.",
            "outside",
        ),
        # near miss: outside the territorial waters but inside the zone
        (
            LEAD + "The missile fell outside Japan's territorial waters but inside its "
            "exclusive economic zone, the ministry said.",
            "inside",
        ),
    ],
)
def test_the_zone_named_after_japans_territorial_waters_is_outside(sites, text, expected):
    assert field(text, sites, "japan_eez") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a Caribbean paper after AP: the condemnation of the day's test and a protest by its verb
        JCS_LEAD + "Japan's government condemned Thursday's failed test and said it had "
        "protested strongly to North Korea through diplomatic channels.",
        # an aggregator after AFP: the head of government's word to parliament
        JCS_LEAD + "Prime Minister Shinzo Abe told parliament that Japan had condemned the launch "
        "and protested to North Korea through its embassy in Beijing.",
        # a Japanese ministry's briefing retold: the noun after the condemnation
        JCS_LEAD + "Japan's Chief Cabinet Secretary said Tokyo had condemned the launch and "
        "lodged a protest with Pyongyang.",
    ],
)
def test_a_condemnation_and_a_protest_by_its_verb_cite_no_one(sites, text):
    assert reporters(text, sites) == "JCS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a minister telling of the protest alone stays cited (as 175's label
        # reads it), and a condemnation told with a fact of the flight speaks
        (
            JCS_LEAD + "Japanese Defence Minister Yasukazu Hamada told reporters that Tokyo had "
            "protested to North Korea through diplomatic channels in Beijing.",
            "JCS;Japan MOD",
        ),
        (
            JCS_LEAD + "The Japanese government condemned Thursday's launch and said the missile "
            "flew 800 km.",
            "JCS;Japan government",
        ),
    ],
)
def test_a_protest_told_alone_or_a_condemnation_with_the_flight_still_cites(sites, text, expected):
    assert reporters(text, sites) == expected
