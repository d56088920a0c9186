"""A review's verdict: its heading, its score line and its pros and cons lists.

A product or a theatre review closes with the writer's judgement: a subheading of one
word ("Verdict", "Fazit", "Werdykt") over the last paragraphs, a score ("Score: 4 out of
5", "Our rating: 8/10") and two short lists of what is good and what is bad under the
language's words for them ("Pros" / "Cons", "Vorteile" / "Nachteile", "Plussat" /
"Miinukset", "Pour" / "Contre"). They are the writer's text, so body (docs/metrics.md,
"Which lines are the body"), but each has a shape the detector reads as chrome: a
one-word line between paragraphs ("Advertisement", "Share" have it), and a short list
after the last paragraph (a sign-up box's perks have it).

They are told by the language's words for them, never by a site's:
:func:`is_verdict_heading` (the heading), :func:`is_score_line` (the score) and
:func:`is_pros_cons_heading` (a list's heading); :func:`verdict_box` finds the box right
under the body's last line: score lines and lists under such headings, at least one list,
its items bulleted. No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.text import count_words

__all__ = ["is_pros_cons_heading", "is_score_line", "is_verdict_heading", "verdict_box"]

#: The heading of a review's judgement, alone on its line, in English and 14 more
#: languages ("Our verdict", "Fazit", "Verdetto", "Veredicto", "Werdykt", "Tuomio").
VERDICT_WORDS = re.compile(
    r"(?:(?:our|the|final) )?verdict|conclusion|the bottom line|bottom line"
    r"|fazit|unser fazit|urteil|verdetto|il verdetto|veredicto|nuestro veredicto|o veredicto"
    r"|notre verdict|le verdict|verdict final|oordeel|ons oordeel|werdykt|verdikt|verdiktet"
    r"|tuomio|ítélet|вердикт|висновок|вывод|verdictul|hüküm|karar"
)

#: The heading of a review's list of good points, in English and 15 more languages.
PROS_WORDS = re.compile(
    r"pros|likes|the good|what we liked|what we like|we liked|reasons to buy|plus(?:es)?"
    r"|vorteile|pro|pluspunkte|pour|points forts|les plus|a favor|pros y contras|prós"
    r"|pontos positivos|punti di forza|voordelen|pluspunten|zalety|plusy|klady|plusy a mínusy"
    r"|fördelar|plus|fordele|fordeler|plussat|hyvää|плюсы|переваги|плюси|artılar|avantaje"
)

#: The heading of a review's list of bad points, in English and 15 more languages.
CONS_WORDS = re.compile(
    r"cons|against|dislikes|the bad|what we didn'?t like|what we didn'?t|we didn'?t like"
    r"|reasons to avoid|minus(?:es)?|nachteile|kontra|minuspunkte|contre|points faibles"
    r"|les moins|en contra|contras|pontos negativos|contro|punti deboli|nadelen|minpunten"
    r"|wady|minusy|zápory|nackdelar|minus|ulemper|miinukset|huonoa|минусы|недоліки|мінуси"
    r"|eksiler|dezavantaje"
)

#: "N out of M", "N/M", "N von M": a score on a scale of 5, 10, 20 or 100 points, with
#: the language's word for
#: "of" (English, German, French, Italian, Spanish, Portuguese, Dutch, Polish, Czech,
#: Swedish, Danish, Norwegian, Finnish, Russian, Ukrainian).
SCORE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:/|out of|of|von|sur|su|de|van|na|z|ze|av|af|из|з)\s*(?:5|10|20|100)"
    r"(?:\s*(?:stars?|sterne|étoiles|stelle|estrellas|estrelas|sterren|gwiazdek|hvězdiček"
    r"|tähteä|звёзд|зірок))?",
    re.IGNORECASE,
)

#: A score drawn in stars ("★★★★☆").
STARS = re.compile(r"[★☆]{3,}")

#: Most words of a score line's label ("Our overall rating").
SCORE_LABEL_WORDS = 4


def _heading_text(line: str) -> str:
    """A line as a heading reads: trimmed, lower case, without a closing colon or
    Markdown's heading and emphasis marks."""
    return line.strip().strip("#*_ ").rstrip(":： ").strip().lower()


def is_verdict_heading(line: str) -> bool:
    """Whether a line is only the heading of a review's judgement ("Verdict", "Our
    verdict:", "Fazit", "## Werdykt").

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True for the language's word for a verdict alone on its line.
    """
    return VERDICT_WORDS.fullmatch(_heading_text(line)) is not None


def is_pros_cons_heading(line: str) -> bool:
    """Whether a line is only the heading of a review's list of good or bad points
    ("Pros", "Cons:", "Vorteile", "Miinukset", "Points forts").

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True for the language's words for pros or cons alone on their line.
    """
    text = _heading_text(line)
    return PROS_WORDS.fullmatch(text) is not None or CONS_WORDS.fullmatch(text) is not None


def is_score_line(line: str) -> bool:
    """Whether a line is a review's score: a short label and a score on a scale ("Score:
    4 out of 5", "Our rating: 8/10", "Note : 4/5", "Wertung: ★★★★☆"), or the score alone.

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True when the line is a label of at most :data:`SCORE_LABEL_WORDS` words with a
        colon (or nothing) and then only a score on a scale or in stars.
    """
    text = line.strip().strip("*_ ").rstrip(".")
    label, colon, value = text.rpartition(":")
    if colon and (not label.strip() or count_words(label) > SCORE_LABEL_WORDS):
        return False
    value = value.strip().strip("*_ ")
    return SCORE.fullmatch(value) is not None or STARS.fullmatch(value) is not None


def verdict_box(
    lines: Sequence[str], features: Sequence[LineFeatures], after: int
) -> dict[int, str]:
    """The review's closing box right under the body's last line (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines; positions index this list.
    after : int
        Position of the body's last line.

    Returns
    -------
    dict of int to str
        The box's positions and the reason each is body: ``data`` (a score line),
        ``heading`` (a list's heading) or ``list item``; empty when no list of pros or
        cons stands there.
    """
    box: dict[int, str] = {}
    position = after + 1
    lists = 0
    while position < len(features):
        text = lines[features[position].index]
        if is_score_line(text):
            box[position] = "data"
            position += 1
            continue
        if not is_pros_cons_heading(text):
            break
        items = _list_items(features, position)
        if not items:
            break
        box[position] = "heading"
        box.update(dict.fromkeys(items, "list item"))
        lists += 1
        position = items[-1] + 1
    if not lists:
        return {}
    return box


def _list_items(features: Sequence[LineFeatures], heading: int) -> list[int]:
    """The bulleted lines right under a list's heading (a list printed without bullets
    is not told from the lines after it: a price box, a link list)."""
    items: list[int] = []
    position = heading + 1
    while position < len(features) and features[position].is_bullet:
        items.append(position)
        position += 1
    return items
