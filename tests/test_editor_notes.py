"""Editors' notes printed with an article's body: corrections, editing and translation
notes (analysis/clean/editor_notes.py)."""

from __future__ import annotations

import pytest
from test_closing_notes import PARAGRAPHS

from analysis import extract_articles
from analysis.clean.editor_notes import is_editor_note, without_notes

CORRECTION = (
    "Correction, 4 December 2031: An earlier version of this article said the vote was on "
    "Monday. It was on Tuesday."
)


@pytest.mark.parametrize(
    "text",
    [
        CORRECTION,
        "CORRECTION (Dec. 4): The budget is 40 million, not 14 million.",
        "Clarification: The ferry service is run by the regional authority.",
        "Editor's note: This is the second part of a series on the harbour's finances.",
        "An earlier version of this story misstated the council leader's name.",
        "This story has been updated with a statement from the ferry operator.",
        "This interview has been edited and condensed for clarity.",
        "This transcript was generated automatically and may contain errors.",
        "This article was amended on 5 December 2031 to correct a figure.",
        "Translated from the Ukrainian by Marc Duval.",
        "Korrektur: In einer früheren Version hieß es, die Brücke sei 410 Meter lang.",
        "Rettifica: in una precedente versione il numero era indicato in 2,5 milioni.",
        "Traduit de l'ukrainien par Marc Duval.",
        "Fe de errores: la cifra correcta es 1.254 euros.",
        "Исправление: в первой версии статьи была указана неверная дата.",
        # notes about the article itself in other languages (review h133)
        "Cet article a été mis à jour le 4 décembre avec la réaction du maire.",
        "Cet entretien a été édité et condensé pour plus de clarté.",
        "NDLR : une version précédente de cet article indiquait un autre chiffre.",
        "N.D.L.R. : le maire a démissionné depuis.",
        "Une version précédente de cet article indiquait que le vote avait eu lieu lundi.",
        "Dieser Artikel wurde am 4. Dezember um 18 Uhr aktualisiert.",
        "Hinweis der Redaktion: Das Gespräch wurde gekürzt.",
        "In einer früheren Version dieses Artikels hieß es, die Brücke sei 410 Meter lang.",
        "Este artículo fue actualizado el 4 de diciembre con la respuesta del alcalde.",
        "Esta entrevista ha sido editada por razones de espacio.",
        "Questo articolo è stato aggiornato alle 18.",
        "Este artigo foi atualizado às 18h com a posição da prefeitura.",
        "Dit artikel is op 4 december bijgewerkt.",
        "Ten artykuł został zaktualizowany.",
        # how the text was made (review h145, item 9)
        "This transcript was produced automatically by speech software and may hold mistakes.",
        "This episode has been produced with the help of a machine transcript.",
        "Dieses Transkript wurde maschinell erstellt und kann Fehler enthalten.",
        # series notes, reporting credits and disclosures (review h189)
        "This is the second of three parts. Read part one here.",
        "This is the final installment of our five-part series.",
        "This article is part of a series on the future of the high street.",
        "This series was reported with the help of readers who answered our survey.",
        "Disclosure: The author's sister works for the regional health board.",
        # Bosnian / Croatian / Serbian labels and Nordic notes (review h248)
        "Ispravka: U ranijoj verziji teksta pogrešno je navedeno da most ima 12 stubova.",
        "Ispravak: Trg je otvoren u petak, a ne u subotu.",
        "Исправка: Мост је дуг 90 метара.",
        "Intervjuet er forkorta og redigert.",
        "Intervjuet er redigert og forkortet av hensyn til plass.",
        "Artikeln har uppdaterats med kommunens svar.",
        "Artikelen er opdateret kl. 14.10 med politiets oplysninger.",
        # labels in Arabic script, Thaana, Ethiopic, Indic scripts and more Cyrillic
        # languages (review h323)
        "تصحيح: ذكرت نسخة سابقة من هذا التقرير أن الجسر افتتح يوم الأحد.",
        "ملاحظة المحرر: تم تحديث هذا التقرير بعد رد البلدية.",
        "اصلاحیه: در نسخه قبلی این گزارش تاریخ افتتاح اشتباه ذکر شده بود.",
        "تێبینیی سەرنووسەر: ئەم هەواڵە نوێکرایەوە.",
        "ڕاستکردنەوە: پردەکە لە ڕۆژی شەممە کرایەوە، نەک هەینی.",
        "ރަނގަޅުކުރުމެއް: ކުރިން ލިޔެފައިވަނީ ގޯސް ތާރީޚެކެވެ.",
        "እርማት፦ ቀደም ሲል በወጣው ዘገባ ቀኑ በስህተት ተጠቅሷል።",
        "Көннөрүү: саала үс сүүс буолбатах, икки сүүс көрөөччүгэ аналлаах.",
        "Редакция бэлиэтээһинэ: матырыйаал кэлин эбиллибитэ.",
        "Төҙәтмә: күпер шәмбе көнө асылды, йома түгел.",
        "Залруулга: Өмнөх хувилбарт санал өгөлтийн хувийг буруу бичсэн байв.",
        "Оңдоо: мектеп жума күнү эмес, ишемби күнү ачылды.",
        "सुधार: इस ख़बर के पिछले संस्करण में पुल की लंबाई ग़लत बताई गई थी।",
        "නිවැරදි කිරීම: පාලම විවෘත කළේ සෙනසුරාදා ය.",
        # Tigrinya's colon written as the word space '፡', its and Amharic's "editor's
        # note", Dhivehi's "correction" in the common letters (review h339)
        "እርማት፡ ኣብ ቀዳማይ ሕታም ዕለት እቲ ኣኼባ ጌጋ ተጻሒፉ ነይሩ።",
        "ማስታወሻ ኣርታዒ፡ እዚ ጽሑፍ ድሕሪ ምሕታሙ ተመሓይሹ እዩ።",
        "የአርታኢው ማስታወሻ፦ ይህ ዘገባ ከታተመ በኋላ ተሻሽሏል።",
        "އިސްލާހު: ކުރިން ލިޔެފައިވަނީ ގޯސް އަދަދެކެވެ.",
        # labels in more languages (review h378: a Finnish correction with its date and
        # time, kept in a wallabag export's content)
        "Korjaus 5.12. kello 14.10: Jutussa kerrottiin aiemmin virheellisesti, että halli "
        "avautuu elokuussa.",
        "Helyesbítés: Cikkünk korábbi változatában tévesen szerepelt a híd hossza.",
        "Διόρθωση: Σε προηγούμενη εκδοχή του άρθρου αναφερόταν λάθος ημερομηνία.",
        "Pataisymas: ankstesnėje straipsnio versijoje klaidingai nurodyta data.",
        "Rectificare: Într-o versiune anterioară a articolului, data era greșită.",
        "תיקון: בגרסה קודמת של הכתבה נכתב תאריך שגוי.",
        "შესწორება: სტატიის წინა ვერსიაში თარიღი შეცდომით იყო მითითებული.",
        "Đính chính: Phiên bản trước của bài viết ghi sai ngày khai trương.",
        "Marekebisho: Toleo la awali la habari hii lilitaja tarehe isiyo sahihi.",
        "Mmezi: Akụkọ a buru ụzọ kwuo na ahịa ga-emeghe n'ọnwa Jenụwarị.",
        # editors' notes over opinion columns (review h390, body_h390)
        "Nota de la redacció: L'autor és enginyer jubilat. L'article expressa la seva opinió.",
        "Napomena redakcije: Autorica je hidrologinja. Stavovi u kolumni su njeni lični.",
        "Напомена редакције: Аутор је професор историје. Ставови су његови лични.",
        "Poznámka redakcie: Autor je bývalý starosta. Názory v článku sú jeho vlastné.",
        "Nota redacției: Autorul este profesor de istorie. Opiniile îi aparțin.",
        "Toimetuse märkus: Autor on pensionil õpetaja. Arvamus on autori oma.",
        "Σημείωση της σύνταξης: Ο συγγραφέας είναι συνταξιούχος μηχανικός.",
        "Editörün notu: Yazar emekli bir öğretmendir. Görüşler yazarın kendisine aittir.",
        "编者按：本文作者为退休教师，文中观点仅代表作者本人。",
        "편집자 주: 필자는 전직 교사입니다. 이 글은 필자의 개인 의견입니다.",
    ],
)
def test_a_correction_or_an_editing_note_is_an_editor_note(text):
    assert is_editor_note(text)


@pytest.mark.parametrize(
    "text",
    [
        *PARAGRAPHS,
        # a story's update is new reporting, not a note
        "Update: Police said on Wednesday evening that the driver had been arrested.",
        # the article is no subject; a correction is the story's subject
        "The council corrected the figures in its report after the auditors' review.",
        "This bridge has been updated twice since it opened in 1961.",
        "Corrections officers at the prison walked out on Monday over pay.",
        "The translator, who translated from the Ukrainian, said the work took a year.",
        "Correction: " + " ".join(["the figure was wrong"] * 16),  # a paragraph, no note
        # a bill ("ce texte"), a report or a law edited is the story's subject
        "Ce texte a été modifié par les députés en commission, a précisé le ministre.",
        "Cette réforme a été modifiée par le Sénat mardi soir.",
        "Dieser Bericht wurde am Dienstag überarbeitet, sagte die Ministerin.",
        "Esta ley fue modificada por el Congreso en 2019.",
        "NDR: Der Hamburger Senat hat den Haushalt beschlossen.",
        # a report produced is the story's subject
        "This report was produced by the council's auditors over eight months.",
        # a story's own sentences that open as series notes do (review h189)
        "This is the first time the council has met in the new hall.",
        "This is the second of three councils to vote against the plan.",
        "This is the second time in two years that the series of floods has hit.",
        "This is part of the problem, she said.",
        "This video was reported to the platform by hundreds of users.",
        # a story's sentence about an interview or a case (review h248)
        "Saken er ikke avgjort ennå, sier advokaten.",
        "Intervjuet varte i to timer, og han svarte på alle spørsmål.",
        "Ispravka računa stigla je tek u petak, rekao je direktor.",
        # a label word opening a story's sentence, no colon (review h323)
        "Поправка к закону принята в первом чтении.",
        "सुधार की दिशा में सरकार ने कदम उठाए।",
        "تصحيح المسار الاقتصادي يتطلب وقتا، قال الوزير.",
        "Korjaus maksaa kaupungin mukaan noin 4,6 miljoonaa euroa.",  # (review h378)
        # an editors' word opening a story's sentence, no colon (review h390)
        "Napomena urednika stigla je prekasno, rekao je autor.",
        "编者按语的作用是引导读者理解文章。",
    ],
)
def test_a_story_line_is_no_editor_note(text):
    assert not is_editor_note(text)


def test_editor_notes_leave_the_body_and_a_page_of_notes_is_kept():
    lines = [*PARAGRAPHS, CORRECTION]
    assert without_notes(lines, [0, 1, 2, 3]) == [0, 1, 2]
    assert without_notes(lines, [3]) == [3]


def test_a_heading_right_above_a_note_leaves_the_body_with_it():
    # h201: "Why you can trust us" stayed as the body's last line, its note removed
    lines = [*PARAGRAPHS, "", "Our standards", "", CORRECTION]
    body = [*range(len(PARAGRAPHS)), len(PARAGRAPHS) + 1, len(PARAGRAPHS) + 3]
    assert without_notes(lines, body) == list(range(len(PARAGRAPHS)))
    # a sentence above the note, or a heading with a paragraph between, stays
    lines[len(PARAGRAPHS) + 1] = "Our standards are set out on the page below."
    assert without_notes(lines, body) == body[:-1]
    lines[len(PARAGRAPHS) + 1 : len(PARAGRAPHS) + 2] = ["Our standards", PARAGRAPHS[0]]
    body = [*range(len(PARAGRAPHS)), len(PARAGRAPHS) + 1, len(PARAGRAPHS) + 2]
    assert without_notes(lines, [*body, len(PARAGRAPHS) + 4]) == body


def test_a_heading_over_a_note_goes_only_with_a_box_closing_the_body():
    n = len(PARAGRAPHS)
    lines = [*PARAGRAPHS[:2], "Our standards", CORRECTION, "How we check: every figure twice."]
    assert without_notes(lines, list(range(5))) == [0, 1, 4]
    # a section's heading over a story opening with a note stays (the story goes on)
    lines = [*PARAGRAPHS[:2], "Our standards", CORRECTION, *PARAGRAPHS[2:]]
    assert without_notes(lines, list(range(n + 2))) == [0, 1, 2, *range(4, n + 2)]


def test_a_text_pages_update_and_correction_notes_are_not_body():
    text = "\n\n".join(
        [
            "Harbour Gazette",
            "Council approves the harbour budget",
            "By Tomasz Quirrel",
            "This story has been updated with a statement from the ferry operator.",
            *PARAGRAPHS,
            CORRECTION,
            "© 2031 Harbour Gazette Media",
        ]
    )
    (article,) = extract_articles(text, name="p.txt").itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_a_label_word_opening_a_story_sentence_is_no_note():
    assert not is_editor_note("Corrections officers at the prison — the union said — walked out.")
    assert is_editor_note("Correction — 4 December 2031: the vote was on Tuesday.")


LISTING = """The Marsh Courier

Home | Region | Business | Sport

Latest stories

Ferry timetable cut as river levels fall
By Nadia Pell | 3 December 2031
The river ferry between Orlen and Caswick will run twice a day, the operator said.
Skippers say the channel near the old locks is now too shallow for the larger boat.
This story has been updated to include a statement from the operator.

Bakery chain plans twelve new shops
By Tomas Reyes | 3 December 2031
A regional bakery chain will open twelve shops across the valley next year.
The company, which started as a single oven, now employs three hundred people.
Disclaimer: This article is for information only and does not constitute investment advice.

School choir wins national prize
By Ada Linden | 2 December 2031
The choir of Orlen Primary School won first prize at the national youth singing contest on Sunday.
The children sang two folk songs their music teacher had arranged for three voices.
Correction: An earlier version of this story misspelled the music teacher's name.

© 2031 The Marsh Courier
"""


def test_a_listing_cards_notes_are_no_body_as_an_article_pages_are_not():
    articles = extract_articles(LISTING, name="latest.txt")
    assert len(articles) == 3
    for body in articles["body"]:
        assert not is_editor_note(body.splitlines()[-1])
        assert "Disclaimer" not in body and "updated" not in body
    assert articles["body"].str.endswith(("boat.", "people.", "voices.")).all()


def test_a_french_pages_notes_about_the_article_are_not_body():
    paragraphs = [
        "Le conseil municipal de Varenne a approuvé mardi soir un budget de quarante "
        "millions d'euros pour rénover le vieux port, après trois heures de débat.",
        "Les travaux commenceront au printemps et dureront deux ans, selon l'adjointe "
        "chargée des finances, qui a promis que les pêcheurs garderaient leurs quais.",
        "L'opposition a voté contre, estimant que la ville n'avait pas les moyens d'un tel "
        "projet alors que les écoles attendent toujours leurs travaux.",
    ]
    text = "\n\n".join(
        [
            "Le Courrier du Val",
            "Le conseil municipal vote la rénovation du port",
            "Par Claire Mornet",
            "Cet article a été mis à jour le 4 décembre avec la réaction du maire.",
            *paragraphs,
            "Cet entretien a été édité et condensé pour plus de clarté.",
            "Article publié initialement dans La Gazette des Marais.",
            "© 2031 Le Courrier du Val",
        ]
    )
    (article,) = extract_articles(text, name="p.txt").itertuples()
    assert article.body == "\n\n".join(paragraphs)
    assert article.credited_source == "La Gazette des Marais"


@pytest.mark.parametrize(
    "text",
    [
        "This story was originally published December 3, 2031 at 5:00 AM.",
        "This article first appeared in the Harbourside Weekly.",
        "A version of this story was first published in the Fenwick Tribune on Friday.",
        "This column originally ran in the print edition.",
        # who paid for it
        "This story is part of our Local Reporting Program coverage, funded by the province.",
        "This article was made possible by a grant from the Coastal News Fund.",
    ],
)
def test_a_note_on_where_the_story_was_first_published_is_an_editor_note(text):
    assert is_editor_note(text)


@pytest.mark.parametrize(
    "text",
    [
        # a report, a book or a study first published is the story's subject
        "This report was first published by the auditors in 2019.",
        "The story was first published in a local paper in 1964, she said.",
        "This story of the village first made the news in 1988.",
        "This project was funded by the state and the county, the mayor said.",
        "This report was supported by data from the health ministry.",
    ],
)
def test_a_story_sentence_on_a_first_publication_is_no_editor_note(text):
    assert not is_editor_note(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review h440 (h_de_zotero_interview): an interview's note with the definite
        # article stayed as the body's last line
        ("Das Interview wurde für die Veröffentlichung gekürzt und redigiert.", True),
        ("Das Gespräch wurde autorisiert.", True),
        ("The interview has been lightly edited for length and clarity.", True),
        ("The conversation was condensed for clarity.", True),
        # a story may tell of an interview edited for broadcast
        ("The interview was edited before broadcast, the network said.", False),
        ("Das Interview wurde im Mai in Berlin geführt.", False),
        ("Das Interview wurde geändert, bevor der Sender es zeigte.", False),
    ],
)
def test_an_interviews_note_with_the_definite_article(text, expected):
    assert is_editor_note(text) is expected
    lines = [*PARAGRAPHS, text]
    kept = without_notes(lines, list(range(len(lines))), is_editor_note)
    assert (text not in [lines[i] for i in kept]) is expected
