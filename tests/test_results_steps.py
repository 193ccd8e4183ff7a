"""The finishing steps of extract/results.py: a table of steps, each asking by its parameters' names for parts of
a sentence's reading (find_results passes them by position, in the signature's order)."""

import inspect

from oncoev.extract import results


def _parameters(step):
    return inspect.signature(step).parameters


def test_each_step_asks_only_for_what_a_sentences_reading_holds():
    for step in results._FINISHING_STEPS:
        required = {name for name, p in _parameters(step).items() if p.default is inspect.Parameter.empty}
        assert required <= set(results._FINISHING_READING), step


def test_what_a_step_takes_are_its_first_parameters_so_they_can_go_by_position():
    for step, takes in results._FINISHING:
        assert takes and tuple(_parameters(step))[:len(takes)] == takes, step
        assert "out" in takes, step  # a step that could not write the results would do nothing


def test_find_results_gives_every_part_of_the_reading():
    source = inspect.getsource(results.find_results)
    for name in results._FINISHING_READING:
        assert f'"{name}": ' in source, name

