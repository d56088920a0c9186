"""Editors' notes about an article printed with its body: corrections, clarifications,
notes on how the text was edited, updated, transcribed or translated.

A site appends to a story it has corrected a line about the story itself, not part of
it: "Correction, 4 December 2026: An earlier version of this article said ...",
"Rettifica: in una precedente versione dell'articolo ...", "This story has been updated
with a statement from the airline.", "This interview has been edited and condensed for
clarity.", "This transcript was generated automatically and may contain errors.",
"Translated from the Ukrainian by Marc Duval.", and a live blog's pinned note over its
entries ("Pinned: Follow our coverage here ..."). Counted as body, such a line adds its
words to the story's and its quotation marks to its quote share (a correction quotes
what the story said). The body detector reads it as one more paragraph.

A line is such a note (:func:`is_editor_note`) when it has at most
:data:`NOTE_MAX_WORDS` words and

- opens with an editor's label and a colon (or a dash), maybe with a date between them:
  a correction or an editor's note, in one of the page languages (:data:`_LABELS`: Latin,
  Cyrillic, Arabic-script, Thaana, Ethiopic and Indic words; an
  "Update:" label is not one: a story's update is often new reporting);
- or opens with a sentence about the article itself: "This article / story / interview /
  transcript ... has been / was (verb)" with a verb of editing (updated, corrected,
  amended, edited, condensed, translated, transcribed, generated; produced, when the
  article, story, transcript, episode ... is the subject: "This transcript was produced
  by software ..."), or "An earlier
  version of this article ...", in English, French, German, Spanish, Italian,
  Portuguese, Dutch, Polish, Danish, Norwegian or Swedish ("Cet article a été mis à
  jour ...", "Intervjuet er forkorta og redigert.", "Dieser Artikel wurde
  am 4. Dezember aktualisiert", "Esta entrevista ha sido editada ..."; the words for the
  article are the article's, the interview's, never a "text", which in a story is often
  a bill's); "the interview" with the definite article only edited for print ("The
  interview has been edited for length and clarity.", "Das Interview wurde für die
  Veröffentlichung gekürzt und redigiert."): a story may tell of an interview edited
  for broadcast;
- or says when or where the story was first published ("This story was originally
  published December 3, 2026 at 5:00 AM.", "This article first appeared in ...", "A
  version of this story was first published in ...");
- or says who paid for the story ("This story is part of our X coverage, funded by
  ...", "This article was made possible by a grant from ...");
- or says who reported the story, with whose help ("This series was reported with the
  help of readers ...") or where it stands in a series ("This is the second of three
  parts.", "This article is part of a series on ...");
- or opens with a disclosure's label ("Disclosure: The author's sister works for ...");
- or says whom the text was translated by or from ("Translated from the Ukrainian by
  ...", "Traduit de l'ukrainien par ...", "Aus dem Englischen von ...").

The words are each language's words for such notes, no site's wording; no tuned value
but the length, a note's (a paragraph of the story is no note however it opens).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from analysis.clean.header_lines import is_heading_like, is_label_like
from analysis.text import count_words

__all__ = ["NOTE_MAX_WORDS", "is_editor_note", "without_notes"]

# A note is one to three sentences (a correction restates the wrong and the right fact).
NOTE_MAX_WORDS = 60

# What a line may open with before its label: dashes, stars, brackets, quotes.
_LEAD = " \t*_—–-([«\"'“‘"

# The labels of a correction or an editor's note, per language (lower case).
_LABELS = (
    # English
    r"corrections?|clarifications?|editor'?s'?\s+note|editors'\s+note|note\s+from\s+the\s+editors?|"
    r"disclosures?|"
    # German, French, Spanish, Italian, Portuguese
    r"korrektur|berichtigung|richtigstellung|anmerkung\s+der\s+redaktion|"
    r"hinweis\s+der\s+redaktion|"
    r"rectificatif|erratum|note\s+de\s+la\s+rédaction|note\s+de\s+l['’]éditeur|ndlr|"
    r"n\.\s*d\.\s*l\.\s*r\.|n\.\s*de\s+la\s+r\.|n\.\s*d\.\s*r\.|"
    r"corrección|fe\s+de\s+errores|nota\s+del\s+editor|nota\s+de\s+la\s+redacción|"
    r"rettifica|correzione|nota\s+della\s+redazione|"
    r"correção|errata|nota\s+da\s+redação|"
    # Dutch, Swedish, Danish and Norwegian, Polish, Czech, Turkish, Russian, Ukrainian
    r"correctie|rectificatie|noot\s+van\s+de\s+redactie|"
    r"rättelse|rettelse|korrigering|sprostowanie|oprava|düzeltme|"
    r"исправление|уточнение|примечание\s+редакции|виправлення|"
    # Bosnian, Croatian and Serbian (Latin and Cyrillic)
    r"ispravka|ispravak|исправка|"
    # Belarusian, Bulgarian; Bashkir and Tatar, Chuvash, Kazakh, Kyrgyz, Mongolian, Sakha
    r"выпраўленне|заўвага\s+рэдакцыі|поправка|бележка\s+на\s+редакцията|"
    r"төҙәтмә|төзәтмә|тӳрлетӳ|түзету|оңдоо|редакциядан|залруулга|"
    r"редакцийн\s+(?:тайлбар|тэмдэглэл)|көннөрүү|редакция\s+бэлиэтээһинэ|"
    # Arabic, Persian, Urdu, Sorani Kurdish (Arabic script)
    r"تصحيح|توضيح|ملاحظة\s+(?:المحرر|التحرير)|اصلاحیه|یادداشت\s+(?:سردبیر|تحریریه)|"
    r"تصحیح|وضاحت|ادارتی\s+نوٹ|ڕاستکردنەوە|تێبینیی\s+(?:سەرنووسەر|دەستەی\s+نووسەران)|"
    # Dhivehi (Thaana); Amharic and Tigrinya (Ethiopic)
    # (Dhivehi's "correction" also spelt with the common letters, އިސްލާހު; Tigrinya's and
    # Amharic's "editor's note": ማስታወሻ ኣርታዒ, የአርታኢው ማስታወሻ)
    r"ރަނގަޅުކުރުމެއް|އިޞްލާޙު|އިސްލާހު|އެޑިޓަރުގެ\s+ނޯޓު|እርማት|መአረምታ|"
    r"ማስታወሻ\s+ኣርታዒ|የአርታኢው\s+ማስታወሻ|"
    # Hindi, Bengali, Sinhala
    r"सुधार|संपादक\s+की\s+टिप्पणी|সংশোধনী|সম্পাদকের\s+নোট|නිවැරදි\s+කිරීම|සංස්කාරක\s+සටහන|"
    # Finnish, Estonian, Hungarian, Lithuanian, Latvian, Romanian, Greek, Catalan,
    # Slovenian, Icelandic, Albanian, Azerbaijani, Uzbek
    r"korjaus|oikaisu|parandus|helyesbítés|pataisymas|labojums|rectificare|corectură|"
    r"διόρθωση|rectificació|correcció|popravek|leiðrétting|korrigjim|saktësim|"
    r"düzəliş|tuzatish|"
    # editors' notes in Catalan, Portuguese, Bosnian, Croatian and Serbian (Latin and
    # Cyrillic), Macedonian, Slovak, Czech, Polish, Romanian, Slovenian, Lithuanian,
    # Latvian, Estonian, Finnish, Hungarian, Ukrainian, Greek, Turkish (h390)
    r"nota\s+de\s+la\s+redacció|nota\s+do\s+editor|napomena\s+(?:redakcije|urednika)|"
    r"напомена\s+(?:редакције|уредника)|забелешка\s+на\s+редакцијата|"
    r"poznámka\s+(?:redakcie|redakce)|nota\s+redakcji|nota\s+reda(?:cției|cţiei|ctiei)|"
    r"opomba\s+uredništva|redakcijos\s+pastaba|redakcijas\s+piezīme|toimetuse\s+märkus|"
    r"toimituksen\s+huomautus|a\s+szerkesztőség\s+megjegyzése|примітка\s+редакції|"
    r"σημείωση\s+(?:της\s+)?σύνταξης|editör(?:ün)?\s+notu|"
    # Chinese, Japanese, Korean editors' notes (h390)
    r"编者按|編者按|编者注|編者註|編集部注|편집자\s*주|"
    # Hebrew, Georgian, Armenian, Khmer, Vietnamese, Tagalog, Swahili, Somali, Igbo,
    # Yoruba, Haitian Creole
    r"תיקון|הבהרה|შესწორება|ուղղում|ការកែតម្រូវ|đính\s+chính|pagwawasto|marekebisho|"
    r"sixitaan|mmezi|àtúnṣe|koreksyon|"
    # Indonesian and Malay editors' notes and corrections, Galician (h401)
    r"catatan\s+(?:redaksi|editor|penyunting)|nota\s+(?:editor|pengarang)|ralat|pembetulan|"
    r"nota\s+da\s+redacción|corrección|"
    # a live blog's pinned note, set above its entries (a note to the reader about the
    # page, not an entry): English, German, French, Spanish, Italian, Portuguese, Dutch,
    # Polish, Czech, Slovak, Russian, Ukrainian, Turkish, Azerbaijani, Uzbek, Kazakh,
    # Romanian, Hungarian, Greek, Swedish, Danish, Norwegian, Finnish, Arabic, Persian,
    # Hebrew, Hindi, Bengali, Tamil, Malayalam, Thai, Indonesian and Malay, Vietnamese,
    # Tagalog, Swahili, Chinese, Japanese, Korean (h401)
    r"pinned(?:\s+(?:post|message|note|update))?|angeheftet|angepinnt|fixiert|"
    r"épinglé|message\s+épinglé|fijado|mensaje\s+fijado|publicación\s+fijada|"
    r"post\s+fissato|fissato|fixado|fixada|publicação\s+fixada|vastgepind|"
    r"przypięte|przypięty\s+wpis|připnuto|pripnuté|закреплено|закреплённое|закріплено|"
    r"sabitlendi|sabitlenmiş|bərkidilmiş|sabitlənmiş|mahkamlangan|qadalgan|бекітілген|"
    r"fixat|kitűzve|kitűzött|καρφιτσωμένο|fäst\s+inlägg|fastgjort|festet|kiinnitetty|"
    r"مثبت|سنجاق\u200c?\s?شده|פוסט\s+נעוץ|נעוץ|पिन\s+किया\s+गया|পিন\s+করা|"
    r"பின்\s+செய்யப்பட்டது|പിൻ\s+ചെയ്തത്|ปักหมุด|disematkan|đã\s+ghim|naka-?pin|"
    r"imebandikwa|置顶|置頂|固定表示|ピン留め|고정(?:\s*글)?"
)
# A label, then maybe a date or a time ("Correction, 4 December 2026:", "CORRECTION
# (Dec. 4):"), then a colon or a dash.
_LABELLED = re.compile(
    rf"^(?:{_LABELS})(?:\s*\([^)\n]{{0,40}}\)|,?\s+[^:\n]{{0,30}}?\d[^:\n]{{0,20}}?)?"
    # Ethiopic prints its colon as '፦' or '፥', and Tigrinya as the word space '፡'
    # (CJK the full-width colon '：')
    r"\s*(?::|：|[፡፥፦]|\s[—–-]\s)",
    re.IGNORECASE,
)
# The article itself as a sentence's subject, and a verb of editing.
_SUBJECT = (
    r"(?:this|the\s+above|an?\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this)\s+"
    r"(?:article|story|piece|report|post|interview|transcript|conversation|q\s*&\s*a|"
    r"essay|column|feature|episode|video|text)\b"
)
_EDITED = (
    r"updated|corrected|amended|edited|condensed|translated|transcribed|generated|"
    r"revised|changed|modified"
)
_ABOUT_ITSELF = re.compile(
    rf"^(?:{_SUBJECT}\s+(?:(?:has|have)\s+been|was|were|is|had\s+been)\s+"
    rf"(?:\w+\s+){{0,2}}(?:{_EDITED})\b"
    rf"|an?\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+\w+"
    # an interview's note with the definite article, edited for print ("The interview
    # has been edited for length and clarity"; not "The interview was edited before
    # broadcast", a story's sentence)
    rf"|the\s+(?:interview|conversation|q\s*&\s*a)\s+(?:has\s+been|was)\s+"
    rf"(?:\w+\s+){{0,3}}(?:edited|condensed)\s+for\s+(?:length|clarity|brevity|space|"
    rf"publication)\b"
    # how the text itself was made ("This transcript was produced by software"), not a
    # report or a text, which in a story are often its subject
    rf"|this\s+(?:article|story|transcript|episode|video|podcast|interview|piece|post)\s+"
    rf"(?:has\s+been|was|is)\s+(?:\w+\s+){{0,2}}produced\b"
    # when or where it was first published, a republished or updated story's closing
    # note ("This story was originally published December 3, 2026 at 5:00 AM.", "This
    # article first appeared in The X", "A version of this story was first published in
    # ..."): the story's own record, not its text
    rf"|(?:this|a\s+version\s+of\s+this)\s+(?:article|story|piece|post|column|essay|"
    rf"interview|feature)\s+(?:(?:was|has\s+been|is)\s+)?(?:first|originally)\s+"
    rf"(?:(?:published|posted|printed|ran|appeared)\b)"
    # who paid for it ("This story is part of our Local Journalism Initiative coverage,
    # funded by the Government of Canada.", "This article was made possible by a grant
    # from ..."): the story itself as subject (a report or a project funded is often a
    # story's subject)
    rf"|this\s+(?:article|story|piece|series|coverage|reporting)\s+(?:is|was|has\s+been)\s+"
    rf"[^.!?]{{0,80}}?\b(?:funded|supported|made\s+possible|paid\s+for|underwritten)\s+"
    rf"(?:in\s+part\s+)?(?:by|through|with)\b"
    # who reported it, with whose help ("This series was reported with the help of ...")
    rf"|this\s+(?:article|story|series|piece)\s+was\s+reported\s+(?:and\s+written\s+)?"
    rf"(?:with|by|in\s+partnership)\b"
    # where the story stands in a series ("This is the second of three parts", "This
    # article is part of a series on ...")
    rf"|this\s+(?:(?:article|story|report|piece|column|episode)\s+)?is\s+"
    rf"(?:part\s+(?:\w+\s+)?of\s+|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
    rf"eighth|ninth|tenth|last|final|latest|\d+(?:st|nd|rd|th))\s+(?!times?\b)(?:[\w-]+\s+)?(?:of|in)\s+)"
    rf"(?:[\w'’-]+\s+){{0,3}}(?:parts?|series|instal+ments?|episodes|articles|stories|"
    rf"reports|chapters)\b)",
    re.IGNORECASE,
)
# The article itself being edited, in other languages: a demonstrative and a word for
# the text, an auxiliary, then (a few words on: German puts the participle last) a
# participle of editing; or "an earlier version of this (article)".
_ABOUT_ITSELF_ELSEWHERE = re.compile(
    # French
    r"^(?:(?:cet|cette|ce)\s+(?:article|entretien|interview|reportage|récit|portrait|"
    r"chronique|tribune|épisode|transcription|conversation)\s+(?:a\s+été|est)\s+"
    r"(?:\S+\s+){0,3}(?:mise?\s+à\s+jour|actualisée?|corrigée?|modifiée?|éditée?|"
    r"condensée?|raccourcie?|révisée?|amendée?|traduite?|retranscrite?|transcrite?)\b"
    r"|(?:une|la)\s+(?:première\s+|précédente\s+)?version\s+(?:précédente\s+|antérieure\s+|"
    r"initiale\s+)?de\s+(?:cet|cette|ce)\s+\w+"
    # German
    r"|(?:dieser|dieses|diese)\s+(?:artikel|beitrag|interview|gespräch|transkript|"
    r"podcast)\s+(?:wurde|ist|war)\s+(?:\S+\s+){0,6}(?:aktualisiert|korrigiert|"
    r"geändert|bearbeitet|gekürzt|redigiert|übersetzt|ergänzt|überarbeitet|transkribiert|"
    r"erstellt|generiert)\b"
    # an interview's note with the definite article ("Das Interview wurde für die
    # Veröffentlichung gekürzt und redigiert", "Das Gespräch wurde autorisiert"): only
    # the participles of the editing for print (a story's "das Interview wurde
    # geändert" may be a broadcast's)
    r"|das\s+(?:interview|gespräch)\s+wurde\s+(?:\S+\s+){0,4}(?:gekürzt|redigiert|"
    r"autorisiert)\b"
    r"|(?:in\s+)?(?:einer|der)\s+(?:früheren|ersten|vorherigen|ursprünglichen)\s+"
    r"(?:version|fassung)\s+(?:dieses|dieser)\s+\w+"
    # Spanish, Italian, Portuguese
    r"|(?:este|esta)\s+(?:artículo|entrevista|nota|reportaje|crónica|información|"
    r"transcripción|artigo|matéria|reportagem|transcrição|noticia|notícia|nova|"
    r"reportaxe)\s+(?:ha\s+sido|fue|foi|está)\s+"
    r"(?:\S+\s+){0,3}(?:actualizad[oa]|corregid[oa]|modificad[oa]|editad[oa]|"
    r"condensad[oa]|traducid[oa]|transcrit[oa]|atualizad[oa]|corrigid[oa]|traduzid[oa]|"
    r"corrixid[oa]|traducid[oa]|editad[oa])\b"
    r"|uma\s+versão\s+anterior\s+(?:deste|desta)\s+\w+"
    r"|una\s+versión\s+(?:anterior|previa|original)\s+de\s+(?:este|esta)\s+\w+"
    r"|(?:questo|questa)\s+(?:articolo|intervista|pezzo|trascrizione)\s+"
    r"(?:è\s+stat[oa]|è)\s+(?:\S+\s+){0,3}(?:aggiornat[oa]|corrett[oa]|modificat[oa]|"
    r"editat[oa]|tradott[oa]|trascritt[oa]|rivist[oa])\b"
    r"|una\s+(?:precedente\s+)?versione\s+(?:precedente\s+)?di\s+quest[oa]\s+\w+"
    # Dutch, Polish
    r"|(?:dit|deze)\s+(?:artikel|interview|stuk|verhaal)\s+(?:is|werd)\s+(?:\S+\s+){0,4}"
    r"(?:bijgewerkt|aangepast|gecorrigeerd|geredigeerd|ingekort|vertaald)\b"
    r"|een\s+eerdere\s+versie\s+van\s+(?:dit|deze)\s+\w+"
    r"|(?:ten|ta)\s+(?:artykuł|wywiad|rozmowa)\s+(?:został|została)\s+(?:\S+\s+){0,3}"
    r"(?:zaktualizowan|poprawion|zredagowan|skrócon|przetłumaczon|zmienion)\w*"
    # Indonesian and Malay, Cebuano, Tagalog, Slovenian, Arabic (h401): "Wawancara ini
    # telah disunting ...", "Kini nga interbyu gi-edit ...", "Prepis je bil ustvarjen
    # samodejno", "تم تحديث هذا الخبر ..."
    r"|(?:artikel|berita|wawancara|temu\s+bual|transkrip|tulisan)\s+ini\s+"
    r"(?:telah\s+|sudah\s+|sedang\s+)?(?:disunting|diedit|dikemas\s+kini|diperbarui|"
    r"diperbaharui|dikoreksi|diperbetulkan|diterjemahkan|dipendekkan|diringkas)\b"
    r"|kini\s+nga\s+(?:interbyu|artikulo|istorya|balita|estorya)\s+gi-?(?:edit|update|"
    r"usab|hubad)\w*"
    r"|(?:ang\s+)?(?:artikulong|panayam\s+na|balitang|ulat\s+na)\s*ito\s+ay\s+"
    r"(?:in-?edit|in-?update|iwinasto|isinalin|pinaikli)\w*"
    r"|(?:članek|prispevek|intervju|pogovor|prepis)\s+je\s+(?:bil|bila|bilo)\s+"
    r"(?:\S+\s+){0,2}(?:posodobljen|popravljen|urejen|skrajšan|preveden|ustvarjen)\w*"
    r"|تم\s+(?:تحديث|تعديل|تصحيح)\s+(?:هذا|هذه)\s+(?:الخبر|المقال|المقالة|التقرير|القصة)"
    # Danish, Norwegian (Bokmål, Nynorsk), Swedish: the noun with its article as a
    # suffix ("intervjuet", "artikeln"), an auxiliary, a participle of editing
    r"|(?:artikkelen|artikelen|artikeln|saken|saka|intervjuet|interviewet|intervjun)\s+"
    r"(?:er|har|ble|blev|vart|är|har\s+blitt|har\s+vorte|har\s+været)\s+(?:\S+\s+){0,3}"
    r"(?:oppdatert|opdateret|uppdater\w*|korriger\w*|rettet|retta|endra|endret|ændret|"
    r"ändrad|ändrats|rediger\w*|forkort\w*|förkort\w*|oversatt|oversat|översatt|"
    r"omsett)\b)",
    re.IGNORECASE,
)
# Whom a text was translated by or from.
_TRANSLATED = re.compile(
    r"^(?:translated\s+(?:from|by)\b|translation\s+by\b|"
    r"traduit\s+(?:de|du|par)\b|traduction\s+(?:de|du|par)\b|"
    r"(?:aus\s+dem\s+\w+\s+)?übersetzt\s+von\b|aus\s+dem\s+\w+\s+von\b|übersetzung\s*:|"
    r"traducido\s+(?:del?|por)\b|traducción\s+(?:del?|de\s+\w+)\b|"
    r"tradotto\s+(?:da|dal|dall)\b|traduzione\s+di\b|"
    r"traduzido\s+(?:de|do|da|por)\b|tradução\s+(?:de|do|da)\b|"
    r"vertaald\s+(?:uit|door)\b|vertaling\s*:|"
    r"przetłumaczył\w*|tłumaczenie\s*:|"
    r"перевод\s+с\b|переведено\s+с\b|перевела?\b|"
    # Bulgarian, Ukrainian, Slovenian, Czech, Slovak, Romanian, Hungarian, Greek,
    # Turkish, Arabic, Persian, Hindi, Bengali, Tamil, Indonesian and Malay, Swahili
    # (h401)
    r"превод\s+от\b|превод\s*:|преведе\b|переклад\s+з\b|переклад\s*:|переклала?\b|"
    r"prevod\s+iz\b|prevedla?\b|přeložil[a]?\b|preložil[a]?\b|"
    r"traducere\s+(?:din|de)\b|fordította\b|μετάφραση\s*:|çeviren\s*:|çeviri\s*:|"
    r"ترجمة\s*:|ترجمه\s*:|अनुवाद\s*:|অনুবাদ\s*:|மொழிபெயர்ப்பு\s*:|"
    r"diterjemahkan\s+(?:dari|oleh)\b|alih\s+bahasa\s*:|penerjemah\s*:|penterjemah\s*:|"
    r"imetafsiriwa\s+na\b)",
    re.IGNORECASE,
)


def is_editor_note(text: str) -> bool:
    """Whether a line is an editor's note about the article: a correction, a
    clarification, a note on its editing, update, transcription or translation.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True for a line of at most :data:`NOTE_MAX_WORDS` words that opens with an
        editor's label and a colon, with a sentence about the article itself being
        edited, or with whom it was translated by (see the module doc).
    """
    stripped = text.strip().lstrip(_LEAD)
    if not stripped or count_words(stripped) > NOTE_MAX_WORDS:
        return False
    return bool(
        _LABELLED.match(stripped)
        or _ABOUT_ITSELF.match(stripped)
        or _ABOUT_ITSELF_ELSEWHERE.match(stripped)
        or _TRANSLATED.match(stripped)
    )


def without_notes(
    lines: Sequence[str], body: Sequence[int], *is_note: Callable[[str], bool]
) -> list[int]:
    """The body's lines without the notes about the story among them.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body : sequence of int
        The body's line indices, ascending.
    *is_note : callable
        Tests of a line for a kind of note (:func:`is_editor_note`,
        :func:`analysis.clean.legal_notes.is_legal_note`); :func:`is_editor_note` when
        none is given.

    Returns
    -------
    list of int
        ``body`` without its lines that one of ``is_note`` accepts, and without the
        heading printed right above such a note ("Why you can trust us" over a
        commission disclosure: the note's own heading, :func:`_heading_over`); ``body``
        itself when every line is one (a page of notes is left as it is).
    """
    tests = is_note or (is_editor_note,)
    notes = {i for i in body if any(test(lines[i]) for test in tests)}
    headings = {
        before
        for position, (before, after) in enumerate(itertools.pairwise(body))
        if after in notes
        and before not in notes
        and _heading_over(lines, before, after)
        and all(i in notes or _LABELLED_LINE.match(lines[i]) for i in body[position + 2 :])
    }
    kept = [i for i in body if i not in notes and i not in headings]
    return kept if kept else list(body)


#: The most words of a box's heading over its note ("Why you can trust us", "About our
#: reporting standards"): a heading's few words, not a paragraph left unpunctuated.
BOX_HEADING_MAX_WORDS = 8
# A box's labelled line ("How we report: our team checks ..."): one to four words, a
# colon, then its text.
_LABELLED_LINE = re.compile(r"^\s*[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_'’-]+){0,3}\s*:\s+\S")


def _heading_over(lines: Sequence[str], heading: int, note: int) -> bool:
    """Whether line ``heading`` is a heading printed right above line ``note`` (only
    blank lines between): a label or a headline's shape (:func:`~analysis.clean.
    header_lines.is_label_like`, :func:`~analysis.clean.header_lines.is_heading_like`)
    of at most :data:`BOX_HEADING_MAX_WORDS` words ending with a letter or a digit, no
    sentence. Only a box closing the body is read so
    (the note and after it only notes or labelled lines to the body's end): a section's
    heading over a story whose first line is a note ("Disclosure: ...") stays."""
    line = lines[heading].strip()
    if any(lines[i].strip() for i in range(heading + 1, note)) or not line[-1:].isalnum():
        return False
    return is_label_like(line) or (
        is_heading_like(line) and count_words(line) <= BOX_HEADING_MAX_WORDS
    )
