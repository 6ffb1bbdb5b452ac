// Renders bpmn/<name>.bpmn to docs/<name>.png with bpmn-js in Debian's headless chromium (nothing is downloaded).
// Usage (from src/lint, after npm ci): node render.mjs election candidate-registration
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '../..');
const viewer = readFileSync(resolve(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['election', 'candidate-registration'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  for (const name of names) {
    const xml = readFileSync(resolve(repository, `bpmn/${name}.bpmn`), 'utf8');
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.setContent('<html><body style="margin:0;background:white"><div id="canvas" style="width:100vw;height:100vh"></div></body></html>');
    await page.addScriptTag({ content: viewer });
    // the diagram's own size, so the picture is drawn at 100 % and stays readable when scaled down
    const box = await page.evaluate(async (source) => {
      const bpmn = new BpmnJS({ container: '#canvas' });
      const { warnings } = await bpmn.importXML(source);
      if (warnings.length) throw new Error(warnings.map((w) => w.message).join('\n'));
      window.bpmn = bpmn;
      const inner = bpmn.get('canvas').viewbox().inner;
      return { x: inner.x, y: inner.y, width: inner.width, height: inner.height };
    }, xml);
    const margin = 20;
    await page.setViewportSize({ width: Math.ceil(box.width + 2 * margin), height: Math.ceil(box.height + 2 * margin) });
    await page.evaluate(({ box, margin }) => {
      const canvas = window.bpmn.get('canvas');
      canvas.resized();
      canvas.viewbox({ x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin });
    }, { box, margin });
    const png = await page.screenshot({ fullPage: false });
    writeFileSync(resolve(repository, `docs/${name}.png`), png);
    console.log(`docs/${name}.png ${Math.ceil(box.width + 2 * margin)}x${Math.ceil(box.height + 2 * margin)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
