// Installs pnpm 10 globally when it is missing: corepack cannot verify pnpm's signature on every
// registry mirror, so npm installs it instead.
import { execSync } from 'node:child_process';

const has = (cmd) => {
  try {
    execSync(`${cmd} --version`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (!has('pnpm')) {
  console.error('pnpm not found: installing pnpm@10 with npm');
  execSync('npm install --global pnpm@10', { stdio: 'inherit' });
}
