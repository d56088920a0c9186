"""A LaTeX source saved as text reads as its text (analysis.clean.latex_text)."""

from __future__ import annotations

from analysis.clean.latex_text import is_latex, plain_latex
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

DIGEST = r"""\documentclass[a4paper]{article}
\usepackage{hyperref}
\begin{document}
\section*{The week's news: 1--3 March 2026}

\begin{itemize}
  \item \textbf{New bridge for the harbour town} \\
    \textit{The Lowland Courier}, 1 March 2026. The council approved a new bridge over the river.

  \item \textbf{Ferry fares rise in spring} \\
    \textit{Polder Post}, 2 March 2026. The ferry company will raise its fares by a tenth in April.

  \item \textbf{School adds three classrooms} \\
    \textit{The Lowland Courier}, 3 March 2026. The village school builds three classrooms.
\end{itemize}

\noindent\small Compiled by the students' news service. % not printed
\end{document}
"""


def test_latex_marks_are_taken_off():
    plain = plain_latex(DIGEST)
    assert "\\" not in plain and "{" not in plain and "%" not in plain
    assert plain.startswith(
        "The week's news: 1\u20133 March 2026\n\nNew bridge for the harbour town\n"
    )
    assert "The Lowland Courier, 1 March 2026\nThe council approved" in plain
    assert "usepackage" not in plain and "not printed" not in plain


def test_a_latex_digest_is_one_card_an_item():
    result = clean_page(page_from_bytes(DIGEST.encode(), "digest.txt", "digest.txt"))
    assert [article["title"] for article in result.articles] == [
        "New bridge for the harbour town",
        "Ferry fares rise in spring",
        "School adds three classrooms",
    ]
    assert result.articles[1]["outlet"] == "Polder Post"
    assert result.articles[1]["published"] == "2026-03-02"


def test_backslashes_in_a_text_that_is_no_latex_stay():
    text = "The file sat in C:\\textbf{x} and \\item was typed.\n"
    assert not is_latex(text)
    assert plain_latex(text) == text
