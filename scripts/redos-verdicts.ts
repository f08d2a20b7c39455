// Refreshes test/unit/extract/redos-verdicts.json: recheck's verdict on every regular expression the
// extractor runs over the pattern corpus. The ReDoS test reads verdicts from there and analyses any
// pattern it has no verdict for itself (slowly), so the file is a cache, never the authority.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectPatterns, verdictFor, VERDICTS_FILE, readVerdicts } from '../test/unit/extract/redos-support';

const cache = readVerdicts();
const fresh: typeof cache = {};
for (const re of collectPatterns().values()) {
  const key = `/${re.source}/${re.flags}`;
  fresh[key] = cache[key] ?? verdictFor(re);
  process.stdout.write(`${fresh[key].status.padEnd(10)} ${key.slice(0, 100)}\n`);
}
writeFileSync(join(__dirname, '..', VERDICTS_FILE), `${JSON.stringify(fresh, null, 1)}\n`);
