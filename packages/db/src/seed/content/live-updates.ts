import type { SeedLiveUpdate } from "../seed-types.ts";

/*
 * The demo live story's updates in each of its editions: the same storm, told
 * by each desk in its own language. Our own writing; places, figures and people are
 * fictional. Oldest first: the seed inserts them in this order, so ids follow time.
 */

const STORY = "f-lv-mediterranean-storm";

type Update = Omit<SeedLiveUpdate, "article" | "locale">;

const ENGLISH: Update[] = [
  {
    minutesAgo: 55,
    title: "Red alert extended",
    body: "The regional weather service has extended its red alert to three more coastal districts until midnight. Residents are asked to avoid all but essential journeys.",
  },
  {
    minutesAgo: 47,
    title: "Ferries stay in port",
    body: "The coastguard says every crossing to the islands remains suspended. About 2,000 passengers are waiting at the mainland terminals, where volunteers are handing out water and blankets.\n\nThe ferry companies say tickets will be valid on any sailing this week.",
  },
  {
    minutesAgo: 38,
    body: "A gust of 112 km/h was measured at the weather station of the main island's airport. Several trees have come down on the coast road, which police have closed in both directions.",
  },
  {
    minutesAgo: 29,
    title: "18,000 homes without power",
    body: "The grid operator says about 18,000 homes are without electricity on the islands and along the southern coast. Repair crews will go out once the wind drops below 70 km/h.",
  },
  {
    minutesAgo: 21,
    body: "A stream has burst its banks near the harbour of the largest island. Firefighters used inflatable boats to bring 40 people out of ground-floor flats. Nobody was hurt, the fire service said.",
  },
  {
    minutesAgo: 12,
    title: "Schools closed tomorrow too",
    body: "The mayors of the coastal districts have announced that schools will stay closed tomorrow. Shelters in sports halls will remain open overnight, with hot meals served from 8 pm.",
  },
  {
    minutesAgo: 4,
    title: "Storm turning south-east",
    body: "Forecasters say the centre of the storm is now moving slowly south-east and losing strength. Heavy rain is still expected for at least six hours, so the flood warnings stay in place.",
  },
];

const SPANISH: Update[] = [
  {
    minutesAgo: 55,
    title: "Se amplía la alerta roja",
    body: "El servicio meteorológico regional ha ampliado la alerta roja a otros tres distritos costeros hasta la medianoche. Se pide a los vecinos que solo hagan desplazamientos imprescindibles.",
  },
  {
    minutesAgo: 47,
    title: "Los ferris siguen amarrados",
    body: "Guardacostas confirma que siguen suspendidas todas las travesías a las islas. Unos 2.000 pasajeros esperan en las terminales del continente, donde los voluntarios reparten agua y mantas.\n\nLas navieras aseguran que los billetes servirán para cualquier salida de esta semana.",
  },
  {
    minutesAgo: 38,
    body: "La estación meteorológica del aeropuerto de la isla principal ha registrado una racha de 112 km/h. Varios árboles han caído sobre la carretera de la costa, que la policía ha cortado en ambos sentidos.",
  },
  {
    minutesAgo: 29,
    title: "18.000 hogares sin luz",
    body: "La compañía eléctrica calcula que unos 18.000 hogares se han quedado sin suministro en las islas y en la costa sur. Las cuadrillas saldrán a reparar las averías cuando el viento baje de 70 km/h.",
  },
  {
    minutesAgo: 21,
    body: "Un arroyo se ha desbordado junto al puerto de la isla más grande. Los bomberos han sacado en lanchas neumáticas a 40 personas de pisos bajos. No hay heridos, según el servicio de bomberos.",
  },
  {
    minutesAgo: 12,
    title: "Mañana tampoco habrá clase",
    body: "Los alcaldes de los distritos costeros han anunciado que los colegios seguirán cerrados mañana. Los refugios de los polideportivos permanecerán abiertos esta noche y servirán cenas calientes a partir de las 20.00.",
  },
  {
    minutesAgo: 4,
    title: "La tormenta gira hacia el sureste",
    body: "Los meteorólogos indican que el centro de la tormenta avanza despacio hacia el sureste y pierde fuerza. Aun así, se esperan lluvias intensas durante al menos seis horas más, por lo que se mantienen los avisos por inundaciones.",
  },
];

const ARABIC: Update[] = [
  {
    minutesAgo: 55,
    title: "تمديد الإنذار الأحمر",
    body: "مددت هيئة الأرصاد الإقليمية الإنذار الأحمر ليشمل ثلاث مناطق ساحلية أخرى حتى منتصف الليل، ودعت السكان إلى الاقتصار على التنقلات الضرورية.",
  },
  {
    minutesAgo: 47,
    title: "العبّارات باقية في الموانئ",
    body: "قال خفر السواحل إن جميع رحلات العبّارات إلى الجزر لا تزال معلقة. وينتظر نحو ألفي مسافر في محطات البر الرئيسي، حيث يوزع متطوعون المياه والبطانيات.\n\nوأكدت شركات النقل البحري أن التذاكر صالحة لأي رحلة خلال هذا الأسبوع.",
  },
  {
    minutesAgo: 38,
    body: "سجلت محطة الأرصاد في مطار الجزيرة الرئيسية هبة رياح بلغت سرعتها 112 كيلومتراً في الساعة. وسقطت أشجار عدة على الطريق الساحلي الذي أغلقته الشرطة في الاتجاهين.",
  },
  {
    minutesAgo: 29,
    title: "18 ألف منزل بلا كهرباء",
    body: "أفادت شركة الكهرباء بأن نحو 18 ألف منزل في الجزر وعلى الساحل الجنوبي انقطعت عنها الكهرباء. وستبدأ فرق الصيانة عملها حين تنخفض سرعة الرياح إلى ما دون 70 كيلومتراً في الساعة.",
  },
  {
    minutesAgo: 21,
    body: "فاض جدول مائي قرب ميناء كبرى الجزر، وأجلى رجال الإطفاء بقوارب مطاطية 40 شخصاً من شقق في الطوابق الأرضية. ولم يُصب أحد بأذى بحسب جهاز الإطفاء.",
  },
  {
    minutesAgo: 12,
    title: "المدارس مغلقة غداً أيضاً",
    body: "أعلن رؤساء بلديات المناطق الساحلية أن المدارس ستبقى مغلقة غداً. وستظل مراكز الإيواء في الصالات الرياضية مفتوحة طوال الليل، مع وجبات ساخنة ابتداءً من الساعة الثامنة مساءً.",
  },
  {
    minutesAgo: 4,
    title: "العاصفة تتجه نحو الجنوب الشرقي",
    body: "يقول خبراء الأرصاد إن مركز العاصفة يتحرك ببطء نحو الجنوب الشرقي وتضعف قوته. غير أن الأمطار الغزيرة ستستمر ست ساعات أخرى على الأقل، ولذلك تبقى تحذيرات الفيضانات سارية.",
  },
];

export const DEMO_LIVE_UPDATES: SeedLiveUpdate[] = [
  ...ENGLISH.map((update) => ({ ...update, article: STORY, locale: "en" as const })),
  ...SPANISH.map((update) => ({ ...update, article: STORY, locale: "es" as const })),
  ...ARABIC.map((update) => ({ ...update, article: STORY, locale: "ar" as const })),
];
