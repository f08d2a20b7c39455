// Opens the built app in Chromium the same way the end-to-end tests do, for checking it by hand:
//   npm run preview                      the seed article; saves a screenshot and exits
//   npm run preview -- path/to/doc.json  another document
//   npm run preview -- --headed          a real window (needs a display, e.g. under xvfb-run) until you close it
import { closeBrowser, launchApp } from './launch';

const args = process.argv.slice(2);
const headed = args.includes('--headed');
const document = args.find((a) => !a.startsWith('--'));

async function main() {
  const app = await launchApp({ document, headed });
  console.log(`Newsline is running at ${app.url}`);
  if (headed) {
    await new Promise((done) => app.page.on('close', done));
  } else {
    console.log(`screenshot: ${await app.screenshot('preview')}`);
  }
  await app.close();
  await closeBrowser();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
