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
with :data:`~analysis.clean.site_features.SITE_WEIGHTS`: lines of the page that mention
it, cue hits, masthead, whether a domain and a name of the page agree, whether it is
itself a domain, whether a notice agrees with a cue, whether it is interface text. The
weights were chosen by cross-validation by site on the metadata benchmark
(``benchmarks/metadata_benchmark.py`` prints the held-out figures).

The steps, one module each: :mod:`~analysis.clean.site_phrases` reads a line's phrases,
:mod:`~analysis.clean.site_candidates` pools them into candidates,
:mod:`~analysis.clean.site_features` measures and weighs them, and this module chooses
the site name (:func:`choose_candidate`) and how it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.clean.outlet import name_matches_domain
from analysis.clean.site_candidates import (
    Candidate,
    accepted_form,
    collect_candidates,
    is_a_domain,
    is_copyright_only,
    name_words,
    written_form,
)
from analysis.clean.site_features import SITE_WEIGHTS, PageCandidates, PageText
from analysis.text import clean_name

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
#: A named candidate must score above this to win over a copyright holder (last resort).
SITE_MIN_SCORE = 3.0
#: With no copyright holder, a named candidate must still score above this, else the
#: site is unknown. On dev (library weights) every right name without a holder scores
#: 2.0 or more and 8 wrong ones ("Blog", "Notice", "Breaking News Emails") 1.5 or less:
#: outlet_any was the same for any value in [1.5, 2.0) when it was set (held-out 0.62) and
#: 8 wrong names become "unknown site"; the lowest value of that gap is taken.
NAMED_MIN_SCORE = 1.5


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
    page = PageText(lines)
    features = choosable_features(candidates, page)
    key = choose_candidate(candidates, features, weights or SITE_WEIGHTS, min_score)
    if key is None:
        return None
    chosen = candidates[key]
    source = "copyright" if is_copyright_only(chosen) else "page"
    if features[key]["domain_match"] and is_a_domain(chosen):
        chosen = _holder_named_like(candidates, written_form(chosen)) or chosen
    name = written_form(chosen)
    line_no, start, end = chosen.first or (0, 0, 0)
    if source == "copyright":
        name = holder_head(page, name)
        end = start + len(name) if lines[line_no][start:].startswith(name) else end
    return SiteName(clean_name(name), source, line_no, start, end)  # no invisible characters


def holder_head(page: PageText, holder: str) -> str:
    """A copyright holder's name as the site shows it.

    Parameters
    ----------
    page : PageText
        The page's lines, folded (:class:`~analysis.clean.site_features.PageText`).
    holder : str
        The holder as the notice writes it.

    Returns
    -------
    str
        The name without its trailing company words (:data:`COMPANY_WORDS`) when more
        lines of the page write it so ("Example" of "© Example Media": the name the site
        itself uses); else ``holder``.
    """
    words = holder.split()
    size = len(words)
    while size > 1 and words[size - 1].casefold() in COMPANY_WORDS:
        size -= 1
    head = accepted_form(" ".join(words[:size])) if size < len(words) else None
    if head is None or all(map(page.writes_lower, name_words(head[0]))):
        return holder
    return head[0] if page.mentions(head[0], head[1]) > page.mentions(holder) else holder


def _holder_named_like(candidates: dict[str, Candidate], domain: str) -> Candidate | None:
    """The copyright holder that is the chosen domain's own name, to show it ("Example
    Daily" for "exampledaily.com" and "© Example Daily"), else None."""
    for key in sorted(candidates):
        holder = candidates[key]
        if is_copyright_only(holder) and name_matches_domain(written_form(holder), domain):
            return holder
    return None


def choosable_features(candidates: dict[str, Candidate], page: PageText) -> dict[str, dict]:
    """The features (:func:`~analysis.clean.site_features.candidate_features`) of the
    candidates :func:`choose_candidate` may choose: the named ones (:func:`is_named`) and
    the copyright holders. The others (most: the heads of short lines) are only tested
    for being named, on the two features that test reads."""
    evidence = PageCandidates(candidates, page)
    return {
        key: evidence.features(key)
        for key, candidate in candidates.items()
        if is_copyright_only(candidate)
        or is_named(candidate, {})
        or is_named(candidate, evidence.naming_features(key))
    }


def choose_candidate(
    candidates: dict[str, Candidate],
    features: dict[str, dict[str, float]],
    weights: dict[str, float],
    min_score: float,
) -> str | None:
    """The key of the site name: the best-scored candidate named by the page's cues,
    masthead or domains (:func:`is_named`) when it scores above ``min_score``; else, as
    a last resort, the copyright holder mentioned most (unless the best named candidate
    is the host of a line that is only the page's URL). Without a copyright holder the
    named candidate must still score above :data:`NAMED_MIN_SCORE` (one top line that
    is only a menu item, "Breaking News Emails", names no site). Equal scores are
    decided by :func:`tie_priority`. None when nothing is left. ``features`` holds (at
    least) every named candidate and every copyright holder (:func:`choosable_features`);
    a candidate without features is not chosen."""
    named = sorted(k for k in features if is_named(candidates[k], features[k]))
    holders = sorted(k for k in features if is_copyright_only(candidates[k]))
    if named:
        priority = tie_priority(candidates, named)
        best = max(named, key=lambda k: (_score(features[k], weights), priority[k]))
        score = _score(features[best], weights)
        if score > min_score or (not holders and score > NAMED_MIN_SCORE):
            return best
        if candidates[best].address:
            return best  # the page's own URL: the site's address, no parent company's name
    if holders:
        return max(holders, key=lambda k: features[k]["mentions"])
    return None


def tie_priority(candidates: dict[str, Candidate], keys: list[str]) -> dict[str, int]:
    """How candidates of equal score rank, by key: a name that is the name of a domain
    of the page (``name_matches_domain``: "Example News" and "examplenews.com") 2, a
    domain 1, any other name 0 ("The Example Opinion" ties with "example.com": the
    site's address shows its identity better than a name its domain does not match).
    """
    domains = [written_form(c) for c in candidates.values() if is_a_domain(c)]
    priority: dict[str, int] = {}
    for key in keys:
        candidate = candidates[key]
        if is_a_domain(candidate):
            priority[key] = 1
        else:
            form = written_form(candidate)
            priority[key] = 2 * any(name_matches_domain(form, d) for d in domains)
    return priority


def is_named(candidate: Candidate, features: dict[str, float]) -> bool:
    """True for a candidate a naming cue, a masthead or a domain supports.

    A phrase the page merely repeats (a country in the news, a section name) is not a
    site name, however often it is written.
    """
    if is_copyright_only(candidate):
        return False
    return bool(candidate.cues or candidate.masthead or is_a_domain(candidate)) or bool(
        features.get("domain_match") or features.get("head_of_cue")
    )


def _score(features: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())
