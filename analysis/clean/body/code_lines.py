"""Lines of code a technical story prints between its paragraphs (a step of the body detector).

A story about software shows the command or the code it talks about right under the
paragraph that announces it ("... told to downgrade while a fix was prepared:" over
``$ pip install "lowmarsh-config<4.3"``), then goes on. Read line by line such a line
is chrome (short, no sentence, symbols), so a block of code was a gap inside the
article, and the article lost it. :func:`reads_as_code` tells a line of code by its
syntax, which prose does not write: a shell prompt before a command (``$ uname -m``), a
name called with its arguments glued to it (``load("build.toml")``), an assignment
(``target = 0755``), braces, a statement's closing semicolon, a comment (``// 2068``),
a configuration file's section (``[build]``), an import (``from tool import load``), a
command printed without its prompt, a lower-case program name and an option
(``curl -O https://...``, ``unzip latest.zip -d timetable``), or a Markdown code fence
(```` ``` ````).
:func:`analysis.clean.body.lists.announced_list_items` takes such lines (and a
command's short output under them) as the items of the list the paragraph announces:
neutral in the region search, body when the region holds them. No tuned value.
"""

from __future__ import annotations

import re

__all__ = ["reads_as_code"]

# A shell prompt and a command name ("$ pip install x", "$ sudo tool --check"); a price
# ("$5 million", "$ 5") opens with a figure.
_PROMPT = re.compile(r"^\s*\$\s+[a-z_./~][\w./~-]*(?:\s|$)")
# A command printed without its prompt: a lower-case program name, then an option after
# a space ("curl -O URL", "unzip latest.zip -d timetable", "tool --check"), on a line that
# ends no sentence (prose opens capitalized, or writes a dash between spaces).
_COMMAND = re.compile(r"^\s*[a-z][a-z0-9_.-]*(?:\s+\S+)*?\s--?[A-Za-z][\w-]*(?:[\s=]\S*)*\s*$")
#: A command printed without its prompt is short: a wrapped line of prose holds more words.
MAX_COMMAND_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…:]\s*$")
# A name called with its arguments glued to it: load("a"), chronicle.parse(x).year
_CALL = re.compile(r"[A-Za-z_][\w.]*\((?:[^()]*)\)")
# An assignment: a name, "=", a value (not "==" nor "=>" in prose arrows).
_ASSIGNMENT = re.compile(r"^\s*[A-Za-z_][\w.\[\]\"']*\s*[-+*/]?=\s*[^\s=>]")
# A configuration file's section: [build], [tool.lowmarsh]
_SECTION = re.compile(r"^\s*\[[A-Za-z_][\w.-]*\]\s*$")
# A line comment after code or alone, a fence, braces, a statement's semicolon end.
_MARKS = re.compile(r"(?:^|\s)//\s|^\s*```|[{}]|;\s*$")
# An import, in lower case as code writes it: "from lowmarsh_config import load",
# "import numpy as np", "#include <stdio.h>" (a heading "Import duties" is capitalized).
_IMPORT = re.compile(
    r"^\s*(?:from\s+[\w.]+\s+import\s+[\w*(]|import\s+[\w.]+(?:\s+as\s+\w+)?\s*$"
    r"|#include\s*[<\"])"
)


def reads_as_code(line: str) -> bool:
    """Whether a line is written in a programming or shell language's syntax.

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True for a shell command after its prompt or without it (a program's name and
        an option), a call, an assignment, a
        configuration section, an import, a code fence, or a line holding braces, a line
        comment or ending in a semicolon (see the module); a sentence of prose holds none
        of them.
    """
    if (
        _COMMAND.match(line)
        and line.isascii()
        and len(line.split()) <= MAX_COMMAND_WORDS
        and not _SENTENCE_END.search(line)
    ):
        return True
    return any(
        pattern.search(line) is not None
        for pattern in (_PROMPT, _CALL, _ASSIGNMENT, _SECTION, _MARKS, _IMPORT)
    )
