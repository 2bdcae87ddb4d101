"""The library's preview of a design problem: the prompt as the interviewer puts it, when
the title does not say it already, then the business context, then the phases."""

from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.locations import bundled_content_dir
from systemcraft_tui.ui.preview import item_preview

OWN = """# URL Shortener

**Question:** Design a URL shortening service that handles 100 million new links a month.

## Requirements (5 min)
Short links, redirects, analytics.

## High-Level Design (15 min)
Services and storage.
"""


def test_an_own_design_problems_prompt_is_in_its_preview(tmp_path):
    path = tmp_path / "url.md"
    path.write_text(OWN)
    (item,) = load_library([path]).items
    lines = item_preview(item).plain.splitlines()
    assert lines[:5] == [
        "URL Shortener",
        f"{tmp_path.name}/url.md:1",  # with its folder: a library may hold many files of one name
        "",
        "Design a URL shortening service that handles 100 million new links a month.",
        "",
    ]
    assert lines[5:7] == ["Requirements: 5 min", "High-Level Design: 15 min"]


def test_a_prompt_the_title_already_says_is_not_repeated():
    (item,) = load_library([Path(bundled_content_dir()) / "system-design" / "api-rate-limiter.md"]).items
    text = item_preview(item).plain
    assert text.count("Design a Distributed Rate Limiting Service") == 1
    assert text.splitlines()[3].startswith("Corvid Cloud sells")


def test_a_week_with_no_title_of_its_own_has_no_colon_after_its_span():
    from systemcraft_tui.content.parser import parse_text

    text = "# Four-Week Plan\n\n## Weeks 1-2: Stories\n- [ ] Write eight stories\n\n## Weeks 3-4\n- [ ] Two mocks a week\n"
    (plan,) = parse_text(text, Path("plan.md")).items
    shown = item_preview(plan).plain
    assert "Weeks 1-2: Stories" in shown and "Weeks 3-4\n" in shown and "Weeks 3-4:" not in shown


def test_a_deep_dive_with_no_summary_is_previewed_by_what_it_explains(tmp_path):
    path = tmp_path / "redis.md"
    page = "# Redis Interview Guide\n\n### What is eviction?\n\nDropping keys when memory is full.\n\n"
    page += "### Q: Explain persistence.\n\nRDB snapshots and an AOF log.\n\n### How does Redis replicate?\n\nA replica streams writes.\n"
    path.write_text(page)
    (item,) = load_library([path]).items
    lines = item_preview(item).plain.splitlines()
    assert lines[2:4] == ["", "Explains: What is eviction?, Explain persistence., How does Redis replicate?"]
