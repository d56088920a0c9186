"""The sender of the message a forwarded e-mail holds: a newsletter passed on by a reader.

Researchers pass newsletters around by forwarding them, and save the forward (a mail
program's print, "Save as text", a copied message). The page then opens with the
forwarder's own header or the mail program's print line ("Gmail\tJane Roe
<jane@example.edu>", "From: Jane Roe <jane@example.edu>" over "Subject: Fwd: ..."), and
the newsletter's own header comes after the mail program's forward mark::

    ---------- Forwarded message ---------        (Gmail; Thunderbird: "-------- Forwarded
    From: Harbour Daily <news@harbourdaily.com>    Message --------"; Outlook: "-----Original
    Date: Tue, Dec 1, 2026 at 6:02 AM              Message-----" or a rule of underscores;
    Subject: Morning Brief                         Apple Mail: "Begin forwarded message:")

The forwarded message's sender names the site; the forwarder's address (a university's,
an employer's) never does (review h330: four newsletters forwarded from one university
were filed under the university's domain). :func:`forwarded_sender` finds the inner
header: a block of two or more mail header fields (:data:`SENDER_LABELS`,
:data:`MAIL_LABELS`: the labels mail programs print in English, German, French, Spanish,
Italian, Portuguese, Dutch and the Nordic languages, a word table, not a tuned list),
one of them the sender's, right under a forward mark: a line framed by runs of dashes, a
rule of underscores, or a line closing with a colon. The sender names a site only when its
name is its address's domain's: a newsletter is sent from its site's domain ("Harbour
Daily <news@harbourdaily.com>"); a person passing a story on ("Tom Haller
<tom.haller@mailbox.example>", "Saw this in the Kestrel Times") names no site, though
the address's local part spells the person's name. No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.domains import registered_domain
from analysis.clean.name_domain import name_matches_domain

__all__ = ["MAIL_LABELS", "SENDER_LABELS", "forwarded_sender"]

#: The labels a mail program prints before a message's sender.
SENDER_LABELS = frozenset(
    {"from", "von", "de", "da", "van", "från", "fra", "frá", "lähettäjä", "od", "feladó"}
)
#: The other labels of a message's header as mail programs print them (recipients, the
#: day it was sent, its subject).
MAIL_LABELS = frozenset(
    {
        "to", "cc", "bcc", "date", "sent", "subject", "reply-to",  # English
        "an", "kopie", "datum", "gesendet", "betreff", "antwort an",  # German
        "à", "a", "envoyé", "objet", "répondre à",  # French, Italian "a"
        "para", "fecha", "enviado", "enviada", "asunto", "responder a", "assunto",  # es, pt
        "data", "inviato", "oggetto", "rispondi a",  # Italian
        "aan", "verzonden", "onderwerp",  # Dutch
        "till", "skickat", "ämne", "til", "sendt", "emne", "dato",  # Swedish, Danish, Norwegian
        "vastaanottaja", "päivämäärä", "lähetetty", "aihe",  # Finnish
    }
)  # fmt: skip
#: How far down the page the forwarded message's header may start (a forward's own
#: note, its header and a mail program's print lines come first; a newsletter's header
#: never lies deeper).
MAX_LINES = 60
# A forward mark: a line framed by runs of dashes ("---------- Forwarded message
# ---------", "-----Original Message-----"), a rule of underscores or dashes alone
# (Outlook's), or a short line closing with a colon ("Begin forwarded message:").
_MARK = re.compile(r"^\s*(?:-{2,}\s*[^\W\d_][^-]{0,60}?\s*-{2,}|[_-]{8,}|[^\W\d_][^:]{0,60}:)\s*$")
# A header field: a label (one to three words), a colon, a value.
_FIELD = re.compile(r"^\s*(?P<label>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})\s*:\s*(?P<value>\S.*?)?\s*$")
# The sender's value: a name, perhaps quoted, before the address in angle brackets
# ("Harbour Daily <news@harbourdaily.com>", "\"Harbour Daily\" <news@...>"), or in
# square brackets as Outlook prints a mailto link ("Harbour Daily [mailto:news@...]").
_NAMED_SENDER = re.compile(
    r"^(?P<q>[\"'\u201c]?)(?P<name>[^<>\[\]\"@\u201d]*?[^\W_][^<>\[\]\"@\u201d]*?)"
    r"(?P=q)\u201d?\s*[<\[](?:mailto:)?[^<>\s@]+@(?P<host>[^<>\s\]]+)[>\]]$"
)


def forwarded_sender(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """Where a forwarded e-mail names the sender of the message it forwards.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        ``(line, start, end)`` of the sender's name (without its address) in the header
        under the last forward mark among the first :data:`MAX_LINES` lines; None when
        the page holds no forwarded message, or its sender is an address alone.

    Examples
    --------
    >>> forwarded_sender([
    ...     "From: Jane Roe <jane@example.edu>", "Subject: Fwd: Morning Brief", "",
    ...     "Begin forwarded message:", "",
    ...     "From: Harbour Daily <news@harbourdaily.example>", "Subject: Morning Brief",
    ... ])
    (5, 6, 19)
    >>> forwarded_sender(["From: Harbour Daily <news@example.com>", "Subject: Brief"]) is None
    True
    """
    found = None
    for i in range(min(len(lines), MAX_LINES)):
        if _MARK.match(lines[i]) and (sender := _sender_under(lines, i + 1)) is not None:
            found = sender
    return found


def _sender_under(lines: Sequence[str], first: int) -> tuple[int, int, int] | None:
    """The sender's name span of the header block starting at line ``first`` (blank
    lines before it aside): two or more consecutive mail fields, one of them a sender's
    with a name before its address; None otherwise."""
    i = first
    while i < len(lines) and not lines[i].strip():
        i += 1
    sender, fields = None, 0
    while i < len(lines) and (field := _FIELD.match(lines[i])) is not None:
        label = field.group("label").casefold()
        if label in SENDER_LABELS and sender is None and field.group("value"):
            named = _NAMED_SENDER.match(field.group("value"))
            if named is None or not _sent_from_its_site(named):
                return None
            start = field.start("value") + named.start("name")
            sender = (i, start, start + len(named.group("name").rstrip()))
        elif label not in MAIL_LABELS:
            break
        fields += 1
        i += 1
    return sender if fields >= 2 else None


def _sent_from_its_site(sender: re.Match[str]) -> bool:
    """Whether a sender's name is the name of its address's domain ("Harbour Daily" at
    ``harbourdaily.com``; the name's word starts read as the label may abbreviate it:
    :func:`~analysis.clean.name_domain.name_matches_domain`)."""
    name = sender.group("name").strip().strip("\"'\u201c\u201d")
    host = sender.group("host")
    domain = registered_domain(host) or host  # a mailing host: e.harbourdaily.com
    return name_matches_domain(name, domain, word_starts=True)
