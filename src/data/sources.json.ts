import { sources } from "../../data-loaders/sources.js";

process.stdout.write(JSON.stringify(Object.values(sources), null, 2));
