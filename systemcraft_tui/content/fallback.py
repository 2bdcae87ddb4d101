"""What a careful reader would still rehearse on a page no rule read and no reason explained
(or only that it lists questions): a story told in the first person and the past, under a
heading or under a list's question, or a design walked through its parts. Each item it offers
is marked as the fallback's (its rule, and a warning naming its line), so the user knows it was
a guess. Run only on such pages (parser.py), so its cost falls on few files.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from systemcraft_tui.content.answers import unmarked_answer, unmarked_question
from systemcraft_tui.content.ids import slug
from systemcraft_tui.content.markdown_tree import Line, ListBlock, Paragraph, Section, block_lines
from systemcraft_tui.content.model import BehavioralScenario, ContentItem, Phase, Probe, StarSection, SystemDesignProblem
from systemcraft_tui.content.names import SPOKEN_LINE, normalize, strip_quotes
from systemcraft_tui.content.principles import defines_principle
from systemcraft_tui.content.questions import asked_by_title, asks_what_happened
from systemcraft_tui.content.reading import FileContext, holding, id_part, split_title, without_numbering
from systemcraft_tui.content.system_design import phase_name
from systemcraft_tui.content.timing import default_star_window, equal_share, whole_answer_window

FALLBACK_STORY = "fallback-story"
FALLBACK_DESIGN = "fallback-design"
CHECK_IT = "read by the fallback: check it"
# What the reasons that call a page a list of questions say (recognise.why_nothing).
QUESTION_LIST = "a question list"

# --- a design walked through its parts ----------------------------------------------------

# What a design interview's parts are called, whoever writes them: each pattern one part.
_DESIGN_PARTS = (
    re.compile(r"\b(?:requirements?|use cases?|scope|constraints?|clarif\w*)\b|\bquestions to ask\b"),
    re.compile(r"\b(?:estimat\w*|capacity|back of the envelope|qps|throughput)\b"),
    re.compile(r"\b(?:apis?|endpoints?|interfaces?)\b"),
    re.compile(r"\b(?:data ?models?|schemas?|databases?|data design|storage)\b"),
    re.compile(r"\b(?:high level|architecture|components?|system design|overall design)\b"),
    re.compile(r"\b(?:scal\w*|bottlenecks?|trade ?offs?|shard\w*|partition\w*|availability)\b"),
    re.compile(r"\b(?:deep dive|detailed design|design details?)\b"),
)
_FEWEST_PARTS = 3
_ARCHITECTURE = 4  # the one part a system's name may hold: 'Twitter Architecture' names Twitter
# A title for a way of working, not a system: a method page lays out the same parts for none
# (and so does one on the interviews themselves, `# Interviewing`).
_METHOD_TITLE = re.compile(
    r"\b(?:framework|template|guide|cheat ?sheet|approach|process|how to|steps?|tips|checklist|method|"
    r"notes on|introduction|basics|fundamentals|concepts?|glossary|resources|interview(?:s|ing)?)\b"
)
_CLOSING = re.compile(r"^(?:summary|conclusion|references?|resources|further reading|links|see also)\b")


def _design_parts(text: str) -> set[int]:
    words = normalize(text)
    return {number for number, part in enumerate(_DESIGN_PARTS) if part.search(words)}


# A line that is only a link (`- [Sharding compared](https://…)`, a bare URL): reading to do.
_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)|<?https?://\S+>?")
_FEWEST_STEP_WORDS = 3


def _only_links(step: Section, source: list[str]) -> bool:
    """Whether a step holds nothing but links (or nothing at all) below its heading."""
    body = source[step.line : step.end_line]
    return all(len(_LINK.sub(" ", line).strip(" -*+>|#").split()) < _FEWEST_STEP_WORDS for line in body if line.strip())


def _walked_design(headings: list[Section], source: list[str]) -> tuple[Section, list[Section]] | None:
    """The page's first heading naming a system, over headings of one level that name three
    or more of a design interview's parts: those headings, from the first such, are its phases.
    Headings are taken in file order whatever their levels, as an author nesting them
    wrongly (an H3 title over H2 steps over H1 questions) still means them so."""
    if len(headings) < _FEWEST_PARTS + 1:
        return None
    title, rest = headings[0], headings[1:]
    name = split_title(title.title.text)[1]
    if _design_parts(name) - {_ARCHITECTURE} or _METHOD_TITLE.search(normalize(name)) or name.rstrip().endswith(("?", "\uff1f")):
        return None  # a step, a method or a question is no system's name ("System Design: X" is X's)
    parts: dict[int, set[int]] = {}
    for heading in rest:
        parts.setdefault(heading.level, set()).update(_design_parts(heading.title.text))
    level = max(parts, key=lambda lvl: len(parts[lvl]))
    if len(parts[level]) < _FEWEST_PARTS:
        return None
    steps = [h for h in rest if h.level == level]
    first = next(i for i, h in enumerate(steps) if _design_parts(h.title.text))
    steps = steps[first:]
    end = next((i for i, h in enumerate(steps) if _CLOSING.match(normalize(h.title.text))), len(steps))
    steps = steps[:end]
    if sum(_only_links(step, source) for step in steps) * 2 >= len(steps):
        return None  # headings over links only: a reading list, no design walked
    return title, steps


# "### Problem Description" first on a page with no title: the statement, named by its file.
_STATEMENT_HEADING = re.compile(r"^(?:the )?problem(?: statement| description)?$")


def _design(title: Section, steps: list[Section], ctx: FileContext) -> SystemDesignProblem:
    name = without_numbering(split_title(title.title.text)[1])
    asked = name
    if _STATEMENT_HEADING.match(normalize(name)) and ctx.document.name:
        lines = title.paragraph_lines()
        name = re.sub(r"[_-]+", " ", ctx.document.name).strip()  # "Rate Limiter.md", "Rate_Limiter.md"
        asked = lines[0].text if lines else name
    low, high = equal_share(len(steps))
    problem = SystemDesignProblem(
        id=slug(ctx.path.stem),
        title=name,
        levels=(),
        origin=ctx.origin(title.line),
        content_hash=ctx.content_hash(ctx.document.root),
        question=asked,
        phases=[Phase(phase_name(step.title.text), low, high, step.line, "default") for step in steps],
    )
    problem.rule = FALLBACK_DESIGN
    ctx.warning(
        title.line,
        f"{CHECK_IT}: {name!r} (line {title.line}) is offered as a design problem, its {len(steps)} steps untimed, "
        "because its headings name a design's parts; no rule recognised it",
    )
    return problem


# --- a story told in the first person and the past ----------------------------------------

_WORD = re.compile(r"[A-Za-z']+")
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us", "i'd", "i've", "we'd", "we've"})
_IRREGULAR_PAST = frozenset(
    "was were had did led built made took ran wrote found got saw went began chose drove brought told gave kept "
    "left met paid set spent taught thought won became sent shipped grew cut knew felt held lost".split()
)
_ADDRESSED = frozenset({"you", "your", "you're", "you'll", "yourself"})
_OUTCOME = re.compile(
    r"\d|%|\bas a result\b|\bresult(?:ed|s)?\b|\breduc\w*|\bincreas\w*|\bimprov\w*|\bsav(?:ed|ing)\b|\bdelivered\b|"
    r"\blaunched\b|\bin the end\b|\beventually\b|\boutcome\b|\b(?:dropped|fell|rose|fixed|resolved|solved|succeeded|learn[et]d?)\b"
    r"|\b(?:since|afterwards|after that|by the end|from then on)\b"
)
# A heading that asks what something is ("What is consistent hashing?") explains a concept,
# and a page titled as advice ("How to Prepare …", "Tips") tells anecdotes to illustrate it.
_ASKS_WHAT = re.compile(r"^(?:what|why|how|when|where|which) (?:is|are|was|were|does|do|to|should|can)\b")
_ADVICE_TITLE = re.compile(r"\b(?:how to|tips|guide|advice|prepar\w*|dos and donts|mistakes to avoid)\b")
# An account of an interview itself ("My Google L5 Interview Experience", "Onsite Recap") reports how
# it went, as a post on one's own job search does ("Interviewing as a Team Lead" over "## Phone Screens"),
# and one's own introduction ("Tell Me About Yourself", "My Pitch", "About Me") sums up a
# career: told in the first person and the past, but neither is a story to tell in one.
_NOT_A_STORY_TOLD = re.compile(
    r"\binterview(?:s|ing)? (?:experience|journey|process|recap|report|loop)\b|\binterview(?:ed)? (?:at|with)\b"
    r"|\binterviewing as an?\b|\bjob (?:search|hunt|hunting)\b"
    r"|\bonsites?\b|\bphone screens?\b"
    r"|\btell me about yourself\b|\bintroduc(?:e yourself|tions?)\b|\bpitch\b|\babout me\b|\bbio(?:graphy)?\b"
    r"|\bresume\b|\bcv\b|\bcareer (?:summary|history)\b|\bwork history\b|\bpast jobs?\b"
)
_BLANK = re.compile(r"\[your\b|\[insert\b|_{3,}|<your\b", re.IGNORECASE)
_FEWEST_WORDS = 80
_FEWEST_ASKED_WORDS = 60
_FEWEST_SENTENCES = 4
_FEWEST_LINES = 4
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_PAST_SHARE = 0.04  # past-tense verbs per word: a told account, not how one works in general
_PERSON_SHARE = 0.03

# Cue words of each STAR part, read at the opening of a paragraph or bullet.
_CUES = (
    ("Situation", re.compile(r"\b(?:context|background|situation|challenge|problem|at the time|when i joined|last year)\b")),
    ("Task", re.compile(r"\b(?:my (?:task|job|role|goal|responsibility)|i (?:needed|had) to|we (?:needed|had) to)\b")),
    (
        "Action",
        re.compile(
            r"\b(?:i|we) (?:decided|built|led|proposed|started|created|wrote|set up|introduced|organi[sz]ed|scheduled|asked)\b"
        ),
    ),
    ("Result", re.compile(r"\b(?:as a result|result|outcome|in the end|eventually|ultimately)\b")),
)


def _told(text: str, *, asked: bool = False) -> bool:
    """Whether text tells what happened to its teller: long enough to be told, in the
    first person and the past, with an outcome, and not addressed to the reader. An answer
    to a question about what happened (asked) may be told in notes with no "I" (`Profiled it
    with cProfile. Rewrote the export.`), and shorter."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < (_FEWEST_ASKED_WORDS if asked else _FEWEST_WORDS) or len(_SENTENCE_END.findall(text)) < _FEWEST_SENTENCES:
        return False
    person, past, addressed = _voices(words)
    return (
        (asked or person >= _PERSON_SHARE * len(words))
        and past >= _PAST_SHARE * len(words)
        and (addressed * 2 < person or (asked and not addressed))
        and bool(_OUTCOME.search(text.lower()))
        and not _BLANK.search(text)
    )


def _voices(words: list[str]) -> tuple[int, int, int]:
    """How many of the (lowercased) words say "I" or "we", are verbs in the past, and speak to "you"."""
    counted = Counter(words)
    person = sum(counted[w] for w in _FIRST_PERSON)
    past = sum(n for w, n in counted.items() if w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4))
    return person, past, sum(counted[w] for w in _ADDRESSED)


_FEWEST_NOTED_WORDS = 40


def _told_in_notes(text: str) -> bool:
    """Whether a run of notes tells what happened to its teller, however few its full stops
    (`… we whittled it down together, got buy in from PM, went to Director …`): long enough,
    told by "I" or "we" and not to "you", in the past."""
    words = [w.lower() for w in _WORD.findall(text)]
    person, past, addressed = _voices(words)
    return (
        len(words) >= _FEWEST_NOTED_WORDS
        and person > addressed
        and past >= _PAST_SHARE * len(words)
        and not _BLANK.search(text)
    )


def _paragraphs(section: Section) -> list[tuple[int, str, int]]:
    """The section's text below its heading, subsections too: each paragraph and each list
    item (nested ones after it) a piece, with its first line and its depth in lists."""
    pieces: list[tuple[int, str, int]] = []
    for part in section.walk():
        for block in part.blocks:
            if isinstance(block, ListBlock):
                _listed(block, 1, pieces)
            elif lines := block_lines(block):
                pieces.append((lines[0].number, " ".join(line.prose for line in lines), 0))
    return pieces


def _listed(block: ListBlock, depth: int, pieces: list[tuple[int, str, int]]) -> None:
    """Each item of the list onto `pieces`, its nested lists' after it, a level deeper."""
    for item in block.items:
        if item.lines:
            pieces.append((item.lines[0].number, item.text, depth))
        for inner in item.sublists:
            _listed(inner, depth + 1, pieces)


def _lines_to_borrow(pieces: list[tuple[int, str, int]]) -> bool:
    """A flat list of one-sentence lines (`- I made sure the goals were clear.`), four or
    more and nothing else: a bank of phrasing to borrow, each line its own, no account."""
    return len(pieces) >= _FEWEST_LINES and all(
        depth == 1 and len(_SENTENCE_END.findall(text.strip())) <= 1 for _, text, depth in pieces
    )


def _asking(pieces: list[tuple[int, str, int]]) -> bool:
    """A list of questions, not an account: a third of its pieces or more end asking."""
    return sum(text.rstrip().endswith("?") for _, text, _ in pieces) * 3 >= len(pieces)


def _story_sections(section: Section) -> list[Section]:
    """The headings under section that each tell one story: the deepest that tells one whole,
    unless two or more of its subheadings tell their own."""
    own = [found for child in section.children for found in _story_sections(child)]
    if own:  # a heading over subheadings that tell their own stories is their frame
        return own
    pieces = _paragraphs(section)
    if (
        section.title.text
        and not _ASKS_WHAT.match(normalize(section.title.text))
        and not _NOT_A_STORY_TOLD.search(normalize(section.title.text))
        and pieces
        and not _asking(pieces)
        and not _lines_to_borrow(pieces)
        and 2 * sum(defines_principle(text) for _, text, _ in pieces) < len(pieces)  # principles over their definitions
        and _told(" ".join(text for _, text, _ in pieces))
    ):
        return [section]
    return own


def _parts(pieces: list[tuple[int, str, int]], levels: tuple[str, ...]) -> list[StarSection]:
    """The STAR parts, where pieces open with a part's cue words, three or more in order (an
    opening piece with none sets the scene); else one untimed part holding the whole account."""
    named: list[tuple[str, int, list[str]]] = []
    for line, text, _ in pieces:
        opening = normalize(" ".join(text.split()[:12]))
        cue = next((name for name, words in _CUES if words.search(opening)), None)
        if cue is not None and cue not in [name for name, _, _ in named]:
            named.append((cue, line, [text]))
        elif named:
            named[-1][2].append(text)
        else:
            named.append(("", line, [text]))
    order = [name for name, _ in _CUES]
    if named and not named[0][0] and "Situation" not in [name for name, _, _ in named]:
        named[0] = ("Situation", *named[0][1:])  # an account opens by setting its scene
    if (
        len(named) >= 3
        and all(name for name, _, _ in named)
        and [n for n, _, _ in named] == sorted((n for n, _, _ in named), key=order.index)
    ):
        sections = []
        for name, line, texts in named:
            window = default_star_window(name, levels)
            sections.append(
                StarSection(name, window.min_seconds, window.max_seconds, strip_quotes(" ".join(texts)), line, "default")
            )
        return sections
    whole = whole_answer_window(levels)
    text = "\n".join(text for _, text, _ in pieces)  # a paragraph or list item a line, as written
    return [StarSection("Answer", whole.min_seconds, whole.max_seconds, text, pieces[0][0], "default")]


def _story(section: Section, ctx: FileContext) -> BehavioralScenario:
    code, title = split_title(section.title.text)
    title = without_numbering(title)
    pieces = _paragraphs(section)
    asked = next((strip_quotes(text) for _, text, _ in pieces if text.rstrip().endswith("?")), None)
    # `Here's an effective response to “How do you work with your recruiters?”:` over the
    # answer told: the question quoted there is the one answered, and names it (as a question asked
    # in the text names a prepared answer), not the heading's topic (`### Recruiting`).
    quoted = next((found["asked"] for _, text, _ in pieces[:-1] if (found := _ANSWERED_QUOTE.search(text))), None)
    if asked is None and quoted is not None:
        asked = title = quoted
    scenario = BehavioralScenario(
        id=f"{slug(ctx.path.stem)}/{slug(id_part(code, title))}",
        title=title,
        code=code,
        levels=(),
        origin=ctx.origin(section.line),
        content_hash=ctx.content_hash(section),
        question=asked or (title if title.rstrip().endswith("?") else asked_by_title(title)),
        question_source="file" if asked or title.rstrip().endswith("?") else "title",
        star=_parts(pieces, ()),
    )
    scenario.rule = FALLBACK_STORY
    ctx.warning(
        section.line,
        f"{CHECK_IT}: {title!r} (line {section.line}) is offered as a story, told in the first person and the past; "
        "no rule recognised its parts, so label them (**Situation:** …) to time each",
    )
    return scenario


# A sentence closing on the quoted question that what follows answers, before a colon: `… a response to "Why us?":`.
_ANSWERED_QUOTE = re.compile(r"[\"\u201c](?P<asked>[^\"\u201c\u201d]+\?)[\"\u201d]\s*:\s*$")


def offered(ctx: FileContext) -> list[ContentItem]:
    """The items the fallback offers on a page no rule read and no reason explained."""
    root = ctx.document.root
    headings = [section for section in root.walk() if section is not root and section.title.text]
    if found := _walked_design(headings, ctx.document.source_lines):
        return [_design(*found, ctx)]
    return answered(ctx)


# "Jimmy poker story: I was dealing cards …": a short name before a colon names the story.
_NAMED = re.compile(r"^([^:.?!]{3,40}):\s")
_NAME_WORDS = 5


def _answers(root: Section) -> list[tuple[int, str, str]]:
    """Questions in a list each answered under it (`1. **Tell me about …**` over an indented
    paragraph), or bold questions alone on their line each answered by the paragraphs and
    lists after it (`**Q: Describe a bug you solved.**` over prose, to the next such line):
    (line, question, answer)."""
    found: list[tuple[int, str, str]] = []
    for section in root.walk():
        asked: tuple[int, str, list[str]] | None = None
        for block in section.blocks:
            if isinstance(block, ListBlock):
                found += [
                    (item.lines[0].number, item.lines[0].text, " ".join(line.prose for line in item.lines[1:]))
                    for item in block.items
                    if len(item.lines) > 1 and bold_alone(item.lines[0])
                ]
            if isinstance(block, Paragraph) and len(block.lines) == 1 and bold_alone(block.lines[0]):
                if asked is not None:
                    found.append((asked[0], asked[1], " ".join(asked[2])))
                asked = (block.line, block.lines[0].text, [])
            elif asked is not None and isinstance(block, (Paragraph, ListBlock)):
                asked[2].extend(line.prose for line in block_lines(block))
        if asked is not None:
            found.append((asked[0], asked[1], " ".join(asked[2])))
    return sorted(found)


def bold_alone(line: Line) -> bool:
    return line.lead_bold == line.text.strip("*_ ")


def story_name(told: str) -> str | None:
    """The short name a story told whole opens with before a colon ("Night shift swap story: I had …");
    not a sentence the teller opens with ("I ask exactly two things: …")."""
    named = _NAMED.match(told)
    if named is None or len(named[1].split()) > _NAME_WORDS or _SAID_BY_ME.match(named[1]) or _ANSWER_LABEL.match(named[1]):
        return None
    if named[1].count("(") > named[1].count(")"):
        return None  # "(A half-technical one: cover …)": a colon inside a remark in brackets ends no name
    return named[1].strip()


_SAID_BY_ME = re.compile(r"^\W*(?:i|we|my|our)\b", re.IGNORECASE)
# "Sample answer: …", "*Example: …": a label saying an answer follows, the same over every answer, no story's name.
_ANSWER_LABEL = re.compile(r"^\W*(?:(?:my|sample|model|example)\s+)?(?:example|answer|response)\W*$", re.IGNORECASE)


def _answered_story(line: int, question: str, answer: str, ctx: FileContext) -> BehavioralScenario:
    told = unmarked_answer(answer)
    asked = unmarked_question(question)
    title = story_name(told) or asked.rstrip(".?! ")
    said = f"the answer to {asked!r} (line {line}) is offered as a story"
    return _told_whole(title, (line, told, line + 1), holding(ctx.document.root, line), ctx, said, asked=asked)


def _told_whole(
    title: str,
    told: tuple[int, str, int],
    held: Section,
    ctx: FileContext,
    said: str,
    *,
    asked: str | None = None,
    probes: tuple[Probe, ...] = (),
) -> BehavioralScenario:
    """A story the fallback offers told whole, as one untimed Answer part: `told` is its line,
    its text and the line the text opens on; `said`, what the warning says was offered."""
    line, text, opens = told
    whole = whole_answer_window(())
    scenario = BehavioralScenario(
        id=f"{slug(ctx.path.stem)}/{slug(title)}",
        title=title,
        code=None,
        levels=(),
        origin=ctx.origin(line),
        content_hash=ctx.content_hash(held),
        question=asked or asked_by_title(title),
        question_source="file" if asked else "title",
        star=[StarSection("Answer", whole.min_seconds, whole.max_seconds, text, opens, "default")],
        probes=list(probes),
    )
    scenario.rule = FALLBACK_STORY
    ctx.warning(
        line,
        f"{CHECK_IT}: {said}, told in the first person and the past; no rule recognised its parts, so label them "
        "(**Situation:** …) to time each",
    )
    return scenario


def answered(ctx: FileContext) -> list[ContentItem]:
    """The stories the fallback offers on a page no rule read (perhaps taken for a list of
    questions): answers told in the first person and the past under the questions of a list,
    else headings whose text is such an account."""
    root = ctx.document.root
    title = ctx.document.title
    named = normalize(title.title.text) if title is not None else ""
    if _ADVICE_TITLE.search(named) or _ASKS_WHAT.match(named) or _NOT_A_STORY_TOLD.search(named):
        return []
    told = [
        (line, q, a)
        for line, q, a in _answers(root)
        if not _NOT_A_STORY_TOLD.search(normalize(asked := unmarked_question(q)))
        and _told(unmarked_answer(a), asked=asks_what_happened(asked))
    ]
    if told:  # answers in the list are the stories: the heading over them only groups its questions
        return [_answered_story(line, q, a, ctx) for line, q, a in told]
    listed = [(line, name, text) for line, name, text in _named_in_a_list(root) if _told_in_notes(text)]
    if len(listed) >= _FEWEST_NAMED:
        # "- DB Schema Upgrade - Early in the ramp we …": a bank of stories, each named before what it tells.
        return [
            _told_whole(name, (line, text, line), holding(root, line), ctx, f"the list item {name!r} (line {line}) is offered as a story")
            for line, name, text in listed
        ]
    if not root.children and not root.title.text and ctx.document.name:
        return _page_story(ctx)
    return [_story(section, ctx) for section in _story_sections(root)]


_FEWEST_NAMED = 2
# "Conflict - Shane and External Team; they wanted …", "DB Schema Upgrade - Early in the ramp …": a
# short name, then a semicolon or a spaced dash, then the story.
_NAMED_BY_SEMICOLON = re.compile(r"^(?P<name>[^;.?!]{3,60}?);\s+(?P<told>\S.*)$")
_NAMED_BY_DASH = re.compile(r"^(?P<name>[^.?!]{3,50}?)\s+[-\u2013\u2014]\s+(?P<told>\S.*)$")
_NAME_MOST_WORDS = 8


def _named_in_a_list(root: Section) -> list[tuple[int, str, str]]:
    """List items that each open with a short name before what they tell: (line, name, text)."""
    found = []
    for section in root.walk():
        for block in section.blocks:
            if not isinstance(block, ListBlock):
                continue
            for item in block.items:
                text = " ".join(line.prose for line in item.lines).strip()
                opened = _NAMED_BY_SEMICOLON.match(text) or _NAMED_BY_DASH.match(text)
                if opened and len(opened["name"].split()) <= _NAME_MOST_WORDS:
                    found.append((item.lines[0].number, opened["name"].strip(" *_"), opened["told"]))
    return found


_CANDIDATE = frozenset({"you", "me", "i", "candidate", "answer", "a"})
# "Dialog with Manager:", "Follow-up:": a short line that only opens what follows it.
_OPENS_WHAT_FOLLOWS = re.compile(r"^[^.!?]{1,40}:$")


def _page_story(ctx: FileContext) -> list[ContentItem]:
    """A page with no heading that tells one account (`behavioral/failure.md`: a story in
    quotes), up to the dialog after it, if any: that story, named by its file. The questions
    the dialog puts (`Manager: “What went wrong?”`) are its follow-ups, answered by the
    candidate's next line."""
    pieces = _paragraphs(ctx.document.root)
    ends = next((n for n, (_, text, _) in enumerate(pieces) if SPOKEN_LINE.match(text) or _OPENS_WHAT_FOLLOWS.match(text.strip())), len(pieces))
    account = [(line, strip_quotes(text), depth) for line, text, depth in pieces[:ends]]
    if not account or _asking(account) or _lines_to_borrow(account) or not _told(" ".join(text for _, text, _ in account)):
        return []
    # A line that asks (`Why Amazon?` over its answer, in a paste of many) opens an answer of its own: no one story.
    written = ctx.document.source_lines[account[0][0] - 1 : pieces[ends][0] - 1 if ends < len(pieces) else None]
    if any(line.rstrip().endswith(("?", "\uff1f")) for line in written):
        return []
    title = ctx.document.name.replace("_", " ").replace("-", " ").strip()
    probes: list[Probe] = []
    for line, text, _ in pieces[ends:]:
        if (spoken := SPOKEN_LINE.match(text)) is None:
            continue
        said = strip_quotes(spoken["said"])
        if spoken["who"].lower() in _CANDIDATE:
            if probes and probes[-1].answer is None:
                probes[-1] = replace(probes[-1], answer=said, answer_kind="strong_response")
        elif said.endswith("?"):
            probes.append(Probe(said, None, None, line))
    first = account[0][0]
    said = f"the page's text (line {first}) is offered as a story named by its file, {title!r}"
    told = (first, "\n".join(text for _, text, _ in account), first)
    return [_told_whole(title, told, ctx.document.root, ctx, said, probes=tuple(probes))]
