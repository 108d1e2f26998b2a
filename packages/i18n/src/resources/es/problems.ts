import type { NamespaceFor } from "../../resource-types.ts";
import type { problems as english } from "../en/problems.ts";

export const problems: NamespaceFor<typeof english, "es"> = {
  fields: {
    title: "El título",
    slug: "El slug",
    summary: "El sumario",
    body: "El cuerpo",
    seoTitle: "El título SEO",
    seoDescription: "La descripción SEO",
    content: "El texto",
    text: "El texto",
    marks: "Los formatos",
    href: "El enlace",
    items: "Los elementos",
    level: "El nivel del subtítulo",
    attribution: "La atribución",
    caption: "El pie de foto",
    mediaId: "La imagen",
    url: "La dirección del vídeo",
    posterMediaId: "La imagen de portada",
    durationSeconds: "La duración",
    articleIds: "Los artículos relacionados",
    type: "El tipo de bloque",
    ordered: "El tipo de lista",
    note: "La nota",
    overrideNote: "La nota",
    sourceRevisionId: "La revisión del original",
    source: "El término",
    approved: "La traducción aprobada",
    forbidden: "Las variantes prohibidas",
    kind: "El tipo",
    glossary: "El glosario",
    other: "Este campo",
  },
  blockTypes: {
    paragraph: "párrafo",
    heading: "subtítulo",
    quote: "cita",
    list: "lista",
    image: "imagen",
    gallery: "galería",
    video: "vídeo",
    related: "artículos relacionados",
    other: "bloque",
  },
  languages: {
    en: "inglés",
    ar: "árabe",
    es: "español",
  },
  inBlock: "Bloque {{position}} ({{type}}): {{problem}}",
  moreProblems_one: "{{problem}} (y {{count, number}} problema más)",
  moreProblems_many: "{{problem}} (y {{count, number}} de problemas más)",
  moreProblems_other: "{{problem}} (y {{count, number}} problemas más)",
  validation: {
    invalid: "{{field}} no es válido: {{detail}}",
    required: "{{field}} es obligatorio.",
    wrongType: "{{field}} tiene un valor de tipo incorrecto.",
    tooLong_one: "{{field}} supera {{count, number}} carácter.",
    tooLong_many: "{{field}} supera {{count, number}} de caracteres.",
    tooLong_other: "{{field}} supera {{count, number}} caracteres.",
    tooMany_one: "{{field}} tiene más de {{count, number}} elemento.",
    tooMany_many: "{{field}} tiene más de {{count, number}} de elementos.",
    tooMany_other: "{{field}} tiene más de {{count, number}} elementos.",
    tooFew_one: "{{field}} necesita al menos {{count, number}} elemento.",
    tooFew_many: "{{field}} necesita al menos {{count, number}} de elementos.",
    tooFew_other: "{{field}} necesita al menos {{count, number}} elementos.",
    outOfRange: "{{field}} está fuera de rango.",
    notWholeNumber: "{{field}} debe ser un número entero.",
    notPositive: "{{field}} debe ser mayor que cero.",
    controlCharacters: "{{field}} contiene caracteres de control; elimínelos.",
    empty: "{{field}} está vacío.",
    duplicate: "{{field}} repite un mismo valor.",
    unknownField: "Campo desconocido «{{name}}».",
    unknownBlockType: "Tipo de bloque desconocido «{{value}}»; se admiten: {{allowed}}.",
    missingBlockType: "El bloque no tiene tipo; se admiten: {{allowed}}.",
    notAllowedValue: "{{field}} tiene un valor no permitido.",
    slugInvalid: "Un slug solo admite minúsculas sin tildes, cifras y guiones; pruebe con «{{suggestion}}».",
    slugTaken:
      "Otro artículo de esta edición ya usa el slug «{{slug}}»; guarde otro slug y vuelva a publicar.",
    urlEmpty: "El enlace está vacío.",
    urlTooLong: "El enlace es demasiado largo.",
    urlForbiddenCharacter: "El enlace contiene espacios, caracteres de control o barras invertidas.",
    urlProtocolRelative: "Escriba la dirección completa con https://, no una que empiece por «//».",
    urlScheme: "Solo se admiten enlaces http:// y https:// o rutas del sitio que empiecen por «/».",
    urlMalformed: "El enlace no es una dirección web válida.",
    urlCredentials: "Un enlace no puede llevar usuario ni contraseña.",
    termExists: "El glosario de este par de idiomas ya tiene este término; modifique esa entrada.",
    xliffTooLarge: "El archivo supera los {{max, number}} MB; exporte menos artículos por archivo.",
    xliffMalformed:
      "El archivo no es XML bien formado; expórtelo de nuevo desde su herramienta o exporte uno nuevo desde Sahifa.",
    xliffMalformedAt:
      "El archivo no es XML bien formado (línea {{line, number}}, columna {{column, number}}); expórtelo de nuevo desde su herramienta.",
    xliffDoctype:
      "El archivo declara un DOCTYPE; los archivos XLIFF no deben hacerlo. Exporte un archivo nuevo desde Sahifa.",
    xliffNotXliff: "No es un archivo XLIFF (su elemento raíz no es <xliff>).",
    xliffVersion: "La versión de XLIFF «{{value}}» no se admite; use la 2.1 (o la 1.2).",
    xliffLanguage: "El idioma del archivo «{{value}}» no es ninguna de las ediciones de Sahifa (en, ar, es).",
    xliffNoOrigin:
      "El archivo no dice de qué artículo o revisión se hizo ({{name}}); exporte uno nuevo desde Sahifa.",
    xliffUnknownElement:
      "La unidad «{{unit}}» contiene un elemento <{{element}}> que Sahifa no puede colocar; conserve los códigos en línea tal como se exportaron.",
    xliffLinkLost:
      "Un enlace de la unidad «{{unit}}» perdió su dirección; conserve los códigos en línea tal como se exportaron.",
    xliffUnknownCode:
      "La unidad «{{unit}}» tiene un código en línea de un tipo desconocido; conserve los códigos tal como se exportaron.",
    xliffNoSource: "La unidad «{{unit}}» no tiene texto de origen; exporte un archivo nuevo desde Sahifa.",
    xliffManyFiles:
      "El archivo contiene varias traducciones ({{files, number}}); importe el archivo de una sola traducción cada vez.",
    xliffOtherArticle: "El archivo es del artículo {{value}}, no del artículo {{expected}}.",
    xliffOtherPair:
      "El archivo traduce del $t(problems:languages.{{fileSource}}) al $t(problems:languages.{{fileTarget}}); esta traducción es del $t(problems:languages.{{source}}) al $t(problems:languages.{{target}}).",
    xliffOtherSource:
      "El archivo se hizo a partir de la revisión {{value}}, que no es una revisión del original de este artículo.",
    xliffUnitsMismatch:
      "Las unidades del archivo no coinciden con el original (faltan: {{missing}}; no están en el original: {{added}}; repetidas: {{duplicated}}). Exporte un archivo nuevo.",
    xliffNoItems: "Elija al menos una traducción para exportar.",
    xliffMixedPairs: "Un archivo XLIFF contiene un solo par de idiomas; exporte cada par por separado.",
  },
  untranslated: {
    summary_one:
      "{{count, number}} bloque conserva el texto del original; tradúzcalo o continúe con una nota que explique por qué.",
    summary_many:
      "{{count, number}} de bloques conservan el texto del original; tradúzcalos o continúe con una nota que explique por qué.",
    summary_other:
      "{{count, number}} bloques conservan el texto del original; tradúzcalos o continúe con una nota que explique por qué.",
    sameAsSource: "El bloque {{position}} ({{type}}) es igual al original.",
    wrongScript: "El bloque {{position}} ({{type}}) no está escrito en {{language}}.",
  },
  glossary: {
    summary_one:
      "{{count, number}} aviso del glosario: corrija el término o continúe con una nota que explique por qué.",
    summary_many:
      "{{count, number}} de avisos del glosario: corrija los términos o continúe con una nota que explique por qué.",
    summary_other:
      "{{count, number}} avisos del glosario: corrija los términos o continúe con una nota que explique por qué.",
    missingApproved: "Bloque {{position}}: en esta redacción «{{source}}» se traduce «{{approved}}».",
    forbiddenVariant: "Bloque {{position}}: no se usa «{{found}}» para «{{source}}»; escriba «{{approved}}».",
  },
  glossaryFile: {
    tooLarge: "El archivo supera los {{max, number}} KB; divídalo.",
    malformed: "El archivo no es XML bien formado; revíselo en la herramienta que lo creó.",
    malformedAt: "El archivo no es XML bien formado (línea {{line, number}}, columna {{column, number}}).",
    doctype:
      "El archivo declara un DOCTYPE; los archivos TBX no deben hacerlo (no se leen entidades). Quítelo e importe de nuevo.",
    notTbx: "No es un archivo TBX (su elemento raíz no es <tbx> ni <martif>).",
    noLanguage: "El archivo no tiene ningún término en {{language}}; revise sus códigos de idioma.",
    csvMalformed: "No se puede leer el archivo CSV; revise sus comillas y separadores.",
    csvMalformedAt:
      "No se puede leer el archivo CSV en la línea {{line, number}}; revise sus comillas y separadores.",
    csvColumns:
      "El archivo CSV necesita las columnas «source» y «approved» en su primera fila (opcionales: kind, forbidden, note).",
    empty: "El archivo no contiene términos.",
    tooManyRows: "El archivo tiene más de {{max, number}} términos; divídalo.",
  },
  refusals: {
    unauthenticated: "Inicie sesión en la mesa de redacción para hacerlo.",
    sessionExpired:
      "Su sesión caducó o se cerró. Vuelva a iniciarla; el texto sin guardar sigue en su editor.",
    forbidden: "Su rol, sus ediciones o sus pares de idiomas no lo permiten.",
    notFound: "Lo que pidió no existe (o ya no existe).",
    invalidTransition: "El estado actual de la traducción no lo permite.",
  },
  conflict:
    "Alguien guardó la revisión {{head}} después de la que usted abrió. No se ha cambiado nada: lleve sus cambios a la revisión {{head}} y vuelva a intentarlo.",
};
