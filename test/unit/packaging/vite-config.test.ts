import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutGraph2d } from '../../../vite.config.mjs';

// The renderer's build cuts vis-timeline's Graph2d parts from its module by markers of the installed version
// (vite.config.mts). These check the cut on the installed module, and that a module of another shape stops the
// build instead of being bundled half-cut.

const VIS = readFileSync(join(import.meta.dirname, '..', '..', '..', 'node_modules', 'vis-timeline', 'esnext', 'esm', 'vis-timeline-graph2d.mjs'), 'utf8');

describe("the build's cut of vis-timeline's Graph2d parts", () => {
  it('takes Graph2d, its line graph, bars, axes and legend out of the installed vis-timeline, and keeps Timeline', () => {
    const cut = cutGraph2d(VIS);
    for (const gone of ['function Graph2d(', 'function LineGraph(', 'class DataAxis ', 'function Bargraph(', 'function Legend(']) {
      expect(VIS).toContain(gone);
      expect(cut).not.toContain(gone);
    }
    expect(cut).toContain('class Timeline extends Core');
    expect(cut).toContain('class ItemSet extends Component');
    expect(cut).toMatch(/export \{ Timeline, timeline \};/);
    expect(cut.length).toBeLessThan(VIS.length * 0.85);
  });

  it("gives vis-timeline's helpers object the vis-util helpers it uses, not vis-util's whole namespace", () => {
    const cut = cutGraph2d(VIS);
    expect(VIS).toMatch(/const availableUtils = \{\n {2}\.\.\.util,/);
    expect(cut).not.toMatch(/\.\.\.util,/);
    for (const used of ['extend', 'forEach', 'addClassName', 'selectiveExtend']) expect(cut).toContain(`  ${used}: util.${used},`);
    expect(cut).not.toContain('ColorPicker: util.ColorPicker');
  });

  it('stops when a marker is missing', () => {
    expect(() => cutGraph2d(VIS.replace('function Legend(body, options, side, linegraphOptions) {', 'function Legend(body, options, side) {'))).toThrow(/Graph2d cut not found \(Legend\)/);
  });

  it('stops when a name it cuts is still used by what is left', () => {
    expect(() => cutGraph2d(`${VIS}\nconst kept = new LineGraph();\n`)).toThrow(/LineGraph is still used/);
  });

  it("stops when the helpers object is used otherwise than by its helpers' names", () => {
    expect(() => cutGraph2d(`${VIS}\nconst all = Object.keys(availableUtils);\n`)).toThrow(/helpers object changed shape/);
  });
});
