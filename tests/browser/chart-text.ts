/**
 * What a reader of a chart must never meet: a label cut by the edge of the drawing, or two labels
 * printed over each other. Charts are SVG images, so their text is measured in Chromium, where
 * fonts are real: each drawing is loaded on its own at its own size, and every <text> is checked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";

export interface ChartImage {
  page: string;
  width: "wide" | "narrow";
  alt: string;
  svg: string;
}

/** Every chart image of the built pages, at both widths, with the SVG it shows. */
export function chartImages(site: string, pages: string[]): ChartImage[] {
  return pages.flatMap((page) => {
    const { document } = parseHTML(readFileSync(join(site, page), "utf-8"));
    return [...document.querySelectorAll("img.chart-wide, img.chart-narrow")].map((img) => {
      const src = img.getAttribute("src") ?? "";
      const base64 = /^data:image\/svg\+xml;base64,(.*)$/.exec(src)?.[1];
      if (!base64) throw new Error(`${page}: a chart image is not an SVG data URL`);
      return {
        page,
        width: img.classList.contains("chart-wide") ? "wide" : "narrow",
        alt: img.getAttribute("alt") ?? "",
        svg: Buffer.from(base64, "base64").toString("utf-8"),
      } as ChartImage;
    });
  });
}

/** Problems with the text of one drawing: labels outside the drawing, sibling labels overlapping. */
export async function textProblems(page: Page, svg: string): Promise<string[]> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  return page.evaluate(() => {
    const drawing = document.querySelector("svg")!;
    const box = drawing.getBoundingClientRect();
    const problems: string[] = [];
    const label = (text: SVGTextElement) => JSON.stringify(text.textContent?.trim() ?? "");
    const texts = [...drawing.querySelectorAll("text")].filter((text) => (text.textContent ?? "").trim() !== "");
    const rects = new Map(texts.map((text) => [text, text.getBoundingClientRect()]));
    // Half a pixel of tolerance: antialiasing, not a cut letter.
    const slack = 0.5;
    for (const [text, r] of rects) {
      const out = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
      if (out > slack) problems.push(`${label(text)} reaches ${out.toFixed(1)} px outside the chart`);
    }
    // Labels of one axis or one set of marks share a parent; the gap between them must be positive.
    const byParent = new Map<Element, SVGTextElement[]>();
    for (const text of texts) {
      const parent = text.closest("g[aria-label]") ?? text.parentElement!;
      byParent.set(parent, [...(byParent.get(parent) ?? []), text]);
    }
    for (const siblings of byParent.values()) {
      for (let i = 0; i < siblings.length; i++) {
        for (let j = i + 1; j < siblings.length; j++) {
          const a = rects.get(siblings[i])!;
          const b = rects.get(siblings[j])!;
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > slack && overlapY > slack)
            problems.push(`${label(siblings[i])} and ${label(siblings[j])} overlap by ${overlapX.toFixed(1)} px`);
        }
      }
    }
    return problems;
  });
}
