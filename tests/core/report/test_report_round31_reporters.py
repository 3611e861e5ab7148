"""Round 31 (fix31a): reporters, japan_eez and outcome, read on 1600-1679's misses.

Each cause is read the way a reader takes it: the North's broadcasters and a translation's name
for its news agency are its state media; Japan named as a whole where its authorities' statements
are the source, after a short interjection ("Tokyo, however, says"), as the source named beside
another ("confirmed by both the US and Japan") or as its authorities "in Japan"; a state minister
for defence is the ministry; a body that only reproaches, acts or is named for a reproach the
launch drew says nothing of the launch (C1); military officials speaking to a South Korean outlet
are the South's; a failure told on a weekday of its own is another launch's; a piece that
"reached its EEZ" in a sentence naming Japan is inside. Seen in 1604, 1606, 1610, 1616, 1617,
1621, 1630, 1635, 1652, 1658, 1660, 1661, 1675 and 1678. Each wording is tried in several outlets'
phrasings, written for these tests, with near misses that must not change.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, field, reporters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a translated wire: the agency's name rendered word by word
        (
            "North Korea tested an ICBM on Thursday.\n\nThe official Korean Central Telegraph "
            "Agency (KCTA) reported this.",
            "KCNA",
        ),
        # TASS via Kazinform: the North's television
        (
            "North Korean television has announced the first successful launch of a new "
            "missile on Thursday.",
            "KCNA",
        ),
        # an analysis site: the North's radio and TV as sources of figures
        (
            LEAD + "According to North Korea's state radio, the missile flew 933 km.",
            "KCNA",
        ),
        (
            JCS_LEAD + "North Korean TV said the launch was a success.",
            "JCS;KCNA",
        ),
    ],
)
def test_the_norths_broadcasters_and_agency_by_another_name_are_its_state_media(
    sites, text, expected
):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the South's television, and the North's television on no launch
        (LEAD + "South Korean television reported that the missile flew 600 km.", ""),
        (LEAD + "North Korean television aired a concert for the leader's birthday.", ""),
    ],
)
def test_other_broadcasters_or_other_news_are_not_state_media_on_the_launch(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a translated page: Japan's authorities' statements as the source of another's report
        (
            LEAD + "Citing statements by the Japanese authorities, the Reuters agency writes "
            "that the missile came down 200 km west of Hokkaido.",
            "Japan government",
        ),
        # a video page: a short interjection between Tokyo and its verb
        (
            "North Korea launched a rocket on Thursday. Tokyo, however, says it is a ballistic "
            "missile.",
            "Japan government",
        ),
        # an Indian wire: Japan named after another source of the confirmation
        (
            JCS_LEAD + "The launch was confirmed by both the US and Japan.",
            "JCS;Japan government",
        ),
        (
            LEAD + "The firing was later reported by South Korea and Japan.",
            "Japan government",
        ),
        # a defence site: the country's authorities "in Japan"
        (
            LEAD + "According to authorities in Japan and South Korea, the missile rose to about "
            "4,500 kilometers.",
            "Japan government",
        ),
        (
            LEAD + "Authorities in Tokyo said the missile flew 950 km.",
            "Japan government",
        ),
    ],
)
def test_japan_named_as_a_whole_as_a_source(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: Japan only detecting, a prefecture's authorities, and "the" pointing back
        (LEAD + "The launch was detected on Thursday by South Korea and Japan.", ""),
        (
            LEAD + "Authorities in Japan's Okinawa Prefecture told residents to take shelter.",
            "",
        ),
        (
            LEAD + "Japan's Defense Ministry said the missile flew 800 km. According to the "
            "Japanese officials, it came down outside the EEZ.",
            "Japan MOD",
        ),
    ],
)
def test_japan_detecting_or_its_places_is_not_its_government(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Times of Israel: the minister's title after his name
        (
            LEAD + '"The ballistic missile flew for 71 minutes," says Makoto Oniki, Japan\'s '
            "state minister for defense.",
            "Japan MOD",
        ),
        # a Japanese wire: the vice-minister "for" defence
        (
            LEAD + "Vice Minister for Defense Kimi Onoda said the missile fell in the EEZ.",
            "Japan MOD",
        ),
    ],
)
def test_a_state_minister_for_defence_is_the_ministry(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Turkish daily: the condemnation saying the North breached the resolutions
        (
            LEAD + "Prime Minister Fumio Kishida also condemned the latest launch, saying North "
            "Korea had breached the UN Security Council resolutions banning it from developing "
            "ballistic missiles.",
            "",
        ),
        # a wire: the condemnation saying the launch violated them
        (
            LEAD + "Japan's prime minister denounced the test, saying it clearly violated "
            "U.N. resolutions.",
            "",
        ),
        # a news site: the words quoted first are reproach only
        (
            LEAD + 'Japanese Prime Minister Fumio Kishida condemned the launches. "North '
            "Korea's series of actions threaten the peace of our region and are absolutely "
            'unacceptable," Kishida said, calling the launch a breach of U.N. resolutions.',
            "",
        ),
        (
            LEAD + '"This is an outrageous act that cannot be tolerated," Japan\'s Defense '
            "Ministry said.",
            "",
        ),
        # NHK: the launch drew criticism from the minister
        (
            "North Korea's firing of two missiles over the Sea of Japan on Thursday has drawn "
            "criticism from Japan's Defense Minister.",
            "",
        ),
        (
            LEAD + "The launch prompted swift condemnation from the Japanese government.",
            "",
        ),
        # Reuters: a meeting called over the launch
        (
            LEAD + "Japanese Prime Minister Fumio Kishida said Japan would also convene a "
            "national security council meeting over the launch.",
            "",
        ),
        # the Japan Times: what the military did not do to the missile
        (
            LEAD + "The Japanese military made no attempt to shoot down the missile, which flew "
            "over Japanese territory.",
            "",
        ),
        (
            LEAD + "Japan's Self-Defense Forces did not try to intercept the missile.",
            "",
        ),
    ],
)
def test_a_body_that_only_reproaches_or_acts_is_not_cited(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: each tells of the flight, or says more than its reproach
        (
            LEAD + "Prime Minister Fumio Kishida condemned the launch, saying the missile fell "
            "inside Japan's exclusive economic zone.",
            "Japan government",
        ),
        (
            LEAD + 'Japanese Prime Minister Fumio Kishida spoke to reporters. "The missile flew '
            '1,000 km and this is unacceptable," Kishida said.',
            "Japan government",
        ),
        (
            LEAD + "The launch drew criticism from Japan's Defense Minister, who said the "
            "missile fell in the EEZ.",
            "Japan MOD",
        ),
        (
            LEAD + "Prime Minister Fumio Kishida said Japan would convene a meeting, adding that "
            "the missile flew over Hokkaido.",
            "Japan government",
        ),
        (
            LEAD + "The Japanese military said it did not intercept the missile, which flew "
            "over Japanese territory.",
            "Japan MOD",
        ),
    ],
)
def test_a_body_that_tells_of_the_flight_is_still_cited(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The Washington Times: military officials speaking to the South's news agency
        (
            "SEOUL | North Korea test-fired seven missiles on Thursday.\n\nMilitary officials "
            "told South Korea's Yonhap news agency that the missiles fired had a range of "
            "240-310 miles, a North Korean upgrade of the Russian Scud.",
            "JCS",
        ),
        (
            LEAD + "Military sources told the South Korean media the missile flew 400 km.",
            "JCS",
        ),
        # near misses: another country's officials, and a silence
        (
            LEAD + "U.S. military officials told South Korea's Yonhap the missile flew 400 km.",
            "",
        ),
        (
            LEAD + "Military officials told South Korea's Yonhap news agency they could not "
            "confirm the launch.",
            "",
        ),
    ],
)
def test_military_officials_speaking_to_a_south_korean_outlet_are_the_jcs(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # JURIST: the satellite's failure on Tuesday, in a report of Thursday's missiles
        (
            JCS_LEAD + "Although North Korea failed on Tuesday to put its satellite into orbit, "
            "on Friday it reported the firing of rocket launchers.",
            "",
        ),
        (
            JCS_LEAD + "It came after Monday's failed satellite launch.",
            "",
        ),
        # near misses: the launch's own day, told either way, and no day
        (
            JCS_LEAD + "The missile failed on Thursday shortly after launch.",
            "failure",
        ),
        (
            JCS_LEAD + "Thursday's failed launch was the North's third this year.",
            "failure",
        ),
        (JCS_LEAD + "The launch failed, the JCS said.", "failure"),
    ],
)
def test_a_failure_on_a_weekday_of_its_own_is_another_launchs(sites, text, expected):
    assert field(text, sites, "outcome") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CNN: a piece reaching "its" zone, Japan named in the sentence
        (
            LEAD + "According to Japan's Chief Cabinet Secretary Yoshihide Suga, one of the "
            "pieces reached its Exclusive Economic Zone off Shimane prefecture.",
            "inside",
        ),
        (
            LEAD + "Japan said the missile entered its EEZ.",
            "inside",
        ),
        # near misses: a denial, and another country's "its"
        (
            LEAD + "Japan said the missile did not reach its EEZ.",
            "outside",
        ),
        (
            LEAD + "South Korea said one piece reached its exclusive economic zone.",
            "",
        ),
    ],
)
def test_a_missile_that_reached_its_eez_in_a_sentence_naming_japan_is_inside(sites, text, expected):
    assert field(text, sites, "japan_eez") == expected
