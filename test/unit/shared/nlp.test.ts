import { describe, expect, it } from 'vitest';
import { readTokens, tagger } from '../../../shared/nlp';

// readTokens keeps the last few texts' tokens (title steps read one text several times): what it gives for a text must
// be what wink reads in it, whether the text was read just before, long before, or never.

function fresh(text: string) {
  const nlp = tagger();
  const tokens = nlp.readDoc(text).tokens();
  return { values: tokens.out(nlp.its.value), pos: tokens.out(nlp.its.pos) };
}

describe('readTokens', () => {
  const texts = ['The council met on Monday.', 'Rescuers searched the rubble', 'She resigned', 'Floods closed the bridge in May', 'Rescuers searched the rubble'];

  it('gives what wink reads, for a text read again right after, after others, and after it has been let go', () => {
    const many = [...texts, ...Array.from({ length: 20 }, (_, i) => `The board met ${i} times`), ...texts];
    for (const text of many) {
      const read = readTokens(text);
      expect({ values: read.values, pos: read.pos }).toEqual(fresh(text));
    }
  });

  it('tells two texts apart that differ only in case or spacing', () => {
    expect(readTokens('Will resigned').pos).toEqual(fresh('Will resigned').pos);
    expect(readTokens('will resign').pos).toEqual(fresh('will resign').pos);
    expect(readTokens('will  resign').spaces).not.toEqual(readTokens('will resign').spaces);
  });
});
