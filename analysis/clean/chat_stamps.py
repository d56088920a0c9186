"""The stamp opening each message of a chat app's text export, and whether a page is
one: ``03/12/2026, 08:15 - Sender: text``, ``[03.12.26, 08:15:02] Sender: text``,
``Tue, Dec 1 2026, 06:00 - Sender: text`` (WhatsApp, Signal, a Matrix client).

A chat export prints each message as it was typed, its lines as the sender broke them:
no page of one is hard-wrapped (:func:`analysis.clean.dump_text.join_hard_wraps` leaves
it be). :data:`~analysis.clean.card_blocks.MIN_CARDS` message lines make a page one.
No value is tuned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS

__all__ = ["CLOCK", "DAY", "EXPORTED", "is_chat_export"]

# A clock time, as a chat app prints a message's: "09:05", "9:05:12", "9:05 PM".
CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
# A day as an export's stamp writes it: numeric ("03/12/2026"), or with the month's
# name, a weekday's before it ("Tue, Dec 1 2026", "1 Dec 2026"; read by
# :func:`~analysis.clean.dates.find_date_span`, a stamp holding no date is none).
DAY = (
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|(?:[^\W\d_]{2,}\.?,?\s+)?(?:[^\W\d_]{2,}\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]{2,}\.?)"
    r",?\s+\d{4})"
)
# An exported message's first line: its stamp (the day, a comma, the time; in
# brackets, or before a dash), the sender and a colon, the message's first line.
EXPORTED = re.compile(
    r"^\s*\u200e?(?:\[(?P<bracketed>" + DAY + r",?\s+" + CLOCK + r")\]"
    r"|(?P<dashed>" + DAY + r",?\s+" + CLOCK + r")\s+[-\u2013])"
    r"\s+(?:(?P<sender>[^:\s][^:]{0,59}?):\s+(?P<text>\S.*?))?\s*$"
)


def is_chat_export(lines: Sequence[str]) -> bool:
    """Whether a page is a chat app's export: :data:`~analysis.clean.card_blocks.MIN_CARDS`
    of its lines or more open a message (a stamp, a sender, a colon, the text).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    bool
        True for a chat export.
    """
    found = 0
    for line in lines:
        if line[:1].isspace() or not line[:1] or ":" not in line:
            continue  # (a message's sender is followed by a colon)
        match = EXPORTED.match(line)
        if match is not None and match["sender"] is not None:
            found += 1
            if found >= MIN_CARDS:
                return True
    return False
