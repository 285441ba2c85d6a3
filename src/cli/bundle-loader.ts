#!/usr/bin/env node
// The `cxr` executable of the built package (dist/cli/bin.js): runs the CLI
// bundle dist/cli/cli.cjs from its code cache (see bundle-script.ts).
import { fileURLToPath } from "node:url";
import { compileBundle, readCache } from "./bundle-script.js";

const file = fileURLToPath(new URL("./cli.cjs", import.meta.url));
const bundle = compileBundle(file, readCache(file)).run((specifier) => import(specifier));
process.exitCode = await bundle.main();
