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
import itertools
import math
import re
from collections.abc import Sequence

from analysis.clean.line_gates import PageLines
from analysis.clean.outlet import compact_name
from analysis.clean.site_candidates import (
    Candidate,
    is_a_domain,
    is_copyright_only,
    name_words,
)
from analysis.text import count_words

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
    "credit": 0.5,  # every fold of the CV picks 0.5 (1.0 is equal on all dev)
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
        "advertisement",  # an ad slot's label, often the first short line of a text
        "advertisements",
        "sponsored",
    }
)


def domain_label(domain: str) -> str:
    """A domain's first label, letters and digits only ("my-site" of "my-site.com")."""
    return _NOT_ALNUM.sub("", domain.split(".")[0])


def domain_names(name: str) -> set[str]:
    """The labels a domain of ``name`` may have: compact, its words joined, its initials,
    and the initials of its first words then its next words ("nytimes" of "New York
    Times", "nytimes" of "The New York Times Company")."""
    words = name_words(name)
    names = {compact_name(name), "".join(words)}
    words = [w for w in words if w != "the"]
    for first in range(len(words) + 1):
        initials = "".join(w[0] for w in words[:first])
        names.update(
            initials + "".join(words[first:last])
            for last in range(max(first, 2), len(words) + 1)  # two words or more
        )
    return names


_NOT_ALNUM = re.compile(r"[\W_]+")


def candidate_features(
    lines: Sequence[str], candidates: dict[str, Candidate], page: PageText | None = None
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
      (:data:`~analysis.clean.site_candidates.CHROME_LINE_WORDS`) gives and more lines
      mention it ("PolitiFact" of "Keep up to date with PolitiFact West Virginia");
    - ``credit``: 1 when a credit names it ("By NAME | X", "Source: X", "NAME is a
      reporter for X": the site the text or its writer works for).

    Lines are searched as one text per form (compact, spaced words), not one line per
    candidate.
    """
    page = page or PageText(lines)
    lower_words = page.lower_words
    names = {key: max(c.forms, key=c.forms.get) for key, c in candidates.items()}
    domain_labels = [
        (form, domain_label(form))
        for form in (next(iter(c.forms)) for c in candidates.values() if is_a_domain(c) or c.linked)
    ]
    # copyright holders (not ordinary words: "News"): a domain agreeing with one is the
    # holder's own site
    holder_names = [
        domain_names(names[key])
        for key, c in candidates.items()
        if is_copyright_only(c) and not all(w in lower_words for w in name_words(names[key]))
    ]
    mentions = {key: page.mentions(names[key], key) for key in candidates}
    heads = _cue_heads(candidates, names, mentions)
    features: dict[str, dict[str, float]] = {}
    for key, candidate in candidates.items():
        name = names[key]
        words = name_words(name)
        only_domain = is_a_domain(candidate) and not (candidate.cues or candidate.masthead)
        if only_domain:
            label = domain_label(name)
            matches = len(label) >= 2 and any(label in found for found in holder_names)
        else:
            labels = domain_names(name)
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
            "credit": float(candidate.credited),
        }
    return features


def _cue_heads(
    candidates: dict[str, Candidate], names: dict[str, str], mentions: dict[str, int]
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


# A written address: a run of non-spaces with a dot, "@" or "/" before a lower-case
# letter. Anchored at the run's start, so no position inside a word is tried again.
_ADDRESS = re.compile(r"(?<!\S)[^\s.@/]*[.@/]\S*[a-z]\S*")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zà-ÿ]+(?![^\W\d_])")


class _JoinedLines(PageLines):
    """Lines joined into one text, to count the lines holding a needle in one search."""

    def lines_with(self, needle: str) -> int:
        """How many lines hold ``needle`` (which holds no line break)."""
        return len(self.lines_holding((needle,)))


class PageText:
    """A page's lines as :func:`candidate_features` searches them, each distinct line
    folded once: compacted, as spaced words, and the sorted heads of short lines."""

    def __init__(self, lines: Sequence[str]) -> None:
        folded: dict[str, tuple[str, str, str | None]] = {}
        for line in lines:
            if line not in folded:
                words = " ".join(name_words(line))
                head = f" {words}" if 1 < count_words(line) <= 8 else None
                folded[line] = (compact_name(line), f" {words} ", head)
        self.compact = _JoinedLines([folded[line][0] for line in lines])
        self.spaced = _JoinedLines([folded[line][1] for line in lines])
        self.heads = sorted({head for _, _, head in folded.values() if head is not None})
        # words of the prose, not of addresses: "sfgate" in "sfgate.com" is no common word
        text = "\n".join(folded)  # the distinct lines: the same words
        self.lower_words = set(_LOWER_WORD.findall(_ADDRESS.sub(" ", text)))

    def mentions(self, name: str, key: str | None = None) -> int:
        """How many lines mention ``name`` (compacted when its key is 6 letters or more,
        else as whole words)."""
        key = compact_name(name) if key is None else key
        if len(key) >= 6:
            return self.compact.lines_with(key)
        return self.spaced.lines_with(f" {' '.join(name_words(name))} ")

    def heads_starting(self, spaced: str) -> int:
        """How many distinct short-line heads begin with ``spaced`` and go on."""
        count = 0
        for head in itertools.islice(self.heads, bisect.bisect_left(self.heads, spaced), None):
            if not head.startswith(spaced):
                break
            count += len(head) > len(spaced)
        return count
