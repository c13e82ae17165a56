// `npm test`: every check, in the order that fails fastest. Browser tests need Chromium:
// ensure-chromium installs Debian's package when it can, and otherwise stops with what to install.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Chromium for the browser tests', 'node', ['scripts/ensure-chromium.mjs']],
  ['type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['build the app', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['unit, API and browser tests', 'npx', ['vitest', 'run']],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
