# -*- coding: utf-8 -*-
from base import *

# pl-01 ---------------------------------------------------------------------
D('pl-01', 'news', 'Kurier Nadwiślański',
  'Włocławek: rusza budowa obwodnicy, kierowcy muszą liczyć się z utrudnieniami',
  '''
W poniedziałek ruszyła budowa północnej obwodnicy Włocławka. Pierwszy etap obejmie odcinek o długości 6,4 km między drogą krajową nr 67 a ulicą Toruńską. Inwestycja ma kosztować blisko 390 mln zł.

Przez najbliższe miesiące kierowcy muszą się liczyć z utrudnieniami na skrzyżowaniu ulic Kruszyńskiej i Papieżka, gdzie powstanie nowe rondo. Ruch będzie tam prowadzony wahadłowo, a autobusy linii 7 i 12 pojadą objazdem.

– Obwodnica wyprowadzi z centrum miasta większość ciężarówek. Dziś mieszkańcy ulicy Toruńskiej mają pod oknami kilka tysięcy tirów dziennie – mówi zastępca prezydenta miasta Adam Wiśniewski.

Zakończenie pierwszego etapu planowane jest na koniec 2026 roku. Na drugi etap, z mostem przez Wisłę, miasto wciąż szuka pieniędzy.
''',
  L('person', 'Tomasz Nowak', 'byline', 'present', 'byline', '"Autor: Tomasz Nowak" + date text; quoted deputy mayor is a trap'),
  variant='daily', section='Włocławek', kicker='Inwestycje',
  byline='<div class="story__byline"><p class="byline">Autor: <a href="/autor/tomasz-nowak">Tomasz Nowak</a></p><p class="story__timestamp">12 marca 2024, 10:15</p></div>',
  photo='Teren przyszłego ronda przy ul. Kruszyńskiej. Fot. PAP/Tytus Żmijewski',
  related=[('Toruń: nowe połączenia tramwajowe od kwietnia', 'Anna Zawadzka', '11 marca 2024'),
           ('Bydgoszcz: miasto kupi 20 elektrycznych autobusów', 'Marek Górski', '10 marca 2024')],
  newsletter=True, tags=['Włocławek', 'Drogi'])

# pl-02 ---------------------------------------------------------------------
D('pl-02', 'wp', 'Biegam z Głową',
  'Jak zacząć biegać po czterdziestce',
  '''
Zaczęłam biegać w wieku czterdziestu dwóch lat, po tym jak lekarz powiedział mi, że mam za wysokie ciśnienie. Pierwszy trening trwał dwadzieścia minut, z czego biegłam może pięć. Dziś mam za sobą trzy półmaratony.

Najważniejsza rada: zacznij od marszobiegu. Minuta biegu, dwie minuty marszu, powtórzone osiem razy. Co tydzień wydłużaj odcinki biegowe o pół minuty. Po dwóch miesiącach przebiegniesz trzydzieści minut bez przerwy.

Po czterdziestce regeneracja trwa dłużej. Biegaj trzy razy w tygodniu, nie codziennie, a w dni wolne zrób coś dla mięśni: przysiady, wykroki, deskę. Silne mięśnie chronią kolana.

I nie kupuj drogiego sprzętu na start. Wystarczą dobre buty dobrane w sklepie biegowym. Reszta może poczekać, aż bieganie stanie się nawykiem.
''',
  L('person', 'Anna Kowalska', 'title', 'present', 'url', 'author only in <title> "... by Anna Kowalska | Biegam z Głową"; date only in /2024/03/12/ URL'),
  url='/2024/03/12/jak-zaczac-biegac-po-czterdziestce/', domain='www.biegamzglowa.pl',
  head_title='Jak zacząć biegać po czterdziestce by Anna Kowalska | Biegam z Głową',
  byline='<div class="taxonomy-category wp-block-post-terms"><a href="/kategoria/poradniki/" rel="tag">Poradniki</a></div>',
  comments=[('Kasia', 'odpowiedź sprzed 2 tygodni', 'Dzięki! Jutro pierwszy marszobieg.')])

# pl-03 ---------------------------------------------------------------------
D('pl-03', 'papermod', 'Notatki devopsa',
  'Backup PostgreSQL z pgBackRest – konfiguracja krok po kroku',
  '''
Przez lata robiłem kopie zapasowe baz PostgreSQL za pomocą pg_dump uruchamianego z crona. Działało, dopóki baza nie urosła do 400 GB i zrzut zaczął trwać ponad cztery godziny. Wtedy przesiadłem się na pgBackRest.

pgBackRest robi kopie fizyczne, obsługuje kopie przyrostowe i różnicowe oraz archiwizację WAL. Dzięki temu można odtworzyć bazę do dowolnego momentu, a nie tylko do chwili ostatniego zrzutu.

## Konfiguracja repozytorium

Repozytorium trzymam w kompatybilnym z S3 magazynie obiektów. W pliku pgbackrest.conf wystarczy podać endpoint, bucket i klucze, a także włączyć szyfrowanie po stronie klienta.

## Harmonogram

Pełna kopia raz w tygodniu, różnicowa codziennie, a WAL na bieżąco. Raz w miesiącu automat odtwarza bazę na testowym serwerze i sprawdza, czy wszystko działa. Kopia, której nikt nie odtworzył, nie jest kopią.
''',
  L('person', 'Michał Zieliński', 'jsonld', 'present', 'jsonld', 'PaperMod: JSON-LD author array [Person], meta author, post-meta line'),
  url='/posts/pgbackrest-konfiguracja/', tags=['postgresql', 'backup'],
  metas=[MN('author', 'Michał Zieliński'), MP('article:published_time', '2024-02-03T00:00:00+00:00')],
  ld=dict(type='BlogPosting', author=[Person('Michał Zieliński')], pub='2024-02-03T00:00:00+00:00', mod='2024-02-03T00:00:00+00:00',
          publisher=False, extra={'inLanguage': 'pl'}),
  byline="<span title='2024-02-03 00:00:00 +0000 UTC'>3 lutego 2024</span>&nbsp;·&nbsp;<span>6 min</span>&nbsp;·&nbsp;<span>Michał Zieliński</span>")

# pl-04 ---------------------------------------------------------------------
D('pl-04', 'drupal', 'Towarzystwo Przyjaciół Kazimierza',
  'Sprzątanie brzegów Wisły – dołącz do nas',
  '''
Jak co roku zapraszamy wszystkich mieszkańców i gości do wspólnego sprzątania brzegów Wisły. Zbiórka przy przystani, skąd ruszymy w dwóch grupach: w górę i w dół rzeki.

Worki, rękawice i kamizelki odblaskowe zapewniamy. Prosimy o wygodne buty, najlepiej gumowce, bo przy brzegu bywa grząsko. Dzieci mogą uczestniczyć pod opieką dorosłych.

W zeszłym roku zebraliśmy ponad dwie tony śmieci, w tym trzy opony i jedną pralkę. Po akcji zapraszamy na ognisko z kiełbaskami przy przystani.
''',
  L('organisation', 'redakcja', 'byline', 'present', 'byline', '"Opublikowane przez: redakcja" (generic role) with date text'),
  url='/aktualnosci/sprzatanie-brzegow-wisly',
  byline='<div class="node__meta"><span>Opublikowane przez: <span class="field field--name-uid field--type-entity-reference field--label-hidden">'
         '<a title="Zobacz profil użytkownika." href="/user/3" class="username">redakcja</a></span></span>, '
         '<span class="field field--name-created field--type-created field--label-hidden">wt., 12.03.2024 - 09:30</span></div>',
  copyright='© Towarzystwo Przyjaciół Kazimierza 2006–2024')

# pl-05 ---------------------------------------------------------------------
D('pl-05', 'docs', 'Fakturownia24 Pomoc',
  'Wysyłka faktur do KSeF',
  '''
Krajowy System e-Faktur (KSeF) pozwala wystawiać i odbierać faktury ustrukturyzowane. Fakturownia24 może automatycznie wysyłać do KSeF każdą wystawioną fakturę.

## Uwierzytelnienie

W menu Ustawienia › KSeF wybierz sposób uwierzytelnienia: token wygenerowany w aplikacji podatnika albo certyfikat kwalifikowany. Token zapisujemy w postaci zaszyfrowanej.

## Wysyłka automatyczna

Po włączeniu opcji każda zatwierdzona faktura trafia do KSeF w ciągu kilku minut. Numer KSeF pojawia się na liście faktur i w wydruku PDF.

## Błędy walidacji

Jeśli faktura zostanie odrzucona, zobaczysz komunikat z kodem błędu. Najczęstsze przyczyny to błędny NIP nabywcy i brakujące pola adresowe.
''',
  L('none', None, None, 'present', 'byline', 'help page without author; visible "Ostatnia aktualizacja: 3 kwietnia 2024" under the article'),
  section='KSeF', ogtype='website',
  tree=['Pierwsze kroki', 'Kontrahenci', 'Wysyłka faktur do KSeF', 'Magazyn', 'Raporty'],
  after='<span class="theme-last-updated">Ostatnia aktualizacja: <b>3 kwietnia 2024</b></span>',
  copyright='© 2024 Fakturownia24 sp. z o.o.')

# pl-06 ---------------------------------------------------------------------
D('pl-06', 'forum', 'Forum Wędkarskie',
  'Szczupak wczesną wiosną – na co łowić?',
  '''
Cześć wszystkim. Od kilku lat łowię głównie karpie, ale w tym roku chcę spróbować spinningu na szczupaka. Łowisko to niewielkie jezioro, dość płytkie, z dużą ilością trzcin.

Kupiłem już wędkę 2,4 m o ciężarze wyrzutu do 30 g i kilka gum. Zastanawiam się, czy wczesną wiosną lepsze będą małe woblery, czy raczej powolne prowadzenie gumy przy dnie.

Będę wdzięczny za każdą radę, także co do godzin. Rano czy raczej po południu, kiedy woda się trochę nagrzeje?
''',
  L('person', 'szczupak_77', 'byline', 'present', 'time-element', 'forum opening post by handle; replies are traps'),
  section='Spinning', tagline='Największe forum wędkarzy w Polsce', by_word='przez',
  op=dict(user='szczupak_77', uid=7781, when=('wt mar 12, 2024 8:42 pm', '2024-03-12T20:42:00+01:00')),
  comments=[('Okoń_z_Mazur', ('wt mar 12, 2024 9:15 pm', '2024-03-12T21:15:00+01:00'), 'Wczesną wiosną wolno i przy dnie. Szczupak jest jeszcze ospały.'),
            ('Wędkarz_Zbyszek', ('śr mar 13, 2024 6:50 am', '2024-03-13T06:50:00+01:00'), 'Sprawdź przepisy, w wielu okręgach szczupak ma okres ochronny do końca kwietnia!')])

# pl-07 ---------------------------------------------------------------------
D('pl-07', 'news', 'Gazeta Lubelska Online',
  'Lublin: nowe ścieżki rowerowe wzdłuż Bystrzycy',
  '''
Do końca wakacji Lublin zyska ponad sześć kilometrów nowych ścieżek rowerowych wzdłuż Bystrzycy. Trasa połączy Zalew Zemborzycki ze Starym Miastem, omijając ruchliwe ulice.

Ścieżka będzie miała szerokość trzech metrów i nawierzchnię z asfaltu. Wzdłuż niej powstaną ławki, stojaki rowerowe i dwie stacje naprawy rowerów. Na odcinku przy Ogrodzie Saskim trasa zostanie oświetlona.

Mieszkańcy od dawna domagali się takiego połączenia. Dotychczasowe ścieżki urywały się w kilku miejscach, zmuszając rowerzystów do jazdy jezdnią.

Koszt inwestycji to około 14 mln zł, z czego większość pochodzi z funduszy unijnych.
''',
  L('person', 'Katarzyna Lewandowska', 'jsonld', 'present', 'jsonld',
    'author only in JSON-LD @graph: Article.author {"@id"} resolves to a Person node; nothing visible'),
  variant='daily', section='Lublin', kicker='Rowery',
  yoast=dict(person='Katarzyna Lewandowska', handle='klewandowska', pub='2024-03-06T07:30:00+01:00', mod='2024-03-06T09:10:00+01:00'),
  photo='Bulwary nad Bystrzycą.',
  related=[('Lublin: ruszają zapisy do żłobków', None, '5 marca 2024')])

# pl-08 ---------------------------------------------------------------------
D('pl-08', 'shop', 'Domowe Ciepło',
  'Koc wełniany z merynosów 150 × 200 cm',
  '''
Miękki koc utkany w Polsce z wełny merynosów. Naturalnie reguluje temperaturę: grzeje w chłodne wieczory, a latem nie przegrzewa.

Delikatny splot jodełkowy i ręcznie wykończone frędzle nadają mu klasyczny charakter. Sprawdzi się na kanapie, w sypialni i na tarasie.

Prać ręcznie w letniej wodzie z dodatkiem środka do wełny. Suszyć na płasko.
''',
  L('none', None, None, 'none', None, 'product page; reviews are traps'),
  section='Koce', price='459,00 zł', ogtype='product', promo='Darmowa dostawa od 200 zł',
  cats=['Koce', 'Poduszki', 'Pościel', 'Dywany', 'Wyprzedaż'],
  specs=[('Wymiary', '150 × 200 cm'), ('Skład', '100% wełna merynosów'), ('Gramatura', '420 g/m²'), ('Kraj produkcji', 'Polska')],
  reviews=[('Małgorzata', '14.02.2024', 5, 'Cudowny', 'Ciepły i wcale nie gryzie.'),
           ('Opinia: Robert K.', '02.02.2024', 4, 'Dobry', 'Kolor nieco ciemniejszy niż na zdjęciu.')],
  copyright='© 2024 Domowe Ciepło s.c.')

# pl-09 ---------------------------------------------------------------------
D('pl-09', 'corp', 'Softmill',
  'Pięć pytań przed wdrożeniem systemu ERP',
  '''
Wdrożenie systemu ERP to dla firmy ogromna zmiana. Dotyczy finansów, magazynu, sprzedaży i produkcji, a często także sposobu, w jaki ludzie pracują na co dzień. Zanim podpiszesz umowę, warto odpowiedzieć sobie na kilka pytań.

## Jakie procesy chcemy zmienić?

ERP nie naprawi złych procesów, tylko je zautomatyzuje. Najpierw opisz, jak firma działa dziś, i zdecyduj, co ma działać inaczej.

## Kto będzie właścicielem projektu?

Wdrożenie potrzebuje osoby po stronie klienta, która ma czas i uprawnienia do podejmowania decyzji. Bez niej projekt będzie się ciągnął miesiącami.

## Jakie dane przenosimy?

Migracja danych to najczęstsze źródło opóźnień. Zastanów się, czy naprawdę potrzebujesz historii sprzed dziesięciu lat.
''',
  L('organisation', 'Softmill Sp. z o.o.', 'meta', 'none', None, 'meta author = company; no date'),
  section='Poradniki', cats=['Produkty', 'Wdrożenia', 'Klienci', 'Blog', 'Kontakt'], cta='Umów prezentację',
  metas=[MN('author', 'Softmill Sp. z o.o.')], copyright='© 2024 Softmill Sp. z o.o.', newsletter=True)

# pl-10 ---------------------------------------------------------------------
D('pl-10', 'magazine', 'Kwartalnik Podróże',
  'Roztocze poza sezonem',
  '''
Roztocze najczęściej odwiedza się latem, kiedy szumy na Tanwi pełne są turystów, a w Zwierzyńcu trudno o miejsce w restauracji. Tymczasem najpiękniejsze jest późną jesienią i wczesną wiosną.

W listopadzie lasy bukowe mienią się miedzią, a na szlakach spotyka się tylko pojedynczych wędrowców. Z Krasnobrodu można w jeden dzień dojść do Bondyrza, mijając po drodze kaplicę na wodzie i stare kamieniołomy.

Warto zatrzymać się w jednym z gospodarstw agroturystycznych. Gospodarze chętnie opowiadają o regionie, a śniadania z lokalnym serem i miodem wynagradzają chłodne poranki.

Poza sezonem część atrakcji jest zamknięta, ale za to ceny noclegów spadają nawet o połowę.
''',
  L('person', 'Piotr Kaczmarek', 'below-article', 'present', 'time-element', 'only credit is the "O autorze" box below the article; <time> under headline'),
  section='Polska', tagline='Podróże bez pośpiechu',
  byline='<div class="story__meta"><time class="story__date" datetime="2024-02-12T08:00:00+01:00">12 lutego 2024</time></div>',
  after='<aside class="author-box"><h2>O autorze</h2><p>Piotr Kaczmarek – przewodnik i fotograf, od dwudziestu lat wędruje po wschodniej Polsce.</p></aside>',
  photo='Bukowy las koło Krasnobrodu. Fot. Ewa Sadowska',
  comments=[('Agnieszka', '2 tygodnie temu', 'Byliśmy w listopadzie, pięknie i pusto!')])

# pl-11 ---------------------------------------------------------------------
D('pl-11', 'md', 'Blog', 'Pierwszy rok z pompą ciepła',
  '''
Minął rok od montażu pompy ciepła w naszym domu z lat 90. Przed montażem wymieniliśmy okna i dociepliliśmy strop, ale ściany zostały bez zmian.

Za prąd do ogrzewania i ciepłej wody zapłaciliśmy łącznie około 5600 zł. Wcześniej, przy kotle gazowym, rachunki były prawie dwa razy wyższe.

Najważniejsza lekcja: niska temperatura zasilania. Ustawiliśmy krzywą grzewczą tak, żeby kaloryfery były letnie, ale ciepłe przez cały dzień.
''',
  L('person', 'Joanna Wójcik', 'frontmatter', 'present', 'frontmatter', 'YAML author'),
  ext='md',
  fm='''---
title: "Pierwszy rok z pompą ciepła"
date: 2024-01-07
author: Joanna Wójcik
tags: [dom, energia]
---''')

# pl-12 ---------------------------------------------------------------------
D('pl-12', 'md', 'Wiki projektu', 'Instrukcja uruchomienia środowiska deweloperskiego',
  '''
Do uruchomienia projektu potrzebujesz Dockera i make.

Sklonuj repozytorium, skopiuj plik `.env.example` do `.env` i uruchom `make up`. Pierwsze uruchomienie pobiera obrazy i może potrwać kilka minut.

Aplikacja będzie dostępna pod adresem http://localhost:8080. Dane testowe ładujesz poleceniem `make seed`.
''',
  L('none', None, None, 'none', None, 'TOML front matter without author or date'),
  ext='md',
  fm='''+++
title = "Instrukcja uruchomienia środowiska deweloperskiego"
weight = 1
+++''')

# pl-13 ---------------------------------------------------------------------
D('pl-13', 'category', 'Kurier Nadwiślański',
  'Kultura',
  '''
Koncerty, wystawy, teatr i festiwale w regionie.
''',
  L('none', None, None, 'none', None, 'section page; teaser bylines/dates only'),
  url='/kultura/', ogtype='website',
  items=[('Toruń: Festiwal Kontakt ogłosił program', 'W tym roku osiem spektakli z sześciu krajów.', 'Anna Zawadzka', ('11 marca 2024', '2024-03-11T14:00:00+01:00')),
         ('Włocławek: nowa wystawa w muzeum ceramiki', 'Fajans włocławski z prywatnych kolekcji.', 'Tomasz Nowak', ('9 marca 2024', '2024-03-09T10:00:00+01:00')),
         ('Bydgoszcz: filharmonia zaprasza na koncerty plenerowe', 'Pierwszy koncert w maju nad Brdą.', 'Marek Górski', ('8 marca 2024', '2024-03-08T16:00:00+01:00'))])
