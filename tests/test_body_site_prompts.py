"""analysis.clean.body.site_prompts: the site's prompts to its reader, in any case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body.site_prompts import (
    is_about_heading,
    is_about_note,
    is_ad_slot_cue,
    is_call_to_act,
    is_letters_policy,
    is_priced_offer,
    is_reader_pitch,
    is_site_prompt,
)


@pytest.mark.parametrize(
    "line",
    [
        # each of the consent and sign-up notices' sentences, in the cases pages print
        # them (the words looked up before the search must find every one)
        "WE VALUE YOUR PRIVACY",
        "We and our 12 Partners use cookies and similar technologies on this site.",
        "Store And/Or Access Information On A Device",
        "THANK YOU FOR SUBSCRIBING!",
        "We use your sign-up to provide content in ways you have consented to.",
        "We take the Protection of Your Data seriously.",
        "Please READ OUR PRİVACY POLİCY before you continue.",  # a Turkish capital İ
        "I ACCEPT",
        "• I Accept",
        # an opinion column's disclaimer (review h94 M13)
        "The opinions expressed are the author's own.",
        "THE VIEWS EXPRESSED IN THIS COLUMN ARE SOLELY THOSE OF THE WRITER.",
        "Views expressed here do not necessarily reflect those of the Harbour Daily.",
        # in the page languages (h133)
        "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
        "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
        "Le opinioni espresse in questo articolo sono quelle dell'autore.",
        "As opiniões expressas neste artigo são de inteira responsabilidade do autor.",
        "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.",
        # a cookie banner's opening and its consent by browsing on (h138)
        "We use cookies to make this website work and to understand how it is used.",
        "THIS WEBSITE USES COOKIES TO IMPROVE YOUR EXPERIENCE.",
        "You agree to this by continuing to browse the site.",
        "Wir verwenden Cookies, um unsere Website zu verbessern.",
        "Nous utilisons des cookies pour mesurer l'audience.",
        # and in the languages of big newsrooms beyond those (h414)
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
        "Мы используем файлы cookie, чтобы сайт работал лучше.",
        "Ми використовуємо файли cookie, щоб покращити роботу сайту.",
        "Sitemizde çerezler kullanılmaktadır.",
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.",
        "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
        "این وب‌سایت از کوکی‌ها برای بهبود تجربه شما استفاده می‌کند.",
        "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
        "আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি।",
        "本网站使用Cookie以改善您的浏览体验。",
        "当サイトでは、利便性向上のためにCookieを使用しています。",
        "이 웹사이트는 서비스 개선을 위해 쿠키를 사용합니다.",
        # and in the Nordic languages (h442: a Swedish local paper's banner opened the
        # article, its headline taken for 'Skip to main content')
        "Vi använder cookies för att förbättra din upplevelse.",
        "Vi använder kakor för att webbplatsen ska fungera.",
        "Vi bruger cookies til at forbedre din oplevelse.",
        "Vi bruker informasjonskapsler for å forbedre nettstedet.",
        "Käytämme evästeitä parantaaksemme sivuston toimintaa.",
    ],
)
def test_a_notices_sentence_is_a_prompt_in_any_case(line):
    assert is_site_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said it would accept the offer from the harbour authority.",
        "Residents worried about the privacy of the new cameras on the promenade.",
        "Her partners in the firm voted against the plan.",
        # a story's sentence about cookies, no site speaking of itself (h414)
        "Регулятор проверит, как крупные сайты используют файлы cookie.",
        "Google memperketat aturan penggunaan cookie pihak ketiga.",
        "The views expressed by residents at the meeting were mixed, officials said.",
        "Opinions expressed at the hearing are not binding on the council, the mayor said.",
        "Les opinions exprimées par les habitants étaient partagées, a dit le maire.",
        "Las opiniones expresadas en la reunión fueron muy distintas, dijo el alcalde.",
        "The bakery said it uses cookies from a family recipe in its Christmas boxes.",
        "Bageriet säger att de använder kakor från ett gammalt recept.",
    ],
)
def test_a_storys_sentence_with_a_notices_word_is_no_prompt(line):
    assert not is_site_prompt(line)


COOKIES = (
    "We use cookies to make this website work and to understand how it is used. Some of "
    "them are set by third parties who provide services on our pages, such as video and "
    "maps. You can accept all cookies, or choose which ones you allow in the settings. "
    "Read our cookie policy to find out more about how we use them and how long we keep them."
)
ABOUT = (
    "About the Harbour Courier: The Courier has reported on the towns and villages of the "
    "coast since 1921. It is owned by a trust whose members are its readers."
)


def test_a_cookie_banner_above_the_headline_starts_no_article():
    # read as prose, the banner opened the article's region, headline and byline within
    lines = page(MENU, COOKIES, "Accept all  Settings", "Council expands bus network")
    lines += page("", "By Jane Smith", *PARAGRAPHS, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_the_site_s_note_about_itself_and_its_footer_close_the_article():
    footer = "Harbour Courier, 3 Quay Street · Contact · Complaints · Privacy"
    lines = page(MENU, "Council expands bus network", *PARAGRAPHS, ABOUT, footer)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "about"),
    [
        (ABOUT, True),
        ("About us: Costa Weekly is the free newspaper of the coast.", True),
        ("Über uns: Der Anzeiger erscheint seit 1950.", True),
        ("About Acme Holdings: Acme makes parts for ships.", True),  # a release's note
        ("About the author: Jane Smith writes on transport.", False),  # a biography's label
        ("About 300 people came: most of them stayed.", False),
        ("About the town: little had changed since the war.", False),
        ("He talked about the Harbour Courier: its owners, its past.", False),
    ],
)
def test_a_note_about_the_site_is_labelled_by_about_us_or_a_name(line, about):
    assert is_about_note(line) is about


def test_a_release_s_about_heading_and_its_boilerplate_close_the_article():
    """A press release's "About X" heading over its company's boilerplate ("X makes
    ...") closes the story, the boilerplate with it (review h145, item 7)."""
    about = ["About Quayside Ferries", "Quayside Ferries runs six routes and employs 400 people."]
    lines = page(MENU, "Ferry firm orders two boats", *PARAGRAPHS, *about, MENU)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "next_line", "heading"),
    [
        ("About Quayside Ferries", "Quayside Ferries runs six routes.", True),
        ("About the Harbour Courier", "The Harbour Courier is a weekly paper.", True),
        ("About Time", "The clock tower was mended in 1990.", False),  # a section's heading
        ("About Quay", "Quayside Ferries runs six routes.", False),
        ("About Quayside Ferries: a ferry firm", "Quayside Ferries runs six routes.", False),
        # a boilerplate opening with a short clause before the name
        ("About Quayside Ferries Ltd.", "Founded in 1987, Quayside runs six routes.", True),
        ("About Quayside Ferries", "Since 1990, Quayside Ferries has run six routes.", True),
        ("About Time", "In 1990, the clock tower was mended.", False),
        ("About Quayside", "Founded in 1987, the firm runs six routes.", False),
    ],
)
def test_an_about_heading_names_what_the_line_under_it_opens_with(line, next_line, heading):
    assert is_about_heading(line, next_line) is heading


PITCH = (
    "Before you go: this newsroom is written by two reporters who live here, and it is free "
    "to read because our readers pay what they can. If you have enjoyed this story, join our "
    "weekly newsletter: it takes thirty seconds to sign up and you can leave at any time."
)


def test_the_site_s_pitch_to_its_reader_closes_the_article():
    lines = page(MENU, "Council expands bus network", *PARAGRAPHS, PITCH, "Your email", "Sign up")
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    "pitch",
    [
        "Like this story? Get the Courier's weekly briefing on the towns it covers.",
        "Want to write for us? Send your op-ed pitch to our opinion editors.",
        # review h213: a newsroom's call for tips, kept as the story's last paragraph
        "Have a story for us? Email newsdesk@example.com or message us on WhatsApp.",
        "Do you have information about this story? Contact our investigations team.",
    ],
)
def test_a_pitch_opening_with_a_question_closes_the_article(pitch):
    """h164 items 4 and 5: kept as a paragraph under the story's last one."""
    lines = page(MENU, "Council expands bus network", *PARAGRAPHS, pitch, "Subscribe", MENU)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "pitch"),
    [
        (PITCH, True),
        ("Thanks for reading. Our journalism is funded by readers like you.", True),
        ("If you value our reporting, please consider a donation.", True),
        ("Before you go to the polls, check which station is yours, the council said.", False),
        ("If you enjoyed the parade, the organisers said, come back next year.", False),
        ("Thanks to the volunteers, the library reopened on Monday.", False),
        # h164 items 4 and 5: a pitch opening with a question, a call for op-eds
        ("Like this story? Get the Courier's Friday briefing in your inbox.", True),
        ("Enjoyed this article? Share it with a friend.", True),
        ("Did you enjoy reading this? Our readers keep it free.", True),
        ("Want to write for us? Send your column pitch to the opinion desk.", True),
        ("Interested in writing for us? Read our guidelines.", True),
        ("Like this year's fair, the market drew crowds from three counties.", False),
        ("Did you like this summer's parade? The organisers want to know.", False),
        ("Want to write a novel? The library's course starts in May.", False),
        # review h213: a call for tips
        ("Got a tip? Email the newsroom.", True),
        ("Do you know more? Get in touch with our reporters.", True),
        ("Have a news tip? Call 0800 000 000.", True),
        ("Have a story to share? Write to us.", True),
        ("Have you seen the new bridge? Residents say it is too narrow.", False),
        ("Do you have information, the police asked, about the stolen van?", False),
        ("Know more people who can help, the mayor said, and tell them.", False),
    ],
)
def test_a_pitch_opens_with_a_pitch_s_words(line, pitch):
    assert is_reader_pitch(line) is pitch


CONSENT_BOX = [
    "This content is provided by VideoShare, which may be using cookies and other "
    "technologies. To show you this content, we need your permission to use cookies. You "
    "can change your settings at any time via the Privacy Options.",
    "Unfortunately we have been unable to verify if you have consented to VideoShare "
    "cookies. To view this content you can use the button below to allow VideoShare "
    "cookies for this session only.",
    "Enable Cookies",
    "Allow Cookies Once",
]


def test_an_embedded_videos_consent_box_between_paragraphs_is_no_body():
    """Review h145 (tenth round): the box standing in for an embedded video, printed
    between two paragraphs, was kept as two paragraphs and two subheadings."""
    lines = page(MENU, "Seal pup rescued", *PARAGRAPHS[:2], CONSENT_BOX, *PARAGRAPHS[2:])
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        (CONSENT_BOX[0], True),
        (CONSENT_BOX[1], True),
        ("Enable cookies", True),
        ("The council said the new website would not use cookies for tracking.", False),
        ("Residents who consented to the survey were asked about cookies and cakes.", False),
    ],
)
def test_a_consent_box_s_sentences_and_buttons_are_prompts(line, prompt):
    assert is_site_prompt(line) is prompt


@pytest.mark.parametrize(
    "line",
    [
        # a call to follow or subscribe to a channel in more page languages (review h152)
        "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини області.",
        "Подписывайтесь на наш канал в Telegram.",
        "Sledujte nás na WhatsApp.",
        "Ακολουθήστε μας στο Google News.",
        "Abonează-te la newsletter-ul nostru.",
        "Jiunge na channel yetu ya WhatsApp.",
        # Kinyarwanda: register on our (news) list, follow us on WhatsApp (review h363)
        "Iyandikishe ku rutonde rwacu rw'amakuru ubone inkuru za buri munsi.",
        "Mwiyandikishe ku rutonde rw'amakuru yacu.",
        "Dukurikire kuri WhatsApp.",
    ],
)
def test_a_call_to_a_channel_is_a_prompt_in_more_languages(line):
    assert is_site_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Підписуйтесь на петицію, закликав мер у понеділок.",
        # a Kinyarwanda story's sentences: a list named without a call, a call to
        # register for no channel
        "Urutonde rw'abatsinze amatora ruzatangazwa ku wa Gatanu.",
        "Iyandikishe mbere y'itariki ya 5 Werurwe, umuyobozi yabwiye abahinzi.",
    ],
)
def test_a_storys_sentence_opening_with_such_a_verb_names_no_channel(line):
    assert not is_site_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        # a newsroom's appeal for its readers' money and a sign-up box's promise,
        # unlabelled between two paragraphs (review h164)
        "Reporting like this takes months and costs money. We do not have a paywall because "
        "we believe everyone deserves to know how their money is spent. If you can, please "
        "chip in a few pounds a month to keep the Lantern going.",
        "The Current is a nonprofit newsroom. We rely on readers like you.",
        "Support independent local journalism with a gift today.",
        "The week's most important developer news, every Friday. No spam, unsubscribe any time.",
    ],
)
def test_an_appeal_for_support_is_a_prompt(line):
    assert is_site_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Neighbours chipped in to repair the roof and were asked to donate to the bank.",
        "Readers can support local journalism by subscribing, the report said.",
        "The charity said it would become a member of the regional network next year.",
    ],
)
def test_a_storys_sentence_about_giving_is_no_prompt(line):
    assert not is_site_prompt(line)


def test_an_unlabelled_appeal_between_paragraphs_is_no_body():
    appeal = (
        "Reporting like this takes months and costs money. If you can, please chip in a few "
        "pounds a month to keep the Lantern going."
    )
    lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], appeal, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_an_ad_slots_label_read_as_a_subheading_is_no_body():
    """ "Continue reading below" between two paragraphs, where an ad interrupts the text
    (review h179): a label of the site's interface words, not the story's subheading."""
    lines = page(MENU, *PARAGRAPHS[:2], "Continue reading below", *PARAGRAPHS[2:])
    assert kept_text(lines) == PARAGRAPHS


AD_SLOT_CUES = [
    "Article continues after this advertisement",
    "Story continues below advertisement",
    "Article continues below",
    "ADVERTISEMENT - Story continues below",
    "Continue reading the main story",
    "Scroll to continue with content",
    "La suite après la publicité",
    "L'article continue après cette publicité",
    "Weiterlesen nach der Anzeige",
    "Der Artikel geht nach der Anzeige weiter",
    "Continúa después de la publicidad",
    "L'articolo continua dopo la pubblicità",
    "Continua após a publicidade",
    "Lees verder na de advertentie",
    "Artikeln fortsätter efter annonsen",
    "Dalszy ciąg materiału pod reklamą",
    "Článek pokračuje pod reklamou",
    "Продолжение статьи ниже",
]


@pytest.mark.parametrize("cue", AD_SLOT_CUES)
def test_an_ad_slots_cue_between_paragraphs_is_no_body(cue):
    """ "Article continues after this advertisement" between two paragraphs of a few
    sentences, and the same in other languages (review h189: kept as a subheading)."""
    lines = page(MENU, *PARAGRAPHS[:2], "ADVERTISEMENT", cue, *PARAGRAPHS[2:], MENU)
    assert is_ad_slot_cue(cue) and kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "The story continues below the surface of the lake.",
        "Work continues below the old bridge",
        "Story continues",
        "La suite de la saison a été annulée après la tempête.",
        "Weiterlesen lohnt sich nach der Anzeige des Bürgermeisters nicht.",
    ],
)
def test_a_sentence_opening_as_an_ad_slots_cue_is_none(line):
    assert not is_ad_slot_cue(line)


@pytest.mark.parametrize("state", ["Video unavailable", "VIDEO UNAVAILABLE"])
def test_a_players_state_alone_between_paragraphs_is_no_body(state):
    """ "Video unavailable" alone between two paragraphs, where a player failed (review
    h189): the site's interface words, not the story's subheading."""
    lines = page(MENU, *PARAGRAPHS[:2], state, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize("label", ["ໂຄສະນາ", "ئېلان", "ကြော်ငြာ"])
def test_an_ad_label_of_a_script_without_capitals_between_paragraphs_is_no_body(label):
    # review h201: a one-word line of a caseless script reads as a subheading and stayed
    lines = page(MENU, "Hospital opens a night clinic", *PARAGRAPHS[:2], label)
    lines += page("", *PARAGRAPHS[2:], MENU)[1:]
    assert kept_text(lines) == PARAGRAPHS


def test_a_line_is_asked_once_a_page_whether_it_is_a_prompt(monkeypatch):
    # the body, the listing split and the paywall test ask about the same lines
    from analysis import text as text_memos
    from analysis.clean.body import site_prompts

    asked: list[str] = []
    is_call_to_act = site_prompts.is_call_to_act

    def counted(line: str) -> bool:
        asked.append(line)
        return is_call_to_act(line)

    monkeypatch.setattr(site_prompts, "is_call_to_act", counted)
    line = "Sign up for our free newsletter to get the weekly digest in your inbox."

    @text_memos.words_counted_once
    def page() -> list[bool]:
        return [is_site_prompt(line), is_site_prompt(line)]

    text_memos.clear_line_memos()
    answers = page()
    assert answers[0] == answers[1]
    assert asked == [line]


@given(st.text(alphabet=" \t\nab\u00a0\u2003", max_size=40), st.integers(0, 12))
def test_a_word_limit_is_read_without_splitting_the_whole_line(line, limit):
    from analysis.clean.body.site_prompts import _at_most_words

    assert _at_most_words(line, limit) == (len(line.split()) <= limit)


# ------------------------------------------------------------ h429: local newsrooms


def test_a_republish_box_under_the_story_is_no_body():
    # a nonprofit newsroom's 'Republish this story' box under its story: its label, its
    # licence text and its buttons are the site's, and so is what follows (h429)
    lines = page(
        MENU,
        "Bus network to grow by twelve routes",
        *PARAGRAPHS,
        "Republish this story",
        "Republish our articles for free, online or in print, under a Creative Commons license.",
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 "
        "International License. You must credit us and link to the original story, and you "
        "cannot edit our material except to reflect relative changes in time or location.",
        "Copy to clipboard Close window",
        ["  • About us", "  • Donate", "  • Contact"],
    )
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "pitch"),
    [
        ("Republish this story", True),
        ("REPUBLISH THIS ARTICLE", True),
        ("Republique esta reportagem", True),
        ("Republish this story and you will reach new readers, the editor said.", False),
        ("Like this story? Get our newsletter", True),
    ],
)
def test_a_republish_label_opens_the_sites_pitch(line, pitch):
    assert is_reader_pitch(line) is pitch


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("This work is licensed under a Creative Commons Attribution 4.0 License.", True),
        ("Our stories are available under a Creative Commons license.", True),
        (
            "Republish our articles for free, online or in print, under a Creative Commons "
            "license.",
            True,
        ),
        ("The photo was released under a Creative Commons license by the museum.", False),
    ],
)
def test_a_republishing_licence_is_the_sites_notice(line, notice):
    assert is_site_prompt(line) is notice


def test_a_priced_subscription_offer_between_paragraphs_is_no_body():
    # a local paper's '$1' offer between two paragraphs (h429)
    first, second, third, fourth = PARAGRAPHS
    lines = page(
        MENU,
        "Bus network to grow by twelve routes",
        first,
        second,
        "Subscribe for $1: Get unlimited access to the local stories that matter to you. "
        "Cancel anytime.",
        third,
        fourth,
    )
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "offer"),
    [
        ("Subscribe now for just $1 a week. Unlimited access to local news you can trust.", True),
        ("You've read all of your free articles. Subscribe for $1 for 6 months.", True),
        ("Abbonati a 1 € al mese per i primi tre mesi e leggi tutte le notizie.", True),
        ("Assine a Gazeta por R$ 1,90 no primeiro mês e tenha acesso ilimitado.", True),
        ("Cet article vous est offert. Pour lire la suite, abonnez-vous à partir de 1 €.", True),
        ("Zostań subskrybentem Gazety za 1 zł przez pierwszy miesiąc.", True),
        # a membership plan offered at a price (review h429's left items)
        ("The Ledger is a reader-supported newsroom. Become a member for $1 a week.", True),
        ("Hazte socio de El Faro por 2 € al mes.", True),
        # a price in words (review h429's held-out Spanish page's kind)
        ("Apoya el periodismo local: suscríbete al Diario por 1 euro el primer mes.", True),
        ("Readers can subscribe to its print edition, which costs 2 euros on Sundays.", False),
        # a story's sentences about a service's price: no call to subscribe opens a clause
        ("The service has 2 million subscribers who pay $9.99 a month.", False),
        ("To become a member of the pool costs $40 a year, the council said.", False),
        ("Subscribers will pay $12 a month from January, the company said.", False),
        ("Subscribed members paid 40 euros in 2025, the club's treasurer said.", False),
    ],
)
def test_is_priced_offer(line, offer):
    assert is_priced_offer(line) is offer
    assert is_call_to_act(line) is offer  # the HTML main text drops calls to act


def test_a_letters_policy_under_a_letter_is_no_body():
    # a local paper's letter to the editor with its letters policy under it (h429's review)
    lines = page(
        MENU,
        "Letter: Keep the library open on Sundays",
        *PARAGRAPHS,
        "Letters policy: Letters should be no longer than 250 words and must include your "
        "full name and town. We reserve the right to edit letters for length and clarity.",
        "Tags",
        MENU,
    )
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "policy"),
    [
        ("Letters to the editor must be 300 words or fewer and include a phone number.", True),
        ("Letters should be no longer than 250 words and must include your full name.", True),
        ("Les lettres ne doivent pas dépasser 2 000 signes et doivent être signées.", True),
        ("Leserbriefe dürfen höchstens 1500 Zeichen lang sein.", True),
        ("Las cartas no deben exceder las 250 palabras y deben incluir su nombre.", True),
        ("As cartas devem ter no máximo 1.000 caracteres.", True),
        ("Le lettere non devono superare le 1.500 battute.", True),
        ("Ingezonden brieven zijn maximaal 250 woorden lang.", True),
        # a story's sentences about a letter: its length or its signatories, no limit
        ("In a letter of 300 words, the mayor asked residents to save water.", False),
        ("The letter was signed by 250 residents and delivered to the council.", False),
        ("The agency has up to 30 days to answer the letter, officials said.", False),
    ],
)
def test_is_letters_policy(line, policy):
    assert is_letters_policy(line) is policy
    assert is_site_prompt(line) is policy
