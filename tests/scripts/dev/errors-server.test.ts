import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startErrorsBoard, type ErrorsBoard } from "../../../scripts/dev/errors-server.js";
import { devErrorsTokenHeader, sendToPreview } from "../../../src/components/client/dev-errors.js";
import type { Problem } from "../../../src/components/render/problems.js";

const preview = "http://127.0.0.1:3999";
const problem: Problem = {
  page: "/flights",
  part: "timeline",
  source: "curated:events",
  file: "events.csv",
  line: 4,
  problem: "not a date",
  message: "not a date",
};

describe("[implausible data] the preview's error board", () => {
  let board: ErrorsBoard;
  beforeAll(async () => {
    board = await startErrorsBoard({ host: "127.0.0.1", port: 0, previewOrigins: [preview] });
  });
  afterAll(() => board.close());

  const shown = async (origin = preview) => {
    const response = await fetch(board.url, { headers: { origin } });
    return { lines: (await response.json()) as string[], allowed: response.headers.get("access-control-allow-origin") };
  };

  it("refuses a post from a page of another site, as a browser sends it, and shows nothing of it", async () => {
    const posts: Record<string, string>[] = [
      { origin: "http://evil.example", "content-type": "text/plain" },
      { origin: "http://evil.example", "content-type": "application/json", [devErrorsTokenHeader]: board.token },
      { origin: preview, "content-type": "text/plain" },
    ];
    for (const headers of posts) {
      const response = await fetch(board.url, { method: "POST", headers, body: JSON.stringify([{ ...problem, message: "planted" }]) });
      expect(response.status).toBe(403);
    }
    // A browser's preflight for a post with the token's header gets no leave to send it.
    const preflight = await fetch(board.url, { method: "OPTIONS", headers: { origin: "http://evil.example" } });
    expect(preflight.headers.get("access-control-allow-headers")).toBeNull();
    expect((await shown()).lines).toEqual([]);
  });

  it("takes the preview's loaders' posts, and lets only the preview's pages read them", async () => {
    await sendToPreview(board.url, [problem], board.token);
    const { lines, allowed } = await shown();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("not a date");
    expect(allowed).toBe(preview);
    expect((await shown("http://evil.example")).allowed).toBeNull();
    board.clear();
    expect((await shown()).lines).toEqual([]);
  });
});
