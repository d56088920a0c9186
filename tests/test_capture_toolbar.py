"""A Wayback Machine toolbar printed on top of a text copy (analysis.clean.capture_toolbar)."""

from analysis.clean.capture_toolbar import drop_capture_toolbar
from analysis.clean.pipeline import run_clean

_TOOLBAR = (
    "The Wayback Machine - https://web.archive.org/web/20261204081530/"
    "https://www.hiiraan.example/news/geeri\n"
    "https://www.hiiraan.example/news/geeri\nGo\n7 captures\n02 Dec 2026 - 06 Dec 2026\n"
    "NOV\tDEC\tJAN\nPrevious capture\t04\tNext capture\n2025\t2026\t2027\nsuccess\nfail\n"
    "About this capture\nCOLLECTED BY\nOrganization: Internet Archive\n"
    "The Internet Archive discovers and captures web pages through many different web "
    "crawls. At any given time several distinct crawls are running, some for months.\n"
    "Collection: Save Page Now Outlinks\nTIMESTAMPS\n\n"
)
_PAGE = (
    "U gudub qoraalka\nHiiraan Maanta\nBogga hore\nSiyaasad\nDhaqaale\nBulsho\n\n"
    "Boggani wuxuu isticmaalaa cookies. Waan ogolahay\n\n"
    "Geeri\nGeeriyoodkii Xaaji Cabdullaahi Nuur Geelle (1941\u20132026)\nTifaftirka\n"
    "2 Diseembar 2026\n\n"
    "Xaaji Cabdullaahi Nuur Geelle, oo muddo soddon sano ah macallin ka ahaa dugsiga sare ee "
    "Beledweyne, ayaa ku geeriyooday magaalada Muqdisho isagoo 85 jir ah.\n\n"
    "Wuxuu ku dhashay tuulada Buulo Burde sannadkii 1941. Waxbarashadiisa wuxuu ku "
    "dhammaystay Muqdisho iyo Qaahira, ka dibna wuxuu dib ugu soo laabtay gobolka Hiiraan.\n\n"
    "Ardaydiisii hore waxay ku xusaan nin dulqaad badan oo buugaag ka keeni jiray "
    "safarradiisa. Wuxuu ka tagay xaaskiisa iyo toddoba carruur ah.\n\n"
    "Aaskiisa ayaa lagu qabtay xabaalaha Barakaat ee Muqdisho galabnimadii Arbacada.\n\n"
    "Tacsi u dir\nQor tacsidaada halkan\nMagacaaga\nDir\nTacsiyada (2)\n"
    "Faadumo Cali: Ilaahay ha u naxariisto macallinkeennii.\n"
    "Axmed Warsame: Waxaan ka bartay akhriska. Allah ha janeeyo.\n\n"
    "La wadaag\nFacebook\nWhatsApp\n\nWarar la xiriira\n"
    "Dekadda Boosaaso oo la ballaarinayo\n"
    "Isbitaalka Gaalkacyo oo helay qalab cusub oo dhiigga lagu baaro\n\n"
    "\u00a9 2026 Hiiraan Maanta\n"
)


def test_the_toolbar_lines_under_the_title_line_are_taken_off():
    out = drop_capture_toolbar(_TOOLBAR + _PAGE)
    assert out.split("\n")[0].startswith("The Wayback Machine - https://web.archive.org/")
    assert "captures" not in out and "TIMESTAMPS" not in out and "\nGo\n" not in out
    assert out.endswith(_PAGE)
    # no title line of a capture, or no closing label: the text is left as it is
    plain = "Notes\nTIMESTAMPS\n" + _PAGE
    assert drop_capture_toolbar(plain) is plain
    unclosed = _TOOLBAR.replace("TIMESTAMPS\n", "") + _PAGE
    assert drop_capture_toolbar(unclosed) is unclosed


def test_a_wayback_text_copy_gives_the_saved_page_s_article(tmp_path):
    """Review h349 (so_wayback_condolence): the toolbar's 'About this capture' blurb was
    read as the article and the obituary lost."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "copy.txt").write_text(_TOOLBAR + _PAGE, encoding="utf-8")
    run_clean(pages, tmp_path / "out", jobs=1)
    from analysis.io import read_parquet

    articles = read_parquet(tmp_path / "out" / "articles.parquet")
    body = "\n".join(articles["body"])
    assert "Buulo Burde" in body and "Ardaydiisii hore" in body
    assert "Internet Archive" not in body
