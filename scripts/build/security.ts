/**
 * The Content-Security-Policy the report is published with: nothing from another host, no inline
 * style, and no inline script but the ones the build wrote, allowed by their sha256. The pages
 * carry it in a <meta> element, so that it holds on any host; `_headers` gives it as an HTTP
 * header (with what a <meta> cannot say) for hosts that read that file (Netlify, Cloudflare
 * Pages); the README shows it for others.
 */
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";

/** The policy's directives but the script hashes, which depend on the build. */
const directives = [
  "default-src 'none'",
  "style-src 'self'",
  // Charts are SVG images in data: addresses (src/components/render/static-chart.ts).
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];
/** Directives a <meta> policy ignores (with a console warning): only an HTTP header can carry them. */
const headerOnly = ["frame-ancestors 'none'"];

export interface PagePolicyInput {
  /** The page's path in the site, for messages. */
  page: string;
  html: string;
}

/**
 * The sha256 sources of a page's inline scripts, or an error naming the page and what it holds that
 * the policy refuses: an inline style sheet or style attribute, an event handler attribute, a
 * `javascript:` address. Such markup would need 'unsafe-inline'; it belongs in a file.
 */
export function inlineScriptSources({ page, html }: PagePolicyInput): string[] {
  const { document } = parseHTML(html);
  const refused = (what: string) => new Error(`${page} holds ${what}, which the Content-Security-Policy refuses; move it to a file`);
  if (document.querySelector("style")) throw refused("a <style> element");
  const styled = document.querySelector("[style]");
  if (styled) throw refused(`a style attribute (on <${styled.tagName.toLowerCase()}>: ${styled.getAttribute("style")})`);
  for (const element of document.querySelectorAll("*")) {
    const handler = [...element.attributes].find((attribute) => /^on/i.test(attribute.name));
    if (handler) throw refused(`an event handler attribute (${handler.name} on <${element.tagName.toLowerCase()}>)`);
    const address = element.getAttribute("href") ?? element.getAttribute("src");
    if (address && /^\s*javascript:/i.test(address)) throw refused("a javascript: address");
  }
  return [...document.querySelectorAll("script:not([src])")].map(
    (script) =>
      `'sha256-${createHash("sha256")
        .update(script.textContent ?? "")
        .digest("base64")}'`,
  );
}

export interface SitePolicy {
  /** For the <meta> element of every page. */
  meta: string;
  /** For the HTTP header: the meta policy and what only a header can carry. */
  header: string;
}

/** One policy for the whole site, allowing the inline scripts of every page by their hash. */
export function sitePolicy(pages: PagePolicyInput[]): SitePolicy {
  const hashes = [...new Set(pages.flatMap(inlineScriptSources))].sort();
  const meta = [directives[0], `script-src 'self' ${hashes.join(" ")}`.trim(), ...directives.slice(1)];
  return { meta: meta.join("; "), header: [...meta, ...headerOnly].join("; ") };
}

/** The page with the policy as the first thing its <head> holds after the character set. */
export function withPolicy(html: string, policy: SitePolicy, page: string): string {
  const charset = /<meta charset="[^"]*">/i.exec(html);
  if (!charset) throw new Error(`${page} has no <meta charset> to put the Content-Security-Policy after`);
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n<meta http-equiv="Content-Security-Policy" content="${policy.meta}">${html.slice(at)}`;
}

/** `_headers`, as Netlify and Cloudflare Pages read it: the policy and its companions on every path. */
export function headersFile(policy: SitePolicy): string {
  return [
    "/*",
    `  Content-Security-Policy: ${policy.header}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=()",
    "",
  ].join("\n");
}

/** The headers a `_headers` file sets on every path, for a server that should send them (tests). */
export function readHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split("\n").filter((l) => /^\s+\S/.test(l))) {
    const at = line.indexOf(":");
    headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}
