// Renders bpmn/<name>.bpmn to docs/<name>.png with bpmn-js in Debian's headless chromium (nothing is downloaded),
// and, for README, the same diagram in parts docs/<name>-1.png, -2.png ... each at most PART_WIDTH pixels wide
// at 100 %, cut where no element is, so a reader sees every label at the size it was drawn.
// Usage (from src/lint, after npm ci): node render.mjs election candidate-registration
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '../..');
const viewer = readFileSync(resolve(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const PART_WIDTH = 1100;
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
    // the parts: cut at x positions no shape (task, event, gateway, label) covers, each part at most PART_WIDTH wide
    const spans = await page.evaluate(() => window.bpmn.get('elementRegistry').getAll()
      .filter((e) => !e.waypoints && e.type !== 'bpmn:Process' && e.type !== 'bpmn:Participant'
        && e.type !== 'bpmn:Lane' && e.type !== 'bpmn:LaneSet' && e.width !== undefined && !e.hidden && e.parent)
      .map((e) => [e.x, e.x + e.width]));
    const covered = (x) => spans.some(([from, to]) => x > from - 8 && x < to + 8);
    const left = box.x - margin;
    const right = box.x + box.width + margin;
    // parts of about equal width: aim at an even share of what is left, then step back to where nothing is
    const cuts = [left];
    while (right - cuts[cuts.length - 1] > PART_WIDTH) {
      const start = cuts[cuts.length - 1];
      const aim = start + Math.min(PART_WIDTH, (right - start) / Math.ceil((right - start) / PART_WIDTH) + 100);
      let cut = aim;
      while (cut > start + PART_WIDTH / 2 && covered(cut)) cut -= 5;
      cuts.push(cut > start + PART_WIDTH / 2 ? cut : aim);
    }
    cuts.push(right);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const shot = await page.screenshot({
        clip: { x: cuts[i] - left, y: 0, width: Math.ceil(cuts[i + 1] - cuts[i]), height: Math.ceil(box.height + 2 * margin) },
      });
      writeFileSync(resolve(repository, `docs/${name}-${i + 1}.png`), shot);
      console.log(`docs/${name}-${i + 1}.png ${Math.ceil(cuts[i + 1] - cuts[i])}x${Math.ceil(box.height + 2 * margin)}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
