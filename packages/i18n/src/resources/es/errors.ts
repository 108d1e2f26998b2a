import type { NamespaceFor } from "../../resource-types.ts";
import type { errors as english } from "../en/errors.ts";

export const errors: NamespaceFor<typeof english, "es"> = {
  notFound: {
    title: "Página no encontrada",
    text: "La página que buscas no existe o ha cambiado de dirección.",
    home: "Ir a la portada",
  },
  notInEdition: {
    title: "No disponible en esta edición",
    text: "Este artículo no se ha publicado en español.",
    readIn: "Léelo en {{language}}",
  },
  serverError: {
    title: "Algo salió mal",
    text: "No hemos podido mostrar esta página. Vuelve a intentarlo dentro de un momento.",
    retry: "Reintentar",
  },
  badRequest: {
    title: "Solicitud incorrecta",
    text: "No se ha podido interpretar la dirección o los datos enviados.",
  },
};
