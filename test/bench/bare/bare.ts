// The baseline for the startup benchmark: vis-timeline alone, given the same items as the app, with no
// React, no store and no IPC. Its items come from items.js, written by the benchmark from the seed document.
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './bare.css';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';

interface BareItem {
  id: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
  content: string;
}

const raw = (window as unknown as { __items: BareItem[] }).__items;
const items = new DataSet(
  raw.map((i) => {
    const content = document.createElement('span');
    content.textContent = i.content;
    return { ...i, start: new Date(i.start), end: i.end === undefined ? undefined : new Date(i.end), content };
  }),
);
new Timeline(document.getElementById('timeline')!, items as never, { stack: true, height: '100%' });
