"""A chart's leftovers between an article's paragraphs (a step of the body detector).

A data story's chart is drawn by a script or an image; a text dump keeps what the chart
prints as text, between two paragraphs: its caption ("Chart: Annual change in rents, % |
Source: X", "Figure 1: Licence holders aged 17-20, %"), its axis ticks one a line ("0",
"2", "4" ...), its category labels ("Ashdown", "Marlow Vale"), its notes ("Source: X",
"Note: figures for 2020 ...") and its controls ("Download the data", "Show data table").
Read line by line they are chrome, a gap that ended the article's region at its first
chart: the paragraphs after it were lost.

A chart block opens with a caption: a line opening with the language's word for a chart
or a figure (:data:`CHART_LABELS`), numbered or not, then a colon (or, numbered, a dot or
a dash). It goes on over the lines a chart prints: lines with no letter (ticks, figures),
a field's label and its value (``Source: X``, :data:`~analysis.text.lines.FIELD_LABEL`)
and lines of a control's or a label's size (at most
:data:`~analysis.clean.interface_words.MAX_INTERFACE_LABEL_WORDS` words), and it stands
between two parts of the article: a paragraph right above its caption, and right under
its last line a paragraph or a list that paragraph announces (:mod:`.lists`). Its lines
neither add to the article nor end it, and they are never body. No tuned value: the
sizes are a control's label; a block that meets a longer line (a headline) before a
paragraph is none, so a caption under the last paragraph does not join the story to the
teasers under the footer.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.interface_words import MAX_INTERFACE_LABEL_WORDS
from analysis.text.lines import FIELD_LABEL

__all__ = [
    "CHART_BLOCKS",
    "CHART_LABELS",
    "MAX_TITLE_LINES",
    "SOURCE_LABELS",
    "chart_blocks",
    "is_chart_caption",
    "is_source_line",
]

# Chart blocks between paragraphs are neutral and no body (a rule switch with no tuned
# value, on, as the issue asks the body of a data story to be whole and its charts'
# leftovers not to be body; cross-validation by site may switch it off).
CHART_BLOCKS = True

#: The words opening a chart's caption, lower case, in the languages of the function-word
#: lists (vocabulary, not a site's: "Chart:", "Figure 2:", "Grafik:", "Gráfico 1.").
CHART_LABELS = frozenset(
    {
        # English
        "chart",
        "graph",
        "graphic",
        "figure",
        "fig",
        "infographic",
        "map",
        "diagram",
        "visualisation",
        "visualization",
        # German, Dutch, Scandinavian
        "grafik",
        "abbildung",
        "abb",
        "schaubild",
        "diagramm",
        "infografik",
        "karte",
        "grafiek",
        "figuur",
        "kaart",
        "figur",
        "karta",
        # French, Spanish, Italian, Portuguese
        "graphique",
        "infographie",
        "carte",
        "gráfico",
        "grafico",
        "figura",
        "mapa",
        "mappa",
        "infografía",
        "infografica",
        "infográfico",
        # Polish, Czech, Turkish, Russian
        "wykres",
        "rysunek",
        "ryc",
        "infografika",
        "graf",
        "obrázek",
        "şekil",
        "harita",
        "график",
        "рисунок",
        "рис",
        "диаграмма",
        "карта",
        "инфографика",
        # Chinese, Japanese, Korean, Arabic, Persian, Hindi (h390)
        "图表",
        "圖表",
        "图",
        "圖",
        "図",
        "図表",
        "グラフ",
        "그래프",
        "차트",
        "도표",
        "رسم",
        "نمودار",
        "चार्ट",
        "ग्राफ",
    }
)

#: The words a chart's (or a data table's) source line opens with before its colon, lower
#: case ("Source: X", "Kaynak: X · Grafik: Y", "来源：X"), in the languages of the
#: function-word lists and the scripts the review sets print: vocabulary, not a site's.
SOURCE_LABELS = frozenset(
    {
        "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte",
        "fontes", "fonti", "bron", "bronnen", "kilde", "kilder", "källa", "källor", "lähde",
        "lähteet", "allikas", "forrás", "zdroj", "zdroje", "źródło", "źródła", "sursa",
        "sursă", "izvor", "izvori", "vir", "viri", "šaltinis", "avots", "burimi", "kaynak",
        "kaynaklar", "πηγή", "πηγές", "источник", "источники", "джерело", "извор",
        "източник", "крыніца", "дереккөз", "manba", "mənbə", "წყარო", "աղբյուր", "מקור",
        "المصدر", "مصدر", "منبع", "سرچينه", "ماخذ", "ذریعہ", "स्रोत", "সূত্র", "উৎস", "ஆதாரம்",
        "మూలం", "ಮೂಲ", "ଉତ୍ସ", "ਸਰੋਤ", "સ્રોત", "ที่มา", "nguồn", "sumber", "chanzo",
        "orisun", "ምንጭ", "ምንጪ", "ប្រភព", "来源", "來源", "出典", "出所", "출처",
    }
)  # fmt: skip

# A caption's label: a word, a dot after it when shortened ("Fig."), a number or not;
# then a colon or a bar, or after a number a dot or a spaced dash ("Figure 1. ...").
_CAPTION = re.compile(
    r"^\W{0,3}(?P<label>[^\W\d_]+)\.?"
    r"(?:\s*[:：|]|\s*\d+(?:\.\d+)*[a-z]?\s*(?:[:：|.]|\s[-–—]\s))\s*\S"
)
_LETTER = re.compile(r"[^\W\d_]")
# A source line's label: a word or two (any script's, its combining signs too), then a
# colon (a full-width one, Khmer's '៖').
_SOURCE = re.compile(
    r"^[^\w:：៖]{0,3}(?P<label>[^\s:：៖]{1,30}(?: [^\s:：៖]{1,30})?)\s*[:：៖]\s*\S"
)
#: The most lines of a chart's title over its source line when the title opens with no
#: chart label ("Hazelnut harvest by year" / "Source: X"): a title and its subtitle.
MAX_TITLE_LINES = 2


def is_chart_caption(text: str) -> bool:
    """Whether a line opens as a chart's caption: a chart label (:data:`CHART_LABELS`),
    numbered or not, then a colon ("Chart: Rents by district", "Figure 1. Licences").

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        False for a label word without its colon, dot or number ("Map the route").
    """
    match = _CAPTION.match(text)
    return match is not None and match["label"].lower() in CHART_LABELS


def is_source_line(text: str) -> bool:
    """Whether a line opens as a chart's source line: a source label
    (:data:`SOURCE_LABELS`) and a colon ("Source: Eurostat", "Kaynak: TÜİK").

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        False for a label word without its colon ("Sources said ...").
    """
    match = _SOURCE.match(text)
    return match is not None and match["label"].lower() in SOURCE_LABELS


def chart_blocks(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    announced: Collection[int] = (),
) -> list[range]:
    """The chart blocks between an article's paragraphs (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights: the positive ones are prose.
    announced : collection of int
        Positions of the lines announcing a list (:mod:`.lists`) the article goes on
        with: a block may stand right above one.

    Returns
    -------
    list of range
        Positions into ``features``, one range a block, in page order; empty with
        ``CHART_BLOCKS`` off.
    """
    blocks: list[range] = []
    if not CHART_BLOCKS:
        return blocks
    position = 1
    while position < len(features):
        if weights[position - 1] <= 0 or not _opens_chart(lines, features, weights, position):
            position += 1
            continue  # most lines: no caption under a paragraph
        stop = position + 1
        while stop < len(features) and stop not in announced and weights[stop] <= 0:
            if not _is_chart_line(lines[features[stop].index], features[stop]):
                break
            stop += 1
        if stop < len(features) and (stop in announced or weights[stop] > 0):
            blocks.append(range(position, stop))
        position = stop
    return blocks


def _opens_chart(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float], position: int
) -> bool:
    """Whether a chart's block opens at ``position`` (under a paragraph): its caption
    with a chart label, or a title of at most :data:`MAX_TITLE_LINES` lines, none of them
    prose, over a source line (h390: "Hazelnut harvest by year (thousand tonnes)" /
    "Source: X · Chart: Y" between two paragraphs ended the story), or that source line
    alone."""
    if is_chart_caption(lines[features[position].index]):
        return True
    for offset in range(MAX_TITLE_LINES + 1):
        line = position + offset
        if line >= len(features) or weights[line] > 0:
            return False
        if is_source_line(lines[features[line].index]):
            return True
    return False


def _is_chart_line(text: str, feature: LineFeatures) -> bool:
    """Whether a line can be a chart's leftover under its caption: no letter (a tick, a
    figure), a field's label and value ("Source: X", "Note: ..."), or a control's or a
    category's label (a few words)."""
    if feature.is_notice:
        return False
    if _LETTER.search(text) is None:
        return True
    return (
        feature.n_words <= MAX_INTERFACE_LABEL_WORDS or FIELD_LABEL.match(text.strip()) is not None
    )
