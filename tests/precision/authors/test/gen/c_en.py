# -*- coding: utf-8 -*-
from base import *

# en-01 ---------------------------------------------------------------------
D('en-01', 'news', 'The Lakeside Ledger',
  'Council approves protected bike lanes on Harbor Avenue after two-year fight',
  '''
The Lakeside City Council voted 6-3 on Tuesday night to build protected bike lanes along a 1.8-mile stretch of Harbor Avenue, ending a debate that has filled public meetings since the spring of 2022.

The plan replaces one lane of car traffic in each direction with a curb-separated cycle track and adds raised crosswalks near Lincoln Elementary. Construction is expected to begin after the school year ends and to last about four months.

"We have been counting near-misses on this corridor for years, and the numbers do not lie," said council member Dr. Elena Ruiz, who represents the district and introduced the measure. She pointed to a city traffic study that recorded 41 crashes involving cyclists or pedestrians on the avenue over five years.

Opponents, including several business owners near the ferry terminal, argued that losing a travel lane would push delivery trucks onto side streets. Gary Lindholm, who runs a hardware store on the corner of Harbor and Fifth, told the council that his customers already struggle to find parking. The approved plan keeps 38 of the 52 existing parking spaces and adds two loading zones.

The $4.6 million project will be paid for largely with a state active-transportation grant. Public works director Aaron Mbeki said the department would hold two open houses before work starts so residents can see the final designs.
''',
  L('person', 'Karen Whitfield; Dev Patel', 'byline', 'present', 'time-element',
    '"Reporting by X and Y" byline; photo credit "Photo: Jane Doe/Reuters" and quoted council member are traps; sidebar teasers carry other bylines'),
  variant='daily', section='Local', kicker='Transportation',
  sub='The $4.6 million project will remove one car lane in each direction between Fifth Street and the ferry terminal.',
  byline='<div class="story__byline"><p class="byline">Reporting by <a href="/staff/karen-whitfield/">Karen Whitfield</a> and <a href="/staff/dev-patel/">Dev Patel</a></p>'
         '<p class="story__timestamp"><time datetime="2024-03-12T18:40:00-05:00">March 12, 2024 at 6:40 p.m. CDT</time></p></div>',
  photo='Cyclists ride along Harbor Avenue on Monday evening. Photo: Jane Doe/Reuters',
  related=[('Lakeside schools weigh later start times for high schoolers', 'By Tom Alvarez', 'March 11, 2024'),
           ('Ferry fares to rise 5 percent this summer', 'By Monica Steele', 'March 9, 2024'),
           ('Opinion: Our downtown needs fewer parking lots', 'By Rev. James Carter', 'March 8, 2024')],
  newsletter=True, tags=['Harbor Avenue', 'City Council', 'Cycling'])

# en-02 ---------------------------------------------------------------------
D('en-02', 'wpclassic', 'Pixel & Pine',
  'How I finally tamed the cable mess under my desk',
  '''
For three years the space under my desk looked like a bird's nest made of USB-C. Every time I wanted to plug in a new microphone or swap a monitor cable, I had to crawl under there with a flashlight and guess which black cable belonged to which black brick.

Last month I gave up a Saturday afternoon and fixed it properly. Nothing I did is expensive, but the order in which you do things matters more than the gear you buy, so here is what worked for me.

## Start by taking everything out

Unplug all of it and lay the cables on the floor. You will find at least one cable that goes nowhere. I found three, including a charger for a phone I sold in 2021. Label the ones you keep with a strip of masking tape at both ends.

## Mount the power strip, not the cables

The single biggest improvement was screwing a power strip to the underside of the desk. Once the bricks live up there, the cables only have to travel a few centimetres and nothing touches the floor. A cheap metal cable tray holds the extra length.

## Use Velcro, not zip ties

Zip ties feel tidy until you need to change something. Reusable hook-and-loop straps cost almost nothing and let me add the new microphone in two minutes without cutting anything. If you rent, adhesive cable clips are fine, but the glue gives up on warm days.
''',
  L('person', 'jsmith', 'hcard', 'present', 'time-element',
    'classic WP byline: author vcard + url fn n link to /author/jsmith/ with the user handle as text; comment-author vcards are traps'),
  url='/2024/02/07/cable-management-under-desk/', domain='www.pixelandpine.com', section='Home office', tagline='Small tech, tidy desks',
  byline='<span class="posted-on">Posted on <a href="https://www.pixelandpine.com/2024/02/07/cable-management-under-desk/" rel="bookmark">'
         '<time class="entry-date published" datetime="2024-02-07T09:12:44+00:00">February 7, 2024</time>'
         '<time class="updated" datetime="2024-02-09T16:03:10+00:00">February 9, 2024</time></a></span>'
         '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://www.pixelandpine.com/author/jsmith/">jsmith</a></span></span>',
  comments=[('Maria', ('February 8, 2024 at 7:41 am', '2024-02-08T07:41:00+00:00'), 'The power strip under the desk tip is genius. Did it this morning, took twenty minutes.'),
            ('Ben Hollis', ('February 10, 2024 at 10:15 pm', '2024-02-10T22:15:00+00:00'), 'Which cable tray did you use? The ones I find are all for standing desks.')],
  related=[('A month with a vertical mouse', None, 'January 22, 2024'), ('My 2023 desk setup', None, 'December 30, 2023')])

# en-03 ---------------------------------------------------------------------
D('en-03', 'ghost', 'Signal Hill',
  'What we learned shipping our first Rust service to production',
  '''
Six months ago our team replaced a Python worker that resized uploaded images with a small service written in Rust. It was not a rewrite for the sake of it: the old worker regularly ran out of memory on large TIFF files and we were paying for machines that sat idle most of the day.

The service itself took three weeks to write. Getting it into production took another five, and almost none of that time went into the code. It went into build pipelines, logging conventions and teaching four people how to read compiler errors without despair.

## Compile times are a team problem

On a laptop a clean build took just under four minutes. That is fine once, but painful in CI where every pull request started from scratch. Caching the target directory between runs and splitting the crate into a library and a thin binary got incremental builds below forty seconds.

## Memory is boring now, and that is the point

The old worker peaked at 2.3 GB on our worst test file. The new one stays under 180 MB because it streams tiles instead of decoding the whole image. We moved from four large instances to two small ones and the on-call rota has not seen an out-of-memory alert since.

## Would we do it again?

Yes, but for the right kind of service. Rust paid off here because the job was CPU-heavy, long-lived and had a narrow interface. For our CRUD endpoints, the productivity of the existing Django code still wins.
''',
  L('person', 'Marcus Oyelaran', 'jsonld', 'present', 'jsonld',
    'Ghost: JSON-LD Article author Person plus visible .gh-article-author-name and twitter:data1'),
  section='Engineering', sub='Three weeks to write, five weeks to ship: notes from a small platform team.',
  metas=ghost_metas('Marcus Oyelaran', '2024-03-05T08:00:00.000Z', '2024-03-06T11:20:00.000Z'),
  ld=dict(type='Article', author=Person('Marcus Oyelaran', url='https://www.signalhill.com/author/marcus/',
                                        sameAs=['https://github.com/moyelaran']),
          pub='2024-03-05T08:00:00.000Z', mod='2024-03-06T11:20:00.000Z'),
  byline=ghost_meta('Marcus Oyelaran', 'marcus', '2024-03-05', 'Mar 5, 2024', '7 min read'),
  newsletter='Sign up for Signal Hill. Engineering notes from a small platform team, once a month.',
  related=[('Our on-call handbook, version 3', 'Priya Sharma', 'Feb 12, 2024'), ('Postgres partitioning without tears', 'Marcus Oyelaran', 'Jan 8, 2024')])

# en-04 ---------------------------------------------------------------------
D('en-04', 'medium', 'Medium',
  'The quiet cost of meeting-heavy weeks',
  '''
I started tracking my calendar last autumn after a week in which I attended twenty-three meetings and wrote almost no code. I was not unusually busy. I was just available, and availability turns out to be the most expensive thing a senior engineer can offer.

The pattern was simple. Any gap shorter than ninety minutes filled up within a day of appearing. By Wednesday the week was a checkerboard of thirty-minute blocks, none of them long enough to hold a difficult problem in my head.

I tried the usual advice first. Declining meetings works for a while, until you miss the one where the architecture decision is made. Blocking focus time works until a manager in another time zone books over it because your calendar looks free from their side.

What finally helped was boring: I agreed with my team that Tuesdays and Thursdays would have no recurring meetings at all. Ad-hoc calls are still allowed, but they need a reason written in the invite. After two months my pull requests were smaller, my reviews were faster, and I stopped working on Sunday evenings.

None of this is new. But I had read about it for years without doing it, so maybe the real lesson is that you need to measure your own week before you believe it.
''',
  L('person', 'Hannah Reyes', 'jsonld', 'present', 'jsonld',
    'Medium: JSON-LD NewsArticle author Person, meta author, data-testid=authorName, "Written by" box; title also carries "by Hannah Reyes"'),
  domain='medium.com', url='/@hreyes/the-quiet-cost-of-meeting-heavy-weeks-3f9c2a1b7d04',
  head_title='The quiet cost of meeting-heavy weeks | by Hannah Reyes | Medium',
  sub='What I learned from tracking every calendar block for six months',
  metas=[MN('author', 'Hannah Reyes'), MP('article:author', 'https://medium.com/@hreyes'),
         MP('article:published_time', '2024-02-26T14:31:08.112Z'), MN('title', 'The quiet cost of meeting-heavy weeks | by Hannah Reyes | Medium')],
  ld=dict(type='NewsArticle', author=Person('Hannah Reyes', url='https://medium.com/@hreyes'),
          pub='2024-02-26T14:31:08.112Z', mod='2024-02-27T09:02:51.430Z',
          extra={'creator': ['Hannah Reyes'], 'identifier': '3f9c2a1b7d04'}),
  byline=medium_byline('Hannah Reyes', 'hreyes', 'Feb 26, 2024', '5 min read'),
  after=medium_after('Hannah Reyes', 'hreyes', 'Staff engineer. Writes about teams, calendars and the work between commits.'),
  related=[('Stop writing design docs nobody reads', 'Oliver Grant', 'Jan 3, 2024'), ('The manager README is dead', 'Keiko Tanaka', '6 days ago')])

# en-05 ---------------------------------------------------------------------
D('en-05', 'substack', 'The Long Haul',
  'Why freight rail keeps losing to trucks',
  '''
Every few years someone publishes a chart showing how much cheaper and cleaner it is to move a tonne of goods by rail than by truck, and every few years the share of freight moving by rail in this country goes down anyway. This week I want to explain why, because the answer is not what most people think.

The short version is that railways are very good at moving a lot of the same thing from one place to one other place. Coal, grain, containers from a port. They are bad at moving a little of many things to many places on a schedule, which is exactly what modern retail wants.

A shipper I spoke to last month put it bluntly: a truck leaves when the pallet is ready, a train leaves when the railway is ready. For a company that promises two-day delivery, that difference is worth more than the fuel savings.

There are fixes. Precision scheduled railroading was supposed to be one of them, but in practice it cut staff and locomotives faster than it improved reliability. Intermodal terminals closer to cities would help more, and so would letting smaller shippers book space on a train the way they book a truck, online and in minutes.

Next week: the surprising comeback of short-line railways, and why a 40-mile track in rural Ohio just got a new customer.
''',
  L('person', 'Tom Becker', 'meta', 'present', 'meta',
    'Substack: meta name=author person, visible byline link, article:published_time; copyright line repeats the writer name'),
  domain='thelonghaul.substack.com', url='/p/why-freight-rail-keeps-losing',
  head_title='Why freight rail keeps losing to trucks - by Tom Becker',
  sub='Cheaper, cleaner, and still shrinking. The reason is the schedule.',
  metas=[MN('author', 'Tom Becker'), MP('article:published_time', '2024-03-12T11:02:17+00:00')],
  byline=substack_byline('Tom Becker', 'tombecker', 'Mar 12, 2024'),
  comments=[('Rachel O.', 'Mar 12', 'Great piece. The point about booking space online is so true, we gave up after three weeks of emails.'),
            ('Dan Whitcombe', 'Mar 13', 'Short lines next week, yes please!')],
  newsletter='Subscribe to The Long Haul for a weekly look at how things actually get from A to B.',
  copyright='© 2024 Tom Becker')

# en-06 ---------------------------------------------------------------------
D('en-06', 'news', 'The Daily Planet',
  'Water main break closes three downtown streets',
  '''
A 24-inch water main burst beneath Center Street early Thursday, flooding the intersection with Ninth Avenue and forcing the city to close three blocks of downtown to traffic during the morning commute.

Crews from the Metropolis Water Department shut off the main shortly after 5 a.m. Several businesses along Center Street reported water in their basements, and about 300 customers were without running water for most of the morning.

A department spokesperson said the pipe was installed in 1931 and was already on the list for replacement next year. Repairs were expected to take at least 36 hours, and drivers should avoid the area through Friday evening.

Bus routes 4 and 17 are being detoured along Eleventh Avenue. Residents who notice discolored water after service is restored are advised to run their cold taps for several minutes.
''',
  L('organisation', 'The Daily Planet Staff', 'byline', 'present', 'byline',
    'staff byline = publication; only date is the visible "Updated ..." line; photographer, "Comment by Maria" and comment timestamps are traps'),
  variant='daily', section='Metro', og=True,
  byline='<div class="story__byline"><p class="byline">By The Daily Planet Staff</p><p class="dateline">Updated March 14, 2024, 9:05 a.m.</p></div>',
  photo='Water pools at Center Street and Ninth Avenue on Thursday morning. Photo: Mark Hollis/AP',
  comment_prefix='Comment by',
  comments=[('Maria', 'March 14, 2024, 10:02 a.m.', 'Our basement on Ninth got water too. Thanks for the detour info.'),
            ('Greg Lawson', 'March 14, 2024, 11:47 a.m.', 'That pipe has been leaking for years. Replace them all.')],
  related=[('Mayor unveils budget with road repair fund', 'By Lois Kerrigan', 'March 13, 2024'),
           ('Five things to do this weekend', None, 'March 13, 2024')])

# en-07 ---------------------------------------------------------------------
D('en-07', 'corp', 'Northwind Analytics',
  'Five questions to ask before you buy a BI tool',
  '''
Most business intelligence projects fail quietly. Nobody announces that the new dashboards are unused; people just go back to exporting spreadsheets. Before you sign a three-year contract, it is worth asking a few uncomfortable questions.

## 1. Who will build the first ten reports?

Vendors love to show a finished dashboard. Ask who on your side will build the next ten, and how many hours a week they actually have. If the answer is "the data team, when they have time", plan for a slow start.

## 2. Where does the data live today?

A tool that connects beautifully to a cloud warehouse will not help much if your numbers still sit in an on-premise ERP that exports CSV files at midnight. Map the sources first, then the tool.

## 3. How will you handle definitions?

If finance and sales disagree on what counts as a customer, a new tool will just display the disagreement faster. Agree on a small glossary of metrics before you build anything.

## 4. What does it cost at twice the users?

Per-seat pricing looks harmless for a pilot of fifteen analysts. Check the price for the whole company, including people who only read reports once a month.

## 5. Can you leave?

Ask how reports, models and permissions can be exported. If the honest answer is "not really", factor that into the price. We will go through all five questions in our free webinar on 18 April.
''',
  L('organisation', 'Northwind Analytics', 'meta', 'none', None,
    'meta author = company name; visible "Editorial Team"; no publication date; newsletter blurb naming Rachel Kim, webinar date in text and copyright years are traps'),
  section='Guides', cta='Book a demo',
  byline='<p class="blog-article__author">Editorial Team</p>',
  metas=[MN('author', 'Northwind Analytics')], ogtype='article',
  copyright='© 2018–2024 Northwind Analytics, Inc. All rights reserved.',
  newsletter='Get The Dashboard, a monthly letter from our head of analytics, Rachel Kim. Join 12,000 data leaders.',
  related=[('Data contracts in plain English',), ('How a retailer cut reporting time by 60%',)])

# en-08 ---------------------------------------------------------------------
D('en-08', 'shop', 'Trailhead Outfitters',
  'Alder 28L Daypack',
  '''
The Alder 28 is our everyday pack for long day hikes and short hut-to-hut trips. A ventilated mesh back panel keeps air moving on warm climbs, and the hip belt carries most of the weight once the pack is full.

The main compartment opens wide with a U-shaped zip, so you can reach the bottom without unpacking everything. A separate sleeve holds a 2.5 litre hydration bladder or a 15-inch laptop on workdays.

Made from 210D recycled ripstop nylon with a PFAS-free water-repellent finish. Comes with a stowable rain cover in the bottom pocket.
''',
  L('none', None, None, 'none', None,
    'product page; review authors/dates (also in Product JSON-LD review.author) and copyright years are traps'),
  section='Backpacks', price='$129.00', ogtype='product', promo='Free shipping on orders over $75',
  cats=['Men', 'Women', 'Backpacks', 'Camping', 'Sale'],
  specs=[('Volume', '28 L'), ('Weight', '1.04 kg'), ('Back length', '45–52 cm'), ('Material', '210D recycled nylon')],
  reviews=[('Maria G.', 'March 2, 2024', 5, 'Perfect for day hikes', 'Comfortable even with 8 kg in it, and the rain cover actually fits.'),
           ('Jason T.', '3 weeks ago', 4, 'Good, side pockets a bit tight', 'A 1 litre bottle fits but it is a squeeze.')],
  jsonld=[{"@context": "https://schema.org", "@type": "Product", "name": "Alder 28L Daypack", "sku": "AL28-GRN",
           "brand": {"@type": "Brand", "name": "Trailhead Outfitters"},
           "offers": {"@type": "Offer", "price": "129.00", "priceCurrency": "USD", "availability": "https://schema.org/InStock"},
           "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.6", "reviewCount": "87"},
           "review": [{"@type": "Review", "author": {"@type": "Person", "name": "Maria G."}, "datePublished": "2024-03-02",
                       "reviewRating": {"@type": "Rating", "ratingValue": "5"}}]}],
  newsletter='Join the Trailhead list for 10% off your first order.',
  copyright='© 2019–2024 Trailhead Outfitters LLC')

# en-09 ---------------------------------------------------------------------
D('en-09', 'docs', 'Quillstack Docs',
  'Configuring webhooks',
  '''
Webhooks let Quillstack notify your own services when something happens in a workspace, for example when a document is published or a comment is resolved. Each webhook is a URL that receives an HTTP POST with a JSON body.

## Create a webhook

Open Settings, then Integrations, then Webhooks, and click New webhook. Enter the endpoint URL and choose the events you want to receive. You can select individual events or whole groups such as documents.* or members.*.

## Verify signatures

Every request carries an X-Quillstack-Signature header. It contains an HMAC-SHA256 of the raw request body, computed with the signing secret shown once when you create the webhook. Reject any request whose signature does not match.

```
expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
```

## Retries

If your endpoint does not answer with a 2xx status within ten seconds, the delivery is retried up to eight times with exponential back-off. After the last failure the webhook is paused and workspace owners get an email.
''',
  L('none', None, None, 'none', None, 'docs page without author; footer "Site last updated" is site-wide and a trap'),
  section='Integrations', ogtype='website',
  tree=['Getting started', 'Workspaces', 'Configuring webhooks', 'REST API', 'Single sign-on'],
  footer_note='Site last updated: 2024-04-02', copyright='Copyright © 2024 Quillstack, Inc.')

# en-10 ---------------------------------------------------------------------
D('en-10', 'forum', 'HomeLab Forum',
  'NAS drives spinning down every five minutes?',
  '''
Hi all, long-time lurker, first post. I have a four-bay NAS with 4 x 8 TB drives in RAID 5 and lately they spin down and back up again roughly every five minutes, even at night when nothing should be touching them.

I already turned off the media indexing service and the thumbnail generator. SMART data looks fine on all four drives, but the load cycle count went up by about 2,000 in a week, which seems like a lot.

Is there a way to see which process is waking the disks? Or should I just disable spin-down altogether? Power is not free here, so I would rather keep it if I can.
''',
  L('person', 'gearhead_42', 'byline', 'present', 'time-element',
    'forum thread: the opening post is the main content, credited to its poster handle; replies use the same markup and are traps'),
  section='Storage & NAS', tagline='Servers, networks and too many blinking lights',
  by_word='Posted by',
  op=dict(user='gearhead_42', uid=4411, when=('Tue Mar 12, 2024 9:15 am', '2024-03-12T09:15:00+00:00')),
  comments=[('packetpusher', ('Tue Mar 12, 2024 10:02 am', '2024-03-12T10:02:00+00:00'), 'Check if a client machine is polling the share. Windows thumbnail cache did exactly this to me.'),
            ('Lena_K', ('Wed Mar 13, 2024 7:48 pm', '2024-03-13T19:48:00+00:00'), 'Also look at the system log location. If logs are on the data volume the disks will never sleep.')])

# en-11 ---------------------------------------------------------------------
D('en-11', 'wp', 'Crumb & Crust',
  "Ten years of sourdough: what I'd tell my younger self",
  '''
My first starter died within a week. I fed it with bleached flour, kept it next to a radiator and named it before it had earned a name. Ten years and several hundred loaves later, I still bake twice a week, and I have opinions.

The most useful thing I learned is that a starter is not fragile. It is a population of yeast and bacteria that wants to live. If yours smells of nail polish, it is hungry, not dying. Feed it twice a day for three days and it will forgive you.

The second lesson is to stop following recipes by the clock. Dough rises according to temperature, not according to the time printed in a book. I bought a cheap thermometer years ago and it did more for my bread than any expensive banneton.

Finally, write things down. Flour brand, water temperature, how long the bulk ferment took, how the crumb looked. After a month you will have a notebook that is more useful than anything on the internet, including this post.
''',
  L('person', 'Anna Kowalska', 'title', 'none', None,
    'author named only in <title> ("... by Anna Kowalska | Crumb & Crust"); comment dates are traps; undated URL'),
  url='/ten-years-of-sourdough/',
  head_title="Ten years of sourdough: what I'd tell my younger self by Anna Kowalska | Crumb & Crust",
  byline='<div class="taxonomy-category wp-block-post-terms"><a href="/category/bread/" rel="tag">Bread</a><span class="wp-block-post-terms__separator">, </span><a href="/category/essays/" rel="tag">Essays</a></div>',
  comments=[('Helen', ('November 5, 2023 at 8:12 am', '2023-11-05T08:12:00+00:00'), 'The thermometer tip changed my baking too. Lovely post.'),
            ('Marco P.', ('November 6, 2023 at 6:30 pm', '2023-11-06T18:30:00+00:00'), 'Nail polish smell, yes! I thought mine was ruined.')])

# en-12 ---------------------------------------------------------------------
D('en-12', 'recipe', 'Sunday Pantry',
  'Smoky black bean chili',
  '''
This is the chili I make when the fridge is nearly empty and the pantry is not. Two tins of black beans, a tin of tomatoes, an onion and a handful of spices become something that tastes like it simmered all afternoon, even though it takes about forty minutes.

The smoke comes from chipotle chillies in adobo sauce. If you cannot find them, use smoked paprika and a little extra cumin. A square of dark chocolate stirred in at the end rounds everything off; nobody will guess it is there.

Chili always tastes better the next day, so if you have time, make it in the morning and reheat it for dinner. It also freezes well in portions for up to three months.
''',
  L('person', 'Grace Okafor', 'jsonld', 'present', 'jsonld',
    'recipe blog: JSON-LD Recipe author Person, visible "Written by"; comment names/dates are traps'),
  url='/smoky-black-bean-chili/', section='Dinner',
  tagline='Weeknight cooking from what you already have',
  ld=dict(type='Recipe', author=Person('Grace Okafor'), pub='2024-01-21T17:30:00+00:00',
          extra={'recipeYield': '4 servings', 'totalTime': 'PT40M', 'recipeCuisine': 'Tex-Mex',
                 'recipeIngredient': ['2 tins black beans', '1 tin chopped tomatoes', '1 onion', '2 chipotle chillies in adobo']}),
  byline='Written by <a href="/about/">Grace Okafor</a> <span class="entry-comments-link"><a href="#comments">2 Comments</a></span>',
  recipe=dict(ingredients=['1 tbsp olive oil', '1 onion, diced', '3 garlic cloves', '2 chipotle chillies in adobo, chopped',
                           '2 tsp ground cumin', '2 x 400 g tins black beans', '1 x 400 g tin chopped tomatoes', '10 g dark chocolate'],
              steps=['Soften the onion in the oil for 8 minutes.', 'Add garlic, chipotle and cumin; cook 1 minute.',
                     'Add beans with their liquid and the tomatoes; simmer 25 minutes.', 'Stir in the chocolate and season.'],
              times='Prep 10 min · Cook 30 min · Serves 4'),
  comments=[('Lydia', ('January 23, 2024 at 6:02 pm', '2024-01-23T18:02:00+00:00'), 'Made this tonight with smoked paprika, family loved it.'),
            ('Sam R.', ('February 1, 2024 at 12:44 pm', '2024-02-01T12:44:00+00:00'), 'The chocolate trick works!')])

# en-13 ---------------------------------------------------------------------
D('en-13', 'md', 'Platform blog', 'Migrating our CI from Jenkins to GitHub Actions',
  '''
We ran Jenkins for seven years. It served us well, but by last summer we had 140 jobs, three plugins nobody dared to upgrade and a build server that only one person really understood.

The migration took eleven weeks. We moved repositories in order of pain: the services with the flakiest pipelines went first, because those teams were the most motivated to help.

## What went well

Reusable workflows replaced most of our copy-pasted Groovy. A single `deploy.yml` now serves thirty services, and changes to it are reviewed like any other code.

## What we would do differently

We underestimated secrets. Jenkins had credentials scattered across folders with inconsistent names, and mapping them to environment-scoped secrets took longer than rewriting the pipelines themselves.
''',
  L('person', 'Jane Doe', 'frontmatter', 'present', 'frontmatter', 'YAML front matter author: Jane Doe, date:'),
  ext='md',
  fm='''---
title: "Migrating our CI from Jenkins to GitHub Actions"
date: 2024-01-18
author: Jane Doe
tags: [ci, devops, github-actions]
draft: false
---''')

# en-14 ---------------------------------------------------------------------
D('en-14', 'md', 'Research notes', 'A first look at heat pumps in older houses',
  '''
Heat pumps are often described as unsuitable for older, draughty homes. We wanted to test that claim with real data, so last winter we installed monitoring equipment in twelve houses built before 1930.

The short answer is that most of them did fine. Eight of the twelve kept indoor temperatures above 19 °C through the coldest week with a seasonal performance factor above 2.8. The four that struggled had one thing in common: radiators sized for a boiler running at 75 °C.

Replacing two or three of the smallest radiators fixed most of the problem in three houses. Insulation helped, but less than we expected; flow temperature mattered far more.

The full dataset and methods will be published in the spring. If you own an older house and are curious, please get in touch; we are looking for volunteers for next winter.
''',
  L('person', 'Priya Nair; Tom Becker', 'frontmatter', 'present', 'frontmatter', 'TOML front matter authors = [..] list of two people'),
  ext='md',
  fm='''+++
title = "A first look at heat pumps in older houses"
date = 2023-09-05T10:00:00Z
authors = ["Priya Nair", "Tom Becker"]
categories = ["energy"]
+++''')

# en-15 ---------------------------------------------------------------------
D('en-15', 'indie', 'Sam Whitaker',
  'A week without a smartphone',
  '''
Last week I left my phone in a drawer from Monday morning until Sunday night. Not as a digital detox, exactly, but as an experiment: which of the things I use it for do I actually need, and which are just habits?

Navigation was the first problem. I printed two maps before a trip across town and still got lost once. Paying for things was fine with a card, but parking was not: the only option at the train station was an app.

The surprise was how much time appeared in the evenings. I read two books. I also noticed how often my hand reached for my pocket while waiting for the kettle, dozens of times a day, like a tic.

I am back on the phone now, but with the email app deleted and the screen set to greyscale. It is less fun, which is exactly the point.
''',
  L('person', 'Sam Whitaker', 'hcard', 'present', 'time-element',
    'IndieWeb h-entry with "By" + p-author h-card and dt-published; webmention h-cards are traps'),
  url='/2024/02/week-without-smartphone/',
  head_title='A week without a smartphone · Sam Whitaker',
  byline='By <a class="p-author h-card" href="https://samwhitaker.net/">Sam Whitaker</a> · <time class="dt-published" datetime="2024-02-19T20:11:00-08:00">19 February 2024</time>',
  domain='samwhitaker.net', og_site=False,
  mentions=[('Erin Holt', ('20 Feb 2024', '2024-02-20T08:00:00Z'), 'Greyscale is underrated. I did the same last year.'),
            ('Nick Adeyemi', ('21 Feb 2024', '2024-02-21T13:40:00Z'), 'The parking app thing is real. Cash machines are vanishing too.')])

# en-16 ---------------------------------------------------------------------
D('en-16', 'press', 'Veridian Energy',
  'Veridian Energy opens 120 MW solar park in northern Nevada',
  '''
Veridian Energy today opened its Silver Basin solar park near Fernley, Nevada. The 120-megawatt facility will produce enough electricity for about 34,000 homes and includes a 60-megawatt battery that stores midday output for evening demand.

Construction began in spring 2022 and employed up to 410 workers at its peak, most of them from Lyon and Washoe counties. The park covers 780 acres of former alfalfa fields; sheep from a local ranch will graze between the panel rows to control vegetation.

"Silver Basin shows that utility-scale solar can be built quickly and with the support of the community around it," said chief executive Robert Haines. The electricity is sold under a 20-year agreement with a regional utility.

Veridian Energy plans to start construction on two further projects in Nevada and Arizona later this year, with a combined capacity of 300 megawatts.
''',
  L('organisation', 'Veridian Energy', 'jsonld', 'present', 'byline',
    'press release: JSON-LD author Organization; dateline date in text only; quoted CEO and media contact person are traps'),
  section='Newsroom',
  ld=dict(type='NewsArticle', author=Org('Veridian Energy', url='https://www.veridianenergy.com/')),
  byline='<p class="press-release__dateline"><strong>RENO, Nev., March 12, 2024</strong></p>',
  after='<section class="press-release__boilerplate"><h2>About Veridian Energy</h2><p>Veridian Energy develops, builds and operates solar and storage projects in the western United States.</p>'
        '<h2>Media contact</h2><p>Laura Chen, Head of Communications<br>press@veridianenergy.com<br>+1 775 555 0142</p></section>',
  related=[('Veridian Energy reports full-year 2023 results', None, 'February 20, 2024'), ('Veridian appoints new CFO', None, 'January 9, 2024')])

# en-17 ---------------------------------------------------------------------
D('en-17', 'md', 'Acme CLI', 'How we write release notes',
  '''
Release notes are the only documentation many users ever read, so we treat them as part of the product rather than an afterthought.

Every pull request that changes behaviour must add a short entry to `CHANGELOG.d/` describing the change from the user's point of view. "Refactored the config loader" is not a release note; "Config files in the home directory are now found on Windows" is.

At release time a script collects the entries, groups them into Added, Changed, Fixed and Removed, and opens a pull request with the draft. A maintainer edits the draft for tone and ordering, and the notes ship together with the binaries.

Breaking changes always go at the top, in bold, with a one-line migration hint. If a migration needs more than one line, it gets its own page in the docs and the note links to it.
''',
  L('organisation', 'Team Acme', 'frontmatter', 'none', None, 'front matter author is a team name; no date key'),
  ext='md',
  fm='''---
title: How we write release notes
author: "Team Acme"
weight: 40
toc: true
---''')
