MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def fmt_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_short(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def fmt_time(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}, {d.hour:02d}:{d.minute:02d}"


L = {
    "code": "nl",
    "people": ["Sanne de Vries", "Jeroen Bakker", "Lotte Jansen", "Bram Visser", "Eva Smit",
               "Daan Mulder", "Femke de Boer", "Thijs van Dijk", "Noor Hendriks", "Ruben Peters"],
    "extras": ["Marjolein Kok", "Henk Verbeek", "Ingrid Bos", "Wouter Dekker", "Anouk Vos",
               "Gerrit Brouwer", "Ilse Meijer", "Kees de Groot"],
    "handles": ["sannedv", "jbakker", "lotte_j", "bramvisser", "evasmit", "dmulder"],
    "commenters": ["Moestuinman", "Joke", "fietsfan_utrecht", "Ria B.", "Anoniem", "Pieter"],
    "sites": {
        "blog": [("Moestuin op het Balkon", "moestuinophetbalkon.nl"), ("Fietsend naar Kantoor", "fietsendnaarkantoor.nl"),
                 ("Bakken met Liefde", "bakkenmetliefde.nl"), ("Digitaal Thuis", "digitaalthuis.be")],
        "news": [("Dagblad van het Oosten", "dagbladvanhetoosten.nl"), ("De Kempen Courant", "dekempencourant.be")],
        "company": ("Windkracht Noord B.V.", "windkrachtnoord.nl"),
        "shop": ("Linnen & Co", "linnenenco.nl"),
        "docs": ("Routeplanner API", "docs.routeplanner-api.nl"),
        "forum": ("Zeilforum Nederland", "zeilforum.nl"),
    },
    "org_bylines": ["Redactie", "De redactie", "Webredactie", "Redactie Economie", "ANP-redactie"],
    "prefixes": ["Door {a}", "door {a}", "Tekst: {a}", "Geschreven door {a}", "Auteur: {a}", "Door {a} en {b}"],
    "published": "Gepubliceerd op {d}",
    "updated": "Bijgewerkt op {d}",
    "posted_on": "Geplaatst op {d}",
    "fmt_long": fmt_long, "fmt_short": fmt_short, "fmt_time": fmt_time,
    "quote": "‘Eerlijk gezegd hadden we niet op zoveel belangstelling gerekend’, zegt {name} van de buurtvereniging.",
    "event": "Op {d} is er een openbare informatieavond in het buurthuis aan de Molenweg.",
    "bio": "{name} schrijft over wetenschap in het dagelijks leven, steden en eten en werkt sinds 2018 voor {site}.",
    "comments": ["Mooi stuk, dank je! Vorig voorjaar geprobeerd en het werkte verrassend goed.",
                 "Met het tweede punt ben ik het niet helemaal eens, maar de rest klopt met mijn ervaring.",
                 "Opgeslagen. Een vervolg over een paar maanden zou leuk zijn."],
    "ui": {
        "home": "Home", "news": "Nieuws", "about": "Over ons", "contact": "Contact", "search": "Zoeken",
        "categories": "Categorieën", "tags": "Tags", "archive": "Archief", "related": "Lees ook",
        "recent": "Recente berichten", "comments": "Reacties", "reply": "Reageren", "leave_comment": "Laat een reactie achter",
        "share": "Delen", "newsletter": "Schrijf je in voor de nieuwsbrief", "subscribe": "Abonneren",
        "about_author": "Over de auteur", "photo": "Foto", "rights": "Alle rechten voorbehouden",
        "site_updated": "Site laatst bijgewerkt op {d}", "read_more": "Lees verder", "min_read": "{n} min leestijd",
        "privacy": "Privacybeleid", "imprint": "Colofon", "add_to_cart": "In winkelwagen", "in_stock": "Op voorraad",
        "reviews": "Klantbeoordelingen", "description": "Omschrijving", "edit_page": "Bewerk deze pagina",
        "on_this_page": "Op deze pagina", "last_updated": "Laatst bijgewerkt op {d}", "replies": "reacties",
        "joined": "Lid sinds", "posts": "Berichten", "press": "Pers", "press_contact": "Perscontact",
        "about_company": "Over {c}", "prev": "Vorige", "next": "Volgende", "follow": "Volgen",
        "more_from": "Meer van {s}", "says": "zegt:", "login": "Inloggen", "verified": "Geverifieerde aankoop",
        "press_release": "Persbericht", "docs": "Documentatie", "forum_home": "Forums",
    },
    "articles": [
        {"cat": "Tuin", "slug": "moestuin-op-balkon-beginnen",
         "title": "Een moestuin op je balkon: zo begin je",
         "lede": "Je hebt geen volkstuin nodig om je eigen sla en kruiden te oogsten. Een paar flinke bakken en wat geduld zijn genoeg.",
         "paras": [
             "Kijk eerst hoeveel uur zon je balkon krijgt. Bij minder dan vier uur kies je voor sla, spinazie en peterselie; met meer zon doen cherrytomaten en paprika's het goed.",
             "Grote bakken drogen minder snel uit dan kleine potjes. Een bak van veertig liter houdt het in de zomer makkelijk twee dagen vol zonder water.",
             "Gebruik goede potgrond met wat compost erdoor en geef in het groeiseizoen af en toe organische voeding.",
             "Let ten slotte op het gewicht: natte grond is zwaar. Check even wat je balkon mag dragen voordat je grote bakken neerzet.",
         ]},
        {"cat": "Mobiliteit", "slug": "een-jaar-op-de-fiets-naar-werk",
         "title": "Een jaar op de fiets naar kantoor: wat ik over mijn stad leerde",
         "lede": "Twaalf maanden, zo'n 3000 kilometer en één gestolen zadel later ziet de dagelijkse rit er heel anders uit.",
         "paras": [
             "De eerste weken draaiden om het vinden van een route zonder drukke invalswegen en om leren welke kruispunten extra aandacht vragen.",
             "In de herfst was de rit het rustigste moment van de dag. De smalle straatjes achter het station bleken sneller dan de hoofdroute, en het jaagpad langs de gracht was veel prettiger.",
             "De echte test was de winter, met tegenwind en regen. Goede verlichting, spatborden en een simpele regenbroek deden meer dan dure spullen.",
             "Wat blijft is een andere plattegrond van de stad, opgebouwd uit bruggetjes, kuilen en de bakker die om zeven uur opengaat.",
         ]},
        {"cat": "Cultuur", "slug": "bibliotheek-tot-tien-uur-open",
         "title": "Bibliotheek tot tien uur 's avonds open: proef blijkt succes",
         "lede": "Een halfjaar lang bleef de centrale bibliotheek doordeweeks open tot 22.00 uur. De uitkomst verraste zelfs de medewerkers.",
         "paras": [
             "Het idee kwam van studenten, die klaagden dat de leeszalen sloten op het moment dat hun dag pas echt begon. De gemeente stemde in met een proef.",
             "Na zes uur 's avonds kwamen er meer bezoekers dan verwacht, en lang niet alleen studenten. Ook ploegwerkers, ouders en ouderen zochten er een warme, rustige plek.",
             "Volgens medewerkers is de sfeer 's avonds rustiger, en kleine activiteiten als taalcafés vonden er een vaste plek.",
             "Of de avondopenstelling blijft, hangt af van de begroting voor volgend jaar.",
         ]},
        {"cat": "Eten", "slug": "appeltaart-zoals-oma-hem-maakte",
         "title": "Appeltaart zoals oma hem maakte",
         "lede": "Zanddeeg met veel boter, zure appels en geduld bij het afkoelen: meer geheimen zijn er niet.",
         "paras": [
             "Gebruik stevige, zurige appels zoals goudrenetten of elstars. Zoete handappels worden tijdens het bakken te zacht en te flauw.",
             "Het deeg moet koud blijven. Werk snel, laat het deeg een halfuur in de koelkast rusten en rol het tussen twee vellen bakpapier uit.",
             "Bak de taart op een laag rooster, zodat de bodem goed gaar wordt en niet klef blijft onder de vulling.",
             "Het lastigste deel: de taart minstens een uur laten afkoelen voordat je hem aansnijdt.",
         ]},
        {"cat": "Digitaal", "slug": "familiefotos-veilig-bewaren",
         "title": "Familiefoto's veilig bewaren zonder gedoe",
         "lede": "Twintig jaar foto's verspreid over oude telefoons, laptops en een cloudaccount waarvan niemand het wachtwoord nog weet. Een plan dat werkt.",
         "paras": [
             "Verzamel eerst alles op één plek, ook al is het rommelig. Een externe schijf met een map per apparaat is beter dan een perfect systeem waar je nooit aan begint.",
             "De klassieke regel geldt nog steeds: drie kopieën, op twee soorten opslag, waarvan één buiten de deur.",
             "Dubbele foto's zijn de grootste ergernis. Gratis programma's vinden identieke bestanden snel; bijna-identieke series doe je beter met de hand.",
             "Test tot slot of je een back-up ook echt kunt terugzetten. Een back-up die je nooit hebt teruggezet, is alleen maar hoop.",
         ]},
    ],
    "product": {"name": "Linnen dekbedovertrek, stonewashed", "price": "€ 119,95", "sku": "LC-DBO-240-ZND",
                "desc": ["Gemaakt van 100% Europees linnen dat na het weven wordt voorgewassen, voor een zachte, natuurlijke uitstraling vanaf de eerste nacht.",
                         "Afmeting 240 × 220 cm, inclusief twee kussenslopen. Wasbaar op 40 graden; linnen wordt met elke wasbeurt zachter."],
                "reviews": ["Heerlijk zacht en de kleur is prachtig.", "Snel geleverd, precies zoals beschreven."]},
    "forum": {"title": "Welke ankerlijn voor een 8-meter zeilboot op het IJsselmeer?",
              "op": ["Hallo allemaal, ik heb net een 8-meter kielboot gekocht en wil een nieuwe ankerlijn aanschaffen. Op het IJsselmeer ankeren we meestal op 3 tot 5 meter diepte.",
                     "Is een combinatie van 10 meter ketting en 30 meter lijn genoeg, of raden jullie volledig ketting aan?"],
              "replies": ["Voor het IJsselmeer is 10 meter ketting plus lijn prima. Neem wel minimaal 8 mm ketting.",
                          "Let vooral op de ankerbodem bij de Friese kust, daar is het soms erg zacht."]},
    "docs": {"title": "Snelheidslimieten en quota",
             "paras": ["Elke API-sleutel mag maximaal 600 verzoeken per minuut doen. Wordt deze grens overschreden, dan antwoordt de API met statuscode 429.",
                       "De headers X-RateLimit-Remaining en X-RateLimit-Reset geven aan hoeveel verzoeken er nog over zijn en wanneer de teller wordt gereset.",
                       "Voor hogere quota kunt u contact opnemen met ons supportteam."],
             "code": "HTTP/1.1 429 Too Many Requests\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 37"},
    "press": {"title": "Windkracht Noord neemt windpark Eemshaven-West in gebruik",
              "city": "Groningen",
              "paras": ["Windkracht Noord B.V. heeft vandaag het windpark Eemshaven-West officieel in gebruik genomen. Het park bestaat uit twaalf turbines met een totaal vermogen van 54 megawatt.",
                        "Het windpark levert genoeg stroom voor ongeveer 60.000 huishoudens. Omwonenden kunnen via een coöperatie voor twintig procent mede-eigenaar worden.",
                        "De bouw duurde achttien maanden en verliep volgens planning."],
              "boiler": "Windkracht Noord B.V. ontwikkelt en exploiteert windparken op land in Noord-Nederland."},
}
