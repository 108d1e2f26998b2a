/** The W3C WebVTT parser ships no types; this is the part the caption upload uses. It is CommonJS: import its default. */
declare module "webvtt-parser" {
  class WebVTTParser {
    parse(
      input: string,
      mode?: "subtitles" | "chapters" | "metadata",
    ): { cues: unknown[]; errors: Array<{ message: string; line: number; col?: number }> };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
