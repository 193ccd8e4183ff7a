"""A column header naming a value and then its interval ("Median, months (95% CI)", "Median (95% CI)") over cells
written as a value with its interval ("6.3 (5.1-7.4)"): the column holds those values, under the group above it; a
column of the interval alone ("95% CI" over "5.1-7.4") stays an interval's column, no value of a group."""

from __future__ import annotations

from support import read_pipe_table as _pipe
from support import yaml_cases


def _values(reading) -> set:
    """(endpoint, measure, value, ci_low, ci_high, group) of each row of a table's reading."""
    return {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"],
             r.group.label if r.group else None) for r in reading.results}


@yaml_cases
def test_values_under_a_header_naming_them_with_their_interval_are_each_arms(table, expected, count):
    out = _values(_pipe(table))
    assert expected <= out
    assert len(out) == count
    assert not {r for r in out if r[5] and "Median" in r[5]}


def test_a_column_of_the_interval_alone_gives_no_value():
    reading = _pipe("Table 2 Time-to-event outcomes by arm\n"
                    "Endpoint | Regimen P (n = 51) | 95% CI | Regimen Q (n = 49) | 95% CI\n"
                    "Overall survival, median months | 17.4 | 13.2-21.9 | 12.8 | 10.1-15.0\n")
    values = {r.fields["value"] for r in reading.results}
    assert values == {17.4, 12.8}


def test_an_interval_column_under_an_endpoint_stays_an_interval():
    # the endpoint is the level above; the column itself names only the interval, its cells intervals alone
    reading = _pipe("Table 4 Survival by arm\n"
                    " | Overall survival | Overall survival\n"
                    "Arm | Median, months | 95% CI\n"
                    "Regimen P (n = 51) | 17.4 | 13.2-21.9\n"
                    "Regimen Q (n = 49) | 12.8 | 10.1-15.0\n")
    values = {r.fields["value"] for r in reading.results}
    assert 13.2 not in values and 10.1 not in values


def test_a_difference_between_the_arms_with_its_interval_is_no_groups_value():
    # rows of groups, a column of each group's rate and one of the difference from the other: no row reads the
    # difference as a rate of the row's group
    reading = _pipe("Table 5 Response by arm\n"
                    "Arm | Objective response, % | Difference in objective response, % (95% CI)\n"
                    "Agent S (n = 64) | 39.1 | 17.9 (2.6-33.2)\n"
                    "Agent T (n = 66) | 21.2 | \n")
    values = {r.fields["value"] for r in reading.results}
    assert 17.9 not in values
