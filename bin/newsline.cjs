#!/usr/bin/env node
// The package's `newsline` command. The code is bundled into dist/cli by `npm run build`.
require('../dist/cli/newsline.js').main();
