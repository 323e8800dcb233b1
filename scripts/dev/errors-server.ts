/**
 * The preview's error board: the loaders that render pages and tables POST the problems they meet
 * (src/components/client/dev-errors.ts), and every open page of the preview polls them into a banner.
 *
 * Only the preview's own processes may post: each POST must carry the token this run handed to
 * the preview's environment, in a header a page of another site cannot send without asking first
 * (and the board never agrees). Only the preview's pages may read: the board answers them, and no
 * other origin, with the header that lets a page read an answer from another port. A page of any
 * other site open in the same browser can neither put words in the banner nor read it.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { devErrorsTokenHeader } from "../../src/components/client/dev-errors.js";
import { describeProblem, type Problem } from "../../src/components/render/problems.js";

export interface ErrorsBoard {
  /** Where the board listens, for the preview's pages. */
  url: string;
  /** The token to hand to the preview's environment (DEV_ERRORS_TOKEN). */
  token: string;
  /** Forget what was posted: a save may have fixed it. */
  clear(): void;
  close(): Promise<void>;
}

export async function startErrorsBoard({
  host,
  port,
  previewOrigins,
}: {
  host: string;
  port: number;
  previewOrigins: string[];
}): Promise<ErrorsBoard> {
  const token = randomBytes(24).toString("hex");
  let lines: string[] = [];
  const server: Server = createServer((req, res) => {
    const origin = req.headers.origin;
    const fromPreview = origin === undefined || previewOrigins.includes(origin);
    if (req.method === "POST") {
      if (!fromPreview || req.headers[devErrorsTokenHeader] !== token) return void res.writeHead(403).end();
      let body = "";
      req.setEncoding("utf-8");
      req.on("data", (chunk: string) => {
        body += chunk;
        // A loader's problems are a few lines; anything larger is not from one.
        if (body.length > 1_000_000) req.destroy();
      });
      req.on("end", () => {
        try {
          for (const problem of JSON.parse(body) as Problem[]) {
            const line = describeProblem(problem);
            if (!lines.includes(line)) lines.push(line);
          }
          res.writeHead(204).end();
        } catch {
          res.writeHead(400).end();
        }
      });
      return;
    }
    if (req.method !== "GET") return void res.writeHead(405).end();
    res.writeHead(200, {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      Vary: "Origin",
      ...(origin && fromPreview ? { "Access-Control-Allow-Origin": origin } : {}),
    });
    res.end(JSON.stringify(lines));
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${listening}/`,
    token,
    clear: () => {
      lines = [];
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
