"""Prepared answers: an interview question answered below it in the candidate's own words,
read as one behavioral item with one timed Answer part (content/prepared.py)."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.answers import still_to_write, unmarked_answer
from systemcraft_tui.content.model import BehavioralScenario
from systemcraft_tui.content.parser import parse_text


def _read(text: str) -> list[BehavioralScenario]:
    items = parse_text(text, Path("answers.md")).items
    assert all(isinstance(item, BehavioralScenario) for item in items)
    return items  # type: ignore[return-value]


def _shown(items: list[BehavioralScenario]) -> list[tuple[str, str, str, list[tuple[str, int, int]]]]:
    return [
        (item.title, item.question, item.rule, [(part.name, part.min_seconds, part.max_seconds) for part in item.star])
        for item in items
    ]


PITCH = """\
# Tell me about yourself

I am a backend engineer with six years on payments systems. I started on a two-person team
that ran card refunds and grew it into the group that now owns every settlement job.

Lately I have led the move of our ledgers to event streams, and I want a role where I can
set that kind of direction for several teams at once.
"""


def test_a_page_titled_by_its_question_over_a_first_person_answer_is_one_prepared_answer():
    (item,) = _read(PITCH)
    assert _shown([item]) == [("Tell me about yourself", "Tell me about yourself", "prepared-answer", [("Answer", 60, 120)])]
    assert item.star[0].text.startswith("I am a backend engineer") and item.star[0].line == 3


ANSWER_BESIDE_TIPS = """\
# My answers

## Q1: Why do you want to join us?

### Tips
- Keep it under two minutes and tie it to the team you would join.

### Your Answer:
I have used your scheduling product for three years and I keep running into the limits of its
reporting. I would like to build the part of it I have wished for, with the team that owns it.

## Q2: Tell me about a time you missed a deadline.

### Your Answer:
I promised a data export for a quarter close and found on the last week that the source table
held duplicates. I told finance the same day, shipped a partial export on time and the rest
two days later, and I now check the source data before I give a date.
"""


def test_the_subheading_naming_the_answer_is_the_answer_and_a_pitch_takes_a_pitchs_time():
    pitch, story = _read(ANSWER_BESIDE_TIPS)
    assert _shown([pitch, story]) == [
        ("Why do you want to join us?", "Why do you want to join us?", "prepared-answer", [("Answer", 60, 120)]),
        (
            "Tell me about a time you missed a deadline.",
            "Tell me about a time you missed a deadline.",
            "prose-answer",  # a story question answered in prose has its own rule, timed the same
            [("Answer", 165, 240)],
        ),
    ]
    assert "under two minutes" not in pitch.star[0].text  # the tips are not the answer
    assert pitch.code == "Q1"


ADVICE = """\
# Answering the common questions

## Why do you want to leave your job?

Be honest but keep it forward-looking. You could say something like "I have learned what I
can here", then explain what you want next and why this role gives it to you.

## What is your greatest weakness?

Pick a real one and show your plan for it. Your interviewer wants to hear that you know
yourself, so avoid a strength dressed up as a weakness and keep your answer short.
"""


def test_advice_on_answering_that_speaks_to_you_is_no_answer():
    assert _read(ADVICE) == []


def test_japanese_answers_in_polite_speech_are_the_candidates_own_with_or_without_a_pronoun():
    # Four questions, answered in polite verbs; only the first answer says 私.
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/prepared_answers_japanese_polite_bullets.md").read_text()
    items = _read(text)
    assert [(item.origin.line, item.rule) for item in items] == [(5, "prepared-answer"), (11, "prepared-answer"), (18, "prepared-answer"), (23, "prepared-answer")]
    assert sum("\u79c1" in item.star[0].text for item in items) == 1
    assert len({item.id for item in items}) == 4


BOLD_QUESTIONS = """\
---
title: my interview notes
---

**What is your greatest strength?**

My greatest strength is follow-through. When I take on a piece of work I see it to the end,
and I tell people early when a date is at risk rather than on the day it slips.

**Do you have any questions for me?**

I usually ask how the team decides what to build next, and what the first three months of the
role would look like if I did them well. It tells me how the team really works.
"""


def test_bold_questions_alone_on_their_line_each_answered_by_the_text_after_it():
    items = _read(BOLD_QUESTIONS)
    assert [(item.title, item.origin.line, item.rule) for item in items] == [
        ("What is your greatest strength?", 5, "prepared-answer"),
        ("Do you have any questions for me?", 10, "prepared-answer"),
    ]
    assert items[0].star[0].text.startswith("My greatest strength") and "questions for me" not in items[0].star[0].text


MIXED = """\
# Amazon loop prep

## Why Amazon?

I have been a customer for ten years and I admire how the company writes things down before
it builds them. I want to work where a six-page memo settles an argument, not the loudest voice.

## Ownership: the orphaned pager

**Situation:** Our on-call rotation covered a service nobody on the team had written.

**Task:** I had to make the pages actionable before the holiday freeze.

**Action:** I read every alert from the last quarter, deleted the noisy ones and wrote runbooks.

**Result:** Pages fell by two thirds and the next holiday passed with one real incident.
"""


def test_a_story_and_a_prepared_answer_on_one_page_are_both_read_each_by_its_own_rule():
    answer, story = _read(MIXED)
    assert (answer.title, answer.rule, [part.name for part in answer.star]) == ("Why Amazon?", "prepared-answer", ["Answer"])
    assert (story.rule, [part.name for part in story.star]) == ("star-parts", ["Situation", "Task", "Action", "Result"])


def test_an_answer_still_to_write_is_not_read():
    blank = PITCH.replace("I am a backend engineer", "I am [your current role]")
    assert _read(blank) == []


# Pages built from the ways a question is asked and the pieces an answer is made of, in any
# order: the reader never fails, and every prepared answer it offers has a question and text.
_ASKING = st.sampled_from(
    [
        "## Why this company?",
        "### Q2: Tell me about yourself",
        "**What is your greatest strength?**",
        "1. Why are you leaving?",
        "2. Tell me about a time you failed.",
        "# TMAY",
        "* **Q** : Tell me about yourself",
        "### 自我介绍",
        "### Your Answer:",
        "### If they ask follow-up questions:",
    ]
)
_PIECES = st.sampled_from(
    [
        "I have led platform teams for six years and I want a larger problem to work on next, with more teams.",
        "- Keep your answer short and tell them why you want the job.",
        "> Interviewers ask this to hear how you organise your thoughts.",
        "* **A** : I build tools that make other engineers faster, and I like measuring it.",
        "- I turned a nightly batch into a stream\n    - it saved 40 minutes a night",
        "1. Projects and difficulties",
        "| Question | Your Answer |\n|---|---|\n| \"Still employed?\" | \"Yes.\" |",
        "I am drawn to [COMPANY] because of [REASON].",
        "私は大学で情報工学を学び、物流会社で五年間システム開発を担当しました。",
        "",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_ASKING, _PIECES), max_size=14))
def test_any_page_of_questions_and_answer_pieces_reads_without_failing(blocks: list[str]):
    items = parse_text("\n\n".join(blocks) + "\n", Path("answers.md")).items
    for item in items:
        if item.rule == "prepared-answer":
            assert isinstance(item, BehavioralScenario)
            assert item.question and item.title and item.star[0].text.strip()


def test_a_follow_up_table_beside_the_answer_gives_probes_with_their_answers_at_their_rows():
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/prepared_answers_under_answer_subheadings.md").read_text()
    leaving = next(item for item in _read(text) if item.title == "Why are you leaving your current job?")
    rows = [number for number, line in enumerate(text.splitlines(), 1) if line.startswith('| "')]
    assert [(probe.question, probe.answer, probe.line) for probe in leaving.probes] == [
        ("Are you still on the on-call rota?", "Yes, until my notice ends; the handover plan is written.", rows[0]),
        ("Did anything go wrong there?", "No. It is a good team, and I want a bigger problem.", rows[1]),
    ]


def test_an_answer_keeps_its_list_items_on_lines_of_their_own():
    (item,) = _read(
        "## Tell me about yourself\n\n"
        "I lead a platform team of six engineers, and before that I wrote backend services for five years.\n\n"
        "- I moved our deploys from weekly to daily\n"
        "- I hired four of the six engineers on the team\n"
    )
    assert item.star[0].text.splitlines()[1:] == ["I moved our deploys from weekly to daily", "I hired four of the six engineers on the team"]


def test_the_question_s_other_wordings_listed_over_the_answer_are_not_advice_to_the_reader():
    (item,) = _read(
        "### Why this company?\n"
        "- Why do you want to work here?\n"
        "- Why do you want to make a move now?\n"
        "- What are you looking for in your next role?\n"
        "    - First, I care about the customer problems this team solves, and I have used the product for years.\n"
        "    - Second, my background in data pipelines fits the platform work on this team.\n"
    )
    assert item.title == "Why this company?" and "I care about the customer problems" in item.star[0].text


def test_a_question_listed_under_an_empty_one_is_no_answer_to_it():
    text = (
        "// Tell me about yourself\n"
        "I have built web products for six years, first at an agency and now on a logistics team where I lead the dashboards "
        "that dispatchers use all day, and I want to own a product end to end next.\n\n"
        "// When do you push through a problem on your own, and when do you involve others on your team?\n\n"
        "// Tell me about a time when you had to act quickly but did not have much data to inform your decision. "
        "What did you do, and what was the outcome for the team and for you?\n"
    )
    assert [item.title for item in _read(text)] == ["Tell me about yourself"]


def test_plain_question_and_answer_marks_are_read_and_left_out_of_the_answer():
    items = _read(
        "Question: Tell me about yourself.\n"
        "Answer: I am a backend engineer with seven years on payment systems. I started on a small refunds team and now "
        "lead the group that owns settlement jobs, and I want a role with a wider scope.\n\n"
        "Q: Why do you want to leave your current job?\n"
        "A: I have learned a lot where I am, but the team is shrinking and I want to work on a product that is still "
        "growing, with more people to learn from and to mentor.\n"
    )
    assert [item.title for item in items] == ["Tell me about yourself", "Why do you want to leave your current job?"]
    assert [item.star[0].text[:12] for item in items] == ["I am a backe", "I have learn"]


def test_the_answer_shown_leaves_out_the_lines_that_only_open_it():
    items = _read(
        "## Why do you want this role?\n\n"
        "**Keywords:** growth, platform\n\n"
        "Answer:\n\n"
        "I have run the build system for four years and I want to own the whole developer platform, "
        "with a team to grow around it, at a company whose engineers I can learn from.\n\n"
        "## Tell me about yourself\n\n"
        "A: I am a backend engineer with seven years on payments; I lead the group that owns settlement jobs "
        "and I want a role with a wider scope across several teams.\n"
    )
    assert [item.star[0].text[:20] for item in items] == ["I have run the build", "I am a backend engine"[:20]]


def test_the_answer_shown_leaves_out_the_outline_and_advice_before_the_words_told_by_i():
    weakness, pitch = _read(
        "#### What is your greatest weakness?\n"
        "- Keep it a story\n"
        "\t1. Pick a skill you are still building\n"
        "- A year ago my manager told me I spent too long planning before I started, so now I ship a small slice "
        "first and plan the rest as I learn.\n\n"
        "#### Tell me about yourself\n"
        "1. Who you are\n"
        "2. Highlights\n"
        "- I have built web software for eight years and I lead a team of five at a ticketing company, where I "
        "now own checkout.\n"
    )
    assert weakness.star[0].text.startswith("A year ago my manager")
    assert pitch.star[0].text.startswith("I have built web software")


def test_a_heading_asking_twice_across_a_dash_asks_and_is_titled_by_its_first_wording():
    (item,) = _read(
        "## What work are you proudest of? - Tell us about a project you would show anyone.\n\n"
        "The project I lead now is the one I am proudest of: I designed a pipeline the company never had, and it "
        "replaced a vendor product we paid for every year, so my team now owns the whole process end to end.\n"
    )
    assert item.title == "What work are you proudest of?"


def test_the_answer_shown_ends_where_the_notes_on_it_begin():
    (item,) = _read(
        "### Why did you stay at one company for nine years?\n\n"
        "Best default answer (calm, honest)</br>\n"
        "“Staying was a choice: the company kept giving me new problems, and for the last year I have led the\n"
        "cross-team design reviews, which is why I am looking for a role where that scope is expected.”\n\n"
        "Why this works</br>\n"
        "No blame, shows a plan\n"
    )
    assert item.star[0].text.startswith("Staying was a choice") and item.star[0].text.endswith("scope is expected.")


def test_a_topic_page_read_as_its_answers_says_nothing_of_the_deep_dive_it_is_not():
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/prepared_answers_topic_headings_among_questions.md").read_text()
    result = parse_text(text, Path("answers.md"))
    assert {item.rule for item in result.items} == {"prepared-answer"}
    assert not [problem.message for problem in result.problems if "deep dive" in problem.message]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # A first line wrapped before its full stop is kept, though it names a version.
        (
            "## Tell me about yourself\n\nThe short version is that I led the migration of our\n"
            "billing system to a new ledger, and I now run the team that owns it across three regions.\n",
            "The short version is that I led",
        ),
        # The question asked again over its answer is not its words.
        (
            "## 自己紹介\n\nQ. 自己紹介をお願いします。\n\n"
            "A. 私は5年間バックエンドエンジニアとして決済システムの開発に携わってきました。昨年は台帳システムの移行をリードし、停止時間なしで完了させました。\n",
            "私は5年間",
        ),
    ],
)
def test_the_answer_shown_starts_with_its_first_words(text: str, opening: str):
    (item,) = _read(text)
    assert item.star[0].text.startswith(opening)


def test_a_page_of_answers_says_how_many_of_its_questions_have_none():
    text = (
        "// Tell me about yourself\n"
        "I have built web products for six years, first at an agency and now on a logistics team where I lead the dashboards "
        "that dispatchers use all day, and I want to own a product end to end next.\n\n"
        "// What are you looking for in your next role?\n\n"
        "// Why would you be a good fit for this team?\n"
    )
    result = parse_text(text, Path("answers.md"))
    assert [item.title for item in result.items] == ["Tell me about yourself"]
    assert [(p.line, p.severity) for p in result.problems] == [(4, "warning")]
    assert result.problems[0].message.startswith("2 questions with no answer written below them (the first at line 4)")
    # a page with no answer at all is a question list, said as before: no count of unanswered questions
    assert not any("no answer written" in p.message for p in parse_text(text.split("\n", 2)[2], Path("q.md")).problems)


def test_a_question_title_over_talking_points_is_answered_by_them_not_by_what_to_avoid():
    text = (Path(__file__).parents[1] / "fixtures/real_shapes/prepared_answer_title_over_talking_points.md").read_text()
    (item,) = parse_text(text, Path("leaving.md")).items
    assert "I have run the same reporting pipeline" in item.star[0].text
    assert "my manager" not in item.star[0].text  # under "Things not to say"


def test_the_answer_shown_joins_the_lines_a_paragraph_wraps_and_keeps_its_items_and_hard_breaks():
    (item,) = _read(
        "## Why do you want to leave your current job?\n\n"
        "I have run the same reporting pipeline for five years and I have\n"
        "fixed most of what I set out to fix.  \n"
        "Now I want problems I have not solved yet.\n\n"
        "- Growth: I want a team that owns a product,\n"
        "  not one stage of it.\n"
        "- Not running away: I would recommend my team to a friend.\n"
    )
    assert item.star[0].text.splitlines() == [
        "I have run the same reporting pipeline for five years and I have fixed most of what I set out to fix.",
        "Now I want problems I have not solved yet.",
        "Growth: I want a team that owns a product, not one stage of it.",
        "Not running away: I would recommend my team to a friend.",
    ]


TALKING_POINTS = """\
# A user first

I have paid for this product myself for years, and my last team moved its whole build onto it
after I argued for it in our budget review, so I know its rough edges as well as its strengths.

# How they decide

I read the principles the company publishes and recognise how I already work: write the plan
down, measure before arguing, and own the outage you caused.
"""


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("why_this_company", "Why this company"),
        ("tell-me-about-your-self", "Tell me about yourself"),
        ("WhyAmazon", "Why Amazon"),
        ("greatest-weakness", "Greatest weakness"),
        ("what-are-your-strengths", "What are your strengths"),
    ],
)
def test_a_page_of_one_answer_is_asked_by_its_file_name_when_nothing_on_it_asks(name, question):
    (item,) = parse_text(TALKING_POINTS, Path(f"{name}.md")).items
    assert _shown([item]) == [(question, question, "prepared-answer", [("Answer", 60, 120)])]
    assert item.star[0].text.startswith("I have paid for this product")


ANGRY_CALLER = """\
One customer called our support line every day for a week because her shop's orders were arriving twice. I took the
ticket over from the support team and listened to her whole story before promising anything.

I traced the double orders to a retry in our checkout that fired when her slow connection timed out, shipped a fix
within two days and called her myself to explain it. She stayed a customer, and I learnt to read the logs first.
"""


@pytest.mark.parametrize("tag", ["沟通 - 难缠的客户", "07"])
def test_a_file_name_tagging_its_question_first_by_a_number_or_another_script_asks_that_question(tag):
    asked = "Tell me about a time you calmed an angry customer"
    (item,) = parse_text(ANGRY_CALLER, Path(f"{tag} {asked}.md")).items
    assert (item.title, item.question, item.rule) == (asked, asked, "prepared-answer")
    # English words before it are a name of the author's own: the question is not set apart from them.
    (named,) = parse_text(ANGRY_CALLER, Path(f"Customer notes {asked}.md")).items
    assert named.rule != "prepared-answer"


@pytest.mark.parametrize("name", ["notes", "why-i-left-my-job", "why_microservices_matter_for_scale", "system-design"])
def test_a_file_name_that_asks_the_candidate_nothing_asks_no_question(name):
    assert not [item for item in parse_text(TALKING_POINTS, Path(f"{name}.md")).items if item.rule == "prepared-answer"]


def test_advice_under_a_file_name_that_asks_is_no_answer():
    advice = "# Structure\n\nKeep your answer short. You should name the team you want to join and say why you chose it over others.\n"
    assert parse_text(advice, Path("why-this-company.md")).items == []


WRAPPED = """\
Notes for the onsite.

b. Why do you want to leave the team you have
led for three years?

I have taken the team as far as I can: the platform is stable, my two seniors are ready to lead
it, and I want to build something new from the first line of its design doc again.

c. 你觉得自己最大的缺点是什
么。

I say yes to too much. I now keep a written list of what I hold, review it with my manager
every Monday, and hand off anything another person on the team could grow from.
"""


def test_a_plain_text_question_wrapped_over_its_paragraph_is_joined_and_answered_below():
    items = _read(WRAPPED)
    assert [(item.title, item.question) for item in items] == [
        ("Why do you want to leave the team you have led for three years?",) * 2,
        ("你觉得自己最大的缺点是什么。",) * 2,  # joined with no space; put to 你 with 什么, ended by 。
    ]
    assert items[0].star[0].text.startswith("I have taken the team")


def test_a_paragraph_of_answer_that_ends_asking_is_no_wrapped_question():
    told = "Why did I pick Go for the rewrite? Because my team\nknew it and I could hire for it?\n\nWe shipped in a quarter.\n"
    assert _read(told) == []


@settings(max_examples=150, deadline=None)
@given(name=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=40))
def test_any_file_name_asks_at_most_one_question_of_the_page_and_never_fails(name):
    items = parse_text(TALKING_POINTS, Path(f"{name}.md")).items
    assert len(items) <= 1
    assert all(item.question == item.title and item.rule == "prepared-answer" for item in items)


def test_a_whole_page_answer_keeps_each_subheading_over_its_version():
    path = Path(__file__).parent.parent / "fixtures" / "real_shapes" / "tell-me-about-yourself.md"
    (item,) = parse_text(path.read_text(encoding="utf-8"), path).items
    lines = item.star[0].text.split("\n")
    manager, design = lines.index("Version for a manager screen"), lines.index("Version for a design-heavy loop")
    assert lines[manager + 1].startswith('"I lead a group of eleven engineers') and design > manager + 1


def test_a_page_of_answers_says_why_a_question_answered_in_a_line_is_not_read():
    text = (
        "# Questions I expect\n\n"
        "### Q: Why do you want to leave your current role?\n**A:** I have grown the team and want a wider scope.\n\n"
        "### Q: What is your management philosophy?\n**A:** I hire for judgement and set clear goals.\n\n"
        "### Q: How do you handle a low performer?\n**A:** Early feedback.\n\n"
        "## Final Advice\n\n- Rehearse aloud\n"
    )
    result = parse_text(text, Path("answers.md"))
    assert [item.title for item in result.items] == ["Why do you want to leave your current role?"]
    (said,) = result.problems
    assert (said.line, said.severity) == (6, "warning")
    assert said.message == (
        "2 questions with answers too short to rehearse (the first at line 6: 8 words, fewer than 10), "
        "so not read; write the answers out to rehearse them"
    )  # a heading that only names a topic ("Final Advice") is no question left unread
    one = parse_text(text.split("### Q: How")[0], Path("answers.md")).problems
    assert [p.message for p in one] == [
        "a question with an answer too short to rehearse (8 words, fewer than 10), so not read; write the answer out to rehearse it"
    ]


def test_an_i_inside_a_hyphenated_name_is_not_the_candidate_speaking() -> None:
    from systemcraft_tui.content.answers import MINE

    assert MINE.search("Gate deploys on can-I-deploy before each release.") is None
    assert MINE.search("Sequential I/O is cheaper than random I/O.") is None  # input and output, no one speaking
    assert MINE.search("Then I gated deploys on it.") is not None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_questions_run_together_are_the_value_cut_at_each_question_mark(value):
    from systemcraft_tui.content.labelled_questions import plain_questions

    asked = plain_questions(value)
    if asked:  # the whole value, nothing said after its last question, each one closing on its mark
        assert all(question.rstrip("\"\u201d").endswith("?") for question in asked)
        assert "".join("".join(asked).split()) == "".join(value.split())


def test_questions_run_together_on_a_follow_ups_line():
    from systemcraft_tui.content.labelled_questions import plain_questions

    assert plain_questions("How did you know it worked? Who pushed back? ") == ["How did you know it worked?", "Who pushed back?"]
    assert plain_questions("How did you know it worked? Then we shipped.") == []
    assert plain_questions("Then we shipped.") == []


@pytest.mark.parametrize(
    "marked",
    ["Answer: I would", "A: I would", "Respuesta: I would", "Resposta: I would", "Réponse : I would", "Antwort: I would", "Ответ: I would"],
)
def test_an_answer_mark_in_the_author_s_language_is_no_word_of_the_answer(marked):
    assert unmarked_answer(marked) == "I would"


def test_answers_told_in_korean_by_nae_ga_are_the_candidate_s_own():
    """내가 (I, as the subject) and 나의 (my) say who tells the answer, as 나는 and 제가 do."""
    text = (
        "## Questions\n\n"
        "### Tell me about a time you failed.\n\n"
        "내가 처음으로 배포를 맡았을 때 설정 파일을 확인하지 않아서 한 시간 동안 장애가 났다. 그 뒤로 배포 전에 체크리스트를 만들어 지금까지 쓰고 있다.\n\n"
        "### Why do you want to work here?\n\n"
        "나의 경험이 이 팀의 보안 자동화에 바로 도움이 될 수 있고, 내가 배우고 싶은 분야의 동료들이 많기 때문이다.\n"
    )
    items = parse_text(text, Path("answers.md")).items
    assert [item.title for item in items] == ["Tell me about a time you failed.", "Why do you want to work here?"]


def test_verbs_and_words_that_say_i_where_no_i_is_written():
    from systemcraft_tui.content.answers import told_without_i

    assert told_without_i("Dạ, em là sinh viên năm cuối, em đã làm hai dự án.") == 2  # Vietnamese: I
    assert told_without_i("A equipe trabalha em São Paulo em dois turnos, não em casa.") == 0  # Portuguese: in
    assert told_without_i("Implementei o cache em uma semana, não em duas.") == 1  # its verb says who
    # Spanish, by its verbs too; not its adjectives, short words or borrowed nouns.
    assert told_without_i("Durante el proyecto teníamos poco tiempo, así que implementé una caché y redujimos errores.") == 3
    assert told_without_i("Los próximos pasos y los mínimos del caché del comité, según José.") == 0


@pytest.mark.parametrize("label", ["Question", "Pregunta", "Pergunta", "Frage", "Вопрос", "Câu hỏi"])
def test_a_question_s_label_in_the_author_s_language_is_no_word_of_it(label):
    from systemcraft_tui.content.answers import marked_question, unmarked_question

    assert marked_question(f"{label}: Why here?") and unmarked_question(f"**{label}: Why here?**") == "Why here?"


def test_versions_of_an_answer_named_by_their_length_are_each_rehearsed_in_it():
    from systemcraft_tui.content.timing import Window, version_window

    assert [version_window(h) for h in ("30-Second Version", "2-Minute Answer", "60 second pitch")] == [
        Window(30, 30), Window(120, 120), Window(60, 60)
    ]
    assert version_window("Version 2") is None and version_window("5 Whys") is None
    path = Path(__file__).parents[1] / "fixtures" / "real_shapes" / "pitch_timed_versions.md"
    items = parse_text(path.read_text(), path).items
    assert [(item.title, item.question) for item in items] == [
        (f"{length} Version", "Why Do You Want This Job?") for length in ("30-Second", "1-Minute", "2-Minute")
    ]
    assert [(s.min_seconds, s.max_seconds, s.timing) for item in items for s in item.star] == [(30, 30, "file"), (60, 60, "file"), (120, 120, "file")]


def test_a_follow_up_bullet_after_a_quoted_answer_is_its_probe_not_an_unanswered_question():
    path = Path(__file__).parent.parent / "fixtures" / "real_shapes" / "bullet_questions_quoted_answers_follow_up_bullet.md"
    result = parse_text(path.read_text(encoding="utf-8"), path)
    (asked,) = [item for item in result.items if item.question.startswith("You lead a project")]
    assert [probe.question for probe in asked.probes] == ["With two more engineers, what would you change in that plan?"]
    assert not any("no answer written below" in problem.message for problem in result.problems)


def test_one_stand_in_masks_a_name_and_two_make_a_skeleton():
    assert not still_to_write("At xxx we build trading systems that answer in microseconds, and I want to work on them.")
    assert still_to_write("I'm excited about xxx, and my yyy background lines up with the role.")


def test_an_answer_shows_none_of_a_copied_definition_nor_of_its_follow_up():
    fixtures = Path(__file__).parent.parent / "fixtures" / "real_shapes"
    notes = fixtures / "lp_definitions_with_story_cues_quoted.md"
    owned = next(item for item in parse_text(notes.read_text(encoding="utf-8"), notes).items if item.title == "Ownership")
    assert "shared date picker" in owned.star[0].text and "Leaders are owners" not in owned.star[0].text
    script = fixtures / "interview_script_plain_labels_follow_ups.md"
    safety = next(item for item in parse_text(script.read_text(encoding="utf-8"), script).items if item.title == "Release Safety")
    assert [probe.question for probe in safety.probes] == ["What would you do when a canary looks fine but customers still complain?"]
    assert "Follow-up" not in safety.star[0].text and "canary looks fine" not in safety.star[0].text



def test_a_question_after_a_long_sentence_setting_it_up_asks():
    from systemcraft_tui.content.questions import asks

    set_up = "Jobs differ in how much unexpected changes can upset the work planned for the week ahead."
    assert asks(f"{set_up} Tell me about a time it happened to you.")


WHY_US = """\
# Behavioral prep

## Why do you want to work at Fernbrook?

I know that Fernbrook is a leader in [home goods retail], and I have shopped there for years. The search
team's posts on ranking are why I applied: I spent three years on relevance and want to work where it is
the product's heart, with people who measure what they ship.
"""


def test_a_lower_case_detail_in_brackets_inside_an_answer_s_prose_does_not_keep_it_unread():
    (answer,) = _read(WHY_US)
    assert answer.question == "Why do you want to work at Fernbrook?"
    # A template, bracket after bracket, is blanks to fill still.
    blanks = WHY_US.replace("for years.", "for [number] years at [store], in [city],")
    assert _read(blanks) == []


STORY_TAGS = """\
## Questions and the story for each

1. Describe a launch that slipped. What did you change afterwards?
`billing migration`

2. Tell me about a time you pushed back on a senior leader.
`on-call rota` or `billing migration`

3. Tell me about a time you had to deliver bad news to your team.
`on-call rota`
"""


def test_a_story_tagged_in_code_under_each_question_answers_it():
    items = _read(STORY_TAGS)
    assert [(item.question, item.star[0].text) for item in items] == [
        ("Describe a launch that slipped. What did you change afterwards?", "billing migration"),
        ("Tell me about a time you pushed back on a senior leader.", "on-call rota or billing migration"),
        ("Tell me about a time you had to deliver bad news to your team.", "on-call rota"),
    ]


def test_a_command_in_code_under_each_question_answers_none():
    # Commands answer one question each: no tags of a few stories for many questions.
    commands = STORY_TAGS.replace("`on-call rota` or `billing migration`", "`git log`").replace("`on-call rota`", "`git status`")
    assert _read(commands.replace("`billing migration`", "`git diff`")) == []


def test_one_count_left_as_x_in_an_answer_written_out_is_said_not_a_blank():
    told = (
        "I'm a senior engineer with [X] years in payments, most of them on the ledger side. I run our design reviews "
        "and mentor the two newest engineers on the squad, and I want to do that on purpose here."
    )
    assert not still_to_write(told)
    assert still_to_write(told.replace("the ledger side", "[team]"))  # two blanks: a skeleton
    assert still_to_write("I have [X] years of experience.")  # a line, not an answer written out


def test_lines_left_for_a_name_in_an_answer_told_in_full_are_the_teller_s_to_say():
    told = (
        "Good morning, I am ______ and I am finishing my diploma in ______. I build Android apps in Kotlin and I have "
        "spent the last year shipping small apps to friends and family. I like screens that feel fast, I keep at a "
        "problem until it is solved, and I am looking for a first job where I can keep learning on apps people use."
    )
    assert not still_to_write(told)
    assert still_to_write("Name: ______\nCollege: ______\nProject: ______\nWhy this role: ______")  # a skeleton of labels and blanks
    assert still_to_write(told.replace("Kotlin", "[LANGUAGE]"))  # a bracketed blank beside them: still to write


ANSWERS_INTRODUCED = """\
# Meeting the Head of Engineering

## Here are detailed example answers to common questions you may face in this round

### 1. "Describe a time you disagreed with your manager."
**Answer**:
```text
S: My manager wanted to rewrite our billing system in one go.
T: I believed the rewrite would stall feature work for two quarters.
A: I brought numbers from the last rewrite and proposed moving one module a month instead.
R: We went module by module and kept shipping features throughout.
```

### 2. "How do you decide when to hire versus grow someone into a role?"
**Answer**:
```text
I look at how soon we need the skill and whether someone already on the team wants to learn it. If we need it
within a quarter I hire, and I pair the new hire with the person who wants to grow so the skill is shared.
```
"""


def test_a_heading_introducing_answers_to_questions_names_no_follow_ups():
    items = parse_text(ANSWERS_INTRODUCED, Path("answers.md")).items
    assert [item.title for item in items] == [
        "Describe a time you disagreed with your manager.",
        "How do you decide when to hire versus grow someone into a role?",
    ]


NOTED_UNDER = """\
# Questions for the loop
- Tell me about a time you owned a problem nobody asked you to fix  
  Flaky deploy pipeline

- Tell me about a time you delivered something late  
  Billing export - vendor API changed twice

- Tell me a specific example of how you raised the bar  
  Review checklist - caught two outages
"""


def test_a_story_named_on_a_plain_line_indented_under_each_question_answers_it():
    items = _read(NOTED_UNDER)
    assert [item.question for item in items] == [
        "Tell me about a time you owned a problem nobody asked you to fix",
        "Tell me about a time you delivered something late",
        "Tell me a specific example of how you raised the bar",
    ]


def test_a_question_wrapped_onto_its_next_line_is_not_noted_under():
    # No hard break and the next line goes on in lower case: the question's own words, wrapped.
    wrapped = NOTED_UNDER + "\n- Tell me about a time you pushed back on a deadline set\n  by your director\n"
    assert [item.question for item in _read(wrapped)] == [item.question for item in _read(NOTED_UNDER)]


def test_sentences_written_out_under_a_technology_s_questions_are_no_notes_of_one_s_stories():
    explained = "\n\n".join(
        f"- **How do you {ask}?**  \n    {answer}"
        for ask, answer in [
            ("handle node failures", "Watch node health and take a failed node off the ring."),
            ("rebalance data", "Only the keys on the new node's virtual nodes move."),
            ("pick a hash function", "Use a fast, uniform one so keys spread evenly."),
        ]
    )
    items = parse_text("# Consistent Hashing\n\n## Common Interview Questions\n" + explained + "\n", Path("guide.md")).items
    assert not any(isinstance(item, BehavioralScenario) for item in items)


GUIDE = """\
## Behavioral Questions & Sample Answers
Question: Tell me about a time you reduced the cost of running a service.
Framework: Answer with the STAR method (Situation, Task, Action, Result) and close on the measurable impact.
Sample Answer: Our staging clusters ran all weekend for nobody. I scheduled them to scale to zero and cut the bill by a fifth.

Question: Describe a time you had to hand over work you cared about.
Framework: Answer with the STAR method (Situation, Task, Action, Result) and close on the measurable impact.
Sample Answer: When I moved teams I wrote a runbook for the ingestion jobs and paired with the new owner for two shifts.
"""


def test_advice_under_its_own_label_between_a_question_and_its_sample_answer_is_neither():
    items = _read(GUIDE)
    assert [item.question for item in items] == [
        "Tell me about a time you reduced the cost of running a service.",
        "Describe a time you had to hand over work you cared about.",
    ]
    # The advice is no part of the answer, nor its name.
    assert [item.title for item in items] == [item.question.rstrip(".") for item in items]


def test_asking_for_a_specific_example_is_an_interview_question():
    from systemcraft_tui.content.questions import asks

    assert asks("Tell me a specific example of how you raised the bar")
    assert asks("Tell us one example where you pushed back")


WRAPPED_ITEMS = """\
1 Kafka gồm những thành phần nào?

2. Offset là gì?

3. Kafka chịu lỗi ra sao? Message xử lý hỏng thì Kafka làm gì?

4. Có 30k message, 3 partition, 3 consumer, message được chia cho các consumer thế nào, consumer thứ ba đọc một message mất 5s
    mới xong, trong khi các consumer khác xong ngay, thì các consumer khác có đọc giúp không?
"""


def test_a_numbered_item_wrapping_onto_a_second_line_is_the_next_in_the_list_not_an_answer():
    from systemcraft_tui.content.markdown_tree import parse_markdown
    from systemcraft_tui.content.prepared import _asked_in_text

    assert [found.line for found in _asked_in_text(parse_markdown(WRAPPED_ITEMS).root, []) if found.answer.lines] == []


def test_a_page_titled_as_asking_what_a_term_is_in_korean_introduces_it_and_answers_nothing():
    path = Path(__file__).parents[1] / "fixtures/real_shapes/neg_principles_blog_korean_what_is_title.md"
    result = parse_text(path.read_text("utf-8"), path)
    assert result.items == []
    assert any("reference page on the Leadership Principles" in problem.message for problem in result.problems)


def test_a_quoted_phrase_then_an_arrow_is_a_tip_not_a_question():
    from systemcraft_tui.content.markdown_tree import parse_markdown
    from systemcraft_tui.content.prepared import _asked_in_text

    tips = (
        "### DON'T:\n\n**1. Ramble**\n- Keep answers to two minutes\n\n**2. Be vague**\n"
        '- "We had trouble" → What trouble, exactly?\n- "It went better" → Better by how much? Which number moved?\n\n'
        "**3. Blame others**\n- Say what you learned\n"
    )
    assert [found.question for found in _asked_in_text(parse_markdown(tips).root.children[0], [])] == []


def _project_answers() -> list:
    path = Path(__file__).parents[1] / "fixtures/real_shapes/project_answers_setup_label_figures_left_out.md"
    return parse_text(path.read_text("utf-8"), path).items


def test_a_setup_label_opens_an_answer_s_situation():
    first = _project_answers()[0]
    assert [(section.name, section.min_seconds) for section in first.star][:1] == [("Situation", 30)]


def test_an_answer_with_only_its_figures_still_to_look_up_is_told_not_a_template():
    assert _project_answers()[0].question == "Tell me about a technical challenge you faced"


def test_a_table_under_a_heading_listing_star_parts_is_no_stories_of_its_own():
    assert not any(item.title.startswith("Story ") for item in _project_answers())


def test_figures_left_out_of_a_told_answer_are_no_errors():
    path = Path(__file__).parents[1] / "fixtures/real_shapes/project_answers_setup_label_figures_left_out.md"
    problems = parse_text(path.read_text("utf-8"), path).problems
    assert [problem.message for problem in problems if problem.severity == "error"] == []


CLARIFYING = """\
# Practice session notes

## Trapping Rain Water

We're given the heights of bars and asked how much water they hold after rain.

**Question**: can a height be negative?

**Answer**: no, every height is zero or more

**Question**: can the total overflow a 32-bit `int`?

**Answer**: no, it always fits
"""


def test_a_thematic_break_after_a_labelled_answer_closes_it():
    after = (
        "\n----\n\n**First idea**: for every bar I would find the tallest bar on its left and the tallest on its right, and the\n"
        "water above it is the smaller of the two minus its own height. Two running maxima make it linear, and I wrote that\n"
        "version out next with a couple of test cases for the edges.\n"
    )
    assert _read(CLARIFYING + after) == []


def test_a_labelled_question_wrapped_onto_its_next_line_is_no_part_of_the_last_answer():
    wrapped = (
        "**Answer**: no, every height is zero or more\n\n**Question**: if two bars have the same height, I guess the water between them stays\n"
        "put and does not spill over either side, right?\n\n**Answer**: yes, it stays between them while both are the tallest around it\n"
    )
    assert _read(CLARIFYING.replace("**Answer**: no, every height is zero or more\n", wrapped)) == []


def test_a_standard_answer_label_in_a_generated_bank_answers_its_question():
    text = (
        "# Platform Team Lead: Interview Questions\n\n## 3 Typical Interview Questions\n\n"
        "### Question 1\uff1aTell me about a time you had to cut scope to hit a launch date.\n"
        "*   **Points of Assessment**: Judgement under time pressure and how you talk to stakeholders.\n"
        '*   **Standard Answer**: "Two weeks before our billing launch I saw we could not finish both invoicing and dunning. I listed '
        "what each customer segment needed on day one, cut dunning to a manual process, told sales the same afternoon and shipped "
        'invoicing on time."\n'
        "*   **Common Pitfalls**: Blaming the team; cutting scope without telling anyone.\n"
        "*   **Potential Follow-up Questions**:\n    *   How did you decide what to cut?\n"
    )
    (item,) = _read(text)
    assert item.question == "Tell me about a time you had to cut scope to hit a launch date."
    assert "Two weeks before our billing launch" in item.star[0].text


BOLD_NUMBERED_QUESTIONS = """\
# Team Lead Questions & Answers

## Delivery

**1. How do you keep a release on track when a dependency slips?**

- Ask the other team for a new date and for what their date depends on.
- Move the work that does not need them to the front of the plan.
- Tell the people waiting on the release the same day, with the new risk.
- Check in with the other team twice a week until their part lands.

**2. Explain your approach to splitting a large project into milestones.**

- Start from what a customer can use at the end of each milestone.
- Keep each milestone short enough to finish in three or four weeks.
- Put the riskiest technical question into the first milestone.
- Review the plan with the whole team before promising any dates.

**3. How do you help a new engineer find their feet on the team?**

- Pair them with an experienced engineer for their first two weeks.
- Give them a small change that reaches production in the first days.
- Ask them to fix one thing in the onboarding notes that confused them.
- Meet them every week for the first month to hear what is hard.
"""


def test_bold_numbered_questions_alone_on_their_line_are_answered_by_the_list_under_them():
    items = _read(BOLD_NUMBERED_QUESTIONS)
    assert [(item.title, item.rule) for item in items][:1] == [("How do you keep a release on track when a dependency slips?", "prepared-answer")]
    assert items[0].star[0].text.startswith("Ask the other team")


def test_a_request_to_explain_your_own_ways_asks_as_a_question_does():
    items = _read(BOLD_NUMBERED_QUESTIONS)
    assert [item.question for item in items][1:2] == ["Explain your approach to splitting a large project into milestones."]
