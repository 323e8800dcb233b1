import MarkdownIt from "markdown-it";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { block, escapeText, href, html, trusted } from "../../../src/components/render/markup.js";

// The Markdown parser Framework uses, configured as Framework configures it.
const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

const hostile = [
  "${document.title = 'taken'}",
  "\\${1 + 1}",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "**bold** and _emphasis_ and `code`",
  "[a link](https://example.org) and ![an image](x.png)",
  "a | table | row",
  "~~struck~~ & more",
  "C:\\path\\with\\backslashes",
  "Côte d'Ivoire",
];
const startingLines = ["# a heading", "- a list item", "+ another", "1. an ordered list", "2) another", "=====", "---", "> a quote"];

/** What a reader sees: the Markdown rendered to HTML and read back as text. */
function rendered(source: string): { text: string; elements: string[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${markdown.render(source)}</body></html>`);
  return {
    text: document.body.textContent!.trim(),
    elements: [...document.body.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()),
  };
}

describe("html`…` in Markdown prose", () => {
  it.each(hostile)("prints %j as the text it is, with no markup and no code for Framework", (value) => {
    const source = html`Note: ${value} (end)`.source;
    expect(source).not.toContain("$");
    expect(rendered(source)).toEqual({ text: `Note: ${value} (end)`, elements: ["p"] });
  });

  it.each(startingLines)("keeps %j a sentence when a value starts a line", (value) => {
    const source = html`First line\n${value}\n`.source;
    expect(rendered(source)).toEqual({ text: `First line\n${value}`, elements: ["p"] });
  });

  it("passes Markup through, joins arrays and prints nothing for optional parts", () => {
    const strong = html`<strong>${"<b>"}</strong>`;
    expect(html`a ${strong} ${[html`<i>x</i>`, "&"]}${null}${undefined}${false} b`.source).toBe(
      "a <strong>&lt;b&gt;</strong> <i>x</i>&amp; b",
    );
  });

  it("refuses to print a number that is not one", () => {
    expect(() => html`${NaN} dead`).toThrow("about to print NaN");
    expect(html`${0} dead`.source).toBe("0 dead");
  });
});

describe("HTML blocks", () => {
  it("keeps a block whole even when its content had blank lines", () => {
    const source = `Before.\n${block(trusted('<div class="card">\n\n<p>*not emphasis*</p>\n\n</div>'))}\nAfter.`;
    const { document } = parseHTML(`<!doctype html><html><body>${markdown.render(source)}</body></html>`);
    expect(document.querySelector(".card p")?.textContent).toBe("*not emphasis*");
    expect(document.querySelectorAll("em")).toHaveLength(0);
  });

  it.each(hostile)("keeps %j as text inside a block", (value) => {
    const source = block(html`<div class="note">${value}</div>`).source;
    const { document } = parseHTML(`<!doctype html><html><body>${markdown.render(source)}</body></html>`);
    expect(document.querySelector(".note")?.textContent).toBe(value);
    expect(document.querySelectorAll("script, img")).toHaveLength(0);
  });
});

describe("links", () => {
  it("escapes an address and allows only http(s) and relative ones", () => {
    expect(html`<a href="${href("https://example.org/?a=1&b=2")}">x</a>`.source).toBe('<a href="https://example.org/?a=1&amp;b=2">x</a>');
    expect(href("./flights").source).toBe("./flights");
    expect(() => href("javascript:alert(1)")).toThrow('refusing to link to "javascript:alert(1)"');
    expect(() => href("data:text/html,x")).toThrow("refusing");
  });

  it("escapes every character that means something to HTML, Markdown or Framework", () => {
    expect(escapeText("&<>\"'$`*_[]\\~|:")).toBe("&amp;&lt;&gt;&quot;&#39;&#36;&#96;&#42;&#95;&#91;&#93;&#92;&#126;&#124;&#58;");
  });
});
