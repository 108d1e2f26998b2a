import type { SeedDossier } from "../seed-types.ts";

/** Running stories: each groups the articles that follow one long-running subject. */
export const DEMO_DOSSIERS: SeedDossier[] = [
  {
    slug: "water-crisis",
    title: { en: "The Water Crisis", ar: "أزمة المياه", es: "La crisis del agua" },
    description: {
      en: "Drought, failing networks and rising demand are testing how cities and farms share water. Our correspondents follow the rationing, the new projects and the people who live with empty taps.",
      ar: "يختبر الجفاف وتهالك الشبكات وتزايد الطلب قدرة المدن والمزارع على تقاسم المياه. يتابع مراسلونا خطط التقنين والمشاريع الجديدة ومن يعيشون مع صنابير جافة.",
      es: "La sequía, las redes deterioradas y la demanda creciente ponen a prueba el reparto del agua entre ciudades y campos. Nuestros corresponsales siguen los racionamientos, los nuevos proyectos y a quienes viven con los grifos secos.",
    },
  },
  {
    slug: "cost-of-living",
    title: { en: "Cost of Living", ar: "غلاء المعيشة", es: "El coste de la vida" },
    description: {
      en: "Prices of bread, fuel and rent have outpaced wages across many economies. We report on how households cope and what governments and central banks are doing about it.",
      ar: "تجاوزت أسعار الخبز والوقود والإيجارات نمو الأجور في كثير من الاقتصادات. نرصد كيف تتدبر الأسر أمورها وما تفعله الحكومات والبنوك المركزية.",
      es: "El precio del pan, el combustible y el alquiler ha crecido más que los salarios en muchas economías. Contamos cómo se las arreglan los hogares y qué hacen gobiernos y bancos centrales.",
    },
  },
  {
    slug: "election-season",
    title: { en: "Election Season", ar: "موسم الانتخابات", es: "Temporada electoral" },
    description: {
      en: "A year of ballots on several continents, from city councils to national parliaments. Our coverage follows the campaigns, the counts and what changes afterwards.",
      ar: "عام من الاقتراع في عدة قارات، من المجالس البلدية إلى البرلمانات الوطنية. تتابع تغطيتنا الحملات وفرز الأصوات وما يتغير بعدها.",
      es: "Un año de urnas en varios continentes, de los concejos municipales a los parlamentos nacionales. Nuestra cobertura sigue las campañas, los recuentos y lo que cambia después.",
    },
  },
  {
    slug: "climate-frontlines",
    title: { en: "Climate Frontlines", ar: "على خط المواجهة المناخية", es: "En primera línea del clima" },
    description: {
      en: "Heatwaves, rising seas and failing harvests are already reshaping daily life. We visit the places adapting first and ask who pays for it.",
      ar: "بدأت موجات الحر وارتفاع منسوب البحار وتراجع المحاصيل تعيد تشكيل الحياة اليومية. نزور الأماكن التي تتكيف أولاً ونسأل من يدفع الثمن.",
      es: "Las olas de calor, la subida del mar y las malas cosechas ya cambian la vida diaria. Visitamos los lugares que se adaptan primero y preguntamos quién paga la factura.",
    },
  },
  {
    slug: "digital-lives",
    title: { en: "Digital Lives", ar: "حياة رقمية", es: "Vidas digitales" },
    description: {
      en: "Networks, apps and automated systems now shape work, school and public services. This series looks at who benefits, who is left offline and what rules are emerging.",
      ar: "باتت الشبكات والتطبيقات والأنظمة المؤتمتة تشكّل العمل والدراسة والخدمات العامة. تبحث هذه السلسلة في المستفيدين ومن بقوا خارج الشبكة والقواعد التي تتبلور.",
      es: "Las redes, las aplicaciones y los sistemas automatizados ya moldean el trabajo, la escuela y los servicios públicos. Esta serie examina quién gana, quién queda desconectado y qué reglas surgen.",
    },
  },
];
