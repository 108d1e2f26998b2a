import type { SeedAuthor } from "../seed-types.ts";

/** Fictional reporters and editors of the demo newsroom, plus the desk byline. */
export const DEMO_AUTHORS: SeedAuthor[] = [
  {
    slug: "sahifa-staff",
    isDesk: true,
    name: { en: "Sahifa Staff", ar: "فريق صحيفة", es: "Redacción Sahifa" },
    bio: {
      en: "Reporting by the Sahifa newsroom, compiled by the duty editors.",
      ar: "تغطية من غرفة أخبار صحيفة، يعدّها المحررون المناوبون.",
      es: "Información de la redacción de Sahifa, elaborada por los editores de guardia.",
    },
  },
  {
    slug: "layla-haddad",
    name: { en: "Layla Haddad", ar: "ليلى حداد", es: "Layla Haddad" },
    bio: {
      en: "Politics correspondent covering North Africa from Tunis.",
      ar: "مراسلة الشؤون السياسية في شمال أفريقيا، مقيمة في تونس.",
      es: "Corresponsal de política para el norte de África, con base en Túnez.",
    },
  },
  {
    slug: "omar-benali",
    name: { en: "Omar Benali", ar: "عمر بن علي", es: "Omar Benali" },
    bio: {
      en: "Economy editor; writes about trade, ports and the cost of living.",
      ar: "محرر الشؤون الاقتصادية، يكتب عن التجارة والموانئ وغلاء المعيشة.",
      es: "Editor de economía; escribe sobre comercio, puertos y coste de la vida.",
    },
  },
  {
    slug: "lucia-ferreyra",
    name: { en: "Lucía Ferreyra", ar: "لوسيا فيريرا", es: "Lucía Ferreyra" },
    bio: {
      en: "Latin America correspondent based in Quito.",
      ar: "مراسلة أمريكا اللاتينية، مقيمة في كيتو.",
      es: "Corresponsal para América Latina con base en Quito.",
    },
  },
  {
    slug: "daniel-okafor",
    name: { en: "Daniel Okafor", ar: "دانيال أوكافور", es: "Daniel Okafor" },
    bio: {
      en: "Science, health and environment reporter.",
      ar: "صحفي متخصص في العلوم والصحة والبيئة.",
      es: "Periodista de ciencia, salud y medio ambiente.",
    },
  },
  {
    slug: "mariam-yousef",
    name: { en: "Mariam Yousef", ar: "مريم يوسف", es: "Mariam Yousef" },
    bio: {
      en: "Culture writer covering books, music and film across the Arab world.",
      ar: "كاتبة في الشؤون الثقافية، تغطي الكتب والموسيقى والسينما في العالم العربي.",
      es: "Redactora de cultura: libros, música y cine en el mundo árabe.",
    },
  },
  {
    slug: "kenji-arai",
    name: { en: "Kenji Arai", ar: "كينجي أراي", es: "Kenji Arai" },
    bio: {
      en: "Technology reporter following networks, chips and digital rights in Asia.",
      ar: "صحفي تكنولوجيا يتابع الشبكات والرقائق والحقوق الرقمية في آسيا.",
      es: "Periodista de tecnología: redes, chips y derechos digitales en Asia.",
    },
  },
  {
    slug: "sofia-marquez",
    name: { en: "Sofía Márquez", ar: "صوفيا ماركيز", es: "Sofía Márquez" },
    bio: {
      en: "Sports editor; football, athletics and the business of sport.",
      ar: "محررة الرياضة؛ كرة القدم وألعاب القوى واقتصاد الرياضة.",
      es: "Editora de deportes: fútbol, atletismo y el negocio del deporte.",
    },
  },
  {
    slug: "youssef-amrani",
    name: { en: "Youssef Amrani", ar: "يوسف العمراني", es: "Youssef Amrani" },
    bio: {
      en: "Correspondent in Ramallah covering daily life and institutions.",
      ar: "مراسل في رام الله يغطي الحياة اليومية والمؤسسات.",
      es: "Corresponsal en Ramala; cubre la vida cotidiana y las instituciones.",
    },
  },
  {
    slug: "claire-dubois",
    name: { en: "Claire Dubois", ar: "كلير دوبوا", es: "Claire Dubois" },
    bio: {
      en: "Europe correspondent based in Brussels.",
      ar: "مراسلة الشؤون الأوروبية، مقيمة في بروكسل.",
      es: "Corresponsal para Europa con base en Bruselas.",
    },
  },
];
