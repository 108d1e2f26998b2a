import { worker } from "workerpool";
import { renderDrawingRendition, renderRendition } from "./image-renditions.ts";
import { prepareImage } from "./prepare-image.ts";

/**
 * The image worker's entry: a process of its own (started by image-workers.ts) that holds sharp
 * and libvips, whose native memory the API process never gets back once it has made images
 * (docs/architecture/086-image-work-in-a-worker-process.md).
 */
const methods = { prepareImage, renderRendition, renderDrawingRendition };
export type ImageWork = typeof methods;

worker(methods);
