"""A share bar's names: the services a page offers to share it on ("Facebook  X").

The body detector reads a share bar as a row of cells
(:func:`analysis.clean.body.page_controls.is_control_row`); a text browser's dump prints
one with its names one space apart, which :func:`is_share_names_line` reads, so that the
site-name reader never takes a service for the page's site
(:func:`analysis.clean.site_name.page_site_name`).
"""

from __future__ import annotations

from analysis.text import count_words

#: The services a share bar offers, lower case, as they write their names.
SHARE_TARGETS = frozenset(
    {
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "telegram",
        "viber",
        "linkedin",
        "reddit",
        "pinterest",
        "messenger",
        "threads",
        "bluesky",
        "mastodon",
        "flipboard",
        "tumblr",
        "email",
        "e-mail",
        "mail",
        "sms",
        "line",
        "kakaotalk",
        "wechat",
        "weibo",
        "vk",
        "xing",
    }
)
#: A share bar names at least this many targets (one name alone is a word of a text).
MIN_SHARE_TARGETS = 2
#: The most words of a control's label beside the targets or the page counter.
MAX_LABEL_WORDS = 2


def is_share_names_line(text: str) -> bool:
    """Whether a line is a share bar printed one space apart: only share targets
    (:data:`SHARE_TARGETS`, at least :data:`MIN_SHARE_TARGETS`), after at most a label of
    :data:`MAX_LABEL_WORDS` words ending in a colon.

    A text browser's dump takes its links' marks off a share bar and leaves its names one
    space apart ("[6]Facebook [7]X" is "Facebook X"), which :func:`is_control_row` reads
    as one cell; such a line names the services, never the page's site.

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
        True for "Facebook X", "Teilen: Facebook WhatsApp"; False for "The Messenger",
        "Facebook" alone, or a sentence.

    Examples
    --------
    >>> is_share_names_line("   Facebook X"), is_share_names_line("Mail Online")
    (True, False)
    """
    head, colon, rest = text.partition(":")
    if colon and count_words(head) <= MAX_LABEL_WORDS:
        text = rest
    targets = 0
    for word in text.split():  # (speed: the first word that is no target answers)
        word = word.strip(",|·•/")
        if word and word.casefold() not in SHARE_TARGETS:
            return False
        targets += bool(word)
    return targets >= MIN_SHARE_TARGETS


#: The labels of an article's own buttons, printed in a row under its headline ("Share
#: Save", "Teilen Merken", "分享 收藏", "공유 저장"): sharing, saving or bookmarking,
#: printing, commenting, following, listening, in the languages the review sets hold.
#: Vocabulary of controls, lower case; never a person's name.
ARTICLE_ACTIONS = frozenset(
    {
        # en
        "share",
        "save",
        "saved",
        "bookmark",
        "print",
        "comment",
        "follow",
        "listen",
        "gift",
        # de, nl
        "teilen",
        "merken",
        "speichern",
        "drucken",
        "folgen",
        "delen",
        "bewaren",
        "opslaan",
        # fr, es, it, pt, ca
        "partager",
        "sauvegarder",
        "enregistrer",
        "imprimer",
        "suivre",
        "compartir",
        "guardar",
        "imprimir",
        "seguir",
        "condividi",
        "salva",
        "stampa",
        "segui",
        "compartilhar",
        "partilhar",
        "salvar",
        # pl, tr
        "udostępnij",
        "zapisz",
        "drukuj",
        "obserwuj",
        "paylaş",
        "kaydet",
        "yazdır",
        # ru, uk
        "поделиться",
        "сохранить",
        "печать",
        "поділитися",
        "зберегти",
        "друк",
        # ar, hi
        "شارك",
        "مشاركة",
        "احفظ",
        "حفظ",
        "طباعة",
        "शेयर",
        "सेव",
        # zh, ja, ko
        "分享",
        "收藏",
        "打印",
        "转发",
        "シェア",
        "保存",
        "印刷",
        "ブックマーク",
        "공유",
        "저장",
        "인쇄",
        "스크랩",
    }
)
#: The most labels of such a row (share, save, print, comment).
MAX_ACTION_LABELS = 4


def is_action_row(text: str) -> bool:
    """Whether a line is only the labels of an article's buttons (:data:`ARTICLE_ACTIONS`,
    at most :data:`MAX_ACTION_LABELS`): "Share Save", "Compartilhar Salvar", "공유 저장",
    "シェア" as a dump prints the row under a headline, where a name in the shape of a
    byline stands (two capitalized words, or a short run of a script without case).

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
        True for such a line; False for a sentence, a name, or a line with other words.

    Examples
    --------
    >>> is_action_row("Share Save"), is_action_row("Sara Share")
    (True, False)
    """
    words = text.split()
    return 0 < len(words) <= MAX_ACTION_LABELS and all(
        word.strip("|·•/").casefold() in ARTICLE_ACTIONS for word in words
    )
