"""Round 27 (fix27a): reporters, japan_eez and outcome read on 1250-1329's misses.

Reporters: an order given "on Sunday", a protest told by its verb ("has protested to North
Korea over the launches"), a condemnation beside a council that "would meet", a warning to the
North to stop, a body named only as detecting the launch or moved by it to act ("led the Japanese
government to issue alerts"), a stand against any launch to come ("would destroy any") and a
minister who "did not make clear" cite no body; a bracketed "[Photo caption]" label opens a
caption. The North by a wire's epithet ("the isolated country said"), its "state outlets", its
confirmation in the present or perfect ("confirms it launched", "has confirmed that") and its word
on "the two latest missiles" cite its state media; "PM Abe" is Japan's Prime Minister. EEZ: a
Japanese speaker's "our country's" zone and "the so-called Japanese economic zone". Outcome: a
failed bid the launch came "since", and "the first four failed", are older launches' failures.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, field, reporters

# --- an order "on Sunday", a protest told by its verb: no statement on the launch (1253) ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the order given on a named day
        (
            JCS_LEAD + "Japanese Prime Minister Fumio Kishida on Thursday told all the relevant "
            "ministries to analyse the situation in detail.",
            "JCS",
        ),
        # Japan's government: the protest by its verb, what it was over
        (
            JCS_LEAD + "Japan's Chief Cabinet Secretary said Japan has protested to North Korea "
            "over the latest test launches.",
            "JCS",
        ),
        # an analysis site: the protest alone
        (
            JCS_LEAD + "Japanese Prime Minister Fumio Kishida said Tokyo had strongly protested "
            "to Pyongyang.",
            "JCS",
        ),
        # near miss: the protest told with the missile's fall speaks of the launch
        (
            JCS_LEAD + "Japan's Chief Cabinet Secretary said Japan has protested to North Korea, "
            "adding that the missile fell outside its exclusive economic zone.",
            "JCS;Japan government",
        ),
        # near miss: a day before a statement on the flight
        (
            JCS_LEAD + "Japanese Prime Minister Fumio Kishida on Thursday told reporters the "
            "missile flew 400 km.",
            "JCS;Japan government",
        ),
    ],
)
def test_an_order_or_a_protest_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a condemnation and a council to meet; a warning to the North to stop (1275, 1327) -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            "North Korea fired a missile on Thursday. Japanese Prime Minister Shinzo Abe condemned "
            "the launch and said the country's National Security Council would meet to discuss it.",
            "",
        ),
        # Japan's government
        (
            "North Korea fired a missile on Thursday. Japan's Chief Cabinet Secretary condemned "
            "the launch and said Japan's relevant ministries would coordinate closely.",
            "",
        ),
        # the JCS: a warning issued, urging a halt
        (
            "North Korea fired a missile on Thursday, Japanese officials said. Kang Ho-pil, a "
            "senior official of South Korea's Joint Chiefs of Staff, said the military was "
            "issuing a strong warning urging the North to halt such provocative tests.",
            "Japan government",
        ),
        # a wire: the JCS's warning sent
        (
            "North Korea fired a missile on Thursday, Japanese officials said. South Korea's "
            "Joint Chiefs of Staff said it had issued a stern warning to the North.",
            "Japan government",
        ),
        # a broadcaster: the JCS's warning under way
        (
            "North Korea fired a missile on Thursday, Japanese officials said. The JCS said it "
            "was sending a strong warning to Pyongyang.",
            "Japan government",
        ),
        # near miss: the warning told with the flight
        (
            "North Korea fired a missile on Thursday. The JCS warned North Korea to stop, saying "
            "the missile flew 600 km.",
            "JCS",
        ),
        # near miss: a condemnation told with the fall
        (
            "North Korea fired a missile on Thursday. Japanese Prime Minister Shinzo Abe condemned "
            "the launch and said the missile fell in the Sea of Japan.",
            "Japan government",
        ),
    ],
)
def test_a_condemnation_or_a_warning_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


# --- named only as detecting, moved to act, or ready for any launch to come (1283, 1324, 1311) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: detected and tracked by two militaries
        (
            "North Korea fired a missile on Thursday. The early morning test was detected and "
            "tracked by the US and South Korean militaries.",
            "",
        ),
        # an analysis site: spotted by the JCS
        (
            "North Korea fired a missile on Thursday. The launch was spotted by South Korea's "
            "Joint Chiefs of Staff.",
            "",
        ),
        # a wire: the launch led Japan's government to act
        (
            "North Korea fired a missile on Thursday that led the Japanese government to issue "
            "evacuation alerts and briefly stop trains. South Korea's Joint Chiefs of Staff said "
            "the missile flew 750 km.",
            "JCS",
        ),
        # Japan's defence ministry: a stand taken before the launch
        (
            JCS_LEAD + "According to Japan's defense ministry, the country would destroy any "
            "North Korean satellite that entered its territory.",
            "JCS",
        ),
        # near miss: detected by the JCS, which then spoke
        (
            "North Korea fired a missile on Thursday. The launch was detected by South Korea's "
            "Joint Chiefs of Staff, which said it flew 600 km.",
            "JCS",
        ),
        # near miss: a statement the government was led to make
        (
            "North Korea fired a missile on Thursday, prompting the Japanese government to say "
            "it had fallen in the Sea of Japan.",
            "Japan government",
        ),
    ],
)
def test_a_body_named_for_what_it_did_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a silence left unclear; a bracketed caption label (1280, 1322) --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese television, summarised
        (
            "North Korea fired a missile on Thursday. PM Abe was quoted as telling reporters: "
            '"It seems to have fallen inside Japan\'s EEZ." The network said Defense Minister '
            "Nakatani did not make clear whether the SDF had intercepted the missile.",
            "Japan government",
        ),
        # a Japanese daily: its caption's label in brackets
        (
            "N. Korea launches suspected ICBM\n\n[Photo caption] Prime Minister Fumio Kishida "
            "talks to reporters after North Korea's latest missile launch on Thursday.\n\nThe "
            "Defense Ministry said the missile was fired at about 10:14 a.m. toward the Sea of "
            "Japan. Prime Minister Fumio Kishida said it landed inside Japan's EEZ.",
            "Japan MOD;Japan government",
        ),
        # near miss: "PM" with no Japanese prime minister's name
        (
            "North Korea fired a missile on Thursday. PM Modi said India was concerned.",
            "",
        ),
        # near miss: a bracketed caption that closes, the story running on after it
        (
            "[Caption: a missile launch. (c) AP] SEOUL -- North Korea fired a missile on "
            "Thursday, South Korea's Joint Chiefs of Staff said.",
            "JCS",
        ),
    ],
)
def test_a_silence_or_a_caption_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


# --- the North by its epithet, its outlets, its confirmation, "the latest" (1270, 1290, 1312) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire's epithet
        (
            "North Korea launched a ballistic missile on Thursday. The isolated country said it "
            "had test-launched its first intercontinental ballistic missile.",
            "KCNA",
        ),
        # an analysis site: the North's state outlets
        (
            "North Korea launched a ballistic missile on Thursday. North Korean state outlets "
            "said the country had tested new missile systems.",
            "KCNA",
        ),
        # a risk consultancy's headline in the present
        (
            "North Korea confirms it launched an intercontinental ballistic missile on Thursday, "
            "the South Korean military said.",
            "KCNA;JCS",
        ),
        # the perfect, and a month's day before the launch
        (
            "Pyongyang confirms April 13 intercontinental ballistic missile launch. North Korea "
            "has confirmed that the missile was the Hwasong-18.",
            "KCNA",
        ),
        # a broadcaster's anchor: "the two latest missiles"
        (
            "North Korea launched two short-range ballistic missiles on Thursday. The North said "
            "the two latest missiles were part of its means of tactical nuclear attack.",
            "KCNA",
        ),
        # near miss: a claim on what weapons can do
        (
            JCS_LEAD + "North Korea has claimed that these weapons can cause a radioactive "
            "tsunami.",
            "JCS",
        ),
        # near miss: a launch still to come
        (
            JCS_LEAD + "Pyongyang said its next launch will come soon.",
            "JCS",
        ),
    ],
)
def test_the_north_cites_its_state_media(sites, text, expected):
    assert reporters(text, sites) == expected


# --- EEZ: "our country's" zone, "the so-called" zone (1252, 1271) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's government, quoted
        (
            "North Korea fired a missile on Thursday, Japan's Chief Cabinet Secretary said. "
            '"The missile reportedly fell within our country\'s exclusive economic zone," he said.',
            "inside",
        ),
        # Japan's defence ministry, quoted
        (
            "Japan's Defense Minister said North Korea fired a missile on Thursday. \"It did not "
            'land in our exclusive economic zone," he said.',
            "outside",
        ),
        # a wire, translated
        (
            "North Korea fired a missile on Thursday. The Japanese Coast Guard says the projectile "
            "came down at sea, outside the so-called Japanese economic zone.",
            "outside",
        ),
        # near miss: "our" zone in a South Korean's words names no Japanese zone
        (
            "North Korea fired a missile on Thursday, South Korea's Joint Chiefs of Staff said. "
            '"It fell outside our exclusive economic zone," a South Korean official said.',
            "",
        ),
    ],
)
def test_a_speakers_own_zone_is_read(sites, text, expected):
    assert field(text, sites, "japan_eez") == expected


# --- outcome: a failed bid the launch came "since", the first four attempts (1310, 1287) -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broadcaster
        (
            "North Korea fired two ballistic missiles on Thursday. Thursday's launch was the "
            "North's first since its bid to put a first spy satellite into orbit ended in failure "
            "in late May.",
            "",
        ),
        # an analysis site: the attempts before this one
        (
            "North Korea launched a long-range rocket on Thursday. This was Pyongyang's fifth "
            "launch of this kind. According to foreign intelligence agencies, the first four "
            "failed to put their payloads into orbit.",
            "",
        ),
        # a wire: the attempts before, counted
        (
            "North Korea launched a satellite rocket on Thursday. It was the sixth attempt of its "
            "kind; the first five failed, US officials said.",
            "",
        ),
        # near miss: the flight's own first stage
        (
            "North Korea launched a rocket on Thursday. The first stage failed shortly after "
            "lift-off, the JCS said.",
            "failure",
        ),
        # near miss: this launch ended in failure
        (
            "North Korea launched a rocket on Thursday; the launch ended in failure, the JCS said.",
            "failure",
        ),
    ],
)
def test_an_older_launchs_failure_is_not_this_ones(sites, text, expected):
    assert field(text, sites, "outcome") == expected
