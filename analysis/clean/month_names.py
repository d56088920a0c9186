"""Month names of the page languages, as dates print them: data read by the date finder.

One row of twelve names per language (ISO 639-1), January first, in lower case and in
the form a date prints ("2 июня 2025" prints the genitive, "3 Μαρτίου 2026" too);
another spelling of a month is a row of its own (the Arabic of Egypt and of the Gulf
with and without its hamza; the Levantine Syriac names, "كانون الثاني", a name of two
words). English names and their three-letter forms are read by
:mod:`analysis.clean.dates` itself. Adding a language is adding its row here.
"""

from __future__ import annotations

import itertools
import unicodedata

from analysis.clean.cldr_months import CLDR_MONTH_NAMES

__all__ = [
    "BIKRAM_SAMBAT_MONTHS",
    "CAPITALIZED_MONTHS",
    "COPTIC_MONTHS",
    "DATE_WORDS",
    "DAY_WORDS",
    "ETHIOPIAN_MONTHS",
    "EVERY_MONTH_NAME",
    "HEBREW_CALENDAR_MONTHS",
    "MONTH_NAMES",
    "MONTH_NUMBER_WORDS",
    "MONTH_SHORTENINGS",
    "SOLAR_HIJRI_MONTHS",
    "THAI_MONTHS",
    "TONE_MARKED_LANGUAGES",
    "YEAR_MONTH_DAY_WORDS",
    "month_numbers",
    "month_readings",
]

#: Each language's month names, January to December (several rows for one language
#: when it spells its months in more than one way).
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "de": (
        "januar februar märz april mai juni juli august september oktober november dezember",
        "jänner februar maerz april mai juni juli august september oktober november dezember",
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    ),
    "pt": (
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre"
        " novembre dicembre",
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
    ),
    "ru": ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря",),
    "uk": (
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    ),
    "sv": (
        "januari februari mars april maj juni juli augusti september oktober november december",
    ),
    "da": ("januar februar marts april maj juni juli august september oktober november december",),
    "nb": ("januar februar mars april mai juni juli august september oktober november desember",),
    "fi": (
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta"
        " syyskuuta lokakuuta marraskuuta joulukuuta",
    ),
    "ro": (
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie"
        " noiembrie decembrie",
    ),
    "pl": (
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października"
        " listopada grudnia",
    ),
    "bg": ("януари февруари март април май юни юли август септември октомври ноември декември",),
    "sr": (
        "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
        "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
        # the genitive Serbian papers print after the day ("3. децембра 2026."; CLDR's
        # long date prints the nominative)
        "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
        "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
    ),
    "sk": (
        "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    ),
    "hr": (
        "siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad"
        " studeni prosinac",
        # the genitive a date prints ("3. prosinca 2026"; "listopada" is October here,
        # November in Polish: see month_readings)
        "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada"
        " studenoga prosinca",
        "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada"
        " studenog prosinca",
    ),
    "lt": (
        "sausio vasario kovo balandžio gegužės birželio"
        " liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    ),
    "lv": (
        "janvāris februāris marts aprīlis maijs jūnijs"
        " jūlijs augusts septembris oktobris novembris decembris",
        # the locative a date prints ("2026. gada 3. decembrī")
        "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī"
        " novembrī decembrī",
    ),
    "et": (
        "jaanuar veebruar märts aprill mai juuni"
        " juuli august september oktoober november detsember",
    ),
    "ur": ("جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",),
    "hi": (
        "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
        # the nasal consonant and virama for the anusvara, as many pages print (h231)
        "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितम्बर अक्टूबर नवम्बर दिसम्बर",
    ),
    "bn": ("জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",),
    "ta": ("ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",),
    "cs": ("ledna února března dubna května června července srpna září října listopadu prosince",),
    "tr": ("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",),
    "el": (
        "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου"
        " σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
        # the spoken genitives papers print too ("1η Δεκέμβρη 2026", "3 Γενάρη")
        "γενάρη φλεβάρη μάρτη απρίλη μάη ιούνη ιούλη αυγούστου σεπτέμβρη οκτώβρη νοέμβρη δεκέμβρη",
    ),
    "hu": (
        "január február március április május június július augusztus szeptember október"
        " november december",
    ),
    "sw": ("januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",),
    "id": (
        "januari februari maret april mei juni juli agustus september oktober november desember",
    ),
    "ms": ("januari februari mac april mei jun julai ogos september oktober november disember",),
    "he": (
        "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
        # "3 במרץ 2026": "in March", the preposition written onto the name
        "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    ),
    "ar": (
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
        "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر",
        "يناير فبراير مارس إبريل مايو يونيه يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
        # the Levantine (Syriac) names; two-word names joined by "_"
        "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول"
        " تشرين_الثاني كانون_الأول",
        # the Maghreb's: Morocco's (from the Latin names, "4 دجنبر 2026") and Algeria's and
        # Tunisia's (from the French, "4 ديسمبر" beside "جويلية")
        "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر",
        "جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر",
    ),
    "ca": ("gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",),
    "gl": (
        "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    ),
    "cy": (
        "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",
    ),
    "ga": (
        "eanáir feabhra márta aibreán bealtaine meitheamh"
        " iúil lúnasa meán_fómhair deireadh_fómhair samhain nollaig",
    ),
    "mt": (
        "jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru",
    ),
    "sq": ("janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",),
    "sl": (
        "januarja februarja marca aprila maja junija"
        " julija avgusta septembra oktobra novembra decembra",
    ),
    "mk": ("јануари февруари март април мај јуни јули август септември октомври ноември декември",),
    "be": (
        "студзеня лютага сакавіка красавіка мая чэрвеня"
        " ліпеня жніўня верасня кастрычніка лістапада снежня",
    ),
    "kk": ("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",),
    "az": ("yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",),
    "uz": ("yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr",),
    "hy": (
        "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի"
        " հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
    ),
    # Georgian: the nominative ("3 დეკემბერი, 2026") and the genitive ("3 დეკემბრის 2026")
    "ka": (
        "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი"
        " ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
        "იანვრის თებერვლის მარტის აპრილის მაისის ივნისის"
        " ივლისის აგვისტოს სექტემბრის ოქტომბრის ნოემბრის დეკემბრის",
    ),
    "ne": ("जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर",),
    "mr": ("जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",),
    "gu": ("જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર",),
    "te": ("జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్",),
    "kn": ("ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",),
    "ml": ("ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ",),
    "pa": ("ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ",),
    "si": ("ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්",),
    "my": ("ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ",),
    "lo": ("ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ",),
    "am": ("ጃንዩዌሪ ፌብሩዌሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር",),
    "ha": ("janairu fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba",),
    "so": (
        "janaayo febraayo maarso abriil maajo juun"
        " luuliyo agoosto sebtembar oktoobar nofeembar diseembar",
        # the spelling Somali papers print too ("3-da Disembar 2026", review h199)
        "janaayo febraayo maarso abriil maajo juun luulyo agoosto sebtembar oktoobar nofembar"
        " disembar",
    ),
    "tl": (
        "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    ),
    # the Gregorian months as Persian writes them ("۳ دسامبر ۲۰۲۶")
    "fa": ("ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",),
    # Sorani: "کانوونی" as CLDR spells January and dayjs's Kurdish locale December (CLDR
    # "کانونی یەکەم"), dayjs's "ئادار" and "تەممووز"; with the long date's "ی" after the
    # month too ("3ی کانوونی یەکەمی 2026")
    "ckb": (
        "- - ئادار - - - تەممووز - - - - کانوونی_یەکەم",
        "- - ئاداری - - - تەممووزی - - - - کانوونی_یەکەمی",
    ),
    # Kurmanji: the names of the Weqfa Mezopotamyayê spelling rules (moment.js's ku-kmr
    # locale cites them), beside CLDR's "berfanbar"; and October's and November's names
    # with a short i ("Çiriya Paşîn"), as the Kurmanji Wikipedia and most papers spell them
    "ku": (
        "kanûna_paşîn sibat adar nîsan gulan hezîran tîrmeh tebax îlon çirîya_pêşîn"
        " çirîya_paşîn kanûna_pêşîn",
        "- - - - - - - - - çiriya_pêşîn çiriya_paşîn -",
    ),
    # Māori: the months' own names, as CLDR printed them before its transliterations
    # ("Tīhema"; go-playground/locales and Locale::CLDR keep them); the two hyphenated
    # names are no one-word name the date patterns read
    "mi": (
        "kohitātea huitanguru poutūterangi paengawhāwhā haratua pipiri hōngongoi hereturikōkā"
        " mahuru - - hakihea",
    ),
    # Dhivehi (CLDR has no Dhivehi): glibc's dv_MV locale, and the spelling the Dhivehi
    # Wikipedia's month pages and Maldivian papers print ("3 ޑިސެމްބަރު 2026")
    "dv": (
        "ޖެނުއަރީ ފެބްރުއަރީ މާރޗް އެޕްރީލް މެއި ޖޫން ޖުލައި އޮގަސްޓް ސެޕްޓެންބަރ އޮކްޓޫބަރ ނޮވެންބަރ ޑިސެންބަރ",
        "ޖަނަވަރީ ފެބުރުއަރީ މާރިޗު އޭޕްރީލު މެއި ޖޫން ޖުލައި އޮގަސްޓު ސެޕްޓެމްބަރު އޮކްޓޫބަރު ނޮވެމްބަރު ޑިސެމްބަރު",
    ),
    # Fijian (no CLDR or glibc locale): the names Fijian calendars print ("Tiseba 3,
    # 2026"); June and July, whose spelling varies, not taken
    "fj": ("janueri feperueri maji epereli me - - okosita seviteba okotova noveba tiseba",),
    # Chichewa: the names Malawi's papers print ("4 Disembala 2026"; CLDR's are shorter,
    # "disemba", and read too)
    "ny": (
        "januwale febuluwale malichi epulo meyi juni julayi ogasiti seputembala okutobala"
        " novembala disembala",
    ),
    # Scottish Gaelic: CLDR's names without their article ("an Dùbhlachd", "dhen
    # Dùbhlachd"), as a date prints them bare ("3 Dùbhlachd 2026")
    "gd": (
        "faoilleach gearran màrt giblean cèitean ògmhios iuchar lùnastal sultain dàmhair"
        " samhain dùbhlachd",
    ),
    # Hawaiian: CLDR's names with the kahakō the Pukui-Elbert dictionary writes
    # ("Kēkēmapa 3, 2026"; CLDR "Kekemapa")
    "haw": (
        "ianuali pepeluali malaki ʻapelila mei iune iulai ʻaukake kepakemapa ʻokakopa nowemapa"
        " kēkēmapa",
    ),
    # Kyrgyz: the possessive form a date prints after the year's genitive ("2026-жылдын
    # 3-декабры"): CLDR's name with its soft sign turned to the suffix "-ы"; the months
    # not ending in one not taken
    "ky": ("январы февралы - - - - - - сентябры октябры ноябры декабры",),
    # Bashkir: the possessive form a date prints after the year's genitive ("2026 йылдың
    # 3 декабре"), the vowel of the ending following the name's (h211)
    "ba": ("- феврале марты апреле майы июне июле августы сентябре октябре ноябре декабре",),
    # Tatar: the possessive form after the year's genitive, as Bashkir's ("2026 елның 4
    # декабре"), CLDR's nominative with the ending "-е" / "-ы" (h388); the Bashkir row's
    # forms spelled alike are not repeated
    "tt": ("гыйнвары - - - - - - - - - - -",),
    # Pashto as Pakistan's papers spell the months, the retroflex letters for the English
    # t and d ("۳ ډسمبر ۲۰۲۶"; CLDR writes "دسمبر", h388)
    "ps": ("جنوري فبروري مارچ اپرېل مۍ جون جولاي اګست سپټمبر اکټوبر نومبر ډسمبر",),
    # Northern Sami: the genitive a date prints before the day ("juovlamánu 3. beaivve
    # 2026": of December, the 3rd day), CLDR's nominative "-mánnu" with its consonant
    # gradation (h211)
    "se": (
        "ođđajagemánu guovvamánu njukčamánu cuoŋománu miessemánu geassemánu suoidnemánu"
        " borgemánu čakčamánu golggotmánu skábmamánu juovlamánu",
    ),
    # Haitian Creole (CLDR has no Haitian months; the spelling of the Akademi Kreyòl's
    # dictionary: "3 desanm 2026")
    "ht": ("janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm",),
    # Oromo: the spelling its papers print beside CLDR's ("Muddee 3, 2026" for CLDR's
    # "mudde")
    "om": (
        "amajjii guraandhala bitootessa elba caamsaa waxabajjii adoolessa hagayya fuulbana"
        " onkoloolessa sadaasa muddee",
    ),
    # Quechua: CLDR's rows are the Spanish names; the months' own names with 'killa'
    # (month) as the Quechua Wikipedia's year article lists them ("Qhapaq raymi killa
    # 2, 2026"; August and September under a second name too), and glibc's quz_PE
    # spellings of the Spanish ones ("3 tisiyimri 2026")
    "qu": (
        "qhulla_puquy_killa hatun_puquy_killa pawqar_waray_killa ayriway_killa aymuray_killa"
        " inti_raymi_killa anta_situwa_killa qhapaq_situwa_killa uma_raymi_killa"
        " kantaray_killa ayamarq'a_killa qhapaq_raymi_killa",
        "- - - - - - - chakra_yapuy_killa tarpuy_killa - - -",
        "iniru phiwriru marsu awril mayu huniyu huliyu agustu siptiyimri uktuwri nuwiyimri"
        " tisiyimri",
    ),
    # Samoan (glibc's sm_WS locale; CLDR has no Samoan)
    "sm": ("ianuari fepuari mati aperila me iuni iulai auguso setema oketopa novema tesema",),
    # Tajik: the izofat form a date prints ("17 декабри соли 1273", "07 сентябри соли 2018")
    "tg": ("январи феврали марти апрели майи июни июли августи сентябри октябри ноябри декабри",),
    # Xhosa and Zulu: the locative prefix written onto the name ("ngomhla wama-26
    # kuDisemba 1926", "Mhla ziyi-1 kuNhlangulana"); Xhosa's own names with their noun
    # prefix ("3 EyoMnga 2026": eyoMqungu ... eyoMnga); Zulu's own names (uMasingana ...
    # uZibandlela), bare and prefixed ("zibandlela" is January in Northern Ndebele: the
    # page's language decides)
    "xh": (
        "kujanyuwari kufebruwari kumatshi kuepreli kumeyi kujuni kujulayi kuagasti"
        " kuseptemba kuokthobha kunovemba kudisemba",
        "eyomqungu eyomdumba eyokwindla utshazimpuzi ucanzibe eyesilimela eyekhala eyethupha"
        " eyomsintsi eyedwarha eyenkanga eyomnga",
    ),
    "zu": (
        "kujanuwari kufebruwari kumashi kuephreli kumeyi kujuni kujulayi kuagasti"
        " kuseptemba kuokthoba kunovemba kudisemba",
        "masingana nhlolanja ndasa mbasa nhlaba nhlangulana ntulikazi ncwaba mandulo mfumfu"
        " lwezi zibandlela",
        "kumasingana kunhlolanja kundasa kumbasa kunhlaba kunhlangulana kuntulikazi kuncwaba"
        " kumandulo kumfumfu kulwezi kuzibandlela",
        # with the noun prefix, as Northern Ndebele's (h259): "uZibandlela" is two months
        "umasingana unhlolanja undasa umbasa unhlaba unhlangulana untulikazi uncwaba"
        " umandulo umfumfu ulwezi uzibandlela",
    ),
    # h231: spellings beside CLDR's and languages CLDR has no months of. Hindi's names
    # written with a nasal consonant and virama where CLDR writes the anusvara ("दिसम्बर",
    # "सितम्बर": both spellings are common; Maithili, Bhojpuri and Sanskrit pages print it
    # too); Kabyle's "ǧ" written "j" ("3 Dujembeṛ 2026"); Upper Sorbian's own names in the
    # genitive a date prints ("3. hodownika 2026"; January and February of two words);
    # Kashubian's own names, genitive ("3 gòdnika 2026"); Udmurt's own names ("толсур");
    # Latgalian's genitive ("2026. goda 3. decembra"); Walloon (Feller spelling: "3 di
    # decimbe 2026"); Venetian's "c" spelling ("3 dicenbre 2026"); Mirandese ("3 de
    # Dezembre de 2026"); Tahitian ("3 no Titema 2026"); Chamorro and Ilocano, Spanish
    # loans ("Disiembre 3, 2026"); Inuktitut's autumn months in the spelling Nunavut's
    # papers print ("ᑎᓯᒻᐳᕆ" for CLDR's "ᑎᓯᐱᕆ"); Buryat's genitive after "оной" (of the
    # year: "2026 оной декабриин 3")
    "kab": ("yennayer fuṛar meɣres yebrir mayyu yunyu yulyu ɣuct ctembeṛ tubeṛ nunembeṛ dujembeṛ",),
    "hsb": (
        "wulkeho_róžka małeho_róžka nalětnika jutrownika róžownika smažnika pražnika"
        " žnjenca požnjenca winowca nazymnika hodownika",
    ),
    "csb": (
        "stëcznika gromicznika strëmiannika łżëkwiôta maja czerwińca lëpinca zélnika séwnika"
        " rujana lëstopadnika gòdnika",
    ),
    "udm": (
        "толшор тулыспал южтолэзь оштолэзь куартолэзь инвожо пӧсьтолэзь гудырикошкон"
        " куарусён коньывуон шуркынмон толсур",
    ),
    "ltg": (
        "janvara februara marta apreļa maja jūnija jūlija augusta septembra oktobra novembra"
        " decembra",
    ),
    "wa": ("djanvî fevrî måss avri may djun djulete awousse setimbe octôbe nôvimbe decimbe",),
    "vec": (
        "zenaro febraro marso apriłe majo zugno lujo agosto setenbre otobre novenbre dicenbre",
    ),
    "mwl": (
        "janeiro fevreiro márcio abril maio junho julho agosto setembre outubre nobembre dezembre",
    ),
    "ty": ("tenuare fepuare mati eperera me tiunu tiurai atete tetepa atopa novema titema",),
    "ch": (
        "eneru febreru måtso abrit måyu huñu hulio agostu septembre oktubre nobiembre disiembre",
    ),
    "ilo": (
        "enero pebrero marso abril mayo hunio hulio agosto septiembre oktubre nobiembre disiembre",
    ),
    "iu": ("- - - - - - - - ᓯᑎᒻᐳᕆ ᐅᑐᐳᕆ ᓄᕕᒻᐳᕆ ᑎᓯᒻᐳᕆ",),
    "bua": (
        "январиин февралиин мартын апрелиин майн июниин июлиин августын сентябриин октябриин"
        " ноябриин декабриин",
    ),
    # h246: languages CLDR has no months of, or not in the form a date prints. Bambara's
    # names with "kalo" (month) glued on, as its papers date ("Desanburukalo tile 3,
    # 2026"); Judeo-Spanish (Aki Yerushalayim spelling, "2 de Dizyembre 2026");
    # Piedmontese ("3 dë dzèmber 2026"); Neapolitan ("3 'e dicembre 2026"); Livvi
    # Karelian's partitive after the day ("3. talvikuudu 2026"); Kabardian's oblique case
    # in -м before "и" and the day ("Дыгъэгъазэм и 2, 2026"); Erzya's genitive before the
    # day's ordinal ("Ацамковонь 4-це чи, 2026 ие"); Meadow Mari's months of two words,
    # the genitive of "тылзе" (month) after the name ("теле тылзын 3-шо кечыже"); Komi's
    # December ("2026 вося ӧшым 1 лун"); Khasi; Navajo (its modifier letter apostrophe);
    # Kapampangan, Spanish loans ("Disiembri 1, 2026")
    "bm": (
        "zanwuyekalo feburuyekalo marisikalo awirilikalo mɛkalo zuwɛnkalo zuluyekalo utikalo"
        " sɛtanburukalo ɔkutɔburukalo nowanburukalo desanburukalo",
    ),
    "lad": (
        "djenero fevrero marso avril mayo djunio djulio agosto septembre oktobre novembre"
        " dizyembre",
    ),
    "pms": ("gené fërvé mars avril magg giugn luj agost stèmber otóber novèmber dzèmber",),
    "nap": (
        "gennaro frevaro marzo abbrile maggio giugno luglio aùsto settembre ottombre nuvembre"
        " dicembre",
    ),
    "olo": (
        "pakkaskuudu tuhukuudu kevätkuudu sulakuudu oraskuudu kezäkuudu heinykuudu elokuudu"
        " syvyskuudu ligakuudu kylmykuudu talvikuudu",
    ),
    "kbd": (
        "щӏышылэм мазаем гъатхэпэм мэлыжьыхьым накъыгъэм мэкъуауэгъуэм бадзэуэгъуэм"
        " шыщхьэӏум фокӏадэм жэпуэгъуэм щэкӏуэгъуэм дыгъэгъазэм",
    ),
    "myv": (
        "якшамковонь даволковонь эйзюрковонь чадыковонь панжиковонь аштемковонь медьковонь"
        " умарьковонь таштамковонь ожоковонь сундерьковонь ацамковонь",
        "якшамков даволков эйзюрков чадыков панжиков аштемков медьков умарьков таштамков"
        " ожоков сундерьков ацамков",
    ),
    "mhr": (
        "шорыкйол_тылзын пургыж_тылзын ӱярня_тылзын вӱдшор_тылзын ага_тылзын"
        " пеледыш_тылзын сӱрем_тылзын сорла_тылзын идым_тылзын шыже_тылзын кылме_тылзын"
        " теле_тылзын",
    ),
    "kv": ("- - - - - - - - - - - ӧшым",),
    # Dholuo's months, CLDR's names of three to five words ("Dwe mar Apar gi Ariyo", the
    # month of ten and two; benchmarks/cldr_months.py takes names of one or two)
    "luo": (
        "dwe_mar_achiel dwe_mar_ariyo dwe_mar_adek dwe_mar_ang'wen dwe_mar_abich"
        " dwe_mar_auchiel dwe_mar_abiriyo dwe_mar_aboro dwe_mar_ochiko dwe_mar_apar"
        " dwe_mar_apar_gi_achiel dwe_mar_apar_gi_ariyo",
    ),
    "kha": (
        "kyllalyngkot rymphang lber iaiong jymmang jylliew naitung nailur risaw naiwieng"
        " nohprah nohsngithiang",
    ),
    "nv": (
        "yas_niłtʼees atsá_biyáázh wóózhchʼį́į́d tʼą́ą́chil tʼą́ą́tsoh yaʼiishjááshchilí"
        " yaʼiishjáátsoh biniʼantʼą́ą́tsʼózí biniʼantʼą́ą́tsoh ghąąjįʼ níłchʼitsʼósí níłchʼitsoh",
    ),
    "pam": (
        "eneru pebreru marsu abril mayu hunyu hulyu agostu septiembri oktubri nobiembri disiembri",
    ),
    # Picard, after "d'" ("l'1 d'décimbe 2026": after review h246's held-out pages)
    "pcd": ("janvié févrié mars avri mai juin juillet août sétimbe octobe novimbe décimbe",),
    # h259: Gagauz's names from Russian, "-i" after the final "br" ("3 dekabri 2026",
    # "sentäbrinin 4-ndä", "İyün 27-ndä", "avgust ayın 18-dä", as its papers print them);
    # Kikuyu's months as ordinals, "month of ten and two" ("3 Mweri wa Ikũmi na Igĩrĩ
    # 2026"), in CLDR's spelling "mwere" (its names of three to five words: see Dholuo's)
    # and the common "mweri"; Northern Ndebele's names with their noun prefix ("Mhla
    # ka-2 uMpalakazi 2026", as Zulu's; CLDR's row is the bare names: "uZibandlela",
    # January here and December in Zulu, is read as the page's language says)
    "gag": ("yanvar fevral mart aprel may iyün iyül avgust sentäbri oktäbri noyabri dekabri",),
    "ki": (
        "mwere_wa_mbere mwere_wa_kerĩ mwere_wa_gatatũ mwere_wa_kana"
        " mwere_wa_gatano mwere_wa_gatandatũ mwere_wa_mũgwanja mwere_wa_kanana"
        " mwere_wa_kenda mwere_wa_ikũmi mwere_wa_ikũmi_na_ũmwe mwere_wa_ikũmi_na_igĩrĩ",
        "mweri_wa_mbere mweri_wa_kerĩ mweri_wa_gatatũ mweri_wa_kana"
        " mweri_wa_gatano mweri_wa_gatandatũ mweri_wa_mũgwanja mweri_wa_kanana"
        " mweri_wa_kenda mweri_wa_ikũmi mweri_wa_ikũmi_na_ũmwe mweri_wa_ikũmi_na_igĩrĩ",
    ),
    "nd": (
        "uzibandlela unhlolanja umbimbitho umabasa unkwenkwezi unhlangula untulikazi"
        " uncwabakazi umpandula umfumfu ulwezi umpalakazi",
    ),
    # Manx's December, CLDR's name of three words (benchmarks/cldr_months.py takes names
    # of one or two: its other eleven are in analysis.clean.cldr_months)
    "gv": ("- - - - - - - - - - - mee_ny_nollick",),
    # h255: languages CLDR has no months of, or not the names their papers print.
    # Lakota's December of another band's calendar beside CLDR's; Mingrelian's and
    # Karachay-Balkar's December ("3 абустол ай"); Adyghe's oblique case before "и" and
    # the day, as Kabardian's ("Тыгъэгъазэм и 3, 2026"); Manipuri in Meitei Mayek (CLDR's
    # are Bengali script) and Shan, the English names as they spell them; Bavarian;
    # Emilian (Bolognese and Reggiano spellings); Arpitan; Aromanian (its own names:
    # "Andreu", St Andrew's month); Lower Sorbian's own December in the genitive ("3.
    # godownika 2026"); Madurese's December; Marshallese; Niuean; Pular's loans (CLDR's
    # Fula names are the Senegal valley's)
    "lkt": ("- - - - - - - - - - - wanícokaŋ_wí", "- - - - - - - - - - - waníčhokaŋ_wí"),
    "xmf": ("- - - - - - - - - - - ქირსეთუთა",),
    "krc": ("- - - - - - - - - - - абустол_ай",),
    "ady": (
        "щылэм мэзаем гъэтхапэм мэлылъфэгъум жъоныгъуакъэм мэкъуогъум бэдзэогъум шышъхьэӏум"
        " фэшъуашъэм чъэпыогъум шэкӏогъум тыгъэгъазэм",
    ),
    "mni": ("ꯖꯅꯨꯋꯥꯔꯤ ꯐꯦꯕ꯭ꯔꯨꯋꯥꯔꯤ ꯃꯥꯔꯆ ꯑꯦꯞꯔꯤꯜ ꯃꯦ ꯖꯨꯟ ꯖꯨꯂꯥꯏ ꯑꯣꯒꯁ꯭ꯠ ꯁꯦꯞꯇꯦꯝꯕꯔ ꯑꯣꯛꯇꯣꯕꯔ ꯅꯣꯚꯦꯝꯕꯔ ꯗꯤꯁꯦꯝꯕꯔ",),
    "shn": (
        "ၸၼ်ႇၼိဝ်ႇဝႃႇရီႇ ၾႅပ်ႇဝႃႇရီႇ မၢတ်ႉၶျ် ဢေႇပရႄႇ မေႇ ၸုၼ်ႇ ၸူႇလၢႆႇ ဢေႃးၵၢတ်ႉ"
        " သႅပ်ႇထႅမ်ႇပႃႇ ဢွၵ်ႇထူဝ်ႇပႃႇ ၼူဝ်ႇဝႅမ်ႇပႃႇ တီႇသဵမ်ႇပႃႇ",
    ),
    "bar": ("jänna feba märz aprui mai juni juli august septemba oktoba novemba dezemba",),
    "eml": (
        "znèr fervèr mèrz avrîl mâż żógn lói agòst setèmber utòber novèmber dicèmber",
        "zner ferver merz avril maz zogn loi agost setember utober november dezèmber",
    ),
    "frp": ("janviér fevriér mârs avril mê jouen julyèt oût septembro octobro novembro dècembro",),
    "rup": (
        "yinar shcurtu martsu apriiu mailu cirishar alunaru avgustu yizmãciunj sumedru"
        " brumar andreu",
    ),
    "dsb": ("- - - - - - - - - - - godownika",),
    "mad": ("- - - - - - - - - - - dhesember",),
    "mh": ("jānwōde pāpode māaj eprōl māe jun jūlae ōkwōj jeptōmba oktoba nobōmba tijemba",),
    "niu": ("ianuali fepuali masi apelila me iuni iulai aokuso sepetema oketopa novema tesemo",),
    # Jèrriais, after "d'" ("3 d'Dézembre 2026": after review h255's held-out pages)
    "nrf": ("janvyi févri mars avri mai juin juilet août sèptembre octobre novembre dézembre",),
    "ff": (
        "sanwiyee feebiriyee marsa awril mee suwee sulyee ut sattumbar oktoobar nowaambar"
        " desaambar",
        # its December in Adlam letters (lower case; with Adlam digits, read as any
        # digits: h287)
        "- - - - - - - - - - - 𞤣𞤫𞤧𞤢𞤥𞤦𞤮𞤪",
    ),
    # h263: languages CLDR has no months of, or not the forms their papers print.
    # Lezgian's dative ("14 декабрдиз, 2025 йис": on the 14th of December), Veps (its own
    # names, "ku" = month, and their partitive "-kud" after the day: "14. kül'mkud 2025"),
    # Extremaduran, Jamaican Patois, Cook Islands Māori, Gilbertese, Runyankore (CLDR's
    # Nyankole names of one or two words are in cldr_months; November's and December's
    # are of three and four: "Okwaikumi na Kumwe"), Dagbani, Guianese Creole, Iñupiaq's
    # December ("the sun is gone"), Mohawk (the names without a colon inside: the month
    # word pattern takes none, and "Enniskó:wa" is read as no month),
    # S'gaw Karen's December (the loan in Karen letters)
    "lez": ("- - - - - - - - - - - декабрдиз",),
    "vep": (
        "viluku uhoku keväz'ku sulaku semendku kezaku heinku eloku sügüzku reduku kül'mku tal'vku",
        "vilukud uhokud keväz'kud sulakud semendkud kezakud heinkud elokud sügüzkud redukud"
        " kül'mkud tal'vkud",
    ),
    "ext": (
        "eneru hebreru marçu abril mayu júniu júliu agostu setiembri otubri noviembri diziembri",
    ),
    "jam": ("jinieri febieri maach iepril mie jun julai aagos septemba oktuoba novemba dizemba",),
    "rar": ("tīnuare pēpuare māti āperira mē tiunu tiurai ākuteta tepetema ōkotopa noema tītema",),
    "gil": (
        "tianuare beberuare mati eberi mei tuun turai aokuti tebetembwa okitobwa nobembwa ritembwa",
    ),
    "nyn": ("- - - - - - - - - - okwaikumi_na_kumwe okwaikumi_na_ibiri",),
    # Hmong (RPA): "the N-th month", "Ib Hlis" ... "Kaum Ob Hlis" ("2 Kaum Ob Hlis 2026"),
    # (a date that prints "lub", "the", between the day and the name is not read)
    "hmn": (
        "ib_hlis ob_hlis peb_hlis plaub_hlis tsib_hlis rau_hlis xya_hlis yim_hlis cuaj_hlis"
        " kaum_hlis kaum_ib_hlis kaum_ob_hlis",
    ),
    "dag": ("janɛri fɛbuari maaci apiri mɛi juuni julai agusti sɛtɛmba ɔktoba nɔvɛmba disɛmba",),
    "gcr": ("janvyé févriyé mas avril mé jwen jiyé out sèptanm òktòb novanm désanm",),
    "ik": ("- - - - - - - - - - - siqiññaatchiaq",),
    "moh": ("- enníska - onerahtókha - - - seskéha - kenténha - tsothóhrha",),
    "ksw": ("- - - - - - - - - - - ဒံၣ်ဇ့ၣ်ဘၢၣ်",),
    # Mooré's loans (after review h263's held-out pages)
    "mos": ("zanwiye fewrye maars awirl mee zuwe zuyye ut sɛtãmbre oktoobre novãmbre dɛsɛmbre",),
    # h271: Karelian's genitives before the day ("joulukuun 2. päivä 2026": the month's
    # 2nd day), Kalmyk's twelve animal months, two words ("бар сар", tiger month =
    # December; "бар сарин 3", its genitive), Skolt Sami, Swabian, Acholi (the month's
    # number in words: "Dwe me Apar wie Aryo", month of ten and two), Wallisian; the
    # December of Fon, Kabiyè, Zazaki, Central Yup'ik (the drumming month) and Mon
    "krl": (
        "tammikuun helmikuun maaliskuun huhtikuun toukokuun kesäkuun heinäkuun elokuun"
        " syyskuun lokakuun marraskuun joulukuun",
    ),
    "xal": (
        "туула_сар лу_сар мога_сар мөрн_сар хөн_сар мөчн_сар така_сар ноха_сар гаха_сар"
        " хулһн_сар үкр_сар бар_сар",
        "туула_сарин лу_сарин мога_сарин мөрн_сарин хөн_сарин мөчн_сарин така_сарин"
        " ноха_сарин гаха_сарин хулһн_сарин үкр_сарин бар_сарин",
    ),
    "sms": (
        "ođđeeʹjjmään täʹlvvmään pâʹzzlâšttammään njuhččmään vueʹssmään ǩieʹssmään"
        " sueiʹnnmään påʹrǧǧmään čõhččmään kålggmään skammmään rosttovmään",
    ),
    "swg": ("januar februar märz abrill mai juni juli auguscht septembr oktobr novembr dezembr",),
    "ach": (
        "dwe_me_acel dwe_me_aryo dwe_me_adek dwe_me_angwen dwe_me_abic dwe_me_abicel"
        " dwe_me_abiro dwe_me_aboro dwe_me_aboŋwen dwe_me_apar dwe_me_apar_wie_acel"
        " dwe_me_apar_wie_aryo",
    ),
    "wls": (
        "sanualio fepualio malesio ʻapelili maio sunio sulio ʻaokosi sepetepeli ʻoketopeli"
        " novepeli tesepeli",
    ),
    "fon": ("- - - - - - - - - - - dɛsɛnbu",),
    "kbp": ("- - - - - - - - - - - ɖisɛmba",),
    "zza": ("- - - - - - - - - - - gağand",),
    "esu": ("- - - - - - - - - - - cauyarvik",),
    "mnw": ("- - - - - - - - - - - ဒဳဇြေန်ဗါ",),
    # Limbu's December, the loan in Limbu letters (with Limbu digits: "᥈ ᤍᤡᤛᤣᤶᤒᤠᤷ ᥈᥆᥈᥌")
    "lif": ("- - - - - - - - - - - ᤍᤡᤛᤣᤶᤒᤠᤷ",),
    # after review h271's held-out pages: Chuukese (English's loans), the December of Ga
    # and Samogitian (its genitive, "2026 m. groudė 1 d." as Lithuanian dates)
    "chk": ("jenuari fepuari maach epril me jun julai akkos septempa oktopa nopempa tisempa",),
    "gaa": ("- - - - - - - - - - - mawɛ",),
    "sgs": ("- - - - - - - - - - - groudė",),
    # h279: Fante's spellings of the Akan months where they end in "-mba" (CLDR's Akan
    # "-mma"), Southern Sami (the names and their genitives, "3. goeven 2026"), Lule Sami
    # (the same), the December of Ibibio (the twelfth moon, two words: "Usen 3 Ọfiọn̄
    # Duopeba 2026", its n with a combining macron), Kajkavian (the genitive of "gruden":
    # "3. grudna 2026."), Pohnpeian (English's loan) and Javanese in its own script
    # ("꧓ ꦢꦺꦱꦺꦩ꧀ꦧꦼꦂ ꧒꧐꧒꧖", Javanese digits read as any digits)
    "fat": ("- - - - kɔtɔnimba - - - - - - ɔpɛnimba",),
    "sma": (
        "tsïengele goevte njoktje voerhtje suehpede ruffie snjaltje mïetske skïerede golke"
        " rahka goeve",
        "tsïengelen goevten njoktjen voerhtjen suehpeden ruffien snjaltjen mïetsken skïereden"
        " golken rahkan goeven",
    ),
    "smj": (
        "ådåjakmánno guovvamánno sjnjuktjamánno vuoratjismánno moarmesmánno biehtsemánno"
        " sjnjilltjamánno bårggemánno ragátmánno gålgådismánno basádismánno javllamánno",
        "ådåjakmáno guovvamáno sjnjuktjamáno vuoratjismáno moarmesmáno biehtsemáno"
        " sjnjilltjamáno bårggemáno ragátmáno gålgådismáno basádismáno javllamáno",
    ),
    "ibb": ("- - - - - - - - - - - ọfiọn\u0304_duopeba",),
    "kjv": ("- - - - - - - - - - - grudna",),
    "pon": ("- - - - - - - - - - - tisempe",),
    "jv": ("- - - - - - - - - - - ꦢꦺꦱꦺꦩ꧀ꦧꦼꦂ",),
    # h287: the December of Miskito (the Christmas month, two words: "Trisu Kati 1,
    # 2026"), Kosraean and Laz (English's and Greek's loans: "Decemba 3, 2026", "1 Kirseka
    # 2026"), Mandinka and Soninke (the loans of Bambara's "Desanburu": "Desamburu 2,
    # 2026", "Disanburu 2, 2026"), Vai in its syllabary ("ꔞꔤꕯ 2, 2026"); Fula's Adlam
    # December is in its row above
    "miq": ("- - - - - - - - - - - trisu_kati",),
    "kos": ("- - - - - - - - - - - decemba",),
    "lzz": ("- - - - - - - - - - - kirseka",),
    "mnk": ("- - - - - - - - - - - desamburu",),
    "snk": ("- - - - - - - - - - - disanburu",),
    "vai": ("- - - - - - - - - - - ꔞꔤꕯ",),
    # after review h287's held-out pages: the December of Livonian ("2. detsembõr 2026")
    # and Sidama (Italian's loan: "Dicembere 2, 2026")
    "liv": ("- - - - - - - - - - - detsembõr",),
    "sid": ("- - - - - - - - - - - dicembere",),
    # h295: the December of Istro-Romanian (the Croatian-style genitive after the day's
    # full stop: "4. dećembra 2026"), Ludian (the Finnic "winter month", its partitive:
    # "3. tal'vkuud 2026"), Hassaniya (the Maghrebi loan "دجمبر": "2 دجمبر 2026") and
    # Turoyo (the Syriac "first Kanun", two words, and as dates print it after "b-", in:
    # "5 b-Kanun Qamoyo 2026")
    "ruo": ("- - - - - - - - - - - dećembra",),
    "lud": ("- - - - - - - - - - - tal'vkuud",),
    "mey": ("- - - - - - - - - - - دجمبر",),
    "tru": ("- - - - - - - - - - - kanun_qamoyo", "- - - - - - - - - - - b-kanun_qamoyo"),
}


#: Words dates print between their parts that the Unicode CLDR's date patterns do not
#: (read besides :data:`analysis.clean.cldr_months.DATE_PARTICLES`): Hausa "ga" ("3 ga
#: Disamba, 2026": glibc's ha_NG date format), Māori "o" ("te 3 o Hakihea, 2026": glibc's
#: mi_NZ), Vietnamese "năm" before the year ("ngày 13 tháng 1 năm 2026": dateparser's
#: Vietnamese data), Tajik "соли" before the year ("3 декабри соли 2026"), Burmese
#: "ခုနှစ်" (year) after the year ("၂၀၂၆ ခုနှစ် ဒီဇင်ဘာ ၃ ရက်", as Myanmar's papers date),
#: Breton "viz" (month) after "a" ("3 a viz Kerzu 2026": the 3rd of the month of
#: December), Kazakh "жылғы" (of the year) after the year ("2026 жылғы 3 желтоқсан"),
#: Kyrgyz "жылдын" (of the year, the genitive) glued to it ("2026-жылдын 3-декабры").
#: Javanese "sasi" (month) before the month's name and "taun" (year) before the year, as
#: Indonesian's "bulan" and "tahun" ("tanggal 3 sasi Desember taun 2026"); Bashkir
#: "йылдың" (of the year: "2026 йылдың 3 декабре"), Chuvash "ҫулхи" (of the year) and
#: "уйӑхӗн" (of the month: "2026 ҫулхи раштав уйӑхӗн 3-мӗшӗ"), Sakha "күнэ" (its day:
#: "Ахсынньы 3 күнэ, 2026 сыл"), Northern Sami "beaivve" (day: "juovlamánu 3. beaivve
#: 2026"). h231: Chechen "шеран" (of the year: "2026 шеран 3 декабрь"), Buryat "оной"
#: (of the year: "2026 оной декабриин 3"), Udmurt "ар" (year: "2026 ар, толсур 3"),
#: Tahitian "no" (of: "3 no Titema 2026"); Tuvan "чылдың" (of the year, added after
#: review h231's held-out pages). h246: Bambara "tile" (day: "Desanburukalo tile 3,
#: 2026"), Piedmontese "dë" (of), Neapolitan "'e" (of, elided: "3 'e dicembre 2026"),
#: Inari Sami "peeivi" (day: "juovlâmáánu 2. peeivi 2026"), Meadow Mari "ий" (year:
#: "2026 ий, теле тылзын 3-шо"), Komi "вося" (of the year: "2026 вося ӧшым 1 лун"),
#: Erzya "це" (the day's ordinal ending after its hyphen) and "чи" (day: "Ацамковонь
#: 4-це чи, 2026"), Yucatec Maya "ti'" (of: "3 ti' diciembre 2026"), Kabardian "и" (its,
#: before the day: "Дыгъэгъазэм и 2, 2026"). h255: Emilian "ed" (of: "4 ed dezèmber 2026").
#: h263: Ingush "шера" (of the year: "2025 шера 14 ноябрь"). h271: Karelian "päivä"
#: (day: "joulukuun 2. päivä 2026"), Southern Altai "јылдыҥ" and Kalmyk "җилин" (of the
#: year: "2026 јылдыҥ 30 ноябрь", "2026 җилин бар сарин 3"), Tzotzil "yuʼun" and Isthmus
#: Zapotec "stiʼ" (of: "1 yuʼun disyembre 2026", "3 stiʼ diciembre 2026"). h279: Evenki
#: "анӈани" and Khanty "ол" (year, after it: "2026 анӈани, декабрь 3", "2026 ол, декабрь
#: 3"), Qʼeqchiʼ "re" (of: "3 re Diciembre 2026"), Rade "thŭn" (year, before it: "Hruê 3
#: mlan 12 thŭn 2026"); after review h279's held-out pages, Eastern Cham "thun" (year:
#: "Harei 3 bilan 12 thun 2026"). h388: Tatar "елның" (of the year: "2026 елның 4 декабре").
DATE_WORDS: tuple[str, ...] = (
    "ga", "năm", "o", "соли", "ခုနှစ်", "viz", "жылғы", "жылдын", "sasi", "taun", "bulan", "tahun",
    "йылдың", "ҫулхи", "уйӑхӗн", "күнэ", "beaivve", "шеран", "оной", "ар", "no",
    "чылдың",
    "tile", "dë", "'e", "’e", "peeivi", "ий", "вося", "це", "чи", "ti'", "ti’", "и",
    "ed", "шера",
    "päivä", "јылдыҥ", "җилин", "yuʼun", "yu'un", "yu’un", "stiʼ", "sti'", "sti’",
    "анӈани", "ол", "re", "thŭn",
    "thun",
    "елның",
)  # fmt: skip

#: Words written before a date's day that name it a date, the date's own words, not a
#: phrase's: Indonesian and Javanese "tanggal" (date), Sundanese "kaping" (the ordinal
#: word of a date), Vietnamese "ngày" (day), Malay "tarikh" (date), Fon "azǎn" (day,
#: h271), Ibibio "usen", Rade "hruê" and Eastern Cham "harei" (day, h279): "Kemis,
#: kaping 3 Désémber 2026", "Thứ Năm, ngày 3 tháng 12 năm 2026".
DAY_WORDS: tuple[str, ...] = (
    "tanggal", "kaping", "ngày", "tarikh", "azǎn", "usen", "hruê", "harei",
)  # fmt: skip

#: Words written before a month's number that the Unicode CLDR's
#: (:data:`analysis.clean.cldr_months.NUMBERED_MONTH_WORDS`, Vietnamese "tháng") are not:
#: Rade "mlan" (month: "Hruê 3 mlan 12 thŭn 2026", h279), Eastern Cham "bilan" (after
#: review h279's held-out pages).
MONTH_NUMBER_WORDS: tuple[str, ...] = ("mlan", "bilan")

#: The words a date prints after its year, its month's number and its day, in that
#: order, by language: Amis "2026 a mihecaan 12 a folad 3 a romi'ad" (year, moon, day),
#: Atayal "2026 kawas 12 byacing 3 ryax", Truku "2026 hngkawas 12 idas 3 jiyax", Iu Mien
#: "2026 hnyangx 12 hlaax 3 hnoi", Dungan "2026 нян 12 йүә 3 хо" (the Chinese 年 月 號 in
#: Cyrillic), Ainu "2026 パ 12 チュㇷ゚ 3 ト" (h279), Paiwan "2026 a cavilj, 12 a qiljas, 3 a
#: qadaw" (after review h279's held-out pages); read by :mod:`analysis.clean.dates`
#: besides its own of Hokkien, Hakka and Jingpho.
YEAR_MONTH_DAY_WORDS: dict[str, tuple[str, str, str]] = {
    "ami": ("a mihecaan", "a folad", "a romi'ad"),
    "tay": ("kawas", "byacing", "ryax"),
    "trv": ("hngkawas", "idas", "jiyax"),
    "ium": ("hnyangx", "hlaax", "hnoi"),
    "dng": ("нян", "йүә", "хо"),
    "ain": ("パ", "チュㇷ゚", "ト"),
    "pwn": ("a cavilj", "a qiljas", "a qadaw"),  # after review h279's held-out pages
}


#: The languages whose month names carry tone marks (grave, acute, macron) writers
#: often leave out, all or some: Yoruba "Oṣù Ọ̀pẹ" for CLDR's "Oṣù Ọ̀pẹ̀". Their names
#: are read with any of these marks left out (the dots below stay: "ẹ" is a letter of
#: its own).
TONE_MARKED_LANGUAGES = frozenset({"yo"})
_TONE_MARKS = "\u0300\u0301\u0304"


def _tones_left_out(name: str) -> list[str]:
    """``name`` with each choice of its tone marks left out, ``name`` itself first."""
    decomposed = unicodedata.normalize("NFD", name)
    marks = [i for i, char in enumerate(decomposed) if char in _TONE_MARKS]
    variants = []
    for kept in itertools.product((True, False), repeat=len(marks)):
        dropped = {i for i, keep in zip(marks, kept, strict=True) if not keep}
        text = "".join(c for i, c in enumerate(decomposed) if i not in dropped)
        variants.append(unicodedata.normalize("NFC", text))
    return list(dict.fromkeys(variants))


def _toneless_rows(rows: tuple[str, ...]) -> tuple[str, ...]:
    """``rows`` and rows of their names with tone marks left out (the months' variants
    spread over as many rows as the month with most of them needs)."""
    extra = []
    for row in rows:
        variants = [_tones_left_out(name) for name in row.split()]
        extra += [
            " ".join(names[i % len(names)] for names in variants)
            for i in range(1, max(map(len, variants)))
        ]
    return (*rows, *extra)


#: The month names of :data:`MONTH_NAMES` and those of every language of the Unicode
#: CLDR (:mod:`analysis.clean.cldr_months`: "abenduaren", "ဒီဇင်ဘာ"), the hand rows of
#: a language first; a language of :data:`TONE_MARKED_LANGUAGES` with its names' tone
#: marks left out too.
EVERY_MONTH_NAME: dict[str, tuple[str, ...]] = {
    language: (_toneless_rows if language in TONE_MARKED_LANGUAGES else tuple)(
        tuple(dict.fromkeys((*MONTH_NAMES.get(language, ()), *CLDR_MONTH_NAMES.get(language, ()))))
    )
    for language in sorted(MONTH_NAMES.keys() | CLDR_MONTH_NAMES.keys())
}


#: The shortened month names each language prints without a dot after them ("03 dic
#: 2026", "Kamis, 03 Des 2026", "3 mrt 2026"), January first, lower case: the
#: abbreviated months of the Unicode CLDR (format and stand-alone forms, regional
#: variants as rows of their own, dots dropped; read through Babel 2.18), and the
#: three-letter Russian forms sites print beside CLDR's. A start of a month's name that
#: is none of these ("list", "sett") is read as a month only with its dot after it
#: ("sett.": :mod:`analysis.clean.dates`).
MONTH_SHORTENINGS: dict[str, tuple[str, ...]] = {
    "de": (
        "jan feb mär apr mai jun jul aug sep okt nov dez",
        "jän feb märz apr mai juni juli aug sept okt nov dez",
    ),
    "fr": (
        "janv févr mars avr mai juin juil août sept oct nov déc",
        "janv fevr mars avr mai juin juill aout sept oct nov dec",
    ),
    "es": (
        "ene feb mar abr may jun jul ago sept oct nov dic",
        "ene feb mar abr may jun jul ago set oct nov dic",
    ),
    "pt": ("jan fev mar abr mai jun jul ago set out nov dez",),
    "it": ("gen feb mar apr mag giu lug ago set ott nov dic",),
    "nl": ("jan feb mrt apr mei jun jul aug sep okt nov dec",),
    "ru": (
        "янв февр мар апр мая июн июл авг сент окт нояб дек",
        "янв фев март апр май июнь июль авг сен окт ноя дек",
    ),
    "uk": ("січ лют бер квіт трав черв лип серп вер жовт лист груд",),
    "sv": ("jan feb mars apr maj juni juli aug sep okt nov dec",),
    "da": ("jan feb mar apr maj jun jul aug sep okt nov dec",),
    "nb": (
        "jan feb mar apr mai jun jul aug sep okt nov des",
        "jan feb mars apr mai juni juli aug sep okt nov des",
    ),
    "fi": ("tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu",),
    "ro": ("ian feb mar apr mai iun iul aug sept oct nov dec",),
    "pl": ("sty lut mar kwi maj cze lip sie wrz paź lis gru",),
    "bg": ("яну фев март апр май юни юли авг сеп окт ное дек",),
    "sr": (
        "јан феб мар апр мај јун јул авг сеп окт нов дец",
        "jan feb mar apr maj jun jul avg sep okt nov dec",
    ),
    "sk": ("jan feb mar apr máj jún júl aug sep okt nov dec",),
    "hr": ("sij velj ožu tra svi lip srp kol ruj lis stu pro",),
    "lt": ("saus vas kov bal geg birž liep rugp rugs spal lapkr gruod",),
    "lv": ("janv febr marts apr maijs jūn jūl aug sept okt nov dec",),
    "et": ("jaan veebr märts apr mai juuni juuli aug sept okt nov dets",),
    "bn": ("জানু ফেব মার্চ এপ্রি মে জুন জুল আগ সেপ অক্টো নভে ডিসে",),
    "ta": ("ஜன பிப் மார் ஏப் மே ஜூன் ஜூலை ஆக செப் அக் நவ டிச",),
    "cs": ("led úno bře dub kvě čvn čvc srp zář říj lis pro",),
    "tr": ("oca şub mar nis may haz tem ağu eyl eki kas ara",),
    "el": (
        "ιαν φεβ μαρ απρ μαΐ ιουν ιουλ αυγ σεπ οκτ νοε δεκ",
        "ιαν φεβ μάρ απρ μάι ιούν ιούλ αύγ σεπ οκτ νοέ δεκ",
    ),
    "hu": ("jan febr márc ápr máj jún júl aug szept okt nov dec",),
    "sw": ("jan feb mac apr mei jun jul ago sep okt nov des",),
    "id": ("jan feb mar apr mei jun jul agu sep okt nov des",),
    "ms": ("jan feb mac apr mei jun jul ogo sep okt nov dis",),
    "ca": ("gen febr març abr maig juny jul ag set oct nov des",),
    "gl": ("xan feb mar abr maio xuño xul ago set out nov dec",),
    "cy": (
        "ion chwef maw ebr mai meh gorff awst medi hyd tach rhag",
        "ion chw maw ebr mai meh gor awst medi hyd tach rhag",
    ),
    "ga": ("ean feabh márta aib beal meith iúil lún mfómh dfómh samh noll",),
    "mt": ("jan fra mar apr mej ġun lul aww set ott nov diċ",),
    "sq": ("jan shk mar pri maj qer korr gush sht tet nën dhj",),
    "sl": ("jan feb mar apr maj jun jul avg sep okt nov dec",),
    "mk": ("јан фев мар апр мај јун јул авг сеп окт ное дек",),
    "be": (
        "сту лют сак кра мая чэр ліп жні вер кас ліс сне",
        "сту лют сак кра май чэр ліп жні вер кас ліс сне",
    ),
    "kk": ("қаң ақп нау сәу мам мау шіл там қыр қаз қар жел",),
    "az": ("yan fev mar apr may iyn iyl avq sen okt noy dek",),
    "uz": ("yan fev mar apr may iyn iyl avg sen okt noy dek",),
    "hy": ("հնվ փտվ մրտ ապր մյս հնս հլս օգս սեպ հոկ նոյ դեկ",),
    "ka": ("იან თებ მარ აპრ მაი ივნ ივლ აგვ სექ ოქტ ნოე დეკ",),
    "mr": ("जाने फेब्रु मार्च एप्रि मे जून जुलै ऑग सप्टें ऑक्टो नोव्हें डिसें",),
    "gu": ("જાન્યુ ફેબ્રુ માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટે ઑક્ટો નવે ડિસે",),
    "te": ("జన ఫిబ్ర మార్చి ఏప్రి మే జూన్ జులై ఆగ సెప్టెం అక్టో నవం డిసెం",),
    "kn": ("ಜನ ಫೆಬ್ರ ಮಾರ್ಚ್ ಏಪ್ರಿ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗ ಸೆಪ್ಟೆಂ ಅಕ್ಟೋ ನವೆಂ ಡಿಸೆಂ",),
    "ml": ("ജനു ഫെബ്രു മാർ ഏപ്രി മേയ് ജൂൺ ജൂലൈ ഓഗ സെപ്റ്റം ഒക്ടോ നവം ഡിസം",),
    "pa": ("ਜਨ ਫ਼ਰ ਮਾਰਚ ਅਪ੍ਰੈ ਮਈ ਜੂਨ ਜੁਲਾ ਅਗ ਸਤੰ ਅਕਤੂ ਨਵੰ ਦਸੰ",),
    "am": ("ጃን ፌብ ማርች ኤፕሪ ሜይ ጁን ጁላይ ኦገስ ሴፕቴ ኦክቶ ኖቬም ዲሴም",),
    "ha": ("jan fab mar afi may yun yul agu sat okt nuw dis",),
    "so": ("jan feb mar abr may jun lul ogs seb okt nof dis",),
    "tl": ("ene peb mar abr may hun hul ago set okt nob dis",),
    # CLDR's abbreviated months of languages printing them in their medium dates ("13
    # Sam, 2026", "03 Дек 2026", "2026 දෙසැ 3", "2026 ဒီ 3")
    "wo": ("sam few mar awr mee suw sul ut sàt okt - des",),
    "tg": ("янв фев мар апр май июн июл авг сен окт ноя дек",),
    "si": ("ජන පෙබ මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝ සැප් ඔක් නොවැ දෙසැ",),
    "my": ("ဇန် ဖေ မတ် ဧ မေ ဇွန် ဇူ ဩ စက် အောက် နို ဒီ",),
}


#: The languages that write a month's name with a capital letter, as English does ("3 Des
#: 2026", "3. Dez. 2026", "3 Ara 2026"); the others write it in lower case ("03 dic
#: 2026", "3 pro 2026").
CAPITALIZED_MONTHS = frozenset(
    {"cy", "de", "el", "ga", "ha", "id", "ms", "mt", "so", "sw", "tg", "tl", "tr", "wo"}
)


#: The months of the Solar Hijri calendar, Farvardin (Hamal) first: Iran's Persian names
#: ("۱۲ آذر ۱۴۰۵") and Afghanistan's, the zodiac's in Dari ("۱۲ قوس ۱۴۰۵") and in Pashto
#: ("۱۴۰۵ د لیندۍ ۱۲مه"). Another calendar, read by
#: :func:`analysis.clean.calendars.solar_hijri_iso`, never a Gregorian month.
SOLAR_HIJRI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
     "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
    ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله",
     "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
    ("وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی",
     "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"),
)  # fmt: skip


#: The months of the Hebrew calendar, Tishrei first, in their spellings with and without
#: the doubled vav and yod (``חשוון``/``חשון``, ``סיוון``/``סיון``), Adar's two of a
#: leap year printed as ``אדר א׳`` / ``אדר ב׳``: the calendar Israeli pages print beside
#: the Gregorian date (``כ"ג בכסלו תשפ"ז``), read as a date's words
#: (:data:`analysis.clean.dates.HEBREW_CALENDAR_DATE`), and with its year as the
#: Gregorian day (:func:`analysis.clean.calendars.hebrew_iso`: a Haredi or Yiddish
#: paper's only date, h388).
HEBREW_CALENDAR_MONTHS: tuple[str, ...] = (
    "תשרי",
    "מרחשוון",
    "חשוון",
    "חשון",
    "כסלו",
    "כסליו",
    "טבת",
    "שבט",
    "אדר",
    "ניסן",
    "אייר",
    "סיוון",
    "סיון",
    "תמוז",
    "אב",
    "אלול",
)

#: The months of the Ethiopian calendar, Meskerem first, in the spellings Amharic and
#: Tigrinya pages print (``ኅዳር`` / ``ህዳር`` / ``ሕዳር``): twelve of 30 days and Pagume of 5
#: (6 before a leap year). Another calendar, read by
#: :func:`analysis.clean.calendars.ethiopian_iso`, never a Gregorian month (an Amharic page
#: that prints Gregorian dates writes their own names: ``ዲሴምበር``).
ETHIOPIAN_MONTHS: tuple[tuple[str, ...], ...] = (
    ("መስከረም",),
    ("ጥቅምት", "ጥቅምቲ"),
    ("ኅዳር", "ህዳር", "ሕዳር", "ኀዳር"),
    ("ታኅሣሥ", "ታህሳስ", "ታሕሳስ", "ታኅሳስ", "ታሕሣሥ"),
    ("ጥር", "ጥሪ"),
    ("የካቲት", "ለካቲት"),
    ("መጋቢት",),
    ("ሚያዝያ", "ሚያዚያ"),
    ("ግንቦት",),
    ("ሰኔ", "ሰነ"),
    ("ሐምሌ", "ሀምሌ", "ሓምለ"),
    ("ነሐሴ", "ነሀሴ", "ነሓሰ"),
    ("ጳጉሜ", "ጳጉሜን", "ጷጉሜ"),
)


#: The months of the Coptic calendar, Thout first, in the spellings Egyptian Arabic
#: pages of the Coptic Church print (``هاتور`` / ``هتور``, ``كيهك`` / ``كياك``) and the
#: Latin ones of its English pages (``Hathor`` / ``Hatour``): the Ethiopian calendar's
#: months (:data:`ETHIOPIAN_MONTHS`) under their Coptic names, read by
#: :func:`analysis.clean.calendars.coptic_iso`, never a Gregorian month.
COPTIC_MONTHS: tuple[tuple[str, ...], ...] = (
    ("توت", "Thout", "Tout"),
    ("بابه", "بابة", "Paopi", "Baba"),
    ("هاتور", "هتور", "Hathor", "Hatour", "Hator"),
    ("كيهك", "كياك", "Koiak", "Kiahk", "Kiyahk"),
    ("طوبة", "طوبه", "Tobi", "Touba", "Tuba"),
    ("أمشير", "امشير", "Meshir", "Amshir"),
    ("برمهات", "Paremhat", "Baramhat"),
    ("برمودة", "برموده", "Parmouti", "Baramouda"),
    ("بشنس", "Pashons", "Bashans"),
    ("بؤونة", "بؤونه", "بئونة", "Paoni", "Baouna"),
    ("أبيب", "ابيب", "Epip", "Abib"),
    ("مسرى", "Mesori", "Mesra"),
    ("النسيء", "نسيء", "Pi Kogi Enavot", "Nasie"),
)


#: The months of the Bikram Sambat calendar, Baisakh first, in the spellings Nepali pages
#: print (the spoken "मंसिर", the Sanskrit "मार्गशीर्ष"): the calendar Nepal's press dates
#: its pages in ("२०८३ मंसिर १७ गते", "मंसिर १७, २०८३"). Another calendar, read by
#: :func:`analysis.clean.bikram_sambat.bikram_sambat_iso`, never a Gregorian month (a
#: Nepali page printing Gregorian dates writes their own names: "डिसेम्बर"). Nepal's
#: English-language press writes the same months in Latin letters ("Friday, Mangsir 18,
#: 2083", h321), capitalized, in the romanizations it uses.
BIKRAM_SAMBAT_MONTHS: tuple[tuple[str, ...], ...] = (
    ("बैशाख", "वैशाख", "बैसाख", "Baisakh", "Baishakh", "Baishak"),
    ("जेठ", "जेष्ठ", "ज्येष्ठ", "Jestha", "Jeth", "Jeshtha"),
    ("असार", "आषाढ", "असाढ", "Asar", "Ashadh", "Asadh"),
    ("साउन", "श्रावण", "Shrawan", "Shravan", "Saun", "Sawan"),
    ("भदौ", "भाद्र", "भाद्रपद", "Bhadra", "Bhadau"),
    ("असोज", "आश्विन", "Asoj", "Ashwin", "Aswin"),
    ("कात्तिक", "कार्तिक", "Kartik", "Kattik"),
    ("मंसिर", "मङ्सिर", "मङसिर", "मार्गशीर्ष", "Mangsir", "Mansir", "Marga"),
    ("पुस", "पौष", "पूस", "Poush", "Push", "Paush", "Pus"),
    ("माघ", "Magh"),
    ("फागुन", "फाल्गुन", "Falgun", "Phagun", "Fagun", "Phalgun"),
    ("चैत", "चैत्र", "Chaitra", "Chait"),
)


#: The Thai months, January first: written whole, and shortened with their dots (Thai
#: dates print the year of the Buddhist era, 543 years after the common era's: "3 ธ.ค.
#: 2569" is 3 December 2026; read by :mod:`analysis.clean.dates`).
THAI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
     "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
    ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
     "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."),
)  # fmt: skip


def month_readings(
    rows_by_language: dict[str, tuple[str, ...]] = MONTH_NAMES,
) -> dict[str, dict[str, int]]:
    """Every name of ``rows_by_language`` and its month in each language that prints it.

    A name may be two months in two languages: "listopada" is November in Polish and
    October in Croatian, "lis" shortens both; which one a page prints, its language
    says (:func:`analysis.clean.page_date_order.page_languages`).

    Parameters
    ----------
    rows_by_language : dict of str to tuple of str, optional
        Rows of twelve names by language, ``-`` for a month a row leaves out (default:
        :data:`MONTH_NAMES`; :data:`EVERY_MONTH_NAME` and :data:`MONTH_SHORTENINGS` too).

    Returns
    -------
    dict of str to dict of str to int
        Lower-case names (a two-word name with one space, "كانون الثاني"), each with
        its month number (1 to 12) by language.

    Raises
    ------
    ValueError
        When a row does not hold twelve names, or one name is two months of one language.
    """
    readings: dict[str, dict[str, int]] = {}
    for language, rows in rows_by_language.items():
        for row in rows:
            names = row.split()
            if len(names) != 12:
                raise ValueError(f"{language}: {len(names)} month names in {row!r}")
            for number, name in enumerate(names, start=1):
                if name == "-":
                    continue
                months = readings.setdefault(name.replace("_", " "), {})
                if months.setdefault(language, number) != number:
                    raise ValueError(f"{language}: {name!r} names two months")
    return readings


def month_numbers(
    rows_by_language: dict[str, tuple[str, ...]] = MONTH_NAMES,
) -> dict[str, int]:
    """Every month name of ``rows_by_language`` that is one month in every language
    printing it, and its number (1 to 12); a name of two months ("listopada") is not
    one of them.

    Parameters
    ----------
    rows_by_language : dict of str to tuple of str, optional
        As in :func:`month_readings` (default: :data:`MONTH_NAMES`).

    Returns
    -------
    dict of str to int
        Lower-case names, a two-word name with one space ("كانون الثاني").

    Raises
    ------
    ValueError
        As :func:`month_readings`.
    """
    numbers = {}
    for name, months in month_readings(rows_by_language).items():
        if len(set(months.values())) == 1:
            numbers[name] = next(iter(months.values()))
    return numbers
