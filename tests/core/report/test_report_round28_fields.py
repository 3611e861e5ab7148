"""Round 28 (fix28d): missile classes, names and sites read on 1330-1489's misses (a kind of an
earlier launch "previous ICBM launch", a kind judged "not thought to be", a place's kind "long-range
missile site", possibilities "be it an ICBM launch", a launch "days before" this one, the programme
a launch was "part of", what a craft "could carry", a rule that "bans" a kind, a type awaited or
asked about, a type guessed beside another kind; a fall measured from a place, a quoted noun or a
journalist "from" a city, the sea off a coast where missiles came down, a launch "off" a port;
the order to launch a missile "from an attack submarine").

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- a kind that is not this launch's: an earlier launch's, one judged not to be, a place's, a
# possibility, a programme, a craft's load, a rule's (1383, 1472, 1352, 1451, 1354, 1438, 1379) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire after Reuters: an earlier launch's kind
        (
            "North Korea fired a missile on Thursday. It flew for 45 minutes, Japan's chief "
            "cabinet secretary said, longer than in North Korea's previous ICBM launch.",
            "",
        ),
        # an analysis site: its last launch of another kind
        (
            "North Korea launched a missile on Thursday, its first since its last "
            "intercontinental ballistic missile test in March.",
            "",
        ),
        # a news site: a kind judged not to be the launch's
        (
            "North Korea fired a missile on Thursday. It is not, however, thought to be an "
            "intercontinental ballistic missile.",
            "",
        ),
        # the JCS: a place built for a kind
        (
            "The JCS said North Korea fired a missile on Thursday from an area near its "
            "Tongchang-ri long-range missile site.",
            "",
        ),
        # the US State Department as relayed: possibilities offered
        (
            'North Korea fired missiles on Thursday. "Our concern for another provocation, be '
            'it an ICBM launch or a nuclear test, has not abated," a spokesman said.',
            "",
        ),
        # a wire: what was fired days before
        (
            "North Korea fired a missile on Thursday. Four days before Thursday's launch, the "
            "North had sent two cruise missiles into the Yellow Sea.",
            "",
        ),
        # KCNA as relayed: the programme the test served
        (
            "North Korea fired a missile on Thursday. The test formed part of a reconnaissance "
            "satellite, state media said.",
            "",
        ),
        # a news site: a camera to go on a satellite
        (
            "North Korea fired a missile on Thursday. KCNA said the test checked a camera to be "
            "loaded on a satellite.",
            "",
        ),
        # an analysis site: what a submarine can carry, glossed in brackets
        (
            "North Korea fired a missile on Thursday. The submarine it showed could carry "
            "submarine-launched ballistic missiles (SLBMs).",
            "",
        ),
        # a wire: a kind of launch a rule names
        (
            "North Korea fired a missile on Thursday. The UN resolutions forbid it to test "
            "ballistic missiles, while they do not expressly ban cruise missile launches.",
            "",
        ),
        # near miss: this launch's own kind, "the latest" of them
        (
            "North Korea fired its latest ICBM on Thursday, the JCS said.",
            "ICBM",
        ),
        # near miss: a satellite launch is told as one
        (
            "North Korea launched a rocket on Thursday as part of a satellite launch, KCNA said.",
            "SLV",
        ),
        # near miss: an SLBM the launch is said to be
        (
            "The JCS said North Korea fired a submarine-launched ballistic missile (SLBM) on "
            "Thursday.",
            "SLBM",
        ),
    ],
)
def test_a_kind_not_of_this_launch_is_no_class(sites, text, expected):
    assert field(text, sites, "missile_class") == expected


# --- a type awaited, asked about, or guessed beside another kind (1406, 1487) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AFP: a type the allies watched for
        (
            "North Korea fired a short-range missile on Thursday. The South and its US ally had "
            "been watching for a test by the North of medium-range Musudan missiles.",
            "",
        ),
        # Press TV after Yonhap: a type asked about
        (
            "North Korea fired a missile on Thursday. It is still unclear whether the missile "
            "was the controversial KN-11.",
            "",
        ),
        # a wire after Yonhap: a guess with another kind beside it
        (
            "North Korea fired three missiles on Thursday. Officials said the missiles may be "
            "KN-02 surface-to-surface weapons, or rockets with a caliber of 300 millimeters.",
            "",
        ),
        # near miss: the type told plainly
        (
            "North Korea fired a KN-02 missile on Thursday, the JCS said, after weeks of "
            "watching for a launch.",
            "KN-02",
        ),
        # near miss: a guess with no other kind beside it
        (
            "North Korea fired a missile on Thursday. Officials said it may be the KN-23.",
            "KN-23",
        ),
    ],
)
def test_a_type_awaited_or_guessed_is_no_name(sites, text, expected):
    assert field(text, sites, "missile_name") == expected


# --- places that are not the launch place: a fall point measured from a place, a quoted letter
# or a journalist "from" the capital, the sea off the coast where missiles came down (1393, 1454,
# 1434) ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CNN: a fall point measured from an airfield
        (
            "North Korea launched a missile on Thursday that blew up over land. The missile came "
            "down about 35 kilometers from Pukchang airfield, a US official said.",
            "",
        ),
        # a wire: a quoted letter from the capital
        (
            "North Korea fired two missiles on Thursday, hours after Trump received another "
            '"beautiful letter" from Pyongyang. The missiles were fired from near the city of '
            "Hamhung, the JCS said.",
            "hamhung-town",
        ),
        # a broadcaster: its reporter in the capital
        (
            "North Korea fired a missile on Thursday, the JCS said. State television has made no "
            "announcement, our correspondent reported from Pyongyang.",
            "",
        ),
        # a news site: the sea off the coast where the missile came down
        (
            "North Korea launched a missile that came down in the sea off its east coast on "
            "Thursday. The launch was detected at around noon from Pyongyang's Sunan area.",
            "sunan",
        ),
        # near miss: a launch from the capital stands
        (
            "North Korea fired a missile from Pyongyang on Thursday, the JCS said.",
            "pyongyang-area",
        ),
        # near miss: the distance of a launch place from a landmark
        (
            "North Korea fired a missile on Thursday from near Hamhung, about 40 kilometers from "
            "the coast.",
            "hamhung-town",
        ),
    ],
)
def test_places_not_launched_from_are_no_site(sites, text, expected):
    assert field(text, sites, "site_id") == expected


# --- a launch "off" a port is at sea; one that "took place near" a city is not (1401, 1480,
# 1474) ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the BBC
        (
            "North Korea test-fired a ballistic missile from a submarine on Thursday. The missile "
            "was launched off the North Korean port of Sinpo at about 11:30.",
            "sinpo",
        ),
        # NBC after the ministry of defence
        (
            "A single missile, presumed to be an SLBM, was fired off the southeastern shore off "
            "Shinpo on Thursday, the ministry said.",
            "sinpo",
        ),
        # a wire after Yonhap: a land launch off a town's coast
        (
            "North Korea fired a missile on Thursday. It was launched off the coast of Wonsan, "
            "the JCS said.",
            "wonsan-town",
        ),
        # near miss: "launched off the east coast" names a direction, not a launch at sea
        (
            "The JCS said the missiles were launched off North Korea's eastern coast on Thursday.",
            "",
        ),
        # near miss: a launch that took place near a city, on land
        (
            "A missile launched from North Korea on Thursday blew up almost immediately. The "
            "launch took place near the city of Sinpo.",
            "sinpo-town",
        ),
    ],
)
def test_a_launch_off_a_port_is_at_sea(sites, text, expected):
    assert field(text, sites, "site_id") == expected


# --- a submarine launch told by the verb and its object: "gave the order to launch the missile
# from an attack submarine" (1487) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KCNA as relayed by Press TV
        (
            "Kim Jong Un gave the order on Thursday to launch the missile from an attack "
            "submarine, KCNA reported.",
            "SLBM",
        ),
        # a wire
        (
            "North Korea fired a missile from a new submarine on Thursday, the JCS said.",
            "SLBM",
        ),
        # near miss: cruise missiles fired from a submarine are cruise missiles
        (
            "North Korea fired two cruise missiles from a submarine on Thursday, KCNA said.",
            "cruise",
        ),
        # near miss: a submarine test still being prepared
        (
            "North Korea fired a missile on Thursday. Officials had detected signs that the "
            "North was preparing to test-fire a missile from a submarine.",
            "",
        ),
        # near miss: a submarine only seen at port
        (
            "North Korea fired a missile on Thursday. Satellite images showed an attack "
            "submarine at Sinpo.",
            "",
        ),
    ],
)
def test_a_missile_launched_from_a_submarine_is_an_slbm(sites, text, expected):
    assert field(text, sites, "missile_class") == expected
