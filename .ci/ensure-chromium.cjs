// Browser tests drive Debian's Chromium through playwright-core (never a downloaded browser).
// This makes sure one is there before any test starts, so a missing browser is one clear
// message rather than a launch error deep inside a test.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s chromium, fonts-liberation and fonts-dejavu-core (the font of the visual baselines) with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  process.exit(0);
}

console.error(
  'The browser tests need Chromium and none was found.\n' +
    '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-liberation fonts-dejavu-core\n' +
    '  Elsewhere: install Chromium and set CHROMIUM_PATH to its executable.',
);
process.exit(1);
