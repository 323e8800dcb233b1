/**
 * A plain static server for the built site, as a host would serve it: under a sub-path, with or
 * without mapping /page to page.html. Used by the browser tests, `npm run pdf` and the benchmark.
 */
import { existsSync, realpathSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative, sep } from "node:path";
import sirv from "sirv";

/**
 * Whether the file a request path names lies inside the site once links are resolved: a link
 * planted in the site that leads out of it (to a home folder, to /etc) is answered as missing,
 * never followed.
 */
export function staysInSite(realRoot: string, requestPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split("?")[0]);
  } catch {
    return false;
  }
  const file = join(realRoot, decoded);
  // What a host may answer for the path: the file, the page it maps to, the folder's index.
  return [file, `${file}.html`, join(file, "index.html")]
    .filter((candidate) => existsSync(candidate))
    .every((candidate) => {
      const rel = relative(realRoot, realpathSync(candidate));
      return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep));
    });
}

export interface StaticSite {
  /** Address of the site's root, ending in "/". */
  url: string;
  close: () => Promise<void>;
}

export interface StaticSiteOptions {
  /** Folder holding the built site. */
  root: string;
  /** Path the site is served under, such as "/report/"; "/" for the root of the host. */
  base?: string;
  /** Whether /page is answered with page.html, as some hosts do. */
  mapHtmlExtension?: boolean;
  /** Lets the browser keep every file for the session, as a host would for hashed assets. */
  cacheForever?: boolean;
  /** Sends `file.gz` in place of `file` to browsers that accept gzip (see scripts/bench/pages.ts). */
  gzip?: boolean;
  /** Headers sent with every answer, as a host configured with the site's `_headers` would. */
  headers?: Record<string, string>;
}

export async function serveStatic({
  root,
  base = "/",
  mapHtmlExtension = false,
  cacheForever = false,
  gzip = false,
  headers = {},
}: StaticSiteOptions): Promise<StaticSite> {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const extensions = mapHtmlExtension ? ["html"] : [];
  const files = cacheForever
    ? sirv(root, { dev: false, immutable: true, maxAge: 3600, extensions, gzip })
    : sirv(root, { dev: true, extensions, gzip });
  const realRoot = realpathSync(root);
  const server: Server = createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end("not found");
    };
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? "/";
    if (!url.startsWith(prefix)) return notFound();
    req.url = url.slice(prefix.length - 1);
    // Every static host answers a folder with its index.html.
    if (req.url.split("?")[0].endsWith("/")) req.url = req.url.replace(/\/(\?|$)/, "/index.html$1");
    if (!staysInSite(realRoot, req.url)) return notFound();
    files(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
