"""An inline frame's own document (``<iframe srcdoc="...">``) rendered in the frame's place.

A page embedding a widget (a partner's latest stories, a paper's list on a town's
portal) may give the frame its document in the ``srcdoc`` attribute, the markup
escaped, instead of an address: a browser shows that document where the frame stands,
but a text rendering of the page showed nothing there, and the stories it lists were
lost. Each such frame's document is parsed here (as markup, as the page's own markup
is: never run) and its body's content put in the frame's place, in a block. A frame
with an address only (``src``) is a document the page does not hold: left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["inline_frame_documents"]


def inline_frame_documents(tree: HtmlElement) -> int:
    """Put each ``srcdoc`` frame's document's body in the frame's place, in place.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.

    Returns
    -------
    int
        How many frames were so replaced.
    """
    from lxml.etree import ParserError
    from lxml.html import document_fromstring

    frames = [frame for frame in tree.iter("iframe") if (frame.get("srcdoc") or "").strip()]
    for frame in frames:
        try:
            document = document_fromstring(frame.get("srcdoc"))
        except ParserError:
            continue
        block = frame.makeelement("div", {})
        body = document.find("body")
        block.extend(list(body if body is not None else document))
        block.tail = frame.tail
        frame.getparent().replace(frame, block)
    return len(frames)
