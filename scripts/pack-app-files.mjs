// Runs electron-builder as far as it goes without an Electron distribution: it reads and validates
// electron-builder.yml, selects the app's files with its own matchers (files patterns, default exclusions,
// production node_modules) and writes app.asar with its own AsarPackager. It then stops where electron-builder
// would unpack Electron, flip the fuses in the binary and build installers; those need the Electron zip,
// which this machine cannot download, and run in the GitHub workflow instead.
//
// This is not the packaged app: only its app.asar, built by the same code that builds the real one.
// Usage: node scripts/pack-app-files.mjs <outDir>   (dist/ must be built first)
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export async function packAppFiles({ projectDir, outDir }) {
  const { Packager, Platform } = require('app-builder-lib');
  const { LinuxPackager } = require('app-builder-lib/out/linuxPackager');
  const { AsyncTaskManager } = require('builder-util');

  let result;
  // platformPackagerFactory is electron-builder's public seam for supplying the per-platform packager; this
  // one keeps LinuxPackager's file selection and asar writing and leaves out the Electron-dependent steps.
  class AppFilesOnly extends LinuxPackager {
    async pack(outDirForArch, arch) {
      const options = this.platformSpecificBuildOptions;
      const appOutDir = join(outDirForArch, 'app-files-only');
      const resourcesPath = join(appOutDir, 'resources');
      const asarOptions = await this.computeAsarOptions(options);
      if (asarOptions == null) throw new Error('electron-builder.yml disables asar; the app must run from an asar');
      const { macroExpander } = this.createGetFileMatchersOptions(outDirForArch, arch, options);
      const tasks = new AsyncTaskManager(this.info.cancellationToken);
      const context = { appOutDir, outDir: outDirForArch, arch, targets: [], packager: this, electronPlatformName: 'linux' };
      this.copyAppFiles(tasks, asarOptions, resourcesPath, join(resourcesPath, 'app'), context, options, [], macroExpander);
      await tasks.awaitTasks();
      result = {
        asar: join(resourcesPath, 'app.asar'),
        // What electron-builder would write into the binary's fuse wire, computed by electron-builder itself.
        fuseConfig: await this.generateFuseConfig(this.config.electronFuses ?? {}),
        config: this.config,
      };
    }
  }

  const packager = new Packager({
    projectDir,
    config: { extends: join(projectDir, 'electron-builder.yml'), directories: { output: outDir } },
    targets: Platform.LINUX.createTarget('dir'),
    platformPackagerFactory: (info) => new AppFilesOnly(info),
  });
  await packager.build();
  if (!result) throw new Error('electron-builder did not reach the packing step');
  return result;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  const outDir = resolve(process.argv[2] ?? 'release/app-files-only');
  const projectDir = fileURLToPath(new URL('..', import.meta.url));
  const { asar } = await packAppFiles({ projectDir, outDir });
  console.log(`app.asar written to ${asar} (not a packaged app: no Electron binary, no fuses)`);
}
