"""Ids never collide and no item is dropped; an id stays put when other items change
(the practice log refers to items by id)."""

from __future__ import annotations

from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.parser import parse_text

DATA = Path(__file__).resolve().parents[2] / "data"

# The bundled library's ids as they were before items were recognised by structure.
BUNDLED_IDS = {
    "12-week-plan", "6-week-plan", "api-rate-limiter", "caching-strategies", "consistency-models",
    "data-partitioning", "feature-flag-experimentation-platform", "incident-response",
    "inventory-reservation-system", "large-scale-migrations", "metrics-alerting-platform",
    "multi-region-order-ledger", "notification-fanout-service", "observability", "ride-matching-dispatch",
    "video-transcoding-pipeline",
    *(
        f"{level}-{name}/{level}-{code}"
        for level in ("l6", "l7")
        for name, code in (
            ("are-right-a-lot", "arl"), ("bias-for-action", "bfa"), ("customer-obsession", "co"),
            ("deliver-results", "dr"), ("dive-deep", "dd"), ("earn-trust", "et"), ("frugality", "fru"),
            ("have-backbone-disagree-and-commit", "hbdc"), ("hire-and-develop-the-best", "hdb"),
            ("insist-on-the-highest-standards", "ihs"), ("invent-and-simplify", "is"),
            ("learn-and-be-curious", "lbc"), ("ownership", "own"),
            ("strive-to-be-earths-best-employer", "ebe"),
            ("success-and-scale-bring-broad-responsibility", "ssr"), ("think-big", "tb"),
        )
    ),
}  # fmt: skip


def story(heading: str, what: str) -> str:
    return (
        f"{heading}\n\n**Situation**: Something about {what} went wrong.\n**Task**: I owned {what}.\n"
        f"**Action**: I fixed {what} step by step.\n**Result**: {what} worked again.\n\n"
    )


def ids(text: str, name: str = "bank.md") -> list[str]:
    return [item.id for item in parse_text(text, Path(name)).items]


def test_the_bundled_library_keeps_its_ids():
    library = load_library([DATA])
    assert {item.id for item in library.items} == BUNDLED_IDS
    assert len(library.items) == len(BUNDLED_IDS)


def test_a_reused_scenario_number_keeps_both_items_and_warns_with_both_lines():
    text = (
        "# L7 Scenarios\n\n"
        + story("## L7 Scenario 16: Executive Succession", "succession")
        + story("## L7 Scenario 17: Regulatory Influence", "regulation")
        + story("## L7 Scenario 16: Board-Level Communication", "the board")
    )
    result = parse_text(text, Path("l7-scenarios.md"))
    assert [item.id for item in result.items] == [
        "l7-scenarios/l7-scenario-16",
        "l7-scenarios/l7-scenario-17",
        "l7-scenarios/l7-scenario-16-board-level-communication",
    ]
    (warning,) = [p for p in result.problems if "already used" in p.message]
    assert (warning.line, warning.severity) == (17, "warning")
    assert "l7-scenarios.md:3" in warning.message and "'l7-scenarios/l7-scenario-16-board-level-communication'" in warning.message


def test_two_items_with_the_same_heading_are_numbered():
    text = story("## Conflict", "the roadmap") + story("## Conflict", "the on-call rota") + story("## Conflict", "hiring")
    assert ids(text) == ["bank/conflict", "bank/conflict-2", "bank/conflict-3"]


def test_a_question_label_is_no_code_the_question_names_the_item():
    # "Q:" and "Question:" label every heading of a bank alike: ids made of them all
    # collided, and each item after the first was renamed with a warning.
    text = (
        "# Questions I expect\n\n"
        "### Q: Why do you want to leave your current role?\n**A:** I have grown the team and want a wider scope.\n\n"
        "### Question: What is your management philosophy?\n**A:** I hire for judgement, set clear goals and meet each report weekly.\n\n"
        "### Q3: How do you handle a low performer?\n**A:** I agree a plan with them and check it weekly.\n"
    )
    result = parse_text(text, Path("expected.md"))
    assert [item.id for item in result.items] == [
        "expected/why-do-you-want-to-leave-your-current-role",
        "expected/what-is-your-management-philosophy",
        "expected/q3",  # a numbered label tells the questions apart, as a code does
    ]
    assert not [p for p in result.problems if "already used" in p.message]


def test_an_id_stays_put_when_other_items_are_added_removed_or_edited():
    stories = {
        "first": story("## Story 1: Payments Cut-over", "payments"),
        "second": story("### The Orphaned Search Service", "search"),
        "third": story("## Story 3: Alert Fatigue", "alerts"),
        "fourth": story("## Rebuilding Trust With Finance", "invoices"),
    }
    before = dict(zip(stories, ids("".join(stories.values())), strict=True))
    added = ids(story("## Quarter-End Freeze", "billing") + "".join(stories.values()))
    assert added[1:] == list(before.values())
    removed = ids(stories["first"] + stories["third"] + stories["fourth"])
    assert removed == [before["first"], before["third"], before["fourth"]]
    edited = dict(stories, second=story("### The Orphaned Search Service, Retold", "search, again"))
    edited_ids = ids("".join(edited.values()))
    assert [edited_ids[0], *edited_ids[2:]] == [before["first"], before["third"], before["fourth"]]
    assert ids("".join(stories.values())) == list(before.values())  # and across runs


def test_an_id_from_a_title_in_another_script_stays_put_when_another_such_item_goes():
    stories = [story("## 장애 대응", "the outage"), story("## Миграция базы данных", "the migration"), story("## 困難な問題", "the bug")]
    before = ids("".join(stories))
    assert len(set(before)) == 3 and not any(each.endswith("/item") for each in before)
    assert ids(stories[1] + stories[2]) == before[1:]


def test_items_of_two_files_with_one_name_are_both_kept(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "stories.md").write_text(story("## Conflict", folder))
    library = load_library([tmp_path])
    assert [item.id for item in library.items] == ["stories/conflict", "b-stories/conflict"]
