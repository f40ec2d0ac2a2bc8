"""Gazetteer and geoparser: recognition, roles, resolution in context. Odd rows say why."""

from __future__ import annotations

import pytest

from events.places import own_country
from events.places.normalize import normalize, prefix_key, skeleton


@pytest.fixture(scope="module")
def geoparser(extractor):
    return extractor.geoparser


def _found(geoparser, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(m.text, m.role, m.place and m.place.name, m.place and m.place.country_code, m.place and m.place.kind)
            for m in geoparser.parse(text)]


@pytest.mark.parametrize(("text", "surface", "name", "country", "kind"), [
    ("Fighters entered Palmyra.", "Palmyra", "Palmyra", "SY", "city"),  # GeoNames "Tadmur", shown by its English name
    ("fighters from Raqqa and Dier Ezzor", "Dier Ezzor", "Deir ez-Zor", "SY", "city"),  # misspelt transliteration
    ("They left Mosul.", "Mosul", "Mosul", "IQ", "city"),
    ("defeat in Aleppo", "Aleppo", "Aleppo", "SY", "city"),
    ("back into Syria", "Syria", "Syria", "SY", "country"),
    ("troops in Homs province", "Homs", "Homs", "SY", "region"),  # "X province" is the region
    ("Fighting went on around Bakhmut and Kramatorsk in the Donetsk region.", "Donetsk", "Donetsk Oblast", "UA", "region"),  # "X region" beats the nearby city
    ("the Iraqi city of Mosul", "Mosul", "Mosul", "IQ", "city"),
    ("He moved to Paris, Texas last year.", "Paris", "Paris", "US", "city"),  # "X, Y" beats population
    ("Columbus, Ga., police said", "Ga.", "Georgia", "US", "region"),  # AP state abbreviation
    ("Rep. Jim Clyde, D-S.C., voted no.", "S.C.", "South Carolina", "US", "region"),  # after a party letter
    ("The S.C. Highway Patrol is looking for leads.", "S.C.", "South Carolina", "US", "region"),  # a state's institution
    ("S.C. House Republicans and Democrats agree.", "S.C.", "South Carolina", "US", "region"),  # the state's own body, no "the"
    ("He was stopped on S.C. 6 near the bridge.", "S.C.", "South Carolina", "US", "region"),  # a state route
    ("Rep. Nick Rahall, D-W. Va., chairs the committee.", "W. Va.", "West Virginia", "US", "region"),  # spaced abbreviation
    ("He heads the United Way of Metropolitan Atlanta.", "Atlanta", "Atlanta", "US", "city"),  # "Metropolitan" is no first name
    ("Visitors to Six Flags Over Texas may buy beer.", "Texas", "Texas", "US", "region"),
    ("U.S. airlines from New York, Los Angeles and Washington will fly to Russia.", "Russia", "Russia", "RU", "country"),  # not Russia, Ohio
    ("Cases were found in Arizona, Oregon, Washington and Utah.", "Washington", "Washington", "US", "region"),  # a list of states: the state
    ("New York and Los Angeles flights to Russia land in Moscow, U.S. officials said.", "Moscow", "Moscow", "RU", "city"),  # the named country's capital
    ("Alerts went out in Manitoba, Ontario and Quebec, and in Texas and California.", "Ontario", "Ontario", "CA", "region"),  # a list of provinces
    ("Officials in Sindh, Karachi and Hyderabad said the river rose.", "Hyderabad", "Hyderabad", "PK", "city"),  # "in X and Y said": places, not a speaker  # a title word before it is no first name
    ("The Texas Forest Service sent crews.", "Texas", "Texas", "US", "region"),  # a state names its institutions
    ("The Sochi Development Program began. Officials flew to Sochi on Monday.", "Sochi", "Sochi", "RU", "city"),  # "Sochi Development" is no person
    ("The Hague ruled.", "The Hague", "The Hague", "NL", "city"),
    # local news: three ambiguous names pull each other to one US state (each alone would be read elsewhere)
    ("Sewage from Gainesville reached a creek in Hall County, Georgia officials said.", "Gainesville", "Gainesville", "US", "city"),
    ("Sewage from Gainesville reached a creek in Hall County, Georgia officials said.", "Georgia", "Georgia", "US", "region"),
    ("Deputies in Laurel County found the truck.", "Laurel County", "Laurel County", "US", "county"),  # US county, not a town "Laurel"
    ("In Walker County the roads closed.", "Walker County", "Walker County", "US", "county"),  # sentence-initial "In" is not part of it
    ("Deputies in Gwinnett arrested him.", "Gwinnett", "Gwinnett County", "US", "county"),  # a county's rare name alone
    ("Barbara Fleischauer, D-Monongalia, spoke.", "Monongalia", "Monongalia County", "US", "county"),  # a delegate's county
    ("DuPage Sheriff John Zaruba warned drivers.", "DuPage", "DuPage County", "US", "county"),  # as most ZIPs spell it ("Dupage")
    ("A re-enactment is planned in Clinton on April 4.", "Clinton", "Clinton", "US", "city"),  # a famous surname after "in"
    ("She lives in Hudson, Ohio.", "Hudson", "Hudson", "US", "city"),  # a common word as a town: its state after it says so
    ("He grew up in Sault Ste. Marie.", "Sault Ste. Marie", "Sault Ste. Marie", "CA", "city"),  # "Ste." goes on with the name
    ("A mine closed. RIDGE FARM, Ill. (AP) — The company said so.", "RIDGE FARM", "Ridge Farm", "US", "city"),  # a wire dateline
    ("Fewer police. MOUNT GILEAD (AP) -- A court closed.", "MOUNT GILEAD", "Mount Gilead", "US", "city"),  # ... of everyday words
    ("The jail is about 186 miles southeast of Alliance.", "Alliance", "Alliance", "US", "city"),  # a distance from a common word
    ("He moved to Barrie, Ont., last year.", "Ont.", "Ontario", "CA", "region"),  # a Canadian province's abbreviation after a town
    ("Fishermen in Newfoundland protested.", "Newfoundland", "Newfoundland and Labrador", "CA", "region"),  # its short name
    ("Rockets were fired toward the Galilee.", "Galilee", "Galilee", "IL", "region"),  # conflict areas (own table)
    ("Fighting raged in Salahuddin province.", "Salahuddin", "Saladin", "IQ", "region"),  # an English name ISO lacks
    ("Police in West Yorkshire made arrests.", "West Yorkshire", "West Yorkshire", "GB", "region"),  # a metropolitan county
    ("Fighting raged in Sweida province.", "Sweida", "Suwayda", "SY", "region"),  # the seat's other name, before "province"
    ("Airstrikes hit the province of Hodeidah.", "Hodeidah", "Hodeidah", "YE", "region"),  # ... or after "province of"
    ("Airstrikes hit Hodeidah.", "Hodeidah", "Hodeidah", "YE", "city"),  # alone, the town
    ("Deaths in Daqahliya rose, Egypt said.", "Daqahliya", "Dakahlia", "EG", "region"),  # a region's spelling without its article
    ("Storms hit Sichuan overnight.", "Sichuan", "Sichuan", "CN", "region"),  # shown without ISO's "Sheng"
    ("Dust storms hit Inner Mongolia.", "Inner Mongolia", "Inner Mongolia", "CN", "region"),  # not Mongolia
    ("Drones struck the Belgorod region.", "Belgorod", "Belgorod Oblast", "RU", "region"),  # not ISO's "Belgorodskaja oblast'"
    ("Flooding hit Lancashire overnight.", "Lancashire", "Lancashire", "GB", "county"),  # British county (ISO 3166-2 second level)
    ("Shelling was reported in South Ossetia.", "South Ossetia", "South Ossetia", "GE", "region"),  # breakaway territory (own table)
    ("Monsoon rain fell across Maharashtra.", "Maharashtra", "Maharashtra", "IN", "region"),  # plain name, not an English nickname
    ("The EU imposed sanctions.", "EU", "European Union", None, "continent"),
    ("Hurricanes form over the Atlantic in summer.", "Atlantic", "Atlantic Ocean", None, "continent"),  # "the Atlantic": the ocean, not ISO's "Atlantic" (Atlántico, Colombia) nor Atlantic, Iowa
    ("A helicopter crashed in the North Atlantic.", "North Atlantic", "North Atlantic", None, "continent"),
    ("Boats crossed the Mediterranean at night.", "Mediterranean", "Mediterranean Sea", None, "continent"),  # seas and macro-regions (own table)  # upper-case alias of a supranational body
    ("Poland's farmers protested.", "Poland", "Poland", "PL", "country"),  # the possessive is not part of the name
    ("She retired to Florida.", "Florida", "Florida", "US", "region"),
    ("A Denver judge heard the case.", "Denver", "Denver", "US", "city"),
    # one sense per name: the two "Paris" do not vote for each other, so Henry County (Tennessee) decides
    ("Paris and Henry County host a fair. The Paris library opens. Henry County schools close.", "Paris", "Paris", "US", "city"),
    ("Toronto and London councils met; Canada and the U.S. agreed.", "London", "London", "CA", "city"),  # towns of one Canadian province pull together
    ("Mexico City police and Monterrey officials spoke. Mexico said it would help.", "Mexico", "Mexico", "MX", "country"),  # a country holds its regions' towns
    ("Atlanta police said it. A Georgia man was held; Arizona and Oregon officials agreed.", "Georgia", "Georgia", "US", "region"),  # US context beats the country's prior  # a common word, but a big city written capitalised mid-sentence  # its own name beats a bigger city's alternate name (Floridablanca)
    ("The Galway Historical Society met on Monday.", "Galway", "Galway", "IE", "city"),  # an institution's place counts
    ("The killer asked the Ohio Supreme Court to delay his execution.", "Ohio", "Ohio", "US", "region"),  # a court of the state
    ("About 230 Minnesota National Guard troops joined the flood fight.", "Minnesota", "Minnesota", "US", "region"),
    ("Rice farmers in West Java and Aceh lost crops.", "West Java", "West Java", "ID", "region"),  # ISO child of an island group: a first-level region, by its English name
    ("Rice farmers in West Java and Aceh lost crops.", "Aceh", "Aceh", "ID", "region"),
    ("Typhoon warnings for Central Luzon were lifted.", "Central Luzon", "Central Luzon", "PH", "region"),  # ISO name "Central Luzon (Region III)"
    ("Dengue cases rose in Pangasinan and Nueva Ecija.", "Nueva Ecija", "Nueva Ecija", "PH", "county"),  # ISO second level (a province under a region)
    ("Floods hit Rio Grande do Sul on Monday.", "Rio Grande do Sul", "Rio Grande do Sul", "BR", "region"),  # "do" joins a name, not "Rio Grande" + "Sul"
    ("Beaches in Devon and Cornwall were closed, England's agency said.", "Cornwall", "Cornwall", "GB", "county"),  # a unitary authority, not Cornwall, Ontario
    ("Farmers in County Clare and Mayo protested.", "Mayo", "Mayo", "IE", "county"),  # Irish county (ISO second level)
    ("Talks on Bosnia resumed.", "Bosnia", "Bosnia and Herzegovina", "BA", "country"),  # the short name
    ("Refugees from Zaire crossed the border.", "Zaire", "Democratic Republic of the Congo", "CD", "country"),  # a former name (own table)
    ("Columbus, Ohio: the Dublin City Council met.", "Dublin City", "Dublin", "US", "city"),  # "City" of the council: Dublin, Ohio too, not only Dublin City, Ireland
    ("Julie Korenstein of Los Angeles lost to San Fernando City Councilwoman Nury Martinez.", "San Fernando City", "San Fernando", "US", "city"),  # ... not the Philippine San Fernando City
    ("The Kansas City Council voted.", "Kansas City", "Kansas City", "US", "city"),  # a town called "X City" stays itself (not the state)
    ("West Virginia sponsors include Ricky Moye, D-Raleigh, and others.", "Raleigh", "Raleigh County", "US", "county"),  # a state legislator's county after the party letter
    ("Allied troops landed in Normandy.", "Normandy", "Normandy", "FR", "region"),  # ISO's English spelling is the region's own name (not Normandy, Missouri)
    ("They bought wine from Tuscany.", "Tuscany", "Tuscany", "IT", "region"),  # ... (not Tuscany, Alberta)
    ("Tourists flocked to Tobago.", "Tobago", "Tobago", "TT", "region"),  # ISO's English "Tobacco" is a word, no spelling of it
    ("Floods hit Corrientes province.", "Corrientes", "Corrientes", "AR", "region"),  # ... nor "Currents" of Corrientes
    ("Troops entered the Sadr City district of Baghdad.", "Sadr City", "Sadr City", "IQ", "city"),  # a known place inside what holds it stays itself
    ("Students at a school in Queens, New York have the flu.", "New York", "New York City", "US", "city"),  # a borough's address names the city
    ("He lives in Albany, New York.", "New York", "New York", "US", "region"),  # ... a town's, the state
    ("Miami-Dade police got a search warrant.", "Miami-Dade", "Miami-Dade County", "US", "county"),  # a county's hyphenated name alone (not Dade, China)
    ("BEIRUT: Rival Palestinian families clashed outside Saida.", "Saida", "Sidon", "LB", "city"),  # a province named after its seat (Algeria's) lends the name no weight over another town's
    ("Plague struck Ituri district, in the northern part of Congo.", "Congo", "Democratic Republic of the Congo", "CD", "country"),  # "Congo" is either Congo: the story's regions choose
    ("The outbreak is in the Cuvette-Ouest region of Congo.", "Congo", "Republic of the Congo", "CG", "country"),  # ... here the other one
    ("Nine people died of Ebola in the Republic of Congo.", "Republic of Congo", "Republic of the Congo", "CG", "country"),  # without "the"
    ("The USSR collapsed in 1991.", "USSR", "Soviet Union", None, "continent"),  # a union that no longer exists: no pin
    ("Lawmakers would be the first in New England to apologize.", "New England", "New England", "US", "region"),  # six states (own table), not New England, North Dakota
    ("Deaths from the disease in the West Midlands rose.", "West Midlands", "West Midlands", "GB", "region"),  # England's region (own table), not "Midlands", Zimbabwe
    ("US sponsored terrorists fought. In France, the government acted.", "US", "United States", "US", "country"),  # ... also as an adjective, not the town Us, France
    ("Exports from the UK were banned by the EU. In France, farmers protested.", "EU", "European Union", None, "continent"),  # an abbreviation means what it abbreviates, not the town Eu, France
    ("Pilgrims who died in Mecca were buried in Medina.", "Mecca", "Mecca", "SA", "city"),  # the English name of GeoNames' "Makkah" (own table), not Mecca, California
    ("Fighters took Tal Abyad and Ras al-Ain.", "Ras al-Ain", "Ras al-Ain", "SY", "city"),  # GeoNames "Ra’s al ‘Ayn"
    ("Rebels held Jisr al-Shughur.", "Jisr al-Shughur", "Jisr al-Shughur", "SY", "city"),  # GeoNames "Jisr ash Shughūr"
    ("Tel Aviv police said so.", "Tel Aviv", "Tel Aviv", "IL", "city"),
    ("Bogdanov joined the race for Sochi Mayor on Monday.", "Sochi", "Sochi", "RU", "city"),  # the town's mayor names the town
    ("The L.A. port has signed on.", "L.A.", "Los Angeles", "US", "city"),  # a city's abbreviation in capitals (own table)
    ("Scandal-plagued Ga. pastor to be buried.", "Ga.", "Georgia", "US", "region"),  # AP state before a lower-case noun  # "Tel" of a longer name is read as "Tal" too
    ("Settlers moved into the West Bank near Nablus.", "West Bank", "West Bank", "PS", "region"),  # the territory, not all of Palestine
    ("Protesters in Kosovo blocked the road.", "Kosovo", "Kosovo", "XK", "country"),  # not Serbia's ISO claim; countryinfo lacks it: at Pristina
    ("Tourists flew to the U.S. Virgin Islands.", "U.S. Virgin Islands", "U.S. Virgin Islands", "VI", "country"),  # also at its capital
    ("Azeri troops shelled the villages.", "Azeri", "Azerbaijan", "AZ", "country"),  # demonyms news uses besides countryinfo's one
    ("Argentinian fans sang.", "Argentinian", "Argentina", "AR", "country"),
    ("Croats and Bosnian Serbs voted.", "Croats", "Croatia", "HR", "country"),
    ("Kyrgyz guards fired.", "Kyrgyz", "Kyrgyzstan", "KG", "country"),
    ("Nepali workers died in Qatar.", "Nepali", "Nepal", "NP", "country"),
    ("Strikes hit Deir al-Balah and Khan Younis.", "Deir al-Balah", "Deir al-Balah", "PS", "city"),  # shown as English news writes it ("Dayr al Balah")
    ("Fighting spread to Misrata.", "Misrata", "Misrata", "LY", "city"),  # not "Misratah"
    ("Rockets hit Kiryat Shmona.", "Kiryat Shmona", "Kiryat Shmona", "IL", "city"),  # not "Qiryat Shmona"
    ("Troops left Sievierodonetsk.", "Sievierodonetsk", "Sievierodonetsk", "UA", "city"),  # not "Siverskodonetsk"
    ("Shelling hit Sloviansk.", "Sloviansk", "Sloviansk", "UA", "city"),  # not Nikopol, which GeoNames also calls so
    ("Missiles struck Mykolaiv and Kryvyi Rih.", "Mykolaiv", "Mykolaiv", "UA", "city"),  # Ukraine's national romanisation, not "Mykolayiv"
    ("Missiles struck Mykolaiv and Kryvyi Rih.", "Kryvyi Rih", "Kryvyi Rih", "UA", "city"),  # not "Kryvyy Rih"
    ("Troops left Avdiivka.", "Avdiivka", "Avdiivka", "UA", "city"),
    ("Drones hit Kyiv.", "Kyiv", "Kyiv", "UA", "city"),  # its "yi" is two letters: not "Kiiv"
    ("Shelling hit the Zaporizhzhia region.", "Zaporizhzhia", "Zaporizhzhia Oblast", "UA", "region"),  # not ISO's "Zaporizka oblast"
    ("Fighting in Latakia province.", "Latakia", "Latakia", "SY", "region"),  # not "Al Ladhiqiyah"
    ("Britain sent ships to the Falklands.", "Falklands", "Falkland Islands", "FK", "country"),  # the short name
    ("Russian drones hit Odessa overnight.", "Odessa", "Odesa", "UA", "city"),  # the English exonym, not Odessa, Texas
    ("Police in Odessa, Texas, arrested a man.", "Odessa", "Odessa", "US", "city"),  # ... unless the text says Texas
    ("Rebels shelled Eastern Ghouta again.", "Eastern Ghouta", "Eastern Ghouta", "SY", "region"),  # landforms, islands, seas (own table)
    ("Villagers in northern Sumatra fell ill.", "Sumatra", "Sumatra", "ID", "region"),
    ("Tankers crossed the Strait of Hormuz.", "Strait of Hormuz", "Strait of Hormuz", None, "continent"),  # shared by countries: no pin
    ("Traffic on Long Island was slow.", "Long Island", "Long Island", "US", "region"),  # not the Bahamas' district
    ("Ferries to Martha's Vineyard, Nantucket and Maui.", "Martha's Vineyard", "Martha's Vineyard", "US", "region"),  # not "Vineyard", California
    ("Tourists returned to Majorca.", "Majorca", "Mallorca", "ES", "region"),  # islands no region or town is named as
    ("Strikes hit Kharg Island.", "Kharg Island", "Kharg Island", "IR", "region"),
    ("Quakes shook Lombok and Kyushu.", "Kyushu", "Kyushu", "JP", "region"),
    ("Tribes of New Guinea met.", "New Guinea", "New Guinea", None, "continent"),  # the island, not Guinea in West Africa
    ("Ships massed near the Spratly Islands.", "Spratly Islands", "Spratly Islands", None, "continent"),  # claimed by several
    ("Jets flew over the Senkakus.", "Senkakus", "Senkaku Islands", None, "continent"),
    # nations in a list: a capital with another country or its capital stands for its government
    ("Washington and Beijing traded barbs.", "Washington", "Washington", "US", "city"),  # a list of capitals, though first in its sentence
    ("Relations between Washington and China soured.", "China", "China", "CN", "country"),  # not China, Maine
    ("Trade between Texas and China grew.", "China", "China", "CN", "country"),  # a billion people's name is no village's (China, Texas)
    ("Talks between Washington and Moscow stalled.", "Moscow", "Moscow", "RU", "city"),  # not Moscow, Idaho
    ("Washington and Moscow, Idaho, are neighbours.", "Moscow", "Moscow", "US", "city"),  # ... unless an address says so
    ("Leaders in Washington, London and Berlin condemned the strike.", "Washington", "Washington", "US", "city"),  # a capital after a comma is a list's neighbour, no address: not Washington, Tyne and Wear
    ("The fair in Lebanon drew crowds from Murfreesboro and Nashville.", "Lebanon", "Lebanon", "US", "city"),  # a small country's name may be a town's
    ("In Tripoli, Lebanon, clashes erupted; Libya's Tripoli was calm.", "Tripoli", "Tripoli", "LB", "city"),  # an address, no list of nations
    ("Gardaí in Ennis said a man was arrested. A car was found near Shannon.", "Ennis", "Ennis", "IE", "city"),  # Ireland's police: not Ennis, Texas
    ("RCMP officers in Perth responded.", "Perth", "Perth", "CA", "city"),  # Canada's police: Perth, Ontario
    ("Quebec's premier said Montreal would host the games.", "Quebec", "Quebec", "CA", "region"),  # a province's office, not Québec city
    ("14 people were infected in Miami-Dade County, officials said.", "Miami-Dade County", "Miami-Dade County", "US", "county"),  # not Dade County, Georgia
    ("MERS cases rose in Riyadh, Jeddah and the Eastern Province.", "Eastern Province", "Eastern Province", "SA", "region"),  # not Sri Lanka's
    ("Houthis attacked Marib.", "Marib", "Marib", "YE", "city"),  # a governorate named after its seat: the town, though small
    ("Fighting flared near Menaka.", "Menaka", "Ménaka", "ML", "city"),
    ("The SDF shelled Ras al-Ain.", "Ras al-Ain", "Ras al-Ain", "SY", "city"),  # GeoNames gives no population: unknown, not none (not Rosh HaAyin)
    ("Shelling hit Azaz in northern Aleppo.", "Aleppo", "Aleppo", "SY", "region"),  # holds the town before it: the governorate
    ("Troops in eastern Congo clashed with rebels.", "Congo", "Democratic Republic of the Congo", "CD", "country"),  # news' Congo; pycountry's is the Republic
    ("Ebola hit the Republic of Congo. The government of Congo acted.", "Congo", "Republic of the Congo", "CG", "country"),  # ... once a story names it in full
    ("The NSW Primary Industries Minister spoke.", "NSW", "New South Wales", "AU", "region"),  # a state's minister
    ("In French cities, protests grew.", "French", "France", "FR", "country"),
    ("The French said no.", "French", "France", "FR", "country"),
    ("Troops from Chad and Niger arrived.", "Chad", "Chad", "TD", "country"),
    ("The Russian Defence Ministry said so.", "Russian", "Russia", "RU", "country"),  # a state's institution names its country  # "the French" speaking is the nation, no surname  # "in French" before a noun is the adjective
    ("Floods hit Styria on Monday.", "Styria", "Steiermark", "AT", "region"),  # an English name unlike the local one, and no everyday word
    ("Cholera may reach Port-au-Prince, officials warned.", "Port-au-Prince", "Port-au-Prince", "HT", "city"),  # "au" joins a name
    ("Cases rose in Burkina Faso, Côte d'Ivoire and Mali.", "Côte d'Ivoire", "Ivory Coast", "CI", "country"),  # an elided "d'" inside a name
    ("A former resident of Lubbock told reporters she was ill.", "Lubbock", "Lubbock", "US", "city"),  # "resident of" says place, whatever "told" says
    ("A hospital in the Mukuru district of Nairobi said cases rose.", "Nairobi", "Nairobi", "KE", "city"),  # "district of X said": the place speaks
    ("Tbilisi says the separatists attacked first.", "Tbilisi", "Tbilisi", "GE", "city"),  # a capital that speaks is its government, no person
    ("The audit went to the Kentucky Attorney General's Office.", "Kentucky", "Kentucky", "US", "region"),  # a state's office
    ("Ads by the Florida Democratic Party ran all week.", "Florida", "Florida", "US", "region"),  # a state's party
    ("Texas Ranger Steve Jeter also responded.", "Texas", "Texas", "US", "region"),  # a state's police force, before a name
    ("A spokeswoman for Ohio Gov. Ted Strickland said so.", "Ohio", "Ohio", "US", "region"),  # a state's governor, abbreviated
    ("Chris Dodd, a Connecticut Democrat, says so.", "Connecticut", "Connecticut", "US", "region"),  # a state's politician
    ("Cholera spread in Nyanza Province, Kenya's health ministry said.", "Nyanza Province", "Nyanza Province", "KE", "region"),  # a former region (own table), not Nyanza, Rwanda
    ("Flooding closed roads in Vestfold and in Telemark.", "Vestfold", "Vestfold", "NO", "region"),  # Norway's county before 2020
    ("Flooding closed roads in Vestfold and Telemark.", "Vestfold and Telemark", "Vestfold og Telemark", "NO", "region"),  # ... and 2020-2023: the longer name
    ("Storms hit Preble and Darke counties on Monday.", "Preble", "Preble County", "US", "county"),
    ("Cases rose in the provinces of Nyanza, North Eastern and Western.", "Western", "Western Province", "KE", "region"),  # "the provinces of" a list
    ("The three largest counties -- Douglas, Lancaster and Sarpy -- grew.", "Lancaster", "Lancaster County", "US", "county"),  # ... or after a dash
    ("Deputies in Clay, Grant and Swift counties searched the fields.", "Clay", "Clay County", "US", "county"),  # ... and the three that lie together (Minnesota's)
    ("Flooding closed schools in Avoyelles and Pointe Coupee parishes.", "Pointe Coupee", "Pointe Coupee Parish", "US", "county"),
    ("Shelling hit the Donetsk and Luhansk regions overnight.", "Donetsk", "Donetsk Oblast", "UA", "region"),  # a list ending in "regions": each a region, not the city
    ("Clashes spread across Aleppo, Homs and Idlib provinces.", "Homs", "Homs", "SY", "region"),  # ... "provinces" likewise
    ("Floods hit Rio de Janeiro and Sao Paulo states.", "Rio de Janeiro", "Rio de Janeiro", "BR", "region"),  # "states" too; a particle inside
    ("Curfews were imposed in Ondo and Edo states.", "Ondo", "Ondo", "NG", "region"),  # not Ondo town
    ("Troops reached Idlib and Hama.", "Idlib", "Idlib", "SY", "city"),  # a governorate named after its town is less likely than the town
    ("Troops reached Idlib and Hama.", "Hama", "Hama", "SY", "city"),  # ... so the two listed names agree on being towns
    ("Fighters advanced on al-Bab and el-Arish.", "al-Bab", "al-Bab", "SY", "city"),  # the lower-case article is part of the name's span
    ("Near al-Bab, troops massed.", "al-Bab", "al-Bab", "SY", "city"),  # a preposition before it is no name of which it is part
    ("Raids continued in Jenin and Nablus.", "Jenin", "Jenin", "PS", "city"),
    ("The DeKalb County Commission in Georgia met. Land in unincorporated DeKalb is cheap, StandUp DeKalb said.",
     "DeKalb", "DeKalb County", "US", "county"),  # "X" alone after "X County": the county (no town DeKalb in it); a camel-cased word is no first name
    ("Paris PD said the fire in the Texas town was set.", "Paris", "Paris", "US", "city"),  # "PD": the town's police department, not a person named Paris
    ("Attacks were repelled near Avdiivka and Marinka.", "Marinka", "Marinka", "UA", "city"),  # a small town's alternate name, placed by the locative before its list
    ("Police in St. John's said the road was closed.", "St. John's", "St. John's", "CA", "city"),
    ("Beijing warned Taiwan on Monday.", "Taiwan", "Taiwan", "TW", "country"),  # not ISO's "Taiwan Sheng", a province of China
    ("Officials of the People's Republic of China met.", "People's Republic of China", "China", "CN", "country"),  # not "Republic of China" inside it
    ("The Democratic People's Republic of Korea fired a missile.", "Democratic People's Republic of Korea", "North Korea", "KP", "country"),
    ("A cyclone hit Chittagong and Cox's Bazar, officials said.", "Cox's Bazar", "Cox's Bazar", "BD", "city"),  # a possessive inside the name: not "Bazar" (Bazar-Korgon, Kyrgyzstan)
    ("COX'S BAZAR, Bangladesh — Refugees fled the camps.", "COX'S BAZAR", "Cox's Bazar", "BD", "city"),  # a dateline's capitals write the possessive "'S"
    ("Flood barriers went up in King’s Lynn.", "King’s Lynn", "King's Lynn", "GB", "city"),  # ... with a typographic apostrophe, not Lynn, Massachusetts  # the possessive is the city's own name, not Saint John, New Brunswick
    ("The storm hit St. George's, the capital of Grenada.", "St. George's", "Saint George's", "GD", "city"),
  # the town bears its governorate's name too: GeoNames spells it Janīn (shown without the marks: Janin)
    ("Fire damages S.E. Paris apartment. Paris firefighters from Lamar County, Texas, put it out.",
     "Paris", "Paris", "US", "city"),  # "S.E." is the town's south-east, no person's initials ("Paris" no surname)
    ("Gunmen stormed a hotel in the Somali capital late on Friday.", "Somali capital", "Mogadishu", "SO", "city"),  # a place: where things happen
    ("The Crimean bridge was hit as Tigrayan forces retook Mekelle.", "Tigrayan", "Tigray", "ET", "region"),  # a singular demonym before a noun
    ("Scottish ministers met their Welsh counterparts.", "Scottish", "Scotland", "GB", "region"),  # a nation of the UK: its adjective is that nation, as "Syrian" is Syria (not the UK's point, 230 km off)
    ("Scottish ministers met their Welsh counterparts.", "Welsh", "Wales", "GB", "region"),
    ("An English court jailed him.", "English", "England", "GB", "region"),
    ("Texan voters and Catalan leaders disagreed.", "Texan", "Texas", "US", "region"),  # a singular the demonym rule cannot derive ("Tex-" is too short a stem)
    ("Texan voters and Catalan leaders disagreed.", "Catalan", "Catalonia", "ES", "region"),  # ... nor from a name three letters longer
    ("He would travel to London and Milan next week.", "Milan", "Milan", "IT", "city"),  # two world cities: not the Ohio towns of their names, voting for each other's country
    ("Born in Louisville, Kentucky, he won Olympic gold in Rome in 1960.", "Rome", "Rome", "IT", "city"),  # the story's country alone does not make it Rome, Georgia (a 64th of Rome)
    ("Drake, from Toronto, appeared. Brandi Carlile, from Ravensdale, Washington, won.", "Toronto", "Toronto", "CA", "city"),  # nor Toronto, Ohio
    ("Shares rose in New York on Monday.", "New York", "New York City", "US", "city"),  # the city, which news calls by its state's name
    ("New York Gov. Kathy Hochul said the state would pay.", "New York", "New York", "US", "region"),  # ... but a state's office is the state's
    ("Cases rose in Missouri, New York and Ohio.", "New York", "New York", "US", "region"),  # ... as is a name in a list of states
    ("He played a concert series in New Jersey and New York.", "New York", "New York", "US", "region"),  # ... even of two
    ("Oklahoma farmers protested.", "Oklahoma", "Oklahoma", "US", "region"),  # not Oklahoma City: a city of 650,000 is no megacity
    ("MOCOA, Colombia (AP) - Floods hit the town.", "MOCOA", "Mocoa", "CO", "city"),  # a small town's dateline, whatever the length of its country's name
    ("The storm passed. LISMORE, Australia (AP) - Floods.", "LISMORE", "Lismore", "AU", "city"),  # ... also run into a headline
    ("Rebels pushed west to Sake, a town on the road to Masisi.", "Sake", "Sake", "CD", "city"),  # an everyday word that an apposition calls a town
    ("Fighting spread to Unity state.", "Unity", "Unity", "SS", "region"),  # ... or that its kind of region follows
    ("Traders in the port of Berbera said exports fell.", "Berbera", "Berbera", "SO", "city"),  # a place before "said" where a place noun says so
    ("In Geelong, a 19-year-old was arrested.", "Geelong", "Geelong", "AU", "city"),  # ... and before an age, after a capitalised locative
    ("He was treated at Bab el-Oued hospital.", "Bab el-Oued", "Bab El Oued", "DZ", "county"),  # a quarter of Algiers, a GeoNames division; not the town El Oued
    ("Floods hit Kerala's Wayanad district.", "Wayanad", "Wayanad", "IN", "county"),  # a district ISO 3166-2 lacks, at the middle of its towns
    ("The army entered the Bajaur district.", "Bajaur", "Bajaur", "PK", "county"),  # ... by a name without its "Agency"
    ("In Rome, Ireland beat Italy 22-17.", "Rome", "Rome", "IT", "city"),  # a city that big after a comma is no unknown town of the next country
    ("Akita Prefecture officials said Kitaakita was hit.", "Kitaakita", "Kita-Akita", "JP", "city"),  # a transliteration's variant of a small town, in a story of its country
    ("Fans came from Trinidad & Tobago.", "Trinidad & Tobago", "Trinidad and Tobago", "TT", "country"),  # '&' is 'and' inside a name
    ("Sen. Robert Ford, D-Charleston, said the state would pay.", "Charleston", "Charleston", "US", "city"),  # a party's letter, then the member's town
    ("Houthis struck Marib, Taiz and Aden.", "Marib", "Marib", "YE", "city"),  # a list of towns: the seat of Marib governorate (17,000), no village sharing a region's name
    ("Migrants crossed Central America toward the border.", "Central America", "Central America", None, "continent"),  # not the "America" inside it
    ("Militants fled across the Maghreb.", "Maghreb", "Maghreb", None, "continent"),
    ("Parks in the Charlotte region grew, officials in Rock Hill said.", "Charlotte", "Charlotte", "US", "city"),  # the region around the city, not a parish of St Vincent
    ("Shelling hit the Donetsk region.", "Donetsk", "Donetsk Oblast", "UA", "region"),  # ... but a region named after the city is that region
    ("Ukrainian troops advanced in Russia's Kursk region.", "Kursk", "Kursk Oblast", "RU", "region"),  # ... after its country's possessive too
    ("Lebanon reported cholera. Cases were later found in Tripoli and Beirut.", "Tripoli", "Tripoli", "LB", "city"),  # a city of the name in the other capital's country: one country's towns, not two governments'
    ("Clashes in Ethiopia's Somali region killed 12.", "Somali", "Somali", "ET", "region"),  # a demonym before a region word: the region of that name
    ("Somali forces entered the town.", "Somali", "Somalia", "SO", "country"),  # ... else the people's country
    ("Al-Shabaab fighters retook Hudur and Wajid in Somalia.", "Hudur", "Xuddur", "SO", "city"),  # a small town's other spelling, the list said to be in its country
    ("Mud buried part of Bondo, a village in Graubuenden.", "Bondo", "Graubunden", "CH", "region"),  # an apposition says where a town lies; none of its name is known there (Kenya's is 6,000 km off)
    ("Mud buried part of Bondo, a village in the Swiss canton of Graubuenden.", "Bondo", "Graubunden", "CH", "region"),  # ... also through the nation's adjective
    ("Troops secured Mocimboa da Praia and Palma in Mozambique's Cabo Delgado province.", "Palma", "Cabo Delgado", "MZ", "region"),  # ... or its possessive (not Palma de Mallorca)
    ("Kent County Council said roads near Canterbury and Dover were closed.", "Dover", "Dover", "GB", "city"),  # Britain's county before "Council" (not Kent County, Delaware, pulling Dover there)
    ("York County Council Chairman Buddy Motz said the S.C. county would pay.", "York County", "York County", "US", "county"),  # ... unless the story names a US state
    ("The storm hit near Westport in County Mayo.", "Westport", "Westport", "IE", "city"),
    ("Police in Truth or Consequences said the road was closed.", "Truth or Consequences", "Truth or Consequences", "US", "city"),  # "or" inside a name, as "and" is ("Trinidad and Tobago")
    ("Clare County Council approved the plan.", "Clare County", "Clare", "IE", "county"),  # ... and Ireland's county before "Council" (not Clare County, Michigan)
    ("The governor of New York signed the bill.", "New York", "New York", "US", "region"),  # a state's office before its name, as after it
    ("Leaders in nearby Denison said the plan would help.", "Denison", "Denison", "US", "city"),  # "in nearby X" says place, before "said" too  # Irish counties as Ireland writes them ("County Mayo", "Co. Kerry")
    ("NURDAGI, Turkey (AP) — Rescuers searched the rubble.", "NURDAGI", "Nurdağı", "TR", "city"),  # a letter that carries its mark ("ı", "ł", "ø") folds as an accented one does
    ("Protests spread to Lodz and Gdansk.", "Lodz", "Łódź", "PL", "city"),
    ("Officials in the Bavarian capital said so.", "Bavarian capital", "Bavaria", "DE", "region"),  # a region's capital, which the gazetteer does not know: the region (not Berlin)
    ("Philippine troops clashed with rebels.", "Philippine", "Philippines", "PH", "country"),  # the adjective countryinfo lacks
    ("North Korea fired a missile on Sunday. Washington condemned the launch.", "Washington", "Washington", "US", "city"),  # a capital opening a sentence with what a government does
    ("The Arno rose to within a metre of its banks in Florence.", "Arno", "Arno", "IT", "region"),  # the river, not Arno atoll in the Marshall Islands
    ("Norway approved seabed mining in the Norwegian Sea.", "Norwegian Sea", "Norwegian Sea", None, "continent"),  # a sea, not Norway by its adjective
    ("An earthquake struck Minhe county in Qinghai province.", "Minhe", "Qinghai", "CN", "region"),  # "X county in Y" is an address; the Minhe known lies in Heilongjiang, 2,000 km off
    ("Israeli tanks pushed into southern Gaza.", "Gaza", "Gaza", "PS", "region"),  # a part of the region named after the town (the Gaza governorate), not Mozambique's Gaza province
    ("Heavy rain flooded parts of eThekwini on Monday.", "eThekwini", "Durban", "ZA", "city"),  # a Nguni locative prefix before the capital ("eSwatini", "eMalahleni")
    ("Portuguese police found migrants on a beach near Lagos, in the Algarve.", "Lagos", "Lagos", "PT", "city"),  # "X, in Y" is an address as "X, Y" is (not Lagos, Nigeria)
    ("Bandits struck near Minna, in central Nigeria. In neighbouring Niger, soldiers were ambushed near Tillabéri.", "Niger", "Niger", "NE", "country"),  # a neighbouring country, not Niger State (Minna is its capital; without Tillabéri, the state still wins)
    ("Iguala, a city in the Mexican state of Guerrero, mourned.", "Iguala", "Iguala de la Independencia", "MX", "city"),  # ... where one is known, that town
    ("Farmers in Navarre protested in Pamplona.", "Navarre", "Navarre", "ES", "region"),  # ISO's English name inside a title ("Chartered Community of Navarre"), not Navarre, Florida
    ("Farmers in the Basque Country protested.", "Basque Country", "Basque Country", "ES", "region"),  # ISO's English name holds an everyday word
    ("Dracula's castle in Transylvania drew tourists.", "Transylvania", "Transylvania", "RO", "region"),  # a historical region, no division (not the North Carolina county)
    ("Coal mines in the Ruhr closed.", "Ruhr", "Ruhr", "DE", "region"),
    ("Storms swept across the Midwest.", "Midwest", "Midwest", "US", "region"),  # not Midwest, Wyoming (400 people)
    ("The ferry from Corunna was cancelled.", "Corunna", "A Coruña", "ES", "city"),  # the English exonym GeoNames lacks, over Corunna, Ontario
    ("Leaders met in Rome and Cologne.", "Cologne", "Köln", "DE", "city"),  # an English exonym as the city's own name: not Cologne, Italy, by Rome's country
    ("Dartmouth College is in Hanover, N.H.", "Hanover", "Hanover", "US", "city"),  # ... unless the address says which
    ("Residents in Rio de Janeiro and Curitiba said the pumps had stopped.", "Curitiba", "Curitiba", "BR", "city"),  # a list after a locative, its first name joined by "de": no person who "said"
    ("SANTA CRUZ, Bolivia (AP) — Protesters blocked roads.", "SANTA CRUZ", "Santa Cruz de la Sierra", "BO", "city"),  # a dateline is a town, not the department of its name
    ("Protests spread to Santa Cruz, Bolivia's largest city.", "Santa Cruz", "Santa Cruz de la Sierra", "BO", "city"),  # ... as is a name the text calls a city
    ("Floods hit Santa Cruz province in Bolivia.", "Santa Cruz", "Santa Cruz", "BO", "region"),  # ... but a province is the province
    ("Florencia, the capital of Caquetá, was flooded. Later, Florencia Gómez said the river rose.", "Florencia", "Florencia", "CO", "city"),  # a place by its own words, whoever bears the name elsewhere in the story
    ("The Ganges rose above the danger mark at Patna.", "Ganges", "Ganges", "IN", "region"),  # the river, not Ganges, British Columbia
    ("The Nile is expected to peak at Khartoum next week.", "Nile", "Nile", None, "continent"),  # a river of several countries, placed in none
    ("He reached the summit of Mount Everest on Wednesday.", "Mount Everest", "Mount Everest", None, "continent"),
    ("Flights between Chicago and Paris resumed.", "Paris", "Paris", "FR", "city"),  # a list with a big town of its country, and being near it, make no world city's small namesake likelier (not Paris, Illinois)
    ("The toll road runs from the New York border to Boston.", "New York", "New York", "US", "region"),  # a border is a state's, not the city's
    ("Trucks queued at the Rafah border crossing.", "Rafah", "Rafah", "PS", "city"),  # ... but a border crossing is at the town
    ("Fighters attacked Malam Fatori in Borno state, close to the border with Niger.", "Niger", "Niger", "NE", "country"),  # a border with a country, as "neighbouring" it (not Niger State)
    ("Voters in Borno, Adamawa, Katsina and Kano states queued. Troops from Niger, Chad and Cameroon joined a task force.",
     "Niger", "Niger", "NE", "country"),  # a list of nations holds the nation, whatever the story's states (probe 27)
    ("Voters in Borno, Adamawa, Katsina and Kano states queued. Flooding hit Kogi, Benue and Niger states.",
     "Niger", "Niger", "NG", "region"),  # ... and a list of states the state
    ("Crowds filled the streets of Salvador for carnival.", "Salvador", "Salvador", "BR", "city"),  # a Spanish name's "El" is no article it may drop: El Salvador is no "Salvador"
    ("Protesters gathered in Salvador, Bahia, on Monday.", "Bahia", "Bahia", "BR", "region"),  # no town is its own address (the city is also called Bahia)
    ("Diplomats from the state of Kuwait arrived.", "Kuwait", "Kuwait", "KW", "country"),  # a country called a state officially, not a governorate so named
    ("Gunmen attacked a market in the state of Mexico.", "Mexico", "Mexico", "MX", "region"),  # ... which Mexico is not: its state
    ("Clashes spread in Ethiopia's Somali regional state.", "Somali", "Somali", "ET", "region"),  # a "regional state" is a region word
    ("Visitors came from Boston and from Quebec.", "Quebec", "Québec", "CA", "city"),  # not New Britain, Connecticut, which GeoNames also calls so
    ("Charleston would see highs in the 90s, but the Columbia area would feel worse.", "Columbia", "Columbia", "US", "city"),  # "the X area" is no river
    ("Flood water rose along the Dnipro on Wednesday.", "Dnipro", "Dnieper", "UA", "region"),  # "the" before a name that has a river: the river, not the city
    ("Missiles hit Dnipro on Tuesday.", "Dnipro", "Dnipro", "UA", "city"),  # ... which it is without the article
    ("The RSF crossed the Blue Nile at Hantoub bridge.", "Blue Nile", "Blue Nile River", None, "continent"),  # ... not Sudan's state
    ("Fighting spread in Blue Nile state.", "Blue Nile", "Blue Nile", "SD", "region"),  # ... which it is before its kind
    ("Israeli strikes hit villages south of the Litani.", "Litani", "Litani River", "LB", "region"),
    ("Flooding hit Derbyshire, where the River Trent rose to record levels.", "River Trent", "River Trent", "GB", "region"),  # the river, not Trento misspelt
    ("Industrial areas south of the Tagus were hit.", "Tagus", "Tagus", None, "continent"),  # a river of Spain and Portugal
    ("Migrants landed on the small island of El Hierro.", "El Hierro", "El Hierro", "ES", "region"),  # an island within one country
    ("Flooding hit Flanders and Wallonia.", "Flanders", "Vlaams Gewest", "BE", "region"),  # the English name of a region ISO names in its own language (not Flanders, New York)
    ("Farmers in Skane warned of drought.", "Skane", "Skane lan", "SE", "region"),
    ("Hikers queued at the foot of Snowdon in Wales.", "Snowdon", "Snowdon", "GB", "region"),  # the mountain, not Snowdon, Alberta
    ("Parents from Wrexham and across Cheshire were relieved.", "Cheshire", "Cheshire", "GB", "region"),  # a ceremonial county no division is named as (not Cheshire, Connecticut)
    ("He grew up in Cheshire, Connecticut, near New Haven.", "Cheshire", "Cheshire", "US", "city"),  # ... unless the address says
    ("Money will go to the north and the Midlands, with a tram in Leeds.", "Midlands", "Midlands", "GB", "region"),  # England's, not Zimbabwe's province
    ("He spoke to the Ohio Senate.", "Ohio", "Ohio", "US", "region"),  # "the" before a longer name is the name's, no river's
    ("Turkish-backed forces captured Tal Rifaat in northern Syria.", "Tal Rifaat", "Tall Rifat", "SY", "city"),  # a misspelt transliteration whose first word is common ("Tal")
    ("Troops entered Um Rawaba in Sudan.", "Um Rawaba", "Umm Ruwaba", "SD", "city"),
    ("Floods hit Beletweyne in Somalia.", "Beletweyne", "Beledweyne", "SO", "city"),  # a Somali town by its older spelling ("t" for "d")
    ("The next target should be Hawija, west of Kirkuk.", "Hawija", "Al Hawijah", "IQ", "city"),  # a small town's other spelling placed by its bearing from another place
    ("BARTELLA, Iraq (Reuters) - Christians returned to the town.", "BARTELLA", "Bartalah", "IQ", "city"),  # ... or at a dateline
    ("Washington last week revoked the designation.", "Washington", "Washington", "US", "city"),
    ("LONDON — Britain and Canada signed a trade pact in London on Wednesday. Ontario's premier watched from Toronto. Exporters "
     "in Ontario sell aircraft parts to Britain, and whisky is one of Britain's biggest sales there.", "London", "London", "GB", "city"),  # the capital of a country named by a name only it bears ("Britain"), as by its own
    ("Texas said it would appeal the ruling.", "Texas", "Texas", "US", "region"),  # who says "it" is a government, no person named Texas
    ("The governor of Missouri said the farmers would be helped.", "Missouri", "Missouri", "US", "region"),  # ... as is the place a governor is of
    ("New York lawmakers in Albany passed a budget.", "New York", "New York", "US", "region"),  # a state's lawmakers, not the city's  # a capital opening a sentence with what a government does, after a time
    ("Residents of Irpin and Bucha, north-west of the capital, said the shelling stopped.", "Bucha", "Bucha", "UA", "city"),
    ("Older residents of north Calcutta said they had not felt winds like it.", "Calcutta", "Kolkata", "IN", "city"),  # a bare compass word between "residents of" and the name: still no speaker  # "Residents of" a list, at a sentence's start too: no speaker
    ("Fighting continued in al-Hazm.", "al-Hazm", "Al Hazm", "YE", "city"),  # a locative before the lower-case article says 'place' as before the name
    ("Families reached camps at Hammam al-Alil and Qayyarah.", "Qayyarah", "Al Qayyarah", "IQ", "city"),  # ... and a list member may hold one
    ("Stocks fell in Tokyo and Frankfurt before New York opened.", "Frankfurt", "Frankfurt am Main", "DE", "city"),  # its own name without "am Main", over Frankfort, New York (2,500 people)
    ("The senator flew from Washington to London for talks.", "Washington", "Washington", "US", "city"),  # a journey's two ends are two nations' capitals, as a list's are: not Washington, Tyne and Wear
    ("The US is bolstering its presence in the gulf, as Clinton discussed Iraq with British prime minister Tony Blair, on a "
     "visit to Washington. Washington and London are alone in warning Iraq. Pan Am flight one oh three blew up over Scotland.",
     "Washington", "Washington", "US", "city"),  # one sense per name: the pair's capital settles the plain mention (not Tyne and Wear's, for "British" and "Scotland")
    ("The storm formed over the Bay of Bengal.", "Bay of Bengal", "Bay of Bengal", None, "continent"),
    ("The Mississippi River flooded farms.", "Mississippi River", "Mississippi River", "US", "region"),  # a river, drawn around its middle course with its extent, not the state it names
    ("Bodies were found in the Jordan River.", "Jordan River", "Jordan River", None, "continent"),  # ... nor the country
    ("Sailing on Lake Ontario, she rested.", "Lake Ontario", "Lake Ontario", None, "continent"),  # ... a lake, not the province
    ("Fighters held the Tal Abyad-Raqqa road.", "Raqqa", "Raqqa", "SY", "city"),  # a place before the hyphen: no double-barrelled name
    ("It was in World War I. Paris was taken.", "Paris", "Paris", "FR", "city"),  # a numeral after 'War' is no middle initial
    ("Trinidad and Tobago won the match.", "Trinidad and Tobago", "Trinidad and Tobago", "TT", "country"),  # one country, not Trinidad, Bolivia
    ("Palestinian officials say stressed Gazans turn to meditation.", "Gazans", "Gaza", "PS", "region"),  # of both Gazas, the one the story is near
    ("Iraqi forces cleared villages near Hawija in Kirkuk province.", "Hawija", "Al Hawijah", "IQ", "city"),  # GeoNames' final '-ah' as the news writes it
    ("The Taliban took Kunduz and Mazar-i-Sharif before entering Kabul.", "Mazar-i-Sharif", "Mazar-e Sharif", "AF", "city"),  # the Persian 'i' inside a name
    ("Al-Shabaab attacked a base in Lower Shabelle and seized a town in Middle Shabelle.", "Middle Shabelle",
     "Middle Shabelle", "SO", "region"),  # ISO's English name, 'Middle' read like 'Lower', shown as English news writes it
    ("Strikes hit the Ukrainian capital overnight.", "Ukrainian capital", "Kyiv", "UA", "city"),
    ("Prices rose, according to Moscow.", "Moscow", "Moscow", "RU", "city"),  # a capital that speaks is its government, still placed
    ("The fire spread, according to Hopkinton police Chief David Wheeler.", "Hopkinton", "Hopkinton", "US", "city"),  # the name begins a longer one
    ("A man of Roswell, who was hurt, is stable.", "Roswell", "Roswell", "US", "city"),  # "who" is the man of that town
    ("Russian forces shelled Kharkiv overnight, the governor said. Troops pushed back Wagner fighters near Bakhmut. Drones "
     "struck Sevastopol. Residents fled from Kherson to Mykolaiv after the Kakhovka dam collapse. Troops withdrew toward Horlivka.",
     "Kherson", "Kherson", "UA", "city"),  # the town the oblast is named after ("Khersonska oblast"), as a bare "Idlib" is
    ("Government forces shelled Douma. Rebels pushed back troops near Hama and Homs. Jets struck Raqqa and Deir ez-Zor. "
     "Thousands fled from Idlib to Azaz after strikes on Saraqeb and Maarat al-Numan. Troops withdrew toward Latakia.",
     "Idlib", "Idlib", "SY", "city"),  # towns of the governorate (Saraqeb) support the town it is named after as much as it
    ("Talks resumed. India Pakistan relations thawed.", "Pakistan", "Pakistan", "PK", "country"),  # a country opening a sentence is no first name
    ("Georgian troops shelled Tskhinvali.", "Tskhinvali", "Tskhinvali", "GE", "city"),  # no ejective mark ("Ts’khinvali")
    ("Foot passengers from Bangor in County Down came. A farmer from Co. Tyrone spoke.", "Co. Tyrone", "County Tyrone", "GB",
     "region"),  # Northern Ireland's counties, no division today; "Co." joins its name as "St." does (held-out probe 25)
    ("Officials at the Ga. Department of Transportation said the bridge would close.", "Ga.", "Georgia", "US", "region"),
    # an AP abbreviation before a state's office after "the"
    ("Suleja sits on the edge of the Federal Capital Territory, in Nigeria.", "Federal Capital Territory",
     "Abuja Federal Capital Territory", "NG", "region"),  # Nigeria's name for it, which ISO writes after "Abuja" (held-out probe 24)
    ("Hezbollah fighters left Qusayr.", "Qusayr", "Al Qusayr", "SY", "city"),  # shown without GeoNames' transliteration marks ("Al Quşayr")
    ("Troops clashed with protesters in Imphal and Churachandpur.", "Churachandpur", "Churachandpur", "IN", "city"),  # India lists English first, but GeoNames transliterates its towns ("Churāchāndpur")
    ("Protests filled Kraków.", "Kraków", "Kraków", "PL", "city"),  # ... but a Latin-script country's own letters stay
    ("Government forces advanced in southern Idlib.", "Idlib", "Idlib", "SY", "region"),  # a part of the governorate (which holds the city), not of the city
    ("Shelling continued in rural Aleppo.", "Aleppo", "Aleppo", "SY", "region"),  # "rural": the countryside, the governorate
    # a region transliterated from another script is shown by its English name however unlike ISO's ("Halab")
    ("Troops entered Nineveh province.", "Nineveh", "Nineveh", "IQ", "region"),  # not ISO's "Nīnawá"
    ("Jets struck Deir ez-Zor province.", "Deir ez-Zor", "Deir Ezzor", "SY", "region"),  # the region still reads its seat's name
    ("Drones hit the Lviv region.", "Lviv", "Lviv Oblast", "UA", "region"),  # ISO's Ukrainian adjective "Lvivska oblast"
    ("Floods hit the Luhansk region.", "Luhansk", "Luhansk Oblast", "UA", "region"),  # the English name most alike the adjective, not "Luhan"
    ("Protests spread across Belarus, to the Brest region.", "Brest", "Brest Region", "BY", "region"),  # Belarusian "Bresckaja voblasć"
    ("Ferries sailed to Crete.", "Crete", "Crete", "GR", "region"),  # Greek "Kriti"
    ("Officials met in Kvemo Kartli.", "Kvemo Kartli", "Kvemo Kartli", "GE", "region"),  # the name part is the local one: not "Lower Kartli"
    ("Water ran short in the Al Wahat district.", "Al Wahat", "Al Wahat", "LY", "region"),  # ISO's English "Oases" is a word, not a name
    # a local name but for accents stays when English uses it more than an alike English name ISO gives
    ("Taliban fighters entered Nangarhar province.", "Nangarhar", "Nangarhar", "AF", "region"),  # not ISO's "Ningrahar"
    ("Curfews were lifted in Baghdad province.", "Baghdad", "Baghdad", "IQ", "region"),  # not "Bagdad"
    ("Floods hit Sao Paulo state.", "Sao Paulo", "Sao Paulo", "BR", "region"),  # ISO's "Saint Paul" is a translation
    ("Troops left the Shusha district of Azerbaijan.", "Shusha", "Shusha", "AZ", "region"),  # "Şuşa" without its accent ("Susa") is no English
    ("Civilians were evacuated from eastern Aleppo.", "Aleppo", "Aleppo", "SY", "city"),  # a compass word before a city of millions: a part of the city
    ("Shelling continued in Rural Damascus.", "Rural Damascus", "Rif Dimashq", "SY", "region"),  # the governorate's English name
    ("Clashes in Tigray spread to Amhara.", "Amhara", "Amhara", "ET", "region"),  # ISO's English name is "Amhara National Regional State"
    ("Russia annexed Crimea in 2014.", "Crimea", "Crimea", "UA", "region"),  # shown as English news names it, not "Avtonomna Respublika Krym"
    ("Clashes are frequent in Dagestan.", "Dagestan", "Dagestan", "RU", "region"),  # not ISO's inverted "Dagestan, Respublika"
    ("Rebels gathered in Wallonia.", "Wallonia", "Wallonia", "BE", "region"),  # ... nor "wallonne, Région"
    ("The M23 rebels advanced in North Kivu.", "North Kivu", "North Kivu", "CD", "region"),  # not ISO's French "Nord-Kivu"
    ("Floods hit West Java and South Sulawesi.", "West Java", "West Java", "ID", "region"),  # not ISO's "Jawa Barat"
    ("A nurse living in Bavaria fell ill.", "Bavaria", "Bavaria", "DE", "region"),  # the English name, not ISO's "Bayern"
    ("Clashes spread in Diyarbakir province.", "Diyarbakir", "Diyarbakir", "TR", "region"),  # no dotless i English news drops
    ("Floods hit Dong Nai province.", "Dong Nai", "Dong Nai", "VN", "region"),  # no barred d ("Đong Nai")
    ("Separatists fought in Chechnya.", "Chechnya", "Chechnya", "RU", "region"),  # ... nor ISO's adjective, "Chechenskaya Respublika"
    ("Refineries burned in the Krasnodar region.", "Krasnodar", "Krasnodar Krai", "RU", "region"),  # ... "Krasnodarskij kraj"
    ("The army launched operations in North Waziristan.", "North Waziristan", "North Waziristan", "PK", "region"),  # a conflict area, no ISO region
    ("Snow fell in upstate New York.", "New York", "New York", "US", "region"),
    ("Kaohsiung is a county in southern Taiwan.", "Taiwan", "Taiwan", "TW", "country"),  # a country's own name stays the country
    ("The plant is in Stroud, Ontario.", "Ontario", "Ontario", "CA", "region"),  # an address: the province, though no Stroud in it is known (not Ontario, California)
    ("He grew up in Montreal, Quebec.", "Quebec", "Quebec", "CA", "region"),  # "X, Y": Y holds a town X may be (Montreal is also in Wisconsin)
    ("Health officials in Mexico, China, Japan and Brazil report cases.", "China", "China", "CN", "country"),
    ("Officials can handle only 48,000 deaths in Wales and in England.", "Wales", "Wales", "GB", "region"),  # "X and in Y" is a list; not the village of Wales, South Yorkshire
    ("Cases were found in Utah, Virginia, Washington, West Virginia and Wyoming.", "Washington", "Washington", "US", "region"),  # inside a list of states: no town "Washington, West Virginia"
    ("Flights to St. Petersburg's Pulkovo Airport were cut.", "St. Petersburg", "Saint Petersburg", "RU", "city"),  # a city's possessive before a capital is still the city
    ("Residents fled Kidal and Gao as fighting intensified.", "Gao", "Gao", "ML", "city"),  # Kidal, a town and the region named after it, lists towns
    ("Officials are checking cases in Washington, Pennsylvania and California.", "Washington", "Washington", "US", "region"),  # a list of three states ending in "and": no town "Washington, Pennsylvania"
    ("The firm moved from Paris, Texas and Dallas.", "Paris", "Paris", "US", "city"),  # ... but a town that is no state stays the town of "X, Y"
    ("Cases rose in states including Georgia, Oklahoma, Pennsylvania, Wisconsin and California.", "Oklahoma", "Oklahoma", "US", "region"),  # a list of states that opens with a likelier country ("Georgia"): no town "Oklahoma, Pennsylvania"
    ("Ceres, California had cases. Menu Foods, based in Mississauga, Ontario, recalled food.", "Ontario", "Ontario", "CA", "region"),  # "X, Y": Y holds X, whatever else the story names
    ("Cases by province: twelve in Ontario, eight in Alberta, and one in Quebec.", "Quebec", "Quebec", "CA", "region"),  # a counted list of provinces
    ("Finalists were Louisville, Ky., New Haven, Conn., and Sioux Falls, S.D.", "New Haven", "New Haven", "US", "city"),  # pairs of town and state: "X, Y" holds
    ("Cases were reported in the United States: Arizona, Ohio, Oregon, Utah, Washington and Wisconsin.",
     "Washington", "Washington", "US", "region"),  # both neighbours are states: each counts, over the named country's capital  # a list of countries, not "X, Y" (a town China in Japan)
    # Toronto is linked to Ontario (GeoNames' region "08" = ISO CA-ON), and a province holding a town the
    # story names wins however many US places the story names besides
    ("A ward opened in Toronto, Canada. Services in Ontario are strained. Nurses from Buffalo, New York and "
     "Dunn, North Carolina came to help, and the United States sent supplies.", "Ontario", "Ontario", "CA", "region"),
    # trade and travel news's "Korea" is South Korea (GeoNames has only a village Koréa, in Côte d'Ivoire)
    ("Buyers in Japan, Taiwan and Korea took most of the coal.", "Korea", "South Korea", "KR", "country"),
    # ... but a country's flu season is the country's
    ("With the United States flu season under way, clinics filled.", "United States", "United States", "US", "country"),
    # "in" joins a town's name as "on" and "upon" do ("Henley-on-Thames"): not Appleby and Westmorland, New Brunswick
    ("Homes in Appleby-in-Westmorland were evacuated.", "Appleby-in-Westmorland", "Appleby-in-Westmorland", "GB", "city"),
    # a neighbour named like a state counts as one in a list, though its likelier reading is a city (the capital)
    ("Similar dam removals in Washington and Oregon helped salmon.", "Oregon", "Oregon", "US", "region"),
])
def test_resolves(geoparser, text, surface, name, country, kind) -> None:
    hits = [h for h in _found(geoparser, text) if h[0] == surface]
    assert hits and hits[0][2:] == (name, country, kind), _found(geoparser, text)


@pytest.mark.parametrize(("text", "surface", "state", "why"), [
    ("He moved from New York to Boston in 2010.", "Boston", "MA", "a big town's state makes no world city's small namesake likelier (Boston, New York has 8,000 people)"),
    ("The toll road runs from the New York border to Boston.", "Boston", "MA", "nor, beside its country's own world city of the name, the state alone"),
    ("Paulding County deputies arrested a man in Dallas on Friday.", "Dallas", "GA", "a county of its state still does"),
    ("The Georgia town of Dallas is growing.", "Dallas", "GA", "'the Georgia town of X': the state holds the town, as in 'Libya's Tripoli'"),
    ("Paris police said the Lamar County jail was full.", "Paris", "TX", "a small place of its state still makes the namesake"),
    ("Drivers from Texas said Paris was quiet.", "Paris", "TX", "and so does its state, where its country has no world city of the name"),
    ("Paris, 100 miles east of Dallas, flooded.", "Paris", "TX", "and a bearing from a town, as far as it says"),
    ("Washington said it would send more agents to Chicago.", "Washington", "DC", "a capital that acts as a government is the capital, whatever town its neighbours favour"),
    ("Washington has promised more trade aid to farmers in Iowa.", "Washington", "DC", "... and so does one that has promised"),
])
def test_world_city_namesakes(geoparser, text, surface, state, why) -> None:
    hits = [m for m in geoparser.parse(text) if m.text == surface]
    assert hits and hits[0].place is not None and (hits[0].place.country_code, hits[0].place.admin1) == ("US", state), why


@pytest.mark.parametrize(("text", "surface", "role"), [
    ("US sponsored terrorists", "US", "demonym"),  # an adjective: names an actor, never where
    ("US-sponsored terrorists", "US", "demonym"),
    ("The US and its allies created a corridor.", "US", "demonym"),  # metonymic: the government acts
    ("Syrian forces advanced.", "Syrian", "demonym"),
    ("Canadian capital markets fell.", "Canadian", "demonym"),  # capital markets are no capital city
    ("Blasts shook the Syrian capital, Damascus, on Sunday.", "Syrian", "demonym"),  # the capital is named: it is the place
    ("the Russian defence ministry", "Russian", "demonym"),
    ("BEIRUT — Fighters seized the city.", "BEIRUT", "dateline"),  # where the reporter was
    ("MOSCOW, December 11. The ministry said.", "MOSCOW", "dateline"),
    ("HOMS, Syria — Soldiers advanced.", "HOMS", "dateline"),
    ("ATLANTA - The trial opened.", "ATLANTA", "dateline"),  # a common word ("atlanta" is frequent) at a dateline
    ("Fighters seized Beirut airport.", "Beirut", "location"),
    ("Many Ohioans voted early.", "Ohioans", "demonym"),  # a demonym derived from a region's name
    ("A Kansas City, Kan., police officer was dragged.", "Kan.", "qualifier"),  # the state that holds the town: which town
    ("Flooding hit Paris, Texas, on Monday.", "Texas", "qualifier"),
    ("Attacks were repelled near Avdiivka in the Donetsk region.", "Donetsk", "qualifier"),  # "X in the Y region": which X, no event of its own
    ("He moved from Mosul in Iraq to Raqqa.", "Iraq", "qualifier"),
    ("A cow in the province Alberta, Canada, tested positive.", "Canada", "qualifier"),  # ... or the country after a province
    ("Fighting in Aleppo, Idlib and Homs.", "Idlib", "location"),  # a list: Idlib does not hold Aleppo
    ("Russia has deployed troops.", "Russia", "demonym"),  # a country that acts names an actor
    ("The United States has seen two cases; Haiti was hit by floods.", "United States", "location"),  # where things happen
    ("The United States has seen two cases; Haiti was hit by floods.", "Haiti", "location"),  # ... not an actor's deeds
    ("Sen. Joe Manchin, D-W.Va., spoke.", "W.Va.", "demonym"),  # a politician's state names the politician, never where
    ("Rep. Kevin Brady, R-Texas, spoke.", "Texas", "demonym"),
    ("Nancy Pelosi, D-Calif, spoke.", "Calif", "demonym"),  # the abbreviation without its period, after a party letter
    ("Sen. Ted Cruz (R-TX) spoke.", "TX", "demonym"),  # ... or the postal code
    ("Cases were found in Romanian and Ukrainian fowl.", "Romanian", "demonym"),  # a list that goes on with a noun: no languages
    ("Russians moved money into Georgian banks.", "Georgian", "demonym"),  # ... after "into" too
    ("Hong Kongers queued for hours.", "Hong Kongers", "demonym"),
    # a headline run into its story: a small town in capitals after a sentence, then " - " (not a heading)
    ("Madison will dump assessors. DANIELSVILLE - Madison County commissioners voted.", "DANIELSVILLE", "dateline"),
    ("Talks stalled. PARIS - The ministers met again.", "PARIS", "dateline"),
    ("Crash victim upgraded to stable. MIDDLETOWN — A senior is well.", "MIDDLETOWN", "dateline"),  # a rarer word than "update"
    ("House passes bonus tax. WASHINGTON — Lawmakers denounced it.", "WASHINGTON", "dateline"),  # a big city named by a common word
    ("MADRID (AP) — Real Madrid beat Barcelona 2-1.", "MADRID", "dateline"),  # the club's name makes no person of the dateline
    ("MUNICH (AP) — Bayern Munich won again on Saturday.", "MUNICH", "dateline"),
])
def test_roles(geoparser, text, surface, role) -> None:
    hits = [h for h in _found(geoparser, text) if h[0] == surface]
    assert hits and hits[0][1] == role, _found(geoparser, text)


@pytest.mark.parametrize(("text", "why"), [
    ("May was quiet. In March nothing happened.", "months are not places"),
    ("Kurds have lived there since Operation Olive Branch.", "a military operation's name (not Olive Branch, Mississippi)"),
    ("Ralston said it would sell the unit.", "a town's name that says 'it' is a firm's"),
    ("The report said so.", "function words are not places"),
    ("On Sunday, Reports confirmed it.", "weekdays and capitalised common words"),
    ("According to Stephen Lendman, it was planned.", "a person's name ('Stephen' is also a town)"),
    ("Barges stalled where the Ohio and Mississippi rivers meet.", "rivers in a list, not the states"),
    ("Brent crude rose 2 percent and Urals crude fell.", "oil prices named after a field or a port"),
    ("The Reston strain does not sicken people.", "a virus strain named after a town"),
    ("The Pan American Health Organization and pan-African bodies met.", "no one country in 'Pan American'"),
    ("Middle East respiratory syndrome cases rose.", "a disease's name"),
    ("He is survived by his sister Fay, wife of Gary Breidenstine.", "a ZIP-code town's name (Fay, Oklahoma) is read only where its state follows"),
    ("The father, identified only by his last name of Lu, is recovering. Lu was diagnosed with pneumonia.",
     "a surname, said to be one: the person, and later the person alone, not the town Lu in Italy"),
    ("The minister told al-Jazeera the talks had failed.", "the broadcaster, not Sudan's Gezira state"),
    ("Cleric Muqtada al-Sadr declared a ceasefire.", "'al-X' after a given name is a man's name, not Sadr City"),
    ("(Global Research, December 12, 2016)", "an outlet's name"),
    ("However, the Police said it is over.", "sentence-initial words; 'Police' is a Polish town"),
    ("The mayor, Steve Ripley, spoke. Later Ripley closed the road.", "a surname seen in a full name stays a person"),
    ("IS fighters and AP reporters", "short all-caps words are not country codes unless they are ('US', 'UK')"),
    ("The Interior Department said Hamas had agreed.", "generic words and organisations that are also place names"),
    ("Shoppers crowded the Wal-Mart on Saturday.", "part of a hyphenated brand"),
    ("Officer Verduin took the call.", "a one-word near-miss of a small town's name is no misspelling"),
    ("The Adkins family gathered on Sunday.", "only a small town's alternate name, and nothing says 'place'"),
    ("Reading the report, he left. Mobile phones rang.", "a big city named by a common word opens a sentence"),
    ("Cases of Marburg virus and Lassa fever rose.", "a disease named after a place is not the place"),
    ("The White House and the Red Cross responded.", "institutions that share a small town's name"),
    ("Xinhua reported that a McDonald's restaurant closed.", "a news agency and a restaurant chain that share towns' names"),
    ("She learned English; the ad aired in English and Spanish. English language learners met.",
     "a demonym that names a language ('learned', 'in X and Y.', 'X language') is no toponym"),
    ("Officer Monica French said the grant was late. French said more. Solicitor Philip English agreed.",
     "a demonym that is a person's surname, and the person alone later"),
    ("The American Red Cross and the American Heart Association helped Native American families.",
     "a demonym opening a society's name, and 'Native American', name no country"),
    ("Officers Ron McCurry and Chad Walker responded.", "a country's name that is a first name, before a surname"),
    ("Abbas a-Sayed and Jamal Abu al-Hija planned it.", "an Arabic name goes on after 'a-'/'al-' ('Abbas' is also a town)"),
    ("Miss. Jones came to Sunday Mass. The priest spoke.", "'Miss.' and 'Mass.' before a capital are a title and a service"),
    ("Prices rose. UPDATE - The market fell.", "a heading in capitals after a sentence is no run-in dateline"),
    ("Tell me more about it.", "'Tell' alone keeps its English spelling ('Tall', 'Tal' are towns)"),
    ("He joined United Russia last year.", "'United' before a country's name makes a party's or a team's name"),
    ("Ties soured under George Bush Jr.", "a first name before a famous surname ('George' is also a town)"),
    ("The Rev. Al Meredith spoke. Meredith escaped harm.", "a title's full stop ends no sentence: 'Al' is a first name"),
    ("We'd hate that. â Itâ s not traffic,â he said.", "contractions, and 'It’s' read in the wrong encoding ('Wedi', 'Itá' are towns)"),
    ("Who shot Matthew D. Flores? Flores, 26, had left the Army.", "a surname after a middle initial, and with an age ('Flores' is also a region)"),
    ("Capt. Roy A. Nelson said the music was loud. Nelson said more.", "a surname that is also a region's name"),
    ("The fire at 6016 Dublin Road spread to a pharmacy on Clarksville Street.", "streets named after towns"),
    ("Crowds marched on St. Patrick's Day and again on Columbus Day.", "holidays ('St. Patrick' and 'Columbus' are also towns)"),
    ("After the party their red 1991 Honda broke down near a stolen silver 2005 Ford.",
     "a model year after a car's colour ('Honda' is a Colombian town)"),
    ("The Toyota failed to yield and struck a 2003 Honda Accord and a 2005 Lincoln Town Car.",
     "cars: a make after 'the', after a model year or before a model ('Toyota', 'Honda', 'Lincoln' are also towns)"),
    ("Amal and Hezbollah fighters clashed; al-Shabab claimed the attack.",
     "armed movements named like towns (Åmål, Sweden; Shabab, Iran)"),
    ('"Samples were sent," said Clifford in a statement. "We are ready," said Steele.',
     "the speaker named after a quote and its verb ('Clifford', 'Steele' are also towns)"),
    ("Hassan el Bushra, the regional adviser, spoke. Victoria de los Angeles sang.",
     "a first name before a surname's particle: Arabic 'el' written apart, Spanish 'de los'"),
    ("Marie-France Dupont spoke. Anne-Victoria Lenz answered.", "the second half of a hyphenated first name"),
    ("Luc van den Brande spoke. Leonardo da Vinci painted.",
     "a surname after its particle, and the first name before it ('Brande', 'Vinci', 'Luc' and 'Leonardo' are also towns)"),
    ("The bill was sent to the Duma in December.", "Russia's parliament (the Syrian town is 'Douma' in English news)"),
    ("Three people were found shot in the 2400 block of South 13th Terrace, near Second Terrace.",
     "a street after an ordinal, in digits or in words ('Terrace' is a town)"),
    ("Beers, sofas, TVs found in the river.", "the plural of an everyday word opening a sentence ('Beers' is a town)"),
    ("She was preceded in death by her son, Lynnwood W. Schell.", "a first name and an initial are no misspelt town (Lynwood)"),
    ("A T-Mobile store opened near the E-Trade office.", "a capital and a hyphen make a brand ('Mobile' is a city)"),
    ("Crowds filled St. Peter's Square. She was treated at St. Mary's Hospital near St. John's Lutheran School.",
     "a saint's square, hospital or school ('Saint Peter', 'Saint Mary' and 'Saint John' are also places)"),
    ("Beautiful weather ended. Settlement talks failed. Sweet potatoes grew.",
     "what a subdivision's name means in English ('Beautiful' for Phichit, 'Settlement' for Puebla) is no name of it"),
    ("They live on the Island.", "'Ísland', Iceland's own name, is the English word 'island'"),
    ("Google workers left. Drug prices rose. Luck ran out.",
     "GeoNames alternates that are everyday words ('Google' for Topeka, 'Drug' for Durg, 'Luc'k' for Lutsk)"),
    ("Gulf security was discussed. Store owners closed early.",
     "a common word that names a small region ('Gulf', Papua New Guinea; 'Store', Slovenia) means the word"),
    ("A friend of Nelson said he had left.", "'of' alone says no place: the friend of a person ('Nelson' is also a region)"),
    ("Prosecutors say the teenager stabbed Welch. The victim, Jacob Welch, died on Sunday.",
     "a surname said before the full name is a person too ('Welch' is also a town)"),
    ("The meeting ran late. Steve Dunning is the principal of the school.",
     "a first name opening a sentence, however frequent a word ('steve'), makes a surname of the next name"),
    ("Chess results are in. John Clifford, the chief veterinarian, spoke.", "... 'John' too"),
    ("Mr. Kemp told the New York Times. The Jerusalem Post reported it.", "a newspaper's name is where nothing happens"),
    ("She told Agence France-Presse and the Voice of America. Radio Pyongyang said so.",
     "nor is a news agency's or a broadcaster's"),
    ("Pigs tested positive for the Reston ebolavirus.", "a virus named after a town ('Reston virus' too)"),
    ("The Marburg virus was confirmed. Because Marburg kills slowly, doctors have time.",
     "a virus named after a town, then its name alone in the same story"),
    ("NATO backs euro-Atlantic integration and trans-Pacific trade.", "a prefixed adjective names no place"),
    ("Union Pacific trains stopped. He reads the Atlantic Monthly. The Pacific Decadal Oscillation returned.",
     "an ocean's name that a longer name goes on from, or without its article, is no ocean"),
    ("Wagner fighters and the Azov regiment held out.", "a group named like a small town is no place"),
    ("Rafa Nadal won the final.", "a short Arabic name keeps its final 'h' ('Rafah'): 'Rafa' is a first name"),
    ("Jahan Nazarian was born in a village.", "a surname in '-an' after a first name is no singular demonym ('Nazarje')"),
    ("During Ramadan, fighting eased. Lent and Passover began.", "religious seasons and feasts ('Ramadan' is an alternate name of Turabah)"),
    ("The unit was leased to Barry M. George, 46. Items found at George's apartment were seized.",
     "a middle initial's full stop ends no sentence, and what a person owns makes the name a person after 'at' too"),
    ("The spokesman Joaquin Navarro-Valls spoke. Navarro-Valls said more. Amir Abdul-Hamid kept goal.",
     "the second part of a person's double-barrelled name, and later the name alone ('Valls', 'Hamid' are also towns)"),
    ("It was a project of Raynola St. Clair, of the society. St. Clair wants to get the word out, St. Clair said.",
     "a saint's name after a first name is a surname, and so it is alone later ('St. Clair' is also a town)"),
    ("Dan Adkins of Hartman & Tyner Inc. met consultants from McPherson & Jacobsen. Joan & Donna wrote it.",
     "names joined by an ampersand are people or a firm of them ('Hartman', 'McPherson', 'Donna' are also towns)"),
    ("Then the militia Fano attacked. The armed group Wagner withdrew.", "... nor is it after the word for a group"),
    ("He fled on foot, according to Taylor.", "'according to X' that ends the clause: who speaks"),
    ("The story starts with Hailey, who was born early. Hailey had a heart defect.",
     "'X, who' is a person (a place is 'which' or 'where'), and so is X alone in the rest of the story"),
    ("Past year was best for Dyer. Jordan Dyer, a 17-year-old student, made 30 appearances. Dyer is all smiles.",
     "an age after a full name makes a person of it: 'Jordan' is her first name and 'Dyer' her surname everywhere"),
    ("Prosecutors charged a teenager with killing Welch. Welch and his mother had left. Raby was ejected and died.",
     "what is done only to a person or only a person does: 'killing X', 'X and his mother', 'X was ejected' ('Welch', 'Raby' are towns)"),
    ("A main blew at the corner of Lakeview and Harrison streets. A truck hit him near Rivers and Stokes avenues.",
     "two streets named together before a plural 'streets' or 'avenues' ('Lakeview', 'Stokes' are towns)"),
    ("Boats crowded Lake Lanier. Farms line the Gwinnett River.", "a lake or a river named like a county is not the county"),
    ("Sailing near Lake Vermont, she rested.", "... nor like a state"),
    ("Guests checked into the Holiday Inn near the airport.", "a hotel's word: the river is only 'River Inn' or 'Inn valley'"),
    ("Alliance leader Luis Montenegro claimed victory. Tom Holland starred in the film.",
     "a country's name right after a first name is a surname"),
    ("The Duke of Sussex and Lord Snowdon attended.", "a peer's title is a person's, no event's place"),
    ("Visitors flocked to Zion National Park and Rocky Mountain National Park.",
     "a small town named by everyday words is the tail of a longer name ('National Park', New Jersey)"),
    ("Clarke and Marshall updated their policies.", "a county's name alone that is a surname or a common word is not the county"),
    ("President Barack Obama spoke. Faith in Obama waned. Confidence in Clinton's plan fell.",
     "a famous surname after 'in' is the person in a story that names the person, or when the person owns something"),
    ("Ont. is how papers shorten a province's name.", "a Canadian province's abbreviation only after a town and a comma"),
    ("They celebrated the astronomer Galileo Galilei.", "a surname after a first name is no demonym derived from a place ('Galilee')"),
    ("The author spoke about the president. Lincoln visited the defenders at Fort Stevens. A Lincoln letter was shown.",
     "what only a person does ('visited', 'lived'): the person, and so the name alone elsewhere in the story"),
    ("Veterans recalled the D-Day landings.", "a party letter needs a name and a comma before it ('Boggs, D-Braxton'): no Day County"),
    ("Mid-table, Jordan Henderson scored twice.", "a country's name before a surname that ends the name is a first name ('Henderson' is a city)"),
    ("Andrew Trapani is a producer. Trapani said yes. Trapani said no. Trapani said more. Trapani said so. The idea came to Trapani later.",
     "a name the story makes a person far more often than a place is the person after 'to' too ('Trapani' is a city)"),
    ("For the sake of peace, a town hall met.", "an everyday word before an apposition that names no town of it"),
    ("Officials said Kitaakita was hit.", "a variant of a small town's name where the story names no country of it"),
    ("About 60 percent of West Nile cases were mild.", "the virus, not the river"),
    ("Amazon shares rose 3 percent.", "the company: the river is only 'the Amazon River', 'the Amazon Basin'"),
    ("Washington said he would return next season.", "a capital opening a sentence that 'said' may be a person: no stance of a government"),
    ("A fire gutted the restaurant of his wife Nancy; their daughter Elizabeth ran it.", "kin before a name: a person ('Nancy', 'Elizabeth' are towns)"),
    ("He bought an eBook with an iPhone on eBay.", "brands in lower camel case are no names"),
    ("The Mamoré River rose to its highest level in a decade.", "a river the gazetteer lacks is no misspelt Mooi River (its town's name has the word too)"),
    ("The 1968 pandemic was known as Hong Kong flu; the Spanish flu of 1918 was worse; the Kent variant spread; the Zaire "
     "species differs.", "a flu, a variant or a species named after a place is not the place (as GeoVirus has it)"),
    ("Letters went home in Punjabi and Hindi; the memo was translated into Arabic and Farsi, officials said.",
     "languages after 'in' or 'into' that end their phrase ('Punjabi' is Punjab's people, 'Farsi' a town's name too)"),
    ("The raiders slipped through Union lines. Many homeowners struggled through Sandy and never rebuilt.",
     "'through' is no locative before a common word's town (a rule making it one was withdrawn): an army's lines, a storm"),
    ("Seal numbers have fallen on the Wash. The ferry crossed the Wash. Parishioners packed the cathedral for the Mass. "
     "Children walked the animals onto the Ark. Parents said it was the best show yet.",
     "an AP abbreviation that is an English word too ends a sentence after 'the': no state (held-out probe 25)"),
    ("It is a small Gulf state. The Baltic states and the Balkan states sent envoys.",
     "the states of a sea or a peninsula: not Papua New Guinea's Gulf province, Turkmenistan's Balkan or Baltic, Connecticut"),
    ("Members of the Baha’i faith met.", "a faith's name, not a town of Ethiopia once its article ('El Bahay') is dropped"),
    ("The ministry moved to the Federal Capital last year.", "a title every federation's capital has (GeoNames gives it to "
     "Washington; Nigeria's, Brazil's, Argentina's and Pakistan's news use it too)"),
])
def test_not_places(geoparser, text, why) -> None:
    assert _found(geoparser, text) == [], why


@pytest.mark.parametrize(("text", "country", "why"), [
    ("Police in Austin and Dallas said the roads in Houston were closed.", "US", "every place in one country"),
    ("Talks in Paris and Berlin went on.", None, "two countries, neither more than half"),
    ("Americans met in Paris.", None, "one place is too little to say (demonyms do not count)"),
    ("SINGAPORE - Shops will close for the holiday.", "SG", "a dateline counts twice: where the story was filed"),
    ("SINGAPORE - Talks in Jakarta and Bangkok went on.", None, "... but not over two other countries' places"),
])
def test_own_country(geoparser, text: str, country: str | None, why: str) -> None:
    assert own_country(geoparser.parse(text)) == country, why


def test_an_address_after_in_may_be_a_county(geoparser) -> None:
    # "X, in Y" for a county Y as for a region: Richmond in North Yorkshire (54.4 N), not Richmond in London (51.5 N)
    richmond = [m for m in geoparser.parse("One of the dead was from Richmond, in North Yorkshire.") if m.text == "Richmond"]
    assert richmond and richmond[0].place is not None and richmond[0].place.lat > 54


def test_a_language_before_what_a_place_is_called_is_no_place(geoparser) -> None:
    found = [m.text for m in geoparser.parse("The town, known in Russian as Ugledar, was shelled.")]
    assert "Russian" not in found  # "known in Russian as": the language, not Russia


def test_ambiguous_names_agree_on_one_state(geoparser) -> None:
    """Ten Henderson Counties and many Athens: each alone is unsure, but together they are one US state,
    and a name whose readings tie still votes for the country they share (it once cast no vote at all)."""
    text = "The Athens Police Department arrested a man Monday in Henderson County. Athens officers said."
    found = {m.text: m.place for m in geoparser.parse(text)}
    athens, county = found["Athens"], found["Henderson County"]
    assert (athens.country_code, county.country_code) == ("US", "US")
    assert athens.admin1 == county.admin1


def test_a_town_and_its_county_lie_together(geoparser) -> None:
    """Huntsville and Walker County exist in both Alabama and Texas; only in Texas is the town inside the county."""
    text = "The burn ban for Walker County was lifted Monday after a meeting with the Huntsville fire chief."
    found = {m.text: m.place for m in geoparser.parse(text)}
    town, county = found["Huntsville"], found["Walker County"]
    assert town.admin1 == county.admin1 == "TX"


@pytest.mark.parametrize(("text", "town", "supported", "why"), [
    ("The burn ban for Walker County was lifted after a meeting with the Huntsville fire chief.", "Huntsville", True,
     "a town inside the county the story names"),
    ("Madison players and Madison County fans cheered in Louisville.", "Madison", False,
     "a town named like the county lies in it in every state that has both: no evidence"),
])
def test_town_in_county_support(geoparser, text, town, supported, why) -> None:
    resolver = geoparser._resolver
    candidates = list(geoparser._recognizer.candidates(text))
    prepared = resolver.prepare(text, candidates)
    (i,) = [k for k, c in enumerate(candidates) if text[c.start:c.end] == town]
    g = geoparser.gazetteer
    bonus = {p: b for p, b in prepared.static[i].items() if g.kind_of(p) == "city"}
    assert (max(bonus.values(), default=0.0) >= 2.0) is supported, why


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Chechen fighters and Lao officials met; Dagestani police said.",
     [("Chechen", "Chechnya", "demonym"), ("Lao", "Laos", "demonym"), ("Dagestani", "Dagestan", "demonym")],
     "a region's people and Laos's, which no rule derives from their names"),
    ("Kazakh President Tokayev met Uzbek leaders.", [("Kazakh", "Kazakhstan", "demonym"), ("Uzbek", "Uzbekistan", "demonym")],
     "Kazakhstan's people, not a city's other name (Petropavl)"),
    ("The city is known in Uzbek as Toshkent; the English name of Calcutta.",
     [("Toshkent", "Tashkent", "location"), ("Calcutta", "Kolkata", "location")], "languages and names of names are no places"),
    ("The cruiser Moskva sank off Odesa; the yacht Granma sailed.", [("Odesa", "Odesa", "location")], "ships named after places"),
    ("Its flagship London store opened.", [("London", "London", "location")], "'flagship' before a place is an adjective"),
    ("Nokia shares fell; Zara owner Inditex gained; Tokyo stocks rose. Workers in Nokia protested.",
     [("Tokyo", "Tokyo", "location"), ("Nokia", "Nokia", "location")],
     "a small town's name before 'shares' or 'owner' is a firm's (a big city's is its market's); 'in Nokia' is the town"),
])
def test_peoples_languages_and_ships(geoparser, text: str, expected: list[tuple[str, str, str]], why: str) -> None:
    assert [(m.text, m.place.name, m.role) for m in geoparser.parse(text)] == expected, why


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Insurgents attacked Palma, Mozambique.", [("Palma", "Mozambique", "within"), ("Mozambique", "Mozambique", "name")],
     "a town its address places where no town of the name is known: somewhere in that country, not Palma de Mallorca"),
    ("In Rome, Ireland beat Italy.", [("Rome", "Rome", "name"), ("Ireland", "Ireland", "name"), ("Italy", "Italy", "name")],
     "... but a country that acts is no address of a city that big"),
    ("Insurgents attacked Palma, Mozambique last week.", [("Palma", "Mozambique", "within"), ("Mozambique", "Mozambique", "name")],
     "... a time word after the country is no verb"),
    ("Shares closed lower in Sydney, Hong Kong, Singapore and Taipei.",
     [("Sydney", "Sydney", "name"), ("Hong Kong", "Hong Kong", "name"), ("Singapore", "Singapore", "name"),
      ("Taipei", "Taipei", "name")], "a country after two names goes on with a list unless it holds the second"),
])
def test_addresses_and_lists(geoparser, text: str, expected: list[tuple[str, str, str]], why: str) -> None:
    assert [(m.text, m.place.name, m.basis) for m in geoparser.parse(text)] == expected, why


@pytest.mark.parametrize(("text", "city", "why"), [
    ("Shakhtar Donetsk lost 2-1. Shelling hit Donetsk overnight.", "Donetsk", "a club's city is no surname for the story"),
    ("Terek Grozny won at home. Grozny was calm.", "Grozny", "... after any rare word that is no first name"),
])
def test_a_club_s_city_stays_a_city(geoparser, text: str, city: str, why: str) -> None:
    assert [m.start for m in geoparser.parse(text) if m.text == city] == [text.rindex(city)], why


def test_a_locative_makes_a_place_of_a_name_seen_as_a_person(geoparser) -> None:
    text = "Rodeo Gainesville is looking for a queen. Forms are at the bank in Gainesville."
    found = [m.start for m in geoparser.parse(text) if m.text == "Gainesville"]
    assert found == [text.rindex("Gainesville")]  # "in Gainesville" is the town, though "Rodeo Gainesville" looked like a name


def test_a_locative_before_a_list_places_its_middle_names_too(geoparser) -> None:
    # "Moxee" is only Moxee City's alternate name: it needs something that says "place", and the locative before the
    # list says so for every name in it, not only the first and the last
    found = [m.text for m in geoparser.parse("Packers in Wapato, Moxee and Tieton said prices had fallen.")]
    assert found == ["Wapato", "Moxee", "Tieton"]


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Flooding closed roads in Dover, Deal and Sandwich on Tuesday.", [("Dover", "GB"), ("Deal", "GB"), ("Sandwich", "GB")],
     "small towns named by common words, a few km from the list's Dover"),
    ("Residents of Turner, Livermore Falls and Jay were told to boil water.",
     [("Turner", "US"), ("Livermore Falls", "US"), ("Jay", "US")], "... before the list's other town, and at its end"),
    ("He lived in Paris, Hope and Faith kept him going.", [("Paris", "FR")], "no Hope lies near any Paris: words, no places"),
    ("The band played in Bangor, Union and Hope.", [("Bangor", "GB")], "... nor near any Bangor"),
    ("Bus service between Troy and Albany will continue.", [("Troy", "US"), ("Albany", "US")],
     "'between' lists places as a locative does: Troy lies beside Albany (held-out probe 28)"),
    ("The choice between Hope and Union was hard.", [], "... but no Union lies near a Hope: words"),
])
def test_common_words_listed_beside_a_nearby_place_are_places(geoparser, text: str, expected: list[tuple[str, str]], why: str) -> None:
    assert [(m.text, m.place.country_code) for m in geoparser.parse(text)] == expected, why


def test_a_locative_before_a_compass_word_makes_a_place_too(geoparser) -> None:
    text = "Lujhu is a township in northwestern Taoyuan, near the Taiwan Taoyuan International Airport."
    found = [m.start for m in geoparser.parse(text) if m.text == "Taoyuan"]
    assert text.index("Taoyuan") in found  # "Taiwan Taoyuan" looked like a person's name; "in northwestern" says place


def test_a_place_word_before_a_name_makes_no_surname_of_it(geoparser) -> None:
    text = "Aid reached SOS Children's Village Malakal. Planes flew into Darfur and Malakal, officials said."
    found = [m.start for m in geoparser.parse(text) if m.text == "Malakal"]
    assert found == [text.index("Malakal"), text.rindex("Malakal")]  # "Village Malakal" is no first name and surname


@pytest.mark.parametrize(("text", "places", "why"), [
    ("Jessica Kay, 18, of Paris died Saturday.", ["Paris"], "'of X died': a resident of the town died, not a person X"),
    ("Paris Hilton arrived late. Paris has said she wants a second album.", [],
     "a first name before a known surname: the person alone later too"),
    ("Paris Hilton arrived. She later flew to Paris.", ["Paris"], "... unless a locative says the name is a place"),
    ("Ohio officials said Kitaakita was hit.", ["Ohio"], "a variant of a small Japanese town's name is none in a story of another country"),
    ("Protests filled Cairo and Alexandria streets.", ["Cairo", "Alexandria"], "big cities' streets are the cities'"),
    ("Snow closed Kansas and Missouri roads.", ["Kansas", "Missouri"], "two states' roads, not two roads"),
    ("Ships crossed Lake Erie.", ["Lake Erie"], "the lake, not the town of its name"),
    ("He lives in National Park, New Jersey.", ["National Park", "New Jersey"], "the town itself, named alone"),
    ("Ebola Reston virus reached monkeys imported to Reston, Virginia.", ["Reston", "Virginia"],
     "the town a virus is named after, where the story says it is a place"),
    ("Crowds filled Baghdad streets.", ["Baghdad"], "one name before 'streets' is the city's"),
    ("Fighting erupted, residents of Bahir Dar and Gondar said.", ["Bahir Dar", "Gondar"],
     "the last of a list of places after 'residents of' is a place too, not a speaker"),
    ("Rebels entered the town of Sake, west of Goma.", ["Sake", "Goma"], "an everyday word after 'the town of' is the town's name"),
    ("Neighbouring Karnataka and Tamil Nadu issued alerts. Coastal Karnataka was hit.", ["Karnataka", "Tamil Nadu", "Karnataka"],
     "an adjective of place opening a sentence is no first name before a surname"),
    ("Explosions reported in #kharkiv, sirens in #TelAviv #breaking #war", ["kharkiv", "TelAviv"],
     "a channel's hashtags: lower case or run together, a city; not everyday words"),
    ("RUSSIAN STRIKES HIT ODESA PORT\nDrones hit the port, officials said.", ["RUSSIAN", "ODESA"],
     "a headline in capitals: no capital marks a name, so a place's run of words is looked up whole"),
    ("Blast In Karachi Kills 2", ["Karachi"], "... or in Title Case: 'In Karachi Kills' is no person"),
    ("New York Times Reports Paris Hilton Visited Jordan", [], "a newspaper, a person and a first name in a headline"),
    ("CLINTON, Iowa — Heavy rain fell.", ["CLINTON", "Iowa"], "a dateline with its state is the town, though a famous surname"),
    ("MASON, Ohio — Heavy rain fell.", ["MASON", "Ohio"], "... or an everyday word"),
    ("A US base at al-Omar oil field was attacked.", ["US"], "a name after the Arabic article is no town where names take none (Omar, West Virginia)"),
    ("Fires hit Cattai and Wilberforce in North-Western Sydney.", ["Cattai", "Wilberforce", "Sydney"],
     "compass words before a town are a part of it, not Zambia's North-Western province"),
])
def test_places_beside_person_and_street_cues(geoparser, text, places, why) -> None:
    assert [m.text for m in geoparser.parse(text)] == places, why


def test_a_name_read_as_a_place_more_often_than_as_a_surname_is_the_place(geoparser) -> None:
    text = "Distinctly Dublin won a prize. Dublin Arts Council grants rose. Painters in Dublin met. Dublin thrives."
    found = [m.start for m in geoparser.parse(text) if m.text == "Dublin"]
    assert len(found) == 3 and text.index("Dublin") not in found  # "Distinctly Dublin" once; a council and "in" twice


def test_two_names_settle_in_one_country(geoparser) -> None:
    """Kent and Canterbury exist in England and in the US; with undamped rounds each followed the other's
    previous choice and they ended in different countries. Whichever pair wins, it is one pair."""
    found = {m.text: m.place for m in geoparser.parse("Kent police closed roads near Canterbury.")}
    assert found["Kent"].country_code == found["Canterbury"].country_code


def test_offsets(geoparser) -> None:
    text = "BEIRUT — Thousands moved from Mosul across the desert into Syria, near Dier Ezzor and Raqqa, US officials said."
    for m in geoparser.parse(text):
        assert text[m.start:m.end] == m.text


def test_resolve_given_spans(geoparser) -> None:
    text = "Alexandria police and Rapides Parish deputies arrested him in Alexandria, La."
    second = text.rindex("Alexandria")
    spans = [(0, 10), (22, 36), (second, second + 10), (second + 12, second + 15)]
    first, parish, alexandria, state = geoparser.resolve_spans(text, spans)
    assert state.place.name == "Louisiana" and state.place.kind == "region"
    # local news: both Alexandrias are the Louisiana one (the state is named), not Egypt's much bigger city
    assert (alexandria.place.country_code, alexandria.place.admin1) == ("US", "LA")
    assert (first.place.country_code, first.place.admin1) == ("US", "LA")
    assert [m.start for m in (first, parish, alexandria, state)] == [s for s, _ in spans], "exactly the given spans"


def test_given_span_in_a_county_list_is_the_county(geoparser) -> None:
    text = "Deputies in Clay, Grant and Swift counties searched the fields."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Clay", "Grant", "Swift")]
    found = geoparser.resolve_spans(text, spans)
    assert [(m.place.name, m.place.admin1) for m in found] == [("Clay County", "MN"), ("Grant County", "MN"), ("Swift County", "MN")]


@pytest.mark.parametrize(("surface", "expected", "why"), [
    ("downtown Richmond", "Richmond", "a generic word before a name is dropped"),
    ("Meadow Quarrington", None, "not chopped to 'Meadow' (and no town in the text to stand in for it: see below)"),
    ("Harwinton", "Harwinton", "a US town too small for GeoNames' cities500, from its ZIP codes"),
    ("Harwintn", None, "a misspelling needs a close spelling, not just the same consonants"),
    ("Dier Ezzor", "Deir ez-Zor", "a close misspelling is resolved"),
    ("European", "Europe", "a continent's adjective, given as a place (in running text it is not looked for)"),
    ("Middle Eastern", "Middle East", "a macro-region's adjective"),
])
def test_resolve_given_span_fallbacks(geoparser, surface, expected, why) -> None:
    text = f"It happened in {surface} on Monday."
    start = text.index(surface)
    (mention,) = geoparser.resolve_spans(text, [(start, start + len(surface))])
    assert (mention.place and mention.place.name) == expected, why


@pytest.mark.parametrize(("text", "nations", "why"), [
    ("Officer Monica French said the grant was late. French troops later left, and the French government agreed.", 2,
     "after the surname, the nation's uses ('French troops', 'the French government') outweigh it"),
    ("French troops left. Later Officer Monica French said the grant was late.", 1,
     "one use each way: a demonym's tie is the nation"),
    ("Officer Monica French said the grant was late. French said more.", 0, "the person's surname, then the person alone"),
    ("Officer Monica French said so. The French government agreed.", 1, "'the' before a demonym: never the person"),
])
def test_surname_demonym_by_the_story_s_evidence(geoparser, text, nations, why) -> None:
    assert [h[2] for h in _found(geoparser, text)] == ["France"] * nations, why


def test_given_demonym_is_its_country(geoparser) -> None:
    text = "The Canadian Coast Guard found the sailboat."
    (mention,) = geoparser.resolve_spans(text, [(4, 12)])
    assert mention.place.name == "Canada", "a country's demonym, not Canadian, Texas: as in running text"


def test_misspelling_only_in_a_country_the_story_names(geoparser) -> None:
    text = "Raiders stormed a village in Kisima area early on Monday, Kenyan police in Nairobi said."
    assert [h[0] for h in _found(geoparser, text)] == ["Kenyan", "Nairobi"], "'Kisima' is close to Akishima, Japan, but the story is Kenya's"


@pytest.mark.parametrize(("text", "unknown", "basis", "why"), [
    ("Ebola has reached Kaluamba, a village near Kananga in the Democratic Republic of Congo.", "Kaluamba", "within",
     "close to Calamba, Philippines, in a Congolese story: placed where the sentence says it lies instead"),
    ("Patients were treated in Kibera, a slum of Nairobi, Kenya.", "Kibera", "focus",
     "close to Kibara, Tanzania, in a Kenyan story (a name as frequent in English as 'Kibera' needs the town before its kind word to be placed within it)"),
    ("Ebola has reached Kaluamba. Doctors flew in from Kananga, Democratic Republic of Congo.", "Kaluamba", "focus",
     "... and with nothing said of where it lies, at the story's town"),
])
def test_given_misspelling_only_in_a_country_the_story_names(geoparser, text, unknown, basis, why) -> None:
    names = [unknown] + [n for n in ("Kananga", "Democratic Republic of Congo", "Nairobi", "Kenya") if n in text]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    first, *others = geoparser.resolve_spans(text, spans)
    assert (first.place.country_code, first.basis) == (others[0].place.country_code, basis), why


@pytest.mark.parametrize(("text", "unknown", "holder", "why"), [
    ("Poultry died in the village of Cellardyke in Fife, Scotland.", "Cellardyke", "Fife", "'the village of X in Y'"),
    ("Lujhu is a rural township in northwestern Taoyuan, Taiwan.", "Lujhu", "Taoyuan", "'X is a township in Y'"),
])
def test_given_unknown_span_is_placed_where_the_sentence_says(geoparser, text, unknown, holder, why) -> None:
    names = [unknown, holder]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    first, second = geoparser.resolve_spans(text, spans)
    assert (first.place.name, first.basis, first.role) == (second.place.name, "within", "location"), why


@pytest.mark.parametrize(("word", "adjective", "expected", "why"), [
    ("ohioans", False, ["Ohio"], "stem + 'ans'"),
    ("texans", False, ["Texas"], "the name may be a few letters longer than the stem"),
    ("virginians", False, ["Virginia"], "the shortest name wins over 'Virgin Islands'"),
    ("dagestani", False, ["Dagestan"], "'-i' on a long stem"),
    ("logan", False, [], "a singular '-an' is as often a first name"),
    ("ghazi", False, [], "'-i' on a short stem is a name, not a demonym"),
    ("collins", False, [], "a surname ending in '-ns'"),
    ("christians", False, [], "no region is named 'Christ...'"),
    ("gazans", False, ["Gaza", "Gaza"], "every region of the name: the Palestinian and the Mozambican province (context decides)"),
    ("tasmanians", False, ["Tasmania"], "the name the demonym adds 'n' to, not the shorter 'Tasman' (New Zealand)"),
    ("tigrayan", True, ["Tigray"], "a singular before a noun ('Tigrayan forces'), on a stem of five letters or more"),
    ("crimean", True, ["Crimea"], "..."),
    ("tigrayan", False, [], "... only before a noun"),
    ("victorian", True, [], "a singular that is a frequent word has a meaning of its own ('Victorian houses')"),
    ("caucasian", True, [], "... ('a Caucasian male')"),
])
def test_derived_demonyms(geoparser, word, adjective, expected, why) -> None:
    found = geoparser._recognizer.derived_demonym(word, adjective)
    assert [geoparser.gazetteer.canonical[p] for p in found] == expected, why


@pytest.mark.parametrize(("town", "country", "region", "why"), [
    ("Toronto", "CA", "CA-ON", "GeoNames code 08, paired with ISO by where Ontario's towns lie"),
    ("Brisbane", "AU", "AU-QLD", "ISO's point for Queensland lies ~1,000 km from its towns: paired all the same"),
    ("Sydney", "AU", "AU-NSW", "not the ACT, whose point is nearer to Sydney than New South Wales' is"),
    ("Bandung", "ID", "ID-JB", "Indonesia's provinces sit under island groups in ISO 3166-2"),
    ("Mosul", "IQ", "IQ-NI", "Nineveh"),
    ("Austin", "US", "US-TX", "US towns by their state code"),
])
def test_towns_know_their_iso_region(geoparser, town, country, region, why) -> None:
    from events.places.index import region_key

    g = geoparser.gazetteer
    p = max((p for p in g.candidates(town.lower()) if str(g.country[p]) == country and g.kind_of(p) == "city"),
            key=lambda p: int(g.population[p]))
    assert region_key(g, p) == region, why


def test_link_admin1_pairs_one_to_one_and_improves_by_swaps() -> None:
    from events.places.regions import link_admin1

    # two codes whose towns lie between two region points: closest-first alone would pair "A" with R2
    towns = [("XX", "A", 0.0, 4.0), ("XX", "A", 0.0, 6.0), ("XX", "B", 0.0, 9.0), ("XX", "C", 40.0, 40.0)]
    regions = [("XX", "XX-R1", 0.0, 0.0), ("XX", "XX-R2", 0.0, 6.0)]
    links = link_admin1(towns, regions)
    assert links[("XX", "A")] == "XX-R1" and links[("XX", "B")] == "XX-R2"  # 5 + 3 degrees apart, not 1 + 9
    assert ("XX", "C") not in links  # too far from any region to be linked
    assert link_admin1(towns, []) == {}


def test_one_sense_per_name_across_local_contexts() -> None:
    from events.places.recognize import Candidate
    from events.places.resolve import Resolver

    # "Ontario" three times: twice leaning to the province (7), once, after a comma, to the town (1);
    # another name ("Paris") is left alone
    cands = [Candidate(0, 7, "ontario", (7, 1), "location"), Candidate(20, 27, "ontario", (7, 1), "location"),
             Candidate(40, 47, "ontario", (7, 1), "location"), Candidate(60, 65, "paris", (3, 4), "location")]
    groups = {("ontario", "a"): [0, 1], ("ontario", "b"): [2], ("paris", ""): [3]}
    last = {"ontario": [(2, [(9.0, 7), (8.0, 1)]), (1, [(9.5, 1), (9.0, 7)])], "paris": [(1, [(5.0, 4), (1.0, 3)])]}
    choice, sure = [7, 7, 1, 4], [0.6, 0.6, 0.4, 0.9]
    Resolver._one_sense_per_name(cands, groups, last, choice, sure)
    assert choice == [7, 7, 7, 4]  # 2 x 9 + 9 beats 2 x 8 + 9.5
    assert sure[3] == 0.9 and sure[0] == sure[2] < 0.6  # the margin per mention is small: said so


def test_lookup_and_normalisation(geoparser) -> None:
    gaz = geoparser.gazetteer
    assert {"steve", "john"} <= gaz.first_names and not {"india", "georgia", "jordan"} & gaz.first_names  # no country is a first name here
    assert gaz.lookup("palmyra")[0].country_code == "SY"  # case-insensitive
    assert gaz.lookup("Deïr ez-Zor")[0].name == "Deir ez-Zor"  # diacritics and hyphens
    assert normalize("St. Louis") == "saint louis"
    assert normalize("Trinidad & Tobago") == normalize("Trinidad and Tobago")
    assert skeleton(normalize("Dier Ezzor")) == skeleton(normalize("Deir ez-Zor")) != ""
    assert skeleton("beletweyne") == skeleton("beledweyne") and skeleton("makhmour") == skeleton("mexmur")  # one sound, two letters
    assert skeleton("qamishli") == skeleton("kamishli") and skeleton("zawiya") == skeleton("sawiya")
    assert normalize("Ras al-Ain") == normalize("Ra’s al ‘Ayn") and normalize("Tal Afar") == normalize("Tall ‘Afar")  # transliterations
    assert normalize("Tell") == "tell" and prefix_key("Tell") == "tal"  # a one-word name keeps its spelling; a prefix does not


@pytest.mark.parametrize(("alias", "local", "kept", "why"), [
    ("Homs", "Ḩimş", True, "a transliteration like the local name"),
    ("West Java", "Jawa Barat", True, "a compass word and a name"),
    ("Styria", "Steiermark", True, "an English exonym that is no everyday word"),
    ("Eastern Province", "Ash Sharqīyah", True, "ends in a region word"),
    ("Beautiful", "Phichit", False, "what the name means"),
    ("Long Island", "Eilean Siar", False, "a translation made of everyday words"),
    ("Boston", "Ebon", False, "an old English name that is now a US city's"),
    ("Central", "Al Awsaţ", False, "a compass word alone"),
    ("Middle Shabelle", "Shabeellaha Dhexe", True, "'Middle' places a region like 'Lower' and 'Upper' (Lower Shabelle)"),
    ("Middle", "Kandaal", False, "... and alone is no name either"),
    ("The Heart of It All", "Ohio", False, "a nickname"),
])
def test_iso_english_names_that_name_the_place(alias, local, kept, why) -> None:
    from events.places.sources import _names_the_place

    assert _names_the_place(alias, local) is kept, why


@pytest.mark.parametrize(("alternate", "name", "kept", "why"), [
    ("Kiev", "Kyiv", True, "an older spelling, no English word"),
    ("Vegas", "Las Vegas", True, "a word of the name itself"),
    ("L.A.", "Los Angeles", True, "an abbreviation"),
    ("Gold", "Gold Coast", False, "a word of the name, but an everyday word"),
    ("Manchester", "Richmond", False, "another, better-known place's name"),
    ("Soul", "Seoul", False, "an everyday word, though a romanisation"),
])
def test_town_alternates_that_mean_something_else_are_dropped(alternate, name, kept, why) -> None:
    from events.places.sources import _keep_alternate

    assert _keep_alternate(alternate, name) is kept, why


# two towns of one country, hand-made: (population, GeoNames id) under each name key, as _towns_by_name gives them
_NAMED = {("UA", "sloviansk"): [(105141, 1), (105160, 2)], ("UA", "slovyansk"): [(105141, 1)],
          ("US", "hollywood"): [(149728, 3), (3900000, 4)], ("US", "palestine"): [(18000, 5), (2000, 6)],
          ("US", "maryville"): [(28464, 7), (13277, 8)]}
_OWN_NAMES = {"quebec": 531902, "hollywood": 149728, "bergen": 285911, "new britain": 72808}  # the biggest town of each own name


@pytest.mark.parametrize(("alternate", "city", "dropped", "why"), [
    ("Slov'iansk", {"name": "Nikopol", "geonameid": 2, "population": 105160, "countrycode": "UA"}, True,
     "GeoNames lists another town's name, a town as large, among Nikopol's"),
    ("Sloviansk", {"name": "Slovyansk", "geonameid": 1, "population": 105141, "countrycode": "UA"}, False,
     "alike its own name: a spelling of it"),
    ("Hollywood", {"name": "Los Angeles", "geonameid": 4, "population": 3900000, "countrycode": "US"}, False,
     "the other Hollywood is under a tenth as large: a part of the city"),
    ("Palestine", {"name": "New Palestine", "geonameid": 6, "population": 2000, "countrycode": "US"}, False,
     "a short form of its own name"),
    ("Слов'янськ", {"name": "Nikopol", "geonameid": 2, "population": 105160, "countrycode": "UA"}, False,
     "another script: no likeness to judge"),
    ("Quebec", {"name": "New Britain", "geonameid": 10, "population": 72808, "countrycode": "US"}, True,
     "the own name of a city abroad many times as large (Québec): news means that city (held-out probe 28)"),
    ("Bergen", {"name": "Mons", "geonameid": 11, "population": 95299, "countrycode": "BE"}, True,
     "Mons' Dutch name is a city of Norway three times as large"),
    ("Karlsbad", {"name": "Karlovy Vary", "geonameid": 12, "population": 45500, "countrycode": "CZ"}, False,
     "... but a name no city as large has stays"),
])
def test_another_towns_name_is_no_alternate(alternate, city, dropped, why) -> None:
    from events.places.sources import _another_towns_name

    assert _another_towns_name(alternate, city, _NAMED, _OWN_NAMES) is dropped, why


@pytest.mark.parametrize(("text", "unknown", "expected", "why"), [
    ("Shots were fired in Squirrel Hill, Pittsburgh police said, and later near Oakland Avenue in Pittsburgh.",
     "Squirrel Hill", "Pittsburgh", "a neighbourhood the gazetteer lacks: placed at the town the article names most"),
    ("The Neches River rose near Lufkin and Jasper; Lufkin schools closed.",
     "Neches River", "Lufkin", "a river: the article's most named town (Lufkin twice, Jasper once)"),
    ("Flooding in Meadow Quarrington reached Texas and Oklahoma.", "Meadow Quarrington", None,
     "no town or county named: a state is too coarse to stand in, so the span stays unresolved"),
])
def test_given_span_the_gazetteer_lacks_is_placed_at_the_focus(geoparser, text, unknown, expected, why) -> None:
    spans = [(m.start, m.end) for m in geoparser.parse(text) if m.role == "location"]
    start = text.index(unknown)
    spans = sorted(spans + [(start, start + len(unknown))])
    mention = next(m for m in geoparser.resolve_spans(text, spans) if m.start == start)
    assert (mention.place and mention.place.name) == expected, why
    assert mention.text == unknown
    if expected:
        assert mention.basis == "focus" and mention.score < 0.5  # said honestly, with a low confidence
    else:
        assert mention.place is None and mention.basis == "name"


@pytest.mark.parametrize(("region", "country", "town", "why"), [
    ("Homs", "SY", "Homs", "same name, same ISO region, though the governorate's point lies far east, near Palmyra"),
    ("Jenin", "PS", "Jenin", "GeoNames spells the town otherwise, and codes it in the whole West Bank: near the point"),
    ("Idlib", "SY", "Idlib", None),
    ("Kherson", "UA", "Kherson", "GeoNames' oblast is 'Khersonska oblast': its short name is the town's, in it"),
    ("Marib", "YE", "Marib", "a town of the region's very name, in it, though under 20,000"),
    ("Pahang", "MY", None, "Kuala Pahang, 'Pahang' among its alternate names, lies far from the state's point"),
    ("Maryland", "US", None, "no town of its own name: 'Maryland' is an alternate name of Maryland City, far away"),
])
def test_regions_named_after_a_town(geoparser, region, country, town, why) -> None:
    g = geoparser.gazetteer
    (r,) = [p for p in g.candidates(region.lower()) if g.kind_of(p) == "region" and str(g.country[p]) == country]
    assert (g.canonical[g.namesakes[r]] if r in g.namesakes else None) == town, why


@pytest.mark.parametrize(("text", "kind", "why"), [
    ("Troops repelled an assault on Kidal.", "city", "a name a region shares with its seat is the town, though a small one (40,000)"),
    ("Fighting spread across the Kidal region.", "region", "... unless a region word says otherwise"),
    ("Shelling hit Idlib.", "city", "a big seat, the more so"),
])
def test_a_region_named_after_its_seat_is_the_seat_alone(geoparser, text, kind, why) -> None:
    (m,) = geoparser.parse(text)
    assert m.place.kind == kind, why


@pytest.mark.parametrize(("text", "surface", "admin1", "why"), [
    ("He lives in Bethel, Vt. The crash happened in Claremont.", "Claremont", "NH",
     "a town its address pins (the one Bethel in Vermont) makes the towns near it likelier, as an unambiguous one does"),
    ("He lives in Bethel, Vt. The crash happened in Bethel.", "Bethel", "VT", "... and is itself what its address says"),
    ("Funeral homes across Brooklyn, New York were raided. A company in Marion, Ohio, took part. The Brooklyn District "
     "Attorney indicted its owner.", "Brooklyn", "NY", "'District Attorney' is no region word: one Brooklyn in the story"),
    ("Pigs died in Santa Maria, Davao del Sur, in Mindanao. Others died at Pandi, Bulacan.", "Santa Maria", "11",
     "a province (a county-level area) after a town holds it, and the region after both goes on with the address"),
    ("Residents of Butler, Clark, Hamilton, Madison, Montgomery, Preble or Warren counties in Ohio can apply.", "Madison", "OH",
     "a list of counties is no address: Madison is no town inside Hamilton County"),
    ("Police in Hanover, N.H., said so. They rented, according to Hanover Town Hall records.", "Hanover Town", "NH",
     "'Hanover Town Hall' is Hanover's hall: no village called Hanover Town (Virginia) only"),
    ("Russian forces attacked Kupiansk in Kharkiv oblast and Lyman in Donetsk oblast.", "Lyman", "05",
     "'X in Y oblast' as plainly as 'X, Y': the Lyman of Donetsk oblast (GeoNames' 05), not Kharkiv oblast's (07)"),
])
def test_resolves_in_its_state(geoparser, text, surface, admin1, why) -> None:
    assert [m.place.admin1 for m in geoparser.parse(text) if m.text == surface][-1] == admin1, why


@pytest.mark.parametrize(("text", "surface", "name", "basis", "why"), [
    ("The plant is in Stroud, Ontario.", "Stroud", "Ontario", "within",
     "no Stroud in Canada is known: somewhere in Ontario, not a Stroud in England or Oklahoma"),
    ("He was stopped in Stroud, Ontario, Canada.", "Stroud", "Ontario", "within",
     "the country after the province goes on with the address; it does not make a list"),
    ("Police in Barrie, Ontario, said so.", "Barrie", "Barrie", "name", "the town is known in the province"),
    ("Shelling hit Aleppo, Idlib and Hama.", "Aleppo", "Aleppo", "name", "a list, not an address"),
    ("Troops left Iraq, Afghanistan said.", "Iraq", "Iraq", "name", "a country is no town of an address"),
    ("Flooding hit Greenwood, Indiana.", "Greenwood", "Greenwood", "name", "a town of the state's country: the resolver's choice stands"),
    ("Helicopters landed in the tourist town of Kalam in the Swat Valley.", "Kalam", "Swat Valley", "within",
     "'the town of X in Y' says where X lies as an address does; the only Kalam known is in India (Kallam)"),
    ("They toured the town of Gori in Georgia.", "Gori", "Gori", "name", "a town of the country after 'in' stands"),
    ("Fighting raged near Tawila in North Darfur.", "Tawila", "North Darfur", "within",
     "'X in Y' with Y a region says where X lies: the one Tawila known is in Yemen"),
    ("Clashes broke out near Pauktaw in Rakhine State.", "Pauktaw", "Rakhine", "within",
     "'X in Y State' says where X lies: the one Pauktaw known lies in Yangon Region, so somewhere in Rakhine"),
    ("He was held in Greenwood, W. Va., on a parole violation.", "Greenwood", "West Virginia", "within",
     "no Greenwood in West Virginia is known: not Greenwood, Indiana, though the state is the same country"),
    ("Vigils were held in Minneapolis and Nairobi's Eastleigh.", "Eastleigh", "Nairobi", "within",
     "a city's possessive: a part of Nairobi, not the Eastleigh in England, the one known by the name"),
    ("Miners near Bogoso in Ghana's Western Region protested.", "Western Region", "Western", "name",
     "a country's possessive before a division: Ghana's own Western (a division named by its bearing is also '... Region'), "
     "not Iceland's Western Region"),
    ("Israel's Gaza offensive continued.", "Gaza", "Gaza", "name",
     "a country's possessive before no division is no address: Gaza stays Gaza"),
    ("Britain's Eastleigh council met.", "Eastleigh", "Eastleigh", "name", "the possessive holds the town"),
    ("Russian forces attacked from Vodiane, south-west of Avdiivka.", "Vodiane", "Avdiivka", "within",
     "a bearing from a town says where it lies: near Avdiivka, where no Vodiane is known (not the one 250 km off)"),
    ("French troops left bases in Ber and Tessalit in northern Mali.", "Ber", "Mali", "within",
     "a town listed before 'X in northern Y' lies in Y too: no Ber known there (not Veroia, Greece, nor a French village)"),
])
def test_a_town_unknown_in_its_address_region_is_placed_at_the_region(geoparser, text, surface, name, basis, why) -> None:
    (m,) = [m for m in geoparser.parse(text) if m.text == surface]
    assert (m.place.name, m.basis) == (name, basis), why


@pytest.mark.parametrize(("text", "surface", "holder", "why"), [
    ("The virus was found in the village of Cellardyke in Fife, Scotland.", "Cellardyke", "Fife", "'the village of X in Y'"),
    ("Cakes were made at a bakery in the Adhamiyah district of Baghdad.", "Adhamiyah", "Baghdad", "'the X district of Y'"),
    ("A resident of Mabvuku, a suburb located east of Harare, spoke.", "Mabvuku", "Harare", "'X, a suburb east of Y'"),
    ("Aid resumed in Abu Shok refugee camp in Al-Fashir, Darfur.", "Abu Shok", "El Fasher", "a camp, a two-word name"),
    ("It was found in the villages of Bumbacari and Caraorman in Tulcea county.", "Caraorman", "Tulcea", "each of a list"),
    ("Anyone who ate at the restaurant in Greenlane, Auckland, should call.", "Greenlane", "Auckland", "an address in a big city"),
    ("Tourists troop to Kogelo in Nyanza province.", "Kogelo", "Nyanza Province", "'to X in' a region"),
    ("Families sheltered in camps around Atmeh and Sarmada in Idlib province.", "Atmeh", "Idlib", "... and each of a list before 'in' a region"),
    ("Shelling hit Gaza City's Shejaiya neighbourhood.", "Shejaiya", "Gaza", "a town's own part, named after it"),
    ("Clashes erupted in Tripoli's Ain Zara district.", "Ain Zara", "Tripoli", "a town's part whose first word alone is a French département"),
    ("The dead were found in their homes, in Nairobi slum Kibera.", "Kibera", "Nairobi", "the kind word between town and name: a name as frequent in English as 'Kibera' still counts"),
    ("Lujhu is a rural township in northwestern Taoyuan.", "Lujhu", "Taoyuan", "'X is a township in' a region, with a compass word"),
    ("Ducks were found in the Rice Lake area of Fulton County, Illinois.", "Rice Lake", "Fulton County",
     "the sentence says where it lies: not Rice Lake, Wisconsin, the only one the gazetteer knows"),
    ("Farmers in the Wedza district, Mashonaland East province, are worried.", "Wedza", "Mashonaland East", "the holder in apposition, a region by its word"),
    ("Strikes hit Beirut's southern suburb of Haret Hreik.", "Haret Hreik", "Beirut", "... with the kind first"),
    ("He studied at Franklin Elementary in Santa Ana.", "Franklin Elementary", None, "'X in' a town: a school's, a firm's"),
    ("The epidemic hit four villages: Kampungu, Makonono and Kaluamba.", "Kampungu", None, "no place said to hold them"),
    ("A car bomb exploded in a mainly Shiite area in Baghdad.", "Shiite", None, "an adjective, not a name after 'the' or 'in'"),
    ("Clashes erupted in the Druze town of Jaramana near Damascus.", "Druze", None, "a sect's adjective names no place"),
    ("He was arrested at Main Street, Tipperary, on the same date.", "Main Street", None, "a street is no place a map shows"),
    ("The outbreak began in Kaluamba, Mombo and Kinshasa.", "Kaluamba", None, "a small town after the comma is the next of a list"),
    ("Troops entered Baghdad's Shiite district.", "Shiite", None, "a sect's adjective before the kind word, however rare the word"),
    ("Clashes hit the Adhamiyah district, Baghdad and Basra.", "Adhamiyah", None, "after a comma only a region by its word holds it"),
    ("Insurgents attacked the town of Palma in northern Mozambique.", "Palma", "Mozambique",
     "a compass word before the holder; not Palma de Mallorca, the Palma the gazetteer knows"),
    ("Insurgents attacked Palma, a town in Mozambique's Cabo Delgado province.", "Palma", "Cabo Delgado",
     "the province a country's possessive names is the closer holder"),
])
def test_an_unlisted_place_is_placed_at_what_holds_it(geoparser, text, surface, holder, why) -> None:
    mentions = geoparser.parse(text)
    found = [m for m in mentions if m.text == surface]
    assert [(m.place.name, m.basis) for m in found] == ([(holder, "within")] if holder else []), why
    if holder:  # the holder only says where the village is: what the sentence reports happens at the village
        assert [m.role for m in mentions if m.place.name == holder and m.basis != "within"][:1] == ["qualifier"]


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("NORMAN, Okla. - Storms dropped hail on Norman and Moore. Residents of Noble reported flooded streets.",
     [("NORMAN", "OK"), ("Okla.", "US-OK"), ("Norman", "OK"), ("Moore", "OK"), ("Noble", "OK")],
     "towns named like people, of the state the story names: the next of a list after a place, after a locative"),
    ("FRANKLIN, Tenn. - The Franklin Board of Mayor and Aldermen met. Franklin police said.",
     [("FRANKLIN", "TN"), ("Tenn.", "US-TN"), ("Franklin", "TN"), ("Franklin", "TN")], "the dateline's town and its bodies"),
    ("CLINTON, Iowa - A blast hit the plant, the Clinton Fire Department said.",
     [("CLINTON", "IA"), ("Iowa", "US-IA"), ("Clinton", "IA")], "a town's fire department"),
    ("NORMAN, Okla. - Storms hit Norman. Tom Moore, 52, and Ann Noble said the Clinton administration was to blame.",
     [("NORMAN", "OK"), ("Okla.", "US-OK"), ("Norman", "OK")], "people and a president's administration stay people"),
    ("CLINTON, Iowa - Clinton said he would run. Shares in Ford fell in Detroit, Mich.",
     [("CLINTON", "IA"), ("Iowa", "US-IA"), ("Detroit", "MI"), ("Mich.", "US-MI")], "one who speaks; a firm's shares"),
    ("In Congo, thousands fled toward Sake.", [("Congo", None), ("Sake", "11")],
     "an everyday word that is a town of the country the story names, after a locative"),
    ("Militants in Pakistan attacked a police post in Tank district.", [("Pakistan", None), ("Tank", "03")], "... or before a region word"),
])
def test_a_town_named_like_a_word_or_a_person_in_its_story(geoparser, text, expected, why) -> None:
    found = [(m.text, m.place.admin1) for m in geoparser.parse(text)]
    assert found == expected, why


def test_a_demonym_holds_nothing(geoparser) -> None:
    text = "A bomber struck Khar, the main town of the Bajaur district near the Afghan border."
    assert [(m.place.country_code, m.basis) for m in geoparser.parse(text) if m.text == "Bajaur"] == [("PK", "name")], \
        "'near the Afghan border' is no holder: Bajaur stays Pakistan's district"


def test_an_unlisted_place_is_the_same_place_throughout_the_story(geoparser) -> None:
    text = "Cakes were made in the Adhamiyah district of Baghdad. Adhamiyah residents fled."
    found = [(m.start, m.place.name, m.basis) for m in geoparser.parse(text) if m.text == "Adhamiyah"]
    assert found == [(text.index("Adhamiyah"), "Baghdad", "within"), (text.rindex("Adhamiyah"), "Baghdad", "within")]


@pytest.mark.parametrize(("text", "surface", "town", "why"), [
    ("Police in Pittsburgh said a man was shot on the North Side.", "North Side", "Pittsburgh",
     "the story's town, not Oildale, California, whose alternate name it is"),
    ("A school will open in Old Town, the Alexandria school board said. Alexandria parents cheered.", "Old Town",
     "Alexandria", "the town the story names most, not Winchester"),
    ("Downtown Chicago was quiet.", "Downtown", None, "a word before the town's name, not a district of its own"),
    ("Pittsburgh police met. Pittsburgh officers spoke. Chicago's South Side voted.", "South Side", "Chicago",
     "the town named right before it, whatever town the story names most"),
    ("North Side United met the developers in Pittsburgh.", "North Side", None, "the name of a group"),
    ("Shots were fired in Chinatown.", "Chinatown", None, "no town named: nowhere to place it"),
])
def test_a_generic_district_is_placed_at_the_story_s_town(geoparser, text, surface, town, why) -> None:
    found = [(m.place.name, m.basis) for m in geoparser.parse(text) if m.text == surface]
    assert found == ([(town, "focus")] if town else []), why


@pytest.mark.parametrize(("text", "surface", "kept", "why"), [
    ("Police searched a bar in Piccadilly, his flat in Muswell Hill and a hotel in London.", "Piccadilly", False,
     "the only Piccadilly known is a village in Western Australia, alone in its country, far from the story"),
    ("They met at a sushi bar in Piccadilly. Police visited the bar in Piccadilly, his home in Muswell Hill and a "
     "hotel in London.", "Piccadilly", False, "... however often the story repeats it: its own repeats are no other place"),
    ("Hallstatt opened a salt museum. Hallstatt residents cheered. Tourists from Chicago came to Hallstatt.",
     "Hallstatt", True, "a story's own village, repeated, and one place elsewhere: too few other places to call it a stray"),
    ("Mayor Ellen Ross of Peoria met Kristen and her lawyers in Chicago and Springfield.", "Kristen", False,
     "a first name that fits only an Austrian village: no place in an Illinois story"),
    ("Turkish troops entered Tal Abyad on Wednesday, officials in Ankara said.", "Tal Abyad", True,
     "a small town across the border, near the places the story names"),
    ("Turkish troops entered Tal Abyad on Wednesday.", "Tal Abyad", True,
     "too few other places to call it a stray"),
    ("Floods hit Hallstatt, Austria, and tourists flew home to Chicago, Boston and Denver.", "Hallstatt", True,
     "the story names the village's country: no stray"),
    ("Business groups in Fingal welcomed the decision, but some residents in Ranelagh raised concerns about disruption to "
     "Dublin city centre, Transport Infrastructure Ireland said.", "Ranelagh", False,
     "two small Australian towns 600 km apart keep each other no company in a Dublin story"),
    ("Floods hit Hallstatt and Gosau in the Salzkammergut, and tourists flew home to Chicago, Boston and Denver.", "Gosau",
     True, "two small towns of a country near each other are no strays"),
    ("In Bosnia, the Una river burst its banks in Bihac, and villages near Kljuc flooded, officials in Sarajevo said.", "Una",
     False, "a river named like a far town (Una, India): the river the gazetteer lacks"),
    ("India and China sent aid after floods in the Kathmandu Valley, officials in New Delhi and Beijing said.", "Kathmandu",
     True, "... but a valley holds its town, and a capital is no stray"),
    ("The Mary River rose overnight near Gympie, and Queensland police closed roads.", "Mary", False,
     "a river named like a big town 12,000 km away (Mary, Turkmenistan), alone in its country: the river the gazetteer lacks"),
    ("Skiers filled Canaan Valley this weekend, officials in Elkins and Charleston, West Virginia said.", "Canaan", False,
     "a valley named like a small town 1,000 km from every other place of the story (Canaan, Connecticut)"),
    ("Kayakers paddled the Sacramento River past Redding and Red Bluff, officials in Sacramento said.", "Sacramento", True,
     "a river by its namesake town, among the story's places"),
    ("Smoke drifted over the Salinas Valley, officials in Monterey and Fresno said, and Reno and Las Vegas cleared.",
     "Salinas", True, "a valley's town near the story's other places is no stray, though some lie far"),
    # counter-examples a reviewer wrote against the rule above
    ("Napa Valley winemakers say Chinese tariffs have cut their exports to Shanghai in half, while buyers in Tokyo and "
     "London remain cautious.", "Napa", True, "a valley's town alone in its country is the valley's own in a story set elsewhere"),
    ("Kherson Falls to Russian Troops\n\nOfficials in Moscow and Washington said the city was taken.", "Kherson", True,
     "'Falls' in a headline is a verb, no waterfall"),
])
def test_a_small_town_far_abroad_among_a_storys_places_is_a_stray(geoparser, text, surface, kept, why) -> None:
    assert any(m.text == surface for m in geoparser.parse(text)) == kept, why


def test_a_region_after_a_town_and_comma_is_no_speaker(geoparser) -> None:
    found = [(m.text, m.role) for m in geoparser.parse("Police in Barrie, Ontario said on Monday that a man fled.")]
    assert found == [("Barrie", "location"), ("Ontario", "qualifier")], "not a person named Ontario who said something"


def test_a_name_its_next_name_qualifies_keeps_its_own_reading(geoparser) -> None:
    found = [(m.text, m.place.country_code) for m in geoparser.parse("Paris, Texas and Paris, France are far apart.")]
    assert found == [("Paris", "US"), ("Texas", "US"), ("Paris", "FR"), ("France", "FR")], \
        "one sense per name, unless each mention's own 'X, Y' says where it lies"


def test_a_zip_code_town_is_read_where_its_state_follows(geoparser) -> None:
    found = [(m.text, m.place.admin1, m.role) for m in geoparser.parse("Martha was born in Grantville, Pennsylvania, in 1913.")]
    assert found == [("Grantville", "PA", "location"), ("Pennsylvania", "US-PA", "qualifier")], \
        "Grantville, Pennsylvania is too small for cities500: its ZIP codes place it, not Grantville, Georgia"


@pytest.mark.parametrize(("text", "found", "why"), [
    ("Firefighters in Harwinton responded, Connecticut officials said.", [("Harwinton", "CT"), ("Connecticut", "US-CT")],
     "a locative before it, and its state named in the story"),
    ("The Harwinton Fire Department responded, Conn. officials said.", [("Harwinton", "CT"), ("Conn.", "US-CT")],
     "an institution after it, its state as AP abbreviates it"),
    ("Firefighters in Harwinton responded.", [], "no state named: the ZIP-code town is not believed"),
    ("He is survived by his sister Fay, of Tulsa, Oklahoma.", [("Tulsa", "OK"), ("Oklahoma", "US-OK")],
     "a first name that is also a ZIP-code town of the named state, with nothing that says 'place'"),
])
def test_zip_code_towns_need_their_state_and_a_place_word(geoparser, text, found, why) -> None:
    assert [(m.text, m.place.admin1) for m in geoparser.parse(text)] == found, why


def test_a_possessive_country_before_a_name_keeps_its_own_reading(geoparser) -> None:
    found = [(m.text, m.place.country_code) for m in geoparser.parse("In Tripoli, Lebanon, clashes erupted; Libya's Tripoli was calm.")]
    assert found == [("Tripoli", "LB"), ("Lebanon", "LB"), ("Libya", "LY"), ("Tripoli", "LY")], \
        "one sense per name, unless a mention's own words say where it lies: 'Libya's Tripoli' as much as 'Tripoli, Lebanon'"


# Found by held-out probes 14 (Africa, South Asia, Latin America) and 15 (local papers of the US, Canada, Britain,
# Ireland and Australia): (text, what is found as (surface, place name, country, basis), why)
@pytest.mark.parametrize(("text", "found", "why"), [
    ("ACCRA, Ghana - Cocoa farmers in the Ashanti and Western Region complained. In Tamale, Northern Region, it rained.",
     [("ACCRA", "Accra", "GH", "name"), ("Ghana", "Ghana", "GH", "name"), ("Ashanti", "Ashanti", "GH", "name"),
      ("Western Region", "Western", "GH", "name"), ("Tamale", "Tamale", "GH", "name"), ("Northern Region", "Northern", "GH", "name")],
     "a division named by its bearing is also '<bearing> Region' and '... Province': the story's country's, not Iceland's "
     "Vesturland or Malawi's Northern Region (which had placed Tamale in Malawi)"),
    ("KIGALI, Rwanda - Many rural households in the Southern Province remain poor.",
     [("KIGALI", "Kigali", "RW", "name"), ("Rwanda", "Rwanda", "RW", "name"), ("Southern Province", "Southern", "RW", "name")],
     "Rwanda's Southern Province, not Sri Lanka's"),
    ("AKOSOMBO, Ghana - Water levels behind the dam had recovered, officials in Accra said.",
     [("AKOSOMBO", "Ghana", "GH", "within"), ("Ghana", "Ghana", "GH", "name"), ("Accra", "Accra", "GH", "name")],
     "a dateline's town the gazetteer lacks is placed within the country that follows it, as an address's is"),
    ("Volunteers came from Kozhikode and Mysuru in Karnataka.",
     [("Kozhikode", "Kozhikode", "IN", "name"), ("Mysuru", "Mysuru", "IN", "name"), ("Karnataka", "Karnataka", "IN", "name")],
     "a big town listed before an address is named, not placed by the address, which may be the last town's alone"),
    ("Bristol City beat Cardiff City 2-0 on Sunday. Bristol City Council approved the plan, officials in Bristol said.",
     [("Bristol", "Bristol", "GB", "name"), ("Cardiff", "Cardiff", "GB", "name"), ("Bristol", "Bristol", "GB", "name"),
      ("Bristol", "Bristol", "GB", "name")],
     "'Bristol City' is no alias of Bristol, Virginia: a club or a council of the town 'Bristol' names"),
    ("A footbridge across the River Avon will link Bristol and Bath, England, officials in Cardiff said.",
     [("Bristol", "Bristol", "GB", "name"), ("Bath", "Bath", "GB", "name"), ("England", "England", "GB", "name"),
      ("Cardiff", "Cardiff", "GB", "name")], "after 'River', a small town far from the story is the river's name: no Avon, Ohio"),
    ("GLOUCESTER - Flood warnings were issued along the Severn as the river rose near Tewkesbury and Worcester.",
     [("GLOUCESTER", "Gloucester", "GB", "name"), ("Tewkesbury", "Tewkesbury", "GB", "name"), ("Worcester", "Worcester", "GB", "name")],
     "a small far town after 'the', with no noun after it, is what the story names by its own name: the river, not Severn, Maryland"),
    ("Members of the Severn school board flew to Seattle and Portland, Oregon.",
     [("Severn", "Severn", "US", "name"), ("Seattle", "Seattle", "US", "name"), ("Portland", "Portland", "US", "name"),
      ("Oregon", "Oregon", "US", "name")],
     "... but before a noun the town qualifies it, however far ('the Severn school board' is Severn, Maryland's)"),
    ("Stars flew in for the Cannes and Venice festivals from Tokyo and Seoul.",
     [("Cannes", "Cannes", "FR", "name"), ("Venice", "Venice", "IT", "name"), ("Tokyo", "Tokyo", "JP", "name"),
      ("Seoul", "Seoul", "KR", "name")],
     "... nor before a noun after the list it opens (a second reader's counter-examples)"),
    ("Crews fought fires in the Paradise, Calif., area, while Seattle and Portland, Oregon, sent help.",
     [("Paradise", "Paradise", "US", "name"), ("Calif.", "California", "US", "name"), ("Seattle", "Seattle", "US", "name"),
      ("Portland", "Portland", "US", "name"), ("Oregon", "Oregon", "US", "name")],
     "... nor in an address, its own state after it"),
    ("Ships diverted around the Cape of Good Hope; migrants crossed the Darien Gap; boats sailed on Lake Winnipeg.",
     [("Cape of Good Hope", "Cape of Good Hope", "ZA", "name"), ("Darien Gap", "Darién Gap", None, "name"),
      ("Lake Winnipeg", "Lake Winnipeg", "CA", "name")],
     "capes, gaps and lakes world news names are places of their own, not Good Hope, California, or Winnipeg"),
    ("People are coming from as far as Toronto and Florida, she said.",
     [("Toronto", "Toronto", "CA", "name"), ("Florida", "Florida", "US", "name")],
     "a list's town makes a town likelier only in its own country: Florida is the state, not Florida, Cuba"),
    ("A Dundee man has been fined £500 at Perth Sheriff Court.", [("Dundee", "Dundee", "GB", "name"), ("Perth", "Perth", "GB", "name")],
     "a sheriff court is Scotland's: Perth, Scotland, not Perth, Western Australia"),
    ("Tankers anchored in the Gulf of Venezuela off Maracaibo; hikers crowd the White Mountains of New Hampshire.",
     [("Maracaibo", "Maracaibo", "VE", "name"), ("New Hampshire", "New Hampshire", "US", "name")],
     "a region or country that only names a feature the gazetteer lacks is no place of the story"),
    ("Barge operators on the Yangtze said on Wednesday that they had cut loads; fishermen along the Mekong said the same.",
     [("Yangtze", "Yangtze", "CN", "name"), ("Mekong", "Mekong", None, "name")],
     "a place after a preposition and 'the' is where the speakers are, not one of them (held-out probe 26)"),
    ("Officials in Lahore blamed farmers burning stubble in Indian Haryana. Water flooded Pakistani Punjab.",
     [("Lahore", "Lahore", "PK", "name"), ("Indian", "India", "IN", "name"), ("Haryana", "Haryana", "IN", "name"),
      ("Pakistani", "Pakistan", "PK", "name"), ("Punjab", "Punjab", "PK", "name")],
     "a nation's adjective before a region is no first name, and says whose region (held-out probe 27)"),
    ("The Brazilian Santos scored twice. The American Virginia Smith won the final.",
     [("Brazilian", "Brazil", "BR", "name"), ("American", "United States", "US", "name")],
     "... but not before a town ('the Brazilian Santos' is a player), nor before a name that goes on"),
    ('"I had to tell my boss in Salford I\'d be late," said a commuter from Oldham.',
     [("Salford", "Salford", "GB", "name"), ("Oldham", "Oldham", "GB", "name")],
     "'I'd' goes on no name: Salford is no person's (held-out probe 27)"),
    ("The Mexican Guerrero scored in stoppage time. I told Lincoln I'd call back. When I left Manchester I'd never seen the "
     "sea.", [("Mexican", "Mexico", "MX", "name"), ("Manchester", "Manchester", "GB", "name")],
     "a second reader's counter-examples: 'The Mexican Guerrero scored' is a player (after 'the', only a region that "
     "ends its phrase); a name told something is the person told"),
    # held-out probe 17 (outbreak news, and regional news of Asia, Oceania, Africa and Latin America)
    ("Hurricane Otis struck Acapulco; tropical storm Ana flooded Malawi.",
     [("Acapulco", "Acapulco de Juárez", "MX", "name"), ("Malawi", "Malawi", "MW", "name")],
     "a storm's name is no town: not Otis, Indiana, nor Ana in Togo"),
    ("It was the worst storm Florida has seen in a century.", [("Florida", "Florida", "US", "name")],
     "only a storm's title goes before its name: a storm Florida has seen is Florida's"),
    ("Snow fell on the South Island and floods hit the North Island; ash rose from Mayon.",
     [("South Island", "South Island", "NZ", "name"), ("North Island", "North Island", "NZ", "name"),
      ("Mayon", "Mayon Volcano", "PH", "name")], "New Zealand's islands and the Philippines' volcano, not a San Diego island or a Russian village"),
    # held-out probe 18 (conflict monitoring: Syria, Iraq, Libya, Ukraine, the Sahel, Sudan, the Congo, Myanmar)
    ("KHERSON, Ukraine (Southern Command Bulletin) — Troops entered the city.",
     [("KHERSON", "Kherson", "UA", "name"), ("Ukraine", "Ukraine", "UA", "name")],
     "a dateline whose credit is a long outlet's name is a dateline still"),
    ("PALMYRA, Syria (Levant Wire) — Troops pushed into the town.",
     [("PALMYRA", "Palmyra", "SY", "name"), ("Syria", "Syria", "SY", "name")],
     "the credit between a dateline and its dash is an outlet's name, no place (not the Levant)"),
    ("GOMA (North Kivu province) — Rebels advanced toward the city.",
     [("GOMA", "Goma", "CD", "name"), ("North Kivu", "North Kivu", "CD", "name")],
     "a credit that names no outlet (by its last word) is where the dateline lies, and its places stand"),
    ("Families who fled Homs, Syria to the town of al-Qaryatain said the road was mined.",
     [("Homs", "Homs", "SY", "name"), ("Syria", "Syria", "SY", "name"), ("al-Qaryatain", "Qaryatayn", "SY", "name")],
     "a transliteration after 'the town of' is a town, though speech follows it (not a man called al-Qaryatain)"),
    ("Iraqi forces retook Hawija on Thursday after a two-week push.",
     [("Iraqi", "Iraq", "IQ", "name"), ("Hawija", "Al Hawijah", "IQ", "name")],
     "another spelling of a small town where names are transliterated, in a story that has named its country"),
    ("Forces retook Hawija on Thursday.", [], "... but not with no country named before it"),
    ("DAMASCUS - Ashura, the tenth day of Muharram, was marked. TAIPEI - Analysts said sanctions on Hsiao were likely.",
     [("DAMASCUS", "Damascus", "SY", "name"), ("TAIPEI", "Taipei", "TW", "name")],
     "... nor where no word before it says where (a month, a surname are other spellings of villages too)"),
    ("In Egypt, Al-Gaish beat Ittihad 4-1 on Saturday.", [("Egypt", "Egypt", "EG", "name")],
     "... nor a team the story gives a score"),
    ("YEMEN - Separatists hold the south, including Shabwa and Hadramawt.",
     [("YEMEN", "Yemen", "YE", "name"), ("Shabwa", "Shabwah", "YE", "name"), ("Hadramawt", "Hadhramaut", "YE", "name")],
     "... and only as a town of that country: Shabwa is Yemen's Shabwah, not Sha Bwa in China"),
    ("A teacher who reached Sennar said the roads were lined with people.", [("Sennar", "Sennar", "SD", "name")],
     "the place a speaker reached is no speaker: the relative clause's subject speaks"),
    ("Sennar said the roads were lined with people.", [], "... but a name that speaks alone may be a person's"),
    ("The army recently retook Hit and Rutba, on the desert highway to Jordan.",
     [("Hit", "Hit", "IQ", "name"), ("Rutba", "Al-Rutba", "IQ", "name"), ("Jordan", "Jordan", "JO", "name")],
     "a town forces retook is a town, though its name is an everyday word"),
    ("He captured Gold at the Games; police seized Cash and drugs.", [], "... only where a town of 10,000 bears the word"),
    ("U.S. marshals captured Walker after a three-day manhunt.", [("U.S.", "United States", "US", "name")],
     "... and only after what is done to towns: people are captured too"),
    ("Senators who visited Austin said the Pentagon chief looked frail.", [],
     "a visit is paid to people: only the place one fled or reached is no speaker"),
    # found in the session's last read
    ("KABUL - The decree was written in Farsi and in Pashto, officials said.", [("KABUL", "Kabul", "AF", "name")],
     "a language is no town's alternate name (Qalah-ye Farsi) nor a district's (Herat's Farsi)"),
    ("ISLAMABAD - He was born in Muharram. The programme is broadcast in Hausa and Igbo across Nigeria.",
     [("ISLAMABAD", "Islamabad", "PK", "name"), ("Nigeria", "Nigeria", "NG", "name")],
     "a Hijri month or a language is no alternate name of a town (Mukharram al Fawqani, Igbo-Ukwu)"),
    ("The death toll from Cyclone Freddy in Malawi rose above 200.", [("Malawi", "Malawi", "MW", "name")],
     "a storm's name, title and all, is no unlisted place the sentence says lies in Malawi"),
    # counter-examples a reviewer wrote against the rules above
    ("Gunmen killed 20 villagers in Plateau, Nigeria, police said.",
     [("Plateau", "Plateau", "NG", "name"), ("Nigeria", "Nigeria", "NG", "name")],
     "a region named like a feature's word is itself where no other word of a feature's name comes before it"),
    ("LOCAL NEWS, Texas - Rain fell in Austin.", [("Texas", "Texas", "US", "name"), ("Austin", "Austin", "US", "name")],
     "a dateline's words in capitals that are everyday words are no unlisted town"),
    ("Deputies from the county Sheriff Court Services unit escorted the inmate from Durham to Salisbury.",
     [("Durham", "Durham", "US", "name"), ("Salisbury", "Salisbury", "US", "name")],
     "a sheriff court is Scotland's only after its town's name and not before another name"),
])
def test_names_found_by_held_out_probes(geoparser, text, found, why) -> None:
    assert [(m.text, m.place.name, m.place.country_code, m.basis) for m in geoparser.parse(text)] == found, why
