# -*- coding: utf-8 -*-
from base import *

# de-01 ---------------------------------------------------------------------
D('de-01', 'news', 'Rheinische Tagespost',
  'Rheinbrücke: Sanierung dauert zwei Jahre länger als geplant',
  '''
Die Sanierung der Rheinbrücke zwischen Oberkassel und der Altstadt wird deutlich länger dauern als bislang angekündigt. Nach Angaben der Stadtverwaltung ist mit einem Abschluss der Arbeiten nicht vor Herbst 2027 zu rechnen, ursprünglich war das Frühjahr 2025 genannt worden.

Grund sind Schäden an den Spannkabeln im östlichen Brückenteil, die erst bei Untersuchungen im vergangenen Winter entdeckt wurden. „Wir haben Korrosion an Stellen gefunden, an die vorher niemand herankam“, sagte Baudezernentin Dr. Sabine Ruhland am Montag im Verkehrsausschuss.

Für Pendlerinnen und Pendler bedeutet das vor allem eines: Geduld. Die Brücke bleibt bis auf Weiteres nur einspurig je Richtung befahrbar, Lastwagen über 7,5 Tonnen müssen weiterhin den Umweg über die Autobahnbrücke nehmen. Die Stadtbahnlinien sind von den Einschränkungen nicht betroffen.

Auch die Kosten steigen. Statt der bisher veranschlagten 84 Millionen Euro rechnet die Verwaltung nun mit rund 121 Millionen Euro. Der Bund hat eine Beteiligung in Aussicht gestellt, eine verbindliche Zusage gibt es aber noch nicht.

Die Opposition im Stadtrat kritisierte die Informationspolitik scharf. Man habe von den neuen Schäden aus der Zeitung erfahren, hieß es aus der Fraktion der Grünen. Die Verwaltung kündigte an, den Rat künftig vierteljährlich über den Stand der Arbeiten zu unterrichten.
''',
  L('person', 'Max Muster; Erika Beispiel', 'byline', 'present', 'time-element',
    '"Von X und Y" byline; "Foto: dpa" and quoted Baudezernentin are traps'),
  variant='tageszeitung', section='Region', kicker='Verkehr',
  sub='Korrodierte Spannkabel, höhere Kosten: Pendler müssen sich bis mindestens 2027 auf Einschränkungen einstellen.',
  byline='<div class="artikel__meta"><p class="artikel__autor">Von <a href="/autoren/max-muster/">Max Muster</a> und <a href="/autoren/erika-beispiel/">Erika Beispiel</a></p>'
         '<time class="artikel__datum" datetime="2024-03-12T08:30:00+01:00">12.03.2024, 08:30 Uhr</time></div>',
  photo='Die Brücke ist seit Januar nur noch einspurig befahrbar. Foto: dpa',
  related=[('Neue Radstation am Hauptbahnhof eröffnet', 'Von Jens Hoffmann', '11.03.2024'),
           ('Kommentar: Die Stadt muss ehrlicher planen', 'Von Claudia Reinhardt', '12.03.2024')],
  newsletter=True, tags=['Rheinbrücke', 'Verkehr', 'Stadtrat'], edition='Dienstag, 12. März 2024')

# de-02 ---------------------------------------------------------------------
D('de-02', 'local', 'Wochenblatt Oberland',
  'Feuerwehr Kirchdorf bekommt neues Löschfahrzeug',
  '''
Groß war die Freude am Samstagvormittag im Gerätehaus der Freiwilligen Feuerwehr Kirchdorf: Nach fast drei Jahren Wartezeit ist das neue Hilfeleistungslöschfahrzeug endlich eingetroffen. Bürgermeister Anton Huber übergab den Schlüssel an Kommandant Florian Gschwendtner.

Das Fahrzeug ersetzt ein Tanklöschfahrzeug aus dem Jahr 1991, das zuletzt immer häufiger in die Werkstatt musste. Der Neue hat 2.000 Liter Wasser an Bord, eine hydraulische Rettungsschere und einen Lichtmast, der nachts große Einsatzstellen ausleuchten kann.

Die Anschaffung kostete rund 480.000 Euro, davon übernahm der Freistaat etwa ein Drittel. Den Rest trägt die Gemeinde. „Das ist gut angelegtes Geld“, sagte Huber, „denn im Ernstfall zählt jede Minute.“

Bevor das Fahrzeug in den Dienst geht, müssen die 38 aktiven Mitglieder noch geschult werden. Die Feuerwehr rechnet damit, dass das bis Ende April abgeschlossen ist. Die offizielle Segnung ist beim Feuerwehrfest im Juli geplant.
''',
  L('person', 'Katrin Vogt', 'byline', 'present', 'byline',
    '"Text: Katrin Vogt · Fotos: Lena Hartmann": photographer is a trap; date only as visible text'),
  section='Aus den Gemeinden', tagline='Die Heimatzeitung für das Oberland',
  byline='<p class="news-list-author">Text: Katrin Vogt · Fotos: Lena Hartmann</p><p class="news-list-date">12. März 2024</p>',
  photo='Kommandant Florian Gschwendtner (links) und Bürgermeister Anton Huber bei der Übergabe.',
  related=[('Maibaum in Oberried wird wieder aufgestellt', None, '08.03.2024'), ('Neuer Pächter für den Dorfwirt', None, '05.03.2024')],
  copyright='© 2024 Oberland Medien GmbH & Co. KG')

# de-03 ---------------------------------------------------------------------
D('de-03', 'wpclassic', 'Gartenglück',
  'Tomaten vorziehen: So klappt es auch auf der Fensterbank',
  '''
Wer Tomaten aus Samen ziehen möchte, sollte nicht zu früh anfangen. Viele säen schon im Februar aus und wundern sich dann über lange, dünne Pflanzen, die kaum Kraft haben. Auf der Fensterbank reicht das Licht um diese Zeit einfach noch nicht aus.

Ich säe meine Tomaten inzwischen erst Mitte bis Ende März. Die Samen kommen in kleine Töpfe mit Anzuchterde, werden nur dünn mit Erde bedeckt und bleiben bei etwa 22 Grad, bis sie keimen. Das dauert meist sieben bis zehn Tage.

Sobald die ersten Keimblätter zu sehen sind, kommen die Töpfe an einen helleren und etwas kühleren Platz. 16 bis 18 Grad sind ideal, damit die Pflänzchen kompakt bleiben. Wenn das erste richtige Blattpaar erscheint, wird pikiert, und zwar ruhig etwas tiefer als vorher: Tomaten bilden am Stängel neue Wurzeln.

Ab Mitte Mai, wenn keine Nachtfröste mehr zu erwarten sind, dürfen die Pflanzen ins Beet oder ins Gewächshaus. Vorher gewöhne ich sie eine Woche lang tagsüber an die Sonne, sonst bekommen die Blätter schnell Sonnenbrand.
''',
  L('person', 'Sabine Kern', 'rel-author-link', 'present', 'time-element',
    'WordPress "von <a rel=author>"; comment author names are traps'),
  url='/tomaten-vorziehen-fensterbank/', domain='www.gartenglueck-blog.de', section='Gemüse', tagline='Gärtnern ohne Stress',
  byline='<span class="posted-on">Veröffentlicht am <time class="entry-date published updated" datetime="2024-03-15T07:45:00+01:00">15. März 2024</time></span> '
         '<span class="byline">von <a href="https://www.gartenglueck-blog.de/author/sabine/" rel="author">Sabine Kern</a></span>',
  comment_style='generic',
  comments=[('Gisela aus Bonn', '16. März 2024 um 09:12', 'Danke für den Tipp mit dem tieferen Pikieren, das wusste ich nicht!'),
            ('Thomas', '18. März 2024 um 21:40', 'Meine sind schon 30 cm hoch und ganz dünn. Zu spät für einen Neustart?')],
  related=[('Hochbeet befüllen: die richtige Schichtung', None, None), ('Kartoffeln im Kübel', None, None)])

# de-04 ---------------------------------------------------------------------
D('de-04', 'ghost', 'Datenwerk',
  'Warum wir unsere Kubernetes-Cluster verkleinert haben',
  '''
Vor zwei Jahren betrieben wir sieben Kubernetes-Cluster: je einen pro Team und Umgebung, dazu einen für interne Werkzeuge. Das klang nach sauberer Trennung. In der Praxis bedeutete es sieben Upgrades pro Quartal, sieben Sätze von Ingress-Regeln und eine Menge halb genutzter Knoten.

Heute sind es noch zwei, einer für Produktion und einer für alles andere. Die Trennung zwischen den Teams erledigen Namespaces, Netzwerkrichtlinien und Ressourcenkontingente. Die Rechnung unseres Cloud-Anbieters ist seitdem um gut ein Drittel gesunken.

## Was uns überzeugt hat

Ausschlaggebend war nicht das Geld, sondern die Zeit. Ein Cluster-Upgrade kostete uns jeweils etwa zwei Personentage. Bei sieben Clustern war das Plattform-Team im Grunde permanent mit Pflege beschäftigt und kam kaum zu neuen Themen.

## Was schwieriger wurde

Fehler eines Teams können jetzt andere treffen. Ein falsch konfigurierter Job hat im Herbst einmal die Knoten eines Pools vollgeschrieben. Seitdem gelten strengere Limits, und neue Workloads durchlaufen eine kurze Prüfung, bevor sie in Produktion dürfen.
''',
  L('person', 'Jonas Albrecht', 'jsonld', 'present', 'jsonld', 'Ghost: JSON-LD Person author + visible author name'),
  section='Plattform', sub='Von sieben Clustern auf zwei – und was wir dabei gelernt haben.',
  metas=ghost_metas('Jonas Albrecht', '2024-02-20T07:00:00.000Z', '2024-02-20T07:00:00.000Z', 'Geschrieben von'),
  ld=dict(type='Article', author=Person('Jonas Albrecht', url='https://www.datenwerk.de/author/jonas/'),
          pub='2024-02-20T07:00:00.000Z', mod='2024-02-20T07:00:00.000Z'),
  byline=ghost_meta('Jonas Albrecht', 'jonas', '2024-02-20', '20. Feb. 2024', '6 Min. Lesezeit'),
  newsletter='Abonniere Datenwerk und erhalte neue Artikel direkt per E-Mail.')

# de-05 ---------------------------------------------------------------------
D('de-05', 'news', 'Rheinische Tagespost',
  'Warnstreik: Busse und Bahnen stehen am Freitag still',
  '''
Fahrgäste im gesamten Verkehrsverbund müssen sich am Freitag auf massive Einschränkungen einstellen. Die Gewerkschaft hat die Beschäftigten der kommunalen Verkehrsbetriebe zu einem ganztägigen Warnstreik aufgerufen, der mit Betriebsbeginn um 3 Uhr startet.

Betroffen sind nach Angaben der Verkehrsbetriebe alle Stadtbahn- und Buslinien. Lediglich einige Linien, die von privaten Subunternehmen gefahren werden, sollen weitgehend planmäßig verkehren. Die S-Bahnen der Deutschen Bahn sind vom Streik nicht betroffen.

Hintergrund sind die festgefahrenen Tarifverhandlungen. Die Gewerkschaft fordert unter anderem kürzere Schichten und mehr Urlaubstage, die Arbeitgeberseite verweist auf die angespannte Haushaltslage der Kommunen. Die nächste Verhandlungsrunde ist für Ende des Monats angesetzt.

Schulen haben angekündigt, Verspätungen am Freitag zu entschuldigen. Wer kann, sollte aufs Fahrrad umsteigen oder Fahrgemeinschaften bilden, rät die Polizei.
''',
  L('organisation', 'Redaktion', 'byline', 'present', 'byline',
    'byline is the generic "Redaktion"; date is "Aktualisiert am ..." text; photo agency credit is a trap'),
  variant='tageszeitung', section='Wirtschaft', kicker='Tarifstreit',
  byline='<div class="artikel__meta"><p class="artikel__autor">Redaktion</p><p class="artikel__datum">Aktualisiert am 14.03.2024, 16:20 Uhr</p></div>',
  photo='Leere Haltestelle am Hauptbahnhof beim letzten Warnstreik. Foto: picture alliance/dpa | Oliver Berg',
  related=[('Tarifrunde: Was die Gewerkschaft fordert', 'Von Max Muster', '07.03.2024')],
  tags=['Warnstreik', 'ÖPNV'])

# de-06 ---------------------------------------------------------------------
D('de-06', 'drupal', 'Heimatverein Lindenau',
  'Alte Mühle: Restaurierung des Mühlrads abgeschlossen',
  '''
Nach zwei Jahren ehrenamtlicher Arbeit dreht sich das Wasserrad der Alten Mühle wieder. Am vergangenen Wochenende wurde es in einem kleinen Festakt zum ersten Mal seit 1968 in Bewegung gesetzt – begleitet vom Applaus von rund hundert Besucherinnen und Besuchern.

Das neue Rad besteht aus Eichenholz aus dem Gemeindewald. Die Schaufeln wurden von Mitgliedern des Vereins in über 1.400 Arbeitsstunden von Hand gefertigt, unterstützt von einem Mühlenbauer aus dem Nachbarkreis, der sein Wissen gern weitergegeben hat.

Strom wird die Mühle nicht erzeugen, dafür ist der Bach zu schwach. Ziel ist es, Schulklassen und Gästen zu zeigen, wie früher Getreide gemahlen wurde. Ab Mai sind Führungen an jedem ersten Sonntag im Monat geplant.

Der Verein dankt allen Spenderinnen und Spendern sowie der Sparkassenstiftung, die das Projekt mit 15.000 Euro unterstützt hat.
''',
  L('person', 'hkoenig', 'byline', 'present', 'byline',
    'Drupal "Verfasst von <user handle> am <date>"; handle counts as person'),
  url='/aktuelles/alte-muehle-muehlrad-restauriert',
  byline='<div class="node__meta"><span>Verfasst von <span class="field field--name-uid field--type-entity-reference field--label-hidden">'
         '<a title="Benutzerprofil anzeigen." href="/user/12" class="username">hkoenig</a></span></span> am '
         '<span class="field field--name-created field--type-created field--label-hidden">Di., 12.03.2024 - 10:15</span></div>',
  photo='Das neue Mühlrad aus Eichenholz.',
  comments=[('Renate W.', 'Di., 12.03.2024 - 18:02', 'Ein wunderbares Projekt, herzlichen Glückwunsch an alle Beteiligten!')],
  copyright='© Heimatverein Lindenau e. V. 1987–2024')

# de-07 ---------------------------------------------------------------------
D('de-07', 'press', 'Hansewerk Maschinenbau AG',
  'Hansewerk erweitert Produktion in Lüneburg und schafft 120 Arbeitsplätze',
  '''
Die Hansewerk Maschinenbau AG investiert rund 45 Millionen Euro in den Ausbau ihres Werks in Lüneburg. Auf einer Fläche von 18.000 Quadratmetern entsteht eine neue Montagehalle für Verpackungsmaschinen, die ab dem zweiten Quartal 2025 in Betrieb gehen soll.

Mit der Erweiterung reagiert das Unternehmen auf die anhaltend hohe Nachfrage aus der Lebensmittel- und Pharmaindustrie. Der Auftragsbestand lag zum Jahresende 2023 um 23 Prozent über dem Vorjahr.

„Lüneburg ist und bleibt unser wichtigster Standort“, sagte Vorstandsvorsitzender Henrik Claußen. „Wir setzen bewusst auf Fachkräfte aus der Region und bauen deshalb auch unsere Ausbildungswerkstatt aus.“ Insgesamt sollen 120 neue Stellen entstehen, davon 20 Ausbildungsplätze.

Die neue Halle wird mit einer Photovoltaikanlage auf dem Dach und Wärmepumpen ausgestattet und soll bilanziell klimaneutral betrieben werden.
''',
  L('none', None, None, 'present', 'byline',
    'press release without any author credit; dateline "Hamburg, 12. März 2024"; Pressekontakt and quoted CEO are traps'),
  section='Presse',
  byline='<p class="press-release__dateline">Hamburg, 12. März 2024</p>',
  after='<section class="press-release__contact"><h2>Pressekontakt</h2><p>Dr. Anja Brandt<br>Leiterin Unternehmenskommunikation<br>presse@hansewerk-ag.de</p></section>',
  downloads='<section class="downloads"><h3>Downloads</h3><ul><li><a href="/media/pm-lueneburg.pdf">Pressemitteilung (PDF, 180 KB)</a></li></ul></section>',
  related=[('Hansewerk auf der interpack 2023', None, '04.05.2023')])

# de-08 ---------------------------------------------------------------------
D('de-08', 'shop', 'Kaffeewelt',
  'Kaffeevollautomat Bellano 3000',
  '''
Der Bellano 3000 bereitet Espresso, Café Crème und Milchspezialitäten auf Knopfdruck zu. Das Kegelmahlwerk aus Edelstahl lässt sich in 13 Stufen einstellen, die Brühtemperatur in drei.

Über das farbige Touch-Display speichern Sie bis zu sechs Benutzerprofile mit Lieblingsgetränken. Die Milchlanze reinigt sich nach jedem Bezug automatisch mit Dampf.

Im Lieferumfang enthalten: Milchbehälter 0,5 l, Wasserfilter, Reinigungstabletten und Messlöffel.
''',
  L('none', None, None, 'none', None, 'product page; reviewer names and review dates, "© 2024 Jane Doe Media GmbH" are traps'),
  section='Kaffeevollautomaten', price='649,00 €', ogtype='product', promo='Kostenloser Versand ab 50 € · 30 Tage Rückgaberecht',
  cats=['Kaffee', 'Espressomaschinen', 'Vollautomaten', 'Zubehör', 'Angebote'],
  specs=[('Leistung', '1.450 W'), ('Wassertank', '1,8 l'), ('Pumpendruck', '15 bar'), ('Maße', '24 × 36 × 44 cm')],
  reviews=[('Petra S.', '14.02.2024', 5, 'Endlich guter Cappuccino', 'Einfache Bedienung, der Milchschaum ist wirklich fein.'),
           ('Maria K.', '02.03.2024', 3, 'Laut', 'Der Kaffee schmeckt, aber das Mahlwerk ist morgens ziemlich laut.')],
  newsletter='Melden Sie sich für unseren Newsletter an und sichern Sie sich 5 € Rabatt.',
  copyright='© 2024 Jane Doe Media GmbH')

# de-09 ---------------------------------------------------------------------
D('de-09', 'docs', 'Fleetbase Hilfe',
  'Fahrtenbuch exportieren',
  '''
Fleetbase kann Fahrtenbücher für einzelne Fahrzeuge oder den gesamten Fuhrpark exportieren. Der Export ist finanzamtstauglich, sofern alle Fahrten vollständig kategorisiert sind.

## Export starten

Öffnen Sie im Menü Berichte den Punkt Fahrtenbuch. Wählen Sie Zeitraum und Fahrzeuge aus und klicken Sie auf Exportieren. Zur Auswahl stehen PDF, CSV und das DATEV-Format.

## Unvollständige Fahrten

Fahrten ohne Kategorie (privat, dienstlich, Arbeitsweg) werden im Export rot markiert. Fahrerinnen und Fahrer erhalten automatisch eine Erinnerung in der App, wenn eine Fahrt länger als sieben Tage unkategorisiert ist.

## Nachträgliche Änderungen

Geänderte Einträge werden mit einem Änderungsvermerk versehen. Das ursprüngliche Ziel und der ursprüngliche Zweck bleiben im Protokoll sichtbar, wie es die Finanzverwaltung verlangt.
''',
  L('none', None, None, 'none', None, 'help-centre article, no author or date; footer site-update note is a trap'),
  section='Berichte', ogtype='website',
  tree=['Erste Schritte', 'Fahrzeuge anlegen', 'Fahrtenbuch exportieren', 'Tankkarten', 'Benutzerrechte'],
  footer_note='Letzte Aktualisierung der Website: 2. April 2024', copyright='© 2024 Fleetbase GmbH')

# de-10 ---------------------------------------------------------------------
D('de-10', 'forum', 'Camper-Forum',
  'Wasserpumpe im Kastenwagen läuft ständig nach',
  '''
Hallo zusammen, ich habe ein Problem mit der Tauchpumpe in unserem Kastenwagen (Baujahr 2019). Seit dem letzten Winter läuft sie alle paar Minuten kurz an, obwohl kein Wasserhahn offen ist.

Undichte Stellen habe ich bisher keine gefunden, unter der Spüle und am Boiler ist alles trocken. Der Druckschalter sitzt direkt an der Pumpe, den habe ich schon einmal gereinigt, ohne Erfolg.

Kann es sein, dass das Rückschlagventil hinüber ist? Oder hat jemand eine andere Idee, woran es liegen könnte? Nachts nervt das Geräusch ziemlich.
''',
  L('person', 'womo_fritz', 'byline', 'present', 'time-element',
    'forum opening post by handle; replies are traps'),
  section='Technik & Ausbau', tagline='Das Forum für Wohnmobil und Kastenwagen', by_word='von',
  op=dict(user='womo_fritz', uid=2870, when=('Di 12. Mär 2024, 19:44', '2024-03-12T19:44:00+01:00')),
  comments=[('Bulli_Bernd', ('Di 12. Mär 2024, 20:31', '2024-03-12T20:31:00+01:00'), 'Klingt stark nach dem Rückschlagventil. War bei mir genauso, Ersatzteil kostet zehn Euro.'),
            ('Camperin_Ulla', ('Mi 13. Mär 2024, 08:05', '2024-03-13T08:05:00+01:00'), 'Prüf auch mal die Verschraubung am Frostwächter, da tropft es gern unsichtbar.')])

# de-11 ---------------------------------------------------------------------
D('de-11', 'corp', 'Stadtwerke Lindenau',
  'Zehn einfache Tipps, mit denen Sie beim Heizen sparen',
  '''
Heizen macht in den meisten Haushalten den größten Teil der Energiekosten aus. Schon kleine Änderungen im Alltag können die Rechnung spürbar senken, ganz ohne Komfortverlust.

## Richtig lüften

Stoßlüften statt Kippfenster: Drei- bis viermal am Tag die Fenster für fünf bis zehn Minuten weit öffnen. So wird die Luft ausgetauscht, ohne dass die Wände auskühlen.

## Ein Grad weniger

Jedes Grad weniger Raumtemperatur spart etwa sechs Prozent Heizenergie. Im Schlafzimmer genügen meist 17 bis 18 Grad, im Wohnzimmer 20 Grad.

## Heizkörper freihalten

Vorhänge, Möbel oder Verkleidungen vor dem Heizkörper halten die Wärme zurück. Auch Entlüften lohnt sich: Gluckert es, ist Luft im System.

Persönliche Beratung erhalten Sie in unserem Kundenzentrum. Am 20. April laden wir außerdem zum Tag der offenen Tür in unser Heizkraftwerk ein.
''',
  L('organisation', 'Stadtwerke Lindenau', 'meta', 'none', None,
    'meta author = company; no date; event date in text is a trap'),
  section='Energiespartipps', cats=['Strom', 'Gas', 'Wärme', 'Service', 'Über uns'], cta='Kundenportal',
  metas=[MN('author', 'Stadtwerke Lindenau')],
  copyright='© 2024 Stadtwerke Lindenau GmbH',
  related=[('Was kostet eine Wärmepumpe wirklich?',), ('Balkonkraftwerk anmelden – so geht es',)])

# de-12 ---------------------------------------------------------------------
D('de-12', 'md', 'Blog', 'Barrierefreie PDFs mit LaTeX erstellen',
  '''
Barrierefreie PDFs sind seit dem Barrierefreiheitsstärkungsgesetz für viele Organisationen kein Nice-to-have mehr. Wer seine Dokumente mit LaTeX setzt, stand dabei lange vor einem Problem: Die erzeugten Dateien enthielten keine Tags, und Screenreader konnten die Struktur nicht erkennen.

Seit einiger Zeit gibt es Abhilfe. Mit dem Paket `tagpdf` und den neuen Schlüsseln in `\\DocumentMetadata` lassen sich getaggte PDFs erzeugen, die Überschriften, Listen und Tabellen korrekt auszeichnen.

## Ein minimales Beispiel

Am Anfang der Datei, noch vor `\\documentclass`, steht die Zeile mit den Metadaten. Wichtig ist außerdem, für jede Abbildung einen Alternativtext anzugeben.

Perfekt ist das Ergebnis noch nicht. Komplexe Tabellen und mathematische Formeln bereiten weiterhin Schwierigkeiten. Für Briefe, Berichte und einfache Handouts reicht es aber schon heute.
''',
  L('person', 'Lukas Brenner', 'frontmatter', 'present', 'frontmatter', 'YAML front matter author as a mapping {name: ...}'),
  ext='md',
  fm='''---
title: "Barrierefreie PDFs mit LaTeX erstellen"
date: 2024-02-14T09:30:00+01:00
author: {name: "Lukas Brenner", url: "https://lukasbrenner.de"}
tags: ["LaTeX", "Barrierefreiheit"]
---''')

# de-13 ---------------------------------------------------------------------
D('de-13', 'md', 'Bücherei Sankt Georg', 'Geänderte Öffnungszeiten über Ostern',
  '''
Liebe Leserinnen und Leser,

über die Osterfeiertage gelten in unserer Bücherei geänderte Öffnungszeiten. Am Karfreitag, 29. März, und am Ostermontag, 1. April, bleibt die Bücherei geschlossen. Am Karsamstag haben wir wie gewohnt von 10 bis 13 Uhr geöffnet.

Die Rückgabebox am Eingang steht auch an den Feiertagen zur Verfügung. Medien, deren Leihfrist in dieser Zeit abläuft, werden automatisch bis zum 5. April verlängert.

Wir wünschen Ihnen frohe Ostern und viel Freude beim Lesen!
''',
  L('organisation', 'admin', 'frontmatter', 'none', None, 'front matter author: admin; holiday dates in the text are event dates, not a publication date'),
  ext='md',
  fm='''---
title: Geänderte Öffnungszeiten über Ostern
author: admin
categories: [Aktuelles]
---''')

# de-14 ---------------------------------------------------------------------
D('de-14', 'magazine', 'Spielraum Magazin',
  'Warum Brettspiele wieder boomen',
  '''
Wer an einem Freitagabend eines der vielen neuen Spielecafés in Leipzig, Köln oder Hamburg betritt, muss oft warten. Die Tische sind ausgebucht, in den Regalen stehen Hunderte Schachteln, und an den Nebentischen wird leidenschaftlich über Siedlungen, Schiffe und Karten gestritten.

Der Boom ist messbar. Der Umsatz mit Brett- und Kartenspielen ist in Deutschland seit 2019 um fast ein Drittel gewachsen. Besonders gefragt sind kooperative Spiele, in denen alle gemeinsam gegen das Spiel antreten, und kurze Kartenspiele, die in zwanzig Minuten erklärt und gespielt sind.

„Viele Menschen suchen nach einer Freizeitbeschäftigung ohne Bildschirm“, sagt die Spieleautorin Inka Brandt, die seit zwanzig Jahren Spiele entwickelt. „Am Tisch sitzt man sich gegenüber, man lacht und ärgert sich gemeinsam. Das ersetzt kein Videocall.“

Auch Verlage profitieren. Sie bringen heute mehr Neuheiten heraus als je zuvor, allein zur Messe in Essen waren es im vergangenen Herbst über 1.500. Kritiker warnen allerdings vor einer Übersättigung: Viele Spiele verschwinden nach wenigen Monaten wieder aus den Läden.
''',
  L('person', 'Miriam Scholz', 'below-article', 'none', None,
    'author only in the "Über die Autorin" box below the article; quoted game designer and comment names/timestamps are traps'),
  section='Kultur', tagline='Das Magazin für Spielkultur',
  sub='Spielecafés sind ausgebucht, Verlage melden Rekorde. Was steckt hinter der Lust am Würfeln?',
  after='<aside class="author-box"><h2 class="author-box__title">Über die Autorin</h2><p>Miriam Scholz ist Kulturjournalistin in Leipzig und verliert regelmäßig bei „Die Siedler von Catan“.</p></aside>',
  comments=[('Spielefuchs', 'vor 3 Tagen', 'Kooperative Spiele sind für Familien wirklich ideal.'),
            ('Kommentar von Maria', 'vor 5 Tagen', 'Bei uns in Freiburg hat gerade das dritte Spielecafé eröffnet!')],
  related=[('Die besten Spiele für zwei Personen', 'Von Tobias Engel', '02.02.2024')])
