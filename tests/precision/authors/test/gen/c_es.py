# -*- coding: utf-8 -*-
from base import *

# es-01 ---------------------------------------------------------------------
D('es-01', 'news', 'Diario del Sur',
  'Los embalses andaluces superan el 40 % tras las lluvias de marzo',
  '''
Las lluvias de las últimas tres semanas han dado un respiro a los embalses andaluces, que por primera vez desde el verano de 2022 superan el 40 % de su capacidad. En la cuenca del Guadalquivir la reserva ha subido once puntos en apenas un mes.

La mejora ha permitido a la Junta levantar algunas de las restricciones más severas. Los municipios de la Sierra Norte de Sevilla, que llevaban meses recibiendo agua en camiones cisterna, vuelven a abastecerse con normalidad desde el lunes.

Sin embargo, los expertos piden prudencia. «Un mes lluvioso no compensa tres años de sequía», advirtió el hidrólogo de la Universidad de Sevilla Javier Morales, que recuerda que los acuíferos tardan mucho más en recuperarse que los embalses.

Los regantes, por su parte, confían en que la Confederación Hidrográfica amplíe las dotaciones para la campaña de verano. La decisión se tomará en la próxima reunión de la comisión de desembalse, prevista para finales de abril.
''',
  L('person', 'Lucía Fernández', 'byline', 'present', 'byline',
    '"Por Lucía Fernández" + "Sevilla, 12 de marzo de 2024" as text; "Foto: EFE" and quoted expert are traps'),
  variant='diario', section='Andalucía', kicker='Sequía',
  sub='La Junta levanta parte de las restricciones, pero los expertos piden no bajar la guardia.',
  byline='<div class="a-meta"><div class="a-aut">Por <a href="/autor/lucia-fernandez/">Lucía Fernández</a></div>'
         '<div class="a-fec">Sevilla, 12 de marzo de 2024 - 10:15 CET</div></div>',
  photo='El embalse de El Gergal, a comienzos de marzo. Foto: EFE',
  related=[('La Feria de Abril estrena portada', 'Por Manuel Ortiz', '11 de marzo de 2024'),
           ('Opinión: El agua no puede esperar', 'Por Rosa Delgado', '10 de marzo de 2024')],
  newsletter=True, tags=['Sequía', 'Embalses', 'Guadalquivir'])

# es-02 ---------------------------------------------------------------------
D('es-02', 'news', 'Diario del Sur',
  'Cortes de tráfico en el centro de Málaga por las obras del metro',
  '''
El Ayuntamiento de Málaga ha anunciado nuevos cortes de tráfico en la Alameda Principal a partir del próximo lunes por las obras de prolongación del metro hasta el hospital Civil. Los cortes se mantendrán, en principio, durante seis semanas.

Durante ese periodo, el carril central de la Alameda quedará reservado a autobuses y taxis. Los vehículos particulares que se dirijan al puerto deberán desviarse por el paseo de los Curas y la avenida de Manuel Agustín Heredia.

La Empresa Malagueña de Transportes ha modificado el recorrido de nueve líneas y recomienda consultar los horarios actualizados en su aplicación. Los comerciantes de la zona han pedido que se refuerce la señalización para no perder clientela.
''',
  L('organisation', 'Redacción', 'byline', 'present', 'time-element', 'byline "Redacción" (desk); date in <time>'),
  variant='diario', section='Málaga', kicker='Movilidad',
  byline='<div class="a-meta"><div class="a-aut">Redacción</div><div class="a-fec"><time datetime="2024-03-13T09:40:00+01:00">13/03/2024 09:40</time></div></div>',
  related=[('Málaga presenta su candidatura a la Expo 2027', 'Por Lucía Fernández', '12 de marzo de 2024')],
  tags=['Metro de Málaga', 'Tráfico'])

# es-03 ---------------------------------------------------------------------
D('es-03', 'blogger', 'Rincón Viajero',
  'Tres días en Cádiz sin coche',
  '''
Cádiz es una de esas ciudades que se disfrutan mejor a pie. El casco antiguo ocupa una península estrecha rodeada de mar, y en media hora se cruza de un extremo a otro. Dejamos el coche en casa y llegamos en tren desde Sevilla, una hora y tres cuartos de paisaje de marismas.

El primer día lo dedicamos al barrio de la Viña y a la playa de la Caleta, encajada entre dos castillos. Al atardecer, la caleta se llena de gente que espera el momento exacto en que el sol toca el agua. Es un espectáculo sencillo, pero difícil de olvidar.

El segundo día subimos a la Torre Tavira, desde donde se ven las más de cien torres miradores que los comerciantes construyeron en el siglo XVIII para vigilar la llegada de sus barcos. Comimos pescaíto frito en un freidor de la calle Zorrilla, de pie y envuelto en papel, como debe ser.

Para el tercer día cogimos el catamarán hasta El Puerto de Santa María. El trayecto dura media hora y cuesta menos de tres euros. Si vais en verano, reservad con antelación: los alojamientos del centro se llenan pronto.
''',
  L('person', 'Pablo Ortega', 'microdata', 'present', 'byline',
    'Blogger: "Publicado por" with itemprop=author Person microdata (also vcard and rel=author profile link); date header "martes, 12 de marzo de 2024" (abbr itemprop=datePublished also present)'),
  url='/2024/03/tres-dias-en-cadiz-sin-coche.html', domain='rinconviajero.blogspot.com',
  tagline='Viajes lentos por España y Portugal', dateheader='martes, 12 de marzo de 2024', tags=['Andalucía', 'Escapadas'],
  byline='<span class="post-author vcard">Publicado por <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person">'
         '<meta itemprop="url" content="https://www.blogger.com/profile/04417736981122">'
         '<a class="g-profile" href="https://www.blogger.com/profile/04417736981122" rel="author" title="author profile"><span itemprop="name">Pablo Ortega</span></a></span></span> '
         '<span class="post-timestamp">en <a class="timestamp-link" href="https://rinconviajero.blogspot.com/2024/03/tres-dias-en-cadiz-sin-coche.html" rel="bookmark" title="permanent link">'
         '<abbr class="published" itemprop="datePublished" title="2024-03-12T19:30:00+01:00">19:30</abbr></a></span>',
  comments=[('Marisa', '13 de marzo de 2024, 8:15', '¡Qué ganas de volver a Cádiz! Apunto lo del catamarán.')],
  related=[('Oporto en cuatro días', None, None), ('Ruta por los pueblos blancos', None, None)], related_title='Entradas populares')

# es-04 ---------------------------------------------------------------------
D('es-04', 'medium', 'Medium',
  'Por qué dejé de usar microservicios en proyectos pequeños',
  '''
Durante años defendí los microservicios en cualquier proyecto que empezaba. Separar responsabilidades, desplegar cada pieza por su cuenta, escalar solo lo que hace falta: sobre el papel todo eran ventajas. Tres proyectos después, he cambiado de opinión, al menos para equipos pequeños.

El problema no es técnico sino humano. Con cuatro desarrolladores y nueve servicios, cada persona acaba siendo responsable de dos o tres repositorios, con sus pipelines, sus dependencias y sus alertas. Cualquier cambio que cruza dos servicios exige coordinar versiones y despliegues.

En mi último proyecto volvimos a un monolito modular. Un único despliegue, pero con módulos bien separados y reglas estrictas sobre qué puede importar cada uno. El tiempo medio desde que se abre una pull request hasta producción bajó de dos días a cuatro horas.

No digo que los microservicios sean un error. Digo que son una solución a un problema de organización, y que si tu organización cabe en una mesa, probablemente no tienes ese problema todavía.
''',
  L('person', 'Andrés Molina', 'jsonld', 'present', 'jsonld', 'Medium in Spanish: JSON-LD author Person, visible authorName'),
  domain='medium.com', url='/@andresmolina/por-que-deje-de-usar-microservicios-8d21f0c3aa91',
  head_title='Por qué dejé de usar microservicios en proyectos pequeños | by Andrés Molina | Medium',
  metas=[MN('author', 'Andrés Molina'), MP('article:published_time', '2024-01-30T08:12:44.901Z')],
  ld=dict(type='NewsArticle', author=Person('Andrés Molina', url='https://medium.com/@andresmolina'),
          pub='2024-01-30T08:12:44.901Z', mod='2024-01-30T08:12:44.901Z', extra={'creator': ['Andrés Molina']}),
  byline=medium_byline('Andrés Molina', 'andresmolina', '30 ene 2024', '4 min de lectura'),
  after=medium_after('Andrés Molina', 'andresmolina', 'Desarrollador backend en Valencia. Escribo sobre arquitectura y equipos pequeños.', 'Escrito por'))

# es-05 ---------------------------------------------------------------------
D('es-05', 'magazine', 'Revista Vendimia',
  'La nueva generación de bodegas pequeñas en la Ribera del Duero',
  '''
En los últimos diez años, decenas de jóvenes viticultores han vuelto a los pueblos de la Ribera del Duero para recuperar viñas viejas que sus abuelos habían dejado de trabajar. Producen pocas botellas, a veces menos de cinco mil al año, pero sus vinos se encuentran ya en restaurantes de Madrid, Londres o Nueva York.

Muchos trabajan parcelas de menos de una hectárea, con cepas de más de ochenta años plantadas en vaso. La producción por cepa es baja, pero la uva tiene una concentración que las plantaciones modernas difícilmente alcanzan.

«No queremos hacer el vino más potente, sino el que mejor cuente de dónde viene», explica María José Arranz, que elabora tres vinos de parcela en La Horra. Como ella, muchos apuestan por fermentaciones con levaduras propias y por menos madera nueva.

El reto es económico. El precio de la uva en la zona se ha disparado, y comprar una viña vieja está fuera del alcance de casi todos. La mayoría alquila, o negocia con los mayores del pueblo acuerdos que mezclan dinero y respeto.
''',
  L('person', 'Inés Varela', 'address', 'present', 'time-element', 'byline inside <address>; quoted winemaker is a trap'),
  section='Reportajes', tagline='Vino, viñas y gente',
  sub='Recuperan viñas viejas, elaboran pocas botellas y venden en medio mundo.',
  byline='<div class="story__meta"><address class="story__author">Por <a href="/autores/ines-varela/">Inés Varela</a></address> '
         '<time class="story__date" datetime="2024-02-16T10:00:00+01:00">16 de febrero de 2024</time></div>',
  photo='Cepas centenarias en La Horra (Burgos). Foto: Daniel Prieto',
  comments=[('Enrique', 'hace 2 semanas', 'Gran reportaje. La Horra tiene viñas espectaculares.')],
  related=[('Diez vinos de Galicia por menos de 15 euros', 'Por Álvaro Sanz', None)])

# es-06 ---------------------------------------------------------------------
D('es-06', 'recipe', 'La Cocina de Carmen',
  'Tortilla de patatas jugosa, paso a paso',
  '''
Hay tantas tortillas como casas, y esta es la de la mía: con cebolla, bien jugosa por dentro y dorada por fuera. La receta es sencilla, pero tiene dos secretos que marcan la diferencia.

El primero es la paciencia. Las patatas deben confitarse a fuego medio-bajo en abundante aceite durante unos veinte minutos, hasta que estén tiernas pero sin llegar a dorarse. Si subes el fuego para ir más rápido, quedarán crujientes y secas.

El segundo es el reposo. Una vez escurridas, mezcla las patatas con el huevo batido y déjalas reposar al menos diez minutos antes de cuajar la tortilla. Así el huevo penetra en la patata y el resultado es mucho más meloso.

Para darle la vuelta, usa un plato llano algo más grande que la sartén y hazlo con decisión. Si se rompe un poco, no pasa nada: nadie lo notará cuando la sirvas.
''',
  L('person', 'Carmen Ruiz', 'byline', 'present', 'jsonld',
    'JSON-LD Recipe author is the Organization (site) but the visible byline names a person -> person'),
  url='/tortilla-de-patatas-jugosa/', tagline='Recetas de siempre para todos los días',
  ld=dict(type='Recipe', author=Org('La Cocina de Carmen'), pub='2024-02-02T12:00:00+01:00', mod='2024-02-05T08:30:00+01:00',
          extra={'recipeYield': '4 raciones', 'totalTime': 'PT45M', 'recipeCategory': 'Plato principal'}),
  byline='Por <a href="/sobre-mi/">Carmen Ruiz</a> · Actualizado el 5 de febrero de 2024',
  recipe=dict(ingredients=['6 huevos', '700 g de patatas', '1 cebolla', 'Aceite de oliva virgen extra', 'Sal'],
              steps=['Pelar y cortar las patatas y la cebolla en láminas finas.', 'Confitar en aceite a fuego medio-bajo 20 minutos.',
                     'Escurrir y mezclar con el huevo batido; reposar 10 minutos.', 'Cuajar 3 minutos por cada lado.'],
              times='Preparación 15 min · Cocción 30 min · 4 raciones', jump='Ir a la receta',
              ing_label='Ingredientes', steps_label='Elaboración'),
  comments=[('Loli', ('6 de febrero de 2024 a las 14:10', '2024-02-06T14:10:00+01:00'), '¡Con cebolla, por supuesto! Me ha salido perfecta.')],
  cats=['Recetas', 'Postres', 'Arroces', 'Sin gluten', 'Sobre mí'])

# es-07 ---------------------------------------------------------------------
D('es-07', 'wp', 'Asociación Cultural La Alameda',
  'Nuevos talleres de cerámica para la primavera',
  '''
Este trimestre ampliamos la oferta de talleres con dos nuevos grupos de cerámica, uno de iniciación los martes por la tarde y otro de torno los sábados por la mañana. Las plazas son limitadas a ocho personas por grupo.

El taller de iniciación está pensado para quienes nunca han tocado el barro. Aprenderemos a modelar a mano, con las técnicas de pellizco, churro y plancha, y terminaremos el curso con una pequeña pieza esmaltada y cocida en nuestro horno.

El taller de torno requiere algo de experiencia previa. Trabajaremos el centrado, el levantado de paredes y el torneado de cuencos y tazas.

Las inscripciones se realizan en la secretaría de la asociación o por correo electrónico. Los socios tienen un descuento del 20 %.
''',
  L('organisation', 'admin', 'author-url', 'present', 'time-element',
    'block theme author-name link to /author/admin/ with text "admin" = generic account -> organisation'),
  url='/nuevos-talleres-ceramica-primavera/', domain='www.asociacionlaalameda.es',
  byline='<div class="wp-block-post-date"><time datetime="2024-03-04T11:20:31+01:00">4 de marzo de 2024</time></div>'
         '<div class="wp-block-post-author-name"><a href="https://www.asociacionlaalameda.es/author/admin/" target="_self" class="wp-block-post-author-name__link">admin</a></div>',
  comments=[('Rocío Medina', ('5 de marzo de 2024 a las 9:02', '2024-03-05T09:02:00+01:00'), '¿Queda alguna plaza para el grupo del sábado?')])

# es-08 ---------------------------------------------------------------------
D('es-08', 'shop', 'Cumbre Outdoor',
  'Zapatillas de trail Sierra Pro',
  '''
Las Sierra Pro están diseñadas para carreras de montaña de media y larga distancia. La suela con tacos de 5 mm ofrece agarre en terreno suelto y barro, y la placa de protección evita que las piedras se noten bajo el pie.

La mediasuela de espuma de doble densidad combina amortiguación y estabilidad. El upper de malla transpirable seca rápido y lleva refuerzos termosellados en la puntera.

Drop de 6 mm. Horma estándar; si tienes el pie ancho, te recomendamos media talla más.
''',
  L('none', None, None, 'none', None, 'product page; reviewer names and dates are traps'),
  section='Zapatillas de trail', price='139,95 €', ogtype='product', promo='Envío gratis a partir de 60 €',
  cats=['Hombre', 'Mujer', 'Trail running', 'Montaña', 'Outlet'],
  specs=[('Peso', '290 g (talla 42)'), ('Drop', '6 mm'), ('Tacos', '5 mm'), ('Uso', 'Montaña, media y larga distancia')],
  reviews=[('Sergio', '12/02/2024', 5, 'Agarre brutal', 'Las probé en la Sierra de Guadarrama con barro y no resbalan nada.'),
           ('Ana B.', '28/01/2024', 4, 'Cómodas', 'Algo estrechas en la puntera para mi gusto.')],
  copyright='© 2024 Cumbre Outdoor S.L.')

# es-09 ---------------------------------------------------------------------
D('es-09', 'corp', 'Grupo Lumen',
  'Cómo reducir el consumo energético de una oficina',
  '''
La climatización y la iluminación suponen casi dos tercios del consumo eléctrico de una oficina típica. Con medidas sencillas y una inversión moderada es posible reducir la factura entre un 20 y un 30 %.

## Iluminación

Sustituir los fluorescentes por luminarias LED con sensores de presencia es la medida con retorno más rápido. En nuestras propias oficinas de Zaragoza, el ahorro se amortizó en menos de dos años.

## Climatización

Ajustar la consigna a 26 grados en verano y 20 en invierno, y programar el apagado fuera del horario laboral, tiene un impacto inmediato. «La mitad del ahorro viene de cambiar hábitos, no de instalar equipos», afirmó la directora de sostenibilidad, la Dra. Ruiz, en nuestra última jornada técnica.

## Medir para mejorar

Sin datos no hay mejora. Un sistema de monitorización por circuitos permite detectar consumos fantasma, como equipos que nadie apaga durante el fin de semana.
''',
  L('none', None, None, 'present', 'jsonld',
    'corporate blog: JSON-LD Article with publisher but no author; quoted director is a trap'),
  section='Sostenibilidad',
  ld=dict(type='BlogPosting', pub='2024-02-19T08:00:00+01:00', mod='2024-02-19T08:00:00+01:00'),
  related=[('Autoconsumo solar en naves industriales',), ('Guía de ayudas a la eficiencia 2024',)],
  newsletter=True, copyright='© 2024 Grupo Lumen Soluciones Energéticas S.A.')

# es-10 ---------------------------------------------------------------------
D('es-10', 'docs', 'Facturaplus Ayuda',
  'Configurar la facturación electrónica',
  '''
Facturaplus permite emitir facturas electrónicas en formato Facturae 3.2.2 y enviarlas a las administraciones públicas a través de FACe. Antes de emitir la primera factura es necesario completar algunos datos de configuración.

## Certificado digital

Sube tu certificado de representante o de persona jurídica en Ajustes › Certificados. El archivo debe estar en formato .p12 o .pfx. La contraseña no se guarda: se solicitará cada vez que firmes un lote de facturas.

## Códigos DIR3

Las facturas a la administración necesitan los códigos de la oficina contable, el órgano gestor y la unidad tramitadora. Puedes guardarlos en la ficha de cada cliente para no tener que introducirlos de nuevo.

## Envío y seguimiento

Tras el envío, el estado de cada factura se actualiza automáticamente: registrada, contabilizada, pagada o rechazada.
''',
  L('none', None, None, 'none', None, 'help page with no author and no date'),
  section='Facturas', ogtype='website',
  tree=['Primeros pasos', 'Clientes', 'Configurar la facturación electrónica', 'Impuestos', 'Exportar a contabilidad'],
  copyright='© 2015-2024 Facturaplus Software S.L.')

# es-11 ---------------------------------------------------------------------
D('es-11', 'md', 'Blog', 'Mi huerto urbano en una terraza de seis metros',
  '''
Cuando nos mudamos al piso, la terraza era un espacio vacío donde solo se secaba la ropa. Dos años después tenemos tomates, pimientos, lechugas, fresas y un pequeño limonero.

La clave ha sido elegir bien los recipientes. Las mesas de cultivo de madera, de unos 25 centímetros de profundidad, son perfectas para hortalizas de hoja. Para los tomates usamos macetas de 40 litros.

El riego por goteo con programador nos ha salvado el verano. Antes perdíamos media cosecha cada vez que nos íbamos de vacaciones.
''',
  L('person', 'Marta Gil', 'frontmatter', 'present', 'frontmatter', 'YAML author: name'),
  ext='md',
  fm='''---
title: "Mi huerto urbano en una terraza de seis metros"
date: "2023-10-03"
author: Marta Gil
categories: ["huerto"]
---''')

# es-12 ---------------------------------------------------------------------
D('es-12', 'md', 'Nébula', 'Guía de estilo para contribuir a la documentación',
  '''
Escribe en segunda persona y en presente: «Pulsa Guardar», no «El usuario deberá pulsar Guardar».

Usa frases cortas. Si una frase necesita más de una coma, probablemente son dos frases.

Los nombres de botones y menús van en negrita y con la misma grafía que en la interfaz. No traduzcas términos que el producto muestra en inglés.

Antes de abrir una pull request, revisa la ortografía y comprueba que todos los enlaces funcionan.
''',
  L('organisation', 'Equipo Nébula', 'frontmatter', 'none', None, 'front matter author is a team'),
  ext='md',
  fm='''---
title: Guía de estilo para contribuir a la documentación
author: "Equipo Nébula"
sidebar_position: 3
---''')

# es-13 ---------------------------------------------------------------------
D('es-13', 'local', 'El Eco de la Sierra',
  'La romería de San Isidro recupera el desfile de carretas',
  '''
Después de cuatro años sin celebrarse, el desfile de carretas volverá a la romería de San Isidro. La hermandad ha confirmado la participación de catorce carretas engalanadas, tiradas por bueyes y mulas de ganaderos de la comarca.

La romería saldrá de la plaza de la Constitución a las diez de la mañana y llegará a la ermita hacia el mediodía. Tras la misa, habrá comida campera en la pradera y música popular hasta el atardecer.

El Ayuntamiento ha habilitado un aparcamiento junto al polideportivo y recomienda acudir a pie o en el autobús lanzadera, que funcionará cada veinte minutos.
''',
  L('person', 'Raúl Campos', 'byline', 'none', None,
    '"Texto: Raúl Campos · Fotos: Nieves Gallardo": photographer is a trap; no publication date (only event times and a sidebar teaser date)'),
  section='Fiestas', tagline='Noticias de la Sierra de Cazorla',
  byline='<p class="news-list-author">Texto: Raúl Campos · Fotos: Nieves Gallardo</p>',
  photo='Carretas en la última romería celebrada.',
  related=[('El mercado medieval cambia de ubicación', None, ('8 de marzo de 2024', '2024-03-08T09:00:00+01:00'))],
  copyright='© El Eco de la Sierra')
