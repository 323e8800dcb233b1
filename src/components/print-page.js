// @ts-check
/**
 * What every page loader of the site runs (src/**\/*.md.js): prints the page's Markdown.
 *
 * `npm run build` renders all pages first, in one TypeScript process (scripts/pages.ts), and
 * names the folder in REPORT_PAGES_DIR; the page loader only prints its file. Without it (the
 * preview of `npm run dev`, or Framework run directly), the page is rendered on request.
 *
 * This file and the page loaders are JavaScript, run by plain Node, because Framework starts one
 * process per page: started with tsx, each would spend about 0.13 s more before printing a byte,
 * 11 s for the 87 pages of a build (measured in `npm run bench:missions`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** @param {string} path Framework's path of the page, such as "/index" or "/missions/minusma". */
export function printPage(path) {
  const rendered = process.env.REPORT_PAGES_DIR;
  if (rendered) {
    const file = join(rendered, `${path}.md`);
    if (!existsSync(file)) {
      console.error(`page ${path}: ${file} was not rendered by this build (is the page listed by scripts/pages.ts?)`);
      process.exit(1);
    }
    process.stdout.write(readFileSync(file));
    return;
  }
  const render = spawnSync(process.execPath, ["--import", "tsx", join(projectRoot, "scripts", "render-page.ts"), path], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (render.error) throw render.error;
  process.exitCode = render.status ?? 1;
}
