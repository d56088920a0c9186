"""Attribution and speakers in the languages of analysis/stats/quotes/languages_world.py
(Icelandic to Afrikaans), made-up sentences; their verbs and "according to" words are
tested with the other languages' in tests/test_quotes_languages.py."""

import pytest

from analysis.stats.quotes import find_quotes


def test_a_quotative_before_the_verb_and_a_speaker_before_the_quote():
    body = "ነዋሪው አቶ በላይ ካሳ «መንገዱ ተበላሽቷል» ሲሉ ተናግረዋል።"
    (quote,) = find_quotes(body, "am")
    assert quote.attributed and quote.speaker == "ነዋሪው አቶ በላይ ካሳ"


def test_a_galician_dialogue_dash():
    body = "—Non imos pechar —asegura a directora, Sabela Rei—. Temos clientes dabondo."
    quotes = find_quotes(body, "gl")
    assert [q.text for q in quotes] == ["Non imos pechar", "Temos clientes dabondo."]
    assert all(q.speaker == "a directora, Sabela Rei" for q in quotes)


def test_no_verb_of_the_language_attributes_nothing():
    (quote,) = find_quotes('Kitabu "Mvua ya Jioni" kimeuzwa sana mwaka huu.', "sw")
    assert not quote.attributed


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # a title's period ends no sentence and no phrase
        ("sw", '"Maji yamerudi," alisema Bi. Zuhura Mtei, mkazi wa Tanga.', "Bi. Zuhura Mtei"),
        ("sw", 'Mbunge wa Kusini, Dkt. Omari Said, alisema "barabara itajengwa".',
         "Dkt. Omari Said"),
        # a role, even capitalised, takes an appositive name opened by a person's title
        ("sw", '"Tutaanza Jumatatu," alisema Katibu Tarafa, Bw. Ali Musa.',
         "Katibu Tarafa, Bw. Ali Musa"),
        ("sw", '"Tutaanza Jumatatu," alisema mwenyekiti wa kamati, Bw. Ali Musa.',
         "mwenyekiti wa kamati, Bw. Ali Musa"),
        ("ha", '"Za mu fara gobe," in ji Sakataren Kungiya, Malam Isa Garba.',
         "Sakataren Kungiya, Malam Isa Garba"),
        # surname particles one after another
        ("af", '"Die water is skoon," sê Anton van der Walt, die ingenieur.',
         "Anton van der Walt"),
        # an auxiliary and a day before the participle
        ("af", 'Die minister, Lerato Dube, het Vrydag gesê die skool sal "binnekort" oopmaak.',
         "Lerato Dube"),
        # the genitive article joins a role to its named body, which takes the name after it
        ("sq", 'Sipas drejtorit të Spitalit, Arben Kola, "shërbimi funksionon".',
         "drejtorit të Spitalit, Arben Kola"),
    ],
)  # fmt: skip
def test_titles_particles_time_words_and_genitive_articles_in_a_speaker(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker == speaker


def test_armenian_full_stop_and_its_colon_printed_as_a_period():
    # "." is Armenian's colon: the quote after it is in the verb's sentence
    body = "Քաղաքապետ Սոնա Ավագյանը հայտարարեց. «Մենք հաղթեցինք։» Ապա նա հեռացավ։"
    (quote,) = find_quotes(body, "hy")
    assert quote.attributed and quote.speaker == "Քաղաքապետ Սոնա Ավագյանը"


def test_a_georgian_speaker_is_named_and_ends_with_the_ergative():
    # review finding h257: Mkhedruli letters are lower case to Python, so a Georgian
    # speaker named nobody; read as letters without case (analysis.text.letter_case),
    # the phrase then ran on past the subject in the ergative into the verb's adjunct
    text = "„ახალი სკოლა სექტემბერში გაიხსნება“, — განაცხადა დირექტორმა ნიკა ჯაფარიძემ შეხვედრაზე."
    (quote,) = find_quotes(text, "ka")
    assert quote.attributed and quote.speaker == "დირექტორმა ნიკა ჯაფარიძემ"


def test_a_basque_role_after_the_name_in_the_ergative_is_the_speakers():
    # h257: "esan du X alkateak prentsaurrekoan" (said the mayor X at the press
    # conference) gave "X": the role after the name carries the subject's case
    text = "«Zubia udazkenean irekiko da», esan du Ane Zubiri zinegotziak bileran."
    (quote,) = find_quotes(text, "eu")
    assert quote.attributed and quote.speaker == "Ane Zubiri zinegotziak"


def test_a_cherokee_word_is_a_name_word_not_an_acronym():
    from analysis.stats.quotes.foreign_speakers import is_name_word

    # the syllabary is upper case to Python: a Cherokee name read as an acronym
    assert is_name_word("ᏣᎳᎩ") and not is_name_word("ISU")


def test_a_hindi_speaker_opening_with_a_genitive_keeps_it():
    # review finding h236 (fresh set): "गांव के X" (the village's X) lost its genitive,
    # "के" being a stop of the phrase ("के बाद", after)
    text = 'नगर के डॉक्टर सुमन वर्मा ने कहा, "अस्पताल अगले महीने खुलेगा।"'
    (quote,) = find_quotes(text, "hi")
    assert quote.attributed and quote.speaker == "नगर के डॉक्टर सुमन वर्मा"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Miss Wanna Thongdee, a teacher at the district school, said: the role runs on
        (
            'นางสาววรรณา ทองดี ครูโรงเรียนประจำอำเภอ กล่าวว่า "นักเรียนมาเรียนครบทุกคน"',
            "นางสาววรรณา ทองดี",
        ),
        # a title printed apart from the name (Dr Prasert Meesuk, the clinic's head)
        ('ดร. ประเสริฐ มีสุข หัวหน้าคลินิก ระบุว่า "ยาพอใช้ถึงสิ้นปี"', "ดร. ประเสริฐ มีสุข"),
        # the mayor before the name: the role words stay; Mr Kamon is a name, not a mayor
        ('นายกเทศมนตรี นายกมล แสงทอง กล่าวว่า "ถนนจะเสร็จเดือนหน้า"', "นายกเทศมนตรี นายกมล แสงทอง"),
        # a name then the mayor's role: the role opens with "นาย" and is no title
        ('นายกมล แสงทอง นายกเทศมนตรีเมือง กล่าวว่า "ถนนจะเสร็จเดือนหน้า"', "นายกมล แสงทอง"),
    ],
)
def test_a_thai_speaker_ends_after_the_surname_of_the_titled_name(body, speaker):
    (quote,) = find_quotes(body, "th")
    assert quote.attributed and quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an Afrikaans title in lower case opens the appositive name (h318)
        (
            'Volgens die kliniek se bestuurder, suster Anna Botha, "sal ons 300 pasiënte '
            'per dag help".',
            "die kliniek se bestuurder, suster Anna Botha",
        ),
        (
            '"Die pad is oop," sê die burgemeester, mnr. Jan Nel, op Maandag.',
            "die burgemeester, mnr. Jan Nel",
        ),
    ],
)
def test_an_afrikaans_title_opens_an_appositive_name(body, speaker):
    (quote,) = find_quotes(body, "af")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a Thai verb of saying written joined to its subject (review h379)
        ("ตำรวจระบุว่า “จะมีเจ้าหน้าที่อำนวยความสะดวกด้านการจราจร”", "ตำรวจ"),
        ("กรมอุตุนิยมวิทยาแถลงว่า “อาจมีฝนตกหนักในพื้นที่ภาคเหนือ”", "กรมอุตุนิยมวิทยา"),
    ],
)
def test_a_thai_verb_joined_to_its_speaker(body, speaker):
    (quote,) = find_quotes(body, "th")
    assert quote.attributed and quote.speaker_as_printed == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a report and the government speak in class 9 ("i-"), a council in class 5
        ('Ripoti hiyo inasema kuwa "hakuna nyaraka zozote zinazoonyesha kazi".', "Ripoti hiyo"),
        ('Serikali imesema: "Tutaanza ujenzi wa barabara mwezi ujao."', "Serikali"),
        ('Baraza limeeleza: "Mikutano yote itakuwa wazi kwa wananchi."', "Baraza"),
    ],
)
def test_swahili_verbs_of_saying_take_the_prefix_of_their_subjects_class(body, speaker):
    (quote,) = find_quotes(body, "sw")
    assert quote.attributed and quote.speaker_as_printed == speaker


def test_a_tamil_titles_period_ends_no_sentence():
    body = '"இந்தக் குளத்தில் தண்ணீர் நிற்கும்" என்று ஊராட்சித் தலைவர் திரு. முருகேசன் கூறினார்.'
    (quote,) = find_quotes(body, "ta")
    assert quote.attributed and quote.speaker_as_printed == "ஊராட்சித் தலைவர் திரு. முருகேசன்"


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # a document in the locative, then an impersonal or passive verb of saying
        ("tr", 'Raporda, "yangının nedeninin eski elektrik tesisatı olduğu" belirtildi.',
         "Raporda"),
        ("ka", "აუდიტის დასკვნაში ნათქვამია, რომ „ხარჯთაღრიცხვა ორჯერ გაიზარდა“.",
         "აუდიტის დასკვნაში"),
        ("kk", "Есеп комитетінің қорытындысында «қаражаттың үштен бірі жұмсалған» делінген.",
         "Есеп комитетінің қорытындысында"),
        ("ta", 'ஆட்சியரின் அறிக்கையில், "முயற்சி பாராட்டத்தக்கது" என்று குறிப்பிடப்பட்டுள்ளது.',
         "ஆட்சியரின் அறிக்கையில்"),
        ("bn", 'প্রতিবেদনে বলা হয়েছে, "বিদ্যালয় ভবন থেকে নদীর দূরত্ব মাত্র ৪০ মিটার"।',
         "প্রতিবেদনে"),
    ],
)  # fmt: skip
def test_a_documents_words_after_an_impersonal_verb_of_saying(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker_as_printed == speaker


@pytest.mark.parametrize(
    ("language", "body", "speaker"),
    [
        # a Turkic honorific between the given name and the surname stays in the name
        ("uz", '"Bizga hech kim hujjat ko\'rsatmadi", deydi Nilufar opa Karimova.',
         "Nilufar opa Karimova"),
        # Azerbaijani "isə" (as for) ends the subject, as Turkish "ise"
        ("az", "Fermer Səbinə xanım Quliyeva isə vəziyyətin yaxşılaşacağını deyir: "
               '"Gələn il subsidiya artırılacaq."', "Fermer Səbinə xanım Quliyeva"),
    ],
)  # fmt: skip
def test_turkic_honorifics_inside_a_name_and_the_azerbaijani_topic(language, body, speaker):
    (quote,) = find_quotes(body, language)
    assert quote.attributed and quote.speaker_as_printed == speaker
