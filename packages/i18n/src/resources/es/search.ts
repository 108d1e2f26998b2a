import type { NamespaceFor } from "../../resource-types.ts";
import type { search as english } from "../en/search.ts";

export const search: NamespaceFor<typeof english, "es"> = {
  title: "Buscar",
  label: "Buscar en Sahifa",
  placeholder: "Busca noticias, temas, lugares…",
  submit: "Buscar",
  results_one: "{{count, number}} resultado",
  results_many: "{{count, number}} de resultados",
  results_other: "{{count, number}} resultados",
  resultsFor: "Resultados para «{{query}}»",
  noResults: "No hay resultados para «{{query}}».",
  noResultsHint: "Revisa la ortografía, prueba con menos palabras o quita algún filtro.",
  emptyQuery: "Escribe una palabra o una frase para buscar.",
  invalidQuery: "Tu búsqueda no contiene palabras que podamos buscar. Prueba con letras o números.",
  queryTooLong: "Tu búsqueda es demasiado larga. Usa como máximo {{max, number}} caracteres.",
  moreResults: "Más resultados",
  previousResults: "Resultados anteriores",
  firstResults: "Primeros resultados",
  pagination: "Páginas de resultados",
  filters: {
    label: "Filtrar resultados",
    section: "Sección",
    region: "Región",
    kind: "Tipo",
    any: "Cualquiera",
    apply: "Aplicar",
    clear: "Quitar filtros",
  },
};
