"""Round 28 (fix28a): reporters read on 1330-1489's misses.

A protest lodged, told by its own verb ("lodged a stern protest with North Korea"), in the
passive ("a protest had been lodged ... by the Japanese government"), after a condemnation ("and
said it had made a strong protest") or before a trailing speaker ("Japan condemned the launch and
lodged a protest ..., Prime Minister Shinzo Abe told parliament") cites no body (C1). "Japanese
and South Korean authorities had picked up a missile" only detects it. A test "in two rounds" is
no artillery fire. Japan named in a list of the source countries ("according to the official
accounts of South Korea, Japan and the United States") or after an aside ("Tokyo, too, judged")
cites its government; "South Korean and US military officials say" cites the JCS.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, reporters

# --- a protest lodged, by its verb, in the passive, after a condemnation (1405, 1419, 1473, 1484)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the protest by its own verb
        (
            JCS_LEAD + "Through embassy channels in Beijing, the Japanese government lodged a "
            "stern protest with North Korea.",
            "JCS",
        ),
        # Japan's ministry: the same act in the passive, its body after "by"
        (
            JCS_LEAD + "A protest had been lodged with Pyongyang by the Japanese government via "
            "its Beijing embassy, he added.",
            "JCS",
        ),
        # an analysis site: the condemnation and the protest it said it made
        (
            JCS_LEAD + "The Japanese government condemned the test and said it had made a strong "
            "protest to North Korea through its diplomatic channels.",
            "JCS",
        ),
        # Japan's government: what was said set before its trailing speaker
        (
            JCS_LEAD + "Japan condemned the launch and lodged a protest with North Korea through "
            "its embassy in Beijing, Prime Minister Shinzo Abe told parliament.",
            "JCS",
        ),
        # near miss: the protest told with the missile's fall speaks of the launch
        (
            JCS_LEAD + "The Japanese government lodged a protest, saying the missile fell in its "
            "exclusive economic zone.",
            "JCS;Japan government",
        ),
        # near miss: a flight fact told before the trailing speaker
        (
            JCS_LEAD + "Japan condemned the launch, which flew 1,000 km, Prime Minister Shinzo "
            "Abe told parliament.",
            "JCS;Japan government",
        ),
    ],
)
def test_a_protest_lodged_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


# --- Japan named beside the South as only detecting the launch (1341) ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            LEAD + "Japanese and South Korean authorities had picked up a North Korean ballistic "
            "missile launched toward the Sea of Japan on Thursday.",
            "",
        ),
        # KCNA's report retold, the detection after it
        (
            "North Korea fired a missile on Thursday, KCNA said. Japanese and South Korean "
            "officials had tracked the missile.",
            "KCNA",
        ),
        # near miss: the two countries' officials speak
        (
            LEAD + "Japanese and South Korean authorities said the missile flew 300 km.",
            "Japan government",
        ),
    ],
)
def test_japan_beside_the_south_only_detecting_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a test "in two rounds" is no artillery fire (1376) --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire retelling KCNA
        (
            LEAD + "The Korean Central News Agency reported on Friday that the weapon was tested "
            "in two rounds on Thursday, at a place it did not name.",
            "KCNA",
        ),
        # KCNA itself
        (
            LEAD + "State media said the new system was test-fired in several rounds.",
            "KCNA",
        ),
        # near miss: the guns' rounds, no missile named
        (
            JCS_LEAD + "The Korean Central News Agency said the artillery unit fired 100 rounds.",
            "JCS",
        ),
    ],
)
def test_rounds_of_a_test_are_no_artillery(sites, text, expected):
    assert reporters(text, sites) == expected


# --- Japan in a list of source countries, after an aside; the South's military beside the US's
# (1392, 1377, 1473)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analysis site: the countries' accounts
        (
            LEAD + "According to the official accounts of South Korea, Japan and the United "
            "States, the missile climbed high and came down off North Korea's northeast coast.",
            "Japan government",
        ),
        # a wire: the list alone
        (
            LEAD + "According to South Korea, Japan and the United States, the missile flew "
            "300 km.",
            "Japan government",
        ),
        # Japan's ministry as told by a wire: an aside between Tokyo and its verb
        (
            LEAD + "Tokyo, too, judged that the missile flew 300 km.",
            "Japan government",
        ),
        # the JCS: the South's military before the United States'
        (
            LEAD + "South Korean and US military officials say North Korea has test-fired "
            "another ballistic missile.",
            "JCS",
        ),
        # near miss: the ministry named after the South, not Japan as a whole
        (
            LEAD + "According to South Korea, Japan's defence ministry said the missile flew "
            "300 km.",
            "Japan MOD",
        ),
        # near miss: the two militaries' officials doing, not saying
        (
            LEAD + "South Korean and US military officials are holding talks on the drills.",
            "",
        ),
        # near miss: Japan studying the launch, for its part, says nothing of it
        (
            LEAD + "Japan, for its part, said it was working out what type of missiles had been "
            "used and studying their flight data.",
            "",
        ),
    ],
)
def test_japan_in_a_list_or_the_south_beside_the_us_is_cited(sites, text, expected):
    assert reporters(text, sites) == expected
