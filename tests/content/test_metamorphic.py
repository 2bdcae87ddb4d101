"""The reader reads a corpus file the same after a rewrite that changes nothing a careful
person reads (tests/content/metamorphic.py): every file each transformation applies to but
the known misses, and any chain of the transformations with none on a file hypothesis picks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.parser import decode
from tests.content.metamorphic import TRANSFORMS, ItemRead, compare, read_signature

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "real_shapes"
FILES = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")

# The files each transformation still changes the read of (tests/benchmarks/robustness.py
# --misses says how): every other file it applies to must read the same.
KNOWN_MISSES: dict[str, set[str]] = {
    # "## Why This Team? Same As Why This Role": a remark in title case after the question's mark reads
    # as a second question run on, not a remark; that answer is no longer read.
    "headings_title_case": {"answer_notes_principle_headings_strength_weakness.md"},
    # The front matter's title is written as a `#` heading above the page's sections: with
    # the sections at `#` themselves it is one more of them and no longer names the page.
    "headings_shallower": {
        "front_matter_page_star_framework.md",
        "design_worked_front_matter_brief.md",
        "plan_issue_body_one_week.md",
        "design_series_post_front_matter_title.md",
        # Its question headings raised to the front matter's title's level: the introduction under that
        # title then answers it.
        "blog_sample_answers_in_fences.md",
        # Its setext sections stay at level 2 while `### Example 1:` rises beside them: the
        # versions of the answer no longer sit under the `Sample Answers` that asks them.
        "guide_chapter_sample_answers_numbered_examples.md",
    },
    # Numbers are how many authors mark the steps of a design or the items of a bank: some of
    # these (an "Overview" numbered among the steps) are ambiguous, not only misread.
    "headings_numbered": {
        # Titled for the discipline's interview notes (`Leader Election: System Design Interview Notes`), its
        # sections numbered `## 1. What It Solves` … walk like a design's steps: read as one.
        "deep_dive_title_subtitle_discipline_notes.md",
        # Numbered twice (`## 2. Mock Interview #2: Vending Machine`): the code that names each a mock
        # interview sits after another number, and the series is not seen.
        "mock_interview_series_subheadings.md",
        # `## 1. Reference` over the source's link, numbered with the design's steps: it is read as
        # one more step, since a step may hold a link alone.
        "Rate_Limiting_an_API.md",
        # `#### 2. Example Answer` numbered over bold STAR labels: the story is read told whole, its
        # labels no longer taken for its parts (the question heading over it numbered too).
        "question_how_to_answer_star_steps_then_example.md",
        # Numbered twice (`## 2. 一、需求澄清`): one numbering is left off, the Chinese one stays a word, and
        # the walk no longer ends where `五、常见追问` (common follow-ups) begins.
        "02_设计点赞系统.md",
        # Its parts numbered under a title that asks before a colon: "2. Keys to the Locker Design", the
        # one that names the system, is taken for the design asked (as at the start of this stop).
        "design_case_study_title_ask_before_colon.md",
        # Numbered sections that walk no design by its parts' names are read to the end: the coach's
        # `## 7. Scoring Feedback` and the advice after it are steps; unnumbered, the walk ends there.
        "practice_session_topic_labelled_scenario.md",
        # Numbered (`### 1. **Video details:**`), the talk's notes read as a topic page on the labels of
        # its first section, the video places closing its takeaways (`[[01:00](…)]`) being no timings.
        "neg_video_notes_timestamp_links.md",
        # "## 2. Must Practice Design Problems" numbered among the plan's sections, over a numbered list
        # of designs to ask: read as a design problem of its own.
        "plan_phase_headings_over_week_tables.md",
        # Its title numbered as its sections are is the first of them: the page is then named by
        # its file, whose name here says no technology.
        "deep_dive_h1_sections_link_contents.md",
        # Problems numbered among the page's sections ("## 3. [Design Spotify](…)"): one with no steps of
        # its own is read as written up in one step, not given the preset's.
        "design_mock_notes_contents_links.md",
        # A review's numbered parts ("### 1) What works") stand for the steps of a design written up
        # with none: numbered further, or not numbered at all, its sections read otherwise.
        "design_review_grouped_interviewer_questions.md",
        # Numbered, the first question's guide and sample-answer subheadings (`### 2. Ví dụ câu trả lời mẫu:`)
        # are read as steps of their own and the answer as the subheading's story (in English words too).
        "stories_vietnamese_sample_answer_subheading.md",
        # Its introduction and problem statement numbered with the steps after them (`## 1. **Introduction**`):
        # counted among the steps, they are read as two more of them.
        "Shared_Rate_Limiter.md",
        "design_casestudy_timed_then_untimed_sections.md",
        "design_cross_questions_table.md",
        "design_note_vocabulary_headings.md",
        "design_overview_first_section.md",
        "design_requirements_with_split_list_questions.md",
        # Numbered, its sibling follow-ups heading ("### 3. 📝 Follow-ups …") no longer gives the story its probes.
        "stories_caps_labels_glossed_timings_quoted.md",
        "design_prompt_two_own_sections.md",
        # The page's title written twice, numbered "1." and "2." once numbered: two headings, no longer one title.
        "design_title_again_after_overview.md",
        "design_question_title_strategy_list.md",
        "design_title_level_sections_unnumbered.md",
        "design_walkthrough_discussion_points.md",
        "design_walkthrough_numbered_one_level_down.md",
        # Its sections numbered 1 to 4 and the closing `## 设计难点` not (the transformation numbers
        # its subheadings instead): the numbered walk ends before it.
        "design_series_post_front_matter_title.md",
        "framework_page_example_problem.md",
        "front_matter_page_star_framework.md",
        "interview_experience_round_design_prompt.md",
        "neg_design_practice_tracker_empty.md",
        # Numbered, its link-only subheadings are `design-steps`' steps (that rule reads no links): not the fallback.
        "neg_fallback_link_list_system_design.md",
        "one_week_plan_titled_by_month.md",
        "parking_lot_notes.md",
        "plan_weeks_in_chinese.md",
        "question_bank_answer_guidance.md",
        # Its title numbered "1." like the sections beside it: the first of them, no title over a "What is …?".
        "quick_notes_what_is_then_typed_table.md",
        # `# 1. Question` over `# 2. Answer`: numbered, the template's labels are no longer known.
        "r2-07-pressure.md",
        # Its title and `# Summary` numbered `# 1.` and `# 2.`: two chapters, no title over the outline, a page to read.
        "outline_code_names_some_without_points.md",
        # Numbered with the sections around it, the lab's brief (`## 2. Đề bài`) is taken for one more step.
        "lab_sheet_vietnamese_brief_requirements.md",
        "scenario_page_star_notes_framework.md",
        "star_coded_stories_example_and_blank_version.md",
        "star_guide_examples_named_as_questions.md",
        "star_method_reference.md",
        "star_parts_table_cells_heading_values_arrows.md",
        "story_bank_bracket_theme_tags.md",
        "story_code_heading_title_below.md",
        "story_framework_toc_fenced_template.md",
        "story_part_word_code_heading.md",
        "story_portfolio_short_and_full_telling.md",
        "story_title_subheading.md",
        "ticket_queue_notes.md",
        "topic_page_title_at_sections_level.md",
        "topic_title_written_twice.md",
        "topic_title_written_twice_plain_summary.md",
    },
    # Taking the numbers off a design's steps leaves sections whose names alone must say which
    # are steps: mostly steps a careful reader still counts and the reader misses.
    "headings_unnumbered": {
        "design_api_typed_fields.md",
        "design_review_grouped_interviewer_questions.md",
        "design_collection_alike_writeups.md",
        "design_discipline_label_numbered_steps.md",
        "design_part_sections_named_as_systems.md",
        "design_steps_counted_on_into_a_list.md",
        "design_steps_counted_on_same_level.md",
        "design_study_guide_overview_first.md",
        "design_walkthrough_numbered_one_level_down.md",
        "pastebin.md",
    },
    # Ambiguous: "3. Action:" over the answer's own "1. **Ask what for**" steps makes one list
    # of parts and steps, which even a careful reader has to untangle.
    "star_bold_to_numbered": {"questions_with_sample_answers.md"},
    "star_bold_to_headings": {
        "coded_bank_short_story.md",
        "leadership_scenes_situation_to_you.md",
        # `**My Approach:**` (no STAR word) stays a bold label between the new part headings, inside
        # Situation's: the answer, Action and all, reads as one told in prose.
        "question_headings_over_answer_subheadings.md",
        # Its stories named by bold lines (`**Story 2: … (Earn Trust)**`): with the parts made headings, the next
        # story's bold name sits under the last one's Result heading, and its principle with it.
        "chapter_closing_week_plan_and_tips.md",
    },
    "star_synonyms": {
        # Its part headings hold their text after the label (`# Objective: "I was on …"`): other words for
        # a part, so written, are not read as that part's heading, as its own name is.
        "star_part_headings_shallower_than_question.md",
        "coded_bank_short_story.md",
        # Every part renamed (Context, Goal, Approach, Outcome) and told in Spanish mostly in the
        # present, with few first-person verbs: nothing left says someone tells a story.
        "scenario_heading_as_situation_spanish_bank.md",
        # ... and so with note bullets that say no "I" (`- Traced one slow request end to end`).
        "principle_quoted_in_title_note.md",
        # "**Context** (Paint the picture - 30 seconds)" over a quote: glossed labels of other names are not read as parts.
        "stories_caps_labels_glossed_timings_quoted.md",
        "leadership_scenes_situation_to_you.md",
        "question_file_example_response.md",
        "scenario_page_star_notes_framework.md",
        "scenario_scene_headings.md",
        "star_answers_in_text_fences.md",
        "star_parts_table_cells_heading_values_arrows.md",
        "story_bank_question_variations.md",
        "story_title_subheading.md",
        # "- **Objective:** What was your own part in it?" in a framework that coaches the parts: with the
        # other names its question line is taken for a prepared answer's (a gap of the reader's, kept in view).
        "guide_framework_coaching_parts_stems.md",
    },
    # By rule a plain "Q:" opens a follow-up and its "A:", not the story's question.
    "question_as_q": {
        "question_line_level_answers.md",
        "questions_with_sample_answers.md",
        "scenario_competencies_by_company.md",
        "scenario_page_scene_heading_questions.md",
        "scenario_question_good_answer_steps.md",
        "star_explainer_then_question_bank.md",
        # A screening round's discussions are laid out by their bold labels: a plain "Q:" over
        # "**Optimal Response**:" no longer lays them out alike.
        "screening_design_discussions.md",
    },
    # "## Step 1: The Retry Storm" codes a story as a step: whether its heading or its question
    # is then the title is the app's convention, not something the page says.
    "steps_as_step_n": {
        "design_steps_counted_on_into_a_list.md",
        "model_answers_quoted_question_headings.md",
        "plain_label_lines_timed.md",
        "story_numbered_parts_qa_follow_ups.md",
        # "### Step 1: Situation (Context)": a part named as a step is no longer read as the part.
        "story_question_description_then_notes.md",
        "star_guide_adverb_instructions_then_stories.md",  # "### Step 1: Situation" too
        # Its numbered title made "# Step 05: Caching & Eviction" names a method's step, no technology.
        "deep_dive_numbered_introduction_concepts.md",
        "topic_chapter_code_comments_closing_quiz.md",  # so does "# Step 12: Rate Limiting"
        # "# Step 1: Proudest Work: Retiring …": the step's code takes the place of the theme's, which joins the title.
        "story_bank_bold_question_under_question_heading.md",
        # "## Step 4: Shared Document Editing Service": exercises coded as steps and laid out alike are one series, every prompt a design.
        "prep_sheet_prompt_label_over_ask.md",
        # "## Step 2: Full-Stack / System Design (60 min)": a round coded as a method's step names no round; the design is titled by it.
        "mock_set_design_rounds_question_subheading.md",
        # "## Step 8: Week 6 — Mock + 投递": a step of a procedure naming a week is no week, so the check-off list's
        # `### Week 6` is it, and the plain bullets under the step are no longer its goals.
        "plan_numbered_week_sections_summary_table.md",
    },
    "weeks_as_bold_lines": {
        "problem_set_closing_plan.md",
        # Bare weeks over plain paragraphs, made bold lines: the paragraphs after `**Week 2 & Week 3**` run
        # on into the one stretch, and the last week is no longer read apart.
        "plan_bare_weeks_paragraph_topics_joined_weeks.md",
        # Weeks numbered again under each month's heading go on from the month before only as
        # headings: as bold lines, October's `Week 1-2` is read as September's again.
        "plan_chinese_months_weeks_numbered_within.md",
        # A week heading right over its numbered readings, no blank line between, made a bold line:
        # Markdown runs it on into the list item above as a lazy line, so one week holds them all.
        "plan_weekly_assignments_readings.md",
    },
    "weeks_as_list_items": {"plan_chinese_months_weeks_numbered_within.md"},  # ... nor as list items
    # A week's labelled lines (`**Focus:**`, `**Outcome:**`) joined by <br> into one table cell are
    # read as its theme, not as its goal and deliverable: a reader miss.
    "weeks_as_table_rows": {
        "problem_set_closing_plan.md",
        "plan_week_outcome_lines.md",
        "plan_week_labels_in_list_items.md",
        # ... and so are a week's `**Topics:**` bullets joined into its row: its theme, no goals of their own.
        "plan_closing_checklist_week_boxes.md",
        "plan_timed_mini_build_labels.md",  # ... and its `**Mini-build (~1.5h):**` task joined so
        "plan_bare_weeks_plain_day_bullets.md",  # ... and its `- Day 2: …` bullets joined into the row
        "plan_week_ranges_sentences_with_lead_ins.md",  # ... and its sentences, lead-ins and week-labelled questions
    },
    # Timed exercises ("Design a Chat System (45 minutes)") written as bold lines are no
    # longer read as problems: a reader miss.
    "timed_headings_as_bold_lines": {"deep_dive_with_exercises.md"},
    # ... and the interviewer's bold questions under a timed step, nested into the list item the
    # step becomes, are that step's notes, no longer lines of the page's own text: a reader miss.
    "timed_headings_as_numbered_list": {"deep_dive_with_exercises.md", "mock_interviewer_questions_all_bold.md"},
}
# Rewrites of carriers few corpus files use (weeks under headings that hold only points,
# principles on a labelled line, timed headings that open their section): how many they
# apply to beside their known misses.
FEW_FILES = {
    "weeks_as_table_rows": 3,
    "principles_as_trailing_tags": 3,
    "timed_headings_as_bold_lines": 7,
    "timed_headings_as_numbered_list": 7,
}
# Those the reader reads every corpus file the same after, chained in any order below.
ROBUST = tuple(name for name in TRANSFORMS if name not in KNOWN_MISSES)


@cache
def _text(path: Path) -> str:
    return decode(path.read_bytes())  # as the reader decodes it (a UTF-16 file too)


@cache
def _original(path: Path) -> tuple[ItemRead, ...]:
    return read_signature(_text(path), path)


@pytest.mark.parametrize("name", TRANSFORMS)
def test_every_file_reads_the_same_after_a_transformation_but_its_known_misses(name: str) -> None:
    transform = TRANSFORMS[name]
    applied = 0
    differences = []
    for path in FILES:
        changed = transform(_text(path))
        if changed == _text(path) or path.name in KNOWN_MISSES.get(name, ()):
            continue
        applied += 1
        if (difference := compare(_original(path), read_signature(changed, path))) is not None:
            differences.append(f"{path.name}: {difference}")
    assert applied >= FEW_FILES.get(name, 8), f"{name} applies to only {applied} corpus files"
    assert not differences, f"{len(differences)} of {applied} read differently:\n" + "\n".join(differences)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(FILES), chain=st.lists(st.sampled_from(ROBUST), min_size=1, max_size=3))
# Found by the search: blank lines and rules between a month's parts once made it more than half
# the page by its lines, and the page's title the plan's (recognise._nonblank_share).
@example(path=CORPUS / "korean_month_of_listed_weeks.md", chain=["blank_lines_between_sections", "rules_between_sections"])
# ... and blank lines doubled with a line feed alone in a Windows file ran a content tab's lines together (tabs.py).
@example(path=CORPUS / "design_mkdocs_content_tabs.md", chain=["windows_line_endings", "blank_lines_doubled"])
def test_a_chain_of_robust_transformations_reads_the_same(path: Path, chain: list[str]) -> None:
    text = _text(path)
    for name in chain:
        text = TRANSFORMS[name](text)
    assert compare(_original(path), read_signature(text, path)) is None


def test_code_blocks_and_front_matter_are_not_transformed() -> None:
    text = "---\ntitle: x\n# not a heading\n---\n# Title\n```\n## in code\n**Situation:** code\n```\n**Situation:** told\n"
    assert TRANSFORMS["headings_deeper"](text) == text.replace("# Title", "## Title")
    assert TRANSFORMS["star_bold_to_own_line"](text) == text.replace("**Situation:** told", "**Situation**\n\ntold")


def test_a_transformation_that_does_not_apply_leaves_the_text() -> None:
    deepest = "# Title\n###### Six\n"
    assert TRANSFORMS["headings_deeper"](deepest) == deepest
    assert TRANSFORMS["headings_shallower"]("# Title\n## Part\n") == "# Title\n## Part\n"


def test_the_comparison_sees_a_changed_read() -> None:
    text = "# Story\n\n## Question\nTell me about a time you led.\n\n## Situation\nA.\n\n## Task\nB.\n\n## Action\nI did C.\n\n## Result\nD.\n"
    path = CORPUS / "made_up.md"
    without_result = text.replace("## Result\nD.\n", "")
    assert compare(read_signature(text, path), read_signature(text, path)) is None
    assert compare(read_signature(text, path), read_signature(without_result, path)) is not None


def test_windows_line_endings_are_written_once() -> None:
    once = TRANSFORMS["windows_line_endings"]("# Title\ntext\n")
    assert once == "# Title\r\ntext\r\n"
    assert TRANSFORMS["windows_line_endings"](once) == once
