import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { headersFile, inlineScriptSources, readHeadersFile, sitePolicy, withPolicy } from "../../../scripts/build/security.js";

const page = (head: string, body = "") =>
  `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n${head}</head>\n<body>${body}</body>\n</html>\n`;
const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the Content-Security-Policy of the site", () => {
  it("allows each distinct inline script by the sha256 of its exact text, once, and no other inline content", () => {
    const index = page('<script type="module">\nimport "./_observablehq/client.js";\n</script>');
    const mission = page('<script type="module">\nimport "../_observablehq/client.js";\n</script>');
    const policy = sitePolicy([
      { page: "index.html", html: index },
      { page: "flights.html", html: index },
      { page: "missions/minusma.html", html: mission },
    ]);
    const scripts = [hashOf('\nimport "./_observablehq/client.js";\n'), hashOf('\nimport "../_observablehq/client.js";\n')].sort();
    expect(policy.meta).toContain(`script-src 'self' ${scripts.join(" ")};`);
    expect(policy.meta).toContain("style-src 'self';");
    expect(policy.meta).not.toMatch(/unsafe-inline|frame-ancestors/);
    expect(policy.header).toBe(`${policy.meta}; frame-ancestors 'none'`);
  });

  it.each([
    ["an inline style sheet", page("<style>p { color: red }</style>"), "a <style> element"],
    ["a style attribute", page("", '<figure style="max-width:initial"></figure>'), "a style attribute (on <figure>: max-width:initial)"],
    ["an event handler", page("", '<img src="x.png" alt="" onerror="alert(1)">'), "an event handler attribute (onerror on <img>)"],
    ["a javascript: link", page("", '<a href="javascript:alert(1)">x</a>'), "a javascript: address"],
  ])("stops the build on a page with %s, naming the page", (_, html, what) => {
    expect(() => inlineScriptSources({ page: "flights.html", html })).toThrow(`flights.html holds ${what}`);
  });

  it("puts the policy right after the character set, before anything it governs", () => {
    const policy = sitePolicy([{ page: "index.html", html: page("") }]);
    const html = withPolicy(page('<link rel="stylesheet" href="style.css">'), policy, "index.html");
    expect(html).toMatch(/<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="[^"]+">\n<link rel="stylesheet"/);
    expect(() => withPolicy("<html><head></head></html>", policy, "bare.html")).toThrow("bare.html has no <meta charset>");
  });

  it("writes _headers that a host, and the tests' server, read back as the same policy", () => {
    const policy = sitePolicy([{ page: "index.html", html: page('<script type="module">import "./a.js";</script>') }]);
    const headers = readHeadersFile(headersFile(policy));
    expect(headers["Content-Security-Policy"]).toBe(policy.header);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
  });
});
