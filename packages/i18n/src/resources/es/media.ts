import type { NamespaceFor } from "../../resource-types.ts";
import type { media as english } from "../en/media.ts";

export const media: NamespaceFor<typeof english, "es"> = {
  accepted:
    "Se aceptan imágenes JPEG, PNG, WebP o AVIF de hasta {{imageMb, number}} MB y {{megapixels, number}} megapíxeles, y vídeos MP4 con vídeo H.264 de hasta {{videoMb, number}} MB.",
  unsupportedType: "Este archivo no es una imagen ni un vídeo aceptados. {{accepted}}",
  notH264: "Este MP4 no lleva vídeo H.264. Expórtalo como MP4 (H.264) y vuelve a subirlo.",
  imageTooLarge_one: "La imagen pesa más de {{count, number}} MB. Redúcela y vuelve a subirla.",
  imageTooLarge_many: "La imagen pesa más de {{count, number}} MB. Redúcela y vuelve a subirla.",
  imageTooLarge_other: "La imagen pesa más de {{count, number}} MB. Redúcela y vuelve a subirla.",
  videoTooLarge_one: "El vídeo pesa más de {{count, number}} MB. Acórtalo o comprímelo y vuelve a subirlo.",
  videoTooLarge_many: "El vídeo pesa más de {{count, number}} MB. Acórtalo o comprímelo y vuelve a subirlo.",
  videoTooLarge_other: "El vídeo pesa más de {{count, number}} MB. Acórtalo o comprímelo y vuelve a subirlo.",
  tooManyPixels_one: "La imagen tiene más de {{count, number}} megapíxel. Redúcela y vuelve a subirla.",
  tooManyPixels_many: "La imagen tiene más de {{count, number}} de megapíxeles. Redúcela y vuelve a subirla.",
  tooManyPixels_other: "La imagen tiene más de {{count, number}} megapíxeles. Redúcela y vuelve a subirla.",
  corruptImage:
    "No se pudo leer la imagen: el archivo está dañado o incompleto. Vuelve a exportarla y súbela.",
  corruptVideo:
    "No se pudo leer el vídeo: el archivo está dañado o incompleto. Vuelve a exportarlo y súbelo.",
  noFile: "Elige un archivo para subir (campo «file» del formulario).",
  unexpectedField:
    "El campo «{{field}}» no forma parte de una subida. Envía «file» y, para un vídeo, «poster».",
  posterNotImage: "La imagen de portada debe ser JPEG, PNG, WebP o AVIF.",
  posterOnlyForVideo: "Solo un vídeo lleva imagen de portada.",
  altRequired: "El texto alternativo es obligatorio: describe la imagen para quien no puede verla.",
  altTooLong_one: "El texto alternativo debe tener menos de {{count, number}} carácter.",
  altTooLong_many: "El texto alternativo debe tener menos de {{count, number}} de caracteres.",
  altTooLong_other: "El texto alternativo debe tener menos de {{count, number}} caracteres.",
  captionTooLong_one: "El pie de foto debe tener menos de {{count, number}} carácter.",
  captionTooLong_many: "El pie de foto debe tener menos de {{count, number}} de caracteres.",
  captionTooLong_other: "El pie de foto debe tener menos de {{count, number}} caracteres.",
  creditTooLong_one: "El crédito debe tener menos de {{count, number}} carácter.",
  creditTooLong_many: "El crédito debe tener menos de {{count, number}} de caracteres.",
  creditTooLong_other: "El crédito debe tener menos de {{count, number}} caracteres.",
  unknownLocale: "Edición desconocida «{{locale}}»: usa en, ar o es.",
  invalidCaptions:
    "Estos subtítulos no son WebVTT válido (línea {{line, number}}). Un archivo de subtítulos empieza por «WEBVTT».",
  captionsTooLarge_one: "El archivo de subtítulos pesa más de {{count, number}} KB.",
  captionsTooLarge_many: "El archivo de subtítulos pesa más de {{count, number}} de KB.",
  captionsTooLarge_other: "El archivo de subtítulos pesa más de {{count, number}} KB.",
  captionsVideoOnly: "Los subtítulos son para vídeos: el elemento {{id}} no es un vídeo.",
  notFound: "No existe el elemento multimedia {{id}}.",
  focalOutOfRange: "Un punto focal son dos números entre 0 y 1 (0,5, 0,5 es el centro).",
  signIn: "Inicia sesión en la redacción para subir archivos.",
  sessionExpired: "Tu sesión ha caducado. Vuelve a iniciarla; no se ha subido nada.",
  forbidden: "No puedes hacer esto en la edición {{locale}}.",
  forbiddenUpload: "Solo editores y administradores pueden subir archivos.",
  csrf: "Envía las subidas con la cabecera «{{header}}» o un token Bearer.",
  contentLengthRequired: "Envía la subida con su Content-Length.",
  imageNotProcessed:
    "No se pudo procesar la imagen en este momento, así que no se subió nada. Vuelve a subirla dentro de un momento.",
  renditionNotMade:
    "No se pudo preparar esta imagen en este momento. Inténtalo de nuevo dentro de un momento.",
};
