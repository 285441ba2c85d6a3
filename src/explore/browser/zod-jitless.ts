/**
 * Imported first by the page's script, so it runs before any module builds
 * a zod schema: zod probes `new Function` when it constructs an object
 * schema, and under the page's CSP (no 'unsafe-eval') that probe is reported
 * as a violation even though zod catches it.
 */
import { config } from "zod";

config({ jitless: true });
