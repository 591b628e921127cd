"""Word lists for claim checking and query expansion: number words, countries and their
adjectives, negation cues, mutually exclusive predicates and a small general-purpose thesaurus.

These are general English, written for reports and news on conflicts, missions and politics;
they are not tuned to any corpus. Words are given as written; `qa.check` stems them with the
index's analyzer so they match exactly like the text does.
"""
from __future__ import annotations

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# Superlatives state a fact as firmly as a figure does ("the largest contributor").
SUPERLATIVES = {"largest", "biggest", "greatest", "highest", "lowest", "smallest", "deadliest",
                "worst", "best", "strongest", "weakest", "longest", "shortest", "oldest",
                "newest", "earliest", "fewest", "richest", "poorest", "sole", "costliest",
                "bloodiest", "fastest", "slowest", "heaviest", "busiest", "widest", "closest",
                "foremost"}  # not "most", "only", "last": mostly quantifiers and adverbs
MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
# "more than 300", "nearly 2,000": how a number is hedged. Same-direction hedges are one claim.
BOUNDS = {"more than": "lower", "over": "lower", "at least": "lower", "above": "lower",
          "exceeding": "lower", "in excess of": "lower", "upwards of": "lower",
          "less than": "upper", "fewer than": "upper", "under": "upper", "below": "upper",
          "up to": "upper", "at most": "upper", "no more than": "upper",
          "nearly": "approx", "almost": "approx", "about": "approx", "around": "approx",
          "approximately": "approx", "roughly": "approx", "some": "approx", "close to": "approx",
          "an estimated": "approx", "just under": "approx", "just over": "approx"}
CURRENCY_WORDS = ("dollars", "dollar", "euros", "euro", "usd", "eur", "pounds", "francs", "cfa")

# Units a figure is counted in: "four weeks" and "four months" are different facts.
MEASURES = {"second": "time", "minute": "time", "hour": "time", "day": "time", "week": "time",
            "month": "time", "year": "time", "decade": "time", "century": "time",
            "metre": "length", "meter": "length", "kilometre": "length", "kilometer": "length",
            "km": "length", "mile": "length"}
# Negations of a noun phrase ("without additional resources", "a lack of air assets") reach
# further than those of a verb ("did not renew").
NOUN_NEGATIONS = {"without", "no", "lack", "lacks", "lacked", "lacking", "absence", "none",
                  "shortage", "scarcity", "dearth", "shortfall"}

# Words that put what follows in doubt or in the negative ("did not", "refused to", "lack of",
# and "incorrectly reported as", which is how corrections deny a figure).
NEGATIONS = {"not", "no", "never", "none", "nor", "neither", "without", "cannot", "lack",
             "lacks", "lacked", "lacking", "absence", "absent", "unable", "fail", "fails",
             "failed", "failing", "refuse", "refuses", "refused", "refusing", "deny", "denies",
             "denied", "incorrectly", "wrongly", "falsely", "erroneously", "mistakenly",
             "hardly", "barely", "nobody", "nothing", "shortage", "scarcity", "dearth",
             "shortfall"}
SCOPE_BREAKERS = {"but", "while", "although", "though", "whereas", "however", "yet", "despite"}

# Pairs of predicates that cannot both describe the same event: a claim using one where the
# source uses the other (in the same place of the sentence) states a different fact.
EXCLUSIVE = (
    ("killed kill kills killing", "wounded wound injured injure injuries"),
    ("increased increase rose rise grew grow doubled expanded raised", "decreased decrease fell "
     "fall dropped drop declined shrank reduced reduce cut halved lowered"),
    ("approved approve accepted accept adopted agreed agree endorsed", "rejected reject refused "
     "vetoed opposed oppose declined"),
    ("supported support backed favoured favored welcomed", "opposed oppose criticized "
     "criticised condemned resisted"),
    ("won win", "lost lose"),
    ("deployed deploy arrived arrive entered", "withdrew withdraw withdrawn left departed "
     "pulled"),
    ("began begin started start launched opened", "ended end finished stopped closed "
     "concluded"),
    ("continued continue resumed maintained", "suspended suspend halted stopped ended"),
    ("allowed allow permitted permit authorized authorised granted", "banned ban prohibited "
     "blocked forbade barred denied"),
    ("imposed impose", "lifted lift"),
    ("improved improve strengthened better", "worsened worsen deteriorated weakened worse"),
    ("largest biggest highest most greatest", "smallest lowest least fewest"),
    ("north northern", "south southern"),
    ("east eastern", "west western"),
    ("before", "after"),
    ("military soldiers troops", "police civilian civilians"),
    ("urban cities towns", "rural countryside villages"),
    ("success successful succeeded", "failure failed unsuccessful"),
    ("effective", "ineffective"),
    ("increase increases", "decrease decreases"),
)

# Groups of words that say the same thing in reports; a claim word matches a source word of
# the same group. An entry of several words is joined by "_" ("blue_helmets"): in a question
# it counts as one term. General-purpose, deliberately conservative (no word on both sides of a pair
# above).
SYNONYMS = (
    "lack absence shortage scarcity dearth shortfall deficit",
    "limit limited restrict restricted restriction constrain constrained hamper hampered "
    "hinder hindered curtail curtailed impede impeded obstruct",
    "aircraft air airplane airplanes planes helicopters helicopter aviation",
    "move movement movements mobility travel manoeuvre maneuver",
    "freely freedom",
    "severely greatly seriously significantly substantially heavily considerably",
    "majority most bulk",
    "especially particularly notably specifically",
    "consider regard view see deem perceive believe think",
    "value appreciate welcome",
    "ineffective ineffectual",
    "help helped assist assisted aid aided support",
    "mediate mediating mediation broker brokering facilitate facilitating",
    "absorb absorbed incorporate incorporated integrate integrated merge merged fold folded",
    "cooperate cooperated cooperation collaborate collaborated collaboration partner partnered "
    "partnership together",
    "speak spoken speakers language",
    "complicate complicates complicating complicated hinder complicate difficult",
    "relationship relations ties dealings",
    "country nation state",
    "government authorities administration",
    "army military forces armed",
    "troops soldiers personnel contingent peacekeepers",
    "peacekeepers blue_helmets",
    "killed slain",
    "died dead death deaths fatalities fatality",
    "attack attacks assault assaults raid raids ambush ambushes",
    "civilian civilians population people residents inhabitants villagers",
    "people persons individuals",
    "request requested ask asked demand demanded call called",
    "withdraw withdrawal exit departure drawdown leave left depart departed",
    "soon shortly quickly promptly",
    "immediate immediately swift prompt",
    "begin began start started commence commenced launch launched",
    "end ended terminate terminated conclude concluded",
    "report reported document documented record recorded publish published",
    "show showed shown reveal revealed demonstrate demonstrated find found evidence",
    "big large huge vast sizable",
    "small little minor modest",
    "size area",
    "several many numerous multiple various",
    "years decade",
    "rise rose grow grew increase increased",
    "fall fell decline declined decrease decreased drop dropped",
    "strike strikes airstrike airstrikes bombing bombings",
    "village villages town towns",
    "protect protection protecting safeguard secure security",
    "mandate mandated",
    "renew renewed extend extended prolong prolonged",
    "leader leaders chief head heads",
    "official officials officer officers",
    "violation violations abuse abuses",
    "perpetrate perpetrated commit committed responsible",
    "accuse accused allege alleged blame blamed",
    "fund funding funded finance financed budget money",
    "build built construct constructed establish established set",
    "provide provided supply supplied deliver delivered offer offered",
    "threat threats danger dangers risk risks",
    "fight fighting combat combating battle battles",
    "criticize criticized criticise criticised condemn condemned",
    "agreement accord deal pact treaty",
    "negotiation negotiations talks dialogue",
    "rebel rebels insurgent insurgents militant militants jihadist jihadists",
    "terrorist terrorists extremist extremists",
    "spread spanning across throughout",
    "operating operate operated operations operation deployed",
)
# Phrasal verbs and the single verbs reports use for them ("pulled out" -> withdrew). The
# particle is a stopword, so without this table "pull out" would search for "pull" alone.
PHRASAL_VERBS = """
pull out: withdraw exit; pull back: withdraw retreat; draw down: reduce withdraw drawdown;
stand down: withdraw demobilize; drop out: withdraw quit; move out: leave depart;
move in: enter arrive; send in: deploy dispatch; roll out: deploy launch introduce;
turn into: convert transform become; turn over: transfer surrender; hand over: transfer cede;
pass on: transfer convey; take over: seize assume control; take on: assume undertake;
take up: adopt assume; take part: participate; carry out: conduct implement perform
undertake; carry on: continue; keep up: maintain continue; set up: establish create found;
build up: strengthen reinforce increase; step up: increase intensify; scale up: increase
expand; scale back: reduce cut; cut back: reduce cut; wind down: end reduce; phase out: end
eliminate; step down: resign; back down: retreat concede; give up: abandon surrender;
break out: erupt start; break down: collapse fail; fall apart: collapse disintegrate;
call for: demand urge request; call on: urge ask; call off: cancel; crack down: repress
suppress; put down: suppress crush; stir up: provoke incite; set off: trigger spark;
bring about: cause produce; put off: postpone delay; hold off: delay postpone;
put forward: propose submit; come up with: propose devise; rule out: exclude reject;
turn down: reject refuse decline; push back: resist oppose; turn against: oppose;
fend off: repel resist; back up: support; prop up: support sustain; stand by: support;
team up: cooperate ally; sign up: join enlist; look into: investigate examine;
find out: discover learn; point out: note; spell out: specify detail; set out: describe
outline; wipe out: destroy eliminate; shut down: close; kick out: expel; throw out: expel;
deal with: handle address manage; cope with: handle manage; pay for: fund finance;
account for: represent constitute; go ahead: proceed; run out: exhaust; die down: subside;
hand out: distribute
"""
# Irregular past forms of the verbs above, which a stemmer does not bring back to the verb.
IRREGULAR_PAST = {
    "took": "take", "taken": "take", "gave": "give", "given": "give", "broke": "break",
    "broken": "break", "brought": "bring", "stood": "stand", "drew": "draw", "drawn": "draw",
    "fell": "fall", "fallen": "fall", "held": "hold", "kept": "keep", "threw": "throw",
    "thrown": "throw", "came": "come", "ran": "run", "went": "go", "gone": "go", "built": "build",
    "sent": "send", "found": "find", "dealt": "deal", "paid": "pay", "wound": "wind",
}

# Countries and the adjectives and nouns for their people: "Malian" and "Mali" are one actor.
COUNTRIES = """
Afghanistan:Afghan; Algeria:Algerian; Angola:Angolan; Argentina:Argentine|Argentinian;
Armenia:Armenian; Australia:Australian; Austria:Austrian; Azerbaijan:Azerbaijani;
Bangladesh:Bangladeshi; Belarus:Belarusian; Belgium:Belgian; Benin:Beninese; Bhutan:Bhutanese;
Bolivia:Bolivian; Bosnia:Bosnian; Botswana:Motswana|Batswana; Brazil:Brazilian;
Bulgaria:Bulgarian; Burkina Faso:Burkinabe|Burkinabé; Burundi:Burundian; Cambodia:Cambodian;
Cameroon:Cameroonian; Canada:Canadian; Cape Verde:Cape Verdean|Cabo Verdean;
Central African Republic:Central African; Chad:Chadian; Chile:Chilean; China:Chinese;
Colombia:Colombian; Comoros:Comorian; Congo:Congolese; Costa Rica:Costa Rican;
Côte d'Ivoire:Ivorian|Ivory Coast; Croatia:Croatian; Cuba:Cuban; Cyprus:Cypriot;
Czech Republic:Czech|Czechia; Denmark:Danish|Dane|Danes; Djibouti:Djiboutian;
Dominican Republic:Dominican; Ecuador:Ecuadorian; Egypt:Egyptian; El Salvador:Salvadoran;
Equatorial Guinea:Equatoguinean; Eritrea:Eritrean; Estonia:Estonian; Eswatini:Swazi;
Ethiopia:Ethiopian; Fiji:Fijian; Finland:Finnish|Finn|Finns; France:French;
Gabon:Gabonese; Gambia:Gambian; Georgia:Georgian; Germany:German|Germans; Ghana:Ghanaian;
Greece:Greek; Guatemala:Guatemalan; Guinea:Guinean; Guinea-Bissau:Bissau-Guinean;
Haiti:Haitian; Honduras:Honduran; Hungary:Hungarian; Iceland:Icelandic; India:Indian;
Indonesia:Indonesian; Iran:Iranian; Iraq:Iraqi; Ireland:Irish; Israel:Israeli;
Italy:Italian; Jamaica:Jamaican; Japan:Japanese; Jordan:Jordanian; Kazakhstan:Kazakh;
Kenya:Kenyan; Korea:Korean; Kosovo:Kosovar; Kuwait:Kuwaiti; Kyrgyzstan:Kyrgyz; Laos:Lao;
Latvia:Latvian; Lebanon:Lebanese; Lesotho:Basotho; Liberia:Liberian; Libya:Libyan;
Lithuania:Lithuanian; Luxembourg:Luxembourgish; Madagascar:Malagasy; Malawi:Malawian;
Malaysia:Malaysian; Mali:Malian|Malians; Malta:Maltese; Mauritania:Mauritanian;
Mauritius:Mauritian; Mexico:Mexican; Moldova:Moldovan; Mongolia:Mongolian;
Montenegro:Montenegrin; Morocco:Moroccan; Mozambique:Mozambican; Myanmar:Burmese|Burma;
Namibia:Namibian; Nepal:Nepalese|Nepali; Netherlands:Dutch|Holland; New Zealand:New Zealander;
Nicaragua:Nicaraguan; Niger:Nigerien; Nigeria:Nigerian; Norway:Norwegian; Oman:Omani;
Pakistan:Pakistani; Palestine:Palestinian; Panama:Panamanian; Paraguay:Paraguayan;
Peru:Peruvian; Philippines:Filipino|Philippine; Poland:Polish|Pole|Poles; Portugal:Portuguese;
Qatar:Qatari; Romania:Romanian; Russia:Russian; Rwanda:Rwandan; Saudi Arabia:Saudi;
Senegal:Senegalese; Serbia:Serbian; Sierra Leone:Sierra Leonean; Singapore:Singaporean;
Slovakia:Slovak; Slovenia:Slovenian; Somalia:Somali; South Africa:South African;
South Sudan:South Sudanese; Spain:Spanish|Spaniard; Sri Lanka:Sri Lankan; Sudan:Sudanese;
Sweden:Swedish|Swede|Swedes; Switzerland:Swiss; Syria:Syrian; Taiwan:Taiwanese;
Tajikistan:Tajik; Tanzania:Tanzanian; Thailand:Thai; Togo:Togolese; Tunisia:Tunisian;
Turkey:Turkish|Türkiye|Turk; Uganda:Ugandan; Ukraine:Ukrainian; United Arab Emirates:Emirati|UAE;
United Kingdom:British|UK|Britain|U.K.; United States:American|Americans|US|USA|U.S.;
Uruguay:Uruguayan; Uzbekistan:Uzbek; Venezuela:Venezuelan; Vietnam:Vietnamese;
Yemen:Yemeni; Zambia:Zambian; Zimbabwe:Zimbabwean
"""

# Capital cities, which news and reports use for the government seated there ("Bamako
# demanded the mission's departure"). Capitals spelled like their country (Mexico, Kuwait,
# Singapore...) are left out: the country's own name already covers them.
CAPITALS = """
Afghanistan:Kabul; Algeria:Algiers; Angola:Luanda; Argentina:Buenos Aires; Armenia:Yerevan;
Australia:Canberra; Austria:Vienna; Azerbaijan:Baku; Bangladesh:Dhaka; Belarus:Minsk;
Belgium:Brussels; Benin:Porto-Novo|Cotonou; Bhutan:Thimphu; Bolivia:La Paz|Sucre;
Bosnia:Sarajevo; Botswana:Gaborone; Brazil:Brasília; Bulgaria:Sofia;
Burkina Faso:Ouagadougou; Burundi:Gitega|Bujumbura; Cambodia:Phnom Penh;
Cameroon:Yaoundé; Canada:Ottawa; Cape Verde:Praia; Central African Republic:Bangui;
Chad:N'Djamena; Chile:Santiago; China:Beijing; Colombia:Bogotá; Comoros:Moroni;
Congo:Kinshasa|Brazzaville; Costa Rica:San José; Côte d'Ivoire:Yamoussoukro|Abidjan;
Croatia:Zagreb; Cuba:Havana; Cyprus:Nicosia; Czech Republic:Prague; Denmark:Copenhagen;
Dominican Republic:Santo Domingo; Ecuador:Quito; Egypt:Cairo; El Salvador:San Salvador;
Equatorial Guinea:Malabo; Eritrea:Asmara; Estonia:Tallinn; Eswatini:Mbabane;
Ethiopia:Addis Ababa; Fiji:Suva; Finland:Helsinki; France:Paris; Gabon:Libreville;
Gambia:Banjul; Georgia:Tbilisi; Germany:Berlin; Ghana:Accra; Greece:Athens;
Guatemala:Guatemala City; Guinea:Conakry; Guinea-Bissau:Bissau; Haiti:Port-au-Prince;
Honduras:Tegucigalpa; Hungary:Budapest; Iceland:Reykjavik; India:New Delhi;
Indonesia:Jakarta; Iran:Tehran; Iraq:Baghdad; Ireland:Dublin; Italy:Rome; Jamaica:Kingston;
Japan:Tokyo; Jordan:Amman; Kazakhstan:Astana; Kenya:Nairobi; Korea:Seoul|Pyongyang;
Kosovo:Pristina; Kyrgyzstan:Bishkek; Laos:Vientiane; Latvia:Riga; Lebanon:Beirut;
Lesotho:Maseru; Liberia:Monrovia; Libya:Tripoli; Lithuania:Vilnius; Madagascar:Antananarivo;
Malawi:Lilongwe; Malaysia:Kuala Lumpur; Mali:Bamako; Malta:Valletta; Mauritania:Nouakchott;
Mauritius:Port Louis; Moldova:Chisinau; Mongolia:Ulaanbaatar; Montenegro:Podgorica;
Morocco:Rabat; Mozambique:Maputo; Myanmar:Naypyidaw; Namibia:Windhoek; Nepal:Kathmandu;
Netherlands:Amsterdam|The Hague; New Zealand:Wellington; Nicaragua:Managua; Niger:Niamey;
Nigeria:Abuja; Norway:Oslo; Oman:Muscat; Pakistan:Islamabad; Paraguay:Asunción; Peru:Lima;
Philippines:Manila; Poland:Warsaw; Portugal:Lisbon; Qatar:Doha; Romania:Bucharest;
Russia:Moscow|Kremlin; Rwanda:Kigali; Saudi Arabia:Riyadh; Senegal:Dakar; Serbia:Belgrade;
Sierra Leone:Freetown; Slovakia:Bratislava; Slovenia:Ljubljana; Somalia:Mogadishu;
South Africa:Pretoria; South Sudan:Juba; Spain:Madrid; Sri Lanka:Colombo; Sudan:Khartoum;
Sweden:Stockholm; Switzerland:Bern; Syria:Damascus; Taiwan:Taipei; Tajikistan:Dushanbe;
Tanzania:Dodoma|Dar es Salaam; Thailand:Bangkok; Togo:Lomé; Tunisia:Tunis; Turkey:Ankara;
Uganda:Kampala; Ukraine:Kyiv|Kiev; United Arab Emirates:Abu Dhabi; United Kingdom:London;
United States:Washington; Uruguay:Montevideo; Uzbekistan:Tashkent; Venezuela:Caracas;
Vietnam:Hanoi; Yemen:Sanaa; Zambia:Lusaka; Zimbabwe:Harare
"""
# What a capital stands for besides its country: the government seated in it.
SEAT_OF_GOVERNMENT = "government authorities"


def country_spellings() -> dict[str, str]:
    """Every spelling as written -> the country's name as written: 'Malian' -> 'Mali'."""
    names: dict[str, str] = {}
    for entry in COUNTRIES.split(";"):
        country, _, others = entry.strip().partition(":")
        for name in [country, *others.split("|")]:
            names[name.strip()] = country.strip()
    return names


def country_names() -> dict[str, str]:
    """Every spelling (lowercase) -> the country's name: 'malian' -> 'mali'."""
    return {name.lower(): country.lower() for name, country in country_spellings().items()}


def capital_cities() -> dict[str, str]:
    """Every capital (lowercase) -> its country's name as `country_names` gives it."""
    capitals: dict[str, str] = {}
    for entry in CAPITALS.split(";"):
        country, _, cities = entry.strip().partition(":")
        for city in cities.split("|"):
            capitals[city.strip().lower()] = country.strip().lower()
    return capitals


def phrasal_verbs() -> dict[tuple[str, ...], str]:
    """{(every written form of the verb, ..., particle words): its single-verb synonyms}."""
    forms_of: dict[str, list[str]] = {}
    for past, verb in IRREGULAR_PAST.items():
        forms_of.setdefault(verb, []).append(past)
    table: dict[tuple[str, ...], str] = {}
    for entry in PHRASAL_VERBS.split(";"):
        phrase, _, synonyms = entry.partition(":")
        verb, *particle = phrase.split()
        for form in [verb, *forms_of.get(verb, [])]:
            table[(form, *particle)] = synonyms.strip()
    return table
