import { isLocale, type Locale } from "@sahifa/domain/locales";
import busboy from "busboy";

/** The texts an upload form carries beside its file: shown again when the upload is refused. */
export interface UploadTexts {
  locale: Locale | null;
  alt: string;
  caption: string;
  credit: string;
}

const TEXT_FIELDS = ["locale", "alt", "caption", "credit"] as const;

/**
 * The text fields of a multipart upload, read from a copy of its body up to the first file
 * part (the form puts its texts before its files), so the desk can give a refused form back
 * as typed without buffering or parsing the file it passes on to the API.
 */
export function readUploadTexts(body: ReadableStream<Uint8Array>, contentType: string): Promise<UploadTexts> {
  const texts: UploadTexts = { locale: null, alt: "", caption: "", credit: "" };
  const reader = body.getReader();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      // Whatever follows is the file: this copy of the body is not read any further.
      void reader.cancel().catch(() => {});
      resolve(texts);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        limits: { fields: 10, fieldSize: 4096, files: 1 },
      });
    } catch {
      finish();
      return;
    }
    parser.on("field", (name, value) => {
      if (name === "locale") texts.locale = isLocale(value) ? value : null;
      else if ((TEXT_FIELDS as readonly string[]).includes(name))
        texts[name as "alt" | "caption" | "credit"] = value;
    });
    parser.on("file", (_name, stream) => {
      stream.resume();
      finish();
    });
    parser.on("close", finish);
    parser.on("error", finish);
    void (async () => {
      try {
        while (!done) {
          const { done: ended, value } = await reader.read();
          if (ended) break;
          parser.write(value);
        }
        if (!done) parser.end();
      } catch {
        finish();
      }
    })();
  });
}
