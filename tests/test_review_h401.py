"""Review h401 (body_h401): the shapes its fixes read, each test failing without its fix."""

import json

import pandas as pd
import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.body.site_prompts import is_site_prompt
from analysis.clean.closing_notes import _LABEL_OPENING
from analysis.clean.editor_notes import is_editor_note
from analysis.clean.header_lines import RELATED_LINK
from analysis.clean.pipeline import run_clean

PARAGRAPHS = [
    "The harbour board approved the new pier on Tuesday after a long debate about the "
    "cost of dredging the channel.",
    "Members said the work would begin in the spring and take two years, with the state "
    "paying a third of the bill.",
    "Fishermen have asked for berths to be kept free for the small boats during the work.",
]


def _bodies(raw, out):
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    return dict(zip(articles["page"], articles["body"], strict=True))


def test_scrapy_json_lines_and_goose3_records_are_read_as_their_articles(tmp_path):
    """A Scrapy feed export in JSON Lines named ``.jl`` (its own name for the format) was
    read as a text dump (the JSON's keys and quotes kept as body); an item whose text is
    a list of the paragraphs its selector got was skipped; goose3's ``article.infos``
    saved as JSON (its text under ``cleaned_text``) was skipped as no page."""
    raw = tmp_path / "raw"
    raw.mkdir()
    item = {
        "url": "https://www.example-gazette.com/news/pier",
        "title": "Harbour board approves the new pier",
        "author": ["Ann Lee"],
        "body": PARAGRAPHS,
    }
    (raw / "items.jl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    (raw / "listed.jsonl").write_text(
        json.dumps({**item, "url": item["url"] + "-2"}) + "\n", encoding="utf-8"
    )
    goose = {
        "meta": {"lang": "en", "canonical": "https://www.example-post.com/pier"},
        "domain": "www.example-post.com",
        "title": "Harbour board approves the new pier",
        "cleaned_text": "\n\n".join(PARAGRAPHS),
        "opengraph": {"site_name": "Example Post"},
        "authors": ["Ann Lee"],
        "publish_date": "2026-11-28",
    }
    (raw / "goose.json").write_text(json.dumps(goose), encoding="utf-8")
    bodies = _bodies(raw, tmp_path / "out")
    assert sorted(bodies) == ["goose.json", "items.jl", "listed.jsonl"]
    for body in bodies.values():
        assert PARAGRAPHS[0] in body and PARAGRAPHS[2] in body
        assert '"url"' not in body and "[" not in body


THAI_ENTRIES = [
    ("ผู้ว่าราชการจังหวัดประกาศให้โรงเรียนในอำเภอเมืองหยุดเรียนต่ออีกสองวัน เพื่อใช้อาคารเป็นศูนย์พักพิงชั่วคราว"),
    (
        "กรมชลประทานรายงานว่าระดับน้ำที่สถานีวัดน้ำอยู่ที่ 12.4 เมตร "
        "สูงกว่าเมื่อเช้า 30 เซนติเมตร และคาดว่าจะทรงตัวในคืนนี้"
    ),
    "อาสาสมัครกู้ภัยใช้เรือท้องแบนอพยพผู้สูงอายุ 18 คนจากชุมชนริมน้ำ ไปยังวัดที่อยู่บนที่สูง",
    "เทศบาลเปิดจุดแจกกระสอบทรายเพิ่มอีกสามจุด ประชาชนสามารถรับได้ฟรีจนถึงเวลาสองทุ่ม",
]


def test_a_wet_records_header_leaves_its_text_one_paragraph_a_line(tmp_path):
    """A Common Crawl WET record as ``warcio extract`` prints it: the record's header,
    a blank line, then the page's text one block a line with no blank line. The blank
    line closing the header made every line of the text 'packed' (a menu's shape), and a
    Thai live blog, whose entries alternate with their times, lost all of them."""
    header = [
        "WARC/1.0",
        "WARC-Type: conversion",
        "WARC-Target-URI: https://www.example-khao.co.th/live/2026/11/27/flood",
        "WARC-Date: 2026-11-28T04:11:52Z",
        "WARC-Record-ID: <urn:uuid:6f1c2a9e-3b44-4d0e-9a51-2c7d1f0b8e31>",
        "WARC-Identified-Content-Language: tha",
        "Content-Type: text/plain",
        "Content-Length: 2730",
    ]
    text = ["สดน้ำท่วม: ระดับแม่น้ำสูงขึ้นต่อเนื่อง", "หน้าแรก", "ข่าวด่วน", "การเมือง"]
    text += ["สดน้ำท่วม: ระดับแม่น้ำสูงขึ้นต่อเนื่อง"]
    for time, entry in zip(("16:05", "15:20", "14:10", "12:45"), THAI_ENTRIES, strict=True):
        text += [time, entry]
    text += ["แชร์", "ข่าวที่เกี่ยวข้อง", "© 2569 ข่าวตัวอย่าง สงวนลิขสิทธิ์"]
    raw = tmp_path / "raw"
    raw.mkdir()
    page = "\r\n".join(header) + "\r\n\r\n" + "\n".join(text) + "\n\r\n\r\n"
    (raw / "record.txt").write_bytes(page.encode("utf-8"))
    body = _bodies(raw, tmp_path / "out")["record.txt"]
    assert all(entry in body for entry in THAI_ENTRIES)


@pytest.mark.parametrize(
    "line",
    [
        "Pinned: Follow our coverage of the storm here. Emergency line 112.",
        "ปักหมุด: ติดตามสถานการณ์น้ำท่วมแบบเรียลไทม์ สายด่วนช่วยเหลือ 1784",
        "Mahkamlangan: Marafon tufayli ko'chalar soat 14:00 gacha yopiq.",
        "Закріплено: стежте за оновленнями на цій сторінці.",
        "Catatan redaksi: Tulisan ini merupakan opini pribadi penulis.",
        "Esta noticia foi actualizada ás 17.40 horas coa información da Garda Civil.",
        "تم تحديث هذا الخبر في الساعة 11:15 بإضافة تصريحات مدير الدفاع المدني.",
        "Wawancara ini telah disunting untuk kejelasan dan kepanjangan.",
        "Kini nga interbyu gi-edit alang sa kalinaw ug gitas-on.",
        "Prepis je bil ustvarjen samodejno in ga je uredništvo le delno pregledalo.",
        "Превод от английски: Калина Петрова",
        "மொழிபெயர்ப்பு: க. ராமன்",
    ],
)
def test_pinned_notes_and_notes_about_the_story_in_more_languages(line):
    """A live blog's pinned note over its entries, Indonesian 'Catatan redaksi:', a
    Galician / Arabic 'this story has been updated', a Malay / Cebuano 'this interview
    has been edited', a Slovenian machine-transcript note and Bulgarian / Tamil
    translator credits are notes about the story (they were read as its paragraphs)."""
    assert is_editor_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister pinned the blame on the contractors, who denied it.",
        "Fijado el precio del pan en dos euros por el gremio de panaderos.",
        "Artikel ini menjelaskan bagaimana warga kampung membangun jembatan sendiri.",
    ],
)
def test_a_story_sentence_with_those_words_is_no_note(line):
    assert not is_editor_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Je li vam ovaj newsletter netko proslijedio? Pretplatite se besplatno na našoj stranici.",
        "Primate ovaj e-mail jer ste se pretplatili na Otočni tjedan. Odjava | Postavke",
        "Was this forwarded to you? Sign up here.",
        "Wurde Ihnen dieser Newsletter weitergeleitet? Hier anmelden.",
        "このメールは転送されましたか？登録はこちら",
    ],
)
def test_a_newsletters_forward_question_and_receipt_notice_are_the_sites(line):
    """A newsletter edition's question to a reader it was forwarded to and its notice
    why the reader gets it (left by h390) are the mailing's lines, not the story's."""
    assert is_site_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "The police forwarded the file to the prosecutor on Monday.",
        "Moving forward, what will you change at the club?",
        "The mayor said the e-mail had been forwarded to the auditor.",
        "Policija je proslijedila prijavu tužiteljstvu.",
    ],
)
def test_a_story_sentence_about_forwarding_is_no_prompt(line):
    assert not is_site_prompt(line)


def test_a_listicle_item_under_a_read_also_line_stays_a_section():
    """A listicle's numbered items under its lede are its sections; a 'read also' line
    in a language no table holds ('Waca uga: ...') read as one more card's headline
    swallowed the next item ('4. ...'), the numbers ran 1, 2, 3, 5, and the page was
    split into a listing of five cards without the lede."""
    blocks = [
        "Lima panggonan ngopi ing Kotagede sing kudu dicoba",
        (
            "Kotagede ora mung misuwur amarga kerajinan perak. Saiki akeh warung "
            "kopi cilik sing dibukak ing omah-omah lawas. Iki limang panggonan sing "
            "dipilih redaksi."
        ),
        "1. Warung Kopi Mbah Darmo",
        (
            "Warung iki wis ana wiwit taun 1970-an. Kopi tubruk diseduh nganggo "
            "ceret tembaga, regane mung limang ewu rupiah."
        ),
        "2. Kopi Omah Joglo",
        (
            "Dumunung ing omah joglo umur satus taun. Pengunjung bisa lungguh ing "
            "pendhapa karo ngrungokake gamelan saben malem Jemuwah."
        ),
        "3. Lawang Kopi",
        (
            "Kafe cilik sing nyedhiyakake kopi saka lereng Merapi. Sing duwe, Bagus "
            "Wicaksono, nyangrai dhewe biji kopine."
        ),
        "Waca uga: Pasar Legi Kotagede dibukak maneh",
        "4. Pawon Simbah",
        (
            "Kajaba kopi, ana jajanan pasar kaya kipo lan yangko sing digawe dening "
            "simbah-simbah kampung."
        ),
        "5. Kopi Gang Rukunan",
        (
            "Panggonane ana ing gang sempit, nanging saben sore rame mahasiswa. "
            "Wifi gratis lan bukak nganti tengah wengi."
        ),
    ]
    articles = extract_articles("\n\n".join(blocks) + "\n", name="listicle.txt")
    assert len(articles) == 1
    body = articles["body"].iloc[0]
    assert blocks[1][:40] in body
    assert all(b in body for b in blocks if b[:2] in ("1.", "2.", "3.", "4.", "5."))


@pytest.mark.parametrize(
    "line",
    [
        "Derbarê nivîskarê de: Berfîn Aydemir rojnamevan e û li ser perwerdeyê dinivîse.",
        "Tentang penulis: Dedi Suryana adalah peneliti ekonomi perkotaan di Bandung.",
        "Yazar hakkında: Elif Demir, Ankara'da yaşayan bir gazetecidir.",
        "Despre autor: Andrei Popescu este jurnalist la Cluj.",
    ],
)
def test_an_about_the_author_label_in_more_languages_opens_a_bio(line):
    """'About the author:' in Kurmanji, Indonesian, Turkish and Romanian opens the
    writer's biography (no table held these languages' labels)."""
    assert _LABEL_OPENING.match(line)


def test_a_tables_source_line_under_its_last_row_is_no_body(tmp_path):
    """An HTML story's results table and the source line under it ('ذریعہ: ...', Urdu
    and Punjabi 'source'): the rows are the story's, the source line is the table's
    credit (the text path's chart rule did not read an HTML page's main text)."""
    rows = "".join(
        f"<tr><td>{name}</td><td>{party}</td><td>{votes}</td></tr>"
        for name, party, votes in (
            ("ملک ارشد وڑائچ", "آزاد", "41,206"),
            ("چوہدری نوید گوندل", "عوامی اتحاد", "35,880"),
            ("رانا سلیم", "کسان پارٹی", "9,114"),
        )
    )
    page = f"""<!DOCTYPE html><html lang="pnb" dir="rtl"><head><meta charset="utf-8">
<title>ضمنی چوݨ دا نتیجہ</title></head><body><article><h1>ضمنی چوݨ دا نتیجہ</h1>
<div class="article-body">
<p>منڈی بہاؤالدین دی ضمنی چوݨ وچ آزاد امیدوار نے 41 ہزار ووٹ لے کے جِت حاصل کیتی۔</p>
<p>ٹرن آؤٹ 47 فیصد رہیا۔ پولنگ سویرے اٹھ وجے توں شام پنج وجے تیک بغیر کسے وڈے واقعے دے جاری رہی۔</p>
<table><thead><tr><th>امیدوار</th><th>جماعت</th><th>ووٹ</th></tr></thead><tbody>{rows}</tbody></table>
<div class="table-source"><p>ذریعہ: ضلعی ریٹرننگ افسر، غیر سرکاری نتیجہ</p></div>
<p>جیتن والے امیدوار نے کہیا کہ اوہ حلقے وچ پانی دے مسئلے نوں پہل دیوݨ گے۔</p>
</div></article></body></html>"""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "election.html").write_text(page, encoding="utf-8")
    body = _bodies(raw, tmp_path / "out")["election.html"]
    assert "کسان پارٹی" in body and "پانی دے مسئلے" in body
    assert "ریٹرننگ" not in body


@pytest.mark.parametrize(
    "line",
    [
        "MAG-SUBSCRIBE SA AMING NEWSLETTER: Tanggapin ang mga balita tuwing umaga.",
        "Naročite se na podkast in ne zamudite nove epizode vsak drugi petek.",
        "Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a nap híreit!",
    ],
)
def test_calls_to_subscribe_in_filipino_slovenian_hungarian(line):
    """A sign-up call between paragraphs or under a podcast's transcript, in languages
    whose imperatives and channel words no table held."""
    assert is_site_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "KAUGNAY NA BALITA: Mga magsasaka ng Dingle, humihingi ng bagong kalsada",
        "Waca uga: Pasar Legi Kotagede dibukak maneh",
        "Citește și: Trenul de noapte spre munte revine din decembrie",
        "Lue myös: Valtuusto hyväksyi talousarvion",
    ],
)
def test_read_also_labels_in_more_languages(line):
    assert RELATED_LINK.match(line)
