import type { NamespaceFor } from "../../resource-types.ts";
import type { common as english } from "../en/common.ts";
import { regionLabels, sectionLabels } from "../taxonomy-labels.ts";

export const common: NamespaceFor<typeof english, "ar"> = {
  brand: "صحيفة",
  tagline: "أخبار العالم بثلاث لغات",
  previewBanner: "معاينة: هذه النسخة غير منشورة، ولن يراها القرّاء حتى ينشرها محرّر.",
  skipLink: "انتقل إلى المحتوى الرئيسي",
  editionSwitcher: {
    label: "النسخة",
    current: "النسخة الحالية",
    switchTo: "اقرأ هذه الصفحة في نسخة {{language}}",
  },
  search: {
    open: "بحث",
    close: "إغلاق البحث",
  },
  menu: {
    open: "القائمة",
    close: "إغلاق القائمة",
  },
  close: "إغلاق",
  nav: {
    mainLabel: "التصفح الرئيسي",
    regionsLabel: "المناطق",
    home: "الرئيسية",
    sections: sectionLabels("ar"),
    regions: regionLabels("ar"),
  },
  live: "مباشر",
  liveNow: "مباشر الآن",
  breaking: "عاجل",
  breakingTickerLabel: "أخبار عاجلة",
  pagination: {
    label: "التنقل بين الصفحات",
    next: "التالي",
    previous: "السابق",
    page: "الصفحة {{page, number}}",
  },
  pages: {
    latest: "الأحدث",
    section: "القسم",
    region: "المنطقة",
    tag: "الوسم",
    author: "الكاتب",
    authors: "الكتّاب",
    dossier: "تغطية خاصة",
    moreIn: "المزيد من {{name}}",
    empty: "لم يُنشر شيء هنا بعد.",
  },
  loading: "جارٍ التحميل…",
};
