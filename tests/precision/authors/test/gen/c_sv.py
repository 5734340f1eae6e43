# -*- coding: utf-8 -*-
from base import *

# sv-01 ---------------------------------------------------------------------
D('sv-01', 'news', 'Norrlandsposten',
  'Skellefteå flygplats får två nya direktlinjer',
  '''
Från och med hösten kan resenärer i Skellefteå flyga direkt till både Göteborg och Oslo. Flygplatsen har tecknat avtal med ett norskt flygbolag som ska trafikera linjerna fyra dagar i veckan.

Beskedet välkomnas av näringslivet i regionen. Med batterifabriken och flera nya industrier har antalet affärsresenärer ökat kraftigt de senaste åren, och många har hittills tvingats byta plan i Stockholm.

– Det här är något vi har jobbat för länge. Att kunna nå Göteborg på en timme och en kvart betyder mycket för företagen här, säger flygplatsens vd Helena Nordmark.

Biljettpriserna är ännu inte klara, men flygbolaget lovar att de ska ligga i nivå med tågresan söderut. Biljetterna släpps i början av maj.
''',
  L('person', 'Erik Lindqvist', 'byline', 'present', 'byline', '"Av Erik Lindqvist" + "Publicerad ... kl." as text; quoted CEO is a trap'),
  variant='daily', section='Skellefteå', kicker='Flyg',
  byline='<div class="story__byline"><p class="byline">Av <a href="/av/erik-lindqvist">Erik Lindqvist</a></p>'
         '<p class="story__timestamp">Publicerad 12 mars 2024 kl. 10.15</p></div>',
  photo='Skellefteå Airport en vintermorgon. Foto: TT',
  related=[('Ny simhall i Boliden klar till sommaren', 'Av Maria Öberg', '11 mars 2024'),
           ('Krönika: Norrland behöver tåg, inte löften', 'Av Johan Sundin', '10 mars 2024')],
  newsletter=True, tags=['Flyg', 'Skellefteå'])

# sv-02 ---------------------------------------------------------------------
D('sv-02', 'local', 'Bygdebladet',
  'Bygdegården i Backe fyller hundra år',
  '''
I helgen firade bygdegården i Backe sitt hundraårsjubileum med dans, kaffe och en utställning om husets historia. Över tvåhundra personer kom, fler än vad byn har invånare.

Huset byggdes 1924 av bönder och skogsarbetare i byn, som lade ner tusentals timmar ideellt arbete. Sedan dess har det varit skola, biograf, danslokal och vallokal. I dag hyrs det ut till allt från bröllop till yogakurser.

– Utan bygdegården hade byn varit tommare. Här träffas gamla och unga, säger föreningens ordförande Gunnel Sandberg, som själv dansade sin första vals i salen på sextiotalet.

Föreningen samlar nu in pengar till ett nytt tak. Målet är att renoveringen ska vara klar till midsommar nästa år.
''',
  L('person', 'Anna Berg', 'byline', 'present', 'time-element', '"Text: Anna Berg Foto: Johan Ek": photographer is a trap'),
  section='Lokalt', tagline='Nyheter från byarna längs Fjällsjöälven',
  byline='<p class="news-list-author">Text: Anna Berg <span class="sep">Foto:</span> Johan Ek</p>'
         '<p class="news-list-date"><time datetime="2024-03-11T07:00:00+01:00">11 mars 2024</time></p>',
  photo='Gunnel Sandberg i stora salen.',
  related=[('Skoterleden öppnar igen efter snöoväder', None, None)], copyright='© Bygdebladet AB')

# sv-03 ---------------------------------------------------------------------
D('sv-03', 'substack', 'Veckans Tankar',
  'Varför vi slutade laga saker',
  '''
Min farfar hade en verkstad i källaren. Där lagade han cyklar, radioapparater, skor och en gång, minns jag, en trasig porslinskatt som han limmade ihop så att sprickan knappt syntes. Jag har ingen verkstad. Jag har en låda med kablar och ett kvitto på en dammsugare.

Den här veckan har jag funderat på varför vi har slutat laga saker. En del av svaret är ekonomiskt: en ny brödrost kostar mindre än en timme på en reparationsverkstad. En annan del är att sakerna inte längre är gjorda för att öppnas.

Men det finns tecken på förändring. EU:s nya regler om rätt till reparation tvingar tillverkare att sälja reservdelar i flera år. Och i allt fler kommuner dyker det upp reparationskaféer där frivilliga hjälper till att laga det mesta.

Jag var på ett sådant i söndags. Min dammsugare fungerar igen. Det var en lös kontakt.
''',
  L('person', 'Karin Sjöberg', 'meta', 'present', 'meta', 'Substack: meta author, visible byline'),
  domain='veckanstankar.substack.com', url='/p/varfor-vi-slutade-laga-saker',
  head_title='Varför vi slutade laga saker - av Karin Sjöberg',
  metas=[MN('author', 'Karin Sjöberg'), MP('article:published_time', '2024-03-08T05:00:00+00:00')],
  byline=substack_byline('Karin Sjöberg', 'karinsjoberg', '8 mars 2024'),
  comments=[('Lars', '8 mars', 'Reparationskaféet i Uppsala är fantastiskt!')],
  newsletter='Prenumerera på Veckans Tankar – ett brev varje fredag.', copyright='© 2024 Karin Sjöberg')

# sv-04 ---------------------------------------------------------------------
D('sv-04', 'ghost', 'Kodstugan',
  'Vi bytte från REST till gRPC internt – så gick det',
  '''
För ett år sedan kommunicerade våra tjugotal interna tjänster med varandra via REST och JSON. Det fungerade, men vi hade ständiga problem med kontrakt som ändrades utan att konsumenterna visste om det, och serialisering tog förvånansvärt mycket CPU.

Vi bestämde oss för att flytta den interna trafiken till gRPC, medan det publika API:et fick förbli REST. Protobuf-filerna samlades i ett gemensamt repo, och varje ändring kräver granskning från de team som använder tjänsten.

## Resultatet

Latensen mellan tjänsterna sjönk med omkring 30 procent, och CPU-användningen för serialisering nästan halverades. Den största vinsten var ändå kontrakten: en bruten ändring upptäcks nu redan vid bygget.

## Det som var jobbigt

Felsökning blev svårare i början, eftersom man inte kan läsa binära meddelanden med curl. Vi fick bygga in bättre loggning och lära oss nya verktyg.
''',
  L('person', 'Oskar Nyström', 'jsonld', 'present', 'jsonld', 'Ghost: JSON-LD author Person'),
  section='Backend',
  metas=ghost_metas('Oskar Nyström', '2024-02-06T09:00:00.000Z', '2024-02-07T12:10:00.000Z', 'Skriven av'),
  ld=dict(type='Article', author=Person('Oskar Nyström', url='https://www.kodstugan.se/author/oskar/'),
          pub='2024-02-06T09:00:00.000Z', mod='2024-02-07T12:10:00.000Z'),
  byline=ghost_meta('Oskar Nyström', 'oskar', '2024-02-06', '6 feb. 2024', '5 min läsning'))

# sv-05 ---------------------------------------------------------------------
D('sv-05', 'wpclassic', 'Cykelköket Södermalm',
  'Nya öppettider i verkstaden från april',
  '''
Från och med april har vi öppet i verkstaden även på onsdagskvällar. Det betyder att du kan komma och laga din cykel tre kvällar i veckan: måndag, onsdag och torsdag mellan 17 och 20.

Vi har också fått in nya verktyg tack vare ett bidrag från stadsdelsförvaltningen, bland annat ett riktigt hjulriktningsställ och en uppsättning verktyg för moderna skivbromsar.

Som vanligt är det gratis att använda verkstaden, men vi tar gärna emot en slant till reservdelskassan. Välkommen!
''',
  L('organisation', 'admin', 'author-url', 'present', 'time-element', '"Postat av admin" linked to /author/admin/'),
  url='/nya-oppettider-i-verkstaden/', domain='www.cykelkoket.se', section='Nyheter', tagline='Ideell cykelverkstad sedan 2011',
  byline='<span class="posted-on">Postat den <time class="entry-date published" datetime="2024-03-18T20:14:02+01:00">18 mars 2024</time></span> '
         '<span class="byline">av <a href="https://www.cykelkoket.se/author/admin/">admin</a></span>',
  comment_style='generic',
  comments=[('Mikael', '19 mars 2024 kl. 08:30', 'Äntligen onsdagar! Tack för allt ni gör.')])

# sv-06 ---------------------------------------------------------------------
D('sv-06', 'press', 'Nordkraft AB',
  'Nordkraft bygger Sveriges största batterilager i Västerås',
  '''
Nordkraft AB har fattat investeringsbeslut om ett batterilager med en kapacitet på 200 megawattimmar i Västerås. Anläggningen blir den största i sitt slag i Sverige och ska tas i drift under andra halvåret 2025.

Batterilagret ska stötta elnätet genom att lagra el när priserna är låga och leverera när efterfrågan är hög. Det bidrar också till att hålla frekvensen stabil i takt med att andelen vind- och solkraft ökar.

– Utan lagring kommer vi inte att kunna ta tillvara all förnybar el som byggs ut. Den här investeringen är ett viktigt steg, säger Nordkrafts vd Anders Hedlund.

Investeringen uppgår till cirka 650 miljoner kronor.
''',
  L('organisation', 'Nordkraft AB', 'meta', 'present', 'byline',
    'press release: meta author = company; dateline "Stockholm, 12 mars 2024"; quoted CEO and press contact are traps'),
  metas=[MN('author', 'Nordkraft AB')],
  byline='<p class="press-release__dateline">Stockholm, 12 mars 2024</p>',
  after='<section class="press-release__contact"><h2>För mer information</h2><p>Sofia Lundgren, presschef, 070-000 00 00</p></section>',
  related=[('Nordkraft bokslutskommuniké 2023', None, '8 februari 2024')])

# sv-07 ---------------------------------------------------------------------
D('sv-07', 'forum', 'Båtforum',
  'Osmos i skrovet – värt att åtgärda?',
  '''
Hej! Vi har köpt en segelbåt från 1981 och vid besiktningen hittades små blåsor i gelcoaten under vattenlinjen. Besiktningsmannen kallade det begynnande osmos men sa att det inte var akut.

Varvet här vill ta runt 60 000 kronor för att skala, torka och epoxibehandla skrovet. Det är nästan en tredjedel av vad båten kostade.

Har någon här gjort jobbet själv? Och hur länge kan man vänta innan det blir ett verkligt problem? Vi vill gärna segla i sommar.
''',
  L('person', 'sjobusen', 'byline', 'present', 'time-element', 'forum opening post by handle; replies are traps'),
  section='Underhåll & renovering', tagline='Sveriges mötesplats för båtfolk', by_word='av',
  op=dict(user='sjobusen', uid=1932, when=('tis 12 mar 2024 21:07', '2024-03-12T21:07:00+01:00')),
  comments=[('Ankarkättingen', ('tis 12 mar 2024 21:45', '2024-03-12T21:45:00+01:00'), 'Segla i sommar och ta det i höst. Små blåsor är vanligt på båtar från den tiden.'),
            ('Maja_på_Orust', ('ons 13 mar 2024 07:12', '2024-03-13T07:12:00+01:00'), 'Vi gjorde det själva, tog två vintrar men sparade massor.')])

# sv-08 ---------------------------------------------------------------------
D('sv-08', 'shop', 'Fjällbutiken',
  'Tält Fjällripa 2',
  '''
Fjällripa 2 är ett tunneltält för två personer, byggt för att klara hård vind på kalfjället. Ytterduk och innertält sitter ihop, så tältet kan resas på under tre minuter även i regn.

Två absider ger plats för packning och kokning. Ventilation i båda ändar minskar kondens under kalla nätter.

Levereras med aluminiumpinnar, reparationssats och packpåse.
''',
  L('none', None, None, 'none', None, 'product page; reviewer names/dates are traps'),
  section='Tält', price='4 995 kr', ogtype='product', promo='Fri frakt över 999 kr',
  cats=['Tält', 'Sovsäckar', 'Ryggsäckar', 'Kläder', 'Rea'],
  specs=[('Vikt', '2,6 kg'), ('Personer', '2'), ('Vattenpelare', '5 000 mm'), ('Packmått', '48 × 18 cm')],
  reviews=[('Henrik', '2024-02-18', 5, 'Stabilt i blåst', 'Testat på Kebnekaisefjället i 15 m/s, inga problem.'),
           ('Recension av Elin', '2024-01-30', 4, 'Bra men tungt', 'Lite tungt för långa turer.')],
  copyright='© 2024 Fjällbutiken Norr AB')

# sv-09 ---------------------------------------------------------------------
D('sv-09', 'docs', 'Kassaboken Hjälpcenter',
  'Importera kontoutdrag från banken',
  '''
Kassaboken kan läsa in kontoutdrag från de flesta svenska banker. Transaktionerna matchas automatiskt mot dina fakturor och kvitton.

## Exportera från banken

Logga in på internetbanken och exportera kontoutdraget som CSV- eller SIE-fil. Välj samma datumintervall som du vill bokföra.

## Läsa in filen

Gå till Bank › Importera och dra filen till rutan. Kassaboken känner igen formatet automatiskt för Swedbank, Handelsbanken, SEB och Nordea.

## Matcha transaktioner

Transaktioner som inte kunde matchas visas i en egen lista. Välj rätt konto eller koppla dem till ett befintligt underlag.
''',
  L('none', None, None, 'none', None, 'help page; no author and no date'),
  section='Bank', ogtype='website',
  tree=['Kom igång', 'Fakturor', 'Importera kontoutdrag från banken', 'Moms', 'Bokslut'],
  copyright='© 2024 Kassaboken AB')

# sv-10 ---------------------------------------------------------------------
D('sv-10', 'corp', 'Elbolaget Norr',
  'Så väljer du rätt elavtal',
  '''
Rörligt, fast eller timpris? Valet av elavtal kan påverka din elräkning med flera tusen kronor per år. Här är en enkel genomgång av de vanligaste avtalen.

## Rörligt pris

Med rörligt pris följer du marknaden månad för månad. Det har historiskt varit billigast över tid, men kan ge höga räkningar under kalla vintrar.

## Fast pris

Ett fast pris ger förutsägbarhet. Du betalar samma pris per kilowattimme under hela avtalstiden, oftast ett till tre år.

## Timpris

Med timpris betalar du det faktiska priset varje timme. Det passar dig som kan flytta förbrukning, till exempel ladda elbilen på natten.
''',
  L('none', None, None, 'present', 'meta', 'company blog with no author credit; article:published_time meta'),
  section='Guider', cats=['Elavtal', 'Solceller', 'Laddbox', 'Kundservice', 'Om oss'], cta='Teckna avtal',
  metas=[MP('article:published_time', '2024-01-10T08:00:00+01:00')],
  copyright='© 2024 Elbolaget Norr AB', newsletter=True)

# sv-11 ---------------------------------------------------------------------
D('sv-11', 'md', 'Blogg', 'Surdegsbröd i gjutjärnsgryta',
  '''
Ett gott surdegsbröd behöver ingen stenugn. En gjutjärnsgryta med lock ger samma ånga och värme som en proffsugn.

Sätt in grytan i ugnen och värm till 250 grader i minst 45 minuter. Lägg degen på ett bakplåtspapper, sänk ner den i grytan och lägg på locket.

Efter 20 minuter tar du av locket och sänker värmen till 230 grader. Grädda ytterligare 20–25 minuter tills skorpan är mörkt gyllene.
''',
  L('person', 'Linnea Holm', 'frontmatter', 'present', 'frontmatter', 'YAML author'),
  ext='md',
  fm='''---
title: Surdegsbröd i gjutjärnsgryta
date: 2024-02-25T09:00:00+01:00
author: Linnea Holm
tags: [bröd, surdeg]
---''')

# sv-12 ---------------------------------------------------------------------
D('sv-12', 'md', 'Projektwiki', 'Riktlinjer för kodgranskning',
  '''
Alla ändringar i huvudgrenen ska granskas av minst en annan person. Granskningen ska ske inom en arbetsdag.

Fokusera på logik, läsbarhet och tester. Formatering sköts av verktyg och behöver inte kommenteras.

Var vänlig och konkret. Skriv vad du föreslår i stället för att bara påpeka problem.
''',
  L('person', 'Per Ström; Maja Dahl', 'frontmatter', 'none', None, 'YAML authors list (block style); no date'),
  ext='md',
  fm='''---
title: Riktlinjer för kodgranskning
authors:
  - Per Ström
  - Maja Dahl
weight: 20
---''')

# sv-13 ---------------------------------------------------------------------
D('sv-13', 'wp', 'Hemmafixaren',
  'Så fogar du om kaklet i badrummet',
  '''
Missfärgade eller spruckna fogar får även ett nytt badrum att se slitet ut. Att foga om är ett jobb du kan klara själv på en helg, utan att byta en enda kakelplatta.

Börja med att kratta ur de gamla fogarna med ett fogskrapverktyg eller en multiverktygsmaskin. Gå ner minst två till tre millimeter och var försiktig så att du inte skadar kakelkanterna.

Dammsug noga och torka av med en fuktig svamp. Blanda fogmassan enligt anvisningen och arbeta in den diagonalt över fogarna med en gummispackel.

Låt fogen dra i tio till tjugo minuter och tvätta sedan bort överskottet med en väl urvriden svamp. Vänta minst ett dygn innan du duschar.
''',
  L('person', 'Ida Lund', 'title', 'none', None, 'author only in <title> ("– av Ida Lund | Hemmafixaren"); comment timestamps are traps'),
  url='/fogar-om-kaklet-badrummet/',
  head_title='Så fogar du om kaklet i badrummet – av Ida Lund | Hemmafixaren',
  byline='<div class="taxonomy-category wp-block-post-terms"><a href="/kategori/badrum/" rel="tag">Badrum</a></div>',
  comments=[('Stefan', ('4 februari 2024 kl. 18:22', '2024-02-04T18:22:00+01:00'), 'Funkar det med epoxifog också?'),
            ('Birgitta', ('6 februari 2024 kl. 09:10', '2024-02-06T09:10:00+01:00'), 'Tack, nu ser badrummet ut som nytt!')])
