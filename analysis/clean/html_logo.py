"""The site's logo on an HTML page: the name its home link's image gives as its text.

A site whose masthead is drawn as an image prints no name in the rendered text; the
image's alternative text, on the link to the site's home page above the story
(``<a href="/"><img alt="Seaview Gazette"></a>``), is that name.
:mod:`analysis.clean.articles` reads it as the page's masthead when only a copyright
holder names the page (a group's notice under a sister site's logo), which the run may
confirm (:mod:`analysis.clean.outlet_merge`); by itself it names the site only when
the markup gives no site name and the rendered text never prints the logo's name (a
masthead drawn as an image, no line of the text naming the site: the menu under the
logo was read as the name) (:mod:`analysis.clean.articles`). An image
in the page's ``<header>`` whose text calls it a logo (``<img alt="Seaview Gazette
logo">``, :func:`header_logo_name`) says itself that it is the site's: it is the site's
name when the markup gives none (:mod:`analysis.clean.html_page`); so is a header
image's text that the ``<title>``'s site part repeats (:func:`header_logo_title_part`).
An AMP page's ``<amp-img>`` is an image as ``<img>`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from analysis.clean.name_forms import compact_name
from analysis.text import count_name_words, count_words, is_lower_case

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from lxml.html import HtmlElement

#: The most words of a logo's name (a longer alternative text describes a picture).
MAX_LOGO_WORDS = 5
#: The elements of an image with an alternative text: ``<img>`` and an AMP page's
#: ``<amp-img>``.
IMAGE_TAGS = ("img", "amp-img")


def home_logo_name(tree: HtmlElement) -> str | None:
    """The alternative text of the first image a link to the site's home page shows
    before the page's first ``<h1>``.

    Parameters
    ----------
    tree : HtmlElement
        The page as lxml parsed it (:func:`analysis.clean.html_page.rendered_page`).

    Returns
    -------
    str or None
        The image's text, spaces collapsed, when it has 1 to :data:`MAX_LOGO_WORDS` words and
        the link's address is the site's root (``/``, ``./``, ``https://host/``); None
        otherwise. An image whose text is only a word of :data:`LOGO_WORDS` (``alt="logo"``,
        a theme's default) or of :data:`HOME_WORDS` (``alt="Inicio"``: where the link
        goes) names nothing and is passed over; a text calling the image a logo gives
        the name in it (:func:`logo_text_name`: "Islands Beacon logo").
    """
    for element in tree.iter(*IMAGE_TAGS, "h1"):
        if element.tag == "h1":
            return None
        link = next((a for a in element.iterancestors("a")), None)
        if link is None or not _is_home(link.get("href") or ""):
            continue
        alt = " ".join((element.get("alt") or "").split())
        if alt.strip(_LOGO_MARKS).casefold() in _NAMING_WORDS | HOME_WORDS:
            continue  # ``alt="logo"``, ``alt="Inicio"``: the word for a logo or home
        if 0 < count_words(alt) <= MAX_LOGO_WORDS:
            return logo_text_name(alt) or alt  # "Islands Beacon logo": the name (h361)
    return None


def home_link_name(tree: HtmlElement) -> str | None:
    """The text of the first link to the site's home page (a relative ``/`` or ``./``)
    before the page's first ``<h1>`` that shows no image: the site's name set as a text
    link over its menu (``<a href="/">Lanna Post</a> <a href="/news">News</a>``), as a
    masthead printed in a script without capitals is (h399: the text's masthead rules
    read a name by its capitals).

    Parameters
    ----------
    tree : HtmlElement
        The page as lxml parsed it.

    Returns
    -------
    str or None
        The link's text, spaces collapsed, of 1 to :data:`MAX_LOGO_WORDS` words, not a
        word of :data:`HOME_WORDS` ("Home", "หน้าแรก": where the link goes); None
        otherwise. The caller asks the page to print it once more (its ``<title>`` or
        its footer): one link's text alone names nothing.
    """
    for element in tree.iter("a", "h1"):
        if element.tag == "h1":
            return None
        if (element.get("href") or "").strip() not in _OWN_ROOT or (
            next(element.iter(*IMAGE_TAGS), None) is not None
        ):
            continue  # an absolute root may be another site's: a platform's control strip
        text = " ".join(element.text_content().split())
        if not text or text.strip(_LOGO_MARKS).casefold() in HOME_WORDS:
            continue
        if count_words(text) <= MAX_LOGO_WORDS:
            return text
    return None


def names_home(heading: HtmlElement) -> bool:
    """Whether a heading is the site's name drawn as one: its whole text is a link to the
    site's home page (a blog theme's ``<h1 class="site-title"><a href="/">Example
    Examiner</a></h1>`` over the story's ``<h2>``).

    Parameters
    ----------
    heading : HtmlElement
        An ``<h1>`` to ``<h6>`` element.

    Returns
    -------
    bool
        True when one of its links goes to the site's root (:func:`_is_home`) and holds
        all of the heading's text.
    """
    text = " ".join(heading.text_content().split())
    if not text:
        return False
    return any(
        _is_home(link.get("href") or "") and " ".join(link.text_content().split()) == text
        for link in heading.iter("a")
    )


#: A link to the page's own site's root: relative, so no other site's (a blog platform's
#: control strip links its own home, "https://www.platform.example/", over the blog's name).
_OWN_ROOT = ("/", "./")


def _is_home(href: str) -> bool:
    """Whether a link's address is a site's root: ``/``, ``./``, or a URL whose path is
    ``/`` or empty (no query)."""
    href = href.strip()
    if href in ("/", "./"):
        return True
    parts = urlsplit(href)
    return (
        bool(parts.scheme in ("http", "https") and parts.netloc)
        and parts.path in ("", "/")
        and not parts.query
    )


#: The languages' words for a logo, which an image's text names the site's by ("Example
#: Echo logo", "Logo: Example Echo", "Logotipo de Ejemplo", "Логотип X"), case-folded.
LOGO_WORDS = frozenset({"logo", "logotipo", "logotype", "logotyp", "logotip", "логотип", "лого"})

#: The languages' words for a coat of arms, the emblem a town's or a region's site shows
#: where a paper shows its logo ("Wappen Gemeinde X", "Herb Gminy X", "Blason de X",
#: "Stemma del Comune di X"), case-folded: German, Dutch, French, Italian, Spanish,
#: Portuguese, Polish, Czech and Slovak, Hungarian, the South Slavic languages, the Nordic
#: languages, Finnish, Estonian, Lithuanian, Latvian, Romanian, Russian and Ukrainian. An
#: image's text naming it so gives the name as a logo's does (:func:`logo_text_name`).
EMBLEM_WORDS = frozenset(
    {
        "wappen", "gemeindewappen", "stadtwappen", "wapen", "blason", "armoiries", "stemma",
        "escudo", "brasão", "herb", "erb", "znak", "címer", "grb", "vapen", "våpen", "våben",
        "vaakuna", "vapp", "herbas", "ģerbonis", "stema", "герб",
    }
)  # fmt: skip
_NAMING_WORDS = LOGO_WORDS | EMBLEM_WORDS

#: The languages' words for a site's home page, which its home link's image may be
#: labelled with instead of the site's name (``<a href="/"><img alt="Inicio">``: where
#: the link goes), case-folded: English, Spanish, Portuguese, French, Italian, German,
#: Dutch, the Nordic languages, Finnish, Polish, Czech, Slovak, Russian, Ukrainian,
#: Turkish, Romanian, Hungarian, Greek, Indonesian and Malay, Vietnamese, Thai, Arabic,
#: Hebrew, Japanese, Chinese, Korean, Persian, Urdu, Hindi, Bengali, Armenian, Georgian,
#: Kazakh; a menu printed one entry a line opens with one
#: (:func:`analysis.clean.masthead_context.opens_menu`).
HOME_WORDS = frozenset(
    {
        "home", "homepage", "home page", "go home", "back to home", "inicio", "portada",
        "página principal", "página de inicio", "início", "página inicial", "accueil",
        "page d'accueil", "pagina iniziale", "startseite", "zur startseite", "startpagina",
        "hjem", "forside", "startsida", "hem", "etusivu", "strona główna", "úvod",
        "úvodní stránka", "domov", "главная", "главная страница", "головна", "anasayfa",
        "ana sayfa", "acasă", "prima pagină", "kezdőlap", "αρχική", "beranda", "laman utama",
        "trang chủ", "หน้าแรก", "الرئيسية", "الصفحة الرئيسية", "דף הבית", "ראשי", "ホーム",
        "トップ", "トップページ", "首页", "首頁", "主页", "홈", "홈으로",
        # Persian, Urdu, Hindi, Bengali, Armenian, Georgian, Kazakh (a menu's first entry)
        "صفحه اصلی", "صفحہ اول", "होम", "मुख्य पृष्ठ", "মূলপাতা", "প্রচ্ছদ",
        "գլխավոր", "მთავარი", "басты бет",
    }
)  # fmt: skip

# Marks between a logo's word and the name: "Logo: X", "X - logo", "X | Logo".
_LOGO_MARKS = ":-–—|"
#: Words between a logo's word and the name ("logo of Example Echo", "logo de ...").
_LOGO_LINKS = frozenset({"of", "de", "del", "da", "do", "di", "du", "des", "van", "von"})


def header_logo_name(tree: HtmlElement) -> str | None:
    """The site's name an image of the page's header gives as the text of its logo: the
    first image inside ``<header>`` (or an element of role ``banner``) before the page's
    first ``<h1>`` whose alternative text is a name and a word of :data:`LOGO_WORDS`
    (``<header><img alt="Dunmore Echo logo"></header>``). The word says the picture is
    the site's logo, linked to the home page or not: a page without ``<title>`` or
    meta tags names its site so only. No tuned value.

    Parameters
    ----------
    tree : HtmlElement
        The page (:func:`analysis.clean.html_page.rendered_page`'s tree).

    Returns
    -------
    str or None
        The name the image's text gives (:func:`logo_text_name`), of 1 to
        :data:`MAX_LOGO_WORDS` words; None when no such image stands in the header
        before the first ``<h1>``.
    """
    for element in _header_images(tree):
        name = logo_text_name(element.get("alt") or "")
        if name is not None:
            return name
    return None


def _header_images(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The images (:data:`IMAGE_TAGS`) inside the page's ``<header>`` (or an element of
    role ``banner``) before its first ``<h1>``, in the page's order."""
    for element in tree.iter(*IMAGE_TAGS, "h1"):
        if element.tag == "h1":
            return
        if any(a.tag == "header" or a.get("role") == "banner" for a in element.iterancestors()):
            yield element


def header_logo_title_part(tree: HtmlElement, parts: Sequence[str]) -> str | None:
    """The part at an end of the page's ``<title>`` ("Headline : Site") that the text of
    an image in its header repeats (``<header><amp-img alt="Site">``): the logo's text
    and the title's site part, two places of the markup, agree on the site's name. No
    tuned value.

    Parameters
    ----------
    tree : HtmlElement
        The page (:func:`analysis.clean.html_page.rendered_page`'s tree).
    parts : sequence of str
        The ``<title>`` cut at its separators
        (:func:`analysis.clean.html_page.title_parts`).

    Returns
    -------
    str or None
        The title's part as written, of 1 to :data:`MAX_LOGO_WORDS` words; None for a
        title of one part or when no image of the header (:func:`header_logo_name`'s)
        has that text.
    """
    if len(parts) < 2:
        return None
    ends = {compact_name(part): part for part in (parts[-1], parts[0])}
    for element in _header_images(tree):
        alt = " ".join((element.get("alt") or "").split())
        part = ends.get(compact_name(alt)) if alt else None
        if part is not None and 0 < count_name_words(part) <= MAX_LOGO_WORDS:
            return part
    return None


def logo_text_name(alt: str) -> str | None:
    """The name in an image's text that calls the image a logo or a coat of arms:
    "Dunmore Echo logo", "Logo: Dunmore Echo", "Logo of Dunmore Echo" -> "Dunmore Echo",
    "Wappen Gemeinde Adorf" -> "Gemeinde Adorf"; None for a text without a word of
    :data:`LOGO_WORDS` or :data:`EMBLEM_WORDS` at its start or end, or a name of more
    than :data:`MAX_LOGO_WORDS` words.

    Parameters
    ----------
    alt : str
        An image's alternative text.

    Returns
    -------
    str or None
        The name, spaces collapsed; None for words all in lower case ("site logo").
    """
    words = [word for word in alt.split() if word.strip(_LOGO_MARKS)]
    if len(words) < 2:
        return None
    if words[0].strip(_LOGO_MARKS).casefold() in _NAMING_WORDS:
        words = words[1:]
        if words[0].casefold() in _LOGO_LINKS and len(words) > 1:
            words = words[1:]
    elif words[-1].strip(_LOGO_MARKS).casefold() in _NAMING_WORDS:
        words = words[:-1]
    else:
        return None
    words[-1:] = [word.rstrip(_LOGO_MARKS) for word in words[-1:]]
    if is_lower_case(" ".join(words)):
        return None  # "site logo", "our logo": no name
    return " ".join(words) if 0 < count_words(" ".join(words)) <= MAX_LOGO_WORDS else None


#: The class a WordPress theme gives the element holding the site's title: classic
#: themes' ``site-title``, the block editor's ``wp-block-site-title`` block; a Drupal 8+
#: theme's site-branding block's ``site-branding__name``.
SITE_TITLE_CLASSES = frozenset({"site-title", "wp-block-site-title", "site-branding__name"})
#: The id Drupal 7's core themes (Bartik, Garland, Seven) give the element holding the
#: site's name (``<div id="site-name"><strong><a href="/" rel="home"><span>Name</span>``).
SITE_TITLE_IDS = frozenset({"site-name"})


def site_title_name(tree: HtmlElement) -> str | None:
    """The site's name a WordPress theme prints as its site title: the text of the first
    element of class :data:`SITE_TITLE_CLASSES` (or id :data:`SITE_TITLE_IDS`, a Drupal
    theme's) that is all one link to the site's home page (``<p
    class="wp-block-site-title"><a href="/" rel="home">Example Examiner</a></p>``).

    Parameters
    ----------
    tree : HtmlElement
        The page as lxml parsed it.

    Returns
    -------
    str or None
        The title's text, spaces collapsed, when it has 1 to :data:`MAX_LOGO_WORDS` words;
        None when no such element holds a home link's text alone.
    """
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if SITE_TITLE_CLASSES.isdisjoint((element.get("class") or "").split()) and (
            element.get("id") not in SITE_TITLE_IDS
        ):
            continue
        if names_home(element):
            text = " ".join(element.text_content().split())
            return text if count_words(text) <= MAX_LOGO_WORDS else None
        return None
    return None
