/// <reference lib="dom" />
/**
 * A small element builder for the explorer page. Scenario strings only ever
 * become text nodes or attribute values set through the DOM, never markup.
 */
type Child = Node | string | null;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

/** Replaces an element's children. */
export function fill(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null));
}

/** An id that is safe in HTML whatever the path: `f-` and the path's characters as hex where needed. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}
