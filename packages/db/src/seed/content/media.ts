import type { LocalizedText } from "@sahifa/domain/taxonomy";
import type { SeedMedia } from "../seed-types.ts";

/**
 * The demo's image library. Every file is generated abstract artwork
 * (src/seed/artwork.ts), so alt text says so honestly and names what the
 * artwork stands for; captions read like a news caption.
 */

const CREDIT = "Sahifa art desk";

function illustration(
  key: string,
  subject: LocalizedText,
  caption: LocalizedText,
  square = false,
): SeedMedia {
  return {
    key,
    width: square ? 1080 : 1200,
    height: square ? 1080 : 675,
    credit: CREDIT,
    alt: {
      en: `Abstract artwork of circles and arcs standing for ${subject.en}`,
      ar: `عمل فني تجريدي من دوائر وأقواس يرمز إلى ${subject.ar}`,
      es: `Obra abstracta de círculos y arcos que representa ${subject.es}`,
    },
    caption,
  };
}

export const DEMO_MEDIA: SeedMedia[] = [
  illustration(
    "lead-tunis-municipal-vote",
    { en: "a polling station in Tunis", ar: "مركز اقتراع في تونس", es: "un colegio electoral en Túnez" },
    {
      en: "Voters queue outside a school used as a polling station in central Tunis.",
      ar: "ناخبون يصطفون أمام مدرسة تحولت إلى مركز اقتراع وسط تونس العاصمة.",
      es: "Votantes hacen cola ante una escuela convertida en colegio electoral en el centro de Túnez.",
    },
  ),
  illustration(
    "lead-quito-assembly-water-law",
    {
      en: "water flowing from the Andes",
      ar: "مياه تنحدر من جبال الأنديز",
      es: "el agua que baja de los Andes",
    },
    {
      en: "Irrigation channels carry meltwater from the Andes to farms below Quito.",
      ar: "قنوات ري تنقل مياه الذوبان من جبال الأنديز إلى المزارع أسفل كيتو.",
      es: "Acequias llevan el agua de deshielo de los Andes a las fincas bajo Quito.",
    },
  ),
  illustration(
    "lead-brussels-rail-pact",
    {
      en: "a night train crossing Europe",
      ar: "قطار ليلي يعبر أوروبا",
      es: "un tren nocturno que cruza Europa",
    },
    {
      en: "Night trains could link a dozen European capitals under the proposed pact.",
      ar: "قد تربط القطارات الليلية نحو اثنتي عشرة عاصمة أوروبية بموجب الاتفاق المقترح.",
      es: "Los trenes nocturnos podrían unir una docena de capitales europeas con el pacto propuesto.",
    },
  ),
  illustration(
    "lead-pacific-forum-sea-level",
    {
      en: "rising seas around a Pacific atoll",
      ar: "ارتفاع البحر حول جزيرة مرجانية في المحيط الهادئ",
      es: "el mar que sube alrededor de un atolón del Pacífico",
    },
    {
      en: "Low-lying atolls are among the first places to feel the rise in sea level.",
      ar: "الجزر المرجانية المنخفضة من أول الأماكن التي تشعر بارتفاع منسوب البحر.",
      es: "Los atolones bajos están entre los primeros lugares en notar la subida del mar.",
    },
  ),
  illustration(
    "lead-ramallah-municipal-budget",
    {
      en: "a council chamber in Ramallah",
      ar: "قاعة المجلس البلدي في رام الله",
      es: "el salón del concejo de Ramala",
    },
    {
      en: "Councillors debated the budget line by line for seven hours.",
      ar: "ناقش أعضاء المجلس الموازنة بنداً بنداً على مدى سبع ساعات.",
      es: "Los concejales debatieron el presupuesto partida por partida durante siete horas.",
    },
  ),
  illustration(
    "lead-casablanca-port-expansion",
    {
      en: "cranes at the port of Casablanca",
      ar: "رافعات ميناء الدار البيضاء",
      es: "las grúas del puerto de Casablanca",
    },
    {
      en: "The new terminal adds capacity for about a million containers a year.",
      ar: "تضيف المحطة الجديدة طاقة استيعابية تقارب مليون حاوية سنوياً.",
      es: "La nueva terminal añade capacidad para cerca de un millón de contenedores al año.",
    },
  ),
  illustration(
    "inline-casablanca-cranes",
    { en: "ship-to-shore cranes", ar: "رافعات الشحن على الرصيف", es: "grúas de muelle" },
    {
      en: "Electric ship-to-shore cranes were delivered in the spring.",
      ar: "وصلت رافعات الشحن الكهربائية إلى الرصيف في الربيع.",
      es: "Las grúas eléctricas de muelle llegaron en primavera.",
    },
  ),
  illustration(
    "lead-bread-prices-cairo",
    { en: "a bakery in Cairo", ar: "مخبز في القاهرة", es: "una panadería de El Cairo" },
    {
      en: "Subsidised loaves remain the staple of millions of households.",
      ar: "لا يزال الرغيف المدعم القوت الأساسي لملايين الأسر.",
      es: "El pan subvencionado sigue siendo la base de millones de hogares.",
    },
  ),
  illustration(
    "lead-santiago-copper-cooperatives",
    {
      en: "a copper mine in the Atacama",
      ar: "منجم نحاس في صحراء أتاكاما",
      es: "una mina de cobre en Atacama",
    },
    {
      en: "Small cooperative mines produce a modest but steady share of Chile's copper.",
      ar: "تنتج المناجم التعاونية الصغيرة حصة متواضعة لكنها ثابتة من نحاس تشيلي.",
      es: "Las pequeñas minas cooperativas aportan una parte modesta pero constante del cobre chileno.",
    },
  ),
  illustration(
    "lead-canada-grocery-rebate",
    { en: "a grocery basket in Canada", ar: "سلة مشتريات في كندا", es: "una cesta de la compra en Canadá" },
    {
      en: "Food prices have risen faster than wages for two years.",
      ar: "ارتفعت أسعار الغذاء أسرع من الأجور لعامين متتاليين.",
      es: "Los precios de los alimentos han crecido más que los salarios durante dos años.",
    },
  ),
  illustration(
    "lead-nairobi-marathon-record",
    {
      en: "runners on a Nairobi road",
      ar: "عدّاؤون على طريق في نيروبي",
      es: "corredores en una avenida de Nairobi",
    },
    {
      en: "The leading group passes the halfway mark at a record pace.",
      ar: "مجموعة المقدمة تجتاز منتصف السباق بوتيرة قياسية.",
      es: "El grupo de cabeza pasa por la media maratón a ritmo de récord.",
    },
  ),
  illustration(
    "inline-marathon-finish",
    { en: "a finish line", ar: "خط النهاية", es: "la línea de meta" },
    {
      en: "Volunteers at the finish handed out 18,000 medals.",
      ar: "وزّع المتطوعون عند خط النهاية 18 ألف ميدالية.",
      es: "Los voluntarios de la meta repartieron 18.000 medallas.",
    },
  ),
  illustration(
    "lead-women-football-league-amman",
    {
      en: "a women's football match in Amman",
      ar: "مباراة كرة قدم نسائية في عمّان",
      es: "un partido de fútbol femenino en Amán",
    },
    {
      en: "Crowds at women's league matches have tripled in two seasons.",
      ar: "تضاعف عدد جمهور مباريات الدوري النسائي ثلاث مرات خلال موسمين.",
      es: "El público de la liga femenina se ha triplicado en dos temporadas.",
    },
  ),
  illustration(
    "lead-quito-altitude-football",
    {
      en: "a stadium high in the Andes",
      ar: "ملعب في أعالي جبال الأنديز",
      es: "un estadio en lo alto de los Andes",
    },
    {
      en: "At 2,850 metres, visiting teams tire quickly in Quito.",
      ar: "على ارتفاع 2850 متراً، تتعب الفرق الزائرة سريعاً في كيتو.",
      es: "A 2.850 metros, los equipos visitantes se cansan pronto en Quito.",
    },
  ),
  illustration(
    "lead-jakarta-badminton",
    {
      en: "a badminton hall in Jakarta",
      ar: "صالة ريشة طائرة في جاكرتا",
      es: "un pabellón de bádminton en Yakarta",
    },
    {
      en: "Neighbourhood clubs have fed the national team for decades.",
      ar: "رفدت أندية الأحياء المنتخب الوطني باللاعبين لعقود.",
      es: "Los clubes de barrio nutren a la selección desde hace décadas.",
    },
  ),
  illustration(
    "lead-fez-manuscripts-digitised",
    { en: "old manuscripts in Fez", ar: "مخطوطات قديمة في فاس", es: "manuscritos antiguos en Fez" },
    {
      en: "Each page is photographed under cold light to protect the ink.",
      ar: "تُصوَّر كل صفحة تحت ضوء بارد لحماية الحبر.",
      es: "Cada página se fotografía con luz fría para proteger la tinta.",
    },
  ),
  illustration(
    "inline-fez-reading-room",
    { en: "a manuscript reading room", ar: "قاعة قراءة المخطوطات", es: "una sala de lectura de manuscritos" },
    {
      en: "The reading room reopened to researchers after the scanning work.",
      ar: "أعيد فتح قاعة القراءة للباحثين بعد انتهاء أعمال المسح.",
      es: "La sala de lectura reabrió a los investigadores tras el escaneo.",
    },
  ),
  illustration(
    "lead-dakar-biennale",
    { en: "an art biennale in Dakar", ar: "بينالي الفن في داكار", es: "la bienal de arte de Dakar" },
    {
      en: "Installations fill former warehouses near the port.",
      ar: "أعمال تركيبية تملأ مستودعات قديمة قرب الميناء.",
      es: "Las instalaciones ocupan antiguos almacenes junto al puerto.",
    },
  ),
  illustration(
    "lead-mexico-city-book-fair",
    {
      en: "a book fair in Mexico City",
      ar: "معرض للكتاب في مكسيكو سيتي",
      es: "una feria del libro en Ciudad de México",
    },
    {
      en: "Publishers from 40 countries took stands at this year's fair.",
      ar: "شارك ناشرون من 40 دولة في معرض هذا العام.",
      es: "Editoriales de 40 países instalaron casetas en la feria de este año.",
    },
  ),
  illustration(
    "lead-beirut-cinema-restored",
    { en: "a restored cinema in Beirut", ar: "سينما مرممة في بيروت", es: "un cine restaurado en Beirut" },
    {
      en: "The hall's original seats were rebuilt by local carpenters.",
      ar: "أعاد نجارون محليون صنع مقاعد القاعة الأصلية.",
      es: "Carpinteros locales reconstruyeron las butacas originales de la sala.",
    },
  ),
  illustration(
    "lead-heatwave-clinics-delhi",
    {
      en: "a cooling clinic during a heatwave",
      ar: "عيادة تبريد خلال موجة حر",
      es: "una clínica de refrigeración durante una ola de calor",
    },
    {
      en: "Cooling centres opened in schools and community halls.",
      ar: "فُتحت مراكز تبريد في المدارس وقاعات الأحياء.",
      es: "Se abrieron centros de refrigeración en escuelas y salones comunitarios.",
    },
  ),
  illustration(
    "inline-heat-clinic",
    { en: "water and shade", ar: "الماء والظل", es: "el agua y la sombra" },
    {
      en: "Nurses hand out oral rehydration salts at a roadside stand.",
      ar: "ممرضات يوزعن أملاح الإرواء الفموي عند كشك على الطريق.",
      es: "Enfermeras reparten sales de rehidratación oral en un puesto junto a la carretera.",
    },
  ),
  illustration(
    "lead-kenya-measles-drive",
    {
      en: "a vaccination day in a Kenyan village",
      ar: "يوم تطعيم في قرية كينية",
      es: "una jornada de vacunación en una aldea de Kenia",
    },
    {
      en: "Health workers travelled by motorbike to reach remote homesteads.",
      ar: "تنقّل العاملون الصحيون بالدراجات النارية للوصول إلى المنازل النائية.",
      es: "Los sanitarios viajaron en moto para llegar a las casas más remotas.",
    },
  ),
  illustration(
    "lead-mobile-eye-clinics",
    { en: "a mobile eye clinic", ar: "عيادة عيون متنقلة", es: "una clínica oftalmológica móvil" },
    {
      en: "The converted bus carries a full set of eye-testing equipment.",
      ar: "تحمل الحافلة المعدّلة مجموعة كاملة من أجهزة فحص النظر.",
      es: "El autobús adaptado lleva un equipo completo para revisar la vista.",
    },
  ),
  illustration(
    "lead-madrid-night-shift-sleep-study",
    { en: "a hospital corridor at night", ar: "ممر مستشفى ليلاً", es: "un pasillo de hospital de noche" },
    {
      en: "Night-shift workers slept on average 90 minutes less than day workers.",
      ar: "نام عمال المناوبات الليلية في المتوسط أقل بتسعين دقيقة من عمال النهار.",
      es: "Los trabajadores nocturnos durmieron de media 90 minutos menos que los de día.",
    },
  ),
  illustration(
    "lead-library-book-returned",
    {
      en: "a library book returned after decades",
      ar: "كتاب مكتبة أعيد بعد عقود",
      es: "un libro de biblioteca devuelto décadas después",
    },
    {
      en: "The book came back with its original lending card still inside.",
      ar: "عاد الكتاب وبطاقة الإعارة الأصلية لا تزال بداخله.",
      es: "El libro volvió con su ficha de préstamo original dentro.",
    },
  ),
  illustration(
    "lead-date-harvest-festival",
    { en: "a date harvest festival", ar: "مهرجان جني التمور", es: "una fiesta de la cosecha de dátiles" },
    {
      en: "Growers bring more than 60 varieties of dates to the festival.",
      ar: "يحمل المزارعون أكثر من ستين صنفاً من التمور إلى المهرجان.",
      es: "Los productores llevan más de 60 variedades de dátiles a la fiesta.",
    },
  ),
  illustration(
    "lead-valparaiso-funicular",
    {
      en: "a funicular on a Valparaíso hill",
      ar: "مصعد جبلي على تلال فالبارايسو",
      es: "un ascensor en un cerro de Valparaíso",
    },
    {
      en: "The funicular climbs 40 metres in under a minute.",
      ar: "يصعد المصعد أربعين متراً في أقل من دقيقة.",
      es: "El ascensor sube 40 metros en menos de un minuto.",
    },
  ),
  illustration(
    "lead-vancouver-urban-beekeepers",
    {
      en: "beehives on a city rooftop",
      ar: "خلايا نحل على سطح مبنى في المدينة",
      es: "colmenas en una azotea de la ciudad",
    },
    {
      en: "Rooftop hives now number in the hundreds across the city.",
      ar: "بات عدد خلايا النحل على الأسطح بالمئات في أنحاء المدينة.",
      es: "Las colmenas en azoteas ya se cuentan por cientos en la ciudad.",
    },
  ),
  illustration(
    "lead-rural-internet-andes",
    {
      en: "a satellite dish at a mountain school",
      ar: "طبق لاقط في مدرسة جبلية",
      es: "una antena parabólica en una escuela de montaña",
    },
    {
      en: "Teachers say lessons changed within weeks of the connection.",
      ar: "يقول المعلمون إن الدروس تغيرت خلال أسابيع من وصول الاتصال.",
      es: "Los maestros dicen que las clases cambiaron a las pocas semanas de la conexión.",
    },
  ),
  illustration(
    "inline-andes-antenna",
    {
      en: "an antenna on a school roof",
      ar: "هوائي فوق سطح مدرسة",
      es: "una antena en el tejado de una escuela",
    },
    {
      en: "Solar panels keep the terminal running through power cuts.",
      ar: "تُبقي الألواح الشمسية الجهاز عاملاً أثناء انقطاع الكهرباء.",
      es: "Los paneles solares mantienen el terminal en marcha durante los cortes de luz.",
    },
  ),
  illustration(
    "lead-arabic-language-models",
    { en: "Arabic script and data", ar: "الحرف العربي والبيانات", es: "la escritura árabe y los datos" },
    {
      en: "Dialects remain the hardest test for Arabic language software.",
      ar: "تبقى اللهجات الاختبار الأصعب لبرمجيات اللغة العربية.",
      es: "Los dialectos siguen siendo la prueba más difícil para el software en árabe.",
    },
  ),
  illustration(
    "lead-tokyo-chip-plant",
    {
      en: "a semiconductor clean room",
      ar: "غرفة نظيفة لتصنيع أشباه الموصلات",
      es: "una sala blanca de semiconductores",
    },
    {
      en: "The plant will make chips for cars and industrial machines.",
      ar: "سيصنع المصنع رقائق للسيارات والآلات الصناعية.",
      es: "La planta fabricará chips para coches y maquinaria industrial.",
    },
  ),
  illustration(
    "lead-lagos-fintech-outage",
    { en: "mobile payments in Lagos", ar: "الدفع عبر الهاتف في لاغوس", es: "los pagos móviles en Lagos" },
    {
      en: "Market traders switched back to cash during the outage.",
      ar: "عاد تجار الأسواق إلى النقد خلال فترة الانقطاع.",
      es: "Los comerciantes del mercado volvieron al efectivo durante la caída.",
    },
  ),
  illustration(
    "lead-mangroves-return-gulf",
    {
      en: "mangroves on a Gulf shore",
      ar: "أشجار المانغروف على ساحل الخليج",
      es: "manglares en una costa del Golfo",
    },
    {
      en: "Young mangroves take root in a sheltered lagoon.",
      ar: "شتلات مانغروف فتية تضرب جذورها في بحيرة محمية.",
      es: "Manglares jóvenes echan raíces en una laguna resguardada.",
    },
  ),
  illustration(
    "lead-mediterranean-seagrass",
    {
      en: "seagrass meadows in the Mediterranean",
      ar: "مروج الأعشاب البحرية في المتوسط",
      es: "las praderas de posidonia del Mediterráneo",
    },
    {
      en: "Posidonia meadows shelter hundreds of species.",
      ar: "تؤوي مروج البوسيدونيا مئات الأنواع.",
      es: "Las praderas de posidonia dan refugio a cientos de especies.",
    },
  ),
  illustration(
    "inline-seagrass-diver",
    {
      en: "a diver surveying seagrass",
      ar: "غواص يمسح الأعشاب البحرية",
      es: "un buceador que mide la posidonia",
    },
    {
      en: "Volunteer divers measure the meadows every spring.",
      ar: "يقيس غواصون متطوعون المروج كل ربيع.",
      es: "Buceadores voluntarios miden las praderas cada primavera.",
    },
  ),
  illustration(
    "lead-atoll-desalination",
    {
      en: "a solar desalination plant on an atoll",
      ar: "محطة تحلية تعمل بالطاقة الشمسية على جزيرة مرجانية",
      es: "una desaladora solar en un atolón",
    },
    {
      en: "The plant supplies drinking water to about 2,000 islanders.",
      ar: "تزوّد المحطة نحو ألفين من سكان الجزيرة بمياه الشرب.",
      es: "La planta abastece de agua potable a unos 2.000 isleños.",
    },
  ),
  illustration(
    "lead-great-lakes-ice",
    {
      en: "thin ice on the Great Lakes",
      ar: "جليد رقيق على البحيرات العظمى",
      es: "hielo fino en los Grandes Lagos",
    },
    {
      en: "Ice fishing huts stayed on shore for most of the winter.",
      ar: "بقيت أكواخ الصيد على الجليد على الشاطئ معظم الشتاء.",
      es: "Las cabañas de pesca en hielo se quedaron en la orilla casi todo el invierno.",
    },
  ),
];
