/** Direct API look-ups the end-to-end tests use to pick their subjects from the demo newsroom. */

interface ArticleNode {
  id: string;
  kind: string;
  url: string;
  translations: Array<{ locale: string; url: string }>;
}

export async function listArticles(apiUrl: string, locale: string, first = 100): Promise<ArticleNode[]> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `query($locale: Locale!, $first: Int!) {
        articles(locale: $locale, first: $first) { edges { node { id kind url translations { locale url } } } }
      }`,
      variables: { locale, first },
    }),
  });
  const body = (await response.json()) as { data: { articles: { edges: Array<{ node: ArticleNode }> } } };
  return body.data.articles.edges.map((edge) => edge.node);
}
