import type { NamespaceFor } from "../../resource-types.ts";
import type { live as english } from "../en/live.ts";

export const live: NamespaceFor<typeof english, "ar"> = {
  title: "تغطية مباشرة",
  badge: "مباشر",
  updatedJustNow: "حُدّث الآن",
  updatedMinutesAgo_zero: "آخر تحديث قبل أقل من دقيقة",
  updatedMinutesAgo_one: "آخر تحديث قبل دقيقة",
  updatedMinutesAgo_two: "آخر تحديث قبل دقيقتين",
  updatedMinutesAgo_few: "آخر تحديث قبل {{count, number}} دقائق",
  updatedMinutesAgo_many: "آخر تحديث قبل {{count, number}} دقيقة",
  updatedMinutesAgo_other: "آخر تحديث قبل {{count, number}} دقيقة",
  newUpdates_zero: "لا تحديثات جديدة",
  newUpdates_one: "تحديث جديد واحد",
  newUpdates_two: "تحديثان جديدان",
  newUpdates_few: "{{count, number}} تحديثات جديدة",
  newUpdates_many: "{{count, number}} تحديثاً جديداً",
  newUpdates_other: "{{count, number}} تحديث جديد",
  showNewUpdates: "اعرض التحديثات الجديدة",
  noUpdates: "لا تحديثات بعد. تتحدّث هذه الصفحة تلقائياً.",
  reconnecting: "انقطع الاتصال. جارٍ إعادة الاتصال…",
  reconnected: "عاد الاتصال",
  offline: "توقفت التحديثات المباشرة. أعد تحميل الصفحة لمتابعة آخر المستجدات.",
  ended: "انتهت هذه التغطية المباشرة.",
};
