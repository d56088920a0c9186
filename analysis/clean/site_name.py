"""The site's own name in a page's text (stage: page text -> outlet evidence).

Reads a page's lines and writes nothing; :func:`page_site_name` gives the name a text
dump calls its own site, for :func:`analysis.clean.outlet.decide_outlet`. No site is
known in advance: names are found from how pages name their site.

Candidates are phrases found in *naming cues*:

- a masthead: a short line at the top of the page that is only a name (one name written
  twice, ``XX`` + ``XX``, logo text glued to the site title, also counts as a cue);
- site chrome around a name: ``About X``, ``Contact X``, ``Follow X``, ``Support X``,
  ``Subscribe to X``, ``Sign up for X``, ``More from X``, ``Advertise with X``,
  ``Welcome to X``, ``X Newsletters``, ``X Staff``, ``X homepage``, ``X app``;
- credits: ``By NAME | X``, ``NAME, X`` after a byline, ``reporter for X``,
  ``Originally published on X``, ``Source: X``;
- a domain name written in the text (``example.com``, an e-mail address's domain);
- the holder of a ``© 2025 X`` notice, counted apart: a copyright holder is often a
  parent company, so it names the site only when nothing else does (source
  ``copyright``).

Each candidate (phrases that compact to the same letters are one candidate) is scored
with :data:`SITE_WEIGHTS`: lines of the page that mention it, cue hits, masthead,
whether a domain written in the page matches it, and whether it is itself a domain.
The weights were chosen by cross-validation by site on the metadata benchmark
(``benchmarks/metadata_benchmark.py`` prints the held-out figures).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.clean.outlet import compact_name, is_public_domain
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import clean_name, count_words

#: How many lines from the top of the page a masthead line is looked for in.
MASTHEAD_LINES = 12
#: Longest candidate name, in words.
MAX_NAME_WORDS = 5

#: Weights of a candidate's features (see :func:`candidate_features`); chosen by
#: cross-validation by site (``benchmarks/metadata_benchmark.py``).
SITE_WEIGHTS: dict[str, float] = {
    "mentions": 0.5,
    "cues": 1.0,
    "masthead": 1.0,
    "doubled": 1.0,  # dev is indifferent (0, 1, 2: same held-out); a synthetic case needs it
    "domain_match": 4.0,
    "is_domain": 2.0,
    "common_word": -2.0,
    "prefix_lines": 0.0,
}
#: A named candidate must score above this to win over a copyright holder (last resort).
SITE_MIN_SCORE = 3.0
#: With no copyright holder, a named candidate must still score above this, else the
#: site is unknown. On dev (library weights) every right name without a holder scores
#: 2.0 or more and 8 wrong ones ("Blog", "Notice", "Breaking News Emails") 1.5 or less:
#: outlet_any was the same for any value in [1.5, 2.0) when it was set (held-out 0.62) and
#: 8 wrong names become "unknown site"; the lowest value of that gap is taken.
NAMED_MIN_SCORE = 1.5

# A name: capitalized words (a particle may join them), an ALL-CAPS or CamelCase word,
# or a dotted name ("Phys.org", "Express.co.uk").
_CAP_WORD = r"[A-Z][\w'’&.\-]*[\w]"
_NAME = (
    rf"(?:[Tt]he\s+)?{_CAP_WORD}"
    rf"(?:\s+(?:(?:of|de|da|do|di|du|and|&|the|on|by)\s+)?{_CAP_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
)
_NAME_GROUP = rf"(?P<name>{_NAME})"
_BEFORE_CUES = (
    r"About|Contact|Follow|Support|Subscribe\s+to|Sign\s+[Uu]p\s+(?:for|to)|More\s+(?:[Ff]rom|on)"
    r"|Advertise\s+(?:with|on)|Welcome\s+to|Trending\s+(?:[Nn]ow\s+)?on|Elsewhere\s+on(?:\s+the)?"
    r"|Explore(?:\s+the)?|Inside(?:\s+the)?|(?:Originally\s+)?[Pp]ublished\s+(?:on|in|by)"
    r"|Source:|SOURCE:|(?:reporter|writer|editor|correspondent|contributor|columnist)\s+(?:for|at)"
    r"|Copyright\s+to"
)
_AFTER_CUES = (
    r"Newsletters?|Staff|[Hh]omepage|[Aa]pp|Apps|Account|Navigation|Services|Archive|Premium"
    r"|Shop(?:ping)?|Store|Jobs|Contributor|Team|Media\s+Group|Network|is\s+part\s+of"
    r"|(?:homepage|main\s+menu)"
)
_CUE_PATTERNS = (
    re.compile(rf"(?:^|[\s•◦▪\-|])(?:{_BEFORE_CUES})\s+{_NAME_GROUP}"),
    re.compile(rf"(?:^|[\s•◦▪])\s*{_NAME_GROUP}\s+(?:{_AFTER_CUES})\b"),
    # A credit after a byline: "By Name | Site", "Name, Site", "Name - Site Contributor".
    re.compile(
        rf"^\s*(?:[•◦▪]\s*)?By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}}"
        rf"\s*(?:\||,|\s-\s)\s*{_NAME_GROUP}\s*$"
    ),
)
# The words each cue pattern needs: a line without them is not searched.
_CUE_TESTS = (
    (re.compile(rf"(?:{_BEFORE_CUES})\s"), _CUE_PATTERNS[0]),
    (re.compile(rf"\s(?:{_AFTER_CUES})\b"), _CUE_PATTERNS[1]),
    (re.compile(r"^\s*(?:[•◦▪]\s*)?By\s"), _CUE_PATTERNS[2]),
)
_NOTICE_WORD = re.compile(r"[©ⓒ]|\([cC]\)|Copyright")
_COPYRIGHT = re.compile(
    r"(?:(?:©|ⓒ|\([cC]\))\s*(?:Copyright\s*)?|Copyright\s*(?:[©ⓒ]\s*|\([cC]\)\s*)?)"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?[.,]?\s*)?(?:by\s+)?"
    r"(?P<name>[A-Z][\w&'’ .-]{1,50}?)"
    r"(?=\s*(?:[.,|/]\s|\(|[.,|]?$|\s+All\s+[Rr]ights|\s+[Aa]ll\s+[Rr]ight|\s*[-–]\s|\s+(?:19|20)\d\d))"
)
_NOTICE_MARK = re.compile(r"[©ⓒ]|\([cC]\)|\d{4}")
_NOT_A_HOLDER = re.compile(r"\brights\b|^(?:all|copyright)\b|\d{4}", re.IGNORECASE)
_DOMAIN = re.compile(
    r"(?<![\w.@-])(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{2,63})*"
    r"\.[a-z]{2,12})(?![\w@-])",  # not an e-mail address's local part ("name.x@...")
    re.IGNORECASE,
)
_EMAIL_DOMAIN = re.compile(r"@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12})\b", re.I)
# A company-form suffix trimmed from a copyright holder ("Example Media, LLC").
_COMPANY_SUFFIX = re.compile(
    r"[\s,]+(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|Co|S\.?A|AG|plc|Pvt)\.?$", re.I
)
_CALENDAR = re.compile(
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?"
    r"|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday"
)
_STRIP = " .,:;|-–—•◦▪·'’\"“”()[]"
# A website's credit to the software or agency behind it ("Powered by X", "Designed by
# X"): the name after it is the platform's, never the site's; up to the next separator.
_PLATFORM_WORDS = ("powered", "hosted", "designed", "developed", "built", "theme")
_PLATFORM_CREDIT = re.compile(
    r"\b(?:[Pp]owered|[Hh]osted|[Dd]esigned|[Dd]eveloped|[Bb]uilt|[Tt]heme)\s+(?:by|with|on)\b"
    r"[^|•◦▪·]*"
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
    features = candidate_features(lines, candidates)
    key = choose_candidate(candidates, features, weights or SITE_WEIGHTS, min_score)
    if key is None:
        return None
    chosen = candidates[key]
    name = clean_name(written_form(chosen))  # no invisible or bidi characters
    source = "copyright" if is_copyright_only(chosen) else "page"
    line_no, start, end = chosen.first or (0, 0, 0)
    return SiteName(name, source, line_no, start, end)


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
    return bool(candidate.cues or candidate.masthead or candidate.is_domain) or bool(
        features.get("domain_match")
    )


def is_copyright_only(candidate: _Candidate) -> bool:
    """True for a candidate only a copyright notice names (no cue, no masthead)."""
    return candidate.copyright and not (candidate.cues or candidate.masthead)


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
        if has_domain and kind not in ("domain", "link"):
            return  # "Powered by Example.com": the domain is its own candidate
        candidate = candidates.setdefault(key, _Candidate())
        candidate.add(form, where)
        if kind in ("cue", "doubled"):
            candidate.cues += 1  # a doubled masthead is also a naming cue
            candidate.doubled = candidate.doubled or kind == "doubled"
        elif kind == "masthead":
            candidate.masthead = True
        elif kind == "copyright":
            candidate.copyright = True
        elif kind == "domain":
            candidate.is_domain = True
        elif kind == "link":
            candidate.linked = True
        elif kind == "prefix":
            candidate.prefix = True

    for i, raw in enumerate(lines):
        if raw not in searched:
            searched[raw] = _line_phrases(raw)
        line, phrases = searched[raw]
        if i < MASTHEAD_LINES and (masthead := _masthead(line)):
            add(masthead[0], (i, *masthead[1]), "masthead")
            if _is_doubled(line.strip()):
                add(masthead[0], (i, *masthead[1]), "doubled")  # logo text + site title
        for form, span, kind in phrases:
            add(form, (i, *span), kind)
    return candidates


def _accepted_form(form: str) -> tuple[str, str, bool] | None:
    """(trimmed form, compact key, whether it holds a domain) of a phrase that may name a
    site; None for a phrase too short or too long, or made only of function words or
    calendar words ("About Us", "Follow Me", "November"; but "The Sun" is a name)."""
    form = _trim(form)
    key = compact_name(form)
    if len(key) < 2 or count_words(form) > MAX_NAME_WORDS:
        return None
    words = _words(form)
    if all(word in FUNCTION_WORDS or _CALENDAR.fullmatch(word) for word in words) and not (
        len(words) > 1 and words[0] == "the" and any(_CALENDAR.fullmatch(w) for w in words)
    ):
        return None
    return form, key, bool(_DOMAIN.search(form))


def _line_phrases(line: str) -> tuple[str, list[tuple[str, tuple[int, int], str]]]:
    """The line with platform credits blanked, and its phrases in the order they are
    added: (phrase, span, kind) for cues, line prefixes, copyright holders, domains.

    Each pattern runs only on a line holding the words it needs (the cheap test first).
    """
    folded = line.casefold()
    credits = (
        [m.span() for m in _PLATFORM_CREDIT.finditer(line)]
        if any(word in folded for word in _PLATFORM_WORDS)
        else []
    )
    if credits:  # names inside a platform credit are not candidates
        line = "".join(
            " " * len(ch) if any(a <= k < b for a, b in credits) else ch
            for k, ch in enumerate(line)
        )
    phrases: list[tuple[str, tuple[int, int], str]] = []
    for needed, pattern in _CUE_TESTS:
        if needed.search(line):
            for match in pattern.finditer(line):
                phrases.append((match.group("name"), match.span("name"), "cue"))
    phrases.extend((form, span, "prefix") for form, span in _line_prefixes(line))
    if _NOTICE_WORD.search(line):
        for match in _COPYRIGHT.finditer(line):
            holder = _COMPANY_SUFFIX.sub("", match.group("name").strip())
            notice = line[match.start() : match.start("name")]
            # "Copyright Policy" without a sign or a year is a menu link, not a notice
            if not _NOT_A_HOLDER.search(holder) and _NOTICE_MARK.search(notice):
                phrases.append((holder, match.span("name"), "copyright"))
    for pattern, in_email in ((_DOMAIN, False), (_EMAIL_DOMAIN, True)):
        if ("@" if in_email else ".") not in line:
            continue
        for match in pattern.finditer(line):
            kind = _domain_kind(line, match, in_email)
            if kind:
                phrases.append((match.group("domain").lower(), match.span("domain"), kind))
    return line, phrases


#: A domain written in a line longer than this (in words) is mentioned in prose ("a
#: trademark of Example.com"), not shown as the site's address.
MAX_DOMAIN_LINE_WORDS = 25


def _domain_kind(line: str, match: re.Match[str], in_email: bool) -> str | None:
    """``domain`` for a domain written as a site's address or an e-mail's domain;
    ``link`` for the host of a link to a page (``x.com/path``, ``//x.com``), which names
    no site but may match a name (:func:`candidate_features`); None for a domain named in
    prose or no domain at all."""
    if not _looks_like_domain(match.group("domain")):
        return None
    if in_email:
        return "domain"
    start, end = match.span()
    if line[end : end + 1] in ("/", "?") or line[max(0, start - 2) : start] == "//":
        path = _LINK_PATH.match(line, end).group()
        path = _QUERY.split(path, maxsplit=1)[0]
        # a short link, tracker or profile (x.gl/Ab3d, x.com/tr?id=1, x.com/Name) is no
        # evidence for any site; a deep link (x.com/news/, x.com/some-story) is
        deep = "-" in path or len([part for part in path.split("/") if part]) >= 2
        return "link" if deep else None
    starts_line = not line[:start].strip()  # "example.com features the latest ..."
    return "domain" if starts_line or count_words(line) <= MAX_DOMAIN_LINE_WORDS else None


def _looks_like_domain(written: str) -> bool:
    """A domain as sites write theirs: a known public suffix written in lower case
    ("Example.com", not the abbreviation "R-W.Va")."""
    suffix = written.rsplit(".", 1)[-1]
    return (suffix.islower() or written.isupper()) and is_public_domain(written)


_LINK_PATH = re.compile(r"[^\s\"'”<>]*")
_QUERY = re.compile(r"[?#]")
_POSSESSIVE = re.compile(r"(?:’s|'s)$")
_WWW = re.compile(r"^www\.", re.I)
_LIST_ITEM = re.compile(r"^\s*[•◦▪▫‣⁃●○■□►▶➤·*+\-–]")
_NAME_RE = re.compile(_NAME)


def _trim(form: str) -> str:
    form = " ".join(form.split()).strip(_STRIP)
    form = _POSSESSIVE.sub("", form)
    return _WWW.sub("", form)


_PREFIX = re.compile(rf"^\s*(?:[•◦▪▫‣⁃●○■□►▶➤·*+\-–»]\s*)?(?P<name>{_NAME})\s+\S")


def _line_prefixes(line: str) -> list[tuple[str, tuple[int, int]]]:
    """The name a line starts with and its shorter heads ("Fox News Shop": "Fox", "Fox News")."""
    match = _PREFIX.match(line)
    if match is None or count_words(line) > 8:
        return []
    start = match.start("name")
    words = list(re.finditer(r"\S+", match.group("name")))
    return [
        (match.group("name")[: w.end()], (start, start + w.end()))
        for w in words[: MAX_NAME_WORDS - 1]
    ]


def _names_domain(name: str, domain: str) -> bool:
    """True when the domain's label is the name written without spaces (or its initials)."""
    label = _domain_label(domain)
    return len(label) >= 2 and label in _domain_names(name)


def _domain_label(domain: str) -> str:
    """A domain's first label, letters and digits only ("my-site" of "my-site.com")."""
    return _NOT_ALNUM.sub("", domain.split(".")[0])


def _domain_names(name: str) -> tuple[str, ...]:
    """The labels a domain of ``name`` may have: compact, its words joined, its initials."""
    words = _words(name)
    initials = "".join(w[0] for w in words if w != "the")
    return (compact_name(name), "".join(words), initials)


def _is_doubled(text: str) -> bool:
    """True for one name written twice ("NameName"), at least 4 characters each."""
    half = len(text) // 2
    return len(text) >= 8 and len(text) % 2 == 0 and text[:half] == text[half:]


_WORD = re.compile(r"[^\W_]+")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _masthead(line: str) -> tuple[str, tuple[int, int]] | None:
    """A top line (not a list item) that is only a name (1-4 words, or one name twice)."""
    if _LIST_ITEM.match(line):
        return None
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return None
    if _is_doubled(stripped):
        stripped = stripped[: len(stripped) // 2].strip()
    words = stripped.split()
    if not 1 <= len(words) <= 4 or not _NAME_RE.fullmatch(stripped):
        return None
    start = line.index(stripped)
    return stripped, (start, start + len(stripped))


def candidate_features(
    lines: Sequence[str], candidates: dict[str, _Candidate]
) -> dict[str, dict[str, float]]:
    """The features of each candidate, by key (what :data:`SITE_WEIGHTS` weighs).

    - ``mentions``: log2(1 + the number of lines mentioning the candidate, compacted);
    - ``cues``: log2(1 + naming-cue hits);
    - ``masthead``: 1 when a top line is only this name;
    - ``doubled``: 1 when that top line writes the name twice (logo text + site title);
    - ``domain_match``: 1 when a domain written in the page matches the name
      (:func:`_names_domain`), for a name that is not a domain;
    - ``is_domain``: 1 when the candidate is only ever a domain;
    - ``common_word``: 1 when every word of the name is also written in lower case in
      the page (ordinary vocabulary such as a section name: "Business", "Policy");
    - ``prefix_lines``: log2(1 + the number of distinct short lines the name begins).

    Lines are searched as one text per form (compact, spaced words), not one line per
    candidate.
    """
    page = _PageText(lines)
    # words of the prose, not of addresses: "sfgate" in "sfgate.com" is no common word
    prose = _ADDRESS.sub(" ", "\n".join(lines))
    lower_words = set(_LOWER_WORD.findall(prose))
    domain_labels = [
        (form, _domain_label(form))
        for form in (next(iter(c.forms)) for c in candidates.values() if c.is_domain or c.linked)
    ]
    features: dict[str, dict[str, float]] = {}
    for key, candidate in candidates.items():
        name = max(candidate.forms, key=candidate.forms.get)
        words = _words(name)
        spaced = f" {' '.join(words)} "
        mentions = page.compact.lines_with(key) if len(key) >= 6 else page.spaced.lines_with(spaced)
        only_domain = candidate.is_domain and not (candidate.cues or candidate.masthead)
        labels = _domain_names(name)
        matches = not only_domain and any(
            len(label) >= 2 and label in labels for form, label in domain_labels if form != name
        )
        common = not only_domain and all(w in lower_words for w in words)
        features[key] = {
            "mentions": math.log2(1 + mentions),
            "cues": math.log2(1 + candidate.cues),
            "masthead": float(candidate.masthead),
            "doubled": float(candidate.doubled),
            "domain_match": float(matches and not common),  # "News" and news.example
            "is_domain": float(only_domain),
            "common_word": float(common),
            "prefix_lines": math.log2(1 + page.heads_starting(spaced)),
        }
    return features


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

    def heads_starting(self, spaced: str) -> int:
        """How many distinct short-line heads begin with ``spaced`` and go on."""
        count = 0
        for head in itertools.islice(self.heads, bisect.bisect_left(self.heads, spaced), None):
            if not head.startswith(spaced):
                break
            count += len(head) > len(spaced)
        return count
