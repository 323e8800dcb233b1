import { createReadStream, readFileSync, statSync } from "node:fs";

/**
 * An input that the report refuses. The message names everything an analyst needs to find the
 * bad cell without a debugger: which source, which file, which line and column, which value.
 */
export interface DataErrorLocation {
  source: string;
  file: string;
  /** 1-based line in the file (the header is line 1). */
  line?: number;
  /** 1-based column position in the file's header. */
  column?: number;
  columnName?: string;
  value?: string;
}

export class DataError extends Error {
  readonly location: DataErrorLocation;
  readonly problem: string;

  constructor(location: DataErrorLocation, problem: string) {
    super(formatLocation(location) + ": " + problem);
    this.name = "DataError";
    this.location = location;
    this.problem = problem;
  }
}

/** How much of a refused value a message shows: enough to find it, never a whole file's worth. */
const shownValueLength = 80;

function shortened(value: string): string {
  return value.length <= shownValueLength ? value : `${value.slice(0, shownValueLength)}… (${value.length} characters)`;
}

function formatLocation({ source, file, line, column, columnName, value }: DataErrorLocation): string {
  let where = `[${source}] ${file}`;
  if (line !== undefined) where += `:${line}`;
  if (column !== undefined) where += `:${column}`;
  if (columnName !== undefined) where += ` column "${columnName}"`;
  if (value !== undefined) where += ` value ${JSON.stringify(shortened(value))}`;
  return where;
}

/** A pinned upstream file that is missing or is not the bytes that were pinned. */
export class UpstreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UpstreamError";
  }
}

const readProblems: Record<string, string> = {
  ENOENT: "not found: there is no such file",
  EISDIR: "is a folder, where a file was expected",
  EACCES: "cannot be read: permission denied",
  EPERM: "cannot be read: permission denied",
};

const inputError = (error: unknown, location: DataErrorLocation) => {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return new DataError(location, readProblems[code] ?? `cannot be read (${code || (error as Error).message})`);
};

/**
 * A file's bytes, or a DataError naming the source, the path and what is wrong, never a bare
 * EISDIR. `maxBytes` refuses a file larger than its kind can be before reading a byte of it.
 */
export function readInput(
  path: string,
  location: DataErrorLocation,
  { maxBytes }: { maxBytes?: { bytes: number; why: string } } = {},
): Buffer {
  try {
    if (maxBytes) {
      const size = statSync(path).size;
      if (size > maxBytes.bytes)
        throw new DataError(
          location,
          `the file is ${megabytes(size)}, more than the ${megabytes(maxBytes.bytes)} ${maxBytes.why}; is it the right file?`,
        );
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw inputError(error, location);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("en", { maximumFractionDigits: 1 })} MB`;

/** A file's bytes as they are read, a megabyte at a time, with the same errors as readInput. */
export async function* inputChunks(path: string, location: DataErrorLocation, chunkBytes = 1 << 20): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) yield chunk as Buffer;
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code ? inputError(error, location) : error;
  }
}
