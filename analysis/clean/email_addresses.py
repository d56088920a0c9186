"""An e-mail address as pages print it: "tips@example.org", "example.com_legal@host.com".

One definition, read by the rules that take a site from an address: the site-name
reader's domains (:mod:`analysis.clean.site_phrases`, an address's domain and a domain
its local part holds) and a newsroom's desk address as a page's only cue
(:mod:`analysis.clean.contact_domain`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["ADDRESS_TEXT", "EMAIL_ADDRESS", "AddressPattern", "address_read_as_name"]

#: An e-mail address's text: its local part (``local``: letters, digits and ``. + - _``;
#: it may be empty, "@example.com" alone, where a page prints a handle's domain or cut the
#: name off), "@" and its domain (``domain``: labels of letters, digits and hyphens between
#: dots, the last of 2-12 letters). Found left to right, a match's local part starts at
#: the first of its characters, never inside a run of them (a local part is read whole).
ADDRESS_TEXT = r"(?P<local>[\w.+-]*)@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12})\b"
_ADDRESS = re.compile(ADDRESS_TEXT, re.I)
#: The address where no local part's character stands before it (a run's first one).
_ADDRESS_AT_RUN_START = re.compile(r"(?<![\w.+-])" + ADDRESS_TEXT, re.I)
#: A character of a local part.
_LOCAL_CHAR = re.compile(r"[\w.+-]", re.I)


class AddressPattern:
    """:data:`ADDRESS_TEXT` found as a compiled pattern finds it, in time linear in the text.

    The pattern tried at every position reads a run of local part characters to its end
    from each of them: a run of n with no address after it (a token, a data URI in a
    page's markup) costs n * n / 2 steps (2.0 CPU-s on one dev page's 14,771-character
    run). From inside a run the local part ends at the same character as from the run's
    first, so the address is tried at a run's first character only, and at the position
    a search starts from (where ``re``'s own search starts too, even inside a run: the
    character after an address's domain, "a@b.org.c@d.org"): the same matches, each run
    read once.
    """

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first address at or after ``pos``, as ``re.Pattern.search`` finds it.

        Parameters
        ----------
        text : str
            The text searched.
        pos : int
            Where the search starts.

        Returns
        -------
        re.Match or None
            The match (groups ``local`` and ``domain``); None when there is none.
        """
        if match := _ADDRESS.match(text, pos):
            return match
        at = text.find("@", pos + 1)
        while at >= 0:  # an address after pos: its local part is the run before an "@"
            start = at
            while start > pos + 1 and _LOCAL_CHAR.match(text, start - 1):
                start -= 1
            # (a run going on before pos + 1 holds no run's first character after it)
            if (start > pos + 1 or not _LOCAL_CHAR.match(text, start - 1)) and (
                match := _ADDRESS_AT_RUN_START.match(text, start)
            ):
                return match
            at = text.find("@", at + 1)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every address in ``text`` left to right, as ``re.Pattern.finditer`` finds them.

        Parameters
        ----------
        text : str
            The text searched.

        Yields
        ------
        re.Match
            Each address's match (never empty: it holds "@" and a domain).
        """
        pos = 0
        while (match := self.search(text, pos)) is not None:
            yield match
            pos = match.end()

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``text`` with each address replaced, as ``re.Pattern.sub`` replaces them.

        Parameters
        ----------
        repl : str or callable
            A replacement template (its escapes and group references expanded) or a
            function of the match.
        text : str
            The text.

        Returns
        -------
        str
            The text with every address replaced.
        """
        pieces: list[str] = []
        last = 0
        for match in self.finditer(text):
            pieces += [
                text[last : match.start()],
                repl(match) if callable(repl) else match.expand(repl),
            ]
            last = match.end()
        return "".join([*pieces, text[last:]])


#: The e-mail address the rules read (:class:`AddressPattern`: ``finditer``, ``search``,
#: ``sub``).
EMAIL_ADDRESS = AddressPattern()


def address_read_as_name(author: str, text: str) -> str | None:
    """The e-mail address ``text`` prints that an author field was read from as a name.

    trafilatura's author cleaning takes "@domain" for a social handle and drops it, then
    splits the rest at its dots: a byline that is only an address ("By
    jtravers@example.com") is read "Jtravers Com".

    Parameters
    ----------
    author : str
        The author field as read.
    text : str
        The page's text (its markup will do: the address is searched as printed).

    Returns
    -------
    str or None
        The address whose local part and top-level label, letters and digits only,
        spell ``author``'s letters and digits (case folded); None for any other field.
    """
    spelled = "".join(char for char in author.casefold() if char.isalnum())
    if not spelled or "@" not in text:
        return None
    for match in EMAIL_ADDRESS.finditer(text):
        local, domain = match.group("local"), match.group("domain")
        parts = local + domain.rsplit(".", 1)[-1]
        if local and "".join(char for char in parts.casefold() if char.isalnum()) == spelled:
            return match.group(0)
    return None
