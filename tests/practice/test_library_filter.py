from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.practice.library_filter import Filters, filter_items

ITEMS = load_library([Path(__file__).parent.parent / "fixtures" / "content"]).items


def ids(filters: Filters) -> list[str]:
    return [item.id for item in filter_items(ITEMS, filters)]


def test_no_filters_keep_everything():
    assert len(ids(Filters())) == len(ITEMS)


def test_text_matches_every_word_in_title_question_or_principles():
    assert ids(Filters(text="delivered fewer")) == ["collection/l6-scenario-4"]
    # "Dive Deep" is a principle of the scenario; the deep dive matches on its id.
    assert ids(Filters(text="DIVE deep")) == ["deep-dive", "template-single/co-01"]


def test_kind_level_and_principle():
    assert ids(Filters(kind="plan")) == ["plan"]
    # The template scenario's expectations table names L6 and L7, so it is at both levels.
    assert ids(Filters(kind="behavioral", level="L7")) == ["collection/l7-scenario-5", "template-single/co-01"]
    assert ids(Filters(principle="Ownership")) == ["collection/l6-scenario-4"]


def test_text_matches_other_forms_of_a_word_and_parts_of_a_word_as_typed():
    # "leadership" (a question) and "leaders" (a title); "scale" (a principle); "disagree" (a principle).
    assert ids(Filters(text="leaders")) == ["collection/l7-scenario-5", "deep-dive"]
    assert ids(Filters(text="scaling")) == ["collection/l6-scenario-4"]
    assert ids(Filters(text="disagreement")) == ["collection/l6-scenario-4", "collection/l7-scenario-5"]
    assert ids(Filters(text="sca")) == ids(Filters(text="scale")) == ["collection/l6-scenario-4"]  # a word half typed
