"""A Jupyter notebook (``.ipynb``) read as the text it shows: its notes and its outputs.

A researcher's notebook often holds what she collected: a cell printing a data frame of
stories (``df.head()``), a list, a summary. Saved, a notebook is JSON (nbformat 4: a
``cells`` list, each with a ``cell_type``, its ``source`` and, for a code cell, the
``outputs`` its last run printed). Read as a page it is the text a reader of the notebook
sees, cell by cell: a Markdown cell's text, and each output's printed text (a result's or
a display's ``text/plain``, else its ``text/markdown``; a stream's text), a blank line
between them; a data frame printed as text is then read as the table of stories it is
(:mod:`analysis.clean.clipping_table`). A result shown both as HTML and as text is read
once, as its text. The code of a code cell is never run, and not read (it is no text of
the stories), nor an error's traceback or a raw cell; an output's HTML, JavaScript or
image is not read.
"""

from __future__ import annotations

import json
from pathlib import Path

from analysis.errors import PageReadError

__all__ = ["NOTEBOOK_ENCODING", "NOTEBOOK_SUFFIXES", "notebook_text"]

#: A notebook file's ending.
NOTEBOOK_SUFFIXES = (".ipynb",)
#: The pages table's ``encoding`` of a page read from a notebook (its JSON is UTF-8).
NOTEBOOK_ENCODING = "ipynb"
#: An output's media types read, the first present of each output: its printed text.
OUTPUT_TYPES = ("text/plain", "text/markdown")


def _joined(value: object) -> str:
    """A notebook's multi-line text: a string, or a list of lines (nbformat's)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        return "".join(value)
    return ""


def _output_text(output: object) -> str:
    """One output's printed text ("" for an error, an image, HTML or script alone)."""
    if not isinstance(output, dict):
        return ""
    if output.get("output_type") == "stream":
        return _joined(output.get("text"))
    data = output.get("data")
    if output.get("output_type") in ("execute_result", "display_data") and isinstance(data, dict):
        return next((text for kind in OUTPUT_TYPES if (text := _joined(data.get(kind)))), "")
    return ""


def _cell_texts(cell: object) -> list[str]:
    """What a reader of the notebook reads in one cell: a Markdown cell's text, a code
    cell's outputs' (not its code)."""
    if not isinstance(cell, dict):
        return []
    if cell.get("cell_type") == "markdown":
        return [_joined(cell.get("source"))]
    if cell.get("cell_type") == "code" and isinstance(cell.get("outputs"), list):
        return [_output_text(output) for output in cell["outputs"]]
    return []


def notebook_text(data: bytes, shown: str | Path) -> str:
    """The text a Jupyter notebook shows (see the module doc).

    Parameters
    ----------
    data : bytes
        The ``.ipynb`` file's content (JSON, UTF-8).
    shown : str or Path
        The file as named in errors.

    Returns
    -------
    str
        Its Markdown cells' and outputs' texts in order, a blank line between them.

    Raises
    ------
    analysis.errors.PageReadError
        The file is no JSON, no notebook (no ``cells`` list), or shows no text.
    """
    try:
        notebook = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as err:
        raise PageReadError(shown, f"a .ipynb file that is no notebook's JSON ({err})") from err
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise PageReadError(shown, "a .ipynb file without a list of cells (no Jupyter notebook)")
    texts = [text.strip("\n") for cell in cells for text in _cell_texts(cell) if text.strip()]
    if not texts:
        raise PageReadError(
            shown, "a Jupyter notebook without text: no Markdown cell and no printed output"
        )
    return "\n\n".join(texts) + "\n"
