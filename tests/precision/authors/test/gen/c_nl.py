# -*- coding: utf-8 -*-
from base import *

# nl-01 ---------------------------------------------------------------------
D('nl-01', 'news', 'Dagblad van het Oosten',
  'Twentekanaal krijgt eindelijk fietsbrug bij Hengelo',
  '''
Na jaren van plannen en uitstel wordt er dit voorjaar begonnen met de bouw van een fietsbrug over het Twentekanaal bij Hengelo. De brug moet fietsers uit Delden en Hengelo-Zuid een veilige en snelle route naar het station en de binnenstad geven.

Nu moeten fietsers nog een omweg van bijna twee kilometer maken via de drukke Twekkelerweg. ‘Dat is voor scholieren gewoon gevaarlijk’, zegt wethouder Martijn Kuipers. ‘Met deze brug halen we een groot deel van het fietsverkeer daar weg.’

De brug krijgt een overspanning van 84 meter en wordt zo hoog dat binnenvaartschepen er zonder problemen onderdoor kunnen. De kosten bedragen ruim 11 miljoen euro, waarvan de provincie Overijssel de helft betaalt.

Omwonenden maakten zich eerder zorgen over de hellingbanen aan beide kanten, die tot vlak bij hun achtertuinen komen. De gemeente heeft het ontwerp daarop aangepast en plant een groenstrook met bomen als buffer. Als alles volgens planning verloopt, gaat de brug in de zomer van 2025 open.
''',
  L('person', 'Sanne de Vries', 'byline', 'present', 'time-element', '"Door Sanne de Vries" + <time>; quoted alderman is a trap'),
  variant='daily', section='Hengelo', kicker='Verkeer',
  byline='<div class="story__byline"><p class="byline">Door <a href="/auteur/sanne-de-vries">Sanne de Vries</a></p>'
         '<p class="story__timestamp"><time datetime="2024-03-12T06:00:00+01:00">12 mrt. 2024, 06:00</time></p></div>',
  photo='Op deze plek over het kanaal komt de nieuwe fietsbrug. Foto: ANP',
  related=[('Enschede zoekt nieuwe plek voor kermis', 'Door Bas Meijer', '11 mrt. 2024'),
           ('Almelo: markt verhuist tijdelijk', 'Door Ilse Kok', '10 mrt. 2024')],
  newsletter=True, tags=['Hengelo', 'Fiets'])

# nl-02 ---------------------------------------------------------------------
D('nl-02', 'ghost', 'Codekamer',
  'TypeScript strict mode aanzetten in een oude codebase',
  '''
Onze frontend-codebase is zes jaar oud en telt zo'n 240.000 regels TypeScript. Strict mode stond nooit aan, omdat niemand de duizenden fouten wilde oplossen die de compiler dan zou tonen. Vorig najaar besloten we het toch te doen, maar dan stap voor stap.

De truc was om strict mode niet voor het hele project tegelijk aan te zetten. We maakten een tweede tsconfig-bestand met strict aan, dat alleen de mappen bevatte die al 'schoon' waren. In de CI draaiden beide configuraties.

## Per map, per sprint

Elke sprint koos een team één map om op te schonen en aan de strikte configuratie toe te voegen. Nieuwe code moest meteen in een strikte map terechtkomen. Na vier maanden stond meer dan de helft van de code onder strict mode.

## Wat het opleverde

Tijdens het opschonen vonden we elf echte bugs, vooral rond waarden die null konden zijn. Het aantal productie-incidenten met 'undefined is not a function' is sindsdien fors gedaald.
''',
  L('person', 'Thijs Bakker', 'jsonld', 'present', 'jsonld', 'Ghost: JSON-LD author Person'),
  section='Frontend', sub='Hoe we in vier maanden de helft van 240.000 regels strikt kregen.',
  metas=ghost_metas('Thijs Bakker', '2024-01-25T08:00:00.000Z', '2024-01-25T08:00:00.000Z', 'Geschreven door'),
  ld=dict(type='Article', author=Person('Thijs Bakker', url='https://www.codekamer.nl/author/thijs/'),
          pub='2024-01-25T08:00:00.000Z', mod='2024-01-25T08:00:00.000Z'),
  byline=ghost_meta('Thijs Bakker', 'thijs', '2024-01-25', '25 jan 2024', '5 min leestijd'))

# nl-03 ---------------------------------------------------------------------
D('nl-03', 'indie', 'Femke Jansen',
  'Mijn moestuin in jaar drie',
  '''
Drie jaar geleden kreeg ik een tuintje op het volkstuinencomplex aan de rand van de stad. Het eerste jaar groeide er vooral onkruid, het tweede jaar vooral courgettes. Dit jaar heb ik eindelijk het gevoel dat ik weet wat ik doe.

Het belangrijkste wat ik heb geleerd: minder is meer. Ik zaai nu kleinere hoeveelheden, maar vaker. Elke drie weken een rijtje sla en radijs, zodat er niet ineens twintig kroppen tegelijk klaar zijn.

Ook ben ik gestopt met spitten. De bodem bedek ik in het najaar met een dikke laag blad en compost, en in het voorjaar plant ik er gewoon doorheen. De grond is losser en er is veel minder onkruid.

Volgend jaar wil ik proberen om zelf zaad te winnen van mijn tomaten en bonen. Tips zijn welkom!
''',
  L('person', 'Femke Jansen', 'hcard', 'present', 'time-element', 'h-entry p-author h-card + dt-published; webmention author is a trap'),
  url='/notities/moestuin-jaar-drie/', domain='femkejansen.nl', og_site=False,
  byline='<a class="p-author h-card" href="https://femkejansen.nl/">Femke Jansen</a> · <time class="dt-published" datetime="2023-10-08T16:20:00+02:00">8 oktober 2023</time>',
  mentions=[('Joris Smit', ('9 okt 2023', '2023-10-09T08:00:00+02:00'), 'Niet spitten is echt een gamechanger, hier ook.')])

# nl-04 ---------------------------------------------------------------------
D('nl-04', 'drupal', 'Gemeente Lindewaard',
  'Afval ophalen rond de paasdagen',
  '''
Rond Pasen wordt het afval op een aantal dagen op een ander moment opgehaald. Op Tweede Paasdag, maandag 1 april, wordt er geen afval ingezameld. De inzameling van die dag schuift op naar zaterdag 30 maart.

Zet uw container op de ophaaldag vóór 7.30 uur aan de straat. Het afvalbrengpunt aan de Industrieweg is op Goede Vrijdag gewoon open, maar op beide paasdagen gesloten.

Wilt u weten wanneer uw afval wordt opgehaald? Bekijk de afvalkalender op onze website of in de afvalapp.
''',
  L('none', None, None, 'present', 'byline',
    'municipal news item without author; "Gepubliceerd op 12 maart 2024" is the publication date; holiday dates are event dates'),
  url='/nieuws/afval-ophalen-rond-de-paasdagen', node_type='nieuws',
  byline='<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden">Gepubliceerd op 12 maart 2024</span></div>',
  copyright='© Gemeente Lindewaard')

# nl-05 ---------------------------------------------------------------------
D('nl-05', 'magazine', 'Proeflokaal Magazine',
  'De opmars van de Nederlandse whisky',
  '''
Tien jaar geleden kon je de Nederlandse whiskystokers op één hand tellen. Inmiddels zijn het er meer dan veertig, van Friesland tot Zeeuws-Vlaanderen, en winnen hun whisky's prijzen op internationale wedstrijden.

Veel stokerijen begonnen als bijproduct van een bierbrouwerij. De stap van bier naar whisky is kleiner dan het lijkt: beide beginnen met gemoute gerst, water en gist. Alleen moet je daarna nog drie jaar wachten voordat je het eerste vat mag verkopen.

‘Dat wachten is het moeilijkste’, zegt stoker Hendrik Boersma, die in 2016 begon in een oude zuivelfabriek. ‘Je investeert nu en weet pas jaren later of het goed is.’

Het Nederlandse klimaat, met zijn zachte winters en koele zomers, zou gunstig zijn voor langzame rijping. Of er een eigen Nederlandse stijl ontstaat, moet de komende jaren blijken.
''',
  L('person', 'Pieter Visser', 'address', 'none', None, '<address> byline "door Pieter Visser"; no date; quoted distiller, photographer and sidebar teaser byline/date are traps'),
  section='Drank', tagline='Eten, drinken en makers',
  byline='<address class="story__author">door <a href="/auteurs/pieter-visser/">Pieter Visser</a></address>',
  photo='Vaten in de opslag van een stokerij in Friesland. Foto: Marieke de Groot',
  related=[('Tien Nederlandse jenevers die je moet proeven', 'door Anouk Peters', '2 februari 2024')])

# nl-06 ---------------------------------------------------------------------
D('nl-06', 'news', 'Dagblad van het Oosten',
  'Storing legt treinverkeer rond Zwolle urenlang stil',
  '''
Door een storing in de bovenleiding reden er dinsdagochtend urenlang geen treinen tussen Zwolle en Deventer. Duizenden reizigers strandden op de stations of moesten met bussen verder.

De storing ontstond rond 7.15 uur bij Wijhe. Volgens ProRail was een stuk van de bovenleiding losgeraakt, mogelijk door de harde wind. Monteurs hadden ruim vier uur nodig om de schade te herstellen.

NS zette tientallen bussen in, maar die konden de drukte in de ochtendspits niet aan. Op sociale media klaagden reizigers over lange wachttijden en gebrek aan informatie op de perrons.

Rond het middaguur kwam het treinverkeer weer langzaam op gang. Reizigers met vertraging kunnen via de website van NS hun geld terugvragen.
''',
  L('organisation', 'Redactie', 'byline', 'present', 'byline', 'generic desk byline "Redactie"; date as text'),
  variant='daily', section='Zwolle', kicker='Spoor',
  byline='<div class="story__byline"><p class="byline">Redactie</p><p class="story__timestamp">12 maart 2024, 14:32</p></div>',
  related=[('Nieuwe dienstregeling: meer treinen naar Groningen', 'Door Bas Meijer', '8 mrt. 2024')])

# nl-07 ---------------------------------------------------------------------
D('nl-07', 'wp', 'Keukenlab',
  'Zo maak je je eigen zuurkool',
  '''
Zuurkool maken is verrassend eenvoudig. Je hebt alleen witte kool, zout, een pot en een beetje geduld nodig. De rest doen de melkzuurbacteriën die al op de kool zitten.

Snijd de kool in dunne reepjes en weeg hem. Voeg twee procent zout toe, dus twintig gram per kilo kool, en kneed alles stevig tot er vocht uit de kool komt. Dat duurt een minuut of tien en is de beste workout van je week.

Druk de kool stevig aan in een schone pot, zodat hij helemaal onder zijn eigen vocht staat. Een klein glazen potje of een zakje met water erbovenop houdt alles onder. Zet de pot op kamertemperatuur en proef na een week.

Na twee tot drie weken is de zuurkool lekker zuur. Daarna bewaar je hem in de koelkast, waar hij maandenlang goed blijft.
''',
  L('person', 'mvdberg', 'author-url', 'present', 'time-element',
    'block theme author-name link to /author/mvdberg/ with a user handle as text (no rel, no vcard)'),
  url='/zelf-zuurkool-maken/', domain='www.keukenlab.nl',
  byline='<div class="wp-block-post-date"><time datetime="2024-02-11T10:05:00+01:00">11 februari 2024</time></div>'
         '<div class="wp-block-post-author-name"><a href="https://www.keukenlab.nl/author/mvdberg/" target="_self" class="wp-block-post-author-name__link">mvdberg</a></div>',
  comments=[('Ellen', ('12 februari 2024 om 19:20', '2024-02-12T19:20:00+01:00'), 'Mijn eerste pot staat nu te gisten, spannend!')])

# nl-08 ---------------------------------------------------------------------
D('nl-08', 'shop', 'Stadsfietsen.nl',
  'Stadsfiets Amstel N7 dames',
  '''
De Amstel N7 is een comfortabele stadsfiets met zeven versnellingen in de achternaaf en een terugtraprem. Ideaal voor dagelijks woon-werkverkeer en boodschappen in de stad.

Het lage instapframe maakt op- en afstappen makkelijk, ook met een volle voordrager. Standaard uitgerust met spatborden, kettingkast, ringslot en led-verlichting op naafdynamo.

Wordt rijklaar geleverd en gratis afgesteld op jouw lengte.
''',
  L('none', None, None, 'none', None, 'product page; reviews are traps'),
  section='Stadsfietsen', price='€ 749,00', ogtype='product', promo='Gratis thuisbezorgd en rijklaar afgesteld',
  cats=['Stadsfietsen', 'E-bikes', 'Kinderfietsen', 'Onderdelen', 'Outlet'],
  specs=[('Versnellingen', '7 (naaf)'), ('Remmen', 'terugtraprem + rollerbrake'), ('Framemaat', '50 / 53 / 57 cm'), ('Gewicht', '19 kg')],
  reviews=[('Marloes', '03-02-2024', 5, 'Top fiets', 'Rijdt heerlijk en kwam netjes afgesteld aan.'),
           ('Review door Gert', '15-01-2024', 4, 'Prima', 'Voordrager moest apart besteld worden.')],
  copyright='© 2024 Stadsfietsen.nl – KvK 12345678')

# nl-09 ---------------------------------------------------------------------
D('nl-09', 'corp', 'Fietsfabriek Utrecht',
  'Je e-bike de winter door: vijf onderhoudstips',
  '''
Kou, regen en strooizout zijn slecht nieuws voor je e-bike. Met een paar eenvoudige gewoonten voorkom je dat je in het voorjaar met een roestige ketting en een halflege accu zit.

## Accu binnen bewaren

Lithiumaccu's houden niet van vorst. Neem de accu 's nachts mee naar binnen en laad hem op bij kamertemperatuur. Sla je de fiets een paar maanden op, laat de accu dan half vol.

## Ketting schoonmaken

Strooizout vreet aan de ketting. Spoel hem na een rit over gestrooide wegen af met lauw water, droog hem en gebruik een natte kettingolie.

## Bandenspanning

Koude lucht krimpt. Controleer elke twee weken de bandenspanning, want zachte banden kosten actieradius.

## Verlichting

Zie en word gezien: controleer je lampen voor elke rit in het donker.

## Beurt voor het voorjaar

Plan een onderhoudsbeurt voordat het fietsseizoen begint, dan ben je de drukte voor.
''',
  L('organisation', 'Fietsfabriek Utrecht B.V.', 'meta', 'none', None, 'meta author = company; no date'),
  section='Onderhoud', cats=['Fietsen', 'E-bikes', 'Werkplaats', 'Over ons', 'Blog'], cta='Plan een proefrit',
  metas=[MN('author', 'Fietsfabriek Utrecht B.V.')], copyright='© 2024 Fietsfabriek Utrecht B.V.')

# nl-10 ---------------------------------------------------------------------
D('nl-10', 'corp', 'Werkwijs Advies',
  'Zo schrijf je een vacaturetekst die wél werkt',
  '''
De meeste vacatureteksten beginnen met het bedrijf: opgericht in, marktleider in, dynamisch team. Kandidaten lezen daar overheen. Ze willen weten wat ze gaan doen, met wie, en wat het ze oplevert.

Begin daarom met het werk zelf. Beschrijf een gewone werkweek in drie of vier zinnen. Welke problemen los je op? Met wie overleg je? Wat heb je aan het eind van de week gemaakt of bereikt?

Wees daarna eerlijk over de eisen. Een lijst van twaalf harde eisen schrikt vooral vrouwen en starters af, ook als ze prima geschikt zijn. Maak onderscheid tussen wat echt nodig is en wat mooi meegenomen is.

Noem ten slotte altijd het salaris, of op zijn minst een bandbreedte. Vacatures met een salarisindicatie krijgen aantoonbaar meer reacties.
''',
  L('person', 'Lotte Smit', 'below-article', 'none', None, 'person named only in the "Over de auteur" box below the article; no date'),
  section='Werving', cats=['Diensten', 'Trainingen', 'Cases', 'Blog', 'Contact'], cta='Gratis adviesgesprek',
  after='<aside class="author-bio"><h2>Over de auteur</h2><p><strong>Lotte Smit</strong> is recruitmentadviseur bij Werkwijs en schreef eerder voor Intermediair.</p></aside>',
  copyright='© 2024 Werkwijs Advies', newsletter=True)

# nl-11 ---------------------------------------------------------------------
D('nl-11', 'md', 'Blog', 'Leren programmeren met Python als docent',
  '''
Vorig jaar gaf ik voor het eerst een programmeercursus aan leerlingen in de bovenbouw. Ik ben zelf geen informaticus, maar wiskundedocent, en had maar een paar maanden ervaring met Python.

Dat bleek eerder een voordeel dan een nadeel. Ik wist nog precies waar ik zelf was vastgelopen en kon die valkuilen vooraf uitleggen.

Het belangrijkste advies dat ik collega's kan geven: laat leerlingen zo snel mogelijk iets maken dat ze zelf leuk vinden. Een quiz, een spelletje, een programma dat hun cijfergemiddelde uitrekent.
''',
  L('person', 'Noor El Amrani', 'frontmatter', 'present', 'frontmatter', 'YAML author'),
  ext='md',
  fm='''---
title: "Leren programmeren met Python als docent"
date: 2023-11-14
author: Noor El Amrani
categories: [onderwijs]
---''')

# nl-12 ---------------------------------------------------------------------
D('nl-12', 'md', 'Scouting Lindewaard', 'Inschrijving zomerkamp geopend',
  '''
De inschrijving voor het zomerkamp is geopend! Dit jaar gaan we met alle speltakken naar de Veluwe.

Inschrijven kan tot en met 15 mei via het ledenportaal. De kosten zijn 145 euro per lid, inclusief eten, vervoer en activiteiten.

Heb je vragen? Spreek een van de leiders aan na de opkomst op zaterdag.
''',
  L('organisation', 'admin', 'frontmatter', 'present', 'frontmatter', 'TOML author = "admin"; deadline in text is not a publication date'),
  ext='md',
  fm='''+++
title = "Inschrijving zomerkamp geopend"
date = 2024-03-09T10:00:00+01:00
author = "admin"
+++''')

# nl-13 ---------------------------------------------------------------------
D('nl-13', 'category', 'Dagblad van het Oosten',
  'Regio Twente',
  '''
Al het nieuws uit Enschede, Hengelo, Almelo en de rest van Twente.
''',
  L('none', None, None, 'none', None, 'regional section page; teaser bylines/dates only'),
  url='/regio/twente/', ogtype='website',
  items=[('Enschede zoekt nieuwe plek voor kermis', 'De Van Heekplein-kermis moet wijken voor bouwwerkzaamheden.', 'Door Bas Meijer', ('11 mrt. 2024', '2024-03-11T18:00:00+01:00')),
         ('Almelo: markt verhuist tijdelijk', 'Marktkooplui staan een halfjaar op het Koornmarktsplein.', 'Door Ilse Kok', ('10 mrt. 2024', '2024-03-10T09:00:00+01:00')),
         ('Twentekanaal krijgt fietsbrug bij Hengelo', 'Bouw begint dit voorjaar.', 'Door Sanne de Vries', ('12 mrt. 2024', '2024-03-12T06:00:00+01:00'))],
  newsletter=True)
