"""The site's own name in a page's text (stage: page text -> outlet evidence).

Reads a page's lines and writes nothing; :func:`page_site_name` gives the name a text
dump calls its own site, for :func:`analysis.clean.outlet.decide_outlet`. No site is
known in advance: names are found from how pages name their site.

Candidates are phrases found in *naming cues* (read line by line in
:mod:`analysis.clean.site_phrases`):

- a masthead: a short line at the top of the page that is only a name (one name written
  twice, ``XX`` + ``XX``, logo text glued to the site title, also counts as a cue);
- site chrome around a name: ``About X``, ``Contact X``, ``Follow X``, ``Support X``,
  ``Subscribe to X``, ``Sign up for X``, ``More from X``, ``Advertise with X``,
  ``Welcome to X``, ``Keep up to date with X``, ``Want more X``, ``X Newsletters``,
  ``X Staff``, ``X homepage``, ``X app``; the leading words of such a name are
  candidates too ("X" of "Subscribe to X Magazine");
- credits: ``By NAME | X``, ``NAME, X`` after a byline, ``reporter for X``,
  ``Originally published on X``, ``Source: X``;
- a domain name written in the text (``example.com``; ``© example.com``; a domain in
  an e-mail address's local part, ``example.com_legal@host.com``) and, weighed apart,
  the domain of an e-mail address (often a mail host's);
- the holder of a ``© 2025 X`` notice, of a notice without a sign (``2025 X, Inc. All
  Rights Reserved``) or of an imprint line (``X GmbH``), counted apart: a copyright
  holder is often a parent company, so it names the site only when nothing else does
  (source ``copyright``), unless a cue or a domain of the page agrees with it.

Each candidate (phrases that compact to the same letters are one candidate) is scored
with :data:`SITE_WEIGHTS`: lines of the page that mention it, cue hits, masthead,
whether a domain and a name of the page agree, whether it is itself a domain, whether a
notice agrees with a cue, whether it is interface text. The weights were chosen by
cross-validation by site on the metadata benchmark (``benchmarks/metadata_benchmark.py``
prints the held-out figures).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.clean.outlet import compact_name, name_matches_domain
from analysis.clean.site_phrases import (
    DOMAIN,
    MAX_NAME_WORDS,
    is_doubled,
    line_phrases,
    masthead_name,
    trim_phrase,
)
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import clean_name, count_words

#: How many lines from the top of the page a masthead line is looked for in.
MASTHEAD_LINES = 12

#: Weights of a candidate's features (see :func:`candidate_features`); chosen by
#: cross-validation by site (``benchmarks/metadata_benchmark.py``).
SITE_WEIGHTS: dict[str, float] = {
    "mentions": 0.5,
    "cues": 1.0,
    "masthead": 1.0,  # 2.0 is best on all dev (+1 page) but names 4 pages by menu text
    "doubled": 1.0,  # dev is indifferent (0, 1, 2: same held-out); a synthetic case needs it
    "domain_match": 4.0,
    "is_domain": 2.0,
    "email_domain": 1.0,
    "common_word": -4.0,
    "prefix_lines": 0.0,
    "copyright_agree": 1.0,
    "interface": -2.0,
    "head_of_cue": 2.0,
}
#: Words of a site's interface (menus, buttons, forms): a name holding one is a control,
#: not the site ("Subscribe", "Log In", "Breaking News Emails"). Vocabulary, not names.
INTERFACE_WORDS = frozenset(
    {
        "subscribe",
        "subscriber",
        "subscribers",
        "subscription",
        "login",
        "log",
        "logout",
        "sign",
        "signin",
        "signup",
        "register",
        "menu",
        "search",
        "sections",
        "section",
        "home",
        "homepage",
        "newsletter",
        "newsletters",
        "email",
        "emails",
        "alerts",
        "notifications",
        "account",
        "share",
        "close",
        "skip",
        "next",
        "previous",
        "continue",
        "reading",
        "cookies",
        "privacy",
        "terms",
        "help",
        "settings",
        "download",
        "notice",
        "learn",
        "comments",
        "reply",
        "contact",
    }
)
#: Words that end a company's name, not a site's ("Example Media Group"): vocabulary.
COMPANY_WORDS = frozenset(
    {
        "media",
        "group",
        "network",
        "networks",
        "communications",
        "entertainment",
        "company",
        "corporation",
        "corp",
        "holdings",
        "publishing",
        "publications",
        "inc",
        "llc",
        "ltd",
    }
)
#: A line of at most this many words is site chrome (a menu, a notice, a credit), not
#: prose: the heads of the names its cues give are candidates (``head_of_cue``). The
#: chrome cues behind the dev gains ("Subscribe to X Magazine", "Keep up to date with X
#: State", "X Editorial Staff") have 4-8 words; prose cues ("... Support NAME", "chairman
#: of the Senate Armed Services Committee") sit in lines of 12 and more.
CHROME_LINE_WORDS = 10
#: A named candidate must score above this to win over a copyright holder (last resort).
SITE_MIN_SCORE = 3.0
#: With no copyright holder, a named candidate must still score above this, else the
#: site is unknown. On dev (library weights) every right name without a holder scores
#: 2.0 or more and 8 wrong ones ("Blog", "Notice", "Breaking News Emails") 1.5 or less:
#: outlet_any was the same for any value in [1.5, 2.0) when it was set (held-out 0.62) and
#: 8 wrong names become "unknown site"; the lowest value of that gap is taken.
NAMED_MIN_SCORE = 1.5

_CALENDAR = re.compile(
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?"
    r"|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday"
)


@dataclass(frozen=True)
class SiteName:
    """A page's own site name and where in the page it was read.

    Attributes
    ----------
    name : str
        The name as the page writes it.
    source : str
        ``page`` (naming cues) or ``copyright`` (only a copyright notice names it).
    line_no : int
        A line that holds the name (its masthead or first cue).
    start, end : int
        The name's span in that line.
    """

    name: str
    source: str
    line_no: int
    start: int
    end: int


@dataclass
class _Candidate:
    forms: dict[str, int] = field(default_factory=dict)  # name as written -> count
    cues: int = 0
    masthead: bool = False
    doubled: bool = False  # a masthead written twice (logo text + site title)
    copyright: bool = False
    is_domain: bool = False
    linked: bool = False  # a domain seen only in links to pages (``x.com/path``)
    emailed: bool = False  # the domain of an e-mail address
    chrome_cue: bool = False  # a cue in a short line (site chrome, not prose)
    prefix: bool = False
    first: tuple[int, int, int] | None = None  # line, start, end

    def add(self, form: str, where: tuple[int, int, int]) -> None:
        self.forms[form] = self.forms.get(form, 0) + 1
        if self.first is None or where < self.first:
            self.first = where


def page_site_name(
    lines: Sequence[str],
    weights: dict[str, float] | None = None,
    min_score: float = SITE_MIN_SCORE,
) -> SiteName | None:
    """The page's own site name, or None when nothing in the page names its site.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    weights : dict, optional
        Feature weights (default :data:`SITE_WEIGHTS`).
    min_score : float
        The score a named candidate needs to beat a copyright holder.

    Returns
    -------
    SiteName or None
        The best-scored candidate; source ``copyright`` when only a copyright notice
        names it.
    """
    candidates = collect_candidates(lines)
    if not candidates:
        return None
    page = _PageText(lines)
    features = candidate_features(lines, candidates, page)
    key = choose_candidate(candidates, features, weights or SITE_WEIGHTS, min_score)
    if key is None:
        return None
    chosen = candidates[key]
    source = "copyright" if is_copyright_only(chosen) else "page"
    if features[key]["domain_match"] and _is_a_domain(chosen):
        chosen = _holder_named_like(candidates, written_form(chosen)) or chosen
    name = written_form(chosen)
    line_no, start, end = chosen.first or (0, 0, 0)
    if source == "copyright":
        name = _holder_head(page, name)
        end = start + len(name) if lines[line_no][start:].startswith(name) else end
    return SiteName(clean_name(name), source, line_no, start, end)  # no invisible characters


def _holder_head(page: _PageText, holder: str) -> str:
    """A copyright holder's name without its trailing company words (:data:`COMPANY_WORDS`)
    when more lines of the page write it so ("Example" of "© Example Media": the name the
    site itself uses); else the name."""
    words = holder.split()
    size = len(words)
    while size > 1 and words[size - 1].casefold() in COMPANY_WORDS:
        size -= 1
    head = _accepted_form(" ".join(words[:size])) if size < len(words) else None
    if head is None or all(w in page.lower_words for w in _words(head[0])):
        return holder
    return head[0] if page.mentions(head[0], head[1]) > page.mentions(holder) else holder


def _holder_named_like(candidates: dict[str, _Candidate], domain: str) -> _Candidate | None:
    """The copyright holder that is the chosen domain's own name, to show it ("Example
    Daily" for "exampledaily.com" and "© Example Daily"), else None."""
    for key in sorted(candidates):
        holder = candidates[key]
        if is_copyright_only(holder) and name_matches_domain(written_form(holder), domain):
            return holder
    return None


def choose_candidate(
    candidates: dict[str, _Candidate],
    features: dict[str, dict[str, float]],
    weights: dict[str, float],
    min_score: float,
) -> str | None:
    """The key of the site name: the best-scored candidate named by the page's cues,
    masthead or domains (:func:`is_named`) when it scores above ``min_score``; else, as
    a last resort, the copyright holder mentioned most. Without a copyright holder the
    named candidate must still score above :data:`NAMED_MIN_SCORE` (one top line that
    is only a menu item, "Breaking News Emails", names no site). None when nothing is
    left."""
    named = sorted(k for k, c in candidates.items() if is_named(c, features[k]))
    holders = sorted(k for k, c in candidates.items() if is_copyright_only(c))
    if named:
        best = max(named, key=lambda k: _score(features[k], weights))
        score = _score(features[best], weights)
        if score > min_score or (not holders and score > NAMED_MIN_SCORE):
            return best
    if holders:
        return max(holders, key=lambda k: features[k]["mentions"])
    return None


def is_named(candidate: _Candidate, features: dict[str, float]) -> bool:
    """True for a candidate a naming cue, a masthead or a domain supports.

    A phrase the page merely repeats (a country in the news, a section name) is not a
    site name, however often it is written.
    """
    if is_copyright_only(candidate):
        return False
    return bool(candidate.cues or candidate.masthead or _is_a_domain(candidate)) or bool(
        features.get("domain_match") or features.get("head_of_cue")
    )


def is_copyright_only(candidate: _Candidate) -> bool:
    """True for a candidate only a copyright notice names (no cue, no masthead), unless
    the holder is a domain (the site's own address)."""
    return candidate.copyright and not (candidate.cues or candidate.masthead or candidate.is_domain)


def written_form(candidate: _Candidate) -> str:
    """The candidate's name as shown: a written-out form first, then the most frequent."""
    return max(sorted(candidate.forms), key=lambda f: (_form_rank(f), candidate.forms[f]))


def _score(features: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def _form_rank(form: str) -> int:
    """Prefer a written-out name ("Fox News") over a domain or an all-capitals form."""
    return (" " in form) + (not form.isupper()) + ("." not in form)


def collect_candidates(lines: Sequence[str]) -> dict[str, _Candidate]:
    """Candidate site names by compact key, with their cues, masthead and copyright flags.

    Each distinct line is searched once (menus and footers repeat lines); each distinct
    phrase is checked once (:func:`_accepted_form`).
    """
    candidates: dict[str, _Candidate] = {}
    checked: dict[str, tuple[str, str, bool] | None] = {}
    searched: dict[str, tuple[str, list[tuple[str, tuple[int, int], str]]]] = {}

    def add(form: str, where: tuple[int, int, int], kind: str) -> None:
        if form not in checked:
            checked[form] = _accepted_form(form)
        accepted = checked[form]
        if accepted is None:
            return
        form, key, has_domain = accepted
        if has_domain and kind not in ("domain", "link", "email", "domain_notice"):
            return  # "Powered by Example.com": the domain is its own candidate
        candidate = candidates.setdefault(key, _Candidate())
        candidate.add(form, where)
        if kind in ("cue", "doubled"):
            candidate.cues += 1  # a doubled masthead is also a naming cue
            candidate.chrome_cue = candidate.chrome_cue or where[0] in short_lines
            candidate.doubled = candidate.doubled or kind == "doubled"
        elif kind == "masthead":
            candidate.masthead = True
        elif kind == "copyright":
            candidate.copyright = True
        elif kind == "domain":
            candidate.is_domain = True
        elif kind == "link":
            candidate.linked = True
        elif kind == "email":
            candidate.emailed = True
        elif kind == "domain_notice":  # "© example.com": the site's own address
            candidate.is_domain = candidate.copyright = True
        elif kind == "prefix":
            candidate.prefix = True

    short_lines = {i for i, raw in enumerate(lines) if count_words(raw) <= CHROME_LINE_WORDS}
    for i, raw in enumerate(lines):
        if raw not in searched:
            searched[raw] = line_phrases(raw)
        line, phrases = searched[raw]
        if i < MASTHEAD_LINES and (masthead := masthead_name(line)):
            add(masthead[0], (i, *masthead[1]), "masthead")
            if is_doubled(line.strip()):
                add(masthead[0], (i, *masthead[1]), "doubled")  # logo text + site title
        for form, span, kind in phrases:
            add(form, (i, *span), kind)
    for candidate in [c for c in candidates.values() if c.chrome_cue]:
        # the heads of a cued name ("Example Wire" of "Follow Example Wire Sports"), for
        # the ``head_of_cue`` feature; flagged by nothing, they name no site by themselves
        form = max(candidate.forms, key=candidate.forms.get)
        line_no, start, _ = candidate.first or (0, 0, 0)
        words = form.split()
        for size in range(1, min(len(words), MAX_NAME_WORDS)):
            head = " ".join(words[:size])
            if compact_name(trim_phrase(head)) not in candidates:
                add(head, (line_no, start, start + len(head)), "head")
    return candidates


def _accepted_form(form: str) -> tuple[str, str, bool] | None:
    """(trimmed form, compact key, whether it holds a domain) of a phrase that may name a
    site; None for a phrase too short or too long, or made only of function words or
    calendar words ("About Us", "Follow Me", "November"; but "The Sun" is a name)."""
    form = trim_phrase(form)
    key = compact_name(form)
    if len(key) < 2 or count_words(form) > MAX_NAME_WORDS:
        return None
    words = _words(form)
    if all(word in FUNCTION_WORDS or _CALENDAR.fullmatch(word) for word in words) and not (
        len(words) > 1 and words[0] == "the" and any(_CALENDAR.fullmatch(w) for w in words)
    ):
        return None
    return form, key, bool(DOMAIN.search(form))


def _names_domain(name: str, domain: str) -> bool:
    """True when the domain's label is the name written without spaces (or its initials)."""
    label = _domain_label(domain)
    return len(label) >= 2 and label in _domain_names(name)


def _domain_label(domain: str) -> str:
    """A domain's first label, letters and digits only ("my-site" of "my-site.com")."""
    return _NOT_ALNUM.sub("", domain.split(".")[0])


def _domain_names(name: str) -> set[str]:
    """The labels a domain of ``name`` may have: compact, its words joined, its initials,
    and the initials of its first words then its next words ("nytimes" of "New York
    Times", "nytimes" of "The New York Times Company")."""
    words = _words(name)
    names = {compact_name(name), "".join(words)}
    words = [w for w in words if w != "the"]
    for first in range(len(words) + 1):
        initials = "".join(w[0] for w in words[:first])
        names.update(
            initials + "".join(words[first:last])
            for last in range(max(first, 2), len(words) + 1)  # two words or more
        )
    return names


_WORD = re.compile(r"[^\W_]+")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def candidate_features(
    lines: Sequence[str], candidates: dict[str, _Candidate], page: _PageText | None = None
) -> dict[str, dict[str, float]]:
    """The features of each candidate, by key (what :data:`SITE_WEIGHTS` weighs).

    - ``mentions``: log2(1 + the number of lines mentioning the candidate, compacted);
    - ``cues``: log2(1 + naming-cue hits);
    - ``masthead``: 1 when a top line is only this name;
    - ``doubled``: 1 when that top line writes the name twice (logo text + site title);
    - ``domain_match``: 1 when a name and a domain of the page agree
      (:func:`_domain_names`): for a name, a domain written in the page is its own; for
      a domain, a copyright holder's name is its own ("nytimes.com" and "© The New York
      Times Company": the holder's own site, not a parent company's);
    - ``is_domain``: 1 when the candidate is only ever a domain written as an address;
    - ``email_domain``: 1 when it is only ever the domain of e-mail addresses (often a
      mail host, not the site);
    - ``common_word``: 1 when every word of the name is also written in lower case in
      the page (ordinary vocabulary such as a section name: "Business", "Policy");
    - ``prefix_lines``: log2(1 + the number of distinct short lines the name begins);
    - ``copyright_agree``: 1 when a cue or masthead and a copyright notice both name it;
    - ``interface``: 1 when a word of the name is interface text (:data:`INTERFACE_WORDS`:
      "Subscribe", "Log In", "Menu");
    - ``head_of_cue``: 1 when the name is the head of a longer name a cue in a short line
      (:data:`CHROME_LINE_WORDS`) gives and more lines mention it ("PolitiFact" of
      "Keep up to date with PolitiFact West Virginia").

    Lines are searched as one text per form (compact, spaced words), not one line per
    candidate.
    """
    page = page or _PageText(lines)
    lower_words = page.lower_words
    names = {key: max(c.forms, key=c.forms.get) for key, c in candidates.items()}
    domain_labels = [
        (form, _domain_label(form))
        for form in (
            next(iter(c.forms)) for c in candidates.values() if _is_a_domain(c) or c.linked
        )
    ]
    # copyright holders (not ordinary words: "News"): a domain agreeing with one is the
    # holder's own site
    holder_names = [
        _domain_names(names[key])
        for key, c in candidates.items()
        if is_copyright_only(c) and not all(w in lower_words for w in _words(names[key]))
    ]
    mentions = {key: page.mentions(names[key], key) for key in candidates}
    heads = _cue_heads(candidates, names, mentions)
    features: dict[str, dict[str, float]] = {}
    for key, candidate in candidates.items():
        name = names[key]
        words = _words(name)
        only_domain = _is_a_domain(candidate) and not (candidate.cues or candidate.masthead)
        if only_domain:
            label = _domain_label(name)
            matches = len(label) >= 2 and any(label in found for found in holder_names)
        else:
            labels = _domain_names(name)
            matches = any(
                len(label) >= 2 and label in labels for form, label in domain_labels if form != name
            )
        common = not only_domain and all(w in lower_words for w in words)
        features[key] = {
            "mentions": math.log2(1 + mentions[key]),
            "cues": math.log2(1 + candidate.cues),
            "masthead": float(candidate.masthead),
            "doubled": float(candidate.doubled),
            "domain_match": float(matches and not common),  # "News" and news.example
            "is_domain": float(only_domain and candidate.is_domain),
            "email_domain": float(only_domain and not candidate.is_domain),
            "common_word": float(common),
            "prefix_lines": math.log2(1 + page.heads_starting(f" {' '.join(words)} ")),
            "copyright_agree": float(candidate.copyright and not is_copyright_only(candidate)),
            "interface": float(any(w in INTERFACE_WORDS for w in words)),
            "head_of_cue": float(key in heads),
        }
    return features


def _is_a_domain(candidate: _Candidate) -> bool:
    return candidate.is_domain or candidate.emailed


def _cue_heads(
    candidates: dict[str, _Candidate], names: dict[str, str], mentions: dict[str, int]
) -> set[str]:
    """Keys of candidates that are the leading words of a name a cue gives and that more
    lines mention than that name ("CRN" of "Subscribe to CRN Magazine")."""
    heads: set[str] = set()
    for key, candidate in candidates.items():
        if not candidate.chrome_cue:
            continue
        words = names[key].split()
        for size in range(len(words) - 1, 0, -1):
            head = compact_name(" ".join(words[:size]))
            if head in candidates and mentions[head] > mentions[key]:
                heads.add(head)
                break
    return heads


_ADDRESS = re.compile(r"\S*[.@/]\S*[a-z]\S*")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zà-ÿ]+(?![^\W\d_])")


class _JoinedLines:
    """Lines joined into one text, to count the lines holding a needle in one search."""

    def __init__(self, lines: list[str]) -> None:
        self.text = "\n".join(lines)
        self.starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))

    def lines_with(self, needle: str) -> int:
        """How many lines hold ``needle`` (which holds no line break)."""
        count, position = 0, self.text.find(needle)
        while position != -1:
            count += 1
            line = bisect.bisect_right(self.starts, position)  # the next line's index
            if line >= len(self.starts):
                break
            position = self.text.find(needle, self.starts[line])
        return count


class _PageText:
    """A page's lines as :func:`candidate_features` searches them, each distinct line
    folded once: compacted, as spaced words, and the sorted heads of short lines."""

    def __init__(self, lines: Sequence[str]) -> None:
        folded: dict[str, tuple[str, str, str | None]] = {}
        for line in lines:
            if line not in folded:
                words = " ".join(_words(line))
                head = f" {words}" if 1 < count_words(line) <= 8 else None
                folded[line] = (compact_name(line), f" {words} ", head)
        self.compact = _JoinedLines([folded[line][0] for line in lines])
        self.spaced = _JoinedLines([folded[line][1] for line in lines])
        self.heads = sorted({head for _, _, head in folded.values() if head is not None})
        # words of the prose, not of addresses: "sfgate" in "sfgate.com" is no common word
        self.lower_words = set(_LOWER_WORD.findall(_ADDRESS.sub(" ", "\n".join(lines))))

    def mentions(self, name: str, key: str | None = None) -> int:
        """How many lines mention ``name`` (compacted when its key is 6 letters or more,
        else as whole words)."""
        key = compact_name(name) if key is None else key
        if len(key) >= 6:
            return self.compact.lines_with(key)
        return self.spaced.lines_with(f" {' '.join(_words(name))} ")

    def heads_starting(self, spaced: str) -> int:
        """How many distinct short-line heads begin with ``spaced`` and go on."""
        count = 0
        for head in itertools.islice(self.heads, bisect.bisect_left(self.heads, spaced), None):
            if not head.startswith(spaced):
                break
            count += len(head) > len(spaced)
        return count
