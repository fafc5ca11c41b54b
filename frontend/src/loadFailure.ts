// What the page shows when a part of its own code cannot load (a deployment changed under an open tab,
// a dropped connection): a sentence in place of the page.
export function showLoadFailure(root: HTMLElement, err: unknown): void {
  const reason = err instanceof Error ? err.message : String(err);
  root.textContent = `The explorer could not load its code: ${reason}. Reload the page.`;
}
