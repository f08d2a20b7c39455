// The baselines for the startup benchmark: vis-timeline alone, with no React, no store and no IPC, given the
// same items as the app (from items.js, written by the benchmark from the seed document).
//   index.html        vis-timeline's plainest page: the items, default options.
//   index.html?rows   the same items laid out as the app lays them out: one titled row per event, the
//                     app's timeline options. The difference to the app is then only the app itself.
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
  date: string;
}

const raw = (window as unknown as { __items: BareItem[] }).__items;
const rows = new URLSearchParams(location.search).has('rows');

const text = (t: string) => {
  const el = document.createElement('span');
  el.textContent = t;
  return el;
};

const items = new DataSet(
  raw.map((i) => ({
    id: i.id,
    type: i.type,
    start: new Date(i.start),
    end: i.end === undefined ? undefined : new Date(i.end),
    content: text(rows ? i.date : i.content),
    ...(rows ? { group: i.id } : {}),
  })),
);

if (rows) {
  const groups = new DataSet(
    raw.map((i, order) => {
      const label = document.createElement('span');
      label.className = 'bare-row';
      label.append(text(i.content), text(i.date));
      return { id: i.id, content: label, order };
    }),
  );
  new Timeline(document.getElementById('timeline')!, items as never, groups as never, {
    height: '100%',
    stack: false,
    verticalScroll: true,
    groupOrder: 'order',
    orientation: { axis: 'top', item: 'top' },
    zoomMin: 7 * 86_400_000,
  });
} else {
  new Timeline(document.getElementById('timeline')!, items as never, { stack: true, height: '100%' });
}
