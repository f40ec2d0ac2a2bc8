"""Find place-name candidates in text: capitalised token runs looked up in the gazetteer.

No statistical NER model: a candidate is a run of up to five capitalised tokens (with lower-case
connectors such as "ez", "al", "de", "of" inside, as in "Deir ez-Zor" or "Isle of Man") whose
normalised form is a gazetteer name, a demonym, or, failing both, a close misspelling of a known
name. Stop-lists, case rules and neighbouring proper nouns keep out "May", "The", "Police",
"Stephen" (of "Stephen Lendman") and the like. Each candidate gets a role: ``location``,
``demonym`` (adjective or metonymic use, "US-sponsored", "The US and its allies"), ``dateline``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from events.memo import Memo
from events.places.index import KIND_PRIORS, KINDS, Gazetteer
from events.places.normalize import ARTICLE_COUNTRIES, TRANSLITERATED_WORDS, normalize, prefix_key, strip_article
from events.places.unlisted import GENERIC_DISTRICTS
from events.text.compass import COMPASS_ADJECTIVE, COMPASS_DIRECTION
from events.text.storms import STORM_BEFORE
from events.text.vehicles import MODEL_YEAR_BEFORE, VEHICLE_MAKES

# a possessive "'s" is not part of the name ("Poland's" is Poland); "O'Fallon" keeps its apostrophe
# (the lookahead first: the abbreviation's look behind is tried only where one may start, a quarter faster)
_TOKEN = re.compile(r"(?=[A-Z][a-z]?\.[A-Z])(?<![\w.])[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+|[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*")
# AP-style abbreviations of US states, as written after a city ("Columbus, Ga."): own table.
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE", "Fla.": "FL",
    "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD",
    "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE",
    "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT",
    "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wyo.": "WY", "D.C.": "DC",
}
# Canadian provinces as news abbreviates them after a town ("Barrie, Ont.", "Halifax, N.S."): own table, read only
# after a town and a comma ("Man." and "Que." are words too)
PROVINCE_ABBREVIATIONS = {"Ont.": "CA-ON", "Que.": "CA-QC", "N.S.": "CA-NS", "N.B.": "CA-NB", "Man.": "CA-MB",
                          "Sask.": "CA-SK", "Alta.": "CA-AB", "Nfld.": "CA-NL", "P.E.I.": "CA-PE"}
_PROVINCE_ABBREVIATION = re.compile(r",\s(" + "|".join(re.escape(a) for a in PROVINCE_ABBREVIATIONS) + r")(?![\w])")
_TOWN_BEFORE_COMMA = re.compile(r"[A-Z][\w'’-]*$")
# after a town and a comma ("Columbus, Ga."), a party letter ("D-S.C.") or "in" ("born in S.C.")
# (the pattern starts with the literals so that the engine skips ahead fast; what precedes is checked after)
_AP_STATE = re.compile(r"(?:" + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True)) + r")(?![\w])")
_AP_STATE_BEFORE = re.compile(r"(?:,\s|\b[DRI]-|\bin\s)$")
_TOWN_LOCATIVE_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+$")  # before a town, never before a person
_PARTY_BEFORE = re.compile(r"(?<![\w-])[DRI]-$")  # "Sen. Joe Manchin, D-W.Va.": the senator's state, not where
_PARTY_AFTER_NAME = re.compile(r"(?:,\s|\()[DRI]-$")  # "Boggs, D-Braxton", "(R-Berkeley)"; not "D-Day"
# after a party letter the period may go ("D-Calif", "R-Fla"), or the state be its postal code ("R-TX", "D-NY")
_PARTY_STATE = re.compile(r"\b[DRI]-(?P<state>" + "|".join(sorted({a[:-1] for a in AP_STATES if a.count(".") == 1 and a[:-1].isalpha()},
                                                                  key=len, reverse=True)) + r"|[A-Z]{2})\b(?![.\w-])")
# ... or before a lower-case noun: "Scandal-plagued Ga. pastor", "Missing Ill. man" (not the title "Miss. Jones")
_AP_STATE_ADJECTIVE = re.compile(r" (?!(?:and|or|but|the|a|an|in|on|at|to|of)\b)[a-z]{2,}")
# ... or naming a state's institution: "the S.C. Highway Patrol", "the N.J. Supreme Court", "the Ga. Department of
# Transportation"; but an abbreviation that is an English word too ("the Wash.", "the Mass.", "the Ark.") only before a
# state's body or office: "to the Wash. Part of its funding ..." is England's Wash at a sentence's end
_AP_STATE_INSTITUTION = re.compile(r"[Tt]he\s(?:[A-Z][a-z]{0,3}\.){1,2}[A-Z]?[a-z]*\.?\s[A-Z][a-z]")
_AP_STATE_WORDS = frozenset(("Wash.", "Mass.", "Ark.", "Miss."))
_AP_STATE_OFFICE_AFTER = re.compile(r"\s(?:Department|Dept\.|Court|State\s+Patrol|Division|Board|Commission|Agency|Office)\b")
# ... or before a state's own body or road, without "the": "S.C. House Republicans", "stopped on S.C. 6"
_AP_STATE_BODY_AFTER = re.compile(r"\s(?:\d{1,3}\b|(?:House|Senate|Legislature|General\s+Assembly|Supreme\s+Court|"
                                  r"Highway\s+Patrol|State\s+Police|Attorney\s+General|National\s+Guard|Gov\.|Governor)\b)")
_COUNTY = re.compile(r"\b(?P<name>(?:(?:St|Ste)\.\s)?[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?(?:\s[A-Z][A-Za-z'’]+)?)\s(?:County|Parish|Borough)\b")
# "Preble and Darke counties", "Clay, Grant and Swift counties": each name is a county; "the Donetsk and
# Luhansk regions", "Aleppo, Homs and Idlib provinces": each a region
_NAME = r"[A-Z][A-Za-z'’]+(?:\s(?:(?:de|do|da|dos|das|del|di|la|el)\s)?[A-Z][A-Za-z'’]+)?"  # (also "Rio de Janeiro")
_DIVISION_WORDS = {"counties": "county", "parishes": "parish", "provinces": "province", "governorates": "governorate",
                   "regions": "region", "oblasts": "oblast", "prefectures": "prefecture", "states": "state",
                   "districts": "district"}
_DIVISION_LIST = re.compile(rf"\b{_NAME}(?:,\s{_NAME})*,?\s(?:and|or)\s{_NAME}\s(?P<word>{'|'.join(_DIVISION_WORDS)})\b")
# ... or that follows it: "the provinces of Nyanza, Rift Valley, North Eastern and Western", "the three largest
# counties -- Douglas, Lancaster and Sarpy" (a dash, also as mis-decoded text shows it: "”")
_DIVISION_LIST_AFTER = re.compile(rf"\b(?P<word>{'|'.join(_DIVISION_WORDS)})(?:\sof|\s?(?:[—–:”]|--?))\s{_NAME}(?:,\s{_NAME})*,?\s(?:and|or)\s{_NAME}\b")
_LISTED_NAME = re.compile(_NAME)
# after "St. John's": the name ends ("St. John's, Newfoundland", "in St. John's said"), unlike "St. John's ER",
# "St. Mary's students": a school's or a hospital's
_POSSESSIVE_NAME_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|or|in|on|at|to|for|from|with|was|is|has|had|said|says|police)\b")
_NAME_AFTER_COMMA = re.compile(r",\s+([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)")
# a river or a lake named like a country, a state or a county is not that area ("the Jordan River", "Lake Vermont",
# "the Greenbrier River", "Lake Lanier"); one named like a town lies by the town ("Lake Erie": Erie, Pennsylvania)
# ... nor, in a list of rivers or lakes, any of them ("the Ohio and Mississippi rivers")
# "the Gulf states", "a Balkan state": the states of a sea or a peninsula, not a province named so in a country whose
# divisions English calls provinces (Papua New Guinea's Gulf, Turkmenistan's Balkan); the countries whose first-level
# divisions it calls states (own table: "Niger State", "Kerala state", "Rakhine State", "the Tigray regional state")
_STATES_AFTER = re.compile(r"\s+(?:regional\s+)?states?\b")
STATE_COUNTRIES = frozenset("US NG IN BR MX MY AU SD SS MM VE DE AT ET FM PW".split())
_WATER_AFTER = re.compile(r"\s+(?:River|Lake|Creek|Reservoir|rivers|lakes)\b"
                          r"|(?:,\s+[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)*,?\s+(?:and|or)\s+[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\s+(?:rivers|lakes)\b")
# "Dublin City Council", "San Fernando City Councilwoman", "Springfield City Schools", "Hanover Town Hall": a town's
# own body, whose "City" or "Town" may be the body's word as well as the town's name's ("Dublin City" is also
# Dublin, Ireland's name; "Hanover Town" a village in Virginia)
_CITY_BODY_AFTER = re.compile(r"\s+(?:Council\w*|Hall|Manager|Attorney|Clerk|Commission\w*|Schools?|Police|Limits)\b")
_ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez|ul)-"  # lower-case, joined to the name
# the first words of Arabic, Persian and Turkic place names ("Tal Rifaat", "Um Rawaba", "Ain Issa", "Ras al-Ain"), as common
# in English text as words or names, which open a misspelt transliteration as well as any rare word does
_TRANSLITERATED_HEADS = TRANSLITERATED_WORDS | frozenset("um umm ras bir beit bayt kafr kfar khan wadi sidi hammam qasr".split())
_ARTICLE_BEFORE = re.compile(rf"(?<![\w-]){_ARABIC_ARTICLE}$")  # Arabic article, lower-case
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’]*)\s$")
_COMPASS = re.compile(r"[NS]\.?[EW]\.?|[NSEW]\.")  # "S.E. Paris", "N.W. Washington": a part of the town, no initials
# "the Somali capital, ...", "the Syrian capital on Sunday" (not "the Syrian capital, Damascus", which names it, nor
# "Canadian capital markets")
_CAPITAL_AFTER = re.compile(r"\s+capital(?:\s+city)?(?=\s*[.;:)]|\s*,(?!\s*[A-Z])|\s+(?:on|in|at|where|and|as|after|before|late|early|"
                            r"this|last|with|for|from|to|was|is|has|had|overnight|today|yesterday|which|that|said|says)\b|$)")
_NEWSPAPER_AFTER = re.compile(r"\s+(?:Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Daily\s+News|Telegraph|Courier|"
                              r"Inquirer|Globe|Register|Examiner|Free\s+Press|Sun-Times|Star-Telegram|Star\s+Tribune|"
                              r"Post-Gazette|Dispatch|Enquirer|Star-Ledger|State\s+Journal)\b(?!\s+Square)|-Presse\b")
# ... or a news agency or broadcaster named after it: "Agence France-Presse", "Voice of America", "Radio Free Europe"
_NEWS_OUTLET_BEFORE = re.compile(r"\b(?:Agence|Voice\s+of|Radio(?:\s+Free)?)\s+$")
_NEWS_OUTLET_ENDS = frozenset(("ce ", "of ", "io ", "ee "))  # how the words before it end: a quick test first
_UNIT_AFTER = re.compile(r"\s+(?:fighters|mercenaries|militia|militias|militiamen|regiment|battalion|brigade)\b")
# ... or after the word for it: "the Amhara militia Fano", "the armed group Wagner" (not "a militia in Fano")
_UNIT_BEFORE = re.compile(r"\b(?:militia|group|regiment|battalion|brigade|faction)\s+$")
# "McPherson & Jacobsen LLC", "Christian, Sturgeon & Associates", "Joan & Donna": names joined by an ampersand are
# people or a firm of them (a country's "&" is inside its own name: "Trinidad & Tobago")
_AMPERSAND_AFTER = re.compile(r"\s*&\s*[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w.']*\s*&\s*$")
_PREFIX_BEFORE = re.compile(r"\b(?i:euro|trans|pan|inter|intra|sub)-$")
_ACCORDING_TO_BEFORE = re.compile(r"\baccording to\s+$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)")
_SAID_IT_AFTER = re.compile(r"\s+(?:has\s+)?(?:said|says|told)\s+(?:it|its)\b")  # who says "it" is no person
# ... nor the place a speaker fled or reached: "a teacher who reached Sennar said", "residents who fled Raqqa told" (the
# one who speaks is the relative clause's subject; not "senators who visited Austin said", "staff who left Hamilton")
_WHO_WENT_BEFORE = re.compile(r"\bwho\s+(?:had\s+|has\s+|have\s+)?(?:fled|reached|escaped|(?:returned|moved|travell?ed)\s+(?:back\s+)?to"
                              r"|arrived\s+in)\s+$")
_SPEECH_AFTER = re.compile(r"^(?:,\s[^,]{1,40},)?\s+(?:said|says|told|added|wrote|explained|noted|asked|stated|testified|argued|recalled)\b")
# words inside a name of several ("Deir ez-Zor", "Rio de Janeiro", "Trinidad and Tobago"); "i", "e": the Persian "of" ("Mazar-i-Sharif")
_CONNECTORS = frozenset("al el ez es az ad ar as an at ash ul de di da do dos das du des del della la le les au aux of on upon in the und y sur en am im bin ibn abu bani i e and or".split())
# Capitalised words that are never places on their own (months, weekdays, titles, pronouns, common sentence starts).
# surnames of people the news names so often that they are read as the towns that bear them only after "in",
# "near" or "the city of" in a story that does not name the person (see _famous_surname_placed), though they
# still mark a person's full name ("George Bush")
FAMOUS_SURNAMES = frozenset("obama trump bush clinton putin assad".split())
STOP_WORDS = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
the a an and or but if of in on at to by for from with as is was are were be been this that these those it its he she they we you i
his her their our my your mr mrs ms dr gen col sgt lt capt president minister king queen prince general governor mayor sheriff chief
god lord christ allah jesus state states city county parish province region district street road avenue north south east west
northern southern eastern western central new old great upper lower saint san santa fort mount lake river
metropolitan metro greater downtown suburban
police fire army news press report reports update breaking live video photo photos read more said says according
university college school hospital church court house senate congress council ministry department office center centre
president
interior middle central centre center northeast northwest southeast southwest valley coast delta airport man hills hill
parkway continental park white mart wal hamas hezbollah taliban fatah nato opec shabab amal
""".split()) | FAMOUS_SURNAMES
_NOT_NAME_WORDS = STOP_WORDS - FAMOUS_SURNAMES  # capitalised words that are no part of a person's name either
_I_CONTRACTIONS = frozenset(f"I{a}{end}" for a in "'’" for end in ("d", "m", "ve", "ll"))  # "I'd", "I’m": no name's next word
_REGION_WORDS = r"(?:province|governorate|state|region|district|county|parish|oblast|prefecture|department|municipality|countryside)"
_DEMONYM_SUFFIX = re.compile(r"^-(?:led|backed|sponsored|funded|trained|supported|based|allied|made|brokered|owned|run|controlled)\b|^\s+(?:sponsored|backed)\b", re.I)
# a country that acts ("Russia has deployed", "the US said"), but not one where things happen ("the United States
# has seen two cases", "Haiti was hit by floods", "Syria is at war")
_ACTOR_FOLLOW = re.compile(r"^(?:'s\b|’s\b|\s+(?:and its allies|and its|said|says|claimed|claims|announced|accused|warned|denied|wants|will|would|"
                           r"government|administration|officials?|(?:has|have|had)(?!\s+(?:seen|recorded|registered|experienced|suffered|"
                           r"witnessed|had|been\s+(?:hit|struck|affected))\b)|(?:is|was)(?!\s+(?:in|at|a|an|the|one|home|among|hit|"
                           r"struck|affected|still|now|under)\b))\b)")
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w .'-]{0,30}?)?\s*(?:\([A-Za-z .'&-]{2,40}\)\s*)?(?:—|–|--|\s-\s|:|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
DATELINE_WINDOW = 90  # how far after a dateline's name its dash may come ("GOMA, Democratic Republic of Congo (Great Lakes Wire) —")
# ... and the credit between, an outlet's name, no place of the story: "(Levant Wire)", "(Great Lakes Wire)"
# (an outlet's, by its last word: not "GOMA (North Kivu province) —", "SRINAGAR (Jammu and Kashmir) —")
_DATELINE_CREDIT = re.compile(r"(?m)^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][^()\n—–]{0,40}?)?\s*(?P<credit>\([^()\n]{0,34}\b"
                              r"(?:Wire|Monitor|Bulletin|Observer|News|Times|Post|Press|Chronicle|Gazette|Herald|Journal|Tribune"
                              r"|Daily|Agency|Service|Report|Dispatch|Network|Radio|TV|Television|Sports?|Review|Telegraph|Mail"
                              r"|Star|Standard|Courier|Record|Express|Guardian|Today|Weekly|Online|Media|Desk|Ledger|Bureau|Digest"
                              r"|Sentinel|Enquirer|Inquirer|Examiner|Register|Voice|Insider|Magazine|Channel|Watch)\))\s*(?:—|–|--|-\s)")
# ... where a headline runs into the story: "DANIELSVILLE - ", "HARLAN, Ky. -", "RIDGE FARM, Ill. (AP) — ", "LISMORE,
# Australia (AP) -", and in a mis-decoded text "SEVIERVILLE, Tenn. (AP) \x97 " or "RICHLAND ” "
_DATELINE_AFTER_SENTENCE = re.compile(r"(?:,\s*(?:[A-Z][\w.]{1,6}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),?)?(?:\s*\((?:AP|Reuters|AFP|UPI|CNN)\))?"
                                      r"\s+(?:—|–|--|-|\x97|”)\s")
_DEMONYM_ENDING = re.compile(r"(?:ians|ans|i|ese)$")  # plural: "Adrian" and "Logan" are first names
_SINGULAR_DEMONYM_ENDING = re.compile(r"(?:ian|an)$")  # ... but "Tigrayan forces" before a noun
_NOUN_AFTER = re.compile(r" (?!(?:was|is|has|had|and|who|said|says|will|would|for|with|from|told)\b)[a-z]{3,}")  # a noun, likely
SINGULAR_DEMONYM_ZIPF = 3.3  # a singular demonym this frequent a word has a meaning of its own ("Victorian", "Caucasian")
# capitalised in titles ("Six Flags Over Texas", "Life Across America"), never first names
_TITLE_WORDS = frozenset("over under across through beyond upon via against about around between toward towards within without near inside outside".split())
# capitalised words before a place name that make it no surname: "SOS Children's Village Malakal", "Downtown Gainesville"
_PLACE_WORDS_BEFORE = frozenset("""village city town camp county district province state region port fort mount lake river
park valley beach island downtown uptown greater metro historic north south east west central northern southern
eastern western upper lower neighbouring neighboring nearby coastal rural occupied mainland inner outer""".split())
# demonyms that are also a language's name, and the words around them that say the language is meant
_LANGUAGES = frozenset("english french spanish german italian portuguese russian chinese japanese korean dutch greek "
                       "turkish hebrew persian polish swedish arabic ukrainian vietnamese thai indonesian malay filipino "
                       "tagalog cebuano punjabi hindi urdu bengali tamil gujarati marathi cantonese mandarin irish welsh "
                       "swahili somali amharic pashto dari kurdish farsi hungarian czech romanian danish norwegian finnish "
                       "catalan basque albanian serbian croatian bulgarian armenian georgian uzbek nepali kazakh tajik kyrgyz "
                       "turkmen azerbaijani azeri mongolian burmese khmer lao sinhala sinhalese tibetan uyghur malayalam "
                       "kannada telugu sindhi balochi kashmiri slovak slovenian lithuanian latvian estonian icelandic "
                       "belarusian macedonian bosnian hausa yoruba igbo zulu xhosa afrikaans tigrinya oromo".split())
_LANGUAGE_WORDS = ("speak|speaks|spoke|spoken|speaking|learn|learns|learned|learnt|learning|teach|teaches|taught|teaching|"
                   "study|studies|studied|studying|translated|translate|fluent\\s+in|subtitles\\s+in")
_LANGUAGE_BEFORE = re.compile(rf"\b(?:{_LANGUAGE_WORDS})\s+(?:only\s+)?(?:[A-Z][a-z]+(?:,\s+|\s+(?:and|or)\s+))*$", re.I)
_IN_LANGUAGE = re.compile(r"\bin(?:to)?\s+(?:[A-Z][a-z]+(?:,\s+|\s+(?:and|or)\s+))*$")  # "in English and Spanish.", "into Arabic."
_LANGUAGE_AFTER = re.compile(r"[\s-]+(?:language|languages|speakers?|speaking|immersion|class|classes|courses?|teachers?|"
                             r"lessons?|translation|subtitles|version|edition|learners?|literature|grammar|major|name|names|"
                             r"spelling|word|words|transliteration)\b", re.I)  # ("the English name of Calcutta")
_SURNAME_DEMONYMS = frozenset({"english", "french", "welsh", "irish", "german", "scott"})  # also common surnames
_ARABIC_NAME_AFTER = re.compile(r"\s+(?:al|el|a|ad|ash|as|az|ar)-[A-Z]")
# countries whose names are first names or surnames: "Chad Walker" (but "Jordan Junior Olympic volleyball" is
# Jordan, Minnesota), "Michael Jordan"
_FIRST_NAME_COUNTRIES = frozenset({"chad"})
_SURNAME_COUNTRIES = frozenset({"chad", "jordan"})
_CONTRACTION = re.compile(r"['’](?:d|ll|re|ve|m|t)$", re.I)
# an age in apposition: "Flores, 26, had just left the Army", "Jordan Dyer, a 17-year-old Huntsville student"
_PERSON_AFTER = re.compile(r",\s+(?:\d{1,3},|(?:an?\s+)?\d{1,3}-year-old\b)")
# what a person owns: "at George's apartment" (with "Barry M. George" in the story) is the person's
_OWNED_AFTER = re.compile(r"['’]s\s+(?:apartment|home|house|car|truck|wife|husband|son|daughter|family|mother|father|"
                          r"brother|sister|body|lawyer|attorney|office|death|arrest)\b")
REGION_SPELLING_SLACK = 5  # how much less alike (rapidfuzz ratio) a misspelt region's name may be than a town's
SMALL_TOWN_NAME = 20_000  # a town this small named by everyday words after another name is that name's tail
PERSON_OVER_PLACE = 3  # a surname read as a person this many times (and two) as often as a place is the person throughout
# what is done only to a person, or only a person does: "stabbed Welch", "killing Welch"; "Raby was ejected",
# "Welch and his mother", "Hege died"
_DONE_TO_BEFORE = re.compile(r"\b(?:stabbed|stabbing|murdered|murdering|killing|strangled|strangling|arrested|arresting|"
                             r"sentenced|sentencing|convicted|indicted|acquitted|kidnapped|abducted|raped|assaulted|"
                             r"hugged|kissed|interviewed|hired|married)\s+$")
# what a government does, said of its capital ("Washington condemned the launch", "Moscow denied it"): the capital
# opens a sentence as its government, however common a word or surname its name is
STATE_ACTS_AFTER = re.compile(r"\s+(?:(?:last\s+(?:week|month|year)|on\s+[A-Z][a-z]+day|also|quickly|swiftly|later)\s+)?"
                               r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:said\s+(?:it|its)\b|sent\s+its\b|condemned|denied|warned|accused|rejected|welcomed|urged|"
                               r"announced|responded|imposed|sanctioned|retaliated|expelled|criticized|criticised|demanded|"
                               r"threatened|vowed|insists|insisted|blamed|protested|summoned|recalled|revoked|designated|"
                               r"approved|pledged|promised|offered|ordered|lifted|suspended|halted|deployed|dispatched)\b")  # (not "said" alone: "Washington said he would")
_DOES_AFTER = re.compile(r"\s+(?:and\s+(?:his|her)\s|(?:was|is|had\s+been|has\s+been)\s+(?:stabbed|shot|killed|arrested|"
                         r"charged|sentenced|convicted|born|hospitalized|ejected|pronounced\s+dead)\b|"
                         r"(?:died|pleaded|testified|confessed|visited|lived)\b)")
# "Hailey, who was born": a town's name, then "who", is a person; not "a man of Roswell, who", "Drive, Tipperary, who"
_WHO_AFTER = re.compile(r",\s+who\b")
# a town's own offices before a capitalised word: "the Clinton Fire Department", "the Franklin Board of Mayor and
# Aldermen", "Orlando Health" (not "the Clinton administration", "the Clinton Library": a president's)
_TOWN_BODY_WORDS = frozenset("police fire board council city town village school schools public municipal township health "
                             "water utilities parks housing planning zoning aldermen selectmen".split())
_SHARES_IN_BEFORE = re.compile(r"\b(?:shares?|stakes?|stock|investments?|holdings?)\s+(?:in|of)\s+$", re.I)
# a town's own bodies after its name: "Franklin police", "Jackson firefighters", "Noble residents"
_LOCAL_BODY_AFTER = re.compile(r"\s+(?:police|firefighters|fire\s+crews|officials|residents|schools|city\s+council|council|mayor|"
                               r"voters|businesses|leaders|streets)\b")
# "Hudur in Somalia", "Hudur and Wajid in southern Somalia": a name (or the list it opens) and where it lies
_IN_NAME_AFTER = re.compile(rf"(?:(?:,\s|\s(?:and|or)\s)[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?\s+in\s+(?:{COMPASS_ADJECTIVE}\s+)?"
                            r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")
_WHOSE_TOWN_BEFORE = re.compile(r"(?:\b(?:of|from|in|at|near)|,)\s*$")
_LOCATIVES = "in|at|near|from|to|outside|toward|towards|into|across|around|unincorporated"  # words before a place
_CAMEL_CASE = re.compile(r"[A-Z][a-z]{2,}[A-Z]")  # "StandUp DeKalb", "YouTube": a brand, not a first name ("McDonald", "LaToya" are)
# "in Aleppo", and "in northwestern Taoyuan", "near rural Hama": a part of the place is still the place
_COMPASS_PART = rf"(?:{COMPASS_ADJECTIVE}|{COMPASS_DIRECTION})"  # a part of a place: "northwestern Taoyuan", "north Calcutta"
_LOCATIVE_BEFORE = re.compile(rf"\b(?:{_LOCATIVES}|In|At|Near|Outside)\s+(?:(?:{_COMPASS_PART}|rural|downtown|nearby|neighbou?ring)\s+)?$")
# (not "To Nelson, ...")
# a possessive inside a name, in capitals too: "Cox's Bazar", "COX'S BAZAR" at a dateline
_POSSESSIVE_S = re.compile(r"['’][sS] ")
# "Homs province", "the province of Homs": a region word after or before a name (also read by the resolver)
REGION_WORD_AFTER = re.compile(r"\s+(?:province|governorate|state|region|regional\s+state|oblast|krai|kray|prefecture|countryside|"
                               r"district(?!\s+(?:attorney|court|judge)))\b", re.I)  # not "the Brooklyn District Attorney"
_FEATURE_WORDS = frozenset("river lake mountain mountains mount hills forest island islands bay gulf sea valley falls delta "
                           "reserve park canal dam".split())
_FEATURE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(_FEATURE_WORDS))})\b")
# "Florencia, the capital of Caqueta", "Soledad, a town near Barranquilla": the words after a name say it is a place
_PLACE_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|village|port|district|province|region"
                               r"|municipality|suburb)\s+(?:of|in|on|near|outside)\b")
REGION_WORD_BEFORE = re.compile(r"\b(?:province|governorate|state|region|countryside)\s+of\s+$", re.I)
_LOCATIVE_OR_OF_BEFORE = re.compile(rf"\b(?:{_LOCATIVES}|of)\s+$")
# the next name of a list: ", Beijing", " and Moscow" (see Recognizer._listed_with_a_capital)
_NAME_IN_A_LIST_AFTER = re.compile(r"(?:,\s|\s(?:and|or)\s)([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)(?=[\s,.;:])")
# "186 miles southeast of Alliance", "30 km north of Sinjar": a distance from it says place, whatever the word means
# "Hawija, west of Kirkuk", "Vodiane, 10 km south-west of Avdiivka": a name placed by its bearing from another place (and
# how far, if the text says; the resolver reads it too)
BEARING = (rf"(?i:,\s+(?:about\s+|some\s+|nearly\s+|just\s+)?(?:(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>km|kilometres|kilometers|miles)\s+)?"
           rf"{COMPASS_DIRECTION}\s+of\s+(?:the\s+)?)")
_BEARING_AFTER = re.compile(rf"{BEARING}[A-Z]")
_DISTANCE_BEFORE = re.compile(rf"\b(?:miles?|kilometres?|kilometers?|km)\s+{COMPASS_DIRECTION}\s+of\s+$", re.I)
# "residents of Lubbock told", "the district of Nairobi said": a noun for a place or its people, then "of"
_PLACE_NOUNS = (r"(?:city|town|village|port|district|province|state|county|region|suburbs?|outskirts|capital|residents?|natives?"
                r"|people|citizens|streets|mayor|governor|premier|heart|cent(?:re|er))")
_PLACE_NOUN_OF_BEFORE = re.compile(rf"\b{_PLACE_NOUNS}\s+of\s+(?:(?-i:{_COMPASS_PART})\s+)?$", re.I)  # ("residents of north
# Calcutta said")
# what forces do to a town, before its name ("the army retook Hit"): a town's, however everyday a word, when a town of
# CAPTURED_TOWN people or more bears it (not what is done to people and things too: "marshals captured Walker",
# "recaptured Davis", "seized Mercedes, BMW and Land Rover vehicles", "stormed Temple Mount")
_CAPTURED = r"retook|overran|besieged|shelled"
_CAPTURED_BEFORE = re.compile(rf"\b(?:{_CAPTURED})\s+$")
CAPTURED_TOWN = 10_000
# ... and the words before another spelling of a small town's name that say it is a place (see _scan)
_WHERE_BEFORE = re.compile(rf"\b(?:in|near|outside|around|toward|towards|into|recaptured|entered|{_CAPTURED}"
                           r"|captured\s+the\s+(?:town|village|city)\s+of)\s+$")
# the words that say a town's name follows ("the town of Sake", "the town of al-" before "Qaryatain")
_TOWN_OF_BEFORE = re.compile(rf"\b(?:town|village|city|hamlet)\s+of\s+(?:{_ARABIC_ARTICLE})?$")
_TOWN_APPOSITIVE_AFTER = re.compile(r",\s+(?:a|the)\s+(?:(?:small|large|key|strategic|major|border|market|mining|port|"
                                    r"eastern|western|northern|southern)\s+)?(?:town|village|city|port|hamlet)\b")  # "Sake, a town"

# a name in such a list: capitalised words, joined by a particle ("Rio de Janeiro", "Santa Cruz de la Sierra", "Hammam al-Alil")
_LIST_MEMBER = rf"(?:{_ARABIC_ARTICLE})?[A-Z][\w'’-]+(?:\s(?:(?:de|del|da|do|dos|das|de\sla|la|el|al|upon|on|sur)\s|{_ARABIC_ARTICLE})?[A-Z][\w'’-]+){{0,3}}"
_LOCATIVE_LIST = rf"\b(?:{_LOCATIVES}|(?i:{_PLACE_NOUNS})\s+of)\s+{_LIST_MEMBER}(?:,\s+{_LIST_MEMBER})*"  # a locative, then a list
_LOCATIVE_LIST_BEFORE = re.compile(rf"{_LOCATIVE_LIST},?\s+(?:and|or)\s+$")  # "in Karachi and ", "residents of Bahir Dar and "
_LOCATIVE_LIST_START = re.compile(rf"{_LOCATIVE_LIST},\s+$")  # "in Wapato, " (before a name inside the list)
_LIST_SEPARATOR = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_PLACE_LIST = re.compile(rf"{_LIST_MEMBER}(?:(?:{_LIST_SEPARATOR.pattern}){_LIST_MEMBER})+")  # "Dover, Deal and Sandwich"
LISTED_NEAR_KM = 40  # how near a list's other place a small town named by a common word must lie (see _listed_near)
LISTED_READINGS = 20  # readings of each name compared (the most likely first)
_LIST_GOES_ON = re.compile(rf"(?:,\s+{_LIST_MEMBER})*,?\s+(?:and|or)\s+{_LIST_MEMBER}")  # ... to its "and"
_NAME_OR_WORD_GOES_ON = re.compile(r"[-–'’]?\w|\s+[A-Z0-9]|\s+(?:area|region|metro|suburbs|city|town|county|district|province)\b")
# ("the Ohio Senate", "the Columbia-based firm", "the Columbia area", "the Dnipro region": not a river)
_STREET_AFTER = re.compile(r"\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Drive|Lane|Ln\.|Pike|Parkway|Pkwy\.|Terrace)(?![\w-])")
# "the corner of Lakeview and Harrison streets": two streets named together, the first and the second; not
# before "roads" ("icy Kansas and Missouri roads" are the states'), nor one name ("Baghdad streets" are the city's)
_STREETS = r"\s+(?:[Ss]treets|[Aa]venues|[Bb]oulevards)\b"
_STREET_PAIR_AFTER = re.compile(rf"\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?{_STREETS}")
_STREET_PAIR_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+(?:and|&)\s+$")
_STREETS_AFTER = re.compile(_STREETS)
_ORDINAL_ENDS = frozenset(("t ", "d ", "h "))  # how "1st", "2nd", "Third", "Fifth"... end: a quick test first
_ORDINAL_BEFORE = re.compile(r"(?:\b\d+(?:st|nd|rd|th)|\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth))\s+$")
_HOLIDAY_AFTER = re.compile(r"(?:['’]s)?\s+Day\b")
# a first name, then a surname's particle: "Luc van den Brande", "Ursula von der Leyen", "Leonardo da Vinci"
_PARTICLES = ("van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "dos", "das", "bin", "ibn")
_PARTICLE = rf"(?:{'|'.join(_PARTICLES)})(?:\s+(?:der|den|de|la|le|los|las))?"  # "van", "van den", "de los"
_PARTICLE_ENDINGS = tuple(f" {p} " for p in _PARTICLES + ("der", "den", "de", "la", "le", "los", "las"))  # a quick test first
_NAME_PARTICLE_BEFORE = re.compile(rf"(?<![\w.])[A-Z][a-z]+\s+{_PARTICLE}\s+$")
# after a first name, a particle and the surname: "Victoria de los Angeles", "Hassan el Bushra" (Arabic "al" and "el"
# written apart; joined, "al-Sayed", see _ARABIC_NAME_AFTER)
_NAME_PARTICLE_AFTER = re.compile(rf"\s+(?:{_PARTICLE}|al|el)\s+[A-Z][a-z]")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_MAKES = frozenset(VEHICLE_MAKES)
_MODEL_AFTER = re.compile(r" (?:Accord|Civic|Camry|Corolla|Prius|Tacoma|Tundra|Sienna|Odyssey|Pilot|Taurus|Focus|Fusion|Mustang|"
                          r"Explorer|Escape|Ranger|Town Car|Navigator|Impala|Malibu|Silverado|Tahoe|Cavalier|Grand Marquis|"
                          r"Altima|Sentra|Maxima|Caravan|Ram|Durango|Neon|Jetta|Passat|Golf|Beetle|F-150|Outback|Forester)\b")
_MAKES_NOT_PLACES = frozenset({"Toyota", "Honda", "Lincoln", "Dodge", "Mercury", "Saturn"})  # "the Toyota": the car
_BRAND_LETTERS = frozenset("ABCEFGHJKLMNOPQSTUVWXYZ")  # a capital before a hyphen, but not a party's D, R or I
# "St. Peter's Square", "St. Mary's High School", "St. John's Lutheran School": a saint's church, school or square
_SAINTS_INSTITUTION_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][\w.]*\s+){0,3}?(?:Square|Cathedral|Basilica|Church|Chapel|Abbey|Priory|Hospital|Infirmary|"
    r"Surgery|Clinic|Medical|Health|School|College|Academy|University|Seminary|Cemetery|Catholic|Lutheran|"
    r"Episcopal|Anglican|Orthodox|Methodist|Presbyterian|Baptist|Parish)\b")
_DISEASE_AFTER = re.compile(r"[\s-]+(?:virus|viruses|ebolavirus|fever|disease|encephalitis|hemorrhagic|haemorrhagic|strains?"
                            r"|flu(?![\s-]+(?:season|cases|outbreaks?|activity|vaccin\w*|shots?|patients|deaths))|influenza|variant"
                            r"|species|clade|respiratory\s+syndrome)\b", re.I)
# (also "Middle East respiratory syndrome", "Hong Kong flu", "the Kent variant"; not "the United States flu season")
# Names that are in the gazetteer as small towns but in news almost always mean something else (own list).
NOT_PLACES = frozenset({"white house", "kremlin", "pentagon", "capitol hill", "downing street", "wall street", "red cross",
                        "xinhua", "mcdonald",  # China's news agency; the restaurants ("McDonald's")
                        "jazeera", "al jazeera",  # the broadcaster; Sudan's state is "Gezira" or "Al Jazirah"
                        "duma",  # Russia's parliament; the Syrian town is written "Douma" in English news
                        # religious seasons and feasts ("during Ramadan" is no Turabah, Saudi Arabia; "Lent" no Dutch village)
                        "ramadan", "passover", "lent", "hanukkah", "eid", "diwali", "advent", "purim", "sukkot"}) \
    | GENERIC_DISTRICTS  # "Old Town", "Chinatown": a part of the story's town, not Winchester's (events.places.unlisted)
_INSTITUTION_WORDS = frozenset("""
police patrol sheriff sheriff's society university college school schools academy association department bureau board
center centre council hospital airport church library museum chamber commission committee foundation institute
project authority district club zoo symphony orchestra theatre theater fire rescue courthouse city county
service services organization organisation agency administration league union network alliance coalition
federation cooperative co-op commission ministry parks pd
court house senate assembly legislature guard highway turnpike olympics games partners fair festival
attorney division office cabinet party democrats republicans ranger rangers minister premier governor government mayor mayoral
gov sen rep comptroller treasurer auditor democrat republican lawmakers legislators
""".split())
REGION_PRIOR = KIND_PRIORS[KINDS.index("region")]  # the prior of a region of a million people
CITY_OVER_WORD = 100_000  # population from which a capitalised common word mid-sentence is read as the city
CLUB_WORD_ZIPF = 3.0  # a word before a city rarer than this in English may be a club's ("Shakhtar", "Spartak", "Zenit")
_CAPITAL_NEXT = re.compile(r"[ -][A-Z]")
_WEEKDAY_ABBREVIATIONS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun MON TUE WED THU FRI SAT SUN".split())
_NUMBER_AFTER = re.compile(r",?\s+\d")
_HASHTAG = re.compile(r"(?<![\w#&])#([A-Za-z][a-z]+(?:[A-Z][a-z]+)*)\b")  # "#Kharkiv", "#kharkiv", "#TelAviv" (not "#C4")
_CAMEL_WORDS = re.compile(r"([a-z])([A-Z])")
_LINE = re.compile(r"[^\n]+")
HEADLINE_CHARS = 200  # a headline is no longer than this
_HEADLINE_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]{2,}")  # words of three letters or more ("In", "Of" aside)
# a line whose words are all capitalised but these (which Title Case leaves small) is a headline
_HEADLINE_SMALL_WORDS = frozenset("and the for with from over into onto upon amid after near but nor via per".split())
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?]\s+[A-Z]")  # ... unless it holds sentences (a paragraph of names)
_BENCHMARK_AFTER = re.compile(r"\s+(?:crude|blend)\b")  # oil prices ("Brent crude"); "Libyan crude" stays Libya's
# what a place's name may name after it in a headline, as in running text: a newspaper, a street, a holiday, a disease
_NAMED_AFTER_A_PLACE = (_NEWSPAPER_AFTER, _STREET_AFTER, _HOLIDAY_AFTER, _DISEASE_AFTER, _BENCHMARK_AFTER)
_ONLY_COMPASS = re.compile(rf"(?i:{COMPASS_ADJECTIVE}|(?:north|south)[\s-]+(?:east|west)(?:ern)?)")  # "North-Western", "Central"
_OCEANS_WITH_THE = frozenset({"the atlantic", "the pacific"})
_THE_NAMES = ("the hague", "the bronx", "the gambia", "the netherlands", "the atlantic", "the pacific", "the americas")
_FUNCTION_STARTS = frozenset("a an the in on at of and but or for to from by as with into after before during".split())
# the first words of Arabic place names ("Ain Zara", "Wadi Khalid", "Bir al-Abed", "Ras Baalbek"): never the place
# alone before the name goes on (not Ain, France; Wadi, India; Ras, India), whether or not the whole name is known
_NAME_HEADS = frozenset("ain bir wadi jebel ras".split())
# capitalised words that may stand before "al-X" without being part of its name (a sentence's first word)
_NOT_NAME_HEADS = _FUNCTION_STARTS | frozenset(
    "near around outside inside toward towards across through via between within beyond against along over under "
    "amid besides while where when then meanwhile also".split())
_ADJECTIVE_USE = re.compile(r"^\s+(?!(?:and|or|in|on|at|to|for|from|of|by|with|is|was|are|were|has|have|had|will|would|said|says|last|this|next|since|after|before|until|as|but|so|than|that|which|who)\b)[a-z]{3,}")
_NAME_WORD_BEFORE = re.compile(r"\b(?:(?:last|family|first|given|sur)[\s-]?name|nicknamed?)\s+(?:of\s+|is\s+|was\s+)?$", re.I)
_PERSON_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Sgt|Lt|Capt|Rep|Sen|Gov|Pres|St|Prof)\.?|\b(?:President|Minister|King|Queen|Prince|Sheikh|General|Governor|Mayor|Judge|Coach|Senator|Pastor|Rev|Lord|Lady)\s"
                            # a peer's title ("the Duke of Sussex", "Earl of Snowdon"): a person, no event's place
                            r"|\b(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Baron|Baroness)\s+of\s"
                            # kin, as death notices name them: "her son John (Boston) and daughter Ann (Limerick)"
                            r"|\b(?:son|daughter|wife|husband|brother|sister|mother|father|grandson|granddaughter|nephew|niece|aunt|uncle|cousin|widow|widower)\s)\s*$")



def _person_title_before(text: str, start: int) -> bool:
    """Whether a title or a kinship word stands right before ``start`` ("Gov.", "Mayor", "daughter")."""
    return _PERSON_BEFORE.search(text[max(0, start - 16):start]) is not None


@dataclass(frozen=True)
class Candidate:
    """A recognised name: its span, lookup key, the gazetteer places it may be, and its role."""

    start: int
    end: int
    key: str
    places: tuple[int, ...]
    role: str  # "location" | "demonym" | "dateline"
    fuzzy: bool = False
    fuzzy_small: bool = False  # a misspelling only of small towns: kept only where the story names their country


def misspellings_in_context(g: Gazetteer, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each misspelt (fuzzy) name kept only as places in a country the document names
    otherwise: "Dier Ezzor" in a story about Syria, but not "Kisima" as Akishima in a story about Kenya.
    A country is named by a country or demonym, or by a name whose readings all lie in that one country.
    A document that names no country this way keeps its misspellings: nothing speaks against them."""
    if not any(c.fuzzy for c in candidates):
        return candidates
    named = set()
    for c in candidates:
        if not c.fuzzy and len(countries := {str(g.country[p]) for p in c.places}) == 1:
            named |= countries
    if not named:
        return [c for c in candidates if not c.fuzzy_small]
    kept = []
    for c in candidates:
        if c.fuzzy:
            places = tuple(p for p in c.places if str(g.country[p]) in named)
            if not places:
                continue
            c = replace(c, places=places)
        kept.append(c)
    return kept


PERSON_NAME_ZIPF = 5.0  # a name this frequent in English is a word first ("May", "Hope"), whatever else it is
SMALL_TOWN_SPELLING = 88  # rapidfuzz ratio from which one word is a small town's name misspelt (see Recognizer._fuzzy)
TOWN_IN_COUNTY_KM = 40.0  # a town within this distance of a county's point lies in it, or by it (also for the resolver)


def counties_named_alone(g: Gazetteer, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` where a story names "X County" and later "X" alone: that X is the county ("the DeKalb County
    Commission ... unincorporated DeKalb"), or a town of its name in it; not where X may be a state or a country
    ("Washington County" leaves "Washington" as it is)."""
    counties: dict[str, list[int]] = {}
    for c in candidates:
        if c.key.endswith((" county", " parish")) and all(g.kind_of(p) == "county" for p in c.places):
            counties.setdefault(c.key.rsplit(" ", 1)[0], []).extend(c.places)
    if not counties:
        return candidates
    out = []
    for c in candidates:
        named = counties.get(c.key)
        if named and c.role == "location" and all(g.kind_of(p) == "city" for p in c.places):
            towns = tuple(p for p in c.places if any(g.distance_km(p, q) < TOWN_IN_COUNTY_KM for q in named))
            c = replace(c, places=towns + tuple(dict.fromkeys(named)))
        out.append(c)
    return out


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def _before_a_noun(text: str, tokens: list[tuple[int, int, str]], i: int, end: int) -> bool:
    """Whether the word at token ``i`` (ending at ``end``) stands like an adjective: a lower-case word, likely a noun,
    follows ("Tigrayan forces"), and no name before it makes it a surname ("Jahan Nazarian was")."""
    if _NOUN_AFTER.match(text, end) is None:
        return False
    if i == 0:
        return True
    _, e, before = tokens[i - 1]
    return not (_capitalised(before) and text[e:tokens[i][0]] == " " and before.lower() not in _NOT_NAME_WORDS)


def _article_start(text: str, start: int) -> int:
    """Where a name at ``start`` begins with the lower-case Arabic article before it ("in al-Hazm": at "al-")."""
    if text[start - 1:start] != "-":
        return start
    m = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    return m.start() if m else start


_SCORE_AFTER = re.compile(r"\s+\d{1,2}-\d{1,2}\b")


def _given_a_score(text: str, name: str) -> bool:
    """Whether ``name`` is followed by a score somewhere in ``text`` ("Ittihad 4-1"): a team's name."""
    at = text.find(name)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and _SCORE_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_TOLD_BEFORE = re.compile(r"\b(?:told|tell|texted|text|rang|ring|called|call|promised|promise|asked|ask|assured|warned|emailed|"
                          r"messaged|reminded|informed|wrote\s+to|write\s+to)\s+$", re.I)
# after a region's name, the end of its phrase or a noun of places ("the German Rhineland.", "the Mexican Sonora desert")
_REGION_ENDS_AFTER = re.compile(r"\s*(?:[.;:!?)]|$)|\s+(?:region|state|province|desert|valley|coast|border|countryside|plains?|"
                                r"hills|mountains|highlands|lowlands|heartland|interior|area)\b")


def _placed_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` say that a place follows ("in", "near", "residents of"; "in al-Hazm")."""
    start = _article_start(text, start)
    return _LOCATIVE_BEFORE.search(text, max(0, start - 32), start) is not None \
        or _PLACE_NOUN_OF_BEFORE.search(text, max(0, start - 25), start) is not None


# a place after a preposition and "the" is where the speakers are, not one of them: "Barge operators on the Yangtze said"
_ON_THE_BEFORE = re.compile(r"\b(?:on|along|down|up|across|in|at|near|from|off|over|beside|by|of)\s+the\s+$", re.I)


def _said_by(text: str, start: int, end: int) -> bool:
    """ '"...," said Clifford in a statement': the speaker named after the quote and its verb."""
    return _SAID_AFTER_QUOTE.search(text, max(0, start - 16), start) is not None and _SPEAKER_END.match(text, end) is not None


_SAID_AFTER_QUOTE = re.compile(r"[\"”’,]\s*(?:said|says|added|asked|wrote|explained|noted|stated)\s+$")
_SPEAKER_END = re.compile(r"\s*[.,;:]|\s+in\s+(?:a|an|his|her|their|the)\s+(?:statement|interview|e-?mail|letter|post|tweet)\b")


def _according_to(text: str, start: int, end: int) -> bool:
    """ "according to Taylor.": who speaks (not "according to Rochester Fire Department Capt. Keefe")."""
    return _ACCORDING_TO_BEFORE.search(text, max(0, start - 14), start) is not None and _CLAUSE_END.match(text, end) is not None


def _placed_in_list_or_address(text: str, start: int, end: int, kind: str, found_so_far: Sequence[tuple[Candidate, bool]]) -> bool:
    """Whether the words before a name say a place follows: a locative ("in Karachi"), one before the list the
    name ends ("officials in Karachi and Hyderabad said") or is inside ("residents of Keizer, Turner and Independence"),
    or, for a state or province, the town and comma of an address just before it ("police in Barrie, Ontario said")."""
    start = _article_start(text, start)
    if _placed_before(text, start) or text[max(0, start - 4):start].endswith(("and ", "or ")) \
            and _LOCATIVE_LIST_BEFORE.search(text, max(0, start - 80), start):  # (a list ends in "and" or "or": a quick test first)
        return True
    if text[max(0, start - 2):start] == ", " and _LOCATIVE_LIST_START.search(text, max(0, start - 80), start) \
            and _LIST_GOES_ON.match(text, end):
        return True
    return kind in ("region", "country") and bool(found_so_far) and text[found_so_far[-1][0].end:start] == ", "


_DISEASE_NAMED = re.compile(rf"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?i:{_DISEASE_AFTER.pattern})")


def _diseases_named(text: str) -> frozenset[str]:
    """The keys of the names ``text`` gives a disease ("Marburg virus", "Lassa fever"): in that story the name
    alone is the disease too, where its place is a town (a region, "Rift Valley", stays the region)."""
    if "virus" not in text and "fever" not in text and "disease" not in text:
        return frozenset()
    names = [m.group(1) for m in _DISEASE_NAMED.finditer(text)]  # "The Marburg virus": "the marburg" and "marburg"
    return frozenset(normalize(part) for name in names for part in {name, name.rpartition(" ")[2]})


def _named_before_who(text: str, start: int, end: int) -> bool:
    """ "Hailey, who was born": a person; not "a man of Roswell, who", "St Ailbe's Drive, Tipperary, who"."""
    return _WHO_AFTER.match(text, end) is not None and not _WHOSE_TOWN_BEFORE.search(text, max(0, start - 8), start)


def _language_use(text: str, start: int, end: int) -> bool:
    """Whether the demonym at text[start:end] names a language: "learned English", "in English and Spanish.",
    "English language learners", "French immersion"."""
    if _LANGUAGE_AFTER.match(text, end) or _LANGUAGE_BEFORE.search(text, max(0, start - 60), start):
        return True
    # "in English", "into Arabic" only as a whole phrase ("aired in English and Spanish"), not "in French cities", "into
    # Georgian banks"
    return bool(_IN_LANGUAGE.search(text, max(0, start - 60), start)) and _LANGUAGE_LIST_END.match(text, end) is not None
    # ("known in Russian as Ugledar"; not "in Romanian and Ukrainian fowl")


_COMPANY_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|stock|shareholders|owner|chief\s+executive|CEO|boss|brand|handsets|smartphones|"
                            r"phones|products|executives)\b")
_VESSELS = frozenset("cruiser frigate destroyer warship submarine tanker corvette icebreaker freighter trawler yacht".split())
_VESSEL_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:\w+\s+)?(?:{'|'.join(sorted(_VESSELS))})\s+$")  # (not "its flagship London store")
_LANGUAGE_LIST_END = re.compile(r"(?:(?:,\s+|,?\s+(?:and|or)\s+)[A-Z][a-z]+)*\s*(?:[,.;:)]|$|\s+as\s)")


# a society's or a charity's name that opens with a demonym names no country ("the American Heart Association"),
# unlike a state's institution ("the Russian Defence Ministry", "Syrian Army")
_SOCIETY_WORDS = frozenset("association society cross foundation institute academy league club orchestra "
                           "church college chamber federation alliance coalition act".split())


def _name_ends_in(tokens: list[tuple[int, int, str]], j: int, text: str, words: frozenset[str]) -> bool:
    """Whether the capitalised words from ``tokens[j]`` on reach one of ``words`` within five tokens
    ("Historical Society", "Convention and Visitors Bureau")."""
    for k in range(j, min(j + 5, len(tokens))):
        if k > j and text[tokens[k - 1][1]:tokens[k][0]] != " ":
            return False
        word = tokens[k][2]
        if word.lower() in words:
            return True
        if not _capitalised(word) and word not in ("and", "of", "for"):
            return False
    return False


def _capitalised(token: str) -> bool:
    first = token[:1]
    if first.isupper():
        return True
    if first in ("d", "l") and token[1:2] in ("'", "’"):  # an elided article: "Côte d'Ivoire", "Val-d'Oise"
        return _capitalised(token[2:])
    if first == "e" and token[1:2].isupper() and token[2:3].islower():  # a Nguni locative prefix: "eThekwini", "eSwatini"
        return True
    return not first.isascii() and first.isalpha() and not first.islower()


def _joinable(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return gap in (" ", "-", "- ", " - ", " & ") or gap == ". " and (  # "Trinidad & Tobago"; "St. Louis", "Sault Ste. Marie"
        text[end - 2:end].lower() in ("st", "ft", "mt", "pt") or text[end - 3:end].lower() == "ste"
        or text[end - 2:end] == "Co" and not text[end - 3:end - 2].isalpha())  # "Co. Tyrone"


def _joinable_run(text: str, tokens: list[tuple[int, int, str]], i: int, j: int) -> bool:
    return all(_joinable(text, tokens[k - 1][1], tokens[k][0]) for k in range(i + 1, j))


# "Barry M. George"; not "World War I. Paris", "Hepatitis B. Paris" (a numeral or a letter that names a thing)
_NO_INITIAL_AFTER = "War|Phase|Part|Chapter|Title|Section|Class|Type|Grade|Plan|Group|Vitamin|Hepatitis|Category|Division"
_MIDDLE_INITIAL = re.compile(rf"\b(?!(?:{_NO_INITIAL_AFTER}) )[A-Z][a-z]+ (?:[A-Z]\. )+$")  # "Albert R. T. Lim" too
_TITLE_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Rev|Gen|Col|Sgt|Lt|Capt|Gov|Sen|Rep|Prof|St|Jr|Sr)\.\s+$")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    if before.endswith(" ") and _TITLE_ABBREVIATION.search(text, max(0, start - 8), start):
        return False  # "The Rev. Al Meredith": a title's full stop ends no sentence
    if before.endswith(". ") and _MIDDLE_INITIAL.search(text, max(0, start - 24), start):
        return False  # "Barry M. George": nor does a middle initial's
    return start == 0 or before.strip() == "" and ("\n" in before or start < 3) or bool(re.search(r"[.!?:]['\"”’)]?\s+$", before)) or bool(re.search(r"[\"“(]$", before))


class Recognizer:
    """Finds place-name candidates in a text with a :class:`Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer, max_tokens: int = 5) -> None:
        self.gazetteer = gazetteer
        self.max_tokens = max_tokens
        g = gazetteer
        regions = np.flatnonzero(g.kind == KINDS.index("region")).tolist()
        self._states = {str(g.admin1[i])[3:]: i for i in regions if str(g.admin1[i]).startswith("US-")}
        self._provinces = {str(g.admin1[i]): i for i in regions if str(g.admin1[i]) in PROVINCE_ABBREVIATIONS.values()}
        self._seat_of = {town: region for region, town in g.namesakes.items()}  # the region a town is the seat of
        # US towns known only from their ZIP codes (no GeoNames id): read only with their state (see _scan)
        self._zip_towns = frozenset(np.flatnonzero((g.geonameid < 0) & (g.kind == KINDS.index("city"))).tolist())
        self._zip_key: Memo[str, bool] = Memo(lambda key: not self._zip_towns.isdisjoint(g.candidates(key)))
        self._without_zip_towns: Memo[tuple[int, ...], tuple[int, ...]] = Memo(
            lambda places: tuple(p for p in places if p not in self._zip_towns))
        self._zip_towns_of: Memo[tuple[int, ...], tuple[tuple[int, str], ...]] = Memo(  # with their states
            lambda places: tuple((p, str(g.admin1[p])) for p in places if p in self._zip_towns))
        # a state named anywhere in a text, in full or as AP writes it: where its ZIP-code towns may be read
        named = {g.canonical[i]: code for code, i in self._states.items()} | {a: c for a, c in AP_STATES.items() if "." in a}
        self._state_names: dict[str, list[tuple[re.Pattern[str], str]]] = {}  # by the name's first word, as tokenised
        for name, code in named.items():
            first = _TOKEN.match(name)
            if first is not None:
                self._state_names.setdefault(first.group(0), []).append(
                    (re.compile(r"(?<![\w.])" + re.escape(name) + r"(?!\w)"), code))
        # each country's capital (its most populous one where GeoNames marks several)
        capitals = sorted(g.capitals, key=lambda i: int(g.population[i]))
        self._capital_of = {str(g.country[i]): i for i in capitals if g.kind_of(i) == "city"}
        self._key: Memo[str, str] = Memo(normalize)  # news repeats the same names
        # whether some name goes on after a run of words ("New" before "New York"): asked of every capitalised word
        self._goes_on: Memo[str, bool] = Memo(lambda run: next(g.names.iterkeys(prefix_key(run) + " "), None) is not None)
        self._best_reading: Memo[tuple[str, tuple[int, ...]], int] = Memo(
            lambda kp: max(kp[1], key=lambda p: g.name_prior(p, kp[0])))
        self._may_be_country: Memo[tuple[int, ...], bool] = Memo(  # "Washington" has hundreds of readings
            lambda places: any(g.kind_of(p) == "country" for p in places))

    def _lookup(self, key: str, surface: str, dateline: bool = False, adjective: bool = False,
                region_word: bool = False) -> tuple[tuple[int, ...], str] | None:
        g = self.gazetteer
        is_upper = surface.replace(".", "").replace(" ", "").isupper()
        compact = surface.replace(" ", "")
        if is_upper and len(compact.replace(".", "")) <= 4 and not dateline:
            # short all-caps: only known country codes like "US", "UK", "UAE" (never "IS", "AP", "HMS") ...
            if compact not in g.upper_aliases:
                return None
            # ... which mean what they abbreviate, not a town of that name ("EU" is no town Eu, France)
            abbreviated = tuple(p for p in g.candidates(key) if key not in g.own_name_keys(p) or g.kind_of(p) != "city")
            if key not in g.demonyms:
                return (abbreviated, "location") if abbreviated else None
        else:
            abbreviated = None
        if key in g.demonyms and (key not in ("us", "u s") or is_upper):
            places = abbreviated if abbreviated is not None else tuple(g.candidates(key))
            if region_word and any(g.kind_of(p) == "region" for p in places):
                return places, "location"  # "Ethiopia's Somali region": the region of that name, not the people's country
            country = self.demonym_country(key, places)
            return ((country,), "demonym") if country is not None else (places, "location")
        places = g.candidates(key)
        if places:
            return tuple(places), "location"
        derived = self.derived_demonym(key, adjective) if surface[:1].isupper() else ()
        return (derived, "demonym") if derived else None

    def demonym_country(self, key: str, places: Sequence[int]) -> int | None:
        """The country a demonym names ("Canadian": Canada, not Canadian, Texas), or the region of an own table's
        adjective ("Scottish": Scotland), unless a country bears the name itself ("US"); ``None`` for a word that is
        no demonym."""
        g = self.gazetteer
        if key not in g.demonyms or any(g.kind_of(p) == "country" for p in places):
            return None
        return g.demonyms[key]

    def derived_demonym(self, key: str, adjective: bool = False) -> tuple[int, ...]:
        """The regions a demonym derives from (countries' are in the tables): "ohioans" -> Ohio, "texans" -> Texas,
        "dagestani" -> Dagestan, "floridians" -> Florida, "gazans" -> Gaza (the Palestinian or the Mozambican
        province, which context decides); and with ``adjective`` (a lower-case word follows), the singular of a
        longer stem: "Tigrayan forces" -> Tigray, "Crimean ports" -> Crimea (not "Logan", "Adrian": first
        names are no demonyms). The stem must open the name, the name be at most three letters longer than
        the stem, and the shortest such names win ("virginians": Virginia, not the Virgin Islands)."""
        m = _DEMONYM_ENDING.search(key)
        if m is None and adjective:
            m = _SINGULAR_DEMONYM_ENDING.search(key)
            if m is not None and (m.start() < 5 or key in self.gazetteer.first_names
                                  or self.gazetteer.zipf(key) >= SINGULAR_DEMONYM_ZIPF):
                return ()
        if m is None or " " in key[:m.start()] and not key.startswith(("north ", "south ", "east ", "west ", "new ")):
            return ()
        stem = key[:m.start()]
        if len(stem) < (6 if m.group(0) == "i" else 3):  # "Dagestani", not "Ghazi" or "Levi"
            return ()
        g = self.gazetteer
        found: dict[int, list[int]] = {}  # by the length of the name
        for name in g.names.keys(stem):
            if len(name) > len(stem) + 3 or " " in name[len(stem):]:
                continue
            for p in g.candidates(name):
                if g.kind_of(p) in ("region", "continent"):  # countries' demonyms are in the tables
                    found.setdefault(len(name), []).append(p)
        if not found:
            return ()
        # the name the demonym adds "n" to ("Tasmanian": Tasmania, not New Zealand's Tasman), else the shortest
        plain = len(key.removesuffix("s")) - 1
        best = plain if plain in found and key.removesuffix("s").endswith("an") else min(found)
        return tuple(sorted(set(found[best]), key=lambda p: (-g.prior(p), p)))

    def _acceptable(self, text: str, start: int, end: int, key: str, places: tuple[int, ...], role: str, n_tokens: int) -> bool:
        g = self.gazetteer
        surface = text[start:end]
        if n_tokens == 1 and key in STOP_WORDS and not (key in FAMOUS_SURNAMES and (
                self._famous_surname_placed(text, start, end) or self._state_after(text, end))) \
                or key in NOT_PLACES:
            return False  # (but "Clinton, Iowa", "CLINTON, Iowa —": the state after it says which town)
        if _ONLY_COMPASS.fullmatch(surface) and _CAPITAL_NEXT.match(text, end):
            return False  # "North-Western Sydney", "North Western Sydney": a part of the next place, not Zambia's province
        if surface in _WEEKDAY_ABBREVIATIONS and _NUMBER_AFTER.match(text, end):
            return False  # "Mon 11 Mar 2024": a weekday, not Myanmar's Mon State
        if role != "demonym" and _BENCHMARK_AFTER.match(text, end):
            return False  # "Brent crude", "Urals blend", "Dubai crude": an oil price, named after a field or a port
        if _DISEASE_AFTER.match(text, end) or key == "nile" and text[max(0, start - 5):start] == "West ":
            return False  # "Marburg virus", "Lassa fever", "West Nile virus": a disease's name ("West Nile cases" too)
        if text[max(0, start - 12):start].rstrip().rpartition(" ")[2] in _VESSELS and _VESSEL_BEFORE.search(text, max(0, start - 40), start):
            return False  # "the cruiser Moskva", "the tanker Tripoli": a ship named after a place
        if _STREET_AFTER.match(text, end):
            return False  # "6016 Dublin Road", "Clarksville Street": a street named after a town
        if _NEWSPAPER_AFTER.match(text, end) or text[start - 3:start] in _NEWS_OUTLET_ENDS \
                and _NEWS_OUTLET_BEFORE.search(text, max(0, start - 14), start):
            return False  # "the New York Times", "Agence France-Presse", "Voice of America": news, not where anything happens
        if text[start - 2:start] in _ORDINAL_ENDS and _ORDINAL_BEFORE.search(text, max(0, start - 8), start):
            return False  # "South 13th Terrace", "S.W. Second Terrace": a street or a unit, after an ordinal
        if _HOLIDAY_AFTER.match(text, end):
            return False  # "St. Patrick's Day", "Columbus Day", "Victoria Day": a holiday
        if start >= 2 and text[start - 1] == "-" and text[start - 2] in _BRAND_LETTERS and (start == 2 or not text[start - 3].isalnum()):
            return False  # "T-Mobile", "E-Trade": a brand, not Mobile (but "R-Texas" is a party and a state)
        if surface in _MAKES and (MODEL_YEAR_BEFORE.search(text[max(0, start - 50):start]) or _MODEL_AFTER.match(text, end)
                                         or THE_BEFORE.search(text[max(0, start - 4):start]) and surface in _MAKES_NOT_PLACES):
            return False  # "a 2003 Lincoln", "a Honda Accord", "the Toyota failed to yield": a car
        if key.startswith("saint ") and _SAINTS_INSTITUTION_AFTER.match(text, end):
            return False  # "St. Peter's Square", "St. Paul's Cathedral": not the town named after the saint
        if text[start - 4:start] in ("Pan ", "Pan-", "pan-"):
            return False  # "the Pan American Health Organization", "pan-African": no one country
        if text[start - 10:start] == "Operation ":
            return False  # "Operation Olive Branch", "Operation Euphrates Shield": a military operation's name
        if key in _LANGUAGES and _language_use(text, start, end):
            return False  # "she learned English", "in Punjabi and Hindi", "into Farsi" (a town's name too)
        if role == "demonym":  # ("inter-Palestinian talks" are the Palestinians')
            return True
        if text[start - 1:start] == "-" and _PREFIX_BEFORE.search(text, max(0, start - 7), start):
            return False  # "euro-Atlantic integration", "trans-Pacific trade": an adjective, no place
        best = self._best(key, places)
        best_kind = g.kind_of(best)
        prominent = best_kind in ("country", "region", "county", "continent") or int(g.population[best]) >= 1_000_000
        if best_kind in ("city", "county") and n_tokens == 1 and (
                _AMPERSAND_AFTER.match(text, end) or _AMPERSAND_BEFORE.search(text, max(0, start - 30), start)):
            return False  # "Hartman & Tyner Inc.": a firm named after people, not the town
        if (_STREET_PAIR_AFTER.match(text, end) or _STREETS_AFTER.match(text, end)
                and _STREET_PAIR_BEFORE.search(text, max(0, start - 40), start)) and best_kind in ("city", "county", "region") \
                and (best_kind != "city" or int(g.population[best]) < 100_000):
            return False  # "Lakeview and Harrison streets", "Virginia and Maryland avenues" (but "Cairo and Alexandria streets")
        if best_kind == "city" and int(g.population[best]) < 100_000 and _COMPANY_AFTER.match(text, end) \
                and not _placed_before(text, start):
            return False  # "Nokia shares fell", "Zara owner Inditex": a firm named like a small town ("Tokyo stocks" are the market's)
        if best_kind == "city" and int(g.population[best]) < 100_000 and (
                _UNIT_AFTER.match(text, end) and not _placed_before(text, start)
                or _UNIT_BEFORE.search(text, max(0, start - 12), start)):
            return False  # "Wagner fighters", "the Azov regiment": a group named like a small town, not the town
        if surface.isupper() and len(surface) > 4 and not prominent and int(g.population[best]) < 100_000 \
                and not ((self._at_dateline(text, start, end) or self._dateline_after_sentence(text, start, end))
                         and (n_tokens > 1 or not g.is_common_word(key) or self._state_after(text, end))):
            return False  # "UPDATE", "NEWS" headings; but "... said. DANIELSVILLE - Madison County ..." is a dateline (and
            # "RIDGE FARM, Ill. (AP) -", and a line's "MOCOA, Colombia (AP) -", whatever the length of its country's name)
        if n_tokens == 1 and g.is_common_word(key) and key not in FAMOUS_SURNAMES:  # (frequent as people, placed above)
            # a region of under a million people named by a common word ("Gulf", Papua New Guinea; "Store",
            # Slovenia) is not what a news story means by the word
            prominent = best_kind in ("country", "continent", "county") or int(g.population[best]) >= 1_000_000 \
                or best_kind == "region" and float(g.priors[best]) >= REGION_PRIOR
            locative = _LOCATIVE_OR_OF_BEFORE.search(text, max(0, start - 12), start)
            # a common word is a place when it is a big one, or a fair-sized town after a locative, or a
            # city of 100,000+ written capitalised mid-sentence ("a Denver judge", "Buffalo schools")
            population = int(g.population[best])
            initial = _sentence_initial(text, start)
            # at a sentence's start only a city's name that is a rarer word counts ("Atlanta police", not "Reading the")
            big_city = population >= CITY_OVER_WORD
            big = big_city and (not initial or g.zipf(key) < 4.5 or self._at_dateline(text, start, end)
                                                     or surface.isupper() and self._dateline_after_sentence(text, start, end))
            named_a_town = _TOWN_OF_BEFORE.search(text, max(0, start - 20), start) is not None \
                or _TOWN_APPOSITIVE_AFTER.match(text, end) is not None \
                or not initial and population >= CAPTURED_TOWN and _CAPTURED_BEFORE.search(text, max(0, start - 14), start) is not None
            # ("the town of Sake", "Sake, a town on the road", "the army retook Hit and Rutba")
            if best_kind == "region" and REGION_WORD_AFTER.match(text, end):
                named_a_town = True  # "in Unity state", "Delta state": the region, named with its kind
            if not (prominent or locative and population >= 50_000 or big or named_a_town) or initial and not (prominent or big):
                if not (self._state_after(text, end)  # "in Hudson, Ohio": an address says which Hudson, and that it is one
                        or _DISTANCE_BEFORE.search(text, max(0, start - 40), start)
                        or initial and big_city and self._listed_with_a_capital(text, end)
                        or initial and best in g.capitals and STATE_ACTS_AFTER.match(text, end)
                        or not initial and self._listed_near(text, start, end, places)):
                    return False
        if _person_title_before(text, start):
            return False
        return True

    def _neighbour_proper(self, tokens: list[tuple[int, int, str]], i: int, j: int, text: str) -> str | None:
        """Whether the match tokens[i:j] sits inside a longer proper name, and on which side: "before"
        ("Stephen Lendman": a person's surname) or "after" ("Jackson Hole Bank"); ``None`` when it does not."""
        before = text[max(0, tokens[i][0] - 40):tokens[i][0]]
        if before.endswith(_PARTICLE_ENDINGS) and _NAME_PARTICLE_BEFORE.search(before):
            return "before"  # "Luc van den Brande", "Leonardo da Vinci": a surname after its particle
        if before.endswith(" ") and _NAME_WORD_BEFORE.search(before):
            return "before"  # "identified only by his last name of Lu", "surname Lu": a person's name
        if i > 0:
            s, e, tok = tokens[i - 1]
            if len(tok) == 1 and tok.isupper() and text[e:tokens[i][0]] == ". " and i > 1 \
                    and _MIDDLE_INITIAL.search(text, max(0, tokens[i][0] - 30), tokens[i][0]):
                return "before"  # a middle initial: "Matthew D. Flores"
            if _capitalised(tok) and text[e:tokens[i][0]] == " " and tok.lower() not in _NOT_NAME_WORDS \
                    and not _CAMEL_CASE.match(tok) and not _COMPASS.fullmatch(tok) \
                    and tok.lower() not in _TITLE_WORDS and tok.lower() not in _PLACE_WORDS_BEFORE \
                    and (not _sentence_initial(text, s) or self.gazetteer.zipf(tok.lower()) < 4.5
                         or tok.lower() in self.gazetteer.first_names):
                return "before"  # "Stephen Lendman", "Steve Ripley" (a first name, however frequent, may open the sentence)
        if _ARABIC_NAME_AFTER.match(text, tokens[j - 1][1]) or _NAME_PARTICLE_AFTER.match(text, tokens[j - 1][1]):
            return "after"  # "Abbas al-Sayed", "Hassan a-Sayed", "Luc van den Brande": a person's name goes on
        if j < len(tokens):
            s, e, tok = tokens[j]
            if _capitalised(tok) and text[tokens[j - 1][1]:s] == " " and tok.lower() not in _NOT_NAME_WORDS:
                if not re.match(_REGION_WORDS, tok, re.I) and not self._names_an_institution(tokens, j, text):
                    return "after"
        return None

    def _nation_before(self, tokens: list[tuple[int, int, str]], i: int, text: str) -> str | None:
        """The country code of the nation whose adjective is the word right before token ``i`` ("Indian" before
        "Haryana"), or ``None``."""
        if i == 0 or text[tokens[i - 1][1]:tokens[i][0]] != " ":
            return None
        nation = self.gazetteer.demonyms.get(self._key[tokens[i - 1][2]])
        return str(self.gazetteer.country[nation]) if nation is not None and self.gazetteer.kind_of(nation) == "country" else None

    def _double_first_name(self, tokens: list[tuple[int, int, str]], i: int, j: int, text: str) -> bool:
        """Whether the word tokens[i] ends a hyphenated first name before a surname: "Marie-France Dupont",
        "Anne-Victoria Lenz" (a first name, a hyphen, this word, a capitalised word); not "Syria-Turkey border"
        nor "the Georgia-Florida game" (no first name before the hyphen, or no name after)."""
        if i == 0 or j >= len(tokens) or text[tokens[i - 1][1]:tokens[i][0]] != "-" \
                or text[tokens[i][1]:tokens[j][0]] != " " or not _capitalised(tokens[j][2]):
            return False
        first, surname = tokens[i - 1][2], tokens[j][2]
        return _capitalised(first) and first.lower() in self.gazetteer.first_names \
            and surname.lower() not in _NOT_NAME_WORDS

    def _second_of_a_double_name(self, tokens: list[tuple[int, int, str]], i: int, text: str,
                                 found_so_far: Sequence[tuple[Candidate, bool]]) -> bool:
        """Whether token ``i`` ends a person's double-barrelled name: a first name, a capitalised word and a hyphen
        before it that make no place ("Joaquin Navarro-Valls", "Amir Abdul-Hamid"); not "Syria-Turkey",
        "Kharkiv-Belgorod" (a country, a region or a city of 100,000 or more before the hyphen), "Tal Abyad-Raqqa"
        (a place found just before), "Sen. Robert Ford, D-Charleston" (a party's letter) nor "of Chabad-Shadyside"."""
        if i < 2 or text[tokens[i - 1][1]:tokens[i][0]] != "-" or not _capitalised(tokens[i - 1][2]):
            return False
        first, middle = tokens[i - 2][2], tokens[i - 1][2]
        if len(middle) < 3 or middle.isupper() or not _capitalised(first) or text[tokens[i - 2][1]:tokens[i - 1][0]] != " " \
                or first.lower() in _NOT_NAME_WORDS:
            return False
        if found_so_far and found_so_far[-1][0].end == tokens[i - 1][1]:
            return False
        g = self.gazetteer
        word = normalize(tokens[i - 1][2])
        return word not in g.demonyms and not any(
            g.kind_of(p) != "city" or int(g.population[p]) >= 100_000 for p in g.candidates(word))

    @staticmethod
    def _names_an_institution(tokens: list[tuple[int, int, str]], j: int, text: str) -> bool:
        """Whether the capitalised words from ``tokens[j]`` on end in an institution word ("Dublin Historical
        Society", "Florida Highway Patrol"): the place before them is where the institution is, and counts."""
        return _name_ends_in(tokens, j, text, _INSTITUTION_WORDS)

    def _special(self, text: str) -> list[Candidate]:
        """AP-style state abbreviations ("Ga.") and US counties ("Walker County", "Orleans Parish")."""
        found = []
        for m in _AP_STATE.finditer(text):
            if not (_AP_STATE_BEFORE.search(text, max(0, m.start() - 3), m.start())
                    or _AP_STATE_INSTITUTION.match(text, max(0, m.start() - 4)) and m.start() >= 4
                    and (m.group(0) not in _AP_STATE_WORDS or _AP_STATE_OFFICE_AFTER.match(text, m.end()))
                    or _AP_STATE_ADJECTIVE.match(text, m.end()) or _AP_STATE_BODY_AFTER.match(text, m.end())):
                continue
            region = self._us_state(AP_STATES[m.group(0)])
            if region is not None:
                found.append(Candidate(m.start(), m.end(), m.group(0), (region,), self._role(text, m.start(), m.end(), (region,), "location")))
        for m in _PROVINCE_ABBREVIATION.finditer(text) if "." in text else ():
            region = self._provinces.get(PROVINCE_ABBREVIATIONS[m.group(1)])
            if region is not None and _TOWN_BEFORE_COMMA.search(text, max(0, m.start() - 30), m.start()):
                found.append(Candidate(m.start(1), m.end(1), normalize(m.group(1)), (region,), "location"))
        for m in _PARTY_STATE.finditer(text) if "D-" in text or "R-" in text or "I-" in text else ():
            state = m.group("state")
            region = self._us_state(state if state.isupper() else AP_STATES[state + "."])
            if region is not None:
                found.append(Candidate(m.start("state"), m.end("state"), normalize(state), (region,), "demonym"))
        found.extend(self.listed_divisions(text))
        found.extend(self._hashtags(text) if "#" in text else ())
        found.extend(self._headline_places(text))
        counties = _COUNTY.finditer(text) if ("County" in text or "Parish" in text or "Borough" in text) else ()
        for m in counties:
            # "In Walker County": the name may be one word shorter than the match
            starts = [m.start()] + [m.start() + k.end() for k in re.finditer(r"\S+\s", m.group("name"))][:1]
            for start in starts:
                candidate = self._county(text, start, m.end())
                if candidate is not None:
                    found.append(candidate)
                    break
        return found

    def _everyday(self, key: str) -> bool:
        """Whether a one-word key is an everyday word or a stop word, no name where capitals cannot tell."""
        return self.gazetteer.is_common_word(key) or key in STOP_WORDS

    def _prominent(self, p: int) -> bool:
        """A place a name standing where capitals cannot tell may be read as: a country, a region or a town of
        :data:`CITY_OVER_WORD` or more."""
        g = self.gazetteer
        return g.kind_of(p) in ("country", "region") or int(g.population[p]) >= CITY_OVER_WORD

    def _hashtags(self, text: str) -> list[Candidate]:
        """Places tagged as channels and posts tag them: "#Kharkiv", "#kharkiv", "#TelAviv" (its words apart), when
        the tag is a country, a region or a town of 100,000 or more and no everyday word ("#breaking", "#war")."""
        g = self.gazetteer
        found = []
        for m in _HASHTAG.finditer(text):
            key = normalize(_CAMEL_WORDS.sub(r"\1 \2", m.group(1)))
            if self._everyday(key):
                continue
            places = tuple(p for p in g.candidates(key) if self._prominent(p))
            if places:
                found.append(Candidate(m.start(1), m.end(1), key, places, "location"))
        return found

    def _headline_places(self, text: str) -> list[Candidate]:
        """Places in a headline written in Title Case or in capitals ("RUSSIAN STRIKES HIT ODESA PORT", "Blast In
        Karachi Kills 2"), where every word is capitalised and capitals say nothing of names: the longest run of
        up to three words that is a country, a region or a city of 100,000 or more, and no everyday word."""
        g = self.gazetteer
        found: list[Candidate] = []
        for line in _LINE.finditer(text):
            if len(line.group(0)) > HEADLINE_CHARS:
                continue  # a paragraph, not a headline (a quick test first)
            words = _HEADLINE_WORD.findall(line.group(0))
            if len(words) < 3 or any(not w[:1].isupper() and w not in _HEADLINE_SMALL_WORDS for w in words) \
                    or _SENTENCE_INSIDE.search(line.group(0)):
                continue
            tokens = [(line.start() + s, line.start() + e, t) for s, e, t in _tokens(line.group(0))]
            i = 0
            while i < len(tokens):
                for j in range(min(i + 3, len(tokens)), i, -1):
                    start, end = tokens[i][0], tokens[j - 1][1]
                    key = normalize(text[start:end])
                    if " " not in key and (self._everyday(key) or key in g.first_names):
                        continue
                    places = tuple(g.candidates(key))
                    if any(self._prominent(p) for p in places) and key not in g.demonyms and key not in NOT_PLACES \
                            and not any(pattern.match(text, end) for pattern in _NAMED_AFTER_A_PLACE):
                        found.append(Candidate(start, end, key, places, "location"))
                        i = j - 1
                        break
                i += 1
        return found

    def listed_divisions(self, text: str) -> list[Candidate]:
        """The names of a list that ends in a plural division ("Preble and Darke counties", "the Donetsk and
        Luhansk regions"), each read as the county, parish or region so named (a name the gazetteer has no such
        division for is left out)."""
        if not any(word in text for word in _DIVISION_WORDS):
            return []
        g = self.gazetteer
        found = []
        matches = [(m, m.start(), m.start("word")) for m in _DIVISION_LIST.finditer(text)] \
            + [(m, m.end("word") + 4, m.end()) for m in _DIVISION_LIST_AFTER.finditer(text)]  # (after "... of ")
        for m, names_start, names_end in matches:
            word = _DIVISION_WORDS[m.group("word")]
            for name in _LISTED_NAME.finditer(text, names_start, names_end):
                key = normalize(name.group(0))
                if word in ("county", "parish"):
                    key += " " + word
                    places = tuple(p for p in g.candidates(key) if g.kind_of(p) == "county")
                else:
                    places = tuple(p for k in (key, f"{key} {word}") for p in g.candidates(k) if g.kind_of(p) == "region")
                if places:
                    found.append(Candidate(name.start(), name.end(), key, places, "location"))
        return found

    def _county(self, text: str, start: int, end: int) -> Candidate | None:
        """A US county (resolved among the same-named ones by the document's state), else, for a county
        the gazetteer lacks, a town of the same name; but Britain's or Ireland's county before "Council" ("Kent County
        Council", "Clare County Council") in a story that names no US state ("Montgomery County Council", no British county's,
        stays Maryland's)."""
        g = self.gazetteer
        key = normalize(text[start:end])
        places = tuple(p for p in g.candidates(key) if g.kind_of(p) == "county")
        if key.endswith(" county") and text[end:end + 8] == " Council":
            isles = tuple(p for p in g.candidates(key[:-7]) if g.kind_of(p) == "county" and str(g.country[p]) in ("GB", "IE"))
            if isles:  # (both where the story names a US state: South Carolina's counties have councils, "York County Council")
                places = places + isles if self._states_in(text, _tokens(text)) else isles
                return Candidate(start, end, key, places, "location")
        if not places:
            name = key.rsplit(" ", 1)[0]
            places = tuple(p for p in g.candidates(name) if g.kind_of(p) == "city" and normalize(g.canonical[p]) == name)
        return Candidate(start, end, key, places, "location") if places else None

    def _placed_zip_towns(self, text: str, start: int, tokens: list[tuple[int, int, str]], j: int,
                          places: tuple[int, ...], states: frozenset[str]) -> tuple[int, ...]:
        """``places`` without the US towns known only from their ZIP codes ("Harwinton"), unless a locative or an
        institution says "place" (``tokens[j]`` follows the name) and the story names the town's state ("in
        Harwinton" or "the Harwinton Fire Department" with "Connecticut" or "Conn." in the text). (Where the
        state follows the name, "Harwinton, Conn.", the caller keeps them all.)"""
        kept = self._without_zip_towns[places]
        in_states = tuple(p for p, state in self._zip_towns_of[places] if state in states) if states else ()
        if in_states and (_placed_before(text, start) or j < len(tokens) and _capitalised(tokens[j][2])
                          and self._names_an_institution(tokens, j, text)):
            kept += in_states
        return kept

    def _states_in(self, text: str, tokens: list[tuple[int, int, str]]) -> frozenset[str]:
        """The US states ``text`` names, in full or as AP abbreviates them ("Conn."), by postal code; ``tokens``:
        the text's tokens, whose words select the few names to look for."""
        words = {tok for _, _, tok in tokens}
        return frozenset(code for word in words & self._state_names.keys()
                         for pattern, code in self._state_names[word] if pattern.search(text))

    def _listed_near(self, text: str, start: int, end: int, places: tuple[int, ...]) -> bool:
        """Whether the name at ``start:end`` is one of a list of places after a locative, and one of its readings lies
        within ``LISTED_NEAR_KM`` of a reading of another member that is no common word: "in Dover, Deal and Sandwich",
        "residents of Turner, Livermore Falls and Jay" (small towns named by common words, placed by their neighbours)."""
        lo = max(0, start - 80)
        listed = next((m for m in _PLACE_LIST.finditer(text, lo, min(len(text), end + 80)) if m.start() <= start and end <= m.end()), None)
        if listed is None or not (_LOCATIVE_OR_OF_BEFORE.search(text, max(0, listed.start() - 12), listed.start())
                                  or text[max(0, listed.start() - 8):listed.start()] == "between "):  # ("between Troy and Albany")
            return False
        g = self.gazetteer
        others = [key for member in _LIST_SEPARATOR.split(listed.group(0))
                  if (key := normalize(member)) and member != text[start:end] and not g.is_common_word(key) and key not in STOP_WORDS]
        near = [q for key in others for q in g.candidates(key)[:LISTED_READINGS]]
        return any(g.distance_km(p, q) <= LISTED_NEAR_KM for p in places[:LISTED_READINGS] for q in near)

    def _club_of_a_city(self, tokens: list[tuple[int, int, str]], i: int, places: tuple[int, ...]) -> bool:
        """Whether the name at token ``i``, read as the last word of a longer name, is rather a city of 100,000 or more
        that is no surname, after a rare word that is no first name: a club's ("Shakhtar Donetsk", "Terek Grozny",
        "Kawkab Marrakech"), which makes no person of the city's later mentions (but "Commissioner McKinney", "Agent
        Orange", "Detroit Edison" are people and things)."""
        g = self.gazetteer
        before = tokens[i - 1][2].lower() if i > 0 else ""
        return bool(before) and before not in g.first_names and tokens[i][2].lower() not in g.surnames \
            and g.zipf(before) < CLUB_WORD_ZIPF \
            and any(g.kind_of(p) == "city" and int(g.population[p]) >= CITY_OVER_WORD for p in places)

    def _state_after(self, text: str, end: int) -> bool:
        """Whether a US state follows ``end`` after a comma: "Harwinton, Conn.", "Grantville, Pennsylvania"."""
        m = _NAME_AFTER_COMMA.match(text, end)
        if m is None:
            return False
        g = self.gazetteer
        words = m.group(1).split()
        return any(self.ap_state(name) is not None
                   or any(g.kind_of(p) == "region" and str(g.country[p]) == "US" for p in g.candidates(normalize(name)))
                   for name in {" ".join(words), words[0]})

    def _listed_with_a_capital(self, text: str, end: int) -> bool:
        """Whether a country or a capital city follows ``end`` in a list ("Washington and Beijing traded barbs",
        "Washington, Moscow and Kyiv"): the first name of a list of capitals is a capital too, though the
        sentence opens with it as it might with a surname ("Washington said")."""
        m = _NAME_IN_A_LIST_AFTER.match(text, end)
        if m is None:
            return False
        g = self.gazetteer
        return any(g.kind_of(p) == "country" or p in g.capitals for p in g.candidates(normalize(m.group(1))))

    def ap_state(self, surface: str) -> int | None:
        """The US state an AP-style abbreviation names ("Ga." -> Georgia), or ``None``."""
        code = AP_STATES.get(surface.strip())
        return self._us_state(code) if code else None

    def _us_state(self, code: str) -> int | None:
        return self._states.get(code)

    def candidates(self, text: str) -> Iterator[Candidate]:
        """Place-name candidates in text order, longest match first at each position."""
        special = self._special(text)
        taken = [(c.start, c.end) for c in special]
        found = sorted(special + list(self._scan(text, taken)), key=lambda c: c.start)
        credits = [m.span("credit") for m in _DATELINE_CREDIT.finditer(text)]
        if credits:
            found = [c for c in found if not any(s <= c.start and c.end <= e for s, e in credits)]
        for c in counties_named_alone(self.gazetteer, misspellings_in_context(self.gazetteer, found)):
            # "al-Bab", "el-Arish": the lower-case article belongs to the name (the key reads without it) ...
            article = _ARTICLE_BEFORE.search(text, max(0, c.start - 5), c.start) if text[c.start - 1:c.start] == "-" else None
            if article is None:
                yield c
                continue
            # ... unless a name goes before it: "Muqtada al-Sadr" is a man, "Bab el-Oued" a quarter of Algiers
            word = _WORD_BEFORE.search(text, max(0, article.start() - 30), article.start())
            if word is None or word.group(1).lower() in _NOT_NAME_HEADS:
                # ... and names a place where names take that article, not Omar, West Virginia, for "al-Omar"
                g = self.gazetteer
                places = tuple(p for p in c.places if str(g.country[p]) in ARTICLE_COUNTRIES or g.kind_of(p) in ("country", "continent"))
                if places:
                    yield replace(c, start=article.start(), places=places)

    def _best(self, key: str, places: tuple[int, ...]) -> int:
        """The likeliest reading of a name before context."""
        return self._best_reading[(key, places)]

    def _scan(self, text: str, taken: list[tuple[int, int]]) -> Iterator[Candidate]:
        all_tokens = tokens = _tokens(text)
        if taken:  # the tokens inside the special names found first
            starts = [t[0] for t in tokens]
            inside = {k for s, e in taken for k in range(bisect_left(starts, s), bisect_left(starts, e))}
            tokens = [t for k, t in enumerate(tokens) if k not in inside]
        # (a lower-case ASCII letter starts no name, save an elided article's: "d'Ivoire")
        caps = [tok[0].isupper() or (not tok[0].islower() or tok[1:2] in ("'", "’") or tok[1:2].isupper()) and _capitalised(tok)
                for _, _, tok in tokens]
        g = self.gazetteer
        people: set[str] = set()  # surnames seen in longer proper names ("Steve Ripley"): "Ripley" alone is a person too
        # ... unless the name is read as a place more often than as a surname: "Distinctly Dublin" once, beside
        # "the Dublin Arts Council" and "in Dublin" (one sense per document, by the evidence)
        as_person: Counter[str] = Counter()
        as_place: Counter[str] = Counter()
        found_so_far: list[tuple[Candidate, bool]] = []  # and whether it could be such a surname, said before the full name
        states: frozenset[str] | None = None  # the US states the text names, read when first needed
        diseases = _diseases_named(text)  # "Marburg virus" once: "imported Marburg" is the virus too
        n = len(tokens)
        i = 0
        while i < n:
            if not caps[i]:
                i += 1
                continue
            start, _, tok = tokens[i]
            if ("'" in tok or "’" in tok) and _CONTRACTION.search(tok) or tok.endswith(("â", "Ã")):
                i += 1  # "We'd", "It'll"; "Itâ" is "It’s" read in the wrong encoding
                continue
            if tok.lower() in _FUNCTION_STARTS and not any(
                    self._key[text[start:start + 20]].startswith(name) for name in _THE_NAMES):
                i += 1
                continue
            found = None
            # longest run first
            run = i + 1  # the run of joined tokens (for misspellings), and within it the part some name starts with
            while run < n and run - i < self.max_tokens and _joinable(text, tokens[run - 1][1], tokens[run][0]):
                run += 1
            limit = i + 1
            while limit < run and self._goes_on[text[start:tokens[limit - 1][1]]]:
                limit += 1
            possessive = self._possessive_name(text, tokens, i)  # "Cox's Bazar": its "s" is a token of the name
            limit = max(limit, possessive)
            for j in range(limit, i, -1):
                if not caps[j - 1]:
                    continue
                if j - i > 1 and j > possessive and any(not caps[k] and tokens[k][2].lower() not in _CONNECTORS for k in range(i, j)):
                    continue
                end = tokens[j - 1][1]
                surface = text[start:end]
                key = self._key[surface]
                if j - i == 1 and key in _NAME_HEADS and j < n and caps[j] and _joinable(text, end, tokens[j][0]):
                    continue
                if key.startswith("saint ") and text[end:end + 2] in ("'s", "’s") and _POSSESSIVE_NAME_END.match(text, end + 2) \
                        and g.candidates(key + "s"):
                    end += 2  # "St. John's, Newfoundland": the possessive is the city's own name, not Saint John's
                    surface, key = text[start:end], key + "s"
                if j - i == 1 and text[start - 4:start] == "the " and "the " + key in g.names \
                        and not _CAPITAL_NEXT.match(text, end):
                    key = "the " + key  # "across the Atlantic": the ocean, named with its article (not Atlantic, Iowa)
                elif key in _OCEANS_WITH_THE and _CAPITAL_NEXT.match(text, end):
                    continue  # "The Pacific Decadal Oscillation", "the Atlantic Monthly": a name that goes on
                hit = self._lookup(key, surface, dateline=surface.isupper() and (
                    self._at_dateline(text, start, end) or self._dateline_after_sentence(text, start, end)),
                    adjective=j - i == 1 and _before_a_noun(text, tokens, i, end),
                    region_word=REGION_WORD_AFTER.match(text, end) is not None)
                if hit is None:
                    continue
                places, role = hit
                places = self._read_by_the_words_around(text, start, end, key, places)
                if not places:
                    continue
                if self._zip_key[key] and self._zip_towns_of[places] and not self._state_after(text, end):
                    if states is None:
                        states = self._states_in(text, all_tokens)
                    places = self._placed_zip_towns(text, start, tokens, j, places, states)
                    if not places:
                        continue
                # a town whose name is a person's too, dropped as a word or a name, but the story's ("Franklin police",
                # "Residents of Noble", "on Norman and Moore" in a story datelined in Oklahoma)
                # (asked only of a name about to be dropped: the gazetteer's word and name lists are not read for every name)
                def eligible() -> bool:
                    return j - i == 1 and role == "location" and not surface.isupper() and self._word_or_name_too(key) is not None
                local: tuple[int, ...] = ()
                if not self._acceptable(text, start, end, key, places, role, j - i):
                    if eligible():
                        if states is None:
                            states = self._states_in(text, all_tokens)
                        local = self._town_of_the_story(text, start, end, key, places, tokens, j, found_so_far, states)
                    if not local:
                        continue
                    places = local
                if STORM_BEFORE.search(text, max(0, start - 24), start):
                    continue  # "Hurricane Otis", "tropical storm Ana", "Cyclone Freddy": a storm's name, not the town
                if i > 0 and tokens[i - 1][2] == "United" and text[tokens[i - 1][1]:start] == " ":
                    continue  # "United Russia", "Manchester United" aside: a party or a team, not the country
                if j - i == 1 and self._double_first_name(tokens, i, j, text):
                    continue  # "Marie-France Dupont": the second half of a first name
                best_kind = g.kind_of(self._best(key, places))
                if key in diseases and best_kind == "city" and not _placed_before(text, start) and not self._state_after(text, end):
                    continue  # "imported Marburg" in a story of the Marburg virus (but "to Reston, Virginia")
                if j - i > 1 and best_kind == "city" and self._tail_of_a_name(text, tokens, i, j, key, places):
                    continue  # "Zion National Park": not National Park, New Jersey
                placed = by_spelling = False
                if (key in _SURNAME_COUNTRIES or best_kind == "country" and i > 0 and tokens[i - 1][2].lower() in g.first_names
                        and not any(self._prominent(p) for p in g.candidates(self._key[tokens[i - 1][2]]))) \
                        and j - i == 1 and (side := self._neighbour_proper(tokens, i, j, text)) is not None \
                        and (side == "before" or key in _FIRST_NAME_COUNTRIES or _PERSON_AFTER.match(text, tokens[j][1])
                             or self._surname_ends_a_name(text, tokens, j)):
                    if side == "after":
                        people.add(self._key[tokens[j][2]])  # "Jordan Henderson": "Henderson" is the person too
                    continue  # "Michael Jordan"; "Chad Walker"; "Jordan Dyer, 17,"; "Jordan Henderson" (a first name); any
                    # country after a first name that names no prominent place ("Luis Montenegro", "Tom Holland"; not
                    # "Sydney Australia", "Victoria Australia")
                if role == "demonym" and key not in g.demonyms and j - i == 1 and i > 0 \
                        and not _sentence_initial(text, tokens[i - 1][0]) and self._neighbour_proper(tokens, i, j, text) == "before":
                    continue  # "Galileo Galilei": a surname, not a people of Galilee derived from its name ("Stressed Gazans" are)
                if role == "demonym" and (j < n and _capitalised(tokens[j][2]) and text[end:tokens[j][0]] == " "
                                          and _name_ends_in(tokens, j, text, _SOCIETY_WORDS)
                                          or re.search(r"\bNative[\s-]+$", text[max(0, start - 8):start])):
                    continue  # "the American Red Cross", "the American Heart Association"; "Native American"
                surname_demonym = the_before = False
                if role == "demonym" and j - i == 1 and key in _SURNAME_DEMONYMS:
                    surname_demonym = True
                    # "Monica French said", "solicitor Philip English": a person's surname, then the person alone;
                    # but "the French said", "French troops": the nation. The story's evidence decides (below).
                    if self._neighbour_proper(tokens, i, j, text) == "before":
                        people.add(key)
                        as_person[key] += 1
                        continue
                    the_before = THE_BEFORE.search(text[max(0, start - 4):start]) is not None
                    if _SPEECH_AFTER.match(text[end:end + 50]) and not the_before:
                        as_person[key] += 1
                        continue
                    if the_before or _ADJECTIVE_USE.match(text[end:end + 30]):
                        as_place[key] += 1
                # one word that could be a person's name ("Nelson said", "Matthew D. Flores", "Lincoln, 52,"), or a
                # saint's name that is a surname too ("Raynola St. Clair")
                one_name = j - i == 1 or j - i == 2 and key.startswith("saint ")
                if role == "location" and one_name and best_kind in ("city", "county", "region") and not local:
                    side = self._neighbour_proper(tokens, i, j, text)
                    if side == "before" and best_kind == "region" and (nation := self._nation_before(tokens, i, text)) \
                            and (within := tuple(p for p in places if str(g.country[p]) == nation)) \
                            and not (j < n and _capitalised(tokens[j][2]) and text[end:tokens[j][0]] == " ") \
                            and (not THE_BEFORE.search(text[max(0, tokens[i - 1][0] - 4):tokens[i - 1][0]])
                                 or _REGION_ENDS_AFTER.match(text, end)):
                        side, places = None, within  # "Indian Haryana", "Pakistani Punjab": a nation's adjective, no first
                        # name, and it says whose region (not a town: "the Brazilian Santos scored" is a player; nor a
                        # name that goes on: "the American Virginia Smith"; after "the", only a region that ends its phrase
                        # or that a place's noun follows, "the German Rhineland.", not "The Mexican Guerrero scored")
                    elif side == "after" and tokens[j][2] in _I_CONTRACTIONS \
                            and not _TOLD_BEFORE.search(text, max(0, start - 16), start):
                        side = None  # "my boss in Salford I'd be late", "When I left Manchester I'd never seen the sea" (not "I
                        # told Lincoln I'd call back", "I wrote to Adelaide I'm sorry": the person told)
                    if side is None and self._second_of_a_double_name(tokens, i, text, found_so_far):
                        side = "before"  # "Joaquin Navarro-Valls", "Amir Abdul-Hamid": a double-barrelled name's second part
                    if side == "after" and eligible():  # "the Franklin Board of Mayor and Aldermen", "Orlando Health"
                        if states is None:
                            states = self._states_in(text, all_tokens)
                        local = self._town_of_the_story(text, start, end, key, places, tokens, j, found_so_far, states)
                        if local:
                            side, places = None, local
                    if side is not None:
                        if (side == "before" or key in g.first_names and j < n and tokens[j][2].lower() in g.surnames) \
                                and not (side == "before" and self._club_of_a_city(tokens, i, places)):
                            # a surname, or a first name before a known surname ("Paris Hilton ... Paris has said"):
                            # later mentions alone are the person too
                            people.add(key)
                            as_person[key] += 1
                        continue
                    according = _according_to(text, start, end)
                    placed = not according and (_placed_in_list_or_address(text, start, end, best_kind, found_so_far)
                                                 or _placed_before(text, start)  # "in the port of Berbera said", "In Geelong, a 19-year-old"
                                                 or _BEARING_AFTER.match(text, end) is not None  # "Hawija, west of Kirkuk"
                                                 or surface.isupper() and self._at_dateline(text, start, end))  # "BARTELLA, Iraq -"
                    if placed or j < n and _capitalised(tokens[j][2]) and self._names_an_institution(tokens, j, text):
                        as_place[key] += 1
                    speaks = (according or _SPEECH_AFTER.match(text[end:end + 50]) is not None
                              or _said_by(text, start, end)) \
                        and self._best(key, places) not in g.capitals \
                        and not _WHO_WENT_BEFORE.search(text, max(0, start - 40), start) \
                        and not _ON_THE_BEFORE.search(text, max(0, start - 12), start) \
                        and not (best_kind in ("region", "country") and _SAID_IT_AFTER.match(text, end))  # "Tbilisi says", "Texas
                    # said it would appeal": a government speaks (but "Ralston said it" is the firm)
                    who = best_kind != "region" and _named_before_who(text, start, end)
                    aged = _PERSON_AFTER.match(text, end) is not None
                    human = text[start - 3:start] in ("ed ", "ng ") and _DONE_TO_BEFORE.search(text, max(0, start - 14), start) is not None \
                        or _DOES_AFTER.match(text, end) is not None and not _WHOSE_TOWN_BEFORE.search(text, max(0, start - 8), start)
                    if not placed and (speaks or who or aged or human):
                        as_person[key] += 1
                        if who or aged or human:
                            people.add(key)  # a person (who, an age, stabbed), so the name alone is that person elsewhere too
                        continue
                    if best_kind == "city" and not self._own_name_or_sizeable(key, places) and not placed \
                            and not self._in_its_country_after(text, end, places):
                        # "Adkins", "Kristina": only a small town's alternate name, and nothing says "place" (a
                        # locative before the list it ends says so: "near Avdiivka and Marinka") ...
                        named = {str(g.country[c.places[0]]) for c, _ in found_so_far
                                 if c.places and len({str(g.country[q]) for q in c.places}) == 1}
                        spelt = tuple(p for p in places if str(g.country[p]) in g.transliterated and str(g.country[p]) in named)
                        if not spelt or g.zipf(key) >= 3.0 or key in g.first_names \
                                or not _WHERE_BEFORE.search(text, max(0, start - 14), start) \
                                or _given_a_score(text, surface):
                            continue  # (after words that say where or what forces did there: not a surname, "sanctions
                            # on Hsiao", a month, "the tenth day of Muharram", a name, "Caixin/Markit"; nor a team the
                            # story gives a score: "Al-Gaish beat Ittihad 4-1")
                        # ... but a rare name that is another spelling of a small town where names are transliterated
                        # ("Hawija" for Al Hawijah) stands in a story that has named the town's country (and only as
                        # that country's: not "Shabwa" as Sha Bwa, China, in a story of Yemen, which the misspelt
                        # transliterations read as Shabwah)
                        places, by_spelling = spelt, True
                candidate = Candidate(start, end, key, places, self._role(text, start, end, places, role),
                                      fuzzy=by_spelling, fuzzy_small=by_spelling)
                # (never a story's dateline: "MADRID (AP) — Real Madrid beat ..." is datelined in Madrid, whatever
                # "Real Madrid" makes of the name's later mentions)
                # ... nor a name its own words make a place ("Florencia, the capital of Caqueta", "Krishna district"),
                # whoever bears it elsewhere in the story ("Florencia Gomez said")
                could_be_person = surname_demonym and not the_before or role == "location" and one_name \
                    and best_kind in ("city", "county", "region") and not placed and not local and candidate.role != "dateline" \
                    and not REGION_WORD_AFTER.match(text, end) and not _PLACE_APPOSITION.match(text, end)
                if candidate.role == "demonym" and len(places) == 1 and (capital := self._capital_named(text, start, end, places[0])):
                    candidate = capital  # "the Somali capital": Mogadishu, where things happen
                found = (j, candidate, could_be_person)
                break
            # (a first word as common as "Tal", "Umm", "Ain" may open a transliterated name of two: "Tal Rifaat", "Um Rawaba")
            if found is None and tok.lower() not in people and len(tok) >= 2 and (len(tok) >= 3 and g.zipf(tok.lower()) < 3.0 or (
                    i + 1 < run and tok.lower() in _TRANSLITERATED_HEADS and g.zipf(tokens[i + 1][2].lower()) < 3.0)):
                fuzzy = self._fuzzy(text, tokens, i, run)
                if fuzzy is not None:
                    found = (*fuzzy, False)
            if found is None:
                i += 1
                continue
            i, candidate, could_be_person = found
            found_so_far.append((candidate, could_be_person))
        # one sense per document for people too: "killing Welch ... the victim, Jacob Welch, 17"; a tie is the
        # person for a town's name, the nation for a demonym (the nation is by far its likelier reading); and a
        # name the story makes a person far more often than a place is the person even after "to" ("a testament
        # to Trapani's willingness", among twenty "Trapani said")
        for candidate, could_be_person in found_so_far:
            key = candidate.key
            overwhelming = key in people and candidate.role == "location" and (
                as_person[key] >= PERSON_OVER_PLACE * as_place[key] + 2
                or _OWNED_AFTER.match(text, candidate.end) is not None)  # "Barry M. George ... at George's apartment"
            if not (overwhelming or could_be_person and key in people
                    and as_person[key] + (candidate.role != "demonym") > as_place[key]):
                yield candidate

    def _read_by_the_words_around(self, text: str, start: int, end: int, key: str, places: tuple[int, ...]) -> tuple[int, ...]:
        """``places`` as the words around the name allow: a lake or a river named like a country, a state or a
        county is none of them (none left), one named like a town keeps the towns ("Lake Erie"); before a region
        word ("Sweida province") a town's name also names the region the town is the seat of; before a town's body
        ("San Fernando City Council") a name ending in "City" or "Town" also names the towns called without it; after a party
        letter ("D-Raleigh") a name also names the counties called after it."""
        g = self.gazetteer
        if text[start - 1:start] == "-" and _PARTY_AFTER_NAME.search(text, max(0, start - 4), start):
            # "Delegate Ricky Moye, D-Raleigh": a state legislator's county as well as a town (Raleigh County, W.Va.)
            places += tuple(p for p in g.candidates(key + " county") if g.kind_of(p) == "county" and p not in places)
        if key.endswith((" city", " town")) and _CITY_BODY_AFTER.match(text, end):  # the towns called X too, for "X City Council"
            places += tuple(p for p in g.candidates(key[:-5]) if g.kind_of(p) == "city" and p not in places)
        states = _STATES_AFTER.match(text, end)
        if states and not any(g.kind_of(p) == "country" or g.kind_of(p) == "region" and str(g.country[p]) in STATE_COUNTRIES
                              for p in places) \
                and (states.group(0).endswith("s") or any(g.kind_of(p) == "region" for p in places)):
            # (a town's name before "states" too: "the Baltic states" are no Baltic, Connecticut)
            return tuple(p for p in places if g.kind_of(p) not in ("city", "county", "region"))
        if _WATER_AFTER.match(text, end) or text[start - 5:start] == "Lake ":
            if g.kind_of(self._best(key, places)) != "city":
                return ()
            places = tuple(p for p in places if g.kind_of(p) == "city")
        if REGION_WORD_AFTER.match(text, end) \
                or text[start - 3:start] == "of " and REGION_WORD_BEFORE.search(text, max(0, start - 30), start):
            places += tuple(r for p in places if (r := self._seat_of.get(p)) is not None and r not in places)
        elif text[start - 4:start].lower() == "the " and key not in g.demonyms and not _NAME_OR_WORD_GOES_ON.match(text, end) \
                and not any(g.kind_of(p) == "country" for p in places):
            rivers = tuple(g.candidates(key + " river"))  # "along the Dnipro", "crossed the Blue Nile": the river, whose name
            if rivers:  # takes the article, not the city or the state of its name (but "the Jordan", "the Congo" stay countries)
                return rivers
        return places

    def _surname_ends_a_name(self, text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
        """Whether tokens[j] is a surname that ends the name ("Jordan Henderson scored"; not "Jordan Junior Olympic
        volleyball", which goes on)."""
        if tokens[j][2].lower() not in self.gazetteer.surnames:
            return False
        return j + 1 >= len(tokens) or not (_capitalised(tokens[j + 1][2]) and text[tokens[j][1]:tokens[j + 1][0]] == " ")

    def _tail_of_a_name(self, text: str, tokens: list[tuple[int, int, str]], i: int, j: int, key: str,
                        places: tuple[int, ...]) -> bool:
        """Whether tokens[i:j], a small town's name of everyday words ("National Park", New Jersey), ends a longer
        proper name ("Zion National Park", "Rocky Mountain National Park")."""
        g = self.gazetteer
        return int(g.population[self._best(key, places)]) < SMALL_TOWN_NAME and all(g.zipf(w) >= 4.0 for w in key.split()) \
            and self._neighbour_proper(tokens, i, j, text) == "before"

    def _possessive_name(self, text: str, tokens: list[tuple[int, int, str]], i: int) -> int:
        """The end (a token index) of a name with a possessive inside it that starts at token ``i`` ("Cox's Bazar",
        "King's Lynn", "Democratic People's Republic of Korea"), or ``i`` when none does."""
        n = len(tokens)
        if n - 2 <= i:
            return i
        window = tokens[min(i + 2, n - 3)][1] + 3  # no possessive right after the first three tokens: none (the most)
        if not _POSSESSIVE_S.search(text, tokens[i][0], window):
            return i
        for k in range(i, min(i + 3, n - 2)):  # the possessive after token k
            if k > i and not (_capitalised(tokens[k][2]) and _joinable(text, tokens[k - 1][1], tokens[k][0])):
                break
            end = tokens[k][1]
            if not _POSSESSIVE_S.match(text, end) or tokens[k + 2][0] != end + 3:
                continue
            for j in range(min(k + 7, n), k + 2, -1):
                inside = tokens[k + 2:j]
                if _capitalised(inside[-1][2]) and all(_capitalised(t) or t.lower() in _CONNECTORS for _, _, t in inside) \
                        and _joinable_run(text, tokens, k + 2, j) \
                        and self.gazetteer.candidates(self._key[text[tokens[i][0]:tokens[j - 1][1]]]):
                    return j
        return i

    def _word_or_name_too(self, key: str) -> str | None:
        """"person" where ``key`` is common in English as a person's name ("Moore", "Franklin", "Clinton"), "word" where
        as another word ("Hit", "Sake", "Tank"), not one as frequent as "May" or "Trade"; ``None`` where it is neither,
        or names a country or a US state."""
        g = self.gazetteer
        if not (key in STOP_WORDS or g.is_common_word(key)) or g.zipf(key) >= PERSON_NAME_ZIPF:
            return None
        if any(g.kind_of(p) in ("country", "continent") or g.kind_of(p) == "region" and str(g.country[p]) == "US"
               for p in g.candidates(key)):
            return None
        return "person" if key in g.surnames or key in g.first_names or key in FAMOUS_SURNAMES else "word"

    def _town_of_the_story(self, text: str, start: int, end: int, key: str, places: tuple[int, ...],
                           tokens: list[tuple[int, int, str]], j: int, found_so_far: Sequence[tuple[Candidate, bool]],
                           states: frozenset[str]) -> tuple[int, ...]:
        """The readings of a name that is also an everyday word or a surname ("Franklin", "Noble", "Moore") that are
        towns of a US state the story names, where the words say "place": the story's dateline town named again
        ("FRANKLIN, Tenn. - ... Franklin police said"), a locative ("residents of Noble"), the next of a list after a
        place ("on Norman and Moore"), or a local body after it ("Jackson firefighters", "the Clinton Fire
        Department", "Orlando Health"); ``()`` otherwise, or where the name is a person's ("Mr. Moore", "Tom
        Moore", "Moore, 52,", "Moore said")."""
        g = self.gazetteer
        datelined = bool(found_so_far) and found_so_far[0][0].role == "dateline" and found_so_far[0][0].key == key
        # the countries the story names so far: by a country, a demonym, or a name all of whose readings lie in one
        countries = {str(g.country[c.places[0]]) if len({str(g.country[p]) for p in c.places}) == 1
                     else str(g.country[best]) if g.kind_of(best := self._best(c.key, c.places)) == "country" else "US"
                     for c, _ in found_so_far} - {"US"}
        person = self._word_or_name_too(key) == "person"
        if not (states and person or countries or datelined):
            return ()
        if _person_title_before(text, start) or _PERSON_AFTER.match(text, end) \
                or _SPEECH_AFTER.match(text[end:end + 50]) or _according_to(text, start, end):
            return ()
        body = _LOCAL_BODY_AFTER.match(text, end) is not None \
            or j < len(tokens) and text[end:tokens[j][0]] == " " and tokens[j][2].lower() in _TOWN_BODY_WORDS  # "Fire Department"
        side = self._neighbour_proper(tokens, j - 1, j, text)
        if side == "before" or side == "after" and not body:
            return ()  # "Tom Moore", "Anthony Gillen"
        listed = bool(found_so_far) and text[found_so_far[-1][0].end:start] in (" and ", " or ", ", and ")
        region_word = REGION_WORD_AFTER.match(text, end) is not None  # "a police post in Tank district"
        if not (datelined or listed or body or region_word or _placed_before(text, start)) \
                or _SHARES_IN_BEFORE.search(text, max(0, start - 20), start):
            return ()  # (not "shares in Ford fell": a firm named after a person)
        if datelined:
            return found_so_far[0][0].places
        return tuple(p for p in places if g.kind_of(p) in ("city", "county", "region") and (
            str(g.country[p]) == "US" and person and g.kind_of(p) == "city" and str(g.admin1[p]) in states
            or str(g.country[p]) in countries))

    def _in_its_country_after(self, text: str, end: int, places: tuple[int, ...]) -> bool:
        """Whether "in" and the country or region of one of ``places`` follow the name, or the list it opens
        ("retook Hudur and Wajid in Somalia": Xuddur, by another spelling)."""
        m = _IN_NAME_AFTER.match(text, end)
        if m is None:
            return False
        g = self.gazetteer
        holders = [q for q in g.candidates(self._key[m.group(1)]) if g.kind_of(q) in ("country", "region")]
        return any(str(g.country[p]) == str(g.country[q]) and (g.kind_of(q) == "country" or str(g.region[p]) == str(g.region[q]))
                   for p in places for q in holders)

    def _own_name_or_sizeable(self, key: str, places: tuple[int, ...]) -> bool:
        """Whether ``key`` is the own name of one of ``places``, or one of them is a town of 20,000 or more."""
        g = self.gazetteer
        return any(self._key[g.canonical[p]] == key or int(g.population[p]) >= 20_000 or g.kind_of(p) != "city" for p in places)

    def _fuzzy(self, text: str, tokens: list[tuple[int, int, str]], i: int, limit: int) -> tuple[int, Candidate] | None:
        """A misspelt transliteration ("Dier Ezzor"): same consonant skeleton as a known name, and similar."""
        from rapidfuzz.fuzz import ratio

        g = self.gazetteer
        for j in range(min(limit, i + 3), i, -1):
            if not all(_capitalised(t) and len(t) > 1 for _, _, t in tokens[i:j]):
                continue  # an initial is part of a person's name: "Lynnwood W. Schell" is no misspelt Lynwood
            start, end = tokens[i][0], tokens[j - 1][1]
            key = normalize(text[start:end])
            if len(key) < 6 or key in STOP_WORDS or g.zipf(key) >= 1.5 or all(g.zipf(w) >= 3.0 for w in key.split()):
                continue  # an English word or known name is not a misspelt place
            if key.rpartition(" ")[2] in _FEATURE_WORDS or _FEATURE_AFTER.match(text, end):
                continue  # a river, a forest, a mountain the gazetteer lacks: "the Mamore River" is no Mooi River, "the Boni
                # forest" no Bonn (a town's name has the word too: "Mooi River" alike "Mamore River" by it)
            if _SPEECH_AFTER.match(text[end:end + 50]) and not _TOWN_OF_BEFORE.search(text, max(0, start - 20), start) \
                    or self._neighbour_proper(tokens, i, j, text):
                continue  # ("Mr Haddad said"; but "residents who fled to the town of al-Qaryatain said" speak of a town)
            # one word is easily a surname or a foreign word ("Verduin" is not Verdun): ask more of it
            threshold, min_population = (85, 100_000) if j - i == 1 else (70, 20_000)
            # (a region's name, spelt without its article, may stray a little further: "Daqahliya" for Ad Daqahliyah,
            # "Menoufia" for Monufia, as the story's country allows: see misspellings_in_context)
            scored = [(p, max(ratio(key, name := normalize(g.canonical[p])), ratio(key, strip_article(name))))
                      for p in g.skeleton_candidates(key)]
            options = [p for p, score in scored
                       if score >= threshold - (REGION_SPELLING_SLACK if g.kind_of(p) == "region" else 0)
                       and (g.kind_of(p) != "city" or int(g.population[p]) >= min_population
                            or j - i > 1 and score >= 88)]  # several words this close: a transliteration, however small
            small = False
            if not options and j - i == 1:
                # one word this close to the name of a small town where names are transliterations ("Kyaukphyu" for
                # Kyaukpyu): only in a story that names the town's country (see misspellings_in_context)
                options, small = [p for p, score in scored if score >= SMALL_TOWN_SPELLING and g.kind_of(p) == "city"
                                  and str(g.country[p]) in g.transliterated], True
            if options and not self._neighbour_proper(tokens, i, j, text):
                return j, Candidate(start, end, key, tuple(options), self._role(text, start, end, tuple(options), "location"),
                                    fuzzy=True, fuzzy_small=small)
        return None

    @staticmethod
    def _dateline_after_sentence(text: str, start: int, end: int) -> bool:
        """A name that starts a sentence and is followed like a dateline ("DANIELSVILLE - ", "HARLAN, Ky. -"),
        where a headline runs into the story."""
        return _sentence_initial(text, start) and _DATELINE_AFTER_SENTENCE.match(text, end, end + 30) is not None

    @staticmethod
    def _famous_surname_placed(text: str, start: int, end: int) -> bool:
        """Whether a famous surname is the town of its name here: after "in", "near", "outside" or "the city
        of", not owning anything ("in Clinton", "outside Clinton, Iowa"; not "in Clinton's speech"); never in a
        story that names the person ("Barack Obama", "President Obama")."""
        placed = _TOWN_LOCATIVE_BEFORE.search(text, max(0, start - 12), start) is not None \
            or _PLACE_NOUN_OF_BEFORE.search(text, max(0, start - 24), start) is not None
        return placed and text[end:end + 2] not in ("'s", "’s") and re.search(
            rf"(?<![\w-])(?!(?:In|Near|Outside)\b)[A-Z][\w.]*\s+{re.escape(text[start:end])}\b", text) is None

    def _at_dateline(self, text: str, start: int, end: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        return not text[line_start:start].strip() and bool(_DATELINE_AFTER.match(text[end:end + DATELINE_WINDOW]))

    def _capital_named(self, text: str, start: int, end: int, country: int) -> Candidate | None:
        """ "the Somali capital" (a demonym, then "capital" and no name of it): the country's capital, as a place; a
        region's ("the Bavarian capital", "the Scottish capital"), whose capital the gazetteer does not know, is that
        region, as a place (not Berlin, London)."""
        g = self.gazetteer
        m = _CAPITAL_AFTER.match(text, end)
        if m is None or not THE_BEFORE.search(text[max(0, start - 4):start]):
            return None
        capital = country if g.kind_of(country) != "country" else self._capital_of.get(str(g.country[country]))
        if capital is None:
            return None
        return Candidate(start, m.end(), self._key[text[start:m.end()]], (capital,), "location")

    def _role(self, text: str, start: int, end: int, places: tuple[int, ...], role: str) -> str:
        if role == "demonym" or text[start - 1:start] == "-" and _PARTY_BEFORE.search(text[max(0, start - 3):start]):
            return "demonym"  # an adjective, or a politician's state ("R-Texas"): names an actor, never where
        line_start = text.rfind("\n", 0, start) + 1
        surface = text[start:end]
        if surface.isupper() and len(surface) > 2 and self._dateline_after_sentence(text, start, end):
            return "dateline"  # a headline run into its story: "... assessors. DANIELSVILLE - Madison County ..."
        if not text[line_start:start].strip() or re.fullmatch(r"[A-Z][\w .'-]*,\s*", text[line_start:start]):
            if _DATELINE_AFTER.match(text[end:end + DATELINE_WINDOW]) and (text[start:end].isupper() or re.match(r"^\s*(?:,[^—–\n]{0,30})?\s*(?:\([^)]*\)\s*)?(?:—|–|--|\s-\s)", text[end:end + DATELINE_WINDOW])
                                                             or line_start == start and re.match(r"^,\s*[A-Z]", text[end:end + 3])):
                return "dateline"
        if self._may_be_country[places]:
            after = text[end:end + 40]
            if _DEMONYM_SUFFIX.match(after) or _ACTOR_FOLLOW.match(after):
                return "demonym"
            surface = text[start:end]
            if surface.replace(".", "").isupper() and _ADJECTIVE_USE.match(after):
                return "demonym"  # "US support", "UK troops": an adjective, not a place
        return "location"
