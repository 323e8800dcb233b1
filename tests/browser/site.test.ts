/**
 * The published report as readers get it: the real build, served by a plain static server under
 * a sub-path, every page opened in headless Chromium, checked for errors, foreign requests,
 * charts, links and accessibility (axe-core), and printed to PDF.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, resolveUpstream } from "../../data-loaders/fetch.js";
import { sources } from "../../data-loaders/sources.js";
import { projectCopy } from "../helpers.js";
import { launchChromium } from "../../scripts/browser/chromium.js";
import { waitForRender } from "../../scripts/browser/page-render.js";
import { chartImages, textProblems } from "./chart-text.js";
import { storyPages } from "../../scripts/browser/pdf.js";
import { formatter } from "../../src/components/i18n/format.js";
import { message } from "../../src/components/i18n/messages.js";
import { typesetText } from "../../src/components/i18n/typography.js";
import { serveStatic, type StaticSite } from "../../scripts/browser/static-server.js";
import { readHeadersFile } from "../../scripts/build/security.js";

// Built in a copy of the project: never in the caches or the dist/ that dev and build use.
const project = projectCopy("browser-test");
const output = join(".build", "browser-site");
const site = join(project.dir, output);
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");

/** Before anything of the page runs: every Content-Security-Policy violation it causes, in words. */
function recordPolicyViolations() {
  const violations: string[] = [];
  (window as unknown as { __policyViolations: string[] }).__policyViolations = violations;
  document.addEventListener("securitypolicyviolation", (event) =>
    violations.push(
      `${event.effectiveDirective} refused ${event.blockedURI || "inline content"} (${event.sourceFile || "the page"}:${event.lineNumber})`,
    ),
  );
}
const made: string[] = [];

let browser: Browser;
let subPath: StaticSite;
let pages: string[];

beforeAll(async () => {
  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build/build.ts", "--output", output], {
    cwd: project.dir,
    env: project.env,
    encoding: "utf-8",
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
  pages = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)))
    .sort();
  browser = await launchChromium();
  // Served with the headers the build recommends, the Content-Security-Policy enforced.
  subPath = await serveStatic({ root: site, base: "/report/", headers: readHeadersFile(readFileSync(join(site, "_headers"), "utf-8")) });
});

afterAll(async () => {
  await browser?.close();
  await subPath?.close();
  made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  project.remove();
});

/** A page for `inspect`: one that records the policy violations of whatever it opens. */
async function inspectingPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(recordPolicyViolations);
  return page;
}

interface PageReport {
  problems: string[];
  /** The page's links to the site, with their fragments. */
  links: string[];
  /** Every id on the page, which a link's fragment can point to. */
  ids: string[];
}

/** Opens a page and lists what a reader would run into: errors, foreign requests, empty charts. */
async function inspect(page: Page, url: string, origin: string): Promise<PageReport> {
  const problems: string[] = [];
  page.removeAllListeners();
  page.on("console", (message) => message.type() === "error" && problems.push(`console error: ${message.text()}`));
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed request: ${request.url()}`));
  page.on("response", (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  await page.route("**/*", (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    problems.push(`request to another origin: ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(url);
  await waitForRender(page);
  const blocked = await page.evaluate(() => (window as unknown as { __policyViolations?: string[] }).__policyViolations);
  if (!blocked) problems.push("the Content-Security-Policy violations were not recorded (recordPolicyViolations not installed)");
  else problems.push(...blocked.map((violation) => `Content-Security-Policy violation: ${violation}`));
  // Each chart is an image of the SVG Plot drew (src/components/render/static-chart.ts): its name is the
  // alt text, its description the element it points to, its marks inside the drawing.
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll(".card.chart")].map((card) => {
      const image = [...card.querySelectorAll("img")].find((img) => img.getBoundingClientRect().width > 0);
      const svg = image && new DOMParser().parseFromString(atob(image.src.split(",")[1]), "image/svg+xml");
      const described = image?.getAttribute("aria-describedby");
      return {
        label: image?.alt || null,
        description: (described && document.getElementById(described)?.textContent) || null,
        marks:
          svg?.querySelectorAll(
            "g[aria-label='bar'] rect, g[aria-label='cell'] rect, g[aria-label='dot'] circle, g[aria-label='line'] path",
          ).length ?? 0,
        drawn: Boolean(image?.complete && image.naturalWidth > 0),
      };
    }),
  );
  charts.forEach((chart, i) => {
    if (!chart.label) problems.push(`chart ${i + 1} has no svg with an accessible name`);
    else if (!chart.description) problems.push(`chart "${chart.label}" has no description`);
    if (chart.marks === 0) problems.push(`chart ${i + 1} (${chart.label}) draws no marks`);
    if (!chart.drawn) problems.push(`chart ${i + 1} (${chart.label}) is not shown: its image did not load`);
  });
  if (charts.length > 0 && (await page.locator("table").count()) === 0) problems.push("charts without a table of their numbers");
  // Evaluated by the browser's debugger, as a tool and not as the page: the policy does not apply.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is the global that axe-core's script defines
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return (results.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.impact} accessibility violation ${v.id} (${v.help}) at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(", ")}`,
      );
  });
  problems.push(...violations);
  const links = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href));
  const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((element) => element.id));
  return { problems, links: links.filter((link) => new URL(link).origin === origin), ids };
}

describe("the site under a sub-path, on a host that does not map /page to page.html", () => {
  it("has the story pages, every mission page and the mission index", () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        "index.html",
        "flights.html",
        "contingents.html",
        "withdrawal.html",
        "claims.html",
        "missions/index.html",
        "missions/minusma.html",
      ]),
    );
    // One page per mission of the raw file, counted here by splitting its lines, and the index.
    const [header, ...rows] = readFileSync(resolveUpstream(sources.unFatalities).path, "utf-8").trimEnd().split("\n");
    const missionAt = header.split(",").indexOf("mission_acronym");
    const missions = new Set(rows.map((row) => row.split(",")[missionAt]));
    expect(pages.filter((page) => page.startsWith("missions/"))).toHaveLength(missions.size + 1);
  });

  it("opens every page without errors, foreign requests, empty charts or serious accessibility violations, and every link resolves", async () => {
    const origin = new URL(subPath.url).origin;
    const problems: string[] = [];
    const links = new Set<string>();
    // Two pages at a time, one per core; a line every 20 pages, so a slow run is never silent.
    const queue = [...pages];
    const idsOf = new Map<string, Set<string>>();
    // A page's address as a link writes it or as it was opened: a folder's is its index page's.
    const pageOf = (address: string) => {
      const withoutFragment = address.split("#")[0];
      return withoutFragment.endsWith("/") ? `${withoutFragment}index.html` : withoutFragment;
    };
    let done = 0;
    const worker = async () => {
      const page = await inspectingPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const url = new URL(path, subPath.url).href;
        const report = await inspect(page, url, origin);
        problems.push(...report.problems.map((problem) => `${path}: ${problem}`));
        idsOf.set(pageOf(url), new Set(report.ids));
        report.links.forEach((link) => links.add(link));
        if (++done % 20 === 0) process.stderr.write(`browser: ${done}/${pages.length} pages opened\n`);
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    const page = await browser.newPage();
    for (const link of new Set([...links].map((link) => link.split("#")[0]))) {
      const response = await page.request.get(link);
      if (response.status() !== 200) problems.push(`link ${link} answers ${response.status()}`);
    }
    await page.close();
    // A link into a page must land on what it names: the French page's headings have French ids.
    for (const link of links) {
      const fragment = decodeURIComponent(new URL(link).hash.slice(1));
      const ids = idsOf.get(pageOf(link));
      if (fragment && ids && !ids.has(fragment)) problems.push(`link ${link} points to #${fragment}, which its page does not have`);
    }
    process.stderr.write(
      `browser: ${pages.length} pages opened, ${links.size} distinct internal links checked, ${problems.length} problems\n`,
    );
    expect(problems).toEqual([]);
  });

  it("can be used with the keyboard: links and the expandable tables take the focus", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("index.html", subPath.url).href);
    await waitForRender(page);
    const focused = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      focused.add(await page.evaluate(() => document.activeElement?.tagName ?? ""));
    }
    await page.close();
    expect([...focused]).toEqual(expect.arrayContaining(["A", "SUMMARY"]));
  });
});

describe("the recommended Content-Security-Policy", () => {
  it("allows nothing inline but the build's own scripts, and holds: a style or script added to a page is refused and recorded", async () => {
    const policy = readHeadersFile(readFileSync(join(site, "_headers"), "utf-8"))["Content-Security-Policy"];
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const page = await inspectingPage();
    await page.goto(new URL("missions/minusma.html", subPath.url).href);
    await waitForRender(page);
    const recorded = () => page.evaluate(() => (window as unknown as { __policyViolations: string[] }).__policyViolations);
    expect(await recorded()).toEqual([]);
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { color: red }";
      const script = document.createElement("script");
      script.textContent = "window.__ran = true";
      document.head.append(style, script);
    });
    await page.waitForFunction(() => (window as unknown as { __policyViolations: string[] }).__policyViolations.length >= 2);
    // Each is reported once per policy in force: the header's and the page's own.
    const refused = new Set((await recorded()).map((violation) => violation.split(" refused ")[0]));
    expect([...refused].sort()).toEqual(["script-src-elem", "style-src-elem"]);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.close();
  });
});

describe("pages without JavaScript", () => {
  const checked = [
    "index.html",
    "flights.html",
    "contingents.html",
    "withdrawal.html",
    "claims.html",
    "missions/index.html",
    "missions/minusma.html",
    "missions/unoci.html",
    "fr/index.html",
    "fr/flights.html",
    "fr/contingents.html",
    "fr/withdrawal.html",
    "fr/claims.html",
    "fr/missions/index.html",
    "fr/missions/minusma.html",
  ];

  it("shows every chart and reads completely with JavaScript off, at a desktop's and a phone's width", async () => {
    const figures = JSON.parse(readFileSync(join(projectRoot, "src", "data", "claims.reviewed.json"), "utf-8")).figures;
    const problems: string[] = [];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      for (const path of checked) {
        await page.goto(new URL(path, subPath.url).href);
        const seen = await page.evaluate(() => {
          const visible = (element: Element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0;
          };
          return {
            charts: [...document.querySelectorAll(".card.chart")].map((card) => [...card.querySelectorAll("img")].filter(visible).length),
            empty: document.querySelectorAll("observablehq-loading").length,
            tables: document.querySelectorAll("table").length,
            heading: document.querySelector("h1")?.textContent ?? "",
          };
        });
        const where = `${path} at ${viewport.width} px`;
        seen.charts.forEach((count, i) => count !== 1 && problems.push(`${where}: card ${i + 1} shows ${count} charts, not 1`));
        if (seen.empty) problems.push(`${where}: ${seen.empty} cells left empty`);
        if (seen.charts.length && !seen.tables) problems.push(`${where}: no table of numbers`);
        if (!/\S/.test(seen.heading) || /undefined|NaN/.test(seen.heading)) problems.push(`${where}: heading "${seen.heading}"`);
        if (path === "index.html" && !seen.heading.includes(`${figures["toll.all"]} dead`))
          problems.push(`${where}: heading "${seen.heading}"`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it("does not move as it loads: images keep their place, the search box comes in below the fold", async () => {
    const shifts: string[] = [];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport });
      // Cumulative layout shift, as browsers report it, from the first paint on.
      await context.addInitScript(() => {
        (window as unknown as { __shift: number }).__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      const page = await context.newPage();
      for (const path of checked) {
        await page.goto(new URL(path, subPath.url).href);
        await waitForRender(page);
        const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
        // 0.1 is what browsers call a poor score; the swap should cost next to nothing.
        if (shift > 0.01) shifts.push(`${path} at ${viewport.width} px: layout shift ${shift.toFixed(3)}`);
      }
      await context.close();
    }
    expect(shifts).toEqual([]);
  });
});

describe("the frame of every story page on a desktop", () => {
  it("keeps the navigation on one line at 1280 px, and the previous/next links close below the page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    for (const path of [
      "index.html",
      "flights.html",
      "contingents.html",
      "withdrawal.html",
      "claims.html",
      "methodology.html",
      "missions/index.html",
      "fr/index.html",
      "fr/flights.html",
      "fr/contingents.html",
      "fr/withdrawal.html",
      "fr/claims.html",
      "fr/methodology.html",
      "fr/missions/index.html",
    ]) {
      await page.goto(new URL(path, subPath.url).href);
      const frame = await page.evaluate(() => {
        const tops = [...document.querySelectorAll(".site-nav li")].map((item) => Math.round(item.getBoundingClientRect().top));
        const footer = document.querySelector(".report-footer")?.getBoundingClientRect();
        const pager = document.querySelector("#observablehq-footer nav")?.getBoundingClientRect();
        return { lines: new Set(tops).size, gap: footer && pager ? Math.round(pager.top - footer.bottom) : null };
      });
      if (frame.lines !== 1) problems.push(`${path}: the navigation takes ${frame.lines} lines`);
      if (frame.gap !== null && frame.gap > 64) problems.push(`${path}: ${frame.gap} px of blank above the previous/next links`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe("the site at the root of a host that maps /page to page.html", () => {
  it("serves pages by their extensionless addresses", async () => {
    const root = await serveStatic({ root: site, base: "/", mapHtmlExtension: true });
    const page = await inspectingPage();
    const problems: string[] = [];
    for (const path of ["", "flights", "missions/", "missions/unifil"]) {
      const report = await inspect(page, new URL(path, root.url).href, new URL(root.url).origin);
      problems.push(...report.problems.map((problem) => `/${path}: ${problem}`));
    }
    await page.close();
    await root.close();
    expect(problems).toEqual([]);
  });
});

describe("the text of every chart, at both widths", () => {
  it("stays inside its chart, and no two labels of an axis or a set of marks overlap", async () => {
    // Every chart image of every page: a new chart or page is covered without being listed here.
    const charts = chartImages(site, pages);
    expect(charts.length).toBeGreaterThan(2 * pages.length);
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const chart of charts) {
      for (const problem of await textProblems(page, chart.svg)) problems.push(`${chart.page} (${chart.width}) "${chart.alt}": ${problem}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 300_000);
});

describe("every page on a phone", () => {
  it("is no wider than a 390 px screen, in either edition: nothing makes the reader scroll sideways", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, subPath.url).href);
      await waitForRender(page);
      const wide = await page.evaluate(() => {
        const screen = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= screen) return null;
        // The element that reaches furthest right, named so that its style can be found.
        let widest: Element = document.body;
        for (const element of document.body.querySelectorAll("*"))
          if (element.getBoundingClientRect().right > widest.getBoundingClientRect().right) widest = element;
        const name = `${widest.tagName.toLowerCase()}${widest.className ? `.${String(widest.className).split(" ").join(".")}` : ""}`;
        return { width: document.documentElement.scrollWidth, name, text: (widest.textContent ?? "").slice(0, 60) };
      });
      if (wide) problems.push(`${path}: ${wide.width} px wide, reached by ${wide.name} ("${wide.text}")`);
    }
    await context.close();
    expect(problems, `of ${pages.length} pages`).toEqual([]);
  }, 300_000);
});

describe("npm run pdf", () => {
  const run = (tool: string, args: string[]) => {
    try {
      return execFileSync(tool, args, { encoding: "utf-8" });
    } catch (error) {
      throw new Error(`${tool} failed or is missing: install Debian's package poppler-utils (${(error as Error).message})`, {
        cause: error,
      });
    }
  };
  // The headline figures as the reviewed ledger records them, not as the PDF prints them.
  const figures = JSON.parse(readFileSync(join(projectRoot, "src", "data", "claims.reviewed.json"), "utf-8")).figures;

  /** Prints the built site as an editor does, through npm and tsx, and reads the PDF back: its pages, what the script said, its text. */
  function printed(options: string[]) {
    const dir = mkdtempSync(join(tmpdir(), "report-pdf-"));
    made.push(dir);
    const pdf = join(dir, "report.pdf");
    const result = spawnSync("npm", ["run", "--silent", "pdf", "--", "--site", output, "--output", pdf, ...options], {
      cwd: project.dir,
      env: project.env,
      encoding: "utf-8",
    });
    expect(result.stderr).not.toContain("Error");
    expect(result.status).toBe(0);
    const raw = run("pdftotext", [pdf, "-"]);
    return {
      // pdftotext ends each sheet with a form feed.
      sheets: raw
        .split("\f")
        .slice(0, -1)
        .map((sheet) => sheet.replace(/\s+/g, " ").trim()),
      said: Number(/wrote (\d+) pages/.exec(result.stdout)?.[1]),
      pages: Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]),
      title: /Title:\s+(.*)/.exec(run("pdfinfo", [pdf]))?.[1].replace(/\s+/g, " "),
      text: raw.replace(/\s+/g, " "),
    };
  }

  /** Every sheet carries the credit line in its margin, and none holds nothing else. */
  function expectWholeSheets(sheets: string[], locale: "en" | "fr") {
    const credit = typesetText(message(locale, "page.footer"), locale).replace(/\s+/g, " ");
    const alone = sheets.flatMap((sheet, i) => (sheet.replace(credit, "").trim().length < 40 ? [`sheet ${i + 1}: "${sheet}"`] : []));
    expect(alone, "sheets holding only the credit line, or next to nothing").toEqual([]);
    expect(sheets.filter((sheet) => !sheet.includes(credit)).length, "sheets without the credit line").toBe(0);
  }

  it("prints the story's pages to one PDF holding the headline figures", () => {
    const pdf = printed([]);
    expect(pdf.pages).toBe(pdf.said);
    expect(pdf.pages).toBeGreaterThanOrEqual(storyPages().length);
    expect(pdf.text).toContain(`MINUSMA: ${figures["toll.years"]} years, ${figures["toll.all"]} dead`);
    expect(pdf.text).toContain(
      `asked for ${figures["flights.latest.requested"]} flight authorizations and did not obtain ${figures["flights.latest.denied"]}`,
    );
    expect(pdf.text).toContain("Checking the claims");
    expectWholeSheets(pdf.sheets, "en");
  });

  it("prints the French edition with --lang fr, with the same headline figures in French", () => {
    const pdf = printed(["--lang", "fr"]);
    expect(pdf.pages).toBe(pdf.said);
    expect(pdf.title).toBe("MINUSMA : la fin de la mission de l’ONU au Mali");
    // pdftotext gives French's no-break spaces back as spaces; the figures here are under 1,000 or grouped alike.
    const french = (value: number) => formatter("fr").number(value).replace(/\s/g, " ");
    expect(pdf.text).toContain(`MINUSMA : ${figures["toll.years"]} ans, ${french(figures["toll.all"])} morts`);
    expect(pdf.text).toContain(
      `la mission a demandé ${french(figures["flights.latest.requested"])} autorisations de vol, et ${french(figures["flights.latest.denied"])} ne lui ont pas été accordées`,
    );
    expect(pdf.text).toContain("Les chiffres à l’épreuve des données");
    expect(pdf.text).not.toContain("Checking the claims");
    expectWholeSheets(pdf.sheets, "fr");
  });

  it("refuses an edition it does not have, naming the ones it has", () => {
    const result = spawnSync("npm", ["run", "--silent", "pdf", "--", "--site", output, "--lang", "de"], {
      cwd: project.dir,
      env: project.env,
      encoding: "utf-8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('invalid option: --lang takes one of en, fr; not "de"');
  });
});
