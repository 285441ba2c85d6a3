// `npm run charts`: regenerates the chart gallery in charts/.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildGallery } from "../src/briefing/index.js";
import { galleryEntries } from "./gallery-entries.js";

const files = await buildGallery(galleryEntries());
rmSync("charts", { recursive: true, force: true });
for (const f of files) {
  const path = join("charts", f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.data);
}
process.stdout.write(`wrote ${files.length} files to charts/\n`);
