import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (c55): "within N days" after an order to act ("ordered him to return the deposit within 21 days") is a
// window that opens on the day of the order; "will be repaid within 30 days" at a clause's end is a window still to
// come, opening at publication. Every sentence here was written for this test.

describe('a window to act told as an order or a promise', () => {
  it('an order with its object opens on the day of the order', () => {
    const texts = [
      'A landlord who kept the deposits of four tenants was fined £900 by magistrates in Brisdale on Tuesday.',
      'The magistrate ordered him to return the deposits within 21 days.',
    ];
    const ev = shortestAt('2019-03-14', texts, 'return the deposits');
    expect([ev.date.start, ev.date.end]).toEqual(['2019-03-12', '2019-04-02']);
  });

  it('an order told in the passive counts the same way', () => {
    const texts = [
      'A scrap dealer was fined £1,200 at Ortonby Crown Court on Monday for burning tyres.',
      'He was also directed to clear the yard within two months.',
    ];
    const ev = shortestAt('2021-06-16', texts, 'clear the yard');
    expect([ev.date.start, ev.date.end]).toEqual(['2021-06-14', '2021-08-14']);
  });

  it('a promise in the future passive runs from publication', () => {
    const texts = ['A storm tore through the bike shed at Brisdale station. Every damaged bicycle will be repaired within 14 days, the hire firm promised.'];
    const ev = shortestAt('2018-09-07', texts, 'will be repaired');
    expect([ev.date.start, ev.date.end]).toEqual(['2018-09-07', '2018-09-21']);
  });

  it('a comma between the order and the window leaves no window', () => {
    const texts = ['The court ordered the firm to close the site, and the fumes had cleared within three days.'];
    const ev = shortestAt('2018-09-07', texts, 'fumes had cleared');
    expect(ev.date.end ?? null).not.toBe('2018-09-10');
  });
});
