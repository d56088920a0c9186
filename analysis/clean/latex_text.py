"""A LaTeX source saved as text, made plain (stage 1, with the text dump's other marks).

A page written in LaTeX (a newsletter's or a digest's source, a student paper's export)
keeps its text between ``\\begin{document}`` and ``\\end{document}``, under a preamble
(``\\documentclass``, ``\\usepackage``); its sections are ``\\section{Title}``, a list's
items open with ``\\item``, a word set in bold or italics is ``\\textbf{...}`` or
``\\textit{...}``, a forced line break is ``\\\\``. :func:`plain_latex` takes these marks
off when the page declares itself LaTeX (``\\documentclass`` or ``\\begin{document}``
opening a line), so a backslash elsewhere (a path, an escape in a quoted line) stays.
No tuned value.
"""

from __future__ import annotations

import re

# The page declares itself LaTeX: a line opening with \documentclass or \begin{document}.
_LATEX_SOURCE = re.compile(r"^[ \t]*\\(?:documentclass\b|begin\{document\})", re.MULTILINE)
_BEGIN_DOCUMENT = re.compile(r"\\begin\{document\}")
_END_DOCUMENT = re.compile(r"\\end\{document\}")
# A comment: a % not escaped, to the line's end.
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
# A line holding only an environment's opening or closing (\begin{itemize}, \end{quote}).
_ENVIRONMENT_LINE = re.compile(
    r"^[ \t]*\\(?:begin|end)\{[^{}\n]*\}(?:\[[^\]\n]*\]|\{[^{}\n]*\})*[ \t]*\n?", re.MULTILINE
)
# A list's item mark: the item is a paragraph of its own.
_ITEM = re.compile(r"^[ \t]*\\item\b(?:\[([^\]\n]*)\])?[ \t]*", re.MULTILINE)
# A line's indentation (a source's, not the page's), and blank lines in a row.
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")
# A forced line break (\\, \newline) closing a line, or inside one.
_LINE_BREAK = re.compile(r"[ \t]*(?:\\\\|\\newline\b)(?:\[[^\]\n]*\])?[ \t]*\n?")
# A credit opening a line: a name in italics, a comma and a date ("\textit{The Courier},
# 1 March 2026. The story..."): its own line, as a card's source line is.
_CREDIT = re.compile(
    r"^([ \t]*\\(?:textit|emph|textsl)\{[^{}\n]+\},[^.\n]*\d[^.\n]*\.)[ \t]+(?=\S)", re.MULTILINE
)
# A link: \href{address}{text} is its text.
_HREF = re.compile(r"\\href\{[^{}\n]*\}\{([^{}]*)\}")
# A command with an argument (\textbf{...}, \section*{...}, \emph{...}): its argument.
_COMMAND_ARGUMENT = re.compile(r"\\[A-Za-z]+\*?(?:\[[^\]\n]*\])?\{([^{}]*)\}")
# A command without an argument (\noindent, \small, \maketitle).
_BARE_COMMAND = re.compile(r"\\[A-Za-z]+\*?[ \t]*")
# Characters LaTeX escapes, ties and dashes.
_ESCAPED = re.compile(r"\\([&%$#_{}])")
_DASHES = (("---", "\u2014"), ("--", "\u2013"))
_QUOTES = (("``", "\u201c"), ("''", "\u201d"))


def is_latex(text: str) -> bool:
    """Whether ``text`` is a LaTeX source: a line opens with ``\\documentclass`` or
    ``\\begin{document}``.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    bool
        Whether the page declares itself LaTeX.
    """
    return _LATEX_SOURCE.search(text) is not None


def plain_latex(text: str) -> str:
    """``text`` without LaTeX's marks when it is a LaTeX source (:func:`is_latex`).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The document's text (the preamble and what follows ``\\end{document}`` taken
        off): comments and the lines of environments' openings and closings dropped,
        each list item a paragraph of its own, a forced line break a line end, each
        command replaced by its argument (``\\textbf{Title}`` is ``Title``; a link is
        its text) or dropped when it takes none, escaped characters, dashes and quotes
        as printed; any other text as it was.
    """
    if "\\" not in text or not is_latex(text):
        return text
    if (begin := _BEGIN_DOCUMENT.search(text)) is not None:
        text = text[begin.end() :]
    if (end := _END_DOCUMENT.search(text)) is not None:
        text = text[: end.start()]
    text = _COMMENT.sub("", text)
    text = _ENVIRONMENT_LINE.sub("", text)
    text = _ITEM.sub(_item_opening, text)
    text = _LINE_BREAK.sub("\n", text)
    text = _CREDIT.sub(lambda credit: credit.group(1)[:-1] + "\n", text)
    text = _HREF.sub(r"\1", text)
    while True:
        plain = _COMMAND_ARGUMENT.sub(r"\1", text)
        if plain == text:
            break
        text = plain
    text = _BARE_COMMAND.sub("", text)
    text = _ESCAPED.sub(r"\1", text).replace("~", " ")
    for mark, printed in (*_DASHES, *_QUOTES):
        text = text.replace(mark, printed)
    text = _BLANK_LINES.sub("\n\n", _INDENT.sub("", text))
    return text.strip("\n") + "\n"


def _item_opening(item: re.Match[str]) -> str:
    """An item's opening: a blank line (the item is a paragraph), then its label's line."""
    return f"\n{item.group(1)}\n" if item.group(1) else "\n"
