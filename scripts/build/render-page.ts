/**
 * Renders one page's Markdown to stdout: what a page loader (src/components/render/print-page.sh) runs
 * when no build has rendered the pages, as in `npm run dev`.
 *
 *   node --import tsx scripts/build/render-page.ts /flights
 *
 * In `npm run dev` (DEV_ERRORS_URL set), a page that cannot be rendered is replaced by a page that
 * shows the error where the analyst is looking, and the error also goes to the terminal; figures
 * that moved since the last review are shown with their new values and listed in the terminal
 * (and so in the dev banner) rather than stopping the page, as they stop the build.
 */
import { PageContext } from "../../src/components/render/page.js";
import { escapeText } from "../../src/components/render/markup.js";
import { describeProblem, problemOf, type Problem } from "../../src/components/render/problems.js";
import { describeChange } from "../../src/components/render/review.js";
import { sendToPreview } from "../../src/components/client/dev-errors.js";
import { renderPage } from "./pages.js";

const path = process.argv[2];
if (!path?.startsWith("/")) {
  console.error("usage: render-page.ts <page path, such as /flights or /missions/minusma>");
  process.exit(2);
}
const previewErrors = process.env.DEV_ERRORS_URL;
const problems: Problem[] = [];
const report = (problem: Problem) => {
  problems.push(problem);
  console.error(describeProblem(problem));
};
const context = new PageContext({
  mode: previewErrors ? "preview" : "build",
  onProblem: report,
  onMoved: (changes) =>
    report({
      page: path,
      part: "review",
      problem: `${changes.length} reviewed value(s) moved`,
      message: `${changes.length} reviewed value(s) moved (npm run claims): ${changes.map(describeChange).join("; ")}`,
    }),
});
try {
  process.stdout.write(await renderPage(context, path));
} catch (error) {
  if (!previewErrors) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const problem = problemOf(error, { page: path, part: "page" });
  report(problem);
  process.stdout.write(
    `---\ntitle: "Error"\n---\n\n<div class="dev-page-error" role="alert"><strong>This page could not be rendered.</strong><pre>${escapeText(problem.message)}</pre><p>Fix the input and save: the page comes back.</p></div>\n`,
  );
}
if (previewErrors) await sendToPreview(previewErrors, problems);
