import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

describe("[lint] the rules the project adds", () => {
  it("refuses a branch on an edition in a shared module, and passes a lookup in the edition's words", async () => {
    const eslint = new ESLint();
    const lint = async (code: string) =>
      (await eslint.lintText(code, { filePath: "src/components/lint-probe.ts" }))[0].messages.map((m) => m.ruleId);
    expect(await lint('export const label = (locale: string) => (locale === "fr" ? "Rapport" : "Report");\n')).toContain(
      "no-restricted-syntax",
    );
    expect(await lint('export const labels: Record<string, string> = { en: "Report", fr: "Rapport" };\n')).not.toContain(
      "no-restricted-syntax",
    );
  }, 60_000);
});
