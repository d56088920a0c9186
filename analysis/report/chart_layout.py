"""Row labels and margins of a report chart from the sizes of its texts: one draw per chart.

matplotlib's layout engines (``constrained``, ``tight``) and ``bbox_inches='tight'``
find a figure's margins by drawing it (every tick label laid out, every marker's
extent computed), then saving draws the figure again; and each y tick is five
artists (two marks, a grid line, two labels) made and drawn one by one. The dot
charts of the reports have one known shape: one axes, a row per outlet named on its
left, x tick labels below, a title, two axis labels and a one-line legend under the
x label. Here the row names are plain texts and their tick marks one line of
markers, and every margin, label and the legend are placed from the sizes of the
texts, measured with the font metrics the SVG backend draws with
(:data:`matplotlib.textpath.text_to_path`, no renderer, no draw). A chart is then
drawn once, when it is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.markers import TICKLEFT
from matplotlib.textpath import text_to_path
from matplotlib.transforms import ScaledTranslation, blended_transform_factory

#: Points per inch (text sizes and pads are in points, figure sizes in inches).
POINTS_PER_INCH = 72.0
#: Blank space around everything drawn (the padding ``bbox_inches='tight'`` left).
EDGE_PAD = 7.2
#: Room right of the axes for half of the last x tick label.
RIGHT_ROOM = 18.0
#: Space between the x label and the legend under it.
LEGEND_GAP = 4.0
#: Narrowest plot area in points: a figure whose row names leave less is made wider.
MIN_PLOT_WIDTH = 216.0


def one_line(name: str) -> str:
    """A name as one line of text.

    Runs of whitespace (line breaks, tabs: a name is data and may hold any) become
    one space, so a row's name takes one row.

    Parameters
    ----------
    name : str
        A name; any value is turned into text first.

    Returns
    -------
    str
        The name's words joined by single spaces, stripped.
    """
    return " ".join(str(name).split())


def tick_label(name: str) -> str:
    """An outlet name as one line of literal chart text: ``$`` would start mathtext.

    Parameters
    ----------
    name : str
        A row's name (any text).

    Returns
    -------
    str
        :func:`row_name` of it with each ``$`` escaped.
    """
    return row_name(name).replace("$", r"\$")


#: Most characters of a row's name on a chart. A page that names no site is the outlet
#: 'unknown site (PATH)', its path in the study's folders ('unknown site
#: (pasted/foxnews.com/notes (copy) 8 Reid: Mosque Should Be Built Someplace E.txt)',
#: 100 characters and more): such names took half a chart's width (h261). Longer names
#: keep their start and their end (the file's name), the middle cut.
MAX_ROW_NAME_CHARS = 60

#: Characters kept at the end of a cut name.
CUT_NAME_TAIL = 20


def row_name(name: str) -> str:
    """A row's name as a chart shows it: one line, at most :data:`MAX_ROW_NAME_CHARS`.

    Parameters
    ----------
    name : str
        A row's name (any text).

    Returns
    -------
    str
        :func:`one_line` of it; a longer one cut in the middle, ``…`` in its place.
    """
    text = one_line(name)
    if len(text) <= MAX_ROW_NAME_CHARS:
        return text
    head = MAX_ROW_NAME_CHARS - CUT_NAME_TAIL - 1
    return f"{text[:head].rstrip()}…{text[-CUT_NAME_TAIL:].lstrip()}"


def _font(key: str) -> FontProperties:
    """The chart font at the size of a font-size rcParam (``'medium'``, points ...)."""
    rc = matplotlib.rcParams
    return FontProperties(family=rc["font.family"], size=rc[key])


def text_width(text: str, key: str) -> float:
    """Width in points of literal text at the font size of rcParam ``key``: its widest line.

    Parameters
    ----------
    text : str
        Shown as is (no mathtext); may hold several lines.
    key : str
        A font-size rcParam, e.g. ``"ytick.labelsize"``.

    Returns
    -------
    float
        Points, as matplotlib's text-to-path engine measures the widest line.
    """
    font = _font(key)
    return max(
        float(text_to_path.get_text_width_height_descent(line, font, ismath=False)[0])
        for line in str(text).split("\n")
    )


#: Matplotlib's spacing of the lines of one text, in line heights (``Text`` default).
TITLE_LINE_SPACING = 1.2


def line_height(key: str) -> float:
    """Height in points of a line of text at rcParam ``key``'s size, as matplotlib lays it.

    Parameters
    ----------
    key : str
        A font-size rcParam, as for :func:`text_width`.

    Returns
    -------
    float
        Points, measured on ``lp`` (an ascender and a descender).
    """
    _, height, _ = text_to_path.get_text_width_height_descent("lp", _font(key), ismath=False)
    return float(height)


def _offset(figure: Figure, dx: float, dy: float) -> ScaledTranslation:
    """A shift by ``dx``, ``dy`` points."""
    return ScaledTranslation(dx / POINTS_PER_INCH, dy / POINTS_PER_INCH, figure.dpi_scale_trans)


def _tick_room(axis: str) -> float:
    """Points between the axes and its tick labels: tick length and pad."""
    rc = matplotlib.rcParams
    return float(rc[f"{axis}tick.major.size"]) + float(rc[f"{axis}tick.major.pad"])


def _legend_width(legend: Any) -> float:
    """Width in points of a one-line legend: each entry's mark and text, the gaps, the pads."""
    rc = matplotlib.rcParams
    size = _font("legend.fontsize").get_size_in_points()
    texts = [text.get_text() for text in legend.get_texts()]
    entries = sum(
        (rc["legend.handlelength"] + rc["legend.handletextpad"]) * size
        + text_width(text, "legend.fontsize")
        for text in texts
    )
    gaps = rc["legend.columnspacing"] * size * max(len(texts) - 1, 0)
    return float(entries + gaps + 2 * rc["legend.borderpad"] * size)


def _centred_widths(axes: Any) -> list[float]:
    """Widths in points of the texts centred on the plot: title, x label, legend."""
    widths = [
        text_width(axes.get_title(), "axes.titlesize"),
        text_width(axes.get_xlabel(), "axes.labelsize"),
    ]
    if axes.get_legend() is not None:
        widths.append(_legend_width(axes.get_legend()))
    return widths


def label_rows(figure: Figure, axes: Any, names: Sequence[str]) -> None:
    """Name row ``i`` (y = i) ``names[i]`` left of the axes, with a tick mark, as y ticks look.

    One text per row and one line of tick-mark markers, instead of a y tick (five
    artists) per row; the axes keep no y ticks.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        The figure holding ``axes`` (the labels are offset in its points).
    axes : matplotlib.axes.Axes
        Axes whose rows are at y = 0, 1, ...; its y ticks are removed.
    names : sequence of str
        ``names[i]`` labels the row at y = i; each is drawn with :func:`tick_label`.
    """
    rc = matplotlib.rcParams
    axes.set_yticks([])
    rows = list(range(len(names)))
    beside = blended_transform_factory(axes.transAxes, axes.transData)
    axes.plot(
        [0.0] * len(rows),
        rows,
        linestyle="",
        marker=TICKLEFT,
        markersize=rc["ytick.major.size"],
        markeredgewidth=rc["ytick.major.width"],
        color=rc["ytick.color"],
        transform=beside,
        clip_on=False,
    )
    shifted = beside + _offset(figure, -_tick_room("y"), 0.0)
    for row, name in zip(rows, names, strict=True):
        axes.text(
            0.0,
            row,
            tick_label(name),
            transform=shifted,
            ha="right",
            va="center_baseline",
            fontproperties=_font("ytick.labelsize"),
            color=rc["ytick.color"],
            clip_on=False,
        )


def lay_out_row_chart(figure: Figure, axes: Any, names: Sequence[str]) -> None:
    """Place a row chart's axes, axis labels, title and legend from the sizes of its texts.

    The left margin holds the widest row name (``names``, as :func:`label_rows` drew
    them) and the y label; the top the title; the bottom the x tick labels, the x
    label and the legend, anchored in figure inches and centred under the axes. A
    figure whose names leave a plot narrower than :data:`MIN_PLOT_WIDTH`, or whose
    title, x label or legend would not fit centred on the plot, is widened.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        A figure without a layout engine, its size set.
    axes : matplotlib.axes.Axes
        Its one axes: titled, labelled, its rows named and its legend made.
    names : sequence of str
        The row names.
    """
    rc = matplotlib.rcParams
    labelpad = float(rc["axes.labelpad"])
    widest = max((text_width(row_name(name), "ytick.labelsize") for name in names), default=0.0)
    name_room = _tick_room("y") + widest + labelpad
    left = EDGE_PAD + line_height("axes.labelsize") + name_room
    title_lines = axes.get_title().count("\n") + 1  # a note may follow the title
    title_height = line_height("axes.titlesize") * (1 + TITLE_LINE_SPACING * (title_lines - 1))
    top = EDGE_PAD + title_height + float(rc["axes.titlepad"])
    legend = axes.get_legend()
    legend_height = 0.0
    if legend is not None:
        legend_size = _font("legend.fontsize").get_size_in_points()
        legend_height = line_height("legend.fontsize") + 2 * rc["legend.borderpad"] * legend_size
    number_room = _tick_room("x") + line_height("xtick.labelsize") + labelpad
    bottom = EDGE_PAD + legend_height + LEGEND_GAP + line_height("axes.labelsize") + number_room
    width, height = (float(v) * POINTS_PER_INCH for v in figure.get_size_inches())
    right = RIGHT_ROOM + EDGE_PAD
    # Title, x label and legend are centred on the plot: each must fit the figure.
    centred = max(_centred_widths(axes))
    plot_width = max(
        width - left - right,
        MIN_PLOT_WIDTH,
        centred + 2 * EDGE_PAD - 2 * left,
        centred + 2 * EDGE_PAD - 2 * right,
    )
    width = left + plot_width + right
    figure.set_size_inches(width / POINTS_PER_INCH, height / POINTS_PER_INCH)
    plot_height = max(height - top - bottom, 1.0)
    axes.set_position([left / width, bottom / height, plot_width / width, plot_height / height])
    # Fixed places: matplotlib would otherwise measure the tick labels at draw time.
    axes.yaxis.set_label_coords(0.0, 0.5, axes.transAxes + _offset(figure, -name_room, 0.0))
    axes.xaxis.set_label_coords(0.5, 0.0, axes.transAxes + _offset(figure, 0.0, -number_room))
    axes.set_title(axes.get_title(), y=1.0)
    if legend is not None:
        anchor = blended_transform_factory(axes.transAxes, figure.dpi_scale_trans)
        legend.set_bbox_to_anchor((0.5, EDGE_PAD / POINTS_PER_INCH), transform=anchor)
        legend.set_loc("lower center")
        legend.borderaxespad = 0.0
