"""The searches' word forms: a word found as typed, or as another form of it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from systemcraft_tui.core.word_forms import found, needle, stem


@pytest.mark.parametrize(
    ("forms"),
    [
        ("migrate", "migrating", "migrated", "migration", "migrations"),
        ("scale", "scaled", "scales", "scaling"),
        ("lead", "leader", "leaders", "leadership", "leading"),
        ("policy", "policies"),
        ("apply", "applied", "applies"),
        ("plan", "planned", "planning", "plans"),
        ("agree", "agreed", "agreement"),
        ("manage", "managed", "manager", "management"),
    ],
)
def test_forms_of_a_word_share_a_stem(forms):
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


@pytest.mark.parametrize(("query", "text"), [("migrating", "The ledger migration"), ("scaled", "Scaling reads"), ("policies,", "A policy for reviews")])
def test_a_word_finds_its_other_forms(query, text):
    assert found(needle(query), text.lower())


@pytest.mark.parametrize(("query", "text"), [("scaled", "an escalation"), ("leads", "misleading"), ("migrating", "immigrants")])
def test_a_stem_is_matched_whole_not_inside_another_word(query, text):
    assert not found(needle(query), text.lower())


words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@given(words)
def test_the_stemmer_never_raises_and_a_stem_starts_its_word(word):
    assert word.lower().startswith(stem(word.lower()))


@given(st.lists(words, max_size=8), st.data())
def test_a_text_that_holds_the_word_as_typed_is_found(parts, data):
    text = " ".join(parts)
    lower = text.lower()
    start = data.draw(st.integers(0, len(lower)))
    query = lower[start : data.draw(st.integers(start, len(lower)))]
    for word in query.split():  # the search's words, as the screens split them
        assert found(needle(word), lower)
