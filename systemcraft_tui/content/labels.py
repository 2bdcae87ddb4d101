"""What a label means: the one vocabulary the reader looks a label's words up in.

A label is read generically, as label plus value, whatever its form (rules.LABELS says
which forms); its words arrive here normalised (`names.normalize`: case, punctuation,
emoji, a parenthesised timing or remark) and this module says what they mean. A label
that is none of these ("Note", "Example", "Tip") means nothing here: its line is text.
Kept free of the reader's other modules so that every one of them can use it."""

from __future__ import annotations

import re
from functools import cache

QUESTION = "question"
SITUATION = "Situation"
TASK = "Task"
ACTION = "Action"
RESULT = "Result"
LEARNING = "learning"  # reflection on a story: the end of its last part, neither a part nor a new item
PRINCIPLES = "principles"
FOLLOW_UPS = "follow-ups"
TIMING = "timing"  # a length: a step's when it heads the step, the whole problem's under its title
STAR_PARTS = (SITUATION, TASK, ACTION, RESULT)

# The words for a question and for its answer in the languages authors label them in (Spanish,
# Portuguese, French, German, Russian, Vietnamese), for every pattern that reads such a label.
QUESTION_ABROAD = r"frage|pregunta|pergunta|\u0432\u043e\u043f\u0440\u043e\u0441|c\u00e2u h\u1ecfi"
ANSWER_ABROAD = r"respuesta|resposta|r\u00e9ponse|antwort|\u043e\u0442\u0432\u0435\u0442|tr\u1ea3 l\u1eddi"

# Each meaning's label words, as a whole label (after a leading "the", "my" or "our" and a
# trailing timing are set aside). Plurals are the same label.
_WHOLE = {
    QUESTION: (
        r"q\d*|ask|(?:interview |sample |example |main |likely |typical |common |possible )?(?:question|prompt)"
        # "Prompt they might ask", "Question you'll hear": the one question, asked of the story
        r"(?: (?:they|you|the interviewer|an interviewer|interviewers?)(?: ll| will| may| might| could| would| can)?"
        r" (?:ask|be asked|get|hear)s?)?|(?:sample|example) questions"
        # "Question This Answers", "Questions it answers", "Question answered"; not "Behavioral
        # Questions" over a bank of them
        r"|questions? (?:(?:this|it|that|the story|this story) (?:can )?answers?|answered)"
        # named in the author's language ("**Frage 1:**", "**面试问题**" and a full-width colon); not Japanese 問題, a problem
        rf"|{QUESTION_ABROAD}|(?:面试)?问题|(?:面接)?質問|(?:면접 )?질문"
    ),
    # "Sitution:", "Situtaion:": the longest part's name, often typed in haste.
    # "**Setup (30 sec)**:" over Actions and Results: the scene an answer opens on, its Situation.
    SITUATION: r"situations?|sit(?:u|au|ua)\w{0,3}i?on|context|background|setting|problem|challenge|scenario|setup",
    TASK: r"tasks?|goals?|objectives?|responsibilit(?:y|ies)|my role",
    # "How I Overcame the Challenges", "How I solved it": what I did, told as how I did it.
    ACTION: (
        r"actions?(?: taken| i took)?|act|what i did|approach|steps(?: i)? taken"
        r"|how(?: i (?:\w+ed|overcame|did|made|took|led|built|dealt with|won)(?: \w+){0,3})?|solutions?"
    ),
    RESULT: r"results?(?: and metrics)?|outcomes?|impact|resolutions?",  # "Resolution": how it ended, the Result under another word
    LEARNING: (
        r"learnings?|reflections?|lessons?(?: learned| learnt)?|takeaways?|key takeaways?"
        r"|what i learned|what i would do differently"
    ),
    TIMING: r"(?:total |estimated )?(?:time(?: limit| budget| box| allowed| allocation)?|timebox|duration|length)|total",
    PRINCIPLES: (
        r"(?:leadership )?principles?(?: demonstrated| shown| used| covered)?|(?:mapped )?lps?(?: demonstrated| covered| shown)?"
    ),
}
# Follow-ups are named anywhere in a label ("Common Follow-up Questions and Answers", "Deep
# follow-ups (likely probes)", "Questions the Interviewer May Ask", "What they may ask",
# "Expected Interview Questions"): "Follow-Ups" normalises to "followup".
# One word boundary before all the English names: a search tries it once at each character,
# not once a name (a long heading that names none is passed over four times faster).
_FOLLOW_UPS = (
    r"\b(?:followup\b|probes?\b|probing\b|deep dive (?:(?:interviewer )?questions?|considerations?)\b|push ?backs?\b"  # "Skeptical VP pushback": a challenge to answer
    r"|(?:questions? (?:the |an |your )?interviewers?|what (?:they|(?:the )?interviewers?)|^(?:the |an |your )?interviewers?)"
    r" (?:may|might|will|could|would|(?:is|are) likely to) (?:ask|probe)\b"
    r"|discussion (?:questions?|points?|prompts?)\b|likely questions\b|questions to expect\b|(?:expected|anticipated) (?:interview )?questions\b"
    r"|^quick (?:answers|q ?a|qa)$"  # "💬 Quick Answers" over `Why shard? → …` lines: the questions to answer quickly
    # "Questions You Should Be Ready to Answer", "Questions you may be asked"
    r"|questions (?:you (?:should|must|need to) be )?(?:ready|prepared) (?:to answer|for)\b|^be (?:ready|prepared) for$"
    r"|questions you (?:may|might|will|could|are likely to) (?:be asked|get|face|hear)\b)"
    r"|\bquestions? de (?:sondage|suivi|relance)\b"  # "Questions de Sondage": probing questions, named in French
    r"|追问|追問"  # "面试官可能的追问": named in Chinese, within words run together
    r"|꼬리 ?질문"  # "꼬리질문 - …?": a follow-up ("tail question"), named so in Korean
    r"|면접 ?예상 ?질문|논의 ?포인트"  # "면접 예상 질문" (expected interview questions), "논의 포인트" (discussion points), in Korean
)
LEADS = ("the", "my", "our")  # "The Result", "My Actions": still the label itself
_TIMING_WORD = re.compile(r"^(?:\d+|[smh]|secs?|seconds?|mins?|minutes?|hours?|hrs?|to|max|about)$")
_MEANINGS = re.compile("|".join(f"(?P<m{n}>{words})" for n, words in enumerate(_WHOLE.values())))
_GROUPS = {f"m{n}": name for n, name in enumerate(_WHOLE)}
FOLLOW_UP_WORDS = re.compile(_FOLLOW_UPS)
# A word each of those names holds: a text holding none names no follow-ups, known without
# the pattern (tried at each word's start of it).
_FOLLOW_UP_KEYS = ("followup", "prob", "question", "ask", "discussion", "push", "ready", "prepared", "dive", "追", "꼬리", "면접", "논의")


def mentions_follow_ups(words: str) -> bool:
    """Whether the words name the follow-ups (FOLLOW_UP_WORDS finds them)."""
    return any(key in words for key in _FOLLOW_UP_KEYS) and FOLLOW_UP_WORDS.search(words) is not None


@cache  # the same few labels recur through a file
def meaning(words: str) -> str | None:
    """What a normalised label means, or None: "question this answers" is the question,
    "what i did" the Action, "the outcome" the Result, "likely followup" its follow-ups."""
    if mentions_follow_ups(words):
        return FOLLOW_UPS
    split = words.split()
    end = len(split)
    while end and _TIMING_WORD.match(split[end - 1]):
        end -= 1
    if any(word.isdigit() for word in split[end:]):
        split = split[:end]  # "Action 90 to 120 s", "Time 5 min": the timing is not the label's words; "How to" stays
    for candidate in (split, split[1:] if split and split[0] in LEADS else []):
        if candidate and (found := _MEANINGS.fullmatch(" ".join(candidate))):
            return _GROUPS.get(found.lastgroup or "")
    return None
