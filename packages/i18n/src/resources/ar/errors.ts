import type { NamespaceFor } from "../../resource-types.ts";
import type { errors as english } from "../en/errors.ts";

export const errors: NamespaceFor<typeof english, "ar"> = {
  notFound: {
    title: "الصفحة غير موجودة",
    text: "الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى عنوان آخر.",
    home: "العودة إلى الصفحة الرئيسية",
  },
  notInEdition: {
    title: "غير متوفر في هذه النسخة",
    text: "لم يُنشر هذا المقال باللغة العربية.",
    readIn: "اقرأه في نسخة {{language}}",
  },
  serverError: {
    title: "حدث خطأ ما",
    text: "تعذّر عرض هذه الصفحة. يُرجى المحاولة مجدداً بعد قليل.",
    retry: "أعد المحاولة",
  },
  badRequest: {
    title: "طلب غير صالح",
    text: "تعذّر فهم العنوان أو البيانات المرسلة.",
  },
};
