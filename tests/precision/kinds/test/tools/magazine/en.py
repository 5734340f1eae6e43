PAGES = []


def page(**kw):
    PAGES.append(kw)


page(path="en/index.html", lang="en", kind="landing", group="home", suffix=False,
     title="Kitchen Ledger – home cooking, tested and written down",
     description="Kitchen Ledger publishes tested guides to bread, fermentation and everyday cooking, written by cooks who make every recipe at least three times.",
     body="""
Kitchen Ledger is a small magazine about home cooking. Every guide here was cooked at least three times by the person who wrote it, in an ordinary kitchen, and every quantity is given by weight.

## Start here

- [How to start a sourdough starter from scratch](/en/articles/sourdough-starter-from-scratch.html): seven days, flour, water and a jar.
- [Sharpening a kitchen knife on a whetstone](/en/articles/sharpening-a-kitchen-knife.html): the one skill that makes every other one easier.
- [A guide to cooking dried beans](/en/articles/guide-to-dried-beans.html): soaking, salt and the cooking times we measured.

## Sections

Browse [bread](/en/category/bread.html), [techniques](/en/category/techniques.html) or everything about [fermentation](/en/tag/fermentation.html).

Kitchen Ledger is independent and carries no advertising. Who we are and how to reach us is in the [imprint](/en/legal/imprint.html).
""")

page(path="en/articles/sourdough-starter-from-scratch.html", lang="en", kind="article", group="sourdough",
     title="How to start a sourdough starter from scratch",
     description="A day-by-day method for a rye and wheat sourdough starter, with the temperatures, feeding ratios and signs that tell you it is ready to bake with.",
     author="Mara Lindqvist", date="2024-02-03",
     body="""
I have started sourdough from nothing five times in the last ten years, in three different kitchens. The method below worked every time, in six to nine days. It uses whole rye flour at the start, because rye carries more wild yeast and bacteria than white flour, and switches to wheat once the culture is lively.

## What you need

- A glass jar of about 750 ml with a loose lid
- Whole rye flour and strong white wheat flour
- Water at room temperature; if your tap water smells of chlorine, leave it in an open jug overnight
- A kitchen scale that weighs in single grams

## Days 1 and 2

Mix 50 g of rye flour with 50 g of water in the jar. Scrape down the sides, mark the level with a rubber band and leave it somewhere between 22 and 26 °C. On the second day you may see nothing at all. That is normal.

## Days 3 to 5

Around day three the mixture often rises suddenly and smells of cheese or nail varnish. This first burst comes from bacteria that will die back; do not mistake it for a ready starter. From now on, feed once a day: keep 25 g of the old mixture, discard the rest, and add 50 g of flour (half rye, half white) and 50 g of water.

## Days 6 to 9

The smell turns sour and fruity, like yoghurt and green apples. When the starter doubles within six hours of a feed, three days in a row, it is ready. In my cold winter kitchen at 19 °C this took nine days; in summer, six.

## Keeping it

Once established, the starter lives in the fridge and needs feeding once a week. Take it out the evening before you bake and give it two feeds at room temperature. A starter that has been neglected for a month usually recovers after three or four feeds, so do not throw it away too quickly.

## Further reading

The [sourdough research of the Dunn Lab at NC State](https://robdunnlab.com/projects/sourdough/) compared starters sent in from around the world and found surprisingly little difference between continents, which matches my experience that the flour and the feeding matter more than the kitchen.
""")

page(path="en/articles/sharpening-a-kitchen-knife.html", lang="en", kind="article", group="knife",
     title="Sharpening a kitchen knife on a whetstone",
     description="How to sharpen a chef's knife on a two-sided whetstone: choosing grits, holding the angle, raising a burr and testing the edge.",
     author="Tomás Okafor", date="2023-11-18",
     body="""
A sharp knife is safer than a blunt one, because it goes where you push it instead of sliding off a tomato skin towards your fingers. I learned to sharpen on a whetstone during two years of restaurant work, and it takes about ten minutes once you have the feel for it. Here is the routine I use at home on a 21 cm chef's knife.

## Choosing a stone

A combination stone with a 1000 grit side and a 4000 or 6000 grit side covers almost every home knife. The coarse side sets the edge; the fine side polishes it. Coarser stones, around 220 to 400, are only needed for chips or a very neglected blade.

## Soak and set up

Soak a water stone for ten minutes, until no more bubbles rise. Place it on a damp towel or a rubber base so that it cannot move, with the 1000 side up.

## Hold the angle

Most European knives are ground at 15 to 20 degrees per side, Japanese knives at 10 to 15. An easy guide: the spine of the knife should be raised about the height of two stacked coins above the stone. Holding the angle steady matters far more than hitting an exact number.

## Raise a burr

Push the blade across the stone, edge first, from heel to tip in one sweeping stroke, with light pressure from two fingers on the flat of the blade. After ten to fifteen strokes, feel the other side of the edge with your thumb, moving away from the edge. When you feel a thin rough lip along the whole length, that is the burr, and this side is done. Repeat on the other side.

## Refine and test

Turn the stone to the fine side and repeat with lighter pressure and fewer strokes, alternating sides, until the burr is gone. Test on a sheet of printer paper held in the air: a sharp edge slices it cleanly without tearing.

## How often

With daily home cooking, a few strokes on a honing rod each week and the whetstone every two to three months keep the edge in good shape. The [knife sharpening guide from Serious Eats](https://www.seriouseats.com/how-to-sharpen-a-knife) has good close-up photos of the burr.
""")

page(path="en/articles/why-recipes-should-weigh-flour.html", lang="en", kind="article", group="weigh",
     title="Why every recipe should weigh its flour",
     description="A cup of flour can weigh anything from 110 to 160 grams. An argument for giving baking recipes in grams, with the measurements to back it up.",
     author="Mara Lindqvist", date="2023-09-09",
     body="""
Last spring I asked nine friends to measure one cup of plain flour in their own kitchens, with their own cups, the way they normally would. Then I weighed each cup. The lightest was 112 grams and the heaviest 158 grams. That is a difference of more than 40 percent, in a single ingredient, before anyone has made a mistake.

## Where the difference comes from

Flour settles in the bag. Scooping the cup straight into the bag packs it down; spooning flour into the cup and levelling it with a knife leaves it loose. Cups themselves vary too: the three American measuring cups I own hold 236, 240 and 250 ml. None of this is anyone's fault. Volume is simply a poor way to measure a powder.

## What it does to a loaf

A bread dough with 40 percent more flour is not the same bread. With the heavy cup, a recipe meant to give a soft, slightly sticky dough gives a stiff one that rises slowly and bakes into a dense crumb. With the light cup, the dough spreads on the tray. Readers then conclude that they are bad bakers, when the recipe gave them a quantity that could not be repeated.

## Grams are easier, not harder

A kitchen scale costs less than a good cake tin. With it, you place the bowl on the scale, press the tare button, and pour until the number is right. There are fewer things to wash, because there are no cups. Baker's percentages, where every ingredient is given relative to the flour, also become possible, and scaling a recipe up or down becomes a matter of multiplication.

## What we do at Kitchen Ledger

Every recipe on this site gives flour, sugar and water in grams. Where a reader asks for cups, we add them in brackets, converted at 125 grams per cup of plain flour, and we say that this is an approximation. If you write recipes yourself, please weigh. Your readers will get the result you got, and that is the whole point of writing a recipe down.

The [King Arthur ingredient weight chart](https://www.kingarthurbaking.com/learn/ingredient-weight-chart) is a useful reference if you need to convert old recipes.
""")

page(path="en/articles/fermenting-hot-sauce.html", lang="en", kind="article",
     title="Fermenting your own hot sauce in a jar",
     description="Make a fermented chilli sauce with 3 percent brine, a jar and two weeks of patience, and learn how to tell good fermentation from spoilage.",
     author="Tomás Okafor", date="2024-06-22",
     body="""
Every August my balcony produces more chillies than two people can eat. For the last four summers I have fermented most of them into hot sauce, and the recipe below is the one I keep coming back to. It needs no special equipment beyond a jar and a scale.

## Ingredients for one 500 ml jar

- 400 g fresh red chillies, a mix of mild and hot
- 4 cloves of garlic
- 1 small carrot, for sweetness and colour
- Water and fine sea salt for a 3 percent brine

## Make the brine by weight

Put the jar on the scale, add the roughly chopped vegetables, then add water until they are covered by two centimetres. Note the combined weight of vegetables and water, and add 3 percent of that weight in salt. For 700 g, that is 21 g. Weighing the vegetables together with the water keeps the salt level right no matter how tightly the jar is packed.

## Keep everything under the brine

Anything that floats can grow mould. I press the vegetables down with a small freezer bag filled with brine, which seals the surface and does no harm if it leaks. Close the lid loosely, or use an airlock lid, and keep the jar at room temperature away from sunlight.

## Watch it work

After two or three days the brine turns cloudy and small bubbles rise when you tap the jar. That cloudiness is lactic acid bacteria, and it is what you want. A thin white film on the surface is usually kahm yeast: harmless, though it can taste stale, so skim it off. Fuzzy spots of blue, green or black are mould, and the batch should go in the compost.

## Blend and bottle

After 10 to 14 days, when the sauce smells pleasantly sour, strain the vegetables and keep the brine. Blend the vegetables with enough brine to reach the thickness you like, and add a splash of rice vinegar if you want the sauce to keep for months in the fridge. Mine lasts until the next August.

For the science of why salt keeps the wrong microbes out, the [fermentation chapter of the USDA home canning guidance](https://nchfp.uga.edu/how/ferment) is sober and reliable.
""")

page(path="en/articles/is-cast-iron-worth-it.html", lang="en", kind="article",
     title="Is a cast iron pan worth it for a small kitchen?",
     description="A short take on whether a cast iron pan makes sense when you only have room for a few pans.",
     author="Mara Lindqvist", date="2024-04-02",
     body="""
Yes, if you sear meat or bake cornbread often, and no, if you mostly cook eggs and sauces. A 26 cm cast iron pan weighs about 2.5 kg and takes a while to heat, but it holds heat well and lasts for decades. In a small kitchen, one good stainless steel pan is the more flexible first choice.
""")

page(path="en/articles/guide-to-dried-beans.html", lang="en", kind="article", group="beans",
     title="A guide to cooking dried beans",
     description="Soaking, salting and cooking dried beans: what we measured for chickpeas, black beans and cannellini, and why salt in the soaking water helps.",
     author="Lena Fischer", date="2024-01-13",
     updated="2024-03-02",
     body="""
Canned beans are convenient, but dried beans cost a third as much, taste better and let you choose how soft they end up. Over one winter I cooked the same three kinds of beans more than thirty times, changing one thing at a time. These are the results.

## To soak or not to soak

Soaking overnight cut the cooking time of chickpeas from 2 hours 40 minutes to 1 hour 30 minutes in my tests, and for black beans from 1 hour 50 minutes to 1 hour 5 minutes. Unsoaked beans were never worse in taste, only slower. If you forget to soak, cook them anyway.

## Salt the soaking water

For years I believed salt made beans tough. It does the opposite. Beans soaked in water with 10 g of salt per litre had softer, more even skins and fewer split beans than beans soaked in plain water. The sodium replaces some of the calcium and magnesium in the skins, which makes them more tender.

## Cooking times we measured

- Chickpeas, soaked: 80 to 95 minutes at a gentle simmer
- Black beans, soaked: 60 to 70 minutes
- Cannellini, soaked: 50 to 65 minutes

Older beans take longer. A bag that has sat in the cupboard for two years may need twice the time, and some never soften completely. Buy from a shop that sells a lot of them.

## A gentle simmer

A hard boil knocks the beans against each other and splits the skins. Bring them to the boil, then lower the heat until only a few bubbles break the surface. Keep them covered by at least three centimetres of water, and add a bay leaf, half an onion and a good glug of olive oil for flavour.

## Keep the cooking liquid

The liquid left after cooking, thickened by starch from the beans, makes soups and stews silky. Store the beans in it in the fridge for up to five days, or freeze them in their liquid in portions of 250 g.

The [Bean Institute's cooking guide](https://beaninstitute.com/cooking-with-beans/) has times for two dozen more varieties.
""")

page(path="en/articles/stock-from-kitchen-scraps.html", lang="en", kind="article",
     title="Making vegetable stock from kitchen scraps",
     description="Collect onion skins, leek tops and herb stems in the freezer and turn them into a clear vegetable stock once a month.",
     author="Lena Fischer", date="2024-05-11",
     body="""
I keep a large freezer bag in the bottom drawer of my freezer. Whenever I cook, the clean trimmings go in: onion skins and ends, the dark green tops of leeks, carrot peel, celery leaves, parsley and coriander stems, mushroom stalks. When the bag is full, about once a month, it becomes four litres of stock.

## What goes in and what stays out

Onion, leek, carrot, celery, fennel, mushrooms and soft herb stems give a rounded, sweet stock. Cabbage, broccoli and cauliflower trimmings turn it sulphurous, so they go in the compost. Potato peel makes it cloudy. Beetroot turns everything pink, which is fine for a borscht and odd for a risotto.

## The method

Tip the frozen scraps into a large pot, about 1.2 kg for a full bag. Add 4.5 litres of cold water, two bay leaves and ten peppercorns, but no salt: you will season the dish that uses the stock instead. Bring it slowly to a simmer and keep it there, uncovered, for 45 minutes. Longer cooking does not give more flavour with vegetables, only a bitter edge.

## Strain and cool

Pour everything through a sieve lined with a clean tea towel, pressing lightly on the vegetables. Cool the stock quickly by standing the pot in a sink of cold water, then fill it into jars or freezer boxes. It keeps for five days in the fridge and three months in the freezer.

## Getting more flavour

Roasting the scraps for 25 minutes at 200 °C before they go into the pot gives a darker, deeper stock that works well in onion soup. A piece of kombu or a few dried mushrooms adds savoury depth without making the stock taste of seaweed. If you own a pressure cooker, our [pressure cooker stock method](/en/articles/pressure-cooker-stock.html) takes 20 minutes instead of 45.

## Why bother

The bag uses trimmings that would otherwise be thrown away, and homemade stock has a fraction of the salt of a stock cube. It is also the easiest way I know to make a weeknight soup taste like it took all afternoon. If you want to compare, the [Harvard School of Public Health notes on salt](https://www.hsph.harvard.edu/nutritionsource/salt-and-sodium/) list the sodium in typical stock cubes.
""")

page(path="en/category/bread.html", lang="en", kind="listing",
     title="Bread",
     h1="Bread: all articles",
     description="Articles about bread on Kitchen Ledger: sourdough starters, flour and baking by weight.",
     body="""
- [How to start a sourdough starter from scratch](/en/articles/sourdough-starter-from-scratch.html): a day-by-day method in six to nine days.
- [Why every recipe should weigh its flour](/en/articles/why-recipes-should-weigh-flour.html): what nine cups of flour weighed.
""")

page(path="en/category/techniques.html", lang="en", kind="listing",
     title="Techniques",
     h1="Techniques: all articles",
     description="Kitchen techniques on Kitchen Ledger: knife sharpening, stock, beans and choosing pans.",
     body="""
- [Sharpening a kitchen knife on a whetstone](/en/articles/sharpening-a-kitchen-knife.html)
- [A guide to cooking dried beans](/en/articles/guide-to-dried-beans.html)
- [Making vegetable stock from kitchen scraps](/en/articles/stock-from-kitchen-scraps.html)
- [Is a cast iron pan worth it for a small kitchen?](/en/articles/is-cast-iron-worth-it.html)
""")

page(path="en/tag/fermentation.html", lang="en", kind="listing",
     title="Fermentation",
     h1="Articles tagged “fermentation”",
     description="Everything on Kitchen Ledger about fermentation, from sourdough to hot sauce.",
     body="""
- [How to start a sourdough starter from scratch](/en/articles/sourdough-starter-from-scratch.html)
- [Fermenting your own hot sauce in a jar](/en/articles/fermenting-hot-sauce.html)
""")

page(path="en/legal/privacy.html", lang="en", kind="legal", group="privacy", date="2024-01-15",
     title="Privacy policy",
     description="How Kitchen Ledger handles personal data: server logs, newsletter, and your rights under the GDPR.",
     body="""
This policy explains which personal data Kitchen Ledger processes when you visit kitchenledger.example. It was last updated on the date shown above.

## Controller

The controller is the publisher named in the [imprint](/en/legal/imprint.html).

## Server logs

When you open a page, our hosting provider in Frankfurt records your IP address, the date and time, the page requested, the referring page and your browser's user agent. We use these logs only to keep the site secure and running, and delete them after 14 days. The legal basis is our legitimate interest (Art. 6(1)(f) GDPR).

## Newsletter

If you subscribe to the newsletter, we store your email address and the date of your consent until you unsubscribe. Each newsletter contains an unsubscribe link. We do not track whether you open it.

## Cookies and tracking

We set no cookies and use no analytics, advertising or social media plugins.

## Your rights

You have the right to access, rectification, erasure, restriction of processing, data portability and objection, and you may lodge a complaint with a supervisory authority, for example the Hessian Commissioner for Data Protection.
""")

page(path="en/legal/terms.html", lang="en", kind="legal", date="2024-01-15",
     title="Terms of use",
     description="The terms for using Kitchen Ledger, including copyright of texts and photos and the limits of our liability for recipes.",
     body="""
## Copyright

All texts and photos on this site belong to Kitchen Ledger or to the authors named on each article. You may print recipes for your own use and quote up to two sentences with a link to the article. Any other copying needs our written permission.

## Recipes and safety

We test every recipe, but we cannot see your kitchen. Follow basic food safety, especially for fermentation and preserving, and check ingredients for allergens yourself. We are not liable for damage caused by the use of recipes, except in cases of intent or gross negligence.

## Links to other websites

We link to other websites when they help readers. We are not responsible for their content and check it only when we set the link.

## Changes

We may change these terms. The date at the top shows when they were last changed.
""")

page(path="en/legal/imprint.html", lang="en", kind="legal", group="imprint", date="2024-01-15",
     title="Imprint",
     description="Legal notice for Kitchen Ledger: publisher, address, contact and editorial responsibility.",
     body="""
Kitchen Ledger is published by:

Lindqvist & Fischer Medien GbR
Schweizer Straße 41
60594 Frankfurt am Main
Germany

Partners: Mara Lindqvist, Lena Fischer

Email: redaktion@kitchenledger.example

VAT identification number: DE 318 204 557

Editorially responsible under § 18 (2) MStV: Mara Lindqvist, address as above.
""")
