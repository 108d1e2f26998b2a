import type { NamespaceFor } from "../../resource-types.ts";
import type { footer as english } from "../en/footer.ts";

export const footer: NamespaceFor<typeof english, "es"> = {
  label: "Información del sitio",
  lite: "Versión ligera (para conexiones lentas)",
  full: "Versión completa",
  about:
    "Sahifa es una redacción independiente que informa desde todas las regiones del mundo en español, árabe e inglés.",
  rights: "© {{year}} Sahifa. Todos los derechos reservados.",
  links: {
    privacy: "Política de privacidad",
    about: "Quiénes somos",
    contact: "Contacto",
    authors: "Autores",
  },
  pageText: {
    about:
      "Sahifa es una redacción que publica en español, inglés y árabe. Cada edición la escriben o traducen periodistas que trabajan en su idioma, y cada noticia indica cuándo y quién la publicó.",
    privacy:
      "Sahifa no usa cookies de publicidad ni de seguimiento. Para saber qué es lo más leído contamos las visitas por artículo y día, sin ningún dato personal. Nuestros servidores guardan registros técnicos durante catorce días para mantener el servicio.",
    contact:
      "Escribe a la redacción en newsroom@sahifa.example. Para una corrección, indica el artículo y la edición en que lo leíste; respondemos a todas las solicitudes.",
  },
  apps: {
    label: "Descarga la aplicación de Sahifa",
    android: "Disponible en Google Play",
    ios: "Descárgala en el App Store",
  },
};
