"""Headlines under a label of links to other stories between an article's paragraphs,
with no bullets (review h145, tenth round: Vietnamese, Bengali)."""

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.header_lines import RELATED_LABEL, RELATED_LINK
from analysis.clean.read import page_from_bytes


@pytest.mark.parametrize(
    ("label", "headlines"),
    [
        ("Related", ["Council approves new depot", "Ferry fares to rise in spring"]),
        ("Tin liên quan:", ["Khởi công dự án đường ven sông", "Người dân mong chờ cầu mới"]),
        ("আরও পড়ুন", ["চরাঞ্চলে নতুন স্কুল চালু"]),
    ],
)
def test_headlines_under_a_related_label_between_paragraphs_are_no_body(label, headlines):
    """The label was dropped and its headlines, no bullets, kept as subheadings (the
    box printed between the paragraphs with no blank line, as a browser copies it)."""
    story = [*PARAGRAPHS[:2], label, *headlines, *PARAGRAPHS[2:]]
    lines = page(MENU, "Bus network to grow", story)
    assert kept_text(lines) == PARAGRAPHS


def test_a_subheading_under_a_paragraph_stays():
    """Control: a subheading with no label above it is the story's."""
    story = [*PARAGRAPHS[:2], "What happens next", *PARAGRAPHS[2:]]
    lines = page(MENU, "Bus network to grow", story)
    assert "What happens next" in kept_text(lines)


@pytest.mark.parametrize(
    "label", ["Tin liên quan", "Xem thêm:", "اخبار مرتبط", "بیشتر بخوانید", "קראו עוד:"]
)
def test_related_labels_in_more_languages(label):
    assert RELATED_LABEL.match(label)


@pytest.mark.parametrize(
    "label",
    [
        "Liest och",
        "Lasi arī",
        "Saistītie raksti",
        "Loe ka:",
        "Seotud uudised",
        "Preberite tudi",
        "Sorodne novice",
        "Aqra wkoll",
        "Léigh freisin",
        "Leugh cuideachd",
        "Lennit ivez",
        "Lestu einnig",
        "Tengdar fréttir",
        "Akhri sidoo kale",
        "Wararka la xiriira",
    ],
)
def test_related_labels_of_lb_lv_et_sl_mt_ga_gd_br_is_so(label):
    # review h201: an HTML box's "Liest och" heading over its links stayed as body
    assert RELATED_LABEL.match(label)


@pytest.mark.parametrize(
    "line",
    [
        "Чытайце таксама: Новы мост",
        "Мөн уншаарай: Шинэ гүүр",
        "Ошондой эле окуңуз: Жаңы көпүрө",
        "Инчунин хонед: Пули нав",
        "Vê jî bixwîne: Pira nû",
        "Les også: Ny bro",
        "Funda kwakhona: Ibhulorho entsha",
        "Funda futhi: Ibhuloho elisha",
    ],
)
def test_read_also_links_of_be_mn_ky_tg_kmr_nb_xh_zu(line):
    # review h233: a Belarusian "read also" line between paragraphs ended the story
    assert RELATED_LINK.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "ອ່ານຕື່ມ: ລາຄາເຂົ້າ ເພີ່ມຂຶ້ນ",
        "GỤỌKWA: Ọnụ ahịa osikapa arịgoro",
        "Karanta kuma: Farashin masara ya sauka",
        "Soma nanone: Gare nshya ya Nyabugogo",
        "DARLLENWCH HEFYD: Cau ysgol olaf y cwm",
        "Irakurri ere: Bertso eskolak hogei urte",
        "بۇنىمۇ ئوقۇڭ: كىتاب يەرمەنكىسى",
        "دا هم ولولئ: نوی ښوونځی",
        "هەروەها بخوێنەوە: بازاڕی زستانە",
    ],
)
def test_read_also_links_of_lo_ig_ha_rw_cy_eu_ug_ps_ckb(line):
    # review h363: a Lao and an Igbo "read also" line between paragraphs stayed as body
    assert RELATED_LINK.match(line)


def test_a_lao_read_also_line_between_paragraphs_is_no_body():
    paragraphs = [
        "ຊາວກະສິກອນ ໃນແຂວງສາລະວັນ ເກັບກ່ຽວກາເຟ ໄດ້ຫຼາຍກວ່າປີກາຍ ປະມານ ສິບຫ້າ ສ່ວນຮ້ອຍ.",
        "ທ່ານ ສຸກສະຫວັນ ໄຊຍະວົງ ກ່າວວ່າ ປີນີ້ ຝົນຕົກພໍດີ ແລະ ບໍ່ມີພະຍາດ ໃນສວນກາເຟ.",
        "ເຈົ້າໜ້າທີ່ກະສິກຳ ແຂວງ ກ່າວວ່າ ຈະສ້າງໂຮງງານຂົ້ວກາເຟ ແຫ່ງໃໝ່ ໃນປີໜ້າ.",
    ]
    cue = "ອ່ານຕື່ມ: ລາຄາເຂົ້າ ຢູ່ນະຄອນຫຼວງ ເພີ່ມຂຶ້ນ"
    lines = page(MENU, "ກາເຟ ສາລະວັນ", [paragraphs[0]], cue, paragraphs[1:])
    kept = kept_text(lines)
    assert cue not in kept and all(p in kept for p in paragraphs)


def test_an_html_related_boxs_heading_in_latvian_is_no_body():
    box = '<section><h3>Saistītie raksti</h3><ul><li><a href="/r">Jauns tilts</a></li></ul>'
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2]) + box + "</section>"
    paragraphs += "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    html = (
        "<html><head><title>Bus network to grow</title></head><body>"
        f"<article><h1>Bus network to grow</h1>{paragraphs}</article></body></html>"
    )
    read = page_from_bytes(html.encode(), "bus.html", "bus.html")
    (article,) = extract_articles(read.text, "bus.html", PageFacts(html=read.html)).itertuples()
    assert "Saistītie" not in article.body and PARAGRAPHS[-1] in article.body


def test_a_most_read_box_before_the_last_paragraph_ends_no_story():
    """A "Most read" box of numbered headlines between two paragraphs, the last paragraph
    alone under it (review h179): the box is no body, the paragraph is."""
    box = [
        "Most read",
        "1. Man fined for feeding gulls on the seafront",
        "2. Plans for 300 homes on former dairy site",
        "3. School bus driver retires after 40 years",
    ]
    lines = page(MENU, *PARAGRAPHS[:2], box, PARAGRAPHS[2], ["Share this article", "Comments"])
    assert kept_text(lines) == PARAGRAPHS[:3]


@pytest.mark.parametrize("packed_story", [True, False])
def test_a_related_box_closing_with_its_stories_teaser_is_no_body(packed_story):
    """Review h189: a box set apart by blank lines, its label, its story's headline and
    that story's teaser packed under it; the teaser was kept as a paragraph."""
    box = [
        "RELATED",
        "Bus drivers vote on new rota",
        "Drivers at the two depots say the new shifts leave them too little rest.",
    ]
    if packed_story:  # the story's paragraphs with no blank line between them
        blocks = [PARAGRAPHS[:2], box, PARAGRAPHS[2:]]
    else:
        blocks = [*PARAGRAPHS[:2], box, *PARAGRAPHS[2:]]
    lines = page(MENU, "Bus network to grow", *blocks)
    assert kept_text(lines) == PARAGRAPHS


def test_a_paragraph_after_a_related_box_and_a_blank_line_stays():
    """Control: the story's paragraph after the box (a blank line between) is body."""
    box = ["Related", "Bus drivers vote on new rota"]
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS[:2], box, *PARAGRAPHS[2:])
    assert kept_text(lines) == PARAGRAPHS


def test_a_most_read_box_under_a_short_sentence_ends_no_story():
    """Review h307 (held out): a siSwati story's short sentence, weighing less than a
    paragraph, over a numbered "Most read" box, and the last paragraph under the box:
    the box weighed as chrome and the last paragraph was lost."""
    box = [
        "Most read",
        "1. Man fined for feeding gulls on the seafront",
        "2. Plans for 300 homes on former dairy site",
    ]
    short = "Shops along the road stayed shut."
    lines = page(MENU, *PARAGRAPHS[:2], short, box, PARAGRAPHS[2], ["Share this article"])
    assert kept_text(lines) == [*PARAGRAPHS[:2], short, PARAGRAPHS[2]]


def test_a_read_also_line_whose_headline_names_a_year_ends_no_story():
    # review h440 (pt_insc_revista_varejo): a "Leia também:" line whose headline held a
    # year ("em 2027") weighed as a dated teaser and ended the story, its last
    # paragraph lost; with no year it was crossed
    last = (
        "The first buses on the new routes will carry passengers free of charge for a "
        "week, the council said."
    )
    note = "Fares are set by the regional authority."
    offer = "Subscribe to the Harbour Post for $1 a month"
    for cue in ("Read also: Bus fares to rise in 2027", "Leia também: Tarifas devem subir em 2027"):
        lines = page(MENU, "Bus network to grow", *PARAGRAPHS[:3], cue, last, note, offer)
        kept = kept_text(lines)
        assert cue not in kept and kept == [*PARAGRAPHS[:3], last, note]
