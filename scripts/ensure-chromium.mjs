// Makes sure the browser tests have a Chromium (Debian's package; Playwright never downloads one
// here) and CJK fonts for the map's Chinese labels. Finds it via CHROMIUM_PATH or the Debian paths;
// as root with apt it installs what is missing; otherwise it stops and names what to install.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    console.error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    process.exit(1);
  }
  return CANDIDATES.find(executable) ?? null;
}

function hasCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function canInstall() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed.`);
      process.exit(1);
    }
  }
}

const missing = [];
if (!findChromium()) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');

if (missing.length > 0) {
  if (!canInstall()) {
    console.error(
      `The browser tests need Debian's ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} missing.\n` +
        `Install with: sudo apt-get install -y ${missing.join(' ')}\n` +
        'or point CHROMIUM_PATH at a Chromium executable.',
    );
    process.exit(1);
  }
  aptInstall(missing);
}

const path = findChromium();
if (!path) {
  console.error('Chromium is still missing after installing it: set CHROMIUM_PATH.');
  process.exit(1);
}
console.log(`Chromium: ${path}`);
