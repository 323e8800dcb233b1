// @ts-check
import js from "@eslint/js";
import comments from "@eslint-community/eslint-plugin-eslint-comments/configs";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "dist-partial/", ".build/", ".cache/", "src/.observablehq/", "tests/output/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    linterOptions: {
      // An exception to a rule says why, on the line that makes it.
      reportUnusedDisableDirectives: "error",
    },
    rules: {
      // An exception to a rule says why: `// eslint-disable-next-line rule -- the reason`.
      "@eslint-community/eslint-comments/require-description": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
