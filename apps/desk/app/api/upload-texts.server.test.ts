import { describe, expect, it } from "vitest";
import { readUploadTexts } from "./upload-texts.server.ts";

/** A multipart body as a browser sends the upload form, and how much of it was read. */
async function encoded(parts: Array<[string, string | Blob, string?]>) {
  const form = new FormData();
  for (const [name, value, file] of parts) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, file);
  }
  const request = new Request("http://desk/", { method: "POST", body: form });
  const bytes = new Uint8Array(await request.arrayBuffer());
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    // Small chunks, as a network delivers them.
    pull(controller) {
      if (pulled >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(pulled, pulled + 256));
      pulled += 256;
    },
  });
  return {
    body,
    contentType: request.headers.get("content-type") ?? "",
    read: () => pulled,
    size: bytes.byteLength,
  };
}

describe("readUploadTexts", () => {
  it("keeps the texts before the file and reads no further into a large file", async () => {
    const big = new Blob([new Uint8Array(2 * 1024 * 1024)]);
    const upload = await encoded([
      ["locale", "es"],
      ["alt", "Barcos en el puerto"],
      ["caption", "Por la mañana"],
      ["credit", "Redacción"],
      ["file", big, "puerto.jpg"],
    ]);
    expect(await readUploadTexts(upload.body, upload.contentType)).toEqual({
      locale: "es",
      alt: "Barcos en el puerto",
      caption: "Por la mañana",
      credit: "Redacción",
    });
    expect(upload.read()).toBeLessThan(64 * 1024);
  });

  it("gives empty texts for an unknown language or a body that is no form", async () => {
    const upload = await encoded([
      ["locale", "fr"],
      ["alt", "x"],
    ]);
    expect(await readUploadTexts(upload.body, upload.contentType)).toEqual({
      locale: null,
      alt: "x",
      caption: "",
      credit: "",
    });
    const plain = new Request("http://desk/", { method: "POST", body: "alt=x" });
    expect(await readUploadTexts(plain.body as ReadableStream<Uint8Array>, "text/plain")).toEqual({
      locale: null,
      alt: "",
      caption: "",
      credit: "",
    });
  });
});
