/**
 * A web-test-runner command, `ax-focused`, that reads Chromium's accessibility tree through the DevTools protocol
 * (`Accessibility.getFullAXTree`) and returns the node that has focus as a screen reader gets it: role, name,
 * description and whether it is invalid. Shadow roots are no boundary there: this is what ids across roots miss.
 * Needs the Chrome launcher (puppeteer), which the configs here use.
 */
export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-focused') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('ax-focused reads the tree through the Chrome launcher (puppeteer)');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const property = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;
        // The page itself is "focused" too when the window has focus: the deepest focused node is the control.
        const focused = nodes.filter((node) => !node.ignored && property(node, 'focused') === true).at(-1);
        if (!focused) return null;
        return {
          role: focused.role?.value ?? '',
          name: focused.name?.value ?? '',
          description: focused.description?.value ?? '',
          invalid: String(property(focused, 'invalid') ?? 'false'),
        };
      } finally {
        await cdp.detach();
      }
    },
  };
}
