"""The site's prompts to its reader set between an article's paragraphs.

A page prints, between two paragraphs of its story, lines addressed to the reader on the
site's behalf: a call to sign up or subscribe, to download the app, to follow the site
on a channel ("Follow Harbour Daily on WhatsApp", "Simak berita lainnya di Google News",
"Підписуйтесь на наш Telegram-канал"),
a newsletter box ("Get local news delivered to your inbox!", "Thank you for
subscribing!", "No spam, unsubscribe any time"), a newsroom's appeal for its readers'
support ("Reporting like this takes months ... please chip in", "We rely on readers
like you") and a consent manager's notice ("We value your privacy", "We and our 842
partners store and/or access information on a device", a cookie banner's "We use
cookies to ...", the consent box in place of an embedded video: "This content is
provided by X, which may be using cookies ..."). They are sentences, so the body
detector reads them as prose; a study of a few pages per outlet keeps them in the
article's words and quote share (an outlet's repeated lines are removed later only when
they recur across its stories: :mod:`analysis.stats.outlet_boilerplate`).

A line is such a prompt when it is short and either opens with a call to act in one of
the page languages (:data:`_CALL`) and names the channel it asks for (:data:`_CHANNEL`),
or holds a consent or sign-up notice's words (:data:`_NOTICE`). The words are vocabulary,
no tuned value; a story's own sentence about an app or a newsletter rarely opens by
telling its reader to get it.

An ad slot between two paragraphs is labelled with a note that the text goes on after
it ("Article continues after this advertisement", "Story continues below", "La suite
après la publicité", "Weiterlesen nach der Anzeige", "Continúa después de la
publicidad"): :func:`is_ad_slot_cue`, the whole line only (the language's words, no
tuned value); a prompt too.

A site also closes its stories with a note about itself, labelled by its name or as
"About us" ("About the Harbour Courier: The Courier has reported on ...", "About us:
Costa Weekly is ...", "Über uns: ..."): :func:`is_about_note`. It is no part of the
story, nor is what follows it (the footer). Nor is the site's pitch to its reader under
the story, opened by the words such pitches open with ("Before you go: ...", "Thanks for
reading ...", "If you enjoyed this story, ...", "Like this story? ...", "Want to write
for us? ...", "Have a story for us? Email ..."): :func:`is_reader_pitch`.
"""

from __future__ import annotations

import re

from analysis.clean.line_gates import caseless_literals
from analysis.text import caseless_lower, once_per_page

__all__ = [
    "PROMPT_MAX_WORDS",
    "is_about_note",
    "is_ad_slot_cue",
    "is_call_to_act",
    "is_letters_policy",
    "is_priced_offer",
    "is_reader_pitch",
    "is_site_prompt",
    "names_channel",
]

#: A prompt is at most this many words (a consent notice's sentence is longer than a
#: call to act: it gets :data:`NOTICE_MAX_WORDS`).
PROMPT_MAX_WORDS = 25
NOTICE_MAX_WORDS = 80

# A call to act, opening the line (after a bullet or a mark) and followed by a space
# ("Follow-up" is no call): English and the page languages' imperative forms.
_CALL = re.compile(
    r"^\W*(?:sign[\s-]?up|subscribe|download|install|follow|get|join|register|click|tap"
    r"|abonnez|inscrivez|suivez|téléchargez|abonnieren|folgen|laden sie|melden sie"
    r"|suscr[ií]bete|s[ií]guenos|desc[aá]rga|assine|siga|baixe|inscreva|iscriviti|seguici"
    r"|scarica|abonneer|volg|simak|ikuti|unduh"
    # Ukrainian, Russian, Czech, Polish, Romanian, Greek, Turkish, Swahili
    r"|підписуйтес[ья]|підпишіться|стежте|завантажуйте|подписывайтесь|подпишитесь"
    r"|следите|читайте нас|sledujte|stáhněte|obserwuj|zapisz się|pobierz"
    r"|abonează-te|abonați-vă|urmărește-ne|urmăriți-ne|descarcă|ακολουθήστε|εγγραφείτε"
    r"|κατεβάστε|takip edin|abone olun|jiunge|fuatilia|pakua"
    # Afrikaans, Danish, Norwegian, Swedish
    r"|kry|teken in|laai af|få|meld deg på|meld dig på|tilmeld dig|prenumerera"
    r"|abonner|abonnér|følg|följ|last ned|ladda ner"
    # Kinyarwanda: "register (yourself)", "follow us"
    r"|iyandikishe|mwiyandikishe|dukurikire"
    # Filipino, Slovenian, Croatian and Serbian, Hungarian, Malay (h401)
    r"|mag-?subscribe|mag-?sign[\s-]?up|i-?follow|naročite se|naroči se|sledite nam"
    r"|prenesite|pretplatite se|pratite nas|preuzmite|iratkozzon fel|kövessen|töltse le"
    r"|langgan|langgani"
    # "join" (our channel) in Spanish, French, Italian, Portuguese, Polish, Russian,
    # Turkish, Indonesian (h416: "Únete a nuestro canal de WhatsApp ...")
    r"|únete|únase|apúntate|rejoignez|rejoins|unisciti|junte-se|dołącz|присоединяйтесь"
    r"|katılın|bergabunglah|gabung)(?=\s)",
    re.IGNORECASE,
)
# The channel a call asks the reader to use.
_CHANNEL = re.compile(
    r"\b(?:newsletters?|inbox|app|apps|alerts?|notifications?|whatsapp|telegram"
    r"|google news|channel|kanal|canal|podcast|e-?mails?|briefing|digest"
    r"|канал\w*|розсилк\w*|рассылк\w*|κανάλι|kanál\w*|aplikac\w*"
    r"|nuusbrie\w*|inkassie|nieuwsbrie\w*|nyhetsbrev\w*|nyhedsbrev\w*|innboks\w*"
    r"|indbakke\w*|inkorg\w*"
    # Kinyarwanda: "(our) list", a mailing list ("urutonde rw'amakuru", list of news)
    r"|u?rutonde"
    # Slovenian and Croatian podcast and newsletter, Hungarian newsletter (h401)
    r"|podkast\w*|bilten\w*|hírlevel\w*|e-?novice)\b",
    re.IGNORECASE,
)
# A consent manager's or a sign-up box's own sentence, or an opinion column's disclaimer
# alone on its line ("The opinions expressed are the author's own", "The views expressed
# here do not necessarily reflect those of the site", "Les opinions exprimées n'engagent
# que leur auteur", "Las opiniones expresadas son responsabilidad de su autor"; a story's
# paragraph or an author's biography that closes with one is not only the site's note).
_NOTICE = re.compile(
    r"\bwe value your privacy\b|\bwe and our (?:\d+ )?partners\b"
    r"|\bstore and/or access information on a device\b|\bthank you for subscribing\b"
    r"|\bwe use your sign-up\b|\bprotection of your data\b|\bread our privacy policy\b"
    r"|^\W*i accept\b"
    # a sign-up box's promise ("No spam, unsubscribe any time") and a newsroom's appeal
    # for its readers' money between two paragraphs ("Support independent journalism",
    # "We rely on readers like you", "Reporting like this takes months and costs money
    # ... please chip in"): the site speaking of itself to its reader, which a story's
    # sentence about a charity's appeal does not ("neighbours chipped in", "donate to the
    # food bank")
    r"|\bunsubscribe (?:at )?any ?time\b|\bno spam\b"
    r"|(?:^|[.!?]\s)\W*(?:please )?support (?:our|independent|local|nonprofit|public[- ]interest)"
    r" (?:\w+ )?journalism\b"
    r"|\breaders like you\b|\bplease (?:chip in|donate\b|consider (?:donating|supporting))"
    r"|\bbecome a (?:member|supporter|patron) (?:today|now)\b|\bdonate (?:now|today)\b"
    r"|\b(?:reporting|journalism) like this (?:takes|costs|requires|is expensive)\b"
    r"|\bwe (?:do not|don['’]t) have a paywall\b"
    # a nonprofit newsroom's republishing box under its story (h429): the licence it
    # grants, with the site or its work as the subject ("This work is licensed under a
    # Creative Commons Attribution-NoDerivatives 4.0 International License", "Republish
    # our articles for free, online or in print, under a Creative Commons license"); a
    # story's sentence about a photo or a song under such a licence names no "our" or
    # "this work"
    r"|\b(?:this|our) (?:work|story|article|content|stories|articles|reporting)"
    r" (?:is|are) (?:licensed|available|published|distributed) under (?:a|the) creative commons\b"
    r"|\brepublish (?:our|this|these) (?:articles?|stor(?:y|ies)|work)\b[^.]{0,60}"
    r"\bcreative commons\b"
    # a cookie banner's opening, in English and five more languages ("We use cookies to
    # ...", "This website uses cookies", "Wir verwenden Cookies", "Nous utilisons des
    # cookies"), and its consent by browsing on
    r"|^\W*(?:we|this (?:web)?site|our (?:web)?site|this page) (?:uses?|is using) cookies\b"
    r"|^\W*(?:wir (?:verwenden|nutzen)|nous utilisons|utilizamos|usamos|utilizziamo"
    r"|wij gebruiken) (?:des |i |los |os |as )?cookies?\b"
    r"|\bby continuing to (?:browse|use|visit) (?:this|the|our) (?:web)?site\b"
    # and its opening in the languages of big newsrooms beyond those: the site or "we"
    # as its subject, then the cookie word with the verb "use" (Italian, Polish,
    # Russian, Ukrainian, Turkish, Indonesian, Vietnamese, Arabic, Persian, Hindi,
    # Bengali, Chinese, Japanese, Korean: "Questo sito utilizza cookie", "Używamy plików
    # cookies", "Мы используем файлы cookie", "Sitemizde çerezler kullanılmaktadır",
    # "Kami menggunakan cookie", "نستخدم ملفات تعريف الارتباط", "本网站使用Cookie",
    # "当サイトでは…Cookieを使用", "이 웹사이트는 … 쿠키를 사용")
    r"|^\W*questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie"
    r"|^\W*(?:używamy|(?:ta strona|serwis) używa) (?:plików )?cookies?\b"
    # (Russian and Ukrainian: "мы / ми / сайт" and the verb "использ- / використов-" of any
    # ending, written so that the gate below reads "cookie" off them, no Cyrillic letter)
    r"|^\W*(?:мы|ми|(?:этот |наш |цей )?сайт)\s+[ив]\w{6,}\s+(?:файл\w*\s+)?cookie"
    r"|^\W*(?:(?:web )?sitemizde|bu sitede) çerez(?:ler)?(?:i)? kullan"
    r"|^\W*çerez(?:ler)? kullanıyoruz"
    r"|^\W*kami menggunakan (?:kuki|cookies?)\b|^\W*chúng tôi sử dụng cookies?\b"
    # (Swedish, Danish, Norwegian and Finnish, h442: "Vi använder cookies", "Vi bruger
    # cookies", "Vi bruker informasjonskapsler", "Käytämme evästeitä")
    r"|^\W*(?:vi (?:använder|bruger|bruker|nytter)|käytämme)"
    r" (?:cookies?|kakor|informasjonskapsler|evästeitä)\b"
    r"|^\W*(?:نحن )?(?:نستخدم|يستخدم (?:هذا )?(?:الموقع|موقعنا))"
    r" (?:ملفات )?(?:تعريف الارتباط|الكوكيز|كوكيز)"
    r"|^\W*(?:این (?:وب\u200c?سایت|سایت)|ما) از کوکی"
    r"|^\W*(?:हम|यह वेबसाइट|यह साइट)\s.{0,60}?कुकी(?:ज़|ज)?\s+का\s+(?:उपयोग|इस्तेमाल)"
    r"|^\W*আমরা\s.{0,60}?কুকি(?:জ)?\s+ব্যবহার"
    r"|^\W*(?:本网站|本網站|本站|我们|我們)(?:会|會)?使用\s*cookies?"
    r"|^\W*(?:当|本)サイト(?:では)?、?.{0,40}?cookies?を(?:使用|利用)"
    r"|^\W*(?:이|본)\s*(?:웹사이트|사이트)(?:는|에서는)?\s.{0,40}?쿠키를\s*(?:사용|이용)"
    # the consent box standing in for an embedded video or post ("This content is
    # provided by X, which may be using cookies ...", "we need your permission to use
    # cookies", "verify if you have consented to X cookies") and its buttons ("Enable
    # cookies", "Allow cookies once")
    r"|\bwhich may be using cookies\b"
    r"|\bwe need your (?:permission|consent) to (?:use|set) cookies\b"
    r"|\bconsented to (?:\w+ ){0,3}cookies\b"
    r"|^\W*(?:enable|allow|accept) (?:all )?cookies(?: once| for this session)?\W*$"
    r"|^\W*(?:the |any )?(?:views|opinions)(?: and (?:views|opinions))? expressed\b[^.]{0,80}?"
    r"\b(?:are\b[^.]{0,40}?\b(?:own|authors?|writers?)"
    r"|do(?:es)? not (?:necessarily )?(?:reflect|represent))\b[^.]*\.?\W*$"
    # the same disclaimer in French, Spanish, Italian, Portuguese and German
    r"|^\W*les (?:opinions|propos|points de vue) (?:exprimé|tenu)e?s\b[^.]{0,80}?"
    r"\bn['’]engagent que\b[^.]*\.?\W*$"
    r"|^\W*las opiniones (?:expresadas|vertidas)\b[^.]{0,80}?"
    r"\b(?:son (?:de )?(?:exclusiva )?responsabilidad|no (?:necesariamente )?reflejan)"
    r"\b[^.]*\.?\W*$"
    r"|^\W*le opinioni espresse\b[^.]{0,80}?"
    r"\b(?:sono (?:quelle )?(?:dell['’]autore|degli autori)|non (?:necessariamente )?riflettono)"
    r"\b[^.]*\.?\W*$"
    r"|^\W*as opiniões (?:expressas|emitidas)\b[^.]{0,80}?"
    r"\b(?:são de (?:inteira )?responsabilidade|não (?:necessariamente )?refletem)\b[^.]*\.?\W*$"
    r"|^\W*(?:namentlich gekennzeichnete )?(?:beiträge|kommentare|gastbeiträge)\b[^.]{0,60}?"
    r"\bgeben nicht (?:unbedingt |zwingend |notwendigerweise )?die meinung der redaktion wieder"
    r"\b[^.]*\.?\W*$"
    # and in Slovene, Croatian / Bosnian / Serbian, Czech, Slovak and Polish: the views
    # are the author's and need not be the newsroom's ("Stališča v komentarju so avtorjeva
    # in ne izražajo nujno stališč uredništva", h376)
    r"|^\W*(?:stališča|stavovi|názory|opinie|poglądy)\b[^.]{0,80}?"
    r"\b(?:so\s+avtorjev\w*|su\s+(?:osobni\s+stavovi\s+)?autor\w*|jsou\s+názory\s+autor\w*"
    r"|sú\s+názormi\s+autor\w*|są\s+(?:opiniami|poglądami)\s+autor\w*)\b[^.]*\.?\W*$",
    re.IGNORECASE,
)
# What a line matched by :data:`_NOTICE` holds in its caseless_lower (read off the pattern).
_NOTICE_WORDS = caseless_literals(_NOTICE) or ("",)


# An ad slot's note that the text goes on after it, the whole line (after an ad's own
# label: "Advertisement - Story continues below"): English, then the languages' own
# wordings of "the article continues after the advertisement" / "read on below the ad".
_AD_WORDS = (
    r"(?:advertisement|advertising|advert|ads?|sponsored|publicité|pub|publicidad|anuncio"
    r"|pubblicità|publicidade|anzeige|werbung|advertentie|reclame|annons|annonce|annonse"
    r"|mainos|reklama|реклама|iklan)"
)
_AD_SLOT_CUE = re.compile(
    rf"^\W*(?:{_AD_WORDS}\W+)?(?:"
    # English: "Article continues after this advertisement", "Story continues below",
    # "Continue reading the main story", "Scroll to continue with content"
    r"(?:(?:the )?(?:story|article|text|content|report|piece|post)s? )?(?:continues?|resumes?)"
    r"(?: reading)? (?:below|after|under|beneath|following)"
    r"(?: (?:this|the|an?|these))?(?: (?:ad|ads|advert|adverts|advertisement|advertisements"
    r"|advertising|sponsored (?:message|content)))?"
    r"|continue reading (?:the )?(?:main )?(?:story|article)"
    r"|(?:keep )?scroll(?:ing)?(?: down)? (?:to|for) (?:continue|keep)"
    r"(?: reading| with (?:the )?(?:content|article|story))?"
    # French: "La suite après la publicité", "Suite de l'article ci-dessous",
    # "L'article continue après cette publicité", "Votre contenu continue ci-dessous"
    r"|(?:lire )?(?:la )?suite (?:de l['’]article )?(?:après|ci-dessous|sous)"
    r"(?: (?:cette|la|l['’]) ?(?:publicité|annonce|pub))?"
    r"|(?:l['’]article|votre contenu) (?:continue|se poursuit) (?:après|ci-dessous|sous)"
    r"(?: (?:cette|la) (?:publicité|annonce))?"
    # German: "Weiterlesen nach der Anzeige", "Der Artikel geht nach der Anzeige
    # weiter", "Lesen Sie nach der Anzeige weiter", "Fortsetzung nach der Werbung"
    r"|(?:weiterlesen|fortsetzung|weiter) (?:nach|unter) (?:der|dieser) (?:anzeige|werbung)"
    r"|(?:(?:der )?(?:artikel|text|beitrag) (?:geht|wird) |lesen sie )?(?:nach|unter)"
    r" (?:der|dieser) (?:anzeige|werbung) (?:weiter(?:lesen)?|fortgesetzt)"
    # Spanish, Italian, Portuguese: "Continúa después de la publicidad", "El artículo
    # sigue debajo", "L'articolo continua dopo la pubblicità", "Continua após a
    # publicidade", "A matéria continua abaixo"
    r"|(?:(?:la nota|el artículo|el texto|la noticia|l['’]articolo|il testo|a matéria"
    r"|o artigo|o texto|a notícia|a reportagem) )?(?:continúa|sigue|continua|prosegue|segue"
    r"|continue)(?: leyendo| a leggere| a ler)?"
    r" (?:después de|tras|debajo de|bajo|dopo|sotto|após|depois d[aoe]|abaixo d[aoe])"
    r" (?:la |el |este |esta |il |questa |questo |a |o )?(?:publicidad|anuncio|pubblicità"
    r"|annuncio|publicidade|anúncio|propaganda)"
    r"|(?:la nota|el artículo|la noticia|l['’]articolo|il testo|a matéria|o artigo|o texto"
    r"|a notícia) (?:continúa|sigue|continua|prosegue) (?:abajo|debajo|sotto|di seguito"
    r"|abaixo|a seguir)"
    # Dutch, Swedish, Danish, Norwegian, Finnish
    r"|lees verder (?:na|onder) (?:de|deze) (?:advertentie|reclame)"
    r"|(?:het )?(?:artikel|verhaal|bericht) gaat (?:verder )?(?:na|onder) (?:de|deze)"
    r" (?:advertentie|reclame)(?: verder)?"
    r"|(?:artikeln|texten) fortsätter (?:efter|under|nedanför) (?:annonsen|reklamen)"
    r"|(?:artiklen|teksten|historien) fortsætter (?:efter|under) (?:annoncen|reklamen)"
    r"|(?:artikkelen|saken|teksten) fortsetter (?:etter|under) (?:annonsen|reklamen)"
    r"|(?:artikkeli|juttu|teksti) jatkuu mainoksen (?:jälkeen|alla)"
    # Polish, Czech, Slovak, Romanian, Hungarian, Croatian and Serbian
    r"|dalsz[ya] (?:część|ciąg) (?:artykułu|tekstu|materiału) (?:pod|poniżej) reklamą"
    r"|czytaj dalej (?:pod|po) reklam(?:ą|ie)"
    r"|(?:pokračování|pokračovanie) (?:článku|textu) (?:pod|za) reklamou"
    r"|(?:článek|článok|text) pokračuje (?:pod|za) reklamou"
    r"|(?:articolul continuă|continuarea articolului) (?:după|sub) (?:reclamă|publicitate)"
    r"|a cikk a hirdetés (?:után|alatt) folytatódik"
    r"|(?:(?:članak|tekst) se nastavlja|nastavak (?:članka|teksta)) (?:ispod|nakon)"
    r" (?:oglasa|reklame)"
    # Russian, Ukrainian, Indonesian
    r"|продолжение (?:статьи |материала )?(?:ниже|после рекламы)"
    r"|(?:статья|материал) продолжается (?:ниже|после рекламы)"
    r"|продовження (?:статті |матеріалу )?(?:нижче|після реклами)"
    r"|(?:artikel|berita) (?:berlanjut|dilanjutkan) (?:setelah|di bawah) iklan"
    r"|(?:scroll|gulir) (?:ke bawah )?untuk (?:melanjutkan|lanjut)(?: membaca)?"
    r")\W*$",
    re.IGNORECASE,
)
#: An ad slot's cue is at most this many words.
AD_SLOT_CUE_MAX_WORDS = 10


def is_ad_slot_cue(line: str) -> bool:
    """Whether a line is only an ad slot's note that the text goes on after it (module
    docstring): "Article continues after this advertisement", "Story continues below",
    "La suite après la publicité", "Weiterlesen nach der Anzeige".

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        False for a sentence going on after such words ("The story continues below the
        surface of the lake.").
    """
    return _at_most_words(line, AD_SLOT_CUE_MAX_WORDS) and _AD_SLOT_CUE.match(line) is not None


@once_per_page  # asked of a body's lines by the body, the listing and the paywall tests
def is_site_prompt(line: str) -> bool:
    """Whether a line is the site's prompt to its reader (module docstring).

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True for a call to act that names its channel, in at most
        :data:`PROMPT_MAX_WORDS` words, a consent or sign-up notice's sentence in at
        most :data:`NOTICE_MAX_WORDS`, or an ad slot's cue (:func:`is_ad_slot_cue`).
    """
    # (most lines open with no call and hold none of the notice's words: the anchored
    # call and the words' look-up, in the line's caseless_lower, answer them at once)
    if is_call_to_act(line) or is_ad_slot_cue(line) or is_letters_policy(line):
        return True
    # (the word limit first: a paragraph over it is not scanned for the words)
    if not _at_most_words(line, NOTICE_MAX_WORDS):
        return False
    lowered = caseless_lower(line)
    if _is_mailing_line(lowered):
        return True
    return any(word in lowered for word in _NOTICE_WORDS) and _NOTICE.search(line) is not None


# A call to subscribe or to try the site's paid plan, opening a clause (English and the
# page languages' imperatives and offers: "Subscribe", "Abonnez-vous", "Abbonati",
# "Assine", "Suscríbete", "Abonnieren Sie", "Jetzt testen", "Neem een abonnement",
# "Zostań subskrybentem", "Abone olun", "Berlangganan"), with a price beside it
# (:func:`analysis.clean.paywall.has_price`: "$1", "R$ 1,90", "1 €", "1 zł").
_SUBSCRIBE_CALL = re.compile(
    r"^\W*(?:(?:please\s+)?subscribe|start (?:your|a) (?:free )?(?:trial|subscription)"
    r"|abonnez|abonne-toi|abonnieren|jetzt (?:testen|abonnieren|abo)|abbonati|abbonatevi"
    r"|assine|suscr[ií]bete|suscríbase|abonneer|neem (?:een|nu een) (?:proef)?abonnement"
    r"|zostań (?:subskrybentem|prenumeratorem)|zaprenumeruj|wykup|prenumerera|abonnér"
    r"|abone ol|berlangganan|langganan|pretplatite se|předplaťte"
    # a membership plan offered the same way ("Become a member for $1 a week", "Hazte
    # socio por 1 euro", "Devenez abonné pour 1 €", "Werden Sie Mitglied für 1 Euro",
    # "Torne-se assinante por R$ 1,90", "Diventa socio a 1 €")
    r"|become a (?:paying |digital )?(?:member|subscriber|supporter|patron)"
    r"|hazte (?:socio|socia|miembro|suscriptor|suscriptora|mecenas)"
    r"|devenez (?:abonné|abonnée|membre)|werden sie (?:mitglied|abonnent)"
    r"|torne-se (?:assinante|membro|sócio)|diventa (?:socio|abbonato|membro))\b",
    re.IGNORECASE,
)
# A price written with the currency's word after the figure ("por 1 euro", "for 2
# dollars", "für 1 Euro", "za 1 złoty", "por 2 reais"), which a paywall's sign test
# (:func:`analysis.clean.paywall.has_price`) does not read: the currencies' words in the
# page languages, read only beside a call to subscribe.
_PRICE_IN_WORDS = re.compile(
    r"\b\d+(?:[.,]\d{1,2})?\s+(?:euros?|dollars?|dólares|pounds?|pesos|reais|real|rupees?"
    r"|rupias|francs?|francos|zł(?:oty|otych|ote)|liras?|lire|kronor|kroner|korun|rand"
    r"|shillings?|naira|cedis?|yen|yuan|rubl(?:es|ei|ey)?|рубл\w*|гривн\w*)\b",
    re.IGNORECASE,
)
# Where a clause opens inside a line (after a sentence's or a clause's mark).
_CLAUSE_BREAK = re.compile(r"(?<=[.!?:;,])\s+")


def is_priced_offer(line: str) -> bool:
    """Whether a line is the site's offer of its paid plan at a price (h429): "Subscribe
    for $1 for 6 months", "Subscribe now for just $1 a week", "Become a member for $1
    a week", "You've read all of your
    free articles. Subscribe for $1 ...", "Abbonati a 1 € al mese ...", "Assine a Gazeta
    por R$ 1,90 no primeiro mês", "Pour lire tous nos contenus, abonnez-vous à partir de
    1 € ...".

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True for a line of at most :data:`PROMPT_MAX_WORDS` words in which a clause
        opens with a call to subscribe (:data:`_SUBSCRIBE_CALL`) and that names a price
        (:func:`~analysis.clean.paywall.has_price`, or a figure and a currency's word:
        "por 1 euro", :data:`_PRICE_IN_WORDS`); a story's sentence about a
        service's price names its subscribers, it does not open by telling the reader
        to subscribe.
    """
    from analysis.clean.paywall import has_price  # (paywall reads this module's prompts)

    if not _at_most_words(line, PROMPT_MAX_WORDS) or not (
        has_price(line) or _PRICE_IN_WORDS.search(line)
    ):
        return False
    return any(_SUBSCRIBE_CALL.match(clause) for clause in _CLAUSE_BREAK.split(line))


# A newsletter edition's lines about the mailing itself, printed above or under its
# items: the question to a reader it was forwarded to ("Was this forwarded to you? Sign
# up ...", "Je li vam ovaj newsletter netko proslijedio?", "このメールは転送されましたか"),
# a question with a verb of forwarding and the mailing or its reader, and the notice why
# the reader gets it ("You are receiving this email because ...", "Primate ovaj e-mail
# jer ste se pretplatili ...", "Vous recevez cet e-mail car ..."), with the unsubscribe
# links after it: English, German, French, Spanish, Italian, Portuguese, Dutch, Croatian
# / Bosnian / Serbian, Slovenian, Polish, Czech, Russian, Ukrainian, Japanese (h401; the
# languages' words for the mailing, no tuned value).
_FORWARDED_QUESTION = re.compile(
    r"[^.!?。？]*(?:\bforwarded\b|\bforward (?:you|this)\b|weitergeleitet|transférée?\b"
    r"|reenviad[oa]\b|\breenviado\b|inoltrat[oa]\b|encaminhad[oa]\b|doorgestuurd\b|proslijedi(?:o|la|li)\b"
    r"|prosledi(?:o|la|li)\b|posredoval[a]?\b|przesłał[a]?\b|przekazał[a]?\b|přeposlal[a]?\b"
    r"|пересла(?:л[аи]?|в)\b|転送され)[^.!?。？]*[?？]"
)
# Its reader, or the mailing as "this", named in that question (Japanese names the
# mail: it drops the pronoun).
_MAILING_OR_READER = re.compile(
    r"メール|\b(?:this|you|vam|ti|vi|ihnen|dir|euch|vous|te|você|vocês|je|jou|ci|wam"
    r"|vám|ti|вам|тебе|вас|vas)\b"
)
_MAILING_NOTICE = re.compile(
    r"\byou(?:['’]re| are) receiving this\b|\bsie erhalten diese[n]? (?:newsletter|e-?mail)"
    r"|\bvous recevez (?:cet|cette|ce) (?:e-?mail|newsletter|courriel|lettre)"
    r"|\brecibes (?:este|esta) (?:correo|boletín|e-?mail|newsletter)"
    r"|\bricevi questa (?:e-?mail|newsletter)|\b(?:está|estás) recebendo (?:este|esta)\b"
    r"|\bje ontvangt deze (?:e-?mail|nieuwsbrief)|\botrzymujesz (?:tę|ten) (?:wiadomość|newsletter)"
    r"|\bprimate ovaj (?:e-?mail|newsletter|bilten)|\bвы получили это письмо\b"
    r"|\bви отримуєте (?:цей|цього) (?:лист|розсилку)|配信停止"
)
# Stems one of which a line holds when either can match it (the cheap test first).
_MAILING_STEMS = (
    "forward",
    "weitergeleit",
    "transfér",
    "reenvi",
    "inoltrat",
    "encaminh",
    "doorgestuurd",
    "proslijed",
    "prosled",
    "posredoval",
    "przesłał",
    "przekazał",
    "přeposlal",
    "пересла",
    "転送",
    "receiving this",
    "erhalten diese",
    "vous recevez",
    "recibes est",
    "ricevi questa",
    "recebendo est",
    "ontvangt deze",
    "otrzymujesz",
    "primate ovaj",
    "получили это",
    "отримуєте",
    "配信停止",
)


def _is_mailing_line(lowered: str) -> bool:
    """Whether a line (lower case) is a newsletter's question to a reader it was
    forwarded to or its notice why the reader gets it (:data:`_MAILING_NOTICE`)."""
    if not any(stem in lowered for stem in _MAILING_STEMS):
        return False
    if _MAILING_NOTICE.search(lowered):
        return True
    question = _FORWARDED_QUESTION.search(lowered)
    return question is not None and _MAILING_OR_READER.search(question.group()) is not None


def is_call_to_act(line: str) -> bool:
    """Whether a line is the site's call to its reader to act (module docstring): it
    opens with a call (:data:`_CALL`: "Follow", "Download", "Simak") and names the
    channel it asks for (:data:`_CHANNEL`: "Google News", "our app", "newsletter"), in
    at most :data:`PROMPT_MAX_WORDS` words; or it offers the site's paid plan at a price
    (:func:`is_priced_offer`); a consent or sign-up box's notice is no call
    (:func:`is_site_prompt` holds both).

    Parameters
    ----------
    line : str
        A line of the page's text or of an HTML page's main text.

    Returns
    -------
    bool
        False for a story's sentence about an app or a newsletter, which opens otherwise.
    """
    return (
        _CALL.search(line) is not None
        and _at_most_words(line, PROMPT_MAX_WORDS)
        and _CHANNEL.search(line) is not None
    ) or is_priced_offer(line)


def names_channel(line: str) -> bool:
    """Whether a line names a channel a call to act asks for (:data:`_CHANNEL`: "your
    inbox", "the newsletter", "our app"), whatever it opens with: a sign-up box's pitch
    under its call ("Get our newsletter" over "The week's best stories, in your inbox
    every Friday.").

    Parameters
    ----------
    line : str
        A line of the page.

    Returns
    -------
    bool
    """
    return _CHANNEL.search(line) is not None


# A note about the site or its publisher, labelled as such: "About us:" in English and
# five more languages, or "About" and a name in capitals ("About the Harbour Courier:",
# "About Costa Weekly:"; up to five words after a leading "the": "About the author:" is
# a biography's label, "About 300 people" no label), then its text.
_ABOUT_US = re.compile(
    r"^\W*(?:about us|über uns|à propos de nous|qui sommes-nous|sobre nosotros|quiénes somos"
    r"|chi siamo|over ons|sobre nós|quem somos"
    # Russian, Ukrainian, Polish, Czech, Romanian, Swedish / Norwegian, Danish, Turkish,
    # Indonesian, Arabic, Persian, Hindi, Bengali: the label's common words (h416)
    r"|о нас|об издании|про нас|o nas|o nás|despre noi|om oss|om os|hakkımızda"
    r"|tentang kami|من نحن|درباره ما|हमारे बारे में|আমাদের সম্পর্কে)\s?:\s+\S",
    re.IGNORECASE,
)
_ABOUT_NAME = re.compile(
    r"^\W*About (?:the )?[A-Z][\w'’&.-]*(?: (?:of |for |and |& )?[A-Z][\w'’&.-]*){0,4}"
    r"\s?:\s+\S"
)
# "About" and a name as a heading of its own (no colon, no text after it): the name.
_ABOUT_HEADING = re.compile(
    r"^\W*About (?:the )?(?P<name>[A-Z][\w'’&.-]*(?: (?:of |for |and |& )?[A-Z][\w'’&.-]*){0,4})"
    r"\s*$"
)
# The openings of such notes, lower-cased (a line opening with none is answered at once).
_ABOUT_STARTS = (
    "about ",
    "über uns",
    "à propos de nous",
    "qui sommes-nous",
    "sobre nosotros",
    "quiénes somos",
    "chi siamo",
    "over ons",
    "sobre nós",
    "quem somos",
    "о нас",
    "об издании",
    "про нас",
    "o nas",
    "o nás",
    "despre noi",
    "om oss",
    "om os",
    "hakkımızda",
    "tentang kami",
    "من نحن",
    "درباره ما",
    "हमारे बारे में",
    "আমাদের সম্পর্কে",
)


def is_about_note(line: str) -> bool:
    """Whether a line is the site's note about itself (module docstring): a label
    "About us:" or "About" and a name in capitals, a colon, then its text.

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True for such a line of at most :data:`NOTICE_MAX_WORDS` words.
    """
    opening = line.lstrip(" \t*•-").lower()
    if not opening.startswith(_ABOUT_STARTS) or len(line.split()) > NOTICE_MAX_WORDS:
        return False  # most lines: no such opening
    return _ABOUT_US.match(line) is not None or _ABOUT_NAME.match(line) is not None


def is_about_heading(line: str, next_line: str) -> bool:
    """Whether a line is the heading of a note about a company or a site: "About" and a
    name in capitals, alone on its line ("About Lumen Rail", a press release's
    boilerplate), over a line opening with that name ("Lumen Rail operates ...").

    Parameters
    ----------
    line : str
        One line of the page.
    next_line : str
        The page's next non-blank line.

    Returns
    -------
    bool
        False when the next line does not open with the name, or with a short clause
        and a comma then the name's first word ("Founded in 2009, Acme makes ..."):
        "About Time" heading a section of the story.
    """
    if not line.lstrip(" \t*•-#").startswith("About "):
        return False  # most lines: no such opening
    match = _ABOUT_HEADING.match(line.strip())
    if match is None:
        return False
    name = match["name"]
    opening = next_line.strip()
    clause = _OPENING_CLAUSE.match(opening)
    if clause is not None and not opening.startswith(name):
        # "Founded in 2009, Acme makes ...": the name after a short opening clause, its
        # first word enough ("About Acme Outdoor Co." over "..., Acme makes ...")
        opening = opening[clause.end() :]
        name = name.split()[0]
    if opening[:4].lower() == "the ":  # "About the Courier" over "The Courier is ..."
        opening = opening[4:]
    return opening.startswith(name) and not opening[len(name) : len(name) + 1].isalnum()


# A short clause a company's boilerplate opens with before its name, closed by a comma:
# "Founded in 2009, ", "Since 1998, ", "Headquartered in Oslo, " (at most five words).
_OPENING_CLAUSE = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’.-]+){0,4}, ")


# The opening of the site's pitch to its reader under a story (support, a newsletter,
# a call for contributions), in English: "Before you go:", "Thanks for reading", "If you
# enjoyed this article", "If you value our journalism", "We hope you enjoyed", the
# question a pitch opens with ("Like this story?", "Enjoyed this article?", "Did you
# enjoy reading this?"), an opinion page's call for op-eds ("Want to write for us?",
# "Interested in writing for us?") and a newsroom's call for tips, a question to the
# reader ("Have a story for us?", "Got a tip?", "Do you have information about this
# story?", "Do you know more?").
_PITCH_OPENING = re.compile(
    r"^\W*(?:before you go\s*[:,—–-]|thanks? (?:you )?for reading\b|we hope you (?:enjoyed|liked)\b"
    r"|if you (?:have )?(?:enjoyed|liked|valued?|appreciated?) (?:this|our|reading)\b"
    r"|(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:(?:this|our) (?:story|article"
    r"|piece|post|column|newsletter|journalism|reporting|content|read)|reading (?:this|it))"
    r"\b[^.!?]{0,20}\?"
    r"|(?:want|would you like|interested in|fancy) (?:to )?writ(?:e|ing) for us\b"
    r"|(?:do you )?(?:have|got|know) (?:a |any )?(?:news )?(?:story|tips?|information|more)"
    r"(?: idea| to share| for us| about (?:this|the) (?:story|issue|case))?\s*\?"
    # a nonprofit newsroom's republishing box, opened by its label alone on the line
    # ("Republish this story", "Republish this article"; Spanish, Portuguese, French:
    # "Republica esta historia", "Republique esta reportagem", "Republier cet article")
    # over its licence and the story's copy to paste (h429)
    r"|(?:republish (?:this|our) (?:story|article|piece|stories|articles)"
    r"|republica(?:r)? est[ae] (?:historia|nota|noticia|artículo|reportaje)"
    r"|republique (?:est[ae]|o|a) (?:reportagem|matéria|texto|história|artigo)"
    r"|republier (?:cet article|ce reportage|cette enquête))\W*$)",
    re.IGNORECASE,
)
# The words a pitch's opening starts with (read before the pattern: most lines open
# with none of them).
_PITCH_FIRST_WORDS = (
    "before",
    "thank",
    "we hope",
    "if you",
    "like",
    "enjoy",
    "did you",
    "love",
    "want",
    "would you",
    "interested",
    "fancy",
    "republi",
    "do you",
    "have",
    "got",
    "know",
)


def is_reader_pitch(line: str) -> bool:
    """Whether a line opens the site's pitch to its reader under the story (module
    docstring): "Before you go: ...", "Thanks for reading ...", "If you enjoyed this
    story, ...", "Like this story? Get our weekly briefing ...", "Want to write for us?
    Send your pitch ...".

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True for a line opening with a pitch's words.
    """
    opening = line.lstrip(" \t*•-").lower()
    if not opening.startswith(_PITCH_FIRST_WORDS):
        return False  # most lines: no such opening
    return _PITCH_OPENING.match(line) is not None


# A letters page's rules for its readers' letters, printed under a letter (h429's review):
# the letters named, then in the same sentence the most words or characters a letter may
# hold ("Letters should be no longer than 250 words and must include your full name",
# "Letters to the editor must be 300 words or fewer", "Les lettres ne doivent pas dépasser
# 2 000 signes", "Leserbriefe dürfen höchstens 1500 Zeichen lang sein", "Las cartas no
# deben exceder las 250 palabras", "As cartas devem ter no máximo 1.000 caracteres", "Le
# lettere non devono superare le 1.500 battute", "Ingezonden brieven zijn maximaal 250
# woorden"). The limit's words are the rule's: a story's letter "of 300 words" or "signed
# by 250 residents" states no limit.
_LETTER_WORD = (
    r"\b(?:letters?|lettres?|courrier des lecteurs|leserbriefe?|cartas?|lettere"
    r"|brieven|ingezonden (?:brieven|stukken)|listy)\b"
)
_LIMIT_BEFORE = (
    r"\b(?:(?:no|not) (?:longer|more) than|under|fewer than|less than|up to|at most"
    r"|(?:a )?maximum of|limited to|(?:not|should not|must not) exceed(?:ing)?"
    r"|dépasser|au (?:plus|maximum)|n['’]excédant pas|höchstens|maximal|nicht (?:mehr|länger) als"
    r"|exceder|superar|superare|(?:como |no )?máximo|no más de|ultrapassar|non più di|massimo"
    r"|maximaal|hooguit|niet (?:meer|langer) dan|nie więcej niż|maksymalnie)\b"
)
_LETTER_UNIT = (
    r"\d{1,4}(?:[.,\s\u00a0\u202f]\d{3})?\s+(?:words|mots|signes|caractères|zeichen|wörter"
    r"|worte|palabras|palavras|caracteres|parole|battute|caratteri|woorden|tekens|słów|znaków)\b"
)
_LETTERS_POLICY = re.compile(
    _LETTER_WORD
    + r"[^.]{0,80}?(?:"
    + _LIMIT_BEFORE
    + r"[^.\d]{0,20}?"
    + _LETTER_UNIT
    + r"|"
    + _LETTER_UNIT
    + r" or (?:fewer|less)\b)",
    re.IGNORECASE,
)


def is_letters_policy(line: str) -> bool:
    """Whether a line is a letters page's rules for its readers' letters: the letters
    named and, in the same sentence, the most words or characters one may hold ("Letters
    should be no longer than 250 words and must include your full name ...", "Letters to
    the editor must be 300 words or fewer"), in English and the page languages. It is the
    site's note to its reader under the letter, no part of it.

    Parameters
    ----------
    line : str
        One line, of a text dump or of an HTML page's main text.

    Returns
    -------
    bool
        False for a story's sentence about a letter's length ("a letter of 300 words")
        or its signatories, which states no limit; and for a line over
        :data:`NOTICE_MAX_WORDS` words.
    """
    return (
        any(char.isdigit() for char in line)
        and _at_most_words(line, NOTICE_MAX_WORDS)
        and _LETTERS_POLICY.search(line) is not None
    )


def _at_most_words(line: str, limit: int) -> bool:
    """Whether ``line`` holds at most ``limit`` whitespace-separated words:
    ``len(line.split()) <= limit``, without splitting a long paragraph to its end."""
    return len(line.split(None, limit)) <= limit
