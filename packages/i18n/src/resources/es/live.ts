import type { NamespaceFor } from "../../resource-types.ts";
import type { live as english } from "../en/live.ts";

export const live: NamespaceFor<typeof english, "es"> = {
  title: "Última hora en directo",
  badge: "EN VIVO",
  updatedJustNow: "Actualizado ahora mismo",
  updatedMinutesAgo_one: "Actualizado hace {{count, number}} minuto",
  updatedMinutesAgo_many: "Actualizado hace {{count, number}} de minutos",
  updatedMinutesAgo_other: "Actualizado hace {{count, number}} minutos",
  newUpdates_one: "{{count, number}} actualización nueva",
  newUpdates_many: "{{count, number}} de actualizaciones nuevas",
  newUpdates_other: "{{count, number}} actualizaciones nuevas",
  showNewUpdates: "Ver las actualizaciones nuevas",
  noUpdates: "Todavía no hay actualizaciones. Esta página se actualiza sola.",
  reconnecting: "Se perdió la conexión. Reconectando…",
  reconnected: "Conexión restablecida",
  offline: "Las actualizaciones en directo están en pausa. Recarga la página para ver lo último.",
  ended: "Esta cobertura en directo ha terminado.",
  storiesHeading: "Coberturas en directo ahora",
  breakingHeading: "Última hora",
  updatedLabel: "Actualizado",
  latestUpdate: "Última actualización",
};
