"""Vocabulary for the synthetic archive: Persian names in two scripts, their transliterations, places,
bodies, publishers and sentence parts. Invented combinations; no record describes a real person."""

from __future__ import annotations

GIVEN = [
    ("Mohammad", "محمد"), ("Ali", "علی"), ("Hossein", "حسین"), ("Hassan", "حسن"),
    ("Reza", "رضا"), ("Mahmoud", "محمود"), ("Mostafa", "مصطفی"), ("Ebrahim", "ابراهیم"),
    ("Morteza", "مرتضی"), ("Mehdi", "مهدی"), ("Abbas", "عباس"), ("Javad", "جواد"),
    ("Hamid", "حمید"), ("Majid", "مجید"), ("Saeed", "سعید"), ("Fatemeh", "فاطمه"),
    ("Zahra", "زهرا"), ("Maryam", "مریم"), ("Masoumeh", "معصومه"), ("Shirin", "شیرین"),
    ("Parvin", "پروین"), ("Mahin", "مهین"), ("Roya", "رویا"), ("Nasrin", "نسرین"),
    ("Akbar", "اکبر"), ("Ahmad", "احمد"), ("Gholamreza", "غلامرضا"), ("Esmail", "اسماعیل"),
    ("Yousef", "یوسف"), ("Kazem", "کاظم"), ("Nasser", "ناصر"), ("Manouchehr", "منوچهر"),
    ("Farhad", "فرهاد"), ("Behrouz", "بهروز"), ("Jafar", "جعفر"), ("Ghasem", "قاسم"),
]
"""Given names: (Latin, Persian script)."""

ROOTS = [
    ("Mohammad", "محمد"), ("Hossein", "حسین"), ("Reza", "رضا"), ("Ahmad", "احمد"),
    ("Karim", "کریم"), ("Morad", "مراد"), ("Jafar", "جعفر"), ("Rahim", "رحیم"),
    ("Sadegh", "صادق"), ("Kazem", "کاظم"), ("Ebrahim", "ابراهیم"), ("Nazar", "نظر"),
    ("Ghasem", "قاسم"), ("Ansar", "انصار"), ("Bagher", "باقر"), ("Nasser", "ناصر"),
    ("Amin", "امین"), ("Soltan", "سلطان"), ("Heydar", "حیدر"), ("Akbar", "اکبر"),
    ("Abbas", "عباس"), ("Mahmoud", "محمود"), ("Tahmasb", "طهماسب"), ("Golestan", "گلستان"),
]
"""Surname roots: (Latin, Persian script)."""

ENDINGS = [("i", "ی"), ("zadeh", "‌زاده"), ("nejad", "‌نژاد"), ("far", "‌فر"), ("pour", "‌پور")]
"""Surname endings; the Persian ones start with a zero-width non-joiner, as they are written."""

PREFIXES = [("Pour", "پور"), ("Mir", "میر"), ("Haj", "حاج")]
"""Surname prefixes, written joined ('Pourmohammadi') or hyphenated ('Pour-Mohammadi')."""

VARIANTS = [
    ("Mohammad", "Mohammed"), ("Mohammad", "Muhammad"), ("Hossein", "Hussein"),
    ("Hossein", "Hosein"), ("Mahmoud", "Mahmud"), ("Mostafa", "Mustafa"), ("Ebrahim", "Ibrahim"),
    ("Morteza", "Murtaza"), ("Ghasem", "Qasem"), ("Sadegh", "Sadeq"), ("Bagher", "Baqer"),
    ("Esmail", "Ismail"), ("Yousef", "Yusuf"), ("Pour", "Pur"), ("ou", "u"), ("ei", "ey"),
    ("Javad", "Jawad"), ("Jafar", "Ja'far"), ("Saeed", "Said"), ("Fatemeh", "Fatima"),
]
"""Transliteration variants that sources use for the same name: (usual, variant)."""

CITIES = [
    ("Tehran", "تهران"), ("Mashhad", "مشهد"), ("Tabriz", "تبریز"), ("Shiraz", "شیراز"),
    ("Isfahan", "اصفهان"), ("Ahvaz", "اهواز"), ("Kermanshah", "کرمانشاه"), ("Rasht", "رشت"),
    ("Zahedan", "زاهدان"), ("Sanandaj", "سنندج"), ("Urmia", "ارومیه"), ("Karaj", "کرج"),
    ("Qom", "قم"), ("Hamadan", "همدان"), ("Kerman", "کرمان"), ("Yazd", "یزد"),
    ("Dezful", "دزفول"), ("Arak", "اراک"), ("Ardabil", "اردبیل"), ("Bandar Abbas", "بندرعباس"),
    ("Zanjan", "زنجان"), ("Sari", "ساری"), ("Gorgan", "گرگان"), ("Khorramabad", "خرم‌آباد"),
    ("Qazvin", "قزوین"), ("Semnan", "سمنان"), ("Bushehr", "بوشهر"), ("Ilam", "ایلام"),
]
"""Cities: (Latin, Persian script)."""

PLACE_KINDS = [
    ("city", "{city}", "{fa}"), ("prison", "{city} Central Prison", "زندان مرکزی {fa}"),
    ("cemetery", "{city} cemetery", "گورستان {fa}"), ("province", "{city} Province", "استان {fa}"),
    ("court building", "{city} Revolutionary Court", "دادگاه انقلاب {fa}"),
    ("detention centre", "{city} detention centre", "بازداشتگاه {fa}"),
]
"""Place kinds with English and Persian name patterns."""

BODIES = [
    ("court", "Revolutionary Court of {city}"), ("prosecutor's office", "Prosecutor's office of {city}"),
    ("security unit", "Intelligence directorate of {city}"), ("militia", "Basij of {city}"),
    ("prison administration", "Prisons administration of {city}"),
    ("commission (as reported)", "{city} prison commission"),
]
"""Organisation kinds and name patterns."""

PUBLISHERS = [
    ("ngo_report", "Amnesty International"), ("ngo_report", "Human Rights Watch"),
    ("ngo_report", "Iran Human Rights"), ("ngo_report", "Justice for Iran"),
    ("un_document", "UN Special Rapporteur on Iran"), ("un_document", "UN Fact-Finding Mission"),
    ("news", "BBC Persian"), ("news", "IranWire"), ("news", "Radio Farda"),
    ("state_media", "IRNA"), ("state_media", "Kayhan"), ("advocacy", "Mojahedin.org"),
    ("memoir", "Independent publisher"), ("court_record", "Stockholm District Court"),
    ("government", "Iranian Judiciary"), ("wikipedia", "Wikipedia"),
]
"""(source kind, publisher) pairs."""

TOPICS = [
    "executions", "mass graves", "enforced disappearances", "death commissions",
    "the killing of protesters", "prison conditions", "unfair trials", "families of the victims",
    "secret burials", "torture in detention", "the 1988 prison massacres", "the November crackdown",
]
"""Report topics for source titles."""

POSTS = [
    "Deputy prosecutor", "Prosecutor", "Judge", "Head of the prison", "Intelligence official",
    "Member of the commission", "Prison guard", "Provincial governor", "Commander",
]
"""Position titles."""

ROLES = [
    "member of the commission that questioned prisoners", "ordered the transfers",
    "signed the execution orders", "was present at the hearings", "commanded the unit that fired",
    "was executed", "was arrested", "witnessed the killings", "buried the bodies",
]
"""Roles in events, as a source might word them."""

EVENT_TITLES = [
    "Hearings of prisoners at {place}", "Executions at {place}", "Mass burial at {place}",
    "Transfer of prisoners to {place}", "Protest near {place}", "Shooting of protesters near {place}",
    "Arrests near {place}", "Families gathered at {place}",
]
"""Event title patterns."""

ENGLISH = (  # noqa: SIM905 (a sentence reads better than a list of its words)
    "the prisoners were taken before the commission and asked about their beliefs and many were "
    "executed within days while their families were told nothing and later found the graves"
).split()
"""Words for English sentences."""

PERSIAN = (  # noqa: SIM905
    "زندانیان را به کمیسیون بردند و درباره عقایدشان پرسیدند و بسیاری در چند روز اعدام شدند و "
    "خانواده‌ها هیچ خبری نداشتند و بعدها گورها را پیدا کردند"
).split()
"""Words for Persian sentences (one holds a zero-width non-joiner, as Persian is written)."""
