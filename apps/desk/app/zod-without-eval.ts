import { z } from "zod";

/*
 * The desk's Content-Security-Policy allows no eval: zod's compiled parsers would be refused,
 * and even its probe for them reports a violation on every page, so it interprets instead.
 */
z.config({ jitless: true });
