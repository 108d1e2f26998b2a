import { b, h, i, image, link, list, p, quote, related } from "../seed-blocks.ts";
import type { SeedArticle, SeedBlock } from "../seed-types.ts";

/**
 * The demo newsroom's non-news desks: opinion, analysis, blog, features,
 * videos, infographs, photo galleries and one live story. Our own writing:
 * fictional or general-interest stories, no claims about real living people.
 * Editions differ on purpose: some stories exist in one language only.
 */

const gallery = (...items: Array<[media: string, caption: string]>): SeedBlock => ({
  type: "gallery",
  items: items.map(([media, caption]) => ({ media, caption })),
});

/** Video files are served at /media/video/<key>.mp4; the poster is the media with the same key. */
const video = (key: string, title: string, durationSeconds: number): SeedBlock => ({
  type: "video",
  url: `/media/video/${key}.mp4`,
  title,
  poster: key,
  durationSeconds,
});

const OPINION: SeedArticle[] = [
  {
    key: "f-op-thirsty-cities",
    kind: "opinion",
    section: "articles/opinion",
    region: "mena",
    dossier: "water-crisis",
    tags: ["water", "cities", "climate", "drought", "infrastructure", "jordan", "morocco", "egypt"],
    authors: ["layla-haddad"],
    leadMedia: "f-op-thirsty-cities",
    shareCount: 412,
    originalLocale: "ar",
    publishedHoursAgo: 20,
    translations: {
      ar: {
        title: "مدننا عطشى، والحل يبدأ من الأنابيب المثقوبة لا من السدود الجديدة",
        summary:
          "قبل أن نبني سدوداً ومحطات تحلية جديدة، علينا أن نوقف الهدر الذي يتسرب كل يوم من شبكات متهالكة تحت شوارعنا.",
        body: [
          p(
            "في كثير من مدن المنطقة يضيع ما بين ثلث المياه المعالجة ونصفها قبل أن يصل إلى الصنابير. ليس هذا سراً؛ فالرقم يتكرر في تقارير البلديات عاماً بعد عام، ثم يُطوى في الأدراج. وتؤكد ",
            link("بيانات البنك الدولي عن المياه", "https://www.worldbank.org/en/topic/water"),
            " أن الفاقد في الشبكات من أكبر أبواب الهدر في المنطقة.",
          ),
          p("المشكلة إذن ليست في ندرة المياه وحدها، بل في ", b("إدارة ما نملكه منها"), "."),
          h("الصيانة لا تصنع صوراً تذكارية"),
          p(
            "يحب المسؤولون افتتاح المشاريع الكبرى، فالسد الجديد يصلح لصورة على الصفحة الأولى، أما استبدال أنبوب قديم في حي شعبي فلا يراه أحد. لكن الحساب بسيط: كل لتر ننقذه من التسرب أرخص من أي لتر نحلّيه من البحر.",
          ),
          quote("أرخص مياه في العالم هي المياه التي لا نهدرها.", "مهندسة في مرفق مياه بلدي"),
          related("f-ig-mena-solar", "f-an-sahel-grain"),
          p(
            "ما نحتاجه خطة معلنة لعشر سنوات، بأهداف قابلة للقياس في كل حي، وعدادات ذكية تكشف التسرب قبل أن يتحول إلى ",
            i("فيضان صامت"),
            " تحت الإسفلت. حينها فقط يمكننا أن نتحدث بجدية عن مصادر جديدة.",
          ),
        ],
      },
      en: {
        title: "Our cities are thirsty, and the cure starts with leaking pipes, not new dams",
        summary:
          "Before we build more dams and desalination plants, we should stop the water that seeps away every day from the worn-out networks under our streets.",
        body: [
          p(
            "In many cities of the region, between a third and a half of treated water is lost before it reaches a tap. This is no secret: the figure turns up in municipal reports year after year and is then filed away. ",
            link("World Bank water data", "https://www.worldbank.org/en/topic/water"),
            " lists network losses among the region's largest sources of waste.",
          ),
          p("The problem is not scarcity alone. It is ", b("how we manage what we already have"), "."),
          h("Maintenance makes no photo opportunities"),
          p(
            "Officials like to open big projects. A new dam makes a front-page picture; replacing an old pipe in a working-class district does not. Yet the arithmetic is simple: every litre saved from a leak is cheaper than any litre we desalinate from the sea.",
          ),
          quote(
            "The cheapest water in the world is the water we do not waste.",
            "An engineer at a municipal water utility",
          ),
          related("f-ig-mena-solar", "f-an-sahel-grain"),
          p(
            "What we need is a published ten-year plan with measurable targets for every district, and smart meters that catch leaks before they become a ",
            i("silent flood"),
            " under the asphalt. Only then can we talk seriously about new sources.",
          ),
        ],
      },
      es: {
        title: "Nuestras ciudades tienen sed, y la cura empieza por las tuberías rotas, no por nuevas presas",
        summary:
          "Antes de levantar más presas y desaladoras, hay que frenar el agua que se pierde cada día en las redes gastadas bajo nuestras calles.",
        body: [
          p(
            "En muchas ciudades de la región se pierde entre un tercio y la mitad del agua tratada antes de llegar al grifo. No es ningún secreto: la cifra aparece en los informes municipales año tras año y luego se archiva. Los ",
            link("datos del Banco Mundial sobre agua", "https://www.worldbank.org/en/topic/water"),
            " sitúan las fugas entre las mayores fuentes de derroche de la región.",
          ),
          p("El problema no es solo la escasez, sino ", b("cómo gestionamos la que ya tenemos"), "."),
          h("El mantenimiento no sale en la foto"),
          p(
            "A los responsables públicos les gusta inaugurar grandes obras. Una presa nueva da para una portada; cambiar una tubería vieja en un barrio popular, no. Pero la cuenta es sencilla: cada litro que se salva de una fuga sale más barato que cualquier litro desalado.",
          ),
          quote(
            "El agua más barata del mundo es la que no desperdiciamos.",
            "Una ingeniera de una empresa municipal de aguas",
          ),
          related("f-ig-mena-solar", "f-an-sahel-grain"),
          p(
            "Hace falta un plan público a diez años, con metas medibles por barrio y contadores inteligentes que detecten las fugas antes de que se conviertan en una ",
            i("inundación silenciosa"),
            " bajo el asfalto. Solo entonces podremos hablar en serio de nuevas fuentes.",
          ),
        ],
      },
    },
  },
  {
    key: "f-op-neighbourhood-libraries",
    kind: "opinion",
    section: "articles/opinion",
    region: "latin-america",
    tags: ["libraries", "education", "cities", "youth", "colombia", "mexico", "unesco"],
    authors: ["mateo-arriaga"],
    leadMedia: "f-op-neighbourhood-libraries",
    shareCount: 238,
    originalLocale: "es",
    publishedHoursAgo: 55,
    translations: {
      es: {
        title: "Las bibliotecas de barrio son infraestructura, no nostalgia",
        summary:
          "Una biblioteca abierta hasta tarde hace por un barrio lo mismo que una buena línea de autobús: acerca oportunidades que estaban lejos.",
        body: [
          p(
            "Cada vez que un ayuntamiento recorta presupuesto, la biblioteca del barrio aparece en la lista. Se la trata como un lujo sentimental, un lugar de libros viejos y silencio. Es un error de diagnóstico.",
          ),
          p(
            "En las ciudades de la región, la biblioteca es a menudo ",
            b("el único espacio público con techo, wifi y enchufes"),
            " donde un adolescente puede pasar la tarde sin gastar dinero. Allí se hacen tareas, se buscan empleos y se rellenan trámites que ya solo existen en línea.",
          ),
          h("Medir lo que importa"),
          p(
            "Contar préstamos de libros ya no basta. Habría que medir cuántas solicitudes de empleo se envían desde sus computadoras, cuántos niños reciben apoyo escolar y cuántas personas mayores aprenden a usar la banca digital. La ",
            link("UNESCO", "https://www.unesco.org/en/education"),
            " lleva años insistiendo en ese papel educativo fuera de la escuela.",
          ),
          quote(
            "Aquí vienen a estudiar porque en casa no hay mesa ni silencio.",
            "Bibliotecaria de un barrio periférico",
          ),
          related("f-ft-andes-weavers", "f-op-translator-judgement"),
          p(
            "Abrir hasta las nueve de la noche cuesta poco comparado con una autopista. Si de verdad creemos en la igualdad de oportunidades, la biblioteca de barrio debería estar en el ",
            i("presupuesto de infraestructura"),
            ", no en el de cultura.",
          ),
        ],
      },
      en: {
        title: "Neighbourhood libraries are infrastructure, not nostalgia",
        summary:
          "A library that stays open late does for a neighbourhood what a good bus line does: it brings distant opportunities closer.",
        body: [
          p(
            "Whenever a city council trims its budget, the neighbourhood library ends up on the list. It is treated as a sentimental luxury, a place of old books and silence. That is a misdiagnosis.",
          ),
          p(
            "In the region's cities the library is often ",
            b("the only public space with a roof, wifi and sockets"),
            " where a teenager can spend an afternoon without spending money. Homework gets done there, jobs get found, and forms that now exist only online get filled in.",
          ),
          h("Measuring what matters"),
          p(
            "Counting book loans is no longer enough. We should count job applications sent from library computers, children helped with schoolwork and older people learning to bank online. ",
            link("UNESCO", "https://www.unesco.org/en/education"),
            " has stressed that role in learning outside school for years.",
          ),
          quote(
            "They come here to study because at home there is no table and no quiet.",
            "A librarian in an outlying district",
          ),
          related("f-ft-andes-weavers", "f-op-translator-judgement"),
          p(
            "Staying open until nine in the evening costs little next to a motorway. If we truly believe in equal opportunity, the neighbourhood library belongs in the ",
            i("infrastructure budget"),
            ", not the culture budget.",
          ),
        ],
      },
    },
  },
  {
    key: "f-op-villages-trains",
    kind: "opinion",
    section: "articles/opinion",
    region: "europe",
    tags: ["remote-work", "rural-life", "transport", "housing", "spain", "italy", "european-union"],
    authors: ["claire-dubois"],
    leadMedia: "f-op-villages-trains",
    shareCount: 96,
    originalLocale: "en",
    publishedHoursAgo: 130,
    translations: {
      en: {
        title: "Remote work could revive Europe's emptying villages, but only if the trains come back",
        summary:
          "Fast broadband brought a few newcomers to depopulated villages; without a station and a school they will not stay.",
        body: [
          p(
            "For a while it seemed that a fibre-optic cable was all a mountain village needed. Designers, programmers and translators arrived with laptops, renovated stone houses and posted sunsets online. Three winters later, many have left.",
          ),
          p(
            "The reason is rarely the internet. It is ",
            b("the missing everyday things"),
            ": a train to the county town, a pharmacy, a school that has not merged with one forty kilometres away.",
          ),
          h("Connectivity is more than bandwidth"),
          p(
            "Rural policy has treated broadband as the final mile. It should be the first. The ",
            link("European Commission's rural vision", "https://rural-vision.europa.eu/"),
            " talks about connected villages; the connections people mention first are buses and trains.",
          ),
          quote(
            "We came for the quiet and left because of the timetable.",
            "A former resident who moved back to the city",
          ),
          related("f-bl-madrid-heat", "f-vd-heat-dome-explainer"),
          p(
            "Reopening a regional line is expensive, but so is a countryside that empties a little more each decade. Remote work has given villages a second chance; ",
            i("public transport decides whether they take it"),
            ".",
          ),
        ],
      },
    },
  },
  {
    key: "f-op-olive-memory",
    kind: "opinion",
    section: "articles/opinion",
    region: "palestine",
    tags: ["olives", "agriculture", "heritage", "west-bank", "food", "rural-life", "fao"],
    authors: ["youssef-amrani"],
    leadMedia: "f-op-olive-memory",
    shareCount: 689,
    originalLocale: "ar",
    publishedHoursAgo: 44,
    translations: {
      ar: {
        title: "موسم الزيتون ذاكرةٌ لا تُقطف",
        summary:
          "في كل خريف تعود العائلات إلى الحقول، لا لتجمع الثمار فحسب، بل لتستعيد حكايات تتوارثها الأجيال تحت الشجر نفسه.",
        body: [
          p(
            "حين يقترب تشرين الأول، تتغير لغة البيوت. يصير الحديث عن السلالم والمفارش وأكياس الخيش، وعن أي حقل نبدأ به أولاً. موسم الزيتون ليس عملاً زراعياً فقط، بل ",
            b("تقويم تعيش عليه العائلة"),
            ".",
          ),
          p(
            "جدتي كانت تعرف كل شجرة باسمها: هذه زرعها أبوها، وتلك أثمرت عاماً بعد عام رغم الجفاف. كانت تقول إن الشجرة تتذكر من يعتني بها.",
          ),
          quote("الزيتونة لا تستعجل، ومن يستعجلها لا يفهمها.", "مثل يتردد في حقول القرية"),
          h("ما الذي نورثه لأبنائنا؟"),
          p(
            "اليوم يعمل كثير من الشباب في المدن، ويعودون في الموسم لأيام قليلة. لكن عودتهم هذه هي ما يبقي الحكاية حية. ويذكّر ",
            link(
              "دليل منظمة الأغذية والزراعة عن الزيتون",
              "https://www.fao.org/land-water/databases-and-software/crop-information/olive/en/",
            ),
            " بأن الشجرة قد تعمّر قروناً إذا وجدت من يرعاها.",
          ),
          related("f-gl-tatreez-workshop", "f-ft-hebron-glass"),
          p("ربما لا نقطف في الخريف زيتوناً فقط، بل نقطف ", i("ذاكرة"), " نحرص على ألا تسقط من أيدينا."),
        ],
      },
      en: {
        title: "The olive harvest is a memory that cannot be picked",
        summary:
          "Every autumn families return to the groves, not only to gather the fruit but to recover stories passed down under the same trees.",
        body: [
          p(
            "As October approaches, the language of the house changes. Talk turns to ladders, ground sheets and burlap sacks, and to which grove to start with. The olive season is not just farm work; it is ",
            b("the calendar a family lives by"),
            ".",
          ),
          p(
            "My grandmother knew every tree by name: this one her father planted, that one kept bearing fruit through years of drought. She used to say a tree remembers who looks after it.",
          ),
          quote(
            "The olive tree is never in a hurry, and whoever hurries it does not understand it.",
            "A saying heard in the village groves",
          ),
          h("What do we hand down?"),
          p(
            "Today many young people work in the cities and come back for a few days in the season. That return is what keeps the story alive. The ",
            link(
              "FAO's notes on the olive",
              "https://www.fao.org/land-water/databases-and-software/crop-information/olive/en/",
            ),
            " recall that a tree can live for centuries if someone tends it.",
          ),
          related("f-gl-tatreez-workshop", "f-ft-hebron-glass"),
          p(
            "Perhaps in autumn we do not pick only olives, but a ",
            i("memory"),
            " we take care not to drop.",
          ),
        ],
      },
    },
  },
  {
    key: "f-op-translator-judgement",
    kind: "opinion",
    section: "articles/opinion",
    region: "us-canada",
    dossier: "digital-lives",
    tags: [
      "artificial-intelligence",
      "translation",
      "journalism",
      "languages",
      "internet",
      "united-states",
      "canada",
    ],
    authors: ["nadia-brooks"],
    leadMedia: "f-op-translator-judgement",
    shareCount: 1204,
    originalLocale: "en",
    publishedHoursAgo: 8,
    translations: {
      en: {
        title: "Machine translation will not replace a translator's judgement",
        summary:
          "Software can turn a sentence into another language in a second; deciding what a sentence means to a different audience is still human work.",
        body: [
          p(
            "Every newsroom that publishes in more than one language now runs its copy through software first. That is sensible: the draft arrives in seconds and is often good. The danger is believing ",
            b("a good draft is a finished translation"),
            ".",
          ),
          p(
            "A headline that is neutral in English can sound accusatory in Arabic; a polite Spanish phrase can read as stiff in English. Machines pick the likeliest words. Editors must pick the ",
            i("right"),
            " ones for a particular audience on a particular day.",
          ),
          h("Where the human adds value"),
          list(
            "Names, titles and places that have an established form in each language.",
            "Figures of speech that carry a political charge in one culture but not another.",
            "Quotes, which must be faithful to the speaker rather than elegant.",
          ),
          quote(
            "The software gives me the words. My job is to decide what they will mean to the reader.",
            "A senior translator on a trilingual desk",
          ),
          related("f-op-neighbourhood-libraries", "f-op-screens-arabic"),
          p(
            "Publishers who care about trust should show readers when a story was translated and by whom, as ",
            link("many press councils recommend", "https://www.presscouncils.eu/"),
            ". Transparency costs one line of text and buys a great deal of credibility.",
          ),
        ],
      },
      ar: {
        title: "الترجمة الآلية لن تحل محل حسّ المترجم",
        summary:
          "يستطيع البرنامج نقل جملة إلى لغة أخرى في ثانية، لكن تقدير ما تعنيه الجملة لجمهور مختلف ما زال عملاً بشرياً.",
        body: [
          p(
            "كل غرفة أخبار تنشر بأكثر من لغة باتت تمرر نصوصها على البرمجيات أولاً. وهذا منطقي، فالمسودة تصل في ثوانٍ وغالباً ما تكون جيدة. الخطر أن نظن أن ",
            b("المسودة الجيدة ترجمة مكتملة"),
            ".",
          ),
          p(
            "قد يبدو عنوان محايد بالإنجليزية اتهامياً بالعربية، وقد تُقرأ عبارة إسبانية مهذبة جافةً بالإنجليزية. الآلة تختار الكلمات الأكثر احتمالاً، أما المحرر فعليه أن يختار الكلمات ",
            i("الصحيحة"),
            " لجمهور بعينه في يوم بعينه.",
          ),
          h("أين تكمن القيمة البشرية"),
          list(
            "الأسماء والألقاب والأماكن التي لها صيغة مستقرة في كل لغة.",
            "التعابير المجازية التي تحمل شحنة سياسية في ثقافة دون أخرى.",
            "الاقتباسات التي يجب أن تكون أمينة لقائلها لا أنيقة فحسب.",
          ),
          quote("البرنامج يعطيني الكلمات، وعملي أن أقرر ماذا ستعني للقارئ.", "مترجم أول في قسم ثلاثي اللغات"),
          related("f-op-neighbourhood-libraries", "f-op-screens-arabic"),
          p(
            "على الناشرين الحريصين على الثقة أن يخبروا القراء متى تُرجمت المادة ومن ترجمها، كما ",
            link("توصي مجالس صحافة كثيرة", "https://www.presscouncils.eu/"),
            ". الشفافية تكلف سطراً واحداً وتكسب مصداقية كبيرة.",
          ),
        ],
      },
      es: {
        title: "La traducción automática no sustituirá el criterio del traductor",
        summary:
          "Un programa pasa una frase a otro idioma en un segundo; decidir qué significa esa frase para otro público sigue siendo trabajo humano.",
        body: [
          p(
            "Toda redacción que publica en más de un idioma pasa ya sus textos primero por un programa. Tiene sentido: el borrador llega en segundos y suele ser bueno. El peligro es creer que ",
            b("un buen borrador es una traducción terminada"),
            ".",
          ),
          p(
            "Un titular neutro en inglés puede sonar acusador en árabe; una fórmula cortés en español puede leerse rígida en inglés. La máquina elige las palabras más probables. El editor debe elegir las ",
            i("adecuadas"),
            " para un público concreto en un día concreto.",
          ),
          h("Dónde aporta la persona"),
          list(
            "Nombres, cargos y lugares que tienen una forma asentada en cada idioma.",
            "Figuras retóricas con carga política en una cultura y no en otra.",
            "Las citas, que deben ser fieles a quien habla antes que elegantes.",
          ),
          quote(
            "El programa me da las palabras. Mi trabajo es decidir qué van a significar para el lector.",
            "Traductora sénior de una mesa trilingüe",
          ),
          related("f-op-neighbourhood-libraries", "f-op-screens-arabic"),
          p(
            "Los medios que se toman en serio la confianza deberían indicar cuándo se tradujo un texto y quién lo hizo, como ",
            link("recomiendan muchos consejos de prensa", "https://www.presscouncils.eu/"),
            ". La transparencia cuesta una línea y da mucha credibilidad.",
          ),
        ],
      },
    },
  },
  {
    key: "f-op-screens-arabic",
    kind: "opinion",
    section: "articles/opinion",
    region: "mena",
    tags: ["languages", "education", "youth", "social-media", "literature", "unesco", "internet"],
    authors: ["layla-haddad"],
    leadMedia: "f-op-screens-arabic",
    shareCount: 357,
    originalLocale: "ar",
    publishedHoursAgo: 210,
    translations: {
      ar: {
        title: "لغة الضاد في زمن الشاشات: الخطر ليس في الحروف اللاتينية",
        summary:
          "يكتب الشباب العربية بأرقام وحروف لاتينية على هواتفهم، لكن ما يهدد اللغة حقاً هو غياب المحتوى الجذاب بها.",
        body: [
          p(
            "كلما رأى أحدنا رسالة مكتوبة بـ«العربيزي» تعالت الشكوى من ضياع اللغة. غير أن الشباب الذين يكتبون «3» مكان العين هم أنفسهم من يتابعون مسلسلات ومقاطع بالعربية لساعات.",
          ),
          p(
            "المشكلة الحقيقية أن ",
            b("المحتوى العربي الرقمي ما زال قليلاً"),
            " قياساً بعدد الناطقين بها، وأن كثيراً منه لا يخاطب اهتمامات الجيل الجديد.",
          ),
          h("من الدفاع إلى الإنتاج"),
          p(
            "بدلاً من حملات التوبيخ، نحتاج إلى معاجم رقمية سهلة، ولوحات مفاتيح ذكية، وكتب مصورة وبودكاست بعربية حية. وتذكّر ",
            link("اليونسكو في اليوم العالمي للغة العربية", "https://www.unesco.org/en/days/arabic-language"),
            " بأن اللغة تحيا بالاستعمال لا بالحراسة.",
          ),
          quote(
            "اللغة التي لا تُستعمل في الضحك واللعب لن تُستعمل طويلاً في الجد.",
            "أستاذ لسانيات في جامعة عربية",
          ),
          related("f-op-translator-judgement", "f-vd-cairo-bookbinder"),
          p("لن تنقذ العربيةَ الخطبُ، بل ", i("قصة جيدة"), " يرويها كاتب شاب بلغة يفهمها أقرانه."),
        ],
      },
    },
  },
];

const ANALYSIS: SeedArticle[] = [
  {
    key: "f-an-sahel-grain",
    kind: "analysis",
    section: "articles/analysis",
    region: "africa",
    dossier: "cost-of-living",
    tags: ["food-prices", "agriculture", "climate", "markets", "sahel", "niger", "mali", "fao"],
    authors: ["amina-diallo"],
    leadMedia: "f-an-sahel-grain",
    shareCount: 175,
    originalLocale: "en",
    publishedHoursAgo: 72,
    translations: {
      en: {
        title: "Why grain prices in the Sahel follow the rains more than the markets",
        summary:
          "Millet and sorghum prices in Sahel towns swing with the rainy season, and storage, not imports, is the cheapest way to calm them.",
        body: [
          p(
            "In the lean months before the harvest, a sack of millet in a Sahel market town can cost almost twice what it did at harvest time. Traders are often blamed, but the pattern is older than any trader: ",
            b("the price tracks the rain"),
            ".",
          ),
          p(
            "Most households sell part of their crop straight after harvest to pay debts and school fees, when prices are lowest, and buy back in the lean season, when prices peak. The ",
            link("FAO price monitoring tool", "https://fpma.fao.org/"),
            " shows the same seasonal curve year after year.",
          ),
          h("Storage as policy"),
          p(
            "Village cereal banks and warehouse receipt schemes let farmers store grain and borrow against it instead of selling cheap. Where they work, they flatten the curve more than emergency imports do, and at a fraction of the cost.",
          ),
          quote(
            "If a farmer can wait three months to sell, the whole village eats better in August.",
            "An agronomist working with farmer cooperatives",
          ),
          related("f-op-thirsty-cities", "f-ft-highland-runners"),
          p(
            "The catch is trust: cooperatives need honest bookkeeping and dry, secure stores. ",
            i("Small, boring investments"),
            " in roofs, scales and ledgers may do more for food security than any headline programme.",
          ),
        ],
      },
      ar: {
        title: "لماذا تتبع أسعار الحبوب في الساحل المطرَ أكثر مما تتبع الأسواق؟",
        summary:
          "تتأرجح أسعار الدخن والذرة الرفيعة في مدن الساحل مع موسم الأمطار، والتخزين لا الاستيراد هو أرخص طريق لتهدئتها.",
        body: [
          p(
            "في الأشهر العجاف التي تسبق الحصاد، قد يكلف كيس الدخن في بلدة سوقية بالساحل ضعف ثمنه وقت الحصاد تقريباً. كثيراً ما يُلام التجار، لكن النمط أقدم من أي تاجر: ",
            b("السعر يتبع المطر"),
            ".",
          ),
          p(
            "تبيع معظم الأسر جزءاً من محصولها بعد الحصاد مباشرة لسداد الديون والرسوم المدرسية، حين تكون الأسعار في أدناها، ثم تعود لتشتري في موسم الشح حين تبلغ ذروتها. وتُظهر ",
            link("أداة منظمة الأغذية والزراعة لرصد الأسعار", "https://fpma.fao.org/"),
            " المنحنى الموسمي نفسه عاماً بعد عام.",
          ),
          h("التخزين بوصفه سياسة"),
          p(
            "تتيح بنوك الحبوب القروية ونظم إيصالات المستودعات للمزارعين تخزين محاصيلهم والاقتراض بضمانها بدل البيع بثمن بخس. وحيث تنجح، فإنها تسطّح المنحنى أكثر مما تفعل الواردات الطارئة، وبجزء يسير من كلفتها.",
          ),
          quote(
            "إذا استطاع المزارع أن ينتظر ثلاثة أشهر قبل البيع، أكلت القرية كلها أفضل في آب.",
            "مهندس زراعي يعمل مع تعاونيات المزارعين",
          ),
          related("f-op-thirsty-cities", "f-ft-highland-runners"),
          p(
            "العقدة هي الثقة: تحتاج التعاونيات إلى محاسبة نزيهة ومخازن جافة وآمنة. وقد تفعل ",
            i("الاستثمارات الصغيرة المملة"),
            " في الأسقف والموازين والدفاتر للأمن الغذائي أكثر من أي برنامج يتصدر العناوين.",
          ),
        ],
      },
      es: {
        title: "Por qué el precio del grano en el Sahel sigue a las lluvias más que a los mercados",
        summary:
          "El mijo y el sorgo suben y bajan en los pueblos del Sahel al ritmo de la estación lluviosa, y almacenar, no importar, es la forma más barata de calmarlos.",
        body: [
          p(
            "En los meses de escasez previos a la cosecha, un saco de mijo en un mercado del Sahel puede costar casi el doble que en plena cosecha. Se suele culpar a los comerciantes, pero el patrón es más antiguo que cualquiera de ellos: ",
            b("el precio sigue a la lluvia"),
            ".",
          ),
          p(
            "La mayoría de las familias vende parte de la cosecha nada más recogerla para pagar deudas y matrículas, cuando el precio es más bajo, y vuelve a comprar en la época de escasez, cuando está en su punto más alto. La ",
            link("herramienta de seguimiento de precios de la FAO", "https://fpma.fao.org/"),
            " muestra la misma curva estacional año tras año.",
          ),
          h("Almacenar como política"),
          p(
            "Los bancos de cereales comunitarios y los recibos de depósito permiten a los agricultores guardar el grano y pedir crédito con él como garantía en lugar de malvenderlo. Donde funcionan, aplanan la curva más que las importaciones de emergencia y por una fracción del coste.",
          ),
          quote(
            "Si un agricultor puede esperar tres meses para vender, todo el pueblo come mejor en agosto.",
            "Un agrónomo que trabaja con cooperativas",
          ),
          related("f-op-thirsty-cities", "f-ft-highland-runners"),
          p(
            "La clave es la confianza: las cooperativas necesitan contabilidad honrada y almacenes secos y seguros. ",
            i("Pequeñas inversiones aburridas"),
            " en tejados, básculas y libros de cuentas pueden hacer más por la seguridad alimentaria que cualquier programa de titulares.",
          ),
        ],
      },
    },
  },
  {
    key: "f-an-monsoon-insurance",
    kind: "analysis",
    section: "articles/analysis",
    region: "asia",
    tags: ["insurance", "agriculture", "monsoon", "climate", "india", "bangladesh"],
    authors: ["priya-raman"],
    leadMedia: "f-an-monsoon-insurance",
    shareCount: 64,
    originalLocale: "en",
    publishedHoursAgo: 160,
    translations: {
      en: {
        title: "Can weather-index insurance protect monsoon farmers?",
        summary:
          "Policies that pay out when rainfall crosses a threshold are quick and cheap to run, but only if the weather station is close to the field.",
        body: [
          p(
            "Traditional crop insurance sends an assessor to every damaged field, which is slow and costly. ",
            b("Index insurance"),
            " skips the visit: if measured rainfall in a district falls below a set level, every policyholder is paid automatically.",
          ),
          p(
            "The idea has spread across South Asia's monsoon belt because it fits smallholders with tiny plots. Payments can arrive within weeks, before families sell livestock or take high-interest loans.",
          ),
          h("The problem of basis risk"),
          p(
            "The weak point is what economists call ",
            i("basis risk"),
            ": a farmer's field may be dry while the station ten kilometres away records a good month, and no payment comes. Denser station networks and satellite estimates, described by the ",
            link("World Meteorological Organization", "https://wmo.int/"),
            ", are narrowing that gap.",
          ),
          quote(
            "Farmers forgive a small payout. They do not forgive no payout in a bad year.",
            "A researcher who studies rural insurance",
          ),
          related("f-an-sahel-grain", "f-gl-floating-markets"),
          p(
            "Index insurance is not a cure for climate risk, but bundled with seeds and credit it can turn a ruinous season into a difficult one. That difference matters.",
          ),
        ],
      },
      es: {
        title: "¿Puede el seguro por índice climático proteger a los agricultores del monzón?",
        summary:
          "Las pólizas que pagan cuando la lluvia cruza un umbral son rápidas y baratas de gestionar, pero solo si la estación meteorológica está cerca de la parcela.",
        body: [
          p(
            "El seguro agrícola tradicional envía un perito a cada campo dañado, algo lento y caro. El ",
            b("seguro por índice"),
            " se ahorra la visita: si la lluvia medida en un distrito cae por debajo de un nivel fijado, todos los asegurados cobran automáticamente.",
          ),
          p(
            "La idea se ha extendido por el cinturón monzónico del sur de Asia porque se adapta a pequeños productores con parcelas diminutas. El pago puede llegar en semanas, antes de que las familias vendan el ganado o pidan préstamos usureros.",
          ),
          h("El problema del riesgo de base"),
          p(
            "El punto débil es lo que los economistas llaman ",
            i("riesgo de base"),
            ": la parcela puede estar seca mientras la estación situada a diez kilómetros registra un buen mes, y no hay pago. Redes de estaciones más densas y estimaciones por satélite, descritas por la ",
            link("Organización Meteorológica Mundial", "https://wmo.int/"),
            ", están reduciendo esa brecha.",
          ),
          quote(
            "El agricultor perdona un pago pequeño. No perdona que no haya pago en un mal año.",
            "Investigadora especializada en seguros rurales",
          ),
          related("f-an-sahel-grain", "f-gl-floating-markets"),
          p(
            "El seguro por índice no cura el riesgo climático, pero junto con semillas y crédito puede convertir una temporada ruinosa en una simplemente difícil. Esa diferencia importa.",
          ),
        ],
      },
    },
  },
  {
    key: "f-an-copper-grid",
    kind: "analysis",
    section: "articles/analysis",
    region: "latin-america",
    tags: ["copper", "mining", "energy", "chile", "peru", "trade"],
    authors: ["mateo-arriaga"],
    leadMedia: "f-an-copper-grid",
    shareCount: 142,
    originalLocale: "es",
    publishedHoursAgo: 98,
    translations: {
      es: {
        title: "El cobre andino y la red eléctrica del futuro: una bonanza con letra pequeña",
        summary:
          "La transición energética dispara la demanda de cobre, pero los países productores se juegan más en el agua y en las comunidades que en el precio.",
        body: [
          p(
            "Cada coche eléctrico, cada aerogenerador y cada kilómetro de red nueva necesitan cobre. Los Andes concentran buena parte de las reservas mundiales, y los gobiernos de la región lo saben: ",
            b("el metal rojo vuelve a ser estratégico"),
            ".",
          ),
          p(
            "Pero una bonanza minera no se mide solo en toneladas. Las minas de altura compiten por el agua con la agricultura y con las ciudades, y muchos yacimientos nuevos están en territorios de comunidades que exigen voz en las decisiones.",
          ),
          h("Lo que está en juego"),
          list(
            "Desalinizar agua de mar para la minería, con su coste energético.",
            "Refinar más en origen en lugar de exportar concentrado.",
            "Fondos soberanos que ahorren parte de la renta para cuando baje el precio.",
          ),
          quote(
            "El cobre se va en barco; el agua que usamos para sacarlo no vuelve.",
            "Dirigente de una junta de regantes del norte",
          ),
          related("f-ig-latam-water", "f-an-sahel-grain"),
          p(
            "La ",
            link(
              "Agencia Internacional de la Energía",
              "https://www.iea.org/reports/the-role-of-critical-minerals-in-clean-energy-transitions",
            ),
            " prevé que la demanda siga creciendo durante décadas. La pregunta no es si habrá mercado, sino ",
            i("quién se queda con qué"),
            " cuando pase el ciclo.",
          ),
        ],
      },
      en: {
        title: "Andean copper and the grid of the future: a boom with small print",
        summary:
          "The energy transition is driving demand for copper, but producing countries have more at stake in water and communities than in the price.",
        body: [
          p(
            "Every electric car, every wind turbine and every kilometre of new grid needs copper. The Andes hold a large share of the world's reserves, and governments in the region know it: ",
            b("the red metal is strategic again"),
            ".",
          ),
          p(
            "But a mining boom is not measured in tonnes alone. High-altitude mines compete for water with farming and with cities, and many new deposits lie on the land of communities that want a say in decisions.",
          ),
          h("What is at stake"),
          list(
            "Desalinating seawater for mining, and its energy cost.",
            "Refining more at home instead of exporting concentrate.",
            "Sovereign funds that save part of the windfall for when prices fall.",
          ),
          quote(
            "The copper leaves by ship; the water we use to dig it never comes back.",
            "Leader of an irrigators' board in the north",
          ),
          related("f-ig-latam-water", "f-an-sahel-grain"),
          p(
            "The ",
            link(
              "International Energy Agency",
              "https://www.iea.org/reports/the-role-of-critical-minerals-in-clean-energy-transitions",
            ),
            " expects demand to keep growing for decades. The question is not whether there will be a market, but ",
            i("who keeps what"),
            " when the cycle turns.",
          ),
        ],
      },
      ar: {
        title: "نحاس الأنديز وشبكة الكهرباء المقبلة: طفرة بشروط مكتوبة بخط صغير",
        summary:
          "يرفع التحول في الطاقة الطلب على النحاس، لكن ما تخسره الدول المنتجة أو تكسبه في المياه والمجتمعات المحلية أهم من السعر.",
        body: [
          p(
            "كل سيارة كهربائية وكل توربين رياح وكل كيلومتر من الشبكات الجديدة يحتاج إلى النحاس. وتضم جبال الأنديز حصة كبيرة من احتياطيات العالم، وحكومات المنطقة تدرك ذلك: ",
            b("المعدن الأحمر عاد سلعة استراتيجية"),
            ".",
          ),
          p(
            "لكن الطفرة التعدينية لا تقاس بالأطنان وحدها. فالمناجم في المرتفعات تنافس الزراعة والمدن على المياه، وكثير من المكامن الجديدة يقع في أراضي مجتمعات تطالب بكلمة في القرار.",
          ),
          h("ما الذي على المحك"),
          list(
            "تحلية مياه البحر لأغراض التعدين، وكلفتها من الطاقة.",
            "تكرير المزيد محلياً بدل تصدير المركّزات.",
            "صناديق سيادية تدخر جزءاً من العائدات لأيام انخفاض الأسعار.",
          ),
          quote(
            "النحاس يرحل على متن السفن، أما الماء الذي نستخرجه به فلا يعود.",
            "رئيس جمعية للري في الشمال",
          ),
          related("f-ig-latam-water", "f-an-sahel-grain"),
          p(
            "تتوقع ",
            link(
              "وكالة الطاقة الدولية",
              "https://www.iea.org/reports/the-role-of-critical-minerals-in-clean-energy-transitions",
            ),
            " أن يواصل الطلب نموه لعقود. السؤال ليس هل ستكون هناك سوق، بل ",
            i("من يحتفظ بماذا"),
            " حين تنقلب الدورة.",
          ),
        ],
      },
    },
    unpublished: { ar: "in_review" },
  },
  {
    key: "f-an-midsize-rents",
    kind: "analysis",
    section: "articles/analysis",
    region: "us-canada",
    dossier: "cost-of-living",
    tags: ["housing", "rents", "cities", "united-states", "canada", "remote-work"],
    authors: ["nadia-brooks"],
    leadMedia: "f-an-midsize-rents",
    shareCount: 88,
    originalLocale: "en",
    publishedHoursAgo: 300,
    translations: {
      en: {
        title: "Why rents are climbing fastest in mid-sized cities",
        summary:
          "Remote workers, slow permitting and a shortage of small apartments have pushed the housing squeeze from big metros into regional cities.",
        body: [
          p(
            "For decades, housing stress in North America was a big-city story. Lately the steepest rent rises have appeared in ",
            b("cities of a few hundred thousand people"),
            " that used to be the affordable alternative.",
          ),
          p(
            "Three forces meet there. Remote workers brought big-city salaries; zoning rules still favour detached houses; and builders find small apartment projects hard to finance when approvals take years.",
          ),
          h("What local governments can change"),
          list(
            "Allow duplexes and small apartment buildings near transit and main streets.",
            "Set deadlines for permit decisions.",
            "Publish rent and vacancy data so councils can see problems early.",
          ),
          quote(
            "We did not plan to become a commuter town for people who never commute.",
            "A city planner in a regional capital",
          ),
          related("f-op-villages-trains", "f-vd-border-kitchens"),
          p(
            "Official statistics such as the ",
            link("US Census housing surveys", "https://www.census.gov/topics/housing.html"),
            " arrive with a lag, so cities often react late. ",
            i("The cheapest fix is to build before the queue forms"),
            ".",
          ),
        ],
      },
    },
  },
  {
    key: "f-an-green-ports",
    kind: "analysis",
    section: "articles/analysis",
    region: "mena",
    tags: ["shipping", "ports", "energy", "trade", "red-sea", "gulf"],
    authors: ["omar-benali"],
    leadMedia: "f-an-green-ports",
    shareCount: 119,
    originalLocale: "ar",
    publishedHoursAgo: 186,
    translations: {
      ar: {
        title: "لماذا تتسابق موانئ المنطقة نحو الكهرباء؟",
        summary:
          "تزويد السفن الراسية بالكهرباء من الرصيف وتشغيل الرافعات بالطاقة النظيفة صار ورقة تنافسية لا مجرد التزام بيئي.",
        body: [
          p(
            "حين ترسو سفينة حاويات كبيرة، تبقي محركاتها المساعدة دائرة لتوليد الكهرباء طوال أيام التفريغ، فتطلق دخاناً فوق أحياء سكنية قريبة. الحل المعروف هو ",
            b("تزويدها بالكهرباء من الرصيف"),
            "، وقد بدأت موانئ في المنطقة تعتمده.",
          ),
          p(
            "الدافع ليس بيئياً فقط. فشركات الشحن الكبرى تعهدت بخفض انبعاثاتها، وصارت تفضّل الموانئ التي تساعدها على ذلك. ويشرح ",
            link(
              "برنامج المنظمة البحرية الدولية",
              "https://www.imo.org/en/OurWork/Environment/Pages/Default.aspx",
            ),
            " الأهداف التي يسعى القطاع إلى بلوغها.",
          ),
          h("الكلفة ومن يدفعها"),
          p(
            "تحتاج الكهرباء من الرصيف إلى محطات تحويل ضخمة وشبكة قادرة على تحمّل الأحمال، ولا تنفع إلا إذا كانت السفن نفسها مجهزة. لذلك تميل الموانئ إلى البدء بأرصفة الركاب والعبّارات التي تعود إليها السفن نفسها مراراً.",
          ),
          quote(
            "الميناء الذي لا يقدّم طاقة نظيفة بعد عشر سنوات سيكون ميناءً من الدرجة الثانية.",
            "مستشار في اقتصاديات النقل البحري",
          ),
          related("f-ig-mena-solar", "f-an-copper-grid"),
          p("يبقى أن توفر الشمس الوفيرة في المنطقة ", i("ميزة نادرة"), " إذا رُبطت محطاتها بالموانئ مباشرة."),
        ],
      },
      en: {
        title: "Why the region's ports are racing to go electric",
        summary:
          "Shore power for berthed ships and clean-energy cranes have become a competitive edge, not just an environmental pledge.",
        body: [
          p(
            "When a large container ship docks, it keeps its auxiliary engines running to make electricity for days of unloading, sending smoke over nearby neighbourhoods. The known fix is ",
            b("plugging ships into shore power"),
            ", and ports in the region have begun to adopt it.",
          ),
          p(
            "The motive is not only environmental. Big shipping lines have pledged to cut emissions and now prefer ports that help them do so. The ",
            link(
              "International Maritime Organization",
              "https://www.imo.org/en/OurWork/Environment/Pages/Default.aspx",
            ),
            " sets out the targets the industry is chasing.",
          ),
          h("The cost, and who pays it"),
          p(
            "Shore power needs large substations and a grid that can carry the load, and it only works if the ships themselves are fitted for it. Ports therefore tend to start with passenger and ferry berths, where the same vessels return again and again.",
          ),
          quote(
            "A port that cannot offer clean power in ten years will be a second-tier port.",
            "A maritime transport economist",
          ),
          related("f-ig-mena-solar", "f-an-copper-grid"),
          p(
            "The region's abundant sunshine is a ",
            i("rare advantage"),
            " if solar plants are wired straight to the quays.",
          ),
        ],
      },
    },
  },
];

const BLOG: SeedArticle[] = [
  {
    key: "f-bl-night-market",
    kind: "blog",
    section: "articles/blog",
    region: "mena",
    tags: ["ramadan", "food", "markets", "jordan", "amman", "cities"],
    authors: ["mariam-yousef"],
    leadMedia: "f-bl-night-market",
    shareCount: 51,
    originalLocale: "ar",
    publishedHoursAgo: 26,
    translations: {
      ar: {
        title: "دفتر مراسل: ليلة في سوق رمضاني بعمّان",
        summary:
          "بين بائع القطايف وعازف العود وطابور العصير، يتحول السوق بعد الإفطار إلى مدينة صغيرة لا تنام.",
        body: [
          p(
            "تبدأ الحكاية بعد أذان المغرب بنصف ساعة، حين تفرغ الشوارع فجأة ثم تمتلئ من جديد. في السوق القديم يشعل أبو سليم موقده ويصب عجينة ",
            b("القطايف"),
            " دوائر صغيرة تتنفس فقاعاتها على الصاج.",
          ),
          p(
            "يقول إنه يبيع في ليلة واحدة من رمضان ما يبيعه في أسبوع من الأيام العادية، لكنه يتعب ضعف التعب. «الناس تريد الحلو بسرعة، والقطايف لا تعرف السرعة».",
          ),
          h("موسيقى وطوابير"),
          p(
            "في الزاوية شاب يعزف على العود مقاطع يعرفها الجميع، والأطفال يتحلقون حوله. وعلى بعد أمتار طابور طويل أمام محل ",
            i("عرق السوس"),
            " الذي يرتدي صاحبه الزي التقليدي ويطرق الصاجات النحاسية.",
          ),
          quote("رمضان عندنا ليس شهراً، إنه موسم كامل للسهر واللقاء.", "بائع تمر في السوق"),
          related("f-gl-desert-bloom", "f-op-screens-arabic"),
          p(
            "عند منتصف الليل تخف الحركة قليلاً، ثم تعود قبيل السحور. وللمهتمين بتاريخ المكان، تقدم ",
            link("صفحة المدينة على موقع اليونسكو للمدن المبدعة", "https://en.unesco.org/creative-cities/"),
            " لمحة عن مدن المنطقة وتراثها الحي.",
          ),
        ],
      },
    },
  },
  {
    key: "f-bl-reef-diary",
    kind: "blog",
    section: "articles/blog",
    region: "asia-pacific",
    dossier: "climate-frontlines",
    tags: ["oceans", "coral-reefs", "climate", "science", "fiji", "pacific-islands"],
    authors: ["hana-mori"],
    leadMedia: "f-bl-reef-diary",
    shareCount: 203,
    originalLocale: "en",
    publishedHoursAgo: 118,
    translations: {
      en: {
        title: "Reef diary: five days counting fish with volunteer divers",
        summary:
          "A week on a survey boat in the South Pacific, where volunteers measure a reef's health one transect line at a time.",
        body: [
          p(
            "Day one starts at 6 a.m. with a lesson in patience. Our team lays a fifty-metre tape across the reef and swims along it slowly, ",
            b("counting every parrotfish and butterflyfish"),
            " within a few metres either side.",
          ),
          p(
            "The method is simple so that anyone can learn it, and the data join surveys from hundreds of other sites. By day three I can tell a healthy coral from a bleached one without asking.",
          ),
          h("What the numbers say"),
          p(
            "Some patches are recovering after last year's heat; others are pale and quiet. Scientists compare our counts with sea-temperature records such as those published by ",
            link("NOAA Coral Reef Watch", "https://coralreefwatch.noaa.gov/"),
            ".",
          ),
          quote(
            "A reef with lots of grazing fish has a better chance of bouncing back.",
            "The marine biologist leading the survey",
          ),
          related("f-ft-voyaging-canoe", "f-vd-flood-evacuation"),
          p(
            "On the last evening, someone reads out the week's totals. The numbers are ",
            i("neither a eulogy nor a celebration"),
            ", just a record of one reef at one moment, and that is the point.",
          ),
        ],
      },
      es: {
        title: "Diario del arrecife: cinco días contando peces con buzos voluntarios",
        summary:
          "Una semana en un barco de muestreo en el Pacífico Sur, donde voluntarios miden la salud de un arrecife transecto a transecto.",
        body: [
          p(
            "El primer día empieza a las seis de la mañana con una lección de paciencia. El equipo extiende una cinta de cincuenta metros sobre el arrecife y nada despacio a lo largo de ella, ",
            b("contando cada pez loro y cada pez mariposa"),
            " a pocos metros a cada lado.",
          ),
          p(
            "El método es sencillo para que cualquiera pueda aprenderlo, y los datos se suman a los de cientos de otros puntos. Al tercer día ya distingo un coral sano de uno blanqueado sin preguntar.",
          ),
          h("Lo que dicen los números"),
          p(
            "Algunas zonas se recuperan tras el calor del año pasado; otras siguen pálidas y silenciosas. Los científicos comparan nuestros recuentos con registros de temperatura del mar como los de ",
            link("NOAA Coral Reef Watch", "https://coralreefwatch.noaa.gov/"),
            ".",
          ),
          quote(
            "Un arrecife con muchos peces herbívoros tiene más posibilidades de recuperarse.",
            "La bióloga marina que dirige el muestreo",
          ),
          related("f-ft-voyaging-canoe", "f-vd-flood-evacuation"),
          p(
            "La última noche alguien lee los totales de la semana. Las cifras no son ",
            i("ni un epitafio ni una celebración"),
            ": solo el registro de un arrecife en un momento dado, y de eso se trata.",
          ),
        ],
      },
    },
  },
  {
    key: "f-bl-madrid-heat",
    kind: "blog",
    section: "articles/blog",
    region: "europe",
    dossier: "climate-frontlines",
    tags: ["heatwave", "cities", "climate", "spain", "madrid", "public-health"],
    authors: ["ines-calvo"],
    leadMedia: "f-bl-madrid-heat",
    shareCount: 147,
    originalLocale: "es",
    publishedHoursAgo: 230,
    translations: {
      es: {
        title: "Noches tropicales en Madrid: crónica de un verano que no refresca",
        summary:
          "Cuando el termómetro no baja de 25 grados ni de madrugada, la ciudad cambia sus horarios, sus plazas y hasta su forma de dormir.",
        body: [
          p(
            "A las dos de la madrugada, la plaza de mi barrio está más llena que a mediodía. Hay niños en bicicleta, vecinos con sillas plegables y un ventilador de pilas que pasa de mano en mano. Es la ",
            b("vigésima noche tropical"),
            " del verano y ya nadie lo comenta como una rareza.",
          ),
          p(
            "En los pisos altos, sin aire acondicionado, dormir es una negociación: persianas a medio bajar, toallas húmedas, el colchón en el suelo del pasillo.",
          ),
          h("La ciudad se adapta a su manera"),
          p(
            "El ayuntamiento abre algunas bibliotecas y centros culturales como ",
            i("refugios climáticos"),
            ", y la ",
            link("AEMET", "https://www.aemet.es/"),
            " publica avisos cada tarde. Pero la adaptación más visible es informal: la vida se muda a la calle y a la noche.",
          ),
          quote(
            "Mi abuela decía que en agosto Madrid era de los gatos. Ahora es de todos, pero a las tres de la mañana.",
            "Una vecina del barrio de Lavapiés",
          ),
          related("f-vd-heat-dome-explainer", "f-op-villages-trains"),
          p(
            "Quizá el verano del futuro se parezca a este: calles vacías al sol, plazas llenas a la luz de las farolas y una pregunta pendiente sobre cómo dormir en una ciudad que ya no refresca.",
          ),
        ],
      },
    },
  },
];

const FEATURES: SeedArticle[] = [
  {
    key: "f-ft-andes-weavers",
    kind: "feature",
    section: "articles/features",
    region: "latin-america",
    tags: ["textiles", "crafts", "indigenous-peoples", "women", "peru", "andes", "tourism", "heritage"],
    authors: ["lucia-ferreyra"],
    leadMedia: "f-ft-andes-weavers",
    shareCount: 521,
    originalLocale: "es",
    publishedHoursAgo: 62,
    translations: {
      es: {
        title: "Las tejedoras de la puna: hilos de alpaca contra el olvido",
        summary:
          "En un pueblo a 3.800 metros, una cooperativa de mujeres recupera diseños que solo recordaban las abuelas y los vende sin intermediarios.",
        body: [
          p(
            "El telar de cintura de doña Rufina está atado a un poste de eucalipto y a su propia espalda. Tira, afloja, pasa la trama. El dibujo que aparece poco a poco es un ",
            b("rombo escalonado"),
            " que en el pueblo llaman «el camino del agua».",
          ),
          p(
            "La cooperativa nació hace diez años con doce socias y hoy reúne a más de sesenta. Al principio vendían a comerciantes de la ciudad a precios bajos; ahora tienen su propia tienda en la plaza y pedidos por internet.",
          ),
          h("Diseños que vuelven"),
          p(
            "Las más jóvenes visitaron a las ancianas de las comunidades vecinas para dibujar en cuadernos los motivos que ya no se tejían. Así recuperaron más de treinta. La ",
            link("lista del patrimonio inmaterial de la UNESCO", "https://ich.unesco.org/es/listas"),
            " reconoce varias tradiciones textiles andinas.",
          ),
          quote(
            "Cada diseño cuenta de dónde venimos. Si se pierde el dibujo, se pierde la historia.",
            "Presidenta de la cooperativa",
          ),
          related("f-gl-day-of-dead-market", "f-op-neighbourhood-libraries"),
          p(
            "El reto ahora es el precio justo. Una manta lleva hasta tres semanas de trabajo, y las tejedoras insisten en explicar a cada cliente ",
            i("cuántas horas caben en un tejido"),
            ".",
          ),
        ],
      },
      en: {
        title: "The weavers of the high plateau: alpaca thread against forgetting",
        summary:
          "In a village 3,800 metres up, a women's cooperative is reviving designs only grandmothers remembered and selling them without middlemen.",
        body: [
          p(
            "Doña Rufina's backstrap loom is tied to a eucalyptus post at one end and to her own back at the other. She pulls, eases, passes the weft. The pattern emerging slowly is a ",
            b("stepped diamond"),
            ' the village calls "the path of water".',
          ),
          p(
            "The cooperative started ten years ago with twelve members and now has more than sixty. At first they sold to city traders for little; today they run their own shop on the square and take orders online.",
          ),
          h("Designs coming back"),
          p(
            "Younger members visited elders in neighbouring communities and drew in notebooks the motifs no one wove any more, recovering more than thirty. ",
            link("UNESCO's intangible heritage lists", "https://ich.unesco.org/en/lists"),
            " recognise several Andean textile traditions.",
          ),
          quote(
            "Every design tells where we come from. Lose the pattern and you lose the story.",
            "The cooperative's president",
          ),
          related("f-gl-day-of-dead-market", "f-op-neighbourhood-libraries"),
          p(
            "The challenge now is a fair price. A blanket takes up to three weeks, and the weavers make a point of explaining to every customer ",
            i("how many hours fit into a cloth"),
            ".",
          ),
        ],
      },
      ar: {
        title: "نسّاجات الهضبة العالية: خيوط الألبكة في مواجهة النسيان",
        summary:
          "في قرية على ارتفاع 3800 متر، تحيي تعاونية نسائية نقوشاً لم تكن تتذكرها سوى الجدات، وتبيعها من دون وسطاء.",
        body: [
          p(
            "يُربط نول السيدة روفينا من طرف بعمود من خشب الأوكالبتوس ومن الطرف الآخر بظهرها. تشد وترخي وتمرر اللُّحمة. والنقش الذي يظهر ببطء ",
            b("معيّن متدرّج"),
            " يسميه أهل القرية «درب الماء».",
          ),
          p(
            "تأسست التعاونية قبل عشر سنوات باثنتي عشرة عضوة، وتضم اليوم أكثر من ستين. في البداية كنّ يبعن لتجار المدينة بأسعار زهيدة، أما الآن فلهن متجرهن في الساحة وطلبات عبر الإنترنت.",
          ),
          h("نقوش تعود إلى الحياة"),
          p(
            "زارت العضوات الشابات المسنّات في القرى المجاورة ورسمن في دفاترهن النقوش التي لم تعد تُنسج، فاستعدن أكثر من ثلاثين منها. وتعترف ",
            link("قوائم اليونسكو للتراث غير المادي", "https://ich.unesco.org/ar/"),
            " بعدد من تقاليد النسيج في الأنديز.",
          ),
          quote("كل نقش يحكي من أين جئنا. إذا ضاع الرسم ضاعت الحكاية.", "رئيسة التعاونية"),
          related("f-gl-day-of-dead-market", "f-op-neighbourhood-libraries"),
          p(
            "التحدي اليوم هو السعر العادل. فالبطانية تستغرق ثلاثة أسابيع من العمل، والنساجات يحرصن على أن يشرحن لكل زبون ",
            i("كم ساعة يتسع لها النسيج"),
            ".",
          ),
        ],
      },
    },
  },
  {
    key: "f-ft-lagos-repair",
    kind: "feature",
    section: "articles/features",
    region: "africa",
    dossier: "digital-lives",
    tags: ["electronics", "repair", "recycling", "informal-economy", "nigeria", "lagos", "youth"],
    authors: ["amina-diallo"],
    leadMedia: "f-ft-lagos-repair",
    shareCount: 310,
    originalLocale: "en",
    publishedHoursAgo: 140,
    translations: {
      en: {
        title: "Second life for phones: inside a West African repair market",
        summary:
          "In a maze of stalls, young technicians fix devices other countries throw away, and are quietly training the next generation.",
        body: [
          p(
            "The stall is barely two metres wide, but Tunde, 24, has fixed more than a thousand phones in it this year. A cracked screen takes him twenty minutes; a water-damaged board, an afternoon. ",
            b("Nothing leaves without a fight"),
            ", he says.",
          ),
          p(
            "The market hums with soldering irons and bargaining. Spare parts come from broken handsets bought by the kilo; what cannot be reused is sorted for recyclers.",
          ),
          h("An apprenticeship without a certificate"),
          p(
            "Most technicians learned by watching an older repairer for a year or two, unpaid or nearly so. The system works, but it leaves them without papers to show a formal employer. The ",
            link("ILO's skills programmes", "https://www.ilo.org/topics/skills-and-lifelong-learning"),
            " have begun to look at recognising such informal training.",
          ),
          quote(
            "Big companies design phones to be replaced. We treat them like they should live forever.",
            "A repairer who trains apprentices",
          ),
          related("f-ft-highland-runners", "f-an-sahel-grain"),
          p(
            "As the world debates a ",
            i("right to repair"),
            ", this market has been practising it for thirty years, one screw at a time.",
          ),
        ],
      },
      ar: {
        title: "حياة ثانية للهواتف: جولة في سوق للتصليح في غرب أفريقيا",
        summary:
          "في متاهة من الأكشاك، يصلح فنيون شباب أجهزة تتخلص منها دول أخرى، ويدرّبون بهدوء الجيل التالي.",
        body: [
          p(
            "لا يتجاوز عرض الكشك مترين، لكن تونديه، ابن الرابعة والعشرين، أصلح فيه أكثر من ألف هاتف هذا العام. الشاشة المكسورة تأخذ منه عشرين دقيقة، واللوحة التي تسرب إليها الماء عصراً كاملاً. ويقول: ",
            b("لا شيء يخرج من هنا من دون معركة"),
            ".",
          ),
          p(
            "يضج السوق بأصوات مكاوي اللحام والمساومة. وتأتي قطع الغيار من هواتف معطلة تُشترى بالكيلو، وما لا يصلح لإعادة الاستخدام يُفرز لتجار إعادة التدوير.",
          ),
          h("تلمذة بلا شهادة"),
          p(
            "تعلّم معظم الفنيين بمراقبة مصلّح أكبر سناً عاماً أو عامين، بلا أجر أو بأجر زهيد. النظام ناجح، لكنه يتركهم بلا أوراق يقدمونها لصاحب عمل رسمي. وقد بدأت ",
            link(
              "برامج منظمة العمل الدولية للمهارات",
              "https://www.ilo.org/topics/skills-and-lifelong-learning",
            ),
            " تدرس سبل الاعتراف بهذا التدريب غير الرسمي.",
          ),
          quote(
            "الشركات الكبرى تصمم الهواتف لتُستبدل، ونحن نعاملها كأنها يجب أن تعيش إلى الأبد.",
            "مصلّح يدرّب متمرنين",
          ),
          related("f-ft-highland-runners", "f-an-sahel-grain"),
          p(
            "وفيما يتجادل العالم حول ",
            i("الحق في الإصلاح"),
            "، يمارسه هذا السوق منذ ثلاثين عاماً، برغيّاً برغيّاً.",
          ),
        ],
      },
    },
  },
  {
    key: "f-ft-hebron-glass",
    kind: "feature",
    section: "articles/features",
    region: "palestine",
    tags: ["glassmaking", "crafts", "heritage", "hebron", "west-bank", "family-business"],
    authors: ["youssef-amrani"],
    leadMedia: "f-ft-hebron-glass",
    shareCount: 744,
    originalLocale: "ar",
    publishedHoursAgo: 90,
    translations: {
      ar: {
        title: "زجاج الخليل: نار لا تنطفئ منذ قرون",
        summary:
          "في ورش عائلية صغيرة، ما زال الحرفيون ينفخون الزجاج بالطريقة التي ورثوها عن أجدادهم، بألوان الأزرق والأخضر المعروفة.",
        body: [
          p(
            "الفرن في آخر الورشة لا يُطفأ إلا نادراً. يغمس الحرفي قصبته الحديدية في الزجاج المنصهر، ثم ينفخ ويدير ويقص، فيولد ",
            b("إبريق أزرق"),
            " في أقل من دقيقتين.",
          ),
          p(
            "يقول صاحب الورشة إن عائلته تعمل في هذه الحرفة منذ أجيال لا يعرف عددها، وإن المادة الخام كانت في الماضي رمالاً محلية، أما اليوم فهي في الغالب زجاج معاد تدويره من القوارير.",
          ),
          h("ألوان لها حكاية"),
          p(
            "الأزرق الفيروزي هو اللون الأشهر، ويُقال إنه يرد العين. أما الأخضر فيُصنع للأعراس والهدايا. ويشرح ",
            link("متحف فيكتوريا وألبرت", "https://www.vam.ac.uk/collections/glass"),
            " في مجموعاته تاريخ صناعة الزجاج المنفوخ في بلاد الشام.",
          ),
          quote(
            "الزجاج لا يرحم من يتردد. إما أن تعرف ما تفعل في الثانية الأولى، أو يضيع كل شيء.",
            "حرفي في ورشة عائلية",
          ),
          related("f-op-olive-memory", "f-gl-tatreez-workshop"),
          p(
            "قلّ عدد الزوار في السنوات الأخيرة، فاتجهت الورش إلى البيع عبر الإنترنت. لكن الحرفيين يصرّون على أن ",
            i("قطعة واحدة لا تشبه أختها"),
            "، وهذا ما يميزها.",
          ),
        ],
      },
      en: {
        title: "Hebron glass: a fire that has burned for centuries",
        summary:
          "In small family workshops, artisans still blow glass the way their grandparents did, in the familiar blues and greens.",
        body: [
          p(
            "The furnace at the back of the workshop is rarely allowed to go out. The glassblower dips his iron pipe into the molten glass, blows, turns and snips, and a ",
            b("blue jug"),
            " is born in under two minutes.",
          ),
          p(
            "The owner says his family has worked the craft for more generations than he can count. Raw material used to be local sand; today it is mostly recycled glass from bottles.",
          ),
          h("Colours with a story"),
          p(
            "Turquoise blue is the best known and is said to ward off the evil eye; green is made for weddings and gifts. The ",
            link("Victoria and Albert Museum", "https://www.vam.ac.uk/collections/glass"),
            " traces the history of blown glass in the Levant in its collections.",
          ),
          quote(
            "Glass has no mercy for hesitation. Either you know what you are doing in the first second, or it is all lost.",
            "A glassblower in a family workshop",
          ),
          related("f-op-olive-memory", "f-gl-tatreez-workshop"),
          p(
            "Fewer visitors have come in recent years, so the workshops have turned to online sales. The artisans insist that ",
            i("no two pieces are alike"),
            ", and that is the point.",
          ),
        ],
      },
      es: {
        title: "El vidrio de Hebrón: un fuego encendido desde hace siglos",
        summary:
          "En pequeños talleres familiares, los artesanos siguen soplando vidrio como lo hacían sus abuelos, en los azules y verdes de siempre.",
        body: [
          p(
            "El horno del fondo del taller casi nunca se apaga. El soplador mete la caña de hierro en el vidrio fundido, sopla, gira y corta, y en menos de dos minutos nace una ",
            b("jarra azul"),
            ".",
          ),
          p(
            "El dueño cuenta que su familia se dedica al oficio desde hace más generaciones de las que puede contar. Antes la materia prima era arena local; hoy es sobre todo vidrio reciclado de botellas.",
          ),
          h("Colores con historia"),
          p(
            "El azul turquesa es el más conocido y, dicen, protege del mal de ojo; el verde se hace para bodas y regalos. El ",
            link("Victoria and Albert Museum", "https://www.vam.ac.uk/collections/glass"),
            " repasa en sus colecciones la historia del vidrio soplado en el Levante.",
          ),
          quote(
            "El vidrio no perdona la duda. O sabes lo que haces en el primer segundo, o se pierde todo.",
            "Soplador de un taller familiar",
          ),
          related("f-op-olive-memory", "f-gl-tatreez-workshop"),
          p(
            "En los últimos años han llegado menos visitantes y los talleres venden ahora por internet. Los artesanos insisten en que ",
            i("no hay dos piezas iguales"),
            ", y esa es la gracia.",
          ),
        ],
      },
    },
  },
  {
    key: "f-ft-akiya-guesthouses",
    kind: "feature",
    section: "articles/features",
    region: "asia",
    tags: ["housing", "rural-life", "tourism", "ageing", "japan", "architecture"],
    authors: ["hana-mori"],
    leadMedia: "f-ft-akiya-guesthouses",
    shareCount: 402,
    originalLocale: "en",
    publishedHoursAgo: 250,
    translations: {
      en: {
        title: "The empty houses of rural Japan are finding new tenants",
        summary:
          "As villages age, young couples and small cooperatives are turning abandoned farmhouses into guesthouses, studios and shared kitchens.",
        body: [
          p(
            "The house had stood empty for eleven years when a young couple from the city bought it for less than the price of a used car. The roof leaked, the tatami had rotted, and ",
            b("the garden had swallowed the path"),
            ".",
          ),
          p(
            "Japan has millions of such vacant homes, known as akiya, many in villages where the young left long ago. Some municipalities now run online banks listing them at token prices to attract newcomers.",
          ),
          h("Restoring, not rebuilding"),
          p(
            "The couple chose to keep the old timber frame and the earthen walls, learning techniques from a retired carpenter in the next valley. The ",
            link("Japan National Tourism Organization", "https://www.japan.travel/en/"),
            " has begun promoting stays in restored farmhouses.",
          ),
          quote(
            "Our neighbours are all over seventy. They taught us how to live here, and we help them with the snow.",
            "A guesthouse owner who moved from the city",
          ),
          related("f-op-villages-trains", "f-gl-floating-markets"),
          p(
            "Guesthouses alone will not reverse population decline, but each restored house ",
            i("keeps a light on"),
            " in a village that might otherwise go dark.",
          ),
        ],
      },
    },
  },
  {
    key: "f-ft-highland-runners",
    kind: "feature",
    section: "articles/features",
    region: "africa",
    tags: ["athletics", "youth", "kenya", "ethiopia", "women", "education"],
    authors: ["sofia-marquez"],
    leadMedia: "f-ft-highland-runners",
    shareCount: 966,
    originalLocale: "en",
    publishedHoursAgo: 34,
    translations: {
      en: {
        title: "Dawn on the red road: a highland running camp for girls",
        summary:
          "At 2,400 metres, a small camp gives teenage girls coaching, meals and school fees in exchange for discipline and early mornings.",
        body: [
          p(
            "At 5:30 the road is still dark and already full. Forty teenage girls in mismatched tracksuits run in a tight group, their breath white in the cold highland air. ",
            b("Nobody talks until the sun is up"),
            ".",
          ),
          p(
            "The camp was founded by a former coach who noticed that talented girls dropped out of athletics at fifteen, often to marry or to work. Here they train twice a day and attend the local secondary school, whose fees the camp pays.",
          ),
          h("More than medals"),
          p(
            "Only a handful will race abroad. The coach measures success differently: how many finish school, how many go on to college. Data from ",
            link("World Athletics", "https://worldathletics.org/"),
            " show how many distance champions came from camps like this one.",
          ),
          quote(
            "Running gave me a reason to stay in school. School gave me a reason to keep running.",
            "A 17-year-old camp member",
          ),
          related("f-ft-lagos-repair", "f-vd-youth-jobs-tv"),
          p(
            "In the evening the girls do homework by solar lamps. Tomorrow, ",
            i("at 5:30 again"),
            ", the red road will be waiting.",
          ),
        ],
      },
      es: {
        title: "Amanecer en el camino rojo: un campamento de atletismo para chicas en el altiplano",
        summary:
          "A 2.400 metros, un pequeño campamento ofrece a adolescentes entrenamiento, comida y matrícula escolar a cambio de disciplina y madrugones.",
        body: [
          p(
            "A las cinco y media el camino sigue a oscuras y ya está lleno. Cuarenta adolescentes con chándales desparejados corren en grupo compacto, con el aliento blanco en el frío de la montaña. ",
            b("Nadie habla hasta que sale el sol"),
            ".",
          ),
          p(
            "El campamento lo fundó un antiguo entrenador que vio cómo las chicas con talento dejaban el atletismo a los quince años, a menudo para casarse o trabajar. Aquí entrenan dos veces al día y van al instituto local, cuya matrícula paga el campamento.",
          ),
          h("Más que medallas"),
          p(
            "Solo unas pocas competirán en el extranjero. El entrenador mide el éxito de otra forma: cuántas terminan la secundaria y cuántas llegan a la universidad. Los datos de ",
            link("World Athletics", "https://worldathletics.org/"),
            " muestran cuántos campeones de fondo salieron de campamentos como este.",
          ),
          quote(
            "Correr me dio una razón para seguir estudiando. Estudiar me dio una razón para seguir corriendo.",
            "Una integrante del campamento, de 17 años",
          ),
          related("f-ft-lagos-repair", "f-vd-youth-jobs-tv"),
          p(
            "Por la noche hacen los deberes a la luz de lámparas solares. Mañana, ",
            i("otra vez a las cinco y media"),
            ", el camino rojo las estará esperando.",
          ),
        ],
      },
      ar: {
        title: "فجر على الطريق الأحمر: معسكر جري للفتيات في المرتفعات",
        summary:
          "على ارتفاع 2400 متر، يوفر معسكر صغير للمراهقات التدريب والوجبات والرسوم المدرسية مقابل الانضباط والاستيقاظ المبكر.",
        body: [
          p(
            "في الخامسة والنصف صباحاً يكون الطريق ما زال مظلماً ومزدحماً في آن. أربعون فتاة ببدلات رياضية غير متطابقة يركضن في مجموعة متماسكة، وأنفاسهن تتصاعد بيضاء في هواء المرتفعات البارد. ",
            b("لا أحد يتكلم قبل شروق الشمس"),
            ".",
          ),
          p(
            "أسس المعسكرَ مدربٌ سابق لاحظ أن الفتيات الموهوبات يتركن ألعاب القوى في الخامسة عشرة، غالباً للزواج أو العمل. هنا يتدربن مرتين يومياً ويدرسن في المدرسة الثانوية المحلية التي يدفع المعسكر رسومها.",
          ),
          h("أكثر من الميداليات"),
          p(
            "قلة منهن فقط سيتسابقن في الخارج. أما المدرب فيقيس النجاح بطريقة أخرى: كم منهن يكملن الدراسة، وكم يلتحقن بالجامعة. وتُظهر بيانات ",
            link("الاتحاد الدولي لألعاب القوى", "https://worldathletics.org/"),
            " كم من أبطال المسافات الطويلة خرجوا من معسكرات كهذا.",
          ),
          quote(
            "الجري أعطاني سبباً لأبقى في المدرسة، والمدرسة أعطتني سبباً لأواصل الجري.",
            "عضوة في المعسكر عمرها 17 عاماً",
          ),
          related("f-ft-lagos-repair", "f-vd-youth-jobs-tv"),
          p(
            "في المساء تؤدي الفتيات واجباتهن على ضوء مصابيح شمسية. وغداً، ",
            i("في الخامسة والنصف مجدداً"),
            "، سينتظرهن الطريق الأحمر.",
          ),
        ],
      },
    },
  },
  {
    key: "f-ft-voyaging-canoe",
    kind: "feature",
    section: "articles/features",
    region: "asia-pacific",
    tags: ["navigation", "heritage", "oceans", "pacific-islands", "samoa", "youth"],
    authors: ["hana-mori"],
    leadMedia: "f-ft-voyaging-canoe",
    shareCount: 287,
    originalLocale: "en",
    publishedHoursAgo: 176,
    translations: {
      en: {
        title: "Steering by the stars: young Pacific sailors revive the voyaging canoe",
        summary:
          "A crew of islanders in their twenties is learning to cross open ocean without instruments, reading swells, birds and stars as their ancestors did.",
        body: [
          p(
            "The double-hulled canoe has no engine, no compass and no GPS on deck. Its navigator, 26, holds the route in her head: ",
            b("which star rises where"),
            ", how the swell bends around an island still out of sight.",
          ),
          p(
            "The crew trains for months before each voyage, memorising star paths and practising man-overboard drills. An escort boat carries instruments, but the navigator never looks at them.",
          ),
          h("Knowledge that almost vanished"),
          p(
            "Traditional wayfinding nearly disappeared in the twentieth century. Its revival, documented by groups such as the ",
            link("Polynesian Voyaging Society", "https://hokulea.com/"),
            ", has become a source of pride across the Pacific.",
          ),
          quote(
            "The ocean is not what separates our islands. It is what connects them.",
            "A navigator on the canoe's crew",
          ),
          related("f-bl-reef-diary", "f-vd-flood-evacuation"),
          p(
            "When land finally appears on the horizon, nobody cheers at first. They wait, ",
            i("to be sure"),
            ", and then they sing.",
          ),
        ],
      },
      ar: {
        title: "الإبحار على هدي النجوم: شباب المحيط الهادئ يحيون زوارق الرحلات البعيدة",
        summary:
          "طاقم من سكان الجزر في العشرينات يتعلم عبور المحيط المفتوح بلا أجهزة، بقراءة الأمواج والطيور والنجوم كما فعل الأجداد.",
        body: [
          p(
            "لا محرك في الزورق ذي البدنين، ولا بوصلة ولا جهاز تحديد مواقع على سطحه. تحفظ الملاحة، وهي في السادسة والعشرين، الطريق في رأسها: ",
            b("أي نجم يطلع من أين"),
            "، وكيف ينحني الموج حول جزيرة لم تظهر بعد.",
          ),
          p(
            "يتدرب الطاقم شهوراً قبل كل رحلة، يحفظ مسارات النجوم ويتمرن على إنقاذ من يسقط في البحر. ترافقهم سفينة مزودة بالأجهزة، لكن الملاحة لا تنظر إليها أبداً.",
          ),
          h("معرفة كادت تندثر"),
          p(
            "كادت الملاحة التقليدية تختفي في القرن العشرين. وقد صار إحياؤها، الذي توثقه جماعات مثل ",
            link("جمعية الإبحار البولينيزية", "https://hokulea.com/"),
            "، مصدر فخر في أنحاء المحيط الهادئ.",
          ),
          quote("المحيط ليس ما يفصل جزرنا، بل ما يصل بينها.", "ملاحة في طاقم الزورق"),
          related("f-bl-reef-diary", "f-vd-flood-evacuation"),
          p(
            "حين تظهر اليابسة أخيراً في الأفق، لا يهتف أحد في البداية. ينتظرون ",
            i("حتى يتأكدوا"),
            "، ثم يغنّون.",
          ),
        ],
      },
    },
    unpublished: { ar: "draft" },
  },
];

const VIDEOS: SeedArticle[] = [
  {
    key: "f-vd-flood-evacuation",
    kind: "video",
    section: "videos/newsfeed",
    region: "asia-pacific",
    dossier: "climate-frontlines",
    tags: ["floods", "typhoons", "evacuation", "climate", "philippines", "disaster-response"],
    authors: ["sahifa-visuals"],
    leadMedia: "f-vd-flood-evacuation",
    shareCount: 1530,
    originalLocale: "en",
    publishedHoursAgo: 3,
    translations: {
      en: {
        title: "Watch: boats ferry families to safety as river bursts its banks",
        summary:
          "Volunteers in small boats moved hundreds of residents from a flooded riverside district overnight after days of heavy rain.",
        body: [
          video(
            "f-vd-flood-evacuation",
            "Boats ferry families to safety in a flooded riverside district",
            94,
          ),
          p(
            "After three days of torrential rain, the river rose more than two metres in a night. Fishermen and volunteers used their own boats to reach houses where ",
            b("water had already covered the ground floor"),
            ".",
          ),
          p(
            "Local officials opened schools and a sports hall as shelters. Forecasters warn that more rain is expected; regional alerts are published by the ",
            link("ASEAN disaster coordination centre", "https://ahacentre.org/"),
            ".",
          ),
          related("f-bl-reef-diary", "f-vd-heat-dome-explainer"),
        ],
      },
      ar: {
        title: "شاهد: قوارب تنقل العائلات إلى بر الأمان بعد فيضان النهر",
        summary:
          "نقل متطوعون بقوارب صغيرة مئات السكان من حي نهري غمرته المياه ليلاً بعد أيام من الأمطار الغزيرة.",
        body: [
          video("f-vd-flood-evacuation", "قوارب تنقل العائلات إلى بر الأمان في حي نهري غمرته المياه", 94),
          p(
            "بعد ثلاثة أيام من الأمطار الغزيرة، ارتفع منسوب النهر أكثر من مترين في ليلة واحدة. واستخدم صيادون ومتطوعون قواربهم للوصول إلى منازل ",
            b("غمرت المياه طوابقها الأرضية"),
            ".",
          ),
          p(
            "وفتحت السلطات المحلية مدارس وصالة رياضية لإيواء النازحين. ويحذر خبراء الأرصاد من مزيد من الأمطار، فيما ينشر ",
            link("مركز تنسيق الكوارث في رابطة آسيان", "https://ahacentre.org/"),
            " التنبيهات الإقليمية.",
          ),
          related("f-bl-reef-diary", "f-vd-heat-dome-explainer"),
        ],
      },
      es: {
        title: "Vídeo: botes ponen a salvo a familias tras el desbordamiento de un río",
        summary:
          "Voluntarios en pequeñas embarcaciones evacuaron de noche a cientos de vecinos de un barrio ribereño inundado tras días de lluvias intensas.",
        body: [
          video("f-vd-flood-evacuation", "Botes ponen a salvo a familias en un barrio ribereño inundado", 94),
          p(
            "Tras tres días de lluvias torrenciales, el río subió más de dos metros en una noche. Pescadores y voluntarios usaron sus propias barcas para llegar a casas donde ",
            b("el agua ya cubría la planta baja"),
            ".",
          ),
          p(
            "Las autoridades locales habilitaron escuelas y un polideportivo como refugios. Los meteorólogos prevén más lluvia; las alertas regionales las publica el ",
            link("centro de coordinación de desastres de la ASEAN", "https://ahacentre.org/"),
            ".",
          ),
          related("f-bl-reef-diary", "f-vd-heat-dome-explainer"),
        ],
      },
    },
  },
  {
    key: "f-vd-cairo-bookbinder",
    kind: "video",
    section: "videos/video-features",
    region: "mena",
    tags: ["books", "crafts", "heritage", "egypt", "cairo", "literature", "family-business"],
    authors: ["mariam-yousef", "sahifa-visuals"],
    leadMedia: "f-vd-cairo-bookbinder",
    shareCount: 812,
    originalLocale: "ar",
    publishedHoursAgo: 47,
    translations: {
      ar: {
        title: "آخر مجلّدي الكتب في الحي القديم: صنعة تُحفظ بالغراء والصبر",
        summary:
          "في دكان صغير قرب سوق الكتب، يعيد حرفي سبعيني الحياة إلى مخطوطات ودفاتر ومجلدات ممزقة بأدوات ورثها عن أبيه.",
        body: [
          video("f-vd-cairo-bookbinder", "آخر مجلّدي الكتب في الحي القديم", 412),
          p(
            "يبدأ نهار الحاج مصطفى بغلي الغراء على موقد صغير، ثم يفرد أوراق كتاب قديم على الطاولة. ",
            b("كل كتاب يصل إليه يحمل حكاية"),
            "، كما يقول: مصحف جدة، دفتر حسابات تاجر، رواية قرأها طالب عشرات المرات.",
          ),
          quote("الكتاب مثل الإنسان، إذا اعتنيت بظهره عاش طويلاً.", "الحاج مصطفى، مجلّد كتب"),
          p(
            "يتعلم ابن أخيه الصنعة الآن، ويصوّر أعمال عمه وينشرها على الإنترنت، فصار الزبائن يأتون من مدن أخرى. ويمكن الاطلاع على أساليب التجليد التقليدي في ",
            link("مجموعات المكتبة البريطانية", "https://www.bl.uk/conservation"),
            ".",
          ),
          related("f-op-screens-arabic", "f-ft-hebron-glass"),
        ],
      },
      en: {
        title: "The old quarter's last bookbinder: a craft held together by glue and patience",
        summary:
          "In a small shop near the book market, a binder in his seventies restores torn manuscripts, ledgers and novels with tools inherited from his father.",
        body: [
          video("f-vd-cairo-bookbinder", "The old quarter's last bookbinder", 412),
          p(
            "Hajj Mustafa's day begins by warming glue on a small burner, then spreading the pages of an old book across the table. ",
            b("Every book that reaches him carries a story"),
            ", he says: a grandmother's Quran, a trader's ledger, a novel a student read dozens of times.",
          ),
          quote(
            "A book is like a person: look after its spine and it lives a long time.",
            "Hajj Mustafa, bookbinder",
          ),
          p(
            "His nephew is learning the trade now, filming his uncle's work and posting it online, and customers have started coming from other cities. Traditional binding methods are described in the ",
            link("British Library's conservation pages", "https://www.bl.uk/conservation"),
            ".",
          ),
          related("f-op-screens-arabic", "f-ft-hebron-glass"),
        ],
      },
      es: {
        title: "El último encuadernador del barrio antiguo: un oficio unido con cola y paciencia",
        summary:
          "En un pequeño taller junto al mercado de libros, un encuadernador septuagenario restaura manuscritos, libros de cuentas y novelas con herramientas heredadas de su padre.",
        body: [
          video("f-vd-cairo-bookbinder", "El último encuadernador del barrio antiguo", 412),
          p(
            "El día de Hach Mustafa empieza calentando cola en un pequeño hornillo y extendiendo las páginas de un libro viejo sobre la mesa. ",
            b("Cada libro que le llega trae una historia"),
            ", dice: el Corán de una abuela, el libro de cuentas de un comerciante, una novela que un estudiante leyó decenas de veces.",
          ),
          quote(
            "Un libro es como una persona: si cuidas su lomo, vive mucho tiempo.",
            "Hach Mustafa, encuadernador",
          ),
          p(
            "Su sobrino aprende ahora el oficio, graba el trabajo de su tío y lo publica en internet, y ya llegan clientes de otras ciudades. Las técnicas tradicionales de encuadernación se describen en las ",
            link("páginas de conservación de la British Library", "https://www.bl.uk/conservation"),
            ".",
          ),
          related("f-op-screens-arabic", "f-ft-hebron-glass"),
        ],
      },
    },
  },
  {
    key: "f-vd-heat-dome-explainer",
    kind: "video",
    section: "videos/explainers",
    region: "europe",
    dossier: "climate-frontlines",
    tags: ["heatwave", "climate", "science", "spain", "mediterranean", "public-health", "who"],
    authors: ["daniel-okafor", "sahifa-visuals"],
    leadMedia: "f-vd-heat-dome-explainer",
    shareCount: 2210,
    originalLocale: "en",
    publishedHoursAgo: 15,
    translations: {
      en: {
        title: "Explained: what is a heat dome, and why does it stay so long?",
        summary:
          "A high-pressure system can trap hot air over a region for days; this three-minute explainer shows how it forms and why nights stay warm.",
        body: [
          video("f-vd-heat-dome-explainer", "What is a heat dome?", 186),
          p(
            "A heat dome forms when a strong area of high pressure parks over a region. Air sinks, warms as it is compressed and ",
            b("acts like a lid"),
            ", keeping clouds away and letting the sun bake the ground day after day.",
          ),
          list(
            "Sinking air warms by compression and suppresses clouds.",
            "Dry soil heats faster, which feeds the cycle.",
            "Cities store heat in stone and asphalt, so nights stay hot.",
          ),
          p(
            "Health services issue warnings when night-time temperatures stay high, because the body cannot recover. The ",
            link("World Health Organization", "https://www.who.int/health-topics/heatwaves"),
            " publishes advice on staying safe.",
          ),
          related("f-bl-madrid-heat", "f-lv-mediterranean-storm"),
        ],
      },
      es: {
        title: "Explicado: ¿qué es una cúpula de calor y por qué dura tanto?",
        summary:
          "Un sistema de altas presiones puede atrapar aire caliente sobre una región durante días; este vídeo de tres minutos explica cómo se forma y por qué las noches no refrescan.",
        body: [
          video("f-vd-heat-dome-explainer", "¿Qué es una cúpula de calor?", 186),
          p(
            "Una cúpula de calor se forma cuando un anticiclón potente se estanca sobre una región. El aire desciende, se calienta al comprimirse y ",
            b("actúa como una tapa"),
            ": aleja las nubes y deja que el sol castigue el suelo día tras día.",
          ),
          list(
            "El aire que desciende se calienta por compresión e impide que se formen nubes.",
            "El suelo seco se calienta más rápido, lo que alimenta el ciclo.",
            "Las ciudades acumulan calor en la piedra y el asfalto, así que las noches no refrescan.",
          ),
          p(
            "Los servicios sanitarios emiten avisos cuando las temperaturas nocturnas siguen altas, porque el cuerpo no logra recuperarse. La ",
            link("Organización Mundial de la Salud", "https://www.who.int/health-topics/heatwaves"),
            " publica consejos para protegerse.",
          ),
          related("f-bl-madrid-heat", "f-lv-mediterranean-storm"),
        ],
      },
      ar: {
        title: "بالشرح: ما القبة الحرارية ولماذا تستمر طويلاً؟",
        summary:
          "يمكن لمنظومة ضغط مرتفع أن تحبس الهواء الساخن فوق منطقة لأيام؛ يشرح هذا الفيديو في ثلاث دقائق كيف تتشكل ولماذا تبقى الليالي حارة.",
        body: [
          video("f-vd-heat-dome-explainer", "ما القبة الحرارية؟", 186),
          p(
            "تتشكل القبة الحرارية حين يستقر مرتفع جوي قوي فوق منطقة ما. يهبط الهواء ويسخن بفعل الانضغاط، ثم ",
            b("يعمل مثل غطاء"),
            " يبعد الغيوم ويترك الشمس تلهب الأرض يوماً بعد يوم.",
          ),
          list(
            "الهواء الهابط يسخن بالانضغاط ويمنع تشكل الغيوم.",
            "التربة الجافة تسخن أسرع، فتغذي الحلقة.",
            "المدن تختزن الحرارة في الحجر والإسفلت، فتبقى لياليها حارة.",
          ),
          p(
            "تصدر الهيئات الصحية تحذيرات حين تبقى درجات الحرارة الليلية مرتفعة، لأن الجسم لا يتمكن من التعافي. وتنشر ",
            link("منظمة الصحة العالمية", "https://www.who.int/health-topics/heatwaves"),
            " نصائح للوقاية.",
          ),
          related("f-bl-madrid-heat", "f-lv-mediterranean-storm"),
        ],
      },
    },
  },
  {
    key: "f-vd-youth-jobs-tv",
    kind: "video",
    section: "videos/tv",
    region: "latin-america",
    dossier: "cost-of-living",
    tags: ["employment", "youth", "education", "argentina", "colombia", "mexico"],
    authors: ["lucia-ferreyra", "sahifa-visuals"],
    leadMedia: "f-vd-youth-jobs-tv",
    shareCount: 134,
    originalLocale: "es",
    publishedHoursAgo: 75,
    translations: {
      es: {
        title: "«Mesa abierta»: ¿por qué a los jóvenes les cuesta tanto encontrar su primer empleo?",
        summary:
          "En el programa de esta semana, una economista, un empresario de una pyme y dos estudiantes debaten sobre informalidad, prácticas y formación técnica.",
        body: [
          video("f-vd-youth-jobs-tv", "Mesa abierta: el primer empleo", 1620),
          p(
            "En buena parte de la región, ",
            b("uno de cada cinco jóvenes ni estudia ni trabaja"),
            ", y muchos de los que trabajan lo hacen sin contrato. El programa repasa las razones con invitados de tres países.",
          ),
          quote(
            "Nos piden experiencia para el primer trabajo. ¿Dónde se supone que la conseguimos?",
            "Estudiante de formación técnica invitada al programa",
          ),
          h("Las propuestas"),
          p(
            "Los participantes coinciden en reforzar las prácticas pagadas y la formación dual. La ",
            link(
              "Organización Internacional del Trabajo",
              "https://www.ilo.org/es/regiones-y-paises/america-latina-y-el-caribe",
            ),
            " publica cada año datos sobre empleo juvenil en América Latina.",
          ),
          related("f-ft-highland-runners", "f-op-neighbourhood-libraries"),
        ],
      },
    },
  },
  {
    key: "f-vd-border-kitchens",
    kind: "video",
    section: "videos/digital-series",
    region: "us-canada",
    tags: ["food", "migration", "family-business", "united-states", "mexico", "borderlands"],
    authors: ["nadia-brooks", "sahifa-visuals"],
    leadMedia: "f-vd-border-kitchens",
    shareCount: 475,
    originalLocale: "en",
    publishedHoursAgo: 110,
    translations: {
      en: {
        title: "Border Kitchens, episode 3: the tortilla shop that feeds two towns",
        summary:
          "Our digital series visits family kitchens on both sides of the border; this week, a tortilla shop whose customers cross every morning.",
        body: [
          video("f-vd-border-kitchens", "Border Kitchens, episode 3: the tortilla shop", 540),
          p(
            "The machines start at four in the morning. By seven there is a queue of construction workers, nurses and schoolchildren, ",
            b("some of whom crossed the border to get here"),
            ". The shop has been in the same family for three generations.",
          ),
          quote("Corn doesn't know which side of the line it grew on.", "The shop's owner"),
          p(
            "Each episode of ",
            i("Border Kitchens"),
            " follows one family business. Background on regional food traditions is collected by the ",
            link("Smithsonian Folklife Festival", "https://festival.si.edu/"),
            ".",
          ),
          related("f-an-midsize-rents", "f-gl-day-of-dead-market"),
        ],
      },
      es: {
        title: "Cocinas de frontera, episodio 3: la tortillería que alimenta a dos pueblos",
        summary:
          "Nuestra serie digital visita cocinas familiares a ambos lados de la frontera; esta semana, una tortillería cuyos clientes cruzan cada mañana.",
        body: [
          video("f-vd-border-kitchens", "Cocinas de frontera, episodio 3: la tortillería", 540),
          p(
            "Las máquinas arrancan a las cuatro de la madrugada. A las siete ya hay cola de albañiles, enfermeras y escolares, ",
            b("algunos de los cuales cruzaron la frontera para llegar"),
            ". El negocio lleva tres generaciones en la misma familia.",
          ),
          quote("El maíz no sabe de qué lado de la línea creció.", "La dueña de la tortillería"),
          p(
            "Cada episodio de ",
            i("Cocinas de frontera"),
            " sigue a un negocio familiar. El ",
            link("Smithsonian Folklife Festival", "https://festival.si.edu/"),
            " reúne información sobre las tradiciones culinarias de la región.",
          ),
          related("f-an-midsize-rents", "f-gl-day-of-dead-market"),
        ],
      },
    },
  },
];

const INFOGRAPHS: SeedArticle[] = [
  {
    key: "f-ig-mena-solar",
    kind: "infograph",
    section: "infographs",
    region: "mena",
    dossier: "climate-frontlines",
    tags: ["solar-power", "energy", "climate", "morocco", "egypt", "gulf", "jordan"],
    authors: ["sahifa-visuals", "omar-benali"],
    leadMedia: "f-ig-mena-solar",
    shareCount: 640,
    originalLocale: "ar",
    publishedHoursAgo: 38,
    translations: {
      ar: {
        title: "إنفوغراف: الشمس مورد المنطقة الجديد بالأرقام",
        summary:
          "رسم بياني يلخص لماذا صارت الطاقة الشمسية أرخص مصادر الكهرباء الجديدة في الشرق الأوسط وشمال أفريقيا.",
        body: [
          image(
            "f-ig-mena-solar-chart",
            "الطاقة الشمسية في المنطقة: أرقام أساسية (إعداد قسم الرسوم البيانية)",
          ),
          p(
            "تتمتع المنطقة بأعلى معدلات الإشعاع الشمسي في العالم، ومع ",
            b("الانخفاض الكبير في أسعار الألواح"),
            " خلال العقد الماضي، باتت المحطات الشمسية الكبيرة تنافس محطات الغاز في الكلفة.",
          ),
          h("أبرز الأرقام"),
          list(
            "أكثر من 3000 ساعة سطوع شمسي سنوياً في كثير من مدن الصحراء.",
            "تراجعت أسعار الألواح الشمسية بنحو 90 في المئة بين 2010 و2020.",
            "عدة محطات في المنطقة تتجاوز قدرتها غيغاواط واحداً.",
            "الزراعة والتحلية من أكبر المستفيدين المحتملين من الكهرباء الرخيصة نهاراً.",
          ),
          p(
            "المصدر: تجميع قسم الرسوم البيانية من بيانات ",
            link("الوكالة الدولية للطاقة المتجددة", "https://www.irena.org/"),
            ".",
          ),
          related("f-an-green-ports", "f-op-thirsty-cities"),
        ],
      },
      en: {
        title: "Infographic: the region's new resource is the sun, in numbers",
        summary:
          "A chart summing up why solar has become the cheapest source of new electricity in the Middle East and North Africa.",
        body: [
          image("f-ig-mena-solar-chart", "Solar power in the region: key figures (Sahifa graphics desk)"),
          p(
            "The region has some of the strongest sunshine on Earth, and with ",
            b("the steep fall in panel prices"),
            " over the past decade, large solar plants now compete with gas plants on cost.",
          ),
          h("Key figures"),
          list(
            "More than 3,000 hours of sunshine a year in many desert cities.",
            "Solar panel prices fell by about 90 per cent between 2010 and 2020.",
            "Several plants in the region exceed one gigawatt of capacity.",
            "Farming and desalination stand to gain most from cheap daytime power.",
          ),
          p(
            "Source: compiled by the graphics desk from ",
            link("International Renewable Energy Agency", "https://www.irena.org/"),
            " data.",
          ),
          related("f-an-green-ports", "f-op-thirsty-cities"),
        ],
      },
    },
  },
  {
    key: "f-ig-latam-water",
    kind: "infograph",
    section: "infographs",
    region: "latin-america",
    dossier: "water-crisis",
    tags: ["water", "glaciers", "agriculture", "andes", "drought", "chile", "peru", "mexico"],
    authors: ["sahifa-visuals", "lucia-ferreyra"],
    leadMedia: "f-ig-latam-water",
    shareCount: 318,
    originalLocale: "es",
    publishedHoursAgo: 82,
    translations: {
      es: {
        title: "Infografía: el agua de América Latina, abundante y mal repartida",
        summary:
          "La región guarda una gran parte del agua dulce del planeta, pero sus ciudades más pobladas y sus campos más secos están lejos de ella.",
        body: [
          image("f-ig-latam-water-chart", "El agua en América Latina: cifras clave (infografía de Sahifa)"),
          p(
            "La paradoja es conocida: ",
            b("una región rica en agua con millones de personas sin grifo seguro"),
            ". Las grandes cuencas están en la selva, mientras la población y los cultivos se concentran en costas y valles secos.",
          ),
          h("Cifras clave"),
          list(
            "Cerca de un tercio del agua dulce renovable del mundo está en América Latina.",
            "La agricultura consume alrededor del 70 % del agua extraída en el mundo.",
            "Los glaciares tropicales de los Andes han perdido entre un 30 % y un 50 % de su superficie desde los años setenta.",
            "Varias capitales dependen del deshielo para el agua de la estación seca.",
          ),
          p(
            "Fuente: elaboración propia con datos de la ",
            link("FAO (AQUASTAT)", "https://www.fao.org/aquastat/es/"),
            ".",
          ),
          related("f-an-copper-grid", "f-op-thirsty-cities"),
        ],
      },
      en: {
        title: "Infographic: Latin America's water, plentiful and unevenly shared",
        summary:
          "The region holds a large share of the planet's fresh water, but its most crowded cities and driest farms are far from it.",
        body: [
          image("f-ig-latam-water-chart", "Water in Latin America: key figures (Sahifa graphics)"),
          p(
            "The paradox is well known: ",
            b("a water-rich region where millions lack a safe tap"),
            ". The great river basins lie in the rainforest, while people and crops are concentrated on dry coasts and valleys.",
          ),
          h("Key figures"),
          list(
            "About a third of the world's renewable fresh water is in Latin America.",
            "Farming uses around 70 per cent of the water withdrawn worldwide.",
            "Tropical Andean glaciers have lost between 30 and 50 per cent of their area since the 1970s.",
            "Several capitals rely on meltwater for dry-season supply.",
          ),
          p(
            "Source: Sahifa graphics desk, based on ",
            link("FAO AQUASTAT", "https://www.fao.org/aquastat/en/"),
            " data.",
          ),
          related("f-an-copper-grid", "f-op-thirsty-cities"),
        ],
      },
    },
  },
  {
    key: "f-ig-asia-megacities",
    kind: "infograph",
    section: "infographs",
    region: "asia",
    tags: ["cities", "urbanisation", "housing", "transport", "india", "japan", "indonesia", "united-nations"],
    authors: ["sahifa-visuals", "kenji-arai"],
    leadMedia: "f-ig-asia-megacities",
    shareCount: 905,
    originalLocale: "en",
    publishedHoursAgo: 150,
    translations: {
      en: {
        title: "Infographic: Asia's megacities at a glance",
        summary:
          "Most of the world's cities of more than ten million people are in Asia; this chart shows how fast they grew and what they need next.",
        body: [
          image("f-ig-asia-megacities-chart", "Asia's megacities: key figures (Sahifa graphics desk)"),
          p(
            "Within two generations, Asia went from a mostly rural continent to ",
            b("the home of most of the world's megacities"),
            ". Their size brings jobs and ideas, and also traffic, heat and housing shortages.",
          ),
          h("Key figures"),
          list(
            "More than half of the world's cities with over 10 million inhabitants are in Asia.",
            "Asia is home to about 60 per cent of the world's people.",
            "The UN expects about two-thirds of humanity to live in cities by 2050.",
            "Metro and rail networks in the largest cities carry millions of passengers a day.",
          ),
          p(
            "Source: compiled from ",
            link("UN World Urbanization Prospects", "https://population.un.org/wup/"),
            ".",
          ),
          related("f-gl-floating-markets", "f-ft-akiya-guesthouses"),
        ],
      },
      es: {
        title: "Infografía: las megaciudades de Asia de un vistazo",
        summary:
          "La mayoría de las ciudades del mundo con más de diez millones de habitantes están en Asia; este gráfico muestra lo rápido que crecieron y lo que necesitan ahora.",
        body: [
          image("f-ig-asia-megacities-chart", "Megaciudades de Asia: cifras clave (infografía de Sahifa)"),
          p(
            "En dos generaciones, Asia pasó de ser un continente mayoritariamente rural a ",
            b("albergar la mayoría de las megaciudades del mundo"),
            ". Su tamaño trae empleo e ideas, pero también atascos, calor y falta de vivienda.",
          ),
          h("Cifras clave"),
          list(
            "Más de la mitad de las ciudades del mundo con más de 10 millones de habitantes están en Asia.",
            "Asia concentra alrededor del 60 % de la población mundial.",
            "La ONU prevé que unas dos terceras partes de la humanidad vivan en ciudades en 2050.",
            "Las redes de metro y tren de las mayores ciudades transportan a millones de pasajeros al día.",
          ),
          p(
            "Fuente: elaboración propia a partir de ",
            link("World Urbanization Prospects de la ONU", "https://population.un.org/wup/"),
            ".",
          ),
          related("f-gl-floating-markets", "f-ft-akiya-guesthouses"),
        ],
      },
      ar: {
        title: "إنفوغراف: المدن العملاقة في آسيا بلمحة",
        summary:
          "تقع معظم مدن العالم التي يتجاوز سكانها عشرة ملايين نسمة في آسيا؛ يوضح هذا الرسم سرعة نموها وما تحتاج إليه مستقبلاً.",
        body: [
          image("f-ig-asia-megacities-chart", "المدن العملاقة في آسيا: أرقام أساسية (قسم الرسوم البيانية)"),
          p(
            "في غضون جيلين تحولت آسيا من قارة ريفية في معظمها إلى ",
            b("موطن معظم المدن العملاقة في العالم"),
            ". يجلب حجمها فرص العمل والأفكار، ومعها الازدحام والحر ونقص المساكن.",
          ),
          h("أبرز الأرقام"),
          list(
            "أكثر من نصف مدن العالم التي يتجاوز سكانها 10 ملايين نسمة تقع في آسيا.",
            "تضم آسيا نحو 60 في المئة من سكان العالم.",
            "تتوقع الأمم المتحدة أن يعيش نحو ثلثي البشر في المدن بحلول عام 2050.",
            "تنقل شبكات المترو والقطارات في أكبر المدن ملايين الركاب يومياً.",
          ),
          p(
            "المصدر: تجميع من تقرير ",
            link("آفاق التحضر في العالم الصادر عن الأمم المتحدة", "https://population.un.org/wup/"),
            ".",
          ),
          related("f-gl-floating-markets", "f-ft-akiya-guesthouses"),
        ],
      },
    },
  },
];

const GALLERIES: SeedArticle[] = [
  {
    key: "f-gl-desert-bloom",
    kind: "gallery",
    section: "in-pictures",
    region: "mena",
    dossier: "climate-frontlines",
    tags: ["deserts", "wildflowers", "photography", "climate", "jordan", "gulf"],
    authors: ["sahifa-visuals"],
    leadMedia: "f-gl-desert-bloom",
    shareCount: 1388,
    originalLocale: "ar",
    publishedHoursAgo: 22,
    translations: {
      ar: {
        title: "بالصور: الصحراء تزهر بعد أمطار نادرة",
        summary:
          "بعد أسبوع من الأمطار غير المعتادة، اكتست الكثبان والوديان بالأخضر والأصفر والبنفسجي في مشهد لا يتكرر إلا كل بضع سنوات.",
        body: [
          p(
            "هطلت على المنطقة في أسبوع واحد أمطار تعادل ما يهطل عادة في عام كامل. وبعد أيام قليلة، ",
            b("استيقظت بذور نائمة منذ سنوات"),
            " وغطت الأرض بالأزهار.",
          ),
          gallery(
            ["f-gl-desert-bloom-1", "أزهار صفراء تغطي سفح كثيب رملي عند الفجر."],
            ["f-gl-desert-bloom-2", "راعٍ يقود قطيعه عبر وادٍ اخضرّ بعد المطر."],
            ["f-gl-desert-bloom-3", "عائلة تلتقط الصور وسط بساط من الأزهار البنفسجية."],
            ["f-gl-desert-bloom-4", "نحلة على زهرة برية لا تظهر إلا بعد الأمطار الغزيرة."],
            ["f-gl-desert-bloom-5", "غدير ماء مؤقت يعكس الغيوم في قلب الصحراء."],
          ),
          quote("جدي كان يقول إن الصحراء تحفظ بذورها كما يحفظ الإنسان سره.", "دليل سياحي من أبناء المنطقة"),
          related("f-bl-night-market", "f-ig-mena-solar"),
        ],
      },
      en: {
        title: "In pictures: the desert blooms after rare rains",
        summary:
          "After a week of unusual rainfall, dunes and valleys turned green, yellow and purple in a sight that comes only once every few years.",
        body: [
          p(
            "In a single week the area received as much rain as it usually gets in a year. A few days later, ",
            b("seeds that had lain dormant for years woke up"),
            " and covered the ground in flowers.",
          ),
          gallery(
            ["f-gl-desert-bloom-1", "Yellow flowers cover the slope of a sand dune at dawn."],
            ["f-gl-desert-bloom-2", "A herder leads his flock through a valley turned green by the rain."],
            ["f-gl-desert-bloom-3", "A family takes photographs in a carpet of purple flowers."],
            ["f-gl-desert-bloom-4", "A bee on a wildflower that appears only after heavy rain."],
            ["f-gl-desert-bloom-5", "A temporary pool reflects the clouds in the heart of the desert."],
          ),
          quote(
            "My grandfather used to say the desert keeps its seeds the way a man keeps a secret.",
            "A local desert guide",
          ),
          related("f-bl-night-market", "f-ig-mena-solar"),
        ],
      },
      es: {
        title: "En imágenes: el desierto florece tras unas lluvias excepcionales",
        summary:
          "Tras una semana de lluvias insólitas, dunas y valles se tiñeron de verde, amarillo y violeta en un espectáculo que solo se repite cada pocos años.",
        body: [
          p(
            "En una sola semana cayó tanta lluvia como la que suele caer en un año. Pocos días después, ",
            b("semillas dormidas durante años despertaron"),
            " y cubrieron el suelo de flores.",
          ),
          gallery(
            ["f-gl-desert-bloom-1", "Flores amarillas cubren la ladera de una duna al amanecer."],
            ["f-gl-desert-bloom-2", "Un pastor guía su rebaño por un valle que la lluvia ha vuelto verde."],
            ["f-gl-desert-bloom-3", "Una familia se fotografía sobre una alfombra de flores violetas."],
            [
              "f-gl-desert-bloom-4",
              "Una abeja sobre una flor silvestre que solo aparece tras lluvias intensas.",
            ],
            ["f-gl-desert-bloom-5", "Una charca temporal refleja las nubes en pleno desierto."],
          ),
          quote(
            "Mi abuelo decía que el desierto guarda sus semillas como uno guarda un secreto.",
            "Un guía local del desierto",
          ),
          related("f-bl-night-market", "f-ig-mena-solar"),
        ],
      },
    },
  },
  {
    key: "f-gl-day-of-dead-market",
    kind: "gallery",
    section: "in-pictures",
    region: "latin-america",
    tags: ["day-of-the-dead", "festivals", "markets", "crafts", "mexico", "photography", "heritage"],
    authors: ["sahifa-visuals", "lucia-ferreyra"],
    leadMedia: "f-gl-day-of-dead-market",
    shareCount: 2045,
    originalLocale: "es",
    publishedHoursAgo: 330,
    translations: {
      es: {
        title: "En imágenes: el mercado se viste de cempasúchil para el Día de Muertos",
        summary:
          "Flores naranjas, pan de muerto y calaveras de azúcar llenan los puestos de un mercado de pueblo en la semana previa a la celebración.",
        body: [
          p(
            "Una semana antes del 2 de noviembre, el mercado del pueblo cambia de color. Las familias compran lo necesario para ",
            b("los altares que recibirán a sus difuntos"),
            ".",
          ),
          gallery(
            ["f-gl-day-of-dead-market-1", "Montañas de flores de cempasúchil en la entrada del mercado."],
            [
              "f-gl-day-of-dead-market-2",
              "Una panadera coloca pan de muerto recién horneado en una canasta.",
            ],
            [
              "f-gl-day-of-dead-market-3",
              "Calaveras de azúcar con nombres escritos a mano esperan comprador.",
            ],
            ["f-gl-day-of-dead-market-4", "Papel picado de colores cuelga sobre un pasillo del mercado."],
            [
              "f-gl-day-of-dead-market-5",
              "Una niña ayuda a su abuela a elegir velas para el altar familiar.",
            ],
            ["f-gl-day-of-dead-market-6", "Al caer la tarde, los puestos se iluminan con velas y faroles."],
          ),
          p(
            "La celebración forma parte de la ",
            link(
              "lista del patrimonio cultural inmaterial de la UNESCO",
              "https://ich.unesco.org/es/RL/la-fiesta-indigena-dedicada-a-los-muertos-00054",
            ),
            ".",
          ),
          related("f-ft-andes-weavers", "f-vd-border-kitchens"),
        ],
      },
      en: {
        title: "In pictures: a market dresses in marigolds for the Day of the Dead",
        summary:
          "Orange flowers, sweet bread and sugar skulls fill the stalls of a village market in the week before the celebration.",
        body: [
          p(
            "A week before 2 November, the village market changes colour. Families buy what they need for ",
            b("the altars that will welcome their dead"),
            ".",
          ),
          gallery(
            ["f-gl-day-of-dead-market-1", "Mounds of marigolds at the market entrance."],
            ["f-gl-day-of-dead-market-2", "A baker places freshly baked pan de muerto in a basket."],
            ["f-gl-day-of-dead-market-3", "Sugar skulls with hand-written names wait for buyers."],
            ["f-gl-day-of-dead-market-4", "Coloured papel picado hangs above a market aisle."],
            [
              "f-gl-day-of-dead-market-5",
              "A girl helps her grandmother choose candles for the family altar.",
            ],
            ["f-gl-day-of-dead-market-6", "At dusk, the stalls light up with candles and lanterns."],
          ),
          p(
            "The celebration is inscribed on ",
            link(
              "UNESCO's list of intangible cultural heritage",
              "https://ich.unesco.org/en/RL/indigenous-festivity-dedicated-to-the-dead-00054",
            ),
            ".",
          ),
          related("f-ft-andes-weavers", "f-vd-border-kitchens"),
        ],
      },
    },
  },
  {
    key: "f-gl-floating-markets",
    kind: "gallery",
    section: "in-pictures",
    region: "asia",
    tags: ["markets", "rivers", "food", "tourism", "thailand", "vietnam", "photography"],
    authors: ["sahifa-visuals", "hana-mori"],
    leadMedia: "f-gl-floating-markets",
    shareCount: 577,
    originalLocale: "en",
    publishedHoursAgo: 270,
    translations: {
      en: {
        title: "In pictures: dawn on the floating markets",
        summary:
          "Before sunrise, boats loaded with fruit, noodles and flowers gather on the river for a market that has changed little in a century.",
        body: [
          p(
            "The first boats arrive in the dark, lit by headlamps. By six, ",
            b("the river is a street"),
            ", and buyers pass money from hull to hull.",
          ),
          gallery(
            ["f-gl-floating-markets-1", "A vendor paddles a boat piled high with mangoes and rambutans."],
            ["f-gl-floating-markets-2", "Steam rises from a noodle soup cooked on a boat."],
            ["f-gl-floating-markets-3", "Wholesalers hang samples of their goods from bamboo poles."],
            ["f-gl-floating-markets-4", "Two boats moor side by side to trade sacks of rice."],
          ),
          quote(
            "My mother sold here, and her mother before her. Only the motors are new.",
            "A fruit seller on the river",
          ),
          p(
            "Many of the region's river markets are now also tourist sights; the ",
            link("UNESCO World Heritage list", "https://whc.unesco.org/en/list/"),
            " includes several historic river towns in the region.",
          ),
          related("f-ig-asia-megacities", "f-an-monsoon-insurance"),
        ],
      },
    },
  },
  {
    key: "f-gl-tatreez-workshop",
    kind: "gallery",
    section: "in-pictures",
    region: "palestine",
    tags: ["embroidery", "crafts", "heritage", "women", "west-bank", "textiles", "photography"],
    authors: ["sahifa-visuals", "youssef-amrani"],
    leadMedia: "f-gl-tatreez-workshop",
    shareCount: 1120,
    originalLocale: "ar",
    publishedHoursAgo: 105,
    translations: {
      ar: {
        title: "بالصور: ورشة التطريز حيث تُخاط الحكايات غرزةً غرزة",
        summary:
          "في ورشة صغيرة تتعلم شابات التطريز الفلاحي من سيدات حفظن النقوش عن أمهاتهن، وكل نقش يدل على قرية ومناسبة.",
        body: [
          p(
            "تجلس النساء في دائرة حول طاولة خشبية، وأمام كل واحدة قطعة قماش مشدودة على إطار. ",
            b("لكل غرزة اسم"),
            "، ولكل لون معنى.",
          ),
          gallery(
            ["f-gl-tatreez-workshop-1", "أيادٍ تطرز نقش «السرو» بخيط أحمر على قماش أسود."],
            ["f-gl-tatreez-workshop-2", "معلمة تشرح لمتدربة شابة طريقة عدّ الغرز."],
            ["f-gl-tatreez-workshop-3", "بكرات خيوط ملونة مصفوفة على رف خشبي في الورشة."],
            ["f-gl-tatreez-workshop-4", "ثوب مطرز قديم تحتفظ به الورشة نموذجاً للتعلم."],
            ["f-gl-tatreez-workshop-5", "دفتر رسمت فيه المتدربات النقوش بالمربعات قبل تطريزها."],
          ),
          quote("حين أطرّز نقش قرية أمي أشعر أنني أزورها.", "متدربة في الورشة"),
          p(
            "وقد أُدرج فن التطريز الفلسطيني على ",
            link("قائمة اليونسكو للتراث الثقافي غير المادي", "https://ich.unesco.org/ar/"),
            " عام 2021.",
          ),
          related("f-op-olive-memory", "f-ft-hebron-glass"),
        ],
      },
      en: {
        title: "In pictures: the embroidery workshop where stories are sewn stitch by stitch",
        summary:
          "In a small workshop, young women learn village embroidery from women who learned the patterns from their mothers; each motif points to a village and an occasion.",
        body: [
          p(
            "The women sit in a circle around a wooden table, each with a piece of cloth stretched on a frame. ",
            b("Every stitch has a name"),
            ", and every colour a meaning.",
          ),
          gallery(
            ["f-gl-tatreez-workshop-1", "Hands embroider the cypress motif in red thread on black cloth."],
            ["f-gl-tatreez-workshop-2", "A teacher shows a young trainee how to count stitches."],
            [
              "f-gl-tatreez-workshop-3",
              "Spools of coloured thread lined up on a wooden shelf in the workshop.",
            ],
            [
              "f-gl-tatreez-workshop-4",
              "An old embroidered dress the workshop keeps as a model for learners.",
            ],
            [
              "f-gl-tatreez-workshop-5",
              "A notebook where trainees draw the patterns on squared paper before sewing them.",
            ],
          ),
          quote(
            "When I embroider my mother's village pattern, I feel I am visiting it.",
            "A trainee at the workshop",
          ),
          p(
            "Palestinian embroidery was inscribed on ",
            link("UNESCO's intangible cultural heritage list", "https://ich.unesco.org/en/"),
            " in 2021.",
          ),
          related("f-op-olive-memory", "f-ft-hebron-glass"),
        ],
      },
    },
  },
];

const LIVE: SeedArticle[] = [
  {
    key: "f-lv-mediterranean-storm",
    kind: "live",
    section: "news/environment",
    region: "europe",
    dossier: "climate-frontlines",
    tags: [
      "storms",
      "floods",
      "evacuation",
      "climate",
      "mediterranean",
      "italy",
      "european-union",
      "disaster-response",
    ],
    authors: ["sahifa-staff", "daniel-okafor"],
    leadMedia: "f-lv-mediterranean-storm",
    shareCount: 3120,
    originalLocale: "en",
    publishedHoursAgo: 1,
    translations: {
      en: {
        title: "Live: Mediterranean storm brings flooding to island coasts",
        summary:
          "A rare tropical-like storm is crossing the central Mediterranean, with ferries suspended, schools closed and coastal towns on alert.",
        body: [
          p(
            "A storm with some of the features of a tropical cyclone, known to forecasters as a ",
            i("medicane"),
            ", is moving slowly across the central Mediterranean. ",
            b("Ferry services to several islands have been suspended"),
            " and schools in coastal districts are closed for the day.",
          ),
          p(
            "Forecasters expect up to 200 millimetres of rain in 24 hours in the worst-hit areas, with gusts strong enough to bring down trees and power lines. Residents of low-lying streets near river mouths have been asked to move to higher floors or to shelters.",
          ),
          h("What we know so far"),
          list(
            "Ferries and some regional flights are cancelled until at least tomorrow morning.",
            "Civil protection teams have opened sports halls and schools as shelters.",
            "No injuries have been confirmed so far; emergency services report dozens of calls about flooded basements.",
          ),
          quote(
            "Stay away from riverbeds and underpasses. Water rises faster than people expect.",
            "A regional civil protection spokesperson",
          ),
          p(
            "Warm sea surface temperatures give these storms more energy, scientists say. Official warnings are published on ",
            link("Meteoalarm", "https://www.meteoalarm.org/"),
            ". This page will be updated as the storm moves.",
          ),
          related("f-vd-heat-dome-explainer", "f-vd-flood-evacuation"),
        ],
      },
      es: {
        title: "En directo: una tormenta mediterránea provoca inundaciones en costas insulares",
        summary:
          "Una tormenta de rasgos tropicales, poco frecuente, cruza el Mediterráneo central: ferris suspendidos, colegios cerrados y pueblos costeros en alerta.",
        body: [
          p(
            "Una tormenta con algunas características de ciclón tropical, a la que los meteorólogos llaman ",
            i("medicane"),
            ", avanza despacio por el Mediterráneo central. ",
            b("Se han suspendido los ferris a varias islas"),
            " y los colegios de los distritos costeros permanecen cerrados hoy.",
          ),
          p(
            "Se esperan hasta 200 litros por metro cuadrado en 24 horas en las zonas más afectadas, con rachas capaces de derribar árboles y tendidos eléctricos. Se ha pedido a los vecinos de calles bajas cercanas a desembocaduras que suban a plantas altas o acudan a los refugios.",
          ),
          h("Lo que sabemos hasta ahora"),
          list(
            "Los ferris y algunos vuelos regionales están cancelados al menos hasta mañana por la mañana.",
            "Protección Civil ha habilitado polideportivos y colegios como refugios.",
            "No hay heridos confirmados; los servicios de emergencia han recibido decenas de avisos por sótanos inundados.",
          ),
          quote(
            "Manténganse lejos de cauces y pasos subterráneos. El agua sube más rápido de lo que la gente cree.",
            "Portavoz de Protección Civil regional",
          ),
          p(
            "La temperatura elevada del mar da más energía a estas tormentas, según los científicos. Los avisos oficiales se publican en ",
            link("Meteoalarm", "https://www.meteoalarm.org/"),
            ". Esta página se irá actualizando.",
          ),
          related("f-vd-heat-dome-explainer", "f-vd-flood-evacuation"),
        ],
      },
      ar: {
        title: "مباشر: عاصفة متوسطية تُغرق سواحل الجزر",
        summary:
          "عاصفة نادرة شبيهة بالأعاصير المدارية تعبر وسط البحر المتوسط، مع تعليق رحلات العبّارات وإغلاق المدارس ورفع حالة التأهب في البلدات الساحلية.",
        body: [
          p(
            "تتحرك ببطء في وسط البحر المتوسط عاصفة تحمل بعض سمات الأعاصير المدارية، يسميها خبراء الأرصاد ",
            i("«الإعصار المتوسطي»"),
            ". ",
            b("وعُلّقت رحلات العبّارات إلى عدة جزر"),
            "، وأغلقت المدارس في المناطق الساحلية اليوم.",
          ),
          p(
            "يتوقع خبراء الأرصاد هطول ما يصل إلى 200 مليمتر من الأمطار خلال 24 ساعة في أكثر المناطق تضرراً، مع هبات رياح قادرة على اقتلاع الأشجار وإسقاط خطوط الكهرباء. وطُلب من سكان الشوارع المنخفضة قرب مصبات الأنهار الانتقال إلى الطوابق العليا أو إلى مراكز الإيواء.",
          ),
          h("ما نعرفه حتى الآن"),
          list(
            "أُلغيت رحلات العبّارات وبعض الرحلات الجوية الإقليمية حتى صباح الغد على الأقل.",
            "فتحت فرق الحماية المدنية صالات رياضية ومدارس لإيواء السكان.",
            "لم تُسجل إصابات حتى الآن، وتلقت فرق الطوارئ عشرات البلاغات عن أقبية غمرتها المياه.",
          ),
          quote(
            "ابتعدوا عن مجاري الأودية والأنفاق، فالماء يرتفع أسرع مما يتوقع الناس.",
            "متحدث باسم الحماية المدنية في الإقليم",
          ),
          p(
            "يقول العلماء إن ارتفاع حرارة سطح البحر يمنح هذه العواصف مزيداً من الطاقة. وتُنشر التحذيرات الرسمية على موقع ",
            link("ميتيو ألارم", "https://www.meteoalarm.org/"),
            ". سنواصل تحديث هذه الصفحة.",
          ),
          related("f-vd-heat-dome-explainer", "f-vd-flood-evacuation"),
        ],
      },
    },
  },
];

export const FEATURE_ARTICLES: SeedArticle[] = [
  ...OPINION,
  ...ANALYSIS,
  ...BLOG,
  ...FEATURES,
  ...VIDEOS,
  ...INFOGRAPHS,
  ...GALLERIES,
  ...LIVE,
];
