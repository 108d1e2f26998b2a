import type { NamespaceFor } from "../../resource-types.ts";
import type { common as english } from "../en/common.ts";
import { regionLabels, sectionLabels } from "../taxonomy-labels.ts";

export const common: NamespaceFor<typeof english, "es"> = {
  brand: "Sahifa",
  tagline: "Las noticias del mundo, en tres idiomas",
  previewBanner:
    "Vista previa: esta versión no está publicada. Los lectores no la verán hasta que un editor la publique.",
  skipLink: "Saltar al contenido principal",
  editionSwitcher: {
    label: "Edición",
    current: "Edición actual",
    switchTo: "Leer esta página en {{language}}",
  },
  search: {
    open: "Buscar",
    close: "Cerrar la búsqueda",
  },
  menu: {
    open: "Menú",
    close: "Cerrar el menú",
  },
  close: "Cerrar",
  nav: {
    mainLabel: "Navegación principal",
    regionsLabel: "Regiones",
    home: "Portada",
    sections: sectionLabels("es"),
    regions: regionLabels("es"),
  },
  live: "EN VIVO",
  liveNow: "En vivo ahora",
  breaking: "Última hora",
  breakingTickerLabel: "Noticias de última hora",
  pagination: {
    label: "Paginación",
    next: "Siguiente",
    previous: "Anterior",
    page: "Página {{page, number}}",
  },
  pages: {
    latest: "Lo último",
    section: "Sección",
    region: "Región",
    tag: "Etiqueta",
    author: "Autor",
    authors: "Autores",
    dossier: "Cobertura",
    moreIn: "Más en {{name}}",
    empty: "Todavía no se ha publicado nada aquí.",
  },
  loading: "Cargando…",
};
