/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Draws the chart builders' Vega-Lite specs with Vega, under a CSP without
 * 'unsafe-eval': specs are parsed to an AST (`ast: true`) and expressions are
 * evaluated by `vega-interpreter` instead of compiled with `Function`.
 */
import { parse, View } from "vega";
import { expressionInterpreter } from "vega-interpreter";
import { compile, type TopLevelSpec } from "vega-lite";

interface Slot {
  json: string;
  view: View | null;
}

/** Runs `f` in a task after the next frame: rAF callbacks run before painting, the timeout after it. */
function afterPaint(f: () => void): void {
  requestAnimationFrame(() => {
    setTimeout(f, 0);
  });
}

/** The charts of one container, redrawn only when their spec changes. */
export class ChartSet {
  private readonly slots = new Map<string, Slot>();
  private queue: { id: string; spec: TopLevelSpec; target: HTMLElement }[] = [];
  private scheduled = false;
  private build: (() => void) | null = null;

  /**
   * Runs `build` (which builds the specs and calls {@link show}) in a task
   * after the next frame, so building specs never delays a keystroke's
   * numbers; a newer call replaces one still pending.
   */
  later(build: () => void): void {
    const pending = this.build !== null;
    this.build = build;
    if (pending) return;
    afterPaint(() => {
      const b = this.build;
      this.build = null;
      b?.();
    });
  }

  /**
   * Queues a chart. Charts are drawn one per task, each after the next frame
   * is painted, so the key numbers and table an input changed show first and
   * a keystroke never waits behind a chart.
   */
  show(id: string, spec: TopLevelSpec, target: HTMLElement): void {
    this.queue = this.queue.filter((q) => q.id !== id);
    this.queue.push({ id, spec, target });
    if (!this.scheduled) {
      this.scheduled = true;
      afterPaint(() => {
        void this.drain();
      });
    }
  }

  private async drain(): Promise<void> {
    const next = this.queue.shift();
    if (next !== undefined) await this.draw(next.id, next.spec, next.target);
    if (this.queue.length > 0) {
      afterPaint(() => {
        void this.drain();
      });
    } else {
      this.scheduled = false;
      // For bench/explore.ts: the first time every queued chart is on screen.
      if (performance.getEntriesByName("cxr:charts").length === 0) performance.mark("cxr:charts");
    }
  }

  private async draw(id: string, spec: TopLevelSpec, target: HTMLElement): Promise<void> {
    const json = JSON.stringify(spec);
    const slot = this.slots.get(id);
    if (slot !== undefined && slot.json === json && target.firstChild !== null) return;
    slot?.view?.finalize();
    const next: Slot = { json, view: null };
    this.slots.set(id, next);
    try {
      const vg = compile(spec).spec;
      const view = new View(parse(vg, undefined, { ast: true }), {
        expr: expressionInterpreter,
        renderer: "svg",
        hover: true,
      });
      next.view = view;
      const holder = document.createElement("div");
      await view.initialize(holder).runAsync();
      target.replaceChildren(...holder.childNodes);
      target.removeAttribute("data-error");
    } catch (err) {
      target.setAttribute("data-error", "true");
      target.textContent = `This chart could not be drawn: ${String(err)}`;
    }
  }
}
