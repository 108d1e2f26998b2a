import { IMAGE_TYPES, type ImageType } from "@sahifa/domain/media";
import type { MediaMessage } from "./media-messages.ts";

/** What the first bytes of an upload say it is; the file name and declared type are never trusted. */
export type Sniffed =
  | { kind: "image"; mimeType: ImageType }
  | { kind: "video"; mimeType: "video/mp4" }
  | null;

/** Enough bytes for every signature we accept (file-type reads at most this many). */
export const SNIFF_BYTES = 4100;

/*
 * file-type and mp4box are imported by the first upload, not at start: only the desk's uploads
 * use them, and most instances serve readers.
 */

export async function sniff(head: Uint8Array): Promise<Sniffed> {
  const { fileTypeFromBuffer } = await import("file-type");
  const type = await fileTypeFromBuffer(head);
  if (!type) return null;
  if ((IMAGE_TYPES as readonly string[]).includes(type.mime))
    return { kind: "image", mimeType: type.mime as ImageType };
  if (type.mime === "video/mp4") return { kind: "video", mimeType: "video/mp4" };
  return null;
}

export interface ProbedVideo {
  width: number;
  height: number;
  durationMs: number | null;
}

/** Reads an MP4's boxes: accepted only with an H.264 ("avc1"/"avc3") video track. */
export async function probeVideo(bytes: Uint8Array): Promise<ProbedVideo | MediaMessage> {
  const { createFile, MP4BoxBuffer } = await import("mp4box");
  const file = createFile();
  let info: Parameters<NonNullable<typeof file.onReady>>[0] | null = null;
  file.onReady = (movie) => {
    info = movie;
  };
  try {
    const buffer = MP4BoxBuffer.fromArrayBuffer(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      0,
    );
    file.appendBuffer(buffer, true);
    file.flush();
  } catch {
    return { key: "corruptVideo" };
  }
  const movie = info as Parameters<NonNullable<typeof file.onReady>>[0] | null;
  if (!movie) return { key: "corruptVideo" };
  const track = movie.videoTracks[0];
  if (!track) return { key: "notH264" };
  if (!/^avc[13]\./.test(track.codec)) return { key: "notH264" };
  const duration =
    movie.timescale > 0 && movie.duration > 0 ? Math.round((movie.duration / movie.timescale) * 1000) : null;
  return {
    width: track.video?.width ?? track.track_width,
    height: track.video?.height ?? track.track_height,
    durationMs: duration,
  };
}
