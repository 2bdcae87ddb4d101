"""What to ask for a story that comes with no question: one wording for stories in files
and stories of one's own. Kept free of parsing imports, so the practice engine can use it
without loading a parser."""

from __future__ import annotations

import re

from systemcraft_tui.content.model import QuestionSource
from systemcraft_tui.content.names import strip_quotes

# "Tell me about...", "Describe a time...": a title that is itself the question.
_QUESTION_NUMBER = re.compile(r"^\s*Q\d+[.)]\s+(?=\S)", re.IGNORECASE)
_ASKS = re.compile(r"^\W*(?:tell me|describe|give (?:me )?an? example|walk me|how (?:do|did|would|have)|what|why|when)\b", re.I)


# "Tell me about ...", "Have you ever ...", "How did you ...", "Tell the story of the last time …": how an interview question opens
# (asked by a panel, "Can you tell us about ...", too); "Tell me a specific example of …" asks as "Give me an example" does.
_INTERVIEW_QUESTION = re.compile(
    # "3. \"Tell me about …\"": numbered, then quoted.
    r"^\W*(?:(?:\d+|q\d*)\s*[.):]\s*[\"\u201c']?)?(?:(?:please|can you|could you|would you)\s+)?"  # a panel asking
    r"(?:tell (?:me|us) (?:about|(?:of )?a time)|tell (?:me |us )?(?:the|a) story (?:of|about)|describe (?:a|an|the|how|what|when|your|working|solving|failing)|"
    r"give (?:me |us )?an? example|tell (?:me|us) (?:an?|one) (?:\w+ )?example|walk (?:me|us) through|have you ever|talk about|share (?:a|an|how)|recall (?:a|an)|explain (?:about )?your recent|"
    r"what (?:did|would) you|how (?:did|do|would|have) you|when did you|why did you"
    # "A time you made a decision without your manager": the shorthand of "Tell me about a time";
    # "The last time you changed your mind", of "Tell me about the last time".
    r"|(?:an?|the last) (?:time|situation|moment) (?:when |where |that )?you"
    # ... in the author's language too: Portuguese, Spanish, French, German.
    r"|conte(?:-me)? (?:sobre|uma|um)|descreva (?:uma?|o|a|como)|cu[eé]nt(?:ame|eme)|descr[ií]b(?:eme|ame)|h[aá]bl(?:ame|eme) de"
    r"|d[ií]me (?:un|una)\b|describ[ea] (?:un|una)\b"  # Spanish put to "usted" too: "Hábleme de …", "Dime un momento …"
    r"|parlez-moi de|racontez-moi|d[ée]crivez (?:une?|la|le)|erz[aä]hlen sie|beschreiben sie"
    # ... Vietnamese: "Kể về một lần …", "Hãy kể …", "Mô tả một lần …" (tell of, describe a time)
    r"|(?:hãy )?kể (?:về|lại)|(?:hãy )?mô tả (?:một|cách))\b"
    # ... and Chinese, a request to describe or share a time (请描述一次 …, 请分享 …): no word bound after it
    r"|^\W*请(?:描述|分享|讲述|谈谈|举例)"
    # ... and French, a how, why or which put to "vous" ("Comment gérez-vous les conflits ?", "Quel est votre pire souvenir ?")
    r"|^\W*(?:comment|pourquoi|quel(?:le)?s?)\b(?=[^?]*\b(?:vous|votre|vos)\b)",
    re.IGNORECASE,
)


# A question about something that happened ("Tell me about a time ...", "How do you handle
# underperformance?"), not a pitch ("Tell me about yourself", "Why are you leaving?").
_ABOUT_AN_EXPERIENCE = re.compile(
    r"^\W*(?:(?:can|could|would) you (?:please )?)?"  # "Can you describe a time …", a panel asking
    r"(?!tell me about yourself|why\b|what are your|where do you see)(?:tell me (?:about )?a|tell (?:me |us )?(?:the|a) story (?:of|about)|describe (?:a|an|the|how)\b"
    r"|give (?:me )?an? example|(?:have|did) you ever|(?:tell (?:me|us) )?how (?:do |did |have )?you\b"
    # "Walk me through a project you're most proud of", "… your most impactful project"; not
    # one's pitch ("Walk me through your resume").
    # "Talk me through how you've raised the bar …": how I did something, a story too.
    r"|(?:walk|talk) (?:me|us) through (?:how you\b|a|an|one|(?:your|the) (?!resume|résumé|cv\b|background|career|experience\b))"
    r"|tell me about (?:a|an|the|your|delivering|building|working|handling)\b"
    # "Can you share an instance where …", "Can you discuss a time when …": one that happened, shared.
    r"|(?:share|discuss|recall|recount) (?:a|an|one) (?:time|instance|situation|occasion|example|experience|project)\b"
    # "A time when you …", "Times when you …", "Time you went above and beyond …", "An example of when …",
    # "When did you …", "What did you do when …": the question written as the story it asks for.
    r"|(?:an?|one|the last) (?:time|situation|occasion|example of when)\b|times? (?:when )?you\b|when (?:did|have) you\b|what did you do\b)",
    re.IGNORECASE,
)


# A heading that asks the reader with its mark left off ("### 6. What are you looking for", "how does
# ur background fit BB"); not a label ("When you need to buy time:") nor a condition ("When you …").
# A request to explain one's own ways asks so too ("Explain your strategy for breaking down a feature."),
# a full stop after it as often as none.
UNMARKED_ASK = re.compile(
    r"^(?!(?:when|where)\s+(?:you|your)\b)"
    r"(?:what|why|how|which|when|where|who|do|does|did|are|have|can|would|could|explain(?=\s+your\b))\b(?!\s+to\b)"
    r"[^:]*\b(?:you|your|ur|u|yourself)\b[^:]*$",
    re.IGNORECASE,
)


def asks_what_happened(question: str) -> bool:
    """A question about something that happened ("Tell me about a time …", "Describe a bug
    you solved"), not a pitch or one's views: answered with a story."""
    return bool(_ABOUT_AN_EXPERIENCE.match(question))


def opens_a_question(text: str) -> bool:
    return bool(_INTERVIEW_QUESTION.match(text))


def asks(text: str) -> bool:
    """Whether a line is a question: it ends in a question mark (inside its quotes or not)
    or opens as an interview question does ("Tell me about a time ...")."""
    said = strip_quotes(text)
    if said.endswith(")") and (remark := _CLOSING_REMARK.search(said)):
        said = said[: remark.start()]  # "What has been the result?  (Manager)": a remark after the question
    elif said[-2:].lower() == "or" and (other := _OR_ANOTHER.search(said)):
        said = said[: other.start()]  # "Who was your hardest customer? or": another way to ask it follows
    if said.endswith(("?", "\uff1f")) or opens_a_question(text):  # a full-width one too
        return True
    # "Plans change late sometimes. Tell me about a time you had to replan …": a
    # sentence setting the scene, then the question.
    set_up = _SET_UP.match(said)
    return _requests(said) or (set_up is not None and opens_a_question(said[set_up.end() :]))


def _requests(text: str) -> bool:
    """A Korean request ("… 말해 주세요.", "please tell me …"): Korean asks so, with no question mark."""
    return text.rstrip(". ").endswith(_KOREAN_REQUEST)


_KOREAN_REQUEST = ("\uc8fc\uc138\uc694", "\uc8fc\uc2ed\uc2dc\uc624")  # 주세요, 주십시오: "please (do)", closing a request
# ... a sentence of some length ("Jobs differ in the extent to which unexpected changes can disrupt daily responsibilities.").
_SET_UP = re.compile(r"^[^.?!:]{10,120}[.!]\s+(?=[A-Z])")
_CLOSING_REMARK = re.compile(r"\s*\([^()]{1,30}\)$")
_OR_ANOTHER = re.compile(r"(?<=[?\uff1f])\s+or$", re.IGNORECASE)


def derived_question(title: str, principles: list[str]) -> tuple[str, QuestionSource]:
    """The question to ask and where it came from: the title when the title is a question,
    else a question about the primary principle, else the title."""
    asked = _QUESTION_NUMBER.sub("", title)  # "Q1. Tell me about a time …": the question, numbered
    if asked.rstrip().endswith(("?", "\uff1f")) or _ASKS.match(asked) or _requests(asked):  # a full-width mark too (U+FF1F)
        return strip_quotes(asked), "title"
    if principles:
        return f"Tell me about a time that shows {principles[0]}. (Your story: {title})", "principle"
    return asked_by_title(title), "title"


def asked_by_title(title: str) -> str:
    """A story with no question nor principle, asked by its title as an interviewer would
    ("Tell me about it" reads as agreement in everyday speech)."""
    return f"Walk me through this story: {title}"
