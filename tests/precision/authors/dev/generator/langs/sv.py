MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def fmt_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_short(d):
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def fmt_time(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} kl. {d.hour:02d}.{d.minute:02d}"


L = {
    "code": "sv",
    "people": ["Emma Lindqvist", "Oskar Berg", "Maja Nordström", "Erik Sandberg", "Sara Holm",
               "Johan Ekström", "Linnea Forsberg", "Anders Wikström", "Klara Sjöberg", "Viktor Lund"],
    "extras": ["Birgitta Ahl", "Lars-Göran Nyberg", "Ingela Strand", "Per Olofsson", "Helena Dahl",
               "Mats Hedlund", "Karin Björk", "Nils Åberg"],
    "handles": ["emmalq", "oskarberg", "majan", "esandberg", "saraholm", "jekstrom"],
    "commenters": ["Odlarglad", "Bengt", "cykelpendlaren", "Anna-Lena", "Anonym", "Gunnar i Umeå"],
    "sites": {
        "blog": [("Odla på Balkongen", "odlapabalkongen.se"), ("Cykelpendlaren", "cykelpendlaren.se"),
                 ("Bakat & Gott", "bakatochgott.se"), ("Digital Vardag", "digitalvardag.se")],
        "news": [("Norrlands Dagblad", "norrlandsdagblad.se"), ("Västkusten Nyheter", "vastkustennyheter.se")],
        "company": ("Nordvind Kraft AB", "nordvindkraft.se"),
        "shop": ("Ullbodens Hantverk", "ullboden.se"),
        "docs": ("Fakturera API", "docs.fakturera.se"),
        "forum": ("Båtforum Sverige", "batforum.se"),
    },
    "org_bylines": ["Redaktionen", "Webbredaktionen", "Nyhetsredaktionen", "TT", "Ekonomiredaktionen"],
    "prefixes": ["Av {a}", "av {a}", "Text: {a}", "Skriven av {a}", "Författare: {a}", "Av {a} och {b}"],
    "published": "Publicerad {d}",
    "updated": "Uppdaterad {d}",
    "posted_on": "Publicerat {d}",
    "fmt_long": fmt_long, "fmt_short": fmt_short, "fmt_time": fmt_time,
    "quote": "– Ärligt talat hade vi inte räknat med så stort intresse, säger {name}, som samordnar ett grannskapsnätverk i området.",
    "event": "Ett öppet informationsmöte om saken hålls den {d} i Folkets hus.",
    "bio": "{name} skriver om vardagsvetenskap, städer och mat och har medverkat i {site} sedan 2018.",
    "comments": ["Tack för en bra genomgång! Testade i våras och det fungerade förvånansvärt bra.",
                 "Håller inte riktigt med om andra punkten, men resten stämmer med min erfarenhet.",
                 "Sparat! Skulle gärna läsa en uppföljning om några månader."],
    "ui": {
        "home": "Hem", "news": "Nyheter", "about": "Om oss", "contact": "Kontakt", "search": "Sök",
        "categories": "Kategorier", "tags": "Taggar", "archive": "Arkiv", "related": "Läs också",
        "recent": "Senaste inläggen", "comments": "Kommentarer", "reply": "Svara", "leave_comment": "Lämna en kommentar",
        "share": "Dela", "newsletter": "Prenumerera på nyhetsbrevet", "subscribe": "Prenumerera",
        "about_author": "Om skribenten", "photo": "Foto", "rights": "Med ensamrätt",
        "site_updated": "Webbplatsen uppdaterades senast {d}", "read_more": "Läs mer", "min_read": "{n} min läsning",
        "privacy": "Integritetspolicy", "imprint": "Om webbplatsen", "add_to_cart": "Lägg i varukorgen", "in_stock": "I lager",
        "reviews": "Kundrecensioner", "description": "Beskrivning", "edit_page": "Redigera sidan",
        "on_this_page": "På den här sidan", "last_updated": "Senast uppdaterad {d}", "replies": "svar",
        "joined": "Medlem sedan", "posts": "Inlägg", "press": "Press", "press_contact": "Presskontakt",
        "about_company": "Om {c}", "prev": "Föregående", "next": "Nästa", "follow": "Följ",
        "more_from": "Mer från {s}", "says": "skriver:", "login": "Logga in", "verified": "Verifierat köp",
        "press_release": "Pressmeddelande", "docs": "Dokumentation", "forum_home": "Forum",
    },
    "articles": [
        {"cat": "Odling", "slug": "odla-pa-balkongen-nyborjare",
         "title": "Odla på balkongen – så kommer du i gång",
         "lede": "Du behöver ingen kolonilott för att skörda egen sallad och egna kryddor. Några rejäla lådor och lite tålamod räcker långt.",
         "paras": [
             "Börja med att se hur många timmar sol balkongen får. Med mindre än fyra timmar passar sallad, spenat och persilja; med mer sol trivs tomater och chili.",
             "Stora odlingslådor torkar inte ut lika fort som små krukor. En låda på fyrtio liter klarar sig gott två dagar utan vatten i juli.",
             "Blanda planteringsjorden med kompost och ge flytande näring några gånger under säsongen, så håller skörden i sig.",
             "Tänk också på vikten. Blöt jord är tung, så kontrollera hur mycket balkongen tål innan du ställer ut stora lådor.",
         ]},
        {"cat": "Resor", "slug": "ett-ar-som-cykelpendlare",
         "title": "Ett år som cykelpendlare: det här lärde jag mig om staden",
         "lede": "Tolv månader, omkring 3 000 kilometer och en stulen sadel senare ser vägen till jobbet helt annorlunda ut.",
         "paras": [
             "De första veckorna handlade om att hitta en väg som undvek de stora infarterna och lära sig vilka korsningar som kräver extra uppmärksamhet.",
             "Till hösten hade cykelturen blivit dagens lugnaste stund. Bakgatorna bakom stationen visade sig snabbare än huvudleden, och strandpromenaden var betydligt trevligare.",
             "Vintern var det stora provet. Dubbdäck, bra belysning och stänkskärmar gjorde mer nytta än dyr utrustning.",
             "Kvar blir en ny karta över staden, byggd av backar, gropar och bageriet som öppnar klockan sju.",
         ]},
        {"cat": "Kultur", "slug": "biblioteket-oppet-pa-kvallen",
         "title": "Biblioteket höll öppet till tio – besökarna strömmade till",
         "lede": "Under ett halvår var stadsbiblioteket öppet till klockan 22 på vardagar. Resultatet överraskade till och med personalen.",
         "paras": [
             "Idén kom från studenter som tyckte att läsesalarna stängde precis när deras dag började. Kommunen gick med på ett försök.",
             "Efter klockan 18 kom fler besökare än väntat, och långt ifrån bara studenter. Skiftarbetare, småbarnsföräldrar och pensionärer sökte sig dit.",
             "Personalen beskriver kvällarna som lugnare än de fullsatta förmiddagarna. Språkcaféer och lagningsträffar har hittat en naturlig plats.",
             "Om kvällsöppet blir kvar avgörs i nästa års budget.",
         ]},
        {"cat": "Mat", "slug": "kanelbullar-som-blir-saftiga",
         "title": "Kanelbullar som blir saftiga – hela hemligheten",
         "lede": "Mycket smör i fyllningen, en långsam jäsning och lagom ugnsvärme. Mer än så behövs inte.",
         "paras": [
             "Degen blir bäst med kall mjölk och jäst som får arbeta långsamt. En timmes extra jäsning i kylen ger både smak och struktur.",
             "Fyllningen ska vara rumsvarm så att den går att breda ut jämnt. Strö kardemumma i degen, inte bara kanel i fyllningen.",
             "Grädda bullarna mitt i ugnen och pensla dem direkt med sockerlag när de kommer ut. Då håller de sig saftiga i flera dagar.",
             "Frys in det som blir över, de tinar fort till eftermiddagsfikat.",
         ]},
        {"cat": "Digitalt", "slug": "sakerhetskopiera-familjens-bilder",
         "title": "Säkerhetskopiera familjens bilder utan att bli galen",
         "lede": "Tjugo år av bilder utspridda på gamla mobiler, datorer och ett molnkonto som ingen minns lösenordet till. Här är en plan som fungerar.",
         "paras": [
             "Samla först allt på ett ställe, även om det är rörigt. En extern hårddisk med en mapp per enhet är bättre än ett perfekt system som aldrig blir av.",
             "Den klassiska regeln gäller fortfarande: tre kopior, på två olika typer av lagring, varav en förvaras någon annanstans.",
             "Dubbletter är det största problemet. Gratisprogram hittar identiska filer snabbt, men nästan likadana serier sorterar man bäst för hand.",
             "Testa till sist att återställa. En säkerhetskopia som aldrig återställts är bara en förhoppning.",
         ]},
    ],
    "product": {"name": "Tjock ullfilt i gotländsk fårull", "price": "1 295 kr", "sku": "UB-FILT-GOT-GRA",
                "desc": ["Vävd på Gotland av ull från gotlandsfår, en filt som värmer utan att bli tung och som tål många års användning.",
                         "Mått: 130 × 180 cm. Vädra hellre än tvätta; vid behov handtvätt i ljummet vatten."],
                "reviews": ["Underbar filt, mjukare än jag trodde.", "Snabb leverans och fint paketerad."]},
    "forum": {"title": "Läckande genomföring i skrovet – hur tätar jag?",
              "op": ["Hej! Upptäckte att det droppar vatten vid logg-genomföringen i min Albin Vega när båten stått i sjön ett par dagar.",
                     "Måste båten upp på land för att byta tätning, eller finns det något man kan göra i sjön?"],
              "replies": ["Den måste upp. Passa på att byta hela genomföringen om den är original.",
                          "Sikaflex eller liknande fogmassa, och låt den härda ordentligt innan sjösättning."]},
    "docs": {"title": "Skapa en faktura via API",
             "paras": ["För att skapa en faktura skickar du en POST-förfrågan till /api/v1/fakturor med kund-id och fakturarader i JSON-format.",
                       "Fakturan skapas som utkast och måste bokföras innan den kan skickas till kunden.",
                       "Alla belopp anges i öre för att undvika avrundningsfel."],
             "code": "curl -X POST https://api.fakturera.se/api/v1/fakturor \\\n  -H \"Authorization: Bearer $TOKEN\" -d @faktura.json"},
    "press": {"title": "Nordvind Kraft tar vindkraftparken Björkberget i drift",
              "city": "Sundsvall",
              "paras": ["Nordvind Kraft AB har i dag tagit vindkraftparken Björkberget i Västernorrland i full drift. Parken består av 22 vindkraftverk med en total effekt på 121 megawatt.",
                        "Den årliga produktionen motsvarar elförbrukningen i omkring 80 000 hushåll.",
                        "Bygget har pågått i två år och har engagerat ett flertal lokala entreprenörer."],
              "boiler": "Nordvind Kraft AB utvecklar, bygger och förvaltar vindkraft i norra Sverige."},
}
