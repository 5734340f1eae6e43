# -*- coding: utf-8 -*-
from base import *

# fr-01 ---------------------------------------------------------------------
D('fr-01', 'news', 'Le Courrier du Midi',
  'Montpellier : la ligne 5 du tramway ouvrira avec six mois de retard',
  '''
La mise en service de la ligne 5 du tramway de Montpellier, attendue pour l'été, est repoussée à la fin de l'année. La métropole a confirmé lundi soir un retard d'environ six mois, provoqué par des difficultés sur le chantier du pont de la Mosson.

Les travaux de génie civil ont été ralentis par la découverte de réseaux souterrains mal cartographiés, notamment une ancienne conduite d'eau qui ne figurait sur aucun plan. « Nous avons préféré prendre le temps de sécuriser le chantier plutôt que de prendre des risques », a déclaré l'adjointe chargée des mobilités, Nathalie Roux.

Longue de seize kilomètres, la future ligne doit relier Clapiers à Lavérune en desservant plusieurs quartiers aujourd'hui mal reliés au centre. La métropole table sur 60 000 voyageurs par jour à terme.

Du côté des commerçants de l'avenue de Lodève, la nouvelle passe mal. Beaucoup subissent les travaux depuis plus de deux ans et réclament une indemnisation supplémentaire. Une réunion publique est prévue à la maison pour tous Marie-Curie.

Le coût global du projet, estimé à 470 millions d'euros, ne devrait pas être affecté par ce report, selon la métropole.
''',
  L('person', 'Claire Dubois', 'byline', 'present', 'byline',
    '"Par Claire Dubois" + "Publié le ... modifié le ..." as text; photo credit and quoted official are traps'),
  variant='quotidien', section='Montpellier', kicker='Transports',
  sub='Des réseaux souterrains mal cartographiés ont ralenti le chantier du pont de la Mosson.',
  byline='<div class="article__meta"><p class="article__author">Par <a class="article__author-link" href="/journalistes/claire-dubois">Claire Dubois</a></p>'
         '<p class="article__date">Publié le 12 mars 2024 à 10h15, modifié le 12 mars 2024 à 18h02</p></div>',
  photo='Le chantier du pont de la Mosson, début mars. Photo : Jean Martin / AFP',
  related=[('Béziers : le marché couvert rouvre ses portes', 'Par Antoine Roche', '11 mars 2024'),
           ('Sète : la fête de la Saint-Louis dévoile son programme', 'Par Sophie Marchal', '10 mars 2024')],
  newsletter=True, tags=['Tramway', 'Montpellier Méditerranée Métropole'])

# fr-02 ---------------------------------------------------------------------
D('fr-02', 'news', 'Le Courrier du Midi',
  'Chaleur : les piscines municipales ouvriront plus tôt cet été',
  '''
Face aux épisodes de chaleur de plus en plus précoces, la ville de Nîmes a décidé d'avancer l'ouverture de ses trois piscines extérieures. Elles accueilleront le public dès le 15 juin, soit deux semaines plus tôt que les années précédentes.

Les horaires seront également élargis : les bassins resteront ouverts jusqu'à 20 heures en semaine et jusqu'à 21 heures le vendredi. Une dizaine de maîtres-nageurs saisonniers supplémentaires vont être recrutés, et la mairie lance un appel aux candidatures.

La municipalité indique que la fréquentation avait atteint un record l'an dernier, avec plus de 140 000 entrées sur la saison. Les tarifs restent inchangés : 2,50 euros pour les adultes et gratuité pour les moins de six ans.

En parallèle, six « îlots de fraîcheur » équipés de brumisateurs seront installés dans les quartiers les plus exposés à la chaleur.
''',
  L('organisation', 'La Rédaction', 'byline', 'present', 'meta',
    'byline "La Rédaction" (desk, no person); date only in article:published_time meta; opening date in text is an event date'),
  variant='quotidien', section='Nîmes', kicker='Été',
  metas=[MP('article:published_time', '2024-03-13T07:00:00+01:00'), MP('article:section', 'Nîmes')],
  byline='<div class="article__meta"><p class="article__author">La Rédaction</p></div>',
  related=[('Nîmes : la feria de Pentecôte affiche complet', 'Par Claire Dubois', '12 mars 2024')],
  tags=['Piscines', 'Canicule'])

# fr-03 ---------------------------------------------------------------------
D('fr-03', 'papermod', 'Carnet de bord',
  "Héberger ses photos avec Immich : mon retour d'expérience",
  '''
Depuis des années, mes photos de famille dormaient chez un grand fournisseur de stockage en ligne. Pratique, mais de plus en plus cher, et j'avais envie de reprendre la main sur ces souvenirs. J'ai donc installé Immich sur un petit serveur à la maison.

L'installation se fait avec Docker Compose et prend une vingtaine de minutes si l'on suit la documentation. Le plus long a été l'import initial : 62 000 photos et vidéos, qui ont mobilisé le processeur pendant presque deux jours pour générer les miniatures et la reconnaissance faciale.

## Ce qui fonctionne bien

L'application mobile sauvegarde automatiquement les nouvelles photos, exactement comme les solutions commerciales. La recherche par contenu (« plage », « vélo », « gâteau ») est étonnamment efficace pour un logiciel libre.

## Les points de vigilance

Le projet évolue très vite, et certaines mises à jour demandent d'adapter la configuration. Surtout, une sauvegarde locale ne suffit pas : je copie chaque nuit la bibliothèque chiffrée sur un disque chez mes parents.
''',
  L('person', 'Julien Moreau', 'jsonld', 'none', None,
    'PaperMod page with JSON-LD author array [Person] and meta author; this page shows no date'),
  url='/posts/immich-retour-experience/', tags=['auto-hébergement', 'photo', 'docker'],
  metas=[MN('author', 'Julien Moreau')],
  ld=dict(type='BlogPosting', author=[Person('Julien Moreau')], publisher=False,
          extra={'wordCount': '312', 'inLanguage': 'fr', 'keywords': ['auto-hébergement', 'photo']}),
  byline='<span>5 min</span>&nbsp;·&nbsp;<span>Julien Moreau</span>')

# fr-04 ---------------------------------------------------------------------
D('fr-04', 'substack', 'La Lettre du Jeudi',
  'Pourquoi les librairies indépendantes résistent',
  '''
On annonce leur disparition depuis vingt ans. Pourtant, les librairies indépendantes françaises ont plutôt bien traversé la dernière décennie. Le nombre de points de vente est stable, et plusieurs centaines de librairies ont même ouvert dans des villes moyennes depuis 2020.

Cette semaine, je voulais comprendre pourquoi. J'ai passé trois jours à discuter avec des libraires de Rennes, de Limoges et d'un village de la Drôme. Tous m'ont parlé de la même chose : le conseil. Un algorithme recommande ce qui se vend ; un libraire recommande ce qu'il a aimé.

Le prix unique du livre, instauré en 1981, joue évidemment un rôle. Il empêche les grandes plateformes de casser les prix et permet aux petites boutiques de rester compétitives sur les nouveautés.

Mais le modèle reste fragile. Les marges sont faibles, les loyers augmentent dans les centres-villes, et beaucoup de libraires ne se versent qu'un petit salaire. La semaine prochaine, je vous raconte comment une librairie de Limoges a transformé son arrière-boutique en café pour équilibrer ses comptes.
''',
  L('person', 'Camille Laurent', 'meta', 'present', 'meta', 'Substack: meta author person + visible byline; title "- par Camille Laurent"'),
  domain='lalettredujeudi.substack.com', url='/p/pourquoi-les-librairies-independantes',
  head_title='Pourquoi les librairies indépendantes résistent - par Camille Laurent',
  sub='Trois jours chez des libraires de Rennes, Limoges et de la Drôme.',
  metas=[MN('author', 'Camille Laurent'), MP('article:published_time', '2024-03-14T06:30:00+00:00')],
  byline=substack_byline('Camille Laurent', 'camillelaurent', '14 mars 2024'),
  comments=[('Bernard', '14 mars', 'Merci pour ce bel article, ma libraire de quartier va adorer.'),
            ('Inès T.', '15 mars', 'Le prix unique du livre, on ne le dira jamais assez !')],
  newsletter='Abonnez-vous à La Lettre du Jeudi pour recevoir chaque semaine une enquête sur la culture en région.',
  copyright='© 2024 Camille Laurent')

# fr-05 ---------------------------------------------------------------------
D('fr-05', 'drupal', 'Vélo Cité Lyon',
  'Bourse aux vélos : un record de 412 vélos vendus',
  '''
La bourse aux vélos organisée samedi place Sathonay a battu tous les records. En une seule journée, 412 vélos ont trouvé preneur, contre 290 l'an dernier. Une belle réussite pour l'association et pour ses trente bénévoles mobilisés dès sept heures du matin.

Les vélos de ville et les vélos d'enfants ont été les plus demandés. Chaque vélo déposé était contrôlé par nos mécaniciens bénévoles avant la mise en vente : freins, éclairage, pneus. Une soixantaine ont été refusés car trop dangereux en l'état.

L'atelier d'auto-réparation installé à côté de la bourse a lui aussi été pris d'assaut. Beaucoup de visiteurs sont repartis en sachant régler leurs freins ou changer une chambre à air.

Merci à toutes et à tous ! La prochaine bourse aura lieu à l'automne, et nous recherchons déjà des bénévoles pour l'organiser.
''',
  L('person', 'mlefebvre', 'byline', 'present', 'byline', 'Drupal "Soumis par <handle> le <date>"'),
  url='/actualites/bourse-aux-velos-record',
  byline='<div class="node__meta"><span>Soumis par <span class="field field--name-uid field--type-entity-reference field--label-hidden">'
         '<a title="Voir le profil utilisateur." href="/user/38" class="username">mlefebvre</a></span></span> le '
         '<span class="field field--name-created field--type-created field--label-hidden">mar 12/03/2024 - 10:15</span></div>',
  photo='La place Sathonay samedi matin.',
  copyright='Vélo Cité Lyon — association loi 1901')

# fr-06 ---------------------------------------------------------------------
D('fr-06', 'indie', "Carnets d'Élise",
  'Trois jours à pied sur le chemin de Stevenson',
  '''
J'avais toujours repoussé ce projet : marcher sur les traces de Robert Louis Stevenson, qui traversa les Cévennes avec une ânesse en 1878. Faute de temps pour faire les douze étapes, je me suis contentée des trois dernières, du Pont-de-Montvert à Saint-Jean-du-Gard.

La première journée est la plus rude. On grimpe longuement vers le col de la Planette, au milieu des châtaigniers, puis on redescend par des sentiers caillouteux qui mettent les genoux à l'épreuve. Le gîte de Florac, avec sa soupe aux lentilles, m'a semblé un palace.

Ce qui frappe, c'est le silence. Sur trois jours, j'ai croisé une dizaine de randonneurs seulement, et presque autant de troupeaux de chèvres. Les villages ont gardé leurs toits de lauze et leurs temples protestants, souvenirs d'une histoire mouvementée.

Je recommande de partir au printemps ou en septembre. En été, la chaleur rend les montées très difficiles et les points d'eau sont rares.
''',
  L('person', 'Élise Garnier', 'hcard', 'present', 'time-element', 'h-entry: "par" + p-author h-card + dt-published'),
  url='/2024/randonnee-chemin-de-stevenson/', domain='elisegarnier.fr',
  byline='par <span class="p-author h-card"><a class="u-url p-name" href="https://elisegarnier.fr/">Élise Garnier</a></span>, le <time class="dt-published" datetime="2024-01-28T18:00:00+01:00">28 janvier 2024</time>',
  photo='Les crêtes au-dessus de Saint-Jean-du-Gard.',
  mentions=[('Paul Rivière', ('29 janv. 2024', '2024-01-29T09:00:00+01:00'), 'Superbe récit, ça donne envie de repartir !')],
  copyright='© 2024 Élise Garnier — textes et photos sous licence CC BY-NC')

# fr-07 ---------------------------------------------------------------------
D('fr-07', 'recipe', 'Les Petits Plats de Margaux',
  'Tarte fine aux poireaux et au chèvre',
  '''
C'est la recette que je prépare quand il me reste deux poireaux au fond du bac à légumes et un rouleau de pâte feuilletée au réfrigérateur. Vingt minutes de préparation, vingt-cinq minutes au four, et le dîner est prêt.

Le secret, c'est de faire fondre longuement les poireaux à feu doux, avec une noix de beurre et une pincée de sel, jusqu'à ce qu'ils deviennent presque sucrés. Ne les laissez surtout pas colorer : ils deviendraient amers.

Pour le fromage, un chèvre frais en bûche fonctionne très bien, mais vous pouvez aussi utiliser du comté râpé ou un reste de bleu. Servez la tarte tiède avec une salade de mâche et quelques noix.
''',
  L('person', 'Margaux Petit', 'jsonld', 'present', 'jsonld',
    'Yoast-style @graph: Article.author is an @id reference to a Person node; visible "Par Margaux Petit"'),
  url='/tarte-fine-poireaux-chevre/', tagline='Cuisine du quotidien, simple et de saison',
  yoast=dict(person='Margaux Petit', handle='margaux', pub='2024-02-08T16:00:00+00:00', mod='2024-02-10T09:12:00+00:00'),
  byline='Par <a href="/a-propos/">Margaux Petit</a> · <span class="entry-comments-link"><a href="#comments">3 commentaires</a></span>',
  recipe=dict(ingredients=['1 rouleau de pâte feuilletée', '2 poireaux', '20 g de beurre', '150 g de chèvre frais', '1 œuf', '10 cl de crème'],
              steps=['Émincer les poireaux et les faire fondre 15 minutes.', 'Étaler la pâte, piquer le fond.', 'Répartir poireaux et chèvre, napper du mélange œuf-crème.', 'Cuire 25 minutes à 200 °C.'],
              times='Préparation 20 min · Cuisson 25 min · 4 personnes', jump='Aller à la recette',
              ing_label='Ingrédients', steps_label='Instructions'),
  comments=[('Josiane', ('9 février 2024 à 19 h 22', '2024-02-09T19:22:00+01:00'), "Testée ce soir, un régal ! J'ai ajouté un peu de miel."),
            ('Karim', ('11 février 2024 à 12 h 05', '2024-02-11T12:05:00+01:00'), 'Est-ce que ça marche avec une pâte brisée ?')],
  cats=['Entrées', 'Plats', 'Desserts', 'Végétarien', 'À propos'])

# fr-08 ---------------------------------------------------------------------
D('fr-08', 'shop', 'Maison Lumière',
  'Lampe à poser Céleste en laiton',
  '''
Inspirée des lampes d'atelier des années cinquante, la lampe Céleste associe un pied en laiton brossé à un abat-jour en verre opalin soufflé à la bouche. Elle diffuse une lumière douce, idéale sur une table de chevet ou un bureau.

Le bras articulé permet d'orienter la lumière selon vos besoins. Compatible avec les ampoules LED E27 jusqu'à 40 W (ampoule non fournie).

Chaque abat-jour étant façonné à la main, de légères variations de teinte peuvent apparaître : elles font le charme de la pièce.
''',
  L('none', None, None, 'none', None, 'product page; reviews with names and dates are traps'),
  section='Luminaires', price='189,00 €', ogtype='product', promo='Livraison offerte dès 80 € d’achat',
  cats=['Luminaires', 'Miroirs', 'Textile', 'Vaisselle', 'Nouveautés'],
  specs=[('Hauteur', '42 cm'), ('Matériaux', 'laiton, verre opalin'), ('Câble', '1,8 m, tissu'), ('Culot', 'E27')],
  reviews=[('Nathalie R.', '03/02/2024', 5, 'Magnifique', 'Encore plus belle en vrai, très bien emballée.'),
           ('Avis de Jérôme', '21/01/2024', 4, 'Belle lampe', 'Le bras est un peu dur à régler au début.')],
  copyright='© 2016–2024 Maison Lumière SAS')

# fr-09 ---------------------------------------------------------------------
D('fr-09', 'category', 'Le Courrier du Midi',
  'Culture',
  '''
Concerts, expositions, théâtre et festivals : toute l'actualité culturelle de la région, par la rédaction du Courrier du Midi.
''',
  L('none', None, None, 'none', None,
    'section front: teaser bylines and teaser dates belong to other articles; top-bar edition date is site chrome'),
  url='/culture/', ogtype='website', edition='Mardi 12 mars 2024',
  items=[('Avignon : le Off dévoile une programmation record', 'Plus de 1 600 spectacles attendus cet été.', 'Par Sophie Marchal', ('11 mars 2024', '2024-03-11T17:00:00+01:00')),
         ('Le musée Fabre consacre une rétrospective à Frédéric Bazille', 'Plus de quatre-vingts œuvres réunies jusqu’en septembre.', 'Par Antoine Roche', ('10 mars 2024', '2024-03-10T09:30:00+01:00')),
         ('Rencontre avec une luthière installée à Mirecourt', 'Elle fabrique six violons par an, tous à la main.', 'Par Claire Dubois', ('8 mars 2024', '2024-03-08T12:00:00+01:00'))],
  related=[('Tramway : la ligne 5 retardée', None, None), ('Canicule : les piscines ouvrent plus tôt', None, None)])

# fr-10 ---------------------------------------------------------------------
D('fr-10', 'press', 'Groupe Aubrac',
  'Le Groupe Aubrac rachète la fromagerie Causses & Terroirs',
  '''
Le Groupe Aubrac annonce l'acquisition de la fromagerie Causses & Terroirs, basée à Millau. L'opération, dont le montant n'a pas été communiqué, permet au groupe de compléter son offre de fromages au lait de brebis.

Causses & Terroirs emploie 58 salariés et collecte le lait d'une centaine d'éleveurs du sud de l'Aveyron. La marque et le site de production seront conservés, de même que l'ensemble des emplois.

« Nous partageons le même attachement au territoire et aux éleveurs », a indiqué le président du groupe, Étienne Rouquette. Le groupe prévoit d'investir quatre millions d'euros dans la modernisation de la cave d'affinage d'ici 2026.

La finalisation de l'opération reste soumise à l'autorisation de l'Autorité de la concurrence.
''',
  L('organisation', 'Groupe Aubrac', 'jsonld', 'present', 'byline',
    'communiqué: JSON-LD author Organization; dateline "Paris, le 12 mars 2024"; quoted chairman and press contact are traps'),
  ld=dict(type='NewsArticle', author=Org('Groupe Aubrac')),
  byline='<p class="press-release__dateline">Paris, le 12 mars 2024</p>',
  after='<section class="press-release__contact"><h2>Contact presse</h2><p>Sandrine Vidal — sandrine.vidal@groupe-aubrac.fr — 01 84 00 00 00</p></section>',
  related=[('Résultats annuels 2023', None, '28 février 2024')])

# fr-11 ---------------------------------------------------------------------
D('fr-11', 'corp', 'Atelier Numérique',
  'RGPD : cinq erreurs fréquentes sur les formulaires de contact',
  '''
Le formulaire de contact est souvent la première donnée personnelle qu'un site collecte. C'est aussi l'endroit où l'on trouve le plus d'erreurs lors de nos audits. Voici les cinq que nous rencontrons le plus souvent.

## Demander trop d'informations

Un numéro de téléphone, une adresse postale et une date de naissance pour répondre à une simple question ? Le principe de minimisation impose de ne collecter que le strict nécessaire.

## Oublier l'information des personnes

Une mention courte sous le formulaire doit indiquer qui traite les données, dans quel but et pendant combien de temps. Un lien vers la politique de confidentialité ne suffit pas toujours.

## Cocher la case par défaut

L'inscription à une lettre d'information ne peut pas être précochée. Le consentement doit résulter d'un geste actif.

## Conserver les messages indéfiniment

Fixez une durée de conservation et supprimez les demandes traitées, par exemple après trois ans.

## Envoyer les données en clair

Le formulaire doit être servi en HTTPS, et les notifications envoyées par courriel ne devraient pas contenir l'intégralité du message.
''',
  L('none', None, None, 'present', 'meta', 'agency blog with no author credit; article:published_time meta only; newsletter blurb naming Julie Fabre is a trap'),
  section='Conformité', cta='Demander un audit',
  metas=[MP('article:published_time', '2024-02-27T09:00:00+01:00'), MP('article:modified_time', '2024-02-27T09:00:00+01:00')],
  related=[('Accessibilité : ce qui change en 2025',), ('Choisir un hébergeur en France',)],
  newsletter='Recevez chaque mois la lettre de Julie Fabre, notre experte RGPD.', copyright='© 2024 Atelier Numérique SARL')

# fr-12 ---------------------------------------------------------------------
D('fr-12', 'md', 'Blog', 'Compter les oiseaux de son jardin',
  '''
Chaque année, fin janvier, des milliers de particuliers passent une heure à compter les oiseaux de leur jardin. Ce comptage participatif permet aux scientifiques de suivre l'évolution des populations d'espèces communes.

Il n'est pas nécessaire d'être ornithologue. Il suffit de noter, pendant une heure, le nombre maximal d'individus de chaque espèce observés en même temps. Les mésanges, les moineaux et les rouges-gorges sont les plus fréquents.

Les données sont ensuite saisies en ligne. L'an dernier, plus de 30 000 jardins ont participé en France, un record.
''',
  L('person', 'Léa Martin; Hugo Bernard', 'frontmatter', 'present', 'frontmatter', 'YAML authors: [a, b]'),
  ext='md',
  fm='''---
title: "Compter les oiseaux de son jardin"
date: 2024-01-22
authors: [Léa Martin, Hugo Bernard]
tags: [nature, sciences participatives]
---''')

# fr-13 ---------------------------------------------------------------------
D('fr-13', 'md', 'Kiosque', 'Comment proposer un article',
  '''
Vous souhaitez écrire pour Kiosque ? Nous publions des articles sur la vie associative, la culture et les initiatives locales.

Envoyez-nous un court résumé de votre idée (cinq lignes maximum) et, si vous en avez, un ou deux exemples de textes déjà publiés. Nous répondons sous deux semaines.

Les articles retenus font en général entre 6 000 et 10 000 signes. Ils sont relus par deux membres de l'équipe avant publication.
''',
  L('organisation', 'Équipe Kiosque', 'frontmatter', 'none', None, 'TOML author = team name; no date'),
  ext='md',
  fm='''+++
title = "Comment proposer un article"
author = "Équipe Kiosque"
weight = 10
+++''')
