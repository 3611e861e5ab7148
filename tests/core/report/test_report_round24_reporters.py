"""Round 24 (fix24a): reporters and outcome read on 987-1047's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, field, reporters

FRIDAY = date(2023, 4, 14)


# A body silent only on the launch's details has told of the launch itself.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "South Korea's Joint Chiefs of Staff did not say straight away whether the weapon "
            "fired was ballistic or how far it travelled.",
            "JCS",
        ),
        (
            "Whether the projectile was a ballistic one, and what distance it covered, South "
            "Korea's Joint Chiefs of Staff did not say at once.",
            "JCS",
        ),
        ("Japan's Defense Ministry did not immediately say how far the missile flew.", "Japan MOD"),
        (
            "How far the missile flew, the South Korean military did not immediately say.",
            "JCS",
        ),
    ],
)
def test_a_silence_on_details_only_cites_the_body(sites, sentence, expected):
    assert reporters(LEAD + sentence, sites) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: a silence on the launch itself, and state media's silence.
        "South Korea's Joint Chiefs of Staff did not say whether it had fired anything.",
        "Japan's Defense Ministry could not immediately confirm the launch.",
        "North Korea's state media did not say how far the missile flew.",
        "KCNA did not immediately say what kind of missile was fired.",
    ],
)
def test_a_silence_on_the_launch_itself_cites_no_one(sites, sentence):
    assert reporters(LEAD + sentence, sites) == ""


# The South's military telling of damage speaks of what the launch did.
@pytest.mark.parametrize(
    "sentence",
    [
        "There were no reports of damage, South Korea's military said.",
        "No damage or casualties were reported, the South Korean military said.",
        "The ROK military said there were no injuries.",
    ],
)
def test_the_souths_military_on_damage_is_cited(sites, sentence):
    assert reporters(LEAD + sentence, sites) == "JCS"


def test_the_souths_military_on_other_news_is_not_cited(sites):
    # Near miss: named for something other than the launch.
    sentence = "The South Korean military has expressed regret over the accident at the base."
    assert reporters(LEAD + sentence, sites) == ""


# A pledge of what the government would still do (talks, a visit) tells nothing of the launch.
@pytest.mark.parametrize(
    "sentence",
    [
        "But the Japanese government said it would still hold official talks with North Korea "
        "set for Tuesday in Beijing.",
        "Japan's government said it will also hold a meeting of its security council.",
        "Chief Cabinet Secretary Yoshihide Suga said Tokyo would still go ahead and hold the "
        "talks.",
    ],
)
def test_a_pledge_to_still_do_something_cites_no_one(sites, sentence):
    assert reporters(JCS_LEAD + sentence, sites) == "JCS"


def test_a_government_statement_on_the_missile_is_cited(sites):
    # Near miss: the government tells where the missile fell.
    sentence = "The Japanese government said the missile would still have fallen outside its EEZ."
    assert reporters(JCS_LEAD + sentence, sites) == "JCS;Japan government"


# The South's military told of in another's words, or named for raising its own guard, is no
# speaker.
@pytest.mark.parametrize(
    "sentence",
    [
        "A defence ministry official said the launch took place at dawn. The official said the "
        "South Korean military was keeping a close watch for possible provocations.",
        '"North Korea should immediately stop provocative acts," defense ministry spokesman Kim '
        "Min-seok said, adding that the South Korean military has raised its vigilance.",
        "The South Korean military has raised its vigilance against possible provocations.",
        "South Korea's military stepped up its surveillance posture after the launch.",
    ],
)
def test_the_souths_military_told_of_or_on_guard_is_not_cited(sites, sentence):
    assert reporters(LEAD + sentence, sites) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: the military speaks for itself.
        "South Korea's military said it has raised its vigilance against further launches.",
        "South Korea's military said it is tracking the missile's path.",
    ],
)
def test_the_souths_military_speaking_of_its_guard_is_cited(sites, sentence):
    assert reporters(LEAD + sentence, sites) == "JCS"


# The North's authorities announcing, and the North insisting its named satellite reached orbit,
# speak through its state media.
@pytest.mark.parametrize(
    "sentence",
    [
        "The DPRK authorities have announced a successful second test of the Hwasong-14 "
        "intercontinental ballistic missile.",
        "North Korean authorities announced the launch of a new solid-fuel missile.",
        "North Korea's government announced a successful test of a hypersonic missile.",
        'North Korea insists that its "Kwangmyongsong-2" satellite was put into orbit.',
        "Pyongyang claims its \u201cMalligyong-1\u201d satellite was placed into orbit.",
    ],
)
def test_the_norths_authorities_on_the_launch_cite_kcna(sites, sentence):
    assert reporters(LEAD + sentence, sites) == "KCNA"


def test_the_norths_authorities_on_other_news_are_not_cited(sites):
    # Near miss: the announcement is of something else.
    sentence = "North Korean authorities announced a lockdown of the capital over a flu outbreak."
    assert reporters(LEAD + sentence, sites) == ""


# Japan named as the source of what was reported ("the data reported by Japan").
@pytest.mark.parametrize(
    "sentence",
    [
        "The figures are close to the data reported by Japan and South Korea.",
        "The launch was confirmed by Tokyo shortly afterwards.",
        "Flight details released by Japan put the missile's range at 1,000 km.",
    ],
)
def test_japan_named_as_the_source_is_its_government(sites, sentence):
    assert reporters(LEAD + sentence, sites) == "Japan government"


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: Japan named for detecting it, or for saying nothing.
        "The launch was detected by Japan and South Korea.",
        "The launch has not been confirmed by Japan.",
        "The missile was reported by Japan's coast guard to have landed.",
    ],
)
def test_japan_named_as_a_detector_or_silent_is_not_cited(sites, sentence):
    assert reporters(LEAD + sentence, sites) == ""


# A stage or satellite destroyed on its way to orbit: the launch failed.
@pytest.mark.parametrize(
    "sentence",
    [
        "A solid-fuel third stage is thought to have carried a small satellite and was probably "
        "destroyed before it reached orbit.",
        "The satellite burned up before reaching orbit, US officials said.",
        "The payload disintegrated before it could get into orbit.",
    ],
)
def test_destroyed_before_orbit_is_a_failure(sites, sentence):
    assert field(LEAD + sentence, sites, "outcome") == "failure"


def test_a_satellite_that_reached_orbit_is_no_failure(sites):
    # Near miss: destroyed after reaching orbit is the satellite's end, not the launch's.
    sentence = "The satellite reached orbit and was destroyed on re-entry years later."
    assert field(LEAD + sentence, sites, "outcome") == ""


# A statement made before the launch day tells an older launch (the North tells its launches
# after making them); a plan is not read so.
@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        (
            "\n\n- On March 25, North Korea announced the launch of a ballistic missile able to "
            "deliver a nuclear warhead to the United States.",
            date(2023, 4, 13),
        ),
        (
            "On Wednesday, the North said it had test-fired an ultra-precision anti-ship rocket.",
            date(2023, 4, 13),
        ),
        (
            "On March 16, KCNA reported the launch of a Hwasong-17 missile.",
            date(2023, 4, 13),
        ),
    ],
)
def test_a_statement_before_the_launch_day_is_not_cited(sites, sentence, published):
    assert reporters(JCS_LEAD + sentence, sites, published) == "JCS"


def test_the_norths_statement_after_the_launch_day_is_cited(sites):
    # Near miss: the North's statement the day after the launch.
    sentence = "On Friday, the North said it had test-fired a new solid-fuel ICBM."
    assert reporters(JCS_LEAD + sentence, sites, FRIDAY) == "JCS;KCNA"


# A statement's day run into its named speaker with no comma is the statement's, not a launch's.
@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 September 2022 North Korea announced that it had put its first artificial "
        "satellite into orbit.",
        "On 3 September Pyongyang said that it had placed a satellite in orbit.",
        "On 2 September North Korea's KCNA said that the satellite had reached orbit.",
    ],
)
def test_a_statement_day_without_a_comma_is_the_statements(sites, sentence):
    text = "North Korea launched a rocket carrying a satellite on 31 August 2022. " + sentence
    assert reporters(text, sites, date(2022, 9, 5)) == "KCNA"


def test_an_older_statement_day_still_recalls(sites):
    # Near miss: a statement day months before the launch still tells an older one.
    text = (
        "North Korea launched a rocket carrying a satellite on 31 August 2022, the JCS said. "
        "On 4 May 2022 North Korea announced that it had launched a satellite."
    )
    assert reporters(text, sites, date(2022, 9, 5)) == "JCS"


# "The military" named as the source of a South Korean report is the South's.
@pytest.mark.parametrize(
    "sentence",
    [
        "The South Korean news agency Yonhap reported on Thursday, citing the military, that the "
        "North had fired a fourth short-range missile into the sea.",
        "According to the military, the missile was fired from near Seoul's border, South Korean "
        "media said.",
        "Yonhap, quoting the military, said the missile flew 400 km.",
    ],
)
def test_the_military_of_a_south_korean_report_is_the_jcs(sites, sentence):
    assert reporters(LEAD + sentence, sites) == "JCS"


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: another country's report, or no country named.
        "Japan's NHK reported, citing the military, that the missile fell outside the EEZ.",
        "According to the military, the missile flew 400 km.",
    ],
)
def test_the_military_of_another_report_is_not_the_jcs(sites, sentence):
    assert reporters(LEAD + sentence, sites) == ""


# A launch told in the span before another event is an older one.
@pytest.mark.parametrize(
    "sentence",
    [
        "In the week before the inauguration North Korea also carried out what Seoul and Tokyo "
        "said were two separate ballistic missile tests.",
        "During the days leading up to the summit, Pyongyang fired two missiles, Japan said.",
        "Over the weeks ahead of the election the North also tested cruise missiles, Japanese "
        "officials said.",
    ],
)
def test_a_launch_in_the_span_before_another_event_is_recalled(sites, sentence):
    assert reporters(JCS_LEAD + sentence, sites) == "JCS"


def test_japan_on_this_launch_is_still_cited(sites):
    # Near miss: no span before another event.
    sentence = "Seoul and Tokyo said it was a ballistic missile."
    assert reporters(JCS_LEAD + sentence, sites) == "JCS;Japan government"
