import type { Problem } from "../render/problems.js";

/**
 * Hands problems to the dev server (scripts/dev/dev.ts), which shows them in every open page's banner.
 * The loaders that render pages and tables call it; the preview still renders without it.
 */
/** The header that carries the token, as the dev server checks it (scripts/dev/errors-server.ts). */
export const devErrorsTokenHeader = "x-dev-errors-token";

export async function sendToPreview(url: string, problems: Problem[], token = process.env.DEV_ERRORS_TOKEN ?? ""): Promise<void> {
  if (problems.length === 0) return;
  try {
    await fetch(url, {
      method: "POST",
      // The token the dev server gave the preview: the board takes posts from the preview's own processes only.
      headers: { "content-type": "application/json", [devErrorsTokenHeader]: token },
      body: JSON.stringify(problems),
      signal: AbortSignal.timeout(2000),
    });
  } catch {
    // The terminal has the problems already.
  }
}

/**
 * In `npm run dev` only (scripts/dev/dev.ts sets DEV_ERRORS_URL for the preview), a script in every
 * page that polls the loader errors the dev server has seen and shows them in a banner. A build
 * has no such variable, so published pages carry nothing of it.
 */
export function devErrorsBanner(url: string | undefined): string {
  if (!url) return "";
  return `<script type="module">
const url = ${JSON.stringify(url)};
const banner = document.createElement("div");
banner.setAttribute("role", "alert");
banner.id = "dev-loader-errors";
banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:1000;background:#7a1d00;color:#fff;font:13px/1.4 ui-monospace,monospace;padding:.5rem 1rem;white-space:pre-wrap;display:none";
addEventListener("DOMContentLoaded", () => document.body.append(banner));
async function poll() {
  try {
    const errors = await (await fetch(url, {cache: "no-store"})).json();
    banner.textContent = errors.length ? "npm run dev:\\n" + errors.join("\\n") : "";
    banner.style.display = errors.length ? "block" : "none";
  } catch {}
  setTimeout(poll, 1000);
}
poll();
</script>`;
}
