/**
 * Runs the real build, as `npm run build` does, into a folder of its own, and checks what a
 * reader would get against counts made here straight from the raw UN file.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import * as aq from "arquero";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { resolveUpstream } from "../data-loaders/fetch.js";
import { sources } from "../data-loaders/sources.js";
import { tableDocs } from "../data-loaders/table-docs.js";
import { isUpToDate } from "../scripts/build/manifest.js";
import { formatter } from "../src/components/i18n/format.js";
import { projectCopy } from "./helpers.js";

// The builds run in a copy of the project: never in the caches or the dist/ that dev and build use.
const project = projectCopy("build-test");
const output = join(".build", "test-dist");
const outputDir = join(project.dir, output);
const rawFile = resolveUpstream(sources.unFatalities).path;
const staleCache = join(project.dir, "src", ".observablehq", "cache", "data", "tables", "casualties.csv");

/** The build as `npm run build` runs it, on a machine without a browser: no Chromium to be found. */
function build(env: NodeJS.ProcessEnv = {}, to = output, args: string[] = []) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build/build.ts", "--output", to, ...args], {
    cwd: project.dir,
    env: { ...project.env, CHROMIUM_PATH: "/nonexistent/chromium", ...env },
    encoding: "utf-8",
    timeout: 300_000,
  });
  const log = `${result.stdout}\n${result.stderr}`;
  // A build that hangs is named by the last step it reached.
  if (result.error)
    throw new Error(`the build did not finish (${result.error.message}); its last lines:\n${log.trim().split("\n").slice(-5).join("\n")}`);
  return { status: result.status, log };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function publishedFile(table: string): string {
  const file = files(outputDir).find((f) => f.startsWith(`_file/data/tables/${table}.`));
  if (!file) throw new Error(`no ${table} table in ${output}`);
  return file;
}

function snapshot(dir: string): Map<string, string> {
  return new Map(files(dir).map((file) => [file, readFileSync(join(dir, file), "latin1")]));
}

/** Counts people in the raw file by splitting lines, without the pipeline's parser or cleaning. */
function independentCounts() {
  const text = readFileSync(rawFile, "utf-8");
  if (text.includes('"')) throw new Error("the raw file now quotes cells; this independent count splits on commas");
  const [header, ...lines] = text.trimEnd().split("\n");
  const columns = header.split(",");
  const idAt = columns.indexOf("casualty_id");
  const missionAt = columns.indexOf("mission_acronym");
  const incidentAt = columns.indexOf("type_of_incident");
  const people = new Map<string, string[]>();
  for (const line of lines) {
    const cells = line.split(",");
    if (!people.has(cells[idAt])) people.set(cells[idAt], cells);
  }
  const rows = [...people.values()];
  const tollOf = (mission: string) => {
    const ofMission = rows.filter((cells) => cells[missionAt] === mission);
    const byIncident = new Map<string, number>();
    for (const cells of ofMission) byIncident.set(cells[incidentAt].trim(), (byIncident.get(cells[incidentAt].trim()) ?? 0) + 1);
    return { all: ofMission.length, malicious: byIncident.get("Malicious Act") ?? 0, byIncident };
  };
  const missions = [...new Set(rows.map((cells) => cells[missionAt]))];
  return {
    rawRows: lines.length,
    people: rows.length,
    missions,
    tollOf,
    minusma: tollOf("MINUSMA").all,
    minusmaYears: (() => {
      const years = rows
        .filter((cells) => cells[missionAt] === "MINUSMA")
        .map((cells) => Number(cells[columns.indexOf("incident_date")].slice(0, 4)));
      return Math.max(...years) - Math.min(...years);
    })(),
    minusmaMalicious: tollOf("MINUSMA").malicious,
  };
}

afterAll(() => project.remove());

describe("npm run build", () => {
  let buildLog = "";
  /** The first build, from a fresh copy: nothing cached, nothing rendered before. */
  let firstBuild: Map<string, string>;

  beforeAll(() => {
    if (!existsSync(rawFile)) throw new Error(`missing ${rawFile}: the build test needs ../shared beside the checkout`);
    // A loader output newer than its loader is what Framework reuses; the build must not.
    mkdirSync(join(staleCache, ".."), { recursive: true });
    writeFileSync(staleCache, "casualty_id,date,year,mission\nSTALE-1,2000-01-01,2000,STALE\n");
    const future = new Date(Date.now() + 3600_000);
    utimesSync(staleCache, future, future);
    rmSync(outputDir, { recursive: true, force: true });
    const { status, log } = build();
    buildLog = log;
    if (status !== 0) throw new Error(`the build failed:\n${log}`);
    firstBuild = snapshot(outputDir);
    // The stale file changed the cache behind the build's back, so every loader must have run.
    if (!log.includes("every loader runs")) throw new Error(`the build reused a tampered cache:\n${log}`);
  });

  it("writes the pages and the tables", () => {
    for (const page of ["index.html", "flights.html", "contingents.html", "withdrawal.html", "claims.html", "methodology.html"])
      expect(existsSync(join(outputDir, page)), page).toBe(true);
    // Draft notebooks preview with npm run dev but are never published.
    expect(existsSync(join(project.dir, "src", "drafts", "casualties-explorer.md"))).toBe(true);
    expect(files(outputDir).filter((file) => file.startsWith("drafts/"))).toEqual([]);
    for (const table of [
      "casualties",
      "flights",
      "strength",
      "contingents",
      "events",
      "sites",
      "withdrawal",
      "deployments",
      "deployment_contributors",
      "missions",
    ]) {
      expect(
        files(outputDir).some((file) => new RegExp(`^_file/data/tables/${table}\\.[0-9a-f]+\\.csv$`).test(file)),
        table,
      ).toBe(true);
    }
  });

  it("writes every page whole into its HTML: charts, figures and tables, with nothing left for a script to fill in", () => {
    const pages = files(outputDir).filter((file) => file.endsWith(".html"));
    // In each edition, the story's six pages, the missions index, and one page per mission of the raw file.
    const { missions } = independentCounts();
    expect(pages.filter((page) => !page.startsWith("fr/"))).toHaveLength(6 + 1 + missions.length);
    expect(pages.filter((page) => page.startsWith("fr/"))).toHaveLength(6 + 1 + missions.length);
    for (const page of pages) {
      const html = readFileSync(join(outputDir, page), "utf-8");
      expect(html, `${page} waits for a cell to display`).not.toContain("<observablehq-loading");
      expect(html, page).toMatch(page.startsWith("fr/") ? /<html lang="fr">/ : /<html lang="en">/);
      // A page that read a file at run time would carry the loader's run time, which no build repeats.
      expect(html, `${page} registers a file with its modification time`).not.toContain('"lastModified"');
      expect(html, `${page} prints undefined or NaN`).not.toMatch(/>[^<]*\b(undefined|NaN)\b[^<]*</);
      // Each chart: its two drawings, each with a name, and the description they point to.
      for (const chart of html.split('<div class="card chart">').slice(1)) {
        const images = [
          ...chart.matchAll(
            /<img class="chart-(wide|narrow)" src="data:image\/svg\+xml;base64,[^"]+" width="\d+" height="\d+" alt="([^"]+)" aria-describedby="([^"]+)">/g,
          ),
        ];
        expect(
          images.map((m) => m[1]),
          page,
        ).toEqual(["wide", "narrow"]);
        expect(chart, page).toContain(`<p id="${images[0][3]}" class="chart-description">`);
      }
    }
    // The missions index is the one page with a script of its own: the search box on its table.
    const scripted = pages.filter((page) => /define\(\{id:/.test(readFileSync(join(outputDir, page), "utf-8")));
    expect(scripted.sort()).toEqual(["fr/missions/index.html", "missions/index.html"]);
  });

  it("puts the story's headline and charts in the static HTML, with figures from the raw file", () => {
    const html = readFileSync(join(outputDir, "index.html"), "utf-8");
    const { minusma, minusmaYears } = independentCounts();
    const heading = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "";
    const headingText = heading.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]+>/g, "");
    expect(headingText).toBe(`MINUSMA: ${minusmaYears} years, ${minusma} dead`);
    // The pinned file's hash is for the methodology page, not the story's reader.
    expect(html).not.toContain(sources.unFatalities.sha256.slice(0, 16));
    expect(readFileSync(join(outputDir, "methodology.html"), "utf-8")).toContain(sources.unFatalities.sha256);
    // Three charts (the toll, the ranking, the toll as it was told), each drawn for a desktop and for a phone.
    expect([...html.matchAll(/<img class="chart-wide"/g)]).toHaveLength(3);
    expect([...html.matchAll(/<img class="chart-narrow"/g)]).toHaveLength(3);
  });

  it("names in the story's prose only the causes of death the file records for MINUSMA, with their counts", () => {
    const { document } = parseHTML(readFileSync(join(outputDir, "index.html"), "utf-8"));
    const prose = [...document.querySelectorAll("p")].map((p) => p.textContent ?? "").find((text) => text.startsWith("Between "))!;
    const { byIncident } = independentCounts().tollOf("MINUSMA");
    const wording: Record<string, string> = {
      Accident: "in accidents",
      Illness: "of illness",
      "Self-Inflicted": "self-inflicted",
      "To Be Determined": "still to be determined",
      Unknown: "as unknown",
    };
    for (const [incident, words] of Object.entries(wording)) {
      const count = byIncident.get(incident) ?? 0;
      if (count === 0) expect(prose, incident).not.toContain(words);
      // One to nine in words, as in any sentence: "still to be determined (nine)".
      else expect(prose, incident).toMatch(new RegExp(`${words} \\(${formatter("en").cardinal(count)}\\)`));
    }
  });

  it("gives each mission page its mission's name as its title", () => {
    for (const mission of ["MINUSMA", "UNOCI", "UNTSO"]) {
      const html = readFileSync(join(outputDir, "missions", `${mission.toLowerCase()}.html`), "utf-8");
      expect(html.match(/<title>([^<]*)<\/title>/)?.[1]).toMatch(new RegExp(`^${mission}: the toll`));
    }
  });

  it("offers every table for download on the methodology page", () => {
    const methodology = readFileSync(join(outputDir, "methodology.html"), "utf-8");
    for (const doc of tableDocs) expect(methodology, doc.name).toContain(`href="./${publishedFile(doc.name)}"`);
    expect(methodology).toContain(`href="./${files(outputDir).find((f) => /^_file\/data\/tables\/claims\.[0-9a-f]+\.json$/.test(f))}"`);
    expect(methodology).toContain('href="./manifest.json"');
    // Every logged correction is on the page, by the figure it corrects.
    const logged = readFileSync(join(project.dir, "data-loaders", "curated", "corrections.csv"), "utf-8")
      .trim()
      .split("\n")
      .slice(1);
    expect(logged.length).toBeGreaterThan(0);
    for (const row of logged) expect(methodology).toContain(row.split(",")[1]);
  });

  it("writes a manifest of every input and every published file with its sha256", () => {
    const manifest = JSON.parse(readFileSync(join(outputDir, "manifest.json"), "utf-8")) as {
      partial: unknown;
      inputs: { path: string; sha256: string }[];
      outputs: { path: string; sha256: string }[];
    };
    expect(manifest.partial).toBeNull();
    const published = files(outputDir).filter((file) => file !== "manifest.json");
    expect(manifest.outputs.map((o) => o.path)).toEqual(published);
    for (const { path, sha256 } of manifest.outputs) {
      expect(sha256, path).toBe(
        createHash("sha256")
          .update(readFileSync(join(outputDir, path)))
          .digest("hex"),
      );
    }
    expect(manifest.inputs).toContainEqual({ path: `upstream/${sources.unFatalities.relativePath}`, sha256: sources.unFatalities.sha256 });
    const flights = readFileSync(join(project.dir, "data-loaders", "curated", "flights.csv"));
    expect(manifest.inputs).toContainEqual({ path: "curated/flights.csv", sha256: createHash("sha256").update(flights).digest("hex") });
    expect(manifest.inputs.map((i) => i.path)).toEqual(expect.arrayContaining(["src/index.page.ts", "src/index.md.sh"]));
  });

  it("publishes every curated row, with its source: an address, or the title of an article whose address is not known", () => {
    for (const table of ["flights", "strength", "contingents", "events"]) {
      const curated = aq.fromCSV(readFileSync(join(project.dir, "data-loaders", "curated", `${table}.csv`), "utf-8"), { autoType: false });
      const published = aq.fromCSV(readFileSync(join(outputDir, publishedFile(table)), "utf-8"), { autoType: false });
      expect(published.numRows(), table).toBe(curated.numRows());
      expect(published.array("source_url"), table).toEqual(curated.array("source_url"));
      expect(published.array("source_title"), table).toEqual(curated.array("source_title"));
      const cited = published.objects() as { source_url: string; source_title: string }[];
      expect(
        cited.every((row) => /^https?:\/\//.test(row.source_url) || (!row.source_url && Boolean(row.source_title))),
        table,
      ).toBe(true);
    }
  });

  it("links only to pages and files that exist", () => {
    for (const page of files(outputDir).filter((file) => file.endsWith(".html"))) {
      const html = readFileSync(join(outputDir, page), "utf-8");
      const targets = [...html.matchAll(/(?:src|href)="(\.[^"#?]*)/g)].map((m) => m[1]);
      for (const target of targets) {
        const path = join(outputDir, page, "..", target);
        const resolved = target.endsWith("/") ? join(path, "index.html") : path;
        expect(existsSync(resolved), `${page} → ${target}`).toBe(true);
      }
    }
  });

  it("publishes the table the current pipeline makes, matching an independent count of the raw file", () => {
    const table = aq.fromCSV(readFileSync(join(outputDir, publishedFile("casualties")), "utf-8"), { autoType: false });
    const expected = independentCounts();
    expect(table.numRows()).toBe(expected.people);
    expect(table.filter((d) => d.mission === "STALE").numRows()).toBe(0);
    expect(new Set(table.array("mission") as string[]).size).toBe(expected.missions.length);
    const minusma = table.filter((d) => d.mission === "MINUSMA");
    expect(minusma.numRows()).toBe(expected.minusma);
    expect(minusma.filter((d) => d.incident_type === "Malicious Act").numRows()).toBe(expected.minusmaMalicious);
    expect(table.columnNames()).toEqual([
      "casualty_id",
      "date",
      "year",
      "mission",
      "personnel_type",
      "incident_type",
      "nationality",
      "iso3",
      "gender",
    ]);
  });

  it("writes a page for every mission in the raw file, and the index", () => {
    const { missions } = independentCounts();
    for (const folder of ["missions/", "fr/missions/"]) {
      const pages = files(outputDir)
        .filter((file) => file.startsWith(folder))
        .sort();
      expect(pages).toEqual([...missions.map((mission) => `${folder}${mission.toLowerCase()}.html`), `${folder}index.html`].sort());
    }
  });

  it("summarizes the missions as an independent count of the raw file does", () => {
    const { tollOf } = independentCounts();
    const summaries = aq.fromCSV(readFileSync(join(outputDir, publishedFile("missions")), "utf-8")).objects() as {
      mission: string;
      all: number;
      malicious: number;
    }[];
    for (const mission of ["MINUSMA", "UNIFIL", "UNTSO", "UNMIK"]) {
      const row = summaries.find((summary) => summary.mission === mission);
      expect({ mission, all: row?.all, malicious: row?.malicious }).toEqual({
        mission,
        all: tollOf(mission).all,
        malicious: tollOf(mission).malicious,
      });
    }
  });

  it("has nothing to do when nothing changed; forced, it reuses the loaders' output and the rendered pages", () => {
    const before = snapshot(outputDir);
    const again = build();
    expect(again.status, again.log).toBe(0);
    expect(again.log).toContain("it is up to date");
    expect(snapshot(outputDir)).toEqual(before);

    const forced = build({}, output, ["--force"]);
    expect(forced.status, forced.log).toBe(0);
    expect(forced.log).toContain("their output is reused");
    expect(forced.log).toContain("pages: reused");
    expect(snapshot(outputDir)).toEqual(before);
  });

  it("after an edit to the chart functions, runs again only the page loaders that draw charts, not the downloads", () => {
    const charts = join(project.dir, "src", "components", "charts", "toll-charts.ts");
    const original = readFileSync(charts, "utf-8");
    const before = snapshot(outputDir);
    try {
      // A change that draws nothing differently: the site must come out as it was.
      writeFileSync(charts, `${original}\n// an edit that changes no drawing\n`);
      const edited = build();
      expect(edited.status, edited.log).toBe(0);
      expect(edited.log).toMatch(/loaders: \d+ read what changed and run again \(\d+ page loaders\); the others' output is reused/);
      // The downloads' loader prints its tables when it runs.
      expect(edited.log).not.toContain("tables: 8 files");
      const after = snapshot(outputDir);
      const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file));
      expect(changed).toEqual(["manifest.json"]);
    } finally {
      writeFileSync(charts, original);
    }
  });

  it("does not take a site whose published files were changed behind its back for up to date", () => {
    // What decides whether `npm run build` has nothing to do (scripts/build/build.ts), checked in
    // process: a rebuild to prove it would cost a whole build.
    const { buildKey } = JSON.parse(readFileSync(join(outputDir, "manifest.json"), "utf-8")) as { buildKey: string };
    expect(isUpToDate(outputDir, buildKey)).toBe(true);
    const page = join(outputDir, "flights.html");
    const original = readFileSync(page, "utf-8");
    writeFileSync(page, original.replace("Grounded", "Tampered"));
    expect(isUpToDate(outputDir, buildKey)).toBe(false);
    writeFileSync(page, original);
    writeFileSync(join(outputDir, "extra.html"), "<p>not published by the build</p>");
    expect(isUpToDate(outputDir, buildKey)).toBe(false);
    rmSync(join(outputDir, "extra.html"));
    expect(isUpToDate(outputDir, buildKey)).toBe(true);
    expect(isUpToDate(outputDir, "another build key")).toBe(false);
    // A published file replaced by a link to the very same bytes elsewhere: not intact.
    const elsewhere = join(mkdtempSync(join(tmpdir(), "planted-")), "flights.html");
    cpSync(page, elsewhere);
    rmSync(page);
    symlinkSync(elsewhere, page);
    expect(isUpToDate(outputDir, buildKey)).toBe(false);
    rmSync(page);
    cpSync(elsewhere, page);
    rmSync(join(elsewhere, ".."), { recursive: true, force: true });
    expect(isUpToDate(outputDir, buildKey)).toBe(true);
  });

  it("says how many rows the loader read and dropped", () => {
    const { rawRows, people } = independentCounts();
    expect(buildLog).toMatch(
      new RegExp(`casualties: ${rawRows} rows read .* ${rawRows - people} duplicate casualty ids dropped, ${people} rows written`),
    );
  });

  it("parses the UN file once in a cold build, whatever reads its table: the pages, Framework's config, the loaders", () => {
    const parses = buildLog.split("\n").filter((line) => line.startsWith("casualties: parsed "));
    expect(parses, buildLog).toHaveLength(1);
    expect(parses[0]).toContain(`(${independentCounts().rawRows} rows)`);
  });

  it("loads nothing from another host", () => {
    for (const file of files(outputDir).filter((f) => /\.(html|js|css)$/.test(f))) {
      const text = readFileSync(join(outputDir, file), "utf-8");
      // Links to sources on other hosts are fine (a reader follows them or not); loads are not.
      expect(text, file).not.toMatch(/\b(src|srcset|poster|data)=["']?(https?:)?\/\//);
      expect(text, file).not.toMatch(/<link\b[^>]*\bhref=["']?(https?:)?\/\//);
      expect(text, file).not.toMatch(/(import\s*\(?|from)\s*["'](https?:)?\/\//);
      expect(text, file).not.toMatch(/cdn\.jsdelivr|fonts\.googleapis|fonts\.gstatic|unpkg\.com|"npm:/);
      expect(text, file).not.toMatch(/url\((["']?)(https?:)?\/\//);
    }
  });

  it("links every page asset relatively, so the site works under any sub-path", () => {
    for (const page of files(outputDir).filter((file) => file.endsWith(".html"))) {
      const html = readFileSync(join(outputDir, page), "utf-8");
      const local = [...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]).filter((url) => !/^(https?:|data:|mailto:)/.test(url));
      expect(local.length, page).toBeGreaterThan(0);
      for (const url of local) expect(url, `${page}: ${url}`).toMatch(/^\.\.?\//);
    }
  });

  describe("when an input is missing or changed", () => {
    let before: Map<string, string>;
    const madeDirs: string[] = [];
    const tempDir = (prefix: string) => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      madeDirs.push(dir);
      return dir;
    };
    beforeAll(() => {
      before = snapshot(outputDir);
    });
    afterAll(() => madeDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

    it("stops, names the source and where it looked, and leaves the published site as it was", () => {
      const empty = tempDir("upstream-empty-");
      const { status, log } = build({ UPSTREAM_DIR: empty, MISSION_PAGES: "none" });
      expect(status).not.toBe(0);
      expect(log).toContain(`[${sources.unFatalities.id}] ${sources.unFatalities.relativePath} not found`);
      expect(log).toContain(join(empty, sources.unFatalities.relativePath));
      expect(log).toContain("left as it was");
      expect(snapshot(outputDir)).toEqual(before);
    });

    it("stops on a bad curated row, naming the table, file, line, column and value", () => {
      const curated = tempDir("curated-bad-");
      cpSync(join(project.dir, "data-loaders", "curated"), curated, { recursive: true });
      const flights = join(curated, "flights.csv");
      const lines = readFileSync(flights, "utf-8").split("\n");
      // Line 5 gives 565 requested and 167 denied; more denied than requested must stop the build.
      lines[4] = lines[4].replace(",565,167,", ",565,600,");
      writeFileSync(flights, lines.join("\n"));
      const { status, log } = build({ CURATED_DIR: curated, MISSION_PAGES: "none" });
      expect(status).not.toBe(0);
      expect(log).toContain(`[curated:flights] ${flights}:5:6 column "denied" value "600": more flights denied than requested (565)`);
      expect(snapshot(outputDir)).toEqual(before);
    });

    it("[one edition never contradicts the other] stops when the French catalogue swaps two figures of a sentence, naming the pages and the unit, on every build until fixed", () => {
      const template = join(project.dir, "src", "components", "i18n", "messages", "fr.json");
      const original = readFileSync(template, "utf-8");
      const sentence = "{earlierRequested}, et {earlierDenied} avaient été";
      expect(original).toContain(sentence);
      try {
        writeFileSync(template, original.replace(sentence, "{earlierDenied}, et {earlierRequested} avaient été"));
        const swapped =
          /\/flights and \/fr\/flights: paragraph \d+ prints [\d, .]*1231, 297[\d, .]* in English \(".*"\) and [\d, .]*297, 1231[\d, .]* in French/;
        const first = build({ MISSION_PAGES: "none" });
        expect(first.status).not.toBe(0);
        expect(first.log).toContain("the two editions do not print the same numbers in the same places");
        expect(first.log).toMatch(swapped);
        expect(snapshot(outputDir)).toEqual(before);
        // What a build killed after rendering leaves: the pages rendered from these inputs are on
        // disk and reused, and the check must stop them again.
        const second = build({ MISSION_PAGES: "none" });
        expect(second.log).toContain("pages: reused");
        expect(second.status).not.toBe(0);
        expect(second.log).toMatch(swapped);
        expect(snapshot(outputDir)).toEqual(before);
      } finally {
        writeFileSync(template, original);
      }
    });

    it("stops when a change to the data moves a reviewed claim, naming the claim and both values", () => {
      const curated = tempDir("curated-moved-");
      cpSync(join(project.dir, "data-loaders", "curated"), curated, { recursive: true });
      const strength = join(curated, "strength.csv");
      writeFileSync(
        strength,
        readFileSync(strength, "utf-8").replace("2023-05-31,day,uniformed,13000,", "2023-05-31,day,uniformed,13500,"),
      );
      const flights = join(curated, "flights.csv");
      writeFileSync(flights, readFileSync(flights, "utf-8").replace(",1231,297,", ",1231,298,"));
      const { status, log } = build({ CURATED_DIR: curated, MISSION_PAGES: "none" });
      expect(status).not.toBe(0);
      expect(log).toContain(
        'claim "reuters-12000-peacekeepers" (The mission numbered some 12,000 peacekeepers.): 13000, differs → 13500, differs',
      );
      expect(log).toContain('story figure "flights.earlier.denied": 297 → 298 (+1)');
      // A share moves as a percentage, in points.
      expect(log).toContain('story figure "flights.earlier.share": 24.1% → 24.2% (+0.1 points)');
      expect(log).toContain("Review them with npm run claims");
      expect(snapshot(outputDir)).toEqual(before);
    });

    it("stops on a file whose hash differs from the pin, printing both hashes", () => {
      const mirror = tempDir("upstream-changed-");
      const copy = join(mirror, sources.unFatalities.relativePath);
      mkdirSync(join(copy, ".."), { recursive: true });
      cpSync(rawFile, copy);
      writeFileSync(copy, "9999,2024-01-01,MINUSMA-2024-01-99999,MINUSMA,Fatality,M,Chad,Military,Accident,148.0,TCD,2025-04-04\n", {
        flag: "a",
      });
      const { status, log } = build({ UPSTREAM_DIR: mirror, MISSION_PAGES: "none" });
      expect(status).not.toBe(0);
      expect(log).toContain(`expected sha256 ${sources.unFatalities.sha256}`);
      expect(log).toMatch(/actual {3}sha256 [0-9a-f]{64}/);
      expect(snapshot(outputDir)).toEqual(before);
    });
  });

  describe("[the output folder is the user's] folders the build must not replace", () => {
    const madeDirs: string[] = [];
    afterAll(() => madeDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

    it("refuses a folder of someone's own files, names what is there, and deletes nothing", () => {
      const home = mkdtempSync(join(tmpdir(), "home-"));
      madeDirs.push(home);
      mkdirSync(join(home, "Documents"));
      mkdirSync(join(home, ".ssh"));
      writeFileSync(join(home, ".ssh", "id_ed25519"), "private key");
      const mine = snapshot(home);
      const { status, log } = build({}, home);
      expect(status).toBe(2);
      expect(log).toContain(`build refused: --output ${home}: it holds files and no site this project wrote`);
      expect(log).toContain(".ssh/, Documents/");
      expect(snapshot(home)).toEqual(mine);
      expect(log).not.toContain("report written");
    });

    it("refuses the pinned upstream folder and the curated tables as output, whatever they hold", () => {
      const upstream = project.env.UPSTREAM_DIR!;
      const refusedUpstream = build({}, upstream);
      expect(refusedUpstream.status).toBe(2);
      expect(refusedUpstream.log).toContain("which holds the pinned upstream files (UPSTREAM_DIR)");
      expect(existsSync(rawFile)).toBe(true);
      const curated = mkdtempSync(join(tmpdir(), "curated-out-"));
      madeDirs.push(curated);
      const refusedCurated = build({ CURATED_DIR: curated }, join(curated, "site"));
      expect(refusedCurated.status).toBe(2);
      expect(refusedCurated.log).toContain("which holds the curated tables (CURATED_DIR)");
    });

    it("[nothing stale] refuses MISSION_PAGES set but empty, before building anything", () => {
      const { status, log } = build({ MISSION_PAGES: "" });
      expect(status).toBe(2);
      expect(log).toContain("build refused: MISSION_PAGES is set but empty");
    });
  });

  describe("publishing", () => {
    it("publishes into a folder on another file system, replacing the site there, and leaves no copy behind", () => {
      const far = "/dev/shm";
      if (statSync(far).dev === statSync(project.dir).dev)
        throw new Error(`${far} is on the project's file system: this test needs a second one`);
      const to = mkdtempSync(join(far, "report-"));
      try {
        // A site this project wrote before: its manifest lists what it published.
        writeFileSync(join(to, "old.html"), "the previous site");
        writeFileSync(
          join(to, "manifest.json"),
          JSON.stringify({ buildKey: "an older build", outputs: [{ path: "old.html", sha256: "" }] }),
        );
        const { status, log } = build({ MISSION_PAGES: "none" }, to);
        expect(status, log).toBe(0);
        expect(existsSync(join(to, "index.html"))).toBe(true);
        expect(existsSync(join(to, "old.html"))).toBe(false);
        expect(readdirSync(far).filter((name) => name.startsWith(`${basename(to)}.`))).toEqual([]);
        expect(readdirSync(join(project.dir, ".build")).filter((name) => name.startsWith("site-"))).toEqual([]);
      } finally {
        rmSync(to, { recursive: true, force: true });
      }
    });

    it("stops at once while another build holds the project's lock, naming it, and leaves the site as it was", () => {
      const lock = join(project.dir, ".build", "build.lock");
      writeFileSync(lock, `${process.pid}\n`);
      try {
        const published = snapshot(outputDir);
        const { status, log } = build();
        expect(status).toBe(1);
        expect(log).toContain(`another build (process ${process.pid}) is running in this project`);
        expect(snapshot(outputDir)).toEqual(published);
      } finally {
        rmSync(lock, { force: true });
      }
    });
  });

  describe("text from the data", () => {
    const madeDirs: string[] = [];
    afterAll(() => madeDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

    it("prints a curated cell as the text it is: no markup, no Markdown, no code for Framework to run", () => {
      const curated = mkdtempSync(join(tmpdir(), "curated-hostile-"));
      madeDirs.push(curated);
      cpSync(join(project.dir, "data-loaders", "curated"), curated, { recursive: true });
      const hostile = '${document.title = "taken" + 1} <img src=x onerror=alert(1)> **bold** [a link](https://example.org) \\${1+1}';
      const note = "# not a heading";
      const events = join(curated, "events.csv");
      writeFileSync(
        events,
        readFileSync(events, "utf-8").trimEnd() +
          `\nhostile-fixture,2020-01-01,day,"${hostile.replace(/"/g, '""')}","${hostile.replace(/"/g, '""')}",politics,,https://example.org/fixture,,press,,${note}\n`,
      );
      // The copy desk's spelling would stop the build on the payload's words: they are this build's
      // own, taken back after it, so that the copy's later builds read the word lists as committed.
      const wordLists = ["en", "fr"].map((locale) => join(project.dir, "src", "components", "i18n", "words", `${locale}.txt`));
      const committed = wordLists.map((file) => readFileSync(file, "utf-8"));
      for (const file of wordLists) appendFileSync(file, "\nimg\nsrc\nonerror\nalert\nbold\nlink\ntaken\ndocument\ntitle\nheading\n");
      onTestFinished(() => wordLists.forEach((file, i) => writeFileSync(file, committed[i])));
      const to = join(".build", "test-hostile");
      madeDirs.push(join(project.dir, to));
      const { status, log } = build({ CURATED_DIR: curated, MISSION_PAGES: "none" }, to);
      expect(status, log).toBe(0);
      // The event's English and French words, each on its edition's page.
      for (const page of ["index.html", "fr/index.html"]) {
        const html = readFileSync(join(project.dir, to, page), "utf-8");
        const { document } = parseHTML(html);
        const item = [...document.querySelectorAll(".timeline li")].find((li) => li.textContent?.includes("document.title = "));
        // As text, every character of it, set in the edition's typography: “taken”, «\u00a0taken\u00a0».
        const quoted = page.startsWith("fr/") ? "«\u00a0taken\u00a0»" : "“taken”";
        expect(item?.querySelector(".timeline-event")?.textContent, page).toBe(hostile.replace('"taken"', quoted));
        expect(item?.querySelector(".timeline-note")?.textContent, page).toBe(note);
        expect(item?.querySelectorAll("img, strong, a:not(.cite), h1"), page).toHaveLength(0);
        // The page runs no code: Framework made no cell of the value.
        expect(html, page).not.toContain("define({");
      }
    });
  });

  describe("a partial build (MISSION_PAGES)", () => {
    const npmBuild = (missionPages: string, ...args: string[]) => {
      const result = spawnSync("npm", ["run", "--silent", "build", "--", ...args], {
        cwd: project.dir,
        env: { ...project.env, MISSION_PAGES: missionPages },
        encoding: "utf-8",
      });
      return { status: result.status, log: `${result.stdout}\n${result.stderr}` };
    };
    const partialDir = join(project.dir, "dist-partial");
    afterAll(() => rmSync(partialDir, { recursive: true, force: true }));

    it("refuses to write into dist/, where it would replace the full site", () => {
      const published = existsSync(join(project.dir, "dist")) ? snapshot(join(project.dir, "dist")) : null;
      const { status, log } = npmBuild("MINUSMA", "--output", "dist");
      expect(status).toBe(2);
      expect(log).toContain("a partial site never replaces the full one in dist/");
      expect(existsSync(join(project.dir, "dist")) ? snapshot(join(project.dir, "dist")) : null).toEqual(published);
    });

    it("goes to dist-partial/ by default, says so, and its manifest records that it is partial", () => {
      const { status, log } = npmBuild("UNFICYP");
      expect(status, log).toBe(0);
      expect(log).toContain("partial build (MISSION_PAGES=UNFICYP): writing to dist-partial/, not dist/");
      const manifest = JSON.parse(readFileSync(join(partialDir, "manifest.json"), "utf-8"));
      expect(manifest.partial).toEqual({ missionPages: "UNFICYP" });
      expect(files(join(partialDir, "missions")).filter((file) => file !== "index.html")).toEqual(["unficyp.html"]);
    });
  });

  describe("reproducibility", () => {
    const tree = join(".build", "repro");

    it("builds again from clean, caches and all, into the first build's tree, byte for byte", () => {
      // Nothing carried over: no loader output or record, no bundles, no rendered pages.
      rmSync(join(project.dir, "src", ".observablehq", "cache"), { recursive: true, force: true });
      rmSync(join(project.dir, ".build", "pages"), { recursive: true, force: true });
      const { status, log } = build({}, tree);
      expect(status, log).toBe(0);
      const again = snapshot(join(project.dir, tree));
      expect([...again.keys()]).toEqual([...firstBuild.keys()]);
      expect([...again.keys()].filter((file) => again.get(file) !== firstBuild.get(file))).toEqual([]);
    }, 600_000);
  });
});
