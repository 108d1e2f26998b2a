import { builder } from "../builder.ts";

builder.queryType({
  description:
    "Reader queries. Root fields take an optional `locale`; without it the Accept-Language header decides, else English. Nested objects answer in their parent's locale, and an edition only ever shows content published in its own language.",
});
