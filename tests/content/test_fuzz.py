"""Property tests: whatever Markdown a user brings, the parser answers with items and
problems, never an exception, and every problem points at a real line."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systemcraft_tui.content.parser import parse_bytes, parse_text

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "content").glob("*.md"))
FIXTURE_LINES = [path.read_text().splitlines() for path in FIXTURES]

FRAGMENTS = [
    "#", "##", "###", "####", "**", "*", "_", "-", "1.", "> ", "|", "|---|", "```", "`", "[", "]", "(", ")",
    "[ ]", ":", '"', "“", "Situation", "Task", "Action", "Result", "(30-45 seconds)", "(2 minutes)",
    "(5-10 minutes)", "(x-y seconds)", "(45-30 seconds)", "The Interview Question", "Complete STAR Response",
    "Follow-up Questions and Answers", "Common Probe #1", "Strong Response", "Q:", "A:", "Primary LP",
    "Have Backbone", "Week 2", "Weeks 3-4", "Deliverables", "If behavioral scores < 3", "Key Concepts Summary",
    "Practice Plan", "Deep Dive", "Design", "L6", "L7", "\n", "\n\n", "    ", "\t", "é", "\x1b[31m", "\u200b",
]

markdown_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=80).map(" ".join)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(result, text: str) -> None:
    line_count = max(1, len(text.splitlines()))
    for problem in result.problems:
        assert 1 <= problem.line <= line_count + 1, problem
        assert problem.message and problem.severity in ("error", "warning")
    for item in result.items:
        assert 1 <= item.origin.line <= line_count + 1
        assert item.id and item.kind


@SETTINGS
@given(markdown_text)
def test_random_markdown_never_raises(text):
    _check(parse_text(text, Path("random.md")), text)


@st.composite
def mutated_fixture(draw):
    lines = list(draw(st.sampled_from(FIXTURE_LINES)))
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "insert", "swap", "truncate", "indent"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "insert":
            lines.insert(index, draw(st.sampled_from(FRAGMENTS)) + draw(st.text(max_size=20)))
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "truncate":
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
        else:
            lines[index] = "    " + lines[index]
    return "\n".join(lines)


@SETTINGS
@given(mutated_fixture())
def test_mutated_templates_never_raise(text):
    _check(parse_text(text, Path("mutated.md")), text)


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(data):
    result = parse_bytes(data, Path("bytes.md"))
    for problem in result.problems:
        assert problem.line >= 1
