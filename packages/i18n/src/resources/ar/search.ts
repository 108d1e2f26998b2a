import type { NamespaceFor } from "../../resource-types.ts";
import type { search as english } from "../en/search.ts";

export const search: NamespaceFor<typeof english, "ar"> = {
  title: "بحث",
  label: "ابحث في صحيفة",
  placeholder: "ابحث عن أخبار وموضوعات وأماكن…",
  submit: "بحث",
  results_zero: "لا توجد نتائج",
  results_one: "نتيجة واحدة",
  results_two: "نتيجتان",
  results_few: "{{count, number}} نتائج",
  results_many: "{{count, number}} نتيجة",
  results_other: "{{count, number}} نتيجة",
  resultsFor: "نتائج البحث عن «{{query}}»",
  noResults: "لا توجد نتائج عن «{{query}}».",
  noResultsHint: "تحقق من الإملاء، أو جرّب كلمات أقل، أو أزل أحد المرشحات.",
  emptyQuery: "اكتب كلمة أو عبارة للبحث.",
  invalidQuery: "لا يحتوي بحثك على كلمات يمكن البحث عنها. جرّب حروفاً أو أرقاماً.",
  queryTooLong: "بحثك طويل جداً؛ الحد الأقصى لعدد الأحرف {{max, number}}.",
  moreResults: "مزيد من النتائج",
  previousResults: "النتائج السابقة",
  firstResults: "أولى النتائج",
  pagination: "صفحات النتائج",
  filters: {
    label: "تصفية النتائج",
    section: "القسم",
    region: "المنطقة",
    kind: "النوع",
    any: "الكل",
    apply: "تطبيق",
    clear: "إزالة المرشحات",
  },
};
