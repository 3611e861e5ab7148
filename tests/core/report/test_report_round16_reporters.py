"""Round 16 (fix16a): reporters, outcome and flight_time_min, read on 610-649's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss
that must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells, reporters

LEAD = "North Korea fired a ballistic missile toward the sea on Thursday."

# --- "Japan's Prime Minister's Office and Defense Ministry" (611) --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch was confirmed by Japan's Prime Minister's Office and Defense Ministry.",
        "It may have been a ballistic missile, according to Japan's Prime Minister's Office and "
        "the Defence Ministry.",
        "The Japanese government and defense ministry said the missile fell outside the EEZ.",
        "Japan's Cabinet Office and Ministry of Defense put out alerts on the launch.",
    ],
)
def test_a_ministry_joined_to_a_japanese_office_is_japans(sites, sentence):
    assert reporters(f"North Korea fired a missile on Thursday. {sentence}", sites) == (
        "Japan government;Japan MOD"
    )


def test_a_ministry_after_another_countrys_office_is_not_japans(sites):
    # Near miss: the South's presidential office and defence ministry are no Japanese body.
    text = (
        "North Korea fired a missile on Thursday, according to South Korea's presidential "
        "office and Defense Ministry."
    )
    assert reporters(text, sites) == ""


# --- "Sanae Takaichi, Japan's new prime minister, said" (614) ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanae Takaichi, Japan's new prime minister, said no damage had been reported.",
        "Japan's new prime minister told reporters the missile fell outside its waters.",
        "Japan's incoming prime minister said the launch could not be tolerated.",
        "Japan's newly elected Prime Minister Fumio Kishida said the missile landed at sea.",
    ],
)
def test_japans_new_prime_minister_speaks_for_the_government(sites, sentence):
    assert reporters(f"{LEAD} {sentence}", sites) == "Japan government"


def test_japans_new_prime_minister_named_for_what_he_did_is_not_cited(sites):
    # Near miss: forced to break off a campaign, the new prime minister says nothing.
    text = (
        "North Korea fired a missile on Thursday, forcing Japan's new prime minister to break "
        "off campaigning for the election."
    )
    assert reporters(text, sites) == ""


# --- "Rodong Sinmun, which called the Freedom Shield exercise a war rehearsal" (617) -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch followed criticism from the party daily Rodong Sinmun, which called the "
        'Freedom Shield exercise an "aggressive war rehearsal."',
        "It came a day after a commentary in KCNA, which described the joint drills as a "
        "rehearsal for invasion.",
        "The firing followed an editorial by state media, which denounced the allies' summit "
        "as provocative.",
    ],
)
def test_state_media_named_for_its_word_on_another_thing_is_not_cited(sites, sentence):
    text = f"North Korea fired a missile on Thursday, South Korea's military said. {sentence}"
    assert reporters(text, sites) == "JCS"


def test_state_media_which_called_the_launch_a_success_is_cited(sites):
    # Near miss: the launch is what state media called a success.
    text = (
        "North Korea fired a missile on Thursday, South Korea's military said. The news came "
        "from state media, which called the launch a great success."
    )
    assert reporters(text, sites) == "JCS;KCNA"


# --- "military sources in South Korea and Japan confirmed" (620) ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea fired missiles toward the sea on Thursday, military sources in South Korea "
        "and Japan confirmed.",
        "The launch was reported by military sources in South Korea and Japan on Thursday.",
        "Military sources in Seoul and Tokyo said North Korea fired missiles on Thursday.",
    ],
)
def test_military_sources_of_both_countries_are_their_militaries(sites, sentence):
    assert reporters(sentence, sites) == "JCS;Japan MOD"


def test_south_korea_and_japan_confirmed_is_still_japan_as_a_whole(sites):
    # Near miss: the two countries named as a whole; Japan cites its government (C1).
    text = "North Korea fired missiles toward the sea on Thursday, South Korea and Japan confirmed."
    assert reporters(text, sites) == "Japan government"


@pytest.mark.parametrize(
    "outlet",
    ["the Japanese state media outlet Kyodo", "China's state media", "Russian state media"],
)
def test_another_countrys_state_media_is_not_the_norths(sites, outlet):
    text = (
        f"North Korea fired a missile on Thursday, South Korea's military said, {outlet} reported."
    )
    assert reporters(text, sites) == "JCS"


def test_state_media_alone_is_the_norths(sites):
    # Near miss: "state media" with no country is the North's.
    text = "North Korea fired a new missile on Thursday, state media reported."
    assert reporters(text, sites) == "KCNA"


# --- "Kishida strongly condemned the launch and said he hoped for cooperation" (625) -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "Japanese Prime Minister Fumio Kishida strongly condemned the launch and said he hoped "
        "for cooperation with the United States.",
        "Japan's Chief Cabinet Secretary sharply condemned the launches.",
        "Japanese Prime Minister Shinzo Abe condemned the test and said Japan would work with "
        "its allies.",
        # (Round 23: a word of reproach joined to the condemnation says nothing of the launch
        # either, as the labels of 038 and 225 read it since round 22.)
        "Japanese Prime Minister Fumio Kishida condemned the launch as outrageous.",
    ],
)
def test_a_body_that_only_condemns_the_launch_is_not_cited(sites, sentence):
    text = f"North Korea fired a missile on Thursday, South Korea's military said. {sentence}"
    assert reporters(text, sites) == "JCS"


@pytest.mark.parametrize(
    "sentence",
    [
        "Japanese Prime Minister Shinzo Abe condemned North Korea's launch of a missile from a "
        "submarine on Thursday morning, calling it an unforgivable threat.",
        "Japan's Prime Minister Yoshihide Suga condemned the launch and said the missile fell "
        "in the sea.",
    ],
)
def test_a_condemnation_that_says_what_the_launch_was_is_cited(sites, sentence):
    # Near miss: the condemnation tells what was launched, or says where the missile went.
    text = f"North Korea fired a missile on Thursday, South Korea's military said. {sentence}"
    assert reporters(text, sites) == "JCS;Japan government"


# --- "N.Korea launches what may be a ballistic missile -Japan govt" (632) -----------------------


@pytest.mark.parametrize(
    "headline",
    [
        "N.Korea launches what may be a ballistic missile -Japan govt",
        "North Korea fires missile, Japanese govt. says",
        "Japan govt: North Korean missile fell outside EEZ",
    ],
)
def test_japan_govt_abbreviated_is_the_government(sites, headline):
    text = f"{headline}\n\nNorth Korea fired a missile on Thursday."
    assert reporters(text, sites) == "Japan government"


def test_govern_words_are_not_the_abbreviation(sites):
    # Near miss: "Japan governs" is no abbreviation of the government.
    text = "North Korea fired a missile on Thursday over waters Japan governs as its own."
    assert reporters(text, sites) == ""


# --- "as South Korea and Japan confirm a projectile launch" (634) -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A plume of smoke was seen over the capital, as South Korea and Japan confirm a launch.",
        "South Korea and Japan report that North Korea fired a missile on Thursday.",
        "Seoul and Japan announce the detection of a missile fired on Thursday.",
    ],
)
def test_the_plural_verb_after_and_japan_names_japan(sites, sentence):
    assert reporters(f"North Korea fired a missile on Thursday. {sentence}", sites) == (
        "Japan government"
    )


def test_japan_confirm_in_a_question_is_not_a_statement(sites):
    # Near miss: no "and" before it, the bare verb is no statement.
    text = "North Korea fired a missile on Thursday. Did Japan confirm anything yet?"
    assert reporters(text, sites) == ""


# --- "This photo, taken from the Korean Central News Agency's homepage" (649) ------------------


@pytest.mark.parametrize(
    "caption",
    [
        "This photo, taken from the Korean Central News Agency's homepage on March 22, shows an "
        "earlier launch.",
        "This image, captured from KCNA's website, shows a missile test last year.",
        "This undated picture, grabbed from Rodong Sinmun's website, shows a launch.",
    ],
)
def test_a_picture_taken_from_state_media_cites_no_one(sites, caption):
    text = f"North Korea fired a missile into the sea on Thursday, the JCS said. {caption}"
    assert reporters(text, sites) == "JCS"


def test_a_report_taken_from_state_media_is_cited(sites):
    # Near miss: the story's words taken from state media cite it.
    text = (
        "North Korea fired a new missile on Thursday, the JCS said. State media later said "
        "the launch was a success."
    )
    assert reporters(text, sites) == "JCS;KCNA"


# --- outcome: "it seemed to fail right after launch" (637) --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "South Korea's military said the projectile seemed to fail right after launch.",
        "The missile appears to fail moments after it was fired, officials said.",
        "The rocket failed shortly after lift-off, Seoul said.",
        "Officials said the missile fails soon after launch in such tests.",
    ],
)
def test_a_failure_right_after_launch_is_a_failure(sites, sentence):
    text = f"North Korea fired a missile on Thursday. {sentence}"
    assert cells(text, THURSDAY, sites)["outcome"] == "failure"


def test_a_plan_that_seems_to_work_is_no_failure(sites):
    # Near miss: "seemed to" with no failure.
    text = "North Korea fired a missile on Thursday. The launch seemed to succeed, officials said."
    assert cells(text, THURSDAY, sites)["outcome"] == ""


# --- flight_time_min: 'in flight for "about 1 hour and 26 minutes"' (621) ----------------------


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        (
            'The missile stayed in flight for "about 1 hour and 26 minutes," the minister said.',
            "86",
        ),
        ('The minister said it flew for "around 70 minutes."', "70"),
        ('It was in the air for "roughly 50 minutes," Tokyo said.', "50"),
        ('The flight lasted "about an hour and 8 minutes," officials said.', "68"),
    ],
)
def test_a_quoted_flight_time_is_read(sites, sentence, minutes):
    text = f"North Korea fired a ballistic missile on Thursday. {sentence}"
    assert cells(text, THURSDAY, sites)["flight_time_min"] == minutes


def test_a_quoted_span_in_years_is_no_flight_time(sites):
    # Near miss: a quoted span after "for" that is no minutes or hours of flight.
    text = (
        "North Korea fired a ballistic missile on Thursday. The North has been flying such "
        'missiles for "about 20 years," an analyst said.'
    )
    assert cells(text, THURSDAY, sites)["flight_time_min"] == ""
