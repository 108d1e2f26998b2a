import type { Locale } from "@sahifa/domain/locales";

/**
 * Our own check set for search recall and precision (`pnpm bench:recall`): groups of word forms
 * a reader expects to find one another, by family of forms. Every group is also a distractor
 * for every other: a form matching another group's form counts against precision. The
 * confusable groups are words that only look like a prefixed or suffixed form of another.
 */
export interface RecallGroup {
  family: string;
  forms: readonly string[];
}

/** Arabic nouns written bare; the definite family adds ال, وال, بال, لل, كال, فال to each. */
const ARABIC_NOUNS = [
  "هيئة",
  "إنترنت",
  "موازنة",
  "حكومة",
  "مدينة",
  "رئيس",
  "اقتصاد",
  "شركة",
  "جامعة",
  "مستشفى",
  "سفارة",
  "محكمة",
  "برلمان",
  "صحيفة",
  "طائرة",
  "مدرسة",
  "مشروع",
  "قطاع",
  "انتخابات",
  "مفاوضات",
];

/** The article with each proclitic, as written: ل + ال is لل. */
function definiteForms(noun: string): string[] {
  return [noun, ...["ال", "وال", "بال", "كال", "فال"].map((prefix) => prefix + noun), `لل${noun}`];
}

const groups = (family: string, ...lists: ReadonlyArray<readonly string[]>): RecallGroup[] =>
  lists.map((forms) => ({ family, forms }));

export const RECALL_SET: Record<Locale, readonly RecallGroup[]> = {
  ar: [
    ...ARABIC_NOUNS.map((noun) => ({
      family: "definite (ال وال بال لل كال فال)",
      forms: definiteForms(noun),
    })),
    ...groups(
      "conjunction و/ف on a bare noun",
      ["هيئة", "وهيئة", "فهيئة"],
      ["موازنة", "وموازنة"],
      ["حكومة", "وحكومة", "فحكومة"],
      ["شركة", "وشركة"],
      ["جامعة", "وجامعة"],
      ["مدرسة", "ومدرسة"],
    ),
    ...groups(
      "preposition ب/ل/ك on a bare noun",
      ["هيئة", "بهيئة", "لهيئة"],
      ["موازنة", "بموازنة", "لموازنة"],
      ["حكومة", "لحكومة", "بحكومة"],
      ["شركة", "لشركة", "كشركة"],
    ),
    ...groups(
      "sound plural and feminine",
      ["مهندس", "مهندسة", "مهندسون", "مهندسين", "مهندسات", "المهندسين", "المهندسات"],
      ["معلم", "معلمة", "معلمون", "معلمين", "معلمات", "المعلمين"],
      ["لاعب", "لاعبة", "لاعبون", "لاعبين", "لاعبات", "اللاعبين"],
      ["موظف", "موظفة", "موظفون", "موظفين", "الموظفين"],
      ["ممرض", "ممرضة", "ممرضون", "ممرضات", "الممرضات"],
      ["فلسطيني", "فلسطينية", "فلسطينيون", "فلسطينيين", "الفلسطينيين"],
      ["مصري", "مصرية", "مصريون", "مصريين", "المصريين"],
      ["انتخاب", "انتخابات", "الانتخابات"],
      ["حكومة", "حكومات", "الحكومات"],
      ["سيارة", "سيارات", "السيارات"],
      ["مفاوضة", "مفاوضات", "المفاوضات"],
      ["قرار", "قرارات", "القرارات"],
      ["مستشفى", "مستشفيات", "المستشفيات"],
      ["هيئة", "هيئات", "الهيئات"],
    ),
    ...groups(
      "spelling variants",
      ["مستشفى", "مستشفي", "مُسْتَشْفَى"],
      ["إنترنت", "انترنت", "أنترنت"],
      ["مكتبة", "مكتبه", "مَكْتَبَةٌ"],
      ["الأشجار", "الاشجار", "الإشجار"],
    ),
    ...groups(
      "broken plural",
      ["مدينة", "مدن"],
      ["كتاب", "كتب"],
      ["دولة", "دول"],
      ["طفل", "أطفال"],
      ["شارع", "شوارع"],
      ["خبر", "أخبار", "الأخبار", "وأخبار"],
      ["المدينة", "المدن", "بالمدن"],
      ["رئيس", "رؤساء", "الرؤساء"],
      ["وزير", "وزراء", "الوزراء"],
      ["منطقة", "مناطق", "المناطق"],
      ["قاض", "قاضي", "قضاة", "القضاة"],
      ["جزيرة", "جزر"],
      ["سفينة", "سفن"],
      ["سعر", "أسعار"],
      ["حزب", "أحزاب"],
    ),
    ...groups(
      "confusable",
      ["لبنان"],
      ["لبن"],
      ["بيان"],
      ["كيان"],
      ["فساد"],
      ["ساد"],
      ["وجود"],
      ["جود"],
      ["وزير"],
      ["زير"],
      ["بطولة"],
      ["طول"],
      ["سنة"],
      ["سن"],
      ["قصة"],
      ["قص"],
      ["كتابة"],
      ["تابع"],
    ),
  ],
  es: [
    ...groups(
      "plural",
      ["ciudad", "ciudades"],
      ["mujer", "mujeres"],
      ["luz", "luces"],
      ["joven", "jóvenes"],
      ["examen", "exámenes"],
      ["vez", "veces"],
      ["nación", "naciones"],
      ["ley", "leyes"],
      ["país", "países"],
      ["árbol", "árboles"],
      ["universidad", "universidades"],
      ["hospital", "hospitales"],
      ["tren", "trenes"],
      ["mes", "meses"],
      ["interés", "intereses"],
      ["autobús", "autobuses"],
      ["casa", "casas"],
      ["calle", "calles"],
      ["avance", "avances"],
      ["lápiz", "lápices"],
      ["voz", "voces"],
      ["red", "redes"],
      ["pared", "paredes"],
      ["reloj", "relojes"],
      ["canción", "canciones"],
      ["estudiante", "estudiantes"],
      ["madre", "madres"],
      ["responsable", "responsables"],
      ["posible", "posibles"],
      ["empresa", "empresas"],
    ),
    ...groups(
      "gender",
      ["niño", "niña", "niños", "niñas"],
      ["profesor", "profesora", "profesores", "profesoras"],
      ["presidente", "presidenta", "presidentes", "presidentas"],
      ["ministro", "ministra", "ministros", "ministras"],
      ["trabajador", "trabajadora", "trabajadores", "trabajadoras"],
      ["director", "directora", "directores", "directoras"],
      ["enfermero", "enfermera", "enfermeros", "enfermeras"],
      ["pescador", "pescadora", "pescadores", "pescadoras"],
      ["campeón", "campeona", "campeones", "campeonas"],
      ["español", "española", "españoles", "españolas"],
      ["francés", "francesa", "franceses", "francesas"],
      ["juez", "jueza", "jueces", "juezas"],
      ["alcalde", "alcaldesa", "alcaldes"],
    ),
    ...groups(
      "accents",
      ["sequía", "sequia"],
      ["acción", "accion"],
      ["Málaga", "Malaga"],
      ["camión", "camion", "camiones"],
      ["educación", "educacion"],
    ),
    ...groups(
      "confusable",
      ["caso", "casos"],
      ["puerto", "puertos"],
      ["puerta", "puertas"],
      ["modo"],
      ["moda"],
    ),
  ],
  en: [
    ...groups(
      "plural",
      ["city", "cities"],
      ["policy", "policies"],
      ["minister", "ministers"],
      ["bus", "buses"],
      ["child", "children"],
      ["woman", "women"],
      ["man", "men"],
      ["crisis", "crises"],
      ["analysis", "analyses"],
      ["life", "lives"],
      ["wolf", "wolves"],
      ["country", "countries"],
      ["virus", "viruses"],
      ["box", "boxes"],
      ["church", "churches"],
      ["knife", "knives"],
      ["family", "families"],
      ["campus", "campuses"],
    ),
    ...groups(
      "possessive",
      ["minister", "minister's", "ministers'", "minister’s"],
      ["city", "city's"],
      ["child", "child's", "children's"],
      ["government", "government's"],
      ["Qatar", "Qatar's"],
      ["woman", "woman's", "women's"],
    ),
    ...groups("confusable", ["new"], ["news"], ["university"], ["universe"], ["organ"], ["organization"]),
  ],
};

/** Words that must never match on their own. */
export const STOP_WORD_SET: Record<Locale, readonly string[]> = {
  ar: ["في", "من", "على", "إلى", "عن", "التي", "الذي", "وفي", "هذا", "مع"],
  es: ["de", "la", "el", "los", "del", "que", "y", "en", "las", "por"],
  en: ["the", "of", "and", "a", "in", "to", "is", "on", "for", "with"],
};
