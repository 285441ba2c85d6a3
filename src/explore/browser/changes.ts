/// <reference lib="dom" />
/**
 * Provenance and sharing: every changed input with its value in the file
 * and a reset button, "Download scenario" (the YAML with the changes
 * written in) and "Copy command" (the equivalent `cxr run` line).
 */
import type { ExploreData } from "../explore-page.js";
import { commandLine, type ExploreState } from "../explore-state.js";
import { originalText } from "../range-edit.js";
import { exploredScenario } from "../write-back.js";
import { el, fill } from "./dom.js";

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** The file name the downloaded scenario gets: `poland.yaml` → `poland-explored.yaml`. */
function downloadName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? "scenario.yaml";
  return base.replace(/(\.ya?ml|\.json)?$/i, "-explored.yaml");
}

async function copy(text: string, field: HTMLInputElement, note: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    note.textContent = "Copied.";
  } catch {
    // No clipboard permission: leave the line selected for the user to copy.
    field.focus();
    field.select();
    note.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
  }
}

export function showChanges(
  root: HTMLElement,
  data: ExploreData,
  state: ExploreState,
  reset: (path: string) => void,
): void {
  const original = (path: string): string => originalText(data.controls, state.variant, path);
  const rows = state.overrides.map((o) =>
    el("tr", {}, [
      el("td", {}, [el("code", {}, [o.path])]),
      el("td", {}, [original(o.path)]),
      el("td", {}, [o.value]),
      el("td", {}, [
        (() => {
          const b = el("button", { type: "button", "aria-label": `Reset ${o.path}` }, ["Reset"]);
          b.addEventListener("click", () => {
            reset(o.path);
          });
          return b;
        })(),
      ]),
    ]),
  );
  const list =
    rows.length === 0
      ? el("p", { class: "hint" }, ["No changes: these are the file's own values."])
      : el("div", { class: "table-wrap" }, [
          el("table", { class: "changes" }, [
            el("thead", {}, [
              el(
                "tr",
                {},
                ["Input", state.variant === null ? "In the file" : "In the variant", "Now", ""].map(
                  (h) => el("th", { scope: "col" }, [h]),
                ),
              ),
            ]),
            el("tbody", {}, rows),
          ]),
        ]);
  const command = el("input", {
    id: "command",
    type: "text",
    readonly: "",
    "aria-label": "Equivalent command line",
  });
  command.value = commandLine(data.file, state);
  const note = el("span", { class: "hint", role: "status" });
  const copyButton = el("button", { type: "button", id: "copy-command" }, ["Copy command"]);
  copyButton.addEventListener("click", () => {
    void copy(command.value, command, note);
  });
  const downloadButton = el("button", { type: "button", id: "download-scenario" }, [
    "Download scenario",
  ]);
  downloadButton.addEventListener("click", () => {
    try {
      download(
        downloadName(data.file),
        exploredScenario(data.text, state.variant, state.overrides),
      );
    } catch (err) {
      note.textContent = String(err);
    }
  });
  fill(root, [list, el("div", { class: "actions" }, [downloadButton, copyButton, note]), command]);
}
