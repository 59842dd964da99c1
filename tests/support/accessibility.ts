import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's source, injected into the page under test (it runs in the browser). */
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements (the first few). */
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it is and returns the violations
 * of serious or critical impact.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((violation: any) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation: any) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node: any) => String(node.target)),
      }));
  });
}

/** How wide the page is (document.documentElement.scrollWidth): more than the viewport scrolls sideways. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** The elements wider than the viewport's right edge, to say what overflows when a page does. */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.right > width + 1 && box.width > 0) {
        const name = element.tagName.toLowerCase();
        const cls = typeof element.className === 'string' ? element.className.split(' ')[0] : '';
        found.push(`${name}${cls ? `.${cls}` : ''} (right ${Math.round(box.right)})`);
      }
    }
    return found.slice(0, 10);
  });
}
