"""What a user rates after a prepared answer told whole: its point, length and fit, not STAR."""

from pathlib import Path

from systemcraft_tui.content.model import BehavioralScenario, Origin, StarSection
from systemcraft_tui.content.rules import PREPARED_ANSWER
from systemcraft_tui.practice.assessment import PITCH_DELIVERY, STORY_DELIVERY, rating_items


def _told_whole(question: str, rule: str = PREPARED_ANSWER) -> BehavioralScenario:
    item = BehavioralScenario(
        id="answers/q",
        title=question,
        code=None,
        levels=(),
        origin=Origin(Path("answers.md"), 1),
        content_hash="h",
        question=question,
        star=[StarSection("Answer", 60, 120, "I ...", 3, "default")],
    )
    item.rule = rule
    return item


def test_a_pitch_is_rated_on_its_point_and_fit_and_a_story_told_whole_on_its_star_flow():
    assert rating_items(_told_whole("Why do you want to join us?")) == list(PITCH_DELIVERY)
    assert rating_items(_told_whole("Tell me about a time you missed a deadline.")) == list(STORY_DELIVERY)


def test_a_story_the_fallback_offers_whole_is_rated_as_a_story_whatever_it_is_asked():
    """A brag entry asked by its title ("Walk me through this story: …") is still a story."""
    offered = _told_whole("Walk me through this story: Queue Backlog During the Sale", rule="fallback-story")
    assert rating_items(offered) == list(STORY_DELIVERY)
