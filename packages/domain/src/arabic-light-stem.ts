/**
 * A light stemmer for Arabic search (docs/architecture/050-search-word-forms.md): one index
 * form for the bare, definite and prefixed forms of a noun and for its sound plurals and
 * feminine, so that "هيئة", "الهيئة", "والهيئة", "بالهيئة", "للهيئة", "هيئات" meet.
 *
 * It takes one run of Arabic letters already folded by normalizeArabic (no marks, bare alef,
 * ه for ة, ي for ى) and returns its index form, or "" for a function word that must never
 * match on its own. Broken plurals (مدينة/مدن, أخبار/خبر) meet their singular through a list of
 * those common in news (arabic-broken-plurals.ts): no rule of a few letters tells them from root
 * letters. Pronoun suffixes other than ه are left alone.
 */
import { ARABIC_BROKEN_PLURALS } from "./arabic-broken-plurals.ts";

/** The article with what can precede it: و/ف (and), ب (with), ك (like); ل merges with it as لل. */
const DEFINITE_PREFIX = /^[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644)/u;
/** و/ف (and, so) written onto a bare word. */
const CONJUNCTION = /^[\u0648\u0641]/u;

/** Letters a definite noun keeps after its article: shorter words keep it (الله, الان, الذي). */
const MIN_AFTER_ARTICLE = 3;
/** Letters a bare word keeps after its conjunction: وصل, وقت, فقط keep their first letter. */
const MIN_AFTER_CONJUNCTION = 3;

/**
 * Function words as normalizeArabic leaves them (إلى is "الي", على is "علي", هذه keeps its ه).
 * على folds onto the name علي: the name is lost to search with it, as in every engine that
 * folds ى to ي.
 */
export const ARABIC_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    "في فيه فيها فيهم من منه منها منهم علي عليه عليها عليهم الي اليه اليها عن عنه عنها مع معه",
    "ان انه انها ا او ام ثم قد لقد لم لن لا ما ماذا هل هو هي هم هما هن انا نحن انت انتم",
    "هذا هذه هذان هاتان هولاء ذلك تلك اوليك الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي",
    "كان كانت كانوا يكون تكون ليس ليست بين عند عندما كل بعد قبل حتي اذا اذ كما كي اي",
    "منذ لكن غير حيث ايضا به بها بهم له لها لهم لدي خلال ضمن نحو عبر دون الا اما الان هنا هناك",
    "و ف ب ل ك يا",
  ]
    .join(" ")
    .split(" "),
);

function isStopWord(word: string): boolean {
  // "وفي", "ومن", "فقد": a conjunction on a function word is still a function word.
  return ARABIC_STOP_WORDS.has(word) || (CONJUNCTION.test(word) && ARABIC_STOP_WORDS.has(word.slice(1)));
}

/**
 * One suffix at most: the sound feminine plural ات, the masculine plural ون/ين (also the
 * dual's oblique case), else a final ه (ة folded, or the pronoun "his": كتابه meets كتاب).
 * The dual ان is kept: too many names end in it (لبنان, السودان, إيران).
 */
function stripSuffix(word: string): string {
  if (word.endsWith("\u0627\u062A") && word.length - 2 >= 2) return word.slice(0, -2);
  if ((word.endsWith("\u0648\u0646") || word.endsWith("\u064A\u0646")) && word.length - 2 >= 3) {
    return word.slice(0, -2);
  }
  if (word.endsWith("\u0647") && word.length - 1 >= 2) return word.slice(0, -1);
  return word;
}

/** The word without its article (and what precedes the article), when enough of it remains. */
function withoutArticle(word: string): string {
  const definite = DEFINITE_PREFIX.exec(word);
  return definite && word.length - definite[0].length >= MIN_AFTER_ARTICLE
    ? word.slice(definite[0].length)
    : word;
}

/** The light rules after the article: one suffix, then و/ف. */
function lightRules(word: string): string {
  const stem = stripSuffix(word);
  // After the suffix, so that a word and its feminine or plural agree on dropping it (وطني/وطنية),
  // and after the article too, so that "الوزارة" and "وزارة" agree on it.
  return CONJUNCTION.test(stem) && stem.length - 1 >= MIN_AFTER_CONJUNCTION ? stem.slice(1) : stem;
}

/** Each listed broken plural's index form: that of its singular. */
const BROKEN_PLURAL_FORMS: ReadonlyMap<string, string> = new Map(
  [...ARABIC_BROKEN_PLURALS].map(([plural, singular]) => [plural, lightRules(withoutArticle(singular))]),
);

/** The index form of a listed broken plural, bare or after و/ف ("وأخبار"), or undefined. */
function brokenPluralForm(word: string): string | undefined {
  return (
    BROKEN_PLURAL_FORMS.get(word) ??
    (CONJUNCTION.test(word) ? BROKEN_PLURAL_FORMS.get(word.slice(1)) : undefined)
  );
}

export function arabicLightStem(word: string): string {
  if (isStopWord(word)) return "";
  const stem = withoutArticle(word);
  return brokenPluralForm(stem) ?? lightRules(stem);
}

const PREPOSITION = /^[\u0628\u0644\u0643]/u;

/**
 * The index form a word would have without a leading ب, ل or ك (بهيئة → that of هيئة), or null.
 * Unlike و/ف these cannot be cut from the word itself: too many words open with them (بيان and
 * كيان would both be يان, بطولة would be طول). Documents index this form beside the word's own
 * (docs/architecture/050-search-word-forms.md), so a reader typing the bare noun finds "بهيئة",
 * while a query "بيان" still finds only بيان.
 */
export function arabicPrepositionAlternative(word: string): string | null {
  if (!PREPOSITION.test(word) || DEFINITE_PREFIX.test(word) || word.length - 1 < MIN_AFTER_CONJUNCTION) {
    return null;
  }
  const alternative = arabicLightStem(word.slice(1));
  return alternative !== "" && alternative !== arabicLightStem(word) ? alternative : null;
}
