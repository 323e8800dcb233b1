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
  {
    // Words for readers live in each edition's catalogue (src/components/i18n/messages/) and its
    // curated columns, not in branches on a locale: an edition is added as data, not as code.
    files: ["src/**/*.ts", "scripts/**/*.ts", "data-loaders/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(en|fr)$/]",
          message: "No branch on an edition: put the words in its catalogue (src/components/i18n/messages/) or its curated column.",
        },
      ],
    },
  },
);
