MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]


def fmt_long(d):
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def fmt_short(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def fmt_time(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}h{d.minute:02d}"


L = {
    "code": "pt",
    "people": ["Ana Beatriz Souza", "Rafael Oliveira", "Mariana Costa", "Thiago Almeida", "Juliana Pereira",
               "Bruno Carvalho", "Fernanda Lima", "Gustavo Ribeiro", "Inês Martins", "João Pedro Santos"],
    "extras": ["Cláudia Nogueira", "Paulo Mendes", "Luíza Barros", "Ricardo Teixeira", "Sônia Farias",
               "Eduardo Pinto", "Helena Duarte", "Marcos Vieira"],
    "handles": ["anabsouza", "rafa.oliveira", "mari_costa", "thiagoalm", "jupereira", "bcarvalho"],
    "commenters": ["Horta da Vó", "Carlos R.", "pedal_sp", "Dona Cida", "Anônimo", "Zé Maria"],
    "sites": {
        "blog": [("Horta na Varanda", "hortanavaranda.com.br"), ("Pedalando em SP", "pedalandoemsp.com.br"),
                 ("Cozinha da Vó", "cozinhadavo.com.br"), ("Tecnologia Descomplicada", "tecnologiadescomplicada.pt")],
        "news": [("Jornal do Vale Paulista", "jornaldovalepaulista.com.br"), ("Diário do Minho Hoje", "diariominhohoje.pt")],
        "company": ("Ventos do Sul Energia S.A.", "ventosdosul.com.br"),
        "shop": ("Cestaria Nordeste", "cestarianordeste.com.br"),
        "docs": ("NotaFácil", "docs.notafacil.com.br"),
        "forum": ("Fórum Aquarismo Brasil", "forumaquarismo.com.br"),
    },
    "org_bylines": ["Redação", "Da Redação", "Redação Web", "Equipe Editorial", "Agência Estado Regional"],
    "prefixes": ["Por {a}", "por {a}", "Texto: {a}", "Escrito por {a}", "Autor: {a}", "Por {a} e {b}"],
    "published": "Publicado em {d}",
    "updated": "Atualizado em {d}",
    "posted_on": "Postado em {d}",
    "fmt_long": fmt_long, "fmt_short": fmt_short, "fmt_time": fmt_time,
    "quote": "“Sinceramente, não esperávamos tanto interesse”, diz {name}, que coordena uma associação de moradores do bairro.",
    "event": "Uma palestra aberta ao público sobre o tema está marcada para {d}, no centro comunitário da Rua das Flores.",
    "bio": "{name} escreve sobre ciência do cotidiano, cidades e alimentação e colabora com o {site} desde 2018.",
    "comments": ["Ótimo texto, obrigado! Testei na primavera passada e funcionou muito bem.",
                 "Não concordo muito com o segundo ponto, mas o resto bate com a minha experiência.",
                 "Salvei aqui. Seria legal uma continuação daqui a alguns meses."],
    "ui": {
        "home": "Início", "news": "Notícias", "about": "Sobre", "contact": "Contato", "search": "Buscar",
        "categories": "Categorias", "tags": "Tags", "archive": "Arquivo", "related": "Leia também",
        "recent": "Posts recentes", "comments": "Comentários", "reply": "Responder", "leave_comment": "Deixe um comentário",
        "share": "Compartilhar", "newsletter": "Assine a newsletter", "subscribe": "Assinar",
        "about_author": "Sobre o autor", "photo": "Foto", "rights": "Todos os direitos reservados",
        "site_updated": "Site atualizado em {d}", "read_more": "Continue lendo", "min_read": "{n} min de leitura",
        "privacy": "Política de privacidade", "imprint": "Termos de uso", "add_to_cart": "Adicionar ao carrinho", "in_stock": "Em estoque",
        "reviews": "Avaliações de clientes", "description": "Descrição", "edit_page": "Editar esta página",
        "on_this_page": "Nesta página", "last_updated": "Última atualização em {d}", "replies": "respostas",
        "joined": "Membro desde", "posts": "Mensagens", "press": "Sala de imprensa", "press_contact": "Contato para imprensa",
        "about_company": "Sobre a {c}", "prev": "Anterior", "next": "Próximo", "follow": "Seguir",
        "more_from": "Mais de {s}", "says": "disse:", "login": "Entrar", "verified": "Compra verificada",
        "press_release": "Comunicado à imprensa", "docs": "Documentação", "forum_home": "Fóruns",
    },
    "articles": [
        {"cat": "Horta", "slug": "horta-na-varanda-para-iniciantes",
         "title": "Horta na varanda: guia para quem está começando",
         "lede": "Com alguns vasos grandes e um pouco de paciência, dá para colher temperos e folhas frescas mesmo morando em apartamento.",
         "paras": [
             "O primeiro passo é observar quantas horas de sol a varanda recebe. Com menos de quatro horas, aposte em alface, rúcula e cebolinha; com mais, tomate-cereja e pimentas vão bem.",
             "O substrato faz toda a diferença. Uma mistura de terra vegetal, húmus de minhoca e um pouco de areia garante drenagem sem deixar a terra secar rápido demais.",
             "Regar no fim da tarde evita que a água evapore antes de chegar às raízes. Em dias muito quentes, vale conferir os vasos menores duas vezes.",
             "E não desanime com as primeiras perdas: toda horta tem uma fase de tentativa e erro até encontrar o que funciona naquele cantinho.",
         ]},
        {"cat": "Mobilidade", "slug": "um-ano-de-bike-para-o-trabalho",
         "title": "Um ano indo de bike para o trabalho: o que aprendi sobre a cidade",
         "lede": "Doze meses, cerca de 3 mil quilômetros e um selim roubado depois, o caminho de todo dia ficou diferente.",
         "paras": [
             "As primeiras semanas foram de adaptação: encontrar uma rota longe das avenidas mais movimentadas e descobrir em quais cruzamentos é preciso redobrar a atenção.",
             "Com o tempo, o trajeto virou o momento mais tranquilo do dia. As ruas internas do bairro se mostraram mais rápidas que a avenida principal, e a ciclovia do parque, mais agradável.",
             "O verão foi o verdadeiro teste. Sair cedo, levar uma camiseta reserva e conhecer os bebedouros do caminho resolveram quase tudo.",
             "O que fica é um outro mapa da cidade, feito de ladeiras, buracos e da padaria que abre às seis.",
         ]},
        {"cat": "Cultura", "slug": "biblioteca-aberta-a-noite",
         "title": "Biblioteca municipal testa funcionamento noturno e surpreende",
         "lede": "Durante seis meses, a biblioteca central ficou aberta até as 22h nos dias úteis. O resultado superou as expectativas da equipe.",
         "paras": [
             "O pedido partiu de estudantes de cursinho, que não tinham onde estudar depois do trabalho. A prefeitura aceitou fazer um teste com equipe reduzida.",
             "O movimento depois das 18h foi maior do que o previsto, e não só de estudantes. Trabalhadores em turnos, mães e pais e aposentados também passaram a frequentar o espaço.",
             "Segundo os funcionários, o clima à noite é mais calmo, e atividades como clubes de leitura ganharam novos participantes.",
             "A continuidade do horário estendido depende do orçamento do próximo ano.",
         ]},
        {"cat": "Receitas", "slug": "pao-de-queijo-mineiro-tradicional",
         "title": "Pão de queijo mineiro: o passo a passo que não falha",
         "lede": "Polvilho, queijo curado e paciência na hora de sovar. A receita da família, explicada sem mistério.",
         "paras": [
             "O segredo começa no polvilho: metade doce, metade azedo, escaldado com leite e óleo bem quentes. É isso que dá a casquinha crocante e o miolo elástico.",
             "Espere a massa amornar antes de acrescentar os ovos, um de cada vez. Se a massa estiver quente demais, os ovos cozinham e o pão não cresce.",
             "O queijo deve ser meia-cura, ralado fino. Queijos muito frescos soltam água e deixam o pão de queijo achatado.",
             "As bolinhas podem ser congeladas cruas e assadas direto do freezer, o que salva qualquer café da tarde inesperado.",
         ]},
        {"cat": "Tecnologia", "slug": "backup-das-fotos-da-familia",
         "title": "Como fazer backup das fotos da família sem complicação",
         "lede": "Vinte anos de imagens espalhadas em celulares antigos, notebooks e numa nuvem cuja senha ninguém lembra. Um plano que funciona.",
         "paras": [
             "Primeiro, junte tudo num só lugar, mesmo que bagunçado. Um HD externo com uma pasta por aparelho é melhor do que um sistema perfeito que nunca sai do papel.",
             "A regra clássica continua valendo: três cópias, em dois tipos de mídia, com uma delas fora de casa.",
             "As fotos duplicadas são a maior dor de cabeça. Há programas gratuitos que encontram arquivos idênticos, mas sequências quase iguais é melhor revisar à mão.",
             "Por fim, teste a restauração. Backup que nunca foi restaurado é só uma esperança.",
         ]},
    ],
    "product": {"name": "Cesto de palha de carnaúba trançado à mão", "price": "R$ 149,90", "sku": "CN-CST-CARN-M",
                "desc": ["Produzido por artesãs do Ceará com palha de carnaúba, este cesto é ideal para organizar mantas, brinquedos ou roupas.",
                         "Medidas: 40 cm de diâmetro × 35 cm de altura. Cada peça é única e pode apresentar pequenas variações na trama."],
                "reviews": ["Lindo e muito resistente, superou minhas expectativas.", "Chegou antes do prazo e bem embalado."]},
    "forum": {"title": "Aquário de 60 litros com água turva depois da montagem",
              "op": ["Pessoal, montei meu primeiro aquário de 60 litros há uma semana e a água está branca, bem turva. Ainda não coloquei peixes.",
                     "Estou usando filtro hang-on e substrato de areia. É normal ou fiz alguma coisa errada na montagem?"],
              "replies": ["É a famosa explosão bacteriana, normal na ciclagem. Tenha paciência e não troque toda a água.",
                          "Lavou bem a areia antes? Às vezes é só poeira do substrato."]},
    "docs": {"title": "Emitindo notas fiscais de serviço pela API",
             "paras": ["Para emitir uma NFS-e, envie uma requisição POST para o endpoint /v2/nfse com os dados do tomador e do serviço prestado.",
                       "A API valida os dados conforme as regras do município antes de transmitir a nota. Erros de validação retornam o código 422 com a descrição do problema.",
                       "O PDF e o XML da nota ficam disponíveis assim que a prefeitura autorizar a emissão."],
             "code": "curl -X POST https://api.notafacil.com.br/v2/nfse \\\n  -H \"Authorization: Bearer $TOKEN\" -d @nota.json"},
    "press": {"title": "Ventos do Sul Energia inaugura complexo eólico no Rio Grande do Sul",
              "city": "Porto Alegre",
              "paras": ["A Ventos do Sul Energia S.A. inaugurou nesta semana seu novo complexo eólico no litoral gaúcho, com 48 aerogeradores e capacidade instalada de 210 MW.",
                        "A energia gerada será suficiente para abastecer cerca de 400 mil residências por ano.",
                        "O investimento total foi de R$ 1,2 bilhão, e as obras geraram aproximadamente 1.500 empregos diretos e indiretos na região."],
              "boiler": "A Ventos do Sul Energia S.A. atua na geração de energia eólica e solar no Sul e no Nordeste do Brasil."},
}
