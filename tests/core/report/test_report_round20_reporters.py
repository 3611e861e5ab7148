"""Round 20 (fix20a): reporters and outcome read on 770-829's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field, reporters


# "North Korea says its planned launch of its first space satellite went wrong" (829), "the
# launch, which North Korea said had put a satellite into orbit" (804), "North Korea said Friday
# it had successfully tested" (076): the North as the speaker of a statement on its own launch
# is cited through its state media, with or without "that" or a day.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a rocket on Thursday. Pyongyang admitted its latest attempt to put "
        "a satellite in orbit had ended in failure.",
        "The North fired a long-range rocket on Thursday, a launch which North Korea said had "
        "placed an observation satellite in orbit.",
        "North Korea fired a missile on Thursday. The North says its test-firing of a new "
        "engine went as planned.",
        "A missile was fired on Thursday. North Korea said Thursday it had successfully "
        "test-fired a new cruise missile.",
    ],
)
def test_the_north_speaking_of_its_own_launch_cites_kcna(sites, text):
    assert reporters(text, sites) == "KCNA"


@pytest.mark.parametrize(
    "text",
    [
        # Near miss: a plan is no statement on this launch. (A lead's bare "North Korea said it
        # tested a new missile" cites KCNA since C12: see the fix20e tests below.)
        "North Korea fired a missile on Thursday. Pyongyang said its next launch will come soon.",
    ],
)
def test_the_north_planning_cites_no_one(sites, text):
    assert reporters(text, sites) == ""


# "its planned launch of a satellite went wrong" (829): a planned launch told with its outcome
# was made; the clause is this launch's.
def test_a_planned_launch_told_with_its_outcome_is_this_launch(sites):
    text = (
        "North Korea says its planned launch of a reconnaissance satellite failed in an "
        "accident on Thursday."
    )
    assert reporters(text, sites) == "KCNA"
    assert field(text, sites, "outcome") == "failure"


def test_a_planned_launch_still_to_come_is_no_statement(sites):
    # Near miss: a plan with no outcome told.
    text = "North Korea fired a missile on Thursday. The North says its planned launch is near."
    assert reporters(text, sites) == ""


# "Japanese Prime Minister Shinzo Abe on Saturday called the launch a 'clear challenge'" (796): a
# day between a leader's name and his word of reproach hides nothing; a reproach says nothing of
# the launch.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday, South Korea's military said. Japanese Prime "
        "Minister Fumio Kishida on Thursday called the launch an unacceptable provocation.",
        "North Korea fired a missile on Thursday, South Korea's military said. Japan's Prime "
        "Minister later branded it a threat to peace.",
        "North Korea fired a missile on Thursday, South Korea's military said. Japanese Prime "
        "Minister Kishida, Thursday, condemned the launch.",
    ],
)
def test_a_leaders_dated_reproach_is_not_cited(sites, text):
    assert reporters(text, sites) == "JCS"


def test_a_leader_dated_telling_the_flight_is_cited(sites):
    # Near miss: what he said tells where the missile fell.
    text = (
        "North Korea fired a missile on Thursday, South Korea's military said. Japanese Prime "
        "Minister Fumio Kishida on Thursday said the missile fell outside Japan's EEZ."
    )
    assert reporters(text, sites) == "JCS;Japan government"


# "Japanese officials had detected radio signals and suspected a launch" (781), "South Korean
# and Japanese officials had met Obama" (809): Japan named as a whole is cited as a speaker or a
# source, not for what it did.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday, the JCS said. Earlier, Japanese officials had "
        "spotted signs of fuelling at the site.",
        "North Korea fired a missile on Thursday, the JCS said. Before the launch, Japanese and "
        "South Korean officials had met U.S. envoys in Washington.",
        "North Korea fired a missile on Thursday, the JCS said. Officials in Tokyo raised "
        "their alert level on Monday.",
    ],
)
def test_japan_named_for_what_it_did_is_not_cited(sites, text):
    assert reporters(text, sites) == "JCS"


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: Japan as the speaker, the source, or the issuer of an alert.
        "North Korea fired a missile on Thursday, the JCS said. Japanese officials said it "
        "fell in the sea.",
        "North Korea fired a missile on Thursday, the JCS said. The missile flew over Hokkaido, "
        "according to Japanese officials.",
        "North Korea fired a missile on Thursday, the JCS said. Japanese authorities issued an "
        "alert telling residents to take cover.",
    ],
)
def test_japan_as_a_speaker_or_source_is_cited(sites, text):
    assert reporters(text, sites) == "JCS;Japan government"


# "South Korean President Yoon, Japanese Prime Minister Kishida and Chinese Premier Li met for a
# trilateral summit" (818): a leader in a list of a meeting's parties is no speaker.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday, the JCS said. The launch came hours after U.S. "
        "President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President "
        "Yoon Suk Yeol met at Camp David.",
        "North Korea fired a missile on Thursday, the JCS said. Japan's Prime Minister and the "
        "Australian premier had met in Perth on Monday.",
    ],
)
def test_a_leader_listed_at_a_meeting_is_not_cited(sites, text):
    assert reporters(text, sites) == "JCS"


def test_a_leader_at_a_meeting_who_speaks_is_cited(sites):
    # Near miss: the party to the meeting speaks of the launch.
    text = (
        "North Korea fired a missile on Thursday, the JCS said. Japanese Prime Minister Fumio "
        "Kishida and President Biden met and said the missile had flown 1,000 km."
    )
    assert reporters(text, sites) == "JCS;Japan government"


# "Officials in South Korea and Japan, who were first to report the launch, said they could not
# yet confirm whether a satellite had reached orbit" (823): a silence read past an aside.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea said on Thursday that it had launched a satellite. Officials in South "
        "Korea and Japan, who tracked the rocket, said they could not yet confirm the orbit.",
        "North Korea said on Thursday that it had launched a satellite. Japanese officials, "
        "who had warned of the launch, declined to comment.",
    ],
)
def test_a_silence_past_an_aside_cites_no_one(sites, text):
    assert reporters(text, sites) == "KCNA"


def test_a_statement_past_an_aside_is_cited(sites):
    # Near miss: past the aside the body does speak.
    text = (
        "North Korea said on Thursday that it had launched a satellite. Japanese officials, "
        "who tracked the rocket, said it passed over Okinawa."
    )
    assert reporters(text, sites) == "KCNA;Japan government"


# "South Korea's Joint Chiefs of Staff and the Japanese Coast Guard said N Korea had launched a
# ballistic missile" (824): the short form "N Korea" is North Korea, so the speech is this
# launch's, not a recollection.
@pytest.mark.parametrize("name", ["N Korea", "N. Korea"])
def test_n_korea_in_reported_speech_is_this_launch(sites, name):
    text = f"South Korea's Joint Chiefs of Staff said {name} had fired a missile on Thursday."
    assert reporters(text, sites) == "JCS"


def test_a_recalled_launch_of_n_korea_is_still_recalled(sites):
    # Near miss: no speech, a launch in another month.
    text = (
        "North Korea fired a missile on Thursday, the JCS said. In March N Korea had launched "
        "a satellite, Japan's Defense Ministry said."
    )
    assert reporters(text, sites) == "JCS"


# "The launch came while the South Korean military is working to salvage the wreckage of a failed
# North Korean space rocket" (828): what a launch came after or amid is its setting.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, the JCS said. The launch came "
        "weeks after a failed satellite launch in May.",
        "North Korea fired a ballistic missile on Thursday, the JCS said. The test comes as "
        "Seoul still hunts for debris of a failed North Korean rocket.",
    ],
)
def test_a_failure_in_the_launchs_setting_is_not_this_launchs(sites, text):
    assert field(text, sites, "outcome") == ""


def test_this_launch_failing_is_still_a_failure(sites):
    # Near miss: the launch itself failed.
    text = (
        "North Korea fired a ballistic missile on Thursday, the JCS said. The launch failed "
        "seconds after lift-off."
    )
    assert field(text, sites, "outcome") == "failure"


# "Japan's military is practicing the deployment of anti-missile batteries" (783): a body named
# doing something, with no one in its sentence saying anything, is no speaker.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday, the JCS said. Japan's Defense Ministry is "
        "deploying PAC-3 interceptors in Tokyo.",
        "North Korea fired a missile on Thursday, the JCS said. The Japanese military was "
        "holding joint drills with U.S. forces this week.",
    ],
)
def test_a_body_only_doing_is_not_cited(sites, text):
    assert reporters(text, sites) == "JCS"


def test_a_body_watching_the_launch_is_cited(sites):
    # Near miss: watching the launch tells of it.
    text = (
        "North Korea fired a missile on Thursday, the JCS said. Japan's Defense Ministry is "
        "analysing the details of the launch."
    )
    assert reporters(text, sites) == "JCS;Japan MOD"


# Round 20 (fix20e), C12: North Korea named as the speaker of a statement on this launch cites
# KCNA at that place in the order, whether or not state media are named, with or without "that"
# or a day (011, 185, 213, 653).
@pytest.mark.parametrize(
    "text",
    [
        "North Korea said it tested a new intercontinental ballistic missile on Thursday, a "
        "launch seen by many.",
        "Pyongyang said it had put an earth observation satellite into space.",
        "North Korea said on Sunday it had carried out a submarine-launched missile test "
        "overseen by its leader.",
        "According to reports, the North said it had successfully launched a new rocket on "
        "Tuesday.",
        "N. Korea says it has test-launched a solid-fuel missile, a day after the drills ended.",
        "North Korea, for its part, claimed that Tuesday's launch had placed a satellite in orbit.",
        "The rocket flew for 20 minutes, according to North Korea.",
    ],
)
def test_the_north_as_a_speaker_on_this_launch_cites_kcna(sites, text):
    assert reporters(text, sites) == "KCNA"


def test_the_north_as_a_speaker_takes_its_place_in_the_order(sites):
    text = (
        "North Korea said it fired a new missile on Thursday. South Korea's military said the "
        "missile flew 1,000 km."
    )
    assert reporters(text, sites) == "KCNA;JCS"
    text = (
        "South Korea's military said North Korea fired a missile on Thursday. Pyongyang said "
        "it had launched a new type of missile."
    )
    assert reporters(text, sites) == "JCS;KCNA"


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a recollection of an older launch, a plan or a notice before the launch
        # (C11), or many tests over a span, is no statement on this launch.
        "North Korea fired a missile on Thursday, South Korea's military said. North Korea said "
        "last month it had tested a new engine.",
        "North Korea fired a missile on Thursday, South Korea's military said. Pyongyang said it "
        "had launched a similar missile in 2017.",
        "North Korea fired a missile on Thursday, South Korea's military said. North Korea said "
        "it would launch more satellites soon.",
        "North Korea fired a missile on Thursday, South Korea's military said. The North says it "
        "has carried out three tests in under three weeks of its new drones.",
        "North Korea fired a missile on Thursday, South Korea's military said. After the Monday "
        "test, Pyongyang said the test was a warning.",
    ],
)
def test_the_north_recalling_or_planning_is_not_cited(sites, text):
    assert reporters(text, sites) == "JCS"
