"""A short last paragraph after a media block under the story (a step of the body
detector).

A page sets a player or a photo between its story's paragraphs, and a dump prints what
is left of it: a player's label, length and title ("Watch again" / "03:41" / "Why
waiting times doubled"), a photo's counter, caption and credit ("Image 3 of 6" /
"Volunteers at work. (Photo: Jo Roe)"). Between two paragraphs the region search crosses
such a block; before the story's last paragraph, when that paragraph is one short
sentence, it does not (the sentence weighs less than the block costs), and the sentence
was lost as the page's trailer.

:func:`media_tail_paragraph` finds it: the lines right after the body open with a media
line (:func:`is_media_line`), a link to another story under its label ("Read also:
Headline", :func:`~analysis.clean.body.story_links.is_label_headline`) or an ad slot's
label in the language's word ("PUBLICIDADE", "Iklan": :func:`~analysis.clean.ad_labels.
is_ad_label`; the slot's block is its label alone) and hold at most
:data:`MEDIA_BLOCK_MAX_LINES` lines, each a media line or a title (no sentence); then one
sentence standing alone, printed once, no link's label, sharing a word (no function word)
with the story's paragraphs, in any of its forms (:func:`shares_a_stem`); then the page
ends or a line that is no sentence (a box's label, "Related Topics", "Most read"). No
tuned value: the block's size is a player's
leftovers (label, length, caption, state, control).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence

from analysis.clean.ad_labels import is_ad_label
from analysis.clean.body.features import LineFeatures
from analysis.clean.body.galleries import counter_numbers
from analysis.clean.body.story_links import is_label_headline
from analysis.clean.card_lines import MAX_TITLE_WORDS, READ_MORE_CUES
from analysis.clean.header_lines import is_caption_line
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import LETTER_RUN

__all__ = [
    "MEDIA_BLOCK_MAX_LINES",
    "is_media_line",
    "is_player_label",
    "media_head_paragraph",
    "media_tail_paragraph",
    "shares_a_stem",
]

#: A media block's lines (a player's label, length, caption, state and control).
MEDIA_BLOCK_MAX_LINES = 5
#: A stem's letters: a shorter word standing at another's start is one of its forms
#: ("ehitus" / "ehitusega", "build" / "building"); a shorter one is so by chance ("plan"
#: / "planet"). A language's measure (a stem of most inflected words), not tuned.
STEM_MIN_LETTERS = 5
# Lenition in Irish and Scottish Gaelic writes an "h" after a word's first consonant
# ("togail" / "thogail", "bàta" / "bhàta"): the word without it is the same word.
_LENITED = re.compile(r"^([bcdfgmpst])h(?=\w)")

# A player's line: its label or control ("Watch", "Watch again", "Play video", "Listen",
# "Duration 2:14", "Media caption, ...") opening the line, or its length alone ("03:41").
_PLAYER = re.compile(
    r"^\W*(?:(?:watch|listen)(?:\s+(?:again|now|live|video))?|play(?:\s+(?:video|audio|again))?"
    r"|replay|video|audio|duration|media caption)\b(?!\s+(?:to|the|a|an|this)\b)"
    r"(?!.*[.!?][\"'”’)]*\s*$)"
    r"|^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$",
    re.IGNORECASE,
)


# A player's label in another language followed by the clip's length and nothing else
# ("Смотрите видео 2:40", "動画再生 1分32秒", "شاهد: 2:14", "İzle 2:31", "视频时长 02:05",
# "वीडियो देखें 1:45"): a broadcaster's page prints it above or under the story's text as
# the English "Watch: 2:14" (review h450: a Japanese and a Russian broadcaster's HTML kept
# it as the body's first line). The words are each language's "watch", "video", "play",
# "listen" and "duration" as their dictionaries give them (de fr es it pt nl ru uk tr ar
# hi zh ja ko, the broadcasters of the round's crawls); the length closing the line is
# the evidence (a sentence naming a video holds no length after it: "Смотрите видео о
# наводнении на нашем сайте." is no match), so no word is read without it. The words of
# scripts that write no space between words (Chinese, Japanese, Korean) need no word
# boundary after them ("動画再生", "视频时长"). No tuned value.
_PLAYER_WORDS = (
    r"(?:video|vídeo|vidéo|anschauen|abspielen|dauer|anhören|regarder|écouter|durée|ver"
    r"|escuchar|duración|reproducir|guarda|ascolta|durata|assista|assistir|ouça|ouvir"
    r"|duração|bekijk|kijk|luister|duur|смотрите|смотреть|видео|слушать|длительность"
    r"|продолжительность|дивіться|дивитися|відео|слухати|тривалість|izle|dinle|süre"
    r"|شاهد|فيديو|استمع|المدة|مدة|वीडियो|देखें|सुनें|अवधि)(?!\w)"
    r"|视频|視頻|播放|时长|時長|收听|收聽|观看|觀看|動画|再生|視聴|映像|영상|동영상|재생|듣기"
)
_CLIP_LENGTH = (
    r"\d{1,2}:\d{2}(?::\d{2})?|\d+\s*分(?:\s*\d+\s*秒)?(?:钟|鐘)?|\d+\s*秒"
    r"|\d+\s*분(?:\s*\d+\s*초)?|\d+\s*초"
)
_OTHER_PLAYER = re.compile(
    r"^\W*(?:"
    + _PLAYER_WORDS
    + r")[^\d.!?。！？]{0,24}?[:：]?\s*\(?(?:"
    + _CLIP_LENGTH
    + r")\)?\s*$",
    re.IGNORECASE,
)


def is_player_label(text: str) -> bool:
    """Whether a line is a player's label in a language other than English followed by
    the clip's length and nothing else ("Смотрите видео 2:40", "動画再生 1分32秒",
    "شاهد: 2:14"; see :data:`_PLAYER_WORDS`).

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
        False for a sentence, and for a label with no length after it.
    """
    return _OTHER_PLAYER.match(text) is not None


def is_media_line(text: str) -> bool:
    """Whether a line is what a player or a photo leaves in a dump: a player's label,
    control or length, a photo's counter ("Image 3 of 6") or caption and credit.

    Parameters
    ----------
    text : str
        A line of the page, as printed (a dump's line under the story).

    Returns
    -------
    bool
        False for a sentence ("Video evidence was shown to the court.", "Watch the
        video below.") as for any line of the story.
    """
    return (
        _PLAYER.match(text) is not None
        or _OTHER_PLAYER.match(text) is not None
        or counter_numbers(text) is not None
        or is_caption_line(text)
    )


def media_tail_paragraph(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    body: Sequence[bool],
    widgets: Collection[int] = (),
) -> int | None:
    """The position of the story's last paragraph after a media block under the body
    (module docstring), or None.

    Parameters
    ----------
    lines : sequence of str
        The page's lines, without line endings.
    features : sequence of LineFeatures
        Its non-blank lines, in page order.
    body : sequence of bool
        Whether each of them is body so far.
    widgets : collection of int
        Positions of a widget's block set between the story's paragraphs (a quiz's or a
        poll's form: :func:`~analysis.clean.body.choice_rows.form_blocks`, of any length):
        such a block under the body stands for a media block.

    Returns
    -------
    int or None
        A position in ``features`` after the body's last line.
    """
    last = max((position for position, kept in enumerate(body) if kept), default=-1)
    first = last + 1
    if last < 0 or first >= len(features):
        return None
    opening = lines[features[first].index].strip()
    media = is_media_line(opening) or is_label_headline(opening)
    position = first + 1
    if first in widgets:
        media = False  # the widget's block, whatever its lines, then the paragraph
        while position < len(features) and position in widgets:
            position += 1
    elif not (media or is_ad_label(opening)):
        return None
    # (an ad's label stands alone over the paragraph: "Advertisement" / "Share This
    # Story" / "Recommended Stories" is the page's trailer)
    while media and position < len(features) and position - first < MEDIA_BLOCK_MAX_LINES:
        feature = features[position]
        text = lines[feature.index]
        if not (is_media_line(text) or _is_title(feature)):
            break
        position += 1
    if position >= len(features) or not _is_last_paragraph(lines, features, position):
        return None
    following = position + 1
    if following < len(features) and features[following].ends_sentence:
        return None  # more sentences: teasers, not one last paragraph
    story_words = {
        word
        for kept, feature in zip(body, features, strict=True)
        if kept
        for word in _content_words(lines[feature.index])
    }
    last_words = _content_words(lines[features[position].index])
    return position if shares_a_stem(story_words, last_words) else None


def media_head_paragraph(
    lines: Sequence[str], features: Sequence[LineFeatures], body: Sequence[bool]
) -> int | None:
    """The position of the story's first paragraph over a media block above the body
    (the intro a player's leftovers cut off: "A new park has opened ..." / "Video: The
    park from the air" / "2:47" / the story), or None.

    The mirror of :func:`media_tail_paragraph`: the lines right before the body are a
    media block of at most :data:`MEDIA_BLOCK_MAX_LINES` lines, each a media line or a
    title, one of them a player's label or length (titles alone are a card's or a
    header's lines); the line over the block is one paragraph standing alone, printed
    once, no link's label, sharing a word with the story's paragraphs; the line over
    that one is no sentence (the header's lines, a heading: more sentences over it
    are teasers or a standfirst's paragraphs). No tuned value.

    Parameters
    ----------
    lines : sequence of str
        The page's lines, without line endings.
    features : sequence of LineFeatures
        Its non-blank lines, in page order.
    body : sequence of bool
        Whether each of them is body so far.

    Returns
    -------
    int or None
        A position in ``features`` before the body's first line.
    """
    first = next((position for position, kept in enumerate(body) if kept), None)
    if first is None:
        return None
    position = first - 1
    player = False
    while position >= 0 and first - position <= MEDIA_BLOCK_MAX_LINES:
        text = lines[features[position].index]
        if _PLAYER.match(text) is not None or _OTHER_PLAYER.match(text) is not None:
            player = True
        elif not (is_media_line(text) or _is_title(features[position])):
            break
        position -= 1
    if not player or position < 0 or position == first - 1:
        return None
    if not _is_last_paragraph(lines, features, position):
        return None
    if position > 0 and features[position - 1].ends_sentence:
        return None
    story_words = {
        word
        for kept, feature in zip(body, features, strict=True)
        if kept
        for word in _content_words(lines[feature.index])
    }
    intro_words = _content_words(lines[features[position].index])
    return position if shares_a_stem(story_words, intro_words) else None


def shares_a_stem(words: Collection[str], others: Collection[str]) -> bool:
    """Whether two sets of lower-case words share a word in any of its forms.

    Parameters
    ----------
    words : collection of str
        A text's words (the story's), in lower case.
    others : collection of str
        Another text's words (a last paragraph's), in lower case.

    Returns
    -------
    bool
        True when a word is in both, once Gaelic lenition is undone ("thogail" is
        "togail"), or one of them stands at the start of the other and has at least
        :data:`STEM_MIN_LETTERS` letters ("ehitus" / "ehitusega"). Sorted words and
        prefixes: no search over every pair.
    """
    stems = sorted({_unlenited(word) for word in words})
    known = set(stems)
    for word in {_unlenited(other) for other in others}:
        if word in known:
            return True
        if len(word) < STEM_MIN_LETTERS:
            continue
        if any(word[:stop] in known for stop in range(STEM_MIN_LETTERS, len(word))):
            return True  # a story's word stands at its start
        at = bisect_left(stems, word)
        if at < len(stems) and stems[at].startswith(word):
            return True  # it stands at the start of a story's word
    return False


def _unlenited(word: str) -> str:
    """A word without the "h" Gaelic lenition writes after its first consonant."""
    return _LENITED.sub(r"\1", word)


def _is_title(feature: LineFeatures) -> bool:
    """Whether a line may be a video's or a photo's title: a few words, no sentence."""
    return (
        0 < feature.n_words <= MAX_TITLE_WORDS
        and not feature.ends_sentence
        and not (feature.is_bullet or feature.is_notice)
    )


def _is_last_paragraph(
    lines: Sequence[str], features: Sequence[LineFeatures], position: int
) -> bool:
    """Whether a line may be the story's last paragraph: a sentence standing alone,
    printed once, no bullet, notice or link to another story."""
    feature = features[position]
    text = lines[feature.index].strip()
    return (
        feature.ends_sentence
        and feature.n_adjacent == 0
        and feature.repeats == 1
        and feature.n_words >= 2
        and not (feature.is_bullet or feature.is_notice)
        and not is_media_line(text)
        and not is_label_headline(text)
        and READ_MORE_CUES.match(text) is None
    )


def _content_words(text: str) -> set[str]:
    """A line's words in lower case, its function words left out."""
    return {
        word for word in (w.lower() for w in LETTER_RUN.findall(text)) if word not in FUNCTION_WORDS
    }
