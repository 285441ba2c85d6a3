// A small briefing-pack input with hostile scenario strings in every field a
// scenario can reach, for the report tests.
import type { TopLevelSpec } from "vega-lite";
import type { Assets } from "../../src/render/index.js";
import type { ReportInput } from "../../src/report/index.js";
import { barSpec, lineSpec } from "../render/specs.js";

export const XSS = "<img src=x onerror=alert(1)>";
export const LAYER = `Gun"'><script>alert(2)</script>`;

/** The bar chart, with the hostile layer name as a data value (axis label, tooltip). */
const hostileBars: TopLevelSpec = {
  ...barSpec,
  title: `${XSS} cost`,
  data: {
    values: [
      { layer: LAYER, cost: 28 },
      { layer: "Missile", cost: 55 },
    ],
  },
};

export function reportInput(assets: Assets): ReportInput {
  return {
    title: XSS,
    description: `Description & ${XSS}`,
    currency: "EUR",
    priceYear: 2025,
    mode: "monte-carlo",
    trials: 10000,
    seed: 7,
    provenance: `Variant: ${XSS} · Override: defense.layers.sam.pk = 70%`,
    charts: [
      { id: "cer", title: `CER — ${XSS}`, spec: lineSpec },
      { id: "cost", title: "Cost by layer", spec: hostileBars },
    ],
    resultsJson: '{"title":"<img src=x onerror=alert(1)>","points":[]}\n',
    resultsCsv: "n,cer\n1,0.5\n10,1.2\n",
    resultsTable: {
      columns: ["N", "CER", `Layer ${XSS}`],
      rows: [
        [1, 0.5, LAYER],
        [10, 1234567.891, null],
      ],
    },
    sections: [
      {
        id: `compare ${XSS}`,
        title: `Variants — ${XSS}`,
        note: `Note & ${XSS}`,
        table: { columns: ["variant", "CER"], rows: [[LAYER, 1.5]] },
      },
    ],
    assumptions: [
      {
        name: "Missile · kill probability",
        path: "defense.layers[0].pk",
        value: "0.7",
        range: "0.5–0.9",
        source: "scenario",
      },
      {
        name: `${LAYER} · name`,
        path: `defense.layers[1].name`,
        value: LAYER,
        range: "",
        source: `cat-1 ${XSS}`,
      },
    ],
    sources: [
      {
        id: "src-1",
        title: "Report A",
        publisher: "Pub & Co",
        year: 2024,
        url: "https://example.org/a?b=1&c=2",
      },
      { id: "src-2", title: XSS, publisher: "Evil", year: null, url: "javascript:alert(3)" },
      { id: "src-3", title: "No link", publisher: "", year: 2020, url: null },
    ],
    assets,
  };
}
