# -*- coding: utf-8 -*-
from base import *

# pt-01 ---------------------------------------------------------------------
D('pt-01', 'news', 'Folha do Litoral',
  'Defesa Civil mantém alerta para deslizamentos em Santos e Guarujá',
  '''
A Defesa Civil manteve nesta terça-feira o alerta máximo para risco de deslizamentos nos morros de Santos e do Guarujá. Em 72 horas choveu mais de 280 milímetros em algumas áreas, quase o dobro da média prevista para todo o mês de março.

Cerca de 140 famílias que vivem em áreas de risco foram levadas para abrigos montados em escolas municipais. Não há registro de vítimas, mas três casas desabaram parcialmente no Morro do José Menino durante a madrugada.

"O solo está encharcado e qualquer nova chuva forte pode provocar escorregamentos", afirmou o coordenador regional da Defesa Civil, capitão Marcelo Antunes. A orientação é que moradores deixem imediatamente suas casas ao perceber rachaduras nas paredes ou portas emperrando.

As aulas nas escolas usadas como abrigo foram suspensas até sexta-feira. A previsão do tempo indica que a chuva deve perder força a partir de quinta, mas o alerta só será revisto depois de uma nova vistoria nas encostas.
''',
  L('person', 'Ana Souza; Rafael Lima', 'byline', 'present', 'time-element',
    '"Por Ana Souza e Rafael Lima"; <time> plus "Atualizado em"; agency photo credit and quoted officer are traps'),
  variant='daily', section='Cidades', kicker='Chuvas', sep=' | ',
  sub='Mais de 140 famílias foram levadas para abrigos; choveu quase o dobro do previsto para o mês.',
  byline='<div class="story__byline"><p class="byline">Por <a href="/autor/ana-souza/">Ana Souza</a> e <a href="/autor/rafael-lima/">Rafael Lima</a></p>'
         '<p class="story__time"><time datetime="2024-03-12T10:15:00-03:00">12/03/2024 10h15</time> · Atualizado em 12/03/2024 às 18h02</p></div>',
  photo='Equipes vistoriam encosta no Morro do José Menino. Foto: Agência Brasil',
  related=[('Prefeitura anuncia obras de drenagem na Zona Noroeste', 'Por Carla Mendes', '11/03/2024'),
           ('Balsa Santos-Guarujá terá novo horário', 'Por Rafael Lima', '10/03/2024')],
  newsletter=True, tags=['Chuvas', 'Defesa Civil', 'Baixada Santista'])

# pt-02 ---------------------------------------------------------------------
D('pt-02', 'medium', 'Medium',
  'O que aprendi depois de um ano trabalhando quatro dias por semana',
  '''
Há pouco mais de um ano, a empresa onde trabalho decidiu testar a semana de quatro dias. Sem redução de salário, com uma única condição: as metas trimestrais continuariam as mesmas. Eu estava cético. Hoje não quero voltar atrás.

Nos primeiros dois meses, a mudança foi caótica. Tentamos espremer cinco dias de reuniões em quatro e todo mundo chegava à quinta-feira exausto. Só quando cortamos pela metade as reuniões recorrentes é que o novo ritmo começou a funcionar.

A sexta-feira livre mudou minha relação com o trabalho. Consultas médicas, banco, conserto do carro: tudo isso saiu das noites e dos fins de semana. O sábado voltou a ser descanso de verdade.

Nem tudo é perfeito. Clientes às vezes esperam respostas na sexta, e montamos um rodízio para cobrir esse dia. Mas os números falam por si: a rotatividade caiu e as metas foram batidas em três dos quatro trimestres.
''',
  L('person', 'Beatriz Almeida', 'jsonld', 'present', 'jsonld', 'Medium in Portuguese: JSON-LD author Person'),
  domain='medium.com', url='/@biaalmeida/o-que-aprendi-semana-de-quatro-dias-71ce09ab3f12',
  head_title='O que aprendi depois de um ano trabalhando quatro dias por semana | by Beatriz Almeida | Medium',
  metas=[MN('author', 'Beatriz Almeida'), MP('article:published_time', '2024-02-08T13:20:05.330Z')],
  ld=dict(type='NewsArticle', author=Person('Beatriz Almeida', url='https://medium.com/@biaalmeida'),
          pub='2024-02-08T13:20:05.330Z', mod='2024-02-09T10:01:12.004Z', extra={'creator': ['Beatriz Almeida']}),
  byline=medium_byline('Beatriz Almeida', 'biaalmeida', '8 de fev. de 2024', '5 min de leitura'),
  after=medium_after('Beatriz Almeida', 'biaalmeida', 'Gerente de produto em São Paulo. Escrevo sobre trabalho e tempo livre.', 'Escrito por'))

# pt-03 ---------------------------------------------------------------------
D('pt-03', 'blogger', 'Caderno de Viagem',
  'Um fim de semana no Douro vinhateiro',
  '''
Saímos do Porto de comboio numa manhã de nevoeiro, e bastou passar a Régua para o céu abrir. A linha do Douro segue o rio durante quase todo o percurso, e a viagem até ao Pinhão é, por si só, uma das mais bonitas do país.

No Pinhão ficámos numa casa de turismo rural no meio das vinhas, com vista para os socalcos que descem até à água. Ao fim da tarde, o dono da casa levou-nos à adega e explicou como se pisava a uva nos lagares de granito, tradição que ainda mantém em parte da produção.

No domingo fizemos um pequeno cruzeiro de uma hora no rio e almoçámos num restaurante em Favaios, terra do moscatel e do pão cozido em forno de lenha. Voltámos ao Porto ao fim do dia, já com saudades.

Uma dica: se forem em setembro, na altura das vindimas, reservem com muita antecedência. As quintas enchem-se de visitantes.
''',
  L('person', 'João Pereira', 'microdata', 'present', 'byline', 'Blogger "Publicada por" microdata Person; date header'),
  url='/2024/03/fim-de-semana-no-douro.html', domain='cadernodeviagem.blogspot.com', tagline='Viagens devagar por Portugal',
  dateheader='terça-feira, 12 de março de 2024', tags=['Douro', 'Portugal'],
  byline='<span class="post-author vcard">Publicada por <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person">'
         '<meta itemprop="url" content="https://www.blogger.com/profile/11872201338">'
         '<a class="g-profile" href="https://www.blogger.com/profile/11872201338" rel="author" title="author profile"><span itemprop="name">João Pereira</span></a></span></span> '
         '<span class="post-timestamp">à(s) <a class="timestamp-link" href="https://cadernodeviagem.blogspot.com/2024/03/fim-de-semana-no-douro.html" rel="bookmark" title="permanent link">'
         '<abbr class="published" itemprop="datePublished" title="2024-03-12T21:00:00Z">21:00</abbr></a></span>',
  comments=[('Teresa', '13 de março de 2024 às 09:40', 'Que vontade de voltar ao Pinhão!')],
  related=[('Évora em dois dias', None, None)], related_title='Mensagens populares')

# pt-04 ---------------------------------------------------------------------
D('pt-04', 'recipe', 'Tempero da Vó',
  'Bolo de fubá cremoso',
  '''
Esse é o bolo que minha avó fazia toda tarde de domingo, e que eu aprendi a fazer em pé num banquinho ao lado do fogão. Ele sai do forno com uma camada cremosa no meio, quase um pudim, e uma casquinha dourada por cima.

O segredo está no leite: a massa fica bem líquida, e é isso mesmo. Não se assuste quando for despejar na forma, parece que deu errado, mas no forno ela se separa em camadas.

Sirva morno com um cafezinho passado na hora. Se sobrar, guarde na geladeira e coma gelado no dia seguinte. Tem gente que prefere assim.
''',
  L('person', 'Lurdes Carvalho', 'jsonld', 'present', 'jsonld', 'JSON-LD Recipe author Person; no visible byline'),
  url='/bolo-de-fuba-cremoso/', tagline='Receitas de família',
  ld=dict(type='Recipe', author=Person('Lurdes Carvalho'), pub='2023-11-19T15:00:00-03:00',
          extra={'recipeYield': '12 fatias', 'totalTime': 'PT1H', 'recipeCategory': 'Bolos'}),
  byline='<span class="entry-categories"><a href="/bolos/">Bolos</a></span>',
  recipe=dict(ingredients=['4 ovos', '3 xícaras de leite', '1 xícara de fubá', '2 xícaras de açúcar', '2 colheres de farinha de trigo', '1 colher de fermento'],
              steps=['Bata tudo no liquidificador, menos o fermento.', 'Misture o fermento delicadamente.', 'Asse a 180 °C por cerca de 50 minutos.'],
              times='Preparo 10 min · Forno 50 min · 12 fatias', jump='Ir para a receita',
              ing_label='Ingredientes', steps_label='Modo de preparo'),
  comments=[('Dona Cida', ('20 de novembro de 2023 às 16:12', '2023-11-20T16:12:00-03:00'), 'Igualzinho ao da minha mãe!')],
  cats=['Bolos', 'Doces', 'Salgados', 'Festa junina', 'Sobre'])

# pt-05 ---------------------------------------------------------------------
D('pt-05', 'magazine', 'Revista Quintal',
  'Como o Recife está reinventando seus mercados públicos',
  '''
Durante décadas, os mercados públicos do Recife foram sinônimo de abandono: telhados com goteiras, boxes fechados e pouca gente circulando. Nos últimos anos, uma nova geração de comerciantes tem mudado essa paisagem.

No Mercado da Boa Vista, bares de petiscos dividem espaço com bancas tradicionais de frutas e ervas. No Mercado de Casa Amarela, um grupo de jovens chefs abriu cozinhas pequenas que servem almoço a preço popular, com ingredientes comprados ali mesmo.

"O mercado sempre foi lugar de encontro. A gente só trouxe mais motivos para as pessoas virem", diz Renata Albuquerque, que vende tapiocas recheadas há seis anos no Mercado da Madalena.

A prefeitura anunciou reformas em quatro mercados até 2026. Os comerciantes antigos pedem que as obras não expulsem quem sempre esteve ali.
''',
  L('person', 'Mariana Costa', 'address', 'present', 'time-element', '<address> byline; quoted vendor is a trap'),
  section='Cidades', tagline='Cultura, comida e cidade',
  byline='<div class="story__meta"><address class="story__author">Por <a href="/autores/mariana-costa/">Mariana Costa</a></address> '
         '<time class="story__date" datetime="2024-02-27T09:00:00-03:00">27 de fevereiro de 2024</time></div>',
  photo='Banca de frutas no Mercado da Boa Vista. Foto: Tiago Lins',
  related=[('Os botecos mais antigos de Olinda', 'Por Caio Rezende', None)])

# pt-06 ---------------------------------------------------------------------
D('pt-06', 'news', 'Folha do Litoral',
  'Festival de inverno de Paranapiacaba divulga programação',
  '''
A vila de Paranapiacaba, em Santo André, recebe a partir de julho mais uma edição do seu tradicional festival de inverno. A programação, divulgada nesta terça, inclui shows de música, teatro de rua, oficinas e uma feira gastronômica com produtores da região.

Os organizadores esperam cerca de 60 mil visitantes ao longo de três fins de semana. Para evitar congestionamentos na estrada de acesso, haverá ônibus gratuitos saindo da estação Prefeito Saladino.

A maior parte das atividades é gratuita. As oficinas de artesanato e fotografia exigem inscrição prévia pelo site da prefeitura.
''',
  L('organisation', 'Da Redação', 'byline', 'present', 'byline', 'byline "Da Redação" (desk); date as text; festival dates are event dates'),
  variant='daily', section='Cultura', kicker='Eventos', sep=' | ',
  byline='<div class="story__byline"><p class="byline">Da Redação</p><p class="story__time">12/03/2024 - 14h20</p></div>',
  related=[('Museu do Café abre exposição sobre imigração', 'Por Carla Mendes', '09/03/2024')])

# pt-07 ---------------------------------------------------------------------
D('pt-07', 'wpclassic', 'Trilhas da Ilha',
  'Cinco trilhas fáceis perto de Florianópolis',
  '''
Florianópolis tem dezenas de trilhas, e muitas delas são tranquilas o bastante para quem está começando ou para ir com crianças. Separei cinco que fiz nos últimos meses e que terminam em praias ou mirantes que valem cada passo.

A trilha da Lagoinha do Leste é a mais famosa e a mais longa da lista: cerca de uma hora e meia a partir do Pântano do Sul. O esforço é recompensado por uma praia sem construções, com uma lagoa de água doce atrás da areia.

Mais curta, a trilha do Gravatá sai da Lagoa da Conceição e leva uns quarenta minutos até uma prainha protegida entre pedras. Dá para voltar pelo mesmo caminho ou descer até a Praia Mole.

Leve sempre água, protetor solar e calçado fechado. Depois de chuva, as pedras ficam escorregadias e algumas trilhas enchem de lama.
''',
  L('person', 'rsantos', 'rel-author-link', 'present', 'url',
    'rel=author link whose text is a user handle; only date is in the /2024/03/12/ permalink'),
  url='/2024/03/12/cinco-trilhas-faceis-florianopolis/', domain='www.trilhasdailha.com.br', section='Trilhas',
  tagline='Caminhadas e praias em Santa Catarina',
  byline='<span class="byline">Por <a href="https://www.trilhasdailha.com.br/author/rsantos/" rel="author">rsantos</a></span>',
  comments=[('Juliana', ('14 de março de 2024 às 10:05', '2024-03-14T10:05:00-03:00'), 'Fiz a do Gravatá semana passada, linda!')],
  related=[('Como chegar à Ilha do Campeche', None, None)])

# pt-08 ---------------------------------------------------------------------
D('pt-08', 'shop', 'Casa Nordeste',
  'Rede de dormir artesanal em algodão',
  '''
Rede tecida à mão por artesãs de São Bento, na Paraíba, em algodão 100 % natural. As varandas de crochê são feitas uma a uma e tornam cada peça única.

Comporta uma pessoa adulta com folga e suporta até 150 kg. Os punhos reforçados acompanham cordas de 1,2 m para instalação em ganchos ou armadores.

Lavar à mão com sabão neutro e secar à sombra para preservar as cores.
''',
  L('none', None, None, 'none', None, 'product page; reviewer names and dates are traps'),
  section='Redes', price='R$ 289,90', ogtype='product', promo='Frete grátis para todo o Brasil acima de R$ 199',
  cats=['Redes', 'Almofadas', 'Cerâmica', 'Cestaria', 'Presentes'],
  specs=[('Tamanho', '3,80 × 1,50 m'), ('Material', 'algodão'), ('Carga máxima', '150 kg'), ('Origem', 'São Bento (PB)')],
  reviews=[('Cláudia M.', '05/02/2024', 5, 'Maravilhosa', 'Chegou rápido e é ainda mais bonita pessoalmente.'),
           ('Eduardo', '19/01/2024', 5, 'Muito confortável', 'Durmo nela toda tarde.')],
  copyright='© 2024 Casa Nordeste Comércio de Artesanato Ltda. CNPJ 12.345.678/0001-90')

# pt-09 ---------------------------------------------------------------------
D('pt-09', 'corp', 'Banco Horizonte',
  'Reserva de emergência: quanto guardar e onde investir',
  '''
A reserva de emergência é o dinheiro que você guarda para imprevistos: perda de emprego, problema de saúde, conserto do carro. Ela é o primeiro passo de qualquer planejamento financeiro, antes mesmo de pensar em investimentos de longo prazo.

## Quanto guardar

A recomendação mais comum é juntar o equivalente a seis meses de gastos fixos. Para autônomos e profissionais com renda variável, o ideal é chegar a doze meses.

## Onde deixar o dinheiro

A reserva precisa de liquidez diária e baixo risco. Títulos públicos pós-fixados, CDBs com liquidez diária e fundos DI de taxa baixa são as opções mais usadas. A poupança também serve, mas costuma render menos.

## Como começar

Defina um valor fixo por mês, mesmo que pequeno, e programe a transferência para o dia do pagamento do salário. Assim, guardar deixa de depender de força de vontade.
''',
  L('organisation', 'Banco Horizonte', 'jsonld', 'present', 'jsonld', 'JSON-LD author Organization (the bank), no person'),
  section='Educação financeira', cats=['Conta', 'Cartões', 'Investimentos', 'Empréstimos', 'Blog'], cta='Abra sua conta',
  ld=dict(type='BlogPosting', author=Org('Banco Horizonte', url='https://www.bancohorizonte.com.br/'),
          pub='2024-01-15T09:00:00-03:00', mod='2024-02-01T09:00:00-03:00'),
  related=[('Tesouro Direto para iniciantes',), ('Como sair do rotativo do cartão',)],
  copyright='© 2024 Banco Horizonte S.A. CNPJ 00.000.000/0001-00')

# pt-10 ---------------------------------------------------------------------
D('pt-10', 'category', 'Folha do Litoral',
  'Esportes',
  '''
Futebol, surfe, vôlei de praia e tudo sobre os clubes da Baixada Santista.
''',
  L('none', None, None, 'none', None, 'section front with teaser bylines/dates only'),
  url='/esportes/', ogtype='website',
  items=[('Santos estreia com vitória na Série B', 'Time venceu por 2 a 0 na Vila Belmiro.', 'Por Rafael Lima', ('10/03/2024', '2024-03-10T21:00:00-03:00')),
         ('Etapa do circuito de surfe confirmada no Guarujá', 'Competição acontece em abril na praia do Tombo.', 'Por Carla Mendes', ('09/03/2024', '2024-03-09T12:00:00-03:00')),
         ('Vôlei de praia: dupla local vai ao Mundial', 'Atletas treinam na praia do Gonzaga.', 'Por Ana Souza', ('08/03/2024', '2024-03-08T15:30:00-03:00'))])

# pt-11 ---------------------------------------------------------------------
D('pt-11', 'md', 'Notas', 'Por que voltei a usar cadernos de papel',
  '''
Passei dez anos anotando tudo no celular. Listas, ideias, resumos de reuniões. No ano passado comprei um caderno de capa dura e, para minha surpresa, não larguei mais.

Escrever à mão é mais lento, e é justamente isso que ajuda. Não dá para anotar tudo, então eu preciso decidir o que importa. Quando releio as páginas, lembro melhor do que foi discutido.

O celular continua útil para lembretes e endereços. Mas para pensar, o papel voltou a ganhar.
''',
  L('person', 'Gabriel Rocha', 'frontmatter', 'none', None, 'YAML author, no date key'),
  ext='md',
  fm='''---
title: "Por que voltei a usar cadernos de papel"
author: Gabriel Rocha
tags: [produtividade]
---''')

# pt-12 ---------------------------------------------------------------------
D('pt-12', 'md', 'Documentação', 'Novidades da versão 2.4',
  '''
A versão 2.4 traz suporte a exportação em PDF/A, melhorias no editor de modelos e correções de desempenho na busca.

## Exportação em PDF/A

Documentos podem agora ser exportados no formato PDF/A-2b, exigido por vários órgãos públicos para arquivamento de longo prazo.

## Editor de modelos

Campos condicionais permitem mostrar ou ocultar trechos do modelo conforme as respostas do formulário.
''',
  L('none', None, None, 'present', 'frontmatter', 'YAML with date but no author'),
  ext='md',
  fm='''---
title: Novidades da versão 2.4
date: 2024-03-05
slug: novidades-2-4
---''')

# pt-13 ---------------------------------------------------------------------
D('pt-13', 'docs', 'Agendafácil Ajuda',
  'Como configurar lembretes por WhatsApp',
  '''
O Agendafácil pode enviar lembretes automáticos para seus clientes pelo WhatsApp, reduzindo faltas e atrasos.

## Conectar o número

Em Configurações › Integrações, clique em Conectar WhatsApp e leia o QR Code com o celular da empresa. O número precisa estar em uma conta WhatsApp Business.

## Definir os lembretes

Escolha quando o lembrete deve ser enviado: 24 horas antes, 2 horas antes ou ambos. O texto pode ser personalizado com o nome do cliente, o serviço e o horário.

## Respostas dos clientes

Se o cliente responder CANCELAR, o horário é liberado automaticamente e você recebe uma notificação.
''',
  L('none', None, None, 'none', None, 'help page with no author and no date'),
  section='Integrações', ogtype='website',
  tree=['Primeiros passos', 'Agenda', 'Como configurar lembretes por WhatsApp', 'Pagamentos', 'Relatórios'],
  copyright='© 2024 Agendafácil Tecnologia Ltda.')
