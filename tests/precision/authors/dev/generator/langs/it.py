MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]


def fmt_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_short(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def fmt_time(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}"


L = {
    "code": "it",
    "people": ["Giulia Bianchi", "Marco Ferrari", "Chiara Esposito", "Luca Romano", "Francesca Colombo",
               "Alessandro Ricci", "Sara Marino", "Davide Greco", "Valentina Conti", "Matteo Galli"],
    "extras": ["Anna Lombardi", "Giorgio Barbieri", "Paola Fontana", "Roberto Moretti", "Elisa Caruso",
               "Franco De Luca", "Simona Rinaldi", "Carlo Mancini"],
    "handles": ["giulia_b", "mferrari", "chiaraesp", "lucaromano", "fcolombo", "aricci"],
    "commenters": ["Orto_di_Nonna", "Gianni", "ciclista_to", "Mariella", "Anonimo", "Paolo R."],
    "sites": {
        "blog": [("L'Orto in Città", "lortoincitta.it"), ("Pedalando a Torino", "pedalandoatorino.it"),
                 ("La Cucina di Casa", "lacucinadicasa.it"), ("Digitale Semplice", "digitalesemplice.it")],
        "news": [("Il Corriere della Valle", "corrieredellavalle.it"), ("Gazzetta dell'Adriatico", "gazzettadelladriatico.it")],
        "company": ("Solaria Energia S.p.A.", "solariaenergia.it"),
        "shop": ("Bottega del Cuoio", "bottegadelcuoio.it"),
        "docs": ("FatturaFacile API", "docs.fatturafacile.it"),
        "forum": ("Forum Vespa Club", "forumvespaclub.it"),
    },
    "org_bylines": ["La Redazione", "Redazione", "Redazione Web", "Redazione Economia", "Staff"],
    "prefixes": ["di {a}", "Di {a}", "Testo di {a}", "Scritto da {a}", "Autore: {a}", "di {a} e {b}"],
    "published": "Pubblicato il {d}",
    "updated": "Aggiornato il {d}",
    "posted_on": "Pubblicato il {d}",
    "fmt_long": fmt_long, "fmt_short": fmt_short, "fmt_time": fmt_time,
    "quote": "«Sinceramente non ci aspettavamo tanto interesse», spiega {name}, che coordina un comitato di quartiere della zona.",
    "event": "Un incontro pubblico di presentazione è in programma il {d} presso la sala civica di via Garibaldi.",
    "bio": "{name} scrive di scienza quotidiana, città e alimentazione. Collabora con {site} dal 2018.",
    "comments": ["Articolo utilissimo, grazie! L'ho provato la primavera scorsa e ha funzionato benissimo.",
                 "Sul secondo punto non sono del tutto d'accordo, ma per il resto è esattamente la mia esperienza.",
                 "Salvato nei preferiti, aspetto il seguito!"],
    "ui": {
        "home": "Home", "news": "Notizie", "about": "Chi siamo", "contact": "Contatti", "search": "Cerca",
        "categories": "Categorie", "tags": "Tag", "archive": "Archivio", "related": "Potrebbe interessarti anche",
        "recent": "Articoli recenti", "comments": "Commenti", "reply": "Rispondi", "leave_comment": "Lascia un commento",
        "share": "Condividi", "newsletter": "Iscriviti alla newsletter", "subscribe": "Iscriviti",
        "about_author": "L'autore", "photo": "Foto", "rights": "Tutti i diritti riservati",
        "site_updated": "Sito aggiornato il {d}", "read_more": "Continua a leggere", "min_read": "Lettura: {n} min",
        "privacy": "Privacy", "imprint": "Note legali", "add_to_cart": "Aggiungi al carrello", "in_stock": "Disponibile",
        "reviews": "Recensioni dei clienti", "description": "Descrizione", "edit_page": "Modifica questa pagina",
        "on_this_page": "In questa pagina", "last_updated": "Ultimo aggiornamento: {d}", "replies": "risposte",
        "joined": "Iscritto dal", "posts": "Messaggi", "press": "Area stampa", "press_contact": "Contatti stampa",
        "about_company": "Chi è {c}", "prev": "Precedente", "next": "Successivo", "follow": "Segui",
        "more_from": "Altro da {s}", "says": "dice:", "login": "Accedi", "verified": "Acquisto verificato",
        "press_release": "Comunicato stampa", "docs": "Documentazione", "forum_home": "Forum",
    },
    "articles": [
        {"cat": "Orto", "slug": "orto-sul-balcone-cosa-piantare",
         "title": "Orto sul balcone: cosa piantare a marzo",
         "lede": "Con qualche vaso capiente e un po' di costanza, anche un piccolo balcone cittadino può regalare insalate ed erbe aromatiche per tutta la primavera.",
         "paras": [
             "Marzo è il mese ideale per seminare lattughe da taglio, rucola e ravanelli, che sopportano ancora qualche notte fresca e crescono in fretta.",
             "Per pomodori e peperoni conviene invece aspettare aprile, oppure partire con piantine già avviate acquistate dal vivaista di fiducia.",
             "Il terriccio va rinnovato ogni anno: quello esausto può essere mescolato al compost e riutilizzato per i fiori, ma non per le orticole più esigenti.",
             "Infine, attenzione all'acqua. I vasi piccoli si asciugano in poche ore quando il sole batte forte; meglio pochi contenitori grandi che tanti vasetti.",
         ]},
        {"cat": "Mobilità", "slug": "un-anno-in-bici-al-lavoro",
         "title": "Un anno in bici al lavoro: cosa ho imparato sulla mia città",
         "lede": "Dodici mesi, circa tremila chilometri e un sellino rubato dopo, il tragitto quotidiano ha cambiato faccia.",
         "paras": [
             "Le prime settimane sono servite soprattutto a trovare un percorso che evitasse i grandi corsi trafficati e a capire quali incroci richiedono la massima attenzione.",
             "In autunno il tragitto era già diventato il momento più tranquillo della giornata. Le vie secondarie dietro la stazione si sono rivelate più veloci del viale principale.",
             "L'inverno è stato il vero banco di prova: luci buone, parafanghi e un paio di pantaloni impermeabili economici hanno fatto più di qualsiasi attrezzatura costosa.",
             "Quello che resta è una mappa diversa della città, fatta di salite, buche e del forno che apre alle sette.",
         ]},
        {"cat": "Cultura", "slug": "biblioteca-aperta-la-sera",
         "title": "La biblioteca aperta fino alle 22: bilancio di sei mesi",
         "lede": "Da ottobre la biblioteca civica è rimasta aperta la sera nei giorni feriali. I numeri hanno sorpreso anche il personale.",
         "paras": [
             "La richiesta era arrivata dagli studenti universitari, che lamentavano la chiusura delle sale proprio quando la loro giornata di studio entrava nel vivo.",
             "Dopo le 18 l'affluenza è stata superiore alle attese, e non solo da parte degli studenti: lavoratori su turni, genitori e pensionati hanno trovato uno spazio caldo e silenzioso.",
             "Anche l'atmosfera è cambiata. Le serate sono più tranquille delle mattine e hanno ospitato piccoli eventi come gruppi di conversazione e laboratori di riparazione.",
             "La prosecuzione dell'orario serale dipenderà dal bilancio comunale del prossimo anno.",
         ]},
        {"cat": "Cucina", "slug": "ragu-della-domenica-tempi-giusti",
         "title": "Il ragù della domenica e l'arte di aspettare",
         "lede": "Non esiste un ragù veloce. Esistono solo ragù che hanno avuto il tempo di diventare buoni.",
         "paras": [
             "Tutto parte dal soffritto: cipolla, carota e sedano tritati finemente e lasciati appassire a fuoco dolce per almeno un quarto d'ora, senza fretta.",
             "La carne va rosolata bene, a fiamma vivace e in più riprese, perché una pentola troppo piena fa bollire invece di rosolare.",
             "Dopo il vino e il pomodoro, il fuoco si abbassa al minimo. Tre ore di cottura lenta, mescolando di tanto in tanto, fanno la differenza tra un sugo qualsiasi e quello della domenica.",
             "Il giorno dopo, come tutti sanno, è ancora più buono.",
         ]},
        {"cat": "Tecnologia", "slug": "backup-foto-di-famiglia",
         "title": "Backup delle foto di famiglia: un metodo che funziona davvero",
         "lede": "Vent'anni di immagini sparse tra vecchi telefoni, portatili e un cloud di cui nessuno ricorda la password. Ecco come rimettere ordine.",
         "paras": [
             "Il primo passo è raccogliere tutto in un unico posto, anche in modo disordinato. Un disco esterno con una cartella per ogni dispositivo è meglio di un sistema perfetto mai iniziato.",
             "La regola classica resta valida: tre copie, su due supporti diversi, di cui una conservata altrove.",
             "I duplicati sono il problema più fastidioso. Esistono programmi gratuiti che li trovano in pochi minuti, ma le raffiche di scatti quasi identici vanno riviste a mano.",
             "Infine, provate a ripristinare qualche cartella. Un backup mai verificato è solo una speranza.",
         ]},
    ],
    "product": {"name": "Borsa a tracolla in cuoio conciato al vegetale", "price": "185,00 €", "sku": "BC-TRC-MIELE",
                "desc": ["Realizzata a mano a Firenze con cuoio conciato al vegetale, questa borsa a tracolla acquista con il tempo una patina unica.",
                         "Tracolla regolabile, chiusura magnetica e tasca interna con zip. Misure: 26 × 20 × 8 cm."],
                "reviews": ["Fattura eccellente, il cuoio profuma ed è morbidissimo.", "Spedizione velocissima, confezione curata."]},
    "forum": {"title": "Vespa PX 150 si spegne al minimo dopo la revisione del carburatore",
              "op": ["Ciao a tutti, ho appena pulito e revisionato il carburatore della mia PX 150 del 1998. Parte al primo colpo ma dopo qualche minuto al minimo si spegne.",
                     "Ho già controllato il getto del minimo e la vite dell'aria. Può essere il rubinetto della benzina o devo cercare una presa d'aria?"],
              "replies": ["Controlla la guarnizione tra carburatore e collettore, è la causa più frequente.",
                          "Prova anche a spruzzare un po' di spray pulisci contatti intorno al collettore a motore acceso: se cambia il regime hai trovato la presa d'aria."]},
    "docs": {"title": "Emettere una fattura elettronica tramite API",
             "paras": ["Per emettere una fattura elettronica è sufficiente inviare una richiesta POST all'endpoint /v1/fatture con i dati del cliente e delle righe.",
                       "Il sistema genera automaticamente il file XML nel formato FatturaPA e lo trasmette al Sistema di Interscambio.",
                       "Lo stato della trasmissione può essere consultato in qualsiasi momento tramite l'endpoint /v1/fatture/{id}/stato."],
             "code": "curl -X POST https://api.fatturafacile.it/v1/fatture \\\n  -H \"Authorization: Bearer $TOKEN\" -d @fattura.json"},
    "press": {"title": "Solaria Energia avvia il più grande impianto agrivoltaico della Puglia",
              "city": "Foggia",
              "paras": ["Solaria Energia S.p.A. ha avviato oggi la produzione del nuovo impianto agrivoltaico di Foggia, che integra pannelli solari sopraelevati e coltivazioni di grano duro.",
                        "L'impianto ha una potenza di 62 MW e produrrà energia equivalente al fabbisogno di circa 30.000 famiglie.",
                        "Il progetto è stato sviluppato in collaborazione con le aziende agricole locali, che continueranno a coltivare i terreni sottostanti."],
              "boiler": "Solaria Energia S.p.A. sviluppa e gestisce impianti fotovoltaici e agrivoltaici in Italia e nel bacino del Mediterraneo."},
}
