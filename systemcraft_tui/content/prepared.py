"""Prepared answers: an interview question ("Tell me about yourself", "Why Amazon?", "What
are your strengths?") asked by a heading, a bold line alone, a numbered line or a `**Q**`
line, answered below it in the candidate's own words with no STAR parts. Each is a
behavioral item rehearsed as one timed answer. Read last (parser.py), on the parts of a page
no other item holds, so a heading another rule reads stays theirs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from systemcraft_tui.content.answers import (
    ADDRESSED,
    MINE,
    Answer,
    Piece,
    answer_below,
    introduces_answer,
    labels_answer,
    marked_answer,
    marked_question,
    pieces,
    still_to_write,
    told_without_i,
    unlabelled,
    unmarked_answer,
    unmarked_question,
    words_in,
)
from systemcraft_tui.content.fallback import bold_alone, story_name
from systemcraft_tui.content.html_headings import summary_named
from systemcraft_tui.content.ids import slug
from systemcraft_tui.content.labelled_questions import listed_follow_ups, plain_questions
from systemcraft_tui.content.labels import FOLLOW_UPS, meaning
from systemcraft_tui.content.markdown_tree import Line, ListBlock, Run, Section, block_lines
from systemcraft_tui.content.model import BehavioralScenario, ContentItem, PrincipleRef, Probe, StarSection
from systemcraft_tui.content.names import behavioral_role, closes_page, normalize, strip_quotes, without_symbols
from systemcraft_tui.content.principles import canonical_principle, principles_in_prose, principles_listed
from systemcraft_tui.content.questions import UNMARKED_ASK, asks, asks_what_happened, opens_a_question
from systemcraft_tui.content.read_memo import per_heading
from systemcraft_tui.content.reading import (
    ANSWER_NAME,
    TICK_BOX,
    FileContext,
    id_part,
    label_and_value,
    read_probes,
    says_to_come,
    section_levels,
    split_name,
    split_title,
    text_lines,
    without_numbering,
)
from systemcraft_tui.content.rules import PREPARED_ANSWER
from systemcraft_tui.content.spans import Cover, Spans
from systemcraft_tui.content.stories import heading_tags, principle_in_heading, principles_in_heading, question_on
from systemcraft_tui.content.system_design import opens_asking_design
from systemcraft_tui.content.timing import PREPARED_ANSWER_WINDOW, stated_window, untimed, version_window, whole_answer_window
from systemcraft_tui.core.wording import count

# A polite request ends a question in Japanese (and Korean, 주세요) as often as a question mark
# does, and a Chinese question may open with its question word, or a request with 请, and end with none.
# A Korean request may close on a full stop (`…소개해주세요.`, `…설명해보세요.`), and a self-introduction
# asked for may come with its length (`2분 내로 자기소개`, in two minutes). A Korean prompt for a story
# names the time it asks for, as 'A time you …' does: `끝까지 책임졌던 적` (a time you saw
# something through), `팀장과 의견이 달랐던 경험` (an experience of disagreeing with a lead).
# A Korean question left unmarked may end as one asks (`…무엇이냐`), as one asks whether
# (`…해결했는지`, `…무엇인지`) or as one poses a case (`상사가 부당한 지시를 한다면`, if your boss …).
_REQUEST = re.compile(r"(?:ください|お願いします|ますか|ですか|でしょうか|(?:주|보)세요[.。]?|자기\s?소개|(?:던|[한본은])\s?적|던\s?경험|냐|(?<!\s)[는인]지|(?:다|이라)면)$|^(?:为什么|为何|如何|怎么|怎样|请|说说|讲讲|谈谈|聊聊|(?:介绍|描述|分享|讲|说)一下)")
# ... or hold its question word further on (`压力怎么办`, `有没有别的Offer`, `…会不会有顾虑`), unless it asks
# for a design (`如何设计一个秒杀系统`: a design question, no answer of one's own).
_ASKED_WITHIN = re.compile(r"^(?!.*(?:设计|設計|架构)).*(?:为什么|为何|如何|怎么|怎样|会不会|有没有|是否|能不能)")
# A heading that names one of the prompts every interview has, not as a question: "Self
# Introduction", "Strengths and Weaknesses", "Salary Expectations", 自我介绍, 志望動機 ...
_PROMPT = re.compile(
    r"^(?:self[ -]?introduction|introduce yourself|elevator pitch|(?:my |your )?(?:greatest )?strengths?(?: (?:and |& )?weaknesses?)?"
    r"|(?:my |your )?(?:greatest )?weakness(?:es)?|career (?:plan|goals?)|salary expectations?|reasons? for leaving"
    r"|questions? for (?:the interviewer|us|them|me)|presentaci[oó]n personal|fortalezas(?: y debilidades)?|debilidades)$"
    r"|^(?:自己的|我的|个人)?(?:自我介绍|优缺点|优点|缺点|职业规划|薪资要求|期望薪资|离职原因|还有什么问题|挫折|失败经历|兴趣爱好|爱好|自我评价|自评|他评"
    r"|自己紹介|志望動機|長所|短所|強み|弱み|退職理由|キャリアプラン|逆質問)"
    # ... and in Korean: one's strengths and weaknesses (`자신의 장단점`), why one applies, one's aims once hired
    r"|^(?:자신의|본인의|나의|성격의?)?\s?(?:장단점|장점과 단점|지원\s?동기|입사\s?후\s?포부)$",
    re.IGNORECASE,
)
# An interviewer's notes: their "I" listens to "the candidate", whom no answer names.
# ... not a thing named for candidates ("the candidate view", "candidate generation" in a ranking system).
# ... in the author's language too: French "le candidat", Spanish or Portuguese "el candidato", German "der Kandidat".
_ABOUT_A_CANDIDATE = re.compile(
    r"\b(?:[ck]andidat(?:e|o|a|en)?s?(?![ -](?:view|page|list|pool|set|keys?|generation|selection|retrieval|table|profile|portal|dashboard|search|items?|models?|stage)\b)|interviewees?)\b",
    re.IGNORECASE,
)
# "What is Jira...?", "What is Agile methodology?": a term to define, told by no one among one's own answers.
_ASKS_WHAT_A_TERM_IS = re.compile(r"^(?!.*\byou)\W*(?:\d+[.)]\s*)?what\s+(?:is|are)\s+[^\s?]+(?:\s+[^\s?]+){0,3}?[\s.\u2026?]*$", re.IGNORECASE)
# ... and in Korean, "X이란?", "X란 무엇인가?" (what is X?), of no one (`나에게 리더십이란?`, leadership to me, is one's own).
_ASKS_WHAT_A_TERM_IS_KO = re.compile(r"^(?!.*(?:나|저|제|당신|본인)(?:에게|의|는|은))[^?\uff1f]*\S(?:이)?란(?:\s*무엇인가요?)?\s*[?\uff1f]$")
FEWEST_ANSWER_WORDS = 25  # a written-out answer, not a one-line note (a table of answers counts so too)
_FEWEST_OWN = 2  # answers told by "I" that make a page the candidate's own
_FEWEST_WORDS_OWN_PAGE = 10  # a short answer, on such a page


def _asks_what_a_term_is(question: str) -> bool:
    return bool(_ASKS_WHAT_A_TERM_IS.match(question) or _ASKS_WHAT_A_TERM_IS_KO.match(question.strip()))


def _asked_by_heading(section: Section) -> str | None:
    """The question a heading asks, without its numbering or code ("Q1: Tell me about …")."""
    # Its principles in a closing remark are no words of it either ("… fixed?  (dive deep, deliver results)").
    title = _without_status(heading_tags(_unnumbered(split_title(section.title.text)[1]))[0])
    asked = untimed(title)  # "WHY GOLDMAN? WHY ENGINEERING? (60-90 seconds)": its length is no word of it
    if principle_in_heading(asked) and not opens_a_question(asked):
        return None  # a principle's name, a remark closing on a question mark (`### Earn Trust 赢得信任?`): no question
    return title if _asking(asked) or UNMARKED_ASK.match(asked) or _why_company(asked, section) else None


# "Q4: Describe a hard bug — DONE", "Why this team? (todo)": where the author stands with the answer, none of the question.
_STATUS = re.compile(r"\s*(?:\s[-\u2013\u2014]\s*(?:done|to ?do|wip|pending)|\((?:done|to ?do|wip|pending)\))\s*$", re.IGNORECASE)


def _without_status(title: str) -> str:
    return _STATUS.sub("", title) or title


def _why_company(asked: str, section: Section) -> bool:
    """`## Why Wavelo`: the question every interview asks about the company, named by the company
    alone, which the answer under it names with a capital ("Wavelo runs …"); one of two wordings
    too (`why 华为` then, after a full-width bar, what I hope to learn there)."""
    found = next((found for one in _WORDINGS.split(without_symbols(asked)) if (found := _WHY_ONE.match(one.strip()))), None)
    if found is None:
        return False
    name = found[1][:1].upper() + found[1][1:]
    return any(name in line.text for line in section.paragraph_lines())


_WHY_ONE = re.compile(r"^why (?!(?:this|that|these|the|a|an|not|us|me|you|it|i|we)$)([^\W\d_][\w.&'\u2019-]*)$", re.IGNORECASE)


# "How should an answer be built?", "How A should be formulated?", "How to structure your answer?".
_ABOUT_ANSWERING = re.compile(
    r"^how\b(?:\s+\w+){0,4}?\s+(?:answers?|a|responses?|stories)\b(?:\s+\w+){0,2}?\s+(?:be\s+)?(?:built|formulated|structured|written|framed|shaped)\b"
    r"|^how\s+(?:to|do\s+(?:i|you)|should\s+(?:i|you))\s+(?:build|formulate|structure|write|frame|shape)\s+(?:an?\s+|your\s+|the\s+)?(?:answers?|responses?|stories)\b",
    re.IGNORECASE,
)


def _names_a_prompt(text: str) -> bool:
    """Whether a heading names a prompt every interview has by its topic (`Strengths & Weaknesses`),
    asking nothing in words of its own, not even as a request."""
    wordings = [one for one in _WORDINGS.split(text) if one]
    asking = any(asks(one) or _REQUEST.search(one) or _ASKED_WITHIN.match(one) for one in wordings)
    return not asking and any(_PROMPT.match(normalize(one) or one) for one in wordings)


def _asking(text: str) -> bool:
    """Whether a heading or a line alone asks an interview question, or names a prompt every
    interview has ("Strengths & Weaknesses")."""
    # "How is Scrum applied in your team? / Tell me about your experience with Scrum": either asks,
    # and so with a bar or a dash between ("What exceptional work have you done? - Tell us about …").
    return any(
        asks(one) or _REQUEST.search(one) or _ASKED_WITHIN.match(one) or _PROMPT.match(normalize(one) or one)
        for one in _WORDINGS.split(text)
        if one
    )


_ASKED_TWICE = re.compile(r"(?<=\?)\s+[-\u2013\u2014]\s+")
# Two wordings split by a slash or a bar, a full-width one too (`why 华为`, the bar, what I hope to learn there);
# a question and the remark after it in lower case (`## Why this team? same as why this role`).
_WORDINGS = re.compile(rf"\s+[/|]\s+|\s*\uff5c\s*|{_ASKED_TWICE.pattern}|(?<=\?)\s+(?=[a-z])")


# "2.8. Tell me about …": a section number of an outline, several levels deep; "b. …": a letter of a plain-text list.
_OUTLINE_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)+\.?|[a-z][.)])\s+")


def _unnumbered(title: str) -> str:
    return strip_quotes(without_numbering(_OUTLINE_NUMBER.sub("", title)))


# A quotation inside the text ("Open with the stakes: \"I knew the date mattered …"), to
# the closing quote or the end of its paragraph: an answer's words put in the reader's mouth.
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|\u201c[^\u201d]*(?:\u201d|$)|「[^」]*(?:」|$)")


def _in_own_words(answer: Answer) -> bool:
    """Whether an answer is one the candidate gives: "I" said, as often as "you" is said
    anywhere in it (advice on answering speaks to "you"), and no "candidate" named (an
    interviewer's "I" listens to one). Quotations in it are left out, snippets of an answer
    put in the reader's mouth, unless a label names it the answer: then it may be quoted, as
    said aloud, and speak to the interviewer."""
    labelled = answer.labelled
    # Other questions listed with it ("- Why do you want to make a move?", "// Tell me about …")
    # ask: neither told by the one answering nor advice to the reader.
    text = " ".join(line.prose for line in (*answer.advice, *answer.lines) if not asks(line.prose))
    unquoted = _QUOTED.sub(" ", strip_quotes(text))
    # "Best default answer (safe, mature)" over an answer quoted whole: said aloud, no snippet in advice.
    introduced = bool(answer.lines) and introduces_answer(answer.lines[0].prose)
    # `> EXAMPLE: "I want to own more of …"` after a line of advice: a plain label naming the quote
    # after it on its line the example answer, quoted as said aloud.
    example = any(_EXAMPLE_QUOTED.match(line.prose) for line in answer.lines)
    said = labelled or example or (introduced and len(unquoted) * 2 < len(text))
    # A remark in brackets after a point to cover (`scaling, security (how I improved it)`) is a note to oneself: its "I" tells nothing.
    told = text if said else _REMARK.sub(" ", unquoted)
    mine = len(MINE.findall(told)) + told_without_i(told)
    # A note to the reader set apart before an answer that speaks to no one ("Discussing your methods
    # can show your …" over "I encourage open communication …") is what it shows, not advice in it.
    noted = bool(answer.advice) and not ADDRESSED.search(" ".join(line.prose for line in answer.lines))
    addressed = 0 if noted else len(ADDRESSED.findall(text))
    # An answer quoted whole (`"Three reasons: … I want to learn from that."`) is said aloud to the
    # interviewer: its "you" is the one asking ("you work with …"), not a reader being advised.
    aloud = strip_quotes(text) != text.strip() and not _QUOTED.search(strip_quotes(text))
    return mine > 0 and (labelled or aloud or (addressed <= mine and not _ABOUT_A_CANDIDATE.search(text)))


_REMARK = re.compile(r"\([^()]*\)")
_EXAMPLE_QUOTED = re.compile(r"^\W*(?:(?:sample|model|example)\s+)?(?:example|answer|response)\s*[:\uff1a]\s*[\"\u201c]", re.IGNORECASE)


def _follow_ups_label(label: str) -> bool:
    return meaning(normalize(label.rstrip(": "))) == FOLLOW_UPS


_FOLLOW_UP_LABEL_WORDS = 4  # a plain label ("Follow-up question - …"), not a sentence that mentions one


def _follow_up_on(line: Line) -> str | None:
    """The follow-up a line puts under its label, bold or plain, when it asks one: `**Follow-up:**
    What if …?`, `꼬리질문 - 이를 …?` (a "tail question", a follow-up named in Korean)."""
    label, value = label_and_value(line) if line.lead_bold is not None else split_name(line.text)
    if not value or len(label.split()) > _FOLLOW_UP_LABEL_WORDS or not _follow_ups_label(label) or not asks(value):
        return None
    return strip_quotes(value)


def _follow_up_below(piece: Piece) -> str | None:
    """The follow-up a plain label alone puts on the next line of its paragraph (`Follow-up:` over `“What …?”`)."""
    first = piece.lines[0]
    if first.lead_bold is not None or len(piece.lines) < 2 or not first.text.rstrip().endswith((":", "\uff1a")):
        return None
    asked = piece.lines[1].text
    return strip_quotes(asked) if _follow_ups_label(first.text.strip()) and asks(asked) else None


def _follow_ups_line(line: Line) -> bool:
    return line.lead_bold is not None and _follow_ups_label(line.lead_bold)


def _said_by_candidate(asked: _Asked) -> bool:
    """An answer given in a script under the candidate's name (`**Candidate:** Shared goals, …`):
    the candidate's own, however it is worded."""
    return asked.by_heading and any(
        normalize(piece.lines[0].lead_bold or "").rstrip(":") == "candidate" or _CANDIDATE_LABEL.match(piece.lines[0].text)
        for piece in pieces(asked.section)
    )


# A plain label alone naming the candidate, perhaps after the author's words for the answer
# (`Candidate:`, `参考答案要点 (Candidate):`, "reference answer key points"): a script's answer.
_CANDIDATE_LABEL = re.compile(r"^(?:[^:()]{0,30}\()?candidate\)?\s*[:\uff1a]$", re.IGNORECASE)


def _asked_by_line(section: Section) -> str | None:
    """The question a labelled line under a heading that asks none gives (`**Q** : Tell me
    about yourself`, `**Question:** "Why do you want to leave?"`)."""
    return next((asked for piece in pieces(section) if (asked := _labelled_question(piece.lines[0])) and asks(asked)), None)


def _asked_over_answer(section: Section) -> str | None:
    """The one `**Question:** "…"` line (or `Question: …`) in a heading's text when an answer label comes after
    it (`**Good Answer**:`): the heading's question, and what follows the label its answer,
    the questions quoted in it ("I'd ask each: 'What could go wrong?'") among its words."""
    written = pieces(section)
    asked = [(at, found) for at, piece in enumerate(written) if (found := question_on(piece.lines[0]))]
    if len(asked) != 1:
        return None  # none, or several each answered in turn (_asked_in_text)
    at, question = asked[0]
    # The label may go on in the question's own paragraph (`**Câu hỏi**: …` over `**Câu trả lời mẫu**:`, no blank line).
    labelled_below = any(line.lead_bold is not None and labels_answer(Piece([line])) for line in written[at].lines[1:])
    return question if asks(question) and (labelled_below or any(labels_answer(after) for after in written[at + 1 :])) else None


# "(Night Shift Rota)Conflicts are …": an answer opening with its story's name in parentheses.
_OPENING_NAME = re.compile(r"^[(\uff08](?P<name>[^()\uff08\uff09]{1,30})[)\uff09]\s*\S")
# "### Questions Like:", "### Sample Questions": the wordings of one question, listed.
_WORDINGS_HEADING = re.compile(r"^(?:(?:sample|example|typical|common|similar|likely)\s)?questions?(?:\s(?:like|such as))?$")


def _wordings(section: Section) -> Section | None:
    """A subheading listing the ways the heading's one question is asked (`### Questions Like:`
    over `- Tell me a time that you …`), beside a subheading named for its answer
    (`### Answer/Example`): the heading asks the first of them."""
    named = [child for child in section.children if _WORDINGS_HEADING.match(normalize(without_numbering(child.title.text)))]
    answered = any(ANSWER_NAME.match(normalize(without_numbering(child.title.text))) for child in section.children)
    return named[0] if len(named) == 1 and answered and _first_listed(named[0]) else None


def _first_listed(section: Section) -> str | None:
    """The first item of a list of wordings: a question, as the heading over them names it, however it is worded."""
    items = [item for block in section.blocks if isinstance(block, ListBlock) for item in block.items]
    return strip_quotes(items[0].text.strip()) or None if items else None


def _worded_below(section: Section) -> str | None:
    """The question as a `### The Question` subheading words it (`> "Why are you interested in
    this company?"`), under a heading that asks it (`## Question 2: Why Are You Interested …?`)."""
    if _asked_by_heading(section) is None:
        return None
    worded = next((child for child in section.children if behavioral_role(child.title.text) == "question"), None)
    lines = [line.text for line in text_lines(worded)] if worded is not None else []
    return strip_quotes(lines[0]) or None if len(lines) == 1 and asks(strip_quotes(lines[0])) else None


# "### Example 1:", "### Sample Answer 2": one of several versions of an answer, named by its number alone.
_NUMBERED_EXAMPLE = re.compile(r"^(?:example|sample|(?:sample |example )?answer|version|response)\s*\d+$")
_QUOTED_QUESTION = re.compile(r'"([^"]+\?)"|\u201c([^\u201d]+\?)\u201d')


def _examples_asked(section: Section) -> str | None:
    """The question a heading over numbered versions of its answer (`## Sample Answers` over
    `### Example 1` and `### Example 2`) quotes in its own text ('sample answers to the
    question "Can you describe …?"'): the versions answer it, as one item."""
    if not section.children or not all(_NUMBERED_EXAMPLE.match(normalize(child.title.text)) for child in section.children):
        return None
    quoted = [found for line in text_lines(section) for found in _QUOTED_QUESTION.findall(line.text)]
    return (quoted[0][0] or quoted[0][1]).strip() if len(quoted) == 1 else None


# A label with nothing after it: `Situation:`, `- **Result:**`.
_LABEL_ALONE = re.compile(r"^[^\W\d][\w &/-]{0,30}:$")


def _labels_alone(answer: Answer) -> bool:
    """Whether an answer is only labels with nothing after them (`- Situation:` … `- Result:`):
    a skeleton to write the answer into, not one."""
    lines = [line.prose.strip(" *_") for line in answer.lines if line.prose.strip()]
    return bool(lines) and all(_LABEL_ALONE.match(line) for line in lines)


_FEWEST_MORE_QUESTIONS = 2


def _questions_alone(answer: Answer) -> bool:
    """Whether an answer is only more questions, two or more (`7. Explain a VPC.`, `8. …?`
    under the last question answered, or designs asked for, `* Design Uber`, in a list of
    design prompts): questions still to answer, none an answer."""
    lines = [line.prose.strip(" *_") for line in answer.lines if line.prose.strip()]
    return len(lines) >= _FEWEST_MORE_QUESTIONS and all(
        asks(line) or _REQUEST.search(line) or _ASKED_POLITELY.match(line) or opens_asking_design(line) for line in lines
    )


# "Please walk me through how the team plans …": a question put as a request, as the questions one
# asks the interviewer often are (`### What questions do you have for me?` over a list of them).
_ASKED_POLITELY = re.compile(r"^(?:please|(?:can|could|would) you(?: please)?)\s+(?:tell|describe|explain|share|walk)\b", re.IGNORECASE)


def _labelled_question(line: Line) -> str | None:
    """A line's question under its label: `**Question:** …`, or a bold mark, `**Interviewer:** Where …?`."""
    return question_on(line) or (unmarked_question(line.text) if line.lead_bold and marked_question(line.text) else None)


_FEWEST_VERSIONS = 2


def _timed_versions(section: Section) -> list[Section]:
    """A question's subheadings when each names a version of its answer by its length
    (`## 30-Second Version`, `## 2-Minute Version`), two or more; else none."""
    children = section.children
    if len(children) >= _FEWEST_VERSIONS and all(version_window(child.title.text) for child in children):
        return children
    return []


class _Asked(NamedTuple):
    """A question answered below it: where it is asked, in which part of the file, and the answer."""

    line: int
    section: Section  # the heading it is, or the one it sits under (a line asking in its text)
    question: str
    answer: Answer
    by_heading: bool = False


# "Clarifying Questions I'd Ask", "Questions to Ask the Interviewer": the candidate's questions, none put to them.
# ... in the author's language too: French "Questions à poser au recruteur", Portuguese "Perguntas para fazer
# ao entrevistador", Spanish "Preguntas para hacer al entrevistador" (or "para hacerles", "preguntarle":
# Spanish joins "to them", "to him" onto the verb).
_CLARIFYING = re.compile(
    # "## Questions I have", "My questions": the candidate's own, to ask at the end.
    r"\bclarif\w*|\bquestions? (?:i d |i would |i ll |to )ask\b|\bask (?:the )?interviewer|^(?:questions i have|my questions)$"
    r"|\bquestions? (?:à|a) poser\b|\bperguntas? para fazer\b|\bpreguntas? para (?:hacer|preguntar)(?:les?)?\b"
)


def _clarifying(section: Section) -> bool:
    return bool(_CLARIFYING.search(normalize(section.title.text)))


class _PageQuestions:
    """The questions answered on a page, gathered heading by heading outside the parts of it
    other items hold (taken: each item's first and last line). A class, not a closure that
    calls itself: such a closure holds the page's outline in a reference cycle, which only
    the cycle collector frees (some 400,000 objects a big file)."""

    def __init__(
        self, root: Section, taken: list[tuple[int, int]], blanks: set[int], *, own_stories: bool = False, named_questions: bool = False
    ) -> None:
        self.root = root
        self.own_stories = own_stories  # the page tells stories of its own by their parts: its examples are answers
        self.named_questions = named_questions  # the file is named for the interview's questions: its top headings are those
        self.held_by_items = Spans(taken)
        self.blanks = blanks
        self.found: list[_Asked] = []
        self.unanswered: list[int] = []  # the lines of questions with nothing written below them

    def visit(self, section: Section, under_follow_ups: bool, among_questions: bool = False) -> bool:
        """Gather the questions answered at and under a heading; whether any heading there asks."""
        if self.held_by_items.hold(section.line, section.end_line):
            return False  # all of it another item's: nothing under it is read here (most pages)
        # ... or under a heading naming them as one's answers (`# Answers` over `## Attention to detail.`).
        questions = _among_questions(section.children) or bool(_ANSWERS_HEADING.match(normalize(_unnumbered(section.title.text))))
        # ... or under a file named for the questions of the interview's non-technical part
        # (`NonTechQuestions.md`, `behavioral-questions.md` over `# Why leave`, `# mistakes`), none of
        # its headings but the candidate's own questions asking in its text (`# Conflict` over `- Tell me
        # about a time …?`: a group of questions).
        if not questions and section is self.root and self.named_questions:
            questions = not any(_asked_in_text(child, []) for child in section.children if not _clarifying(child))
        wordings = _wordings(section) if section is not self.root else None
        # `## Tell me your strengths and weaknesses` over `### Strengths` and `### Weaknesses`: the
        # subheadings name the halves of the question above them, parts of its one answer, none asked alone.
        halves = section is not self.root and _answered_in_halves(section)
        asked_below = [
            self.visit(child, under_follow_ups or _follow_ups(child) or _clarifying(child), questions)
            for child in section.children
            if child is not wordings and not halves
        ]
        # "How should an answer be built?": advice on answering, asked of no one.
        advice = bool(_ABOUT_ANSWERING.match(_unnumbered(section.title.text)))
        question = (
            (_worded_below(section) or _asked_over_answer(section) or _asked_by_heading(section) or _examples_asked(section))
            if section is not self.root and not advice
            else None
        )
        if question is None and wordings is not None:
            question = _first_listed(wordings)
        if question is not None and not asks(question) and _put_in_full_below(section):
            # A heading naming a prompt (`1. Self-introduction`) over the interviewer's question in full on the lines
            # under it (`Interviewer:` over `“Tell me about yourself and why you fit …”`): that question is the one asked.
            question = None
        topic = _unnumbered(split_title(section.title.text)[1])
        if question is None and among_questions and topic and not section.children and not _named_apart(topic) and not _NUMBERED_EXAMPLE.match(normalize(topic)):
            # "## 跳槽的看法" (your view of job-hopping) among headings that ask: a question named by its topic
            question = topic
        if under_follow_ups:
            return False  # probes of a story: no question of their own, nor a frame over the heading's
        # A question over questions only groups them, though its own text may ask and answer
        # its own (`<details>` blocks before a stray `###`).
        grouping = any(asked_below)
        themed = question is not None and not grouping and _names_a_prompt(question) and sum(asks(each.question) for each in _asked_in_text(section, [])) >= _FEWEST_THEMED
        if themed:
            # `## Career Goals`, a prompt named by its topic, over `**Where will you be in two years?**`
            # and `**What role comes next for you?**`, each answered: a theme over the questions its text asks.
            question = None
        # The page's title asking what a term is (`title: Amazon Leadership Principle(LP)이란?`, what are Amazon's
        # principles, over the principles): its text introduces the page, the term's definition, no one's answer.
        introduced = question is not None and section is next(iter(self.root.children), None) and _asks_what_a_term_is(question)
        # A table of contents lists questions without their answers: none is missing one.
        missing_before = len(self.unanswered)
        in_text = [] if question and not grouping else _asked_in_text(section, [] if _named_apart(section.title.text) else self.unanswered)
        # One question marked as such under a heading (`Q: …`, `_Question: …_`) is the heading's, as a `**Q**` line is.
        # ... and so is one put first under a heading that only names its topic (`### Failed and mistake`
        # over `* Tell me about a time you failed …`): the heading names the answer, the line asks it; not
        # when its text asks others, left unanswered (`## Leading People` over four questions, one answered): a theme.
        named = len(self.unanswered) == missing_before and _names_its_topic(section, in_text[0].line) if len(in_text) == 1 else False
        alone = not grouping and len(in_text) == 1 and (in_text[0].marked or named)
        self.found.extend(_Asked(each.line, section, each.question, each.answer, alone) for each in in_text if not self.held(each.line, each.answer))
        if grouping:
            # A question written a level too high over the next ones (`## Why should we hire you?` among
            # `###` questions), answered in its own text before them: asked and answered as they are.
            # Its answer may sit under a subheading naming it (`# Q4. …?` over `## Answer`, then `##` questions
            # of their own): that subheading is its own text too, the asking ones are not.
            answers = [
                child
                for child, below in zip([c for c in section.children if c is not wordings], asked_below, strict=True)
                if not below and ANSWER_NAME.match(normalize(without_numbering(child.title.text)))
            ]
            own = replace(section, children=answers)
            if question and not in_text and not introduced and (section.blocks or answers) and (answer := answer_below(own)) and not self.held(section.line, answer):
                self.found.append(_Asked(section.line, own, question, answer, by_heading=True))
            return True
        if themed:
            return True
        if not in_text and not advice and not introduced and (question := question or _asked_by_line(section)):
            if versions := _timed_versions(section):
                # "## 30-Second Version", "## 2-Minute Version" under the question: each a version of its answer, timed so.
                for version in versions:
                    if (answer := _answer_under(version)) and not self.held(version.line, answer):
                        self.found.append(_Asked(version.line, version, question, answer, by_heading=True))
                return True
            # An answer under its own label (`#### Example Answer`) is the question's, whatever another
            # item holds between them (`#### How to Answer` explaining the STAR method).
            if (answer := _answer_under(section, examples=self.own_stories)) and not self.held(answer.lines[0].number if answer.labelled else section.line, answer):
                self.found.append(_Asked(section.line, section, question, answer, by_heading=True))
            elif answer is None and not section.children:
                self.unanswered.append(section.line)
        return question is not None

    def held(self, line: int, answer: Answer) -> bool:
        """Whether the answer lies in another item's part of the page or holds a line still to write."""
        return self.held_by_items.meet(line, answer.last_line) or any(
            each.number in self.blanks for each in (*answer.advice, *answer.lines)
        )


def prepared_answers(ctx: FileContext, taken: list[tuple[int, int]], blanks: set[int], *, stories_told: int = 0) -> list[ContentItem]:
    """The prepared answers on the page, outside the parts of it other items hold (taken:
    each item's first and last line), each with no line still to write (blanks: the lines
    holding a [placeholder]); `stories_told`, how many stories of one's own the page tells by
    their STAR parts: two or more make its labelled answers one's own too."""
    root = ctx.document.root
    named = bool(_BEHAVIORAL_QUESTIONS_NAME.match(" ".join(_NAME_BREAK.split(ctx.document.name)).strip().lower()))
    page = _PageQuestions(root, taken, blanks, own_stories=stories_told >= _STORIES_OF_ONES_OWN, named_questions=named)
    page.visit(root, False)
    found, unanswered = [_told_the_company(each) for each in page.found], page.unanswered
    # Questions under a heading for another kind of questions (`## 2. Java Core Questions`) beside one
    # for the behavioral ones (`## 6. General / Behavioral Questions`) are that kind's: the page sorts them.
    if other := _other_kinds_of_questions(root):
        found = [each for each in found if each.line not in other]
    if not found and not taken and (question := _asked_by_name(ctx.document.name)):
        # A page of one answer, asked by its file's name only ("why_amazon.md" over talking points).
        if (answer := _answer_under(root)) is not None and answer.lines and not page.held(answer.lines[0].number, answer):
            found.append(_Asked(answer.lines[0].number, root, question, answer))
    written = [
        each
        for each in found
        if not still_to_write(each.answer.judged)
        and not _points_to_stories(each.answer)
        and not _labels_alone(each.answer)
        and not _questions_alone(each.answer)
        and not _restated(each)
        and not _judges_the_answer(each.answer)
    ]
    # A labelled answer (`A: I …`, `**Answer:**`) is one however short; an unlabelled one is written out.
    asked = [each for each in written if _answer_words(each.answer) >= (_FEWEST_WORDS_OWN_PAGE if each.answer.labelled else FEWEST_ANSWER_WORDS)]
    mine = [_in_own_words(each.answer) or _said_by_candidate(each) for each in asked]
    # On a page where half the answers or more are told by "I", the rest are the candidate's
    # too, unless they speak to "you" (Japanese answers mostly leave out 私).
    # So are labelled answers on a page telling two stories of its own by their parts, or one when an
    # answer says "I" (`## Key Questions` after the story, each `**Q: …**` over `Talking points: …`).
    labelled = all(each.answer.labelled for each in asked)
    own_page = sum(mine) * 2 >= len(asked) or (labelled and (stories_told >= _STORIES_OF_ONES_OWN or (stories_told > 0 and any(mine))))
    short_too = own_page and sum(mine) >= _FEWEST_OWN
    if short_too:
        # ... and there a short answer is one too ("My greatest strengths are my curiosity and …").
        asked = [each for each in written if _answer_words(each.answer) >= _FEWEST_WORDS_OWN_PAGE]
        mine = [_in_own_words(each.answer) or _said_by_candidate(each) for each in asked]
    headings = {section.line for section in root.walk() if section is not root}
    noted = _noted_answers(written, ctx.document.source_lines, unanswered, len(taken), headings)
    if stories_told >= _STORIES_OF_ONES_OWN:
        # A page telling stories of its own by their parts answers its other question headings in
        # its own voice (`## Q. How do you handle employee retentions` over the ways it lists, with no "I"):
        # written out, the candidate's, unless they speak to "you", open as advice does or mostly ask
        # (`### Do you have any questions?` over the candidate's own).
        noted += [
            each
            for each in asked
            if each.by_heading
            and asks(each.question)
            and each not in noted
            and not _advice(each.answer)
            and not _speaks_to_reader(each)
            and 2 * sum(asks(line.prose) for line in each.answer.lines) <= len(each.answer.lines)
        ]
    if noted:
        # A page of one's own notes under the questions (`- FEDB, after release`, `- bugs first`):
        # each is what to say, however terse, told by no one.
        told = dict(zip((each.line for each in asked), mine, strict=True)) | {each.line: True for each in noted}
        asked = sorted({each.line: each for each in (*asked, *noted)}.values(), key=lambda each: each.line)
        mine = [told[each.line] for each in asked]
    # "- Not sure yet" under the question: no answer so far, none to rehearse (though, as a note
    # under a question, it still tells the page is one of notes).
    unsure = {each.line for each in asked if _unsure(each.answer)}
    unanswered = [*unanswered, *unsure]
    items: list[ContentItem] = [
        _item(each, ctx)
        for each, told in zip(asked, mine, strict=True)
        if each.line not in unsure
        and (
            told
            or (
                own_page
                and not _speaks_to_reader(each)
                and not _ABOUT_A_CANDIDATE.search(each.answer.judged)
                and not _ASKS_WHAT_A_TERM_IS.match(each.question)
            )
        )
    ]
    followed = {probe.line for item in items if isinstance(item, BehavioralScenario) for probe in item.probes}
    unanswered = [line for line in unanswered if line not in followed]  # a follow-up is its question's, no question of its own
    if items and unanswered:  # on a page of answers, say why its other questions are not offered
        lines = sorted(unanswered)
        ctx.warning(
            lines[0],
            f"{count(len(lines), 'question')} with no answer written below {'it' if len(lines) == 1 else 'them'} "
            f"(the first at line {lines[0]}), so not read; write the answer under the question to rehearse it",
        )
    # ... and why questions answered in a line are not: a note, not an answer to rehearse (a
    # heading that only names a topic, "## Final Advice", asks nothing to answer).
    if items and (short := [each for each in written if each not in asked and asks(each.question)]):
        first = min(short, key=lambda each: each.line)
        fewest = _FEWEST_WORDS_OWN_PAGE if short_too or first.answer.labelled else FEWEST_ANSWER_WORDS
        words = f"{count(words_in(first.answer.text), 'word')}, fewer than {fewest}"
        if len(short) == 1:
            said = f"a question with an answer too short to rehearse ({words}), so not read; write the answer out to rehearse it"
        else:
            said = (
                f"{len(short)} questions with answers too short to rehearse (the first at line {first.line}: {words}), "
                "so not read; write the answers out to rehearse them"
            )
        ctx.warning(first.line, said)
    return items


# "Behavioral Questions", "HR Questions", "Non-Technical Questions": a heading for the behavioral kind
# (one naming it beside another, "Technical & Culture Fit Questions", too); "Java Core Questions",
# "Database & SQL Questions (Based on …)": one for a technical kind. Other kinds ("Results Questions")
# are neither: a manager's page sorts its answers by what they show.
_KIND_OF_QUESTIONS = re.compile(r"\bquestions$")
_BEHAVIORAL_KIND = re.compile(r"\b(?:behaviou?ral|hr|non ?tech(?:nical)?|soft skills?|personal|culture(?: fit)?|leadership)\b")
_TECHNICAL_KIND = re.compile(
    r"\b(?:technical|coding|programming|system design|java|python|javascript|typescript|sql|databases?|backend|frontend"
    r"|apis?|cloud|docker|kubernetes|devops|data structures?|algorithms?|spring|react|infrastructure|networking|core)\b"
)
_REMARK_AFTER = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _other_kinds_of_questions(root: Section) -> Cover | None:
    """The parts of a page under headings naming a technical kind of questions, beside one
    naming the behavioral (the kinds sorted apart): None on most pages."""
    spans: list[tuple[int, int]] = []
    for section in root.walk():
        named = [
            (child, name)
            for child in section.children
            if "question" in child.title.text.lower()  # most headings: no kind of questions named
            and _KIND_OF_QUESTIONS.search(name := normalize(_REMARK_AFTER.sub("", without_numbering(child.title.text))))
        ]
        if any(_BEHAVIORAL_KIND.search(name) for _, name in named):
            spans += [
                (child.line, child.end_line) for child, name in named if _TECHNICAL_KIND.search(name) and not _BEHAVIORAL_KIND.search(name)
            ]
    return Cover(spans) if spans else None


def _unsure(answer: Answer) -> bool:
    """An answer that only says its author does not know yet what to tell ("Not sure", "no idea
    what to say here"): a few words, no story."""
    text = answer.text
    return words_in(text) <= _UNSURE_WORDS and bool(_UNSURE.match(text))


_UNSURE_WORDS = 10
# Typed in haste, "not" may lose its t ("no sure").
_UNSURE = re.compile(r"^[\W_]*(?:i(?:'m| am)\s+)?(?:not?\s+sure|unsure|no idea|(?:i\s+)?don['\u2019]?t know)\b", re.IGNORECASE)


def _answer_words(answer: Answer) -> int:
    """How many words an answer tells: another interview question listed under it (`***see the launch story***`
    over `- Tell me about a time when you had to work on …`) is none of them."""
    return words_in("\n".join(line.prose for line in answer.lines if not opens_a_question(line.prose)))


_WORDS_PER_GENERIC_YOU = 20  # fewer "you"s than one in this many words: "you" said of anyone, not a reader addressed


def _speaks_to_reader(asked: _Asked) -> bool:
    """Whether an answer on a page of one's own answers speaks to the reader: it says "you"
    at all, unless the heading asks a question and "you" comes seldom in long notes (`Know
    the team has your back`, `you put something in and it falls apart`), "you" said of anyone."""
    said = len(ADDRESSED.findall(asked.answer.judged))
    # A question put in the company's voice ("What do you know about our company?") answered by "I"
    # ("I researched your company …"): its "you" is the one asking, not a reader being advised.
    to_them = bool(_ASKED_AS_COMPANY.search(asked.question) and MINE.search(asked.answer.judged))
    return said > 0 and not to_them and not (asks(asked.question) and _you_said_of_anyone(asked, asked.answer.text))


_ASKED_AS_COMPANY = re.compile(r"\b(?:our|us|we)\b", re.IGNORECASE)  # the interviewer speaking for the company


def _you_said_of_anyone(asked: _Asked, told: str) -> bool:
    """Whether the answer says "you" once in 20 words of `told` or fewer: of anyone, to no reader."""
    return len(ADDRESSED.findall(asked.answer.judged)) * _WORDS_PER_GENERIC_YOU <= words_in(told)


# "**Primary:** `SalesMart Dashboard` (started with the execs' pain)", "Backup: Story 3": a story to tell named, not told.
_POINTER_LABEL = re.compile(r"^(?:primary|backup|secondary|alternate|alternative|fallback|use|story|stories|best story|example story)$")


def _points_to_stories(answer: Answer) -> bool:
    """An answer whose every line only names a story to tell for the question under a label
    saying which (`**Primary:**`, `**Backup:**`): a practice bank's pointer, no answer."""
    return bool(answer.lines) and all(
        (label := label_and_value(line)[0]) and _POINTER_LABEL.match(normalize(label)) for line in answer.lines
    )


_BULLET = re.compile(r"^(\s*)[-*+]\s")


def _restated(asked: _Asked) -> bool:
    """Whether the one line under a question only puts it again: asked once more, or written in
    another script at about its length (`- How did you get into coding?` over
    `  - コーディングを始めたきっかけを教えてください`, its translation), no answer."""
    if len(asked.answer.lines) != 1:
        return False
    line = asked.answer.lines[0].prose.strip()
    if strip_quotes(line).endswith(("?", "\uff1f")):
        return True
    # ... a translation asks as the question does, or speaks to "you" (你, 您); a note in another
    # script telling what happened (`和导师讨论选题的事 …`, a talk with one's advisor) answers it.
    translated = _asking(line) or bool(ADDRESSED.search(line)) or "\u4f60" in line or "\u60a8" in line
    return len(line) <= 2 * len(asked.question) and _latin(line) != _latin(asked.question) and translated


def _latin(text: str) -> bool:
    """Whether most of the text's letters are Latin ones."""
    letters = [char for char in text if char.isalpha()]
    return 2 * sum(char.isascii() or "\u00c0" <= char <= "\u024f" for char in letters) >= len(letters)


# A note's mark: a bullet, or a check mark opening the line as a bullet does (`✅ Yes, used Kafka …`).
_NOTE_MARK = re.compile(r"^(\s*)(?:[-*+]|[\u2705\u2714\u2611]\ufe0f?)\s")
_INDENT = re.compile(r"^(\s*)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")


def _notes_under(asked: _Asked, source: list[str], tags: Counter[str]) -> bool:
    """Whether a question's answer is bullet notes right under it (the next line, or after
    blank ones), nested under it when the question is itself a line of the text, or names its
    story in code (`tags`: how often the page's lines name each: _tags_stories)."""
    first = asked.answer.lines[0].number if asked.answer.lines else 0
    between = source[asked.line : first - 1] if first > asked.line else ["-"]
    bullet = _NOTE_MARK.match(source[first - 1]) if not any(line.strip() for line in between) else None
    if bullet is None and asked.answer.labelled and not between and _LIST_ITEM.match(source[asked.line - 1]):
        # `- How do you run incident reviews?` over `\tA: Blameless, with owners …` on the next line, indented
        # into its item: an answer marked as one, noted under its question as a bullet would be.
        bullet = _INDENT.match(source[first - 1])
    if bullet is None and not between and _LIST_ITEM.match(source[asked.line - 1]) and _jotted(source[first - 1]):
        # ... and so is a plain note so indented under a question (`- Tell me about a result …  ` over
        # `  Orderbook rebuild`, the story to tell); not an explanation written out in sentences under a
        # technology's question (`Monitor node health and …`).
        note, question = source[first - 1], source[asked.line - 1]
        bullet = _INDENT.match(note) if len(note) - len(note.lstrip()) > len(question) - len(question.lstrip()) else None
    if bullet is None and not any(line.strip() for line in between) and _group_name(source[first - 1]):
        # "Agile environment" alone over its bullets, then "Effective communication" over others: notes in groups.
        after = next((line for line in source[first:] if line.strip()), "")
        bullet = _BULLET.match(after)
    if bullet is None and not any(line.strip() for line in between) and _tags_stories(_names_in_code(source[first - 1]), tags):
        return True  # `` `failure` `` right under the question: the story to tell for it, named as a note names it
    if bullet is None and asked.by_heading and not any(line.strip() for line in between):
        # "## Give an example of working with other teams." right over "Make quotes for clients …" and its
        # bullets: a heading's notes may open on a line that sums them up (not a label over them,
        # "**What They're Looking For**:", which names what its list holds).
        opening = asked.answer.lines[0]
        after = source[first] if first < len(source) else ""
        return bool(_BULLET.match(after)) and opening.lead_bold is None and not opening.prose.rstrip().endswith((":", "\uff1a"))
    if bullet is None:
        return False
    question = source[asked.line - 1]
    # A `<summary>` line's notes are what its `<details>` block shows once opened, however indented; so are a
    # question's alone on its line, no list item (`**1. How do you mentor …?**` over `- Pair programming, …`):
    # no sibling item of a list of questions, the list under it is all its text holds.
    alone = question.lstrip().startswith("<summary") or not _LIST_ITEM.match(question)
    return asked.by_heading or alone or len(bullet[1]) > len(question) - len(question.lstrip())


def _jotted(line: str) -> bool:
    """Whether a line is jotted as a note is, not closed as a sentence."""
    return not line.rstrip(" \\\r\n").removesuffix("<br>").rstrip().endswith((".", "!", "\u3002"))


_SUMMED_UP = 3  # a first line over two bullets or more


def _advice(answer: Answer) -> bool:
    """Whether notes open as advice on answering does (`- Keep it short`): their first line, and
    most of their lines when the first sums them up over bullets (`Make quotes for clients …` over
    `* ask sales when it is due …`, `* pricing runs to the desk …`: what I did, in notes)."""
    openings = [line.prose.lstrip() for line in answer.lines]
    if not _ADVICE_OPENING.match(openings[0]):
        return False
    return len(openings) < _SUMMED_UP or 2 * sum(bool(_ADVICE_OPENING.match(text)) for text in openings) > len(openings)


def _mostly_noted(noted: list[_Asked], written: list[_Asked], unanswered: int, told: int) -> bool:
    """Three notes or more, and with the questions the page's stories answer (`told`), half its questions or more."""
    return len(noted) >= _FEWEST_NOTED and 2 * (len(noted) + told) >= len(written) + told + unanswered


_GROUP_NAME_WORDS = 4


def _group_name(line: str) -> bool:
    """A plain line of a few words naming a group of notes, no sentence ("Agile environment")."""
    text = line.strip()
    return bool(text) and len(text.split()) <= _GROUP_NAME_WORDS and text[-1].isalnum() and text[0].isalpha()


# How advice on answering opens: "Keep it short", "Focus on impact", "Don't blame anyone".
# A verb as likely to open a note of how one works ("Use design reviews as coaching, …", "Frame each platform
# item by what it saves, …") is advice only when the line speaks of the answer ("Use the STAR method", "Start with your role").
_ADVICE_OPENING = re.compile(
    r"^(?:keep|focus|mention|avoid|be|show|talk|explain|describe|highlight|emphasi[sz]e|discuss|give|share|prepare|"
    r"practi[cs]e|don't|do not|never|always|include|remember|quantify|demonstrate|"
    r"tell|pick|choose|state|speak|stay|admit|own|answer|ask|note)\b"
    r"|^(?:use|make|start|end|think|consider|frame|structure|try)\b"
    r"(?=.*\b(?:answers?|story|stories|examples?|star|interviewers?|you|your|situation|task|action|result|questions?)\b)",
    re.IGNORECASE,
)
_FEWEST_NOTED = 3  # questions answered by notes that make a page one's notes


_FEWEST_ABOUT_A_CANDIDATE = 2


def _noted_answers(written: list[_Asked], source: list[str], unanswered: list[int], told: int, headings: set[int]) -> list[_Asked]:
    """The answers on a page of one's own notes: most of its questions (`unanswered` lists the lines of
    those with nothing below, `told` answered by a story) answered by bullet lines right under them, nested under a question in a list,
    three or more, few opening as advice on answering does (`- Keep it short`); those of them
    that do not speak to "you". None on any other page (a log of the questions asked, a few noted).
    Or most of the questions its headings ask (`headings`: their lines), when the page lists others in its
    text: a guide's questions pasted above one's own notes under question headings."""
    tags = Counter(name for line in source for name in _names_in_code(line))
    noted = [each for each in written if _notes_under(each, source, tags)]
    # The questions answered by the page's stories (`told` of them) are answered too.
    if not _mostly_noted(noted, written, len(unanswered), told):
        noted = [each for each in noted if each.by_heading]
        asked = [each for each in written if each.by_heading]
        if not _mostly_noted(noted, asked, sum(line in headings for line in unanswered), told):
            return []
    advice = [each for each in noted if _advice(each.answer)]
    if 4 * len(advice) > len(noted):
        return []
    if sum(bool(_ABOUT_A_CANDIDATE.search(each.answer.text)) for each in noted) >= _FEWEST_ABOUT_A_CANDIDATE:
        return []  # notes on what each answer shows of "the candidate": an interviewer's, not one's own
    # ... unless, under a question, "you" comes seldom in long notes (a definition copied in, `a cache
    # keeps your reads fast …`): said of anyone, to no reader, as in an answer of one's own (_speaks_to_reader).
    return [
        each
        for each in noted
        if not any(ADDRESSED.search(line.prose) for line in each.answer.lines)
        or _company_addressed(each)
        or (asks(each.question) and _you_said_of_anyone(each, each.answer.judged))
    ]


def _judges_the_answer(answer: Answer) -> bool:
    """Whether an answer is one line that judges an answer (`- "Because you use Rust!" is not a good
    enough answer.`, `- The right response depends on the company …`): a remark on answering, no answer."""
    return len(answer.lines) == 1 and bool(_JUDGES_THE_ANSWER.search(answer.lines[0].prose))


_JUDGES_THE_ANSWER = re.compile(
    r"\b(?:answer|response)s? (?:is|are|isn't|matters?)\b|\b(?:sufficient|good|bad|right|wrong)(?: enough)? (?:answer|response)\b",
    re.IGNORECASE,
)


def _company_addressed(asked: _Asked) -> bool:
    """Notes on why the company (`# Why choose Amz` over `- Your Leadership Principles`) that say "your"
    seldom, once in 20 words or fewer: said to the company, of its own, not to the reader."""
    return bool(_WHY_THEM.match(asked.question)) and _you_said_of_anyone(asked, asked.answer.judged)


def _told_the_company(asked: _Asked) -> _Asked:
    """The answer, its opening lines that say "your" of the company (_company_addressed) part of it, not advice."""
    if not asked.answer.advice or not _company_addressed(asked):
        return asked
    return asked._replace(answer=asked.answer._replace(lines=[*asked.answer.advice, *asked.answer.lines], advice=()))


# A file's name in words: "tell_me_about_your_self", "why-amazon", "WhyThisCompany".
_NAME_BREAK = re.compile(r"[\s_.-]+|(?<=[a-z])(?=[A-Z])")
# "NonTechQuestions", "behavioral-questions", "HR_questions": a file named for the questions of an
# interview's non-technical part, each its headings name by its topic.
_BEHAVIORAL_QUESTIONS_NAME = re.compile(r"^(?:non ?tech(?:nical)?|behaviou?ral|hr)(?: interview)? questions$")
# "Why Amazon", "why this team": why the company or the role, in a name of a few words.
_WHY_THEM = re.compile(r"^why (?!(?:i|we|my|our|not|it|is|are|do|does|use|you)\b)\w+(?: \w+){0,2}$", re.IGNORECASE)

_ASKING_WORD = re.compile(r"^(?:what|why|how|which|when|where|who|describe|tell|walk|give|do|are|have|can)\b", re.IGNORECASE)


def _asked_by_name(name: str) -> str | None:
    """The question a file's name asks the candidate, in words ("Tell me about yourself"):
    a prompt every interview has, a question to "you", or why the company or role."""
    words = " ".join(part for part in _NAME_BREAK.split(name) if part)
    words = re.sub(r"\byour self\b", "yourself", words, flags=re.IGNORECASE)
    if not words:
        return None
    question = words[0].upper() + words[1:]
    to_you = (asks(question) or _ASKING_WORD.match(question)) and ADDRESSED.search(question)
    if _PROMPT.match(normalize(question)) or _WHY_THEM.match(question) or to_you:
        return question
    if (tagged := _TAGGED_NAME.match(words)) and _tag(tagged["tag"]):
        return _asked_by_name(tagged["asked"])
    return None


# "挑战 - 困难的问题 UI库报错 Tell me a time when you …", "03 Tell me about a time you failed": a name
# that tags its question first, by a number or by a category in another script, asks that question.
_TAGGED_NAME = re.compile(r"^(?P<tag>\S.*?)\s(?P<asked>(?:tell|describe|walk|give|what|why|how)\b.*)$", re.IGNORECASE)


def _tag(text: str) -> bool:
    """Whether words before a name's question only tag it: a number, or words written mostly in
    another script (`挑战 困难的问题 UI库报错`, a category and a topic), no English words of its own."""
    letters = [char for char in text if char.isalpha()]
    return 2 * sum(not char.isascii() for char in letters) > len(letters) or not letters


# The page's own furniture: how to read it, what it holds.
# ... and its loose notes last, `# others`, `## Misc`.
_ABOUT_THE_PAGE = re.compile(
    r"^(?:how to (?:use|read)|about this|introduction|overview|notes?|disclaimers?|(?:table of )?contents|preface|前言|目录|はじめに|目次)\b"
    r"|^(?:others|misc(?:ellaneous)?)$"
)


def _answer_under(section: Section, *, examples: bool = False) -> Answer | None:
    """The answer under a question heading (answers.answer_below); when its own text is too
    short to be one, and the headings under it neither ask nor name an answer (`# Tell me
    about yourself` over `## Things worth talking about`), the text of them all. With
    `examples` (a page telling stories of its own), an `**Example:**` label names it too."""
    answer = answer_below(section)
    if examples and answer is not None and not answer.labelled and (example := answer_below(section, examples=True)) and example.labelled:
        # `**Example:**` over the words to say after advice on how to say them (`**Strengths:**` over
        # `- Pick strengths the role needs`), on a page of one's own stories: its answer, as its stories' examples are.
        answer = example
    if answer is not None and answer.advice and any(_follow_ups_line(line) for line in answer.advice):
        # `**Common follow-ups:** How did you …?` over the answer: the probes put after it, no advice in it.
        answer = answer._replace(advice=tuple(line for line in answer.advice if not _follow_ups_line(line)))
    if not section.children or (answer is not None and words_in(answer.text) >= FEWEST_ANSWER_WORDS):
        return answer
    said = [child for child in section.children if not _TO_AVOID.search(normalize(child.title.text))]
    # Each subheading's name stays over its text ("Version for a manager screen"): two versions do not run together.
    under = [line for child in said for part in child.walk() for line in [part.title, *text_lines(part)] if line.text]
    whole = unlabelled(text_lines(section) + under)
    return whole if whole.text else answer


# "## Things not to say", "## Mistakes to avoid", "## Red flags": beside talking points, what is not said.
_TO_AVOID = re.compile(r"\b(?:not to (?:say|mention)|avoid|mistakes?|pitfalls?|don ?ts?|never|red flags?)\b")


def _named_apart(title: str) -> bool:
    """A heading that names something other than a question: a label the readers know ("Tips"),
    the page's furniture ("How to Use This Page"), or its close ("Conclusion")."""
    words = normalize(title)
    return bool(meaning(words) or _ABOUT_THE_PAGE.match(words)) or closes_page(title)


_FEWEST_ASKED = 3
_FEWEST_THEMED = 2  # questions answered under a heading naming a prompt that make it their theme
# "Answers", "My Answers", "Answers to Common Questions": a heading over one's answers, each named by its topic.
_ANSWERS_HEADING = re.compile(r"^(?:my |our |prepared |sample )?answers(?: to (?:(?:the|common|typical|behavioral) )*questions)?$")


# "My answers to these prompts", "Behavioral questions": a heading naming the questions the page answers, none of them.
_PROMPTS_NAMED = re.compile(r"\b(?:prompts|questions)\b")


def _names_prompts(title: str, question: str) -> bool:
    """Whether a heading that asks nothing names the prompts of its page, over a question of its own."""
    words = normalize(_unnumbered(title))
    return bool(_PROMPTS_NAMED.search(words)) and not asks(title) and normalize(question) != words


def _answered_in_halves(section: Section) -> bool:
    """Whether a heading that asks is answered under subheadings that each only name a prompt
    (`Strengths`, `Weaknesses`) whose words its own question holds: the halves of one answer."""
    halves = [_unnumbered(child.title.text) for child in section.children]  # `### 1. Strengths` names it as well
    # The subheadings are looked at first: asked of every heading, most have none naming a prompt.
    if not halves or not all(_names_a_prompt(half) for half in halves) or (asked := _asked_by_heading(section)) is None:
        return False
    words = normalize(asked).split()
    return all(_words_held(normalize(half).split(), words) for half in halves)


_PROMPT_LEADS = frozenset({"my", "your", "greatest", "biggest", "and"})
_STEM = 4  # letters two words share at least to be one word in its singular and plural ("weakness", "weaknesses")


def _words_held(named: list[str], asked: list[str]) -> bool:
    """Whether every word a subheading names (but a lead, `my`, `greatest`) is one of the question's, plural or not."""
    named = [word for word in named if word not in _PROMPT_LEADS]
    return bool(named) and all(
        any(len(word) >= _STEM and (one.startswith(word) or word.startswith(one)) for one in asked if len(one) >= _STEM) for word in named
    )


def _among_questions(headings: list[Section]) -> bool:
    """Whether sibling headings are a page of questions: three or more of them, and half, ask."""
    asked = sum(_asked_by_heading(heading) is not None for heading in headings)
    return asked >= _FEWEST_ASKED and asked * 2 >= len(headings)


class _InText(NamedTuple):
    """A question asked in a heading's text: its line, the question, its answer, and whether
    a label or mark says it is one (`Q: …`, `**Question:** …`)."""

    line: int
    question: str
    answer: Answer
    marked: bool


def _asked_in_text(section: Section, unanswered: list[int]) -> list[_InText]:
    """Questions asked in the text under a heading, each answered by what follows it up to
    the next: a bold line alone (`**Tell me about yourself**`, its answer perhaps on the
    next line), or a list item that opens with a line that is only a question (`1. Why
    BHG?`), its nested lines and paragraphs first."""
    found: list[_InText] = []
    answering = False  # whether the text read now answers the last question found
    listed: set[int] = set()  # the lines of the list items met that open with a line alone
    written = pieces(section)
    # Two labelled questions or more (`**Q:** …` over `**A:** …`) are each asked here; one alone is the heading's (_asked_by_line).
    labelled = sum(question_on(line := piece.lines[0]) is not None or marked_question(line.text) for piece in written) >= 2
    # Bold lines alone that ask, three or more and half of them (`<summary>` questions of collapsed
    # sections): the others among them are questions named by their topic (`가장 감명 깊게 읽은 책`,
    # the book that moved you most), as headings among headings that ask are (_PageQuestions.visit).
    bold = [_unnumbered(piece.lines[0].text) for piece in written if not piece.listed_line and bold_alone(piece.lines[0])]
    bold_asking = sum(_asking(text) for text in bold)
    among_bold = bold_asking >= _FEWEST_ASKED and bold_asking * 2 >= len(bold)
    self_check = False  # whether the list read now follows a line bidding the reader ask themselves
    # How many questions right before the last one found were listed one after another with nothing
    # under them (`1. How would you shard it?`, `2. What breaks first?`, then a third): a list of
    # questions quoted, three or more, not answered one by one.
    unanswered_run = 0
    for at, piece in enumerate(written):
        first = piece.lines[0]
        if not piece.listed_line:
            self_check = _ASK_YOURSELF.search(piece.lines[-1].text) is not None
        elif self_check:
            continue  # "Before finalizing a design, ask yourself:" over `**Checkpoint 1: What is …?**`: a self-check, no interview question
        if _follow_ups_line(first):
            continue  # `**Common follow-ups:** How …? What …?`: asked after the answer, the heading's probes
        on_line = question_on(first)
        # A labelled question over more lines (`**Q: Tell me about yourself.**` over its gloss) is the heading's (_asked_by_line).
        alone = (bold_alone(first) and (len(piece.lines) == 1 or on_line is None)) or piece.listed_line
        question = _unnumbered(unmarked_question(_COMMENT_MARK.sub("", first.text)))
        if labelled and on_line:
            alone, question = True, on_line
        boxed = bool(piece.listed_line and TICK_BOX.match(first.text.lstrip()))  # `- [ ] "Tell me about yourself" memorized`: a task, asking nothing
        # `- A: 先读综述 … 看是否有 …`: marked as an answer, whatever question word it holds ("whether").
        boxed = boxed or marked_answer(first.prose)
        # `- "It went well" → How well? What metrics?`: words an answer should not say, quoted, and what they leave
        # unsaid after an arrow: a tip on answering, no question put to the candidate.
        boxed = boxed or _QUOTED_THEN_ARROW.match(first.text) is not None
        # A bold line alone asks as a heading does, its mark left off too (`* **Why are you leaving your current role**`).
        unmarked = bold_alone(first) and (UNMARKED_ASK.match(question) is not None or (among_bold and not piece.listed_line and not _named_apart(question)))
        # ... and so does an item over its notes among items that ask (`- what would you change first.`).
        unmarked = unmarked or (
            piece.listed_line and len(piece.lines) > 1 and bool(found) and found[-1].line in listed and UNMARKED_ASK.match(question) is not None
        )
        # "What is my biggest strength?", "What do I ask them at the end?" alone over notes, after
        # questions put so to "you": asked as they are, whatever their words (the answer's own question runs
        # on in its paragraph, "Why Go? Because …").
        among = bool(found) and not piece.listed_line and len(piece.lines) == 1 and _question_over_notes(first, written[at + 1 : at + 2])
        if not boxed and ((alone and (_asking(question) or unmarked)) or among or (_plain_question(first) and (asks(question) or _ASKED_OF_YOU.search(question)))):
            # `"How did you implement caching?"` quoted as the heading's first line is marked as the question put.
            quoted = piece is written[0] and first.text.strip()[:1] in "\"“" and first.text.rstrip()[-1:] in "\"”"
            if found and not found[-1].answer.lines and (alternative := _OR_NEXT.sub("", found[-1].question)) != found[-1].question:
                # "- Who was your most difficult customer? or" over "- Tell me about a time …": one question
                # put two ways, asked as the first, answered once.
                found[-1] = found[-1]._replace(question=alternative, answer=Answer(piece.lines[1:]))
            else:
                listed_before = at > 0 and bool(found) and found[-1].line in listed and written[at - 1].lines[0].number == found[-1].line
                unanswered_run = unanswered_run + 1 if piece.listed_line and listed_before and not found[-1].answer.lines else 0
                found.append(_InText(first.number, question, Answer(piece.lines[1:]), on_line is not None or marked_question(first.text) or quoted))
            answering = True
        elif not piece.listed_line and len(piece.lines) > 1 and (wrapped := _wrapped_question(piece.lines)):
            # ... its mark and quotes left out (`Interviewer:` alone over `“Can you introduce yourself …?”`).
            found.append(_InText(first.number, unmarked_question(wrapped), Answer([]), marked_question(first.text)))
            answering = True
        elif piece.in_list and piece.numbered and found and found[-1].line in listed:
            # A numbered topic among numbered questions ("1. Tech stack"): not this answer; nor one
            # whose text wraps onto a second line (`10. Có 30k messages, … 5s` over its rest): the next in the list.
            answering = False
        elif answering and unanswered_run >= _FEWEST_QUOTED - 1 and not piece.in_list:
            answering = False  # the text after such a list tells of them all (`All three came up in my loop …`): no one's answer
        elif answering and found[-1].answer.lines and _broken_off(section, found[-1].answer.lines[-1].number, first.number):
            # `----` after the answer (`**Answer**: no, it fits in an int`) closes it: what follows is the page's.
            answering = False
        elif labelled and on_line is not None:
            # `**Question**: it looks like I could …` wrapped onto the next line, where it asks: another question put
            # in the exchange, labelled as the others are, none of the last one's answer.
            answering = False
        elif answering:
            found[-1].answer.lines.extend(piece.lines)
        if piece.listed_line:
            listed.add(first.number)
    tags = Counter(name for each in found for name in _story_names(each.answer.lines[:1]))
    told = [each._replace(answer=_marked(unlabelled(_story_named(each.answer.lines, tags)))) for each in found]
    # "- TODO : technical or ?" under the question: its answer is still to come.
    unanswered += [each.line for each in told if not each.answer.text or says_to_come(each.answer.text)]
    return [each for each in told if each.answer.text and not says_to_come(each.answer.text)]


_FEWEST_QUOTED = 3
_QUOTED_THEN_ARROW = re.compile(r"^\W*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\s*(?:\u2192|->|=>|\u21d2)")

# A line naming only the stories to tell, each in code (`` `failure` ``, `` `failure` or `proudest achievement` ``,
# `` `Learn end-to-end pipeline/take multiple roles` ``): an author's tags for stories written elsewhere.
_STORIES_IN_CODE = re.compile(r"^\s*`[^`]+`(?:\s*(?:or|and|/|,|&)\s*`[^`]+`)*\s*$", re.IGNORECASE)
_CODE_NAME = re.compile(r"`([^`]+)`")
_STORY_NAME_WORDS = 8  # a story's short name, not code
# ... and a story's name is words: code, a command or a path has signs in it (`ls -la`, `get_user()`, `$HOME`, `a.b`).
_CODE_SIGN = re.compile(r"[(){}\[\];=<>.$_|*\"\\]|::|->|(?:^|\s)-")


def _names_in_code(line: str) -> list[str]:
    """The names a source line holds in code, when it holds only those (_STORIES_IN_CODE)."""
    return _CODE_NAME.findall(line) if _STORIES_IN_CODE.match(line) else []


def _tags_stories(names: list[str], tags: Counter[str]) -> bool:
    """Whether `names`, in code alone on a line under a question, tag the stories to tell for it: words,
    not code, and tags as an author writes them, a few stories for many questions (two named on the line,
    or one the page names for another question too); a command in code answers one question alone."""
    if not names or any(len(name.split()) > _STORY_NAME_WORDS or _CODE_SIGN.search(name) for name in names):
        return False
    return len(names) > 1 or tags[names[0]] > 1


def _story_names(lines: list[Line]) -> list[str]:
    """The names in code of the first of `lines`, when it holds only those (joined by "or", "and", "/", "&")."""
    first = lines[0] if lines else None
    if first is None or not all(run.code or run.text.strip(" ,/&").lower() in ("", "or", "and") for run in first.runs):
        return []
    return [run.text for run in first.runs if run.code]


def _story_named(lines: list[Line], tags: Counter[str]) -> list[Line]:
    """An answer whose first line only tags the story to tell in code, right under the question
    (`1. Tell me about a time you failed.` over `` `failure` ``): that name said, as a `STORY: …` note
    says it (inline code is no prose, so it would leave the question unanswered)."""
    if not _tags_stories(_story_names(lines), tags):
        return lines
    return [Line(tuple(Run(run.text) for run in lines[0].runs), lines[0].number), *lines[1:]]


def _put_in_full_below(section: Section) -> bool:
    """Whether the heading's text opens with a question marked as put (`Interviewer:`, `Q:`) and wrapped onto the lines after its mark."""
    written = pieces(section)
    first = written[0] if written else None
    return first is not None and len(first.lines) > 1 and marked_question(first.lines[0].text) and _wrapped_question(first.lines) is not None


def _question_over_notes(line: Line, after: list[Piece]) -> bool:
    """A plain line that is one question and nothing more (a remark in brackets after it at most), over bullets
    (not over a numbered list, `1) 결제 모듈 전환`, which names the stories to tell for it)."""
    text = line.text.strip()
    # ... its mark left off as a heading's may be, put to "you" (`What do you look for when hiring an engineer.`).
    one = (text.count("?") == 1 and asks(text)) or ("?" not in text and _UNMARKED_TO_YOU.match(text) is not None)
    return line.lead_bold is None and one and bool(after) and after[0].listed_line and not after[0].numbered


# A question word and the verb asking "you" right after it: "What do you …", "Why are you …", "How would you …";
# not a note on the answer that only names "you" ("How you frame it matters.").
_UNMARKED_TO_YOU = re.compile(r"^(?:what|why|how|which|where|who)\s+(?:do|does|did|are|is|have|has|can|could|would|will|should)\s+(?:you|your)\b", re.IGNORECASE)


_OR_NEXT = re.compile(r"\s+or\s*$", re.IGNORECASE)  # a question closing on "or": another way to put it follows
_ASK_YOURSELF = re.compile(r"\bask (?:yourself|themselves|ourselves)\b[^.?!]*[:\uff1a]\s*$", re.IGNORECASE)


def _names_its_topic(section: Section, asked_at: int) -> bool:
    """A heading that only names what its answer is about, in a few words (it asks nothing and is
    no label, `## Questions`, `### Pregunta:`), with the question on the first line under it."""
    title = _unnumbered(split_title(section.title.text)[1]).strip(" *:")
    if not title or len(title.split()) > _TOPIC_WORDS or title.endswith(("?", "\uff1f")) or asks(title):
        return False
    first = next((line for block in section.blocks for line in block_lines(block) if line.text), None)
    return first is not None and first.number == asked_at and meaning(normalize(title)) is None and not _ANSWERS_HEADING.match(normalize(title))


_TOPIC_WORDS = 6


def _marked(answer: Answer) -> Answer:
    """An answer whose first line opens with its mark (`A: I …`, `Answer: I …`): labelled, the mark left out."""
    marked = next((at for at, line in enumerate(answer.lines) if marked_answer(line.prose)), 0)
    if marked and all(label_and_value(line)[0] for line in answer.lines[:marked]):
        # `Framework: Use the STAR method …` over `Sample Answer: During …`: lines of advice under their own
        # labels before the answer's mark, judged with the answer but none of it (a guide's sheet of questions).
        answer = answer._replace(lines=answer.lines[marked:], advice=(*answer.advice, *answer.lines[:marked]))
    first = answer.lines[0] if answer.lines else None
    if first is None or (text := unmarked_answer(first.prose)) == first.prose.strip():
        return answer
    return answer._replace(lines=[Line((Run(text),), first.number), *answer.lines[1:]], labelled=True)


def _broken_off(section: Section, before: int, line: int) -> bool:
    """Whether a thematic break (`---`) of the heading's own stands between two of its lines."""
    return any(before < number < line for number in section.breaks)


_WRAPPED_LINES = 4  # a question wrapped over a plain-text paragraph's lines, not a paragraph of answer
# Joined with no space when wrapped: words and punctuation of a script written without spaces (full-width commas too).
_JOINED_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def _wrapped_question(lines: list[Line]) -> str | None:
    """The question a short paragraph asks when its lines are joined, the file having
    wrapped it (`b. 你发现你组里一个组员的任务…你懂他` / `负责的这块…你该怎么做。`)."""
    if len(lines) > _WRAPPED_LINES or any(line.lead_bold is not None for line in lines):
        return None
    joined = lines[0].text.strip()
    for line in lines[1:]:
        text = line.text.strip()
        unspaced = _JOINED_UNSPACED.match(joined[-1:]) and _JOINED_UNSPACED.match(text[:1])
        joined += text if unspaced else f" {text}"
    joined = _unnumbered(joined)
    return joined if _plain_question(Line((Run(joined),), lines[0].number)) else None


# "// Tell me about yourself": a plain-text file's question line, marked as a comment.
_COMMENT_MARK = re.compile(r"^(?://+|--+)\s*")
_QUESTION_WORDS = 45  # a question on a line of its own (two sentences, at most), not a paragraph that ends asking


def _plain_question(line: Line) -> bool:
    """A plain line that asks the reader ("Why do you want to leave?", "// Tell me about yourself"),
    not the answer's own question ("Why did I pick Go? Because …"): it speaks to "you", or opens
    as an interview question does."""
    text = without_numbering(_COMMENT_MARK.sub("", line.text))  # "1 - Tell me about yourself."
    if line.lead_bold is not None or len(text.split()) > _QUESTION_WORDS:
        return False
    if marked_question(text):
        return True  # "Question: Tell me about yourself.": marked as one
    if text.lstrip(" *_").startswith("\u00bf") and text.rstrip(" *_").endswith("?"):
        return True  # "¿Cómo darías feedback …?": Spanish marks a question at both ends
    if _ASKED_OF_YOU.search(text) and not MINE.search(text):
        return True  # "你…你怎么办。": put to "you" with a question word, ending in a full stop
    return asks(text) and (opens_a_question(text) or bool(ADDRESSED.search(text) and not MINE.search(text)))


# A Chinese question put to "you" (你/您) by a question word, within one sentence, as often ended by a full stop as by a question mark.
_ASKED_OF_YOU = re.compile(r"[你您][^。\uff1f?\uff01!]*(?:怎么|怎样|如何|为什么|为何|什么|哪|吗|呢)")


# "(Follow-Up) What did you do next?": a heading marked as a probe of the story before it.
_FOLLOW_UP_MARK = re.compile(r"^\W*follow[\s-]?ups?\b", re.IGNORECASE)


# "Here are detailed example answers to common questions you may face in …": a heading over
# the page's answers to the questions it names, each under its own heading; no story's follow-ups.
# ... and "## 9. Expected Questions & Answers" over `### Q1: "Tell me about yourself …"` and the answer:
# the questions expected of the interview, named with their answers, not a story's probes.
_ANSWERS_TO_QUESTIONS = re.compile(r"\banswers? to (?:\w+ ){0,3}questions\b|^(?:(?:step |part |section )?\d+ )?(?:expected|anticipated) (?:interview )?questions (?:and )?answers$")


def _follow_ups(section: Section) -> bool:
    title = section.title.text
    if _ANSWERS_TO_QUESTIONS.search(normalize(title)):
        return False
    return meaning(normalize(title)) == FOLLOW_UPS or bool(_FOLLOW_UP_MARK.match(title))


_TAG_WORDS = 6  # a line of principle names, not a sentence that mentions one
# A page telling this many stories of one's own by their parts (`**Situation:**` … `**Result:**`)
# answers its other questions, each under an answer label, in the same voice.
_STORIES_OF_ONES_OWN = 2


def _closing_tags(answer: Answer) -> tuple[Answer, list[tuple[list[str], int]]]:
    """The answer without the lines closing it that only name principles (`Ownership` /
    `Earn Trust` under the answer: the author's tags), and those principles with their lines."""
    lines, tagged = answer.lines, list[tuple[list[str], int]]()
    while len(lines) > 1 and len(lines[-1].prose.split()) <= _TAG_WORDS and (named := principles_listed(lines[-1].prose)):
        tagged.insert(0, (named, lines[-1].number))
        lines = lines[:-1]
    return (answer._replace(lines=lines) if tagged else answer), tagged


_TOLD_WHOLE = 20  # words on the first line of a story told whole after its name


def _principles_in_lists(section: Section) -> list[tuple[str, str, int]]:
    """The principles a list under the heading names (each entry's text, its principle and line),
    nested lists too, when two or more of its entries and half of them are principles."""
    found: list[tuple[str, str, int]] = []
    lists = [block for block in section.blocks if isinstance(block, ListBlock)]
    while lists:
        block = lists.pop(0)
        lists += [sub for item in block.items for sub in item.sublists]
        named = [(text, name, item.line) for item in block.items if (name := canonical_principle(text := without_symbols(item.text).strip(" *")))]
        if len(named) >= 2 and 2 * len(named) >= len(block.items):
            found += [entry for entry in named if entry[1] not in {name for _, name, _ in found}]
    return found


def _principles_above(root: Section, section: Section) -> tuple[tuple[str, ...], int] | None:
    """The principles the nearest heading above the section names, and its line (none for a
    section the page's title holds: the title names the page)."""
    above: list[Section] = []
    node: Section | None = root
    while node is not None and node.line != section.line:
        if node is not root:
            above.append(node)
        node = next((child for child in reversed(node.children) if child.line <= section.line <= child.end_line), None)
    named = ((principles_in_heading(heading.title.text), heading.line) for heading in reversed(above))
    return next(((names, line) for names, line in named if names), None)


def _line_after(asked: _Asked) -> Line | None:
    """The first line with text after an answer's last in the text of the heading it is asked under, if any."""
    if not asked.answer.lines:
        return None
    numbers, lines = _text_lines(asked.section)
    at = bisect_right(numbers, asked.answer.lines[-1].number)
    return lines[at] if at < len(lines) else None


@per_heading  # asked for each answer in a heading's text: a bank's thousand answers look its lines up once
def _text_lines(section: Section) -> tuple[tuple[int, ...], tuple[Line, ...]]:
    """The lines with text in the heading's own text, in file order, and their numbers."""
    lines = tuple(sorted((line for block in section.blocks for line in block_lines(block) if line.text.strip()), key=lambda line: line.number))
    return tuple(line.number for line in lines), lines


_MEANS_TO_YOU = re.compile(r"^\W*what does (?P<name>[\w ,;&'\u2019-]+?) mean to you\W*$", re.IGNORECASE)


def _item(asked: _Asked, ctx: FileContext) -> BehavioralScenario:
    section, question = asked.section, asked.question
    answer, tagged = _closing_tags(asked.answer)
    # Titled by its heading, unless it has none (a `**Q**` line at the top of a page), only
    # names its answers (`## Sample Answers` over versions of one) or names the page's prompts
    # (`## My takes on these prompts` over a quoted question and its answer).
    shown = strip_quotes(answer.shown_from(ctx.document.source_lines))
    named_only = _ANSWERS_HEADING.match(normalize(_unnumbered(section.title.text))) or _names_prompts(section.title.text, question)
    if asked.by_heading and section.title.text and not named_only:
        code, title = split_title(section.title.text)
        if (named_apart := summary_named(section, ctx.document.source_lines)) is not None:
            code, title = None, named_apart
        opening = answer.lines[0].text if answer.lines else ""
        if _wordings(section) is not None and (story := _OPENING_NAME.match(opening)):
            # A category's answer that opens with its story's name in parentheses ("(西门子拼图)About …"): that story.
            code, title = None, story["name"].strip()
    else:  # asked in the text: a story told whole may open with its name ("Night shift swap story: I had …")
        # ... not notes, whose first line points to a story told elsewhere (`STORY: Small mistake: Chunking.`)
        # or labels a talking point (`Assigning tasks: what the business needs, …`).
        told = asks_what_happened(question) and words_in(shown.split("\n", 1)[0]) >= _TOLD_WHOLE and story_name(shown)
        code, title = None, told or question.rstrip(".")
    title = _without_status(_unnumbered(title))
    title = _ASKED_TWICE.split(title, maxsplit=1)[0]  # "What … have you done? - Tell us about …": titled by the first asking
    if title.isupper() and " " not in title:
        title = question.rstrip("?\uff1f")  # "TMAY" over `**Q** : Tell me about yourself`: an acronym names no answer
    named = slug(id_part(code, title))  # its id as it always was, its length in it (the log refers to it)
    title = untimed(title)
    levels = section_levels(section)
    # The length its heading gives it ("WHY ENGINEERING? (60-90 seconds)"); else a story asked for and
    # told in prose takes a story's time, a pitch or a view its own.
    question = untimed(question)
    stated = (stated_window(section.title.text) or version_window(section.title.text)) if asked.by_heading else None
    window = stated or (whole_answer_window(levels) if asks_what_happened(question) else PREPARED_ANSWER_WINDOW)
    # "### If they ask follow-up questions:" beside a heading's answer: its probes.
    followed = section.children if asked.by_heading else []
    probes = [probe for child in followed if _follow_ups(child) for probe in read_probes(child)]
    if asked.by_heading and not probes:
        # `**Follow-up:** What if neither gives way?` after the answer in the heading's own text.
        probes = [
            Probe(strip_quotes(follow_up), None, None, line.number)
            for piece in pieces(section)
            for line in piece.lines[:1]
            if (label := line.lead_bold) and _follow_ups_label(label) and (after := line.after_lead.strip(" :")) and asks(after)
            for follow_up in plain_questions(after) or [after]  # `**Common follow-ups:** How …? What …?`: each
        ]
    if asked.by_heading and not probes:
        # ... or on the line under a plain label alone (`Follow-up:` over `“What would you do if …?”`), those two
        # lines none of the answer's.
        below = [(piece, follow_up) for piece in pieces(section) if (follow_up := _follow_up_below(piece))]
        probes = [Probe(follow_up, None, None, piece.lines[1].number) for piece, follow_up in below]
        if below:
            put = {line.number for piece, _ in below for line in piece.lines[:2]}
            answer = answer._replace(lines=[line for line in answer.lines if line.number not in put])
            shown = strip_quotes(answer.shown_from(ctx.document.source_lines))
    if asked.by_heading and not probes:
        # ... or under a bullet of the answer's notes naming them (`* follow up :` over `* How did you …?`).
        probes = listed_follow_ups(section)
    if not asked.by_heading:
        # Asked in the text (a bold line, a `<summary>`): the lines of its answer that put a follow-up under their label.
        probes = [Probe(follow_up, None, None, line.number) for line in asked.answer.lines if (follow_up := _follow_up_on(line))]
        if not probes and (next_line := _line_after(asked)) is not None and (follow_up := _follow_up_on(next_line)):
            # `* Follow up: Given more people, how would you …?`, the next bullet right after the
            # answer quoted under its question: that question's follow-up, no question of its own.
            probes = [Probe(follow_up, None, None, next_line.number)]
    scenario = BehavioralScenario(
        id=f"{slug(ctx.path.stem)}/{named}",
        title=title,
        code=code,
        levels=levels,
        origin=ctx.origin(asked.line),
        content_hash=ctx.content_hash(section),
        question=strip_quotes(question),
        probes=probes,
        star=[
            StarSection(
                "Answer", window.min_seconds, window.max_seconds, shown, asked.answer.lines[0].number, "file" if stated else "default"
            )
        ],
    )
    scenario.principles = [PrincipleRef(name, name, None, "", line) for names, line in tagged for name in names]
    if not scenario.principles and not asked.by_heading and (remarked := principles_in_heading(question)):
        # "Tell me about a time you took a calculated risk? (Bias for Action)": the question's tag.
        scenario.principles = [PrincipleRef(name, name, "Primary" if n == 0 else None, "", asked.line) for n, name in enumerate(remarked)]
    if not scenario.principles and asked.by_heading:
        # Asked by a heading that names principles in its code or closing remark ("### OWNERSHIP: Tell me …").
        scenario.principles = [PrincipleRef(name, name, None, "", section.line) for name in principles_in_heading(section.title.text)]
    if not scenario.principles and not asked.by_heading:
        # Asked under a heading that names a principle ("3. Invent and Simplify" over its questions): that one.
        heading = principles_in_heading(section.title.text)
        scenario.principles = [PrincipleRef(name, name, "Primary" if n == 0 else None, "", section.line) for n, name in enumerate(heading)]
    if not scenario.principles and (over := _principles_above(ctx.document.root, section)):
        # Asked under a category that names them ("## 3. Ownership" over "### 15 Questions …" over
        # its numbered questions, "## Customer Obsession" over `### Tell me about a customer you could not please`).
        names, line = over
        scenario.principles = [PrincipleRef(name, name, "Primary" if n == 0 else None, "", line) for n, name in enumerate(names)]
    if not scenario.principles and asked.by_heading:
        # A list in the notes naming them one by one (`- Your Leadership Principles` over `- Invent and Simplify`,
        # `- Ownership`, each over its note): those, however the list is nested.
        scenario.principles = [PrincipleRef(text, name, None, "", line) for text, name, line in _principles_in_lists(section)]
    if not scenario.principles and (about := _MEANS_TO_YOU.match(question)) and (meant := canonical_principle(about["name"])):
        # "What does frugality mean to you?": the question asks about that principle by its name.
        scenario.principles = [PrincipleRef(about["name"], meant, "Primary", "", asked.line)]
    if not scenario.principles:
        # None tagged: the principles the answer names in their own words ("… the bias for action in Amazon's principles").
        scenario.principles = [PrincipleRef(name, name, None, "", asked.line) for name in principles_in_prose(shown)]
    scenario.rule = PREPARED_ANSWER
    return scenario
