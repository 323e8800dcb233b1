/**
 * Bytes to text, for every pipeline: UTF-8 checked (a byte that is not UTF-8 is a DataError at its
 * line, shown with a few characters around it, never its whole line), whole or as a stream, and
 * line endings counted as a CSV parser reads them.
 */
import { isUtf8 } from "node:buffer";
import { DataError } from "./errors.js";

/** How many line endings ("\r\n", "\n" or a lone "\r") lie between two positions of a text. */
export function lineBreaks(text: string, from: number, to: number, mayHoldReturns = true): number {
  let count = 0;
  if (!mayHoldReturns) {
    // The usual case, no carriage return in the text: a search, several times faster than a loop.
    for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
    return count;
  }
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(at + 1) === 10) at++;
    }
  }
  return count;
}

const shownAround = 24;

/**
 * The text of a stream of bytes, chunk by chunk, checked as UTF-8 as it comes (a character cut
 * between two chunks waits for the next one); a byte that is not UTF-8 is a DataError at its line,
 * as decodeUtf8 gives it. A byte-order mark is dropped.
 */
export async function* utf8Chunks(bytes: AsyncIterable<Uint8Array>, origin: { source: string; file: string }): AsyncGenerator<string> {
  let pending = Buffer.alloc(0);
  let linesBefore = 0;
  let endedWithReturn = false;
  let first = true;
  const decode = (data: Buffer): string => {
    if (!isUtf8(data)) {
      // Where in the file: the lines of the text before, and the position in this chunk.
      const error = decodeError(data, origin);
      throw new DataError({ ...error.location, line: linesBefore + error.location.line! }, error.problem);
    }
    let text = data.toString("utf-8");
    if (first && text.startsWith("\uFEFF")) text = text.slice(1);
    first = false;
    // A "\r\n" cut between two chunks is one line ending, not two.
    linesBefore += lineBreaks(text, 0, text.length) - (endedWithReturn && text.startsWith("\n") ? 1 : 0);
    endedWithReturn = text.endsWith("\r");
    return text;
  };
  for await (const chunk of bytes) {
    const data = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const cut = completeCharacters(data);
    pending = Buffer.from(data.subarray(cut));
    if (cut > 0) yield decode(data.subarray(0, cut));
  }
  if (pending.length) yield decode(pending);
}

/** The length of the longest start of `data` that ends on a whole UTF-8 character. */
function completeCharacters(data: Buffer): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const byte = data[data.length - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? data.length - back : data.length;
  }
  return data.length;
}

/** UTF-8 text of a file, or a DataError at the line and column of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, origin: { source: string; file: string }): string {
  // isUtf8 checks without decoding, several times faster than a fatal TextDecoder on a large file.
  // Like TextDecoder, drop a byte-order mark.
  if (isUtf8(bytes))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString("utf-8")
      .replace(/^\uFEFF/, "");
  throw decodeError(bytes, origin);
}

/** The error for bytes that are not all UTF-8: the line of the first bad byte, and a few characters around it. */
function decodeError(bytes: Uint8Array, origin: { source: string; file: string }): DataError {
  const lossy = new TextDecoder("utf-8").decode(bytes);
  const at = lossy.indexOf("\uFFFD");
  const line = lineBreaks(lossy, 0, at) + 1;
  const lineStart = Math.max(lossy.lastIndexOf("\n", at), lossy.lastIndexOf("\r", at)) + 1;
  const lineEnd = lossy.slice(at, at + shownAround).search(/[\r\n]/);
  // The bad byte in its context, a few words either side: never the whole line of a file that is not text.
  const value = lossy.slice(Math.max(lineStart, at - shownAround), lineEnd === -1 ? at + shownAround : at + lineEnd);
  return new DataError(
    { ...origin, line, value },
    `not UTF-8: a byte at character ${at - lineStart + 1} of the line is not valid UTF-8 (Latin-1 or Windows-1252 text?)`,
  );
}
