"""Legal notes printed with an article's body: a disclaimer that the text is no advice.

A site that writes about markets, money or health closes (or opens) each article with a
legal note: "Disclaimer: This article is for information only and does not constitute
investment advice ...", "This article is for information only and is not a substitute
for professional medical advice.", "Yasal Uyarı: Burada yer alan yatırım bilgi, yorum ve
tavsiyeleri yatırım danışmanlığı kapsamında değildir ...", "Le informazioni contenute in
questo articolo ... non costituiscono sollecitazione all'investimento". Read line by
line it is a paragraph, often the longest of a short market report; counted as body, its
words weigh in the story's length and readability, and, printed under every story, it
makes the site's stories look alike.

A line is such a note (:func:`is_legal_note`) when it has at most
:data:`NOTE_MAX_WORDS` words and either opens with a disclaimer's label and a colon
("Disclaimer:", "Yasal Uyarı:", "Haftungsausschluss:", "Aviso legal:"; a press
release's "Forward-looking statements:", its warning that what it says of the future is
uncertain), or its first
sentence names what the site publishes (the information, the article, its content) and
says it is no advice (:data:`_NO_ADVICE`), in one of the page languages. A story's
sentence about someone else's advice ("the regulator said the app's tips do not
constitute investment advice") names no such subject in its first sentence.

The words are each language's words for such notes, no site's wording; no tuned value
but the length, a legal paragraph's.
"""

from __future__ import annotations

import re

from analysis.clean.pattern_starts import starting_at
from analysis.text import count_words

__all__ = ["NOTE_MAX_WORDS", "is_legal_note"]

# A legal note is a paragraph, longer than an editor's note (a few sentences).
NOTE_MAX_WORDS = 150

# What a line may open with before its label: dashes, stars, brackets, quotes.
_LEAD = " \t*_—–-([«\"'“‘"
# A disclaimer's label, then a colon.
_LABELLED = re.compile(
    r"^(?:(?:legal\s+)?disclaimer|legal\s+notice|risk\s+warning|"
    r"haftungsausschluss|rechtlicher\s+hinweis|risikohinweis|"
    r"avertissement(?:\s+juridique)?|avis\s+de\s+non-responsabilité|"
    r"aviso\s+legal|descargo\s+de\s+responsabilidad|"
    r"avvertenza|avviso\s+legale|esclusione\s+di\s+responsabilità|"
    r"isenção\s+de\s+responsabilidade|"
    r"vrijwaring|zastrzeżenie(?:\s+prawne)?|yasal\s+uyarı|sorumluluk\s+reddi|"
    r"отказ\s+от\s+ответственности|дисклеймер|"
    # a press release's warning that its statements about the future are uncertain
    r"(?:cautionary\s+(?:note|statement)\s+(?:regarding|concerning|on)\s+)?"
    r"forward[-\s]looking\s+statements?|safe\s+harbou?r\s+statement|"
    r"zukunftsgerichtete\s+aussagen|déclarations\s+prospectives|"
    r"declaraciones\s+(?:prospectivas|a\s+futuro)|dichiarazioni\s+previsionali)\s*:",
    re.IGNORECASE,
)
# What the site publishes, as a note's subject: the information, the article, its
# content, the opinions in it.
_SUBJECT = re.compile(
    r"\b(?:information|article|content|post|material|opinions?|views?|"
    r"informationen|artikel|inhalte?|beitrag|"
    r"informations?|contenu|"
    r"información|informaciones|artículo|contenido|"
    r"informazioni|articolo|contenut[oi]|"
    r"informações|artigo|conteúdo|"
    r"informatie|inhoud|informacje|artykuł|bilgi|içerik|информация|материал)\b",
    re.IGNORECASE,
)
# That it is no advice, in the page languages (tried only at the letters its words start
# with: pattern_starts).
_NO_ADVICE = starting_at(
    r"\b(?:(?:is|are|does|do|should)\s+not\s+(?:\w+\s+){0,3}"
    r"(?:constitute|represent|intended\s+(?:as|to\s+be)|be\s+(?:construed|considered|taken)\s+as)"
    r"\s+(?:\w+\s+){0,4}(?:investment|financial|legal|tax|medical)\s+advice|"
    r"nothing\s+(?:\w+\s+){0,4}(?:should|shall|is|may)\s+(?:be\s+)?"
    r"(?:construed|considered|taken|relied\s+on)\s+as\s+(?:\w+\s+){0,3}"
    r"(?:investment|financial|legal|tax|medical)\s+advice|"
    r"stellt\s+keine\s+(?:\w+\s+){0,2}(?:anlage|finanz|rechts)beratung|keine\s+anlageberatung|"
    r"ne\s+constitu\w*\s+(?:pas|en\s+aucun\s+cas)\s+(?:\w+\s+){0,3}"
    r"(?:conseil|recommandation|sollicitation)|"
    r"no\s+constitu\w*\s+(?:\w+\s+){0,3}(?:recomendación|asesoramiento|consejo|oferta)|"
    r"non\s+costituisc\w*\s+(?:\w+\s+){0,3}(?:sollecitazione|consulenza|raccomandazione)|"
    r"não\s+constitu\w*\s+(?:\w+\s+){0,3}(?:recomendação|aconselhamento|consultoria|oferta)|"
    r"geen\s+(?:beleggings|financieel\s+)advies|"
    r"nie\s+stanowi\w*\s+(?:\w+\s+){0,3}(?:porad|rekomendacj)|"
    r"yatırım\s+danışmanlığı\s+kapsamında\s+değildir|"
    r"не\s+является\s+(?:\w+\s+){0,3}(?:рекомендаци|консультаци)|"
    # a health site's note that it replaces no doctor ("is not a substitute for
    # professional medical advice", "ne remplace pas une consultation médicale",
    # "ersetzt keine ärztliche Beratung", "no sustituye la consulta médica", "non
    # sostituisce il parere medico", "não substitui a orientação médica")
    r"(?:is|are|does|do|should)\s+(?:not|no)\s+(?:\w+\s+){0,3}(?:substitute|replacement|replace)"
    r"\s+(?:for\s+)?(?:\w+\s+){0,4}(?:medical|health|doctor's)\s+(?:advice|care|diagnosis|"
    r"treatment|consultation)|"
    r"ne\s+(?:remplace|se\s+substitue)\w*\s+(?:pas|en\s+aucun\s+cas)\s+(?:\w+\s+){0,4}"
    r"(?:avis|conseil|consultation|diagnostic|traitement)\s+médica|"
    r"ersetz\w*\s+(?:\w+\s+){0,3}(?:ärztlich|medizinisch)\w*\s+(?:beratung|rat|diagnose|"
    r"behandlung|untersuchung)|"
    r"no\s+(?:sustituye|reemplaza)\w*\s+(?:\w+\s+){0,3}(?:consejo|consulta|diagnóstico|"
    r"asesoramiento|atención|opinión)\s+médic|"
    r"non\s+sostituisc\w*\s+(?:\w+\s+){0,3}(?:parere|consulto|consulenza|diagnosi|visita)\s+"
    r"medic|"
    r"não\s+substitu\w*\s+(?:\w+\s+){0,3}(?:consulta|orientação|aconselhamento|diagnóstico|"
    r"avaliação)\s+médic)",
    re.IGNORECASE,
)
# The end of a line's first sentence.
_FIRST_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def is_legal_note(text: str) -> bool:
    """Whether a line is a legal note saying the article is no advice.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True for a line of at most :data:`NOTE_MAX_WORDS` words that opens with a
        disclaimer's label and a colon, or whose first sentence names what the site
        publishes and says it is no advice (see the module doc).
    """
    stripped = text.strip().lstrip(_LEAD)
    if not stripped or count_words(stripped) > NOTE_MAX_WORDS:
        return False
    if _LABELLED.match(stripped):
        return True
    end = _FIRST_SENTENCE_END.search(stripped)
    first = stripped if end is None else stripped[: end.start()]
    return _NO_ADVICE.search(first) is not None and _SUBJECT.search(first) is not None
