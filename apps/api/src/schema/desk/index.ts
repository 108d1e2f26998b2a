// The desk's schema modules; imported once by ../index.ts.
import "./desk-errors.schema.ts";
import "./revision-types.schema.ts";
import "./desk-translation.schema.ts";
import "./desk-session.schema.ts";
import "./desk-article.schema.ts";
import "./revision.schema.ts";
import "./translation-queue.schema.ts";
import "./taxonomy-desk.schema.ts";
import "./breaking-desk.schema.ts";
import "./live-desk.schema.ts";
import "./preview.schema.ts";
import "./media-desk.schema.ts";
import "./schedule-desk.schema.ts";
import "./authors-desk.schema.ts";
import "./xliff.schema.ts";
import "./translation-memory.schema.ts";
import "./desk-pickers.schema.ts";
