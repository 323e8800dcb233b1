/**
 * Renders the pages whose paths come on stdin, one per line, into the folder given as argument:
 * one edition of the site, in a process of its own (scripts/build/pages.ts, `renderSite`, runs
 * one per edition at once). Prints a progress line every 25 pages; an error goes to stderr, with
 * exit code 1.
 *
 *   printf '/index\n/flights\n' | node --import tsx scripts/build/render-pages.ts .build/pages/x
 */
import { text } from "node:stream/consumers";
import { renderPagesInto } from "./pages.js";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: render-pages.ts <folder> (the page paths on stdin, one per line)");
  process.exit(2);
}
const paths = (await text(process.stdin)).split("\n").filter(Boolean);
try {
  await renderPagesInto(dir, paths, (line) => console.log(line));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
