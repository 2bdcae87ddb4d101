"""What the reader recognises, and how: the decision rules in one table, in the order they
are tried (content/recognise.py applies them). The README's content section shows the same
table, so a user can predict what will be read; `inspect` names the rule that read each
item. Kept free of parsing imports so the commands can show it without loading a parser."""

from __future__ import annotations

from dataclasses import dataclass

# Names the reader and the commands both ask for by name.
TOPIC_PAGE = "topic-page"
PREPARED_ANSWER = "prepared-answer"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    reads: str  # what a heading's part of the file holds for this rule to read it
    summary: str  # the same in one line, for `inspect`


# What every rule sees, not repeated in each: emphasis, emoji, numbering, codes (a bracketed
# theme before the title, `[Ownership] …`, too) and a trailing ⭐ rating are not a heading's
# words; a label is read as LABELS below says; a `**Sample
# Questions:**` list in a story names the questions it answers, the first asked, the others
# other ways of asking it (not follow-ups); a heading that only labels a value
# (`### Tags: …`) is a line of the heading above; a ```text fence holds text, and so does a
# fence of no language whose whole text is one quotation or whose lines open with three STAR parts' labels or more
# (`SITUATION:` over quoted text; not a skeleton with a blank per part, `Task: "I owned [goal]"`), any other fence is shown, not read; a `---` rule ends the part before it; lines opening with a pasted bullet
# (`• item`, `◦`, `▪`, `○`; all indented as far as code, a document exported as text, moved to the margin, each deeper indent a level deeper) are a list, and a line that is wholly an HTML heading
# (`<h2 align="center">Title</h2>`) is a heading, and so is a line whose two hashes or more have no
# space after them (`###Problem solving`, outside code; one hash is a tag, `#Ownership`); an MkDocs content tab (`=== "Step 1:
# Requirements"`) is a heading at the level of the page's sections, the headings in its text
# below it, and an admonition (`!!! info "Situation"`, `??? question "…"`) is its title as a
# bold label (a question box's as its question line), the text of both read where it is
# indented four spaces, not as code. Front matter, YAML (`---`) or TOML (`+++`, its keys before the first `[table]`), or Pelican\'s unfenced `Title: …` lines (or the same in bold, as a tracker issue's body opens: `**Title:** …`, `**Labels:** …`) up to a blank line or `---`, is the page's
# metadata: its `title:` names a page with no title heading (one alone at its top level, or its first top heading saying the title again; or only `# {{.FrontMatter.title}}`), and its `question`, `answer`, STAR
# part, `principles` and `level` keys read as those labelled lines; other keys and `# comments`
# are no text. A file with no headings at all marks its parts by their shape: numbered lines
# counted through the file from 1 (`1.`, `2)`, `(3)` or a keycap `1️⃣`; a number skipped here and there), each over its own text (a nested
# list too), or short lines opening with the same symbol
# (`⭐ Situation`), three or more, or each with a symbol of its own, four or more (`📌 Problem Statement`, `🎯 Functional Requirements`; one used twice among a dozen too) (a short first line alone over them the title, a remark in parentheses under it too; numbered lines all in one of their sections, `🧩 Key Components` over `1. Gateway`, that section's parts; under two or more naming weeks, a line alone naming a week's part, `Goal` or `Build`, a heading a level deeper), else short lines wholly in bold (`**Storage**`, `**2. Estimation Of Scale**`), three or
# more and not labels the reader knows, the first line the title, else short lines ending in a colon that each open a
# paragraph (`functional requirement:`), three or more, none a known label nor said twice, a short first line alone the
# title, are its headings, and so are lines opening with a part's code and number
# counted on from 1 (`PART 2: …`). An HTML `<table>` in which two rows or more list three STAR
# labels or more (`<li><strong>Situation:</strong> …`) reads as a heading per row, its first
# cell, over that row's list items; so does a Markdown table whose header names three parts
# or more, when its rows tell what happened (story_tables.py; a rubric under the part names
# stays a table). A heading that is only a code (`STORY : 4`,
# `SITUATION 1 :`) names nothing: the heading under it names the item. A table of contents
# (`## Contents` over links to the page's parts) tells nothing, and titles nothing when written
# as the page's first heading over all of its sections (`# Table of Contents` as its H1).
# A page's title written again right after its first time (`# Rate Limiter` over a summary, perhaps under an `## Overview`, then
# `# Rate Limiter` over the body) is one title, unless a line under the first opens with a bold
# label (`**Situation**: …`): that one told an item, and the next is another. Heading levels count from the page's shallowest
# heading: a page written one level deeper throughout (`## Title` over `### Situation`) reads as
# the same page, and a bold line alone over several top headings names the page.

# How a label is read, whichever rule looks at it (content/labels.py holds the vocabulary);
# the README's content section repeats it word for word.
LABELS = (
    "A label is read as label plus value, whatever its form: `**Label:** value`, `**Label**: value`, a short "
    "`Label: value` (or `Label → value`) at a line's start or a bullet's, a label alone on its line (or ending in a dash) over its value or a list below it (a question label over a quoted line, `**Interview Question**:` then `> \"Describe …\"`), a table row whose first cell is the label (`| Situation | … |`), "
    "a heading whose whole text is a label (`#### Outcome`) or a label and its value (`# Q7 — tell me about …`), timed after it (`Label (30s):`, `Label – 2 min:`, `### Label [2m]`, `### Label — 2 minutes`: a timing after a dash is no title), "
    "emoji or numbering before it, a full-width colon (`\uff1a`) closing it as a colon does; a label naming two parts in turn by their own names (`**Action & Result:**`, "
    "`Situation and Task:`) is both, told in one text, and two words for one part (`Context and Challenge`) are that "
    "part. What it means comes from one vocabulary, its words taken without case, plural, "
    "punctuation, emoji or a leading 'the', 'my' or 'our': the question (Question, Prompt, Ask, Sample Question, Question Description (its first paragraph, when that asks, the notes after it aside), Likely Question, Prompt They Might Ask, "
    "Question This Answers, named in the author's language too, `**Frage 1:**`, `**Câu hỏi:**`, `**问题**\uff1a`; a label of any other name whose value is only quoted questions, `**Best for:** \"Tell me "
    "about …\" / \"Describe …\"`, names the questions a story answers, the first asked (bold anywhere in its text, plain or italic in the first paragraph under its heading: `*Asked as:* \"Describe …\"`, `Use for: \"Tell me …\"`; a mark before a question, `❓`, is none of its words), and so does a question label bold "
    "with its question `**Q: \"Tell me about …\"**`, `**Q1: Tell me about …**`, no title; of two such lines before one answer the first is asked); the STAR parts, named in the author's language too (`**Situación:**`, `- 상황:`, `結果`) (Situation: Context, Background, Setting, Problem, Challenge; Task: "
    "Goal, Objective, Responsibility, My Role; Action: Act, What I Did, Approach, Steps Taken, How; Result: Outcome, "
    "Impact, Results and Metrics); a reflection (Learnings, Reflection, Lessons Learned, Takeaways, What I Would "
    "Do Differently), which closes the part before it and is neither a part nor a new item (so does a bold label alone after a list whose items tell the parts, `**To Strengthen**` after `- **Result:** …`); the principles "
    "(Leadership Principles, LPs, Principles Demonstrated, LPs Covered, Mapped LPs; a heading's closing parenthesis or bracket, or the words after its last dash, that only name principles, joined by commas, '+', '/' or 'and' (full-width brackets and commas too, `\uff08Bias for Action\uff0cOwnership\uff09`; after a colon, `Failure: (Customer Obsession, Earn Trust)`, the name before it is the title) (`(Ownership + Invent & Simplify)`, `[Bias for Action, Frugality]`, `— Hire & Develop the Best`), tag its story with them, no words of its title nor a blank to fill, also before a level closing the heading (`(Think Big) - L7`); a heading whose whole text names two principles or more joined by '/', '&', '+' or commas (`### Ownership / Dive Deep`) gives each story under it all of them; a principle named alone in parentheses after a deed in a story's text (`… cleared the backlog (Bias for Action), then …`) is one it shows too; so does a line of tags under any label or none, half or more of them principles (`*LPs: Ownership | Dive Deep*`, `Tags: #Ownership #EarnTrust`, `` `Have Backbone` `Disagree and Commit` ``), and so does a story's first line when it only names principles, with no label (`> Earn Trust, Customer Obsession`, `*OWNERSHIP*`), and so does a list in the story whose entries, two or more and half at least, are principles, alone or as bold labels (`- **Earn Trust**: told the customers early`)); the follow-ups (Follow-ups, "
    'Probes, Probing Questions, Likely Follow-ups, Pushback (`| Skeptical VP pushback | One-line rebuttal |`: challenges, put as statements or questions), Deep-Dive Questions, Deep Dive Considerations, Discussion Points, What They May Ask, Interviewer Might Ask, Questions You Should Be Ready to Answer, Be Ready For, `面试官可能的追问` (an emoji before the label is none of its words, `🎯 **Likely Follow-ups:**`); a design\'s section named for them and such a label\'s list elsewhere on its page are both its follow-ups; a page\'s own such section, outside every item and not right after one (`## Common Follow-up Questions` after a bank), gives its questions to each story and design that has none of its own; a bold question alone on its line is answered by the bullets under it (`**Why Redis?**` over `- **Reason:** …`), whose labels ask nothing; closing a design, a heading named only for questions, `## Interview Questions`, over questions of its own or levels of difficulty grouping them (`### Basic`, `### Architect-Level`, every prompt of each, asked or not), or such a bold label over a list of questions, every one asked, `**Common Questions:**`, `**Additional deep dives**:` (the mark of a bold question may sit after the bold, `- **Why not …** ?`), or a step written as a bold list item over a list of two or more questions each answered under it, `5. **Potential deep dives**`; beside a follow-ups section, in a mock script the questions listed under the interviewer\'s labels in its steps too, `**Interviewer Prompts**:`), each item its question and the answer after it, dash or not (`*Why Kafka?* It kept …`), in any carrier under a label: a list, bold question lines, quoted paragraphs (`> How did you …?`), or quoted questions on the label\'s own line (`**Interviewer might ask:** "…?" / "…?"`, or one written plain, `**Follow-up:** What if …?`, in the story\'s text or its part headings\'; in a design, several run together on that line, `**Follow-ups:** How do you …? What if …?`, each one), and in a transcript under them a speaker\'s line that asks (`**Interviewer:** "What if …?"`, or the name and the words all bold, `**Interviewer: "How do you …?"**`; two or more such lines that all ask are follow-ups wherever they stand, and so are the interviewer\'s lines that ask among the candidate\'s, `**I:**` beside `**C:**`, whose letters are no steps) with the next line, its speaker left out, as its answer; a table in a story\'s own text with a column headed as follow-ups (`| Likely follow-up | How I answer |`) holds them, the next column their answers; a question heading under a story\'s own heading after its first part (`### Who disagreed and why?` after `#### Result`, `### Q: …`; not one named as its question) is a follow-up, its text the answer, unless it tells a story by its own parts; a length (Time, Time '
    "Limit, Duration, Timebox, Time Allocation): a step's on the first line under its heading, the whole problem's "
    "under its title, never a step of its own. A label outside it "
    "(`Note:`, `Example:`, `Tip:`) is text. STAR parts named by other words than their own (Approach, "
    "Impact; CAR's Context, Challenge and Problem are its own) are a story only when two of them open told by "
    "'I', 'we', 'my' or 'our', or when all four are there as notes of what happened, the Action opening with what was "
    "done (`**Approach**` over `- Profiled the batch …`) and the Result told in the past: a design note's sections "
    "(`Approach:` what to do) or a lab guide's `Goal:` / `How:` / `Result:` lines are none; a plain `The Question:` frames an interviewer's scene, and `Your Task` asks the reader (a scenario's "
    "prompt), no part."
)

# Where an item starts, whichever rule found its evidence (content/reading.item_boundary);
# the README's content section repeats it word for word.
BOUNDARY = (
    "Each rule finds evidence (STAR parts, questions with answers, timed or named steps, weeks, concepts "
    "laid out alike) under some heading; the item is the heading where that evidence concentrates. A heading "
    "that only names a part of an item (`STAR Format Response`, a heading naming STAR for the form its answer takes, `Talking Points (STAR)`, a `Full Version` beside its `Quick Version`, a `Real Example` under a question, `Requirements Analysis` or `Requirement Gathering & Analysis`, `Problem Overview`, a `Sub-prompts` "
    "list of questions) is a section of the heading above it, when that heading holds no other item's "
    "evidence: a file's title over one story's parts is that story. A heading over several items' evidence "
    "is their container, never an item; a child holding one part is a section, never an item; a part's own "
    "title (`STAR Example: Security Dashboard`) names its item, and a heading coded as one story (`## Story A · Title`) "
    "names the one story told under a subheading of any name (`### Example`), a blank version of it beside, or under a bold line of its own (`**Accomplishment Statement**`), unless the heading names a principle."
)

# What decides first, whichever rule reads the item (content/stories.py's `_visit`); the
# README's content section repeats it word for word.
STRUCTURE = (
    "Collapsed sections (`<details>`) whose `<summary>` asks for a design over Markdown of their own, two or more, are headings beside the one before them, named by the summary's bold words (`<summary><b>Q1 · Design …</b> · <code>Mid</code></summary>`). A lone `-` right under a line of text is a bullet left empty, not that line underlined into a heading (`Api Design:` over `- `). A fence written inside a plain fence (an indented ```` ```ts ```` in notes quoted whole in ```` ``` ````) stays inside it: the outer fence ends where its author closed it, not at the inner one's mark. A question and its answer written under headings side by side (`## Question - 2` over the quoted question, then `## Answer - 2`), two pairs or more, are one heading each, named by the question when the heading only numbers it. A heading's own subtree says what it is before anything around it does: STAR parts under it make it a "
    "story, whatever frames it. The file's title, its front matter, a question heading or a template's "
    "`Interview Question` above may ask the stories under them, name them or give their principle and level, "
    "never merge them: a heading over two or more subheadings that each tell a story by their own STAR parts is "
    "their frame, not one item, and its question is asked of each story that has none of its own (a heading that "
    "prompts for a story asks too, `🛠 A time when you …`, and so does a frame over one story's subheading, beside its follow-ups or principles); so is a "
    "`**Question:**` line (a front matter `question:` or `prompt:`) over stories under headings of their own, one "
    "or more, none named as an answer or for a level, and its `level:` is theirs. The one exception is a prompt "
    "answered once per level (or under a `**Setup:**` label, or a scene set in Situation and Task headings): one "
    "scene, its answers the same story told for each level. A page that points questions at its stories by their codes, "
    "outside them (`**\"Tell me about …\"**` over `→ Use Story 1 or Story 3`, or `- \"Describe …\" → Story 2` on one "
    "line), or by their titles, under a heading that asks (`### \"Tell me about a challenging project\"` over "
    "`**Use: Middleware Gateway Application**`), asks each story so named that has no question of its own the first "
    "question naming it."
)

RULES: tuple[Rule, ...] = (
    Rule(
        "interview-template",
        "behavioral",
        "a heading with an interview-question subheading that asks for no design, tells no story by its own parts and, with no STAR part anywhere under the heading, asks for a story (`Tell me about a time …`; `### The Question` asking `Tell me about yourself` beside `### Your Tailored Script` is a prepared answer) (`Example 1: A Common Behavioral Question` over its Situation … Result is that story; `Primary Interview Questions` lists "
        "them, the first asked), its STAR parts told under a subheading of any name (`Story Blueprint`), or with one STAR-answer "
        "subheading and something else of Template 1 (its question on a line, follow-ups, principles); "
        "with no STAR parts but an answer in prose under a subheading named for one (`Sample Response Framework`, `Real-World Example`), "
        "answered whole (a page of `# Question` over `# Answer` with no name of its own is named by its question, not its file); not a heading with a subheading of a system's requirements (`## Questions` beside `## Functional Requirements`: a design's probes), nor one most of whose subheadings, four or more, play no part of Template 1 (a `## Question` among a page's topics: a page of topics), nor one whose interview-question subheading is itself over such topics (a page titled `# Design Twitter - Interview Question` over its sections); not two or more such headings none of which is answered by anyone (no STAR parts, or parts that "
        "say what a good answer holds, told by no one): an interviewer's question list",
        summary="a heading over an interview-question subheading and its answer (Template 1)",
    ),
    Rule(
        "scenario-prompt",
        "behavioral",
        "a heading with a prompt (`**Setup:**`, `**Scenario:**`, a question line in bold, plain or italics (`Question: …`, `_Prompt: …_`; a plain `Q:` opens a follow-up), a quoted paragraph, or Situation and Task "
        "subheadings that set the scene) and answers under it, one per level or of any name after `**Setup:**` (not one-line Junior/Senior hints: they grade an answer, they give none; "
        "not a heading over two or more stories told under headings of their own, whatever the prompt: a front matter "
        "`prompt:` over a story bank asks none of them, nor one whose story is told under a coded title of its own, `## Script 1: Title`): "
        "one item, its levels those of its answers; a prompt with only questions to address is one too, "
        'answered whole (a `**Situation**:` written to "you" is such a prompt, its label bold or plain, on a line or opening a list item; one told by "I" or "we" is a story\'s part); '
        'so is a scene set for "you" under a heading of its own (`## Scenario Overview`, `## The Situation`) beside '
        "subheadings that each open with a `**Question**:` line, two or more: the first is asked, the others are follow-ups, "
        "and so are `**Q**:` / `**A**:` drills, also one heading further down (`## Role-Play` over `### Challenge Questions`); a question heading over sample answers graded by their title lines (`**Strong answer (4/5):**`, `📋 3 分回答`), the better ones telling STAR parts, is one item too, asked by the heading, its best-graded answer its model answer",
        summary="a quoted scenario prompt with inline labels, answered per level below it",
    ),
    Rule(
        "star-parts",
        "behavioral",
        "a heading whose text or part subheadings tell three or more of Situation, Task, Action and Result, "
        'as a story rather than defining them (a `**STAR Breakdown**` or `STAR Answer` label over the parts tells the story in STAR; a number before the heading, `## 2. The STAR Method`, only orders the page: a code with a number, `IS-5:`, names a story), coaching "you" (most parts opening to the reader, none by "I" or its words in other languages, я, мы, ich, wir, je, nous, yo, 我, whatever its `Ask yourself:` lists say) or giving each a length (`**Action:** 60–90 seconds. …`, a table row of the part closing on its share, `| S — Situation | … | ~15% |`, or a table comparing two versions of each part, `| Component | L5 Version | L6 Version |`, which tells no story, its first line setting it apart, `**Set the context** (15-20 seconds)`; parts of a few words that each say '
        "what to tell, `- Action: explain how you coached them`, told by no one, are a guide whatever else the heading holds; "
        'notes with no "I" that tell what '
        "happened, in the past and with its figures, `- 4 of 5 engineers placed in 6 weeks`, or three lines or more each opening on a deed in the past, `- Collected logs and traces` (two, among notes telling more in the past), are a story, and so are parts each opening with a quote mark, told by \"I\" or, all four, at length (more than twelve words a part: in a language that leaves out the 'I', whatever words name the parts); a heading per part "
        "guiding it with `**What to include:**` / `**What to avoid:**` (or `**Goal:**` / `**Prompts:**`, `**Purpose:**` / `**Guiding questions:**`) labels explains the method, on a page that calls itself a template an unfilled template, and a story told in the "
        "examples those give illustrates it; a coded heading such "
        'as `Case Study 2: Title` or `Case Study: Title` told to "you" is a story written for the reader, and parts that are each a '
        "first-person quote are a story however short, and so are parts that each open with advice and then quote the example answer at length (twelve words a part, told by 'I'), asked by the page's question when its heading only names the method (front matter `title: 'Tell me about a time …'` over `### How to Structure Your Answer: The STAR Method`); a heading about the question (`The Core Goal of the Question`) is not the question; a part's name alone on its line (`- Situation` over its text indented under it) labels it; "
        "parts may be labelled by their letters, three of the four: "
        "`**S:**`, `- T: …`, `S-For a new service …` (the hyphen against the text), `**A**` and a full-width colon, `- R` alone over its text in a list nested under it, a heading of the letter alone (`### S`), or inline, "
        "`(S) … (T) … (A) … (R) …`, `**S:** … **T:** …` or `Situation: … Task: …` on one line (after a label naming the answer too, `**Candidate:** Situation: …`) (a legend, `S: Situation`, each letter over only its own word, or that word and what the part holds, `S - Situation - background`, tells nothing; "
        "a letter over advice to the reader, every part opening with what to say under a heading about the method (`template details`), neither); a part may be named with a word before it, `Immediate Action`; a heading nested "
        "under a step of a part's heading, `##### Outcome` deep inside `## Actions`, is a step of that part); under a heading "
        "coded as one item of several (`### 10b. Title`), two parts by their own names, one told by \"I\" or \"we\", "
        "are a story told short, read with the parts it has; parts that are "
        "empty or hold only [prompts] are an entry still to write (a bare word a part, `SITUATION: a` … `RESULT: d`, a markup demo: nothing told), and the headings under it are read on "
        "their own",
        summary="a heading whose text or subheadings tell Situation, Task, Action and Result",
    ),
    Rule(
        "star-runs",
        "behavioral",
        "STAR parts that start over under one heading: each run is a story, titled by its own title line (not when every run is titled as a version, "
        "`**2-minute version**` then `**4-minute version**`: one story told at two lengths, the heading\'s, its first telling read) "
        "(a bold quoted sentence is a motto, not a title), `<summary>` (the lines its `<details>` block writes in HTML after it are read as text: `<pre>` lines where `<strong>SITUATION</strong>:` opens a part) or question (a numbered question over a nested list "
        'of the parts, `2. "Can you share …?"`, whatever it follows), or in a transcript by the question the interviewer\'s line '
        "(`**Sarah:** Thanks. Tell me about …`) asks before it; in notes, a list item's own first line over `S - …` / `T - …` lines in the same item asks its story (`- Who was your hardest customer?`) or names it (`- Orphaned service cleanup`), after a Result too; of two questions in a row, the later, over the parts, is asked",
        summary="STAR parts that start over under one heading: one story each time",
    ),
    Rule(
        "prose-answer",
        "behavioral",
        "a question about something that happened ('Tell me about a time …', 'How do you handle …', 'Tell me how you …', 'Can you describe a "
        "time …', 'A time when …', 'Walk me through a project …', '… your hardest migration', not one's pitch, '… your resume'; also closing a statement of the scene, `You led a team of interns. How did you handle it?`, titled by the statement), or a scene put to you ('Imagine … How would you …?') answered with what I would do, as the "
        "heading (a code before it, `Q2.`, `4)`, is none of its words) or a `**Question:**` line (not two or more such lines under one heading, `**Question 1: …**`, `**Question 2: …**`: each a prepared answer), answered under it in the first person with no STAR parts (not advice on answering it that quotes an example or two: outside its quotes it speaks to the reader, `begin your response by …`, more often than it tells what I did), directly or under a subheading "
        "named for the answer (`### Model Answer`; a `**Bad answer:**` line shows what not to say: it answers nothing), or a "
        "question heading that sets a concrete scene (`### Q13. Scenario: The team missed a deadline.`, in lower case too) answered "
        "under an `**Answer:**` label, or a heading that only names a principle (`## Frugality`, no subheadings; among two or more such headings told so, one over what I say of it in my own words, 40 words, told in the past or not), or whose first line only names principles (`> Deliver Results`), over "
        "what I did, three things or more told in the past (80 words), or a heading coded as a story (`## Story 5: Title`), nothing under it, over what I did told in the past (40 words), no label: one item, rehearsed as one whole answer (asked "
        "about the principle when no question is given); on a page that explains STAR, "
        "only those that form a bank of their own, two or more, under one heading or themed ones (one alone illustrates the method); a scene set for 'you' under a `**Scenario**:` label (not Situation or Context: STAR parts' names), or a heading coded `Scenario N:`, with a `**Response**:` (`**Answer Framework:**`, `**Approach:**`) label after it over what to do, or a coded heading whose whole text is one bare label over a list (`**Use:**`): one item, rehearsed whole, asked by its scene",
        summary="a question about something that happened, answered in prose",
    ),
    Rule(
        "example-answer",
        "behavioral",
        "a heading with nothing under it whose text holds an example answer under a label (`**Example:**`, "
        "`**Example Response:**`, `**L6 Story Example**`, `**Sample Answer:**`, `**Sample:**`, `**Good answer:**`, `**Full Story:**`, `**Answer Script:**`, plain or italic too, `*Talking points:*`, `Script:`; not a bad one, nor a plain `Example:` or `Response:` in notes), told "
        'as what happened, in the past, by "I" or opening with what was done (a sentence of notes will do: `Originally built …`, `… broke. Added a check.`), with no [blanks] (`"Despite [obstacle], I …"` '
        "is a skeleton): one item, rehearsed whole, titled by its heading without its remark (`### 1. Ownership (Core)`), "
        "a principle the heading names its principle, a level the label names its level; asked with the heading when it is a "
        "question, else a question line (`**Example Question**:`) or the first of a questions list before the example "
        "(a list after it holds other askings); on a page that explains STAR, a question's example only when told at length "
        "(40 words) in a bank of two or more, as for `prose-answer` (a principle's example is always one's own story)",
        summary="an example answer under a label, its heading holding nothing else",
    ),
    Rule(
        "week-headings",
        "plan",
        "weeks (`Week 1: …`, `Week 1\uff1a…` with a full-width colon, `第2周`, `2주차`, `Semana 2`, `Woche 2`, `Неделя 2` in the author's language, `Weeks 3-4`, `W2-3: …`, `Phase 2: Title (Week 2)`, `Phase 1 (Weeks 1–3): Title`, `Beginner (Week 1-2)`, `Week 1 · Sep 1 – 7 · Arrays (done)`: its dates beside its theme and a status remark are not its theme, `WEEK-1 — …` with a hyphen), as headings, as bold labels opening lines or as plain lines (`Week 2: Storage`, a name, not a sentence), at any depth (one per list item, `- **Week 1**: …` or plain, the lines and lists nested in the item the week's as a heading's are, under a range heading they divide, or in any list whose every item opens with a week, two or more in order (one alone under a heading naming that week, `### Stage 5: Patterns\uff08Week 11\uff09`), an item's closing period ending it, not a sentence (`1. Weeks 1-2: Trees + Graphs.`), not under a heading naming milestones; a stage's `Part 1: Title (Weeks 1-4)` groups those written in its text), else as "
        "the rows of a table with a Weeks column (`Wk`, `周`, `週`, `주차`, `Semana` in the author's language; a cell may give the week's dates after it, `**Semana 1** Mar 2-8`; tables of the same weeks, one per track of study, are one plan, each week's themes from every table), a row's Deliverables cell (`Output`, `必须交付`) its deliverable and its other cells that are not dates or counts its theme; a week's goal is its theme and its Focus, Goal or Theme labels (on a line, or opening a list item with its text, `- **Focus:** …`) (目标, 目標, 목표, this week's 本週目標 or 今週の目標, Objetivo, Ziel, Цель in the author's language), its deliverables the lines labelled as what it produces or what the reader can do by its end (`**Output:**`, `**Outcome:**`, `**Milestone:**`, `**Target**:`, `### Action Items`, `**Projects:**`, `Success criteria:`, `Build` alone over what it builds, `**Problems to Solve:**`, `**Tasks:**` beside `**Topics:**` (a list item of the label alone over indented bullets, each one), `**Files to Create:**` (a bold group over a numbered list, `* **HLD:**`, gives that list's entries; a bold topic over notes, `- **Linear Algebra**:`, is the entry), a `#### ✅ Checklist` over plain bullets; an empty box drawn as a character, `☐ …`, is a tick box, a `✅` bullet a done mark), "
        "as lines or subheadings (`### Focus: …`, or `### 🎯 Goal` alone over its line; `### Goals` over a list names them itself, a `- **Goal**: …` bullet in a schedule below it one day's aim), or the items of a list under a `**Goals:**` label alone on its line, else the week's plain list items (`- Caching and queues` under its line, beside a `**Deliverables:**` item), else the cells of a Goal column in a table under it (`| Goal | Status |`, not a cell saying `Not Planned`; in a table of its days, `| Day | Topics | Hands-on |`, the Topics cells, and the Hands-on cells its deliverables), and its days' topics in bold lines of their own (`**Day 1-2: Ownership and Borrowing**` over the days' bullets), and, when none is written in its own text, its days' or its course units' topics (`### Day 1-2: Precision and Recall`, `### Module 03: Workloads`, `## Ngày 29 --- Database Design` in the author's language; a day's own `### 🎯 Goal` is the day's), and with no deliverables, those of its bullets opening with a bold day (`* **Day 3**: Strings (Pool, Deduplication).`, the closing remark left out); with no other deliverables, the problems its days list, numbered bold names (`### Day 1` over `1. **Two Sum**`), are its deliverables; a file titled for one week ('October – Week 4 – Theme', `**Study Plan: Week 1 **` with stars left as text "
        "over tick boxes in half or more of its sections) is a plan of that week, and so is one titled for a single week (`# Week 16: Final Sprint`) whatever later weeks it lists inside it (a timeline ahead, `- **Week 17-18**: Phone screens`), but for a week of notes on its theme (`# Week 4: Caching Strategies` over sections that explain its concepts, no day of it under a heading, tick boxes in fewer than a quarter of its sections: a topic page), unless they are headings of their own: then its first heading is the first of its weeks, and so is a first heading naming a week when other weeks are written outside it (`## Week 1`, then `# Week 2 — …`), and the plan is named by its file; weeks from 1 again start another plan, unless all their numbers fall in a plan on the page that writes each week out at twice their length or more, or that writes each of the same weeks alone where they go by ranges (`### Week 1-2: Core Services` before `### Week 1: Compute`, `### Week 2: Networking`, …) (a roadmap of its stages, a progress tracker, a shorter track, an overview by ranges: a summary of it; a checklist of those weeks over tick boxes, `### Week 1` over `- [ ] **Day 1** — …`, gives each week its deliverables, read with the plan's week); a label inside a week splits it; a week described twice is one; a how-to's steps tagged with weeks in parentheses that overlap one another (`3. Plan the Order (Week 2)`, then `4. Set Up Updates (Week 1-2)`) are a project's schedule, no plan; "
        "weeks filling a small part of a page not titled as a plan (a course, syllabus or curriculum is one: `# System Design Mastery Course`; a tracker too, `# Interview Prep Tracker`; in the author's language too: 计划, 計劃, 計画, 계획, 路线图, Plano, Cronograma, Lernplan) are a guide's routine or someone's timeline, "
        "unless three or more of them sit under a heading naming them as practice or study ('Learning Path'), whatever the page's title says (`# Mock Interview Framework`: only a section named for mocks holds mock events, not weeks; a month or phase of the schedule named for them, `## Month 3: Mock Interviews & Specialization`, holds weeks); weeks outlined all together and some of them written out again at length further on (`- **Week 5**: Searching`, then `### Week 1: Fundamentals` over its days) are one plan, each week in its fullest telling; a month or phase naming its weeks in parentheses (`### MONTH 1 (Weeks 1-4): PYTHON`) groups the weeks inside it however deep, and a list of weeks may close on a line that is none (`- ✅ **PROJECT 1 DEPLOYED!**`)",
        summary="weeks of a practice plan: headings, tables or lists numbered by week",
    ),
    Rule(
        "deep-dive",
        "deep_dive",
        "a page titled '… Deep Dive …' (not one that is mostly a story, half its text or more, counted in characters: that story), "
        "holding Template 3's sections, or laid out as it (an Executive Summary, "
        "then 'Part I: …'), under a title naming a topic rather than interviewing; or a technology's cheat "
        "sheet with concepts in it, not a sheet for coding rounds ('DSA Patterns Cheatsheet', 'LeetCode …': a reference page) (a table of terms, its first column headed Concept, Pattern, Term, Method, Type or the like (or such a word qualified, `Index Type`, beside a Description column), headings or `**Term:**` bullets that define them), "
        "a 'System Design Cheat Sheet' (or '… Basics', 'Basic Concepts', or the discipline alone: 'System Design', '… Notes'; 'HLD — Interview Cheat Sheet', the discipline's interview, with a table of its topics, `| Topic | Key Points |`) too when it holds such concepts and no timed "
        "steps but in one small section (a tenth of the page): its sections and their members are its concepts (a short form of its words' initials in parentheses part of a name: 'Write-Ahead Log (WAL)'), "
        "a numbered section's `- **Term**: explanation` bullets too",
        summary="a page titled as a deep dive, its parts its sections",
    ),
    Rule(
        "design-prompt",
        "system_design",
        "a page titled for one system's design as interview questions ('Parking Lot LLD - Interview Preparation'), or whose questions are grouped under two or more headings that say so ('# Uber System Design' over '## Section 6.1: Core Architecture Questions'), whose question headings are five or more (`### Q: Why is ParkingSpot abstract?`), three times the other headings with text: one problem, the page's, every question a follow-up (and the `Q:` lines under a `Quick-Fire Q&A` heading too) and its steps the preset's, unless the first asks for the design: that is its prompt, its answer's steps the problem's (few others may ask for a design; more make a drill); "
        "a heading that asks for a system to be designed, in its name ('Design a …', 'Exercise 2: Design …', 'Walkthrough 1: Design Instagram Feed Ranking (Meta-style)', 'Q4: Design order placement for a trading app.' (coded, no article needed), the kind of page after it none of the question: 'Design Instagram System Design Answer' asks 'Design Instagram', 'Rate Limiter — High Level Design' names the system beside the discipline, its question then the paragraph under `## Prompt` or `## Practice prompt` when there is one, the ask said first under a heading naming the statement however numbered (`## 1. Problem Statement & Scope` over `**Design a …**`), or a sentence opening the page's first section when it is an overview (`## Overview` over `Design a … where …`), a problem headed as an example (`### Example: Design Twitter`) on a page titled for a method shows the method and is no item, unless the page, or a heading around it, is named for its examples or solutions (`# LLM System Design Examples for …`, `## 3. Complete Example Solutions`), bold `**Q: Design …**` lines each answered right after (`**A:** …`, or a fence opening `A:`), two or more, each a problem named by what it asks to design (a remark after a spaced dash left out, `Design a Parking Lot - what classes …?`), the bold `**Q: …?**` lines after it that ask for no design its follow-ups, "
        "'How would you design Twitter?', 'How to Design Twitter (Part 1)' (not a system in general, 'How to Design Distributed Systems'), 'Design Dropbox' with no article when two or more headings beside it ask so, each with text of its own (uncoded: `Day 1-2: Design Pastebin` is a plan's day), also asked in the author's language, '¿Cómo diseñarías …?', '… 어떻게 디자인할까요?', '设计(一个)秒杀系统'; `Architecture Design`, `API Design` name a part of one, no system, `8. Data Platform & System Design` a topic beside the discipline, `Scalability in Systems Design` a concept in it (so `… trong System Design`, `… en System Design`), `Design Practice Log` a page of practice, and `What were the considerations when designing …?` asks about work done; `Design In-Memory Job Scheduler` names a system; a project readme's running notes, `Quick Start`, `Demo Output`, `Read SOLUTION.md`, are no steps of it) or its prompt line (`**Question**: \"Design a …\"`, or the first line or bullet under a heading that only labels it, `### Question` over `*Design a …*`, on a page with no title of its own named by its file, or the first line under `## Question` asking for one as a question ('How would you design an ML platform …?'), first under the page's title, or a page's bold first "
        "line `**Design a chat system**:`, or a heading whose first line asks for the design of what it names (`# Task Framework` over 'I want you to design a task framework …', `# Pastebin` over 'Design Pastebin — a system …', though a framework alone names a method; `# 003 - Elevator System` over 'Design an elevator system …', or `# OOP - Elevator System` over `Prompt: 'Design an elevator system …'`, its sections written beside it at its level, an interviewer's checklist, a section of questions put to the design (its follow-ups) and bold question lines no step of it), or the first line or bullet under a heading coded as an item or by the discipline: `## Prompt 1: "
        "Title` over `- Design a …`, `### System Design — Title` in an interview's rounds), or that is coded as one numbered case (`## Case 1: Election Reporting Platform`, `## Problem 2: …`) with text of its own on a page titled for design cases, problems or exercises ('System Design Cases'), or that holds a problem statement (not a question heading alone, `## Question 1: Tell Me About Yourself` over `### The Question`, unless it asks for a design) or two "
        "requirements sections (`## Problem` is one, and so is `## Statement`, `## The brief & assumptions` or an overview's `- **Problem Statement:** …` item, or `## Core Problem Statement` over a `- **What:** Design a …` item, its prompt, and numbered bold labels `1. **Functional requirements**` over a list of their own, nested or after them, and a plain list label in the heading's text, `- Functional Requirements: …`; named in the author's language too, `### 機能要件` and `### 非機能要件`, `功能需求` and `非功能需求`); a heading over several is a collection, in which a numbered heading "
        "written up as its siblings are (two or more subheadings named for a design's parts) is a problem too, though it only "
        "names its system (`### 1. URL Shortener`), and so are two or more headings under one heading that only name their systems (`## Photo Hosting`), numbered or not, each over three or more subheadings, or bold labels opening its paragraphs (`**Requirements**: …`, `**Estimation**:` over a fence) or every item of one list, three or more (`- **Scale:** …`, `- **Challenges:** …`), walking its design from the requirements on to a design's parts (`### Requirements Clarification`, `### High-Level Design`, …) and telling what it is, not what to do, and beside two or more such, a heading with text of its own and no subheadings that only names a system (`### Rate Limiter`; not a label over a value, a part, a summary or a way of answering), whose labels opening its paragraphs, one or more, are its untimed steps; so is, on a page named for the design problems it holds (`# LLD Problems - Quick Reference`, `System Design Questions`), a numbered heading with no subheadings over a labelled list of what its system does (`### 04. Parking Lot` over `**Features:**` or `**Requirements:**`), with the preset steps; each problem's subheadings are its untimed steps, whatever they are "
        "named (one that only groups steps numbered as such, `## Approach` over `### Step 1: High-Level Design`, `### Step 2: …`, gives those steps, and so does `## Answer` over the answer's own sections); a problem with no timed steps and none named for a design's parts has its own sections, two or more, as its untimed steps, whatever they are named (`## Clarifications and Requirements`, `## My sketch`), not the preset; the rows of a `| Step | Task |` table with no time column, three or more, named by their first cells (`| **1. Clarify Requirements** | … |`), are its untimed steps before its subheadings; numbered lines counting on from 1 under it, each a short name over its own detail, unindented or running on (`1. Use Cases` over `- shorten a URL`, then `2. Constraints`; `1) Scope` over a line of text), three or more, are its untimed steps too; inside a deep dive, only those "
        "that ask or that are coded as an item and name one system's design ('Example: Photo Sharing System Design'), or that are walked alike as above; "
        "not an example on a page titled for a method (`### Example: Design Twitter` in a framework), unless it has nothing under it but a line (or a list of one item, `- “Design a simplified Twitter …”`) and is the one heading asking for a design among step headings timed in minutes beside it, or three or more named for a design's parts (`## Question` over a quoted 'Design a simplified Twitter …' beside `## Requirements Analysis`, `## Capacity Estimation`, under `# Design Twitter - Interview Question`): then it is the prompt of the heading above (`## Pattern 2: Location Tracking`), which is the problem, asked with that line; not three or more "
        "asked with only a line or a link under each, perhaps beside a subheading of review questions with no answers or one still to come (a question list); not one whose text is still to come, nor one whose subheadings are all empty or hold only unticked boxes and blank fields (`- [ ] API design`, `**Date:** ____`, a score table of empty rows, bullets saying their text is to come, `- Example: TBD`: a practice tracker, an unfilled template, and two such entries are no topic page either, nor is a page's title over such subheadings); "
        "not a numbered heading that only names a stage of the design (`## 7. Start from Simple Design`, `Step 5: Basic Design`) among sibling steps most of which are named for a design interview's parts (requirements, estimates, API) or its building blocks (`8. Cache`, `9. Load Balancer (LB)`): a step of that walk; "
        "bold questions alone on their line asking for a design "
        "(`**Q: Design a …**`), each answered under an `**A:**` label right after it, two or more on the page, are "
        "each a problem (one alone is an aside), named by a line of the introduction that lists as many names in order (`cases: shared editor, "
        "fraud checks`), else by what they ask to design; question headings answered below them whose first asks "
        "for a design and few others do are one problem, the first its prompt and steps, the rest its follow-ups",
        summary="a heading or prompt line that asks for a system to be designed",
    ),
    Rule(
        "timed-phases",
        "system_design",
        "a method\'s steps timed once outside each of the page\'s problems (`### The Framework (Use for every question)` over `**1. Clarify Requirements (5 minutes)**`, or in a plain fence of its own, `1. CLARIFY REQUIREMENTS (5 mins)` over notes drawn in tree lines; three or more, not shown on a design of their own) time each problem that times none of its own: the last method before it, else the first after it (`### How to Answer System Design Questions` closing the page); headings coded as two or more problems are (`### Question 2.1: Implement a Rate Limiter` beside `### Question 1.1: Design a Web Crawler`), at their level and laid out with the same labels in the same order (`**Question:**`, `**Sample Answer:**`, `**Follow-up Questions:**`), are problems of the same series whatever verb asks them, each asked by its `**Question:**`; "
        "two or more steps of a design interview timed in minutes (headings, bold labels alone on their line, two or more of them when no heading is timed, `**Cached (1 minute)**:` weighing an option alone times no walk, `Minute 0-5:` spans, a Phase/Time (not one timed in weeks, a project's schedule) "
        "table, a timed list, its items named by a timed bold label before their note, `1. **Clarify (5 min)** — exact or approximate?`, or plain lines that are all of a heading's text, `Step 2 Propose high-level design: 10 - 15 minutes`; a note after an arrow is no part of a step's name, `SyncLogger (5 min) ← uses Sink`; a plan on one line of the problem\'s own text, three or more steps timed in minutes between pipes (`*Approximate timing: Clarify 2 min | Architecture 8 min | …*`), is its phases when it names more steps than the rest, and so are three or more steps in a fence on the interview's clock (`[0-5 min] Requirements & estimations -> …`, `[5-10 min] API design`: each range a step's length, its name up to a colon, an arrow or a remark), and so are the rows of a table on the clock running on from minute 0 (`| 0–5 min | Clarify: … |`, `| 5–9 | Estimation table: … |`), and so is a plan said in a sentence, `Spend 5 minutes on context, 10 on HLD, 10 on LLD, 5 on ops.`; a plain fence of three or more numbered steps timed in minutes, and nothing else, is such a list on a page titled for one system beside the kind of page, `Logging Library - Interview Cheat Sheet` (a chapter's number before them is neither, `14 — Interview Discussion Points: Chat Application`); a `**Time: 45 minutes**` line under the page's title times the whole interview, no step, and so does a heading naming the timing, `### Time Allocation (45 min)`) in a page that names a system, by its title, its file name or a prompt line (`**Interviewer:** Design …`; an interviewer's line saying the prompt, `**Interviewer**: 'Today we will design a …'`, is its question, and so is the first sentence of one opening with the ask, `**🎤 Interviewer:** \"Design a metrics platform like Datadog. Where would you like to start?\"`, or a prompt label's line, `**The Ask**: Design WhatsApp.`, or in any words of a sentence under a label that only names the ask, `- **Prompt:** Ingest a feed at 100k events/sec, …`, even under a title that asks for the design), or whose candidate's opening restates it (`> 'I will design a monitoring system like Datadog …'`), titled by its case's folder when its title only names its step in the case (`Step 10: Interview Script` in `11-monitoring-system/`); "
        "on a page titled for one system beside the kind of page ('Interview Strategy: Building a Rate Limiter', 'System Design Practice: Top K Heavy Hitters', 'Interview Walkthrough -- Parking Lot System', a dash typed as two hyphens), or between the discipline and the kind ('System Design Interview: Parcel Lockers — Playbook'; `(2M parcels)` is a count, and a place in a book or course, `CHAPTER 3:` or `Lesson 2:`, names no system; 'Day 22 - Full System Design: URL Shortener' names it beside a day of a course, its ask the bold sentence under `## Topic`; a closing `## Exercise: Design …` after the timed steps extends the design, no problem of its own), timed steps of any name (a `Usage Manual` or `Handbook` is a kind of page, no system; in 'The 5-Step System Design Framework' '5-Step' qualifies the discipline and names no system: a page titled for the method, its timed steps named as they may be, is a cheat-sheet of timings); a section beside timed steps, after the first, with no timing (`## Deep Dives` after `## High Level Design (~5-10 minutes)`) is a step too, up to the page's closing sections and not one about the interview (`## Interview Success Framework`, `## Key Phrases to Use`); times that read the interview's clock, each range starting at 0 or where the one before it ended (`## 0-5 min: Scope`, `## 5-12 min: Requirements`), in headings, labels, lists or tables alike, are spans: each step lasts the difference",
        summary="two or more steps of a design interview timed in minutes",
    ),
    Rule(
        "design-steps",
        "system_design",
        "not a page with three or more headings each explaining an alternative under two of the parts that do ('How It Works', 'Advantages', 'Disadvantages', "
        "'Pros', 'Cons', 'When to Use': a topic page on load-balancing algorithms, whatever its title or folder names); "
        "a page of one system's follow-ups, its design written elsewhere, titled for them (`# Follow-up Questions for SDE-2 Interview on Airline Management System`) over three or more questions (list items or headings, grouped or not): "
        "that system's design, named by it, its follow-ups those, its steps the preset's; "
        "a page titled only by the kind of page it is (`# Interview Answer`, `# Notes`, `# Solution`) in a folder named for one system of a set of cases "
        "(`03-ticket-booking-system/`), with a section named for the follow-ups: that system's design, its follow-ups those, its steps the preset's (the answer told at two lengths, "
        "`## 30-Second Answer`, `## 2-Minute Answer`, is no step); "
        "a page titled for one system's design ('Facebook News Feed System Design', or one part of its title: "
        "'Web Crawler Design - Interview Notes', the discipline beside the system: 'System Design: Ride-Hailing', in the author's language too, 'Design de Sistema: Distributed Cache', 'Diseño de Sistemas: …', where a step named for high-level or detailed design with the adjective after the word ('Design de Alto Nível', 'Design Detalhado') asks for no design of its own, "
        "'Parking Lot Low Level Design') whose headings lay the design "
        "out in three or more steps named for a design interview's parts, or that is titled only by the system's "
        "name ('Rate Limiter') or beside the kind of page ('Ticket Booking: Interview Study Guide') and whose sections walk the design: under a statement of the problem or its requirements, two or more of them named for its parts whatever the others are named (`## Approach`, `## Data Model`, `## Avoiding Double Booking`, `## Final Architecture`; a topic page's `Architecture`, `Storage`, `Scaling` state no problem, nor does the `### Problem` of a `## Design Challenge` closing it, and a chapter's closing `## Scenario-Based System Design Problems` holds sketches that apply its topic, no problems), or "
        "from the requirements (the first, or the second after an overview, `1. Why do we need URL shortening?` too; a first step on the scope, the use cases or understanding the problem opens it too, `Step 1 - Understand the problem and establish design scope`, `Step1:課題理解\uff0cスコープ定義`; a heading that only groups `StepN:` headings, half of them or more named for a design's parts in the author's language too, gives those steps) to the design (`## high level` reaches it), named in the author's language too (`## 요구사항` … `## 개략적인 설계`, `## 设计范围` … `## 整体设计`, `## Требования` … `## Архитектура`, `## Requisitos` … `## Diseño`), or that says it is one system's design by its title in the author's language, the word for design after the name ('Text Chatting System 설계', '秒杀系统设计', 'URL短縮の設計', also written at its sections' level), or by its file's name or its folder's beside a title that only names the system (`2025-04-10-system-design-Rate-Limiter.md` over `# Rate Limiter`, `system-design/notification-system.md` over `# Notification System - Guide`, `16_Design_Social_Media_Feed/README.md` over `# Social Media Feed System`; patterns numbered under one section, `### 1. Observer Pattern`, are no walk; a title naming an idea, `# CAP Theorem`, `# Little\'s Law`, `# Observer Pattern`, names no system): its sections, three or more, whatever they are named, are its untimed steps, numbered options inside one (`### 1. Polling`) that step's detail, or that has no "
        "title but such a walk from its first heading (`# Step 1 - Clarify Requirements`), named by its file (a README by "
        "its folder; `design_chat_notes` asks for a design, so it names a system) and not telling the reader what to do ('Draw …', 'Calculate …': a method); a page with no title heading whose name says the system (`whatsapp/README.md`) and whose top headings walk its design (opening at `### Questions to ask`, which names no system and is no title) is that design; a first heading that names the system (and states the problem or its requirements, for a walk not from the requirements) over no walk of its own, followed by sections of its own level (or of a larger one, when it is written smaller over nothing of its own: `### Image Hosting Service`, then `## Functional Requirements`) that walk the design (`# URL Shortener - HLD` over a picture, then `# 1. Requirements`, `# 2. API Design`, …), is the page's title written at their level, they its sections: its numbered "
        "headings (`1. …`, `Step 2: …`, whatever they are named, else those one level down, under `## Solution Walkthrough`, when the sections above are not named for a design's parts nor walk it themselves (`### 1. Create Paste` under `## API Design`, `### 1. Token Bucket` under `## Algorithms`, is that step's detail); a walk, numbered or not, ends where the page's closing sections begin (one opening with `Summary` or `Conclusion`, `总结` or `마무리`, `См. также` or `Итоги`, `Summary Checklist` too, not `Design Choices Summary`, which sums up a step): "
        "questions, tips, further reading); numbered on through the page whatever the markup (`## 2. …`, `### 3. …` under it, then a list going on from `4.`), headings and the list that counts on from the last of them are its steps together, or else its sections but the statement, outline and links (an `Overview` of the system is one, and so are a statement and a summary named in the author's language, `## 题目`, `## 题目描述`, `## Задача`, `## Enunciado`, `## 总结`, numbered or not), are its phases, untimed; a statement's first line that asks for a design (`设计…`, `Спроектируйте …`, `Diseña …`) is its question, up to a full-width full stop (。)",
        summary="a page on one system's design, its sections walking the design",
    ),
    Rule(
        TOPIC_PAGE,
        "deep_dive",
        "a page titled for one technology\'s interview questions (`Redis Interview Guide`, `Kubernetes Interview Questions`, `Kafka Q&A`, `Redis Interview Cheatsheet`; not a page of timed steps, whose questions close a design; not one titled for a system to design, `Food Delivery HLD`) with three or more question headings answered under them (`### Q: Explain Redis persistence.`, `## 3. What is a Pod?`, `### Q: \"What if Redis goes down?\"` in quotes; an unanswered one is left out; an answer under an `**Answer:**` label tells no story of mine), a section gathering members under subheadings of its own (`## Common Patterns` over `### 1. Cache-Aside Pattern`) giving them too, or titled by the technology alone (`# Caching`) with two or more of its own sections, half of them or more, asking about it and answered (`## What are the top caching strategies?`; none asked of you), one question at least naming the technology and most not about the one answering (`What are your strengths?` under `How I answer the usual interview questions` stays a prepared answer): those questions are its concepts, each its answer\'s words (a table a row at a time, code left out) and its subheadings\' names, then the title\'s other sections that explain a concept; a question there asking to design something with the technology is one more, and one answered in prose no story; else, when nothing else on the page is an item: a page titled for a technology (not for interviewing, 'BQ' for behavioral questions too, "
        "a career, a plan or a practice set; 'Kafka Interview Notes' is about Kafka, 'Caching & CDN Strategies' and 'Caching in System Design' about caching (so in the author's language, '… trong System Design'; a Vietnamese name, a syllable a word, counted as half as many words), 'Quorums & Conflict Resolution' about a replicated store, not a team; not a page listing three or more stories to prepare, 'A time when you …', 'Times when you …'; a quick question on the technology asked in the present, `**How do you avoid data loss?** acks=all …`, answered on its line, is none) whose title (or one top "
        "heading) holds three or more headings that each name and explain a concept, or fewer, one of which gathers three or more members each explained under a subheading of its own (in sentences, in code or in a table: `### 1.2 How It Works` over a class, numbered with dots), or whose bold bullets define three terms or more (`- **Write quorum (W)**: how many replicas …`) or whose paragraphs define three terms or more a line each (`Lists: collections of string elements …`) (`## Problem`, `## Solution` over `### Key Salting`, `### Write Buffering`, …) (a title written at their level over an introduction alone, in paragraphs, perhaps with its table of contents (`## Contents`) or a `### What is …?` under it, and not numbered as they are, holds the headings beside it, and one over more than an introduction is the first of them (`### Circuit Breaker` over what it is, then `### Bulkhead`); a page with no `#` heading whose first heading, with no subheadings (or with some, as two or more beside it have: `### Partitions and Segments` over `#### Segments and Indexes`), opens as two or more beside it do (a line over a list) is one of them, the page named by its file, unless it says the file's name (neither when that heading names a method's step, `Step 1 - Clarify Requirements`); a contents heading (`## Index`) over the page's links holds the headings written one level down after it only by their level: they are the title's); or, whatever the title "
        "says and beside a plan too, three or more concept sections laid out alike (the same 'What is it?' or "
        "'When to use?' subheading under each): its sections are the concepts, named by their whole headings ('Dead "
        "Letter Queue (DLQ)'), and the members a section gathers under subheadings of their own ('Caching Strategies' "
        "over 'Cache-Aside (Lazy Loading)'; one explained only under such parts, `### 1. Round Robin` over `#### How It Works`, too; one labelled as a problem, `### Problem: Table bloat despite regular vacuuming`, named by what follows the label, at any length; the subheadings of a `### Key Concepts` section wherever it sits, under a `## What is it?` that only introduces the page too) or in a list of `Term: explanation` bullets at any depth (`- Cache-aside: the "
        "app fills it`, `1. **LRU**:` over bullets, a bold term then an arrow or a dash, `- **Queue vs log** → …`, or every item of a list, three or more, a bold term with its explanation straight after, `- **allkeys-lru** Evict any key …`, or a bold term alone over the paragraphs indented under it, `1. **Consistency**`) or in a list of short names alone on their items, three or more, under a heading that names kinds (`## Types of caching based on the layer` over `- CDN caching.`) or some of them explained in bullets under them (`- Query-level.` over its bullets), or in bold labels alone on their line, two or more, each over the "
        "list that explains it (`**Bulkhead Pattern**` over bullets); sections of one name repeated are boilerplate; a section of links alone (`#### B companies` over links to articles: an index) explains no concept; a page with no sections whose text is a glossary, three bold terms or more each opening a line or list item over what it means (`**Offset** – a consumer's position …`, `1. **Token bucket** — …`), is one too, its terms its concepts; a section of only quoted sentences (`* \"I learned that …\"`, a sentence bank's phrasing to borrow) explains no concept; a page with no H1 is "
        "named by its first heading when those beside it only close it (`### Conclusion`, `## Key Success Factors`), a plan or design page too",
        summary="a page on one topic, or one technology's interview questions answered, read as a deep dive",
    ),
    Rule(
        "fallback-story",
        "behavioral",
        "last, on a page no rule read and no reason explained (or only that it lists questions): an answer under "
        "a question of a list (`1. **Tell me about …**` over an indented `A. …`) or under a bold question alone on its "
        "line (`**Q: Describe a bug you solved.**` over paragraphs, to the next such line; an answer to a question about "
        "what happened may be told in notes with no 'I', 60 words or more; not one asking for one's pitch), else a heading whose text below"
        " it, subheadings too, is an account told by 'I' or 'we' in the past (80 words or more, four sentences or"
        " more, an outcome: a figure, 'as a result', 'reduced', 'eventually', 'since'), not addressed to 'you', "
        "with no blanks (`[your …]`, `___`), not a list of questions (a third of its lines asking) nor a flat "
        "list of one-sentence lines to borrow (`- I made sure the goals were clear.`), not a heading asking what "
        "something is ('What is consistent hashing?') nor on a page titled as advice ('How to Prepare …', 'Tips')"
        " or as an interview experience ('My Interview Experience at …', 'Onsite Recap') or one's own "
        "introduction ('Tell Me About Yourself', 'My Pitch', 'About Me', a résumé), nor under a heading so "
        "titled; a heading over subheadings that tell their own is their frame: offered as a story, its parts "
        "where its paragraphs or bullets open with a part's cue words (background, my task, I decided/built/led, "
        "as a result) in order, else one untimed part, asked with a question line it holds or its title, and said"
        " to be the fallback's guess (a warning naming its line: 'read by the fallback: check it'); an answer is "
        "asked with its question and titled by it, or by the short name it opens with before a colon (`Night "
        "shift swap story: I had …`)",
        summary="the fallback's guess at a story told in the first person: check it",
    ),
    Rule(
        "fallback-design",
        "system_design",
        "last, on a page no rule read and no reason explained: a first heading that names a system (not a design "
        "step, a method, a guide or a question: 'System Design: Photo Album App' names the app; a first `### Problem Description` is the problem's statement, its line the question, the page named by its file) over headings of "
        "one level, whatever their levels in the file, that name three or more of a design interview's parts "
        "(requirements, scope or the questions to ask, estimates, API, data model or storage, high-level design or components, scaling "
        "or trade-offs, deep dive), not half of them holding only links (a reading list): offered as a design "
        "problem, those headings its untimed steps from the first such up to the page's closing sections "
        "(`Summary`, `References`), and said to be the fallback's guess (a warning naming its line: 'read by the "
        "fallback: check it')",
        summary="the fallback's guess at a design walked through its parts: check it",
    ),
    Rule(
        PREPARED_ANSWER,
        "behavioral",
        'after every other rule and the fallback, on any heading no item holds, but under a heading naming the candidate\'s own questions (`### Clarifying Questions I\'d Ask`, `Questions to Ask the Interviewer`: none is put to them) (a page read only as a topic '
        'page gives way to it): a heading that asks an interview question (ends with a question mark, or asks the reader without one, `### 6. What are you looking for`, `how does ur background fit BB`, but for a label or a condition, `When you need to buy time:`; opens '
        "as one: 'Tell me about …', 'Walk me through …', or a polite request: '…を教えてください', '…ですか', Chinese '请描述…', Korean '…해 주세요'; "
        "either of two wordings split by ' / ' may, or by a dash after a question mark, `What … have you done? - Tell us about …`, titled by the first), or names one by its topic among headings that mostly "
        "ask (`## 跳槽的看法`; not the page's own furniture, `How to Use This Page`, nor its close, `Conclusion`, "
        '`总结`), or holds the ways its one question is asked, `### Questions Like:` over a list, beside an answer subheading, `### Answer/Example` (asked by the first of them; an answer opening with a name in parentheses, `(Night Shift Rota)Conflicts …`, titled by that name), or sits over a `**Q** : …` / `**Question:** …` / `**Interviewer:** …` line (two or more such lines under one heading each ask, over what follows each: `**Q:** …` over `**A:** …`; one over an answer label, `**Good Answer**:`, asks for the heading, the questions quoted in the answer its words), or a bold question alone on its line '
        '(`**Tell me about yourself**`, its answer perhaps on the next line), a list item opening with a line that is only a question (`1. Why this company?`, its answer nested or after a blank line; a prompt named as a topic, `**Strengths & Weaknesses**`, asks too) or '
        'a plain line that asks the reader (`Why do you want to leave?`, `// Tell me about yourself`, '
        '`Question: …`, `Q: …`, a Chinese question put to 你 with a question word and ended by 。, `a. 你…怎么办。`; a short paragraph that asks once its wrapped lines are joined) over what follows it up to the next, or, on a page where nothing else is asked nor read, its file\'s name '
        '(`tell_me_about_your_self.md`, `why-amazon.md`: a prompt every interview has, a question to "you", or why the company) over the whole page; not a heading over other questions, nor '
        'one under follow-ups or marked as one (`(Follow-Up) …`); asked as a `### The Question` subheading words it when the heading asks it too; its answer the subheading or bold label '
        'that names it, a script quoted whole in a fence under it said aloud (`### Your Answer`, `### Sample Answers`, `**Answer:**`, `**Candidate:**` (an answer in a script, the words of the candidate however worded, its `**Follow-up:**` line a probe), `- **回答例**`, `* **A** : …`, '
        '`A: …`; an `### Your Answer` still of `[gaps]` beside an `### Example Answer` gives way to the '
        'example), else its own paragraphs and lists, or when it has none the words quoted whole in a fence under it (```` ``` ```` over `"When two of us disagree …"`) (with those of the headings under it when its own are fewer and none of those asks: `# Tell me about yourself` over `## Things worth talking about`), 25 words or more, 10 for an answer a label or mark names (`A: …`, `**Answer:**`) (two characters of Japanese, Chinese '
        "or Korean a word; 10 on a page where two answers or more, and half, are told by 'I'), with no "
        "blanks (`[your …]`, `___`; not the one greeted in quoted words, `Hey [PM], …`), not only naming the stories to tell (`**Primary:** SalesMart Dashboard (…)`, `**Backup:** …`: a practice bank's pointers), told by 'I' (私, 我, 저는, yo, ich …, or a Japanese sentence ending in a "
        'polite verb) outside the quotations in it (an answer quoted whole under a line that names it, `Best '
        "default answer (…)`, is said aloud) and at least as often as 'you' is said (advice on answering "
        "speaks to 'you'; the question's other wordings listed with it only ask; a labelled answer may speak "
        'to the interviewer), or, on a page where half the answers or more are so told, not speaking to '
        "'you': one behavioral item with one untimed Answer part, 1–2 minutes for a pitch, a motivation or a "
        "view ('Why Amazon?', strengths), the four STAR parts' time together for a question about what "
        "happened; asked and titled by its question (without a closing full stop; an acronym heading, 'TMAY', by the question under it; a story told whole by the short name it opens with before a colon, `Night shift swap story: …`, not by a sentence of the teller\'s own, `I ask two questions first: …`); "
        'a part beside the answer named for follow-ups (`### If they ask follow-up questions:`, a table of '
        'questions and answers) holds its probes; lines closing the answer that only name principles (`Ownership` / `Earn Trust`) are its principles, no part of the answer; else a question asked in the text under a heading that names a principle (`3. Invent and Simplify` over its questions) has that principle; on a page of the candidate’s notes (most questions, three or more, answered by bullet lines right under them (those its stories answer counted as answered), nested under a question written in a list or shown by a `<details>` block\'s `<summary>`, few opening as advice does, `- Keep it short`, none speaking to "you"), the notes under each question are its answer however terse (`- billing rewrite, 9 months`)',
        summary="an interview question answered below it in the candidate's own words: one timed answer",
    ),
)
KIND_OF = {rule.name: rule.kind for rule in RULES}
RULE_SUMMARIES = {rule.name: rule.summary for rule in RULES}
