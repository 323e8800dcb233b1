/**
 * The charts' images kept out of Framework's way during a build. Each chart is an SVG data URL in
 * its page (src/components/render/static-chart.ts), and those base64 strings are most of the characters
 * Framework's jsdom parses, twice for every page. The build renders the pages, sets the images
 * aside (a key in an attribute of the image, the URL in a file beside the page's Markdown), lets
 * Framework build the site, and puts each image back in its html step: the published page is the
 * one the template rendered. The preview (`npm run dev`) renders pages with their images in place.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../files.js";

const dataUrl = / src="(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+)"/g;
const setAsideKey = / data-chart-image="([0-9a-f]{24})"/g;
/** Beside a page's Markdown (`missions/minusma.md`): `missions/minusma.images.json`. */
const imagesSuffix = ".images.json";

/** The page's Markdown with each chart image's address replaced by a key, and the addresses by key. */
export function setAsideImages(markdown: string): { markdown: string; images: Record<string, string> } {
  const images: Record<string, string> = {};
  const keyed = markdown.replace(dataUrl, (_, url: string) => {
    const key = createHash("sha256").update(url).digest("hex").slice(0, 24);
    images[key] = url;
    return ` data-chart-image="${key}"`;
  });
  return { markdown: keyed, images };
}

/** The file beside a rendered page (`<dir>/<page path>.md`) that holds its images. */
export function imagesFileOf(dir: string, path: string): string {
  return join(dir, `${path}${imagesSuffix}`);
}

/** Every image the rendered pages in `dir` set aside, by key. */
export function setAsideImagesIn(dir: string): Map<string, string> {
  const images = new Map<string, string>();
  for (const file of filesUnder(dir).filter((name) => name.endsWith(imagesSuffix)))
    for (const [key, url] of Object.entries(JSON.parse(readFileSync(join(dir, file), "utf-8")) as Record<string, string>))
      images.set(key, url);
  return images;
}

/** `html` with each image set aside back in place; a key this build did not set aside is an error. */
export function putBackImages(html: string, images: ReadonlyMap<string, string>, page: string): string {
  return html.replace(setAsideKey, (_, key: string) => {
    const url = images.get(key);
    if (!url) throw new Error(`${page} has a chart image (${key}) that the pages step did not set aside`);
    return ` src="${url}"`;
  });
}
