#!/usr/bin/env node
// The `cxr` executable as it runs from source (`node dist/src/cli/bin.js`).
// The built package's dist/cli/bin.js is src/cli/bundle-loader.ts instead.
import { main } from "./main.js";

process.exitCode = await main();
