// Fails fast, before any tool runs, when Node is too old: the tools below need >= 20.19,
// and their own errors on older versions are stack traces far from the cause.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = (major === 20 && minor >= 19) || major >= 22;
if (!ok) {
  console.error(
    `vn-mediation needs Node.js 20.19 or later (20.x) or 22.12 or later; this is Node ${process.versions.node}.\n` +
      'Install a supported Node (https://nodejs.org) and run the command again.',
  );
  process.exit(1);
}
