"""Round 25 (fix25a): reporters read on 1050-1169's misses (a plan the North announced, another
country's agency called a state one, a body that intercepted nothing, a quoted "cannot be
tolerated", a minister named on the programme, a military's activity, Japan's estimates, one
military official in Seoul, a ministry official of a Korean name) and outcome (a headline's
"Test Fails", a leader who "failed to turn" his arsenal into gains).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, field, reporters

# --- a launch the North announced beforehand is a notice, not its word on the launch (1115) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            "Japan said North Korea fired a missile on Thursday, hours after the North announced "
            "it would send a rocket into orbit.",
            "Japan government",
        ),
        # the JCS
        (
            JCS_LEAD + "The launch came a day after Pyongyang announced that it planned to launch "
            "a satellite before the end of the month.",
            "JCS",
        ),
        # Japan's ministry
        (
            "Japan's Defense Ministry said a missile was fired on Thursday, after North Korea "
            "announced it was going to launch a reconnaissance satellite.",
            "Japan MOD",
        ),
        # near miss: the North announcing the launch it made is cited
        (
            JCS_LEAD + "Pyongyang announced it had launched a new satellite into orbit.",
            "JCS;KCNA",
        ),
    ],
)
def test_a_launch_announced_beforehand_cites_no_state_media(sites, text, expected):
    assert reporters(text, sites) == expected


# --- "the state news agency Yonhap": another country's agency, not the North's (1052) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea's Joint Chiefs of Staff was quoted by the state news agency Yonhap as "
            "saying that North Korea fired a missile on Thursday.",
            "JCS",
        ),
        (
            "The state news agency Xinhua said North Korea fired a missile on Thursday, citing "
            "Japan's Defense Ministry.",
            "Japan MOD",
        ),
        # near miss: the North's own state news agency is cited
        (
            JCS_LEAD + "The state news agency said the missile test was a success.",
            "JCS;KCNA",
        ),
    ],
)
def test_another_countrys_state_agency_is_not_kcna(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a body as the agent of an interception says nothing (1167) -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            JCS_LEAD + "The rocket passed above Okinawa and was not intercepted by Japan's "
            "military.",
            "JCS",
        ),
        (
            "North Korea fired a missile on Thursday, Japan's government said. It was not shot "
            "down by the South Korean military.",
            "Japan government",
        ),
        # near miss: the same body telling of the flight is cited
        (
            JCS_LEAD + "Japan's military said the rocket passed above Okinawa.",
            "JCS;Japan MOD",
        ),
    ],
)
def test_a_body_named_as_interceptor_is_not_cited(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a condemnation quoted as "cannot be tolerated" says nothing of the launch (1060) ---------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Japanese Prime Minister Shinzo Abe condemned the test, saying it "can absolutely '
            'not be tolerated."',
            "JCS",
        ),
        (
            "Japan's Chief Cabinet Secretary condemned the launch, saying it could never be "
            "accepted.",
            "JCS",
        ),
        # near miss: a condemnation that tells of the flight cites the body
        (
            "Japanese Prime Minister Shinzo Abe condemned the test and said the missile fell in "
            "the Sea of Japan.",
            "JCS;Japan government",
        ),
    ],
)
def test_a_condemnation_it_cannot_be_tolerated_cites_no_body(sites, sentence, expected):
    assert reporters(JCS_LEAD + sentence, sites) == expected


# --- a minister, named after the title, on the North's programme (1062) -----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Japan's Defence Minister Shinjiro Koizumi told reporters that North Korea's nuclear "
            "and missile development threatened the peace and stability of the region.",
            "JCS",
        ),
        (
            "Japan's Defense Minister Gen Nakatani said North Korea's missile programme has "
            "become a grave threat.",
            "JCS",
        ),
        # near miss: the minister on this launch is cited
        (
            "Japan's Defence Minister Shinjiro Koizumi told reporters that the missile flew "
            "about 900 km.",
            "JCS;Japan MOD",
        ),
    ],
)
def test_a_named_minister_on_the_programme_is_not_cited(sites, sentence, expected):
    assert reporters(JCS_LEAD + sentence, sites) == expected


# --- "US and South Korean military activity": a thing, not a body (1115) ----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "According to Kim, spy satellites will help his forces watch US and South Korean "
            "military activity more closely.",
            "Japan government",
        ),
        # near miss: the South Korean military as a speaker
        (
            "The South Korean military said the missile flew 300 km.",
            "Japan government;JCS",
        ),
    ],
)
def test_a_militarys_activity_is_not_the_jcs(sites, sentence, expected):
    lead = "North Korea fired a missile on Thursday, Japan's government said. "
    assert reporters(lead + sentence, sites) == expected


# --- Japan named as the source of an estimate (1145) ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The missiles flew 600 km, according to KCNA, at odds with estimates by South Korean "
            "and Japanese authorities, who put the flight at about 450 km.",
            "KCNA;Japan government",
        ),
        (
            "KCNA said the missile flew 600 km, above figures from Japanese officials of about "
            "450 km.",
            "KCNA;Japan government",
        ),
        # near miss: Japanese officials named only for what they did
        (
            "KCNA said the missile flew 600 km; Japanese officials had detected radio signals "
            "before it.",
            "KCNA",
        ),
    ],
)
def test_japan_named_as_the_source_of_an_estimate(sites, sentence, expected):
    assert reporters(LEAD + sentence, sites) == expected


# --- one military official in Seoul is the JCS (1165) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a short-range missile on Thursday, Yonhap reported, quoting an "
            "unnamed military official in Seoul.",
            "JCS",
        ),
        (
            "A military source in South Korea said the North fired a missile on Thursday.",
            "JCS",
        ),
        # near miss: a defence official in Seoul is not the JCS
        (
            "A defence official in Seoul said the North fired a missile on Thursday.",
            "",
        ),
    ],
)
def test_one_military_official_in_seoul_is_the_jcs(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a ministry official of a Korean name is Seoul's, in a report told from Japan (1151) ------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kwon Ki-joon, the Defense Ministry's spokesman, now says several projectiles fell "
            "into the Sea of Japan.",
            "Japan government",
        ),
        (
            "Defense Ministry spokesman Moon Sang-gyun said the missiles fell into the Sea of "
            "Japan.",
            "Japan government",
        ),
        # near miss: an unnamed ministry in a report told from Japan is Japan's
        (
            "The Defense Ministry said the missiles fell into the Sea of Japan.",
            "Japan government;Japan MOD",
        ),
    ],
)
def test_a_ministry_official_of_a_korean_name_is_not_japans(sites, sentence, expected):
    lead = (
        "North Korea fired missiles on Monday, according to the Japanese prime minister; "
        "some fell in Japan's exclusive economic zone. "
    )
    assert reporters(lead + sentence, sites) == expected


# --- a headline's present "Test Fails" is a failure (1058) ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latest North Korean Missile Test Fails\n\nThe North fired a missile on Thursday.",
            "failure",
        ),
        ("N. Korea rocket launch fails: Yonhap\n\nThe rocket was fired on Thursday.", "failure"),
        ("Japan says North Korean missile launch fails\n\nIt was fired on Thursday.", "failure"),
        # near miss: a test that fails to deter is no failed flight
        (
            "Missile test fails to deter talks\n\nNorth Korea fired a missile on Thursday, the "
            "JCS said.",
            "",
        ),
    ],
)
def test_a_headlines_test_fails_is_a_failure(sites, text, expected):
    assert field(text, sites, "outcome") == expected


# --- a leader who "failed to turn" his arsenal into gains: no failed flight (1144) ------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The test is probably an effort to pressure Washington, after Kim failed to turn his "
            "arsenal into economic gains.",
            "",
        ),
        (
            "Analysts at 38 North said Pyongyang had failed to secure sanctions relief.",
            "",
        ),
        (
            "Japan's Defense Ministry said the North had failed to persuade Washington to talk.",
            "",
        ),
        # near miss: the missile that failed to reach orbit is a failure
        ("The JCS said the rocket failed to reach orbit.", "failure"),
    ],
)
def test_a_leaders_failed_aim_is_no_failure(sites, sentence, expected):
    assert field(LEAD + sentence, sites, "outcome") == expected
