import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the media files the platform serves live on disk. The API serves
 * `/media/<file>` from here; media rows store that URL path.
 */
export const MEDIA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../media");

/** URL prefix under which media files are served (media.path starts with it). */
export const MEDIA_URL_PREFIX = "/media/";

const CONTENT_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
};

// A plain file name, optionally in the one known sub-folder (video/): no other directories and
// no dot-files, so a request can never leave MEDIA_DIR.
const SAFE_NAME = /^(?:video\/)?[a-z0-9][a-z0-9._-]*$/i;

export interface MediaFile {
  /** Absolute path of the file on disk. */
  filePath: string;
  contentType: string;
}

/**
 * Resolves a media URL path ("/media/lead-x.svg", "/media/video/clip.mp4") or
 * a name relative to the media folder ("lead-x.svg") to the file on disk, or null when the name is unsafe,
 * of an unknown type or not present.
 */
export function resolveMediaFile(urlPathOrName: string, mediaDir: string = MEDIA_DIR): MediaFile | null {
  let name = urlPathOrName.startsWith(MEDIA_URL_PREFIX)
    ? urlPathOrName.slice(MEDIA_URL_PREFIX.length)
    : urlPathOrName;
  try {
    name = decodeURIComponent(name);
  } catch {
    return null;
  }
  if (!SAFE_NAME.test(name) || name.includes("..")) return null;
  const contentType = CONTENT_TYPES[path.extname(name).toLowerCase()];
  if (!contentType) return null;
  const filePath = path.join(mediaDir, name);
  if (!existsSync(filePath)) return null;
  return { filePath, contentType };
}

/** The URL path a media file with this key is served at. */
export function mediaUrlPath(key: string, extension = "svg"): string {
  return `${MEDIA_URL_PREFIX}${key}.${extension}`;
}

const demoHashes = new Map<string, string | null>();
let demoFilesByHash: Map<string, { urlPath: string; filePath: string }> | null = null;

/**
 * The content hash of a demo drawing on disk (memoised: the files ship with the code, so every
 * instance computes the same), which names its raster renditions like an upload's master hash.
 * Null for anything but an SVG present in the media folder.
 */
export function demoFileHash(urlPath: string, mediaDir: string = MEDIA_DIR): string | null {
  let hash = demoHashes.get(urlPath);
  if (hash === undefined) {
    const file = resolveMediaFile(urlPath, mediaDir);
    hash =
      file && file.contentType === "image/svg+xml"
        ? createHash("sha256").update(readFileSync(file.filePath)).digest("hex")
        : null;
    demoHashes.set(urlPath, hash);
  }
  return hash;
}

/** The demo drawing with this content hash, if any. */
export function demoFileByHash(hash: string, mediaDir: string = MEDIA_DIR) {
  if (!demoFilesByHash) {
    demoFilesByHash = new Map();
    for (const name of readdirSync(mediaDir).filter((n) => n.endsWith(".svg"))) {
      const urlPath = `${MEDIA_URL_PREFIX}${name}`;
      const fileHash = demoFileHash(urlPath, mediaDir);
      if (fileHash) demoFilesByHash.set(fileHash, { urlPath, filePath: path.join(mediaDir, name) });
    }
  }
  return demoFilesByHash.get(hash) ?? null;
}
