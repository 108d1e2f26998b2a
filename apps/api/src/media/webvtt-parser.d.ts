/** The W3C WebVTT parser ships no types; this is the part the caption upload uses. */
declare module "webvtt-parser" {
  export class WebVTTParser {
    parse(
      input: string,
      mode?: "subtitles" | "chapters" | "metadata",
    ): { cues: unknown[]; errors: Array<{ message: string; line: number; col?: number }> };
  }
}
