"""Features of candidate site names and their weights (stage: candidates -> scores).

The second step of :func:`analysis.clean.site_name.page_site_name`: for each
:class:`~analysis.clean.site_candidates.Candidate`, :func:`candidate_features` measures
how the page supports it (lines mentioning it, cue hits, masthead, a domain agreeing with
a name, interface words ...) and :data:`SITE_WEIGHTS` weighs the features. The weights
were chosen by cross-validation by site on the metadata benchmark
(``benchmarks/metadata_benchmark.py`` prints the held-out figures).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from analysis.clean.contents_list import contents_sections
from analysis.clean.cyrillic_labels import cyrillic_spells_label
from analysis.clean.header_lines import (
    MIN_MENU_ENTRIES,
    is_label_like,
    menu_items,
    spaced_menu_items,
)
from analysis.clean.interface_words import names_a_control
from analysis.clean.line_gates import PageLines
from analysis.clean.name_forms import closing_plus, compact_name, unaccented
from analysis.clean.newspaper_words import holds_a_name_noun
from analysis.clean.site_candidates import (
    Candidate,
    is_a_domain,
    is_copyright_only,
    name_words,
    story_credits,
)
from analysis.text import LOWER_LETTERS, alnum_and_line_breaks, count_words, is_lower_case

#: Weights of a candidate's features (see :func:`candidate_features`); chosen by
#: cross-validation by site (``benchmarks/metadata_benchmark.py``): the setting with the
#: most dev pages right, then the fewest features off, then the fewest wrong names on the
#: precision corpora (``benchmarks/corpus_outlets.py``) - the setting that rule takes on
#: all dev.
SITE_WEIGHTS: dict[str, float] = {
    "mentions": 0.5,
    "cues": 1.0,
    "masthead": 1.0,  # 2.0 is equal on all dev but names more texts by their first line
    "doubled": 1.0,  # dev is indifferent (0, 1, 2: same held-out); a synthetic case needs it
    "top_masthead": 2.0,  # dev is indifferent (0, 1, 2); 1 alone names nothing (see grid)
    "domain_match": 2.0,
    "is_domain": 2.0,
    "email_domain": 1.0,
    "common_word": -4.0,
    "prefix_lines": 0.0,
    "copyright_agree": 1.0,
    "interface": -2.0,
    "head_of_cue": 2.0,
    "credit": 1.0,
}


def domain_label(domain: str) -> str:
    """A domain's first label, letters and digits only ("my-site" of "my-site.com").

    Parameters
    ----------
    domain : str
        A domain as written, ``www.`` already removed.

    Returns
    -------
    str
        Possibly empty.
    """
    return _NOT_ALNUM.sub("", domain.split(".")[0])


def domain_names(name: str) -> set[str]:
    """The labels a domain of ``name`` may have: compact, its words joined, its initials,
    and the initials of its first words then its next words ("nytimes" of "New York
    Times", "nytimes" of "The New York Times Company"); each also as a domain spells it
    (:func:`~analysis.clean.name_forms.unaccented`: "kumasensem" of "Kumase Nsɛm",
    "diariodosul" of "Diário do Sul").

    Parameters
    ----------
    name : str
        A candidate's name as the page writes it.

    Returns
    -------
    set of str
        Compact labels; the forms joining words use two words or more.
    """
    words = name_words(name)
    names = {compact_name(name), "".join(words)}
    words = [w for w in words if w != "the"]
    for first in range(len(words) + 1):
        initials = "".join(w[0] for w in words[:first])
        names.update(
            initials + "".join(words[first:last])
            for last in range(max(first, 2), len(words) + 1)  # two words or more
        )
    return names | {unaccented(form) for form in names}  # "Nsɛm" at nsem.com.gh


def domain_name_starts(
    name: str, words: list[str] | None = None, compact: str | None = None
) -> set[str]:
    """The letters every label of :func:`domain_names` of ``name`` starts with (a cheap
    test first: most domains of a page cannot be a name's); ``words`` and ``compact``:
    its ``name_words`` and ``compact_name`` when known.

    Parameters
    ----------
    name : str
        A site name as printed.
    words : list of str, optional
        Its :func:`name_words`; computed when None.
    compact : str, optional
        Its :func:`compact_name`; computed when None.

    Returns
    -------
    set of str
        First letters (``""`` among them when a form is empty).
    """
    words = name_words(name) if words is None else words
    compact = compact_name(name) if compact is None else compact
    after_the = next((word for word in words if word != "the"), "")
    starts = {compact[:1], words[0][:1] if words else "", after_the[:1]}
    return starts | {unaccented(start)[:1] for start in starts}  # "Ɗan Ƙasa" at dankasa.ng


_NOT_ALNUM = re.compile(r"[\W_]+")


def candidate_features(
    lines: Sequence[str],
    candidates: dict[str, Candidate],
    page: PageText | None = None,
    keys: Iterable[str] | None = None,
) -> dict[str, dict[str, float]]:
    """The features of each candidate, by key (what :data:`SITE_WEIGHTS` weighs).

    - ``mentions``: log2(1 + the number of lines mentioning the candidate, compacted);
    - ``cues``: log2(1 + naming-cue hits);
    - ``masthead``: 1 when a top line is only this name and another line writes it
      too, or the line writes it twice, or the site's menu follows it
      (:func:`~analysis.clean.masthead_context.opens_menu`: "Example Daily" over "Home  News
      Sport"); a name written once, on a top line alone over the story, is as often a
      byline, a section label or a kicker: "Analysis");
    - ``doubled``: 1 when that top line writes the name twice (logo text + site title),
      or the page's title line names it ("Headline | Site" above a page that prints the
      headline again: :func:`~analysis.clean.site_phrases.title_line_site`), or a line
      that is only the name stands between two copies of the site's menu, on any line
      (:func:`~analysis.clean.masthead_context.between_copied_menus`: the header printed
      twice); such a line is a masthead over the menu too;
    - ``top_masthead``: 1 when the page's first line that is only a name (not a control's
      label, "Menu") is this name and stands over the story's header, not as its
      headline (:func:`~analysis.clean.masthead_context.heads_the_story`: "Example Ledger"
      over a section label, a menu or the headline, the headline over its byline): a
      masthead printed once at the top;
    - ``domain_match``: 1 when a name and a domain of the page agree
      (:func:`_domain_names`): for a name, a domain written in the page is its own; for
      a domain, a copyright holder's name is its own ("nytimes.com" and "© The New York
      Times Company": the holder's own site, not a parent company's);
    - ``is_domain``: 1 when the candidate is only ever a domain written as an address;
    - ``email_domain``: 1 when it is only ever the domain of e-mail addresses (often a
      mail host, not the site);
    - ``common_word``: 1 when every word of the name is also written in lower case in
      the page (ordinary vocabulary such as a section name: "Business", "Policy"); for
      a masthead set in lower case, outside its own line; never for a name of two words
      or more holding a noun papers are named by ("Harbour Times":
      :func:`~analysis.clean.newspaper_words.holds_a_name_noun`);
    - ``prefix_lines``: log2(1 + the number of distinct short lines the name begins);
    - ``copyright_agree``: 1 when a cue or masthead and a copyright notice both name it,
      unless it is a story's credit (:func:`~analysis.clean.site_candidates.story_credits`:
      "By NAME, X" and X's notice under the story, another holder's notice closing the
      page);
    - ``interface``: 1 when a word of the name is interface text (:data:`INTERFACE_WORDS`:
      "Subscribe", "Log In", "Menu");
    - ``head_of_cue``: 1 when the name is the head of a longer name a cue in a short line
      (:data:`~analysis.clean.site_candidates.CHROME_LINE_WORDS`) gives and more lines
      mention it ("FactLens" of "Keep up to date with FactLens Ohio");
    - ``credit``: 1 when a credit names it ("By NAME | X", "Source: X", "NAME is a
      reporter for X": the site the text or its writer works for).

    Lines are searched as one text per form (compact, spaced words), not one line per
    candidate. ``keys`` limits the candidates measured (default: all); the features of
    one candidate do not depend on which others are measured.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    candidates : dict of str to Candidate
        The page's candidates by key (:func:`collect_candidates`).
    page : PageText, optional
        ``lines`` folded, when the caller has it; built here when None.
    keys : iterable of str, optional
        The candidates to measure; None: all.

    Returns
    -------
    dict of str to dict of str to float
        Key -> feature name -> value, for each key measured.
    """
    evidence = PageCandidates(candidates, page or PageText(lines))
    return {key: evidence.features(key) for key in (candidates if keys is None else keys)}


class PageCandidates:
    """What the features of a page's candidates read from all of them, worked out once;
    each candidate's features measured only when asked (speed: a page has some 50
    candidates, of which some 5 can be chosen).

    Parameters
    ----------
    candidates : dict
        The page's candidates by key (``collect_candidates``).
    page : PageText
        The page's lines, folded.
    """

    def __init__(self, candidates: dict[str, Candidate], page: PageText) -> None:
        self.candidates = candidates
        self.page = page
        self.names = {key: max(c.forms, key=c.forms.get) for key, c in candidates.items()}
        self.domain_labels = [
            (form, domain_label(form))
            for form in (
                next(iter(c.forms)) for c in candidates.values() if is_a_domain(c) or c.linked
            )
        ]
        # copyright holders (not ordinary words: "News"): a domain agreeing with one is
        # the holder's own site
        self.holders = [
            self.names[key]
            for key, c in candidates.items()
            if is_copyright_only(c)
            and not all(page.writes_lower(w) for w in name_words(self.names[key]))
        ]
        self.holder_names = [domain_names(name) for name in self.holders]
        self._mentions: dict[str, int] = {}
        self.heads = _cue_heads(candidates, self.names, self.mentions)
        self.story_credits = story_credits(candidates, page.lines)

    def mentions(self, key: str) -> int:
        """How many lines mention the candidate (:meth:`PageText.mentions`), counted once.

        Parameters
        ----------
        key : str
            A candidate's key.

        Returns
        -------
        int
            Lines, each counted once however often it names the candidate.
        """
        found = self._mentions.get(key)
        if found is None:
            found = self._mentions[key] = self.page.mentions(self.names[key], key)
        return found

    def naming_features(self, key: str) -> dict[str, float]:
        """The two features by which the page itself may name a candidate no cue,
        masthead or domain names (``domain_match``, ``head_of_cue``; see ``is_named``).

        Parameters
        ----------
        key : str
            The candidate, by compact key.

        Returns
        -------
        dict of str to float
            Each feature 0.0 or 1.0.
        """
        return {
            "domain_match": float(self._domain_match(key)),
            "head_of_cue": float(key in self.heads),
        }

    def _domain_match(self, key: str) -> bool:
        candidate, name = self.candidates[key], self.names[key]
        if self._only_domain(candidate):
            label = domain_label(name)
            return len(label) >= 2 and (
                any(label in found for found in self.holder_names)
                or any(cyrillic_spells_label(holder, label) for holder in self.holders)
            )  # "© Ногай Давысы" and nogaydavysy.ru: the label spells it in Latin letters
        if not self.domain_labels:
            return False
        if any(cyrillic_spells_label(name, label) for _, label in self.domain_labels):
            return True  # "Ногай Давысы" of nogaydavysy.ru: a Latin label spelling it
        words = name_words(name)
        firsts = domain_name_starts(name, words, key)
        labels = [
            label
            for form, label in self.domain_labels
            if form != name and len(label) >= 2 and label[0] in firsts
        ]
        if not labels or all(map(self.page.writes_lower, words)):
            return False  # no domain; a common word ("News" and news.example)
        return not domain_names(name).isdisjoint(labels)

    def _lower_text(self, candidate: Candidate, name: str) -> Callable[[str], bool]:
        """Whether the page writes a word in lower case: outside the name's own line for
        a masthead set in lower case ("the morning ledger", whose words are then written
        in lower case only there), anywhere for any other name."""
        if not (is_lower_case(name) and candidate.masthead and candidate.first):
            return self.page.writes_lower
        own = candidate.first[0]
        rest = PageText([line for i, line in enumerate(self.page.lines) if i != own])
        return rest.writes_lower

    @staticmethod
    def _only_domain(candidate: Candidate) -> bool:
        return is_a_domain(candidate) and not (candidate.cues or candidate.masthead)

    def features(self, key: str, weights: dict[str, float] | None = None) -> dict[str, float]:
        """The features of one candidate (:func:`candidate_features`). ``prefix_lines``,
        read by nothing but the score, is measured only when ``weights`` (default: all
        measured) weigh it, else 0.0: its view of the page (the sorted heads of the short
        lines) is the costliest, and its weight is 0 in :data:`SITE_WEIGHTS`.

        Parameters
        ----------
        key : str
            Which candidate (its compact key).
        weights : dict of str to float, optional
            The weights the score will use.

        Returns
        -------
        dict of str to float
            Every feature of :data:`SITE_WEIGHTS`, by name.
        """
        candidate, name = self.candidates[key], self.names[key]
        words = name_words(name)
        only_domain = self._only_domain(candidate)
        # (a paper's noun in a name of two words or more marks no ordinary vocabulary:
        # "Harbour Times" on a page writing "harbour" and "three times")
        common = (
            not only_domain
            and not holds_a_name_noun(name)
            and all(map(self._lower_text(candidate, name), words))
        )
        prefix_lines = 0.0
        if weights is None or weights.get("prefix_lines", 0.0):
            prefix_lines = math.log2(1 + self.page.heads_starting(f" {' '.join(words)} "))
        return {
            "mentions": math.log2(1 + self.mentions(key)),
            "cues": math.log2(1 + candidate.cues),
            "masthead": float(
                candidate.masthead
                and (candidate.doubled or candidate.over_menu or self.mentions(key) > 1)
            ),
            "doubled": float(candidate.doubled),
            "top_masthead": float(candidate.top),
            "domain_match": float(self._domain_match(key)),
            "is_domain": float(only_domain and candidate.is_domain),
            "email_domain": float(only_domain and not candidate.is_domain),
            "common_word": float(common),
            "prefix_lines": prefix_lines,
            "copyright_agree": float(
                candidate.copyright
                and not is_copyright_only(candidate)
                and key not in self.story_credits
            ),
            "interface": float(names_a_control(words) or key in self.page.sections),
            "head_of_cue": float(key in self.heads),
            "credit": float(candidate.credited),
        }


def _cue_heads(
    candidates: dict[str, Candidate], names: dict[str, str], mentions: Callable[[str], int]
) -> set[str]:
    """Keys of candidates that are the leading words of a name a cue gives and that more
    lines mention than that name ("TQR" of "Subscribe to TQR Magazine")."""
    heads: set[str] = set()
    for key, candidate in candidates.items():
        if not candidate.chrome_cue:
            continue
        words = names[key].split()
        for size in range(len(words) - 1, 0, -1):
            head = compact_name(" ".join(words[:size]))
            if head in candidates and mentions(head) > mentions(key):
                heads.add(head)
                break
    return heads


# A written address: a run of non-spaces with a dot, "@" or "/" before a lower-case
# letter. Anchored at the run's start, so no position inside a word is tried again; the
# run up to its first dot, "@" or "/" taken once (possessive: giving back a character of
# it can never put one of those next, so a word without one fails at its end at once).
_ADDRESS = re.compile(r"(?<!\S)[^\s.@/]*+[.@/]\S*[a-z]\S*")
# a word in lower case, in any script with case ("news", "новости")
_LOWER_WORD = re.compile(rf"(?<![^\W\d_])[{LOWER_LETTERS}]+(?![^\W\d_])")


def _without_the(line: str) -> str:
    """A case-folded line without its first word when that is "the" and more follow
    (``compact_name`` drops a leading "the"; the spaces go with the other non-letters)."""
    if line.lstrip()[:3] != "the":  # most lines: no split
        return line
    words = line.split(maxsplit=1)
    return words[1] if len(words) > 1 and words[0] == "the" else line


_TOKEN_REST = re.compile(r"\S*")
#: Occurrences of a word :meth:`PageText.writes_lower` tests before it reads every word.
MAX_WORD_TRIES = 16
# Any address, in any case: a run of non-spaces with a dot, "@" or "/" before a letter
# or digit ("U.S." too: no site's name)
_ANY_ADDRESS = re.compile(r"(?<!\S)[^\s.@/]*+[.@/][^\W_]\S*")
_WORD = re.compile(r"[^\W_]+")


class _JoinedLines(PageLines):
    """Lines joined into one text, to count the lines holding a needle in one search."""

    def lines_with(self, needle: str) -> int:
        """How many lines hold ``needle`` (which holds no line break)."""
        return len(self.lines_holding((needle,)))


# What a menu line holds: a separator between spaces, or a gap of two spaces. (The
# separator is matched and the spaces looked around: a search then scans for the
# separator's characters, not from every space; only its truthiness is read.)
_MENU_SEPARATOR_HINT = re.compile(r"[|｜>»›/·•](?<=\s.)(?=\s)")
# A list's first entry opening with its label and a colon ("Our network: Example Voice",
# "Sister sites: ..."): a label of one to three words, no menu's entry.
_LABELLED_ENTRY = re.compile(r"\s*[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s+\S")


class PageText:
    """A page's lines as :func:`candidate_features` searches them: compacted, as spaced
    words, the sorted heads of short lines, the words written in lower case.

    Each view is built when first used: the compact lines from the joined text (NFKC,
    casefold and one deletion of all but letters and digits for the whole page, a
    leading "the" dropped), the spaced words only for the lines a search needs;
    ``tests/test_site_name_work.py`` checks each equals folding the page line by line.
    """

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.text = "\n".join(lines)
        self._lower: dict[str, bool] = {}
        self._spaced: dict[str, str] = {}

    @functools.cached_property
    def sections(self) -> frozenset[str]:
        """Compact keys of the entries after the first of the page's menu lines (three
        short entries or more between separators or runs of two spaces) and of its
        numbered tables of contents and their headings
        (:func:`~analysis.clean.contents_list.contents_sections`):
        sections, not the site ("Obituaries" of "News  Sports  Obituaries  Opinion"). A
        list whose first entry opens with a label and its colon is no menu: a footer's
        list of the group's sites ("Our network: Example Voice · Example Today"), the
        page's own masthead among them."""
        keys = set()
        for line in dict.fromkeys(self.lines):  # (a menu printed twice is read once)
            # (most lines hold neither a menu's separator nor a gap: found at once)
            items = (menu_items(line) if _MENU_SEPARATOR_HINT.search(line) else []) or (
                spaced_menu_items(line) if "  " in line else []
            )
            if items and _LABELLED_ENTRY.match(items[0]):
                continue
            if len(items) >= MIN_MENU_ENTRIES and all(map(is_label_like, items)):
                keys.update(compact_name(item) for item in items[1:])
        # a numbered table of contents lists sections too ("1. Miestas (2 straipsniai)")
        keys.update(compact_name(entry) for entry in contents_sections(self.lines))
        return frozenset(keys)

    @functools.cached_property
    def compact(self) -> _JoinedLines:
        """Each line as ``compact_name`` folds it (NFKC, case-folded, a closing plus
        read "plus", a leading "the" dropped, only letters and digits), joined."""
        text = self.text
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        folded = "\n".join(_without_the(closing_plus(line)) for line in text.casefold().split("\n"))
        return _JoinedLines.of_text(alnum_and_line_breaks(folded))

    @functools.cached_property
    def _folded(self) -> _JoinedLines:
        return _JoinedLines.of_text(self.text.casefold())

    def _spaced_line(self, line: str) -> str:
        """The line's words (``name_words``) between single spaces, folded once."""
        spaced = self._spaced.get(line)
        if spaced is None:
            spaced = self._spaced[line] = f" {' '.join(name_words(line))} "
        return spaced

    @property
    def spaced(self) -> _JoinedLines:
        """Each line's words (``name_words``) between single spaces, joined."""
        return _JoinedLines([self._spaced_line(line) for line in self.lines])

    @functools.cached_property
    def heads(self) -> list[str]:
        """The spaced words of the distinct lines of 2-8 words, sorted, without the
        trailing space."""
        short = [line for line in dict.fromkeys(self.lines) if 1 < count_words(line) <= 8]
        return sorted({self._spaced_line(line)[:-1] for line in short})

    @functools.cached_property
    def lower_words(self) -> set[str]:
        """The words written in lower case in the page's prose, not in its addresses
        ("citypaper" in "citypaper.com" is no common word)."""
        distinct = "\n".join(dict.fromkeys(self.lines))  # the distinct lines: the same words
        return set(_LOWER_WORD.findall(_ADDRESS.sub(" ", distinct)))

    def writes_lower(self, word: str) -> bool:
        """``word in self.lower_words``, found from the word's own occurrences in the page
        (a few ``str.find`` calls) unless the set is built already.

        Parameters
        ----------
        word : str
            A case-folded word (:func:`name_words`).

        Returns
        -------
        bool
            Whether the page writes it in lower case somewhere.
        """
        found = self._lower.get(word)
        if found is None:
            found = self._lower[word] = self._writes_lower(word)
        return found

    def _writes_lower(self, word: str) -> bool:
        if "lower_words" in self.__dict__ or not word:
            return word in self.lower_words
        if not _LOWER_WORD.fullmatch(word):
            return False
        text = self.text
        position = text.find(word)
        for _ in range(MAX_WORD_TRIES):
            if position == -1:
                return False
            start = position
            while start and not text[start - 1].isspace():
                start -= 1
            token = _TOKEN_REST.match(text, position).group()
            token = text[start:position] + token
            if not _ADDRESS.match(token) and word in _LOWER_WORD.findall(token):
                return True
            position = text.find(word, position + len(word))
        return word in self.lower_words  # too many tries: the whole page's words

    @functools.cached_property
    def written_words(self) -> frozenset[str]:
        """The words the page writes outside addresses, case-folded ("wday" of "the Wday
        newsletter", not of "wday.ru_legal@host.ru" or "XXX.EXAMPLE.RU"); built when
        first used (only to rank tied domains)."""
        distinct = "\n".join(dict.fromkeys(self.lines))
        return frozenset(w.casefold() for w in _WORD.findall(_ANY_ADDRESS.sub(" ", distinct)))

    def mentions(self, name: str, key: str | None = None) -> int:
        """How many lines mention ``name`` (compacted when its key is 6 letters or more,
        also as a domain spells it, :func:`~analysis.clean.name_forms.unaccented`; else as
        whole words).

        Parameters
        ----------
        name : str
            A candidate's name as written.
        key : str, optional
            Its :func:`compact_name`; computed when None.

        Returns
        -------
        int
            Lines holding the name.
        """
        key = compact_name(name) if key is None else key
        if len(key) >= 6:  # and as a domain spells it ("vestfjardabladid" of
            # "Vestfjarðablaðið": an e-mail address, a link at the site's domain)
            return len(self.compact.lines_holding(dict.fromkeys((key, unaccented(key)))))
        words = name_words(name)
        needle = f" {' '.join(words)} "
        if not words:
            return self.spaced.lines_with(needle)
        # only the lines holding the first word (case-folded) are spaced and searched
        lines = self.lines
        return sum(
            needle in self._spaced_line(lines[i]) for i in self._folded.lines_holding(words[:1])
        )

    def heads_starting(self, spaced: str) -> int:
        """How many distinct short-line heads begin with ``spaced`` and go on.

        Parameters
        ----------
        spaced : str
            Words joined and wrapped in single spaces, as in :attr:`heads`.

        Returns
        -------
        int
            Heads equal to ``spaced`` do not count.
        """
        count = 0
        for head in itertools.islice(self.heads, bisect.bisect_left(self.heads, spaced), None):
            if not head.startswith(spaced):
                break
            count += len(head) > len(spaced)
        return count
