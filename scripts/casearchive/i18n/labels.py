"""Every interface string of the generated pages, in English and in Persian, in one table.

Templates ask for a string by its key (`t("born")`); `{name}` placeholders are filled with values
made inert first. A string may hold Markdown (`*`, line breaks) but never contributor text.
tests/test_labels.py checks that every key has both languages and that every key is used.
"""

from __future__ import annotations

from typing import Any

LABELS: dict[str, dict[str, str]] = {
    # Punctuation and small words
    "comma": {"en": ", ", "fa": "، "},
    "unknown_date": {"en": "?", "fa": "؟"},
    "untranslated": {"en": "(not translated)", "fa": "(ترجمه نشده)"},
    "archive_translation": {"en": "the archive's translation", "fa": "ترجمه‌ی آرشیو"},
    # Dates (i18n/datewords.py): never more precise than the data
    "month.1": {"en": "January", "fa": "ژانویه"},
    "month.2": {"en": "February", "fa": "فوریه"},
    "month.3": {"en": "March", "fa": "مارس"},
    "month.4": {"en": "April", "fa": "آوریل"},
    "month.5": {"en": "May", "fa": "مه"},
    "month.6": {"en": "June", "fa": "ژوئن"},
    "month.7": {"en": "July", "fa": "ژوئیه"},
    "month.8": {"en": "August", "fa": "اوت"},
    "month.9": {"en": "September", "fa": "سپتامبر"},
    "month.10": {"en": "October", "fa": "اکتبر"},
    "month.11": {"en": "November", "fa": "نوامبر"},
    "month.12": {"en": "December", "fa": "دسامبر"},
    "date.about": {"en": "about {date}", "fa": "حدود {date}"},
    "date.uncertain": {"en": "{date} (uncertain)", "fa": "{date} (نامطمئن)"},
    "date.uncertain_solar": {"en": "; uncertain", "fa": "؛ نامطمئن"},
    "date.open": {"en": "open", "fa": "نامعلوم"},
    "date.until": {"en": "until {end}", "fa": "تا {end}"},
    "date.from": {"en": "from {start}", "fa": "از {start}"},
    "date.range": {"en": "{start} – {end}", "fa": "{start} تا {end}"},
    "date.or": {"en": "{some} or {last}", "fa": "{some} یا {last}"},
    # Citations and permalinks
    "source": {"en": "Source", "fa": "منبع"},
    "semicolon": {"en": "; ", "fa": "؛ "},
    "chart.linear": {"en": "linear scale", "fa": "مقیاس خطی"},
    "chart.log": {"en": "log scale", "fa": "مقیاس لگاریتمی"},
    "chart.title": {"en": "Figures given for: {title}", "fa": "رقم‌های اعلام‌شده برای: {title}"},
    "chart.description": {"en": "{count} attributed figures, lowest first: {figures}.",
                          "fa": "{count} رقم منسوب، از کمترین: {figures}."},
    "chart.caption": {
        "en": "Each row is one claimant's figure: a bar for a range, a dot for one number, an "
              "arrow for \"at least\". The bar's colour and outline show the kind of source (see "
              "the legend under References); the table below gives every figure in words.",
        "fa": "هر سطر رقمِ یک مدعی است: میله برای یک بازه، نقطه برای یک عدد، پیکان برای «دست‌کم». "
              "رنگ و خطِ دور میله نوع منبع را نشان می‌دهد (راهنما زیر «منابع این صفحه»)؛ جدول زیر "
              "هر رقم را به‌صورت نوشتاری می‌آورد."},
    "record_sources": {"en": "Sources of this record:", "fa": "منابع این رکورد:"},
    "references": {"en": "References", "fa": "منابع این صفحه"},
    "references.legend": {"en": "Each source once, numbered as the claims above cite it; under a "
                                "source, the place and words each claim rests on. Kinds of source:",
                          "fa": "هر منبع یک بار، با همان شماره‌ای که ادعاهای بالا به آن ارجاع "
                                "می‌دهند؛ زیر هر منبع، جا و عبارتی که هر ادعا بر آن استوار است. "
                                "انواع منبع:"},
    "sources": {"en": "Sources", "fa": "منابع"},
    "unverified": {"en": "unverified", "fa": "تأییدنشده"},
    "seen_in_copy": {"en": "seen in a copy", "fa": "دیده‌شده در نسخهٔ کپی"},
    "cite_page": {"en": "Cite this page", "fa": "ارجاع به این صفحه"},
    "cite_page.claims": {
        "en": "Each claim has its own permanent link, the ¶ beside it: following that link shows a "
              "citation\nfor the claim, ready to copy. Please cite the original sources named with "
              "each claim as well.",
        "fa": "هر ادعا پیوند ثابت خودش را دارد، نشانهٔ ¶ در کنارش: با دنبال کردن آن پیوند، ارجاعی "
              "آمادهٔ رونوشت برای همان ادعا نشان داده می‌شود. لطفاً به منابع اصلی‌ای هم که با هر "
              "ادعا نام برده شده‌اند ارجاع دهید."},
    "cite_page.no_address": {
        "en": "This copy of the archive was built without its public address, so the addresses "
              "in its citations are relative\nto the archive's home page: add the address where "
              "you found it.",
        "fa": "این نسخه از بایگانی بدون نشانی عمومی‌اش ساخته شده است؛ از این رو نشانی‌های "
              "ارجاع‌ها نسبت به صفحهٔ اصلی بایگانی‌اند: نشانی‌ای را که بایگانی را در آن یافتید "
              "به آن بیفزایید."},
    "cite_page.data": {"en": "This record as open data: {record};\nthe whole archive: {archive}.",
                       "fa": "این رکورد به‌صورت داده‌های باز: {record}؛ کل بایگانی: {archive}."},
    "cite_page.record_json": {"en": "JSON, with its citations and sources",
                              "fa": "<bdi dir=\"ltr\">JSON</bdi>، همراه با ارجاع‌ها و منابعش"},
    "citation.details": {"en": "data version {version}; accessed [date]",
                         "fa": "نسخهٔ داده‌ها {version}؛ تاریخ مراجعه: [تاریخ]"},
    "citation.quoted": {"en": "“{title}”", "fa": "«{title}»"},
    "citation.reportedly": {"en": "reportedly “{title}”", "fa": "به گزارش، «{title}»"},
    "permalink": {"en": "Permalink to this claim", "fa": "پیوند ثابت به این ادعا"},
    "permalink.cite": {"en": "Cite this claim:", "fa": "ارجاع به این ادعا:"},
    "permalink.elsewhere": {"en": "This claim on its record's page, with its permalink",
                            "fa": "این ادعا در صفحهٔ رکوردش، با پیوند ثابتش"},
    "open_data": {"en": "open data", "fa": "داده‌های باز"},
    # What a claim asserts, in its citation
    "claim.record": {"en": "the record itself", "fa": "خود رکورد"},
    "claim.born": {"en": "born: {date}", "fa": "تولد: {date}"},
    "claim.died": {"en": "died: {date}", "fa": "درگذشت: {date}"},
    "claim.post": {"en": "post: {title}", "fa": "سمت: {title}"},
    "claim.role_in": {"en": "role in {name}: {role}", "fa": "نقش در {name}: {role}"},
    "claim.role_of": {"en": "role of {name}: {role}", "fa": "نقش {name}: {role}"},
    "claim.figure": {"en": "figure: {figure} ({claimant})", "fa": "رقم: {figure} ({claimant})"},
    "claim.date_given": {"en": "date given: {date}", "fa": "تاریخ ذکرشده: {date}"},
    "claim.date": {"en": "date: {date}", "fa": "تاریخ: {date}"},
    "claim.translation": {"en": "translation by {translator} ({language})",
                          "fa": "ترجمهٔ {translator} ({language})"},
    # Figures
    "qualifier.about": {"en": "about", "fa": "حدود"},
    "qualifier.at_least": {"en": "at least", "fa": "دست‌کم"},
    "qualifier.more_than": {"en": "more than", "fa": "بیش از"},
    "qualifier.up_to": {"en": "up to", "fa": "تا"},
    "qualifier.less_than": {"en": "less than", "fa": "کمتر از"},
    "unit.people": {"en": "people", "fa": "نفر"},
    # Counted nouns (English adds an s for more than one)
    "noun.record": {"en": "record", "fa": "رکورد"},
    "noun.event": {"en": "event", "fa": "رویداد"},
    "noun.contested_figure": {"en": "contested figure", "fa": "رقم مورد اختلاف"},
    "noun.statement": {"en": "statement", "fa": "اظهار"},
    "noun.figure": {"en": "figure", "fa": "رقم"},
    "noun.citation": {"en": "citation", "fa": "ارجاع"},
    "noun.case": {"en": "case", "fa": "پرونده"},
    # More than one (Persian nouns stay singular after a number)
    "nouns.record": {"en": "records", "fa": "رکورد"},
    "nouns.event": {"en": "events", "fa": "رویداد"},
    "nouns.contested_figure": {"en": "contested figures", "fa": "رقم مورد اختلاف"},
    "nouns.statement": {"en": "statements", "fa": "اظهار"},
    "nouns.figure": {"en": "figures", "fa": "رقم"},
    "nouns.citation": {"en": "citations", "fa": "ارجاع"},
    "nouns.case": {"en": "cases", "fa": "پرونده"},
    # Kinds of source
    "source.un_document": {"en": "UN document", "fa": "سند سازمان ملل"},
    "source.court_record": {"en": "court record", "fa": "سند دادگاه"},
    "source.ngo_report": {"en": "NGO report", "fa": "گزارش سازمان غیردولتی"},
    "source.news": {"en": "news", "fa": "خبر"},
    "source.memoir": {"en": "memoir", "fa": "خاطرات"},
    "source.state_media": {"en": "state media", "fa": "رسانهٔ دولتی"},
    "source.advocacy": {"en": "advocacy / affiliated outlet", "fa": "رسانهٔ هوادار یا وابسته"},
    "source.government": {"en": "government", "fa": "بیانیهٔ دولتی"},
    "source.wikipedia": {"en": "Wikipedia", "fa": "ویکی‌پدیا"},
    "source.other": {"en": "other", "fa": "دیگر"},
    # Kinds of record: one of them, and the title of their index
    "kind.sources": {"en": "source", "fa": "منبع"},
    "kind.cases": {"en": "case", "fa": "پرونده"},
    "kind.persons": {"en": "person", "fa": "فرد"},
    "kind.organisations": {"en": "organisation", "fa": "سازمان"},
    "kind.places": {"en": "place", "fa": "مکان"},
    "kind.events": {"en": "event", "fa": "رویداد"},
    "kind.statements": {"en": "statement", "fa": "اظهار"},
    "kind.estimates": {"en": "estimate", "fa": "برآورد"},
    "index.sources": {"en": "Sources", "fa": "منابع"},
    "index.cases": {"en": "Cases", "fa": "پرونده‌ها"},
    "index.persons": {"en": "People", "fa": "افراد"},
    "index.organisations": {"en": "Organisations", "fa": "سازمان‌ها"},
    "index.places": {"en": "Places", "fa": "مکان‌ها"},
    "index.events": {"en": "Events", "fa": "رویدادها"},
    "index.statements": {"en": "Statements", "fa": "اظهارات"},
    "index.estimates": {"en": "Estimates", "fa": "برآوردها"},
    "index.description": {"en": "All {count} {title} in the archive, each with its sources.",
                          "fa": "{title} در بایگانی: {count} رکورد، هر کدام با منابعش."},
    "index.also": {"en": "also: {names}", "fa": "همچنین: {names}"},
    "index.attributed": {"en": "{count} attributed figures", "fa": "{count} رقم منسوب"},
    # Field labels
    "name_original": {"en": "Name in original script", "fa": "نام به خط اصلی"},
    "name_in_english": {"en": "Name in English", "fa": "نام به انگلیسی"},
    "title_in_english": {"en": "Title in English", "fa": "عنوان به انگلیسی"},
    "original_title": {"en": "Original title", "fa": "عنوان اصلی"},
    "also_written": {"en": "Also written", "fa": "شکل‌های دیگر نوشتن"},
    "also_known_as": {"en": "Also known as", "fa": "نام‌های دیگر"},
    "born": {"en": "Born", "fa": "تولد"},
    "died": {"en": "Died", "fa": "درگذشت"},
    "kind": {"en": "Kind", "fa": "نوع"},
    "part_of": {"en": "Part of", "fa": "بخشی از"},
    "based_in": {"en": "Based in", "fa": "مستقر در"},
    "in": {"en": "In", "fa": "در"},
    "period": {"en": "Period", "fa": "دوره"},
    "places": {"en": "Places", "fa": "مکان‌ها"},
    "date": {"en": "Date", "fa": "تاریخ"},
    "case": {"en": "Case", "fa": "پرونده"},
    "event": {"en": "Event", "fa": "رویداد"},
    "speaker": {"en": "Speaker", "fa": "گوینده"},
    "counted": {"en": "Counted", "fa": "واحد شمارش"},
    "publisher": {"en": "Publisher", "fa": "ناشر"},
    "authors": {"en": "Authors", "fa": "نویسندگان"},
    "language": {"en": "Language", "fa": "زبان"},
    "link": {"en": "Link", "fa": "پیوند"},
    "archived_copy": {"en": "Archived copy", "fa": "نسخهٔ بایگانی‌شده"},
    "no_url.print": {"en": "none: published in print only", "fa": "ندارد: تنها به‌صورت چاپی منتشر شده است"},
    "no_url.broadcast": {"en": "none: a broadcast, with no page of its own",
                         "fa": "ندارد: پخش رادیویی یا تلویزیونی، بی صفحه‌ای از خودش"},
    "no_url.private_copy": {"en": "none: a copy the archive holds, not published online",
                            "fa": "ندارد: نسخه‌ای که نزد بایگانی است و برخط منتشر نشده است"},
    "no_url.not_recorded": {"en": "none: read online, but its address was not recorded",
                            "fa": "ندارد: برخط خوانده شد، اما نشانی‌اش ثبت نشد"},
    "no_url.not_found": {"en": "none: the original's address was looked for and not found",
                         "fa": "ندارد: نشانی اصل آن جست‌وجو شد و یافت نشد"},
    "checked": {"en": "Checked", "fa": "بررسی‌شده در"},
    "affiliation": {"en": "Affiliation", "fa": "وابستگی"},
    "copy_of": {"en": "Copy of", "fa": "نسخه‌ای از"},
    "copy.checked": {"en": "checked against the original", "fa": "با اصل مقایسه شده"},
    "copy.not_checked": {"en": "not checked against the original", "fa": "با اصل مقایسه نشده"},
    "at_place": {"en": "at {place}", "fa": "در {place}"},
    "date_per": {"en": "{date} per {sources}", "fa": "{date} به گفتهٔ {sources}"},
    # Table columns
    "col.date": {"en": "Date", "fa": "تاریخ"},
    "col.event": {"en": "Event", "fa": "رویداد"},
    "col.case": {"en": "Case", "fa": "پرونده"},
    "col.other_dates": {"en": "Other dates given", "fa": "تاریخ‌های دیگر ذکرشده"},
    "col.figure": {"en": "Figure", "fa": "رقم"},
    "col.who": {"en": "Who says it", "fa": "چه کسی می‌گوید"},
    "col.when": {"en": "When", "fa": "کی"},
    "col.scope": {"en": "Scope and method", "fa": "دامنه و روش"},
    "col.wording": {"en": "Their words", "fa": "به بیان خودشان"},
    "col.source": {"en": "Source", "fa": "منبع"},
    "col.as_source_puts_it": {"en": "As the source puts it", "fa": "به بیان منبع"},
    "col.record": {"en": "Record", "fa": "رکورد"},
    "col.records": {"en": "Records", "fa": "رکوردها"},
    "col.claim": {"en": "Claim", "fa": "ادعا"},
    "col.where": {"en": "Where in the source", "fa": "جای آن در منبع"},
    "col.name": {"en": "Name", "fa": "نام"},
    "col.details": {"en": "Details", "fa": "جزئیات"},
    "col.change": {"en": "Change", "fa": "تغییر"},
    "col.file": {"en": "File", "fa": "فایل"},
    "col.holds": {"en": "What it holds", "fa": "محتوا"},
    "col.column": {"en": "Column", "fa": "ستون"},
    "col.meaning": {"en": "Meaning", "fa": "معنا"},
    # Section headings of record pages
    "positions": {"en": "Positions", "fa": "سمت‌ها"},
    "positions.order": {"en": "In the order they were taken up; \"?\" marks a date no source gives.",
                        "fa": "به ترتیب آغاز؛ «؟» تاریخی است که هیچ منبعی نمی‌دهد."},
    "roles": {"en": "Roles in events, as sources report them",
              "fa": "نقش در رویدادها، به روایت منابع"},
    "roles.order": {"en": "In date order of the events. Each role is the cited source's account.",
                    "fa": "به ترتیب تاریخ رویدادها. هر نقش روایت منبعی است که ذکر شده."},
    "figures_given": {"en": "Figures given", "fa": "رقم‌های اعلام‌شده"},
    "statements": {"en": "Statements", "fa": "اظهارات"},
    "mentioned_in": {"en": "Mentioned in", "fa": "نام برده شده در"},
    "parts": {"en": "Parts of this organisation", "fa": "بخش‌های این سازمان"},
    "members": {"en": "People with posts here, as sources report them",
                "fa": "افرادی که به روایت منابع در اینجا سمت داشته‌اند"},
    "events_here": {"en": "Events here", "fa": "رویدادهای اینجا"},
    "events_here.order": {"en": "In date order, including events at places inside {place}.",
                          "fa": "به ترتیب تاریخ، همراه با رویدادهای مکان‌های درون {place}."},
    "places_within": {"en": "Places within", "fa": "مکان‌های درون آن"},
    "based_here": {"en": "Organisations based here", "fa": "سازمان‌های مستقر در اینجا"},
    "posts_here": {"en": "Posts held here, as sources report them",
                   "fa": "سمت‌های اینجا، به روایت منابع"},
    "cases": {"en": "Cases", "fa": "پرونده‌ها"},
    "participants": {"en": "Participants, as sources report them",
                     "fa": "شرکت‌کنندگان، به روایت منابع"},
    "history": {"en": "History", "fa": "تاریخچه"},
    "history.dates": {"en": "Last updated {updated}; first recorded {created}.",
                      "fa": "آخرین به‌روزرسانی: {updated}؛ نخستین ثبت: {created}."},
    "history.earlier": {"en": "{count} earlier change(s) are in the repository's history.",
                        "fa": "{count} تغییر قدیمی‌تر در تاریخچهٔ مخزن هست."},
    # Page descriptions (front matter)
    "person.description": {
        "en": "Posts, roles in events as sources report them, statements and sources for {name}.",
        "fa": "سمت‌ها، نقش در رویدادها به روایت منابع، اظهارات و منابع دربارهٔ {name}."},
    "organisation.description": {
        "en": "{name}, {kind}: its people, its roles in events as sources report them, and its sources.",
        "fa": "{name}، {kind}: افرادش، نقشش در رویدادها به روایت منابع، و منابعش."},
    "place.description": {
        "en": "{name}, {kind}: events here and who held posts here, as sources report them.",
        "fa": "{name}، {kind}: رویدادهای اینجا و کسانی که به روایت منابع در اینجا سمت داشته‌اند."},
    "estimate.description": {"en": "Who says what: {count} attributed figures, shown side by side.",
                             "fa": "چه کسی چه می‌گوید: {count} رقم منسوب، در کنار هم."},
    "source.description": {"en": ". Every claim in the archive that rests on it.",
                           "fa": ". همهٔ ادعاهای بایگانی که بر این منبع استوارند."},
    # Long lists cut short, and their continuation pages (paging.py)
    "paging.shown": {"en": "The first {shown} of {total} are shown here.",
                     "fa": "{shown} مورد نخست از {total} مورد اینجا آمده است."},
    "paging.more": {"en": "More:", "fa": "بیشتر:"},
    "paging.rows": {"en": "{first}–{last}", "fa": "{first} تا {last}"},
    "paging.of": {"en": "{first}–{last} of {total}", "fa": "{first} تا {last} از {total}"},
    # Case pages
    "contested_figures": {"en": "Contested figures", "fa": "رقم‌های مورد اختلاف"},
    "case.estimate": {"en": "{estimate}: {count} attributed figures, {span}",
                      "fa": "{estimate}: {count} رقم منسوب، {span}"},
    # The span of an estimate's figures (Wording.figure_span): "from" and "to" only where no
    # figure's own words clash with them (Persian «از بیش از», «تا تا»; English "to up to")
    "span.from_to": {"en": "from {low} to {high}", "fa": "از {low} تا {high}"},
    "span.lowest_highest": {"en": "lowest {low}, highest {high}", "fa": "کمترین: {low}؛ بیشترین: {high}"},
    "span.each": {"en": "each {figure}", "fa": "همه {figure}"},
    "case.left_out": {"en": "(not counting {count} unverified or given only in words)",
                      "fa": "(بدون احتساب {count} تأییدنشده یا تنها به حروف)"},
    "case.estimate_unranked": {
        "en": "{estimate}: {count} attributed figures, none both verified and a number",
        "fa": "{estimate}: {count} رقم منسوب، هیچ‌کدام هم تأییدشده و هم عددی نیست"},
    "timeline": {"en": "Timeline", "fa": "گاه‌شمار"},
    "case.timeline": {
        "en": "Dates are no more precise than the sources; where sources give other dates, each is "
              "listed with who gives it.",
        "fa": "تاریخ‌ها دقیق‌تر از منابع نیستند؛ هر جا منابع تاریخ دیگری می‌دهند، هر کدام با نام "
              "منبعش آمده است."},
    "case.no_events": {"en": "No event of this case is in the archive yet.",
                       "fa": "هنوز رویدادی از این پرونده در بایگانی نیست."},
    "case.parties": {"en": "People and organisations in these events",
                     "fa": "افراد و سازمان‌ها در این رویدادها"},
    # Event pages
    "event.disagree": {"en": "Sources disagree on the date", "fa": "منابع دربارهٔ تاریخ اختلاف دارند"},
    "event.in_timeline": {"en": "In the case's timeline", "fa": "در گاه‌شمار پرونده"},
    "event.before": {"en": "Before", "fa": "پیش از آن"},
    "event.after": {"en": "After", "fa": "پس از آن"},
    "event.whole_timeline": {"en": "The whole timeline", "fa": "کل گاه‌شمار"},
    "event.case_timeline": {"en": "timeline of the case", "fa": "گاه‌شمار پرونده"},
    # Estimate pages
    "estimate.intro": {
        "en": "The archive does not merge these figures into one number. Each row is one claimant's "
              "figure, with its source; the rows run from the lowest figure to the highest.",
        "fa": "بایگانی این رقم‌ها را در یک عدد ادغام نمی‌کند. هر سطر رقم یک مدعی است، با منبعش؛ "
              "سطرها از کمترین رقم تا بیشترین مرتب شده‌اند."},
    # Source pages
    "source.resting": {"en": "What rests on this source", "fa": "آنچه بر این منبع استوار است"},
    "source.resting_count": {"en": "{citations} in {records}. Each claim links to where it is shown.",
                             "fa": "{citations} در {records}. هر ادعا به جایی که نشان داده شده پیوند دارد."},
    "source.nothing": {"en": "Nothing in the archive cites this source yet.",
                       "fa": "هنوز چیزی در بایگانی به این منبع ارجاع نمی‌دهد."},
    # Statement pages
    "statement.description": {"en": "Words of {speaker}{date}, in {language}, with their sources.",
                              "fa": "سخنان {speaker}{date}، به زبان {language}، همراه با منابع."},
    "event.description": {"en": "{title}: the event as sources report it, with their citations.",
                          "fa": "{title}: این رویداد به روایت منابع، همراه با ارجاع‌ها."},
    "case.description": {
        "en": "{title}: the case's timeline, the figures sources disagree on, and the people and "
              "organisations in its events, each with its sources.",
        "fa": "{title}: گاه‌شمار پرونده، رقم‌هایی که منابع بر سرشان اختلاف دارند، و افراد و سازمان‌های "
              "درگیر در رویدادهایش، هر کدام با منابعش."},
    "statement.original": {"en": "Original words ({language})", "fa": "سخنان اصلی ({language})"},
    "statement.original_words": {"en": "the original words", "fa": "سخنان اصلی"},
    "statement.verbatim": {"en": "As spoken or written, verbatim.",
                           "fa": "کلمه‌به‌کلمه، همان‌گونه که گفته یا نوشته شده است."},
    "statement.no_original": {
        "en": "The original words are not in the archive's sources; only translations are shown.",
        "fa": "سخنان اصلی در منابع بایگانی نیست؛ فقط ترجمه‌ها نشان داده می‌شوند."},
    "statement.translations": {"en": "Translations", "fa": "ترجمه‌ها"},
    "statement.translation_by": {"en": "Translation by {translator}", "fa": "ترجمهٔ {translator}"},
    # Contested facts
    "contested.title": {"en": "Contested facts", "fa": "واقعیت‌های مورد اختلاف"},
    "contested.description": {
        "en": "Every contested figure and date, side by side, each with who says it, the kind of "
              "source and the citation.",
        "fa": "هر رقم و تاریخ مورد اختلاف، در کنار هم، هر کدام با گوینده‌اش، نوع منبع و ارجاع."},
    "contested.intro": {
        "en": "Where sources disagree, the archive shows each version with who gives it, the kind of "
              "source\n(and, where an outlet is close to a party to the events, who it is close to), "
              "and the citation.\nIt never merges figures into one number. Each ¶ leads to the claim "
              "on its record's page, where\nits own link and citation are.",
        "fa": "هر جا منابع با هم اختلاف دارند، بایگانی هر روایت را با گوینده‌اش، نوع منبع (و اگر "
              "رسانه‌ای به یکی از طرف‌های رویدادها نزدیک است، اینکه به چه کسی نزدیک است) و ارجاع "
              "نشان می‌دهد. بایگانی هرگز رقم‌ها را در یک عدد ادغام نمی‌کند. هر ¶ به همان ادعا در "
              "صفحهٔ رکوردش می‌رسد، جایی که پیوند و ارجاع خودش هست."},
    "contested.overview_intro": {
        "en": "Where sources disagree, the archive shows each version with who gives it and never "
              "merges figures into one number.\nBelow, for each case's most disputed figures, the "
              "lowest and the highest checked number with who gives each; each case's page of "
              "contested facts has every figure and date, with charts and citations:",
        "fa": "هر جا منابع با هم اختلاف دارند، بایگانی هر روایت را با گوینده‌اش نشان می‌دهد و هرگز "
              "رقم‌ها را در یک عدد ادغام نمی‌کند. در زیر، برای پراختلاف‌ترین رقم‌های هر پرونده، "
              "کمترین و بیشترین رقم بررسی‌شده با گویندهٔ هر کدام آمده است؛ صفحهٔ واقعیت‌های مورد "
              "اختلاف هر پرونده همهٔ رقم‌ها و تاریخ‌ها را با نمودار و ارجاع دارد:"},
    "contested.more_figures": {"en": "This case has {count} in all; every one is on {page}.",
                               "fa": "این پرونده در مجموع {count} دارد؛ همه در {page} آمده‌اند."},
    "contested.case_title": {"en": "Contested facts: {case}", "fa": "واقعیت‌های مورد اختلاف: {case}"},
    "contested.case_description": {
        "en": "Every contested figure and date of {case}, side by side, each with who says it, the "
              "kind of source and the citation.",
        "fa": "هر رقم و تاریخ مورد اختلاف در {case}، در کنار هم، هر کدام با گوینده‌اش، نوع منبع و "
              "ارجاع."},
    "contested.case_back": {
        "en": "The case's own page: {case}. Every case's contested figures at a glance: {overview}.",
        "fa": "صفحهٔ خود پرونده: {case}. رقم‌های مورد اختلاف همهٔ پرونده‌ها در یک نگاه: {overview}."},
    "contested.case_link": {
        "en": "Every contested figure and date of this case, side by side, with charts: {page}.",
        "fa": "همهٔ رقم‌ها و تاریخ‌های مورد اختلاف این پرونده، در کنار هم و با نمودار: {page}."},
    "contested.case_line": {"en": "{page}: {figures} · dates disputed for {events}",
                            "fa": "{page}: {figures}؛ تاریخ مورد اختلاف برای {events}"},
    "contested.dates_line": {"en": "sources disagree on the date of {count}; {page}.",
                             "fa": "منابع بر سر تاریخ {count} اختلاف دارند؛ {page}."},
    "contested.see_all": {"en": "Every figure, with its chart, who gives it and the source →",
                          "fa": "همهٔ رقم‌ها، با نمودار، گوینده و منبع هر کدام ←"},
    "contested.see_dates": {"en": "see each date with who gives it", "fa": "هر تاریخ را با گوینده‌اش ببینید"},
    "contested.no_figures": {"en": "No figure of this case is contested in the archive.",
                             "fa": "در بایگانی هیچ رقمی از این پرونده مورد اختلاف نیست."},
    "contested.figures": {"en": "Figures", "fa": "رقم‌ها"},
    "contested.dates": {"en": "Dates", "fa": "تاریخ‌ها"},
    "contested.most_sources": {"en": "(the date most sources give)",
                               "fa": "(تاریخی که بیشتر منابع می‌دهند)"},
    "contested.no_dates": {"en": "No event has dates that sources disagree on.",
                           "fa": "هیچ رویدادی نیست که منابع بر سر تاریخش اختلاف داشته باشند."},
    # Overview
    "overview.title": {"en": "The archive at a glance", "fa": "بایگانی در یک نگاه"},
    "overview.description": {
        "en": "The cases the archive documents and the figures sources disagree on, generated from "
              "the archive's data.",
        "fa": "پرونده‌هایی که بایگانی مستند می‌کند و رقم‌هایی که منابع بر سرشان اختلاف دارند، "
              "ساخته‌شده از داده‌های بایگانی."},
    "overview.generated": {"en": "This page is generated from the archive's data each time the site is built.",
                           "fa": "این صفحه هر بار که وب‌سایت ساخته می‌شود از داده‌های بایگانی ساخته می‌شود."},
    "overview.case_sources": {
        "en": "Sources for this summary, the timeline and all the records: {page}; {timeline}.",
        "fa": "منابع این خلاصه، گاه‌شمار و همهٔ رکوردها: {page}؛ {timeline}."},
    "overview.case_page": {"en": "the case's page", "fa": "صفحهٔ پرونده"},
    "overview.its_timeline": {"en": "its timeline", "fa": "گاه‌شمار آن"},
    "overview.key_figures": {"en": "Key contested figures", "fa": "مهم‌ترین رقم‌های مورد اختلاف"},
    "overview.key_figures_intro": {
        "en": "Each figure is one party's claim, with its source; the archive never merges them. The "
              "lowest\nand the highest claim given as a number and resting on a checked citation are shown "
              "here;\nevery claim is on the figure's own page and on {contested}.",
        "fa": "هر رقم ادعای یک طرف است، با منبعش؛ بایگانی هرگز آن‌ها را ادغام نمی‌کند. اینجا کمترین "
              "و بیشترین ادعایی که عددی است و بر ارجاعی بررسی‌شده تکیه دارد نشان داده "
              "شده است؛ همهٔ ادعاها در صفحهٔ خود آن رقم و در {contested} "
              "آمده‌اند."},
    "overview.figures_given": {"en": "{count} given", "fa": "{count} اعلام‌شده"},
    "overview.all_figures": {"en": "all the figures", "fa": "همهٔ رقم‌ها"},
    "overview.lowest": {"en": "Lowest: {figure}, according to {claimant}.",
                        "fa": "کمترین: {figure}، به گفتهٔ {claimant}."},
    "overview.highest": {"en": "Highest: {figure}, according to {claimant}.",
                         "fa": "بیشترین: {figure}، به گفتهٔ {claimant}."},
    "overview.left_out": {
        "en": "Not ranked: {count} unverified or given only in words (all are on the figure's page).",
        "fa": "رتبه‌بندی‌نشده: {count} تأییدنشده یا تنها به حروف (همه در صفحهٔ آن رقم آمده‌اند)."},
    "overview.downloads": {"en": "Downloads", "fa": "دریافت داده‌ها"},
    "overview.downloads_text": {
        "en": "The whole archive is available as {data} (JSON and CSV, with every claim's\n"
              "citations), under CC BY 4.0.",
        "fa": "کل بایگانی به‌صورت {data} (JSON و CSV، با ارجاع‌های هر ادعا) با مجوز CC BY 4.0 "
              "در دسترس است."},
    # The home page's generated part (templates/home.md.j2)
    "home.documents": {"en": "What the archive documents", "fa": "آنچه بایگانی مستند می‌کند"},
    "range.intro": {"en": "{count} given, each with who gives it, never merged into one number:",
                    "fa": "{count} اعلام‌شده، هر کدام با گوینده‌اش، بی آنکه در یک عدد ادغام شوند:"},
    "range.lowest": {"en": "Lowest given as a number by a checked source: **{figure}**, according to {claimant}.",
                     "fa": "کمترین رقمی که به عدد و از منبعی بررسی‌شده آمده: **{figure}**، به گفتهٔ {claimant}."},
    "range.highest": {"en": "Highest: **{figure}**, according to {claimant}.",
                      "fa": "بیشترین: **{figure}**، به گفتهٔ {claimant}."},
    "range.only": {"en": "The only one given as a number by a checked source: **{figure}**, according to "
                         "{claimant}.",
                   "fa": "تنها رقمی که به عدد و از منبعی بررسی‌شده آمده: **{figure}**، به گفتهٔ {claimant}."},
    "range.none": {"en": "None of them is given as a number by a checked source.",
                   "fa": "هیچ‌کدام به عدد و از منبعی بررسی‌شده نیامده است."},
    "home.case_line": {"en": "{period} · {events} · {figures}", "fa": "{period}؛ {events}؛ {figures}"},
    "home.no_cases": {"en": "The archive holds no case yet.",
                      "fa": "بایگانی هنوز پرونده‌ای ندارد."},
    "home.more_cases": {"en": "And more: all {count} are listed under {cases}.",
                        "fa": "و بیشتر: هر {count} در {cases} فهرست شده‌اند."},
    "home.latest": {"en": "Latest developments", "fa": "تازه‌ترین رویدادها"},
    "home.latest_more": {
        "en": "The most recent events the archive records, as precisely dated as their sources; "
              "every event is on the {timeline}.",
        "fa": "تازه‌ترین رویدادهایی که بایگانی ثبت کرده است، نه دقیق‌تر از منابعشان؛ همهٔ "
              "رویدادها در {timeline} آمده‌اند."},
    # The legend of source kinds on the method page (templates/kinds.md.j2)
    "kinds.col_kind": {"en": "Kind of source, as marked beside it", "fa": "نوع منبع، با نشانه‌اش"},
    "kinds.col_covers": {"en": "What it covers", "fa": "چه چیزی را در بر می‌گیرد"},
    "kind_help.un_document": {"en": "Reports, resolutions and statements of UN bodies and special rapporteurs.",
                          "fa": "گزارش‌ها، قطعنامه‌ها و بیانیه‌های نهادهای سازمان ملل و گزارشگران ویژه."},
    "kind_help.court_record": {"en": "Judgments, indictments and trial transcripts.",
                           "fa": "احکام، کیفرخواست‌ها و صورت‌جلسه‌های دادگاه."},
    "kind_help.government": {"en": "Statements and documents of governments.",
                         "fa": "بیانیه‌ها و اسناد دولت‌ها."},
    "kind_help.state_media": {"en": "Outlets run by the Iranian state.",
                          "fa": "رسانه‌هایی که دولت ایران اداره می‌کند."},
    "kind_help.ngo_report": {"en": "Reports and releases of human-rights organisations.",
                         "fa": "گزارش‌ها و بیانیه‌های سازمان‌های حقوق بشری."},
    "kind_help.news": {"en": "News reports and agency wires.", "fa": "گزارش‌های خبری و خبرگزاری‌ها."},
    "kind_help.memoir": {"en": "Memoirs and first-hand testimony published by the witness.",
                     "fa": "خاطرات و شهادت‌های دست‌اولی که خود شاهد منتشر کرده است."},
    "kind_help.advocacy": {
        "en": "Outlets of, or close to, a party to the events; the source's page says whose. Their "
              "figures are shown as their own account.",
        "fa": "رسانه‌های یکی از طرف‌های رویدادها یا نزدیک به آن؛ صفحهٔ منبع می‌گوید به چه کسی. "
              "ارقام آن‌ها به‌عنوان روایت خودشان نشان داده می‌شود."},
    "kind_help.wikipedia": {"en": "Wikipedia articles: leads to the sources they cite.",
                        "fa": "مقاله‌های ویکی‌پدیا: راهی به منابعی که به آن‌ها ارجاع می‌دهند."},
    "kind_help.other": {"en": "Anything else, explained in the source's note.",
                    "fa": "هر منبع دیگر، با توضیح در یادداشت منبع."},
    # Sources report
    "sources_report.title": {"en": "Sources report", "fa": "گزارش منابع"},
    "sources_report.description": {
        "en": "How far each claim in the archive can be followed to its original: sources with an "
              "address, an archived copy and a date; citations with the words or the place.",
        "fa": "تا چه اندازه می‌توان هر ادعای بایگانی را تا اصل آن دنبال کرد: منابع دارای نشانی، "
              "نسخهٔ بایگانی‌شده و تاریخ؛ ارجاع‌های دارای عین عبارت یا جای آن."},
    "sources_report.intro": {
        "en": "Generated from the archive's data each time the site is built; `casearchive check` "
              "prints the same figures.",
        "fa": "هر بار که وب‌سایت ساخته می‌شود از داده‌های بایگانی ساخته می‌شود؛ فرمان "
              "`casearchive check` همین رقم‌ها را چاپ می‌کند."},
    "sources_report.measure": {"en": "Measure", "fa": "سنجه"},
    "sources_report.count": {"en": "Count", "fa": "شمار"},
    "sources_report.sources": {"en": "Sources", "fa": "منابع"},
    "sources_report.with_url": {"en": "… with a URL", "fa": "… دارای نشانی اینترنتی"},
    "sources_report.no_url": {"en": "… without a URL: {reason}", "fa": "… بی نشانی: {reason}"},
    "sources_report.with_archived_copy": {"en": "… with an archived copy",
                                          "fa": "… دارای نسخهٔ بایگانی‌شده"},
    "sources_report.with_date": {"en": "… with a date", "fa": "… دارای تاریخ"},
    "sources_report.citations": {"en": "Citations", "fa": "ارجاع‌ها"},
    "sources_report.with_excerpt": {"en": "… with an excerpt", "fa": "… دارای عین عبارت"},
    "sources_report.with_locator": {"en": "… with a locator (page, paragraph, timestamp)",
                                    "fa": "… دارای نشانهٔ جا (صفحه، بند، زمان)"},
    "sources_report.quoted": {"en": "… placed by the quoted words of a statement",
                              "fa": "… که جایشان را عبارت نقل‌شدهٔ یک اظهار نشان می‌دهد"},
    "sources_report.unplaced": {"en": "… unverified, with a note on why they cannot be placed",
                                "fa": "… تأییدنشده، با یادداشتی دربارهٔ این‌که چرا جایشان معلوم نیست"},
    "sources_report.claims": {"en": "Claims (each list of citations)",
                              "fa": "ادعاها (هر فهرست ارجاع)"},
    "sources_report.advocacy_only": {"en": "… resting only on advocacy sources",
                                     "fa": "… که تنها بر منابع حمایتی تکیه دارند"},
    "sources_report.advocacy_heading": {"en": "Claims resting only on advocacy sources",
                                        "fa": "ادعاهایی که تنها بر منابع حمایتی تکیه دارند"},
    "sources_report.advocacy_intro": {
        "en": "Each of these claims cites only sources of the kind “advocacy” (advocacy or "
              "affiliated outlets); its page shows it as their account.",
        "fa": "هر یک از این ادعاها تنها به منابعی از نوع «حمایتی» (رسانه‌های حمایتی یا وابسته) "
              "ارجاع می‌دهد؛ صفحه‌اش آن را روایت همان منابع نشان می‌دهد."},
    "sources_report.field": {"en": "Claim (field)", "fa": "ادعا (فیلد)"},
    "sources_report.none": {"en": "None.", "fa": "هیچ."},
    # Timeline
    "timeline.title": {"en": "Timeline", "fa": "گاه‌شمار"},
    "timeline.description": {
        "en": "Every event in the archive in date order, with the precision the sources allow and "
              "every date they disagree on.",
        "fa": "همهٔ رویدادهای بایگانی به ترتیب تاریخ، با دقتی که منابع اجازه می‌دهند و هر تاریخی "
              "که بر سرش اختلاف دارند."},
    "timeline.intro": {
        "en": "Dates are shown no more precisely than the sources give them: a month or a year alone, "
              "\"about\",\n\"(uncertain)\" and ranges are the sources' own precision. An event whose "
              "date is a range or one of\nseveral days is placed at the earliest day it may be. Where "
              "sources disagree on a date, every\nversion is listed with who gives it.\n\n"
              "Each case's own timeline is on its page:",
        "fa": "تاریخ‌ها دقیق‌تر از آنچه منابع می‌دهند نشان داده نمی‌شوند: ماه یا سال به‌تنهایی، «حدود»، "
              "«نامطمئن» و بازه‌ها دقتِ خودِ منابع‌اند. هر تاریخ میلادی با معادل هجری شمسی‌اش آمده "
              "است، برای ماه یا سال به‌صورت بازه، بی آنکه روزی ساخته شود. رویدادی که تاریخش بازه یا "
              "یکی از چند روز است در نخستین روز ممکن قرار می‌گیرد. هر جا منابع بر سر تاریخی اختلاف "
              "دارند، هر روایت با گوینده‌اش آمده است.\n\n"
              "گاه‌شمار هر پرونده در صفحهٔ خود آن است:"},
    # Open data
    "open_data.title": {"en": "Open data", "fa": "داده‌های باز"},
    "data.description": {
        "en": "The whole archive as JSON and CSV, generated from the same data as the pages, with the "
              "citations kept on every value.",
        "fa": "کل بایگانی به‌صورت JSON و CSV، ساخته‌شده از همان داده‌های صفحه‌ها، با ارجاع‌های هر مقدار."},
    "data.intro": {
        "en": "Everything on this site can be downloaded, generated from the same records as the pages "
              "at data\nversion {version}. The data is published under\n{licence}: please credit "
              "{site} and, above all, the\noriginal sources named with each claim.",
        "fa": "همهٔ محتوای این وب‌سایت را می‌توان دریافت کرد؛ از همان رکوردهای صفحه‌ها در نسخهٔ "
              "داده‌های {version} ساخته شده است. داده‌ها با مجوز {licence} منتشر می‌شوند: لطفاً از "
              "{site} و مهم‌تر از آن از منابع اصلی‌ای که با هر ادعا نام برده شده‌اند نام ببرید. "
              "پرونده‌ها به انگلیسی‌اند."},
    "data.archive_json": {
        "en": "Every record, as validated, with all its citations; each with its page URL and its "
              "claims' permalinks.",
        "fa": "همهٔ رکوردها، پس از اعتبارسنجی، با همهٔ ارجاع‌هایشان؛ هر کدام با نشانی صفحه‌اش و "
              "پیوندهای ثابت ادعاهایش."},
    "data.claims_csv": {
        "en": "One row per claim and citation: a claim with two sources has two rows, sharing its "
              "claim_id. No value is separated from its source.",
        "fa": "یک سطر برای هر ادعا و ارجاع: ادعایی با دو منبع دو سطر با `claim_id` مشترک دارد. هیچ "
              "مقداری از منبعش جدا نمی‌شود."},
    "data.sources_csv": {
        "en": "One row per source: its kind, publisher, affiliation, links, and how many claims rest "
              "on it.",
        "fa": "یک سطر برای هر منبع: نوع، ناشر، وابستگی، پیوندها و شمار ادعاهایی که بر آن استوارند."},
    "data.per_record": {"en": "Per record", "fa": "برای هر رکورد"},
    "data.per_record_text": {
        "en": "Each record's page links to its own JSON file, which also holds the sources it cites.",
        "fa": "صفحهٔ هر رکورد به پروندهٔ JSON خودش پیوند دارد که منابعی را هم که به آن‌ها ارجاع "
              "می‌دهد در بر دارد."},
    "data.notes": {
        "en": "Files are UTF-8. In a spreadsheet, a text cell that begins with =, +, - or @ is written "
              "with a\nleading apostrophe, so that it cannot run as a formula; the JSON holds the text "
              "unchanged.\nDates keep the archive's notation: 1988-07 is a month, 1988-07-28? an "
              "uncertain day, 1989~ about\n1989, 1988/1989 a range and [2016-08-09,2016-08-10] one "
              "of two days.",
        "fa": "پرونده‌ها UTF-8 هستند. در صفحه‌گسترده، خانهٔ متنی‌ای که با =، +، - یا @ آغاز شود با "
              "یک آپاستروف در ابتدا نوشته می‌شود تا نتواند به‌عنوان فرمول اجرا شود؛ JSON متن را "
              "بی‌تغییر نگه می‌دارد. تاریخ‌ها به نشانه‌گذاری بایگانی و به تقویم میلادی‌اند: "
              "<span dir=\"ltr\">1988-07</span> یک ماه است، <span dir=\"ltr\">1988-07-28?</span> "
              "روزی نامطمئن، <span dir=\"ltr\">1989~</span> حدود ۱۹۸۹، "
              "<span dir=\"ltr\">1988/1989</span> یک بازه و "
              "<span dir=\"ltr\">[2016-08-09,2016-08-10]</span> یکی از دو روز."},
    "datadict.title": {"en": "Data dictionary", "fa": "فرهنگ داده‌ها"},
    "datadict.description": {
        "en": "Every kind of record in the archive and every field, with an example of each.",
        "fa": "همهٔ انواع رکورد در بایگانی و همهٔ فیلدها، هر کدام با یک نمونه."},
    "datadict.english_only": {
        "en": "This reference for contributors is in English.",
        "fa": "این مرجع برای کسانی است که رکوردهای بایگانی را می‌نویسند یا ویرایش می‌کنند. رکوردها "
              "به زبان YAML و با نام‌های انگلیسی نوشته می‌شوند، پس این صفحه به انگلیسی است."},
    "data.columns": {"en": "Columns of claims.csv", "fa": "ستون‌های claims.csv"},
    # The theme's pages (overrides/): the search dialog (partials/search.html and search.js, which
    # reads the search.* strings from the dialog; {count} in the edition's digits) and the 404 page
    "search.open": {"en": "Search", "fa": "جست‌وجو"},
    "search.open_title": {"en": "Search the archive (/)", "fa": "جست‌وجو در بایگانی (/)"},
    "search.title": {"en": "Search the archive", "fa": "جست‌وجو در بایگانی"},
    "search.close": {"en": "Close search", "fa": "بستن جست‌وجو"},
    "search.input": {"en": "Search names, aliases, places and words",
                     "fa": "جست‌وجوی نام‌ها، نام‌های دیگر، مکان‌ها و واژه‌ها"},
    "search.placeholder": {"en": "Names, aliases, places, words",
                           "fa": "نام‌ها، نام‌های دیگر، مکان‌ها، واژه‌ها"},
    "search.more": {"en": "More results", "fa": "نتایج بیشتر"},
    "search.searching": {"en": "Searching…", "fa": "در حال جست‌وجو…"},
    "search.unavailable": {"en": "Search is not available here: the search index is made by `make build`.",
                           "fa": "جست‌وجو اینجا در دسترس نیست: نمایهٔ جست‌وجو را `make build` می‌سازد."},
    "search.none": {"en": "No results for “{query}”", "fa": "نتیجه‌ای برای «{query}» پیدا نشد"},
    "search.one": {"en": "{count} result for “{query}”", "fa": "{count} نتیجه برای «{query}»"},
    "search.many": {"en": "{count} results for “{query}”", "fa": "{count} نتیجه برای «{query}»"},
    # The offline copy's search box (docs/javascripts/offline-search.js), which reads them from
    # the same dialog attribute
    "search.offline_placeholder": {"en": "Search names, places, titles",
                                   "fa": "جست‌وجوی نام‌ها، مکان‌ها، عنوان‌ها"},
    "search.offline_label": {"en": "Search the archive (works offline)",
                             "fa": "جست‌وجو در بایگانی (بدون اینترنت)"},
    "search.offline_missing": {"en": "The search index is missing from this copy.",
                               "fa": "نمایهٔ جست‌وجو در این نسخه نیست."},
    "search.offline_loading": {"en": "Loading the index…", "fa": "در حال بارگذاری نمایه…"},
    "search.offline_one": {"en": "{count} result", "fa": "{count} نتیجه"},
    "search.offline_many": {"en": "{count} results", "fa": "{count} نتیجه"},
    "notfound.title": {"en": "Page not found", "fa": "صفحه پیدا نشد"},
    "notfound.kept": {
        "en": "There is no page at this address. Pages in this archive keep their address: a record "
              "that was renamed still answers at its old address, so a link that worked before should "
              "still work. If you followed such a link, please tell us through the {corrections}.",
        "fa": "در این نشانی صفحه‌ای نیست. صفحه‌های این بایگانی نشانی خود را نگه می‌دارند: رکوردی که "
              "نامش عوض شده همچنان در نشانی پیشینش در دسترس است، پس پیوندی که پیش‌تر کار می‌کرد باید "
              "هنوز کار کند. اگر چنین پیوندی را دنبال کرده‌اید، لطفاً از راه {corrections} به ما خبر دهید."},
    "notfound.corrections": {"en": "corrections page", "fa": "صفحهٔ اصلاحات"},
    "notfound.search": {
        "en": "To find a person, an event or a quote, use the search at the top of this page: it finds "
              "people by any spelling of their name, and statements by their words.",
        "fa": "برای یافتن یک فرد، یک رویداد یا یک نقل‌قول، از جست‌وجوی بالای همین صفحه استفاده کنید: "
              "افراد را با هر املایی از نامشان و اظهارات را با واژه‌هایشان پیدا می‌کند."},
    "notfound.browse": {"en": "Browse the archive", "fa": "مرور بایگانی"},
    "notfound.home": {"en": "{home} and {overview}", "fa": "{home} و {overview}"},
    "notfound.home_page": {"en": "Home", "fa": "صفحهٔ اصلی"},
    "notfound.overview": {"en": "the archive at a glance", "fa": "بایگانی در یک نگاه"},
    "notfound.contested": {"en": "{contested}: figures and dates sources disagree on",
                           "fa": "{contested}: رقم‌ها و تاریخ‌هایی که منابع بر سرشان اختلاف دارند"},
    "notfound.kinds": {"en": "{persons}, {events}, {statements}, {organisations}, {places} and {sources}",
                       "fa": "{persons}، {events}، {statements}، {organisations}، {places} و {sources}"},
    "notfound.data": {"en": "{data}: the whole archive as JSON and CSV",
                      "fa": "{data}: کل بایگانی به‌صورت <bdi dir=\"ltr\">JSON</bdi> و <bdi dir=\"ltr\">CSV</bdi>"},
    "notfound.other": {"en": "Page not found: {home}.", "fa": "صفحه پیدا نشد: {home}."},
    "notfound.edition_home": {"en": "the English edition's home page", "fa": "صفحهٔ اصلی نسخهٔ فارسی"},
}
"""Key → {"en": ..., "fa": ...}; a key with a dot names the page or part that uses it."""


def label(key: str, lang: str, **values: Any) -> str:
    """The string `key` in `lang`, its `{placeholders}` filled with `values` as they are.

    >>> label("at_place", "fa", place="تهران")
    'در تهران'
    """
    return LABELS[key][lang].format(**values)


LANGUAGE_NAMES = {"en": "انگلیسی", "fa": "فارسی", "ar": "عربی", "fr": "فرانسوی", "de": "آلمانی",
                  "sv": "سوئدی", "es": "اسپانیایی", "it": "ایتالیایی", "ru": "روسی",
                  "tr": "ترکی", "ku": "کردی", "ckb": "کردی سورانی", "az": "آذربایجانی",
                  "ja": "ژاپنی", "pt": "پرتغالی", "nl": "هلندی", "is": "ایسلندی", "no": "نروژی",
                  "nb": "نروژی", "da": "دانمارکی", "fi": "فنلاندی", "pl": "لهستانی", "zh": "چینی", "ur": "اردو"}
"""A source's language (BCP 47 primary tag) as the Persian edition names it."""
LANGUAGE_NAMES_EN = {"en": "English", "fa": "Persian", "ar": "Arabic", "fr": "French",
                     "de": "German", "sv": "Swedish", "es": "Spanish", "it": "Italian",
                     "ru": "Russian", "tr": "Turkish", "ku": "Kurdish", "ckb": "Sorani Kurdish",
                     "az": "Azerbaijani", "ja": "Japanese", "pt": "Portuguese", "nl": "Dutch",
                     "is": "Icelandic", "no": "Norwegian", "nb": "Norwegian", "da": "Danish",
                     "fi": "Finnish", "pl": "Polish", "zh": "Chinese", "ur": "Urdu"}
"""The same languages as the English edition names them (a tag missing from both shows itself)."""
