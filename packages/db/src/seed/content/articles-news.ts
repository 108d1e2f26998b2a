import { b, h, i, image, link, list, p, quote, related } from "../seed-blocks.ts";
import type { SeedArticle } from "../seed-types.ts";

/**
 * News-section stories of the demo newsroom (politics, economy, sports,
 * arts & culture, health, miscellaneous, technology, environment). All
 * places, people and quotes are fictional or general-interest. Order matters:
 * ids are assigned in file order (see demo-newsroom.ts).
 */
export const NEWS_ARTICLES: SeedArticle[] = [
  // ── Politics ───────────────────────────────────────────────────────────
  {
    key: "tunis-municipal-vote",
    kind: "news",
    section: "news/politics",
    region: "mena",
    dossier: "election-season",
    tags: ["tunisia", "elections", "cities", "arab-league", "education", "transport", "human-rights"],
    authors: ["layla-haddad"],
    leadMedia: "lead-tunis-municipal-vote",
    shareCount: 412,
    originalLocale: "ar",
    publishedHoursAgo: 2,
    translations: {
      ar: {
        title: "التونسيون يصوّتون في انتخابات بلدية تركز على النقل والنظافة",
        summary:
          "توجه الناخبون في 24 دائرة إلى صناديق الاقتراع لاختيار مجالس بلدية تعد بتحسين النقل وجمع النفايات.",
        body: [
          p(
            "فتحت مكاتب الاقتراع أبوابها في الثامنة صباحاً في ",
            b("24 دائرة بلدية"),
            "، وسط إقبال وصفه المراقبون بالمتوسط في الساعات الأولى ثم المرتفع بعد الظهر.",
          ),
          p(
            "وتتصدر قضايا ",
            i("النقل العمومي"),
            " وجمع النفايات وصيانة الطرق برامج القوائم المتنافسة، فيما يرى كثير من الناخبين أن المجالس البلدية أقرب إليهم من البرلمان.",
          ),
          quote(
            "أريد حافلة تصل في موعدها وشارعاً نظيفاً، هذا كل ما أطلبه من المجلس الجديد.",
            "سعاد، معلمة من حي باب سويقة",
          ),
          related("quito-assembly-water-law", "ramallah-municipal-budget"),
          h("ما الذي يتغير بعد الاقتراع؟"),
          p(
            "ستتولى المجالس المنتخبة إعداد موازنات محلية لأول مرة وفق قواعد جديدة للشفافية، تتيح نشر النفقات على ",
            link("بوابة البيانات المفتوحة", "https://www.opengovpartnership.org/"),
            " بشكل دوري.",
          ),
          list(
            "نشر محاضر الجلسات خلال أسبوع",
            "استشارة السكان قبل المشاريع الكبرى",
            "تخصيص نسبة من الموازنة لصيانة المدارس",
          ),
          p("ويتوقع أن تعلن الهيئة المستقلة للانتخابات النتائج الأولية مساء الغد."),
        ],
      },
      en: {
        title: "Tunisians vote in municipal elections focused on transport and rubbish collection",
        summary:
          "Voters in 24 districts chose local councils that promise better buses, cleaner streets and open budgets.",
        body: [
          p(
            "Polling stations opened at 8am in ",
            b("24 municipal districts"),
            ", with turnout that observers called moderate in the morning and brisk by the afternoon.",
          ),
          p(
            "Public transport, rubbish collection and road repairs dominate the lists' programmes. Many voters say a council feels closer to their daily lives than parliament does.",
          ),
          quote(
            "I want a bus that comes on time and a clean street. That is all I ask of the new council.",
            "Souad, a teacher from the Bab Souika neighbourhood",
          ),
          related("quito-assembly-water-law", "brussels-rail-pact"),
          h("What changes after the vote"),
          p(
            "For the first time, the new councils will draw up local budgets under transparency rules that require spending to be published on an ",
            link("open data portal", "https://www.opengovpartnership.org/"),
            " every quarter.",
          ),
          p(
            "The independent electoral authority is expected to announce ",
            i("preliminary results"),
            " tomorrow evening.",
          ),
        ],
      },
      es: {
        title: "Túnez vota en unas municipales centradas en el transporte y la basura",
        summary:
          "Los votantes de 24 distritos eligieron concejos que prometen mejores autobuses, calles limpias y cuentas abiertas.",
        body: [
          p(
            "Los colegios electorales abrieron a las ocho de la mañana en ",
            b("24 distritos municipales"),
            ", con una participación moderada al principio y alta por la tarde, según los observadores.",
          ),
          p(
            "El transporte público, la recogida de basura y el arreglo de calles dominan los programas. Muchos votantes sienten el concejo más cerca de su vida diaria que el Parlamento.",
          ),
          quote(
            "Quiero un autobús que llegue a su hora y una calle limpia. Es todo lo que pido al nuevo concejo.",
            "Souad, maestra del barrio de Bab Souika",
          ),
          related("quito-assembly-water-law", "brussels-rail-pact"),
          h("Qué cambia después de la votación"),
          p(
            "Por primera vez, los concejos elaborarán presupuestos locales con reglas de transparencia que obligan a publicar el gasto en un ",
            link("portal de datos abiertos", "https://www.opengovpartnership.org/"),
            " cada trimestre.",
          ),
          p(
            "La autoridad electoral independiente anunciará los ",
            i("resultados preliminares"),
            " mañana por la tarde.",
          ),
        ],
      },
    },
  },
  {
    key: "quito-assembly-water-law",
    kind: "news",
    section: "news/politics",
    region: "latin-america",
    dossier: "water-crisis",
    tags: ["ecuador", "water", "drought", "agriculture", "human-rights", "elections", "cities"],
    authors: ["lucia-ferreyra"],
    leadMedia: "lead-quito-assembly-water-law",
    shareCount: 268,
    originalLocale: "es",
    publishedHoursAgo: 5,
    translations: {
      es: {
        title: "La Asamblea de Ecuador aprueba en primer debate una nueva ley de aguas",
        summary:
          "El proyecto da prioridad al consumo humano y a los pequeños regantes frente a los grandes usuarios.",
        body: [
          p(
            "La Asamblea Nacional aprobó en primer debate, por ",
            b("94 votos a favor"),
            ", un proyecto de ley que reordena las prioridades en el uso del agua en el país.",
          ),
          p(
            "El texto fija que el consumo humano va primero, seguido del riego para la agricultura familiar y, después, de los usos industriales. Las juntas de agua comunitarias ganan voz en la gestión de las cuencas.",
          ),
          quote(
            "Por primera vez, una comunidad de páramo podrá sentarse en la misma mesa que una empresa embotelladora.",
            "Marta Quishpe, presidenta de una junta de riego de Cotopaxi",
          ),
          related("tunis-municipal-vote", "rural-internet-andes"),
          h("Las dudas de los regantes grandes"),
          p(
            "Las asociaciones de exportadores de flores piden un periodo de transición de cinco años y recuerdan que emplean a miles de personas en la sierra. El segundo debate está previsto para dentro de un mes.",
          ),
          list(
            "Registro público de concesiones",
            "Caudal ecológico mínimo en cada río",
            "Tarifa social para hogares vulnerables",
          ),
          p(
            "La ",
            link("FAO publica datos", "https://www.fao.org/aquastat/"),
            " sobre el uso del agua en cada país de la región.",
          ),
        ],
      },
      en: {
        title: "Ecuador's assembly backs a new water law in its first reading",
        summary: "The bill puts drinking water and small farmers ahead of large commercial users.",
        body: [
          p(
            "The National Assembly approved a bill reordering the priorities for water use by ",
            b("94 votes"),
            " in its first reading.",
          ),
          p(
            "Human consumption comes first, then irrigation for family farms, then industry. Community water boards gain a say in how river basins are managed.",
          ),
          quote(
            "For the first time, a highland community will sit at the same table as a bottling company.",
            "Marta Quishpe, head of an irrigation board in Cotopaxi",
          ),
          related("tunis-municipal-vote", "atoll-desalination"),
          h("Large growers want time"),
          p(
            "Flower exporters are asking for a five-year transition and point out that they employ thousands in the highlands. The second reading is due in a month.",
          ),
          p(
            "The ",
            link("FAO publishes figures", "https://www.fao.org/aquastat/"),
            " on how each country in the region uses its water.",
          ),
        ],
      },
    },
  },
  {
    key: "brussels-rail-pact",
    kind: "news",
    section: "news/politics",
    region: "europe",
    tags: ["european-union", "transport", "climate", "france", "germany", "spain", "diplomacy"],
    authors: ["claire-dubois"],
    leadMedia: "lead-brussels-rail-pact",
    shareCount: 153,
    originalLocale: "en",
    publishedHoursAgo: 9,
    translations: {
      en: {
        title: "European ministers edge closer to a shared night-train network",
        summary:
          "A draft pact would standardise tickets and track fees so sleeper trains can cross borders more cheaply.",
        body: [
          p(
            "Transport ministers meeting in Brussels agreed on ",
            b("most of a draft pact"),
            " to revive night trains between European capitals, but left track fees for a further round of talks.",
          ),
          p(
            "Sleeper services have returned on several routes in recent years, yet operators say a single journey can involve four booking systems and four sets of charges.",
          ),
          quote(
            "A passenger should be able to buy Lisbon to Berlin as easily as a flight.",
            "A rail operators' association spokesperson",
          ),
          related("tunis-municipal-vote", "canada-grocery-rebate"),
          h("The sticking point: who pays for the tracks"),
          p(
            "Countries that host long transit stretches want compensation for lower fees. A compromise would pool part of the cost through an ",
            link("EU transport fund", "https://transport.ec.europa.eu/"),
            ".",
          ),
          list(
            "One ticket for the whole journey",
            "Passenger rights that follow the traveller across borders",
            "Published timetables a year in advance",
          ),
          p("Ministers meet again on Thursday."),
        ],
      },
      es: {
        title: "Los ministros europeos se acercan a una red común de trenes nocturnos",
        summary:
          "Un borrador de pacto unificaría billetes y cánones para abaratar los trenes que cruzan fronteras.",
        body: [
          p(
            "Los ministros de Transporte reunidos en Bruselas cerraron ",
            b("buena parte de un pacto"),
            " para recuperar los trenes nocturnos entre capitales, pero aplazaron la cuestión de los cánones.",
          ),
          p(
            "Los operadores se quejan de que un solo viaje puede requerir cuatro sistemas de reserva distintos.",
          ),
          quote(
            "Un pasajero debería poder comprar Lisboa-Berlín tan fácilmente como un vuelo.",
            "Portavoz de una asociación de operadores ferroviarios",
          ),
          related("tunis-municipal-vote", "canada-grocery-rebate"),
          h("El escollo: quién paga las vías"),
          p(
            "Los países de tránsito piden compensaciones. Un compromiso repartiría parte del coste mediante un ",
            link("fondo europeo de transporte", "https://transport.ec.europa.eu/"),
            ".",
          ),
        ],
      },
    },
    unpublished: { es: "draft" },
  },
  {
    key: "pacific-forum-sea-level",
    kind: "analysis",
    section: "news/politics",
    region: "asia-pacific",
    dossier: "climate-frontlines",
    tags: ["pacific-islands", "climate", "oceans", "united-nations", "diplomacy", "migration", "water"],
    authors: ["daniel-okafor", "sahifa-staff"],
    leadMedia: "lead-pacific-forum-sea-level",
    shareCount: 521,
    originalLocale: "en",
    publishedHoursAgo: 20,
    translations: {
      en: {
        title: "Analysis: why Pacific leaders want a sea-level fund of their own",
        summary:
          "Island states are tired of waiting for global climate money and are pooling their own resources.",
        body: [
          p(
            "When Pacific leaders agreed to study a ",
            b("shared sea-level fund"),
            ", they were responding to a simple frustration: money promised at global summits arrives slowly, if at all.",
          ),
          p(
            "Several atoll nations already spend a large share of their budgets on sea walls, water tanks and moving schools to higher ground.",
          ),
          quote(
            "We cannot wait for a cheque that is always in the post.",
            "A finance official from one of the atoll states",
          ),
          related("atoll-desalination", "great-lakes-ice"),
          h("A fund built on fishing income"),
          p(
            "One idea is to set aside a share of fishing licence revenue, which many island states collect from foreign fleets. The ",
            link("World Meteorological Organization", "https://wmo.int/"),
            " says the western Pacific is rising faster than the global average.",
          ),
          list(
            "Fishing licence levy",
            "Contributions from regional partners",
            "A reserve that pays out after storms",
          ),
          p(i("Analysis"), " reflects the judgement of the author on the basis of reporting."),
        ],
      },
      ar: {
        title: "تحليل: لماذا تريد دول المحيط الهادئ صندوقاً خاصاً بها لمواجهة ارتفاع البحر",
        summary: "سئمت الدول الجزرية انتظار التمويل المناخي العالمي وبدأت تجمع مواردها بنفسها.",
        body: [
          p(
            "حين وافق قادة جزر المحيط الهادئ على دراسة ",
            b("صندوق مشترك لمواجهة ارتفاع منسوب البحر"),
            "، كانوا يعبّرون عن إحباط بسيط: الأموال الموعودة في القمم العالمية تصل ببطء أو لا تصل.",
          ),
          p(
            "تنفق عدة دول مرجانية حصة كبيرة من موازناتها على الجدران البحرية وخزانات المياه ونقل المدارس إلى أراضٍ أعلى.",
          ),
          quote("لا يمكننا انتظار شيك يقال دائماً إنه في البريد.", "مسؤول مالي في إحدى الدول المرجانية"),
          related("atoll-desalination", "mangroves-return-gulf"),
          h("صندوق يموّله الصيد"),
          p(
            "من الأفكار المطروحة تخصيص جزء من عائدات تراخيص الصيد التي تحصّلها الدول الجزرية من الأساطيل الأجنبية. وتقول ",
            link("المنظمة العالمية للأرصاد الجوية", "https://wmo.int/"),
            " إن منسوب غرب المحيط الهادئ يرتفع أسرع من المتوسط العالمي.",
          ),
          p("يعكس ", i("التحليل"), " تقدير كاتبه استناداً إلى العمل الميداني."),
        ],
      },
      es: {
        title: "Análisis: por qué el Pacífico quiere su propio fondo contra la subida del mar",
        summary:
          "Los estados insulares se cansan de esperar el dinero climático mundial y juntan sus propios recursos.",
        body: [
          p(
            "Cuando los líderes del Pacífico acordaron estudiar un ",
            b("fondo común contra la subida del mar"),
            ", respondían a una frustración sencilla: el dinero prometido en las cumbres llega tarde o no llega.",
          ),
          p(
            "Varios países de atolones ya dedican buena parte de su presupuesto a diques, depósitos de agua y al traslado de escuelas a zonas altas.",
          ),
          quote(
            "No podemos esperar un cheque que siempre está en camino.",
            "Un alto cargo de Hacienda de uno de los estados de atolones",
          ),
          related("atoll-desalination", "great-lakes-ice"),
          h("Un fondo financiado con la pesca"),
          p(
            "Una idea es reservar parte de lo que se cobra por las licencias de pesca a flotas extranjeras. La ",
            link("Organización Meteorológica Mundial", "https://wmo.int/"),
            " señala que el Pacífico occidental sube más rápido que la media.",
          ),
          p("El ", i("análisis"), " refleja el criterio del autor a partir de su trabajo de reportero."),
        ],
      },
    },
  },
  {
    key: "ramallah-municipal-budget",
    kind: "news",
    section: "news/politics",
    region: "palestine",
    tags: ["west-bank", "cities", "education", "water", "transport", "energy"],
    authors: ["youssef-amrani"],
    leadMedia: "lead-ramallah-municipal-budget",
    shareCount: 97,
    originalLocale: "ar",
    publishedHoursAgo: 3,
    translations: {
      ar: {
        title: "بلدية رام الله تقر موازنة تركز على المياه والمدارس بعد جلسة ماراثونية",
        summary: "صادق المجلس البلدي على موازنة العام المقبل بعد نقاش استمر سبع ساعات حول أولويات الإنفاق.",
        body: [
          p(
            "صادق المجلس البلدي في رام الله مساء أمس على موازنة العام المقبل ",
            b("بأغلبية 11 صوتاً من أصل 15"),
            "، بعد جلسة علنية استمرت سبع ساعات.",
          ),
          p(
            "وتخصص الموازنة الجديدة الحصة الأكبر لإصلاح شبكة المياه التي تفقد نحو ثلث ما يضخ فيها بسبب التسربات، إضافة إلى ترميم ثماني مدارس.",
          ),
          quote(
            "كل لتر نخسره في الأنابيب هو لتر لا يصل إلى بيت في أعلى التلة.",
            "مهندسة في دائرة المياه بالبلدية",
          ),
          related("tunis-municipal-vote", "mobile-eye-clinics"),
          h("الطاقة الشمسية على أسطح المباني العامة"),
          p(
            "كما تتضمن الموازنة مشروعاً لتركيب ألواح شمسية على أسطح ",
            i("المدارس والمراكز الصحية"),
            " لتقليل فاتورة الكهرباء، وهو مشروع تأمل البلدية أن يغطي نفقاته خلال ست سنوات.",
          ),
          list("إصلاح 14 كيلومتراً من الأنابيب", "ترميم ثماني مدارس", "ألواح شمسية على 20 مبنى عاماً"),
          p(
            "ويمكن للسكان الاطلاع على بنود الموازنة في مكاتب خدمة الجمهور، فيما يتيح ",
            link("برنامج الأمم المتحدة للمستوطنات البشرية", "https://unhabitat.org/"),
            " أدلة للموازنات التشاركية.",
          ),
        ],
      },
    },
  },
  // ── Economy ────────────────────────────────────────────────────────────
  {
    key: "casablanca-port-expansion",
    kind: "news",
    section: "news/economy",
    region: "mena",
    tags: ["morocco", "trade", "transport", "energy", "mediterranean", "european-union", "cities"],
    authors: ["omar-benali"],
    leadMedia: "lead-casablanca-port-expansion",
    shareCount: 233,
    originalLocale: "ar",
    publishedHoursAgo: 1,
    translations: {
      ar: {
        title: "ميناء الدار البيضاء يفتتح محطة حاويات ثالثة لمواكبة نمو التجارة",
        summary: "تضيف المحطة الجديدة طاقة تقارب مليون حاوية سنوياً وتعمل رافعاتها بالكهرباء.",
        body: [
          p(
            "افتتح ميناء الدار البيضاء صباح اليوم ",
            b("محطة الحاويات الثالثة"),
            "، في خطوة تقول إدارة الميناء إنها سترفع طاقته الاستيعابية بنحو الثلث.",
          ),
          p(
            "وتعمل رافعات المحطة بالكهرباء بدلاً من الديزل، ما يخفض الانبعاثات والضجيج في الأحياء المجاورة للميناء.",
          ),
          image("inline-casablanca-cranes"),
          quote(
            "كانت السفن تنتظر أحياناً ثلاثة أيام في عرض البحر، ونريد أن ينتهي ذلك.",
            "مدير العمليات في الميناء",
          ),
          related("bread-prices-cairo", "santiago-copper-cooperatives"),
          h("ماذا يعني ذلك للمستوردين؟"),
          p(
            "يتوقع المستوردون أن تنخفض رسوم التخزين مع تقلص فترات الانتظار، وهو ما قد ينعكس على أسعار بعض السلع. وتشير بيانات ",
            link("مؤتمر الأمم المتحدة للتجارة والتنمية", "https://unctad.org/"),
            " إلى أن موانئ شمال أفريقيا تستقطب حصة متزايدة من تجارة الترانزيت.",
          ),
          p("وتعمل المحطة حالياً بطاقة جزئية، على أن تبلغ طاقتها الكاملة ", i("مطلع الصيف المقبل"), "."),
        ],
      },
      en: {
        title: "Casablanca port opens a third container terminal as trade grows",
        summary:
          "The new terminal adds room for about a million containers a year and runs its cranes on electricity.",
        body: [
          p(
            "The port of Casablanca opened its ",
            b("third container terminal"),
            " this morning, a move its managers say will raise capacity by about a third.",
          ),
          p(
            "The terminal's cranes run on electricity rather than diesel, cutting emissions and noise in the neighbourhoods around the docks.",
          ),
          image("inline-casablanca-cranes"),
          quote(
            "Ships sometimes waited three days at anchor. We want that to end.",
            "The port's head of operations",
          ),
          related("bread-prices-cairo", "canada-grocery-rebate"),
          h("What it means for importers"),
          p(
            "Importers expect storage fees to fall as waiting times shrink. Figures from ",
            link("UN Trade and Development", "https://unctad.org/"),
            " show North African ports taking a growing share of transhipment.",
          ),
          p("The terminal will reach full capacity ", i("early next summer"), "."),
        ],
      },
      es: {
        title: "El puerto de Casablanca abre una tercera terminal de contenedores",
        summary:
          "La nueva terminal suma capacidad para cerca de un millón de contenedores al año y usa grúas eléctricas.",
        body: [
          p(
            "El puerto de Casablanca inauguró esta mañana su ",
            b("tercera terminal de contenedores"),
            ", con la que prevé aumentar su capacidad en un tercio.",
          ),
          p(
            "Las grúas funcionan con electricidad y no con gasóleo, lo que reduce emisiones y ruido en los barrios cercanos.",
          ),
          quote(
            "A veces los barcos esperaban tres días fondeados. Queremos acabar con eso.",
            "El director de operaciones del puerto",
          ),
          related("santiago-copper-cooperatives", "canada-grocery-rebate"),
          h("Qué supone para los importadores"),
          p(
            "Los importadores esperan pagar menos por almacenaje. Según ",
            link("ONU Comercio y Desarrollo", "https://unctad.org/"),
            ", los puertos del norte de África ganan peso en el transbordo.",
          ),
        ],
      },
    },
  },
  {
    key: "bread-prices-cairo",
    kind: "news",
    section: "news/economy",
    region: "mena",
    dossier: "cost-of-living",
    tags: ["egypt", "food-prices", "inflation", "agriculture", "trade", "cities"],
    authors: ["omar-benali", "sahifa-staff"],
    leadMedia: "lead-bread-prices-cairo",
    shareCount: 689,
    originalLocale: "ar",
    publishedHoursAgo: 7,
    translations: {
      ar: {
        title: "الحكومة المصرية تثبّت سعر الخبز المدعم حتى نهاية العام",
        summary:
          "قرار التثبيت يطمئن ملايين الأسر لكنه يضع ضغطاً إضافياً على موازنة الدعم مع ارتفاع أسعار القمح.",
        body: [
          p(
            "أعلنت الحكومة المصرية ",
            b("تثبيت سعر رغيف الخبز المدعم"),
            " حتى نهاية العام، في قرار يشمل أكثر من ستين مليون مستفيد من بطاقات التموين.",
          ),
          p(
            "ويأتي القرار في وقت ترتفع فيه أسعار الدقيق الحر والزيوت، ما يجعل الخبز المدعم ركيزة أساسية لميزانيات الأسر محدودة الدخل.",
          ),
          quote("الرغيف هو آخر شيء ثابت في مصروف البيت.", "أم محمد، ربة منزل من حي شبرا"),
          related("canada-grocery-rebate", "casablanca-port-expansion"),
          h("كلفة الدعم"),
          p(
            "يقدّر اقتصاديون أن كلفة الدعم سترتفع بنحو ",
            i("الخمس"),
            " هذا العام، وتراهن الحكومة على زيادة المحصول المحلي من القمح. وتتابع ",
            link("منظمة الأغذية والزراعة", "https://www.fao.org/"),
            " أسعار الحبوب عالمياً في مؤشر شهري.",
          ),
          list("أكثر من 60 مليون مستفيد", "خمسة أرغفة يومياً للفرد", "زيادة المساحة المزروعة قمحاً"),
          p("ولم تعلن الحكومة بعد خطتها للعام المقبل."),
        ],
      },
      en: {
        title: "Egypt freezes the price of subsidised bread until the end of the year",
        summary:
          "The freeze reassures millions of households but strains the subsidy budget as wheat prices rise.",
        body: [
          p(
            "Egypt's government has ",
            b("frozen the price of the subsidised loaf"),
            " until the end of the year, a decision covering more than 60 million ration-card holders.",
          ),
          p(
            "Unsubsidised flour and cooking oil keep getting dearer, which makes the ration loaf the backbone of low-income household budgets.",
          ),
          quote(
            "The loaf is the last thing in the household budget that does not move.",
            "Umm Mohamed, a homemaker in Shubra",
          ),
          related("canada-grocery-rebate", "casablanca-port-expansion"),
          h("The cost of the subsidy"),
          p(
            "Economists expect the subsidy bill to rise by about ",
            i("a fifth"),
            " this year. The ",
            link("Food and Agriculture Organization", "https://www.fao.org/"),
            " tracks world grain prices in a monthly index.",
          ),
          p("The government has not yet set out its plan for next year."),
        ],
      },
    },
  },
  {
    key: "santiago-copper-cooperatives",
    kind: "news",
    section: "news/economy",
    region: "latin-america",
    tags: ["chile", "trade", "energy", "water", "drought", "agriculture"],
    authors: ["lucia-ferreyra"],
    leadMedia: "lead-santiago-copper-cooperatives",
    shareCount: 74,
    originalLocale: "es",
    publishedHoursAgo: 52,
    translations: {
      es: {
        title: "Las cooperativas mineras de Atacama pactan precios estables con las fundiciones",
        summary:
          "El acuerdo protege a cientos de pequeños mineros de las oscilaciones del cobre durante dos años.",
        body: [
          p(
            "Una veintena de cooperativas mineras de la región de Atacama firmó un ",
            b("acuerdo de precios a dos años"),
            " con las fundiciones que compran su mineral.",
          ),
          p(
            "La pequeña minería produce una parte modesta del cobre chileno, pero da empleo a miles de familias en pueblos donde hay pocas alternativas.",
          ),
          quote(
            "Cuando el precio se cae, nosotros somos los primeros en cerrar. Esto nos da un piso.",
            "Héctor Rojas, minero cooperativista de Diego de Almagro",
          ),
          related("casablanca-port-expansion", "quito-assembly-water-law"),
          h("El agua, la otra negociación"),
          p(
            "Las cooperativas también piden acceso a agua desalada, porque los pozos de la zona bajan cada año. La ",
            link("Comisión Económica para América Latina", "https://www.cepal.org/"),
            " ha advertido de la tensión entre minería y agua en el norte del país.",
          ),
          list("Precio mínimo garantizado", "Pago en 15 días", "Fondo común para seguridad laboral"),
          p("El acuerdo se revisará a mitad de plazo."),
        ],
      },
    },
  },
  {
    key: "canada-grocery-rebate",
    kind: "analysis",
    section: "news/economy",
    region: "us-canada",
    dossier: "cost-of-living",
    tags: ["canada", "food-prices", "inflation", "trade", "cities", "united-states"],
    authors: ["sahifa-staff"],
    leadMedia: "lead-canada-grocery-rebate",
    shareCount: 188,
    originalLocale: "en",
    publishedHoursAgo: 78,
    translations: {
      en: {
        title: "Analysis: what a grocery rebate can and cannot do about food prices",
        summary:
          "Direct payments soften the blow for poorer households but leave the causes of high prices untouched.",
        body: [
          p(
            "Canada's decision to extend its ",
            b("grocery rebate"),
            " by three months will put a few hundred dollars into the accounts of low-income households. It will not make a loaf cheaper.",
          ),
          p(
            "Food inflation has cooled from its peak, but prices remain well above where they were three years ago, and wages have only partly caught up.",
          ),
          quote(
            "A rebate is a bandage. It helps today, and we are grateful, but the shelf price is still the shelf price.",
            "A volunteer at a food bank in Winnipeg",
          ),
          related("bread-prices-cairo", "brussels-rail-pact"),
          h("Competition, not cheques"),
          p(
            "Economists point to a concentrated grocery sector and to transport costs across a vast country. ",
            link("Statistics Canada", "https://www.statcan.gc.ca/"),
            " publishes monthly food price data that shows the gap between provinces.",
          ),
          list(
            "Who gets the rebate: households below an income threshold",
            "How much: depends on family size",
            "When: paid with the quarterly tax credit",
          ),
          p(
            i("This analysis"),
            " is based on public data and interviews with economists and food bank staff.",
          ),
        ],
      },
      es: {
        title: "Análisis: lo que una ayuda para la compra puede y no puede hacer contra los precios",
        summary:
          "Los pagos directos alivian a los hogares más pobres, pero no tocan las causas de la carestía.",
        body: [
          p(
            "Canadá prorroga tres meses su ",
            b("ayuda para la compra de alimentos"),
            ". Los hogares de bajos ingresos recibirán unos cientos de dólares, pero el pan no bajará.",
          ),
          p(
            "La inflación alimentaria se ha moderado, pero los precios siguen muy por encima de los de hace tres años.",
          ),
          quote(
            "La ayuda es una venda. Sirve hoy, y lo agradecemos, pero el precio en la estantería sigue igual.",
            "Voluntaria de un banco de alimentos de Winnipeg",
          ),
          related("bread-prices-cairo", "brussels-rail-pact"),
          h("Competencia, no cheques"),
          p(
            "Los economistas señalan un sector de supermercados muy concentrado y el coste del transporte. ",
            link("Statistics Canada", "https://www.statcan.gc.ca/"),
            " publica datos mensuales de precios.",
          ),
          p(
            i("Este análisis"),
            " se basa en datos públicos y entrevistas con economistas y personal de bancos de alimentos.",
          ),
        ],
      },
    },
  },
  // ── Sports ─────────────────────────────────────────────────────────────
  {
    key: "nairobi-marathon-record",
    kind: "news",
    section: "news/sports",
    region: "africa",
    tags: ["kenya", "athletics", "cities", "african-union", "transport", "public-health"],
    authors: ["sofia-marquez"],
    leadMedia: "lead-nairobi-marathon-record",
    shareCount: 904,
    originalLocale: "en",
    publishedHoursAgo: 4,
    translations: {
      en: {
        title: "Course record falls as thousands run the Nairobi marathon",
        summary:
          "A 24-year-old club runner took almost a minute off the women's record on a cool, windless morning.",
        body: [
          p(
            "A 24-year-old club runner from the Rift Valley broke the women's course record by ",
            b("almost a minute"),
            " at the Nairobi marathon, which drew 18,000 entrants.",
          ),
          p(
            "Cool air and no wind gave the leading group a fast first half, and the winner pulled clear on the long climb after the 30-kilometre mark.",
          ),
          image("inline-marathon-finish"),
          quote(
            "I told myself to wait for the hill. The hill is where I train every day.",
            "The women's winner, speaking at the finish",
          ),
          related("quito-altitude-football", "women-football-league-amman"),
          h("A race for everyone"),
          p(
            "Organisers added a 10-kilometre fun run and a wheelchair race this year, and published ",
            link("open results", "https://worldathletics.org/"),
            " for every finisher.",
          ),
          p("The men's race was won in a sprint finish by ", i("two seconds"), "."),
        ],
      },
      ar: {
        title: "تحطيم الرقم القياسي للمسار في ماراثون نيروبي بمشاركة الآلاف",
        summary: "عداءة في الرابعة والعشرين خفّضت رقم السيدات بنحو دقيقة في صباح بارد بلا رياح.",
        body: [
          p(
            "حطمت عداءة في الرابعة والعشرين من وادي الصدع الرقم القياسي لمسار السيدات ",
            b("بفارق دقيقة تقريباً"),
            " في ماراثون نيروبي الذي شارك فيه 18 ألف عداء.",
          ),
          p(
            "ساعد الهواء البارد وغياب الرياح مجموعة المقدمة على قطع النصف الأول بسرعة، قبل أن تنفرد الفائزة في الصعود الطويل بعد الكيلومتر الثلاثين.",
          ),
          quote(
            "قلت لنفسي انتظري التلة، فالتلة هي المكان الذي أتدرب فيه كل يوم.",
            "الفائزة بسباق السيدات عند خط النهاية",
          ),
          related("women-football-league-amman", "quito-altitude-football"),
          h("سباق للجميع"),
          p(
            "أضاف المنظمون هذا العام سباقاً ترفيهياً لعشرة كيلومترات وسباقاً للكراسي المتحركة، ونشروا ",
            link("النتائج كاملة", "https://worldathletics.org/"),
            " لكل المشاركين.",
          ),
          p("وحُسم سباق الرجال في خط النهاية بفارق ", i("ثانيتين"), " فقط."),
        ],
      },
      es: {
        title: "Cae el récord del circuito en un maratón de Nairobi con miles de corredores",
        summary:
          "Una corredora de 24 años rebajó casi un minuto la plusmarca femenina en una mañana fresca y sin viento.",
        body: [
          p(
            "Una corredora de 24 años del valle del Rift batió el récord femenino del circuito por ",
            b("casi un minuto"),
            " en el maratón de Nairobi, con 18.000 inscritos.",
          ),
          p(
            "El aire fresco y la ausencia de viento permitieron una primera mitad rápida; la ganadora se escapó en la larga subida tras el kilómetro 30.",
          ),
          image("inline-marathon-finish"),
          quote(
            "Me dije que esperara a la cuesta. La cuesta es donde entreno cada día.",
            "La ganadora, en la meta",
          ),
          related("quito-altitude-football", "women-football-league-amman"),
          h("Una carrera para todos"),
          p(
            "La organización añadió una carrera popular de 10 kilómetros y una prueba en silla de ruedas, y publicó ",
            link("resultados abiertos", "https://worldathletics.org/"),
            " de todos los participantes.",
          ),
        ],
      },
    },
  },
  {
    key: "women-football-league-amman",
    kind: "news",
    section: "news/sports",
    region: "mena",
    tags: ["jordan", "football", "education", "cities", "fifa", "gender-equality", "youth"],
    authors: ["mariam-yousef"],
    leadMedia: "lead-women-football-league-amman",
    shareCount: 356,
    originalLocale: "ar",
    publishedHoursAgo: 14,
    translations: {
      ar: {
        title: "نجمات عمّان يبلغن نهائي الدوري النسائي للمرة الأولى",
        summary: "فوز بثلاثة أهداف في نصف النهائي يتوج موسماً تضاعف فيه جمهور الكرة النسائية في الأردن.",
        body: [
          p(
            "تأهل فريق نجمات عمّان إلى ",
            b("نهائي الدوري النسائي"),
            " للمرة الأولى في تاريخه، بعد فوزه بثلاثة أهداف دون رد في نصف النهائي.",
          ),
          p(
            "وحضر المباراة أكثر من أربعة آلاف متفرج، وهو رقم لم يكن متخيلاً قبل موسمين حين كانت المباريات تقام أمام مدرجات شبه خالية.",
          ),
          quote("البنات اللواتي يجلسن في المدرجات اليوم سيلعبن في هذا الملعب بعد عشر سنوات.", "مدربة الفريق"),
          related("nairobi-marathon-record", "quito-altitude-football"),
          h("المدارس أولاً"),
          p(
            "يعزو القائمون على اللعبة هذا النمو إلى برنامج أدخل كرة القدم النسائية إلى ",
            i("مئة مدرسة حكومية"),
            ". ويتيح ",
            link("الاتحاد الدولي لكرة القدم", "https://www.fifa.com/"),
            " برامج دعم لتطوير الكرة النسائية.",
          ),
          p("يقام النهائي يوم الجمعة المقبل."),
        ],
      },
      en: {
        title: "Amman Stars reach the women's league final for the first time",
        summary:
          "A 3–0 semi-final win caps a season in which crowds for women's football in Jordan have tripled.",
        body: [
          p(
            "Amman Stars reached the ",
            b("women's league final"),
            " for the first time in their history after a 3–0 semi-final win.",
          ),
          p(
            "More than 4,000 spectators watched the match, a crowd that seemed unthinkable two seasons ago when games were played to near-empty stands.",
          ),
          quote("The girls in the stands today will play on this pitch in ten years.", "The team's coach"),
          related("nairobi-marathon-record", "jakarta-badminton"),
          h("Schools first"),
          p(
            "Officials credit a programme that brought girls' football into ",
            i("a hundred state schools"),
            ". ",
            link("FIFA", "https://www.fifa.com/"),
            " runs development funds for the women's game.",
          ),
          p("The final is on Friday."),
        ],
      },
    },
  },
  {
    key: "quito-altitude-football",
    kind: "news",
    section: "news/sports",
    region: "latin-america",
    tags: ["ecuador", "football", "fifa", "public-health", "cities", "science", "youth"],
    authors: ["sofia-marquez", "lucia-ferreyra"],
    leadMedia: "lead-quito-altitude-football",
    shareCount: 472,
    originalLocale: "es",
    publishedHoursAgo: 6,
    translations: {
      es: {
        title: "La altura vuelve a pesar: Ecuador gana 2-0 en Quito y sigue invicto en casa",
        summary:
          "La selección suma su sexto partido sin perder a 2.850 metros y los visitantes vuelven a quejarse del aire.",
        body: [
          p(
            "Ecuador venció ",
            b("2-0"),
            " en el estadio de Quito y encadena seis partidos sin derrota como local en la fase de clasificación.",
          ),
          p(
            "Los dos goles llegaron en la segunda parte, cuando el rival ya acusaba el esfuerzo. El preparador físico visitante admitió que su equipo llegó solo dos días antes.",
          ),
          quote(
            "En el minuto 60 las piernas pesan el doble. Aquí hay que jugar con la cabeza y con los pulmones.",
            "El centrocampista ecuatoriano autor del primer gol",
          ),
          related("nairobi-marathon-record", "women-football-league-amman"),
          h("¿Ventaja justa?"),
          p(
            "El debate sobre los partidos en altura reaparece cada temporada. Los estudios de medicina deportiva recomiendan ",
            i("llegar dos semanas antes"),
            " o jugar nada más aterrizar, y la ",
            link("FIFA", "https://www.fifa.com/"),
            " permite los estadios de altura desde hace años.",
          ),
          list("Quito: 2.850 metros", "La Paz: 3.640 metros", "Bogotá: 2.640 metros"),
          p("El próximo partido de Ecuador será fuera de casa, al nivel del mar."),
        ],
      },
      en: {
        title: "Altitude tells again as Ecuador win 2–0 in Quito to stay unbeaten at home",
        summary:
          "The national team extend their home run to six games at 2,850 metres, and visitors again blame the thin air.",
        body: [
          p(
            "Ecuador beat their visitors ",
            b("2–0"),
            " in Quito, their sixth qualifier in a row without defeat at home.",
          ),
          p(
            "Both goals came after the break, when the visiting side was visibly tiring. Their fitness coach admitted the team had arrived only two days earlier.",
          ),
          quote(
            "After 60 minutes your legs weigh twice as much. Here you play with your head and your lungs.",
            "The Ecuadorian midfielder who scored the first goal",
          ),
          related("nairobi-marathon-record", "jakarta-badminton"),
          h("A fair advantage?"),
          p(
            "Sports physicians advise teams to ",
            i("arrive two weeks early"),
            " or to play straight off the plane. ",
            link("FIFA", "https://www.fifa.com/"),
            " has allowed high-altitude venues for years.",
          ),
          p("Ecuador's next match is away, at sea level."),
        ],
      },
      ar: {
        title:
          "الارتفاع يقول كلمته مجدداً: الإكوادور تفوز 2-0 في كيتو وتواصل سجلها خالياً من الهزائم على أرضها",
        summary:
          "المنتخب يحقق مباراته السادسة دون خسارة على ارتفاع 2850 متراً، والضيوف يشكون مجدداً من الهواء الخفيف.",
        body: [
          p(
            "فازت الإكوادور على ضيفها ",
            b("بهدفين دون رد"),
            " في كيتو، لتحقق مباراتها السادسة على التوالي دون هزيمة على أرضها في التصفيات.",
          ),
          p(
            "جاء الهدفان في الشوط الثاني حين بدا الإرهاق واضحاً على الفريق الزائر، الذي اعترف مدربه البدني بأن الفريق وصل قبل يومين فقط.",
          ),
          quote(
            "بعد الدقيقة الستين تصبح الساقان أثقل بمرتين. هنا تلعب برأسك ورئتيك.",
            "لاعب الوسط الإكوادوري صاحب الهدف الأول",
          ),
          related("nairobi-marathon-record", "women-football-league-amman"),
          h("أفضلية عادلة؟"),
          p(
            "ينصح أطباء الرياضة الفرق ",
            i("بالوصول قبل أسبوعين"),
            " أو اللعب فور الهبوط. ويسمح ",
            link("الاتحاد الدولي لكرة القدم", "https://www.fifa.com/"),
            " بالملاعب المرتفعة منذ سنوات.",
          ),
          p("تلعب الإكوادور مباراتها المقبلة خارج أرضها على مستوى سطح البحر."),
        ],
      },
    },
  },
  {
    key: "jakarta-badminton",
    kind: "news",
    section: "news/sports",
    region: "asia",
    tags: ["indonesia", "cities", "education", "public-health", "youth", "urban-planning"],
    authors: ["kenji-arai"],
    leadMedia: "lead-jakarta-badminton",
    shareCount: 58,
    originalLocale: "en",
    publishedHoursAgo: 122,
    translations: {
      en: {
        title: "Jakarta's neighbourhood badminton halls get a government upgrade",
        summary:
          "Two hundred community courts will get new floors, lighting and coaching, the cradle of a sporting tradition.",
        body: [
          p(
            "Jakarta will refurbish ",
            b("two hundred neighbourhood badminton halls"),
            " over the next three years, replacing worn floors and adding LED lighting and paid coaching hours.",
          ),
          p(
            "Many of the country's champions learnt the game in such halls, often squeezed between houses and open until late at night.",
          ),
          quote(
            "My father played here, I played here, and now my daughter plays here. The floor is older than all of us.",
            "A hall keeper in East Jakarta",
          ),
          related("women-football-league-amman", "quito-altitude-football"),
          h("Coaches for children"),
          p(
            "Each hall will receive ",
            i("ten hours of free coaching a week"),
            " for under-14s. Public health researchers at the ",
            link("World Health Organization", "https://www.who.int/"),
            " have long urged cities to make sport cheap and close to home.",
          ),
          p("Work begins in the east of the city next month."),
        ],
      },
    },
  },
  // ── Arts & Culture ─────────────────────────────────────────────────────
  {
    key: "fez-manuscripts-digitised",
    kind: "news",
    section: "news/arts-culture",
    region: "mena",
    tags: ["morocco", "heritage", "literature", "unesco", "education", "internet"],
    authors: ["mariam-yousef"],
    leadMedia: "lead-fez-manuscripts-digitised",
    shareCount: 615,
    originalLocale: "ar",
    publishedHoursAgo: 10,
    translations: {
      ar: {
        title: "ألف مخطوطة من خزائن فاس تصبح متاحة للباحثين عبر الإنترنت",
        summary: "مشروع رقمنة استمر ثلاث سنوات ينشر مخطوطات في الفلك والطب والفقه بصور عالية الدقة.",
        body: [
          p(
            "أتاحت خزانة للمخطوطات في المدينة القديمة بفاس ",
            b("ألف مخطوطة رقمية"),
            " للباحثين حول العالم، بعد مشروع استمر ثلاث سنوات.",
          ),
          p(
            "وتشمل المجموعة رسائل في الفلك والطب والرياضيات والفقه، بعضها يعود إلى القرن الثاني عشر، مع فهارس بالعربية والفرنسية والإنجليزية.",
          ),
          image("inline-fez-reading-room"),
          quote("المخطوطة التي لا يقرؤها أحد تموت ببطء. الرقمنة تمنحها قراءً جدداً.", "أمينة الخزانة"),
          related("beirut-cinema-restored", "dakar-biennale"),
          h("ضوء بارد وحبر هش"),
          p(
            "استخدم الفريق إضاءة باردة لا تولد حرارة، وحوامل خاصة لا تضغط على الكعوب القديمة. وتدعم ",
            link("اليونسكو", "https://www.unesco.org/"),
            " مشاريع مماثلة ضمن برنامج ذاكرة العالم.",
          ),
          list("ألف مخطوطة في المرحلة الأولى", "فهارس بثلاث لغات", "إتاحة مجانية للباحثين"),
          p("وتبدأ المرحلة الثانية ", i("مطلع العام المقبل"), "."),
        ],
      },
      en: {
        title: "A thousand manuscripts from Fez go online for researchers",
        summary:
          "A three-year digitisation project publishes works on astronomy, medicine and law in high resolution.",
        body: [
          p(
            "A manuscript library in the old city of Fez has published ",
            b("a thousand digitised manuscripts"),
            " after a three-year project.",
          ),
          p(
            "The collection includes treatises on astronomy, medicine, mathematics and law, some from the twelfth century, catalogued in Arabic, French and English.",
          ),
          image("inline-fez-reading-room"),
          quote(
            "A manuscript nobody reads dies slowly. Digitisation gives it new readers.",
            "The library's curator",
          ),
          related("beirut-cinema-restored", "mexico-city-book-fair"),
          h("Cold light and fragile ink"),
          p(
            "The team used cold lighting that gives off no heat and cradles that do not strain old spines. ",
            link("UNESCO", "https://www.unesco.org/"),
            " supports similar work through its Memory of the World programme.",
          ),
          p("The second phase begins ", i("early next year"), "."),
        ],
      },
      es: {
        title: "Mil manuscritos de Fez, en línea para los investigadores",
        summary:
          "Un proyecto de digitalización de tres años publica tratados de astronomía, medicina y derecho en alta resolución.",
        body: [
          p(
            "Una biblioteca de manuscritos de la medina de Fez ha publicado ",
            b("mil manuscritos digitalizados"),
            " tras un proyecto de tres años.",
          ),
          p(
            "La colección reúne tratados de astronomía, medicina, matemáticas y derecho, algunos del siglo XII, con catálogos en árabe, francés e inglés.",
          ),
          quote(
            "Un manuscrito que nadie lee muere despacio. La digitalización le da nuevos lectores.",
            "La conservadora de la biblioteca",
          ),
          related("mexico-city-book-fair", "dakar-biennale"),
          h("Luz fría y tinta frágil"),
          p(
            "El equipo usó luz fría, que no desprende calor, y atriles que no fuerzan los lomos. La ",
            link("UNESCO", "https://www.unesco.org/"),
            " apoya proyectos similares con su programa Memoria del Mundo.",
          ),
          p("La segunda fase empezará ", i("a principios del año próximo"), "."),
        ],
      },
    },
  },
  {
    key: "dakar-biennale",
    kind: "news",
    section: "news/arts-culture",
    region: "africa",
    tags: ["senegal", "heritage", "cities", "african-union", "music", "cinema"],
    authors: ["mariam-yousef", "sahifa-staff"],
    leadMedia: "lead-dakar-biennale",
    shareCount: 142,
    originalLocale: "en",
    publishedHoursAgo: 150,
    translations: {
      en: {
        title: "Dakar's art biennale moves into the old port warehouses",
        summary:
          "Artists from 30 countries show work in disused docks, drawing crowds to a district the city wants to revive.",
        body: [
          p(
            "The Dakar biennale opened this week in ",
            b("former port warehouses"),
            ", with artists from 30 countries showing installations, film and sound pieces.",
          ),
          p(
            "Moving the main exhibition to the docks was a gamble. Organisers wanted to bring visitors to a district that emptied when shipping moved to a newer terminal.",
          ),
          quote(
            "We did not clean the walls. The salt and rust are part of the work.",
            "One of the exhibition's curators",
          ),
          related("fez-manuscripts-digitised", "beirut-cinema-restored"),
          h("Free entry on Sundays"),
          p(
            "Entry is free on Sundays, and schools can book guided visits. The ",
            link("African Union", "https://au.int/"),
            " has named cultural industries among its priorities for the decade.",
          ),
          list("30 countries", "120 artists", "Open until the end of next month"),
        ],
      },
      es: {
        title: "La bienal de arte de Dakar se instala en los viejos almacenes del puerto",
        summary:
          "Artistas de 30 países exponen en muelles abandonados y atraen público a un barrio que la ciudad quiere revivir.",
        body: [
          p(
            "La bienal de Dakar abrió esta semana en ",
            b("antiguos almacenes portuarios"),
            ", con artistas de 30 países.",
          ),
          p(
            "Llevar la exposición a los muelles fue una apuesta: los organizadores querían atraer visitantes a un barrio que se vació cuando el tráfico se trasladó a otra terminal.",
          ),
          quote(
            "No limpiamos las paredes. La sal y el óxido forman parte de la obra.",
            "Una de las comisarias",
          ),
          related("fez-manuscripts-digitised", "mexico-city-book-fair"),
          h("Entrada gratuita los domingos"),
          p(
            "Los domingos la entrada es libre y las escuelas pueden reservar visitas. La ",
            link("Unión Africana", "https://au.int/"),
            " sitúa las industrias culturales entre sus prioridades.",
          ),
        ],
      },
    },
  },
  {
    key: "mexico-city-book-fair",
    kind: "news",
    section: "news/arts-culture",
    region: "latin-america",
    tags: ["mexico", "literature", "education", "cities", "heritage", "libraries", "youth"],
    authors: ["lucia-ferreyra"],
    leadMedia: "lead-mexico-city-book-fair",
    shareCount: 203,
    originalLocale: "es",
    publishedHoursAgo: 16,
    translations: {
      es: {
        title: "La Feria del Libro de Ciudad de México bate su récord de visitantes",
        summary:
          "Más de un millón de personas pasaron por la feria, impulsada por la literatura juvenil y las lenguas indígenas.",
        body: [
          p(
            "La feria cerró con ",
            b("más de un millón de visitantes"),
            ", la cifra más alta desde su creación, según los organizadores.",
          ),
          p(
            "Las colas más largas se formaron ante las casetas de literatura juvenil y de cómic, pero también hubo lleno en las lecturas en náhuatl, maya y mixteco.",
          ),
          quote(
            "Vinieron jóvenes que nunca habían pisado una feria. Algunos se llevaron su primer libro propio.",
            "Una librera de Coyoacán",
          ),
          related("fez-manuscripts-digitised", "dakar-biennale"),
          h("Lenguas que vuelven al papel"),
          p(
            "Editoriales pequeñas presentaron ",
            i("diecisiete títulos"),
            " en lenguas indígenas. La ",
            link("UNESCO", "https://www.unesco.org/"),
            " dedica este decenio a las lenguas indígenas.",
          ),
          list("40 países con caseta", "17 novedades en lenguas indígenas", "600 presentaciones"),
          p("La próxima edición tendrá a Chile como invitado de honor."),
        ],
      },
    },
  },
  {
    key: "beirut-cinema-restored",
    kind: "news",
    section: "news/arts-culture",
    region: "mena",
    tags: ["lebanon", "cinema", "heritage", "cities", "music", "tourism", "urban-planning"],
    authors: ["mariam-yousef"],
    leadMedia: "lead-beirut-cinema-restored",
    shareCount: 318,
    originalLocale: "ar",
    publishedHoursAgo: 100,
    translations: {
      ar: {
        title: "سينما تاريخية في وسط بيروت تفتح أبوابها من جديد بعد ترميم دام أربع سنوات",
        summary:
          "القاعة التي شهدت عروضاً أولى لأفلام عربية كلاسيكية تعود بمقاعدها الخشبية وبرنامج للأفلام المرممة.",
        body: [
          p(
            "أعيد افتتاح سينما تاريخية في وسط بيروت ",
            b("بعد أربع سنوات من الترميم"),
            "، بعرض فيلم عربي كلاسيكي بنسخة مرممة حديثاً.",
          ),
          p(
            "وعمل نجارون ورسامون محليون على إعادة المقاعد الخشبية والزخارف الجصية كما كانت، اعتماداً على صور قديمة جمعها سكان الحي.",
          ),
          quote(
            "جاء الناس بصورهم العائلية أمام الشباك القديم، فصارت تلك الصور مخطط الترميم.",
            "المهندسة المشرفة على المشروع",
          ),
          related("fez-manuscripts-digitised", "dakar-biennale"),
          h("برنامج للأفلام المنسية"),
          p(
            "ستعرض القاعة كل أسبوع فيلماً مرمماً من ",
            i("أرشيف السينما العربية"),
            "، مع نقاش بعد العرض. وتوفر ",
            link("اليونسكو", "https://www.unesco.org/"),
            " إرشادات لحفظ التراث السمعي البصري.",
          ),
          p("وتباع التذاكر بأسعار رمزية للطلاب."),
        ],
      },
    },
  },
  // ── Health ─────────────────────────────────────────────────────────────
  {
    key: "heatwave-clinics-delhi",
    kind: "news",
    section: "news/health",
    region: "asia",
    dossier: "climate-frontlines",
    tags: ["india", "climate", "public-health", "who", "cities", "water", "energy"],
    authors: ["daniel-okafor"],
    leadMedia: "lead-heatwave-clinics-delhi",
    shareCount: 777,
    originalLocale: "en",
    publishedHoursAgo: 8,
    translations: {
      en: {
        title: "Cooling centres open across northern India as heat alert reaches its highest level",
        summary:
          "Schools and community halls become shelters with water, shade and nurses as temperatures pass 46C.",
        body: [
          p(
            "Authorities in three northern states raised the heat alert to its ",
            b("highest level"),
            " and opened more than 400 cooling centres in schools and community halls.",
          ),
          p(
            "Doctors say the greatest risk is for outdoor workers, older people living alone and children, especially at night when homes fail to cool down.",
          ),
          image("inline-heat-clinic"),
          quote(
            "The heat does not only hit at noon. It is the third hot night in a row that brings people to us.",
            "A nurse at a cooling centre",
          ),
          related("great-lakes-ice", "mangroves-return-gulf"),
          h("What the plans require"),
          p(
            "City heat action plans, modelled on guidance from the ",
            link("World Health Organization", "https://www.who.int/"),
            ", ask employers to shift outdoor work to early morning.",
          ),
          list(
            "Drink water before you feel thirsty",
            "Check on neighbours who live alone",
            "Avoid outdoor work between noon and 4pm",
          ),
          p("Forecasters expect ", i("some relief"), " by the weekend."),
        ],
      },
      ar: {
        title: "افتتاح مراكز تبريد في شمال الهند مع بلوغ إنذار الحر أعلى مستوياته",
        summary: "مدارس وقاعات أحياء تتحول إلى ملاجئ فيها ماء وظل وممرضات مع تجاوز الحرارة 46 درجة.",
        body: [
          p(
            "رفعت السلطات في ثلاث ولايات شمالية إنذار الحر إلى ",
            b("أعلى مستوياته"),
            "، وافتتحت أكثر من أربعمئة مركز تبريد في المدارس وقاعات الأحياء.",
          ),
          p(
            "ويقول الأطباء إن الخطر الأكبر يطال العاملين في الهواء الطلق وكبار السن الذين يعيشون وحدهم والأطفال، خصوصاً ليلاً حين لا تبرد البيوت.",
          ),
          quote(
            "الحر لا يضرب عند الظهيرة فقط، بل الليلة الحارة الثالثة على التوالي هي التي تأتي بالناس إلينا.",
            "ممرضة في أحد مراكز التبريد",
          ),
          related("mangroves-return-gulf", "kenya-measles-drive"),
          h("ما تطلبه الخطط"),
          p(
            "تطلب خطط مواجهة الحر في المدن، المستندة إلى إرشادات ",
            link("منظمة الصحة العالمية", "https://www.who.int/"),
            "، من أصحاب العمل نقل الأعمال الخارجية إلى الصباح الباكر.",
          ),
          list(
            "اشرب الماء قبل أن تشعر بالعطش",
            "اطمئن على جيرانك الذين يعيشون وحدهم",
            "تجنب العمل في الخارج بين الظهر والرابعة",
          ),
          p("ويتوقع خبراء الأرصاد ", i("انفراجاً نسبياً"), " مع نهاية الأسبوع."),
        ],
      },
      es: {
        title: "Abren centros de refrigeración en el norte de la India ante la alerta máxima por calor",
        summary:
          "Escuelas y salones comunitarios se convierten en refugios con agua, sombra y enfermeras con más de 46 grados.",
        body: [
          p(
            "Las autoridades de tres estados del norte elevaron la alerta por calor a su ",
            b("nivel máximo"),
            " y abrieron más de 400 centros de refrigeración.",
          ),
          p(
            "Los médicos advierten de que el mayor riesgo lo corren quienes trabajan al aire libre, las personas mayores que viven solas y los niños.",
          ),
          image("inline-heat-clinic"),
          quote(
            "El calor no golpea solo a mediodía. Es la tercera noche seguida de calor la que trae a la gente.",
            "Una enfermera de un centro de refrigeración",
          ),
          related("great-lakes-ice", "madrid-night-shift-sleep-study"),
          h("Qué exigen los planes"),
          p(
            "Los planes municipales contra el calor, basados en pautas de la ",
            link("Organización Mundial de la Salud", "https://www.who.int/"),
            ", piden adelantar el trabajo exterior a primera hora.",
          ),
          p("Los meteorólogos esperan ", i("algo de alivio"), " el fin de semana."),
        ],
      },
    },
  },
  {
    key: "kenya-measles-drive",
    kind: "news",
    section: "news/health",
    region: "africa",
    tags: ["kenya", "vaccines", "public-health", "who", "education", "transport"],
    authors: ["daniel-okafor"],
    leadMedia: "lead-kenya-measles-drive",
    shareCount: 239,
    originalLocale: "en",
    publishedHoursAgo: 18,
    translations: {
      en: {
        title: "Health workers on motorbikes carry a measles vaccination drive to remote villages",
        summary: "A two-week campaign aims to reach children missed during earlier rounds in pastoral areas.",
        body: [
          p(
            "A two-week ",
            b("measles and rubella vaccination drive"),
            " has reached remote villages in northern Kenya, with health workers travelling by motorbike and camel.",
          ),
          p(
            "Pastoral families often move with their herds, which means children can miss routine doses. Teams carry vaccines in solar-powered cool boxes.",
          ),
          quote(
            "We go where the families are, not where the clinic is.",
            "A community health volunteer in Marsabit",
          ),
          related("heatwave-clinics-delhi", "mobile-eye-clinics"),
          h("Why measles returns"),
          p(
            "Measles spreads fast when fewer than ",
            i("95 per cent"),
            " of children are protected, according to the ",
            link("World Health Organization", "https://www.who.int/"),
            ".",
          ),
          list(
            "Two doses protect for life",
            "Vaccines are free at every government clinic",
            "Teams also check children's growth and nutrition",
          ),
        ],
      },
      ar: {
        title: "عاملون صحيون على دراجات نارية يحملون حملة التطعيم ضد الحصبة إلى القرى النائية",
        summary:
          "حملة تستمر أسبوعين تسعى للوصول إلى الأطفال الذين فاتتهم الجولات السابقة في المناطق الرعوية.",
        body: [
          p(
            "وصلت ",
            b("حملة للتطعيم ضد الحصبة والحصبة الألمانية"),
            " إلى قرى نائية في شمال كينيا، إذ يتنقل العاملون الصحيون على دراجات نارية وجمال.",
          ),
          p(
            "كثيراً ما تتنقل الأسر الرعوية مع قطعانها، ما يعني أن أطفالها قد تفوتهم الجرعات الروتينية. وتحمل الفرق اللقاحات في صناديق تبريد تعمل بالطاقة الشمسية.",
          ),
          quote("نذهب إلى حيث توجد الأسر، لا إلى حيث توجد العيادة.", "متطوع صحي في مرسابيت"),
          related("heatwave-clinics-delhi", "mobile-eye-clinics"),
          h("لماذا تعود الحصبة؟"),
          p(
            "تنتشر الحصبة بسرعة حين تقل نسبة الأطفال المحميين عن ",
            i("95 في المئة"),
            " بحسب ",
            link("منظمة الصحة العالمية", "https://www.who.int/"),
            ".",
          ),
        ],
      },
    },
    unpublished: { ar: "in_review" },
  },
  {
    key: "mobile-eye-clinics",
    kind: "news",
    section: "news/health",
    region: "palestine",
    tags: ["west-bank", "public-health", "education", "transport", "who", "children"],
    authors: ["youssef-amrani"],
    leadMedia: "lead-mobile-eye-clinics",
    shareCount: 164,
    originalLocale: "ar",
    publishedHoursAgo: 96,
    translations: {
      ar: {
        title: "حافلة عيون متنقلة تفحص نظر تلاميذ القرى في جنوب الضفة الغربية",
        summary:
          "فحصت العيادة المتنقلة أكثر من ثلاثة آلاف طفل خلال شهرين ووزعت نظارات مجانية على من يحتاج إليها.",
        body: [
          p(
            "فحصت ",
            b("عيادة عيون متنقلة"),
            " أكثر من ثلاثة آلاف تلميذ في قرى جنوب الضفة الغربية خلال شهرين، ووزعت نظارات مجانية على نحو أربعمئة منهم.",
          ),
          p("وتحمل الحافلة المعدّلة أجهزة فحص كاملة، وتتنقل بين المدارس وفق جدول تنسقه مديريات التربية."),
          quote("طفل لا يرى السبورة يُتهم بالكسل، والمشكلة أحياناً نظارة فقط.", "طبيبة العيون في الفريق"),
          related("kenya-measles-drive", "ramallah-municipal-budget"),
          h("ما بعد الفحص"),
          p(
            "تحيل العيادة الحالات المعقدة إلى مستشفيات المدن، فيما تتابع ",
            i("الممرضات"),
            " الأطفال بعد ثلاثة أشهر. وتقدّر ",
            link("منظمة الصحة العالمية", "https://www.who.int/"),
            " أن معظم ضعف البصر لدى الأطفال يمكن تصحيحه.",
          ),
          list("3000 طفل جرى فحصهم", "400 نظارة مجانية", "زيارة متابعة لكل مدرسة"),
        ],
      },
      en: {
        title: "A mobile eye clinic checks village pupils' sight in the southern West Bank",
        summary:
          "The clinic screened more than 3,000 children in two months and handed out free glasses to those who needed them.",
        body: [
          p(
            "A ",
            b("mobile eye clinic"),
            " has screened more than 3,000 pupils in villages of the southern West Bank in two months, giving free glasses to about 400.",
          ),
          p(
            "The converted bus carries a full set of testing equipment and moves between schools on a timetable agreed with education offices.",
          ),
          quote(
            "A child who cannot see the board gets called lazy. Sometimes the problem is just a pair of glasses.",
            "The team's ophthalmologist",
          ),
          related("kenya-measles-drive", "heatwave-clinics-delhi"),
          h("After the test"),
          p(
            "Complex cases are referred to city hospitals, and ",
            i("nurses"),
            " follow up after three months. The ",
            link("World Health Organization", "https://www.who.int/"),
            " says most poor vision in children can be corrected.",
          ),
        ],
      },
      es: {
        title: "Una clínica oftalmológica móvil revisa la vista de los escolares del sur de Cisjordania",
        summary:
          "La clínica examinó a más de 3.000 niños en dos meses y repartió gafas gratuitas a quienes las necesitaban.",
        body: [
          p(
            "Una ",
            b("clínica oftalmológica móvil"),
            " ha examinado a más de 3.000 alumnos de aldeas del sur de Cisjordania en dos meses y ha repartido unas 400 gafas.",
          ),
          p(
            "El autobús adaptado lleva un equipo completo y recorre las escuelas con un calendario acordado con las direcciones de educación.",
          ),
          quote(
            "A un niño que no ve la pizarra lo llaman vago. A veces el problema son solo unas gafas.",
            "La oftalmóloga del equipo",
          ),
          related("kenya-measles-drive", "heatwave-clinics-delhi"),
          h("Después de la revisión"),
          p(
            "Los casos complejos se derivan a hospitales y las ",
            i("enfermeras"),
            " hacen seguimiento a los tres meses. Según la ",
            link("Organización Mundial de la Salud", "https://www.who.int/"),
            ", la mayoría de los problemas de visión infantil se pueden corregir.",
          ),
        ],
      },
    },
  },
  {
    key: "madrid-night-shift-sleep-study",
    kind: "news",
    section: "news/health",
    region: "europe",
    tags: ["spain", "public-health", "cities", "transport", "european-union", "labour", "science"],
    authors: ["daniel-okafor", "sahifa-staff"],
    leadMedia: "lead-madrid-night-shift-sleep-study",
    shareCount: 131,
    originalLocale: "es",
    publishedHoursAgo: 12,
    translations: {
      es: {
        title: "Un estudio con 3.000 trabajadores nocturnos pide revisar los turnos de guardia",
        summary:
          "Quienes trabajan de noche duermen de media hora y media menos y acumulan más problemas de salud.",
        body: [
          p(
            "Un estudio con ",
            b("3.000 trabajadores nocturnos"),
            " de hospitales, transporte y limpieza concluye que duermen de media 90 minutos menos que quienes trabajan de día.",
          ),
          p(
            "Los investigadores siguieron a los participantes durante un año con pulseras de actividad y cuestionarios. Las rotaciones rápidas entre turnos fueron las más perjudiciales.",
          ),
          quote(
            "No es solo dormir menos: es dormir a destiempo, semana tras semana.",
            "La investigadora principal del estudio",
          ),
          related("heatwave-clinics-delhi", "mobile-eye-clinics"),
          h("Recomendaciones"),
          p(
            "El informe propone rotar los turnos ",
            i("hacia delante"),
            " (mañana, tarde, noche) y limitar las noches seguidas. La ",
            link("Organización Mundial de la Salud", "https://www.who.int/"),
            " considera el sueño un factor clave de salud pública.",
          ),
          list(
            "No más de tres noches seguidas",
            "Rotación de mañana a noche, nunca al revés",
            "Descanso mínimo de 11 horas entre turnos",
          ),
          p("El Ministerio de Sanidad estudiará las conclusiones con sindicatos y empresas."),
        ],
      },
    },
  },
  // ── Miscellaneous ──────────────────────────────────────────────────────
  {
    key: "library-book-returned",
    kind: "news",
    section: "news/miscellaneous",
    region: "europe",
    tags: ["literature", "education", "cities", "heritage", "germany", "libraries"],
    authors: ["claire-dubois"],
    leadMedia: "lead-library-book-returned",
    shareCount: 1289,
    originalLocale: "en",
    publishedHoursAgo: 15,
    translations: {
      en: {
        title: "A library book comes home 63 years late, with an apology and no fine",
        summary:
          "A field guide to birds borrowed in 1963 was posted back to a small-town library with a handwritten note.",
        body: [
          p(
            "A small-town library received a parcel last week containing a ",
            b("field guide to European birds"),
            " borrowed in 1963, its lending card still tucked inside the cover.",
          ),
          p(
            "The note, written by the borrower's grandson, explained that the book had travelled through three house moves and two countries before turning up in an attic.",
          ),
          quote(
            "We have waived the fine. At today's rate it would have bought us a new roof.",
            "The head librarian",
          ),
          related("valparaiso-funicular", "date-harvest-festival"),
          h("The most borrowed book of 1963"),
          p(
            "Records show the guide was ",
            i("the library's most borrowed title"),
            " that year. It will go on display next to a modern edition. Libraries across Europe share such stories through ",
            link("IFLA", "https://www.ifla.org/"),
            ", the federation of library associations.",
          ),
          p("The library says it is not announcing an amnesty, but would welcome other strays."),
        ],
      },
      es: {
        title: "Un libro de biblioteca vuelve 63 años tarde, con disculpas y sin multa",
        summary:
          "Una guía de aves prestada en 1963 llegó por correo a una pequeña biblioteca con una nota manuscrita.",
        body: [
          p(
            "Una pequeña biblioteca recibió la semana pasada un paquete con una ",
            b("guía de aves de Europa"),
            " prestada en 1963, con la ficha de préstamo aún dentro.",
          ),
          p(
            "La nota, escrita por el nieto del lector, explicaba que el libro había pasado por tres mudanzas y dos países antes de aparecer en un desván.",
          ),
          quote(
            "Hemos perdonado la multa. Al precio de hoy nos habría pagado un tejado nuevo.",
            "La directora de la biblioteca",
          ),
          related("valparaiso-funicular", "vancouver-urban-beekeepers"),
          h("El libro más prestado de 1963"),
          p(
            "Los registros muestran que fue ",
            i("el título más prestado"),
            " aquel año. Se expondrá junto a una edición moderna; la ",
            link("IFLA", "https://www.ifla.org/"),
            " recoge historias parecidas de bibliotecas de todo el mundo.",
          ),
        ],
      },
      ar: {
        title: "كتاب مكتبة يعود بعد 63 عاماً من التأخير مع اعتذار ومن دون غرامة",
        summary: "دليل للطيور استُعير عام 1963 أعيد بالبريد إلى مكتبة بلدة صغيرة مع رسالة مكتوبة بخط اليد.",
        body: [
          p(
            "تسلّمت مكتبة في بلدة صغيرة الأسبوع الماضي طرداً فيه ",
            b("دليل لطيور أوروبا"),
            " استُعير عام 1963، ولا تزال بطاقة الإعارة داخل غلافه.",
          ),
          p(
            "وأوضحت الرسالة، التي كتبها حفيد المستعير، أن الكتاب تنقّل عبر ثلاثة بيوت وبلدين قبل أن يظهر في علّية.",
          ),
          quote("أعفيناه من الغرامة، فبأسعار اليوم كانت ستكفي لسقف جديد.", "مديرة المكتبة"),
          related("date-harvest-festival", "valparaiso-funicular"),
          h("الكتاب الأكثر إعارة عام 1963"),
          p(
            "تُظهر السجلات أن الدليل كان ",
            i("الأكثر إعارة"),
            " في ذلك العام، وسيعرض إلى جانب طبعة حديثة. ويجمع ",
            link("الاتحاد الدولي لجمعيات المكتبات", "https://www.ifla.org/"),
            " قصصاً مماثلة من مكتبات العالم.",
          ),
        ],
      },
    },
  },
  {
    key: "date-harvest-festival",
    kind: "news",
    section: "news/miscellaneous",
    region: "mena",
    tags: ["gulf", "agriculture", "food", "heritage", "water", "trade"],
    authors: ["sahifa-staff"],
    leadMedia: "lead-date-harvest-festival",
    shareCount: 402,
    originalLocale: "ar",
    publishedHoursAgo: 140,
    translations: {
      ar: {
        title: "مهرجان التمور يجمع ستين صنفاً ومزارعين من الواحات في أسبوع من المزادات والحكايات",
        summary: "المهرجان السنوي يحتفي بموسم الجني ويعرض تقنيات ري حديثة تقلل استهلاك المياه في الواحات.",
        body: [
          p(
            "افتتح ",
            b("مهرجان التمور السنوي"),
            " أبوابه بمشاركة مئات المزارعين الذين جاؤوا بأكثر من ستين صنفاً من الواحات المجاورة.",
          ),
          p(
            "وتتوزع أيام المهرجان بين مزادات الصباح وأمسيات الحكايات الشعبية ومسابقة لأفضل ",
            i("صندوق تمر"),
            " من حيث التغليف والجودة.",
          ),
          quote("النخلة علمتنا الصبر: تزرعها لأحفادك لا لنفسك.", "مزارع سبعيني من إحدى الواحات"),
          related("library-book-returned", "mangroves-return-gulf"),
          h("ري بالتنقيط بدل الغمر"),
          p(
            "خصص المنظمون جناحاً لتقنيات الري بالتنقيط التي توفر ما يصل إلى نصف المياه المستخدمة. وتقدم ",
            link("منظمة الأغذية والزراعة", "https://www.fao.org/"),
            " إرشادات لإدارة مياه الواحات.",
          ),
          list("أكثر من 60 صنفاً", "مزادات يومية", "ورش عن الري الحديث"),
        ],
      },
      en: {
        title:
          "Date festival brings sixty varieties and oasis growers together for a week of auctions and stories",
        summary:
          "The annual festival celebrates the harvest and shows irrigation methods that cut water use in the oases.",
        body: [
          p(
            "The ",
            b("annual date festival"),
            " opened with hundreds of growers bringing more than sixty varieties from nearby oases.",
          ),
          p(
            "Mornings are for auctions, evenings for folk storytelling, and there is a prize for the best ",
            i("box of dates"),
            ".",
          ),
          quote(
            "The palm taught us patience: you plant it for your grandchildren, not for yourself.",
            "A grower in his seventies",
          ),
          related("library-book-returned", "mangroves-return-gulf"),
          h("Drip instead of flood"),
          p(
            "A pavilion shows drip irrigation that can save up to half the water. The ",
            link("Food and Agriculture Organization", "https://www.fao.org/"),
            " publishes guidance on managing oasis water.",
          ),
        ],
      },
    },
  },
  {
    key: "valparaiso-funicular",
    kind: "news",
    section: "news/miscellaneous",
    region: "latin-america",
    tags: ["chile", "transport", "heritage", "cities", "unesco", "tourism", "urban-planning"],
    authors: ["lucia-ferreyra"],
    leadMedia: "lead-valparaiso-funicular",
    shareCount: 287,
    originalLocale: "es",
    publishedHoursAgo: 3,
    translations: {
      es: {
        title: "Reabre un ascensor centenario de Valparaíso tras dos años de obras",
        summary: "Los vecinos del cerro recuperan su forma de subir a casa y la ciudad, uno de sus símbolos.",
        body: [
          p(
            "Uno de los ",
            b("ascensores centenarios"),
            " de Valparaíso volvió a funcionar este martes, tras dos años de obras en el cable, los carros y la estación superior.",
          ),
          p(
            "Para los vecinos del cerro, el ascensor no es una atracción turística: es la forma de subir la compra sin trepar 200 escalones.",
          ),
          quote(
            "Mi madre volvió a bajar al plan después de dos años. Para ella esto es libertad.",
            "Vecina del cerro",
          ),
          related("library-book-returned", "vancouver-urban-beekeepers"),
          h("Patrimonio que funciona"),
          p(
            "El casco histórico de la ciudad es ",
            link("Patrimonio de la Humanidad", "https://whc.unesco.org/"),
            ". Los técnicos conservaron ",
            i("los carros de madera originales"),
            " y renovaron los frenos.",
          ),
          list("40 metros de desnivel", "Menos de un minuto de trayecto", "Tarifa reducida para residentes"),
        ],
      },
      en: {
        title: "A century-old Valparaíso funicular reopens after two years of repairs",
        summary: "Hillside residents get their ride home back, and the city one of its symbols.",
        body: [
          p(
            "One of Valparaíso's ",
            b("century-old funiculars"),
            " reopened on Tuesday after two years of work on its cable, cars and upper station.",
          ),
          p(
            "For people on the hill it is not a tourist ride: it is how they carry shopping home without climbing 200 steps.",
          ),
          quote(
            "My mother came down to the flat town again after two years. For her this is freedom.",
            "A resident of the hill",
          ),
          related("library-book-returned", "vancouver-urban-beekeepers"),
          h("Heritage that works"),
          p(
            "The historic quarter is a ",
            link("World Heritage site", "https://whc.unesco.org/"),
            ". Engineers kept ",
            i("the original wooden cars"),
            " and renewed the brakes.",
          ),
        ],
      },
    },
  },
  {
    key: "vancouver-urban-beekeepers",
    kind: "news",
    section: "news/miscellaneous",
    region: "us-canada",
    tags: ["canada", "cities", "agriculture", "food", "climate", "biodiversity", "urban-planning"],
    authors: ["sahifa-staff"],
    leadMedia: "lead-vancouver-urban-beekeepers",
    shareCount: 95,
    originalLocale: "en",
    publishedHoursAgo: 200,
    translations: {
      en: {
        title: "Rooftop beekeepers turn a city's flat roofs into honey farms",
        summary:
          "Hundreds of hives now sit on offices, schools and hotels, and the honey tastes different in every neighbourhood.",
        body: [
          p(
            "Beekeepers now tend ",
            b("hundreds of hives"),
            " on the flat roofs of offices, schools and hotels across the city.",
          ),
          p(
            "A cooperative of urban beekeepers sells the honey by neighbourhood, and tasters say the linden-heavy streets produce the lightest.",
          ),
          quote("Bees do not care about postcodes, but the honey does.", "A cooperative member"),
          related("valparaiso-funicular", "library-book-returned"),
          h("Room for wild bees too"),
          p(
            "Ecologists warn that too many honeybees can crowd out wild pollinators, and urge planting as well as hives. The ",
            link("FAO", "https://www.fao.org/pollination/"),
            " tracks pollinator decline worldwide.",
          ),
          list(
            "Plant native flowers",
            "Leave some bare soil for ground-nesting bees",
            "Avoid pesticides on balconies",
          ),
          p(i("Honey from the cooperative"), " is sold at weekend markets."),
        ],
      },
    },
  },
  // ── Technology ─────────────────────────────────────────────────────────
  {
    key: "rural-internet-andes",
    kind: "news",
    section: "news/technology",
    region: "latin-america",
    dossier: "digital-lives",
    tags: ["ecuador", "internet", "education", "energy", "space", "artificial-intelligence"],
    authors: ["lucia-ferreyra", "kenji-arai"],
    leadMedia: "lead-rural-internet-andes",
    shareCount: 344,
    originalLocale: "es",
    publishedHoursAgo: 13,
    translations: {
      es: {
        title: "Internet por satélite llega a 120 escuelas rurales de los Andes",
        summary:
          "Las escuelas de montaña reciben conexión alimentada con paneles solares y los maestros rehacen sus clases.",
        body: [
          p(
            "Un programa público ha conectado ",
            b("120 escuelas rurales"),
            " de los Andes a internet por satélite, con terminales alimentados por paneles solares.",
          ),
          p(
            "En muchas de estas escuelas no llega la fibra ni la señal móvil, y los maestros preparaban las clases con libros de hace veinte años.",
          ),
          image("inline-andes-antenna"),
          quote(
            "La primera semana buscamos el mapa de nuestra propia comunidad. Los niños no se lo creían.",
            "Maestra de una escuela unidocente de Chimborazo",
          ),
          related("arabic-language-models", "lagos-fintech-outage"),
          h("Conexión no es lo mismo que aprendizaje"),
          p(
            "Los especialistas recuerdan que sin formación docente la conexión sirve de poco. La ",
            link("UNESCO", "https://www.unesco.org/"),
            " recomienda acompañar la conectividad con contenidos en lenguas locales, como el ",
            i("kichwa"),
            ".",
          ),
          list("120 escuelas conectadas", "Paneles solares en cada terminal", "Formación para 300 docentes"),
          p("La segunda fase incluirá centros de salud rurales."),
        ],
      },
      en: {
        title: "Satellite internet reaches 120 rural schools in the Andes",
        summary: "Mountain schools get solar-powered connections, and teachers rebuild their lessons.",
        body: [
          p(
            "A public programme has connected ",
            b("120 rural schools"),
            " in the Andes to satellite internet, with terminals powered by solar panels.",
          ),
          p(
            "Fibre and mobile signal do not reach many of these schools, and teachers were planning lessons from twenty-year-old textbooks.",
          ),
          image("inline-andes-antenna"),
          quote(
            "In the first week we looked up a map of our own village. The children could not believe it.",
            "A teacher at a one-room school in Chimborazo",
          ),
          related("arabic-language-models", "tokyo-chip-plant"),
          h("Connection is not learning"),
          p(
            "Specialists warn that a link does little without teacher training. ",
            link("UNESCO", "https://www.unesco.org/"),
            " advises pairing connectivity with content in local languages such as ",
            i("Kichwa"),
            ".",
          ),
          p("A second phase will add rural health centres."),
        ],
      },
      ar: {
        title: "الإنترنت عبر الأقمار الصناعية يصل إلى 120 مدرسة ريفية في جبال الأنديز",
        summary: "مدارس الجبال تحصل على اتصال يعمل بالطاقة الشمسية، والمعلمون يعيدون بناء دروسهم.",
        body: [
          p(
            "ربط برنامج حكومي ",
            b("120 مدرسة ريفية"),
            " في جبال الأنديز بالإنترنت عبر الأقمار الصناعية، بأجهزة تعمل بالألواح الشمسية.",
          ),
          p(
            "لا تصل الألياف الضوئية ولا إشارة الهاتف المحمول إلى كثير من هذه المدارس، وكان المعلمون يحضّرون دروسهم من كتب عمرها عشرون عاماً.",
          ),
          quote(
            "في الأسبوع الأول بحثنا عن خريطة قريتنا، ولم يصدق الأطفال ما رأوه.",
            "معلمة في مدرسة ريفية بإقليم تشيمبورازو",
          ),
          related("arabic-language-models", "lagos-fintech-outage"),
          h("الاتصال لا يعني التعلم"),
          p(
            "يذكّر المختصون بأن الاتصال لا يفيد كثيراً من دون تدريب المعلمين، وتوصي ",
            link("اليونسكو", "https://www.unesco.org/"),
            " بمحتوى باللغات المحلية مثل ",
            i("الكيتشوا"),
            ".",
          ),
        ],
      },
    },
  },
  {
    key: "arabic-language-models",
    kind: "analysis",
    section: "news/technology",
    region: "mena",
    dossier: "digital-lives",
    tags: ["artificial-intelligence", "internet", "education", "arab-league", "literature", "gulf", "egypt"],
    authors: ["kenji-arai", "mariam-yousef"],
    leadMedia: "lead-arabic-language-models",
    shareCount: 866,
    originalLocale: "ar",
    publishedHoursAgo: 24,
    translations: {
      ar: {
        title: "تحليل: لماذا ما زالت اللهجات العربية تربك برامج الذكاء الاصطناعي",
        summary: "تتقن النماذج اللغوية الفصحى المكتوبة، لكنها تتعثر أمام لهجات يتحدثها مئات الملايين يومياً.",
        body: [
          p(
            "حققت النماذج اللغوية تقدماً واضحاً في ",
            b("العربية الفصحى المكتوبة"),
            "، لكنها لا تزال تتعثر حين يكتب المستخدم بلهجته كما يتحدث.",
          ),
          p(
            "والسبب بسيط في ظاهره: معظم النصوص المتاحة على الإنترنت بالفصحى أو بالإنجليزية، أما اللهجات فتعيش في المحادثات والرسائل الصوتية التي لا تُجمع عادة.",
          ),
          quote(
            "النموذج الذي لا يفهم جدتي حين تتحدث لا يفهم العربية بعد.",
            "باحثة في معالجة اللغات الطبيعية",
          ),
          related("rural-internet-andes", "tokyo-chip-plant"),
          h("بيانات مفتوحة ولهجات موثقة"),
          p(
            "تعمل جامعات في المنطقة على بناء مدونات مفتوحة للهجات، مع احترام خصوصية المتحدثين. ويقترح خبراء أن تدعم ",
            link("اليونسكو", "https://www.unesco.org/"),
            " معايير لتوثيق اللغات الحية.",
          ),
          list(
            "جمع تسجيلات بموافقة أصحابها",
            "توثيق الفروق الصوتية والنحوية",
            "إشراك المعلمين والصحفيين في التقييم",
          ),
          p("يعكس هذا ", i("التحليل"), " قراءة الكاتبين لأبحاث منشورة ومقابلات مع مختصين."),
        ],
      },
      en: {
        title: "Analysis: why Arabic dialects still trip up AI software",
        summary:
          "Language models handle written standard Arabic well but stumble over dialects hundreds of millions speak daily.",
        body: [
          p(
            "Language models have made clear progress in ",
            b("written Modern Standard Arabic"),
            ", but still stumble when people type the way they speak.",
          ),
          p(
            "Most Arabic text online is in the standard language or in English; dialects live in chats and voice notes that are rarely collected.",
          ),
          quote(
            "A model that cannot understand my grandmother does not understand Arabic yet.",
            "A natural language processing researcher",
          ),
          related("rural-internet-andes", "lagos-fintech-outage"),
          h("Open data, documented dialects"),
          p(
            "Universities in the region are building open dialect corpora with speakers' consent. Experts suggest ",
            link("UNESCO", "https://www.unesco.org/"),
            " back standards for documenting living languages.",
          ),
          p("This ", i("analysis"), " draws on published research and interviews with specialists."),
        ],
      },
      es: {
        title: "Análisis: por qué los dialectos árabes aún confunden a la inteligencia artificial",
        summary:
          "Los modelos de lenguaje dominan el árabe estándar escrito, pero tropiezan con los dialectos que hablan cientos de millones.",
        body: [
          p(
            "Los modelos de lenguaje han avanzado mucho en el ",
            b("árabe estándar escrito"),
            ", pero fallan cuando el usuario escribe como habla.",
          ),
          p(
            "La mayor parte del texto árabe en internet está en la lengua estándar; los dialectos viven en chats y notas de voz que casi nunca se recopilan.",
          ),
          quote(
            "Un modelo que no entiende a mi abuela todavía no entiende el árabe.",
            "Investigadora en procesamiento del lenguaje natural",
          ),
          related("rural-internet-andes", "tokyo-chip-plant"),
          h("Datos abiertos y dialectos documentados"),
          p(
            "Universidades de la región construyen corpus abiertos con el consentimiento de los hablantes. Los expertos proponen que la ",
            link("UNESCO", "https://www.unesco.org/"),
            " respalde normas para documentar lenguas vivas.",
          ),
          p(
            "Este ",
            i("análisis"),
            " se basa en investigaciones publicadas y entrevistas con especialistas.",
          ),
        ],
      },
    },
  },
  {
    key: "tokyo-chip-plant",
    kind: "news",
    section: "news/technology",
    region: "asia",
    tags: ["japan", "trade", "energy", "water", "artificial-intelligence", "semiconductors", "labour"],
    authors: ["kenji-arai"],
    leadMedia: "lead-tokyo-chip-plant",
    shareCount: 211,
    originalLocale: "en",
    publishedHoursAgo: 170,
    translations: {
      en: {
        title: "New chip plant near Tokyo bets on cars and factories, not phones",
        summary:
          "The plant will make mature-node chips that carmakers ran short of, and recycle most of its water.",
        body: [
          p(
            "A new semiconductor plant outside Tokyo will focus on ",
            b("mature-node chips"),
            " for cars and industrial machines rather than the latest smartphone processors.",
          ),
          p(
            "Carmakers halted production lines during the chip shortage of recent years for want of cheap controllers that cost a few cents each.",
          ),
          quote(
            "Everyone talks about the most advanced chips. Our customers need the reliable ones, in volume, on time.",
            "The plant's production director",
          ),
          related("arabic-language-models", "rural-internet-andes"),
          h("Water, the hidden input"),
          p(
            "Chip-making uses large amounts of ultra-pure water. The plant says it will recycle ",
            i("over 80 per cent"),
            " of it. The ",
            link("International Energy Agency", "https://www.iea.org/"),
            " tracks the power demand of the industry.",
          ),
          list("Production starts next year", "1,200 jobs", "80 per cent of water recycled"),
        ],
      },
      es: {
        title: "Una nueva fábrica de chips cerca de Tokio apuesta por coches y fábricas, no por móviles",
        summary:
          "La planta fabricará chips de tecnología madura, los que faltaron a la industria del automóvil, y reciclará casi toda su agua.",
        body: [
          p(
            "Una nueva planta de semiconductores a las afueras de Tokio se centrará en ",
            b("chips de tecnología madura"),
            " para coches y maquinaria industrial.",
          ),
          p(
            "Los fabricantes de coches pararon líneas durante la escasez de chips por falta de controladores que cuestan unos céntimos.",
          ),
          quote(
            "Todos hablan de los chips más avanzados. Nuestros clientes necesitan los fiables, en volumen y a tiempo.",
            "El director de producción de la planta",
          ),
          related("arabic-language-models", "rural-internet-andes"),
          h("El agua, el insumo oculto"),
          p(
            "La fabricación de chips consume mucha agua ultrapura; la planta promete reciclar ",
            i("más del 80 %"),
            ". La ",
            link("Agencia Internacional de la Energía", "https://www.iea.org/"),
            " sigue el consumo eléctrico del sector.",
          ),
        ],
      },
    },
    unpublished: { es: "draft" },
  },
  {
    key: "lagos-fintech-outage",
    kind: "news",
    section: "news/technology",
    region: "africa",
    dossier: "digital-lives",
    tags: ["nigeria", "internet", "trade", "cities", "human-rights", "banking", "labour"],
    authors: ["sahifa-staff"],
    leadMedia: "lead-lagos-fintech-outage",
    shareCount: 377,
    originalLocale: "en",
    publishedHoursAgo: 2.5,
    translations: {
      en: {
        title: "Lagos traders return to cash as payment apps go down for six hours",
        summary:
          "A fault at a shared switching provider stalled transfers across several apps, exposing how much markets depend on them.",
        body: [
          p(
            "Payment apps used by millions of people in Lagos were unavailable for ",
            b("about six hours"),
            " after a fault at a shared switching provider.",
          ),
          p(
            "Market traders who have largely stopped handling cash had to turn customers away or write down debts in notebooks.",
          ),
          quote(
            "Half my customers had no cash on them. I wrote their names on cardboard and told them to pay tomorrow.",
            "A tomato seller at a Lagos market",
          ),
          related("rural-internet-andes", "arabic-language-models"),
          h("One switch, many apps"),
          p(
            "Analysts say the outage showed how several apparently competing services rely on ",
            i("the same infrastructure"),
            ". The ",
            link("World Bank", "https://www.worldbank.org/en/topic/paymentsystemsremittances"),
            " has urged resilience standards for payment systems.",
          ),
          list(
            "Keep a small amount of cash",
            "Note pending transfers before retrying",
            "Check official channels for updates",
          ),
          p("Services were restored by the evening, the provider said."),
        ],
      },
    },
  },
  // ── Environment ────────────────────────────────────────────────────────
  {
    key: "mangroves-return-gulf",
    kind: "news",
    section: "news/environment",
    region: "mena",
    dossier: "climate-frontlines",
    tags: ["gulf", "climate", "oceans", "heritage", "education", "united-nations"],
    authors: ["daniel-okafor", "sahifa-staff"],
    leadMedia: "lead-mangroves-return-gulf",
    shareCount: 558,
    originalLocale: "ar",
    publishedHoursAgo: 5.5,
    translations: {
      ar: {
        title: "مئة ألف شتلة مانغروف تعيد الحياة إلى سواحل الخليج",
        summary:
          "متطوعون وطلاب يزرعون أشجار المانغروف لحماية السواحل من التآكل وتوفير موائل للأسماك والطيور.",
        body: [
          p(
            "زرع متطوعون وطلاب مدارس ",
            b("مئة ألف شتلة مانغروف"),
            " على سواحل الخليج منذ بداية الموسم، في واحد من أكبر مشاريع التشجير الساحلي في المنطقة.",
          ),
          p(
            "وتحمي أشجار المانغروف الشواطئ من التآكل، وتوفر مأوى لصغار الأسماك والطيور المهاجرة، كما تخزن كميات كبيرة من الكربون في تربتها.",
          ),
          quote(
            "حين زرعنا أول شتلة قبل خمس سنوات ضحك الصيادون، واليوم هم من يدلوننا على أفضل المواقع.",
            "منسقة المشروع",
          ),
          related("pacific-forum-sea-level", "mediterranean-seagrass"),
          h("مراقبة بالطائرات المسيّرة"),
          p(
            "يستخدم الفريق ",
            i("طائرات مسيّرة"),
            " لقياس نسبة الشتلات التي تبقى حية، وهي تقارب سبعين في المئة. ويعدّ ",
            link("برنامج الأمم المتحدة للبيئة", "https://www.unep.org/"),
            " المانغروف من أكثر النظم البيئية قدرة على امتصاص الكربون.",
          ),
          list("100 ألف شتلة هذا الموسم", "70% نسبة البقاء", "12 مدرسة مشاركة"),
          p("ويأمل المنظمون مضاعفة العدد في الموسم المقبل."),
        ],
      },
      en: {
        title: "A hundred thousand mangrove saplings bring Gulf shorelines back to life",
        summary:
          "Volunteers and pupils plant mangroves to shield coasts from erosion and shelter fish and birds.",
        body: [
          p(
            "Volunteers and school pupils have planted ",
            b("100,000 mangrove saplings"),
            " along the Gulf coast since the start of the season.",
          ),
          p(
            "Mangroves protect shores from erosion, shelter young fish and migrating birds, and store large amounts of carbon in their soil.",
          ),
          quote(
            "When we planted the first sapling five years ago the fishermen laughed. Now they show us the best spots.",
            "The project's coordinator",
          ),
          related("pacific-forum-sea-level", "mediterranean-seagrass"),
          h("Counting with drones"),
          p(
            "The team uses ",
            i("drones"),
            " to measure survival, now close to 70 per cent. The ",
            link("UN Environment Programme", "https://www.unep.org/"),
            " ranks mangroves among the most effective carbon sinks.",
          ),
          p("Organisers hope to double the number next season."),
        ],
      },
      es: {
        title: "Cien mil plantones de manglar devuelven la vida a las costas del Golfo",
        summary:
          "Voluntarios y escolares plantan manglares para frenar la erosión y dar refugio a peces y aves.",
        body: [
          p(
            "Voluntarios y escolares han plantado ",
            b("100.000 plantones de manglar"),
            " en la costa del Golfo desde el inicio de la temporada.",
          ),
          p(
            "Los manglares protegen la costa de la erosión, dan refugio a alevines y aves migratorias y almacenan mucho carbono.",
          ),
          quote(
            "Cuando plantamos el primero hace cinco años, los pescadores se rieron. Hoy nos indican los mejores sitios.",
            "La coordinadora del proyecto",
          ),
          related("pacific-forum-sea-level", "mediterranean-seagrass"),
          h("Recuento con drones"),
          p(
            "El equipo usa ",
            i("drones"),
            " para medir la supervivencia, cercana al 70 %. El ",
            link("Programa de la ONU para el Medio Ambiente", "https://www.unep.org/"),
            " sitúa los manglares entre los mejores sumideros de carbono.",
          ),
        ],
      },
    },
  },
  {
    key: "mediterranean-seagrass",
    kind: "news",
    section: "news/environment",
    region: "europe",
    dossier: "climate-frontlines",
    tags: ["spain", "mediterranean", "oceans", "climate", "european-union", "heritage"],
    authors: ["claire-dubois", "daniel-okafor"],
    leadMedia: "lead-mediterranean-seagrass",
    shareCount: 226,
    originalLocale: "es",
    publishedHoursAgo: 60,
    translations: {
      es: {
        title: "Las praderas de posidonia de Baleares crecen por primera vez en una década",
        summary:
          "La prohibición de fondear sobre la planta y el seguimiento de voluntarios empiezan a dar resultados.",
        body: [
          p(
            "Las praderas de ",
            b("posidonia oceánica"),
            " de Baleares han ganado superficie por primera vez en diez años, según el último seguimiento.",
          ),
          p(
            "La planta, que solo crece unos centímetros al año, sufría el arrastre de las anclas de miles de embarcaciones cada verano.",
          ),
          image("inline-seagrass-diver"),
          quote(
            "Hemos visto brotes nuevos donde hace cinco años solo había arena.",
            "Coordinadora de la red de buceadores voluntarios",
          ),
          related("mangroves-return-gulf", "great-lakes-ice"),
          h("Boyas en lugar de anclas"),
          p(
            "Desde que se prohibió fondear sobre la posidonia, se han instalado ",
            i("boyas ecológicas"),
            " en las calas más visitadas. La ",
            link("Agencia Europea de Medio Ambiente", "https://www.eea.europa.eu/"),
            " considera la posidonia un hábitat prioritario.",
          ),
          list(
            "Prohibido fondear sobre la pradera",
            "Boyas gratuitas en las calas",
            "Multas para quien arrastre el ancla",
          ),
        ],
      },
      en: {
        title: "Balearic seagrass meadows grow for the first time in a decade",
        summary: "A ban on anchoring over the plant and volunteer monitoring are starting to pay off.",
        body: [
          p(
            "The ",
            b("Posidonia seagrass"),
            " meadows of the Balearic Islands have grown in area for the first time in ten years, the latest survey shows.",
          ),
          p(
            "The plant grows only a few centimetres a year and was torn up every summer by the anchors of thousands of boats.",
          ),
          image("inline-seagrass-diver"),
          quote(
            "We have seen new shoots where five years ago there was only sand.",
            "Coordinator of the volunteer divers' network",
          ),
          related("mangroves-return-gulf", "great-lakes-ice"),
          h("Buoys instead of anchors"),
          p(
            "Since anchoring over the meadows was banned, ",
            i("eco-moorings"),
            " have been installed in the busiest coves. The ",
            link("European Environment Agency", "https://www.eea.europa.eu/"),
            " lists Posidonia as a priority habitat.",
          ),
        ],
      },
    },
    unpublished: { en: "in_review" },
  },
  {
    key: "atoll-desalination",
    kind: "news",
    section: "news/environment",
    region: "asia-pacific",
    dossier: "water-crisis",
    tags: ["pacific-islands", "water", "drought", "energy", "climate", "oceans"],
    authors: ["daniel-okafor"],
    leadMedia: "lead-atoll-desalination",
    shareCount: 149,
    originalLocale: "en",
    publishedHoursAgo: 220,
    translations: {
      en: {
        title: "Solar desalination gives an atoll its first year without water rationing",
        summary: "A small plant run on sunlight now supplies about 2,000 islanders whose wells turned salty.",
        body: [
          p(
            "A ",
            b("solar-powered desalination plant"),
            " has given a Pacific atoll its first full year without water rationing.",
          ),
          p(
            "Rising seas and storm surges had pushed salt water into the island's thin freshwater lens, leaving wells brackish for months at a time.",
          ),
          quote(
            "We used to plan our week around the water truck. Now the children ask why we still keep the old buckets.",
            "A mother of four on the atoll",
          ),
          related("pacific-forum-sea-level", "quito-assembly-water-law"),
          h("Small plants, small grids"),
          p(
            "The plant produces about ",
            i("60,000 litres a day"),
            " and shuts down on cloudy days, so rainwater tanks remain essential. The ",
            link("Pacific Community", "https://www.spc.int/"),
            " supports water-security projects across the region.",
          ),
          list("60,000 litres a day", "Runs on solar power", "Rain tanks kept as back-up"),
        ],
      },
      ar: {
        title: "التحلية بالطاقة الشمسية تمنح جزيرة مرجانية عامها الأول بلا تقنين للمياه",
        summary: "محطة صغيرة تعمل بضوء الشمس تزود نحو ألفين من السكان بعد أن ملحت آبارهم.",
        body: [
          p(
            "منحت ",
            b("محطة تحلية تعمل بالطاقة الشمسية"),
            " جزيرة مرجانية في المحيط الهادئ عامها الكامل الأول من دون تقنين للمياه.",
          ),
          p(
            "دفع ارتفاع البحر والعواصف المياه المالحة إلى الطبقة الرقيقة من المياه العذبة تحت الجزيرة، فصارت الآبار مالحة لأشهر.",
          ),
          quote(
            "كنا ننظم أسبوعنا حول موعد صهريج المياه، والآن يسأل الأطفال لماذا ما زلنا نحتفظ بالدلاء القديمة.",
            "أم لأربعة أطفال في الجزيرة",
          ),
          related("pacific-forum-sea-level", "mangroves-return-gulf"),
          h("محطات صغيرة لشبكات صغيرة"),
          p(
            "تنتج المحطة نحو ",
            i("ستين ألف لتر يومياً"),
            " وتتوقف في الأيام الغائمة، لذا تبقى خزانات مياه الأمطار ضرورية. وتدعم ",
            link("جماعة المحيط الهادئ", "https://www.spc.int/"),
            " مشاريع الأمن المائي في المنطقة.",
          ),
        ],
      },
    },
  },
  {
    key: "great-lakes-ice",
    kind: "news",
    section: "news/environment",
    region: "us-canada",
    dossier: "climate-frontlines",
    tags: ["canada", "united-states", "climate", "water", "transport", "oceans"],
    authors: ["sahifa-staff"],
    leadMedia: "lead-great-lakes-ice",
    shareCount: 318,
    originalLocale: "en",
    publishedHoursAgo: 1.5,
    translations: {
      en: {
        title: "Great Lakes ice cover falls to a record mid-winter low",
        summary:
          "Thin ice keeps fishing huts on shore and lets shipping run longer, while scientists watch for algae blooms.",
        body: [
          p(
            "Ice covered ",
            b("less than a tenth"),
            " of the Great Lakes this week, the lowest mid-winter figure since satellite records began.",
          ),
          p(
            "Ice fishing villages that usually appear in January stayed on shore, and some ferries kept running weeks later than usual.",
          ),
          quote(
            "My grandfather drove his truck onto this bay every winter. I have not put a hut out in three years.",
            "An ice-fishing guide",
          ),
          related("heatwave-clinics-delhi", "mediterranean-seagrass"),
          h("What less ice means"),
          p(
            "Open water loses more heat and moisture, feeding ",
            i("lake-effect snow"),
            " on nearby towns. Researchers also link warmer lakes to summer algae blooms. Data is published by ",
            link("NOAA's Great Lakes laboratory", "https://www.glerl.noaa.gov/"),
            ".",
          ),
          list("Longer shipping season", "More lake-effect snow", "Greater risk of summer algae blooms"),
        ],
      },
      es: {
        title: "El hielo de los Grandes Lagos cae a un mínimo histórico en pleno invierno",
        summary:
          "El hielo fino deja en tierra las cabañas de pesca y alarga la navegación, mientras los científicos vigilan las algas.",
        body: [
          p(
            "El hielo cubría ",
            b("menos de una décima parte"),
            " de los Grandes Lagos esta semana, el dato más bajo a mitad de invierno desde que hay registros por satélite.",
          ),
          p(
            "Los poblados de pesca en hielo que suelen aparecer en enero se quedaron en la orilla, y algunos transbordadores siguieron navegando semanas más de lo habitual.",
          ),
          quote(
            "Mi abuelo metía su camioneta en esta bahía cada invierno. Yo llevo tres años sin montar la cabaña.",
            "Un guía de pesca en hielo",
          ),
          related("heatwave-clinics-delhi", "mediterranean-seagrass"),
          h("Qué implica menos hielo"),
          p(
            "El agua abierta pierde más calor y humedad y alimenta la ",
            i("nieve por efecto lago"),
            ". Los datos los publica el ",
            link("laboratorio de los Grandes Lagos de la NOAA", "https://www.glerl.noaa.gov/"),
            ".",
          ),
        ],
      },
      ar: {
        title: "الغطاء الجليدي للبحيرات العظمى يهبط إلى أدنى مستوى في منتصف الشتاء",
        summary:
          "الجليد الرقيق يبقي أكواخ الصيد على الشاطئ ويطيل موسم الملاحة، فيما يراقب العلماء تكاثر الطحالب.",
        body: [
          p(
            "غطى الجليد ",
            b("أقل من عُشر"),
            " مساحة البحيرات العظمى هذا الأسبوع، وهو أدنى رقم في منتصف الشتاء منذ بدء الرصد بالأقمار الصناعية.",
          ),
          p(
            "بقيت قرى الصيد على الجليد التي تظهر عادة في يناير على الشاطئ، واستمرت بعض العبّارات في العمل أسابيع أطول من المعتاد.",
          ),
          quote(
            "كان جدي يقود شاحنته فوق هذا الخليج كل شتاء، وأنا لم أنصب كوخي منذ ثلاث سنوات.",
            "مرشد في صيد الأسماك على الجليد",
          ),
          related("heatwave-clinics-delhi", "mangroves-return-gulf"),
          h("ماذا يعني تراجع الجليد؟"),
          p(
            "تفقد المياه المكشوفة مزيداً من الحرارة والرطوبة، ما يغذي ",
            i("الثلوج الناتجة عن البحيرات"),
            " في البلدات القريبة. وتنشر ",
            link("مختبرات الإدارة الوطنية للمحيطات والغلاف الجوي", "https://www.glerl.noaa.gov/"),
            " البيانات بانتظام.",
          ),
        ],
      },
    },
  },
];
