"""Clause roles: the launch reported, an older launch recalled, a plan, another country's firing,
a statement about something else and a type's background; fields come from the first only."""

from __future__ import annotations

from datetime import date

from core.report.extract import extract_report
from core.report.roles import (
    BACKGROUND,
    OTHER_COUNTRY,
    PLANNED,
    RECALLED,
    REPORTED,
    STATEMENT,
    TALLY,
    assign_roles,
    split_clauses,
)
from core.report.text import split_sentences

DAY = date(2022, 5, 12)


def roles(text: str, day: date = DAY) -> list[tuple[str, str]]:
    clauses = assign_roles(split_sentences(text), day, day)
    return [(clause.role, clause.text.text) for clause in clauses]


def checked_clauses(text: str) -> list[str]:
    sentence = split_sentences(text)[0]
    clauses = split_clauses(sentence)
    # Offsets stay the report's: each clause's text is the report's text at its offsets.
    for clause in clauses:
        at = clause.start - sentence.start
        assert sentence.text[at : at + len(clause.text)] == clause.text
    return [clause.text for clause in clauses]


def test_a_sentence_splits_where_it_turns_to_an_older_launch():
    assert checked_clauses(
        "The launch came five days after the North fired one short-range ballistic missile "
        "from a submarine off its east coast."
    ) == [
        "The launch came",
        "five days after the North fired one short-range ballistic missile from a submarine "
        "off its east coast.",
    ]


def test_recalled_clause_is_not_the_launch_reported():
    assert roles(
        "The launch came five days after the North fired one short-range ballistic missile "
        "from a submarine off its east coast."
    ) == [
        (REPORTED, "The launch came"),
        (
            RECALLED,
            "five days after the North fired one short-range ballistic missile from a "
            "submarine off its east coast.",
        ),
    ]


def test_recalled_launch_gives_no_field(sites):
    text = (
        "North Korea fired a ballistic missile toward the East Sea on Thursday, the JCS said, "
        "three days after the North fired a submarine-launched ballistic missile from waters "
        "off Sinpo."
    )
    draft = extract_report(text, DAY, sites)
    assert draft.missile_class == "unknown"
    assert draft.site_id == ""
    assert draft.landing_area == "sea_of_japan"


def test_planned_or_threatened_launch_is_a_plan():
    text = "Officials said the North could fire an intercontinental ballistic missile soon."
    assert [role for role, _ in roles(text)] == [PLANNED]


def test_threatened_launch_gives_no_class(sites):
    text = (
        "North Korea fired a ballistic missile on Thursday, South Korea's military said. "
        "Officials said the North could fire an intercontinental ballistic missile soon."
    )
    assert extract_report(text, DAY, sites).missile_class == "unknown"


def test_another_countrys_firing_is_not_the_launch(sites):
    text = (
        "North Korea fired a short-range ballistic missile on Thursday, the JCS said. "
        "South Korea fired three air-to-ground missiles in response."
    )
    assert [role for role, _ in roles(text)] == [REPORTED, OTHER_COUNTRY]
    draft = extract_report(text, DAY, sites)
    assert (draft.count, draft.count_qualifier) == (1, "exact")


def test_a_statement_about_the_norths_launch_is_not_another_countrys_firing():
    assert [role for role, _ in roles("Seoul said the North fired two missiles.")] == [REPORTED]


def test_another_countrys_missile_in_the_same_sentence_is_its_own_clause():
    text = (
        "North Korea fired a ballistic missile on Thursday, while the United States and South "
        "Korea fired two missiles of their own in response."
    )
    assert [role for role, _ in roles(text)] == [REPORTED, OTHER_COUNTRY]


def test_a_statement_about_something_else_cites_no_reporter(sites):
    text = (
        "North Korea fired two short-range missiles on Thursday, a defence ministry official "
        "in Seoul said. The JCS urged the North to stop such acts at once."
    )
    assert [role for role, _ in roles(text)] == [REPORTED, STATEMENT]
    assert extract_report(text, DAY, sites).reporters == ()


def test_statement_day_is_not_the_launch_day(sites):
    text = (
        "North Korea fired two short-range ballistic missiles on Wednesday, the Joint Chiefs "
        "of Staff said Thursday."
    )
    draft = extract_report(text, date(2022, 5, 12), sites)
    assert draft.date_utc == date(2022, 5, 11)
    assert draft.reporters == ("JCS",)


def test_what_a_type_can_do_is_background(sites):
    text = (
        "North Korea's Scud missiles have a range of about 500 km. On Thursday the North fired "
        "two that flew 250 km, the JCS said."
    )
    assert [role for role, _ in roles(text)] == [BACKGROUND, REPORTED]
    assert extract_report(text, DAY, sites).range_km == 250


def test_a_tally_of_many_launches_gives_no_count(sites):
    text = (
        "North Korea fired a ballistic missile on Thursday, the JCS said. With this launch, "
        "North Korea has fired 12 missiles since the start of the year."
    )
    assert [role for role, _ in roles(text)] == [REPORTED, TALLY]
    draft = extract_report(text, DAY, sites)
    assert (draft.count, draft.count_qualifier) == (1, "exact")


def test_a_places_history_is_not_this_launch(sites):
    text = (
        "North Korea fired two projectiles from the city of Hamhung, where North Korea has "
        "fired a series of short-range ballistic missiles, on Thursday."
    )
    assert [role for role, _ in roles(text)][1] == BACKGROUND
    assert extract_report(text, DAY, sites).missile_class == "unknown"


def test_a_goal_is_a_plan_not_this_launch(sites):
    text = (
        "North Korea fired a short-range ballistic missile on Thursday, the latest in a string "
        "of tests as the North works toward ICBMs able to reach the US mainland."
    )
    assert [role for role, _ in roles(text)] == [REPORTED, REPORTED, PLANNED]
    assert extract_report(text, DAY, sites).missile_class == "SRBM"


def test_a_value_told_with_the_launch_outranks_an_earlier_mention(sites):
    text = (
        "State media showed the Hwasong-12 at a parade. North Korea fired a Hwasong-14 on "
        "Thursday, the JCS said."
    )
    assert extract_report(text, DAY, sites).missile_name == "Hwasong-14"
