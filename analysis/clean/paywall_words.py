"""The words of a paywall or registration prompt, language by language: data read by
:mod:`analysis.clean.paywall`.

A prompt that cuts a story short asks to read on and names the way in ("Register to
read the full article", "Irreġistra biex taqra l-artiklu kollu", "Cofrestrwch i
ddarllen yr erthygl gyfan"). Each language has its words for both:

- :data:`READ_ON`: reading on, the whole or full article, the rest of it ("continue
  reading", "l-artiklu kollu", "yr erthygl gyfan", "статью полностью", "阅读全文");
- :data:`WAY_IN`: subscribing, registering, logging in, membership ("tanysgrifio",
  "cofrestru", "irreġistra", "подписка", "구독").

The rows hold the strings sites print in these prompts, as the common CMS and paywall
locale files translate "Continue reading", "Read the full article", "Subscribe",
"Register" and "Log in" (WordPress, Piano, Pelcro; CLDR has no such strings). Not
"read more" alone: a "Read more" link closes many full articles and listing cards.
English, French, German, Spanish, Portuguese and Italian are read by the patterns of
:mod:`analysis.clean.paywall` itself (their inflections written as patterns). Adding a
language is adding its row here.

Each entry is lower case and is found at the start of a word and as the start of a
longer word (a stem: "cofrestr" finds "cofrestrwch" and "cofrestru"); in a script
written without spaces between words, or with a prefix joined to the word (Hebrew,
Arabic), anywhere (:func:`word_start_pattern`).
"""

from __future__ import annotations

import re

__all__ = ["ONLY_FOR", "READ_ON", "WAY_IN", "starts_a_word", "word_start_pattern"]

#: Reading on, the whole or full article, the rest of it, by language (ISO 639-1; ISO
#: 639-3 for a language it has no code for: "ckb", Central Kurdish).
READ_ON: dict[str, tuple[str, ...]] = {
    "nl": (
        "lees verder",
        "verder lezen",
        "het volledige artikel",
        "het hele artikel",
        "de rest van dit artikel",
        "de rest van het artikel",
    ),
    "af": (
        "lees verder",
        "lees voort",
        "die hele artikel",
        "die volledige artikel",
        "die res van die artikel",
    ),
    "sv": ("läs vidare", "fortsätt läsa", "hela artikeln", "resten av artikeln"),
    "da": ("læs videre", "fortsæt med at læse", "hele artiklen", "resten af artiklen"),
    "nb": (
        "les videre",
        "fortsett å lese",
        "hele artikkelen",
        "hele saken",
        "resten av artikkelen",
    ),
    "is": ("lesa áfram", "halda áfram að lesa", "alla greinina", "greinina í heild"),
    "fi": ("jatka lukemista", "koko artikkeli", "koko jutu", "lue koko"),
    "et": ("loe edasi", "jätka lugemist", "kogu artikli", "kogu lugu", "terve artikli"),
    "lv": (
        "lasīt tālāk",
        "turpināt lasīt",
        "visu rakstu",
        "pilnu rakstu",
        "pilno rakstu",
        "raksta turpinājum",
    ),
    "lt": (
        "skaityti toliau",
        "skaitykite toliau",
        "tęsti skaitymą",
        "visą straipsnį",
        "viso straipsnio",
        "visą tekstą",
    ),
    "pl": (
        "czytaj dalej",
        "czytać dalej",
        "cały artykuł",
        "całego artykułu",
        "całą treść",
        "całej treści",
        "pełną treść",
        "pełnej treści",
        "dalszą część",
        "dalszej części",
        "pozostałą część",
    ),
    "cs": (
        "číst dál",
        "pokračovat ve čtení",
        "celý článek",
        "celého článku",
        "zbytek článku",
        "celý text",
        "celého textu",
    ),
    "sk": (
        "čítať ďalej",
        "pokračovať v čítaní",
        "celý článok",
        "celého článku",
        "zvyšok článku",
        "celý text",
        "celého textu",
    ),
    "sl": (
        "beri naprej",
        "nadaljuj z branjem",
        "nadaljujte z branjem",
        "celoten članek",
        "celotnega članka",
        "preostanek članka",
    ),
    "hr": (
        "nastavi čitati",
        "nastavite čitati",
        "cijeli članak",
        "cijelog članka",
        "cijeli tekst",
        "cijelog teksta",
        "ostatak članka",
        "ostatak teksta",
    ),
    "sr": (
        "nastavi čitati",
        "nastavite čitanje",
        "ceo članak",
        "celog članka",
        "ceo tekst",
        "celog teksta",
        "цео чланак",
        "целог чланка",
        "цео текст",
        "целог текста",
        "наставите читање",
        "наставак текста",
    ),
    "mk": ("целата статија", "целиот текст", "продолжи со читање", "продолжете со читање"),
    "bg": (
        "цялата статия",
        "целия текст",
        "цялата новина",
        "продължете да четете",
        "продължи четенето",
    ),
    "ru": (
        "читать далее",
        "читать дальше",
        "продолжить чтение",
        "продолжение статьи",
        "всю статью",
        "статью полностью",
        "статью целиком",
        "материал полностью",
        "текст полностью",
        "полный текст",
        "полную версию",
    ),
    "uk": (
        "читати далі",
        "продовжити читання",
        "всю статтю",
        "повну статтю",
        "статтю повністю",
        "матеріал повністю",
        "повний текст",
        "увесь текст",
    ),
    "be": ("чытаць далей", "увесь артыкул", "ўвесь артыкул", "артыкул цалкам", "поўны тэкст"),
    "kk": ("толық оқу", "толық оқы", "мақаланы толық", "жалғасын оқ", "толық нұсқа"),
    "uz": (
        "davomini o",
        "to'liq o",
        "to‘liq o",
        "toʻliq o",
        "maqolani to",
        "давомини ў",
        "тўлиқ ўқи",
    ),
    "az": ("oxumağa davam", "davamını oxu", "xəbərin tam", "məqalənin tam", "tam mətn"),
    "mn": ("цааш унших", "бүрэн эхээр", "бүтнээр нь"),
    "tr": (
        "okumaya devam",
        "devamını oku",
        "haberin tamamı",
        "yazının tamamı",
        "makalenin tamamı",
        "haberin devamı",
        "tamamını oku",
    ),
    "ro": (
        "continuă lectura",
        "continuați lectura",
        "continuă să citești",
        "tot articolul",
        "articolul complet",
        "articolul integral",
        "restul articolului",
    ),
    "hu": (
        "tovább olvas",
        "olvasd tovább",
        "olvassa tovább",
        "teljes cikk",
        "cikk folytatás",
        "a cikk teljes",
    ),
    "el": (
        "συνεχίστε την ανάγνωση",
        "συνέχεια ανάγνωσης",
        "διαβάστε ολόκληρ",
        "ολόκληρο το άρθρο",
        "ολόκληρη την είδηση",
        "υπόλοιπο άρθρο",
    ),
    "sq": (
        "vazhdo leximin",
        "vazhdoni leximin",
        "lexo të plotë",
        "artikullin e plotë",
        "lajmin e plotë",
        "lexoni të plotë",
    ),
    "ca": (
        "continua llegint",
        "continueu llegint",
        "seguir llegint",
        "segueix llegint",
        "article complet",
        "la resta de l",
    ),
    "gl": (
        "continuar lendo",
        "continúa lendo",
        "segue lendo",
        "artigo completo",
        "noticia completa",
        "o resto do artigo",
    ),
    "eu": (
        "jarraitu irakurtzen",
        "irakurtzen jarraitu",
        "artikulu osoa",
        "albiste osoa",
        "testu osoa",
        "irakurtzen jarraitzeko",
    ),
    "cy": (
        "parhau i ddarllen",
        "yr erthygl gyfan",
        "yr erthygl lawn",
        "erthygl gyflawn",
        "gweddill yr erthygl",
        "y stori gyfan",
    ),
    "ga": ("lean ort ag léamh", "an t-alt iomlán", "an scéal iomlán", "léigh an t-alt"),
    "mt": (
        "kompli aqra",
        "kompli taqra",
        "l-artiklu kollu",
        "l-artiklu sħiħ",
        "l-bqija tal-artiklu",
        "l-istorja kollha",
    ),
    "hy": ("շարունակել կարդալ", "կարդալ ամբողջությամբ", "ամբողջական հոդված", "ամբողջ հոդված"),
    "ka": (
        "განაგრძეთ კითხვა",
        "სრული სტატი",
        "სრულ სტატიას",
        "სტატიის სრულად",
        "სრული ვერსია",
        "სრულად წაკითხვ",
    ),
    "ar": (
        "تابع القراءة",
        "متابعة القراءة",
        "أكمل القراءة",
        "اكمل القراءة",
        "المقال كامل",
        "الخبر كامل",
        "باقي المقال",
        "بقية المقال",
    ),
    "fa": ("ادامه مطلب", "ادامه خواندن", "متن کامل", "مطلب کامل", "مقاله کامل", "کل مقاله"),
    "ps": ("پاتې برخ", "بشپړه مقاله", "بشپړ مطلب", "بشپړه لیکنه", "لوستل جاري"),
    "ckb": ("تەواوی ئەم بابەت", "تەواوی بابەت", "بابەتی تەواو", "درێژەی بابەت", "درێژەی خوێندنەوە"),
    "ur": ("پورا مضمون", "مکمل مضمون", "مکمل خبر", "پوری خبر", "پڑھنا جاری"),
    "he": (
        "המשך קריאה",
        "להמשך קריאה",
        "הכתבה המלאה",
        "המאמר המלא",
        "הכתבה במלואה",
        "הידיעה המלאה",
    ),
    "hi": ("पूरा लेख", "पूरी खबर", "पूरी ख़बर", "पूरी स्टोरी", "पूरा आर्टिकल"),
    "mr": ("संपूर्ण लेख", "पूर्ण लेख", "पुढे वाचा", "संपूर्ण बातमी", "वाचन सुरू ठेवा"),
    "ne": ("पूरा लेख", "पूर्ण लेख", "पूरा समाचार", "सम्पूर्ण समाचार", "पढ्न जारी"),
    "bn": ("পুরো খবর", "পুরো লেখা", "পুরো প্রতিবেদন", "সম্পূর্ণ প্রতিবেদন", "সম্পূর্ণ খবর"),
    "gu": ("સંપૂર્ણ લેખ", "આખો લેખ", "સંપૂર્ણ સમાચાર", "વાંચવાનું ચાલુ રાખો"),
    "pa": ("ਪੂਰਾ ਲੇਖ", "ਪੂਰੀ ਖ਼ਬਰ", "ਪੂਰੀ ਖਬਰ"),
    "ta": ("முழு கட்டுரை", "முழு செய்தி", "முழுமையாக படிக்க", "தொடர்ந்து படிக்க"),
    "te": ("పూర్తి కథనం", "పూర్తి వార్త", "పూర్తిగా చదవ", "చదవడం కొనసాగించ"),
    "kn": ("ಪೂರ್ಣ ಲೇಖನ", "ಸಂಪೂರ್ಣ ಲೇಖನ", "ಪೂರ್ಣ ಸುದ್ದಿ", "ಓದುವುದನ್ನು ಮುಂದುವರಿಸಿ"),
    "ml": ("മുഴുവൻ ലേഖനം", "മുഴുവന്‍ ലേഖനം", "പൂർണ്ണ ലേഖനം", "മുഴുവൻ വാർത്ത", "വായന തുടരുക"),
    "si": ("සම්පූර්ණ ලිපිය", "සම්පූර්ණ පුවත", "දිගටම කියවන්න"),
    "th": ("อ่านต่อ", "ฉบับเต็ม", "อ่านทั้งหมด"),
    "lo": ("ອ່ານຕໍ່", "ອ່ານທັງໝົດ", "ບົດຄວາມເຕັມ"),
    "my": ("ဆက်ဖတ်", "အပြည့်အစုံ"),
    "km": ("អានបន្ត", "អានទាំងស្រុង", "អត្ថបទពេញ"),
    "am": ("ሙሉውን ያንብቡ", "ማንበብ ይቀጥሉ", "ሙሉ ጽሑፍ", "ሙሉውን ዜና"),
    "zh": ("继续阅读", "繼續閱讀", "阅读全文", "閱讀全文", "查看全文"),
    "ja": ("続きを読む", "全文を読む", "記事の続き", "続きは", "続きをお読み"),
    "ko": ("계속 읽기", "이어서 읽기", "전체 기사", "기사 전문", "전문 보기", "계속 보기"),
    "vi": ("đọc tiếp", "đọc toàn bộ", "toàn bộ bài viết", "bài viết đầy đủ", "xem toàn bộ"),
    "id": (
        "lanjutkan membaca",
        "melanjutkan membaca",  # "Berlangganan untuk melanjutkan membaca"
        "lanjut membaca",
        "artikel lengkap",
        "berita selengkapnya",
        "artikel selengkapnya",
    ),
    "ms": ("teruskan membaca", "artikel penuh", "berita penuh", "artikel selengkapnya"),
    "tl": (
        "ipagpatuloy ang pagbasa",
        "magpatuloy sa pagbasa",
        "buong artikulo",
        "buong balita",
        "basahin ang buo",
    ),
    "sw": ("endelea kusoma", "makala kamili", "habari kamili", "taarifa kamili"),
    "ha": ("ci gaba da karatu", "cikakken labari", "karanta cikakken"),
    "yo": ("tẹ̀síwájú láti kà", "ka gbogbo", "gbogbo ìtàn"),
    "so": ("sii akhri", "maqaalka oo dhan", "maqaalka oo dhammaystiran", "warka oo dhan"),
}

#: The way in in English and five more languages, as one pattern (the other languages' words
#: are :data:`WAY_IN`'s rows): subscribe, sign in, register, members, a free trial.
WAY_IN_PATTERN = (
    r"subscri(?:be|bed|ber|bers|bing|ption)|sign(?:ing)?[- ]?in|log(?:ging)?[- ]?in|"
    r"register|registration|members?|membership|premium|free account|"
    # French, German, Spanish, Portuguese, Italian: subscribe, subscription, register
    r"abonn\w*|abos?|suscr[ií]\w*|assin(?:e|ar|ante|antes|atura)|abbona\w*|abbonati|"
    r"registr(?:ieren|ierung|arse|ate|ati|e-se)|anmelden|inscri(?:vez|bete|ba-se)\w*|"
    # Polish, Swedish, Finnish: subscription, subscriber; a trial as the way in
    r"subskryp\w*|prenumer\w*|tilaa\w*|free trial"
)

#: The way in: subscribe, subscriber, subscription, register, log in, member, by language.
WAY_IN: dict[str, tuple[str, ...]] = {
    "nl": (
        "abonnee",
        "abonneer",
        "abonnement",
        "registreer",
        "registreren",
        "inloggen",
        "log in",
        "aanmelden",
        "lid worden",
    ),
    "af": ("inteken", "teken in", "registreer", "meld aan", "lid word"),
    "sv": ("prenumer", "logga in", "registrera", "bli medlem"),
    "da": ("abonn", "log ind", "tilmeld", "registrer", "køb adgang"),
    "nb": ("abonn", "logg inn", "registrer", "kjøp tilgang"),
    "is": ("áskrif", "skráðu þig", "innskrá", "nýskrá"),
    "fi": ("tilaa", "tilaaja", "kirjaudu", "rekisteröidy"),
    "et": ("tellige", "tellija", "tellimus", "logi sisse", "registreeru", "sisene"),
    "lv": ("abonē", "abonement", "pierakst", "reģistr", "ienāc"),
    "lt": ("prenumer", "užsiprenumer", "prisijung", "registr", "užsiregistr"),
    "pl": (
        "subskryp",
        "prenumer",
        "zaprenumer",
        "zaloguj",
        "zarejestruj",
        "logowani",
        "rejestracj",
        "wykup",
    ),
    "cs": ("předplat", "předplať", "přihlás", "přihlas", "přihlaš", "registr", "zaregistr"),
    "sk": ("predplat", "prihlás", "prihlas", "registr", "zaregistr"),
    "sl": ("naroč", "prijav", "registr"),
    "hr": ("pretplat", "prijav", "registr"),
    "sr": ("pretplat", "prijav", "registr", "претплат", "пријав", "регистр"),
    "mk": ("претплат", "најав", "регистр"),
    "bg": ("абонам", "абонир", "абонат", "влезте", "вход", "регистр"),
    "ru": ("подпис", "подпиш", "зарегистр", "регистрац", "войдите", "войти", "авторизу"),
    "uk": ("підпис", "передплат", "зареєстр", "реєстрац", "увійдіть", "увійти", "авторизу"),
    "be": ("падпіс", "падпіш", "зарэгістр", "рэгістрац", "увайдзіце", "увайсці"),
    "kk": ("жазыл", "тіркел", "кіріңіз", "кіру"),
    "uz": ("obuna", "ro'yxatdan", "ro‘yxatdan", "roʻyxatdan", "kirish", "обуна", "рўйхатдан"),
    "az": ("abunə", "qeydiyyat", "daxil ol"),
    "mn": ("захиал", "бүртгүүл", "нэвтр"),
    "tr": ("abone", "giriş yap", "üye ol", "üyelik", "kaydol", "kayıt ol", "oturum aç"),
    "ro": ("abon", "autentific", "conectează", "conectați", "înregistr", "logheaz"),
    "hu": ("előfizet", "regisztr", "bejelentkez", "belép"),
    "el": ("συνδρομ", "εγγραφ", "εγγραφείτε", "σύνδεση", "συνδεθείτε"),
    "sq": ("abon", "regjistr", "identifikohu", "kyçu"),
    "ca": ("subscri", "registra", "inicia sessió", "inicieu la sessió"),
    "gl": ("subscri", "rexistr", "rexístr", "inicia sesión", "inicie sesión"),
    "eu": ("harpide", "erregistra", "izena eman", "saioa hasi", "hasi saioa"),
    "cy": ("tanysgrif", "danysgrif", "cofrestr", "gofrestr", "mewngofnod", "aelod"),
    "ga": ("liostáil", "cláraigh", "logáil isteach", "síntiús", "ballraíocht"),
    "mt": ("irreġistra", "abbona", "idħol", "illoggja", "membru"),
    "hy": ("բաժանորդ", "գրանցվ", "մուտք"),
    "ka": ("გამოწერ", "გამოიწერ", "რეგისტრაცი", "დარეგისტრირ", "ავტორიზაცი", "შესვლა", "შედით"),
    "ar": ("اشترك", "اشتراك", "مشترك", "سجل", "سجّل", "تسجيل", "الدخول"),
    "fa": ("اشتراک", "مشترک", "ثبت نام", "ثبت‌نام", "ورود"),
    "ps": ("اشتراک", "ګډون وکړئ", "ګډون وکړه", "ننوتل", "ننوځئ", "نوم لیکنه"),
    "ckb": ("بەشدار", "چوونەژوورەوە", "بچۆ ژوورەوە", "خۆتۆمارکردن", "تۆمارکردن"),
    "ur": ("سبسکرائب", "رکنیت", "لاگ ان", "رجسٹر"),
    "he": ("מנוי", "הירשם", "הירשמו", "הרשמה", "התחבר"),
    "hi": ("सब्सक्राइब", "सदस्यता", "लॉग इन", "लॉगिन", "रजिस्टर", "पंजीकरण"),
    "mr": ("सबस्क्राइब", "सदस्यता", "लॉग इन", "लॉगिन", "नोंदणी"),
    "ne": ("सदस्यता", "सब्स्क्राइब", "लगइन", "दर्ता"),
    "bn": ("সাবস্ক্রাইব", "সদস্য", "লগ ইন", "লগইন", "নিবন্ধন", "রেজিস্টার"),
    "gu": ("સબ્સ્ક્રાઇબ", "સભ્યપદ", "લૉગ ઇન", "લોગ ઇન", "લોગિન", "નોંધણી", "રજિસ્ટર"),
    "pa": ("ਸਬਸਕ੍ਰਾਈਬ", "ਮੈਂਬਰ", "ਲੌਗ ਇਨ", "ਲੌਗਇਨ", "ਲੌਗਿਨ", "ਰਜਿਸਟਰ"),
    "ta": ("சந்தா", "உள்நுழை", "பதிவு செய்"),
    "te": ("సబ్‌స్క్రైబ్", "సబ్స్క్రైబ్", "చందా", "లాగిన్", "నమోదు"),
    "kn": ("ಚಂದಾದಾರ", "ಸಬ್‌ಸ್ಕ್ರೈಬ್", "ಲಾಗಿನ್", "ಲಾಗ್ ಇನ್", "ನೋಂದಾಯಿಸ", "ನೋಂದಣಿ"),
    "ml": ("സബ്സ്ക്രൈബ്", "വരിക്കാര", "ലോഗിൻ", "ലോഗിന്‍", "ലോഗ് ഇൻ", "രജിസ്റ്റർ", "രജിസ്റ്റര്‍"),
    "si": ("දායක", "ලොග් වන්න", "ලියාපදිංචි"),
    "th": ("สมัครสมาชิก", "สมาชิก", "เข้าสู่ระบบ", "ลงทะเบียน"),
    "lo": ("ສະໝັກ", "ສະມາຊິກ", "ເຂົ້າສູ່ລະບົບ", "ລົງທະບຽນ"),
    "my": ("စာရင်းသွင်း", "အကောင့်ဝင်", "မှတ်ပုံတင်", "အသင်းဝင်"),
    "km": ("ជាវ", "ចុះឈ្មោះ", "ចូលគណនី", "សមាជិក"),
    "am": ("ይመዝገቡ", "ይግቡ", "ደንበኝነት", "አባል"),
    "zh": ("订阅", "訂閱", "登录", "登入", "登錄", "註冊", "注册", "会员", "會員"),
    "ja": ("購読", "ログイン", "会員登録", "登録", "有料会員"),
    "ko": ("구독", "로그인", "회원가입", "회원"),
    "vi": ("đăng ký", "đăng nhập", "thành viên"),
    "id": ("berlangganan", "langganan", "masuk", "daftar", "anggota"),
    "ms": ("langgan", "melanggan", "log masuk", "daftar", "ahli"),
    "tl": (
        "mag-subscribe",
        "mag-sign in",
        "mag-log in",
        "magparehistro",
        "mag-register",
        "miyembro",
    ),
    "sw": ("jiandikishe", "jisajili", "ingia", "usajili", "mwanachama"),
    "ha": ("yi rajista", "rajista", "shiga"),
    "yo": ("forúkọ sílẹ̀", "wọlé", "ṣe alabapin"),
    "so": ("is diiwaangeli", "diiwaangeli", "ku biir", "xubin"),
}

#: For subscribers or members only, by language, where the words are no pattern's of
#: :mod:`analysis.clean.paywall`: "only" or "exclusively" with the readers it names
#: ("Tento článek je exkluzivně pro předplatitele", "Artikel ini adalah untuk pelanggan
#: sahaja"), each a stem of the word for subscribers ("předplatitel" finds
#: "předplatitele" and "předplatitelům"), never "for subscribers" alone (a menu's "Offers
#: for subscribers"); in scripts written without spaces between words, the words for
#: members only or paid content ("この記事は有料会員限定です", "本文为付费内容").
ONLY_FOR: dict[str, tuple[str, ...]] = {
    "cs": (
        "pouze pro předplatitel",
        "jen pro předplatitel",
        "výhradně pro předplatitel",
        "exkluzivně pro předplatitel",
        "pouze předplatitelům",
        "jen předplatitelům",
    ),
    "sk": (
        "len pre predplatiteľ",
        "iba pre predplatiteľ",
        "výhradne pre predplatiteľ",
        "exkluzívne pre predplatiteľ",
        "len predplatiteľom",
        "iba predplatiteľom",
    ),
    "sl": ("samo za naročnik", "le za naročnik", "izključno za naročnik"),
    "eu": ("harpidedunentzat soilik", "harpidedunentzat bakarrik", "harpidedunentzako edukia"),
    "hr": (
        "samo za pretplatnik",
        "isključivo za pretplatnik",
        "samo pretplatnicima",
        "isključivo pretplatnicima",
    ),
    "sr": (
        "samo za pretplatnik",
        "isključivo za pretplatnik",
        "само за претплатник",
        "samo pretplatnicima",
        "само претплатницима",
    ),
    "bg": ("само за абонат", "единствено за абонат", "само за абонираните"),
    "ru": (
        "только для подписчик",
        "только подписчикам",
        "эксклюзивно для подписчик",
    ),
    "uk": (
        "лише для передплатник",
        "тільки для передплатник",
        "лише для підписник",
        "тільки для підписник",
        "лише передплатникам",
        "тільки передплатникам",
    ),
    "ro": (
        "doar pentru abona",
        "numai pentru abona",
        "exclusiv pentru abona",
    ),
    "hu": ("csak előfizető", "kizárólag előfizető"),
    "el": ("μόνο για συνδρομητ", "αποκλειστικά για συνδρομητ", "μόνο για τους συνδρομητ"),
    "tr": ("sadece abonelere", "yalnızca abonelere", "abonelere özel"),
    "lt": ("tik prenumerator", "tik prenumeruojantiems", "skirtas tik prenumerator"),
    "lv": ("tikai abonent",),
    "et": ("ainult tellija", "vaid tellija"),
    "ca": ("només per a subscriptor", "exclusiu per a subscriptor", "exclusiu per als subscriptor"),
    "gl": ("só para subscritor", "exclusivo para subscritor", "só para os subscritor"),
    "ms": ("untuk pelanggan sahaja", "hanya untuk pelanggan", "khas untuk pelanggan"),
    "id": ("hanya untuk pelanggan", "khusus untuk pelanggan"),
    "vi": ("chỉ dành cho thành viên", "chỉ dành cho người đăng ký", "dành riêng cho thành viên"),
    "sw": ("kwa wanachama pekee", "kwa waliojiandikisha pekee"),
    "ar": ("للمشتركين فقط", "حصري للمشتركين"),
    "he": ("למנויים בלבד",),
    "fa": ("فقط برای مشترکان", "ویژه مشترکان", "ویژه مشترکین"),
    "ko": ("회원 전용", "구독자 전용", "유료 회원 전용"),
    "th": ("เฉพาะสมาชิก",),
    "ja": ("会員限定", "会員専用"),
    "zh": ("付费内容", "付費內容", "付费阅读", "付費閱讀"),
}

# The first letters of scripts written with spaces between words and no prefix joined to
# a word (Latin, Greek, Cyrillic, Armenian): an entry in one of them starts a word.
_WORD_START_SCRIPTS_END = 0x0590


def starts_a_word(entry: str) -> bool:
    """True for an entry found only at the start of a word: its script separates words
    with spaces and joins no prefix to them (Latin, Greek, Cyrillic, Armenian).

    Parameters
    ----------
    entry : str
        An entry of :data:`READ_ON` or :data:`WAY_IN`.

    Returns
    -------
    bool
        Whether its first letter is of such a script.
    """
    return ord(entry[0]) < _WORD_START_SCRIPTS_END


def word_start_pattern(table: dict[str, tuple[str, ...]]) -> str:
    """An alternation of every entry of ``table``, each at the start of a word where its
    script separates words with spaces and joins no prefix to them, else anywhere.

    Parameters
    ----------
    table : dict of str to tuple of str
        Lower-case entries by language (:data:`READ_ON`, :data:`WAY_IN`).

    Returns
    -------
    str
        A pattern for ``re.IGNORECASE``; its entries longest first.
    """
    entries = sorted({entry for row in table.values() for entry in row}, key=lambda e: (-len(e), e))
    return "|".join(
        (r"(?<!\w)" if starts_a_word(entry) else "") + re.escape(entry) for entry in entries
    )
