import type { Locale } from "@sahifa/domain/locales";
import { SEARCH_NORMALIZER_VERSION } from "@sahifa/domain/search-word-forms";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawPublication } from "../publication/published-columns.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import type { TextRun } from "./highlight.ts";
import {
  addFixtureArticle,
  createFixtureTaxonomy,
  type FixtureArticle,
  type FixtureTaxonomy,
  saveDraftEdit,
} from "./search.fixtures.ts";
import { InvalidSearchCursorError, type SearchParams, searchEdition } from "./search.queries.ts";
import { refreshSearchDocument, syncSearchIndex } from "./search-document.ts";

let test: TestDatabase;
let taxonomy: FixtureTaxonomy;
/** Article ids by a short name. */
const ids: Record<string, number> = {};

const days = (n: number) => new Date(Date.UTC(2026, 10, 1) - n * 86_400_000);

beforeAll(async () => {
  test = await createTestDatabase();
  taxonomy = await createFixtureTaxonomy(test.db);
  const add = async (name: string, input: Parameters<typeof addFixtureArticle>[2]) => {
    ids[name] = await addFixtureArticle(test.db, taxonomy, input);
  };

  // English
  await add("library", {
    locale: "en",
    sectionPath: "news/arts-culture",
    regionSlug: "europe",
    title: "Coastal town opens a new public library",
    summary: "Reading rooms, a children's corner and late opening hours on weekdays.",
    paragraphs: [
      "The harbour town unveiled its first purpose-built library on Saturday, in a former fish market.",
      "Volunteers catalogued twelve thousand books donated by residents over two winters.",
    ],
    publishedAt: days(3),
  });
  await add("farmers", {
    locale: "en",
    sectionPath: "news/environment",
    regionSlug: "africa",
    title: "Farmers adapt to a drier summer",
    summary: "Drip irrigation and hardier wheat varieties spread across the plateau.",
    paragraphs: [
      "After the third dry season in a row, cooperatives are sharing pumps and storing rainwater.",
      "Agronomists say the drought has changed which crops are planted near the river.",
    ],
    publishedAt: days(10),
  });
  await add("trees", {
    locale: "en",
    kind: "opinion",
    sectionPath: "articles/opinion",
    title: "Why cities need more trees",
    summary: "Shade is public infrastructure, and it should be planned like roads.",
    paragraphs: [
      "A street lined with mature trees can be several degrees cooler in a heatwave than a bare one.",
    ],
    publishedAt: days(5),
  });
  await add("football", {
    locale: "en",
    sectionPath: "news/sports",
    regionSlug: "latin-america",
    title: "Village football club lifts the regional cup",
    summary: "A late header settled the final in front of a record crowd.",
    paragraphs: ["The club trains on a pitch its players levelled by hand a decade ago."],
    publishedAt: days(1),
  });
  await add("draft", {
    locale: "en",
    status: "draft",
    title: "Embargoed: zeppelin service to return",
    summary: "Not yet published.",
    paragraphs: ["The zeppelin timetable is still being negotiated."],
  });

  // Arabic: documents written with and without diacritics and in variant spellings.
  await add("maktaba", {
    locale: "ar",
    sectionPath: "news/arts-culture",
    regionSlug: "mena",
    title: "افتتاح مكتبة عامة جديدة في المدينة الساحلية",
    summary: "قاعات للقراءة وركن للأطفال ومواعيد مسائية طوال الأسبوع.",
    paragraphs: [
      "افتتحت المدينة يوم السبت أوّلَ مَكْتَبَةٍ عامّة في مبنى سوق السمك القديم.",
      "وقد فهرس متطوعون اثني عشر ألف كتاب تبرّع بها السكان خلال شتاءين.",
    ],
    publishedAt: days(3),
  });
  await add("mostashfa", {
    locale: "ar",
    sectionPath: "news",
    regionSlug: "mena",
    title: "مستشفي ميداني جديد يستقبل المرضى في الواحة",
    summary: "أطباء متطوعون يعملون بنظام المناوبة ليلاً ونهاراً.",
    paragraphs: ["قال مدير المستشفـى إن الإقبال فاق التوقعات في الأسبوع الأول."],
    publishedAt: days(4),
  });
  await add("ashjar", {
    locale: "ar",
    kind: "opinion",
    sectionPath: "articles/opinion",
    title: "لماذا تحتاج المدن إلى مزيد من الأشجار",
    summary: "الظل بنية تحتية عامة يجب التخطيط لها مثل الطرق.",
    paragraphs: ["الشارع الذي تصطف فيه الاشجار قد يكون أبرد بعدة درجات في موجة الحر."],
    publishedAt: days(5),
  });
  // Only ever with the article ("الحكومة", "بالحكومة"): a bare query must still find it.
  await add("hukuma", {
    locale: "ar",
    sectionPath: "news",
    title: "الحكومة تقر خطة لتجديد شبكة مياه الشرب",
    summary: "الأشغال تبدأ في الربيع وتستمر ثلاث سنوات.",
    paragraphs: ["وأوضح متحدث باسم الوزارة أن التمويل مرتبط بالحكومة المحلية في كل محافظة."],
    publishedAt: days(6),
  });
  // A plural written only with the article, and another written only without it.
  await add("intikhabat", {
    locale: "ar",
    sectionPath: "news",
    title: "اللجنة تعلن موعد الانتخابات البلدية",
    summary: "تبدأ الحملات بعد شهر من نشر القوائم النهائية.",
    paragraphs: [
      "وقالت اللجنة إن مراكز الاقتراع ستفتح في السابعة صباحاً، وإن نتائجَ الانتخاباتِ ستعلن خلال يومين.",
    ],
    publishedAt: days(7),
  });
  await add("mufawadat", {
    locale: "ar",
    sectionPath: "news",
    title: "مفاوضات جديدة بين النقابة وإدارة الميناء",
    summary: "جولة ثالثة بعد إضراب استمر أسبوعاً.",
    paragraphs: ["وقال ممثلو العمال إن مفاوضات الأجور ستستأنف يوم الأحد في مقر الغرفة التجارية."],
    publishedAt: days(8),
  });
  // Both words only ever after the conjunction و: "والحكومة", "والانتخابات".
  await add("barlaman", {
    locale: "ar",
    sectionPath: "news",
    title: "خلاف بين البرلمان والحكومةِ على موعد التصويت",
    summary: "المعارضة تطالب بضمانات لنزاهة الاستفتاء والانتخابات المقبلة.",
    paragraphs: ["وقال رئيس البرلمان إن الجلسة المقبلة ستخصص لقانون الأحزاب والانتخابات."],
    publishedAt: days(9),
  });
  await add("arDraft", {
    locale: "ar",
    status: "draft",
    title: "مسودة عن المنطاد",
    summary: "لم تنشر بعد.",
    paragraphs: ["جدول رحلات المنطاد ما زال قيد التفاوض."],
  });

  // Spanish
  await add("biblioteca", {
    locale: "es",
    sectionPath: "news/arts-culture",
    regionSlug: "europe",
    title: "La biblioteca pública abre sus puertas en la costa",
    summary: "Salas de lectura, un rincón para niños y horario ampliado entre semana.",
    paragraphs: ["El pueblo pesquero estrenó el sábado su primera biblioteca, en la antigua lonja."],
    publishedAt: days(3),
  });
  await add("sequia", {
    locale: "es",
    sectionPath: "news/environment",
    regionSlug: "latin-america",
    title: "Los agricultores se adaptan a un verano más seco",
    summary: "El riego por goteo y variedades de trigo más resistentes ganan terreno.",
    paragraphs: [
      "Tras la tercera sequía consecutiva, las cooperativas comparten bombas y almacenan agua de lluvia.",
    ],
    publishedAt: days(10),
  });
  await add("arboles", {
    locale: "es",
    kind: "opinion",
    sectionPath: "articles/opinion",
    title: "Por qué las ciudades necesitan más árboles",
    summary: "La sombra es infraestructura pública y debería planificarse como las calles.",
    paragraphs: [
      "Una calle con arboles maduros puede estar varios grados más fresca durante una ola de calor.",
    ],
    publishedAt: days(5),
  });
});

afterAll(async () => {
  await test?.close();
});

const search = (locale: Locale, query: string, extra: Partial<SearchParams> = {}) =>
  searchEdition(test.db, { locale, query, ...extra });

async function found(locale: Locale, query: string, extra: Partial<SearchParams> = {}): Promise<number[]> {
  const result = await search(locale, query, extra);
  return result.hits.map((hit) => hit.articleId).sort((a, b) => a - b);
}

const idsOf = (...names: string[]) => names.map((name) => ids[name]!).sort((a, b) => a - b);
const matches = (runs: TextRun[]) => runs.filter((run) => run.match).map((run) => run.text);

describe("searchEdition: English", () => {
  it.each([
    ["library", ["library"]],
    ["libraries", ["library"]],
    ["drought irrigation", ["farmers"]],
    ["TREES", ["trees"]],
    ['"regional cup"', ["football"]],
    ["harbour", ["library"]],
    ["town -harbour", []],
    ["wheat OR football", ["farmers", "football"]],
  ])("%s", async (query, names) => {
    expect(await found("en", query)).toEqual(idsOf(...names));
  });

  it("lists only its own edition", async () => {
    expect(await found("en", "biblioteca")).toEqual([]);
    expect(await found("es", "library")).toEqual([]);
  });

  it("filters by section (with subsections), region and kind", async () => {
    expect(await found("en", "the", {})).toEqual([]);
    const query = "town OR drought OR trees OR football";
    expect(await found("en", query)).toEqual(idsOf("library", "farmers", "trees", "football"));
    expect(await found("en", query, { filters: { sectionPath: "news" } })).toEqual(
      idsOf("library", "farmers", "football"),
    );
    expect(await found("en", query, { filters: { sectionPath: "news/environment" } })).toEqual(
      idsOf("farmers"),
    );
    expect(await found("en", query, { filters: { regionSlug: "latin-america" } })).toEqual(idsOf("football"));
    expect(await found("en", query, { filters: { kind: "opinion" } })).toEqual(idsOf("trees"));
    expect(await found("en", query, { filters: { sectionPath: "nonexistent/section" } })).toEqual([]);
    expect(await found("en", query, { filters: { sectionPath: "news%" } })).toEqual([]);
  });

  it("highlights the title and cuts a snippet around the match", async () => {
    const [hit] = (await search("en", "libraries")).hits;
    expect(matches(hit!.title)).toEqual(["library"]);
    expect(hit!.title.map((run) => run.text).join("")).toBe("Coastal town opens a new public library");
    expect(matches(hit!.snippet)).toContain("library");
  });
});

describe("searchEdition: Arabic", () => {
  it.each([
    ["مكتبة", ["maktaba"]],
    ["مستشفى", ["mostashfa"]],
    ["الأشجار", ["ashjar"]],
    ["قاعات القراءة", ["maktaba"]],
  ])("%s", async (query, names) => {
    expect(await found("ar", query)).toEqual(idsOf(...names));
  });

  it.each([
    ["مكتبة", ["مكتبه", "مَكْتَبَةٌ", "مكـتـبة", "مكتبةٌ"]],
    ["مستشفى", ["مستشفي", "مُسْتَشْفَى", "مستشفـى"]],
    ["الأشجار", ["الاشجار", "الأَشْجَار", "الإشجار", "الآشجار"]],
    ["افتتاح", ["إفتتاح", "أفتتاح", "اِفْتِتَاح"]],
  ])("every spelling of %s finds the same articles", async (canonical, variants) => {
    const expected = await found("ar", canonical);
    expect(expected.length).toBeGreaterThan(0);
    for (const variant of variants) expect(await found("ar", variant), variant).toEqual(expected);
  });

  it.each(["حكومة", "الحكومة", "الحكومه", "حكومه", "بالحكومة", "والحكومة"])(
    "%s finds a story that only writes the word with the article, and one that only writes it after و",
    async (query) => {
      expect(await found("ar", query)).toEqual(idsOf("hukuma", "barlaman"));
    },
  );

  it.each([
    ["انتخابات", ["intikhabat", "barlaman"]],
    ["الانتخابات", ["intikhabat", "barlaman"]],
    ["بالانتخابات", ["intikhabat", "barlaman"]],
    ["للانتخابات", ["intikhabat", "barlaman"]],
    ["انتخاب", ["intikhabat", "barlaman"]],
    ["والانتخابات", ["intikhabat", "barlaman"]],
    ["المفاوضات", ["mufawadat"]],
    ["للمفاوضات", ["mufawadat"]],
    ["مفاوضة", ["mufawadat"]],
  ])(
    "%s finds the stories that write the plural with the article, without it, or after و",
    async (query, names) => {
      expect(await found("ar", query)).toEqual(idsOf(...names));
    },
  );

  it("highlights a word after و as written, the و included", async () => {
    const [hit] = (await search("ar", "حكومة البرلمان")).hits;
    expect(hit?.articleId).toBe(ids.barlaman);
    expect(matches(hit!.title)).toEqual(["البرلمان", "والحكومةِ"]);
    const [elections] = (await search("ar", "الاستفتاء انتخابات")).hits;
    expect(elections?.articleId).toBe(ids.barlaman);
    expect(matches(elections!.snippet)).toContain("والانتخابات");
  });

  it("highlights a plural as written when the query spells it another way", async () => {
    const [elections] = (await search("ar", "انتخابات البلدية")).hits;
    expect(matches(elections!.title)).toEqual(["الانتخابات", "البلدية"]);
    expect(elections!.title.map((run) => run.text).join("")).toBe("اللجنة تعلن موعد الانتخابات البلدية");
    expect(matches(elections!.snippet)).toContain("الانتخاباتِ");
    const [talks] = (await search("ar", "المفاوضات")).hits;
    expect(matches(talks!.title)).toEqual(["مفاوضات"]);
    expect(matches(talks!.snippet)).toContain("مفاوضات");
  });

  it("highlights the text as written, diacritics included", async () => {
    const [hit] = (await search("ar", "مكتبه")).hits;
    expect(hit?.articleId).toBe(ids.maktaba);
    expect(matches(hit!.title)).toEqual(["مكتبة"]);
    expect(matches(hit!.snippet)).toContain("مَكْتَبَةٍ");
    const [hospital] = (await search("ar", "مستشفى")).hits;
    expect(matches(hospital!.snippet)).toContain("المستشفـى");
  });
});

describe("searchEdition: Spanish", () => {
  it.each([
    ["biblioteca", ["biblioteca"]],
    ["bibliotecas", ["biblioteca"]],
    ["sequía", ["sequia"]],
    ["sequia", ["sequia"]],
    ["árboles", ["arboles"]],
    ["arboles", ["arboles"]],
    ["ninos", ["biblioteca"]],
    ["niños", ["biblioteca"]],
    ["PÚBLICA", ["biblioteca", "arboles"]],
  ])("%s", async (query, names) => {
    expect(await found("es", query)).toEqual(idsOf(...names));
  });

  it("highlights the accented original", async () => {
    const [hit] = (await search("es", "sequia")).hits;
    expect(matches(hit!.snippet)).toEqual(["sequía"]);
    const [tree] = (await search("es", "arboles")).hits;
    expect(matches(tree!.title)).toEqual(["árboles"]);
  });
});

describe("searchEdition: every form of a word finds the same articles", () => {
  // Each story writes a word in one form only; every other form must find it.
  const stories: Record<string, FixtureArticle> = {
    authority: {
      locale: "ar",
      title: "الهيئة العامة للطيران المدني تعلن مواعيد الرحلات الصيفية",
      summary: "جداول جديدة للمطارات الثلاثة.",
      paragraphs: ["وقالت الهيئة إن الرحلات الليلية ستعود في حزيران."],
    },
    internet: {
      locale: "ar",
      title: "انقطاع الإنترنت عن الجزر الشمالية",
      summary: "فرق الصيانة تبحث عن العطل في الكابل البحري.",
      paragraphs: ["ويعتمد الصيادون على الإنترنت لمعرفة أحوال البحر."],
    },
    // Only with a preposition on the bare noun: the bare noun must find it.
    prepositions: {
      locale: "ar",
      title: "تمويل إضافي لهيئة الموانئ",
      summary: "المبلغ يغطي صيانة الأرصفة.",
      paragraphs: ["وتعهدت الوزارة بموازنة مستقلة للموانئ الصغيرة."],
    },
    budgetBare: {
      locale: "ar",
      title: "البرلمان يناقش موازنة عام 2027",
      summary: "نقاش طويل حول الإنفاق على التعليم.",
      paragraphs: ["وطالب نواب بزيادة موازنة المدارس الريفية."],
    },
    budgetDefinite: {
      locale: "ar",
      title: "وزير المالية يدافع عن الموازنة",
      summary: "العجز أقل من المتوقع.",
      paragraphs: ["وأكد الوزير أن الموازنة تحمي الرواتب."],
    },
    engineers: {
      locale: "ar",
      title: "مهندسون يصممون جسرا فوق الوادي",
      summary: "المشروع يربط قريتين معزولتين.",
      paragraphs: ["وقالت مهندسة في الفريق إن العمل يبدأ في الربيع."],
    },
    city: {
      locale: "es",
      title: "Una ciudad del norte estrena tranvía",
      summary: "La primera línea une la estación y el puerto.",
      paragraphs: ["El alcalde espera que el tranvía reduzca el tráfico."],
    },
    women: {
      locale: "es",
      title: "Mujeres pescadoras crean una cooperativa",
      summary: "Venden el pescado sin intermediarios.",
      paragraphs: ["Las socias reparten las ganancias cada mes."],
    },
    nurse: {
      locale: "es",
      title: "Un enfermero recorre los pueblos de la sierra",
      summary: "Visita a los vecinos mayores cada semana.",
      paragraphs: ["Lleva medicinas y toma la tensión en la plaza."],
    },
    minister: {
      locale: "en",
      title: "The minister's plan for night buses",
      summary: "Three routes would run until dawn.",
      paragraphs: ["Women working late shifts asked for the routes."],
    },
  };
  const forms: Record<string, number> = {};
  beforeAll(async () => {
    for (const [name, story] of Object.entries(stories)) {
      forms[name] = await addFixtureArticle(test.db, taxonomy, story);
    }
  });

  const foundForms = async (locale: Locale, query: string) =>
    (await found(locale, query)).filter((id) => Object.values(forms).includes(id));
  const formIds = (...names: string[]) => names.map((name) => forms[name]!).sort((a, b) => a - b);

  it.each([
    ["ar", "هيئة", ["authority", "prepositions"]],
    ["ar", "الهيئة", ["authority", "prepositions"]],
    ["ar", "والهيئة", ["authority", "prepositions"]],
    ["ar", "بالهيئة", ["authority", "prepositions"]],
    ["ar", "للهيئة", ["authority", "prepositions"]],
    ["ar", "هيئات", ["authority", "prepositions"]],
    ["ar", "إنترنت", ["internet"]],
    ["ar", "الإنترنت", ["internet"]],
    ["ar", "بالانترنت", ["internet"]],
    ["ar", "موازنة", ["budgetBare", "budgetDefinite", "prepositions"]],
    ["ar", "الموازنة", ["budgetBare", "budgetDefinite", "prepositions"]],
    ["ar", "والموازنات", ["budgetBare", "budgetDefinite", "prepositions"]],
    ["ar", "مهندس", ["engineers"]],
    ["ar", "المهندسين", ["engineers"]],
    ["ar", "مهندسات", ["engineers"]],
    ["es", "ciudad", ["city"]],
    ["es", "ciudades", ["city"]],
    ["es", "mujer", ["women"]],
    ["es", "mujeres", ["women"]],
    ["es", "pescadora", ["women"]],
    ["es", "pescadores", ["women"]],
    ["es", "enfermera", ["nurse"]],
    ["es", "enfermeros", ["nurse"]],
    ["es", "tranvias", ["city"]],
    ["en", "minister", ["minister"]],
    ["en", "ministers", ["minister"]],
    ["en", "minister's", ["minister"]],
    ["en", "bus", ["minister"]],
    ["en", "woman", ["minister"]],
    ["en", "route", ["minister"]],
  ] as const)("%s: %s", async (locale, query, names) => {
    expect(await foundForms(locale, query)).toEqual(formIds(...names));
  });

  it("es: the plural finds the singular's other stories too", async () => {
    // "Por qué las ciudades necesitan más árboles" writes the plural; "ciudad" finds it as well.
    expect(await found("es", "ciudad")).toEqual([forms.city!, ids.arboles!].sort((a, b) => a - b));
  });

  it("highlights the form as written when the query spells another", async () => {
    const authority = (await search("ar", "هيئة")).hits.find((hit) => hit.articleId === forms.authority);
    expect(matches(authority!.title)).toEqual(["الهيئة"]);
    const [city] = (await search("es", "ciudades")).hits.filter((hit) => hit.articleId === forms.city);
    expect(matches(city!.title)).toEqual(["ciudad"]);
    const [minister] = (await search("en", "ministers")).hits;
    expect(matches(minister!.title)).toEqual(["minister"]);
  });

  it.each([
    ["ar", "في"],
    ["ar", "من"],
    ["ar", "على"],
    ["ar", "في من على إلى"],
    ["es", "de"],
    ["es", "la"],
    ["es", "de la"],
    ["en", "the"],
    ["en", "of"],
  ] as const)("%s: the stop word %j never matches on its own", async (locale, query) => {
    const result = await search(locale, query);
    expect(result).toMatchObject({ notice: "NO_SEARCHABLE_TERMS", hits: [], totalCount: 0 });
  });

  it("drops stop words from a query with other words", async () => {
    expect(await foundForms("ar", "في الهيئة")).toEqual(formIds("authority", "prepositions"));
    expect(await foundForms("es", "la ciudad de")).toEqual(formIds("city"));
  });
});

describe("syncSearchIndex: documents of an older normaliser", () => {
  it("rebuilds documents an older version built, and leaves newer ones", async () => {
    const older = await addFixtureArticle(test.db, taxonomy, {
      locale: "ar",
      title: "الهيئة تفتح باب التسجيل",
      summary: "التسجيل مجاني.",
      paragraphs: ["وتغلق الهيئة الباب بعد شهر."],
    });
    const newer = await addFixtureArticle(test.db, taxonomy, {
      locale: "es",
      title: "Las ciudades del sur plantan palmeras",
      summary: "Cien palmeras por barrio.",
      paragraphs: ["El riego será nocturno."],
    });
    // As the Snowball rules of version 1 indexed them: the bare forms do not meet these.
    const stale = (id: number, text: string, version: number) => sql`
      update translation_search
      set document = to_tsvector('simple', ${text}), normalizer_version = ${version}
      where article_id = ${id}`;
    await stale(older, "الهييه تفتح", 1).execute(test.db);
    await stale(newer, "ciudades palmeras", SEARCH_NORMALIZER_VERSION + 1).execute(test.db);
    expect(await found("ar", "هيئة")).not.toContain(older);

    expect(await syncSearchIndex(test.db)).toBe(1);
    expect(await found("ar", "هيئة")).toContain(older);
    const { rows } = await sql<{ article_id: number; normalizer_version: number }>`
      select article_id, normalizer_version from translation_search
      where article_id in (${older}, ${newer}) order by article_id`.execute(test.db);
    expect(rows).toEqual([
      { article_id: older, normalizer_version: SEARCH_NORMALIZER_VERSION },
      { article_id: newer, normalizer_version: SEARCH_NORMALIZER_VERSION + 1 },
    ]);
    expect(await syncSearchIndex(test.db)).toBe(0);
  });
});

describe("searchEdition: query words split between title and body", () => {
  // The story names the buses in its title only; the nurses and the dawn run are in its body.
  const stories = {
    en: {
      title: "Night buses return to the valley",
      summary: "The council restores a service it cut three years ago.",
      paragraphs: [
        "Nurses at the health centre had asked for the route for years, as the last service left before their shifts ended.",
        "From Monday the first journey leaves at dawn and the last one runs after midnight.",
      ],
      query: "buses nurses dawn",
      inTitle: ["buses"],
      inSnippet: ["Nurses", "dawn"],
    },
    ar: {
      title: "عودة حافلات الليل إلى الوادي",
      summary: "البلدية تعيد خدمة أوقفتها قبل ثلاث سنوات.",
      paragraphs: [
        "وكانت المُمَرِّضَاتُ في المركز الصحي يطالبن بالخط منذ سنوات، لأن آخر رحلة كانت تغادر قبل نهاية نوبتهن.",
        "وابتداءً من الاثنين تنطلق أول رحلة عند الفَجْرِ وتمر الأخيرة بعد منتصف الليل.",
      ],
      query: "حافلات الممرضات الفجر",
      inTitle: ["حافلات"],
      inSnippet: ["المُمَرِّضَاتُ", "الفَجْرِ"],
    },
    es: {
      title: "Vuelven los autobuses nocturnos al valle",
      summary: "El ayuntamiento recupera un servicio que suprimió hace tres años.",
      paragraphs: [
        "Las enfermeras del centro de salud reclamaban la línea desde hacía años, porque el último trayecto salía antes del fin de su turno.",
        "Desde el lunes el primer trayecto sale de madrugada y el último pasa después de medianoche.",
      ],
      query: "autobuses linea madrugada",
      inTitle: ["autobuses"],
      inSnippet: ["línea", "madrugada"],
    },
  } as const;

  it.each(["en", "ar", "es"] as const)(
    "%s: marks each query word where it appears, in the title and in the snippet",
    async (locale) => {
      const story = stories[locale];
      const id = await addFixtureArticle(test.db, taxonomy, {
        locale,
        title: story.title,
        summary: story.summary,
        paragraphs: [...story.paragraphs],
      });
      const hits = (await search(locale, story.query)).hits;
      expect(hits.map((hit) => hit.articleId)).toEqual([id]);
      expect(matches(hits[0]!.title)).toEqual(story.inTitle);
      expect(matches(hits[0]!.snippet)).toEqual(story.inSnippet);
    },
  );
});

describe("searchEdition: unpublished text", () => {
  it("never finds drafts", async () => {
    expect(await found("en", "zeppelin")).toEqual([]);
    expect(await found("ar", "المنطاد")).toEqual([]);
  });

  it("finds the published revision, not a newer draft edit", async () => {
    await saveDraftEdit(test.db, ids.football!, "en", {
      title: "Village football club lifts the regional cup",
      summary: "Draft: the mayor's velodrome promise.",
      paragraphs: ["A velodrome is planned."],
    });
    await refreshSearchDocument(test.db, { articleId: ids.football!, locale: "en" });
    expect(await found("en", "velodrome")).toEqual([]);
    expect(await found("en", "header")).toEqual(idsOf("football"));
  });

  it("drops an archived translation, even before its document is refreshed", async () => {
    const archived = await addFixtureArticle(test.db, taxonomy, {
      locale: "en",
      title: "Lighthouse keeper retires",
      summary: "Forty years on the rock.",
      paragraphs: ["The lighthouse is now automatic."],
    });
    expect(await found("en", "lighthouse")).toEqual([archived]);
    await withdrawPublication(test.db, { articleId: archived, locale: "en" }, "archived", new Date());
    expect(await found("en", "lighthouse")).toEqual([]);
    expect(await syncSearchIndex(test.db)).toBe(1);
    expect(await found("en", "lighthouse")).toEqual([]);
  });
});

describe("searchEdition: bad input", () => {
  it.each([
    ["", "EMPTY_QUERY"],
    ["   \n\t", "EMPTY_QUERY"],
    ["!!! ??? ...", "NO_SEARCHABLE_TERMS"],
    ['&|!():*<> \\ \' ""', "NO_SEARCHABLE_TERMS"],
    ["-library", "NO_SEARCHABLE_TERMS"],
    ["the of and", "NO_SEARCHABLE_TERMS"],
    ["ـــ ًٌٍ", "NO_SEARCHABLE_TERMS"],
  ])("%j answers %s", async (query, notice) => {
    const result = await search("en", query);
    expect(result).toMatchObject({ notice, hits: [], totalCount: 0, hasNextPage: false });
  });

  it("searches the start of a 2,000-character query and says so", async () => {
    const result = await search("en", `library ${"x".repeat(1_990)}`);
    expect(result.notice).toBe("QUERY_TRUNCATED");
    const words = await search("en", `library ${"harbour ".repeat(250)}`);
    expect(words.notice).toBe("QUERY_TRUNCATED");
    expect(words.hits.map((hit) => hit.articleId)).toEqual([ids.library]);
  });

  it("answers mixed-script queries without error", async () => {
    expect(await found("en", "library مكتبة")).toEqual([]);
    expect(await found("ar", "مكتبة library")).toEqual([]);
    expect((await search("es", "biblioteca 图书馆 библиотека")).notice).toBeNull();
  });

  it("survives operator soup and quotes", async () => {
    for (const query of [
      '"library',
      "library & | ! trees",
      "'; drop table articles; --",
      "library:* <-> trees",
    ]) {
      await expect(search("en", query)).resolves.toMatchObject({ hits: expect.any(Array) });
    }
  });

  it("rejects a cursor it did not make", async () => {
    await expect(search("en", "library", { after: "not-a-cursor" })).rejects.toBeInstanceOf(
      InvalidSearchCursorError,
    );
  });
});

describe("searchEdition: ranking and paging", () => {
  it("ranks a title match above a body match of the same day, and newer above older", async () => {
    const sameDay = days(40);
    const inTitle = await addFixtureArticle(test.db, taxonomy, {
      locale: "en",
      title: "Kelp farming grows along the fjord",
      summary: "Harvests doubled.",
      paragraphs: ["Growers expect another good year."],
      publishedAt: sameDay,
    });
    const inBody = await addFixtureArticle(test.db, taxonomy, {
      locale: "en",
      title: "Fjord villages count their visitors",
      summary: "Ferries were full.",
      paragraphs: ["Some visitors came to see the kelp lines."],
      publishedAt: sameDay,
    });
    const newer = await addFixtureArticle(test.db, taxonomy, {
      locale: "en",
      title: "Fjord kelp season opens",
      summary: "First boats out.",
      paragraphs: ["The kelp season began on Monday."],
      publishedAt: days(20),
    });
    const result = await search("en", "kelp");
    expect(result.hits.map((hit) => hit.articleId)).toEqual([newer, inTitle, inBody]);
  });

  it("pages through every match once, in order", async () => {
    const created: number[] = [];
    for (let i = 0; i < 25; i++) {
      created.push(
        await addFixtureArticle(test.db, taxonomy, {
          locale: "es",
          title: `Crónica del puerto número ${i + 1}`,
          summary: "Barcos y mareas.",
          paragraphs: [`El faro del puerto registró ${i + 1} barcos.`],
          publishedAt: days(30 + (i % 5)),
        }),
      );
    }
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await search("es", "faro", { first: 10, after });
      expect(page.totalCount).toBe(25);
      seen.push(...page.hits.map((hit) => hit.articleId));
      pages++;
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(pages).toBe(3);
    expect([...seen].sort((a, b) => a - b)).toEqual([...created].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(25);
  });
});

describe("searchEdition: snippets of long articles", () => {
  it("highlights a match deep in the body, past an earlier word that only looks like it", async () => {
    const quay = [
      "The review began in October with a survey of every operator on the quay, from the fishing cooperative to the small yard that repairs pleasure boats.",
      "Staff described long shifts in the dark months, when the tide tables leave only narrow windows for loading and the weather closes the channel without warning.",
      "Several members of the public asked for the minutes to be published in full, and the chair promised a summary on the authority's website within a week.",
      "Fuel costs were the longest item on the agenda: the finance officer presented three scenarios, none of which balanced the budget without new fees.",
    ];
    const id = await addFixtureArticle(test.db, taxonomy, {
      locale: "en",
      title: "Port authority reviews its winter timetable",
      summary: "Operators were asked to report delays, staffing and fuel costs.",
      paragraphs: [
        "Scrap merchants said ferrous metal prices fell for a third month, and the crane drivers asked for new gloves.",
        ...quay,
        ...quay,
        ...quay,
        "Late in the meeting the authority agreed to add two night ferries between the islands from March.",
      ],
    });
    const hit = (await search("en", "ferries")).hits.find((candidate) => candidate.articleId === id);
    expect(matches(hit!.snippet)).toContain("ferries");
    expect(hit!.snippet[0]?.text.startsWith("… ")).toBe(true);
  });

  it("highlights a deep Arabic match as written, with its diacritics", async () => {
    const council = [
      "ناقش المجلس البلدي في جلسته الشهرية خطة صيانة الطرق الساحلية قبل حلول فصل الشتاء، واستمع إلى تقارير المهندسين عن حالة الجسور.",
      "وطالب عدد من السكان بزيادة عدد الحافلات بين الأحياء الجديدة ووسط المدينة، خاصة في ساعات الصباح الأولى.",
      "وعرض مدير المالية ثلاثة سيناريوهات للميزانية، وأكد أن أسعار الوقود ما زالت البند الأكبر في النفقات.",
    ];
    const id = await addFixtureArticle(test.db, taxonomy, {
      locale: "ar",
      title: "المجلس البلدي يراجع خطة الشتاء",
      summary: "جلسة طويلة عن الطرق والنقل والميزانية.",
      paragraphs: [
        ...council,
        ...council,
        ...council,
        ...council,
        "وفي ختام الجلسة أعلن المجلس افتتاحَ مَكْتَبَةٍ بحرية جديدة أمام الزوار.",
      ],
    });
    const hit = (await search("ar", "مكتبة")).hits.find((candidate) => candidate.articleId === id);
    expect(matches(hit!.snippet)).toContain("مَكْتَبَةٍ");
  });
});

describe("search documents: stored as they are", () => {
  it("keeps a long document uncompressed, and finds it", async () => {
    // A hundred long words that share most of their letters: a column that compressed would compress these.
    const syllables = ["با", "تي", "سو", "دا", "ري", "مو", "نا", "لي", "كا", "قو"];
    const words = Array.from({ length: 100 }, (_, i) =>
      [i % 10, Math.floor(i / 10), 3, 4, 5, 6, 7, 8].map((d) => syllables[d]).join(""),
    );
    const id = await addFixtureArticle(test.db, taxonomy, {
      locale: "ar",
      title: "المجلس يناقش خطة الطرق الساحلية",
      summary: "جلسة عن الطرق والجسور.",
      paragraphs: Array.from({ length: 5 }, (_, i) => `${words.slice(i * 20, i * 20 + 20).join(" ")}.`),
    });
    const { rows } = await sql<{ bytes: number; compression: string | null }>`
      select pg_column_size(document) as bytes, pg_column_compression(document) as compression
      from translation_search where article_id = ${id} and locale = 'ar'`.execute(test.db);
    expect(Number(rows[0]?.bytes)).toBeGreaterThan(2_000);
    expect(rows[0]?.compression).toBeNull();
    expect((await search("ar", "الساحلية")).hits.map((hit) => hit.articleId)).toContain(id);
  });
});
