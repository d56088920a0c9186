# ruff: noqa: E501 (rows of twelve names, one a line)
"""Month names and date particles of every language of the Unicode CLDR (Babel 2.18.0).

Written by ``benchmarks/cldr_months.py`` (never edited by hand): see there what is
taken. Read by :mod:`analysis.clean.dates` besides :mod:`analysis.clean.month_names`.
"""

from __future__ import annotations

#: Each language's month names, January first, lower case (``-``: a name not taken;
#: ``_`` joins a name of two words); one row for each form.
CLDR_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    'aa': (
        'qunxa_garablu kudo ciggilta_kudo agda_baxis caxah_alsa qasa_dirri qado_dirri liiqen waysu diteli ximoli kaxxa_garablu',
    ),
    'ab': (
        'ажьырныҳəа жəабран хəажəкыра мшаԥы лаҵара рашəара ԥхынгəы нанҳəа цəыббра жьҭаара абҵара ԥхынҷкәын',
    ),
    'af': (
        'januarie februarie maart april - junie julie augustus september oktober november desember',
    ),
    'agq': (
        'ndzɔ̀ŋɔ̀nùm ndzɔ̀ŋɔ̀kɨ̀zùʔ ndzɔ̀ŋɔ̀tɨ̀dʉ̀ghà ndzɔ̀ŋɔ̀tǎafʉ̄ghā ndzɔ̀ŋèsèe ndzɔ̀ŋɔ̀nzùghò ndzɔ̀ŋɔ̀dùmlo ndzɔ̀ŋɔ̀kwîfɔ̀e ndzɔ̀ŋɔ̀tɨ̀fʉ̀ghàdzughù ndzɔ̀ŋɔ̀ghǔuwelɔ̀m ndzɔ̀ŋɔ̀chwaʔàkaa_wo ndzɔ̀ŋèfwòo',
    ),
    'ak': (
        'ɔpɛpɔn ɔgyefoɔ ɔbɛnem oforisuo kɔtɔnimma ayɛwohomumu kutawonsa ɔsanaa - ahinime obubuo ɔpɛnimma',
    ),
    'am': (
        'ጃንዋሪ ፌብሩዋሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር',
    ),
    'an': (
        'chinero febrero marzo d’abril mayo chunyo chuliol d’agosto setiembre d’octubre noviembre d’aviento',
        'chinero febrero marzo abril mayo chunyo chuliol agosto setiembre octubre noviembre aviento',
    ),
    'apc': (
        'كانون_التاني شباط أذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_التاني كانون_الأول',
    ),
    'ar': (
        'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
    ),
    'as': (
        'জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল - জুন জুলাই আগষ্ট ছেপ্তেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ',
    ),
    'asa': (
        'januari februari machi aprili - juni julai agosti septemba oktoba novemba desemba',
    ),
    'ast': (
        'xineru febreru marzu d’abril mayu xunu xunetu d’agostu setiembre d’ochobre payares d’avientu',
        'xineru febreru marzu abril mayu xunu xunetu agostu setiembre ochobre payares avientu',
    ),
    'az': (
        'yanvar fevral mart aprel - iyun iyul avqust sentyabr oktyabr noyabr dekabr',
    ),
    'bal': (
        'جنوری پروری مارچ اپرێل مئیی جون جۆلایی اگست ستمبر اکتوبر نئومبر دسمبر',
    ),
    'bas': (
        'kɔndɔŋ màcɛ̂l màtùmb màtop m̀puyɛ hìlòndɛ̀ njèbà hìkaŋ dìpɔ̀s bìòôm màyɛsèp -',
    ),
    'be': (
        'студзеня лютага сакавіка красавіка - чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня',
        'студзень люты сакавік красавік - чэрвень ліпень жнівень верасень кастрычнік лістапад снежань',
    ),
    'bem': (
        'januari februari machi epreo - juni julai ogasti septemba oktoba novemba disemba',
    ),
    'bew': (
        'januari pèbruari maret april - juni juli agustus sèptèmber oktober nopèmber désèmber',
    ),
    'bg': (
        'януари февруари март април - - - август септември октомври ноември декември',
    ),
    'bgc': (
        'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितम्बर अक्टूबर नवम्बर दिसंबर',
    ),
    'bho': (
        'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितम्बर अक्टूबर नवंबर दिसंबर',
    ),
    'blo': (
        'ɩjikawǝrka_kaŋɔrɔ ɩjikpaka_kaŋɔrɔ arɛ́cika_kaŋɔrɔ - acafʊnɖuka_kaŋɔrɔ anɔɔɖuka_kaŋɔrɔ alàlaka_kaŋɔrɔ ɩjikǝuka_kaŋɔrɔ abofʊmka_kaŋɔrɔ ɩjicimka_kaŋɔrɔ acapomka_kaŋɔrɔ anɔɔbʊnka_kaŋɔrɔ',
    ),
    'bm': (
        'zanwuye feburuye marisi awirili - zuwɛn zuluye - sɛtanburu ɔkutɔburu nowanburu desanburu',
    ),
    'bn': (
        'জানুয়ারী ফেব্রুয়ারী মার্চ এপ্রিল - জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর',
    ),
    'br': (
        'genver cʼhwevrer meurzh ebrel - mezheven gouere eost gwengolo here - kerzu',
    ),
    'brx': (
        'जानुवारी फेब्रूवारी मार्च एप्रिल - जुन जुलाई आगष्ट सेप्थेम्बर अक्ट’बर नवेम्बर डिसेम्बर',
    ),
    'bs': (
        'januar februar mart april - juni juli august septembar oktobar novembar decembar',
    ),
    'byn': (
        'ልደትሪ ካብኽብቲ ክብላ ፋጅኺሪ ክቢቅሪ ምኪኤል_ትጟኒሪ ኰርኩ ማርያም_ትሪ ያኸኒ_መሳቅለሪ መተሉ ምኪኤል_መሽወሪ ተሕሳስሪ',
    ),
    'ca': (
        'gener febrer març d’abril maig juny juliol d’agost setembre d’octubre novembre desembre',
        'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
    ),
    'cad': (
        'cháykáhday_haˀimay tsahkápbiˀ wánit háshnihtiˀtiˀ háshnih_haˀimay háshnihtsiˀ násˀahˀatsus dahósikah_nish híisikah_nish nípbaatiˀtiˀ nípbaa_haˀimay cháykáhdaytiˀtiˀ',
    ),
    'cch': (
        'pen_dyon pen_baʼa pen_atat pen_anas pen_atyon pen_achirim pen_atariba pen_awurr pen_shadon pen_shakur - -',
    ),
    'ccp': (
        '𑄎𑄚𑄪𑄠𑄢𑄨 𑄜𑄬𑄛𑄴𑄝𑄳𑄢𑄪𑄠𑄢𑄨 𑄟𑄢𑄴𑄌𑄧 𑄃𑄬𑄛𑄳𑄢𑄨𑄣𑄴 - 𑄎𑄪𑄚𑄴 𑄎𑄪𑄣𑄭 𑄃𑄉𑄧𑄌𑄴𑄑𑄴 𑄥𑄬𑄛𑄴𑄑𑄬𑄟𑄴𑄝𑄧𑄢𑄴 𑄃𑄧𑄇𑄴𑄑𑄬𑄝𑄧𑄢𑄴 𑄚𑄧𑄞𑄬𑄟𑄴𑄝𑄧𑄢𑄴 𑄓𑄨𑄥𑄬𑄟𑄴𑄝𑄧𑄢𑄴',
        '𑄎𑄚𑄪𑄠𑄢𑄨 𑄜𑄬𑄛𑄴𑄝𑄳𑄢𑄪𑄠𑄢𑄨 𑄟𑄢𑄴𑄌𑄧 𑄃𑄬𑄛𑄳𑄢𑄨𑄣𑄴 - 𑄎𑄪𑄚𑄴 𑄎𑄪𑄣𑄭 𑄃𑄉𑄧𑄌𑄴𑄑𑄴 𑄥𑄬𑄛𑄴𑄑𑄬𑄟𑄴𑄝𑄧𑄢𑄴 𑄃𑄧𑄇𑄴𑄑𑄮𑄝𑄧𑄢𑄴 𑄚𑄧𑄞𑄬𑄟𑄴𑄝𑄧𑄢𑄴 𑄓𑄨𑄥𑄬𑄟𑄴𑄝𑄧𑄢𑄴',
    ),
    'ce': (
        'январь февраль март апрель - июнь июль август сентябрь октябрь ноябрь декабрь',
    ),
    'ceb': (
        'enero pebrero marso abril mayo hunyo hulyo agosto septyembre oktubre nobyembre disyembre',
    ),
    'cgg': (
        'okwokubanza okwakabiri okwakashatu okwakana okwakataana okwamukaaga okwamushanju okwamunaana okwamwenda okwaikumi - -',
    ),
    'chr': (
        'ꭴꮓꮈꮤꮕ - - - ꭰꮒꮝꭼꮨ ꮥꭽꮇᏹ ꭻᏸꮙꮒ - ꮪꮅꮝꮧ ꮪꮒꮕꮧ ꮕꮣꮥꮖ ꭵꮝꭹᏹ',
    ),
    'cic': (
        'hashiʼ_ammoʼnaʼ hashiʼ_atokloʼ hashiʼ_atochchíʼnaʼ iiplal - choon choola akaas siptimpaʼ aaktopaʼ nofimpaʼ tiisimpaʼ',
    ),
    'ckb': (
        'کانوونی_دووەم شوبات ئازار نیسان ئایار حوزەیران تەمووز ئاب ئەیلوول تشرینی_یەکەم تشرینی_دووەم کانونی_یەکەم',
        'کانوونی_دووەمی شوباتی ئازاری نیسانی ئایاری حوزەیرانی تەمووزی ئابی ئەیلوولی تشرینی_یەکەمی تشرینی_دووەمی کانونی_یەکەمی',
    ),
    'co': (
        'ghjennaghju ferraghju marzu d’aprile maghju ghjugnu lugliu d’aostu sittembre d’ottobre nuvembre dicembre',
        'ghjennaghju ferraghju marzu aprile maghju ghjugnu lugliu aostu sittembre ottobre nuvembre dicembre',
    ),
    'cs': (
        'ledna února března dubna května června července srpna září října listopadu prosince',
        'leden únor březen duben květen červen červenec srpen září říjen listopad prosinec',
    ),
    'csw': (
        'ᐅᒉᒥᑮᓯᑳᐏᐲᓯᒼ ᐸᐚᐦᒐᑭᓇᓰᐢ ᒥᑭᓯᐏᐲᓯᒼ ᓂᐢᑭᐲᓯᒼ ᐊᓃᑭᐲᓯᒼ ᐚᐏᐲᓯᒼ ᐹᐢᑲᐦᐋᐏᐲᓯᒼ ᐅᐸᐦᐅᐏᐲᓯᒼ ᓄᒌᑐᐏᐲᓯᒼ ᐱᓈᐢᑯᐏᐲᓯᒼ ᐋᕽᐘᑎᓄᐏᐲᓯᒼ ᒪᑯᓭᑮᓭᑳᐏᐲᓯᒼ',
    ),
    'cu': (
        'і҆аннꙋа́рїа феврꙋа́рїа ма́рта а҆прі́ллїа ма́їа і҆ꙋ́нїа і҆ꙋ́лїа а҆́ѵгꙋста септе́мврїа ѻ҆ктѡ́врїа ное́мврїа деке́мврїа',
        'і҆аннꙋа́рїй феврꙋа́рїй ма́ртъ а҆прі́ллїй ма́їй і҆ꙋ́нїй і҆ꙋ́лїй а҆́ѵгꙋстъ септе́мврїй ѻ҆ктѡ́врїй ное́мврїй деке́мврїй',
    ),
    'cv': (
        'кӑрлач нарӑс - - - ҫӗртме - ҫурла авӑн - - раштав',
    ),
    'cy': (
        'ionawr chwefror mawrth ebrill - mehefin gorffennaf awst medi hydref tachwedd rhagfyr',
    ),
    'da': (
        'januar februar marts april - juni juli august september oktober november december',
    ),
    'de': (
        'januar februar märz april - juni juli august september oktober november dezember',
    ),
    'dje': (
        'žanwiye feewiriye marsi awiril - žuweŋ žuyye - sektanbur oktoobur noowanbur deesanbur',
    ),
    'doi': (
        'जनवरी फरवरी मार्च अप्रैल मेई जून जुलाई अगस्त सितंबर अक्तूबर नवंबर दिसंबर',
    ),
    'dsb': (
        'januara februara měrca apryla maja junija julija awgusta septembra oktobra nowembra decembra',
        'januar februar měrc apryl - junij julij awgust september oktober nowember december',
    ),
    'dua': (
        'dimɔ́di ŋgɔndɛ sɔŋɛ diɓáɓá emiasele esɔpɛsɔpɛ madiɓɛ́díɓɛ́ diŋgindi nyɛtɛki mayésɛ́ tiníní eláŋgɛ́',
    ),
    'dyo': (
        'sanvie fébirie mars aburil - sueŋ súuyee - settembar oktobar novembar disambar',
    ),
    'ee': (
        'dzove dzodze tedoxe afɔfĩe dame masa siamlɔm deasiamime anyɔnyɔ kele adeɛmekpɔxe dzome',
    ),
    'el': (
        'ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου',
        'ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος',
    ),
    'eo': (
        'januaro februaro marto aprilo majo junio julio aŭgusto septembro oktobro novembro decembro',
    ),
    'es': (
        'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    ),
    'et': (
        'jaanuar veebruar märts aprill - juuni juuli august september oktoober november detsember',
    ),
    'eu': (
        'urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua',
        'urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren urriaren azaroaren abenduaren',
    ),
    'ewo': (
        'ngɔn_osú ngɔn_bɛ̌ ngɔn_lála ngɔn_nyina ngɔn_tána ngɔn_saməna ngɔn_zamgbála ngɔn_mwom ngɔn_ebulú ngɔn_awóm - -',
    ),
    'fa': (
        'ژانویهٔ فوریهٔ مارس آوریل مهٔ ژوئن ژوئیهٔ اوت سپتامبر اکتبر نوامبر دسامبر',
        'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر',
    ),
    'ff': (
        'siilo colte mbooy seeɗto duujal korse morso juko siilto yarkomaa jolal bowte',
    ),
    'fi': (
        'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
        'tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu',
    ),
    'fil': (
        'enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre',
    ),
    'fo': (
        'januar februar mars apríl - juni juli august september oktober november desember',
    ),
    'fr': (
        'janvier février mars avril - juin juillet août septembre octobre novembre décembre',
    ),
    'frr': (
        'janewoore febrewoore maarts april - jüüne jüüle august september oktuuber nofember detsember',
    ),
    'fur': (
        'zenâr fevrâr març avrîl - jugn - avost setembar otubar novembar dicembar',
    ),
    'fy': (
        'jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber',
    ),
    'ga': (
        'eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa meán_fómhair deireadh_fómhair samhain nollaig',
    ),
    'gaa': (
        'aharabata oflɔ otsokrikri abɛibe agbiɛnaa otukwajaŋ maawɛ manyawale - antɔŋ alemle afuabe',
        'aharabata oflɔ otsokrikri abɛibe agbiɛnaa otukwajan maawɛ manyawale - antɔŋ alemle afuabe',
    ),
    'gd': (
        'dhen_fhaoilleach dhen_ghearran dhen_mhàrt dhen_ghiblean dhen_chèitean dhen_ògmhios dhen_iuchar dhen_lùnastal dhen_t-sultain dhen_dàmhair dhen_t-samhain dhen_dùbhlachd',
        'am_faoilleach an_gearran am_màrt an_giblean an_cèitean an_t-ògmhios an_t-iuchar an_lùnastal an_t-sultain an_dàmhair an_t-samhain an_dùbhlachd',
    ),
    'gez': (
        'ጠሐረ ከተተ መገበ አኀዘ ግንባት ሠንየ ሐመለ ነሐሰ ከረመ ጠቀመ ኀደረ ኀሠሠ',
    ),
    'gl': (
        'xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro',
    ),
    'gn': (
        'jasyteĩ jasykõi jasyapy jasyrundy jasypo jasypoteĩ jasypokõi jasypoapy jasyporundy jasypa jasypateĩ jasypakõi',
    ),
    'gsw': (
        'januar februar märz april - juni juli auguscht septämber oktoober novämber dezämber',
    ),
    'gu': (
        'જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ - જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર',
    ),
    'guz': (
        'chanuari feburari machi apiriri - juni chulai agosti septemba okitoba nobemba disemba',
    ),
    'gv': (
        'jerrey-geuree toshiaght-arree mayrnt averil boaldyn mean-souree jerrey-souree luanistyn mean-fouyir jerrey-fouyir mee_houney -',
    ),
    'ha': (
        'janairu faburairu maris afirilu mayu yuni yuli agusta satumba oktoba nuwamba disamba',
    ),
    'haw': (
        'ianuali pepeluali malaki ʻapelila - iune iulai ʻaukake kepakemapa ʻokakopa nowemapa kekemapa',
    ),
    'he': (
        'ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר',
        'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר',
    ),
    'hi': (
        'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
    ),
    'hnj': (
        '𞄆𞄬 𞄛𞄨𞄱𞄄𞄤𞄲𞄨 𞄒𞄫𞄰𞄒𞄪𞄱 𞄤𞄨𞄱 𞄀𞄪𞄴 𞄛𞄤𞄱𞄞𞄤𞄦 𞄔𞄩𞄴𞄆𞄨𞄰 𞄕𞄩𞄲𞄔𞄄𞄰𞄤 𞄛𞄤𞄱𞄒𞄤𞄰 𞄪𞄱𞄀𞄤𞄴 𞄚𞄦𞄲𞄤𞄚𞄄𞄰𞄫 𞄒𞄩𞄱𞄔𞄬𞄴',
    ),
    'hr': (
        'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca',
        'siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac',
    ),
    'hsb': (
        'januara februara měrca apryla meje junija julija awgusta septembra oktobra nowembra decembra',
        'januar februar měrc apryl meja junij julij awgust september oktober nowember december',
    ),
    'ht': (
        'janvier février mars avril - juin juillet août septembre octobre novembre décembre',
    ),
    'hu': (
        'január február március április május június július augusztus szeptember október november december',
    ),
    'hy': (
        'հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի',
        'հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր',
    ),
    'ia': (
        'januario februario martio april maio junio julio augusto septembre octobre novembre decembre',
    ),
    'id': (
        'januari februari maret april - juni juli agustus september oktober november desember',
    ),
    'ie': (
        'januar februar marte april - junio julí august septembre octobre novembre decembre',
    ),
    'ig': (
        'jenụwarị febrụwarị maachị epreel - - julaị ọgọọst septemba ọktoba novemba disemba',
    ),
    'ii': (
        'ꋍꆪ ꑍꆪ ꌕꆪ ꇖꆪ ꉬꆪ ꃘꆪ ꏃꆪ ꉆꆪ ꈬꆪ ꊰꆪ ꊯꊪꆪ ꊰꑋꆪ',
    ),
    'is': (
        'janúar febrúar mars apríl - júní júlí ágúst september október nóvember desember',
    ),
    'it': (
        'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    ),
    'iu': (
        'ᔭᓐᓄᐊᓕ ᕕᕝᕗᐊᓕ ᒫᑦᓯ ᐊᐃᑉᐳᓗ ᒪᐃ ᔫᓂ ᔪᓚᐃ ᐊᐅᒡᒍᓯ ᓯᑎᐱᕆ ᐆᑦᑑᕝᕙ ᓄᕕᐱᕆ ᑎᓯᐱᕆ',
    ),
    'jgo': (
        'nduŋmbi_saŋ pɛsaŋ_pɛ́pá pɛsaŋ_pɛ́tát pɛsaŋ_pɛ́nɛ́kwa pɛsaŋ_pataa pɛsaŋ_pɛ́nɛ́ntúkú pɛsaŋ_saambá pɛsaŋ_pɛ́nɛ́fɔm pɛsaŋ_pɛ́nɛ́pfúꞌú pɛsaŋ_nɛgɛ́m pɛsaŋ_ntsɔ̌pmɔ́ pɛsaŋ_ntsɔ̌ppá',
    ),
    'jmc': (
        'januari februari machi aprilyi - junyi julyai agusti septemba oktoba novemba desemba',
    ),
    'jv': (
        'januari februari maret april - juni juli agustus september oktober november desember',
    ),
    'ka': (
        'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი',
    ),
    'kaa': (
        'январь февраль март апрель - июнь июль август сентябрь октябрь ноябрь декабрь',
    ),
    'kab': (
        'yennayer fuṛar meɣres yebrir mayyu yunyu yulyu ɣuct ctembeṛ tubeṛ nunembeṛ duǧembeṛ',
    ),
    'kaj': (
        'hywan_a̱yrnig hywan_a̱hwa hywan_a̱tat hywan_a̱naai hywan_a̱pfwon hywan_a̱kitat hywan_a̱tyirin hywan_a̱ninai hywan_a̱kumviriyin hywan_swak - -',
    ),
    'kcg': (
        'zwat_juwung zwat_swiyang zwat_tsat zwat_nyai zwat_tswon zwat_ataah zwat_anatat zwat_arinai zwat_akubunyung zwat_swag zwat_mangjuwang zwat_swag-ma-suyang',
    ),
    'kde': (
        'mwedi_ntandi - - - - - - - - - - -',
    ),
    'kea': (
        'janeru febreru marsu abril maiu junhu julhu agostu setenbru otubru nuvenbru dizenbru',
    ),
    'khq': (
        'žanwiye feewiriye marsi awiril - žuweŋ žuyye - sektanbur oktoobur noowanbur deesanbur',
    ),
    'ki': (
        'njenuarĩ - - - - - - - - - - ndithemba',
    ),
    'kk': (
        'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
    ),
    'kkj': (
        'pamba wanja mbiyɔ_mɛndoŋgɔ nyɔlɔmbɔŋgɔ mɔnɔ_ŋgbanja nyaŋgwɛ_ŋgbanja kuŋgwɛ - njapi nyukul - ɓulɓusɛ',
    ),
    'kl': (
        'januaarip februaarip marsip apriilip maajip juunip juulip aggustip septembarip oktobarip novembarip decembarip',
        'januaari februaari marsi apriili maaji juuni juuli aggusti septembari oktobari novembari decembari',
    ),
    'kln': (
        'mulgul ng’atyaato kiptaamo iwootkuut mamuut paagi ng’eiyeet rooptui bureet epeeso - -',
    ),
    'km': (
        'មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ',
    ),
    'kn': (
        'ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ - ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್',
    ),
    'kok': (
        'जानेवारी फेब्रुवारी मार्च एप्रील - जून जुलय ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर',
    ),
    'ks': (
        'جنؤری فرؤری مارٕچ اپریل مئی جوٗن جُلَے اگست ستمبر اکتوٗبر نومبر دَسَمبَر',
        'جنؤری فرؤری مارٕچ اپریل مئی جوٗن جوٗلایی اگست ستمبر اکتوٗبر نومبر دسمبر',
    ),
    'ksb': (
        'januali febluali machi aplili - juni julai agosti septemba oktoba novemba desemba',
    ),
    'ksh': (
        'jannewa fäbrowa määz aprell - juuni juuli oujoß septämber oktohber novämber dezämber',
    ),
    'ku': (
        'rêbendan sibat adar nîsan gulan hezîran tîrmeh tebax îlon cotmeh mijdar berfanbar',
        'rêbendana sibata adara nîsana gulana hezîrana tîrmeha tebaxa îlona cotmeha mijdara berfanbara',
    ),
    'kw': (
        'mis_genver mis_hwevrer mis_meurth mis_ebrel mis_me mis_metheven mis_gortheren mis_est mis_gwynngala mis_hedra mis_du mis_kevardhu',
    ),
    'kxv': (
        'pusu_lenju maha_lenju pagu_lenju hire_lenju bese_lenju jaṭṭa_lenju aasaḍi_lenju srabĩ_lenju bado_lenju dasara_lenju divi_lenju pande_lenju',
    ),
    'ky': (
        'январь февраль март апрель - июнь июль август сентябрь октябрь ноябрь декабрь',
    ),
    'la': (
        'ianuarii februarii martii aprilis maii iunii iulii augusti septembris octobris novembris decembris',
        'ianuarius februarius martius aprilis maius iunius iulius augustus september october november december',
    ),
    'lag': (
        'kʉfúngatɨ kʉnaanɨ kʉkeenda kwiikumi kwiinyambála kwiidwaata kʉmʉʉnchɨ kʉvɨɨrɨ kʉsaatʉ kwiinyi kʉsaano kʉsasatʉ',
    ),
    'lb': (
        'januar februar mäerz abrëll - juni juli august september oktober november dezember',
    ),
    'lg': (
        'janwaliyo febwaliyo marisi apuli maayi juuni julaayi agusito sebuttemba okitobba novemba desemba',
    ),
    'lij': (
        'zenâ frevâ marso d’arvî mazzo zugno luggio d’agosto settembre d’ottobre novembre dexembre',
        'zenâ frevâ marso arvî mazzo zugno luggio agosto settembre ottobre novembre dexembre',
    ),
    'lkt': (
        'wiótheȟika_wí thiyóȟeyuŋka_wí ištáwičhayazaŋ_wí pȟežítȟo_wí čhaŋwápetȟo_wí wípazukȟa-wašté_wí čhaŋpȟásapa_wí wasútȟuŋ_wí čhaŋwápeǧi_wí čhaŋwápe-kasná_wí waníyetu_wí tȟahékapšuŋ_wí',
    ),
    'lld': (
        'jená forá merz d’aurí - jügn messé d’aost setëmber d’otober novëmber dezëmber',
        'jená forá merz aurí - jügn messé aost setëmber otober novëmber dezëmber',
    ),
    'lmo': (
        'sginer fevrer marz avril masg sgiugn - avost setember otover november dicember',
    ),
    'lo': (
        'ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ',
    ),
    'lrc': (
        'جانڤیە فئڤریە مارس آڤریل مئی جوٙأن جوٙلا آگوست سئپتامر ئوکتوڤر نوڤامر دئسامر',
    ),
    'lt': (
        'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
        'sausis vasaris kovas balandis gegužė birželis liepa rugpjūtis rugsėjis spalis lapkritis gruodis',
    ),
    'ltg': (
        'janvars februars marts apreļs majs juņs juļs augusts septembris oktobris novembris decembris',
    ),
    'lu': (
        'ciongo lùishi lusòlo mùuyà lumùngùlù lufuimi kabàlàshìpù lùshìkà lutongolo lungùdi kaswèkèsè ciswà',
    ),
    'luy': (
        'januari februari machi aprili - juni julai agosti septemba oktoba novemba desemba',
    ),
    'lv': (
        'janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris',
    ),
    'mai': (
        'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्तूबर नवंबर दिसंबर',
        'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
    ),
    'mas': (
        'oladalʉ́ arát ɔɛnɨ́ɔɨŋɔk olodoyíóríê_inkókúâ oloilépūnyīē_inkókúâ kújúɔrɔk mórusásin ɔlɔ́ɨ́bɔ́rárɛ kúshîn olgísan pʉshʉ́ka ntʉ́ŋʉ́s',
    ),
    'mer': (
        'januarĩ feburuarĩ machi ĩpurũ - njuni njuraĩ agasti septemba oktũba novemba dicemba',
    ),
    'mfe': (
        'zanvie fevriye mars avril - - zilye - septam oktob novam desam',
    ),
    'mg': (
        'janoary febroary martsa aprily - jona jolay aogositra septambra oktobra novambra desambra',
    ),
    'mgo': (
        'iməg_mbegtug imeg_àbùbì imeg_mbəŋchubi iməg_ngwə̀t iməg_fog iməg_ichiibɔd iməg_àdùmbə̀ŋ iməg_ichika iməg_kud iməg_tèsiʼe iməg_zò iməg_krizmed',
    ),
    'mi': (
        'hānuere pēpuere māehe āpereira - hune hūrae ākuhata hepetema oketopa noema tīhema',
        'hānuere pēpuere māehe āperira - hune hūrae ākuhata hepetema oketopa noema tīhema',
    ),
    'mk': (
        'јануари февруари март април - јуни јули август септември октомври ноември декември',
    ),
    'ml': (
        'ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ - നവംബർ ഡിസംബർ',
    ),
    'mn': (
        'нэгдүгээр_сар хоёрдугаар_сар гуравдугаар_сар дөрөвдүгээр_сар тавдугаар_сар зургаадугаар_сар долоодугаар_сар наймдугаар_сар есдүгээр_сар аравдугаар_сар - -',
        'нэгдүгээр_сарын хоёрдугаар_сарын гуравдугаар_сарын дөрөвдүгээр_сарын тавдугаар_сарын зургаадугаар_сарын долоодугаар_сарын наймдугаар_сарын есдүгээр_сарын аравдугаар_сарын - -',
    ),
    'mni': (
        'জনুৱারী ফেব্রুৱারি মার্চ এপ্রিল - জুন জুলাই - সেপ্টেম্বর ওক্টোবর নভেম্বর ডিসেম্বর',
        'জানুৱারি ফেব্রুৱারি মার্চ এপ্রিল - জুন জুলাই ওগষ্ট সেপ্টেম্বর ওক্টোবর নবেম্বর ডিসেম্বর',
    ),
    'mr': (
        'जानेवारी फेब्रुवारी मार्च एप्रिल - जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर',
    ),
    'ms': (
        'januari februari - april - - julai ogos september oktober november disember',
    ),
    'mt': (
        'jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru',
    ),
    'mua': (
        'fĩi_loo cokcwaklaŋne cokcwaklii fĩi_marfoo madǝǝuutǝbijaŋ mamǝŋgwãafahbii mamǝŋgwãalii madǝmbii fĩi_dǝɓlii fĩi_mundaŋ fĩi_gwahlle fĩi_yuru',
    ),
    'mus': (
        'rvfo_cuse hotvle_hvse tasahcuce tasahce_rakko ke_hvse kvco_hvse hiyuce hiyo_rakko otowoskuce otowoskv_rakko ehole rvfo_rakko',
    ),
    'my': (
        'ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ - ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ',
    ),
    'myv': (
        'якшамков даволков эйзюрков чадыков панжиков аштемков медьков умарьков таштамков ожоков сундерьков ацамков',
    ),
    'mzn': (
        'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر',
    ),
    'naq': (
        'ǃkhanni ǃkhanǀgôab ǀkhuuǁkhâb ǃhôaǂkhaib ǃkhaitsâb gamaǀaeb ǂkhoesaob aoǁkhuumûǁkhâb taraǀkhuumûǁkhâb ǂnûǁnâiseb ǀhooǂgaeb hôasoreǁkhâb',
    ),
    'nb': (
        'januar februar mars april - juni juli august september oktober november desember',
    ),
    'nd': (
        'zibandlela nhlolanja mbimbitho mabasa nkwenkwezi nhlangula ntulikazi ncwabakazi mpandula mfumfu lwezi mpalakazi',
    ),
    'nds': (
        'januaar februaar märz april - juni juli august september oktover november dezember',
    ),
    'ne': (
        'जनवरी फेब्रुअरी मार्च अप्रिल - जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर',
    ),
    'nl': (
        'januari februari maart april - juni juli augustus september oktober november december',
    ),
    'nmg': (
        'ngwɛn_matáhra ngwɛn_ńmba ngwɛn_ńlal ngwɛn_ńna ngwɛn_ńtan ngwɛn_ńtuó ngwɛn_hɛmbuɛrí ngwɛn_lɔmbi ngwɛn_rɛbvuâ ngwɛn_wum - krísimin',
    ),
    'nn': (
        'januar februar mars april - juni juli august september oktober november desember',
    ),
    'nnh': (
        '- - - saŋ_cÿó - saŋ_njÿoláʼ - saŋ_mbʉ̀ŋ - - saŋ_mejwoŋó saŋ_lùm',
    ),
    'no': (
        'januar februar mars april - juni juli august september oktober november desember',
    ),
    'nqo': (
        'ߓߌ߲ߠߊߥߎߟߋ߲ ߞߏ߲ߞߏߜߍ ߕߙߊߓߊ ߞߏ߲ߞߏߘߌ߬ߓߌ ߘߓߊ߬ߕߊ ߥߊ߬ߛߌ߬ߥߙߊ ߞߊ߬ߙߌߝߐ߭ ߘߓߊ߬ߓߌߟߊ ߕߎߟߊߝߌ߲ ߞߏ߲ߓߌߕߌ߮ ߣߍߣߍߓߊ ߞߏߟߌ߲ߞߏߟߌ߲',
    ),
    'nr': (
        'janabari ufeberbari umatjhi u-apreli meyi juni julayi arhostosi septemba oktoba usinyikhaba disemba',
    ),
    'nso': (
        'janeware febereware matšhe aporele - june julae agosetose setemere oktobore nofemere disemere',
    ),
    'nus': (
        '- - duɔ̱ɔ̱ŋ guak duät kornyoot pay_yie̱tni tho̱o̱r tɛɛr laath - -',
    ),
    'ny': (
        'januwale febuluwale malichi epulo - juni julai ogasiti seputemba okutoba novemba disemba',
    ),
    'nyn': (
        'okwokubanza okwakabiri okwakashatu okwakana okwakataana okwamukaaga okwamushanju okwamunaana okwamwenda okwaikumi - -',
    ),
    'oc': (
        'genièr febrièr març d’abril - junh julhet d’agost setembre d’octòbre novembre decembre',
        'genièr febrièr març abril - junh julhet agost setembre octòbre novembre decembre',
    ),
    'om': (
        'amajjii guraandhala bitootessa eebila caamsaa waxabajjii adoolessa hagayya fulbaana onkoloolessa sadaasa mudde',
    ),
    'or': (
        'ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର',
    ),
    'os': (
        'январы февралы мартъийы апрелы майы июны июлы августы сентябры октябры ноябры декабры',
        'январь февраль мартъи апрель - июнь июль август сентябрь октябрь ноябрь декабрь',
    ),
    'osa': (
        '𐓨𐓣͘𐓪͘𐓬𐓘_𐓬𐓘𐓡𐓛͘𐓧𐓟 𐓨𐓣͘𐓪͘𐓬𐓘_𐓷𐓟𐓵𐓪͘𐓬𐓘 𐓨𐓣͘𐓪͘𐓬𐓘_𐓷𐓟𐓵𐓘𐓜𐓣 𐓨𐓣͘𐓪͘𐓬𐓘_𐓷𐓟𐓰𐓪𐓬𐓘 𐓨𐓣͘𐓪͘𐓬𐓘_𐓷𐓟𐓮𐓘𐓰𐓘 𐓨𐓣͘𐓪͘𐓬𐓘_𐓷𐓟𐓯𐓘𐓬𐓟 𐓨𐓣͘𐓪͘𐓬𐓘_𐓬𐓟𐓵𐓪͘𐓬𐓘 𐓨𐓣͘𐓪͘𐓬𐓘_𐓤𐓣𐓟𐓰𐓪𐓬𐓘 𐓨𐓣͘𐓪͘𐓬𐓘_𐓧𐓟𐓜𐓛𐓲𐓟𐓷𐓣͘𐓤𐓟 𐓨𐓣͘𐓪͘𐓬𐓘_𐓧𐓟𐓜𐓛 - -',
    ),
    'pa': (
        'ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ',
    ),
    'pap': (
        'yanüari febrüari mart aprel - yüni yüli ougùstùs sèptèmber òktober novèmber desèmber',
    ),
    'pcm': (
        'jénúári fẹ́búári mach éprel - - julai ọgọst sẹptẹ́mba ọktóba nọvẹ́mba disẹ́mba',
    ),
    'pis': (
        'januare febuare - eprel - - julae ogus septemba oktoba novemba disemba',
    ),
    'pl': (
        'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
        'styczeń luty marzec kwiecień - czerwiec lipiec sierpień wrzesień październik listopad grudzień',
    ),
    'prg': (
        'rags wassarins pūlis sakkis zallaws sīmenis līpa daggis sillins spallins lapkrūtis sallaws',
    ),
    'ps': (
        'جنوري فبروري مارچ اپریل مۍ جون جولای اګست سېپتمبر اکتوبر نومبر دسمبر',
        'جنوري فېبروري مارچ اپریل مۍ جون جولای اګست سپتمبر اکتوبر نومبر دسمبر',
    ),
    'pt': (
        'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    ),
    'qu': (
        'enero febrero marzo abril mayo junio julio agosto setiembre octubre noviembre diciembre',
    ),
    'raj': (
        'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितम्बर अक्टूबर नवंबर दिसंबर',
    ),
    'rif': (
        'yennayer febrayer mars yebril mayyu yunyu yulyuz ɣucct cutenber kṭuber nuwember dujember',
    ),
    'rm': (
        'da_schaner da_favrer da_mars d’avrigl da_matg da_zercladur da_fanadur d’avust da_settember d’october da_november da_december',
        'schaner favrer mars avrigl matg zercladur fanadur avust settember october november december',
    ),
    'rn': (
        'nzero ruhuhuma ntwarante ndamukiza rusama ruheshi mukakaro nyandagaro nyakanga gitugutu munyonyo kigarama',
    ),
    'ro': (
        'ianuarie februarie martie aprilie - iunie iulie august septembrie octombrie noiembrie decembrie',
    ),
    'ru': (
        'января февраля марта апреля - июня июля августа сентября октября ноября декабря',
        'январь февраль март апрель - июнь июль август сентябрь октябрь ноябрь декабрь',
    ),
    'rw': (
        'mutarama gashyantare werurwe mata gicurasi kamena nyakanga kanama nzeri ukwakira ugushyingo ukuboza',
    ),
    'rwk': (
        'januari februari machi aprilyi - junyi julyai agusti septemba oktoba novemba desemba',
    ),
    'sa': (
        'जनवरीमासः फरवरीमासः मार्चमासः अप्रैलमासः मईमासः जूनमासः जुलाईमासः अगस्तमासः सितंबरमासः अक्तूबरमासः नवंबरमासः दिसंबरमासः',
    ),
    'sah': (
        'тохсунньу олунньу кулун_тутар муус_устар ыам_ыйын бэс_ыйын от_ыйын атырдьых_ыйын балаҕан_ыйын алтынньы сэтинньи ахсынньы',
        'тохсунньу олунньу кулун_тутар муус_устар ыам_ыйа бэс_ыйа от_ыйа атырдьых_ыйа балаҕан_ыйа алтынньы сэтинньи ахсынньы',
    ),
    'sat': (
        'ᱡᱟᱱᱣᱟᱨᱤ ᱯᱷᱟᱨᱣᱟᱨᱤ ᱢᱟᱨᱪ ᱟᱯᱨᱮᱞ ᱢᱮ ᱡᱩᱱ ᱡᱩᱞᱟᱭ ᱟᱜᱟᱥᱛ ᱥᱮᱯᱴᱮᱢᱵᱟᱨ ᱚᱠᱴᱚᱵᱟᱨ ᱱᱟᱣᱟᱢᱵᱟᱨ ᱫᱤᱥᱟᱢᱵᱟᱨ',
    ),
    'sbp': (
        'mupalangulwa mwitope mushende munyi mushende_magali mujimbi mushipepo mupuguto munyense mokhu musongandembwe muhaano',
    ),
    'sc': (
        'ghennàrgiu freàrgiu martzu abrile maju làmpadas trìulas austu cabudanni santugaine santandria nadale',
    ),
    'scn': (
        'jinnaru frivaru marzu aprili maju giugnu giugnettu agustu sittèmmiru uttùviru nuvèmmiru dicèmmiru',
    ),
    'sd': (
        'جنوري فيبروري مارچ اپريل مئي جون جولاءِ آگسٽ سيپٽمبر آڪٽوبر نومبر ڊسمبر',
    ),
    'se': (
        'ođđajagemánnu guovvamánnu njukčamánnu cuoŋománnu miessemánnu geassemánnu suoidnemánnu borgemánnu čakčamánnu golggotmánnu skábmamánnu juovlamánnu',
    ),
    'seh': (
        'janeiro fevreiro marco abril maio junho julho augusto setembro otubro novembro decembro',
    ),
    'ses': (
        'žanwiye feewiriye marsi awiril - žuweŋ žuyye - sektanbur oktoobur noowanbur deesanbur',
    ),
    'sg': (
        'nyenye fulundïgi mbängü ngubùe bêläwü föndo lengua kükürü mvuka ngberere nabändüru kakauka',
    ),
    'shi': (
        'ⵉⵏⵏⴰⵢⵔ ⴱⵕⴰⵢⵕ ⵎⴰⵕⵚ ⵉⴱⵔⵉⵔ ⵎⴰⵢⵢⵓ ⵢⵓⵏⵢⵓ ⵢⵓⵍⵢⵓⵣ ⵖⵓⵛⵜ ⵛⵓⵜⴰⵏⴱⵉⵔ ⴽⵜⵓⴱⵔ ⵏⵓⵡⴰⵏⴱⵉⵔ ⴷⵓⵊⴰⵏⴱⵉⵔ',
    ),
    'si': (
        'ජනවාරි පෙබරවාරි මාර්තු - මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්',
    ),
    'sk': (
        'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
        'január február marec apríl - - - august september október november december',
    ),
    'skr': (
        'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر',
    ),
    'sl': (
        'januar februar marec april - junij julij avgust september oktober november december',
    ),
    'smn': (
        'uđđâivemáánu kuovâmáánu njuhčâmáánu cuáŋuimáánu vyesimáánu kesimáánu syeinimáánu porgemáánu čohčâmáánu roovvâdmáánu skammâmáánu juovlâmáánu',
    ),
    'sn': (
        'ndira kukadzi kurume kubvumbi chivabvu chikumi chikunguru nyamavhuvhu gunyana gumiguru mbudzi zvita',
    ),
    'so': (
        'janaayo febraayo maarso abriil maayo juun luulyo agosto sebtembar oktoobar noofeembar diseembar',
        'jannaayo febraayo maarso abriil maayo juun luulyo ogosto sebteembar oktoobar noofeembar diseembar',
    ),
    'sq': (
        'janar shkurt mars prill - qershor korrik gusht shtator tetor nëntor dhjetor',
    ),
    'sr': (
        'јануар фебруар март април - - - август септембар октобар новембар децембар',
    ),
    'ss': (
        'bhimbidvwane indlovana indlovu-lenkhulu mabasa inkhwekhweti inhlaba kholwane ingci inyoni imphala lweti ingongoni',
    ),
    'ssy': (
        'qunxa_garablu kudo ciggilta_kudo agda_baxis caxah_alsa qasa_dirri qado_dirri liiqen waysu diteli ximoli kaxxa_garablu',
    ),
    'st': (
        'pherekgong hlakola hlakubele mmesa motsheanong phupjane phupu phato lwetse mphalane pudungwana tshitwe',
    ),
    'su': (
        'januari pébruari maret april - juni juli agustus séptémber oktober nopémber désémber',
    ),
    'sv': (
        'januari februari mars april - juni juli augusti september oktober november december',
    ),
    'sw': (
        'januari februari machi aprili - juni julai agosti septemba oktoba novemba desemba',
    ),
    'syr': (
        'ܟܢܘܢ_ܐܚܪܝܐ ܫܒܛ ܐܕܪ ܢܝܣܢ ܐܝܪ ܚܙܝܪܢ ܬܡܘܙ ܐܒ ܐܝܠܘܠ ܬܫܪܝܢ_ܩܕܡܝܐ ܬܫܪܝܢ_ܐܚܪܝܐ ܟܢܘܢ_ܩܕܡܝܐ',
        'ܒܟܢܘܢ_ܐܚܪܝܐ ܒܫܒܛ ܒܐܕܪ ܒܢܝܣܢ ܒܐܝܪ ܒܚܙܝܪܢ ܒܬܡܘܙ ܒܐܒ ܒܐܝܠܘܠ ܒܬܫܪܝܢ_ܩܕܡܝܐ ܒܬܫܪܝܢ_ܐܚܪܝܐ ܒܟܢܘܢ_ܩܕܡܝܐ',
    ),
    'szl': (
        'stycznia lutego marca kwietnia moja czyrwca lipca siyrpnia września października listopada grudnia',
        'styczyń luty marzec kwieciyń - czyrwiec lipiec siyrpiyń wrzesiyń październik listopad grudziyń',
    ),
    'ta': (
        'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் - ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்',
    ),
    'te': (
        'జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ - జూన్ జులై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్',
    ),
    'teo': (
        'orara omuk okwamg’ odung’el omaruk omodok’king’ol ojola opedel osokosokoma otibar olabor opoo',
    ),
    'tg': (
        'январ феврал март апрел - - - август сентябр октябр ноябр декабр',
    ),
    'th': (
        'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม',
    ),
    'ti': (
        'ጥሪ ለካቲት መጋቢት ሚያዝያ ጉንበት ሰነ ሓምለ ነሓሰ መስከረም ጥቅምቲ ሕዳር ታሕሳስ',
    ),
    'tig': (
        'ጃንዩወሪ ፌብሩወሪ ማርች ኤፕረል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክተውበር ኖቬምበር ዲሴምበር',
    ),
    'tk': (
        'ýanwar fewral mart aprel - iýun iýul awgust sentýabr oktýabr noýabr dekabr',
    ),
    'tn': (
        'ferikgong tlhakole mopitlo moranang motsheganang seetebosigo phukwi phatwe lwetse diphalane ngwanatsele sedimonthole',
    ),
    'to': (
        'sānuali fēpueli maʻasi ʻepeleli - sune siulai ʻaokosi sēpitema ʻokatopa nōvema tīsema',
        'sānuali fēpueli maʻasi ʻepeleli - sune siulai ʻaokosi sepitema ʻokatopa nōvema tīsema',
    ),
    'tpi': (
        'janueri februeri - epril - - julai ogas septemba oktoba novemba desemba',
    ),
    'tr': (
        'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
    ),
    'trv': (
        'kingal_idas dha_idas tru_idas spat_idas rima_idas mataru_idas empitu_idas maspat_idas mngari_idas maxal_idas - -',
    ),
    'trw': (
        'جنوری فروری مارچ اپریل مئ جون جولائی اگست ستمبر اکتوبر نومبر دسمبر',
    ),
    'ts': (
        'sunguti nyenyenyani nyenyankulu dzivamisoko mudyaxihi khotavuxika mawuwani mhawuri ndzhati nhlangula hukuri n’wendzamhala',
    ),
    'tt': (
        'гыйнвар февраль март апрель - июнь июль август сентябрь октябрь ноябрь декабрь',
    ),
    'twq': (
        'žanwiye feewiriye marsi awiril - žuweŋ žuyye - sektanbur oktoobur noowanbur deesanbur',
    ),
    'tzm': (
        'yennayer yebrayer mars ibrir mayyu yunyu yulyuz ɣuct cutanbir kṭuber nwanbir dujanbir',
    ),
    'ug': (
        'يانۋار فېۋرال مارت ئاپرېل ماي ئىيۇن ئىيۇل ئاۋغۇست سېنتەبىر ئۆكتەبىر نويابىر دېكابىر',
    ),
    'uk': (
        'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
        'січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень',
    ),
    'ur': (
        'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر',
    ),
    'uz': (
        'yanvar fevral mart aprel - iyun iyul avgust sentabr oktabr noyabr dekabr',
    ),
    'vai': (
        '- ꕒꕡꖝꖕ ꕾꖺ ꖢꖕ ꖑꕱ ꖱꘋ ꖱꕞꔤ ꗛꔕ ꕢꕌ ꕭꖃ ꔞꘋꕔꕿ_ꕸꖃꗏ -',
    ),
    've': (
        'phando luhuhi ṱhafamuhwe lambamai shundunthule fulwi fulwana ṱhangule khubvumedzi tshimedzi ḽara nyendavhusiku',
    ),
    'vec': (
        'jenaro febraro marso aprile majo jugno lujo agosto setenbre otobre novenbre dezenbre',
    ),
    'vmw': (
        'janeiru fevereiru marsu abril maiu junyu julyu agostu setembru outubru novembru dezembru',
    ),
    'vo': (
        'yanul febul mäzul prilul mayul yunul yulul gustul setul tobul novul dekul',
        'yanula febula mäzula prilula mayula yunula yulula gustula setula tobula novula dekula',
    ),
    'vun': (
        'januari februari machi aprilyi - junyi julyai agusti septemba oktoba novemba desemba',
    ),
    'wae': (
        'jenner hornig märze abrille meije bráčet heiwet öigšte herbštmánet wímánet wintermánet chrištmánet',
    ),
    'wal': (
        'ጃንዩወሪ ፌብሩወሪ ማርች ኤፕረል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክተውበር ኖቬምበር ዲሴምበር',
    ),
    'wo': (
        'samwiyee fewriyee mars awril - suwe sulet - sàttumbar oktoobar nowàmbar desàmbar',
    ),
    'xh': (
        'janyuwari februwari matshi epreli meyi juni julayi agasti septemba okthobha novemba disemba',
        'janyuwari februwari matshi epreli meyi juni julayi agasti septemba okthoba novemba disemba',
    ),
    'xnr': (
        'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्तूबर नवंबर दिसंबर',
    ),
    'xog': (
        'janwaliyo febwaliyo marisi apuli maayi juuni julaayi agusito sebuttemba okitobba novemba desemba',
    ),
    'yav': (
        '- - - - - ɔsɔn efute pisuyú - - makandikɛ pilɔndɔ́',
    ),
    'yi': (
        'יאַנואַר פֿעברואַר מערץ אַפּריל מיי יוני יולי אויגוסט סעפּטעמבער אקטאבער נאוועמבער דעצעמבער',
    ),
    'yo': (
        'oṣù_ṣẹ́rẹ́ oṣù_èrèlè oṣù_ẹrẹ̀nà oṣù_ìgbé oṣù_ẹ̀bibi oṣù_òkúdu oṣù_agẹmọ oṣù_ògún oṣù_owewe oṣù_ọ̀wàrà oṣù_bélú oṣù_ọ̀pẹ̀',
    ),
    'yrl': (
        'yepé mukũi musapíri irũdí - pú-yepé pú-mukũi pú-musapíri pú-irũdí yepé-putimaã yepé-yepé yepé-mukũi',
    ),
    'za': (
        'ndwenit ndwenngeih ndwensam ndwenseiq ndwenngux ndwenloeg ndwencaet ndwenbet ndwengouj ndwencib ndwencib’it ndwencibngeih',
    ),
    'zgh': (
        'ⵉⵏⵏⴰⵢⵔ ⴱⵕⴰⵢⵕ ⵎⴰⵕⵚ ⵉⴱⵔⵉⵔ ⵎⴰⵢⵢⵓ ⵢⵓⵏⵢⵓ ⵢⵓⵍⵢⵓⵣ ⵖⵓⵛⵜ ⵛⵓⵜⴰⵏⴱⵉⵔ ⴽⵜⵓⴱⵔ ⵏⵓⵡⴰⵏⴱⵉⵔ ⴷⵓⵊⴰⵏⴱⵉⵔ',
    ),
    'zh': (
        '一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月',
    ),
    'zu': (
        'januwari februwari mashi ephreli meyi juni julayi agasti septhemba okthoba novemba disemba',
    ),
}  # fmt: skip

#: The words a date pattern puts between its parts.
DATE_PARTICLES: tuple[str, ...] = (
    'a',
    'd.',
    'dal',
    'de',
    'del',
    'di',
    'die',
    'dl',
    'do',
    'gada',
    'lia',
    'lyɛ̌ʼ',
    'm.',
    'mettas',
    'na',
    'ne',
    'st.',
    'su',
    'ta’',
    'u',
    'аз',
    'г.',
    'ел',
    'ж.',
    'л.',
    'оны',
    'р.',
    'сыл',
    'ш.',
    'ын',
    'ҫ.',
    'թ.',
    'ב',
    'د',
    'ܒ',
    'ཚེས་',
    'ཟླ་',
    'འི་ཚེས་',
    'ལོའི་',
    'སྤྱི་ལོ་',
    'መዓልት',
    'ዮም',
    'ጋላሳ',
    'ግርጋ',
    '月',
)  # fmt: skip

#: What a date pattern glues onto its day.
DAY_SUFFIXES: tuple[str, ...] = (
    'id',
    'mh',
    'ê',
    'טן',
    'ی',
    '日',
    '일',
)  # fmt: skip

#: What a date pattern glues onto its year.
YEAR_SUFFIXES: tuple[str, ...] = (
    'an',
    'ko',
    '年',
    '년',
)  # fmt: skip

#: The punctuation a date pattern puts between parts.
DATE_SEPARATORS: tuple[str, ...] = (
    ',',
    '-',
    '.',
    '/',
    '،',
    '་',
    '’',
)  # fmt: skip

#: The words written before a month's number.
NUMBERED_MONTH_WORDS: tuple[str, ...] = (
    'thg',
    'tháng',
)  # fmt: skip
