import { launchApp, closeBrowser } from '/work/main/test/e2e/launch';
const probe = `(() => {
  window.__marks = [];
  const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__marks.push(e.entryType + ':' + e.name + '@' + Math.round(e.startTime) + '+' + Math.round(e.duration))));
  obs.observe({ entryTypes: ['resource', 'navigation', 'paint', 'longtask', 'mark'] });
  const check = () => {
    if (document.querySelectorAll('.vis-item:not(.vis-dot)').length >= 8) {
      requestAnimationFrame(() => { window.__paintedAt = performance.now(); });
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  const orig = window.__newslineInvoke;
  window.__newslineInvoke = async (c, r) => { const t0 = performance.now(); const res = await orig(c, r); window.__marks.push('ipc:' + c + '@' + Math.round(t0) + '+' + Math.round(performance.now() - t0)); return res; };
})();`;
for (let i = 0; i < 3; i++) {
  const app = await launchApp({ initScript: probe });
  await app.page.waitForFunction(() => (window as any).__paintedAt);
  console.log(await app.page.evaluate(() => JSON.stringify({ painted: (window as any).__paintedAt, marks: (window as any).__marks })));
  await app.close();
}
await closeBrowser();
