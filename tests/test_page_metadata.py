"""analysis.clean.page_metadata: dates, bylines, relative times, titles, outlets and sources."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.page_metadata import (
    article_page_fields,
    field_value,
    find_breadcrumb,
    find_byline,
    find_credited_source,
    find_date,
    find_relative_time,
    find_site_name,
    find_title_line,
    parse_date,
)
from analysis.clean.yearless_dates import find_yearless_dates, page_year

PROSE = (
    "The regional council said on Monday that the new rail line would open next spring, "
    "after two years of delays caused by funding disputes and a shortage of workers."
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("June 2, 2025", "2025-06-02"),
        ("Published: Jun. 2nd 2025, 10:31", "2025-06-02"),
        ("2 June 2025", "2025-06-02"),
        ("Monday 2nd of June, 2025", "2025-06-02"),
        ("2025-06-02T08:00:00Z", "2025-06-02"),
        ("2025/6/2", "2025-06-02"),
        ("02.06.2025", "2025-06-02"),
        ("Sept 30, 2019", "2019-09-30"),
        ("NOVEMBER 20, 2019 10:43", "2019-11-20"),
        ("2018.08.25 14:00", "2018-08-25"),
        ("Текст: Венера Ерофеева · 24 сентября 2018", "2018-09-24"),
        ("Publicado em 2 de junho de 2025", "2025-06-02"),
        ("Stand: 1. März 2020", "2020-03-01"),
        ("Page 3 of 2020 results", None),
        ("Mayor 12, 2025", None),
        ("Press RoomBy Press RoomJune 2, 2025No Comments3 Mins Read", "2025-06-02"),
        ("Wednesday, June 4", None),
        ("February 30, 2025", None),
        ("Mayor said 12 things", None),
        ("Call 2025-13-45 now", None),
        ("11.14.2019 09:00 AM", "2019-11-14"),
        ("Carlos Nadal 27/09/2018 Comente!", "2018-09-27"),
        ("11/27/2018", "2018-11-27"),
        ("02/06/2025", None),
        ("Published Tue, Nov 19 20197:05 AM EST", "2019-11-19"),
        ("Version 2.3/4/2019", None),
        ("By Jane Doe On 11/13/19 at 4:00 PM", "2019-11-13"),
        ("13/11/19", "2019-11-13"),
        ("02/06/19", None),  # two orders make a date: not guessed
        ("1/2/19/20", None),
        ("发布时间：2025年6月2日 08:15", "2025-06-02"),
        ("更新 2025年06月02日14:05", "2025-06-02"),
        ("掲載日 2025年 6月 2日", "2025-06-02"),
        ("입력 2025년 6월 2일 오후 3시", "2025-06-02"),
        ("2025年2月30日", None),
        ("2025年6月", None),  # no day
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_find_date_gives_the_span():
    line = "Updated on 2 June 2025 at noon"
    match = find_date(line)
    assert line[match.start : match.end] == "2 June 2025"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Press RoomBy Press RoomJune 2, 2025No Comments3 Mins Read", "Press Room"),
        ("By Jane Doe | June 2, 2025", "Jane Doe"),
        ("By Maria de la Cruz and John Smith", "Maria de la Cruz and John Smith"),
        ("Written by: Ann Lee", "Ann Lee"),
        ("BY JOHN SMITH, Associated Press", "JOHN SMITH"),
        ("By Jane DoeEXAMPLENews", "Jane Doe"),  # an outlet glued in capitals
        ("By Jane McDonald", "Jane McDonald"),
        # a list of authors closed by "and NAME" is one byline; a credit after a comma is not
        ("By Rosa Park, Omar Said and Ida Wells", "Rosa Park, Omar Said and Ida Wells"),
        ("By Rosa Park, Omar Said, and Ida Lee | June 2", "Rosa Park, Omar Said, and Ida Lee"),
        ("By Rosa Park, Metro Desk and Wires", "Rosa Park"),
        ("Stand by your man", None),
        ("By the way, this is not a byline at all and goes on and on", None),
    ],
)
def test_find_byline(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name


@pytest.mark.parametrize(
    ("line", "name", "iso"),
    [
        # a "by" word, the name, then a publish or update word and the date on one
        # line, in the languages whose "by" the byline words know (h123, issue #10)
        ("Von Lena Vogt publiziert am 3. Dezember 2026", "Lena Vogt", "2026-12-03"),
        ("Par Claire Martin publié le 3 décembre 2026", "Claire Martin", "2026-12-03"),
        ("Par Claire Martin mis à jour le 3 décembre 2026", "Claire Martin", "2026-12-03"),
        ("Por Ana Ruiz publicado el 3 de diciembre de 2026", "Ana Ruiz", "2026-12-03"),
        ("Di Mario Rossi pubblicato il 3 dicembre 2026", "Mario Rossi", "2026-12-03"),
        ("Door Jan de Vries gepubliceerd op 3 december 2026", "Jan de Vries", "2026-12-03"),
        ("Av Erik Lund publicerad 3 december 2026", "Erik Lund", "2026-12-03"),
        ("By Jane Roe Published December 3, 2026", "Jane Roe", "2026-12-03"),
    ],
)
def test_a_byline_with_its_publish_word_and_date(line, name, iso):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name
    body = "\n\n".join(f"{PROSE} Paragraph {n} adds a detail of its own." for n in range(3))
    page = f"Harbour Post\n\nHarbour wall approved after long debate\n\n{line}\n\n{body}\n"
    article = extract_articles(page, "p.txt").iloc[0]
    assert (article.byline, article.published) == (name, iso)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("time13 hours ago", "13 hours ago"),
        ("timea day ago", "a day ago"),
        ("Updated 5 mins ago", "5 mins ago"),
        ("2 weeks ago", "2 weeks ago"),
        ("Yesterday", "Yesterday"),
        ("Ago is a word", None),
        ("Monday 5:30PM", "Monday 5:30PM"),  # a weekday and a time: this week
        ("Posted Tue at 10:05 a.m. | Share", "Tue at 10:05 a.m."),
        ("Updated: Sat 8:31 PM, Feb 17, 2018", None),  # a calendar date with its weekday
        ("Mondays 10:30", None),
        ("vor 2 Stunden", "vor 2 Stunden"),
        ("Aktualisiert vor 5 Minuten", "vor 5 Minuten"),
        ("Publié il y a 3 jours", "il y a 3 jours"),
        ("hace 3 horas", "hace 3 horas"),
        ("Aggiornato 5 ore fa", "5 ore fa"),
        ("Der Rat tagte vorher", None),
        ("há 2 horas", "há 2 horas"),
        ("Buitenland · 2 uur geleden", "2 uur geleden"),
        ("för 3 timmar sedan", "3 timmar sedan"),
        ("2 godziny temu", "2 godziny temu"),
        ("Dünya · 2 saat önce", "2 saat önce"),
        ("3 hari yang lalu", "3 hari yang lalu"),
        ("2 часа назад", "2 часа назад"),
        ("منذ 3 ساعات", "منذ 3 ساعات"),
        ("3시간 전", "3시간 전"),
        ("3時間前", "3時間前"),
        ("2 घंटे पहले", "2 घंटे पहले"),
        ("10 jaar geleden werd de brug gebouwd", "10 jaar geleden"),  # a line decides
    ],
)
def test_find_relative_time(line, value):
    span = find_relative_time(line)
    assert (line[span[0] : span[1]] if span else None) == value


def test_site_name_from_doubled_masthead_then_copyright():
    lines = ["Skip", "Daily ExampleDaily Example", "  • Home", "© 2024 Example Media LLC."]
    span = find_site_name(lines)
    assert (span.line_no, lines[1][span.start : span.end]) == (1, "Daily Example")
    lines = ["Skip", "  • Home", "Copyright © 2019 Example Media Group. All rights reserved."]
    span = find_site_name(lines)
    assert lines[span.line_no][span.start : span.end] == "Example Media Group"
    assert find_site_name(["nothing", "here"]) is None


@pytest.mark.parametrize(
    ("line", "byline", "credit"),
    [
        # an agency's initials after the name: the person is the byline (h123)
        ("Por Ana Ruiz | EFE", "Ana Ruiz", "EFE"),
        ("By Jane Roe/AP", "Jane Roe", "AP"),
        ("By Jane Roe | AP | December 3, 2026", "Jane Roe", "AP"),
        ("Par Claire Martin · AFP", "Claire Martin", "AFP"),
        # words after the separator: a place, a role; a person's degrees: no credit
        ("By Jane Roe, MS, RD", "Jane Roe", None),
        ("By Jane Roe, MD", "Jane Roe", None),
        ("By Jane Roe, Washington", "Jane Roe", None),
        ("Por Ana Ruiz | Madrid", "Ana Ruiz", None),
        ("By Jane Roe | Staff Writer", "Jane Roe", None),
        # a publication's name beside the byline: a portal's, a feed reader's credit
        ("Story by Jane Roe • The Wexmoor Clarion", "Jane Roe", "The Wexmoor Clarion"),
        (
            "The Wexmoor Clarion / by Jane Roe / Dec 3, 2026, 6:15 PM",
            "Jane Roe",
            "The Wexmoor Clarion",
        ),
        ("By Jane Roe | The Harbour Post", "Jane Roe", None),  # the site's own
        ("By Jane Roe | The Political Editor", "Jane Roe", None),
    ],
)
def test_an_agencys_initials_after_the_byline_are_the_credited_source(line, byline, credit):
    body = "\n\n".join(f"{PROSE} Paragraph {n} adds a detail of its own." for n in range(3))
    page = f"Harbour Post\n\nHarbour wall approved after long debate\n\n{line}\n\n{body}\n"
    article = extract_articles(page, "p.txt").iloc[0]
    assert (article.byline, article.credited_source) == (byline, credit)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Follow RT onRT", "RT"),
        ("Follow Reuters on Twitter", "Reuters"),
        ("Source: Associated Press", "Associated Press"),
        ("This article originally appeared in The Conversation.", "The Conversation"),
        ("Originally published by Example Times", "Example Times"),
        ("Via Example Wire", "Example Wire"),
        ("Follow us on Facebook", None),
        # a portal's or aggregator's credit under the story it re-hosts
        ("Provided by Example Ledger", "Example Ledger"),
        # review h450: an aggregator's "Original source: X" under the partner's story
        ("Original source: Example Ledger", "Example Ledger"),
        ("Read more from The Example Ledger", "The Example Ledger"),
        ("Read more from our archive", None),
        # a sentence after a cue that says nothing of a first publication: no note
        ("Via the new app riders can pay. Fares stay the same.", None),
        ("This story was first published on July 12, 2026. It was updated on July 13.", None),
        ("Source: Example Wire", "Example Wire"),
    ],
)
def test_credited_source_after_body(line, source):
    lines = [PROSE, "", PROSE, "", "Share this", line, ""]
    spans = find_credited_source(lines, [0, 2])
    found = lines[spans[0].line_no][spans[0].start : spans[0].end] if spans else None
    assert found == source


@pytest.mark.parametrize(
    "note",
    [
        "This article first appeared on Example Ledger and is republished here with permission.",
        "This story was originally published by Example Ledger.",
        "Originally published on Example Ledger.",
        "This article is republished from Example Ledger under a Creative Commons license.",
        "Read the original article on Example Ledger.",
        "Read the full story on Example Ledger",
        "Continue reading on Example Ledger",
        "Originally published on Example Ledger on 3 March 2031.",
        # a sentence after the note
        "This story was originally published by Example Ledger. Sign up for its newsletter.",
        # the same note in other languages
        "Article publié initialement dans Example Ledger.",
        "Cet article a d'abord été publié sur Example Ledger et est republié avec son accord.",
        "Zuerst erschienen bei Example Ledger.",
        "Dieser Artikel erschien zuerst im Example Ledger.",
        "Publicado originalmente en Example Ledger el 2 de diciembre.",
        "Este artigo foi publicado originalmente no Example Ledger.",
        "Questo articolo è stato pubblicato originariamente su Example Ledger.",
        "Dit artikel verscheen eerder in Example Ledger.",
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_republishing_note_above_or_below_the_body_credits_its_source(note, above):
    lines = ["Headline of the story", "", note, "", PROSE, "", PROSE, "", "Footer"]
    body = [4, 6]
    if not above:
        lines = ["Headline of the story", "", PROSE, "", PROSE, "", note, "", "Footer"]
        body = [2, 4]
    spans = find_credited_source(lines, body)
    assert [lines[s.line_no][s.start : s.end] for s in spans] == ["Example Ledger"]


def test_a_portals_copy_credits_the_paper_it_is_provided_by():
    # a portal files the copy under its own name; the paper is the credited source
    body = "\n\n".join(f"{PROSE} Paragraph {n} adds a detail of its own." for n in range(3))
    page = (
        "Glimmer Start\nHome   News   Money\n\nThe Wexmoor Clarion\n\n"
        "Canal towpath to reopen after repairs\n\nStory by Ilse Brandt\n\n"
        f"{body}\n\n© The Wexmoor Clarion\nProvided by The Wexmoor Clarion\n\n"
        "https://www.glimmerstart.com/news/canal-towpath-to-reopen/ar-XY12\n"
    )
    article = extract_articles(page, "p.txt").iloc[0]
    assert (article.outlet, article.credited_source, article.title) == (
        "Glimmer Start",
        "The Wexmoor Clarion",
        "Canal towpath to reopen after repairs",
    )


def test_republishing_notes_above_and_below_the_body_are_both_credits():
    lines = ["Originally published on Example Ledger.", "", PROSE, "", PROSE, "", ""]
    lines[-1] = "Read the original article on Example Ledger."
    spans = find_credited_source(lines, [2, 4])
    assert [(s.line_no, lines[s.line_no][s.start : s.end]) for s in spans] == [
        (6, "Example Ledger"),
        (0, "Example Ledger"),
    ]
    # the note under the story taken into the body, a footer line after it
    lines += ["Contact  Advertise"]
    spans = find_credited_source(lines, [2, 4, 6, 7])
    assert {(s.line_no, lines[s.line_no][s.start : s.end]) for s in spans} == {
        (6, "Example Ledger"),
        (0, "Example Ledger"),
    }


def test_republishing_note_may_name_a_domain():
    # review h102 N3: a reader app's note under the story names the original's domain
    lines = [PROSE, "", PROSE, "", "Read the full article on example-ledger.co.uk", "Like"]
    spans = find_credited_source(lines, [0, 2])
    assert [lines[s.line_no][s.start : s.end] for s in spans] == ["example-ledger.co.uk"]
    # a name without a domain's dots ends at the full stop; a sentence may follow it
    lines[4] = "Originally published on Example Ledger. Share it."
    spans = find_credited_source(lines, [0, 2])
    assert [lines[s.line_no][s.start : s.end] for s in spans] == ["Example Ledger"]


def test_republishing_note_keeps_a_name_with_and():
    lines = [PROSE, "", "Originally published on Mail and Example."]
    spans = find_credited_source(lines, [0])
    assert lines[2][spans[0].start : spans[0].end] == "Mail and Example"


def test_follow_cue_above_the_body_is_no_credit():
    lines = ["Follow Example Daily on Twitter", "", PROSE, "", PROSE]
    assert find_credited_source(lines, [2, 4]) == []


def test_credited_source_far_after_body_is_ignored():
    lines = [PROSE] + ["x"] * 30 + ["Source: Far Away"]
    assert find_credited_source(lines, [0]) == []


def test_an_earlier_notice_after_the_body_is_the_credited_source():
    # an agency's notice under the story (the site's own notice closes the page below)
    lines = [PROSE, "", PROSE, "", "© 2026 Example Wire. All rights reserved.", "Footer"]
    notice = (4, 7, 19)
    spans = find_credited_source(lines, [0, 2], [notice])
    assert [(s.line_no, s.start, s.end) for s in spans] == [notice]
    assert lines[4][7:19] == "Example Wire"
    assert find_credited_source(lines, [0], [(30, 7, 19)]) == []  # far below the body
    # a cue wins over a notice
    cued = [PROSE, "", "Source: Example Agency", "", *lines[4:]]
    spans = find_credited_source(cued, [0], [notice])
    assert cued[spans[0].line_no][spans[0].start : spans[0].end] == "Example Agency"


def test_title_prefers_a_line_that_recurs_on_the_page():
    lines = [
        "Home»Politics»Council approves the new rail budget",
        "Politics",
        "",
        "Council approves the new rail budget",
        "",
        "By Jane Doe | June 2, 2025",
        "Share Facebook Twitter Email",
        "",
        PROSE,
    ]
    assert find_title_line(lines, 8) == 3
    crumb = find_breadcrumb(lines, 3)
    assert crumb is not None
    line_no, category, title_span = crumb
    assert lines[line_no][category[0] : category[1]] == "Politics"
    assert lines[line_no][title_span[0] : title_span[1]] == lines[3]


def test_title_without_repeat_is_the_heading_above_the_byline():
    lines = ["Menu", "Rail line to open next spring", "By Jane Doe", "", PROSE]
    assert find_title_line(lines, 4) == 1
    assert find_title_line([PROSE], 0) is None


def test_article_page_fields_on_a_typical_header():
    lines = [
        "Example NewsExample News",
        "  • Home",
        "World",
        "",
        "Council approves the new rail budget",
        "",
        "By Jane Doe June 2, 2025",
        "",
        PROSE,
        "",
        PROSE,
        "",
        "Source: Example Wire",
    ]
    spans = article_page_fields(lines, [8, 10])
    values = {s.field: field_value(s.field, lines[s.line_no][s.start : s.end]) for s in spans}
    assert values == {
        "outlet": "Example News",
        "category": "World",
        "title": "Council approves the new rail budget",
        "byline": "Jane Doe",
        "published": "2025-06-02",
        "credited_source": "Example Wire",
    }
    assert article_page_fields(lines, []) == []


@pytest.mark.parametrize(
    ("closing", "byline", "published"),
    [
        (
            ["Reporting by Ji-woo Park and Min-seo Han; Editing by Robert Ellis"],
            "Ji-woo Park and Min-seo Han",
            None,
        ),
        (["By Daniel Mercer, Staff writer"], "Daniel Mercer", None),
        # a second author's credit: both names, without the credit's words (review h150)
        (
            ["Reporting by Tomas Brandt; additional reporting by Ines Kovac"],
            "Tomas Brandt; Ines Kovac",
            None,
        ),
        (
            ["Reporting by Tomas Brandt; additional reporting by Ines Kovac; editing by Al Roe"],
            "Tomas Brandt; Ines Kovac",
            None,
        ),
        # the writer who put the reporters' files together is an author too (review h246)
        (
            ["Reporting by Tomas Brandt; Writing by Ines Kovac; Editing by Al Roe"],
            "Tomas Brandt; Ines Kovac",
            None,
        ),
        # the writer's credit opening the line, a reporter's after it (review h271's
        # held-out wire story)
        (
            ["Writing by Tomas Brandt; Additional reporting by Ines Kovac; Editing by Al Roe"],
            "Tomas Brandt; Ines Kovac",
            None,
        ),
        (
            ["Published: 12 November 2026, 08:30", "", "Written by Caleb Obi"],
            "Caleb Obi",
            "2026-11-12",
        ),
    ],
)
def test_byline_and_date_lines_closing_the_story_are_its_own(closing, byline, published):
    # a wire story's "Reporting by", a print view's byline, a date printed after the text:
    # the header has none, the run of meta lines right under the story's end is its own
    lines = ["Council approves the new rail budget", "", PROSE, "", PROSE, "", *closing]
    lines += ["", "Most read", "", "Ferry fares frozen until 2027"]
    assert _fields(lines, [2, 4]) == {"byline": byline, "published": published}


def test_a_date_after_another_items_headline_under_the_story_is_none_of_its():
    lines = ["Council approves the new rail budget", "", PROSE, "", PROSE, ""]
    lines += ["Ferry fares frozen", "June 9, 2025"]
    assert _fields(lines, [2, 4]) == {"byline": None, "published": None}


def _fields(lines: list[str], body_lines: list[int]) -> dict[str, str | None]:
    spans = article_page_fields(lines, body_lines)
    return {
        field: next(
            (
                field_value(field, lines[s.line_no][s.start : s.end])
                for s in spans
                if s.field == field
            ),
            None,
        )
        for field in ("byline", "published")
    }


def test_a_date_line_at_the_body_start_is_the_published_date():
    lines = [
        "Council approves the new rail budget",
        "",
        PROSE,
        "",
        "PUBLISHED: 10:48, Tue, Jun 3, 2025",
        "",
        PROSE,
        "",
        PROSE,
        "",
        "Related: June 9, 2025",
        "",
        PROSE,
    ]
    spans = article_page_fields(lines, [2, 4, 6, 8, 10, 12])
    published = [s for s in spans if s.field == "published"]
    assert [
        (s.line_no, field_value("published", lines[4][s.start : s.end])) for s in published
    ] == [(4, "2025-06-03")]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Updated 10:01 pm PST, Tuesday, November 19, 2019", "2019-11-19"),
        ("Published 11:26 pm EST, Tuesday, November 19, 2019", "2019-11-19"),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20"),
        ("November 18, 2019, 11:30 p.m. EST", "2019-11-18"),
        ("June 2, 2025 -- 00:30 CEST", "2025-06-02"),
        ("November 19, 2019 at 8:59 pm", "2019-11-19"),
        ("November 19, 2019 at 11:59 pm IST", "2019-11-19"),
        ("12:10 am GMT, June 2, 2025", "2025-06-02"),
    ],
)
def test_a_date_is_the_day_printed_whatever_zone_is_written_with_it(text, iso):
    assert parse_date(text) == iso
    match = find_date(text)
    assert parse_date(text[match.start : match.end]) == iso  # the span holds the zone


def test_one_moment_gets_one_day_however_its_zone_is_written():
    printings = [
        "March 3, 2026 11:30 PM EST",
        "March 3, 2026 11:30 PM ET",
        "March 3, 2026 11:30 PM Eastern",
        "Updated 11:30 PM EST, March 3, 2026",
        "March 3, 2026 11:30 PM",
    ]
    assert {parse_date(text) for text in printings} == {"2026-03-03"}
    # CST is China's as well as US Central time: either way the day printed
    assert parse_date("2026-03-03 21:30 CST") == "2026-03-03"


def test_the_header_starts_at_the_first_copy_of_the_title():
    title = "Council approves the new rail budget"
    lines = [title, "", "By Jane Doe", "Updated 1:39 am EST, Wednesday, June 4, 2025"]
    lines += ["Photo: Jane Roe, Example Wire"] * 30 + [title, "", PROSE, "", PROSE]
    spans = article_page_fields(lines, [len(lines) - 3, len(lines) - 1])
    published = [s for s in spans if s.field == "published"]
    assert [
        (s.line_no, field_value("published", lines[3][s.start : s.end])) for s in published
    ] == [(3, "2025-06-04")]


def test_a_date_line_a_few_lines_above_the_header_when_it_has_none():
    lines = ["Wed, Nov 20, 2019", *["  • Menu item"] * 12]
    lines += ["June 2, 2025", "", "Some teaser headline about the trains", "", "Share", ""]
    lines += ["Council approves the new rail budget", "", PROSE, "", PROSE]
    spans = article_page_fields(lines, [len(lines) - 3, len(lines) - 1])
    published = [(s.line_no, s.field) for s in spans if s.field == "published"]
    assert published == [(13, "published")]  # the nearest date line, not the masthead's


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        (["Updated June 4, 2025 | Published June 2, 2025"], "2025-06-02"),
        (["Updated: Wed 8:31 PM, June 4, 2025", "Posted: Mon 6:45 PM, June 2, 2025"], "2025-06-02"),
        (["June 2, 2025 | 4:20am | Updated June 4, 2025"], "2025-06-02"),
        (["PUBLISHED: June 2, 2025 | UPDATED: June 4, 2025"], "2025-06-02"),
        (["Updated June 4, 2025"], "2025-06-04"),  # the only date
        (["Updated June 4, 2025", "June 9, 2025"], "2025-06-04"),  # no publication label
        # a label the rules know in this language, or none: the earlier day is the
        # publication (a page is changed after it is published)
        (["Обновлено: 4 июня 2025 | 2 июня 2025"], "2025-06-02"),
        (["Bijgewerkt 4 juni 2025, 09:10 | Gepubliceerd 2 juni 2025"], "2025-06-02"),
        (["अपडेटेड: 4 जून 2025, 09:10 | प्रकाशित: 2 जून 2025"], "2025-06-02"),
        (["Güncellendi: 4 Haziran 2025", "2 Haziran 2025"], "2025-06-02"),
        # h187: Greek's noun "δημοσίευση" (publication), Icelandic "Uppfært" / "Birt"
        (
            ["Τελευταία ενημέρωση: 04.06.2025 09:10", "Πρώτη δημοσίευση: 02.06.2025 18:25"],
            "2025-06-02",
        ),
        (["Uppfært 4.6.2025 kl. 08:15", "Birt 2.6.2025 kl. 14:20"], "2025-06-02"),
        # h199: Frisian, Latvian, Estonian, Slovenian, Albanian "Updated" lines above
        # the published one
        (["Bywurke: 4 juny 2025, 09:12", "Publisearre: 2 juny 2025, 16:40"], "2025-06-02"),
        (["Atjaunots: 04.06.2025 08:30", "Publicēts: 02.06.2025 17:45"], "2025-06-02"),
        (["Uuendatud 4. juuni 2025, 10:05", "Avaldatud 2. juuni 2025, 18:20"], "2025-06-02"),
        (["Posodobljeno: 4. 6. 2025 ob 9.15", "Objavljeno: 2. 6. 2025 ob 16.30"], "2025-06-02"),
        (["Përditësuar: 14/06/2025 08:50", "Publikuar: 13/06/2025 19:05"], "2025-06-13"),
        (["Atnaujinta 2025-06-04 09:40", "Paskelbta 2025-06-02 15:10"], "2025-06-02"),
        # h246: Scots, both on one line, the update first
        (["Last updatit 4 June 2025 · Furst publisht 2 June 2025"], "2025-06-02"),
        # a read-later service's day the reader saved the story is no publication
        (["Saved November 30, 2025", "", "Published June 2, 2025"], "2025-06-02"),
        (["Retrieved November 30, 2025", "", "By Jane Doe", "June 2, 2025"], "2025-06-02"),
    ],
)
def test_a_published_date_wins_over_an_updated_one(header, iso):
    lines = ["Council approves the new rail budget", "", *header, "", PROSE, "", PROSE]
    spans = article_page_fields(lines, [len(lines) - 3, len(lines) - 1])
    published = [
        field_value("published", lines[s.line_no][s.start : s.end])
        for s in spans
        if s.field == "published"
    ]
    assert published == [iso]


def test_a_weekday_time_under_the_title_beats_a_related_items_date_above_it():
    lines = [
        "Example Daily",
        "",
        "Related: Budget vote delayed",
        "March 2, 2024",
        "",
        "Council approves the new rail budget",
        "",
        "Monday 5:30PM",
        "",
        PROSE,
        "",
        PROSE,
        "",
        "Also read: Fares frozen until 2026",
        "January 9, 2025",
    ]
    spans = article_page_fields(lines, [9, 11])
    fields = {s.field: lines[s.line_no][s.start : s.end] for s in spans}
    assert fields["title"] == "Council approves the new rail budget"
    assert fields["relative_time"] == "Monday 5:30PM"
    assert "published" not in fields  # not the related item's date, above or below


@pytest.mark.parametrize(
    ("teaser", "own", "iso"),
    [
        (
            "TRENDING: Ferry fares to rise in January — Dec. 1, 2026",
            "December 2, 2026",
            "2026-12-02",
        ),
        ("Ferry fares to rise in January — Dec. 1, 2026", "", None),
        (
            "Читайте также: Городской бюджет утвердили — 1 декабря 2026",
            "2 декабря 2026",
            "2026-12-02",
        ),
        (
            "热门推荐\n桂林机场新航站楼投入使用 2026年12月1日\n漓江游船恢复夜航 2026年11月30日",
            "2026年12月2日 14:05",
            "2026-12-02",
        ),
    ],
)
def test_another_storys_dated_headline_above_the_title_does_not_date_the_page(teaser, own, iso):
    lines = [
        "Example Daily",
        "",
        *teaser.split("\n"),
        "",
        "Council approves the new rail budget",
        "",
        "By Jo Marsh",
        *([own] if own else []),
        "",
        PROSE,
        "",
        PROSE,
    ]
    spans = article_page_fields(lines, [len(lines) - 3, len(lines) - 1])
    fields = {s.field: lines[s.line_no][s.start : s.end] for s in spans}
    assert fields["title"] == "Council approves the new rail budget"
    got = fields.get("published")
    assert (field_value("published", got) if got else None) == iso


def test_a_date_line_after_the_bodys_second_paragraph_is_not_the_pages():
    lines = ["Council approves the new rail budget", "", PROSE, "", "Fares stay the same.", ""]
    lines += ["Related: June 9, 2025", "", PROSE]
    spans = article_page_fields(lines, [2, 4, 6, 8])
    assert [s.field for s in spans if s.field == "published"] == []


@pytest.mark.parametrize(
    "caption",
    [
        # a photo caption with its credit: the photo's date, not the article's
        "The mayor speaks about the rail budget in Springfield, March 12, 2013. Jo Bloggs/Agency",
        "Jane Doe in Springfield, September 9, 2018 (Jo Bloggs/Agency)",
        "The depot near the river, June 4, 2019. (Agency photo: Jo Bloggs)",
        # a sentence of prose with a date in it
        "Officials of the city wait to enter the hall on Tuesday, June 4, 2019, in the rain",
    ],
)
def test_a_photo_caption_or_a_sentence_above_the_body_gives_no_date(caption):
    lines = ["Council approves the new rail budget", "", caption, "", PROSE, "", PROSE]
    values = {
        s.field: field_value(s.field, lines[s.line_no][s.start : s.end])
        for s in article_page_fields(lines, [4, 6])
    }
    assert "published" not in values
    # a date line is still the page's date
    lines[2] = "Published June 4, 2019 at 10:05 am"
    assert any(s.field == "published" for s in article_page_fields(lines, [4, 6]))


def _yearless_page(date_line: str, footer: str) -> str:
    paragraphs = [f"{PROSE} Paragraph {n} adds a detail of its own." for n in range(4)]
    return "\n\n".join(
        ["Menu", "Council approves the new rail budget", date_line, *paragraphs, footer]
    )


@pytest.mark.parametrize(
    ("date_line", "footer", "iso"),
    [
        # the posted day, not the update's, in the year of the site's notice
        ("Updated Jun 4, 9:41 AM; Posted Jun 2, 8:19 PM", "© 2025 Example Daily", "2025-06-02"),
        ("Posted on 2 June at 10:05", "Copyright © 2011-2025 Example Daily", "2025-06-02"),
        ("Jun 2, 8:19 PM", "© 2025 Example Daily. All rights reserved.", "2025-06-02"),
        # no notice, or a notice older than a date on the page: no year is guessed
        ("Updated Jun 4, 9:41 AM; Posted Jun 2, 8:19 PM", "Example Daily", None),
        ("Posted Jun 2, 8:19 PM", "© 2019 Example Daily. Fares frozen March 3, 2024", None),
        # a date in a sentence is none of the page's
        ("The vote was set for June 2 at 10:30 a.m.", "© 2025 Example Daily", None),
    ],
)
def test_a_date_printed_without_its_year_is_in_the_year_of_the_sites_notice(date_line, footer, iso):
    articles = extract_articles(_yearless_page(date_line, footer), name="rail.txt")
    assert articles.iloc[0]["title"] == "Council approves the new rail budget"
    assert articles.iloc[0]["published"] == iso


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        (
            "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
            [(11, 19, "update"), (11, 18, "publish")],
        ),
        ("Updated: Tue 9:41 AM, Nov 19", [(11, 19, "update")]),
        ("PUBLISHED: 18th November", [(11, 18, "publish")]),
        ("Nov. 18 at 8:19 p.m. ET", [(11, 18, None)]),
        ("Posted Nov 18, 2019", []),  # a calendar date: find_dates reads it
        ("Top headlines for Nov. 19", []),
        ("The hearing was set for June 29 at 1:30 p.m.", []),
        ("Posted by Jane Doe on the morning of Nov 18", []),
    ],
)
def test_find_yearless_dates(line, dates):
    assert [(d.month, d.day, d.label) for d in find_yearless_dates(line)] == dates


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        # another language's month with no year, after a label and its word for "on",
        # its weekday or its clock time (h382)
        ("Publicado el 3 de diciembre, 10:42", [(12, 3, "publish")]),
        ("Publicado el jueves 3 de diciembre", [(12, 3, "publish")]),
        ("Veröffentlicht am 3. Dezember", [(12, 3, "publish")]),
        ("Publié le 1er décembre à 10:42", [(12, 1, "publish")]),
        ("Donnerstag, 3. Dezember, 14:20 Uhr", [(12, 3, None)]),
        ("jueves 3 de diciembre", [(12, 3, None)]),
        ("3 de diciembre, 10:42", [(12, 3, None)]),
        # in a sentence, or with its year (a calendar date), none
        ("El juicio será el 3 de diciembre", []),
        ("El jueves 3 de diciembre se vota el presupuesto", []),
        ("Publicado el 3 de diciembre de 2026", []),
        ("3 de diciembre", []),
    ],
)
def test_find_yearless_dates_of_other_languages(line, dates):
    assert [(d.month, d.day, d.label) for d in find_yearless_dates(line)] == dates


_ES_PROSE = (
    "Las autoridades estatales cerraron la carretera federal después de que un deslave "
    "cubriera dos carriles con lodo y piedras durante la madrugada, informó Protección Civil."
)


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("Publicado el 3 de diciembre, 10:42", "2026-12-03"),
        ("Jueves 3 de diciembre", "2026-12-03"),  # 3 December 2026 is a Thursday
        ("Miércoles 3 de diciembre", None),  # a Wednesday in 2025: no year is guessed
    ],
)
def test_a_date_in_another_language_without_its_year_is_in_the_notices_year(date_line, iso):
    paragraphs = [f"{_ES_PROSE} El párrafo {n} añade un detalle." for n in range(4)]
    page = "\n\n".join(
        [
            "Inicio  Noticias",
            "Cierran la carretera federal por un deslave en la sierra",
            date_line,
            *paragraphs,
            "© 2026 Diario del Valle Sur",
        ]
    )
    assert extract_articles(page, name="deslave.txt").iloc[0]["published"] == iso


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("News\n© 2019 Example Daily", 2019),
        ("(c) 2014 - 2019 Example Daily\nCopyright 2018 Example Wire", 2019),
        ("Example Daily, all rights reserved", None),
        ("© 2019 Example Daily\nPublished June 2, 2025", None),  # a stale notice
    ],
)
def test_page_year(text, year):
    assert page_year(text) == year


def test_a_headline_printed_under_a_see_also_label_is_another_articles():
    related = "New rail line will open next spring after years of funding disputes"
    lines = [
        "Council approves the new rail budget after a long debate",
        "",
        "By Jane Doe",
        "",
        "  • View author archive",
        "  • Email the author",
        "",
        "Most Popular Today",
        "",
        "Name (required)",
        "Email (required)",
        "Comment (required)",
        "",
        "Submit",
        "",
        "June 2, 2025 | 4:10pm",
        "",
        "Enlarge Image",
        "Example Wire",
        "",
        "More On:",
        "",
        "rail",
        "",
        related,
        "",
        "Rail fares frozen for the second year as the council plans more routes",
        "",
        "New rail depot opens on the river to serve the regional line",
        "",
        "see also",
        "",
        related,
        "",
        PROSE,
        "",
        PROSE,
    ]
    assert find_title_line(lines, 34) == 0
    spans = article_page_fields(lines, [34, 36])
    fields = {s.field: field_value(s.field, lines[s.line_no][s.start : s.end]) for s in spans}
    assert fields["title"] == lines[0]
    assert fields["byline"] == "Jane Doe"
    assert fields["published"] == "2025-06-02"
    # without the label the related headline, recurring and nearer the body, wins
    lines[30] = "Rail news"
    assert find_title_line(lines, 34) != 0


@pytest.mark.parametrize(("label", "own"), [("Recommended", True), ("Related stories:", False)])
def test_a_box_of_recommended_stories_may_list_the_pages_own_headline(label, own):
    headline = "Council approves the new rail budget after a long debate"
    lines = [headline, "", "By Jane Doe", "", label, "", headline, ""]
    lines += ["Fares frozen for the second year as the council plans routes", "", PROSE]
    title = find_title_line(lines, 10)
    assert (title is not None and lines[title] == headline) is own


@pytest.mark.parametrize(
    "lead",
    [
        "Residents of Harbour County, Westshire, voted yesterday to recall the judge who "
        "sentenced the former student to six months in jail.",
        '"Absurd" was the word the governor used for the plan he was shown a month ago '
        "by the party leaders.”",
    ],
)
def test_a_lead_paragraph_that_says_yesterday_stays_the_bodys_first(lead):
    # review finding h94 M2: a short lead paragraph holding a relative time was taken for
    # the page's relative date line and cut from the body
    text = "\n".join(
        [
            "Harbour Times",
            "",
            "Voters recall the mayor",
            "",
            "By Ann Lee",
            "December 3, 2026",
            "",
            lead,
            "",
            PROSE,
            "",
            PROSE,
            "",
            "© 2026 Harbour Times",
        ]
    )
    row = extract_articles(text, "recall.txt").iloc[0]
    assert row["body"].split("\n\n")[0] == lead
    assert row["published"] == "2026-12-03" and row["relative_time"] is None


def test_a_short_line_of_a_relative_time_is_still_the_pages_time():
    text = "\n".join(
        [
            *("Harbour Times", "", "Voters recall the mayor", "", "Updated 3 hours ago", ""),
            *(PROSE, "", PROSE.replace("Monday", "Friday"), "", PROSE.replace("spring", "year")),
        ]
    )
    row = extract_articles(text, "recall.txt").iloc[0]
    assert row["relative_time"] == "3 hours ago"


def test_a_masthead_that_is_a_short_form_of_the_notices_holder_is_no_headline():
    # review h111 P7: a text dump opening with its masthead over the menu, named by a
    # notice that writes the name with its article ("La Gazette du Port"), took the
    # masthead for the headline when the headline's words are not the body's first words
    body = (
        "The port authority said on Monday that the new quay would open next spring, "
        "after two years of delays caused by funding disputes and a shortage of workers.\n\n"
        "Dock workers welcomed the news, and the union said it would ask for more staff "
        "once the ships start calling at the quay in the summer months.\n"
    )
    text = (
        "Gazette du Port\n\nAccueil  Port  Région  Monde  Sport\n\nMonde\n\n"
        "Mayor Rips Council Over Budget Again\n\nPar Jeanne Martin\n3 décembre 2026\n\n"
        f"{body}\n© 2026 La Gazette du Port | Groupe Littoral Presse\n"
    )
    article = extract_articles(text, name="p.txt").iloc[0]
    assert article["title"] == "Mayor Rips Council Over Budget Again"
    assert article["outlet"].endswith("Gazette du Port")  # masthead or notice: one site


@pytest.mark.parametrize(
    ("deck", "own", "iso"),
    [
        ("The final vote is set for Dec. 15, 2026.", "", None),
        # a phrase's day, not a sentence's: the page's only when the header prints no other
        ("Hearing set for December 15, 2026", "December 2, 2026", "2026-12-02"),
        # review h120 R11: a page's own date line that words its date keeps it
        ("Édition du mercredi 2 décembre 2026", "", "2026-12-02"),
        ("The Example Daily print edition, December 2, 2026", "", "2026-12-02"),
        ("The final vote is set for Dec. 15, 2026.", "December 2, 2026", "2026-12-02"),
        ("Posted on Dec. 2, 2026", "", "2026-12-02"),  # a label names the page's day
        # a phrase running into its date names an event's day, even on an undated page
        ("Polls open Dec. 15, 2026", "", None),
        ("Hearing set for December 15, 2026", "", None),
        ("Polls open Dec. 15, 2026, and officials expect a high turnout.", "", None),
        ("Polls open Dec. 15, 2026", "December 2, 2026", "2026-12-02"),
        ("By admin - Dec. 2, 2026", "", "2026-12-02"),  # set off: a date line's field
    ],
)
def test_a_deck_naming_an_events_day_does_not_date_the_page(deck, own, iso):
    # review h120 R10: the day of an event a standfirst names was the published date
    lines = [
        "Example Daily",
        "",
        "Council approves the new rail budget",
        "",
        deck,
        "",
        "By Jo Marsh",
        *([own] if own else []),
        "",
        PROSE,
        "",
        PROSE,
    ]
    spans = article_page_fields(lines, [len(lines) - 3, len(lines) - 1])
    got = next((lines[s.line_no][s.start : s.end] for s in spans if s.field == "published"), None)
    assert (field_value("published", got) if got else None) == iso


def test_the_sites_staff_credit_without_by_is_the_byline_not_the_headline():
    # review h120 R7: 'Granite Falls Tribune Staff' above the date line won the title
    body = [
        "The harbour council voted on Tuesday evening to approve next year's budget after a"
        " debate that ran for more than four hours and drew a crowd to the old town hall.",
        "Members of the governing coalition said the plan protects schools and the ferry"
        " service, while the opposition argued that the cuts would fall hardest on families.",
        "The regional authority still has to sign off on the budget, and a decision on the"
        " harbour plan is expected in February, officials said after the vote.",
    ]
    headline = "Harbour council approves budget after four-hour debate"
    page = ["GRANITE FALLS TRIBUNE", "", headline, "", "Granite Falls Tribune Staff",
            "December 2, 2026", "", "\n\n".join(body), "",
            "Granite Falls Tribune · Subscribe · Contact"]  # fmt: skip
    (article,) = extract_articles("\n".join(page) + "\n", name="p.txt").itertuples()
    assert (article.title, article.byline) == (headline, "Granite Falls Tribune Staff")


def test_a_line_of_labelled_fields_names_the_author_without_a_date():
    # "来源：<agency> 作者：<name> 编辑：<name>" (source, author, editor) over the date
    # line: the author's field is the byline, and the line is no headline
    lines = [
        "多地出台措施支持新能源汽车下乡",
        "",
        "来源：新华社\u3000作者：张伟\u3000编辑：李娜",
        "",
        "2026-11-03 10:20:31",
        "",
        "记者从有关部门获悉，多个省份近日出台措施，支持新能源汽车进入农村市场，包括发放购车补贴、建设充电设施等。"
        "据介绍，今年前十个月，农村地区新能源汽车销量同比增长超过三成。",
        "",
        "业内人士表示，农村地区充电条件和售后服务仍是制约消费的主要因素，多地计划在明年底前实现乡镇充电站全覆盖。",
    ]
    row = extract_articles("\n".join(lines), "p.txt").iloc[0]
    assert (row["title"], row["byline"]) == ("多地出台措施支持新能源汽车下乡", "张伟")


_FOOTER_STORY = [
    "Council approves harbour cycle path",
    "The city council on Tuesday voted by a large majority to build a new cycle path "
    "along the harbour. Work is due to begin in the spring.",
    "The cost of around two million euros will be shared between the city and the "
    "region. Residents had asked for a safe route for years.",
    "The opposition criticised the loss of parking on the waterfront road. The mayor "
    "promised replacement spaces in a new car park.",
]


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        (["Published: 2 December 2026"], "2026-12-02"),
        (["Share this story", "Posted on 2 December 2026 at 14:05"], "2026-12-02"),
        # unlabelled, or a change's: another item's day, or no publication's
        (["Related: Harbour ferry fares to rise", "1 December 2026"], None),
        (["Updated: 3 December 2026"], None),
        # the first date under the story decides: a related card's before the label
        (["Ferry fares to rise", "1 December 2026", "Published: 2 December 2026"], None),
    ],
)
def test_a_publication_date_printed_only_under_the_body_dates_the_page(footer, published):
    page = "\n\n".join([*_FOOTER_STORY, *footer]) + "\n"
    assert extract_articles(page, "path.txt").iloc[0]["published"] == published


def test_a_date_above_the_story_is_kept_over_the_footers():
    page = "\n\n".join(
        [_FOOTER_STORY[0], "1 December 2026", *_FOOTER_STORY[1:], "Published: 2 December 2026"]
    )
    assert extract_articles(page + "\n", "path.txt").iloc[0]["published"] == "2026-12-01"


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        # review h211: a word naming the date before its day is the date's own, no
        # phrase's: the weekday, "kaping" / "tanggal" / "ngày", then the day
        ("Kemis, kaping 3 Désémber 2026", "2026-12-03"),  # su
        ("Dinten Kemis tanggal 3 sasi Desember taun 2026", "2026-12-03"),  # jv
        ("Kamis, tanggal 3 Desember 2026", "2026-12-03"),  # id
        ("Thứ Năm, ngày 3 tháng 12 năm 2026", "2026-12-03"),  # vi
        # review h231: a weekday of three words before the comma (Kinyarwanda, Kirundi)
        ("Ku wa gatanu, itariki 4 Ukuboza 2026", "2026-12-04"),  # rw
    ],
)
def test_a_date_word_before_the_day_dates_the_page(date_line, iso):
    lines = ["Example Daily", "", "Council approves the new rail budget", "", date_line]
    lines += ["", "By Jo Marsh", "", PROSE, "", PROSE]
    spans = article_page_fields(lines, [len(lines) - 3, len(lines) - 1])
    got = next((lines[s.line_no][s.start : s.end] for s in spans if s.field == "published"), None)
    assert (field_value("published", got) if got else None) == iso


@pytest.mark.parametrize(
    ("span", "title"),
    [
        # a kicker in lenticular brackets opening the headline is no part of it (h382)
        (
            "【独自】北浜市の市立病院、夜間救急を来春から縮小へ",
            "北浜市の市立病院、夜間救急を来春から縮小へ",
        ),
        (
            "【速報】 南港市で震度5弱の地震、けが人の情報なし",
            "南港市で震度5弱の地震、けが人の情報なし",
        ),
        # a headline in the brackets, or too little after them, is kept whole
        (
            "【北浜市の市立病院が夜間救急を縮小】市民に不安",
            "【北浜市の市立病院が夜間救急を縮小】市民に不安",
        ),
        ("【独自】短い見出し", "【独自】短い見出し"),
    ],
)
def test_a_bracketed_kicker_opening_a_title_is_left_out(span, title):
    assert field_value("title", span) == title


def test_an_html_pages_bracketed_kicker_is_left_out_of_its_title(tmp_path):
    # the kicker in the <h1>, og:title and <title> alike (h382)
    from analysis.clean.articles import PageFacts
    from analysis.read import read_page

    headline = "北浜市の市立病院、夜間救急を来春から縮小へ"
    page_html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>【独自】{headline}｜北浜新報</title>
<meta property="og:title" content="【独自】{headline}">
<meta property="og:site_name" content="北浜新報"></head><body>
<article><h1>【独自】{headline}</h1><p class="byline">山本健太記者</p>
<p>北浜市立病院が来年4月から夜間の救急受け入れを縮小する方針を固めたことが、関係者への取材で分かった。医師不足が続き、当直体制の維持が難しくなったという。</p>
<p>市は近隣の病院と協議し、重症患者の搬送先を確保するとしている。市民からは不安の声も上がっている。</p>
</article></body></html>"""
    path = tmp_path / "byoin.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    rows = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert rows["title"].tolist() == [headline]


_STORY = [
    "The board of education on Friday night named a retired principal as interim"
    " superintendent, ending a two-month search that began in October.",
    "",
    "Board members voted 6-1 to hire the former principal, who led the high school for"
    " 14 years before retiring. She will start in January and serve through June.",
    "",
]


def test_a_chain_papers_line_under_the_author_is_no_second_author():
    # "NAME" / the paper's name / the date under the headline of a chain paper whose
    # notice names only the chain (review h427): the masthead the page opens with is the
    # paper's name, never a byline
    lines = [
        "The Example Sentinel",
        "  • News",
        "  • Sports",
        "  • Obituaries",
        "",
        "School board picks former principal as interim superintendent",
        "",
        "Karen Holt",
        "Example Sentinel",
        "Published 5:02 a.m. ET Dec. 5, 2026",
        "",
        *_STORY,
        "© 2026 Garnet Media Co. All rights reserved.",
    ]
    (article,) = extract_articles("\n".join(lines), name="chain.txt").to_dict("records")
    assert article["byline"] == "Karen Holt"
    assert article["outlet"] == "The Example Sentinel"


def test_a_stations_channel_brand_over_its_groups_notice():
    # a TV station's brand closing with its channel number, no newspaper's word in it,
    # over its group's notice (review h427): the station's brand is the outlet
    lines = [
        "Skip to main content",
        "  • Subscribe",
        "  • Log in",
        "Weather Alert 9",
        "  • News",
        "  • Local",
        "  • Weather",
        "  • Sports",
        "",
        "School board picks former principal as interim superintendent",
        "",
        "By KQXT Staff",
        "Published: Dec. 5, 2026 at 6:10 PM EST",
        "",
        *_STORY,
        "Stay with Weather Alert 9 for updates.",
        "",
        "Copyright 2026 Brockwell Media Group, Inc. All rights reserved.",
    ]
    (article,) = extract_articles("\n".join(lines), name="station.txt").to_dict("records")
    assert article["outlet"] == "Weather Alert 9"


_TIME_FIRST_STAMP = """Tui Valley News
News  Rural  Weather

Orchard owners count the cost of a late frost

Mere Tapsell, Reporter
7:15 pm on 18 March 2026
Share

Frost settled over the valley's orchards on Tuesday night, weeks after the buds had broken,
and growers said some blocks could lose a third of their crop before picking begins.

The growers' association said it would survey members this week and ask the regional
council for help with the cost of frost fans before next spring.

Most read
Weather: heavy rain watch
1 hour ago
"""


def test_a_stamp_printing_its_time_first_dates_the_page():
    # a broadcaster's stamp "7:15 pm on 18 March 2026": the clock time's "pm" is the
    # date's own word, no phrase's verb (review h448)
    frame = extract_articles(_TIME_FIRST_STAMP, name="x.txt")
    assert frame.loc[0, "published"] == "2026-03-18"
