import { parseArgs, type ParseArgsConfig } from "node:util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/*
 * The command line of every script in package.json: node's own parseArgs, plus what users of a
 * tool expect of it — `--help` prints what the command does, its options with their defaults and
 * the environment variables it reads; a mistyped option is named with the usage, not a stack trace.
 */

export interface CliSpec<Options extends ParseArgsOptionsConfig> {
  /** How a user runs it: "npm run build -- [options]". */
  usage: string;
  /** What the command does, in a sentence or two. */
  summary: string;
  options: Options;
  /** One line per option, shown by --help. */
  describe: { [Name in keyof Options]: string };
  /** Environment variables the command reads, with what they do. */
  environment?: Record<string, string>;
  /** What the positional arguments are, when the command takes any. */
  positionals?: string;
}

export function helpText<Options extends ParseArgsOptionsConfig>(spec: CliSpec<Options>): string {
  const flag = (name: string, option: ParseArgsOptionsConfig[string]) => `--${name}${option.type === "string" ? " <value>" : ""}`;
  const rows: [string, string][] = Object.entries(spec.options).map(([name, option]) => [
    flag(name, option),
    `${spec.describe[name]}${option.default !== undefined && option.default !== false ? ` (default: ${String(option.default)})` : ""}`,
  ]);
  rows.push(["--help", "Print this help and exit."]);
  const width = Math.max(...rows.map(([left]) => left.length), ...Object.keys(spec.environment ?? {}).map((name) => name.length)) + 2;
  const lines = [`Usage: ${spec.usage}`, "", spec.summary, ""];
  if (spec.positionals) lines.push(`Arguments: ${spec.positionals}`, "");
  lines.push("Options:", ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`));
  if (spec.environment) {
    lines.push("", "Environment:", ...Object.entries(spec.environment).map(([name, what]) => `  ${name.padEnd(width)}${what}`));
  }
  return lines.join("\n");
}

/** Parses the command line, or prints the help (exit 0) or the mistake and the usage (exit 2). */
export function parseCli<const Options extends ParseArgsOptionsConfig>(spec: CliSpec<Options>, argv = process.argv.slice(2)) {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(helpText(spec));
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options: spec.options, allowPositionals: Boolean(spec.positionals), strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\nUsage: ${spec.usage}\nRun with --help for the options.`);
    process.exit(2);
  }
}

/** A whole number option within its range, or a clear exit (2) naming the option and the range. */
export function wholeNumber(name: string, value: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isInteger(number) || number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    console.error(`invalid option: --${name} takes a whole number ${range}; not "${value}"`);
    process.exit(2);
  }
  return number;
}

/** An option that takes one of a few values, or a clear exit (2) naming the option and the values. */
export function oneOf<const Value extends string>(name: string, value: string, values: readonly Value[]): Value {
  if ((values as readonly string[]).includes(value)) return value as Value;
  console.error(`invalid option: --${name} takes one of ${values.join(", ")}; not "${value}"`);
  process.exit(2);
}
