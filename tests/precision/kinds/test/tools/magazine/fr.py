PAGES = []


def page(**kw):
    PAGES.append(kw)


page(path="fr/index.html", lang="fr", kind="landing", group="home", suffix=False,
     title="Kitchen Ledger – la cuisine maison, testée et écrite",
     description="Kitchen Ledger publie des guides testés sur le pain, la fermentation et la cuisine de tous les jours, écrits par des cuisiniers qui refont chaque recette au moins trois fois.",
     body="""
Kitchen Ledger est un petit magazine consacré à la cuisine maison. Chaque guide a été cuisiné au moins trois fois par son auteur, dans une cuisine ordinaire, et toutes les quantités sont données en grammes.

## Pour commencer

- [Faire son levain naturel pas à pas](/fr/articles/faire-son-levain.html)
- [Pourquoi toute recette devrait peser la farine](/fr/articles/peser-la-farine.html)
- [Réussir le bouillon du pot-au-feu](/fr/articles/bouillon-pot-au-feu.html)

Tous nos articles sur le pain sont réunis dans la rubrique [Pain](/fr/categorie/pain.html). D’autres ne sont pour l’instant disponibles qu’en anglais, comme notre guide de l’[affûtage sur pierre à eau](/en/articles/sharpening-a-kitchen-knife.html).

L’éditeur du site est présenté dans les [mentions légales](/fr/legal/mentions-legales.html).
""")

page(path="fr/articles/faire-son-levain.html", lang="fr", kind="article", group="sourdough",
     title="Faire son levain naturel pas à pas",
     description="Une méthode jour par jour pour un levain de seigle et de blé, avec les températures, les proportions de rafraîchi et les signes qui montrent qu’il est prêt.",
     author="Mara Lindqvist", date="2024-02-03",
     body="""
En dix ans, j’ai lancé un levain à partir de rien à cinq reprises, dans trois cuisines différentes. La méthode ci-dessous a fonctionné à chaque fois, en six à neuf jours. Elle commence avec de la farine de seigle complète, qui apporte davantage de levures et de bactéries sauvages que la farine blanche, puis passe au blé dès que la culture est bien active.

## Ce qu’il vous faut

- Un bocal en verre d’environ 750 ml, couvercle simplement posé
- De la farine de seigle complète et de la farine de blé T65
- De l’eau à température ambiante ; si l’eau du robinet sent le chlore, laissez-la reposer une nuit dans une carafe ouverte
- Une balance de cuisine précise au gramme

## Jours 1 et 2

Mélangez 50 g de farine de seigle et 50 g d’eau dans le bocal. Raclez les parois, marquez le niveau avec un élastique et placez le bocal dans un endroit entre 22 et 26 °C. Le deuxième jour, il est possible que rien ne se passe. C’est normal.

## Jours 3 à 5

Vers le troisième jour, le mélange gonfle souvent d’un coup et sent le fromage ou le dissolvant. Cette première poussée vient de bactéries qui vont disparaître : ne la confondez pas avec un levain prêt. À partir de maintenant, rafraîchissez une fois par jour : gardez 25 g de l’ancien mélange, jetez le reste, et ajoutez 50 g de farine (moitié seigle, moitié blé) et 50 g d’eau.

## Jours 6 à 9

L’odeur devient acidulée et fruitée, comme du yaourt et de la pomme verte. Quand le levain double de volume en moins de six heures après chaque rafraîchi, trois jours de suite, il est prêt. Dans ma cuisine froide d’hiver, à 19 °C, il a fallu neuf jours ; en été, six.

## Le conserver

Une fois bien installé, le levain vit au réfrigérateur et se nourrit une fois par semaine. Sortez-le la veille de la cuisson et rafraîchissez-le deux fois à température ambiante. Un levain oublié pendant un mois repart généralement après trois ou quatre rafraîchis : ne le jetez pas trop vite.

## Pour aller plus loin

Le [projet sur les levains du laboratoire de Rob Dunn à NC State](https://robdunnlab.com/projects/sourdough/) a comparé des levains venus du monde entier et trouvé étonnamment peu de différences entre les continents, ce qui rejoint mon expérience : la farine et les rafraîchis comptent plus que la cuisine.
""")

page(path="fr/articles/peser-la-farine.html", lang="fr", kind="article", group="weigh",
     title="Pourquoi toute recette devrait peser la farine",
     description="Une tasse de farine peut peser de 110 à 160 grammes. Plaidoyer chiffré pour des recettes de pâtisserie et de pain données en grammes.",
     author="Mara Lindqvist", date="2023-09-09",
     body="""
Au printemps dernier, j’ai demandé à neuf amis de mesurer une tasse de farine ordinaire dans leur propre cuisine, avec leur propre tasse, comme ils le font d’habitude. J’ai ensuite pesé chaque tasse. La plus légère faisait 112 grammes, la plus lourde 158 grammes. Plus de 40 % d’écart sur un seul ingrédient, avant que quiconque ait commis la moindre erreur.

## D’où vient l’écart

La farine se tasse dans le paquet. Plonger la tasse directement dans le sac la compresse ; verser la farine à la cuillère puis araser au couteau la laisse aérée. Les tasses elles-mêmes varient : les trois tasses à mesurer américaines que je possède contiennent 236, 240 et 250 ml. Personne n’est fautif. Le volume est simplement une mauvaise façon de mesurer une poudre.

## Ce que cela change pour un pain

Une pâte avec 40 % de farine en plus n’est plus le même pain. Avec la tasse lourde, une recette censée donner une pâte souple et légèrement collante donne une pâte ferme, qui lève lentement et cuit en une mie dense. Avec la tasse légère, la pâte s’étale sur la plaque. Le lecteur en conclut qu’il est mauvais boulanger, alors que la recette lui a donné une quantité impossible à reproduire.

## Les grammes sont plus simples

Une balance de cuisine coûte moins cher qu’un bon moule à gâteau. On pose le saladier dessus, on appuie sur la tare, et on verse jusqu’au bon chiffre. Il y a moins de vaisselle, puisqu’il n’y a plus de tasses. Les pourcentages du boulanger, où chaque ingrédient est exprimé par rapport à la farine, deviennent possibles, et adapter une recette se résume à une multiplication.

## Ce que nous faisons chez Kitchen Ledger

Toutes les recettes du site donnent la farine, le sucre et l’eau en grammes. Quand un lecteur réclame des tasses, nous les ajoutons entre parenthèses, converties à 125 grammes par tasse de farine ordinaire, en précisant qu’il s’agit d’une approximation. Si vous écrivez vous-même des recettes, pesez. Vos lecteurs obtiendront le résultat que vous avez obtenu, et c’est bien pour cela qu’on écrit une recette.

Le [tableau des poids d’ingrédients de King Arthur](https://www.kingarthurbaking.com/learn/ingredient-weight-chart) aide à convertir les anciennes recettes (en anglais).
""")

page(path="fr/articles/bouillon-pot-au-feu.html", lang="fr", kind="article",
     title="Réussir le bouillon du pot-au-feu",
     description="Les morceaux, l’eau froide, l’écume et la cuisson frémissante : comment obtenir un bouillon de pot-au-feu limpide et parfumé.",
     author="Claire Moreau", date="2024-01-20",
     body="""
Chez mes grands-parents, en Bourgogne, le pot-au-feu du dimanche commençait le samedi soir, quand ma grand-mère choisissait la viande. J’ai repris sa méthode, en la notant cette fois avec des quantités précises, et je la refais chaque hiver depuis six ans. Le bouillon en est la partie la plus délicate, et la plus précieuse.

## Choisir trois morceaux

Un bon pot-au-feu associe une viande maigre, une viande gélatineuse et une viande grasse. Pour six personnes, je prends 800 g de paleron, 800 g de jarret avec l’os et 600 g de plat de côtes, plus deux os à moelle enveloppés dans une gaze. Le jarret donne au bouillon sa tenue en refroidissant, le plat de côtes son goût.

## Partir de l’eau froide

Placez la viande dans une grande marmite et couvrez de quatre litres d’eau froide. En chauffant doucement, les protéines se coagulent peu à peu et remontent à la surface sous forme d’écume, au lieu de troubler le liquide. Pendant les trente premières minutes, écumez tous les cinq minutes avec une louche.

## Frémir, jamais bouillir

Une fois l’écume retirée, ajoutez un oignon piqué de deux clous de girofle, un bouquet garni, dix grains de poivre et une cuillère à soupe de gros sel. Réglez le feu pour que la surface frémisse à peine : une bulle de temps en temps. Une ébullition franche émulsionne la graisse et rend le bouillon trouble. Comptez trois heures.

## Les légumes à la fin

Carottes, poireaux ficelés, navets et céleri-rave entrent dans la marmite pour la dernière heure seulement. Cuits plus longtemps, ils se défont et donnent au bouillon un goût sucré qui masque celui de la viande.

## Dégraisser et garder

Laissez refroidir le bouillon filtré une nuit au frais : la graisse forme une couche solide qu’on retire d’un coup. Il se conserve quatre jours au réfrigérateur et trois mois au congélateur. Le lendemain, servi brûlant avec des vermicelles, il fait une entrée que personne n’oublie. Pour l’histoire du plat, l’article du [Larousse gastronomique](https://www.larousse.fr/dictionnaires/francais/pot-au-feu/62939) reste une bonne référence.
""")

page(path="fr/categorie/pain.html", lang="fr", kind="listing",
     title="Pain",
     h1="Pain : tous les articles",
     description="Les articles de Kitchen Ledger en français sur le pain : levain naturel et farine pesée.",
     body="""
- [Faire son levain naturel pas à pas](/fr/articles/faire-son-levain.html) : un levain maison en six à neuf jours.
- [Pourquoi toute recette devrait peser la farine](/fr/articles/peser-la-farine.html) : ce que pesaient neuf tasses de farine.
""")

page(path="fr/legal/confidentialite.html", lang="fr", kind="legal", group="privacy", date="2024-01-15",
     title="Politique de confidentialité",
     description="Comment Kitchen Ledger traite les données personnelles : journaux du serveur, lettre d’information et vos droits selon le RGPD.",
     body="""
Cette politique décrit les données personnelles que Kitchen Ledger traite lorsque vous consultez kitchenledger.example. La date ci-dessus indique sa dernière mise à jour.

## Responsable du traitement

Le responsable est l’éditeur indiqué dans les [mentions légales](/fr/legal/mentions-legales.html).

## Journaux du serveur

Lorsque vous ouvrez une page, notre hébergeur à Francfort enregistre votre adresse IP, la date et l’heure, la page demandée, la page d’origine et l’identifiant de votre navigateur. Nous utilisons ces journaux uniquement pour la sécurité et le fonctionnement du site, et les supprimons après 14 jours. La base juridique est notre intérêt légitime (article 6, paragraphe 1, point f, du RGPD).

## Lettre d’information

Si vous vous abonnez, nous conservons votre adresse électronique et la date de votre consentement jusqu’à votre désinscription. Chaque envoi contient un lien de désinscription. Nous ne mesurons pas l’ouverture des messages.

## Cookies et suivi

Nous ne déposons aucun cookie et n’utilisons aucun outil de mesure d’audience, de publicité ou de réseau social.

## Vos droits

Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition, ainsi que du droit d’introduire une réclamation auprès d’une autorité de contrôle, par exemple la CNIL.
""")

page(path="fr/legal/mentions-legales.html", lang="fr", kind="legal", group="imprint", date="2024-01-15",
     title="Mentions légales",
     description="Mentions légales de Kitchen Ledger : éditeur, adresse, contact et responsable de la publication.",
     body="""
Le site Kitchen Ledger est édité par :

Lindqvist & Fischer Medien GbR
Schweizer Straße 41
60594 Francfort-sur-le-Main
Allemagne

Associées : Mara Lindqvist, Lena Fischer

Courriel : redaktion@kitchenledger.example

Numéro de TVA intracommunautaire : DE 318 204 557

Directrice de la publication : Mara Lindqvist.

Hébergement : un hébergeur situé à Francfort-sur-le-Main, Allemagne.
""")
