import type { LocalizedText } from "@sahifa/domain/taxonomy";
import type { SeedAuthor, SeedMedia, SeedTag } from "../seed-types.ts";

/**
 * Authors, tags and media that only the feature, video, infograph and gallery
 * stories (articles-features.ts) use. Kept apart from the news desk's lists so
 * both files can be written independently; the loader merges them.
 */

export const FEATURE_AUTHORS: SeedAuthor[] = [
  {
    slug: "sahifa-visuals",
    isDesk: true,
    name: { en: "Sahifa Visuals", ar: "قسم الوسائط في صحيفة", es: "Equipo visual de Sahifa" },
    bio: {
      en: "Video, graphics and photography by the Sahifa visuals desk.",
      ar: "فيديو ورسوم بيانية وصور من قسم الوسائط في صحيفة.",
      es: "Vídeo, gráficos y fotografía del equipo visual de Sahifa.",
    },
  },
  {
    slug: "mateo-arriaga",
    name: { en: "Mateo Arriaga", ar: "ماتيو أرياغا", es: "Mateo Arriaga" },
    bio: {
      en: "Columnist writing on cities, public services and the economy of the Andes.",
      ar: "كاتب عمود يكتب عن المدن والخدمات العامة واقتصاد منطقة الأنديز.",
      es: "Columnista; escribe sobre ciudades, servicios públicos y la economía andina.",
    },
  },
  {
    slug: "nadia-brooks",
    name: { en: "Nadia Brooks", ar: "نادية بروكس", es: "Nadia Brooks" },
    bio: {
      en: "Media and housing columnist based in Toronto.",
      ar: "كاتبة عمود في شؤون الإعلام والسكن، مقيمة في تورونتو.",
      es: "Columnista de medios y vivienda con base en Toronto.",
    },
  },
  {
    slug: "hana-mori",
    name: { en: "Hana Mori", ar: "هانا موري", es: "Hana Mori" },
    bio: {
      en: "Asia-Pacific features writer; oceans, islands and rural life.",
      ar: "كاتبة تقارير عن آسيا والمحيط الهادئ: المحيطات والجزر والحياة الريفية.",
      es: "Reportera de Asia-Pacífico: océanos, islas y vida rural.",
    },
  },
  {
    slug: "priya-raman",
    name: { en: "Priya Raman", ar: "بريا رامان", es: "Priya Raman" },
    bio: {
      en: "South Asia analyst covering farming, climate risk and rural finance.",
      ar: "محللة شؤون جنوب آسيا، تغطي الزراعة والمخاطر المناخية والتمويل الريفي.",
      es: "Analista del sur de Asia: agricultura, riesgo climático y finanzas rurales.",
    },
  },
  {
    slug: "amina-diallo",
    name: { en: "Amina Diallo", ar: "أمينة ديالو", es: "Amina Diallo" },
    bio: {
      en: "West Africa correspondent based in Dakar; markets, food and work.",
      ar: "مراسلة غرب أفريقيا، مقيمة في داكار؛ تكتب عن الأسواق والغذاء والعمل.",
      es: "Corresponsal en África Occidental con base en Dakar: mercados, alimentos y trabajo.",
    },
  },
  {
    slug: "ines-calvo",
    name: { en: "Inés Calvo", ar: "إينيس كالفو", es: "Inés Calvo" },
    bio: {
      en: "Madrid-based blogger on city life, summers and the neighbourhoods that change with them.",
      ar: "مدوّنة مقيمة في مدريد تكتب عن حياة المدينة وصيفها وأحيائها المتغيرة.",
      es: "Bloguera madrileña: vida urbana, veranos y los barrios que cambian con ellos.",
    },
  },
];

/** Places, organisations and topics the news desk's list does not have (never living people). */
export const FEATURE_TAGS: SeedTag[] = [
  // Places
  { slug: "amman", label: { en: "Amman", ar: "عمّان", es: "Ammán" } },
  { slug: "cairo", label: { en: "Cairo", ar: "القاهرة", es: "El Cairo" } },
  { slug: "hebron", label: { en: "Hebron", ar: "الخليل", es: "Hebrón" } },
  { slug: "lagos", label: { en: "Lagos", ar: "لاغوس", es: "Lagos" } },
  { slug: "madrid", label: { en: "Madrid", ar: "مدريد", es: "Madrid" } },
  { slug: "andes", label: { en: "Andes", ar: "جبال الأنديز", es: "Andes" } },
  { slug: "sahel", label: { en: "Sahel", ar: "الساحل الأفريقي", es: "Sahel" } },
  { slug: "red-sea", label: { en: "Red Sea", ar: "البحر الأحمر", es: "Mar Rojo" } },
  { slug: "borderlands", label: { en: "Borderlands", ar: "المناطق الحدودية", es: "Zona fronteriza" } },
  { slug: "argentina", label: { en: "Argentina", ar: "الأرجنتين", es: "Argentina" } },
  { slug: "colombia", label: { en: "Colombia", ar: "كولومبيا", es: "Colombia" } },
  { slug: "peru", label: { en: "Peru", ar: "بيرو", es: "Perú" } },
  { slug: "italy", label: { en: "Italy", ar: "إيطاليا", es: "Italia" } },
  { slug: "ethiopia", label: { en: "Ethiopia", ar: "إثيوبيا", es: "Etiopía" } },
  { slug: "mali", label: { en: "Mali", ar: "مالي", es: "Malí" } },
  { slug: "niger", label: { en: "Niger", ar: "النيجر", es: "Níger" } },
  { slug: "bangladesh", label: { en: "Bangladesh", ar: "بنغلاديش", es: "Bangladés" } },
  { slug: "philippines", label: { en: "Philippines", ar: "الفلبين", es: "Filipinas" } },
  { slug: "fiji", label: { en: "Fiji", ar: "فيجي", es: "Fiyi" } },
  { slug: "samoa", label: { en: "Samoa", ar: "ساموا", es: "Samoa" } },
  { slug: "thailand", label: { en: "Thailand", ar: "تايلاند", es: "Tailandia" } },
  { slug: "vietnam", label: { en: "Vietnam", ar: "فيتنام", es: "Vietnam" } },
  // Organisations
  { slug: "fao", label: { en: "FAO", ar: "منظمة الأغذية والزراعة", es: "FAO" } },
  // Topics
  { slug: "ageing", label: { en: "Ageing", ar: "الشيخوخة", es: "Envejecimiento" } },
  { slug: "architecture", label: { en: "Architecture", ar: "العمارة", es: "Arquitectura" } },
  { slug: "books", label: { en: "Books", ar: "الكتب", es: "Libros" } },
  { slug: "copper", label: { en: "Copper", ar: "النحاس", es: "Cobre" } },
  { slug: "coral-reefs", label: { en: "Coral reefs", ar: "الشعاب المرجانية", es: "Arrecifes de coral" } },
  { slug: "crafts", label: { en: "Crafts", ar: "الحرف اليدوية", es: "Artesanía" } },
  { slug: "day-of-the-dead", label: { en: "Day of the Dead", ar: "يوم الموتى", es: "Día de Muertos" } },
  { slug: "deserts", label: { en: "Deserts", ar: "الصحارى", es: "Desiertos" } },
  {
    slug: "disaster-response",
    label: { en: "Disaster response", ar: "الاستجابة للكوارث", es: "Respuesta a desastres" },
  },
  { slug: "electronics", label: { en: "Electronics", ar: "الإلكترونيات", es: "Electrónica" } },
  { slug: "embroidery", label: { en: "Embroidery", ar: "التطريز", es: "Bordado" } },
  { slug: "employment", label: { en: "Employment", ar: "التوظيف", es: "Empleo" } },
  { slug: "evacuation", label: { en: "Evacuation", ar: "الإجلاء", es: "Evacuación" } },
  {
    slug: "family-business",
    label: { en: "Family business", ar: "الأعمال العائلية", es: "Empresa familiar" },
  },
  { slug: "festivals", label: { en: "Festivals", ar: "المهرجانات", es: "Fiestas" } },
  { slug: "floods", label: { en: "Floods", ar: "الفيضانات", es: "Inundaciones" } },
  { slug: "glaciers", label: { en: "Glaciers", ar: "الأنهار الجليدية", es: "Glaciares" } },
  { slug: "glassmaking", label: { en: "Glassmaking", ar: "صناعة الزجاج", es: "Vidrio soplado" } },
  { slug: "heatwave", label: { en: "Heatwave", ar: "موجة الحر", es: "Ola de calor" } },
  { slug: "housing", label: { en: "Housing", ar: "السكن", es: "Vivienda" } },
  {
    slug: "indigenous-peoples",
    label: { en: "Indigenous peoples", ar: "الشعوب الأصلية", es: "Pueblos indígenas" },
  },
  {
    slug: "informal-economy",
    label: { en: "Informal economy", ar: "الاقتصاد غير الرسمي", es: "Economía informal" },
  },
  { slug: "infrastructure", label: { en: "Infrastructure", ar: "البنية التحتية", es: "Infraestructura" } },
  { slug: "insurance", label: { en: "Insurance", ar: "التأمين", es: "Seguros" } },
  { slug: "journalism", label: { en: "Journalism", ar: "الصحافة", es: "Periodismo" } },
  { slug: "languages", label: { en: "Languages", ar: "اللغات", es: "Idiomas" } },
  { slug: "libraries", label: { en: "Libraries", ar: "المكتبات", es: "Bibliotecas" } },
  { slug: "markets", label: { en: "Markets", ar: "الأسواق", es: "Mercados" } },
  { slug: "mining", label: { en: "Mining", ar: "التعدين", es: "Minería" } },
  { slug: "monsoon", label: { en: "Monsoon", ar: "الرياح الموسمية", es: "Monzón" } },
  { slug: "navigation", label: { en: "Navigation", ar: "الملاحة", es: "Navegación" } },
  { slug: "olives", label: { en: "Olives", ar: "الزيتون", es: "Aceituna" } },
  { slug: "photography", label: { en: "Photography", ar: "التصوير الفوتوغرافي", es: "Fotografía" } },
  { slug: "ports", label: { en: "Ports", ar: "الموانئ", es: "Puertos" } },
  { slug: "ramadan", label: { en: "Ramadan", ar: "رمضان", es: "Ramadán" } },
  { slug: "recycling", label: { en: "Recycling", ar: "إعادة التدوير", es: "Reciclaje" } },
  { slug: "remote-work", label: { en: "Remote work", ar: "العمل عن بعد", es: "Teletrabajo" } },
  { slug: "rents", label: { en: "Rents", ar: "الإيجارات", es: "Alquileres" } },
  { slug: "repair", label: { en: "Repair", ar: "التصليح", es: "Reparación" } },
  { slug: "rivers", label: { en: "Rivers", ar: "الأنهار", es: "Ríos" } },
  { slug: "rural-life", label: { en: "Rural life", ar: "الحياة الريفية", es: "Vida rural" } },
  { slug: "science", label: { en: "Science", ar: "العلوم", es: "Ciencia" } },
  { slug: "shipping", label: { en: "Shipping", ar: "الشحن البحري", es: "Transporte marítimo" } },
  {
    slug: "social-media",
    label: { en: "Social media", ar: "وسائل التواصل الاجتماعي", es: "Redes sociales" },
  },
  { slug: "solar-power", label: { en: "Solar power", ar: "الطاقة الشمسية", es: "Energía solar" } },
  { slug: "storms", label: { en: "Storms", ar: "العواصف", es: "Tormentas" } },
  { slug: "textiles", label: { en: "Textiles", ar: "المنسوجات", es: "Textiles" } },
  { slug: "tourism", label: { en: "Tourism", ar: "السياحة", es: "Turismo" } },
  { slug: "translation", label: { en: "Translation", ar: "الترجمة", es: "Traducción" } },
  { slug: "typhoons", label: { en: "Typhoons", ar: "الأعاصير", es: "Tifones" } },
  { slug: "urbanisation", label: { en: "Urbanisation", ar: "التحضر", es: "Urbanización" } },
  { slug: "wildflowers", label: { en: "Wildflowers", ar: "الأزهار البرية", es: "Flores silvestres" } },
  { slug: "women", label: { en: "Women", ar: "المرأة", es: "Mujeres" } },
  { slug: "youth", label: { en: "Youth", ar: "الشباب", es: "Juventud" } },
];

const ART_DESK = "Sahifa art desk";

/** Gallery frames and chart images are generated artwork too; the alt text says so and names the scene it stands for. */
function artwork(key: string, caption: LocalizedText, shape: "square" | "tall" = "square"): SeedMedia {
  const strip = (text: string) => text.replace(/[.。]$/u, "");
  return {
    key,
    width: 1080,
    height: shape === "square" ? 1080 : 1620,
    credit: ART_DESK,
    alt: {
      en: `Generated artwork for the scene: ${strip(caption.en)}`,
      ar: `عمل فني مولّد يمثل المشهد: ${strip(caption.ar)}`,
      es: `Ilustración generada que representa la escena: ${strip(caption.es)}`,
    },
    caption,
  };
}

/**
 * Declared descriptors for gallery frames and infograph charts (square or
 * tall, with their own alt text); lead images and video posters fall back to
 * the loader's generated illustrations named after the story.
 */
export const FEATURE_MEDIA: SeedMedia[] = [
  artwork(
    "f-ig-mena-solar-chart",
    {
      en: "Solar power in the region: key figures.",
      ar: "الطاقة الشمسية في المنطقة: أرقام أساسية.",
      es: "La energía solar en la región: cifras clave.",
    },
    "tall",
  ),
  artwork(
    "f-ig-latam-water-chart",
    {
      en: "Water in Latin America: key figures.",
      ar: "المياه في أمريكا اللاتينية: أرقام أساسية.",
      es: "El agua en América Latina: cifras clave.",
    },
    "tall",
  ),
  artwork(
    "f-ig-asia-megacities-chart",
    {
      en: "Asia's megacities: key figures.",
      ar: "المدن العملاقة في آسيا: أرقام أساسية.",
      es: "Megaciudades de Asia: cifras clave.",
    },
    "tall",
  ),
  artwork("f-gl-desert-bloom-1", {
    en: "Yellow flowers cover the slope of a sand dune at dawn.",
    ar: "أزهار صفراء تغطي سفح كثيب رملي عند الفجر.",
    es: "Flores amarillas cubren la ladera de una duna al amanecer.",
  }),
  artwork("f-gl-desert-bloom-2", {
    en: "A herder leads his flock through a valley turned green by the rain.",
    ar: "راعٍ يقود قطيعه عبر وادٍ اخضرّ بعد المطر.",
    es: "Un pastor guía su rebaño por un valle que la lluvia ha vuelto verde.",
  }),
  artwork("f-gl-desert-bloom-3", {
    en: "A family takes photographs in a carpet of purple flowers.",
    ar: "عائلة تلتقط الصور وسط بساط من الأزهار البنفسجية.",
    es: "Una familia se fotografía sobre una alfombra de flores violetas.",
  }),
  artwork("f-gl-desert-bloom-4", {
    en: "A bee on a wildflower that appears only after heavy rain.",
    ar: "نحلة على زهرة برية لا تظهر إلا بعد الأمطار الغزيرة.",
    es: "Una abeja sobre una flor silvestre que solo aparece tras lluvias intensas.",
  }),
  artwork("f-gl-desert-bloom-5", {
    en: "A temporary pool reflects the clouds in the heart of the desert.",
    ar: "غدير ماء مؤقت يعكس الغيوم في قلب الصحراء.",
    es: "Una charca temporal refleja las nubes en pleno desierto.",
  }),
  artwork("f-gl-day-of-dead-market-1", {
    en: "Mounds of marigolds at the market entrance.",
    ar: "أكوام من أزهار القطيفة عند مدخل السوق.",
    es: "Montañas de flores de cempasúchil en la entrada del mercado.",
  }),
  artwork("f-gl-day-of-dead-market-2", {
    en: "A baker places freshly baked pan de muerto in a basket.",
    ar: "خبّازة تضع «خبز الموتى» الطازج في سلة.",
    es: "Una panadera coloca pan de muerto recién horneado en una canasta.",
  }),
  artwork("f-gl-day-of-dead-market-3", {
    en: "Sugar skulls with hand-written names wait for buyers.",
    ar: "جماجم من السكر كُتبت عليها أسماء باليد تنتظر المشترين.",
    es: "Calaveras de azúcar con nombres escritos a mano esperan comprador.",
  }),
  artwork("f-gl-day-of-dead-market-4", {
    en: "Coloured papel picado hangs above a market aisle.",
    ar: "زينة ورقية ملونة مخرّمة معلقة فوق أحد ممرات السوق.",
    es: "Papel picado de colores cuelga sobre un pasillo del mercado.",
  }),
  artwork("f-gl-day-of-dead-market-5", {
    en: "A girl helps her grandmother choose candles for the family altar.",
    ar: "طفلة تساعد جدتها في اختيار الشموع لمذبح العائلة.",
    es: "Una niña ayuda a su abuela a elegir velas para el altar familiar.",
  }),
  artwork("f-gl-day-of-dead-market-6", {
    en: "At dusk, the stalls light up with candles and lanterns.",
    ar: "عند الغروب تضيء الأكشاك بالشموع والفوانيس.",
    es: "Al caer la tarde, los puestos se iluminan con velas y faroles.",
  }),
  artwork("f-gl-floating-markets-1", {
    en: "A vendor paddles a boat piled high with mangoes and rambutans.",
    ar: "بائعة تجدف بقارب محمّل بالمانجو والرامبوتان.",
    es: "Una vendedora rema en una barca cargada de mangos y rambutanes.",
  }),
  artwork("f-gl-floating-markets-2", {
    en: "Steam rises from a noodle soup cooked on a boat.",
    ar: "بخار يتصاعد من حساء نودلز يُطهى على متن قارب.",
    es: "El vapor sube de una sopa de fideos cocinada en una barca.",
  }),
  artwork("f-gl-floating-markets-3", {
    en: "Wholesalers hang samples of their goods from bamboo poles.",
    ar: "تجار جملة يعلّقون عينات من بضائعهم على أعمدة من الخيزران.",
    es: "Los mayoristas cuelgan muestras de su mercancía de varas de bambú.",
  }),
  artwork("f-gl-floating-markets-4", {
    en: "Two boats moor side by side to trade sacks of rice.",
    ar: "قاربان يرسوان جنباً إلى جنب لتبادل أكياس الأرز.",
    es: "Dos barcas amarran una junto a otra para intercambiar sacos de arroz.",
  }),
  artwork("f-gl-tatreez-workshop-1", {
    en: "Hands embroider the cypress motif in red thread on black cloth.",
    ar: "أيادٍ تطرز نقش «السرو» بخيط أحمر على قماش أسود.",
    es: "Unas manos bordan el motivo del ciprés con hilo rojo sobre tela negra.",
  }),
  artwork("f-gl-tatreez-workshop-2", {
    en: "A teacher shows a young trainee how to count stitches.",
    ar: "معلمة تشرح لمتدربة شابة طريقة عدّ الغرز.",
    es: "Una maestra enseña a una aprendiz a contar las puntadas.",
  }),
  artwork("f-gl-tatreez-workshop-3", {
    en: "Spools of coloured thread lined up on a wooden shelf in the workshop.",
    ar: "بكرات خيوط ملونة مصفوفة على رف خشبي في الورشة.",
    es: "Carretes de hilo de colores alineados en un estante de madera del taller.",
  }),
  artwork("f-gl-tatreez-workshop-4", {
    en: "An old embroidered dress the workshop keeps as a model for learners.",
    ar: "ثوب مطرز قديم تحتفظ به الورشة نموذجاً للتعلم.",
    es: "Un vestido bordado antiguo que el taller conserva como modelo para las aprendices.",
  }),
  artwork("f-gl-tatreez-workshop-5", {
    en: "A notebook where trainees draw the patterns on squared paper before sewing them.",
    ar: "دفتر رسمت فيه المتدربات النقوش بالمربعات قبل تطريزها.",
    es: "Un cuaderno donde las aprendices dibujan los motivos en papel cuadriculado antes de bordarlos.",
  }),
];
