"""Round 12 (extract12b): launch days read on 450-489's misses (an opening clause measured from an
older launch, before the main clause that tells the new one).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

# The page is dated the Monday after the launch.
MONDAY = date(2022, 10, 10)


def day(text: str, sites, published: date = MONDAY) -> str:
    return cells(text, published, sites)["date_utc"]


# --- "Days after firing X, North Korea fired Y ... on <day>": the opener recalls, the rest tells --


@pytest.mark.parametrize(
    "text",
    [
        "A few days after firing a missile over Japan, North Korea has fired two more short-range "
        "missiles, South Korea's Joint Chiefs of Staff said on Sunday, October 9. The missiles "
        "were launched early on Sunday. The week's second firing came last Thursday, October 6, "
        "when North Korea launched two similar missiles.",
        "Less than a week after its last test, North Korea launched a ballistic missile into the "
        "sea on October 9, Seoul said. On Thursday, October 6, it had fired two missiles.",
        "Days after launching an IRBM over Japan, Pyongyang fired two missiles off its east coast "
        "on October 9. Its previous firing came on Thursday, October 6, when it launched two "
        "missiles.",
    ],
)
def test_a_days_after_opener_leaves_the_main_clauses_day(sites, text):
    assert day(text, sites) == "2022-10-09"


def test_a_days_after_clause_with_the_older_day_stays_recalled(sites):
    # Near miss: the day is inside the opener ("days after ... on October 6"); the main clause
    # names none, so the older day is not the launch's.
    text = (
        "Three days after firing two missiles on October 6, North Korea launched another "
        "ballistic missile, the Joint Chiefs of Staff said."
    )
    assert day(text, sites) != "2022-10-06"


# --- after an undated lead, a sentence of the month's launches tells older ones -----------------


FRIDAY = date(2022, 11, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Japan says missile fell in its waters\n\n"
        "North Korea has launched a missile that is probably an ICBM, Japan's defense ministry "
        "says. North Korea has carried out many missile tests recently. At the start of November "
        "it fired as many as 23 missiles, and yesterday the country launched a short-range "
        "ballistic missile.",
        "North Korea fires long-range missile\n\n"
        "Pyongyang has fired a long-range ballistic missile, Seoul's military said. In early "
        "November the North launched more than 20 missiles in a day, and on Thursday it fired a "
        "short-range missile.",
        "ICBM launch\n\n"
        "North Korea has test-fired an intercontinental ballistic missile, Tokyo said. Since "
        "October it has launched dozens of missiles, and yesterday it fired another.",
    ],
)
def test_a_months_launches_after_an_undated_lead_are_older(sites, text):
    found = cells(text, FRIDAY, sites)
    assert found["date_utc"] == "2022-11-18"
    assert (found["count"], found["count_qualifier"]) == ("1", "exact")


def test_a_month_named_after_the_launch_day_leaves_it(sites):
    # Near miss: the day comes first; "in May" is a later event's month, not the sentence's.
    text = (
        "North Korea confirms missile test\n\n"
        "North Korea said it had carried out a missile test. The military said the North had "
        "fired one missile off its east coast on Thursday, before a party congress in May."
    )
    assert cells(text, FRIDAY, sites)["date_utc"] == "2022-11-17"


# --- a US desk's weekday gives way to Korea's next day, pinned to the local clock -------------


TUESDAY_US = date(2017, 11, 28)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a missile on Tuesday afternoon, South Korean officials said. Yonhap "
        'said Pyongyang "fired an unidentified ballistic missile from South Pyongan Province early '
        'Wednesday," local time. The JCS said the missile was launched at dawn today.',
        "North Korea fired a ballistic missile on Tuesday, US officials said. The missile was "
        "launched early Wednesday Korea time from near Pyongsong, Seoul said.",
        "The North launched an ICBM on Tuesday, the Pentagon said. According to Seoul, the missile "
        "was fired early on Wednesday, Seoul time.",
    ],
)
def test_koreas_next_day_beats_a_us_desks_weekday(sites, text):
    assert cells(text, TUESDAY_US, sites)["date_utc"] == "2017-11-29"


def test_a_next_day_not_pinned_to_the_local_clock_leaves_the_launch_day(sites):
    # Near miss: "Wednesday" with no local clock is a later statement's day, not Korea's.
    text = (
        "North Korea launched a missile on Tuesday afternoon, officials said. On Wednesday, the "
        "North fired back at critics, and Seoul said it launched drills in response."
    )
    assert cells(text, TUESDAY_US, sites)["date_utc"] == "2017-11-28"
