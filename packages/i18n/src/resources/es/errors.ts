import type { NamespaceFor } from "../../resource-types.ts";
import type { errors as english } from "../en/errors.ts";

export const errors: NamespaceFor<typeof english, "es"> = {
  offline: {
    title: "No tienes conexión",
    text: "Esta página no se ha guardado en este dispositivo. Los últimos artículos que abriste se pueden leer sin conexión.",
    home: "Volver a intentar la portada",
    kept: "Guardados en este dispositivo",
    noneKept:
      "Todavía no hay artículos guardados. Los artículos que abras se guardan aquí para leerlos sin conexión.",
  },
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
  api: {
    nulCharacter: "El texto no puede contener el carácter NUL (U+0000); quítalo y vuelve a intentarlo.",
    databaseUnavailable:
      "El servicio de noticias no puede acceder ahora a su base de datos. Vuelve a intentarlo en unos segundos.",
    signInInvalid: "El correo o la contraseña no son correctos. Revisa ambos y vuelve a intentarlo.",
    signInLocked_one:
      "Demasiados intentos fallidos: esta cuenta está bloqueada durante {{count, number}} minuto aproximadamente. Vuelve a intentarlo más tarde o pide ayuda a un administrador.",
    signInLocked_many:
      "Demasiados intentos fallidos: esta cuenta está bloqueada durante unos {{count, number}} de minutos. Vuelve a intentarlo más tarde o pide ayuda a un administrador.",
    signInLocked_other:
      "Demasiados intentos fallidos: esta cuenta está bloqueada durante unos {{count, number}} minutos. Vuelve a intentarlo más tarde o pide ayuda a un administrador.",
    signInTooMany:
      "Demasiados intentos de acceso desde aquí en este momento. Espera un poco y vuelve a intentarlo.",
    trustedDocumentUnknown:
      "Esta API no conoce la operación con ese identificador de documento. Envíe el documento completo o vuelva a compilar el cliente junto con la API.",
    trustedDocumentsOnly:
      "Esta API solo responde a las operaciones de las aplicaciones de Sahifa: envíe un identificador de documento conocido en lugar de una consulta.",
  },
};
