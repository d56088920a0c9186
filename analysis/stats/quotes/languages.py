"""Reporting verbs and speaker-phrase words of the languages besides English, one place.

The attribution of quotations in these languages (:mod:`.foreign_attribution`) and the
dash quotations (:mod:`.dash_quotes`) read these lists; English keeps its own
(:mod:`.lexicon`). Every word is the language's own: inflected forms of verbs of saying,
telling, asking, answering, stressing, calling (as English ``REPORTING_VERBS``), the
auxiliaries of their compound tenses, and the closed classes that end a speaker's noun
phrase (prepositions, conjunctions, time words), start it (determiners) or join names
("de Vries", "di Parma").
"""

from __future__ import annotations

from analysis.stats.quotes.languages_further import (
    FURTHER_ACCORDING_TO,
    FURTHER_DETERMINERS,
    FURTHER_PHRASE_STOPS,
    FURTHER_PRONOUNS,
    FURTHER_REPORTING_VERBS,
    FURTHER_SKIPPED,
)
from analysis.stats.quotes.languages_more import (
    ACCORDING_AFTER_BY_LANGUAGE,
    EAST_ASIAN_LANGUAGES,
    MORE_ACCORDING_TO,
    MORE_DASH_STYLES,
    MORE_DETERMINERS,
    MORE_JOINERS,
    MORE_PHRASE_STOPS,
    MORE_PRONOUNS,
    MORE_REPORTING_VERBS,
    MORE_SKIPPED,
    MORE_TIME_WORDS,
)
from analysis.stats.quotes.languages_regional import (
    REGIONAL_ACCORDING_AFTER,
    REGIONAL_ACCORDING_TO,
    REGIONAL_DASH_STYLES,
    REGIONAL_PHRASE_STOPS,
    REGIONAL_PRONOUNS,
    REGIONAL_REPORTING_VERBS,
    REGIONAL_SKIPPED,
)
from analysis.stats.quotes.languages_world import (
    WORLD_ACCORDING_AFTER,
    WORLD_ACCORDING_TO,
    WORLD_DASH_STYLES,
    WORLD_DETERMINERS,
    WORLD_JOINERS,
    WORLD_PHRASE_STOPS,
    WORLD_PRONOUNS,
    WORLD_REPORTING_VERBS,
    WORLD_SKIPPED,
    WORLD_TIME_WORDS,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs of saying by ISO 639-1 code, lower case, as news prints them (present, past,
#: participle; third person).
REPORTING_VERBS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words(
        """dijo dice dicen dijeron decía dicho afirmó afirma afirman afirmaron afirmado
        aseguró asegura aseguran aseguraron asegurado explicó explica explican
        explicaron explicado añadió añade añaden añadieron añadido señaló señala
        señalaron señalado declaró declara declararon declarado comentó comenta
        comentado indicó indica indicado reconoció reconoce reconocido preguntó
        preguntaron preguntado respondió responde respondieron respondido contestó
        contesta advirtió advierte advertido insistió insiste subrayó subraya destacó
        destaca apuntó sostuvo sostiene manifestó manifiesta recordó recuerda agregó
        agrega precisó lamentó lamenta denunció criticó critica relató relata contó
        admitió admite expresó anunció anuncia opinó opina exclamó replicó apostilló
        sentenció concluyó escribió escribe llamado llamó llaman quejó gritó susurró
        bromeó confesó confiesa prometió promete prometieron explicaba
        aseguraba señalaba comentaba añadía afirmaba reconocía recordaba contaba advertía
        cuenta cuentan pregunta preguntan
        lamentaba insistía relataba publicó publica tuiteó tuitea informó informa
        informan informaron comunicó comunica comunican comunicaron
        acusó acusa acusan acusaron exigió exige exigieron reclamó reclama reclamaron"""
    ),
    "pt": _words(
        """disse diz dizem disseram dito afirmou afirma afirmam afirmaram afirmado
        declarou declara declarado explicou explica explicaram explicado acrescentou
        acrescenta contou perguntou perguntaram respondeu responde responderam garantiu
        garante ressaltou destacou salientou sublinhou comentou observou lembrou
        queixou admitiu reconheceu avisou alertou criticou defendeu insistiu concluiu
        escreveu escreve chamam chamou chamado anunciou informou relatou confessou
        desabafou gritou prometeu promete explicava afirmava dizia contava
        lembrava garantia completou completa publicou publica postou tuitou resumiu frisou
        resume resumia considerou considera consideram argumentou argumenta
        argumentaram acusou acusa acusaram reclamou reclama"""
    ),
    "fr": _words(
        """dit disent disait déclaré déclare déclarent affirmé affirme affirment
        expliqué explique expliquent ajouté ajoute ajoutent estimé estime estiment
        souligné souligne assuré assure confié confie indiqué indique précisé précise
        raconté raconte répondu répond demandé demande lancé lance martelé martèle
        reconnu reconnaît admis admet regretté regrette dénoncé dénonce déploré
        déplore insisté insiste rappelé rappelle prévenu prévient averti avertit
        commenté commente écrit écrivent confirmé confirme annoncé annonce exclamé
        exclame poursuit poursuivi conclut renchérit glisse glissé lâche lâché
        réagi réagit
        souffle soufflé résume résumé qualifié qualifie promis promet témoigne
        témoigné expliquait affirmait racontait sourit tweeté souvient souvenait
        interrogé interrogée interrogés interrogées interroge étonné étonnée étonnés
        indigné indignée indignés salué salue regrettait estimait soulignait
        confiait lançait glissait soufflait savourait reconnaissait déplorait assurait"""
    ),
    "it": _words(
        """detto dice dicono disse dichiarato dichiara spiegato spiega spiegano
        aggiunto aggiunge affermato afferma sottolineato sottolinea racconta
        raccontato commentato commenta ribadito ribadisce osservato osserva precisato
        precisa assicurato assicura annunciato annuncia risposto risponde chiesto
        chiede ammesso ammette denunciato criticato scritto scrive evidenziato
        avvertito insistito concluso confermato conferma ricordato ricorda chiamano
        chiamato sostenuto sostiene promesso promette parlato parla comunica comunicano"""
    ),
    "de": _words(
        """sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont
        meinte meint berichtete berichtet fügte fügt ergänzte ergänzt teilte teilt
        schrieb schreibt fragte fragt antwortete antwortet räumte kritisierte
        kritisiert warnte warnt forderte fordert bestätigte bestätigt versicherte
        versichert erzählte erzählt kommentierte unterstrich mahnte beklagte
        verkündete nannte nennt bezeichnete bezeichnet erläuterte erläutert versprach
        verspricht sprach spricht schilderte schildert kündigte kündigt"""
    ),
    "nl": _words(
        """zei zegt zeggen zeiden gezegd vertelde vertelt verteld aldus verklaarde
        verklaart benadrukte benadrukt stelde stelt voegde voegt antwoordde
        antwoordt vroeg vraagt schreef schrijft reageerde reageert waarschuwde
        waarschuwt meldde meldt noemde noemt legde legt liet merkte sprak spreekt
        belooft beloofde erkent erkende"""
    ),
    "sv": _words(
        """säger sa sade sagt berättar berättade berättat förklarar förklarade menar
        menade konstaterar konstaterade tillägger tillade svarar svarade frågar
        frågade skriver skrev understryker underströk betonar betonade påpekar
        påpekade hävdar hävdade uppger uppgav tycker tyckte kommenterar fortsätter
        fortsatte suckar kallar kallade"""
    ),
    "nb": _words(
        """sier sa sagt forteller fortalte forklarer forklarte mener mente legger la
        understreker påpeker svarer svarte spør spurte skriver skrev konstaterer
        opplyser opplyste hevder hevdet fortsetter kaller"""
    ),
    "da": _words(
        """siger sagde sagt fortæller fortalte forklarer forklarede mener mente
        tilføjer tilføjede understreger påpeger svarer svarede spørger spurgte
        skriver skrev konstaterer oplyser oplyste kalder"""
    ),
    "fi": _words(
        """sanoo sanoi sanovat sanoivat kertoo kertoi kertovat kertoivat toteaa totesi
        painottaa painotti korostaa korosti huomauttaa huomautti kysyy kysyi vastaa
        vastasi kirjoittaa kirjoitti selittää selitti muistuttaa muistutti jatkaa
        jatkoi lisäsi myöntää myönsi vakuuttaa vakuutti kuvailee kuvaili kutsuu todetaan
        todettiin"""
    ),
    "pl": _words(
        """powiedział powiedziała powiedzieli mówi mówią mówił mówiła dodał dodała
        dodaje dodają przekazał przekazała przekonuje stwierdził stwierdziła stwierdza
        podkreślił podkreśliła podkreśla wyjaśnił wyjaśniła wyjaśnia zapewnił
        zapewniła zapewnia ocenił oceniła ocenia zaznaczył zaznaczyła zaznacza
        poinformował poinformowała informuje zapowiada zapowiedział zapowiedziała
        tłumaczy tłumaczył tłumaczyła pyta zapytał zapytała odpowiada odpowiedział
        odpowiedziała przyznał przyznała przyznaje opowiada opowiadał opowiadała
        wspomina relacjonuje komentuje skomentował skomentowała zauważył zauważa
        twierdzi napisał napisała pisze nazywają nazywa nazwał ostrzega ostrzegł
        uważa przypomina przypomniał żartuje wzdycha wyznał wyznała wyznaje obiecał
        obiecała obiecuje skarży skarżył skarżyła żali żalił żaliła przekonywał
        przekonywała przekonywali"""
    ),
    "ru": _words(
        """сказал сказала сказали говорит говорят говорил говорила добавил добавила
        добавляет добавили заявил заявила заявили заявляет сообщил сообщила сообщает
        отметил отметила отмечает пояснил пояснила поясняет подчеркнул подчеркнула
        подчёркивает подчеркивает рассказал рассказала рассказывает считает считают
        ответил ответила отвечает спросил спросила спрашивает признался призналась
        признаёт признает уточнил уточнила объяснил объяснила объясняет заверил
        заверила пообещал пообещала вздыхает вздохнул вздохнула написал написала
        пишет назвал назвала называют предупредил воскликнул продолжил продолжает признался
        обещает сообщили отметили пояснили рассказали подчеркнули уточнили ответили
        объяснили заверили пообещали написали назвали предупредили говорится"""
    ),
    "uk": _words(
        """сказав сказала сказали каже кажуть говорить говорив говорила додав додала
        додає заявив заявила заявили заявляє повідомив повідомила повідомляє зазначив
        зазначила зазначає пояснив пояснила пояснює наголосив наголосила наголошує
        розповів розповіла розповідає вважає вважають відповів відповіла відповідає
        запитав запитала спитав спитала зізнався зізналася визнав визнала запевнив
        запевнила пообіцяв пообіцяла написав написала пише назвав назвала називають
        зауважив зауважила підкреслив підкреслила продовжив продовжила зітхає повідомили
        зазначили пояснили розповіли наголосили відповіли запевнили пообіцяли написали
        підкреслили йдеться"""
    ),
    "tr": _words(
        """dedi der diyor dediler diye diyen söyledi söylüyor açıkladı belirtti
        vurguladı kaydetti anlattı sordu yanıtladı ekledi konuştu ifadelerini
        ifadesini kullandı diyerek yazdı paylaştı belirtildi denildi bildirildi
        vurgulandı kaydedildi değerlendirmesinde bildirdi uyardı duyurdu"""
    ),
    "id": _words(
        """kata katanya ujar ujarnya tutur tuturnya ucap ucapnya jelasnya mengatakan
        menyatakan menjelaskan menambahkan menegaskan mengungkapkan menuturkan
        menyebut menyebutkan bertanya menjawab ungkap ungkapnya tegasnya imbuh
        imbuhnya pungkas pungkasnya terangnya berkata memberitahu menulis tulis tulisnya
        dikatakan disampaikan diungkapkan dijelaskan ditegaskan"""
    ),
}

#: A preposition that opens a sentence with the person whose view the sentence gives
#: ("Pour Claire Dumas, présidente du club, « ... »", "Para o vereador Nuno Sá, a
#: medida \"chega tarde\"": in X's view), capitalised at the sentence's start only (in
#: the sentence it is "for"). Lower case.
OPINION_OPENERS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": _words("pour"),
    "es": _words("para"),
    "pt": _words("para"),
    "it": _words("per"),
}

#: The conjunction "as" opening a clause of saying before a quote ("Jak podkreśliła
#: radna X, „...”", "Как отметила министр, «...»", "Como señaló la alcaldesa, «...»",
#: "Comme l'a souligné le maire, « ... »", "Wie der Bürgermeister betonte, ..."): no
#: speaker, which is the phrase after the verb (or, verb last, between the two).
#: Lower case.
AS_CONJUNCTIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("como"),
    "pt": _words("como"),
    "ca": _words("com"),
    "fr": _words("comme"),
    "it": _words("come"),
    "ro": _words("cum"),
    "de": _words("wie"),
    "nl": _words("zoals"),
    "pl": _words("jak"),
    "cs": _words("jak"),
    "sk": _words("ako"),
    "ru": _words("как"),
    "uk": _words("як"),
    "id": _words("seperti"),
}

#: Words that attribute a quote only right after its closing mark and a comma, where
#: they stand for a verb of saying ("„...“, so die Ministerin"; elsewhere German "so" is
#: an adverb). Lower case.
QUOTE_TAGS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": _words("so"),
}

#: "According to" (English's cue), a preposition before its speaker: "selon le maire X",
#: "según X", "laut X", "по словам X" ("by the words of"). Lower case.
ACCORDING_TO_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("según"),
    "pt": _words("segundo"),
    "fr": _words("selon"),
    "it": _words("secondo"),
    "de": _words("laut"),
    "nl": _words("volgens"),
    "sv": _words("enligt"),
    "nb": _words("ifølge"),
    "da": _words("ifølge"),
    "pl": _words("według"),
    "ru": _words("словам"),
    "uk": _words("словами"),
    "id": _words("menurut"),
}

#: Words that may stand between a closing mark and a verb of saying, or between a
#: speaker and the verb: the auxiliaries of compound tenses ("a déclaré", "ha detto";
#: their conditional, which police and court copy uses to report what someone is said to
#: have said: "aurait déclaré", "avrebbe detto", "habría dicho", "teria dito"),
#: object clitics ("la han llamado"), the Turkish topic particle ("X ise") and the
#: Slavic "however", which stands after the verb or the subject ("povedal však X").
SKIPPED_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("ha han había habían habría habrían la lo le les los las se me te nos"),
    "pt": _words("tem têm tinha tinham havia teria teriam a o se lhe"),
    "fr": _words("a ont avait avaient aurait auraient l' lui leur s' se"),
    "it": _words("ha hanno aveva avevano avrebbe avrebbero è sono lo la le gli si ci"),
    "de": _words("hat haben hatte hatten"),
    "nl": _words("heeft hebben had hadden"),
    "sv": _words("har hade"),
    "nb": _words("har hadde"),
    "da": _words("har havde"),
    "fi": _words("on ovat oli olivat"),
    "pl": _words("się jednak"),
    "ru": _words("однако"),
    "uk": _words("однак"),
    "tr": _words("ise de da"),
    "id": _words("juga pun"),
}

#: Lower-case words that end a speaker's phrase read forward from its verb: the
#: prepositions, conjunctions and time words that follow it ("dijo el alcalde a los
#: periodistas", "säger Anna Berg till tidningen").
PHRASE_STOPS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words(
        "a al ante en con que para por sobre tras durante ayer hoy y e o pero mientras "
        "cuando desde hasta según sin este esta"
    ),
    "pt": _words(
        "a ao aos à às em no na nos nas com que para por sobre após durante ontem hoje "
        "e ou mas quando desde até segundo sem neste nesta"
    ),
    "fr": _words(
        "à au aux en dans avec que qui pour par sur après lors pendant hier et ou mais "
        "quand depuis selon sans devant auprès ce cette"
    ),
    "it": _words(
        "a al alla ai agli in nel nella con che per su dopo durante ieri oggi e o ma "
        "quando dal dalla secondo senza questo questa"
    ),
    "de": _words(
        "am im in an auf mit für nach bei vor während gestern heute und oder aber als "
        "wenn dass seit laut ohne zu zum zur hinzu"
    ),
    "nl": _words(
        "aan in op met voor na bij tijdens gisteren vandaag en of maar toen als dat "
        "sinds volgens zonder tegen eraan toe"
    ),
    "sv": _words(
        "till i på med för efter vid under igår idag och eller men när att sedan enligt utan om mot"
    ),
    "nb": _words("til i på med for etter ved under og eller men når at siden ifølge uten om mot"),
    "da": _words("til i på med for efter ved under og eller men når at siden ifølge uden om mod"),
    "fi": _words("ja tai mutta kun että"),
    "pl": _words(
        "z ze w we na do dla od po przy podczas wczoraj dziś i a ale lub gdy że według bez o"
    ),
    "ru": _words("в во на с со для от по при вчера сегодня и а но или когда что о об"),
    "uk": _words("в у на з зі для від по при вчора сьогодні і й та а але або коли що про"),
    "tr": _words("ve ama"),
    "id": _words("kepada pada di dan tetapi saat ketika yang bahwa dalam dengan untuk dari"),
}

#: Time words a verb of saying may carry before its inverted subject ("explicaba ayer
#: el vecino X", "sagte gestern X"): stepped over there, they end a phrase elsewhere.
TIME_WORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("ayer hoy anoche luego después entonces posteriormente antes"),
    "pt": _words("ontem hoje depois então posteriormente antes"),
    "fr": _words("hier aujourd'hui puis ensuite alors auparavant"),
    "it": _words("ieri oggi poi allora successivamente prima"),
    "de": _words("gestern heute später danach dann anschließend zuvor damals darauf"),
    "nl": _words("gisteren vandaag later daarna dan eerder vervolgens"),
    "sv": _words("igår idag senare därefter då tidigare"),
    "nb": _words("senere deretter da tidligere"),
    "da": _words("senere derefter da tidligere"),
    "pl": _words("wczoraj dziś później potem następnie wcześniej"),
    "ru": _words("вчера сегодня позже затем потом ранее"),
    "uk": _words("вчора сьогодні пізніше потім згодом раніше"),
    "id": _words("kemarin"),
}

#: Prepositions and determiners before a weekday's name (:data:`~analysis.clean.
#: cldr_months.CLDR_WEEKDAY_NAMES`) that tells the day a quote was said, between a verb
#: of saying and its subject ("заявил в понедельник X", "powiedział w środę X",
#: "aseguró este martes X", "dijo el lunes X", "disse nesta terça-feira X", "sagte am
#: Montag X"): the day is stepped over before the speaker, lower case.
DAY_PREPOSITIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "ru": _words("в во"),
    "uk": _words("в у"),
    "pl": _words("w we"),
    "de": _words("am"),
    "es": _words("el este"),
    "pt": _words("na no nesta neste nessa nesse"),
    "fr": _words("ce"),
}

#: Prepositions that open a Slavic role's complement between the role and the name
#: ("председатель комитета по транспорту X", "министр по чрезвычайным ситуациям X",
#: "голова комітету з питань транспорту X", "wiceminister do spraw transportu X"),
#: lower case, each a tuple of words: the speaker's phrase runs on through the
#: complement's lower-case words to the name, which they end elsewhere. Italian names a
#: council's portfolio with "a" and the article, the portfolio capitalised as a body's
#: name ("l'assessore alla Mobilità X", "assessore al Bilancio X", "delegato allo Sport
#: X", "assessora alle Politiche sociali X").
ROLE_COMPLEMENT_PREPOSITIONS_BY_LANGUAGE: dict[str, tuple[tuple[str, ...], ...]] = {
    "ru": (("по",),),
    "uk": (("з", "питань"), ("у", "справах"), ("по",)),
    "pl": (("do", "spraw"),),
    "it": (("al",), ("alla",), ("allo",), ("alle",), ("ai",), ("agli",)),
}

#: Determiners: a speaker's phrase may open with one ("el alcalde", "der Bürgermeister"),
#: or hold one after a joining word ("el portavoz de la cooperativa").
DETERMINERS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("el la los las un una unos unas su sus"),
    "pt": _words("o a os as um uma uns umas seu sua"),
    "fr": _words("le la les l' un une des son sa ses"),
    "it": _words("il lo la i gli le l' un uno una un' suo sua"),
    "de": _words("der die das den dem des ein eine einer einem einen sein seine ihr ihre"),
    "nl": _words("de het een zijn haar"),
    "sv": _words("en ett den det"),
    "nb": _words("en et ei den det"),
    "da": _words("en et den det"),
}

#: Determiners of a genitive that may follow a role's noun inside its phrase ("der
#: Sprecher des Ministeriums", "ein Sprecher der Stadt", "ο πρόεδρος του συλλόγου");
#: elsewhere a determiner after
#: a noun opens another phrase ("sagte Lang der Zeitung").
GENITIVE_DETERMINERS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": _words("des der"),
    "el": _words("του της των"),
}
#: Nouns of a medium that a quote is told to, in the dative after the speaker ("sagte
#: der Bürgermeister der Zeitung", "der Deutschen Presse-Agentur"): a determiner before
#: one opens no genitive. Lower case.
MEDIA_NOUNS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": _words(
        "zeitung tageszeitung nachrichtenagentur presse-agentur agentur redaktion deutschen "
        "dpa zeit welt presse"
    ),
    "ar": _words("صحيفة جريدة وكالة إذاعة قناة مجلة موقع تلفزيون شبكة"),
}

#: Prefixes a medium's noun (:data:`MEDIA_NOUNS_BY_LANGUAGE`) is written joined to when
#: a quote is told to it, after the speaker (Arabic "ل", to: "قال X لصحيفة Y", X told
#: newspaper Y; "لـوكالة"): the speaker's phrase ends there.
DATIVE_PREFIXES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"ar": ("لـ", "ل")}

#: Joining words inside a speaker's phrase: "una visitatrice di Parma", "Annelies de
#: Vries", "el consejero de Agricultura".
JOINERS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("de del"),
    "pt": _words("de do da dos das"),
    "fr": _words("de du d' des"),
    "it": _words("di del della dei delle da"),
    # German names of Dutch or Low German origin: "Gisela van Dyck" ("der" is the
    # article, "zu" a preposition, never joiners here)
    "de": _words("von van ter ten"),
    "nl": _words("de van der den ter ten"),
    "ca": _words("de del dels d'"),
    # Romanian "Purtătorul de cuvânt al prefecturii", "Inspectoratului de Poliție"
    "ro": _words("de din al ai ale"),
    # Malay and Indonesian patronymics: "Ahmad Fauzi bin Abdullah", "Siti Aminah binti Osman"
    "id": _words("bin binti"),
}

#: The conjunction joining the two surnames of a person's name ("Jordi Vall i Roca",
#: "José Ortega y Gasset"), between capitalised words only: inside an
#: appositive name (:func:`~analysis.stats.quotes.foreign_speakers._appositive_name`)
#: it joins, elsewhere it is "and" and ends a phrase.
SURNAME_CONJUNCTIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("y"),
    "ca": _words("i"),
}

#: Words that open a sentence taking up the quote before it as the object of the verb
#: of saying that follows them ("„…“ Das sagte X", "«…». Об этом заявил X", "Así lo
#: aseguró X", "C'est ce qu'a déclaré X", "È quanto ha dichiarato X", "Foi o que disse
#: X", "Tak powiedział X", "Bunu X söyledi"), lower case, each a tuple of words: the
#: speaker is then read around the verb as right after a quote's closing mark. After
#: one ending in "que" (a cleft: "Foi assim que X resumiu") the speaker may stand
#: before the verb.
RESUMPTIVES_BY_LANGUAGE: dict[str, tuple[tuple[str, ...], ...]] = {
    "de": (("das",), ("dies",)),
    "ru": (("об", "этом"), ("это",), ("так",)),
    "uk": (("про", "це"), ("це",), ("так",)),
    "es": (("así", "lo"), ("lo",), ("así",)),
    "pt": (
        ("foi", "o", "que"),
        ("é", "o", "que"),
        ("foi", "assim", "que"),  # a cleft: "Foi assim que o vereador X resumiu"
        ("é", "assim", "que"),
        ("assim",),
    ),
    "fr": (
        ("c'est", "ce", "qu'a"),
        ("c'est", "ce", "qu'ont"),
        ("c'est", "ce", "que"),
        ("c'est", "ce"),  # before "qu'affirme" (:data:`ELIDED_QUE_BY_LANGUAGE`)
        ("c'est", "ainsi", "que"),  # a cleft: "C'est ainsi que le maire X a résumé"
        ("ainsi",),
    ),
    "it": (("è", "quanto"), ("lo",), ("così",)),
    "pl": (("o", "tym"), ("tak",), ("to",)),
    "tr": (("bunu",),),
    "hi": (("यह",),),  # "यह कहना है X का": this is X's saying
    "id": (("demikian",), ("hal", "itu"), ("hal", "tersebut")),
}

#: "So-called" right before an opening mark ("die sogenannte „Behelfsbrücke“", "так
#: называемый «временный»", "tzw. „droga śmierci”", "तथाकथित "मॉडल अस्पताल"", "ما يسمى
#: «الخطة»", "sözde", "yang disebut"): the span is a term the writer names, no one's
#: words (the English rules' "so-called"). Each entry is the word that must stand before
#: (or None) and the stem the word before the mark opens with, lower case.
SO_CALLED_BY_LANGUAGE: dict[str, tuple[tuple[str | None, str], ...]] = {
    "de": ((None, "sogenannt"), (None, "sog")),
    "nl": ((None, "zogenaamd"), (None, "zgn")),
    "ru": (("так", "называем"),),
    "uk": (("так", "зван"), (None, "так-зван")),
    "bg": (("така", "наречен"),),
    "pl": ((None, "tzw"), ("tak", "zwan")),
    "cs": ((None, "tzv"), (None, "takzvan")),
    "sk": ((None, "tzv"), (None, "takzvan")),
    "hr": ((None, "tzv"), (None, "takozvan")),
    "sr": ((None, "тзв"), (None, "такозван")),
    "it": ((None, "cosiddett"), (None, "cosidett")),
    "fr": ((None, "soi-disant"),),
    "ro": ((None, "așa-numit"), (None, "aşa-numit")),
    "el": ((None, "λεγόμεν"), (None, "αποκαλούμεν")),
    "hu": ((None, "úgynevezett"), (None, "ún")),
    "tr": ((None, "sözde"), (None, "sözümona")),
    "id": (("yang", "disebut"),),
    "hi": ((None, "तथाकथित"),),
    "ar": (
        (None, "يسمى"),
        (None, "يُسمى"),
        (None, "يسمّى"),
        (None, "تسمى"),
        (None, "المسمى"),
        (None, "المسماة"),
    ),
}

#: Languages that put the finite verb second in a main clause: a sentence opening with
#: an adjunct ("Im Gespräch sagte sie: „...“", "Gisteren zei hij: ...") has its subject
#: after the verb of saying.
VERB_SECOND_LANGUAGES = frozenset({"de", "nl", "sv", "nb", "da"})

#: Words that open such an adjunct beside the prepositions and time words of
#: :data:`PHRASE_STOPS_BY_LANGUAGE`: German "gegenüber" (to, facing) and the dative
#: articles ("Dem SWR sagte er"), lower case.
VERB_SECOND_OPENERS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": _words("gegenüber dem einem über unter aus von zu"),
}

#: The elided "que" written joined to the verb that follows it ("C'est ce qu'affirme X",
#: "ce qu’explique X"): the verb after it is a verb of saying as if printed alone.
ELIDED_QUE_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"fr": ("qu'", "qu\u2019")}

#: Personal pronouns that may be a speaker ("dijo ella", "säger hon", "добавил он").
PRONOUNS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("él ella ellos ellas"),
    "pt": _words("ele ela eles elas"),
    "fr": _words("il elle ils elles on"),
    "it": _words("lui lei loro"),
    "de": _words("er sie"),
    "nl": _words("hij zij ze"),
    "sv": _words("han hon de"),
    "nb": _words("han hun de"),
    "da": _words("han hun de"),
    "fi": _words("hän he"),
    "pl": _words("on ona oni one"),
    "ru": _words("он она они"),
    "uk": _words("він вона вони"),
    "tr": _words("o"),
    "id": _words("dia ia beliau"),
}

#: Endings of a noun in the ablative ("from"): before a name it says where the speaker
#: is from, not who ("Muhalefet partisinden X": X, of the opposition party). Lower case.
ABLATIVE_ENDINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"tr": ("dan", "den", "tan", "ten")}

#: Endings of a noun in the ergative, the case of a transitive verb's subject: after a
#: verb of saying, the speaker's phrase ends with its last such word, what follows is
#: the verb's adjunct (Georgian "განაცხადა მერმა X-მ გახსნის ცერემონიაზე": the mayor X,
#: at the opening ceremony). Georgian "-მა" after a consonant, "-მ" after a vowel; Basque
#: "-k" ("-ak", "-ek" after a consonant), which a role after the name carries ("esan du
#: Miren Etxeberria alkateak prentsaurrekoan": the mayor M. E., at the press conference).
ERGATIVE_ENDINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"ka": ("მა", "მ"), "eu": ("k",)}

#: Postpositions written as a word of their own after a transitive verb's subject
#: (Hindi "ने", Urdu "نے", Punjabi "ਨੇ"), and the Somali focus marker after the subject
#: ("ayaa", with a subject pronoun "ayuu" / "ayay"): before a verb of saying, the speaker
#: is the phrase before the clause's last one, whatever stands between it and the verb
#: ("X ने ज़ोर देकर कहा", X stressed; "X ने पत्रकारों से कहा", X told reporters; "X ਨੇ ਫ਼ੋਨ
#: 'ਤੇ ਦੱਸਿਆ", X said on the phone; "X ayaa qoraal ay soo saartay ku sheegtay", X said in
#: a statement it issued).
AGENT_POSTPOSITIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "hi": frozenset({"ने"}),
    "ur": frozenset({"نے"}),
    "pa": frozenset({"ਨੇ"}),
    "so": frozenset({"ayaa", "ayuu", "ayay"}),
    "my": frozenset({"က"}),
}

#: Languages that write the subject's postposition (:data:`AGENT_POSTPOSITIONS_BY_LANGUAGE`)
#: joined to the subject's last word: Burmese "ဒေါ်ခင်မာဝင်းက" (Daw Khin Mar Win + "က"),
#: read as the name and the postposition.
JOINED_AGENT_LANGUAGES: frozenset[str] = frozenset({"my"})

#: Prepositions before the person spoken to, between the speaker and a verb after them
#: (Persian "X به خبرنگاران گفت", X told reporters): the speaker is the phrase before;
#: or between a verb of saying and its subject after it ("aseguró a este diario X",
#: "a déclaré à l'AFP la maire X", "ha detto al nostro giornale X", "disse à Lusa X";
#: not Portuguese "a", which is also the article: "disse a ministra X"): the speaker is
#: the phrase after the person spoken to (its determiners, then one noun or a
#: capitalised name).
ADDRESSEE_PREPOSITIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fa": frozenset({"به"}),
    "es": _words("a al"),
    "pt": _words("ao aos à às"),
    "fr": _words("à au aux"),
    "it": _words("a al ai allo alla agli alle"),
}

#: The preposition and article of :data:`ADDRESSEE_PREPOSITIONS_BY_LANGUAGE` elided and
#: written joined to the first word of the person or medium spoken to, lower case, with
#: each apostrophe a keyboard or a typesetter prints ("ha detto all'ANSA X", "ha
#: spiegato all'agenzia X": Italian elides "alla" / "allo" before a vowel).
ADDRESSEE_ELISIONS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "it": ("all'", "all\u2019"),
}

#: Prepositions of place, source, means or purpose that open an adjunct between the
#: speaker and a verb after them (Persian "X در صفحه اینستاگرام خود نوشت", X wrote on her
#: Instagram page; Kurmanji "X li ser hesabê xwe yê X'ê nivîsî", X wrote on her X
#: account; "X در پاسخ به پرسش خبرنگار ما گفت", X said in reply to our reporter's
#: question, through "به", to): the phrase the verb ends is the adjunct, and the speaker
#: is the phrase before the preposition.
ADJUNCT_PREPOSITIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fa": frozenset({"در", "از", "با", "برای", "به"}),
    "ku": frozenset({"li", "di", "bi", "ji"}),
    "ru": frozenset({"в", "во"}),  # "X в своем Telegram-канале написал"
    "uk": frozenset({"в", "у"}),
    # "Radny X z klubu opozycyjnego powiedział" (from the opposition club: an
    # affiliation), "X w rozmowie z PAP powiedział" (in a talk with PAP)
    "pl": frozenset({"z", "ze", "w", "we"}),
}

#: A clause that opens with a preposition of place and a noun phrase, right before an
#: impersonal verb of saying (the third person plural past, "-ли", or a reflexive
#: passive, "-ся"), names the body that speaks ("В администрации района заявили", the
#: district administration said; "В отчёте говорится", the report says; "У прокуратурі
#: повідомили"): the preposition, then the endings the verb takes.
LOCATIVE_SPEAKERS_BY_LANGUAGE: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "ru": (frozenset({"в", "во"}), ("ли", "ся")),
    "uk": (frozenset({"в", "у"}), ("ли", "ся")),
    "fa": (frozenset({"در"}), ("آمده",)),  # "در این نامه آمده است", in this letter it is said
}

#: Verbs that are verbs of saying only after a noun of a document among the few words
#: before them (Persian "آمده", come: "در این نامه آمده است", the letter says; "او به
#: تهران آمده است", he has come to Tehran, is no saying): the verbs, then the nouns
#: (letter, statement, report, notice, message, text, ruling, verdict, document, note).
DOCUMENT_VERBS_BY_LANGUAGE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "fa": (
        frozenset({"آمده"}),
        _words("نامه بیانیه گزارش اطلاعیه پیام متن حکم رأی رای سند یادداشت اعلامیه"),
    ),
}

#: How many words before a document verb its noun may stand ("در این نامه آمده", "در
#: بیانیه وزارت بهداشت آمده"): the noun, a determiner and a complement of two words.
DOCUMENT_VERB_WINDOW = 4

#: Demonstratives and possessives that may stand, beside the articles, before the
#: noun of the person or medium spoken to ("a este diario", "à notre journal", "al
#: nostro giornale", "ao nosso jornal").
ADDRESSEE_DETERMINERS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "es": _words("este esta estos estas ese esa nuestro nuestra nuestros nuestras"),
    "pt": _words("este esta estes estas esse essa nosso nossa nossos nossas"),
    "fr": _words("ce cet cette ces notre nos"),
    "it": _words("questo questa questi queste nostro nostra nostri nostre"),
}

#: The person or medium spoken to in the dative, with no preposition, between a verb of
#: saying and its subject ("заявил журналистам X", "powiedział dziennikarzom X", told
#: the journalists; "нам", "nam": us), lower case: stepped over before the speaker.
DATIVE_ADDRESSEES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "ru": _words(
        "журналистам репортерам репортёрам корреспонденту корреспондентам изданию "
        "агентству газете телеканалу нам"
    ),
    "uk": _words("журналістам репортерам кореспонденту кореспондентам виданню агентству нам"),
    "pl": _words("dziennikarzom reporterom mediom nam portalowi gazecie agencji"),
    # Czech and Slovak print the agency in the dative between the verb and its subject
    # too ("řekl ČTK hejtman X", "povedal TASR župan X"): a table of their datives lets
    # the acronym rule of :func:`.foreign_speakers._addressee_words` read them
    "cs": _words("novinářům reportérům médiím nám deníku serveru agentuře zpravodaji"),
    "sk": _words("novinárom reportérom médiám nám denníku portálu agentúre spravodajcovi"),
}

#: How a quote was given, between a verb of saying and its subject ("заявил по телефону
#: X", "afirmó por teléfono X", "a déclaré au téléphone X", "ha detto al telefono X",
#: "powiedział telefonicznie X"), lower case, each a tuple of words: stepped over before
#: the speaker, as the day and the person spoken to are.
MANNER_PHRASES_BY_LANGUAGE: dict[str, tuple[tuple[str, ...], ...]] = {
    "ru": (("по", "телефону"),),
    "uk": (("по", "телефону"), ("телефоном",)),
    "pl": (("telefonicznie",), ("przez", "telefon")),
    "es": (("por", "teléfono"), ("telefónicamente",)),
    "pt": (("por", "telefone"), ("ao", "telefone")),
    "fr": (("au", "téléphone"), ("par", "téléphone")),
    "it": (("al", "telefono"), ("per", "telefono"), ("telefonicamente",)),
    "de": (("am", "telefon"), ("telefonisch",)),
}

#: Two words that join a descriptor to the name it introduces (Persian "به نام", "به
#: اسم": named; "یکی از کسبه بازار به نام X گفت", one of the bazaar's merchants, named
#: X, said): the speaker phrase holds the descriptor from its clause's opening, though its
#: words hold prepositions that otherwise end a phrase ("از", of).
NAMING_JOINERS_BY_LANGUAGE: dict[str, frozenset[tuple[str, str]]] = {
    "fa": frozenset({("به", "نام"), ("به", "اسم")})
}

#: Prefixes joined to the first word of the person spoken to, after the speaker (Arabic
#: "لل", to the: "قال X للصحفيين", X told the journalists): the speaker's phrase ends there.
ADDRESSEE_PREFIXES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"ar": ("لل",)}

#: Postpositions of the genitive before a speaker's role ("गांव के प्रधान X", the village's
#: head X): a phrase opening its clause takes the noun and its postposition too, which the
#: words' list of stops ends the phrase at elsewhere ("के बाद", after).
GENITIVE_POSTPOSITIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "hi": frozenset({"के", "की", "का"}),
    "ur": frozenset({"کے", "کی", "کا"}),
}

#: How the language prints dialogue with dashes (:mod:`.dash_quotes`): "inner", the
#: speech closed by a dash before the verb ("– Tekst – powiedział X.", "—Texto —dijo
#: X—."), or "comma", the speech closed by a comma before it ("– Text, säger X.").
DASH_STYLE_BY_LANGUAGE: dict[str, str] = {
    "es": "inner",
    "pt": "inner",
    "pl": "inner",
    "ru": "inner",
    "uk": "inner",
    "sv": "comma",
    "nb": "comma",
    "da": "comma",
    "fi": "comma",
    "fr": "comma",
    "it": "inner",
}

for _table, _more in (
    (REPORTING_VERBS_BY_LANGUAGE, MORE_REPORTING_VERBS),
    (ACCORDING_TO_BY_LANGUAGE, MORE_ACCORDING_TO),
    (SKIPPED_BY_LANGUAGE, MORE_SKIPPED),
    (PHRASE_STOPS_BY_LANGUAGE, MORE_PHRASE_STOPS),
    (TIME_WORDS_BY_LANGUAGE, MORE_TIME_WORDS),
    (DETERMINERS_BY_LANGUAGE, MORE_DETERMINERS),
    (JOINERS_BY_LANGUAGE, MORE_JOINERS),
    (PRONOUNS_BY_LANGUAGE, MORE_PRONOUNS),
):
    _table.update(_more)  # the languages of .languages_more
for _table, _more in (
    (REPORTING_VERBS_BY_LANGUAGE, WORLD_REPORTING_VERBS),
    (ACCORDING_TO_BY_LANGUAGE, WORLD_ACCORDING_TO),
    (SKIPPED_BY_LANGUAGE, WORLD_SKIPPED),
    (TIME_WORDS_BY_LANGUAGE, WORLD_TIME_WORDS),
    (PHRASE_STOPS_BY_LANGUAGE, WORLD_PHRASE_STOPS),
    (DETERMINERS_BY_LANGUAGE, WORLD_DETERMINERS),
    (JOINERS_BY_LANGUAGE, WORLD_JOINERS),
    (PRONOUNS_BY_LANGUAGE, WORLD_PRONOUNS),
    (ACCORDING_AFTER_BY_LANGUAGE, WORLD_ACCORDING_AFTER),
):
    _table.update(_more)  # the languages of .languages_world
for _table, _more in (
    (REPORTING_VERBS_BY_LANGUAGE, REGIONAL_REPORTING_VERBS),
    (ACCORDING_TO_BY_LANGUAGE, REGIONAL_ACCORDING_TO),
    (SKIPPED_BY_LANGUAGE, REGIONAL_SKIPPED),
    (PHRASE_STOPS_BY_LANGUAGE, REGIONAL_PHRASE_STOPS),
    (PRONOUNS_BY_LANGUAGE, REGIONAL_PRONOUNS),
    (ACCORDING_AFTER_BY_LANGUAGE, REGIONAL_ACCORDING_AFTER),
):
    _table.update(_more)  # the languages of .languages_regional
for _table, _more in (
    (REPORTING_VERBS_BY_LANGUAGE, FURTHER_REPORTING_VERBS),
    (ACCORDING_TO_BY_LANGUAGE, FURTHER_ACCORDING_TO),
    (SKIPPED_BY_LANGUAGE, FURTHER_SKIPPED),
    (PHRASE_STOPS_BY_LANGUAGE, FURTHER_PHRASE_STOPS),
    (PRONOUNS_BY_LANGUAGE, FURTHER_PRONOUNS),
    (DETERMINERS_BY_LANGUAGE, FURTHER_DETERMINERS),
):
    _table.update(_more)  # the languages of .languages_further
DASH_STYLE_BY_LANGUAGE.update(MORE_DASH_STYLES)
DASH_STYLE_BY_LANGUAGE.update(WORLD_DASH_STYLES)
DASH_STYLE_BY_LANGUAGE.update(REGIONAL_DASH_STYLES)

#: Codes the language identifier gives for a language listed here under another:
#: Norwegian's two; Malay, whose verbs of saying are Indonesian's ("kata", "katanya",
#: "menurut"); Bosnian, which it also gives for Serbian printed in Latin letters, and
#: whose verbs are Croatian's ("rekao je", "izjavila je", "prema riječima").
_ALIASES = {"no": "nb", "nn": "nb", "ms": "id", "bs": "hr"}


def quote_language(language: str | None) -> str | None:
    """The code under which this module lists ``language``, or None (English rules).

    Parameters
    ----------
    language : str or None
        An ISO 639-1 code as :func:`analysis.stats.language.detect_language` gives it.

    Returns
    -------
    str or None
        The code of ``REPORTING_VERBS_BY_LANGUAGE`` (``"no"`` is ``"nb"``, Malay
        ``"ms"`` is ``"id"``, Bosnian ``"bs"`` is ``"hr"``) or of
        ``EAST_ASIAN_LANGUAGES`` (``"ja"``, ``"ko"``, ``"zh"``); None for English, an
        undetermined language, None or a language not listed.
    """
    if language is None:
        return None
    code = _ALIASES.get(language, language)
    known = code in REPORTING_VERBS_BY_LANGUAGE or code in EAST_ASIAN_LANGUAGES
    return code if known else None
