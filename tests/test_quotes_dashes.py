"""Dash dialogue as quotations (analysis/stats/quotes/dash_quotes.py), made-up sentences."""

from analysis.stats.quotes import find_quotes, quote_shares


def _quotes(body: str, language: str | None) -> list[tuple[str, bool, str | None]]:
    return [(q.text, q.attributed, q.speaker) for q in find_quotes(body, language)]


def test_polish_inner_dash_with_role_and_pro_drop():
    body = (
        "Radni obradowali do późna.\n\n"
        "– Budżet jest napięty – powiedziała skarbniczka Ewa Kruk. – Ale damy radę.\n\n"
        "– Nie – dodał krótko."
    )
    assert _quotes(body, "pl") == [
        ("Budżet jest napięty", True, "skarbniczka Ewa Kruk"),
        ("Ale damy radę.", True, "skarbniczka Ewa Kruk"),
        ("Nie", True, None),  # one attributed word: no scare quote
    ]
    assert not any(q.is_scare for q in find_quotes(body, "pl"))


def test_spanish_raya_closing_dash_and_continuation():
    body = "—No habrá retrasos —prometió la ingeniera Ana Vidal—. Lo garantizo."
    assert _quotes(body, "es") == [
        ("No habrá retrasos", True, "la ingeniera Ana Vidal"),
        ("Lo garantizo.", True, "la ingeniera Ana Vidal"),
    ]


def test_russian_dash_inside_speech_is_no_narrator():
    body = "— Зима – это испытание, — сказал лесник Пётр Ильин. — Каждый год – заново."
    assert _quotes(body, "ru") == [
        ("Зима – это испытание", True, "лесник Пётр Ильин"),
        ("Каждый год – заново.", True, "лесник Пётр Ильин"),
    ]


def test_swedish_comma_style_run_and_colon():
    body = (
        "Rektorn var nöjd.\n\n"
        "– Eleverna har kämpat, säger rektor Maja Strand.\n\n"
        "– Resultaten är de bästa på länge.\n\n"
        "Hon tillägger:\n\n"
        "– Nästa år blir ännu bättre."
    )
    assert _quotes(body, "sv") == [
        ("Eleverna har kämpat", True, "rektor Maja Strand"),
        ("Resultaten är de bästa på länge.", True, "rektor Maja Strand"),
        ("Nästa år blir ännu bättre.", True, "Hon"),
    ]


def test_finnish_speaker_before_verb():
    body = "– Sade tuli juuri ajoissa, viljelijä Kalle Mäki sanoo."
    assert _quotes(body, "fi") == [("Sade tuli juuri ajoissa", True, "viljelijä Kalle Mäki")]


def test_lists_and_parenthetical_dashes_are_no_quotes():
    body = (
        "Planen omfattar:\n"
        "– fler bussar, säkrare cykelbanor\n"
        "– nya parkeringar.\n\n"
        "Förslaget – som kostar tio miljoner – säger inget om skolorna."
    )
    assert _quotes(body, "sv") == []
    listing = "W programie festynu:\n– koncert orkiestry – od 18.00\n– pokaz sztucznych ogni."
    assert _quotes(listing, "pl") == []
    body_pl = "Urzędnicy – jak co roku – przygotowali plan. Lista zadań:\n– remont dróg."
    assert _quotes(body_pl, "pl") == []


def test_dash_lines_need_the_language():
    body = "– Vi är redo, säger tränaren Nils Berg."
    assert _quotes(body, None) == []  # not known: the English rules, no dash quotes
    assert _quotes(body, "en") == []
    assert _quotes(body, "no") == []  # Norwegian verbs do not hold Swedish "säger"
    assert quote_shares(body, find_quotes(body, "sv"))[0] == 3 / 7


def test_marks_inside_a_dash_quote_count_once():
    body = "– Czytałem „Lalkę” trzy razy – wyznał pisarz Adam Lis.\n"
    found = find_quotes(body, "pl")
    assert [(q.text, q.mark_style, q.cue, q.speaker) for q in found] == [
        ("Czytałem „Lalkę” trzy razy", "dash", "wyznał", "pisarz Adam Lis")
    ]


def test_polish_reflexive_verb_of_complaint():
    body = "– Autobus znowu nie przyjechał – skarży się pani Irena Sowa."
    assert _quotes(body, "pl") == [("Autobus znowu nie przyjechał", True, "pani Irena Sowa")]


def test_question_and_answer_after_a_colon_line_with_no_verb():
    """An exchange printed with dashes after a colon line that names no verb of saying
    ("Следва кратък разговор:") is speech with no speaker named."""
    body = (
        "Наградата беше връчена в петък.\n\n"
        "Следва кратък разговор с автора:\n\n"
        "– Кога ще излезе следващата книга?\n\n"
        "– Догодина, надявам се."
    )
    assert _quotes(body, "bg") == [
        ("Кога ще излезе следващата книга?", True, None),
        ("Догодина, надявам се.", True, None),
    ]


def test_a_list_after_a_colon_line_asks_nothing():
    """Dash lines after a colon that ask no question stay the writer's (a list)."""
    body = (
        "A terv három pontból áll:\n\n– új buszok a belvárosban.\n\n– kerékpárutak a folyó mentén."
    )
    assert _quotes(body, "hu") == []


def test_a_list_item_with_a_dash_before_a_verb_is_no_speech():
    """Items of a list printed with dashes end with ";" or ",": a dash before a verb of
    saying inside one ("– koncert – mówi się o nim;") is a parenthesis, not speech,
    and the item after it is no dialogue run."""
    body = (
        "Program festiwalu:\n\n"
        "– koncert otwarcia – mówi się o nim od miesięcy;\n\n"
        "– wystawa fotografii w ratuszu;\n\n"
        "– pokaz filmów."
    )
    assert _quotes(body, "pl") == []
    body = (
        "El plan incluye:\n\n"
        "– más autobuses – dice el documento – en el centro;\n\n"
        "– carriles bici."
    )
    assert _quotes(body, "es") == []


def test_an_exchange_in_a_language_that_prints_no_dialogue_with_dashes():
    """Czech prints speech in marks, but an interview's exchange after a colon line may
    come with dashes; a dash line after "X řekl:" is X's speech; a list stays a list."""
    body = "S autorem jsme mluvili po besedě:\n\n– Kdy jste začal psát?\n\n– Už na gymnáziu."
    assert _quotes(body, "cs") == [
        ("Kdy jste začal psát?", True, None),
        ("Už na gymnáziu.", True, None),
    ]
    body = "Starosta Petr Dvořák řekl:\n\n– Most otevřeme v květnu."
    assert _quotes(body, "cs") == [("Most otevřeme v květnu.", True, "Starosta Petr Dvořák")]
    assert _quotes("Plán obsahuje:\n\n– nové chodníky.\n\n– opravu školy.", "cs") == []


def test_macedonian_inner_dash():
    body = "– Ќе почнеме во мај – рече инженерката Маја Илиева. – Рокот е реален."
    assert _quotes(body, "mk") == [
        ("Ќе почнеме во мај", True, "инженерката Маја Илиева"),
        ("Рокот е реален.", True, "инженерката Маја Илиева"),
    ]


def test_comma_style_speech_goes_on_after_the_narrators_sentence():
    """Swedish (and the other comma-style presses) print the rest of a dash paragraph
    as the same speech: "– ..., säger X, role. More speech." A link after the
    narrator's sentence is none."""
    body = "– Vi är redo, säger Karin Lind, ordförande i föreningen. Nu kämpar vi."
    assert _quotes(body, "sv") == [
        ("Vi är redo", True, "Karin Lind"),
        ("Nu kämpar vi.", True, "Karin Lind"),
    ]
    body = "– Vi är redo, säger Karin Lind. ([Läs mer](https://example.org/a))"
    assert _quotes(body, "sv") == [("Vi är redo", True, "Karin Lind")]


def test_french_and_italian_dialogue_dashes():
    body = (
        "— Nous sommes prêts, dit-il en ouvrant la porte. Il manquait les étagères.\n\n"
        "— Et vous gagnerez de l'argent ? demande une cliente."
    )
    assert _quotes(body, "fr") == [
        ("Nous sommes prêts", True, "il"),
        ("Il manquait les étagères.", True, "il"),
        ("Et vous gagnerez de l'argent ?", True, "une cliente"),
    ]
    body = "— Abbiamo lavorato due anni — racconta Giulia Ricci, volontaria. — Ne valeva la pena."
    assert _quotes(body, "it") == [
        ("Abbiamo lavorato due anni", True, "Giulia Ricci"),
        ("Ne valeva la pena.", True, "Giulia Ricci"),
    ]
    # a list printed with dashes stays the writer's
    assert _quotes("Le plan prévoit :\n\n— des trottoirs ;\n\n— une école.", "fr") == []


def test_spanish_present_tense_tell_and_ask():
    body = "—Mi abuelo la abrió en 1955 —cuenta su propietaria, Elena Castell—. Ya no puedo más."
    assert _quotes(body, "es") == [
        ("Mi abuelo la abrió en 1955", True, "su propietaria, Elena Castell"),
        ("Ya no puedo más.", True, "su propietaria, Elena Castell"),
    ]
    assert _quotes("—¿Y no hay nadie? —le pregunta una clienta.", "es") == [
        ("¿Y no hay nadie?", True, "una clienta")
    ]
    # the nouns "la cuenta", "la pregunta" stay nouns
    assert [
        q.attributed for q in find_quotes("La pregunta «¿quién paga?» sigue abierta.", "es")
    ] == [False]


def test_swedish_speech_opening_with_a_dash_after_the_narrators_sentence():
    body = (
        "Enligt räddningstjänsten började branden i köket. – Det gick väldigt fort, "
        "säger Anna Berg, insatsledare.\n\n"
        "Han kom hem sent. – som alltid – och åt."  # an aside between dashes: no speech
    )
    quotes = find_quotes(body, "sv")
    assert [(q.text, q.speaker_as_printed) for q in quotes] == [
        ("Det gick väldigt fort", "Anna Berg")
    ]
