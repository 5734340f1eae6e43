PAGES = []


def page(**kw):
    PAGES.append(kw)


page(path="es/index.html", lang="es", kind="landing", group="home", suffix=False,
     title="Kitchen Ledger – cocina casera, probada y escrita",
     description="Kitchen Ledger publica guías probadas de pan, fermentación y cocina diaria, escritas por cocineros que preparan cada receta al menos tres veces.",
     body="""
Kitchen Ledger es una pequeña revista de cocina casera. Cada guía la ha cocinado al menos tres veces la persona que la escribe, en una cocina normal, y todas las cantidades van en gramos.

## Para empezar

- [Cómo hacer masa madre desde cero](/es/articulos/masa-madre-desde-cero.html)
- [Guía para cocinar legumbres secas](/es/articulos/guia-legumbres-secas.html)
- [Un sofrito para toda la semana](/es/articulos/sofrito-para-toda-la-semana.html)
- [Qué aceite de oliva usar para freír](/es/articulos/aceite-de-oliva-para-freir.html)

Todas las recetas de legumbres están en la sección [Legumbres](/es/categoria/legumbres.html). Algunos artículos solo existen en inglés, como el de [salsa picante fermentada](/en/articles/fermenting-hot-sauce.html).

Los datos del editor están en el [aviso legal](/es/legal/aviso-legal.html).
""")

page(path="es/articulos/masa-madre-desde-cero.html", lang="es", kind="article", group="sourdough",
     title="Cómo hacer masa madre desde cero",
     description="Un método día a día para una masa madre de centeno y trigo, con temperaturas, proporciones de refresco y las señales de que ya está lista para hornear.",
     author="Mara Lindqvist", date="2024-02-03",
     body="""
En los últimos diez años he empezado una masa madre desde cero cinco veces, en tres cocinas distintas. El método que sigue ha funcionado siempre, en seis a nueve días. Empieza con harina integral de centeno, que aporta más levaduras y bacterias silvestres que la harina blanca, y pasa al trigo en cuanto el cultivo está activo.

## Qué necesitas

- Un tarro de cristal de unos 750 ml con la tapa apoyada, sin cerrar
- Harina integral de centeno y harina de trigo de fuerza
- Agua a temperatura ambiente; si la del grifo huele a cloro, déjala una noche en una jarra abierta
- Una báscula de cocina que pese gramo a gramo

## Días 1 y 2

Mezcla 50 g de harina de centeno con 50 g de agua en el tarro. Limpia las paredes, marca el nivel con una goma elástica y deja el tarro en un lugar a entre 22 y 26 °C. Es posible que el segundo día no veas nada. Es normal.

## Días 3 a 5

Hacia el tercer día, la mezcla suele subir de golpe y oler a queso o a quitaesmalte. Este primer impulso viene de bacterias que luego desaparecen; no lo confundas con una masa madre lista. A partir de ahora, refresca una vez al día: guarda 25 g de la mezcla anterior, tira el resto y añade 50 g de harina (mitad centeno, mitad trigo) y 50 g de agua.

## Días 6 a 9

El olor se vuelve ácido y afrutado, como a yogur y manzana verde. Cuando la masa madre duplica su volumen en menos de seis horas después de cada refresco, tres días seguidos, está lista. En mi cocina fría de invierno, a 19 °C, tardó nueve días; en verano, seis.

## Conservarla

Una vez asentada, la masa madre vive en la nevera y se alimenta una vez por semana. Sácala la noche antes de hornear y refréscala dos veces a temperatura ambiente. Una masa madre olvidada durante un mes suele recuperarse después de tres o cuatro refrescos, así que no la tires demasiado pronto.

## Para saber más

El [proyecto de masas madre del laboratorio de Rob Dunn en NC State](https://robdunnlab.com/projects/sourdough/) comparó masas madre de todo el mundo y encontró sorprendentemente pocas diferencias entre continentes, lo que coincide con mi experiencia: la harina y los refrescos importan más que la cocina.
""")

page(path="es/articulos/guia-legumbres-secas.html", lang="es", kind="article", group="beans",
     title="Guía para cocinar legumbres secas",
     description="Remojo, sal y cocción de legumbres secas: lo que medimos con garbanzos, alubias negras y alubias blancas, y por qué conviene salar el agua del remojo.",
     author="Lena Fischer", date="2024-01-13", updated="2024-03-02",
     body="""
Las legumbres en conserva son cómodas, pero las secas cuestan la tercera parte, saben mejor y permiten elegir el punto de cocción. Durante un invierno cociné las mismas tres variedades más de treinta veces, cambiando una sola cosa cada vez. Estos son los resultados.

## Remojar o no remojar

En mis pruebas, el remojo de una noche redujo la cocción de los garbanzos de 2 horas y 40 minutos a 1 hora y 30 minutos, y la de las alubias negras de 1 hora y 50 minutos a 1 hora y 5 minutos. Las legumbres sin remojar nunca supieron peor, solo tardaron más. Si se te olvida el remojo, cocínalas igualmente.

## Sala el agua del remojo

Durante años creí que la sal endurecía las legumbres. Ocurre lo contrario. Las que remojé en agua con 10 g de sal por litro tenían la piel más tierna y uniforme y se abrieron menos que las remojadas en agua sola. El sodio sustituye parte del calcio y del magnesio de la piel, y eso la ablanda.

## Tiempos de cocción que medimos

- Garbanzos remojados: de 80 a 95 minutos a fuego suave
- Alubias negras remojadas: de 60 a 70 minutos
- Alubias blancas remojadas: de 50 a 65 minutos

Las legumbres viejas tardan más. Un paquete que lleva dos años en el armario puede necesitar el doble de tiempo, y algunas nunca llegan a ablandarse del todo. Compra en una tienda que venda muchas.

## Un hervor suave

Un hervor fuerte hace que las legumbres choquen entre sí y se les rompa la piel. Llévalas a ebullición y baja el fuego hasta que solo unas pocas burbujas rompan la superficie. Mantenlas cubiertas con al menos tres centímetros de agua y añade una hoja de laurel, media cebolla y un buen chorro de aceite de oliva para dar sabor.

## Guarda el caldo

El líquido que queda tras la cocción, espesado por el almidón, da a sopas y guisos una textura sedosa. Guarda las legumbres en él en la nevera hasta cinco días, o congélalas con su caldo en raciones de 250 g.

La [guía de cocción del Bean Institute](https://beaninstitute.com/cooking-with-beans/) recoge los tiempos de otras dos docenas de variedades (en inglés).
""")

page(path="es/articulos/sofrito-para-toda-la-semana.html", lang="es", kind="article",
     title="Un sofrito para toda la semana",
     description="Cómo preparar un sofrito de tomate, cebolla y pimiento en cantidad, conservarlo una semana en la nevera y usarlo en arroces, guisos y huevos.",
     author="Javier Ortega", date="2024-03-16",
     body="""
Los domingos por la tarde preparo un kilo de sofrito. Tarda una hora y media, casi toda de fuego lento, y durante la semana convierte un arroz, unas lentejas o unos huevos al plato en una cena en veinte minutos. Lo aprendí de mi madre en Murcia, que lo hacía en una cazuela de barro; yo uso una olla ancha de acero.

## Ingredientes para unos 800 g

- 3 cebollas grandes, unos 700 g
- 2 pimientos rojos
- 4 dientes de ajo
- 1,5 kg de tomates maduros, o dos latas de 800 g de tomate triturado en invierno
- 150 ml de aceite de oliva virgen extra, sal y una cucharadita de pimentón dulce

## La cebolla, sin prisa

Pica la cebolla fina y ponla en la olla con el aceite a fuego medio-bajo y una pizca de sal, que ayuda a que suelte el agua. Debe pocharse sin tomar color durante 25 minutos, hasta quedar blanda y transparente. Es el paso que más tiempo lleva y el que más sabor da.

## Pimiento, ajo y tomate

Añade el pimiento en dados pequeños y cocina diez minutos más. Después el ajo picado, solo un minuto, para que no se queme. Ralla los tomates por la parte gruesa del rallador, desechando la piel, y añádelos con el pimentón. A fuego lento, removiendo de vez en cuando, el sofrito necesita unos 50 minutos para perder el agua y que el aceite vuelva a separarse por los bordes. Esa es la señal de que está hecho.

## Conservarlo

Repártelo en tarros limpios, cúbrelo con una capa fina de aceite y guárdalo en la nevera. Dura una semana. También se congela muy bien en cubiteras: cada cubo equivale a una cucharada generosa.

## Cómo lo uso

Dos cucharadas como base de un arroz para cuatro, tres en unas lentejas, una debajo de un par de huevos al horno. Con una lata de garbanzos y espinacas se convierte en un guiso rápido. El [artículo sobre el sofrito de la Real Academia de Gastronomía](https://www.realacademiadegastronomia.com/) repasa su historia en la cocina mediterránea.
""")

page(path="es/articulos/aceite-de-oliva-para-freir.html", lang="es", kind="article", jsonld=False,
     title="Qué aceite de oliva usar para freír",
     description="Aceite de oliva virgen extra, virgen u orujo para freír: temperatura, reutilización y precio.",
     body="""
En muchas casas se reserva el aceite de oliva virgen extra para crudo y se fríe con girasol porque se cree que el oliva no aguanta el calor. No es así. El aceite de oliva resiste bien las temperaturas de fritura, y elegir bien el tipo ahorra dinero sin perder calidad.

## La temperatura de fritura

Para freír se trabaja entre 160 y 180 °C. El punto de humo de un aceite de oliva virgen extra de calidad está por encima de los 190 °C, así que no se quema si se controla el fuego. Más importante que el punto de humo es la estabilidad frente a la oxidación, y ahí el aceite de oliva, rico en ácido oleico y en antioxidantes naturales, supera a la mayoría de los aceites de semillas.

## Qué tipo elegir

El virgen extra da el mejor sabor y es ideal para frituras cortas y delicadas, como un huevo o unas verduras en tempura. Para freír en abundancia, como unas patatas o unas croquetas, un aceite de oliva suave o un orujo de oliva resultan más económicos y su sabor neutro no tapa el del alimento.

## ¿Cuántas veces se puede reutilizar?

Un aceite de oliva bien filtrado después de cada uso aguanta de tres a cinco frituras de alimentos sin rebozar. Hay que desecharlo cuando oscurece mucho, huele a rancio o empieza a humear a menos temperatura que al principio. Los rebozados y los pescados lo estropean antes, porque sueltan partículas que se queman.

## Guardarlo entre usos

Cuélalo con un colador fino o una gasa cuando esté templado y guárdalo en un recipiente cerrado, lejos de la luz y del calor. Nunca lo mezcles con aceite nuevo: el viejo acelera la degradación del nuevo.

## El precio

Una fritura en abundancia necesita más de un litro de aceite. Por eso, reutilizarlo bien y escoger el tipo según el plato es lo que más influye en el gasto. Para saber más sobre las categorías oficiales, el [Consejo Oleícola Internacional](https://www.internationaloliveoil.org/) publica sus normas comerciales.
""")

page(path="es/categoria/legumbres.html", lang="es", kind="listing",
     title="Legumbres",
     h1="Legumbres: todos los artículos",
     description="Los artículos de Kitchen Ledger en español sobre legumbres secas y guisos.",
     body="""
- [Guía para cocinar legumbres secas](/es/articulos/guia-legumbres-secas.html): remojo, sal y tiempos de cocción medidos.
- [Un sofrito para toda la semana](/es/articulos/sofrito-para-toda-la-semana.html): la base de nuestros guisos de legumbres.
""")

page(path="es/legal/privacidad.html", lang="es", kind="legal", group="privacy", date="2024-01-15",
     title="Política de privacidad",
     description="Cómo trata Kitchen Ledger los datos personales: registros del servidor, boletín y tus derechos según el RGPD.",
     body="""
Esta política explica qué datos personales trata Kitchen Ledger cuando visitas kitchenledger.example. La fecha de arriba indica su última actualización.

## Responsable

El responsable del tratamiento es el editor indicado en el [aviso legal](/es/legal/aviso-legal.html).

## Registros del servidor

Cuando abres una página, nuestro proveedor de alojamiento en Fráncfort registra tu dirección IP, la fecha y la hora, la página solicitada, la página de procedencia y el identificador de tu navegador. Usamos estos registros solo para la seguridad y el funcionamiento del sitio y los borramos a los 14 días. La base jurídica es nuestro interés legítimo (artículo 6.1.f del RGPD).

## Boletín

Si te suscribes al boletín, guardamos tu correo electrónico y la fecha de tu consentimiento hasta que te des de baja. Cada envío incluye un enlace para darse de baja. No medimos si lo abres.

## Cookies y seguimiento

No usamos cookies ni herramientas de analítica, publicidad o redes sociales.

## Tus derechos

Tienes derecho de acceso, rectificación, supresión, limitación, portabilidad y oposición, y puedes presentar una reclamación ante una autoridad de control, como la Agencia Española de Protección de Datos.
""")

page(path="es/legal/aviso-legal.html", lang="es", kind="legal", group="imprint", date="2024-01-15",
     title="Aviso legal",
     description="Aviso legal de Kitchen Ledger: editor, dirección, contacto y responsable de los contenidos.",
     body="""
Kitchen Ledger es una publicación de:

Lindqvist & Fischer Medien GbR
Schweizer Straße 41
60594 Fráncfort del Meno
Alemania

Socias: Mara Lindqvist, Lena Fischer

Correo electrónico: redaktion@kitchenledger.example

Número de identificación fiscal (IVA): DE 318 204 557

Responsable de los contenidos: Mara Lindqvist, con la misma dirección.
""")
