"""Round 30 (fix30a): reporters, read on 1490-1578's misses.

Each cause is read the way a reader takes it: Japan named in a list of the source governments or
"both" reporting beside the South; the North's news sources, the South's army, Japan's top brass as
the bodies they are; state media or the North speaking of an older launch ("those launches", "in
drills that day"); a body named only for a word of reproach on "a move", for a condemnation that
followed another's report, or for what it "may" do (C1); state media's word on a warship or the
arms it carries; a picture's caption with no label; and "the military" cited bare after the report
named Seoul as its source. Seen in 1492, 1497, 1500, 1524, 1540, 1542, 1544, 1555, 1565, 1567,
1570, 1571 and 1578. Each wording is tried in several outlets'
phrasings, written for these tests, with near misses that must not change.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, reporters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: Japan last in a list of the governments whose reports are the source
        (
            "North Korea fired two ballistic missiles on Thursday, according to reports from the "
            "South Korean, American and Japanese governments.",
            "Japan government",
        ),
        # an analysis site: Japan first in the list
        (
            LEAD + "The Japanese, South Korean and U.S. governments said the missile flew about "
            "600 km.",
            "Japan government",
        ),
        # a ministry's account relayed: the two countries "both" reporting
        (
            LEAD + "South Korea and Japan both reported that the missile flew about 800 km.",
            "Japan government",
        ),
        (
            LEAD + "Japan and South Korea both said the missile came down in the sea.",
            "Japan government",
        ),
    ],
)
def test_japan_named_in_a_list_of_sources_is_its_government(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: Japan's government only as a receiver or a detector
        LEAD + "Seoul shared the data with the South Korean, American and Japanese governments.",
        LEAD + "South Korea and Japan both detected the launch.",
    ],
)
def test_japan_as_a_receiver_or_detector_is_not_cited(sites, text):
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analysis site: the North's news sources are its state media
        (
            "On Thursday North Korea tested a missile. According to North Korean news sources, "
            "the missile flew 998 km before falling into the sea.",
            "KCNA",
        ),
        # a translated wire: the South's "army" for its military
        (
            LEAD + "The South Korean army likewise said it believes the weapon was an ICBM.",
            "JCS",
        ),
        (
            LEAD + "According to the South Korean army, the missile flew 400 km.",
            "JCS",
        ),
        # TASS: a headline's "Japan's top brass", before Japan named as a whole
        (
            "North Korea's new missile has 2,500 km range - Japan's top brass\n\n"
            "Japan believes the missile fired on Thursday can fly 2,500 km, officials said.",
            "Japan MOD;Japan government",
        ),
    ],
)
def test_bodies_by_other_names_are_cited(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: one of the army's men, and the North's sources named as a thing
        LEAD + "Chang Gwang-il, a retired South Korean army general, said it was a salute.",
        LEAD + "South Korean army drills are planned for next week.",
    ],
)
def test_the_souths_army_by_its_men_or_drills_is_not_cited(sites, text):
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: state media's report on the launches told before
        (
            JCS_LEAD + "\n\nThursday's launches come less than a week after North Korea fired "
            "two projectiles last Friday from an area near Wonsan. North Korean state media "
            "reported soon afterwards that those launches were tests of a new weapon.",
            "JCS",
        ),
        (
            JCS_LEAD + "KCNA said the next day that these tests had verified a new engine.",
            "JCS",
        ),
        # NHK: the North's word on a day told before
        (
            "South Korea's military says North Korea fired two missiles on Thursday.\n\nOn "
            "Saturday, Pyongyang launched more than 20 projectiles from the coastal city of "
            "Wonsan. Some of them are thought to have flown about 240 kilometers.\n\nNorth Korea "
            "said it had fired a long-range rocket system and a guided weapon in drills that day.",
            "JCS",
        ),
        # near misses: state media on this launch, and "earlier that day" beside it
        (
            JCS_LEAD + "North Korean state media reported that the missile was a new type.",
            "JCS;KCNA",
        ),
        (
            JCS_LEAD + "North Korea says its launch of two missiles on Thursday night was a drill "
            "held in protest at an air exercise earlier that day.",
            "JCS;KCNA",
        ),
    ],
)
def test_the_north_on_an_older_launch_is_not_cited(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the launch as "a move" a head of government called a threat (C1)
        (
            "North Korea fired a missile over northern Japan on Thursday, a move Japanese Prime "
            'Minister Shinzo Abe described as an "unprecedented" threat.',
            "",
        ),
        # a tabloid: the condemnation followed another's report, and the "said" is its
        (
            LEAD + "Japanese Prime Minister Fumio Kishida condemned the launches after his "
            "country's coast guard also reported the firing and said that its flight had ended.",
            "",
        ),
        # a Japanese paper: the government named for what it may do
        (
            LEAD + "But the Japanese government, which criticized Pyongyang's account of the "
            "launch, may now change its position on the aid, observers say.",
            "",
        ),
        # near misses: a figure told with it, and a statement made
        (
            LEAD + "Japanese Prime Minister Fumio Kishida condemned the launches and said the "
            "missile fell in Japan's EEZ.",
            "Japan government",
        ),
        (
            LEAD + "The Japanese government said the missile may have flown 1,000 km.",
            "Japan government",
        ),
        (
            "JAPAN GOVERNMENT SAYS MISSILE MAY COME DOWN OFF HOKKAIDO\n\n" + LEAD,
            "Japan government",
        ),
    ],
)
def test_a_body_named_only_for_reproach_or_what_it_may_do_is_not_cited(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese wire: a caption dated the launch's day, closed by its credit, before the
        # story (its minister cited where the story quotes him)
        (
            "North Korea fires 2 ballistic missiles into Sea of Japan\n\nJapan's Defense Minister "
            "Yasukazu Hamada speaks to the press at the ministry in Tokyo on April 13, 2023. "
            "(Jiji)\n\nTOKYO -- North Korea fired two ballistic missiles early on Thursday, the "
            "governments of Japan and South Korea said.\n\nHamada told reporters the missiles "
            "came down outside Japan's exclusive economic zone.",
            "Japan government;Japan MOD",
        ),
        # the credit in square brackets, a photographer's and an agency's names
        (
            "North Korea fires a missile\n\nJapan's Defense Minister Yasukazu Hamada speaks in "
            "Tokyo on 13 April 2023. [Kim Hong-ji/Reuters]\n\nNorth Korea fired a missile on "
            "Thursday, the governments of Japan and South Korea said. Hamada said it flew 350 km.",
            "Japan government;Japan MOD",
        ),
        # near miss: a story's paragraph closed by a credit, with no dated scene
        (
            "Japan's Defense Ministry said the missile flew 350 km on Thursday. (Kyodo)",
            "Japan MOD",
        ),
    ],
)
def test_an_unlabelled_dated_caption_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kyodo via Azertag: "the military" bare after Seoul's government as the source
        (
            "North Korea launched three missiles on Thursday, the South Korean government said."
            "\n\nAccording to the military, the first flew some 360 km.",
            "JCS",
        ),
        (
            "South Korea's presidential office said North Korea fired a missile on Thursday.\n\n"
            "The military said it flew 600 km.",
            "JCS",
        ),
        # near misses: Japan's military named before it, or no source named before it
        (
            "North Korea launched a missile on Thursday, the South Korean government said. "
            "U.S. forces tracked it.\n\nAccording to the military, it flew 360 km.",
            "",
        ),
        (
            LEAD + "According to the military, the missile flew some 360 km.",
            "",
        ),
    ],
)
def test_the_military_bare_after_seoul_is_the_jcs(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: state media's word on a warship shown the same week, not on the launch
        (
            JCS_LEAD + "The launch came after the unveiling of a warship named Choe Hyon, which "
            "North Korean state media presented as a symbol of its naval power.",
            "JCS",
        ),
        # an analysis site: the arms a ship carries
        (
            JCS_LEAD + 'The destroyer is fitted with what state media called "the most '
            'powerful weapons."',
            "JCS",
        ),
        # near misses: the word on this launch's missile, and arms carried and fired
        (
            JCS_LEAD + "The missile, which state media presented as a new hypersonic weapon, "
            "flew 1,000 km.",
            "JCS;KCNA",
        ),
        (
            JCS_LEAD + "The submarine, armed with what state media called a new missile, fired "
            "it on Thursday.",
            "JCS;KCNA",
        ),
    ],
)
def test_state_medias_word_on_a_ship_or_its_arms_is_not_cited(sites, text, expected):
    assert reporters(text, sites) == expected
