"""analysis.clean.card_roles: the name lines of cards read with the whole page."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

_SITE = "Fenwick Dockers Union"
_CARDS = [
    (
        "Dock crews ask for a winter pay rise",
        "The union wrote to the port board on Monday. Most crews still earn less than the"
        " town's living wage after two years without a rise.",
    ),
    (
        "New shift rota agreed with the port",
        "After six months of talks the union and the port signed a rota that gives crews"
        " an extra day of rest and a higher night rate.",
    ),
    (
        "Union asks for safer cranes at berth six",
        "The union wrote to the harbour master after two cranes failed their checks in"
        " November. It wants an inspection before the week is out.",
    ),
]
_DATES = ["03.12.2026", "27.11.2026", "19.11.2026"]


def _page(labels: list[str]) -> str:
    lines = [_SITE, "Home | About | Statements | Join", ""]
    for (title, teaser), label, date in zip(_CARDS, labels, _DATES, strict=True):
        lines += [f"{label} · {date}", title, teaser, ""]
    return "\n".join([*lines, f"© 2026 {_SITE} · Fenwick"])


@pytest.mark.parametrize("label", ["Media statement", "MEDIA STATEMENT"])
def test_one_label_phrase_over_every_card_is_its_category(label):
    # review h278: a union's "Simemo setindzaba · DATE" over each release was read as
    # every card's outlet (fails without)
    articles = extract_articles(_page([label] * 3), name="releases.txt")
    assert list(articles["title"]) == [title for title, _ in _CARDS]
    assert list(articles["outlet"]) == [_SITE] * 3
    assert list(articles["category"]) == [label] * 3


def test_names_that_differ_or_are_written_as_names_stay_outlets():
    named = extract_articles(_page(["Harbour Weekly"] * 3), name="river.txt")
    assert list(named["outlet"]) == ["Harbour Weekly"] * 3  # each word capitalized
    differing = extract_articles(
        _page(["Harbour weekly", "Coast news", "Harbour weekly"]), name="aggregator.txt"
    )
    assert list(differing["category"].fillna("")) == [""] * 3


def test_a_word_for_by_every_card_prints_before_its_reporter_is_no_part_of_the_byline():
    # review h294 (table_rows_pasted_st 'Ka NAME', citizen_reports_ceb 'Gi-report ni
    # NAME', reader_questions_sco 'Answered by NAME'): a cue in a language no byline
    # table holds made every card's name an outlet (fails without)
    from analysis.clean.card_roles import names_after_shared_cue

    reporters = ["Vo Anna Berg", "Vo Tomas Lind", "Vo Anna Berg"]
    # the cue is a word of the page's language, which its text writes in lower case
    page = _page(reporters).replace("on Monday.", "vo Monday.")
    articles = extract_articles(page, name="cued.txt")
    assert list(articles["outlet"]) == [_SITE] * 3
    assert list(articles["byline"]) == ["Anna Berg", "Tomas Lind", "Anna Berg"]
    assert names_after_shared_cue(["Radio Harbour", "Radio Coast", "Radio Harbour"]) is None
    assert names_after_shared_cue(["Vo Anna Berg", None, "Vo Tomas Lind"]) is None


def test_a_gaelic_surnames_particle_the_text_writes_in_lower_case_still_reads_as_a_name():
    # review h312 (broadcaster_programme_hub_ga): "Ó" and "Ní" open Irish surnames and
    # are words of the text in lower case ("ó": from, "ní": not); the reporters beside
    # the cards' dates were read as outlets (fails without)
    cards = [
        ("Bád tarrthála nua do Chuan an Fhéir", "3 Nollaig 2026 · Síle Ní Fhlatharta"),
        ("Scoil Bhaile an Mhuilinn le síneadh nua", "2 Nollaig 2026 · Ciarán Ó Conghaile"),
        ("Bóthar an chósta dúnta tar éis sciorradh talún", "1 Nollaig 2026"),
    ]
    text = "Tá an obair ag tosú ó mhí an Mhárta agus ní bheidh an bóthar dúnta arís."
    page = "Iarthar Beo\nBaile | Nuacht | Cláir | Teagmháil\n\n" + "".join(
        f"{title}\n{meta}\n{text}\n\n" for title, meta in cards
    )
    page += "© 2026 Iarthar Beo\n"
    articles = extract_articles(page, name="nuacht.txt")
    assert list(articles["byline"].fillna("")) == [
        "Síle Ní Fhlatharta",
        "Ciarán Ó Conghaile",
        "",
    ]


def test_the_name_the_pages_address_spells_on_every_card_is_the_site_not_a_reporter():
    # review h387 (newsboat_saved_articles_cat_ovd): a feed reader's saves each name their
    # feed ("Feed: Dalską Tiðningą") and the page's only site evidence is the links'
    # host dalska-tidninga.se; the name read as a person's made every card's outlet the
    # host and the unsigned card's byline the feed (fails without)
    from analysis.clean.card_roles import author_named_as_outlet

    lines = ["Feed: Dalską Tiðningą", "Title: A", "", "Feed: Dalską Tiðningą", "Title: B"]
    names = ["Dalską Tiðningą"] * 3
    assert not author_named_as_outlet(names, "dalska-tidninga.se", lines, [True] * 3)
    # a reporter's name is read so still
    people = ["Anna Mattsson", "Karin Olsson", "Anna Mattsson"]
    assert author_named_as_outlet(people, "dalska-tidninga.se", lines, [True] * 3)


def test_a_given_name_spelled_as_another_languages_function_word_is_a_reporters():
    # A Turkish channel's list: each card's reporter on its meta line; one is 'Can' (a
    # Turkish given name, an English modal verb): on a page written in no language of
    # that function word the name is a person's, and all three are the cards' bylines,
    # while an article opening a name ('The Harbour Times') still makes it an outlet's
    from analysis.clean.card_roles import author_named_as_outlet

    lines = ["Kanal Deniz", "", "Son dakika haberleri", ""]
    lines += ["Limanda yeni iskele açıldı", "Belediye yeni iskeleyi bugün hizmete açtı."]
    lines += ["Ayşe Yılmaz | 07.12.2026 - 11:05", ""]
    lines += ["Sahil yolunda çalışma", "Sahil yolu iki gün kapalı kalacak."]
    lines += ["Mehmet Aydın | 07.12.2026 - 09:40", ""]
    lines += ["Derbi golsüz bitti", "İki takım da sahadan birer puanla ayrıldı."]
    lines += ["Can Öztürk | 06.12.2026 - 22:15", ""]
    people = ["Ayşe Yılmaz", "Mehmet Aydın", "Can Öztürk"]
    assert author_named_as_outlet(people, "Kanal Deniz", lines, [True] * 3)
    outlets = ["Ayşe Yılmaz", "Mehmet Aydın", "The Harbour Times"]
    assert not author_named_as_outlet(outlets, "Kanal Deniz", lines, [True] * 3)
