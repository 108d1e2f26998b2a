/**
 * English plurals that PostgreSQL's Snowball stemmer parts from their singular, read as the
 * singular (docs/architecture/050-search-word-forms.md): irregular plurals common in news, and
 * -uses ("buses" is 'buse', "bus" 'bus'). Possessives need nothing: the parser splits
 * "minister's" at the apostrophe and "s" is a stop word.
 *
 * Takes one lower-case run of Latin letters.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  men: "man",
  women: "woman",
  children: "child",
  teeth: "tooth",
  feet: "foot",
  mice: "mouse",
  geese: "goose",
  lives: "life",
  wives: "wife",
  knives: "knife",
  wolves: "wolf",
  halves: "half",
  thieves: "thief",
  shelves: "shelf",
  crises: "crisis",
  analyses: "analysis",
  theses: "thesis",
  diagnoses: "diagnosis",
  hypotheses: "hypothesis",
};

export function englishSingular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  return word.length >= 5 && word.endsWith("uses") ? word.slice(0, -2) : word;
}
