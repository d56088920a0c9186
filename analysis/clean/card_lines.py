"""Line kinds of a listing page: what each line of a page looks like, on its own.

Reads one page's lines; writes nothing. The listing splitter
(:mod:`analysis.clean.listing`) looks for the same sequence of kinds recurring down the
page; :mod:`analysis.clean.card_fields` reads titles, outlets and times out of the lines.

Kinds (:func:`line_kind`):

- ``blank``: empty or white space, or a drawn rule (``----``, ``* * *``): a separator
  line separates cards and paragraphs as a blank line does;
- ``bullet``: a list item (``  • Politics``), or a menu printed on one line (``Home | World
  | Sport``: :func:`~analysis.clean.header_lines.is_menu_line`; ``Home  World  Sport``,
  its entries two spaces or more apart: :func:`~analysis.clean.header_lines.spaced_menu_items`);
- ``caption``: a photo caption or credit (:data:`CAPTION_CUES`; opened by a photo's
  label, :data:`CAPTION_LABEL`, even as a sentence), a quoted social-media
  post's credit (:data:`SOCIAL_POST_CREDIT`), a media player's line (:data:`MEDIA_PLAYER`);
- ``sponsored``: a line that marks paid content (:data:`SPONSORED_CUES`);
- ``cue``: a link label such as "Read more" (:data:`READ_MORE_CUES`), a promo link
  (:data:`PROMO_LINK`);
- ``meta``: a short line holding a time or date, a byline (``By X``, ``X |``), a source
  cue ("Source: X", "From X:"), or a URL crumb (``site.com › path``);
- ``prose``: a sentence-shaped line (body text, teaser, snippet);
- ``title``: a headline-shaped line (3 to :data:`MAX_TITLE_WORDS` words, not prose), or
  a line under a title's label (``Title: ...``: page_metadata.TITLE_LABEL);
- ``label``: a short name-like line (outlet, kicker, section: 1 to 6 words).

The cue vocabularies below are generic link and label words in the page languages we
meet (English, German, Spanish, French, Italian); they name no site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.bylines import NAME_PARTICLES
from analysis.clean.cldr_units import UNITS_AFTER_NUMBER, UNITS_BEFORE_NUMBER
from analysis.clean.cldr_yesterday import YESTERDAY_WORDS as CLDR_YESTERDAY_WORDS
from analysis.clean.comment_words import COMMENT_WORDS
from analysis.clean.dates import DATE_LABEL, ENGLISH_MONTH, FOREIGN_MONTHS, find_date_span
from analysis.clean.header_lines import (
    FOREIGN_BYLINE_CUES,
    RELATED_WORDS,
    is_menu_line,
    spaced_menu_items,
)
from analysis.clean.interface_words import is_button_row, is_loading_placeholder
from analysis.clean.page_metadata import TITLE_LABEL, find_byline, find_relative_time
from analysis.clean.pattern_starts import starting_at
from analysis.clean.relative_times import FOREIGN_RELATIVE_TIME
from analysis.clean.weekdays import is_weekday_name
from analysis.clean.yearless_dates import CLOCK_TIME
from analysis.text import (
    RULE_MARKS,
    bullet_end,
    caseless_lower,
    count_label_words,
    count_word_tokens,
    count_words,
    is_bullet,
    is_rule_line,
    once_per_page,
    opens_upper_case,
    remembered_across_pages,
)
from analysis.text.marks import (
    CLOSING_MARKS,
    CLOSING_QUOTATION_MARKS,
    GUILLEMET_SPACES,
    QUESTION_MARKS,
    SENTENCE_MARKS,
    UNMARKED_SCRIPTS,
)
from analysis.text.patterns import COMBINING_MARK
from analysis.text.scripts import has_syllabic_script

#: Words of a headline-shaped line.
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
#: A line of this many words is prose whatever its ending.
PROSE_WORDS = 25
#: A line of this many words that ends like a sentence is prose.
MIN_SENTENCE_WORDS = 7
#: Words of a quoted sentence that make it prose.
MIN_QUOTATION_WORDS = 3
#: A line ending in a question mark is prose from this many words (headlines ask too).
MIN_QUESTION_WORDS = 16
#: A short line with a caption cue is a caption up to this many words.
MAX_CAPTION_WORDS = 20
#: A meta line (time, byline, source cue) has at most this many words.
MAX_META_WORDS = 14
#: Most words of a date line opened by a date's label ("Published", "Publié le",
#: "Wozjewjene") beside its date: the label's two and a section's clause ("dans
#: Politique", "w rubrice Kubłanje", "in Local News": up to four).
MAX_LABELLED_DATE_WORDS = 6
#: Most words of a label beside the date of a list item read as a card's date line
#: ("• Ended · 2026-12-03", "• Jane Roe · 3 December 2026"): as many as a date line's
#: label and value are given (:func:`_is_time_line`'s bound).
MAX_BULLETED_DATE_WORDS = 3

#: Paid-content markers: a card carrying one is an advertisement, not an article (a
#: marker's own words are matched whole: ``Sponsored Content`` names no sponsor).
SPONSORED_CUES = re.compile(
    r"^\W*(?:sponsored(?: content| stories| links?)?|promoted(?: stories| content)?"
    r"|paid (?:content|post|partner)|partner content|advertisement|presented by"
    r"|brought to you by|advertorial|ad|ads|anzeige|werbung|publicidad|patrocinado"
    r"|contenido patrocinado|publicité|sponsorisé|contenu sponsorisé|pubblicità|sponsorizzato)\b",
    re.IGNORECASE,
)
#: Link labels that close a card or lead away from it.
READ_MORE_CUES = re.compile(
    r"^\W*(?:read (?:more|the full|the rest|full|on|at)|continue reading|full (?:story|article)"
    r"|more\b.{0,30}›|visit website|open original|view (?:article|story)|see more"
    r"|weiterlesen|mehr lesen|zum artikel|leer más|seguir leyendo|sigue leyendo"
    r"|lire la suite|lire plus|leggi (?:tutto|di più|l'articolo)|continua a leggere"
    r"|leia mais|continue lendo|lees meer|läs mer|czytaj więcej|devamını oku"
    r"|(?:baca )?selengkapnya|đọc tiếp|đọc thêm|xem tiếp|читать (?:далее|дальше|полностью)"
    r"|soma zaidi|endelea kusoma|haberin devamı|ler mais|기사 더보기|자세히 보기"
    # more languages' "read more" / "read on" (review h161 F6: Igbo "Gụọ ọzọ")
    r"|gụọ ọzọ|ka siwaju|kà síwájú|karanta ƙari|ci gaba da karantawa|funda kabanzi"
    r"|funda okwengeziwe|darllen mwy|darllen rhagor|irakurri gehiago|ler máis|llegir més"
    r"|continua llegint|loe edasi|loe lähemalt|lasīt vairāk|lasīt tālāk|skaityti daugiau"
    r"|čítať viac|čítajte viac|číst dál|číst více|preberi več|preberite več|pročitaj više"
    r"|opširnije|опширније"
    r"|pročitajte više|прочитај више|прочети още|прочетете още|tovább olvasom|citește mai mult"
    r"|citește tot|lue lisää|læs mere|les mer|lesa meira|lesa áfram|διαβάστε περισσότερα"
    r"|читати далі|और पढ़ें|आगे पढ़ें|আরও পড়ুন|थप पढ्नुहोस्|மேலும் படிக்க"
    # "read the full news / story" (Hindi, Urdu, Bengali), as "read the full story"
    r"|पूरी (?:ख\u093c?बर|\u0959बर|स्टोरी) पढ़ें|پوری خبر پڑھیں|পুরো খবর পড়ুন"
    r"|ఇంకా చదవండి|पुढे वाचा|अधिक वाचा|اقرأ المزيد|ادامه مطلب|مزید پڑھیں|קרא עוד|להמשך קריאה"
    r"|続きを読む|阅读全文|閱讀全文|查看全文|อ่านต่อ|อ่านเพิ่มเติม|ອ່ານເພີ່ມ|ອ່ານຕໍ່|තවත් කියවන්න|អានបន្ត"
    r"|ဆက်ဖတ်ရန်|ተጨማሪ ያንብቡ"
    # a post's link to its comment form ("Leave a reply", as blog themes print it under
    # each post's headline, in their translations)
    r"|leave a (?:reply|comment)|schreibe einen kommentar|hinterlasse einen kommentar"
    r"|laisser un commentaire|laissez un commentaire|deja un comentario|dejar un comentario"
    r"|lascia un commento|deixe um comentário|deixe uma resposta|laat een reactie achter"
    r"|geef een reactie)",
    re.IGNORECASE,
)
#: A search or tag page's count of what it lists ("12 results", "Showing 48 results",
#: "About 1,204 results", "3 articles", "48 Ergebnisse"): a number and the languages' word
#: for results, matches or articles, nothing after it; no section's label.
RESULT_COUNT = re.compile(
    r"^\W*(?:(?:showing|about|found|displaying)\s+)?(?:\d[\d,.\s–-]*(?:of\s+)?)+\s*"
    r"(?:results?|matches|hits|stories|posts|items|résultats?|articles?|resultados?"
    r"|risultati|articoli|ergebnisse|treffer|artikel|resultaten|artikelen|träffar|resultater"
    r"|wyniki|wyników|výsledků|výsledky|tulosta|sonuç|haber|результат(?:ов|а|ы)?|статей"
    r"|نتيجة|نتائج|نتیجه|תוצאות|kết quả|hasil|件)\W*$",
    re.IGNORECASE,
)
#: A promo link set in the text: a headline closed by a link label (``Title | Author Read
#: more``) or opened by a promo label and a colon or a bar (``More: Title``, ``Related:
#: Title``, ``ALSO READ | Title``), a related-story label also by a spaced dash
#: (``Related - Title``, as Burmese sites print it): it leads to another article, never
#: a card's own headline.
# The colons other scripts end a label with: Ethiopic's '፦', '፥' and the word space '፡'
# Tigrinya writes as one, Tibetan's shad '།' ("ተጨማሪ ያንብቡ፦ ...", "འདི་ཡང་ཀློག་རོགས། ..."),
# and the full-width colon and closing lenticular bracket of a CJK label ("相关阅读：...",
# "【関連記事】...").
_OTHER_COLONS = "፦፥፡།：】"
PROMO_LINK = re.compile(
    r"\s(?:read more|continue reading|read the full (?:story|article))\W*$"
    + r"|^\W*(?:read more|ተጨማሪ ያንብቡ|more|recommended|"  # Amharic "read more"
    + (RELATED_WORDS + r")\s*[:|" + _OTHER_COLONS + r"]\s*\S")
    + (r"|^\W*(?:" + RELATED_WORDS + r")\s+[-–—]\s+\S"),
    re.IGNORECASE,
)
# The spaced dashes that may end a related-story label (PROMO_LINK).
_LABEL_DASHES = (" - ", " – ", " — ")
#: A promo's media label and its clip's length before the headline on one line
#: (``Video, 02:45 Title``, ``Audio, 1:02:10 Title``: a word for a clip of
#: :data:`MEDIA_WORDS`, a comma, minutes and seconds, then a headline's first letter; or a
#: play mark for the word, a video list's ``▶ 2:31  Title``): the length is no card's
#: time. A day word before a clock is a time ("gestern, 18:40 · von X"), no label.
MEDIA_LABEL = re.compile(
    r"^\s*(?:(?P<word>[^\W\d_]{2,16}),|(?P<play>[▶►⏵]))"
    r"\s+(?:\d{1,2}:)?[0-5]?\d:[0-5]\d\s+(?=[^\W_])"
)
#: The words for a video or audio clip a promo's label prints, in lower case.
MEDIA_WORDS = frozenset(
    (
        "video", "vídeo", "vidéo", "videó", "wideo", "audio", "áudio", "podcast", "видео",
        "аудио", "відео", "فيديو", "ویدیو", "ویڈیو", "वीडियो", "ভিডিও", "視頻", "视频", "動画",
    )
)  # fmt: skip


#: A media clip's label alone on its line: a word for a clip of :data:`MEDIA_WORDS` and
#: its length (``Видео · 2:41``, ``Video 1:45 Min``, ``视频 01:20``), printed over a
#: broadcaster's card. The length is no time of day (a date over the card would open the
#: cards under it); the line is the caption of the card's player, as :data:`MEDIA_PLAYER`.
MEDIA_LENGTH = re.compile(
    r"^\W*(?P<word>[^\s\d:·•|,–—-]{2,16})\s*[·•|:,–—-]?\s*(?:\d{1,2}:)?[0-5]?\d:[0-5]\d"
    r"(?:\s*[^\W\d_]{1,5}\.?)?\s*$"
)


def is_media_length(text: str) -> bool:
    """Whether ``text`` is a media clip's label and length alone (:data:`MEDIA_LENGTH`).

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    bool
        True for ``Видео · 2:41`` or ``Audio 2:10 Min``; False for a time of day, a date
        and time, or a headline after the label (:func:`media_label_end`).
    """
    label = MEDIA_LENGTH.match(text.strip())
    return label is not None and label["word"].casefold() in MEDIA_WORDS


def media_label_end(text: str) -> int | None:
    """Where a promo's media label and clip length (:data:`MEDIA_LABEL`) opening ``text``
    end, or None.

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    int or None
        The offset of the headline after ``Video, 02:45 ``; None without such a label.
    """
    label = MEDIA_LABEL.match(text)
    if label is None or (label["play"] is None and label["word"].casefold() not in MEDIA_WORDS):
        return None
    return label.end()


#: A media player's line (``Play Video 1:51 Title - video``, ``Listen to this article ·
#: 4 min``, a story's audio player under a short question: ``Only have a minute? Listen
#: instead 5:12``): the clock or the minutes are the clip's length, not a card's time,
#: and the control names no outlet; the line is a caption of the embed.
MEDIA_PLAYER = re.compile(
    r"^(?:[^.!?\n]{1,40}\?\s+)?\W*(?:play|watch|listen)(?:\s+(?:video|audio|now|live|instead))?"
    r"(?:\s+to\s+(?:this|the)\s+(?:article|story|post|episode|podcast))?"
    r"(?:\s+\d{1,2}:\d\d\b|\s*[·•|:,–—-]?\s*(?:\d{1,2}:\d\d|\d+\s*(?:min|mins|minutes?))\.?\s*$)"
    r"|\s[-–—]\s(?:video|audio|podcast)\s*$",
    re.IGNORECASE,
)
# The words of a comment section's heading (its count's noun, in the page languages).
#: A comment section's heading ("34 responses to …", "57 Comments", "6 thoughts on …"):
#: no card after it.
COMMENTS_HEADING = re.compile(rf"^\W*\d[\d,.]*\s+(?:{COMMENT_WORDS}|thoughts? on)\b", re.IGNORECASE)
#: An article page's comment section heading: :data:`COMMENTS_HEADING`, or the word with
#: its count in brackets after it, alone on its line ("Comments (14)", "Reacties [23]").
#: Not a listing's: there, "Comments (0)" under each card is the card's link to its own
#: comments (a clipping page), no section that ends the cards.
COMMENT_SECTION_HEADING = re.compile(
    COMMENTS_HEADING.pattern
    + rf"|^\W*(?:{COMMENT_WORDS})\s*(?:\(\s*\d[\d,.]*\s*\)|\[\s*\d[\d,.]*\s*\])\s*$",
    re.IGNORECASE,
)
#: The word for "yesterday" in the page languages beyond English, German, Spanish,
#: French, Italian (Romanian too) and Hebrew, whose words :data:`RELATIVE_TIMES` spells
#: with their "today": Dutch, Portuguese, Polish, Czech and Slovak, Ukrainian, Russian
#: and Bulgarian, Greek, Hungarian, Turkish, Indonesian and Malay, Tagalog, Swedish,
#: Danish and Norwegian, Finnish, Croatian and Serbian, Vietnamese, Arabic, Thai,
#: Chinese, Japanese, Korean. Not Hindi "कल" (yesterday and tomorrow).
YESTERDAY_WORDS = (
    "gisteren", "ontem", "wczoraj", "včera", "вчора", "вчера", "χθες", "χτες", "tegnap",
    "dün", "kemarin", "kahapon", "igår", "i går", "eilen", "jučer", "juče", "hôm qua",
    "أمس", "เมื่อวาน", "昨天", "昨日", "어제",
    "vakar",  # Lithuanian's and Latvian's (CLDR lt, lv)
    "maobane",  # Sesotho's
    "ajere", "aiere",  # Neapolitan's (Italian's "ieri")
    "onti",  # Kabuverdianu's (CLDR kea)
)  # fmt: skip
#: Every CLDR language's word for "yesterday" (:mod:`analysis.clean.cldr_yesterday`), read
#: only as a whole field of a line (:func:`lone_yesterday`); the words of
#: :data:`YESTERDAY_WORDS` CLDR lacks: Ukrainian "вчора" (CLDR "учора"), Greek "χτες",
#: Serbian Latin "juče" (CLDR "juče" only in sr-Latn), Sesotho "maobane", Neapolitan
#: "ajere" / "aiere".
LONE_YESTERDAY_WORDS = frozenset(CLDR_YESTERDAY_WORDS)
# A spaced separator between two fields of a meta line ("Outlet · gisteren"), or a tab:
# :data:`_FIELD_SEPARATOR` without its comma (a sentence's "Eile, kui ..." is no field).
_SPACED_FIELD_SEPARATOR = re.compile(r"\s[·|/—–•-]\s|\t")
#: Relative times in the page languages beyond the English ones of page_metadata; the
#: days named by a word ("gestern", "ayer"; Hebrew "אתמול" yesterday, "שלשום" the day
#: before, "היום" today; :data:`YESTERDAY_WORDS`). Tried only at the characters its
#: matches start with (:mod:`analysis.clean.pattern_starts`).
RELATIVE_TIMES = starting_at(
    FOREIGN_RELATIVE_TIME + r"|\b(?:gestern|heute|ayer|hoy|hier|aujourd'hui|ieri|oggi"
    r"|אתמול|שלשום|היום|" + "|".join(YESTERDAY_WORDS) + r")\b"
    r"|\b\d{1,3}\s*(?:s|m|h|d|w|mins?|hrs?|secs?)\s+ago\b"
    r"|(?<![\w:$€£.,])\d{1,3}\s*(?:m|h|d|min|hr|hrs)\b(?![\w:])",
    re.IGNORECASE,
)


def _unit_forms(units: Sequence[str]) -> str:
    """An alternation of ``units`` as printed: in lower case or capitalized (``Std``),
    never in capitals (``EUR`` is a currency's code), longest first, a closing dot
    allowed."""
    forms = {form for unit in units for form in (unit, unit[:1].upper() + unit[1:])}
    return "(?:" + "|".join(map(re.escape, sorted(forms, key=lambda f: (-len(f), f)))) + r")\.?"


#: A card's age as a number and its unit without a word for "ago", in every CLDR
#: language (:mod:`analysis.clean.cldr_units`: ``3 giờ``, ``5 Std.``, ``saa 3``, ``3시간``):
#: only as a whole field of a meta line (the line's start or a spaced separator before
#: it, the line's end or one after it: ``Báo Sông Hàn / 3 giờ``), as a feed reader prints
#: ``Outlet / 3h``; in a sentence "3 giờ" may be a clock's hour.
BARE_AGE = re.compile(
    r"(?:^\s*|(?<=[|/·•—–-]\s))(?P<age>\d{1,3}\s*"
    + _unit_forms(UNITS_AFTER_NUMBER)
    + "|"
    + _unit_forms(UNITS_BEFORE_NUMBER)
    + r"\s*\d{1,3})(?=\s*$|\s[|/·•—–-]\s)"
)
#: A card's compact age glued to the name printed before it, as a search engine's news
#: cards render the source's link and the age's element with nothing between them
#: ("Harbour Courier5h", "गोंयचो आवाज5h"): the age (:data:`RELATIVE_TIMES`' compact
#: form) right after a letter or a mark, closing the line, the name before it no more
#: than :data:`MAX_GLUED_NAME_WORDS` words. The one definition of the glued age: a
#: line's text as the dump prints it, or an HTML card's line as its markup renders it.
GLUED_AGE = re.compile(
    rf"^\s*(?:[^\W\d_]|{COMBINING_MARK})[^\d]{{0,80}}?(?:[^\W\d_]|{COMBINING_MARK})"
    r"(?P<age>\d{1,3}(?:min|hrs|hr|m|h|d))\s*$"
)
#: The most words of the name a :data:`GLUED_AGE` is glued to (a site's name).
MAX_GLUED_NAME_WORDS = 6
# The words of RELATIVE_TIMES' forms without a digit (lower case).
_RELATIVE_WORD = re.compile(
    r"vor|hace|il y a|gestern|heute|ayer|hoy|hier|aujourd'hui|ieri|oggi|"
    + "|".join(word for word in YESTERDAY_WORDS if word.isascii())
)
_DIGIT = re.compile(r"\d")
# What a match of RELATIVE_TIMES in an ASCII line with a digit holds besides those words:
# a number and its unit's letter ("3h", "2 hours ago", "5 ore fa"), or "acum"/"pred"
# before its number, lower-cased ("acum 2 22" holds no unit). A date or a clock time
# ("2025-06-02", "10:30") has none: the case-insensitive search is skipped.
_NUMBER_AND_UNIT = re.compile(r"\d\s*[A-Za-z]")
_NUMBER_CUES = ("acum", "pred")
#: Photo captions and credits: never a headline.
CAPTION_CUES = re.compile(
    r"\b(?:photo(?:graph)?|image|picture|credit|foto|bild|screenshot)s?\s*(?:by\b|via\b|:)"
    r"|\((?:photo|image|credit|foto|bild)[^)]*\)|©|\bgetty images\b|\bap photo\b"
    r"|\bimage copyright\b|\bcaption\b|\breuters/|/reuters\b|\bafp/",
    re.IGNORECASE,
)
#: A photo's label opening its caption (``Photo: Crowds at the ...``, ``Image by ...``),
#: the singular only (``Photos: ...`` heads a gallery, a headline): a caption however it
#: ends, even as a sentence.
CAPTION_LABEL = re.compile(
    r"^\W*(?:photo(?:graph)?|image|picture|credit|foto|bild)\s*(?:by\b|:)", re.IGNORECASE
)
#: The credit line of a social-media post quoted in an article (``— Name (@handle) June 8,
#: 2017``): the post is part of the article, never a card with a date.
SOCIAL_POST_CREDIT = re.compile(r"\(@\w{1,30}\)")
#: Day and short month without a year: ``Sept. 8``, ``8 Sep``, ``Jun 3``.
SHORT_DATE = starting_at(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d\b"
    r"|\b[0-3]?\d\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    # the month and day signs of Chinese, Japanese and Korean ("12月3日", "12월 3일")
    r"|(?<![\d年년])(?:1[0-2]|0?[1-9])\s*[月월]\s*[0-3]?\d\s*[日일]"
    # month / day with the Japanese weekday's sign in brackets ("12/4(木)")
    r"|(?<![\d/.])(?:1[0-2]|0?[1-9])/[0-3]?\d\s*[(（][月火水木金土日][)）]",
    re.IGNORECASE,
)
#: Source cues that put an outlet on a line: ``Source: X``, ``From X:``, ``X reports:``
#: (``来源：X`` in Chinese, ``出典：X`` in Japanese, ``출처: X`` in Korean).
_SOURCE_WORDS = (
    r"source|sources|quelle|fuente|fonte|via|from|in|来源|來源|出典|출처"
    # the noun "source" in more languages (h413: an aggregator's "स्रोत: PAPER" card line):
    # hi, bn, ar, fa, ru, uk, tr, id / ms, vi, pl, nl, cs / sk, hu, el, he
    r"|स्रोत|সূত্র|المصدر|منبع|источник|джерело|kaynak|sumber|nguồn|źródło|bron|zdroj"
    r"|forrás|πηγή|מקור"
    # a partner's story on a portal ("In collaboration with Radio X" over its headline)
    r"|in (?:partnership|collaboration|cooperation) with|en (?:partenariat|collaboration) avec"
    r"|en colaboración con|in collaborazione con|em (?:parceria|colaboração) com"
    r"|in (?:zusammenarbeit|kooperation) mit|in collaboratzione cun|en col·laboració amb"
)
SOURCE_CUE = re.compile(
    rf"^\s*(?:{_SOURCE_WORDS})"
    r"(?:\s*[:：]\s*|\s+(?=[^,]*$))"
    r"(?P<name>(?=(?-i:[^a-z])|[a-z0-9-]+\.[a-z]{2,6}\b)[^:：]{2,60}?)\s*[:：]?\s*$"
    r"|^\s*(?P<name2>[^:]{2,60}?)\s+(?:reports|says|writes|berichtet|informa|rapporte)\s*:\s*$",
    re.IGNORECASE,
)
# (the name after the cue starts like a name or is a domain: "In criticizing X, ..." is a
# sentence, not "In Outlet"; without a colon after the cue, no comma follows: "In Ohio,
# voters weigh a levy" is a headline)
#: The word opening a line with a source cue (``Source``, ``via``): SOURCE_CUE may match
#: the line, or its part before a date.
SOURCE_CUE_WORD = re.compile(rf"^\s*(?:{_SOURCE_WORDS})(?!\w)", re.IGNORECASE)
#: A byline in the page languages' words for "by" (``di Name``, ``von Name``): the
#: lower-case cue word, then a name of capitalized words.
FOREIGN_BYLINE = starting_at(
    rf"^\s*(?:{'|'.join(FOREIGN_BYLINE_CUES)})\s+"
    r"(?P<name>(?:[A-ZÀ-Þ][\w.'’-]*\s*){1,4}"
    r"(?:(?:,|and|und|y|et|e)\s+(?:[A-ZÀ-Þ][\w.'’-]*\s*){1,4})*)$"
)
#: A web domain, alone or at the start of a URL crumb.
DOMAIN = re.compile(r"\b(?:www\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\b", re.I)
_URL_CRUMB = re.compile(
    r"^\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b(?:\s*[›>/»]|\s*$)", re.I
)
# A copyright or rights notice: page or photo credit, never body text.
_COPYRIGHT = re.compile(r"©|\ball rights reserved\b|\(c\)\s*(?:19|20)\d\d", re.IGNORECASE)
# What a line matched by CAPTION_CUES holds in its caseless_lower() (the pattern's words
# and sign): a line without any is no caption, found without the case-insensitive search
# (which tries every position of the line). Likewise for _COPYRIGHT.
_CAPTION_WORDS = (
    "photo",
    "image",
    "picture",
    "credit",
    "foto",
    "bild",
    "caption",
    "screenshot",
    "reuters",
    "afp/",
    "©",
)
_COPYRIGHT_WORDS = ("©", "all rights reserved", "(c)")
#: A separator closing a line (``Jane Doe |``): a byline whose other values are left out.
DANGLING_SEPARATOR = re.compile(r"\s+[|·•/—–-]\s*$")
# A sentence closed inside quotation marks (analysis.text.marks; French spaces »).
_QUOTATION = re.compile(
    rf"[.!](?:[{re.escape(CLOSING_QUOTATION_MARKS)}]|[{GUILLEMET_SPACES}][»›])\s*$"
)
# Separators between values on one meta line: ``Outlet · 3h``, ``14:05 | Outlet``.
_FIELD_SEPARATOR = re.compile(r"\s[·|/—–•-]\s|\t|,\s")
# A column gap after a line's opening date: three spaces or more before the next value,
# a listing's row printed as text ("03/12/2026   09:30   KBL   Kampala Bottlers Ltd": an
# exchange's announcement list saved as text, h360; a sentence never spaces its words so,
# and a table's row whose date closes it, "B 10   Pirmasens   Roadworks   since 14.11.",
# is no card's date line).
_COLUMN_GAP = re.compile(r"^ {3,}\S")
# A comma and a clock time right after a date: the date's own time ("Dec 03 2026, 10:20").
_COMMA_CLOCK = re.compile(r",\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:])")
# A counter in brackets closing a card's meta line, a number and its noun in any
# language: ``(83 reads)``, ``(12 comments)``, ``(1,204 views)`` (a portal's news module
# prints its stories' reads after the date, h360).
_COUNT_END = re.compile(r"\s\(\d[\d.,\u00a0\u202f ]*[^\W\d_]*\)\s*$")
# A value in brackets closing the line: ``(March 2)``.
_BRACKETED_END = re.compile(r"^\([^()]*\)\s*$")
# A letter of the scripts that mark no sentence end (Thai, Lao): a line's end is its
# sentence's.
_UNMARKED_LETTER = re.compile(f"[{UNMARKED_SCRIPTS}]")
# Sentence endings in every script (。 ！ ？ । ؟ too), with closing quotes and brackets after
# them.
_SENTENCE_END = starting_at(
    rf"(?:[{re.escape(SENTENCE_MARKS)}]|\.\.\.|\[…\]|\[\.\.\.\])[{re.escape(CLOSING_MARKS)}]*\s*$"
)


@once_per_page  # asked of a card's lines by the line kinds, the card's fields and its snippet
def find_time(text: str) -> tuple[int, int] | None:
    """Span of the first relative time, date or clock time in ``text``, or None.

    Parameters
    ----------
    text : str
        A line or part of one.

    Returns
    -------
    tuple of int or None
        ``(start, end)``; where several start at the same place, the longest.
    """
    spans = []
    # Patterns a cheap test shows cannot match are skipped (same spans): short dates and
    # clock times hold a digit; a relative time of RELATIVE_TIMES without one holds one
    # of its words, which an ASCII line holds in lower case too.
    has_digit = _DIGIT.search(text) is not None
    if rel := find_relative_time(text):
        spans.append(rel)
    if _may_hold_relative_times(text, has_digit) and (match := RELATIVE_TIMES.search(text)):
        spans.append(match.span())
    if lone := lone_yesterday(text):
        spans.append(lone)
    if has_digit and (match := BARE_AGE.search(text)):
        spans.append(match.span("age"))
    elif has_digit and (glued := glued_age(text)):
        spans.append(glued)
    if date := find_date_span(text):
        spans.append(date)
    if has_digit and (match := SHORT_DATE.search(text)) and _names_a_month(match.group()):
        spans.append(match.span())
    if has_digit and (match := CLOCK_TIME.search(text)):
        spans.append(match.span())
    # the earliest, and of those the longest ("June 2, 2025", not its "June 2")
    return min(spans, key=lambda span: (span[0], -span[1])) if spans else None


def lone_yesterday(text: str) -> tuple[int, int] | None:
    """The span of a word for "yesterday" (:data:`LONE_YESTERDAY_WORDS`, any CLDR
    language's) that is a whole field of ``text``: all of it, or a part between spaced
    separators ("Báo Sông Hàn · hôm qua", "dje | Kosova"), as a card's meta line prints
    its age. Not in a sentence or a headline: there many such words are common words of
    other languages (Dutch "hier", here; "bi", "cora").

    Parameters
    ----------
    text : str
        A line or part of one.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the word without the spaces around it, or None.
    """
    start = 0
    for end, after in [(m.start(), m.end()) for m in _SPACED_FIELD_SEPARATOR.finditer(text)] + [
        (len(text), len(text))
    ]:
        field = text[start:end]
        word = field.strip()
        if word and word.lower() in LONE_YESTERDAY_WORDS:
            first = start + len(field) - len(field.lstrip())
            return first, first + len(word)
        start = after
    return None


def glued_age(text: str) -> tuple[int, int] | None:
    """The span of a compact age glued to the name before it, closing ``text``
    (:data:`GLUED_AGE`: "Harbour Courier5h" -> the span of "5h"), or None.

    Parameters
    ----------
    text : str
        A line or part of one.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the age, when the text before it is a name's: up to
        :data:`MAX_GLUED_NAME_WORDS` words, no sentence's or field's mark among them.
    """
    match = GLUED_AGE.match(text)
    if match is None:
        return None
    name = text[: match.start("age")]
    if len(name.split()) > MAX_GLUED_NAME_WORDS or any(c in name for c in ".!?:;|,"):
        return None
    return match.span("age")


# A short date's month word: its first run of letters.
_MONTH_WORD = re.compile(r"[^\W\d_]+")
# An English month's name or shortening, the whole word.
_ENGLISH_MONTH_WORD = re.compile(ENGLISH_MONTH.format(g="month").removesuffix(r"\.?") + "$")


def _names_a_month(found: str) -> bool:
    """Whether a :data:`SHORT_DATE` match's word is a month's name or shortening (English,
    or any language's: :data:`~analysis.clean.dates.FOREIGN_MONTHS`), not a word that
    only opens with one (a surname, "Novak 3", "Marcus 12", read as "Nov 3", "Mar 12");
    the CJK forms hold no such word."""
    word = _MONTH_WORD.search(found)
    if word is None or not word.group().isascii():
        return True
    name = word.group()
    return _ENGLISH_MONTH_WORD.match(name) is not None or name.lower() in FOREIGN_MONTHS


def _may_hold_relative_times(text: str, has_digit: bool) -> bool:
    """False for a line :data:`RELATIVE_TIMES` is not searched in: an ASCII line without
    one of its words and, with a digit, without a number and unit or a number's cue
    (``has_digit``: whether the line holds a digit)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    if _RELATIVE_WORD.search(lowered):
        return True
    return has_digit and (
        _NUMBER_AND_UNIT.search(text) is not None or any(cue in lowered for cue in _NUMBER_CUES)
    )


#: Where a link's label may follow a teaser's last sentence ("... hall. Continue reading
#: →"): after a sentence mark, the rest of the line (tested with READ_MORE_CUES).
_AFTER_SENTENCE = re.compile(
    rf"(?<=[{re.escape(SENTENCE_MARKS)}\"”’])\s+(?=\S)(?!.*[{re.escape(SENTENCE_MARKS)}]\s)"
)
#: A link's label of a few words closed by an arrow or a guillemet ("Details »", Amharic
#: "ዝርዝር »", "Leer →") after a teaser's last sentence: a label in any language.
_ARROW_LABEL = re.compile(r"^[^\W\d_][^.!?…]{0,30}?\s*[»›→]+\s*$")


def ends_like_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does: a full stop, question or exclamation mark
    of any script, or an ellipsis, maybe before closing quotes or brackets.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True for ``Pupils return on Wednesday.``, False for ``By Jane Roe``.
    """
    return bool(_SENTENCE_END.search(text))


def is_prose(text: str) -> bool:
    """True for a sentence-shaped line: long, or several words ending like a sentence.

    Parameters
    ----------
    text : str
        One line of a card or page.

    Returns
    -------
    bool
        :data:`PROSE_WORDS` words or more; or a quotation, a question or a sentence end
        with enough words for each (the ``MIN_*_WORDS`` constants). A sentence closed
        by its link's label ("... town hall. Continue reading →", :data:`READ_MORE_CUES`)
        is judged without the label.
    """
    n_words = count_words(text)
    if n_words >= PROSE_WORDS:
        return True
    if (tail := _AFTER_SENTENCE.search(text)) is not None and (
        count_words(text[tail.end() :]) <= 4
        and (READ_MORE_CUES.match(text[tail.end() :]) or _ARROW_LABEL.match(text[tail.end() :]))
    ):
        return is_prose(text[: tail.start()])  # a teaser and its link's label
    if n_words >= MIN_QUOTATION_WORDS and _QUOTATION.search(text):
        return True  # a quoted sentence ('“Building it? Not negotiable.”')
    end = text.rstrip(CLOSING_MARKS + " ")[-1:]
    if end and end in QUESTION_MARKS:
        return n_words >= MIN_QUESTION_WORDS  # headlines often ask a question
    if end and _UNMARKED_LETTER.match(end):
        return n_words >= MIN_QUESTION_WORDS  # Thai ends headlines and sentences alike
    return n_words >= MIN_SENTENCE_WORDS and bool(_SENTENCE_END.search(text))


def _is_time_line(text: str) -> bool:
    """A time or date with little else, or joined to other values by a separator; a
    count in brackets closing the line ("(83 reads)", "(12 comments)") is no word of it."""
    text = _COUNT_END.sub("", text)
    span = find_time(text)
    if span is None:
        return False
    rest = text[: span[0]] + text[span[1] :]
    if count_label_words(rest) <= 3:  # "来源：南江晨报" is one label and its value
        return True
    if count_label_words(_without_day_and_clock(text, span)) <= 3:
        return True  # "Embargo until Thursday 3 December 2026 at 10.00": a date's label
    if DATE_LABEL.match(text.lstrip()) and count_label_words(rest) <= MAX_LABELLED_DATE_WORDS:
        # "Publié le 3 décembre 2026 dans Politique": a labelled date, a section; the
        # section's clause may come first ("نُشر في أخبار محلية بتاريخ 2 ديسمبر 2026",
        # "Publicado en Noticias locales el 2 de diciembre": published in SECTION on DATE)
        return True
    if not text[: span[0]].strip() and _COLUMN_GAP.match(text[span[1] :]):
        return True  # a row opening with its date, its other values in columns
    # "Headline, with a comma (March 2)": a headline with its date in brackets at the end.
    if _BRACKETED_END.search(text[span[0] - 1 :] if span[0] else text):
        return False
    if _FIELD_SEPARATOR.search(text.replace(", ", "  ")) or ", " in text[span[0] : span[1]]:
        return True  # a separator, or the date's own comma ("via X Nov 18, 2026 +2 more")
    if _COMMA_CLOCK.match(text, span[1]):
        return True  # the comma before the date's clock time ("Dec 03 2026, 10:20")
    # commas only, outside the date: a field of a date line when the date opens the line
    # or a comma sets it off ("Jane Roe, 3 Dec 2026"); a date inside a headline's clause
    # ("Festival to open on 27 March, council says", "창원 진해군항제, 내년 일정 3월 27일
    # 확정") is none
    before = text[: span[0]].rstrip()
    return ", " in text and (not before or before.endswith(","))


def _without_day_and_clock(text: str, span: tuple[int, int]) -> str:
    """The line without its date at ``span``, the weekday's name right before it and
    clock times after it: the words a date line's label is left with ("Embargo til
    torsdag 3. december 2026 kl. 10.00" leaves "Embargo til  kl.")."""
    before = text[: span[0]].rstrip(" ,")
    words = before.split()
    if words and is_weekday_name(words[-1]):
        before = before[: len(before) - len(words[-1])]
    return before + " " + CLOCK_TIME.sub(" ", text[span[1] :])


def dated_headline(text: str) -> bool:
    """Whether a line opens with its date or time and a separator before a headline.

    ``3 Dec 2026 | Council raises the water charge by ten percent from January``: a
    card's date and headline on one line, however many words the headline has (a
    ticker's or an archive's row).

    Parameters
    ----------
    text : str
        A line of a listing, as printed (its date first, maybe).

    Returns
    -------
    bool
        True when the date or time opens it, a bar, a dot or a dash follows, and then a
        headline of :data:`MIN_TITLE_WORDS` to :data:`MAX_TITLE_WORDS` words that no
        full stop closes.
    """
    span = find_time(text)
    if span is None or text[: span[0]].strip():
        return False
    separator = _LEADING_SEPARATOR.match(text, span[1])
    if separator is None:
        return False
    headline = text[separator.end() :].rstrip()
    return MIN_TITLE_WORDS <= count_words(headline) <= MAX_TITLE_WORDS and not headline.endswith(
        "."
    )


# The separator between a line's opening date and the rest: a bar, a dot, a dash.
_LEADING_SEPARATOR = re.compile(r"\s*[|·•—–]\s+")


def is_url_crumb(text: str) -> bool:
    """True for a line that starts with a web domain (``site.com › story``).

    Parameters
    ----------
    text : str
        A line; space before the domain is allowed.

    Returns
    -------
    bool
        Whether it opens with a web domain, alone or followed by ``›``, ``>``, ``/``
        or ``»``.
    """
    return bool(_URL_CRUMB.match(text))


def line_kind(line: str) -> str:
    """Return the kind of one line (see the module docstring).

    Parameters
    ----------
    line : str
        One line of the page, without its line ending.

    Returns
    -------
    str
        One of ``blank``, ``bullet``, ``sponsored``, ``cue``, ``meta``, ``prose``,
        ``caption``, ``title``, ``label``.
    """
    return _early_kind(line) or _late_kind(line)


# A signature's name and place ("Graham, Dundee": two name-shaped parts, one comma).
_SIGNATURE = r"[^\W\d_][^,|–—]{0,40},\s+[^\W\d_][^,|–—]{0,40}"
# A quotation, a dash, and a signature.
_SIGNED_QUOTATION = re.compile(
    r"^(?P<quote>[\"'“‘„«].*[.!?…][\"'”’“»])\s+[-–—]\s+" + _SIGNATURE + "$"
)
# A signature alone: a person's name of two or three capitalized words, a comma, the
# place of one to three (maybe hyphenated: "Brno-Bystrc").
_SIGNATURE_LINE = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,2}),"
    r" [^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}$"
)


def is_signature(line: str) -> bool:
    """Whether a line is a signature alone: a person's name (two or three capitalized
    words, a particle of :data:`~analysis.clean.bylines.NAME_PARTICLES` between them:
    "Jan de Boer"), a comma and a place (one to three capitalized words), as a
    reader's letter is signed under its text ("Petra Dvořáková, Olomouc"). The shape alone is a
    title-case headline's too ("Storm Hits Coast, Thousands Flee"): its place under a
    text over a date tells them apart (:func:`~analysis.clean.card_fields.signature_line`).

    Parameters
    ----------
    line : str
        One line.

    Returns
    -------
    bool
    """
    match = _SIGNATURE_LINE.match(line.strip())
    if match is None:
        return False
    name = match.group("name").split()
    # a particle inside the name ("Jan de Boer, Veere"), never opening it
    return all(
        opens_upper_case(word) or (0 < k < len(name) - 1 and word in NAME_PARTICLES)
        for k, word in enumerate(name)
    ) and all(opens_upper_case(word) for word in match.group()[match.end("name") + 1 :].split())


def is_signed_quotation(line: str) -> bool:
    """Whether a line is a quotation signed by a name and a place, not a headline and its
    outlet: one quotation ending a sentence inside its marks, a dash, and a name and a
    place ("\u201cShould I combine my pensions before April?\u201d \u2013 Graham, Dundee":
    a reader's question, a letter's or a vox pop's signature; an outlet's name holds no
    comma). It is a paragraph's text (a Q&A with readers), no card's headline.

    Parameters
    ----------
    line : str
        One line.

    Returns
    -------
    bool
    """
    return _SIGNED_QUOTATION.match(line.strip()) is not None


def _cue_words(text: str, n_words: int) -> int:
    """A link label's words: ``n_words``, but its space-separated tokens in a script
    whose words are counted by syllable (Lao, Khmer, Myanmar, Tibetan: a space parts
    phrases there, and "ອ່ານເພີ່ມ: <headline>" counts 13 syllables where its Thai
    equivalent counts 8 words)."""
    return min(n_words, count_word_tokens(text)) if has_syllabic_script(text) else n_words


@remembered_across_pages  # pages of a site share their chrome lines
def _early_kind(line: str) -> str | None:
    """The kind of a line when the first tests decide it (blank, bullet, sponsored, cue,
    a copyright caption, prose); None for a caption, meta, title or label line, which
    only :func:`_late_kind` tells apart."""
    text = line.strip()
    if not text or (text[0] in RULE_MARKS and is_rule_line(text)) or is_loading_placeholder(text):
        # a rule, or a lazy box's "Loading..." (no card's outlet over the box's heading)
        return "blank"
    if is_bullet(line) and media_label_end(text) is None:  # "▶ 2:31  Title": a headline
        # a card's date printed as a list item ("• 3 December 2026", "● Ended ·
        # 2026-12-03": a meta list rendered with its bullets) is its meta line; a
        # longer item holding a date ("- Your Highlight on page 1 | Location 12-15 |
        # Added on ...": an e-reader's note) stays a list item; so is its byline ("• By
        # Jo Doe" over "• Dec 3, 2026": a CMS's card meta list, h375)
        item = line[bullet_end(line) :]
        return "meta" if _is_bulleted_date(item) or _is_bulleted_byline(item) else "bullet"
    n_words = count_words(text)
    if n_words <= 6 and SPONSORED_CUES.match(text):
        return "sponsored"
    if _cue_words(text, n_words) <= 8 and READ_MORE_CUES.match(text):
        return "cue"
    if (
        n_words <= MAX_TITLE_WORDS
        and _may_be_promo_link(text)
        and PROMO_LINK.search(text)
        and not is_prose(text)  # a teaser's sentence and its link ("... hall. Read more")
    ):
        return "cue"
    if (
        n_words <= MAX_CAPTION_WORDS
        and _holds_any(caseless_lower(text), _COPYRIGHT_WORDS)
        and _COPYRIGHT.search(text)
    ):
        return "caption"
    if TITLE_LABEL.match(text):  # "Title: ...": a feed dump says so, whatever its shape
        return "title"
    if n_words <= MAX_CAPTION_WORDS and CAPTION_LABEL.match(text):
        return "caption"
    if is_prose(text) or is_signed_quotation(text):
        if _COOKIE_WORD in caseless_lower(text) and _is_site_prompt(text):
            # a cookie banner's sentence ("Utilizamos cookies ... ao continuar navegando
            # ..."): no card's text, and no prose a card's meta line under it is bridged
            # into (the banner printed right under the last card, h398)
            return "blank"
        return "meta" if _is_posted_footer(text) else "prose"
    return None


# The word every cookie banner's sentence holds (its lower-case letters, as
# caseless_lower gives them): the cheap test before the site-prompt patterns.
_COOKIE_WORD = "cookie"


def _is_site_prompt(text: str) -> bool:
    """:func:`analysis.clean.body.site_prompts.is_site_prompt`, imported when first
    asked (the body detector's package imports this module)."""
    from analysis.clean.body.site_prompts import is_site_prompt

    return is_site_prompt(text)


def _is_bulleted_date(item: str) -> bool:
    """Whether a list item's text is a date or time with at most
    :data:`MAX_BULLETED_DATE_WORDS` words of a label beside it ("3 December 2026",
    "Ended · 2026-12-03")."""
    span = find_time(item)
    if span is None:
        return False
    return count_label_words(item[: span[0]] + item[span[1] :]) <= MAX_BULLETED_DATE_WORDS


def _is_bulleted_byline(item: str) -> bool:
    """Whether a list item's text is a byline alone, a "by" word and a name of at most
    :data:`MAX_META_WORDS` words in all ("By Jo Doe", "von Jo Doe")."""
    text = item.strip()
    return count_words(text) <= MAX_META_WORDS and bool(
        ((span := find_byline(text)) and not text[span[1] :].strip()) or FOREIGN_BYLINE.match(text)
    )


def _is_posted_footer(text: str) -> bool:
    """Whether a sentence is a post's footer: a date, then "by" and the author's name
    closing it ("This entry was posted in News on December 3, 2026 by Jo Doe.", as blog
    themes print a post's date and author under its excerpt): the card's meta line, no
    part of its text. Two capitalized words close it, the name; the date is before it."""
    words = text.rstrip(" .").split()
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS or not all(
        opens_upper_case(word) for word in words[-2:]
    ):
        return False
    date = find_date_span(text)
    name = find_byline(text) if date is not None else None
    return name is not None and date[1] <= name[0] and not text[name[1] :].strip(" .")


@remembered_across_pages
def _late_kind(line: str) -> str:
    """The kind of a line that :func:`_early_kind` leaves open: caption, meta, title or
    label."""
    text = line.strip()
    n_words = count_words(text)
    if (
        (
            n_words <= MAX_CAPTION_WORDS
            and _holds_any(caseless_lower(text), _CAPTION_WORDS)
            and CAPTION_CUES.search(text)
            and not _opens_with_date(text)  # "3 Dec 2026 · Photo: X": a card's date line
        )
        or ("(@" in text and SOCIAL_POST_CREDIT.search(text))
        or MEDIA_PLAYER.search(text)
        or is_media_length(text)
    ):
        return "caption"
    if (label := media_label_end(text)) and count_words(text[label:]) >= MIN_TITLE_WORDS:
        return "title"  # "Video, 02:45 Title": the clip's length, then its headline
    if (
        # a date and a reporter's credit in a script without spaces ("2026年12月3日
        # 記者陳怡君／高雄報導"): each a token of a few letters, not one word a letter
        n_words > MAX_META_WORDS and count_label_words(text) <= MAX_META_WORDS and find_byline(text)
    ):
        return "meta"
    if (head := footer_head(text)) is not None and _late_kind(head) == "meta":
        return "meta"  # a post's footer: its date and author, then its tags and count
    if n_words <= MAX_META_WORDS and (
        find_byline(text)
        or FOREIGN_BYLINE.match(text)
        or SOURCE_CUE.match(text)
        or is_url_crumb(text)
        or _is_time_line(text)
        or (n_words <= 6 and opens_upper_case(text) and DANGLING_SEPARATOR.search(text))
    ):
        return "meta"
    if MAX_META_WORDS < n_words <= MAX_META_WORDS + MAX_TITLE_WORDS and dated_headline(text):
        return "meta"  # "03 Dec 2026 | A headline longer than a meta line's words"
    if is_menu_line(text) or ("  " in text and spaced_menu_items(text)):
        return "bullet"  # a menu printed on one line ("Home | News", "Home  News  Sport"):
        # list items run together
    if n_words <= MAX_META_WORDS and _is_counter_line(text):
        return "label"  # a card's counters ("💬 23  ↗ 112 shares"), no headline
    if MIN_TITLE_WORDS <= n_words <= MAX_TITLE_WORDS and not text.endswith(":"):
        return "title"
    if n_words <= 6:
        return "label"
    return "title"


# A comment count closing a line ("2 Comments"), and a field's label inside one ("Tags:
# x", "Kategoria : Lajme"), as a post's footer prints them after its date and author.
_COMMENT_COUNT_END = re.compile(rf"\s+\d[\d,.]*\s+(?:{COMMENT_WORDS})\s*$", re.IGNORECASE)
_FIELD_LABEL_INSIDE = re.compile(r"\s[^\W\d_]+\s?:\s")


def footer_head(line: str) -> str | None:
    """A post's footer line without its tail, or None for another line.

    A blog theme closes each post of its index with one line: the date, the author, the
    post's tags or category, its comment count ("3 December 2026 by Jo Doe Tags: news 2
    Comments"). The line opens with a date and closes with a comment count; its head,
    the date and the author, ends before the first field's label after the date (or
    before the count): the card's meta line, whose author's name would otherwise run on
    into the label's words.

    Parameters
    ----------
    line : str
        One line.

    Returns
    -------
    str or None
        The line up to its tail (a prefix of ``line``), or None when no date opens it or
        no comment count closes it.
    """
    count = _COMMENT_COUNT_END.search(line)
    date = find_date_span(line) if count is not None else None
    if count is None or date is None or line[: date[0]].strip():
        return None
    head = line[: count.start()]
    label = _FIELD_LABEL_INSIDE.search(head, date[1])
    return head[: label.start()] if label is not None else head


def _opens_with_date(text: str) -> bool:
    """Whether a calendar date opens the line (``01.12.2026. FOTO: X``, ``3 December
    2026 | Photo: Y``): a card's date line with its photo's credit, not a caption."""
    span = find_date_span(text)
    return span is not None and not text[: span[0]].strip()


# A number printed as a counter: digits with a thousands' mark or a decimal part and a
# multiplier letter ("1,204", "1.2K", "3,4 tis."'s digits).
_COUNT = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*[KkMm]?(?![\w.,])")
# An icon: a character of Unicode's "other symbol" category (emoji, arrows, eyes,
# speech balloons, "⏱", "↗", "👁"), found without a lookup for an ASCII line.
_ICON = re.compile(r"[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff]")


def _is_counter_line(text: str) -> bool:
    """A line of a card's counters (comments, shares, views), each number beside an icon
    (:data:`_ICON`): two numbers or more, an icon, and no more words of letters than
    numbers ("💬 23   ↗ 112 shares"; a result, "Arsenal 2 Chelsea 1", prints no icon)."""
    if text.isascii() or _ICON.search(text) is None:
        return False
    numbers = len(_COUNT.findall(text))
    return numbers >= 2 and count_words(text) - numbers <= numbers


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _may_be_promo_link(text: str) -> bool:
    """False for a line :data:`PROMO_LINK` cannot match, found without its search (which
    tries every position of the line): every match holds a label's end (after a promo
    label, :func:`holds_label_end`) or "read" in any case (each closing link label:
    "read more", "continue reading", "read the full story"), which the line's
    ``caseless_lower`` then holds."""
    return holds_label_end(text) or "read" in caseless_lower(text)


def holds_label_end(text: str) -> bool:
    """Whether ``text`` holds a mark that may end a promo link's label
    (:data:`PROMO_LINK`): a colon (Ethiopic's and Tibetan's too), a bar or a spaced dash.

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    bool
        False when no promo label can open the line.
    """
    return (
        ":" in text
        or "|" in text
        or any(dash in text for dash in _LABEL_DASHES)
        or any(colon in text for colon in _OTHER_COLONS)
    )


#: The fewest words of a short sentence a paragraph printed one sentence a line holds
#: under its prose (:class:`LineKinds`): a subject, a verb and an object.
_CONTINUED_SENTENCE_WORDS = 3
#: The fewest such lines that show a paragraph printed one sentence a line: one line
#: under a teaser may be the page's footer ("X is a news aggregator.").
_CONTINUED_SENTENCES = 2
# A sentence's end right after a word ("... in 2031.", not a menu's "Share  Save  ...").
_WORD_SENTENCE_END = re.compile(
    rf"\w[{re.escape(SENTENCE_MARKS)}][{re.escape(CLOSING_MARKS)}]*\s*$"
)


def _short_sentence(line: str) -> bool:
    """A line of :data:`_CONTINUED_SENTENCE_WORDS` words or more ending as a sentence
    does, its mark right after a word."""
    text = line.strip()
    return count_words(text) >= _CONTINUED_SENTENCE_WORDS and bool(_WORD_SENTENCE_END.search(text))


class LineKinds(Sequence[str]):
    """The kinds of a page's lines (:func:`line_kind`), each worked out when asked for.

    Every distinct line gets its first tests once (:func:`_early_kind`: blank, prose,
    ...), which the listing splitter reads for every line; the later ones (captions,
    bylines, dates, source cues, URL crumbs: most of a kind's cost) run only for the
    lines whose kind is read (the few lines around each body run), once per distinct
    line. A kind may be set (``kinds[i] = "masthead"``). ``readings`` holds what the
    listing splitter worked out from the page's lines and kinds, keyed by all it read
    (the kinds set: :meth:`state`; the page is read several ways, most cards alike each
    time).
    """

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        early = {line: _early_kind(line) for line in dict.fromkeys(lines)}
        self._early = early  # each distinct line's early kind, whatever kind is set
        self._known: list[str | None] = [early[line] for line in lines]
        # a paragraph printed one sentence a line (easy-language news): two short lines
        # or more, each ending as a sentence, right under a line of prose, go on it
        index = 1
        while index < len(lines):
            end = index
            while end < len(lines) and self._known[end] is None and _short_sentence(lines[end]):
                end += 1
            if end - index >= _CONTINUED_SENTENCES and self._known[index - 1] == "prose":
                self._known[index:end] = ["prose"] * (end - index)
            index = end + 1
        # a cookie banner's sentence (blank: _early_kind) and its buttons printed as one
        # row right under it, no blank line between ("Accept   Settings", "Accept
        # allManage choices"), blank too: the banner's lines (``banner_lines``), which no
        # card's header reaches across (card_blocks)
        banners = {
            line
            for line, kind in early.items()
            if kind == "blank" and _COOKIE_WORD in caseless_lower(line)
        }
        banner_lines = []
        if banners:
            for index, line in enumerate(lines):
                if line in banners:
                    banner_lines.append(index)
                elif (
                    index
                    and self._known[index] is None
                    and lines[index - 1] in banners
                    and is_button_row(line)
                ):
                    self._known[index] = "blank"
                    banner_lines.append(index)
        #: The lines of a cookie banner, blank: a card's header stops at them.
        self.banner_lines = frozenset(banner_lines)
        # known(i) is the list's own look-up (no Python call: the listing splitter asks
        # it thousands of times a page); the list is changed in place, never replaced
        self.known = self._known.__getitem__  # type: ignore[method-assign]
        self._late: dict[str, str] = {}
        self._set: dict[int, str] = {}
        self._state: frozenset[tuple[int, str]] | None = frozenset()
        self.readings: dict[tuple, object] = {}

    def __len__(self) -> int:
        return len(self._known)

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        kind = self._known[index]
        if kind is None:
            line = self._lines[index]
            kind = self._late.get(line)
            if kind is None:
                kind = self._late[line] = _late_kind(line)
            self._known[index] = kind
        return kind

    def __setitem__(self, index: int, kind: str) -> None:
        self._known[index] = kind
        self._set[index] = kind
        self._state = None

    def state(self) -> frozenset[tuple[int, str]]:
        """The kinds set so far (``kinds[i] = kind``), as a key: every kind the object
        gives is its line's own (a function of the line's text) or one set, so equal
        states give equal kinds (a reading worked out in one state holds in the other).

        Returns
        -------
        frozenset of (int, str)
            The indices set and their kinds.
        """
        if self._state is None:
            self._state = frozenset(self._set.items())
        return self._state

    def known(self, index: int) -> str | None:
        """The kind of line ``index`` when known without the later tests; None for a
        caption, meta, title or label line not asked for yet (so never ``blank``,
        ``prose``, ``masthead``, nor a kind set).

        Parameters
        ----------
        index : int
            A line index of the page.

        Returns
        -------
        str or None
            A kind of :func:`line_kind`, or None as above.
        """
        return self._known[index]

    def text_kind(self, index: int) -> str:
        """The kind of line ``index``'s text (:func:`line_kind`), a kind set aside,
        worked out once per distinct line and remembered for it without marking the line
        known: what :meth:`known` returns stays as it was, so a reader asking before the
        splitter changes none of the splitter's readings.

        Parameters
        ----------
        index : int
            A line index of the page.

        Returns
        -------
        str
            A kind of :func:`line_kind`.
        """
        line = self._lines[index]
        kind = self._early[line] or self._late.get(line)
        if kind is None:
            kind = self._late[line] = _late_kind(line)
        return kind

    def is_prose(self, index: int) -> bool:
        """Whether line ``index``'s text is prose (its early kind, a kind set aside).

        Parameters
        ----------
        index : int
            A line index of the page.

        Returns
        -------
        bool
            True for a prose line.
        """
        return self._early[self._lines[index]] == "prose"


def line_kinds(lines: list[str]) -> list[str]:
    """Kinds of all lines of a page (see :func:`line_kind`).

    Each distinct line is judged once: pages repeat lines (blank runs, menus, bylines).

    Parameters
    ----------
    lines : list of str
        The page's lines, without line ends.

    Returns
    -------
    list of str
        One kind per line, in order.
    """
    kinds = LineKinds(lines)
    return [kinds[i] for i in range(len(kinds))]
