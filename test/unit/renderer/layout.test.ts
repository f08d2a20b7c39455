import { describe, expect, it } from 'vitest';
import { boundsFor, DAY, labelAwareWindow, ZOOM_MAX_CAP, ZOOM_MIN } from '../../../renderer/timeline/layout';

const YEAR = 365.25 * DAY;

describe('timeline limits', () => {
  it('never zooms in past a week or out past two centuries', () => {
    expect(ZOOM_MIN).toBe(7 * DAY);
    expect(boundsFor({ start: 0, end: 5000 * YEAR }).zoomMax).toBe(ZOOM_MAX_CAP);
  });

  it('bounds panning to the events with some room around them', () => {
    const b = boundsFor({ start: Date.UTC(1979, 0, 1), end: Date.UTC(2024, 4, 16) });
    expect(b.min).toBeLessThan(Date.UTC(1979, 0, 1));
    expect(b.max).toBeGreaterThan(Date.UTC(2024, 4, 16));
    expect(b.zoomMax).toBeGreaterThan(Date.UTC(2024, 4, 16) - Date.UTC(1979, 0, 1));
  });

  it('gives a single day a year of room, not a millisecond', () => {
    const t = Date.UTC(2021, 7, 15);
    expect(boundsFor({ start: t, end: t + DAY }).zoomMax).toBeGreaterThanOrEqual(YEAR);
  });
});

describe('labelAwareWindow', () => {
  const x = (w: { start: number; end: number }, t: number, width: number) => ((t - w.start) / (w.end - w.start)) * width;

  it('widens the window until the latest label fits', () => {
    const width = 500;
    const points = [
      { start: Date.UTC(1979, 0, 1), end: Date.UTC(1990, 0, 1), label: 0 },
      { start: Date.UTC(2024, 4, 15), end: Date.UTC(2024, 4, 15), label: 80 },
    ];
    const w = labelAwareWindow(points, width)!;
    expect(w.start).toBeLessThan(points[0].start);
    expect(x(w, points[1].start, width) + 80).toBeLessThanOrEqual(width - 30);
  });

  it('gives up on labels wider than most of the pane instead of zooming out forever', () => {
    const w = labelAwareWindow([{ start: 0, end: 0, label: 0 }, { start: YEAR, end: YEAR, label: 10_000 }], 500)!;
    expect(w.end - w.start).toBeLessThan(2 * YEAR);
  });

  it('returns nothing for no events or no width', () => {
    expect(labelAwareWindow([], 500)).toBeNull();
    expect(labelAwareWindow([{ start: 0, end: 1, label: 1 }], 0)).toBeNull();
  });
});
