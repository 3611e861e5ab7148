"""Round 15 (fix15c): site, class, range wordings the 570-609 part showed.

Each wording is written for these tests, in several outlets' styles; each cause has a near
miss that must not trigger.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# "launched from southwest Sukchon": a side of the place named before it (571's).
@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("North Korea fired a ballistic missile from southwest Sukchon on Thursday.", "sukchon"),
        ("The missile was launched from northern Sukchon on Thursday, the JCS said.", "sukchon"),
        ("Pyongyang fired two missiles from south-east Kittaeryong on Thursday.", "kittaeryong"),
        ("The launch on Thursday was made in eastern Sohae, Yonhap said.", "sohae"),
    ],
)
def test_a_side_of_the_place_is_the_place(sites, sentence, site):
    assert field(sentence, sites, "site_id") == site


def test_a_side_word_alone_names_no_site(sites):
    # Near miss: "toward southwest Japan" names where it went, not a site.
    text = "North Korea fired a ballistic missile toward southwest Japan on Thursday."
    assert field(text, sites, "site_id") == ""


# "travelled close to 305 miles" (576's), "a range of only 75 miles" (586's).
@pytest.mark.parametrize(
    ("sentence", "km"),
    [
        ("The missiles travelled close to 305 miles before they fell into the sea.", "491"),
        ("The projectile flew close to 400 km, Seoul said.", "400"),
        ("The missiles fired Thursday have a range of only 75 miles, officials said.", "121"),
        ("The rocket flew just 200 km before it came down, the JCS said.", "200"),
        ("It travelled merely 90 kilometres, a Japanese official said.", "90"),
    ],
)
def test_close_to_and_only_keep_the_figure(sites, sentence, km):
    text = "North Korea fired a short-range missile on Thursday. " + sentence
    assert field(text, sites, "range_km") == km


def test_only_before_a_count_is_no_distance(sites):
    # Near miss: "only 2 km from the coast" is where it fell, not how far it flew.
    text = (
        "North Korea fired a short-range missile on Thursday. It fell only 2 km from the coast, "
        "officials said."
    )
    assert field(text, sites, "range_km") == ""


# "seven Scud-type missiles, with a range of about 500km, were launched" (589's).
@pytest.mark.parametrize(
    "sentence",
    [
        "Up to seven Scud-type missiles, with a range of about 500km, were launched on Thursday.",
        "Two rockets, with a range of some 500 kilometres, were fired on Thursday, the JCS said.",
        "The projectiles, with an estimated range of 500 km, were test-fired on Thursday.",
    ],
)
def test_the_range_set_off_before_the_launch_verb_is_the_flight(sites, sentence):
    assert field(sentence, sites, "range_km") == "500"


def test_a_type_with_a_range_stays_the_types(sites):
    # Near miss: "a Scud, a missile with a range of 500 km" tells the type's reach.
    text = (
        "North Korea fired a missile on Thursday, presumed to be a Scud, a missile with a range "
        "of about 500 km."
    )
    assert field(text, sites, "range_km") == ""


# "The three were launched at about 5 pm from the Wonsan area ..., the same place from which
# Pyongyang fired FROG missiles in March": the clause before the older month is this launch's
# (580's).
@pytest.mark.parametrize(
    "sentence",
    [
        "The three were launched at about 5 pm from the Wonsan area, the same place from which "
        "the North fired FROG missiles in March.",
        "Both were fired from the Wonsan area, where the North tested rockets in March.",
        "All four flew from the Wonsan area, as earlier ones had in March.",
    ],
)
def test_missiles_called_by_their_number_keep_their_clause(sites, sentence):
    text = "North Korea fired short-range projectiles into the sea on Thursday. " + sentence
    assert field(text, sites, "site_id") == "wonsan-town"


def test_a_number_of_other_things_is_no_launch_clause(sites):
    # Near miss: "the two countries were" is not the missiles.
    text = (
        "North Korea fired short-range projectiles into the sea on Thursday. The two countries "
        "were at odds over the Wonsan area, as they had been in March."
    )
    assert field(text, sites, "site_id") == ""


# "Gitaeryeong": the McCune-Reischauer doubled consonant of Kittaeryong written once (582's).
@pytest.mark.parametrize(
    "place",
    ["Gitaeryeong", "Kitaeryong", "Kittaeryeong", "Gittaeryong"],
)
def test_a_doubled_consonant_may_be_written_once(sites, place):
    text = f"North Korea fired two short-range missiles from {place} on Thursday."
    assert field(text, sites, "site_id") == "kittaeryong"


# "after weeks of threats of war from Pyongyang": where the threats came from (586's).
@pytest.mark.parametrize(
    "sentence",
    [
        "The launches came after weeks of threats of war from Pyongyang.",
        "The missiles flew amid warnings of retaliation from Pyongyang.",
        "The launch followed a flurry of threats of nuclear attack from Pyongyang.",
    ],
)
def test_threats_of_something_from_a_place_are_not_a_launch_site(sites, sentence):
    text = "North Korea fired three short-range missiles on Thursday. " + sentence
    assert field(text, sites, "site_id") == ""


def test_a_launch_from_the_capital_is_still_read(sites):
    # Near miss: "were fired from Pyongyang" is the launch area (C3).
    text = "North Korea fired three short-range missiles from Pyongyang on Thursday."
    assert field(text, sites, "site_id") == "pyongyang-area"


# "lifted off from a space center on its west coast": the North's one space launch station on
# that coast (587's).
@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("The rocket lifted off from a space center on its west coast on Thursday.", "sohae"),
        ("The carrier was launched from the west coast satellite launching station.", "sohae"),
        ("It blasted off from a space launch centre on the country's west coast.", "sohae"),
        ("The rocket was fired from the satellite launch station on its east coast.", "tonghae"),
    ],
)
def test_a_space_centre_on_a_coast_is_that_coasts_station(sites, sentence, site):
    assert (
        field("North Korea launched a satellite rocket on Thursday. " + sentence, sites, "site_id")
        == site
    )


def test_a_launch_pad_on_the_coast_is_only_the_coast(sites):
    # Near miss: a launch pad with no space word names the coast only.
    text = (
        "North Korea launched a satellite rocket from a launch pad on the west coast on Thursday."
    )
    assert field(text, sites, "site_id") == "west-coast"


# "from one of the North's launch sites on the east coast" (589's).
@pytest.mark.parametrize(
    "sentence",
    [
        "Missiles were launched on Thursday from one of the North's launch sites on the east "
        "coast.",
        "The rockets were fired from one of its bases along the east coast on Thursday.",
        "It was launched from one of North Korea's launch pads on the east coast, Seoul said.",
    ],
)
def test_one_of_the_sites_on_a_coast_is_the_coast(sites, sentence):
    assert field(sentence, sites, "site_id") == "east-coast"


def test_one_of_the_missiles_toward_the_coast_is_no_site(sites):
    # Near miss: the coast where one of the missiles fell is no launch site.
    text = "North Korea fired missiles on Thursday; one of them fell off the east coast."
    assert field(text, sites, "site_id") == ""


# "from the north of the country, close to its border with China" (605's).
@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea test-fired a missile from the north of the country, close to its border "
        "with China.",
        "The missile was launched on Thursday close to the border with China, the JCS said.",
        "Pyongyang fired a ballistic missile close to the Chinese border on Thursday.",
    ],
)
def test_close_to_a_place_is_near_it(sites, sentence):
    assert field(sentence, sites, "site_id") == "northwest-border"


def test_a_landmark_close_to_the_site_yields_to_the_site(sites):
    # Near miss: "near Sunan, close to Pyongyang International Airport" is Sunan's place.
    text = (
        "The missile lifted off on Thursday from a site near Sunan, close to Pyongyang "
        "International Airport."
    )
    assert field(text, sites, "site_id") == "sunan"


# "US President Obama had earlier put new sanctions on Pyongyang following its recent nuclear
# test and satellite launch": an earlier launch's kind (571's).
@pytest.mark.parametrize(
    "sentence",
    [
        "Washington had earlier put new sanctions on Pyongyang following its recent satellite "
        "launch.",
        "The UN tightened sanctions after the North's recent satellite launch.",
        "Seoul has shut the joint factory park since North Korea's recent satellite launch.",
    ],
)
def test_what_followed_a_recent_launch_names_an_older_one(sites, sentence):
    text = (
        "North Korea fired a ballistic missile on Thursday. " + sentence + "\n\nThe missile "
        "was believed to be a medium-range Rodong."
    )
    assert field(text, sites, "missile_class") == "MRBM"


def test_the_recent_launch_condemned_is_still_this_one(sites):
    # Near miss: "aware of North Korea's most recent missile launch" speaks of this one.
    text = (
        "North Korea fired a satellite rocket on Thursday. The White House said it was aware "
        "of North Korea's most recent satellite launch."
    )
    assert field(text, sites, "missile_class") == "SLV"


# "On Friday, North Korea had threatened retaliation ... According to the JCS, the missile was
# fired from the Sunan district": a recollection with no launch in it carries on to nothing
# (591's).
@pytest.mark.parametrize(
    "threat",
    [
        "On Wednesday, North Korea had threatened an unprecedented response to the drills.",
        "Last week Kim Yo Jong had warned of strong countermeasures against the allies.",
        "In January, Pyongyang had vowed to bolster its deterrent.",
    ],
)
def test_a_threat_recalled_does_not_carry_on(sites, threat):
    text = (
        "North Korea launched an intercontinental ballistic missile on Thursday, Japan said.\n\n"
        + threat
        + " According to South Korea's military, the missile was fired from the Sunan district."
    )
    assert field(text, sites, "site_id") == "sunan-town"


def test_a_launch_recalled_still_carries_on(sites):
    # Near miss: a recollection that tells a launch carries on to "the missile" after it.
    text = (
        "North Korea launched an intercontinental ballistic missile on Thursday, Japan said.\n\n"
        "On March 3, North Korea had fired a missile from Pyongyang. The missile was fired "
        "from the Sunan district, the JCS said then."
    )
    assert field(text, sites, "site_id") == ""


# "fired a ballistic missile and hundreds of artillery shells ... the short-range missile took
# off": shells fired beside a missile are not its kind (602's).
@pytest.mark.parametrize(
    "lead",
    [
        "North Korea fired a ballistic missile and hundreds of artillery shells on Thursday.",
        "N. Korea fires missile, artillery shells.",
        "North Korea launched artillery shells as well as a ballistic missile on Thursday.",
    ],
)
def test_shells_beside_a_missile_leave_its_range_class(sites, lead):
    text = lead + " The JCS said the short-range missile flew toward the sea."
    assert field(text, sites, "missile_class") == "SRBM"


def test_shells_alone_give_no_class(sites):
    # Near miss: short-range projectiles fired from a rocket launcher (C2).
    text = (
        "North Korea fired short-range projectiles on Thursday. The JCS said they were artillery "
        "shells fired from a multiple rocket launcher."
    )
    assert field(text, sites, "missile_class") == ""


# "The firing came two days after the North sent an ICBM into the ocean ... The United States
# answered the North's ICBM launch with air drills": the kind named as "the ... launch" is the
# one recalled (590's).
@pytest.mark.parametrize(
    "answer",
    [
        "The United States answered the North's ICBM launch with joint air exercises.",
        "Tokyo protested the ICBM launch through diplomatic channels.",
        "Washington condemned North Korea's ICBM test at the UN.",
    ],
)
def test_the_kind_of_a_launch_recalled_is_not_this_ones(sites, answer):
    text = (
        "North Korea fired two ballistic missiles off its east coast on Thursday. The firing came "
        "two days after the North fired an intercontinental ballistic missile (ICBM) into the sea."
        "\n\n" + answer
    )
    assert field(text, sites, "missile_class") == ""


def test_the_kind_of_this_launch_named_again_stands(sites):
    # Near miss: with no ICBM recalled, "the ICBM launch" is this launch's.
    text = (
        "North Korea fired a ballistic missile off its east coast on Thursday. The United States "
        "answered the North's ICBM launch with joint air exercises."
    )
    assert field(text, sites, "missile_class") == "ICBM"
