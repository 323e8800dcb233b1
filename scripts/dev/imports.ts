/**
 * The modules a TypeScript file imports, read with TypeScript's own parser: a lexer for
 * JavaScript misreads valid TypeScript (`m.get(k)! / total` looks to it like the start of a
 * regular expression) and then stops reading the file's imports, and with them the preview's
 * refreshes.
 */
import ts from "typescript";

export interface ModuleImport {
  specifier: string;
  /** `import type` / `export type`: erased when the module runs. */
  typeOnly: boolean;
}

export function importsOf(source: string, fileName: string): ModuleImport[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: ModuleImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: Boolean(node.importClause?.isTypeOnly) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
