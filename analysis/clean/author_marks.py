"""The final vowel signs of authors' names that trafilatura's author cleaning drops.

trafilatura strips what follows a name's last word character (``[^\\w]+$``), and a
combining mark is no word character to Python's ``re``: the vowel sign, virama or tone
mark that ends a name of the Indic scripts, Thai, Sinhala or Thaana goes ("राहुल शर्मा"
gives "राहुल शर्म", "ශාන්ත පෙරේරා" gives "ශාන්ත පෙරේර", "ޢާއިޝަތު ނާޒިމާ" gives
"ޢާއިޝަތު ނާޒިމ"). Where the page's markup prints the name with the marks after it, they
are put back.

trafilatura's author cleaning drops the full stops inside a name too ("Walter P. Huxley
Jr." gives "Walter P Huxley Jr"): those after an initial and a generation suffix are put
back where the markup prints the name with them.
"""

from __future__ import annotations

import re
import unicodedata

from analysis.clean.header_lines import GENERATION_SUFFIXES

__all__ = ["with_final_marks"]

# The joiner trafilatura puts between two authors.
_JOINER = "; "


def with_final_marks(author: str | None, html: str) -> str | None:
    """``author`` (trafilatura's, names joined with "; ") with each name's final
    combining marks put back where the markup prints them after the name, and the full
    stops after its initials and generation suffix ("P.", "Jr.") where the markup prints
    the name with them.

    Parameters
    ----------
    author : str or None
        trafilatura's author field.
    html : str
        The page's decoded markup.

    Returns
    -------
    str or None
        ``author`` with the marks and stops back; unchanged where the markup prints no
        combining mark right after a name (every Latin, Cyrillic, Arabic, CJK name: the
        usual case) and no name with stops it lacks.
    """
    if not author:
        return author
    return _JOINER.join(_restored(_dotted(name, html), html) for name in author.split(_JOINER))


def _restored(name: str, html: str) -> str:
    """``name`` with the combining marks the markup prints right after it, the first
    such printing's; ``name`` when it ends in no letter or the markup prints none.
    A name trafilatura joined to a label the markup parts from it by a colon ("लेखक:
    NAME" read "लेखक NAME") is not in the markup whole: its last word is sought
    there, as a whole word (the marks closing it)."""
    if not name or not name[-1].isalpha() or name.isascii():
        return name
    marks = _marks_after(re.escape(name), html)
    if marks is None and " " in name and name not in html:
        last = name.rsplit(" ", 1)[1]
        marks = _marks_after(rf"(?<!\w){re.escape(last)}", html, whole_word=True)
    return name + marks if marks else name


def _marks_after(pattern: str, html: str, whole_word: bool = False) -> str | None:
    """The combining marks the markup prints right after the first match of
    ``pattern`` that has some (and, ``whole_word``, no letter after them); None when
    no match has."""
    for match in re.finditer(pattern, html):
        end = match.end()
        while end < len(html) and unicodedata.category(html[end]).startswith("M"):
            end += 1
        if end > match.end() and not (whole_word and end < len(html) and html[end].isalpha()):
            return html[match.end() : end]
    return None


def _dotted(name: str, html: str) -> str:
    """``name`` as the markup prints it with stops after its initials and suffix."""
    words = name.split()
    if "." in name or not any(_takes_dot(word) for word in words):
        return name
    pattern = r"\s+".join(re.escape(w) + (r"\.?" if _takes_dot(w) else "") for w in words)
    printed = re.search(rf"(?<!\w){pattern}(?!\w)", html)
    return " ".join(printed.group(0).split()) if printed else name


def _takes_dot(word: str) -> bool:
    """Whether ``word`` is an initial or a generation suffix, which a stop may follow."""
    return (len(word) == 1 and word.isalpha()) or word in GENERATION_SUFFIXES
