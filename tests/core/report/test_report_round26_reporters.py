"""Round 26 (fix26a): reporters, japan_eez and outcome read on 1170-1243's misses.

Reporters: a reported statement's second verb in the past perfect ("and had flown") is no
recollection, nor is a warning "that the North had launched"; the North's issued statement, its
"news agency" and its word on what happened "during the launch" cite its state media; Japan's and
South Korea's governments named together; a capitalised RELATED line is a link; a new speaker
after ", and"; Japan named as the place its people are in; a military salvaging debris or on
heightened alert, a reproach of the North's repeated tests, data shared with allies and a
statement on artillery shells alone cite no body. EEZ: "no missile had flown into" and "not come
down in Japanese territory or inside its EEZ" are denials. Outcome: "flew abnormally" and "a
problem occurred at the stage" are failures; a failed launch this one came after, or one provided
against ("in case"), is none. Landing: a bare "west of Oshima" names no sea.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, field, reporters

# --- a reported statement's "and had <verb>" is the statement's tense, no recollection -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's government, its figures in a second verb
        (
            "The missile North Korea fired on Thursday could reach the US mainland, Japan's "
            "Defense Minister said.\n\nJapan's Chief Cabinet Secretary said the missile had been "
            "fired at a steep angle and had flown 900 km. It came down inside Japan's exclusive "
            "economic zone.",
            "Japan MOD;Japan government",
        ),
        # a wire's closing paragraph on the JCS
        (
            "North Korea says it has put a spy satellite into orbit after a launch on Thursday "
            "night, KCNA said.\n\nSeoul's military said the rocket was thought to be carrying a "
            "satellite and had been launched toward the south.",
            "KCNA;JCS",
        ),
        # the Prime Minister's office "warned that the North had launched"
        (
            JCS_LEAD + "\n\nJapan also confirmed the launch: the Prime Minister's Office warned "
            'that the North had launched "a suspected ballistic missile".',
            "JCS;Japan government",
        ),
    ],
)
def test_a_statements_second_past_perfect_is_no_recollection(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a missile on Thursday.\n\nJapan's Chief Cabinet Secretary said the "
            "missile had been fired at a steep angle and had flown 900 km. It came down inside "
            "Japan's exclusive economic zone.",
            "inside",
        ),
        # near miss: a recollection named by its own time still looks back
        (
            "North Korea fired a missile on Thursday.\n\nLast month, Japan's Chief Cabinet "
            "Secretary said a missile had been fired and had flown 900 km. It came down inside "
            "Japan's exclusive economic zone.",
            "",
        ),
    ],
)
def test_a_statements_second_past_perfect_keeps_its_eez(sites, text, expected):
    assert field(text, sites, "japan_eez") == expected


# --- the North's statement, its news agency, its word "during the launch" cite KCNA ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            JCS_LEAD + 'North Korea soon issued a statement saying it had "fired two shots" into '
            "the East Sea.",
            "JCS;KCNA",
        ),
        # an analysis site
        (
            JCS_LEAD + "Pyongyang put out a statement saying it had test-fired a new missile.",
            "JCS;KCNA",
        ),
        # a paper's older wording
        (
            "North Korea launched a long-range rocket on Thursday. North Korea's news agency "
            "announced that a rocket was launched at about 11:30 a.m.",
            "KCNA",
        ),
        # a Russian agency retelling KCNA
        (
            JCS_LEAD + "The DPRK said that during the launch of the Chollima-1 a problem occurred "
            "with the second-stage engine.",
            "JCS;KCNA",
        ),
        # near miss: a statement on something else
        (
            JCS_LEAD + "North Korea issued a statement saying it would hold talks with China.",
            "JCS",
        ),
        # near miss: another country's news agency
        (
            JCS_LEAD + "South Korea's news agency Yonhap said the missile flew 300 km.",
            "JCS",
        ),
    ],
)
def test_the_norths_statement_and_agency_cite_state_media(sites, text, expected):
    assert reporters(text, sites) == expected


# --- Japan's and South Korea's governments named together cite Japan's --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "State media said Kim watched a drill on Thursday. The drill matches Thursday's "
            "launch of missiles into the Sea of Japan, which the Japanese and South Korean "
            "governments have confirmed.",
            "KCNA;Japan government",
        ),
        (
            "North Korea fired a missile on Thursday, the South Korean and Japanese governments "
            "said.",
            "Japan government",
        ),
        # near miss: named only as detecting it
        (
            "State media said Kim watched a drill on Thursday. It refers to the two missiles "
            "that the Japanese and South Korean governments detected being fired on Thursday.",
            "KCNA",
        ),
    ],
)
def test_both_governments_cite_japans(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a capitalised RELATED line runs a linked story's headline on ----------------------------


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("\n\nRELATED North Korea says it tested nuclear-capable cruise missiles", "JCS"),
        ("\n\nREAD MORE: North Korea says it launched a spy satellite", "JCS"),
        # near miss: a sentence opened by "Related" is the story's own
        ("\n\nRelated to the launch, North Korea said it had fired a new missile.", "JCS;KCNA"),
    ],
)
def test_a_related_line_is_a_link(sites, tail, expected):
    story = (
        "North Korea fired a ballistic missile into the East Sea early on Thursday, South "
        "Korea's Joint Chiefs of Staff said in a message to reporters. The missile flew about "
        "700 km and reached a height of about 50 km, the JCS said, as Pyongyang keeps pushing."
    )
    assert reporters(story + tail, sites) == expected


# --- ", and Japan said": a new speaker's clause of its own -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "There have been concerns that it could reach the U.S. West Coast, and Japan "
            "said the third stage came down east of the Philippines.",
            "Japan government",
        ),
        (
            LEAD + "Analysts say such a missile could hit Guam, and Japan's Defense Ministry said "
            "it flew about 1,000 km.",
            "Japan MOD",
        ),
        # near miss: the capability told alone cites no one
        (
            LEAD + "There have been concerns that it could reach the U.S. West Coast.",
            "",
        ),
    ],
)
def test_a_new_speaker_after_and_is_cited(sites, text, expected):
    assert reporters(text, sites) == expected


# --- Japan named as the place its people are in ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "People all over Japan reported hearing sirens.", ""),
        (LEAD + "Residents across Japan said they had received alerts on their phones.", ""),
        # near miss: Japan itself speaks
        (LEAD + "Japan reported that the missile fell into the sea.", "Japan government"),
    ],
)
def test_japan_as_a_place_is_no_speaker(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a military's acts and states, a reproach of the series, data shared, artillery -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # debris salvaged (a headline, then the story)
        (
            "South Korean military retrieves part of North Korean rocket\n\nThe South Korean "
            "military has raised from the floor of the Yellow Sea a part of the rocket North "
            "Korea launched on Thursday.",
            "",
        ),
        # on heightened alert, an aside between
        (
            LEAD + "The South Korean armed forces, together with the United States, are on "
            "heightened alert.",
            "",
        ),
        # Japan's minister on the repeated tests
        (
            JCS_LEAD + "Japan's Defence Minister Shinjiro Koizumi, for his part, called the "
            'repeated missile tests "absolutely unforgivable".',
            "JCS",
        ),
        # a prime minister on data shared with allies
        (
            JCS_LEAD + "Sanae Takaichi, Japan's newly appointed prime minister, said Tokyo was "
            "sharing real-time tracking and warning data with the United States and South Korea.",
            "JCS",
        ),
        # the South's military on artillery shells alone
        (
            "North Korea launched at least 23 missiles on Thursday, according to Yonhap. Seoul's "
            "military also noted that the North fired more than 100 artillery shells.",
            "",
        ),
        # near misses: each body telling of the flight is cited
        (
            LEAD + "The South Korean military said it had recovered debris of the rocket, which "
            "flew 300 km.",
            "JCS",
        ),
        (
            JCS_LEAD + "Japan's Defence Minister called the repeated missile tests unforgivable, "
            "and said the missile fell in Japan's exclusive economic zone.",
            "JCS;Japan MOD",
        ),
        (
            LEAD + "The North also fired a missile and 130 rounds of artillery, the JCS said.",
            "JCS",
        ),
    ],
)
def test_acts_reproaches_and_artillery_cite_no_body(sites, text, expected):
    assert reporters(text, sites) == expected


# --- EEZ: denials with "flown into" and "inside" after the land ------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Japan's Chief Cabinet Secretary said that no missile had flown into Japanese "
            "territory or Japan's exclusive economic zone.",
            "outside",
        ),
        (
            "Japan's Ministry of Defense said they had not come down in Japanese territory or "
            "inside its exclusive economic zone.",
            "outside",
        ),
        # near misses: a fall inside stays inside
        (
            "Japan's Defense Ministry said the missile had flown into Japan's exclusive economic "
            "zone.",
            "inside",
        ),
        (
            "Japan's Defense Ministry said it came down inside its exclusive economic zone.",
            "inside",
        ),
    ],
)
def test_eez_denials(sites, sentence, expected):
    assert field(LEAD + sentence, sites, "japan_eez") == expected


# --- outcome -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a wire quoting the JCS
        (
            "The second missile flew abnormally from an early stage and may have exploded, the "
            "official said.",
            "failure",
        ),
        # KCNA as retold
        (
            "The DPRK said that during the launch a problem occurred at the stage when the "
            "second-stage engine was operating.",
            "failure",
        ),
        # an older failed launch the launch came after
        (
            "Pyongyang launched what appeared to be a space rocket on Thursday, its second such "
            "attempt this year after a failed launch in May.",
            "",
        ),
        (
            "The JCS said North Korea fired a ballistic missile on Thursday, the first since a "
            "failed test in April.",
            "",
        ),
        # a failure provided against
        (
            "Japan had deployed interceptors in case debris from a failed launch endangered its "
            "territory.",
            "",
        ),
        # near misses: this launch's own failure stays one
        ("The rocket crashed after a failed stage separation.", "failure"),
        ("No problem occurred during the flight, state media said.", ""),
    ],
)
def test_outcome(sites, sentence, expected):
    assert field(LEAD + sentence, sites, "outcome") == expected


# --- a bare "west of Oshima" names no sea ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It came down in the water 200 km west of Oshima island.", ""),
        # near misses: a named sea, or an island of the Sea of Japan only
        ("It came down west of Oshima island, in the Sea of Japan.", "sea_of_japan"),
        ("It came down 150 km west of Okushiri.", "sea_of_japan"),
    ],
)
def test_west_of_oshima_names_no_sea(sites, sentence, expected):
    assert field(LEAD + sentence, sites, "landing_area") == expected
