MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]


def fmt_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_short(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def fmt_time(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}, {d.hour:02d}:{d.minute:02d}"


L = {
    "code": "pl",
    "people": ["Katarzyna Nowak", "Piotr Wiśniewski", "Agnieszka Kamińska", "Tomasz Lewandowski", "Magdalena Zielińska",
               "Michał Szymański", "Joanna Woźniak", "Paweł Dąbrowski", "Aleksandra Kozłowska", "Marcin Jankowski"],
    "extras": ["Barbara Mazur", "Krzysztof Krawczyk", "Ewa Piotrowska", "Andrzej Grabowski", "Monika Pawlak",
               "Grzegorz Michalski", "Renata Król", "Jan Wieczorek"],
    "handles": ["kasia_nowak", "pwisniewski", "agakam", "tomlew", "magda.z", "mszymanski"],
    "commenters": ["Działkowiec", "Basia", "rowerzysta_krk", "Zbyszek", "Gość", "Ania z Poznania"],
    "sites": {
        "blog": [("Ogród na Balkonie", "ogrodnabalkonie.pl"), ("Rowerem do Pracy", "rowerem-do-pracy.pl"),
                 ("Kuchnia Babci Heli", "kuchniababciheli.pl"), ("Cyfrowy Dom", "cyfrowydom.pl")],
        "news": [("Gazeta Nadwiślańska", "gazetanadwislanska.pl"), ("Kurier Pomorski Dziś", "kurierpomorskidzis.pl")],
        "company": ("Baltic Wind Energia S.A.", "balticwindenergia.pl"),
        "shop": ("Ceramika z Bolesławca – Sklep Dzban", "sklepdzban.pl"),
        "docs": ("FakturaOnline API", "docs.fakturaonline.pl"),
        "forum": ("Forum Wędkarskie", "forumwedkarskie.pl"),
    },
    "org_bylines": ["Redakcja", "Redakcja serwisu", "Redakcja portalu", "PAP", "Dział Gospodarka"],
    "prefixes": ["autor: {a}", "Autor: {a}", "Tekst: {a}", "Napisał(a): {a}", "Opracowanie: {a}", "{a} i {b}"],
    "published": "Opublikowano {d}",
    "updated": "Aktualizacja: {d}",
    "posted_on": "Dodano {d}",
    "fmt_long": fmt_long, "fmt_short": fmt_short, "fmt_time": fmt_time,
    "quote": "– Szczerze mówiąc, nie spodziewaliśmy się aż takiego zainteresowania – mówi {name} z osiedlowej inicjatywy sąsiedzkiej.",
    "event": "Otwarte spotkanie informacyjne zaplanowano na {d} w domu kultury przy ulicy Młyńskiej.",
    "bio": "{name} pisze o nauce w codziennym życiu, miastach i jedzeniu. Współpracuje z serwisem {site} od 2018 roku.",
    "comments": ["Świetny tekst, dziękuję! Próbowałam tego wiosną i zadziałało zaskakująco dobrze.",
                 "Z drugim punktem nie do końca się zgadzam, ale reszta pokrywa się z moim doświadczeniem.",
                 "Zapisuję! Chętnie przeczytam ciąg dalszy za kilka miesięcy."],
    "ui": {
        "home": "Strona główna", "news": "Wiadomości", "about": "O nas", "contact": "Kontakt", "search": "Szukaj",
        "categories": "Kategorie", "tags": "Tagi", "archive": "Archiwum", "related": "Zobacz także",
        "recent": "Najnowsze wpisy", "comments": "Komentarze", "reply": "Odpowiedz", "leave_comment": "Dodaj komentarz",
        "share": "Udostępnij", "newsletter": "Zapisz się do newslettera", "subscribe": "Subskrybuj",
        "about_author": "O autorze", "photo": "Fot.", "rights": "Wszelkie prawa zastrzeżone",
        "site_updated": "Serwis zaktualizowano {d}", "read_more": "Czytaj dalej", "min_read": "{n} min czytania",
        "privacy": "Polityka prywatności", "imprint": "Regulamin", "add_to_cart": "Dodaj do koszyka", "in_stock": "Dostępny",
        "reviews": "Opinie klientów", "description": "Opis", "edit_page": "Edytuj tę stronę",
        "on_this_page": "Na tej stronie", "last_updated": "Ostatnia aktualizacja: {d}", "replies": "odpowiedzi",
        "joined": "Dołączył(a)", "posts": "Posty", "press": "Biuro prasowe", "press_contact": "Kontakt dla mediów",
        "about_company": "O firmie {c}", "prev": "Poprzednia", "next": "Następna", "follow": "Obserwuj",
        "more_from": "Więcej z {s}", "says": "pisze:", "login": "Zaloguj się", "verified": "Zakup potwierdzony",
        "press_release": "Informacja prasowa", "docs": "Dokumentacja", "forum_home": "Fora",
    },
    "articles": [
        {"cat": "Ogród", "slug": "warzywnik-na-balkonie-od-czego-zaczac",
         "title": "Warzywnik na balkonie. Od czego zacząć?",
         "lede": "Nie trzeba mieć działki, żeby zbierać własną sałatę i zioła. Wystarczy kilka dużych skrzynek i odrobina cierpliwości.",
         "paras": [
             "Najpierw warto sprawdzić, ile godzin słońca dociera na balkon. Przy mniej niż czterech godzinach lepiej postawić na sałatę, szpinak i natkę pietruszki, przy większym nasłonecznieniu dobrze poradzą sobie pomidorki koktajlowe.",
             "Duże skrzynki wysychają wolniej niż małe doniczki. Pojemnik o pojemności czterdziestu litrów w lipcu spokojnie wytrzyma dwa dni bez podlewania.",
             "Ziemię najlepiej wymieszać z kompostem, a w sezonie kilka razy podać nawóz naturalny.",
             "Na koniec ciężar: mokra ziemia waży sporo, dlatego przed ustawieniem dużych skrzyń warto sprawdzić nośność balkonu.",
         ]},
        {"cat": "Miasto", "slug": "rok-dojazdow-rowerem-do-pracy",
         "title": "Rok dojazdów rowerem do pracy. Czego nauczyłem się o swoim mieście",
         "lede": "Dwanaście miesięcy, około trzech tysięcy kilometrów i jedno skradzione siodełko później codzienna trasa wygląda zupełnie inaczej.",
         "paras": [
             "Pierwsze tygodnie to szukanie trasy omijającej ruchliwe arterie i nauka, na których skrzyżowaniach trzeba mieć oczy dookoła głowy.",
             "Jesienią dojazd stał się najspokojniejszą częścią dnia. Boczne uliczki za dworcem okazały się szybsze niż główna ulica, a bulwary nad rzeką dużo przyjemniejsze.",
             "Prawdziwym sprawdzianem była zima. Dobre światła, błotniki i tanie spodnie przeciwdeszczowe dały więcej niż drogi sprzęt.",
             "Zostaje nowa mapa miasta w głowie: podjazdy, dziury w jezdni i piekarnia otwarta od szóstej.",
         ]},
        {"cat": "Kultura", "slug": "biblioteka-otwarta-do-22",
         "title": "Biblioteka otwarta do 22. Eksperyment się udał",
         "lede": "Przez pół roku biblioteka miejska działała w dni robocze do godziny 22. Wyniki zaskoczyły nawet pracowników.",
         "paras": [
             "Pomysł zgłosili studenci, którzy narzekali, że czytelnie zamykają się wtedy, gdy ich dzień dopiero się rozkręca. Rada miasta zgodziła się na próbę.",
             "Po godzinie 18 przychodziło więcej osób, niż zakładano, i to nie tylko studentów. Pojawiali się pracownicy zmianowi, rodzice i seniorzy szukający ciepłego, cichego miejsca.",
             "Pracownicy mówią, że wieczorami atmosfera jest spokojniejsza, a zajęcia takie jak kluby konwersacyjne zyskały nowych uczestników.",
             "O tym, czy wieczorne godziny otwarcia zostaną utrzymane, zdecyduje przyszłoroczny budżet.",
         ]},
        {"cat": "Kuchnia", "slug": "pierogi-ruskie-jak-u-babci",
         "title": "Pierogi ruskie jak u babci. Sprawdzony przepis",
         "lede": "Miękkie ciasto, dobrze doprawiony farsz i cierpliwość przy lepieniu. Tyle wystarczy.",
         "paras": [
             "Ciasto zagniatamy na ciepłej wodzie z odrobiną oleju. Dzięki temu jest elastyczne i nie rwie się przy wałkowaniu.",
             "Do farszu potrzebne są ziemniaki, twaróg półtłusty i cebula zeszklona na maśle. Nie żałujmy pieprzu – to on robi różnicę.",
             "Pierogi gotujemy partiami w osolonej wodzie, do momentu aż wypłyną, a potem jeszcze około dwóch minut.",
             "Najlepsze są następnego dnia, podsmażone na maśle ze skwarkami.",
         ]},
        {"cat": "Technologia", "slug": "kopia-zapasowa-rodzinnych-zdjec",
         "title": "Kopia zapasowa rodzinnych zdjęć bez nerwów",
         "lede": "Dwadzieścia lat zdjęć rozrzuconych po starych telefonach, laptopach i chmurze, do której nikt nie pamięta hasła. Oto plan, który działa.",
         "paras": [
             "Najpierw zbierz wszystko w jednym miejscu, nawet jeśli będzie bałagan. Dysk zewnętrzny z folderem dla każdego urządzenia to lepszy start niż idealny system, którego nigdy nie zaczniesz.",
             "Klasyczna zasada wciąż obowiązuje: trzy kopie, na dwóch rodzajach nośników, z czego jedna poza domem.",
             "Największy kłopot to duplikaty. Darmowe programy szybko znajdą identyczne pliki, ale serie prawie takich samych zdjęć lepiej przejrzeć ręcznie.",
             "Na koniec sprawdź, czy kopię da się odtworzyć. Kopia, której nigdy nie przywrócono, to tylko nadzieja.",
         ]},
    ],
    "product": {"name": "Kubek ceramiczny z Bolesławca, wzór pawie oczko", "price": "64,00 zł", "sku": "DZ-KUB-PAW-350",
                "desc": ["Ręcznie malowany kubek z kamionki bolesławieckiej o pojemności 350 ml, z tradycyjnym wzorem pawie oczko.",
                         "Można myć w zmywarce i używać w kuchence mikrofalowej. Każdy egzemplarz jest malowany ręcznie, więc drobne różnice we wzorze są naturalne."],
                "reviews": ["Piękny kubek, idealny na prezent.", "Szybka wysyłka, wszystko dobrze zapakowane."]},
    "forum": {"title": "Jaki zestaw na leszcza z brzegu na Wiśle?",
              "op": ["Cześć, od tego sezonu chcę łowić leszcze z brzegu na środkowej Wiśle. Do tej pory łowiłem tylko spławikiem na stawach.",
                     "Jaki feeder i jaką żyłkę polecacie na dość silny nurt? Myślałem o kiju 3,6 m i ciężarze wyrzutowym do 120 g."],
              "replies": ["Na Wiśle 120 g to minimum, często trzeba koszyczka 100–150 g. Żyłka główna 0,25, przypon 0,16.",
                          "Nęć dużo i konkretnie, leszcz lubi stołówkę. Najlepiej wieczorem i nad ranem."]},
    "docs": {"title": "Wystawianie faktury przez API",
             "paras": ["Aby wystawić fakturę, wyślij żądanie POST na adres /api/v2/faktury z danymi nabywcy i pozycjami faktury.",
                       "Faktura zostanie automatycznie przesłana do Krajowego Systemu e-Faktur, jeśli w ustawieniach konta włączono tę integrację.",
                       "Numer faktury nadawany jest zgodnie z wybranym schematem numeracji."],
             "code": "curl -X POST https://api.fakturaonline.pl/api/v2/faktury \\\n  -H \"Authorization: Bearer $TOKEN\" -d @faktura.json"},
    "press": {"title": "Baltic Wind Energia rozpoczyna budowę farmy wiatrowej na Pomorzu",
              "city": "Gdańsk",
              "paras": ["Baltic Wind Energia S.A. rozpoczęła dziś budowę lądowej farmy wiatrowej w gminie Potęgowo. Farma będzie liczyła 18 turbin o łącznej mocy 75 MW.",
                        "Wyprodukowana energia pozwoli zaspokoić roczne zapotrzebowanie około 90 tysięcy gospodarstw domowych.",
                        "Zakończenie inwestycji planowane jest na koniec przyszłego roku."],
              "boiler": "Baltic Wind Energia S.A. jest niezależnym producentem energii z odnawialnych źródeł, działającym w północnej Polsce."},
}
