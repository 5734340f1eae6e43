PAGES = []


def page(**kw):
    PAGES.append(kw)


page(path="de/index.html", lang="de", kind="landing", group="home", suffix=False,
     title="Kitchen Ledger – Hausmannskost, getestet und aufgeschrieben",
     description="Kitchen Ledger veröffentlicht getestete Anleitungen zu Brot, Fermentation und Alltagsküche, geschrieben von Leuten, die jedes Rezept mindestens dreimal kochen.",
     body="""
Kitchen Ledger ist ein kleines Magazin über das Kochen zu Hause. Jede Anleitung hier wurde von der Person, die sie geschrieben hat, mindestens dreimal in einer gewöhnlichen Küche gekocht, und alle Mengen stehen in Gramm.

## Zum Einstieg

- [Sauerteig selbst ansetzen](/de/artikel/sauerteig-ansetzen.html): sieben Tage, Mehl, Wasser und ein Glas.
- [Ein Küchenmesser auf dem Wasserstein schärfen](/de/artikel/messer-schaerfen.html)
- [Weißen Spargel schälen, kochen und aufbewahren](/de/artikel/weissen-spargel-kochen.html)
- [Kurz notiert: Gehören Messer in die Spülmaschine?](/de/artikel/messer-spuelmaschine.html)

Viele Artikel gibt es bisher nur auf Englisch, etwa die Anleitung zu [fermentierter Chilisauce](/en/articles/fermenting-hot-sauce.html). Alle Brot-Artikel auf Deutsch finden Sie in der Kategorie [Brot](/de/kategorie/brot.html).

Wer hinter Kitchen Ledger steht, steht im [Impressum](/de/rechtliches/impressum.html).
""")

page(path="de/artikel/sauerteig-ansetzen.html", lang="de", kind="article", group="sourdough",
     title="Sauerteig selbst ansetzen: Schritt für Schritt",
     description="Eine Anleitung Tag für Tag für einen Sauerteig aus Roggen- und Weizenmehl, mit Temperaturen, Fütterungsmengen und Zeichen, an denen man erkennt, dass er backfertig ist.",
     author="Mara Lindqvist", date="2024-02-03",
     body="""
Ich habe in den letzten zehn Jahren fünfmal einen Sauerteig aus dem Nichts angesetzt, in drei verschiedenen Küchen. Die Methode unten hat jedes Mal funktioniert, nach sechs bis neun Tagen. Sie beginnt mit Roggenvollkornmehl, weil Roggen mehr wilde Hefen und Bakterien mitbringt als helles Mehl, und wechselt zu Weizen, sobald die Kultur lebhaft ist.

## Was Sie brauchen

- Ein Glas mit etwa 750 ml Inhalt und lose aufgelegtem Deckel
- Roggenvollkornmehl und Weizenmehl Type 550
- Wasser mit Raumtemperatur; riecht Ihr Leitungswasser nach Chlor, lassen Sie es über Nacht offen stehen
- Eine Küchenwaage, die auf das Gramm genau wiegt

## Tag 1 und 2

Verrühren Sie 50 g Roggenmehl mit 50 g Wasser im Glas. Streichen Sie den Rand sauber, markieren Sie die Füllhöhe mit einem Gummiband und stellen Sie das Glas an einen Ort mit 22 bis 26 °C. Am zweiten Tag sieht man oft noch gar nichts. Das ist normal.

## Tag 3 bis 5

Um den dritten Tag herum geht die Mischung häufig plötzlich auf und riecht nach Käse oder Nagellackentferner. Dieser erste Schub stammt von Bakterien, die wieder verschwinden; verwechseln Sie ihn nicht mit einem fertigen Sauerteig. Ab jetzt wird einmal täglich gefüttert: 25 g der alten Mischung behalten, den Rest wegwerfen und 50 g Mehl (halb Roggen, halb Weizen) und 50 g Wasser dazugeben.

## Tag 6 bis 9

Der Geruch wird sauer und fruchtig, wie Joghurt und grüne Äpfel. Wenn sich der Sauerteig an drei Tagen hintereinander innerhalb von sechs Stunden nach dem Füttern verdoppelt, ist er fertig. In meiner kalten Winterküche bei 19 °C dauerte das neun Tage, im Sommer sechs.

## Aufbewahren

Ein eingeführter Sauerteig lebt im Kühlschrank und braucht einmal pro Woche Futter. Nehmen Sie ihn am Abend vor dem Backen heraus und füttern Sie ihn zweimal bei Raumtemperatur. Auch ein Sauerteig, der einen Monat vergessen wurde, erholt sich meist nach drei oder vier Fütterungen. Werfen Sie ihn also nicht zu schnell weg.

## Zum Weiterlesen

Das [Sauerteig-Projekt des Dunn Lab an der NC State University](https://robdunnlab.com/projects/sourdough/) hat Sauerteige aus aller Welt verglichen und erstaunlich wenige Unterschiede zwischen den Kontinenten gefunden. Das passt zu meiner Erfahrung, dass Mehl und Fütterung wichtiger sind als die Küche.
""")

page(path="de/artikel/messer-schaerfen.html", lang="de", kind="article", group="knife",
     title="Ein Küchenmesser auf dem Wasserstein schärfen",
     description="So schärfen Sie ein Kochmesser auf einem Kombinationsstein: Körnung wählen, Winkel halten, Grat erzeugen und die Schneide prüfen.",
     author="Tomás Okafor", date="2023-11-18",
     body="""
Ein scharfes Messer ist sicherer als ein stumpfes, weil es dorthin schneidet, wohin man drückt, statt von der Tomatenhaut in Richtung Finger abzurutschen. Ich habe das Schärfen auf dem Wasserstein in zwei Jahren Restaurantarbeit gelernt. Mit etwas Übung dauert es zehn Minuten. So mache ich es zu Hause mit einem 21 cm langen Kochmesser.

## Den Stein auswählen

Ein Kombinationsstein mit einer Seite in Körnung 1000 und einer in 4000 oder 6000 reicht für fast jedes Küchenmesser. Die grobe Seite formt die Schneide, die feine poliert sie. Noch gröbere Steine mit 220 bis 400 braucht man nur bei Ausbrüchen oder sehr vernachlässigten Klingen.

## Wässern und hinlegen

Legen Sie den Wasserstein zehn Minuten in Wasser, bis keine Luftblasen mehr aufsteigen. Dann kommt er mit der Seite 1000 nach oben auf ein feuchtes Tuch oder eine Gummiunterlage, damit er nicht rutscht.

## Den Winkel halten

Europäische Messer sind meist mit 15 bis 20 Grad pro Seite geschliffen, japanische mit 10 bis 15. Als Faustregel liegt der Messerrücken etwa zwei übereinandergelegte Münzen hoch über dem Stein. Den Winkel gleichmäßig zu halten ist viel wichtiger, als eine genaue Gradzahl zu treffen.

## Einen Grat erzeugen

Schieben Sie die Klinge mit der Schneide voran in einem durchgehenden Zug vom Heft bis zur Spitze über den Stein und drücken Sie dabei mit zwei Fingern leicht auf die Klingenfläche. Nach zehn bis fünfzehn Zügen tasten Sie mit dem Daumen die andere Seite der Schneide ab, immer von der Schneide weg. Spüren Sie auf der ganzen Länge eine feine raue Kante, ist das der Grat, und diese Seite ist fertig. Dann folgt die andere Seite.

## Abziehen und prüfen

Drehen Sie den Stein auf die feine Seite und wiederholen Sie alles mit weniger Druck und weniger Zügen, abwechselnd auf beiden Seiten, bis der Grat verschwunden ist. Zum Test halten Sie ein Blatt Druckerpapier in die Luft: Eine scharfe Schneide schneidet es glatt, ohne zu reißen.

## Wie oft

Wer täglich kocht, zieht das Messer einmal pro Woche ein paarmal über einen Wetzstahl und nimmt alle zwei bis drei Monate den Wasserstein. Gute Nahaufnahmen des Grats zeigt die [Schärfanleitung von Serious Eats](https://www.seriouseats.com/how-to-sharpen-a-knife) (englisch).
""")

page(path="de/artikel/weissen-spargel-kochen.html", lang="de", kind="article",
     title="Weißen Spargel schälen, kochen und aufbewahren",
     description="Wie man frischen weißen Spargel erkennt, ohne Verlust schält, auf den Punkt gart und bis zu vier Tage frisch hält.",
     author="Lena Fischer", date="2024-04-27",
     body="""
Von Mitte April bis zum Johannistag am 24. Juni steht in unserer Küche mindestens einmal pro Woche weißer Spargel auf dem Tisch. Ich kaufe ihn direkt beim Hof am Stadtrand, und nach vielen Jahren habe ich eine feste Routine, vom Einkauf bis zum Rest, der am nächsten Tag zu Suppe wird.

## Frische erkennen

Frischer Spargel quietscht, wenn man zwei Stangen aneinanderreibt. Die Schnittenden sind feucht und glatt, nicht trocken oder hohl, und beim Zusammendrücken tritt etwas Saft aus. Die Köpfe sind fest geschlossen. Violette Spitzen sind kein Mangel, sie zeigen nur, dass die Stange kurz Licht abbekommen hat, und schmecken etwas kräftiger.

## Richtig schälen

Legen Sie die Stange flach auf den Unterarm oder auf ein Brett und schälen Sie mit einem Sparschäler vom Kopf zum Ende, knapp unterhalb des Kopfes beginnend. Unten wird dicker geschält als oben. Die holzigen Enden, meist zwei bis drei Zentimeter, schneiden Sie ab. Schalen und Enden kommen nicht in den Müll, sondern in einen Topf: Mit einem Liter Wasser, einer Prise Zucker und Salz 20 Minuten gekocht, ergeben sie einen aromatischen Sud.

## Garen

In diesem Sud gart der Spargel. Dicke Stangen brauchen bei sanftem Sieden 12 bis 15 Minuten, dünne 8 bis 10. Der Spargel ist gar, wenn er sich leicht biegt, wenn man ihn mit einer Gabel in der Mitte anhebt, aber nicht bricht. Ein Stück Butter im Sud macht die Stangen glänzend. Wer keinen großen Topf hat, kann die Stangen auch im Backofen garen: in Alufolie mit etwas Butter und Salz, 35 Minuten bei 180 °C. Der Geschmack wird kräftiger, weil nichts ins Wasser übergeht.

## Aufbewahren

Ungeschälter Spargel hält sich eingewickelt in ein feuchtes Küchentuch im Gemüsefach drei bis vier Tage. Geschälter Spargel sollte am selben Tag gekocht werden. Roh eingefroren wird er nach dem Auftauen weich; wer einfrieren will, schält ihn und gibt ihn später gefroren direkt ins kochende Wasser.

## Was übrig bleibt

Aus dem Sud und zwei, drei übrig gebliebenen Stangen wird am nächsten Tag eine Suppe: pürieren, mit etwas Sahne und Zitronensaft abschmecken, fertig. Hintergründe zu Anbau und Saison bietet das [Bundeszentrum für Ernährung](https://www.bzfe.de/lebensmittel/vom-acker-bis-zum-teller/spargel/).
""")

page(path="de/artikel/messer-spuelmaschine.html", lang="de", kind="article",
     title="Kurz notiert: Gehören Messer in die Spülmaschine?",
     description="Eine kurze Antwort auf die Frage, ob gute Küchenmesser in die Spülmaschine dürfen.",
     author="Tomás Okafor", date="2024-05-30",
     body="""
Nein. Hitze, aggressive Reiniger und das Klappern am Besteckkorb machen die Schneide stumpf, und Holzgriffe quellen auf. Ein Messer unter warmem Wasser abzuspülen und sofort abzutrocknen dauert eine halbe Minute.
""")

page(path="de/kategorie/brot.html", lang="de", kind="listing",
     title="Brot",
     h1="Brot: alle Artikel",
     description="Artikel über Brot bei Kitchen Ledger auf Deutsch: Sauerteig ansetzen und mehr.",
     body="""
- [Sauerteig selbst ansetzen: Schritt für Schritt](/de/artikel/sauerteig-ansetzen.html): in sechs bis neun Tagen zum eigenen Sauerteig.
- [Why every recipe should weigh its flour](/en/articles/why-recipes-should-weigh-flour.html) (englisch): warum Mehl gewogen werden sollte.
""")

page(path="de/rechtliches/datenschutz.html", lang="de", kind="legal", group="privacy", date="2024-01-15",
     title="Datenschutzerklärung",
     description="Wie Kitchen Ledger mit personenbezogenen Daten umgeht: Server-Logs, Newsletter und Ihre Rechte nach der DSGVO.",
     body="""
Diese Erklärung beschreibt, welche personenbezogenen Daten Kitchen Ledger beim Besuch von kitchenledger.example verarbeitet. Das Datum oben zeigt den Stand.

## Verantwortlicher

Verantwortlich ist der im [Impressum](/de/rechtliches/impressum.html) genannte Herausgeber.

## Server-Logs

Beim Aufruf einer Seite speichert unser Hoster in Frankfurt Ihre IP-Adresse, Datum und Uhrzeit, die aufgerufene Seite, die verweisende Seite und die Kennung Ihres Browsers. Wir nutzen diese Protokolle nur für Sicherheit und Betrieb der Website und löschen sie nach 14 Tagen. Rechtsgrundlage ist unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).

## Newsletter

Wenn Sie den Newsletter abonnieren, speichern wir Ihre E-Mail-Adresse und den Zeitpunkt Ihrer Einwilligung, bis Sie sich abmelden. Jeder Newsletter enthält einen Abmeldelink. Ob Sie ihn öffnen, messen wir nicht.

## Cookies und Tracking

Wir setzen keine Cookies und verwenden keine Analyse-, Werbe- oder Social-Media-Dienste.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch sowie das Recht, sich bei einer Aufsichtsbehörde zu beschweren, etwa beim Hessischen Beauftragten für Datenschutz und Informationsfreiheit.
""")

page(path="de/rechtliches/impressum.html", lang="de", kind="legal", group="imprint", date="2024-01-15",
     title="Impressum",
     description="Impressum von Kitchen Ledger: Herausgeber, Anschrift, Kontakt und redaktionelle Verantwortung.",
     body="""
Angaben gemäß § 5 DDG:

Lindqvist & Fischer Medien GbR
Schweizer Straße 41
60594 Frankfurt am Main

Gesellschafterinnen: Mara Lindqvist, Lena Fischer

E-Mail: redaktion@kitchenledger.example

Umsatzsteuer-Identifikationsnummer: DE 318 204 557

Redaktionell verantwortlich nach § 18 Abs. 2 MStV: Mara Lindqvist, Anschrift wie oben.
""")
