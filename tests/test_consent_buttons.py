"""A cookie notice's buttons glued into one word by a text dump are no site name (review h415)."""

from analysis.clean.masthead_context import consent_button_lines, is_cookie_notice
from analysis.clean.site_name import page_site_name

_STORY = (
    "Городской совет утвердил новый план ремонта набережной, работы начнутся весной и "
    "продлятся два года, сообщили в администрации."
)


def test_glued_buttons_under_a_cookie_notice_are_found():
    lines = [
        "Мы используем файлы cookie, чтобы сайт работал лучше.",
        "",
        "ПонятноПодробнее",
        "  • Новости",
    ]
    assert consent_button_lines(lines) == frozenset({2})


def test_a_masthead_under_a_cookie_notice_is_kept():
    lines = ["We use cookies to improve your experience.", "", "The Example Ledger", "  • News"]
    assert consent_button_lines(lines) == frozenset()


def test_a_copyright_line_under_a_cookie_notice_is_no_button():
    """'GmbH' runs a lower-case letter into a capital, but a line with '©', a year and
    links is the footer's notice naming the site, not two buttons glued."""
    lines = [
        "Disse Websteed bruukt Cookies. [Akzepteren](https://example.de/#)",
        "",
        "© 2026 Example Blatt GmbH · [Impressum](https://example.de/impressum)",
    ]
    assert consent_button_lines(lines) == frozenset()


def test_glued_buttons_are_not_the_site_name():
    lines = [
        "Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы согласны.",
        "",
        "ПонятноПодробнее",
        "  • Новости",
        "  • Общество",
        "  • Спорт",
        "",
        "Совет утвердил план ремонта набережной",
        "",
        _STORY,
        "",
        _STORY,
    ]
    site = page_site_name(lines)
    assert site is None or "Понятно" not in site.name


def test_cookie_notices_in_their_languages_own_words():
    assert is_cookie_notice("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.")
    assert is_cookie_notice("हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।")
    assert is_cookie_notice("Sitemizde çerezler kullanılmaktadır.")
    assert not is_cookie_notice("The bakery sold biscuits and cakes all morning.")


def test_a_row_of_buttons_glued_or_set_apart_by_spaces():
    from analysis.clean.interface_words import is_button_row

    assert is_button_row("Akzeptieren   Einstellungen")  # a browser's text save
    assert is_button_row("Accept allManage choices")
    assert not is_button_row("Accept   Settings", spaced=False)  # glued ones only
    # a headline, a footer's notice, a date row are none
    assert not is_button_row("Council votes on the harbour bridge")
    assert not is_button_row("© 2026 Example Blatt GmbH · Impressum")
    assert not is_button_row("03.12.2026   16:02")
    # (spaced entries of more words than two buttons hold: a row of menu links)
    assert not is_button_row("News   Sport   Culture   Business   Local   Weather   Opinion")
