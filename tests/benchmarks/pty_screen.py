"""Programs run in a pseudo-terminal, as a terminal emulator runs them, and the text their
screen shows: benchmarks time what a user sees, not what a headless test reports.

The issue's own figures were taken in a 100x30 tmux pane; a pty of the same size is that
pane without tmux's own work (and without polling it). `Screen` is just enough of a VT100
for what Textual writes (cursor moves, text, erases; colours and modes are skipped), so
a benchmark can wait for a frame that shows what it expects and note when it arrived."""

from __future__ import annotations

import codecs
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import termios
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

COLUMNS, ROWS = 100, 30
CTRL_Q = b"\x11"  # Textual's quit key
WAIT_SECONDS = 120.0  # for an expected screen: a cold start of a big library takes long

# One terminal control: a CSI sequence (parameters, final byte), an OSC or DCS string, a
# two-byte escape, or a C0 control character.
_CONTROL = re.compile(
    r"\x1b\[(?P<params>[0-?]*)[ -/]*(?P<final>[@-~])"
    r"|\x1b[\]P^_][^\x07\x1b]*(?:\x07|\x1b\\)"
    r"|\x1b[()#][0-9A-Za-z]"
    r"|\x1b[^\[\]P^_()#]"
    r"|[\x00-\x1a\x1c-\x1f\x7f]"
)


class Screen:
    """The characters a terminal of `columns` x `rows` shows, fed with what a program wrote."""

    def __init__(self, columns: int = COLUMNS, rows: int = ROWS) -> None:
        self.columns, self.rows = columns, rows
        self.cells = [[" "] * columns for _ in range(rows)]
        self.row = self.column = 0
        self._pending = ""  # an escape sequence cut by the end of a read
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> None:
        text = self._pending + self._decoder.decode(data)
        position = 0
        for control in _CONTROL.finditer(text):
            self._print(text[position : control.start()])
            self._control(control)
            position = control.end()
        rest = text[position:]
        cut = rest.find("\x1b")
        self._print(rest if cut < 0 else rest[:cut])
        self._pending = "" if cut < 0 or len(rest) - cut > 4096 else rest[cut:]

    def text(self) -> str:
        return "\n".join("".join(row).rstrip() for row in self.cells)

    def blank(self) -> bool:
        return not any(cell.strip() for row in self.cells for cell in row)

    def _print(self, text: str) -> None:
        for char in text:
            if unicodedata.combining(char):
                continue
            width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
            if self.column + width > self.columns:  # Textual turns autowrap off: the last cell is overwritten
                self.column = self.columns - width
            self.cells[self.row][self.column] = char
            if width == 2:
                self.cells[self.row][self.column + 1] = ""
            self.column += width

    def _control(self, match: re.Match[str]) -> None:
        sequence = match.group(0)
        if sequence == "\r":
            self.column = 0
        elif sequence == "\n":
            self.row = min(self.row + 1, self.rows - 1)
        elif sequence == "\b":
            self.column = max(self.column - 1, 0)
        elif match.group("final"):
            self._csi(match.group("params"), match.group("final"))

    def _csi(self, params: str, final: str) -> None:
        if params.startswith("?"):
            if final == "h" and params[1:] in ("1049", "47", "1047"):  # the alternate screen: a clean page
                self._erase(0, self.rows)
            return
        numbers = [int(n) if n.isdigit() else 0 for n in params.split(";")] if params else []
        first = numbers[0] if numbers else 0
        if final in "Hf":
            row, column = [*numbers, 0, 0][:2]
            self.row = min(max(row, 1), self.rows) - 1
            self.column = min(max(column, 1), self.columns) - 1
        elif final == "J":
            if first == 0:
                self._erase_line(self.row, self.column, self.columns)
                self._erase(self.row + 1, self.rows)
            elif first == 1:
                self._erase(0, self.row)
                self._erase_line(self.row, 0, self.column + 1)
            else:
                self._erase(0, self.rows)
        elif final == "K":
            start, end = {0: (self.column, self.columns), 1: (0, self.column + 1)}.get(first, (0, self.columns))
            self._erase_line(self.row, start, end)
        elif final in "ABCDGd":
            step = max(first, 1)
            if final == "A":
                self.row = max(self.row - step, 0)
            elif final == "B":
                self.row = min(self.row + step, self.rows - 1)
            elif final == "C":
                self.column = min(self.column + step, self.columns - 1)
            elif final == "D":
                self.column = max(self.column - step, 0)
            elif final == "G":
                self.column = min(step, self.columns) - 1
            else:
                self.row = min(step, self.rows) - 1

    def _erase(self, first_row: int, end_row: int) -> None:
        for row in range(first_row, end_row):
            self._erase_line(row, 0, self.columns)

    def _erase_line(self, row: int, start: int, end: int) -> None:
        self.cells[row][start:end] = [" "] * (end - start)


class Terminal:
    """A program running in a pty of COLUMNS x ROWS, its output read as it comes."""

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], cwd: str) -> None:
        self.screen = Screen()
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        env = {k: v for k, v in env.items() if k not in ("COLUMNS", "LINES")} | {"TERM": "xterm-256color"}
        self.started = time.perf_counter()
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd, start_new_session=True)
        os.close(slave)
        self._master = master
        self.output = bytearray()  # everything written, for an error message

    @property
    def pid(self) -> int:
        return self.process.pid

    def read(self, timeout: float) -> bool:
        """Take in what the program wrote within `timeout` seconds; False once it has exited."""
        ready, _, _ = select.select([self._master], [], [], timeout)
        if not ready:
            return self.process.poll() is None
        try:
            data = os.read(self._master, 1 << 16)
        except OSError:  # EIO: the program has gone and closed its side
            data = b""
        if not data:
            return False
        self.output += data
        self.screen.feed(data)
        return True

    def wait_for(self, shown: Callable[[Screen], bool]) -> float:
        """Seconds from the launch to the first read after which the screen is `shown`."""
        deadline = time.perf_counter() + WAIT_SECONDS
        while not shown(self.screen):
            if time.perf_counter() > deadline or not self.read(0.5):
                tail = bytes(self.output[-2000:]).decode(errors="replace")
                raise RuntimeError(f"{self.process.args}: the expected screen did not appear; its last output:\n{tail}")
        return time.perf_counter() - self.started

    def pump(self, seconds: float) -> None:
        """Keep reading (a terminal never stops) for `seconds`."""
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0 and self.read(left):
            pass

    def send(self, keys: bytes) -> None:
        os.write(self._master, keys)

    def close(self) -> None:
        """Quit as a user does (Ctrl+Q); stop the program if it does not go."""
        try:
            if self.process.poll() is None:
                self.send(CTRL_Q)
                end = time.perf_counter() + 10
                while self.process.poll() is None and time.perf_counter() < end:
                    self.read(0.1)
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        finally:
            os.close(self._master)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and all its threads, from /proc/PID/stat."""
    return cpu_split(pid)[0]


def cpu_split(pid: int) -> tuple[float, float]:
    """A process's own CPU time (as cpu_seconds) and that with its children's: those it has
    waited for (a finished pool's processes) and those still running (a pool that makes the
    cache's entries after the read). Both from one reading of its stat file: read apart,
    the process ran on between them, and its own time could pass the total read first."""
    fields = _stat(Path(f"/proc/{pid}/stat"))
    # utime, stime (fields 14, 15), cutime, cstime (16, 17)
    own = int(fields[11]) + int(fields[12])
    ticks = own + int(fields[13]) + int(fields[14])
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            child = _stat(stat)
        except OSError:
            continue  # gone meanwhile
        if int(child[1]) == pid:  # its parent
            ticks += int(child[11]) + int(child[12]) + int(child[13]) + int(child[14])
    tick = os.sysconf("SC_CLK_TCK")
    return own / tick, ticks / tick


def _stat(path: Path) -> list[str]:
    """The fields of a /proc/PID/stat file after the process's name."""
    return path.read_text().rpartition(")")[2].split()
