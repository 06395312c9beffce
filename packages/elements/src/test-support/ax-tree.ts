import { executeServerCommand } from '@web/test-runner-commands';

/** The focused node of Chromium's accessibility tree, as a screen reader gets it (`scripts/wtr-ax-tree.mjs`). */
export type FocusedAxNode = { role: string; name: string; description: string; invalid: string };

/** Reads the accessibility tree through the DevTools protocol and returns the node that has focus, or null. */
export function focusedAxNode(): Promise<FocusedAxNode | null> {
  return executeServerCommand<FocusedAxNode | null, undefined>('ax-focused');
}
