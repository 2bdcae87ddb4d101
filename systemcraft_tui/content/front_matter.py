"""Front matter, YAML (`---` … `---` at a file's top, as Jekyll, Hugo and Docusaurus pages
open), TOML (`+++` … `+++`, as Hugo and Zola pages open) or Pelican's unfenced `Title: …`
lines, written out as the Markdown it stands for, line for line, before the file is read.

Front matter is a page's metadata, not its text: a site shows its `title:` as the page's
name and nothing else. Some authors keep a whole answer there (`question:`, `answer: >-`),
so the keys the reader knows are read as the labelled lines they mean (`**Question:** …`);
every other key (layout, date, tags, a `# comment`) is no text. Line numbers stay those of
the file.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(?:---|\.\.\.)\s*$")
_TOML_FENCE = "+++"
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w -]{0,40}?)\s*:(?:\s+(?P<value>.*?))?\s*$")
# TOML: `title = "…"`; a `[table]` line opens keys that are no longer the page's own.
_TOML_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,40})\s*=\s*(?P<value>.*?)\s*$")
_TOML_TABLE = re.compile(r"^\s*\[")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?\d*$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# A heading that is only a site template's expression (`# {{ .Title }}`, `# {{ page.title }}`).
_FILLED_HEADING = re.compile(r"^( {0,3}#{1,6}\s+)(?:[^\w\s{]+\s*)?\{\{[^{}]*\}\}\s*$")  # an emoji before it is none of its words
_FRONT_LINES = 200  # a closing `---` further down is a rule in a page with no front matter

# What a key holds for the reader: the label its value is written under.
_LABELS = {
    "question": "Question",
    "prompt": "Question",
    "answer": "Answer",
    "response": "Answer",
    "sample answer": "Answer",
    "story": "Answer",
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "actions": "Action",
    "result": "Result",
    "results": "Result",
    "level": "Level",
    "principles": "Leadership Principles",
    "leadership principles": "Leadership Principles",
    "lps": "Leadership Principles",
}


def front_matter_end(lines: list[str]) -> int | None:
    """The index of the line that closes the front matter, when the file opens with one."""
    opening = lines[0].strip() if lines else ""
    if opening not in ("---", _TOML_FENCE):
        return None
    closes = (lambda line: line.strip() == _TOML_FENCE) if opening == _TOML_FENCE else _FENCE.match
    return next((i for i in range(1, min(len(lines), _FRONT_LINES)) if closes(lines[i])), None)


def with_front_matter_read(text: str) -> str:
    """The text with its front matter written as Markdown, on the same lines; the text
    itself when it opens with none."""
    first_end = text.find("\n")
    opening = text[: first_end if first_end >= 0 else None].strip()
    if opening not in ("---", _TOML_FENCE):
        return _metadata_read(text) if _METADATA_TITLE.match(opening) or _BOLD_TITLE.match(opening) else text  # most files: not split
    lines = text.split("\n")
    end = front_matter_end(lines)
    if end is None:
        return text
    entries = _toml_entries(lines[1:end]) if opening == _TOML_FENCE else _entries(lines[1:end])
    return _written(lines, 1, end, entries)


# Pelican's and MultiMarkdown's metadata: `Title: Inside PostgreSQL` on the first line, then
# `Key: value` lines up to a blank line or a `---`, with no fence before them.
_METADATA_TITLE = re.compile(r"^title\s*:\s*\S", re.IGNORECASE)
_FEWEST_KEYS = 2


# ... or the same in bold, as an issue's body opens: `**Title:** Week 5: Goroutines`, `**Labels:** …`.
_BOLD_TITLE = re.compile(r"^\*\*title(?::\*\*|\*\*\s*:)\s*\S", re.IGNORECASE)
_BOLD_KEY = re.compile(r"^\*\*([^*:]{1,40})(?::\*\*|\*\*\s*:)")


def _metadata_read(text: str) -> str:
    lines = text.split("\n")
    keys = [_BOLD_KEY.sub(r"\1:", line.strip()) for line in lines[:_FRONT_LINES]]
    end = next((i for i, line in enumerate(keys) if not _KEY.match(line) or not line), None)
    if end is None or end < _FEWEST_KEYS or lines[end].strip() not in ("", "---"):
        return text
    return _written(lines, 0, end, _entries(keys[:end]))


def _written(lines: list[str], first: int, end: int, entries: list[tuple[str, int, str, list[str]]]) -> str:
    """The lines with the metadata from line `first` up to `end` (its closing line) written as
    the Markdown it stands for: the title as the page's name, the known keys as labelled lines."""
    out = [""] * (end + 1)
    named = {key: value for key, _, value, _ in entries}
    title = named.get("title") or named.get("question") or named.get("prompt")
    body = lines[end + 1 :]
    if title:
        # `# {{.FrontMatter.title}}`: the site writes the page's title there.
        body = [_FILLED_HEADING.sub(lambda heading: heading[1] + title, line) if "{{" in line else line for line in body]
    if title and (opening := _opening_heading(body, title)) is not None:
        # `# Introduction` alone at the top, over the page's sections: a section's name where the page's goes.
        body[opening] = _HEADING.sub(lambda heading: heading[1] + " " + title, body[opening])
    elif title and not _titled(body, title):
        out[0] = f"# {title}"  # the page's name, on the opening line; a heading of its own names it instead
    for key, index, value, more in entries:
        label = _LABELS.get(key)
        if label is None:
            continue
        if label == "Leadership Principles":
            listed = [item.strip().lstrip("- ").strip("'\"") for item in more if item.strip()]
            value = ", ".join(part for part in [value.strip("[]"), *listed] if part)
            more = []
        out[first + index] = f"**{label}:** {value}".rstrip()
        for offset, line in enumerate(more, start=first + 1 + index):
            out[offset] = "\\" + line.strip() if line.strip().startswith(("#", "---", "===")) else line.strip()
    return "\n".join(out + body)


def _titled(body: list[str], title: str) -> bool:
    """The body names itself: one heading alone at its top level (`# Queues` or `## Queues`
    over deeper sections, not after them: `## Open Problems` closing `####` sections is one more),
    or a first top heading that says the title again."""
    headings = [(len(m[1]), m[2]) for line in body if (m := _HEADING.match(line))]
    top = [text for level, text in headings if level == min(level for level, _ in headings)] if headings else []
    return (len(top) == 1 and headings[0][1] == top[0]) or (bool(top) and _bare(top[0]) == _bare(title))


# A heading that only names the opening part of any page: never the page's own name.
_OPENING_ONLY = re.compile(r"^(?:introduction|intro|overview|background|preface)$")


def _opening_heading(body: list[str], title: str) -> int | None:
    """The index of the page's only top heading when it only names its opening (`# Introduction`
    over every other heading) and the title says more."""
    headings = [(index, len(m[1]), m[2]) for index, line in enumerate(body) if (m := _HEADING.match(line))]
    if len(headings) < 2:
        return None
    least = min(level for _, level, _ in headings)
    top = [(index, text) for index, level, text in headings if level == least]
    if len(top) != 1 or top[0][0] != headings[0][0] or not _OPENING_ONLY.match(_bare(top[0][1])) or _bare(title) == _bare(top[0][1]):
        return None
    return top[0][0]


# Emoji, marks and a number before a heading's words (`## 📌 1. Title`) are none of them.
_LEAD = re.compile(r"^[^\w]*(?:\d+[.)]\s+)?")


def _bare(text: str) -> str:
    return " ".join(_LEAD.sub("", text.strip()).casefold().split())


def _entries(lines: list[str]) -> list[tuple[str, int, str, list[str]]]:
    """(key, its line's index, its value on the line, its value's further lines) for each
    top-level key; a block scalar's or a list's lines are the key's."""
    entries: list[tuple[str, int, str, list[str]]] = []
    for index, line in enumerate(lines):
        if line[:1] in (" ", "\t", "-") or not line.strip():
            if entries and (line.strip() or entries[-1][3]):
                entries[-1][3].append(line)
            continue
        if line.lstrip().startswith("#") or not (match := _KEY.match(line)):
            continue  # a comment, or a line that is no key: no text
        value = (match["value"] or "").strip()
        entries.append((_key_words(match["key"]), index, "" if _BLOCK_SCALAR.match(value) else _unquoted(value), []))
    return entries


def _toml_entries(lines: list[str]) -> list[tuple[str, int, str, list[str]]]:
    """(key, its line's index, its value, no further lines) for each of the page's own keys:
    those before its first `[table]`, a string's quotes taken off."""
    entries: list[tuple[str, int, str, list[str]]] = []
    for index, line in enumerate(lines):
        if _TOML_TABLE.match(line):
            break
        if not (match := _TOML_KEY.match(line.strip())):
            continue  # a comment, a blank line
        entries.append((_key_words(match["key"]), index, _unquoted(match["value"]), []))
    return entries


def _key_words(key: str) -> str:
    """A key as the words `_LABELS` knows it by: `Sample_Answer`, `sample-answer`: "sample answer"."""
    return " ".join(key.lower().replace("_", " ").replace("-", " ").split())


def _unquoted(value: str) -> str:
    """A string value without the quotes around it."""
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" else value
