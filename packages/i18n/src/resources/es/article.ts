import type { NamespaceFor } from "../../resource-types.ts";
import type { article as english } from "../en/article.ts";

// CLDR's Spanish `many` covers round millions, which take "de": "1.000.000 de veces".
export const article: NamespaceFor<typeof english, "es"> = {
  by: "Por",
  byline: "Por {{author}}",
  source: "Fuente",
  sourceLine: "Fuente: {{source}}",
  shares_one: "Compartido {{count, number}} vez",
  shares_many: "Compartido {{count, number}} de veces",
  shares_other: "Compartido {{count, number}} veces",
  readTime_one: "{{count, number}} minuto de lectura",
  readTime_many: "{{count, number}} de minutos de lectura",
  readTime_other: "{{count, number}} minutos de lectura",
  published: "Publicado",
  updated: "Actualizado",
  updatedAt: "Actualizado el {{date}}",
  relatedNews: "Noticias relacionadas",
  tags: "Etiquetas",
  mostRead: "Lo más leído",
  readNext: "Sigue leyendo",
  coverage: "Coberturas",
  all: "Todas",
  dossierMore: "Más de esta cobertura",
  alsoAvailableIn: "Este artículo también está disponible en",
  share: {
    label: "Compartir",
    on: "Compartir en {{network}}",
    byEmail: "Compartir por correo electrónico",
    copyLink: "Copiar enlace",
    linkCopied: "Enlace copiado",
  },
  notes: {
    label: "Correcciones y notas",
    correction: "Corrección",
    editorsNote: "Nota del editor",
  },
  caption: {
    credit: "({{credit}})",
  },
  gallery: {
    label: "Galería de fotos",
    position: "Foto {{index, number}} de {{total, number}}",
  },
  video: {
    label: "Vídeo",
    transcript: "Transcripción",
  },
  kinds: {
    news: "Noticia",
    opinion: "Opinión",
    analysis: "Análisis",
    blog: "Blog",
    feature: "Reportaje",
    video: "Vídeo",
    infograph: "Infografía",
    gallery: "En imágenes",
    live: "En vivo",
  },
};
