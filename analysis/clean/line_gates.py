"""Which lines of a page a pattern can match in, found once per page (speed only).

A per-line search costs a Python call and a scan of the line for every line and pattern,
though most patterns match in few lines. Most of the cleaner's patterns need one of a
few literal strings ("Follow", "Source:", "©"): :func:`necessary_literals` reads that
set off the compiled pattern itself (so it follows any change to the pattern), and
:class:`PageLines` finds every literal in the page's joined distinct lines with
``str.find`` (compiled code, one call per literal and hit), mapping each hit to its line.
A line that holds none of a pattern's literals cannot match it and is not searched.
The gate only skips searches that would find nothing: outputs are unchanged.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from re import _casefix  # the characters re.IGNORECASE matches beyond lower()'s
from re import _constants as sre  # the parsed form of a pattern, to read its literals
from re import _parser as sre_parse

from analysis.text import caseless_lower, once_per_page

#: At most this many strings stand for one stretch of literal characters and small
#: character sets ("[Pp]owered": "Powered", "powered"); beyond it the stretch is cut.
MAX_VARIANTS = 16
#: A character set of at most this many literal characters is read as alternatives.
MAX_SET_CHARS = 4

_LINE_BREAK = re.compile("\n")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def necessary_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds; None when none is known
    (a case-insensitive pattern, or one that can match without any literal text).

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern.

    Returns
    -------
    frozenset of str or None
        Literals without a line break; a line holding none of them cannot match.

    Examples
    --------
    >>> sorted(necessary_literals(re.compile(r"(?:Follow|About)\\s+\\w+")))
    ['About', 'Follow']
    """
    if pattern.flags & re.IGNORECASE:
        return None
    found = _sequence_literals(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    if found is None or any("\n" in literal or not literal for literal in found):
        return None
    return found


def caseless_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which the :func:`~analysis.text.caseless_lower` of every text a
    case-insensitive ``pattern`` matches in holds; None when none is known.

    The literals of the pattern read case-sensitively (:func:`necessary_literals`),
    each written as ``caseless_lower`` writes it: ``re.IGNORECASE`` matches a
    character to another one whose lower case is the same (``caseless_lower`` writes
    both so), and to a few more (``re._casefix``: "ı" and "ſ", which ``caseless_lower``
    writes as "i" and "s"; Greek and Cyrillic letters, for which no gate is given).

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern, case-insensitive or not.

    Returns
    -------
    frozenset of str or None
        Lower-case literals; a line whose ``caseless_lower`` holds none cannot match.

    Examples
    --------
    >>> sorted(caseless_literals(re.compile(r"\\b(?:Sign up|log in)\\b", re.IGNORECASE)))
    ['log in', 'sign up']
    """
    found = necessary_literals(re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE))
    if found is None:
        return None
    lowered = frozenset(map(caseless_lower, found))
    if any(ord(char) in _casefix._EXTRA_CASES and char not in "is" for char in "".join(lowered)):
        return None
    return lowered


def other_case_letters(literals: Iterable[str]) -> re.Pattern[str]:
    """The letters ``re.IGNORECASE`` matches to a letter of ``literals`` (written as
    :func:`~analysis.text.caseless_lower` writes them) that ``caseless_lower`` writes
    as another letter (``re._casefix``: "ᲀ" for "в", "ς" for "σ", "ϐ" for "β").

    Parameters
    ----------
    literals : iterable of str
        Lower-case literals (:func:`caseless_literals`'s, or a table's entries).

    Returns
    -------
    re.Pattern
        A class of those letters (one that matches nothing when there is none): a text
        whose ``caseless_lower`` holds none of them and none of the literals cannot
        match a case-insensitive pattern each of whose matches holds one of them.
    """
    letters = {
        chr(other)
        for char in set("".join(literals))
        for other in _casefix._EXTRA_CASES.get(ord(char), ())
        if caseless_lower(chr(other)) != char
    }
    return re.compile("[" + "".join(sorted(map(re.escape, letters))) + "]" if letters else "(?!)")


class CaselessGate:
    """Whether a case-insensitive pattern may match a text, from the text's
    :func:`~analysis.text.caseless_lower` (speed only: :meth:`may_match` is False only
    for a text the pattern cannot match).

    Unlike :func:`caseless_literals` it gates patterns with Greek or Cyrillic literals
    too: a text holding a letter ``re.IGNORECASE`` matches to theirs in another way
    (:func:`other_case_letters`) is let through.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern; :attr:`literals` is None (every text may match) when no
        literal is known (:func:`necessary_literals` of it read case-sensitively).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        found = necessary_literals(re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE))
        self.literals = None if found is None else tuple(sorted(map(caseless_lower, found)))
        self.other_cases = other_case_letters(self.literals or ())

    def may_match(self, lowered: str) -> bool:
        """False when the pattern cannot match the text ``lowered`` is the caseless_lower of.

        Parameters
        ----------
        lowered : str
            :func:`~analysis.text.caseless_lower` of a text.

        Returns
        -------
        bool
            True when the text may match (it holds a literal or an other-case letter).
        """
        if self.literals is None:
            return True
        return any(literal in lowered for literal in self.literals) or (
            self.other_cases.search(lowered) is not None
        )


class LiteralGate:
    """Whether a pattern may match in a text, from the literals every match holds
    (speed only: :meth:`may_match` is False only for a text the pattern cannot match).

    For a per-line ``match`` or ``search`` asked of every line of a page, most of which
    hold none of the pattern's literals (a spaced dash, a colon): an ``in`` test per
    literal costs less than the pattern's try at the line's start or every position.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern; :attr:`literals` is None (every text may match) when no
        literal is known (:func:`necessary_literals`: a case-insensitive pattern, or one
        that can match without one).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        found = necessary_literals(pattern)
        self.literals = None if found is None else tuple(sorted(found))

    def may_match(self, text: str) -> bool:
        """False when the pattern cannot match in ``text``.

        Parameters
        ----------
        text : str
            The text the pattern would be asked of.

        Returns
        -------
        bool
            True when ``text`` holds one of :attr:`literals` (or none is known).

        Examples
        --------
        >>> gate = LiteralGate(re.compile(r"\\S+\\s+[—–]\\s+\\S+"))
        >>> gate.may_match("Headline — text"), gate.may_match("Headline - text")
        (True, False)
        """
        if self.literals is None:
            return True
        for literal in self.literals:  # noqa: SIM110 (a loop: no generator made per line)
            if literal in text:
                return True
        return False


def _sequence_literals(items: list) -> frozenset[str] | None:
    """Literals one of which every match of a sequence of parsed items holds: the most
    selective of its items' (each item is in every match), literal stretches joined."""
    options: list[frozenset[str]] = []
    stretch: set[str] = {""}
    for op, argument in items:
        chars = _literal_chars(op, argument)
        if chars is not None and len(stretch) * len(chars) <= MAX_VARIANTS:
            stretch = {head + char for head in stretch for char in chars}
            continue
        if stretch != {""}:
            options.append(frozenset(stretch))
        stretch = {""} if chars is None else set(chars)
        found = _item_literals(op, argument)
        if found:
            options.append(found)
    if stretch != {""}:
        options.append(frozenset(stretch))
    if not options:
        return None
    return max(options, key=lambda found: (min(map(len, found)), -len(found)))


def _literal_chars(op, argument) -> tuple[str, ...] | None:
    """The characters a parsed item matches when it is a literal or a small set of them."""
    if op is sre.LITERAL:
        return (chr(argument),)
    small = op is sre.IN and len(argument) <= MAX_SET_CHARS
    if small and all(kind is sre.LITERAL for kind, _ in argument):
        return tuple(chr(code) for _, code in argument)
    return None


def _item_literals(op, argument) -> frozenset[str] | None:
    """Literals every match of one parsed item (a group, an alternation, a repeat) holds."""
    if op is sre.SUBPATTERN:
        _, add_flags, _, items = argument
        return None if add_flags & re.IGNORECASE else _sequence_literals(list(items))
    if op is sre.ATOMIC_GROUP:
        return _sequence_literals(list(argument))
    if op is sre.BRANCH:
        alternatives = [_sequence_literals(list(items)) for items in argument[1]]
        if any(found is None for found in alternatives):
            return None
        return frozenset().union(*alternatives)
    if op in _REPEATS:
        low, _, items = argument
        return _sequence_literals(list(items)) if low >= 1 else None
    return None


def casefolded_lines_holding(text: str, folded: Iterable[str]) -> set[int]:
    """Indices of the lines of ``text`` whose ``str.casefold`` holds one of ``folded``,
    found in one folding of the whole text: case folding maps each character alone, and
    none to a line break, so line ``i`` of the folded text is line ``i`` folded.

    Parameters
    ----------
    text : str
        A page's text, ``\\n`` line ends.
    folded : iterable of str
        Case-folded strings without a line break.

    Returns
    -------
    set of int
        The indices into ``text.split("\\n")`` of the lines holding one of them.

    Examples
    --------
    >>> sorted(casefolded_lines_holding("The Sentinel\\nnews\\nSENTINEL", ["sentinel"]))
    [0, 2]
    """
    return _casefolded_page(text).lines_holding(folded)


@once_per_page  # a page's footers and its own address are found in its text folded once
def _casefolded_page(text: str) -> PageLines:
    """``text`` case folded, as :class:`PageLines` (read, never changed, by its callers)."""
    return PageLines.of_text(text.casefold())


class PageLines:
    """A page's lines joined into one text, to find in one pass which lines hold a string.

    Parameters
    ----------
    lines : sequence of str
        The lines (none holding a line break).
    """

    def __init__(self, lines: Sequence[str]) -> None:
        self.text = "\n".join(lines)
        self.starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))

    @classmethod
    def of_text(cls, text: str) -> PageLines:
        """The lines of ``text``, joined already: its line starts are read off the
        positions of its line breaks (the text is not split).

        Parameters
        ----------
        text : str
            The page's normalized text, ``\\n`` line ends.

        Returns
        -------
        PageLines
            Line ``i`` starts at ``starts[i]``.
        """
        page = cls.__new__(cls)
        page.text = text
        page.starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]
        return page

    def lines_holding(self, literals: Iterable[str]) -> set[int]:
        """Indices of the lines that hold one of ``literals`` (strings without a line
        break): each literal is found with ``str.find`` over the joined text.

        Parameters
        ----------
        literals : iterable of str
            E.g. :func:`necessary_literals` of a pattern.

        Returns
        -------
        set of int
            Line indices, each once.
        """
        found: set[int] = set()
        text, starts = self.text, self.starts
        for literal in literals:
            position = text.find(literal)
            while position != -1:
                line = bisect.bisect_right(starts, position) - 1
                found.add(line)
                if line + 1 >= len(starts):
                    break
                position = text.find(literal, starts[line + 1])
        return found

    def lines_matching(self, pattern: re.Pattern[str]) -> set[int]:
        """Indices of the lines in which ``pattern`` (matching no line break, anchored at
        nothing) finds a match in the joined text: one ``finditer`` for the page.

        Parameters
        ----------
        pattern : re.Pattern
            Must not match across a line break, nor use ``^``/``$`` anchors (they would see
            the whole text).

        Returns
        -------
        set of int
            The lines where a match starts.
        """
        starts = self.starts
        return {bisect.bisect_right(starts, m.start()) - 1 for m in pattern.finditer(self.text)}
