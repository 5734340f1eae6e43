# -*- coding: utf-8 -*-
from base import *

# it-01 ---------------------------------------------------------------------
D('it-01', 'news', 'Il Corriere di Valle',
  'Valle Seriana, riapre la galleria di Cene dopo otto mesi di lavori',
  '''
Dopo otto mesi di cantiere riapre al traffico la galleria di Cene, sulla strada provinciale 35. I lavori, costati circa 6,2 milioni di euro, hanno riguardato l'impianto di illuminazione, la ventilazione e il rifacimento completo del manto stradale.

La chiusura aveva costretto migliaia di pendolari a deviare sulla vecchia strada di fondovalle, con code quotidiane soprattutto nelle ore di punta. «È stato un periodo difficile per tutti, ma adesso abbiamo una galleria moderna e sicura», ha commentato il presidente della Provincia, Roberto Gatti.

Tra le novità c'è un sistema di rilevamento automatico degli incidenti che segnala in tempo reale la presenza di veicoli fermi o di fumo. In caso di emergenza, i semafori agli imbocchi si attivano entro pochi secondi.

Restano invece da completare alcune opere di finitura esterna, che però non comporteranno nuove chiusure. La Provincia prevede di concluderle entro l'inizio dell'estate.
''',
  L('person', 'Giulia Rossi', 'byline', 'present', 'byline', '"di Giulia Rossi" + date as text; agency photo credit and quoted official are traps'),
  variant='daily', section='Valle Seriana', kicker='Viabilità', sep=' - ',
  sub='Nuova illuminazione, ventilazione e un sistema automatico di rilevamento degli incidenti.',
  byline='<div class="story__byline"><span class="story__author">di Giulia Rossi</span> <span class="story__date">12 marzo 2024 - 10:15</span></div>',
  photo='L’imbocco nord della galleria di Cene. Foto: Ansa',
  related=[('Clusone, nuovo parcheggio in centro', 'di Marco Pesenti', '11 marzo 2024'),
           ('Albino, la biblioteca apre anche la domenica', 'di Anna Bonomi', '10 marzo 2024')],
  tags=['Viabilità', 'Provincia di Bergamo'])

# it-02 ---------------------------------------------------------------------
D('it-02', 'substack', 'Appunti Lenti',
  'Il treno notturno è tornato, ma per chi?',
  '''
Qualche settimana fa ho preso il treno notturno da Milano a Vienna. Partenza alle nove di sera, arrivo alle nove del mattino, una cuccetta in uno scompartimento da sei con una coppia di pensionati austriaci e uno studente di Padova.

I treni notturni stanno vivendo una piccola rinascita in Europa. Nuove linee collegano l'Italia all'Austria, alla Germania e ai Paesi Bassi, e le compagnie parlano di carrozze sempre piene nei fine settimana. Ma viaggiando mi chiedevo: chi se li può permettere?

Un posto in cuccetta costava più di un volo low cost, e un compartimento privato quasi il triplo. Per una famiglia di quattro persone, la scelta è quasi obbligata. Il treno notturno rischia di diventare un lusso per chi ha tempo e soldi, invece che un'alternativa reale all'aereo.

Eppure la notte in treno ha qualcosa che nessun aereo può dare. Ti addormenti in una città e ti svegli in un'altra, senza controlli di sicurezza e senza la fretta dell'aeroporto. La prossima settimana parlerò di cosa servirebbe per renderlo davvero accessibile.
''',
  L('person', 'Marco Bianchi', 'meta', 'present', 'meta', 'Substack: meta author, visible byline'),
  domain='appuntilenti.substack.com', url='/p/il-treno-notturno-e-tornato',
  head_title='Il treno notturno è tornato, ma per chi? - di Marco Bianchi',
  metas=[MN('author', 'Marco Bianchi'), MP('article:published_time', '2024-02-21T07:00:00+00:00')],
  byline=substack_byline('Marco Bianchi', 'marcobianchi', '21 feb 2024'),
  comments=[('Francesca', '21 feb', 'Presa anche io la tratta per Monaco, bellissima esperienza ma cara.')],
  newsletter='Iscriviti ad Appunti Lenti: una lettera a settimana su viaggi, treni e città.', copyright='© 2024 Marco Bianchi')

# it-03 ---------------------------------------------------------------------
D('it-03', 'blogger', 'Pro Loco Borgo San Dalmazzo',
  'Fiera fredda: tutte le novità della nuova edizione',
  '''
Anche quest'anno la Fiera Fredda animerà le vie del centro con bancarelle, degustazioni e spettacoli. Il tema scelto dal comitato è la lumaca, simbolo della nostra tradizione gastronomica e protagonista di un concorso di cucina aperto a tutti i ristoratori della valle.

Tra le novità, un'area dedicata ai produttori agricoli della provincia, con formaggi d'alpeggio, miele e castagne, e un percorso per bambini con laboratori di falegnameria e di pasta fresca.

Cerchiamo volontari per la gestione dei parcheggi e del punto informazioni. Chi vuole dare una mano può scriverci o passare in sede il martedì sera.
''',
  L('organisation', 'Redazione', 'microdata', 'present', 'byline',
    'Blogger profile name "Redazione" (generic) in itemprop=author Person microdata -> organisation; date header'),
  url='/2024/03/fiera-fredda-novita.html', domain='prolocoborgo.blogspot.com', tagline='Notizie e appuntamenti dal paese',
  dateheader='martedì 12 marzo 2024', tags=['Eventi', 'Fiera'],
  byline='<span class="post-author vcard">Pubblicato da <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person">'
         '<meta itemprop="url" content="https://www.blogger.com/profile/09911223344">'
         '<a class="g-profile" href="https://www.blogger.com/profile/09911223344" title="author profile"><span itemprop="name">Redazione</span></a></span></span> '
         '<span class="post-timestamp">alle <a class="timestamp-link" href="https://prolocoborgo.blogspot.com/2024/03/fiera-fredda-novita.html" rel="bookmark" title="permanent link">'
         '<abbr class="published" itemprop="datePublished" title="2024-03-12T18:05:00+01:00">18:05</abbr></a></span>',
  related=[('Carnevale dei bambini: le foto', None, None)], related_title='Post più popolari')

# it-04 ---------------------------------------------------------------------
D('it-04', 'recipe', 'Cucina Semplice',
  'Pasta e ceci alla romana',
  '''
La pasta e ceci è uno di quei piatti che a Roma si mangiano il venerdì, quando tradizionalmente non si mangiava carne. È povera, veloce e confortante, e il giorno dopo è ancora più buona.

Se usate i ceci secchi, metteteli in ammollo la sera prima e cuoceteli per almeno due ore. Con i ceci in barattolo si fa tutto in mezz'ora, e il risultato è comunque ottimo: ricordate solo di sciacquarli bene.

Il tocco romano è l'acciuga sciolta nell'olio con l'aglio e il rosmarino all'inizio della cottura. Non si sente come pesce, ma dà al piatto una profondità che altrimenti mancherebbe. Come formato di pasta, ditalini o maltagliati.
''',
  L('person', 'Francesca Greco', 'jsonld', 'present', 'jsonld', 'JSON-LD Recipe author Person; recipe card "Autore"'),
  url='/pasta-e-ceci-alla-romana/', tagline='Ricette di casa, senza complicazioni',
  ld=dict(type='Recipe', author=Person('Francesca Greco'), pub='2024-01-12T11:00:00+01:00',
          extra={'recipeYield': '4 porzioni', 'totalTime': 'PT35M', 'recipeCuisine': 'Romana'}),
  byline='<span class="entry-categories"><a href="/primi/">Primi piatti</a></span>',
  recipe=dict(ingredients=['250 g di ditalini', '400 g di ceci cotti', '2 acciughe sott’olio', '1 spicchio d’aglio', '1 rametto di rosmarino', '1 cucchiaio di concentrato di pomodoro'],
              steps=['Sciogliere le acciughe nell’olio con aglio e rosmarino.', 'Aggiungere ceci e concentrato, coprire con acqua calda.',
                     'Frullare metà dei ceci e cuocere la pasta nel brodo.', 'Servire con olio a crudo e pepe.'],
              times='Preparazione 10 min · Cottura 25 min · 4 persone', jump='Vai alla ricetta',
              ing_label='Ingredienti', steps_label='Procedimento', author='Francesca Greco', author_label='Autore:'),
  cats=['Primi', 'Secondi', 'Dolci', 'Pane e lievitati', 'Chi sono'])

# it-05 ---------------------------------------------------------------------
D('it-05', 'magazine', 'Quadrante',
  'Il ritorno dei cinema di quartiere',
  '''
Per anni sembrava una storia con un finale già scritto: le sale di quartiere chiudevano una dopo l'altra, sostituite da supermercati o sale giochi, mentre il pubblico si spostava nei multiplex in periferia e poi sul divano di casa.

Da qualche tempo, però, qualcosa si muove. A Torino, Bologna e Palermo piccole sale storiche hanno riaperto grazie a cooperative e associazioni di residenti. Programmano film d'autore, rassegne per le scuole, incontri con i registi, e spesso affiancano alla sala un bar o una libreria.

Il modello economico resta fragile. I biglietti da soli non bastano a coprire i costi, e molte sale sopravvivono grazie ai contributi regionali e agli abbonamenti sostenitori. Ma il pubblico c'è, ed è sorprendentemente giovane.

«La gente non viene solo per il film, viene per stare insieme», racconta Silvia Martini, che gestisce una sala da centoventi posti nel quartiere San Donato. «Dopo la proiezione nessuno ha fretta di andare via».
''',
  L('person', 'Luca Moretti', 'address', 'none', None, 'byline "di Luca Moretti" inside <address>; no date; quoted manager, comment age and sidebar teaser <time> are traps'),
  section='Cultura', tagline='Storie dalle città italiane',
  byline='<address class="story__author">di <a href="/autori/luca-moretti/">Luca Moretti</a></address>',
  comments=[('Gianni', '3 giorni fa', 'A Bologna il Galliera è sempre pieno, bellissimo.')],
  related=[('Le librerie che resistono', 'di Paola Ricci', ('28 febbraio 2024', '2024-02-28T08:00:00+01:00'))])

# it-06 ---------------------------------------------------------------------
D('it-06', 'wpclassic', 'Pedala Leggero',
  'Come scegliere una bici da città usata',
  '''
Una buona bici da città usata costa spesso meno di una nuova di bassa qualità e dura molto di più. Per non prendere fregature, però, bisogna sapere dove guardare prima di tirare fuori il portafoglio.

Il telaio è la prima cosa da controllare. Cercate crepe vicino alle saldature, soprattutto attorno al movimento centrale e al tubo dello sterzo. Un po' di ruggine superficiale non è un problema; la corrosione profonda sì.

Poi le ruote: fatele girare e guardate se sono dritte. Una ruota leggermente scentrata si sistema con pochi euro, ma cerchi ammaccati o raggi mancanti possono costare quanto la bici stessa.

Infine freni e trasmissione. Catena, pignoni e pastiglie sono parti di consumo e si sostituiscono facilmente, ma usateli per trattare sul prezzo. E fate sempre un giro di prova, anche solo di cento metri.
''',
  L('person', 'Elena Conti', 'jsonld', 'present', 'jsonld',
    'Yoast @graph with Article.author {"@id"} -> Person node; visible plain "di Elena Conti"'),
  url='/come-scegliere-bici-citta-usata/', section='Guide', tagline='Ciclismo urbano per tutti',
  yoast=dict(person='Elena Conti', handle='elena', pub='2024-03-01T08:30:00+00:00', mod='2024-03-02T10:00:00+00:00'),
  byline='<span class="byline">di Elena Conti</span>',
  comments=[('Matteo', ('2 marzo 2024 alle 12:41', '2024-03-02T12:41:00+01:00'), 'Ottimi consigli, aggiungerei di controllare anche il numero di telaio.')])

# it-07 ---------------------------------------------------------------------
D('it-07', 'news', 'Il Mattino del Golfo',
  'Porto di Napoli, via libera alle banchine elettrificate',
  '''
Il porto di Napoli avrà le sue prime banchine elettrificate entro la fine del 2025. L'Autorità di sistema portuale ha approvato il progetto definitivo, che permetterà alle navi da crociera e ai traghetti di spegnere i motori durante la sosta e collegarsi alla rete elettrica di terra.

L'intervento, finanziato con fondi europei per circa 75 milioni di euro, riguarda il molo Beverello e la calata di Massa. Secondo le stime, consentirà di ridurre le emissioni di ossidi di azoto nell'area portuale di oltre il 40 %.

I comitati di quartiere accolgono la notizia con favore ma chiedono tempi certi. Da anni i residenti del centro storico lamentano il fumo delle navi ormeggiate, soprattutto nei mesi estivi.

Resta aperto il nodo delle tariffe. Perché gli armatori scelgano l'elettricità di banchina, il prezzo dovrà essere competitivo con quello del carburante utilizzato dai generatori di bordo.
''',
  L('person', 'Davide Ferri; Chiara Esposito', 'jsonld', 'present', 'jsonld',
    'author only in JSON-LD, as an array of two Person objects; no visible byline'),
  variant='daily', section='Napoli', kicker='Ambiente', sep=' - ',
  ld=dict(type='NewsArticle', author=[Person('Davide Ferri'), Person('Chiara Esposito')],
          pub='2024-03-07T06:45:00+01:00', mod='2024-03-07T11:20:00+01:00'),
  photo='Traghetti ormeggiati al molo Beverello.',
  related=[('Metro linea 1, nuove stazioni entro l’estate', None, '6 marzo 2024')], newsletter=True)

# it-08 ---------------------------------------------------------------------
D('it-08', 'shop', 'Casa & Caffè',
  'Moka in acciaio inox 6 tazze',
  '''
Caffettiera moka in acciaio inox 18/10, adatta a tutti i piani cottura, compreso quello a induzione. Il fondo a triplo strato distribuisce il calore in modo uniforme per un caffè corposo e mai bruciato.

La guarnizione in silicone alimentare e il filtro sono facilmente sostituibili. Il manico ergonomico resta freddo durante l'uso.

Lavare solo con acqua calda, senza detersivo, per preservare il gusto del caffè.
''',
  L('none', None, None, 'none', None, 'product page; review names/dates are traps'),
  section='Caffettiere', price='39,90 €', ogtype='product', promo='Spedizione gratuita sopra i 49 €',
  cats=['Caffettiere', 'Pentole', 'Coltelli', 'Tavola', 'Offerte'],
  specs=[('Capacità', '6 tazze (300 ml)'), ('Materiale', 'acciaio inox 18/10'), ('Induzione', 'sì'), ('Garanzia', '2 anni')],
  reviews=[('Roberta', '18/02/2024', 5, 'Perfetta', 'Funziona benissimo sull’induzione.'),
           ('Recensione di Piero', '02/01/2024', 4, 'Buona', 'Il manico si allenta un po’ dopo qualche mese.')],
  copyright='© 2024 Casa & Caffè S.r.l. – P.IVA 01234567890')

# it-09 ---------------------------------------------------------------------
D('it-09', 'category', 'Il Corriere di Valle',
  'Sport',
  '''
Calcio dilettanti, ciclismo, sci e tutte le squadre del territorio: le notizie sportive della valle.
''',
  L('none', None, None, 'none', None, 'section page with teaser bylines and dates only'),
  url='/sport/', ogtype='website',
  items=[('Eccellenza, l’Albinoleffe Next vince il derby', 'Decisivo un gol al novantesimo.', 'di Marco Pesenti', ('10 marzo 2024', '2024-03-10T19:00:00+01:00')),
         ('Sci alpinismo, in 400 alla gara del Presolana', 'Vittoria per la coppia di casa.', 'di Anna Bonomi', ('9 marzo 2024', '2024-03-09T16:30:00+01:00')),
         ('Basket, la Pallacanestro Seriana in finale', 'Domenica la sfida per la promozione.', 'di Giulia Rossi', ('8 marzo 2024', '2024-03-08T22:10:00+01:00'))])

# it-10 ---------------------------------------------------------------------
D('it-10', 'corp', 'Studio Rinaldi Architetti',
  'Ristrutturare un appartamento degli anni Sessanta: cosa sapere prima di iniziare',
  '''
Gli appartamenti costruiti negli anni Sessanta sono spesso ben posizionati e spaziosi, ma nascondono qualche sorpresa. Prima di abbattere il primo muro, conviene fare alcune verifiche.

## Impianti

Gli impianti elettrici dell'epoca raramente sono a norma: niente messa a terra, sezioni dei cavi insufficienti, quadri senza differenziale. Va messo in conto il rifacimento completo. Lo stesso vale spesso per le tubazioni in ferro zincato.

## Solai e muri portanti

Molti edifici di quel periodo hanno solai in laterocemento che tollerano bene i carichi di un appartamento moderno. I muri portanti interni, invece, vanno individuati con certezza prima di progettare la nuova distribuzione.

## Isolamento

Infissi a vetro singolo e murature senza isolamento fanno salire le bollette. Sostituire le finestre è in genere l'intervento con il miglior rapporto tra costo e beneficio.
''',
  L('organisation', 'Studio Rinaldi Architetti', 'meta', 'none', None, 'meta author = firm; no date'),
  section='Consigli', cats=['Progetti', 'Servizi', 'Studio', 'Blog', 'Contatti'], cta='Richiedi un sopralluogo',
  metas=[MN('author', 'Studio Rinaldi Architetti')], copyright='© 2024 Studio Rinaldi Architetti – P.IVA 09876543210')

# it-11 ---------------------------------------------------------------------
D('it-11', 'md', 'Blog', 'Imparare il tedesco a quarant’anni',
  '''
Ho cominciato a studiare tedesco a quarantadue anni, dopo un trasferimento di lavoro a Monaco. Non parlavo una parola, e la grammatica mi sembrava un muro insormontabile.

Due anni dopo, riesco a lavorare in tedesco e a leggere un giornale senza il dizionario. Non ho un metodo miracoloso, ma tre abitudini che hanno funzionato: venti minuti di esercizi ogni mattina, un tandem linguistico il giovedì sera e la radio in tedesco in macchina.

Il consiglio più importante? Parlare subito, anche sbagliando. I tedeschi sono molto più pazienti di quanto si creda.
''',
  L('person', 'Sara Lombardi', 'frontmatter', 'present', 'frontmatter', 'YAML author'),
  ext='md',
  fm='''---
title: "Imparare il tedesco a quarant'anni"
date: 2023-12-04T18:00:00+01:00
author: Sara Lombardi
---''')

# it-12 ---------------------------------------------------------------------
D('it-12', 'md', 'Progetto Orto', 'Calendario delle semine di aprile',
  '''
Aprile è il mese in cui l'orto si riempie. In pieno campo si possono seminare carote, bietole, ravanelli, piselli e fagiolini, mentre in semenzaio è il momento di zucchine, cetrioli e meloni.

Attenzione alle gelate tardive: nelle zone collinari conviene aspettare la fine del mese per trapiantare pomodori e melanzane.

Ricordate di irrigare al mattino presto e di pacciamare il terreno per mantenere l'umidità.
''',
  L('none', None, None, 'present', 'frontmatter', 'TOML front matter with date but no author key'),
  ext='md',
  fm='''+++
title = "Calendario delle semine di aprile"
date = 2024-03-28
tags = ["orto", "semine"]
+++''')

# it-13 ---------------------------------------------------------------------
D('it-13', 'corp', 'Forno Neri',
  'Chi siamo',
  '''
Il Forno Neri è nato nel 1952 in una piccola bottega di via San Frediano, a Firenze. Lo ha fondato nonno Aldo Neri, che ogni mattina alle tre accendeva il forno a legna per sfornare il pane toscano senza sale.

Oggi il forno è guidato dai nipoti, Paolo e Lucia Neri, che hanno mantenuto le ricette di famiglia e aggiunto qualche novità: pani ai grani antichi, focacce con farina di farro e una piccola linea di biscotti.

Usiamo solo farine macinate a pietra da mulini toscani e lievito madre rinfrescato ogni giorno. Ogni pagnotta lievita almeno diciotto ore.

Ci trovate in via San Frediano dal martedì alla domenica, dalle 7 alle 14.
''',
  L('none', None, None, 'none', None, 'about page; founders named in the text are not authors; no date'),
  template='about-page', ogtype='website', url='/chi-siamo/', section='Il forno',
  cats=['Il forno', 'Prodotti', 'Ordini', 'Dove siamo', 'Contatti'], cta='Ordina online',
  copyright='© 1952–2024 Forno Neri di Paolo Neri & C. s.n.c.')
