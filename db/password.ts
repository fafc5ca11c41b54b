// The local database's password: random, made on first use and kept in its data folder as `password`, readable
// by its owner alone. Bolt on 127.0.0.1 is reachable from any web page the user opens (over WebSocket), so this
// secret is the only thing between such a page and an admin login. Synchronous, because db/config.ts is.
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { join } from 'node:path';

/** 24 random bytes in hex: 48 characters, 192 bits; hex survives shells, flags and double-click selection. */
const PASSWORD_BYTES = 24;
const MIN_LENGTH = 8; // Neo4j's dbms.security.auth_minimum_password_length default
const PRIVATE_MODE = 0o600;

export class LocalPasswordError extends Error {
  override name = 'LocalPasswordError';
}

export function passwordFile(dataDir: string): string {
  return join(dataDir, 'password');
}

export function newPassword(): string {
  return randomBytes(PASSWORD_BYTES).toString('hex');
}

/** The password kept in dataDir, made there first if there is none yet. */
export function localPassword(dataDir: string): string {
  return readLocalPassword(dataDir) ?? createLocalPassword(dataDir);
}

/** The password kept in dataDir, or undefined when there is no file yet. */
export function readLocalPassword(dataDir: string): string | undefined {
  const file = passwordFile(dataDir);
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LocalPasswordError(`cannot read ${file}: ${(error as Error).message}`);
  }
  checkOwnership(file, stats);
  const password = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (password.length < MIN_LENGTH || /[\s\p{Cc}]/u.test(password)) {
    throw new LocalPasswordError(
      `${file} holds no usable password (one line of ${MIN_LENGTH}+ characters); delete it to make a new one`,
    );
  }
  return password;
}

// A file that is not ours, or a link, could hold a password someone else chose: refuse it. Wider permissions
// are tightened rather than refused: that is the whole fix, and refusing would only stop every command until
// the user typed the chmod. The warning says how to change a password that may have been read meanwhile.
function checkOwnership(file: string, stats: Stats): void {
  if (!stats.isFile()) {
    throw new LocalPasswordError(`${file} is not a plain file; delete it to make a new password`);
  }
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && stats.uid !== uid) {
    throw new LocalPasswordError(`${file} belongs to another user; delete it to make a new password`);
  }
  if ((stats.mode & 0o077) !== 0) {
    try {
      chmodSync(file, PRIVATE_MODE);
    } catch (error) {
      throw new LocalPasswordError(
        `${file} is readable by others and chmod 600 failed: ${(error as Error).message}`,
      );
    }
    process.stderr.write(
      `warning: ${file} was readable by others (mode ${(stats.mode & 0o777).toString(8)}), now 600; ` +
        'to change the password, delete the file and start the database again\n',
    );
  }
}

// Written in full to a private temporary file (mode 600 from its creation), then hard-linked into place: link
// never replaces an existing file, so of two racing starters one wins and the other reads the winner's password,
// and no reader ever sees the file partly written or with wider permissions.
function createLocalPassword(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = passwordFile(dataDir);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', PRIVATE_MODE);
    try {
      writeSync(fd, `${newPassword()}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new LocalPasswordError(`cannot write ${file}: ${(error as Error).message}`);
    }
  } finally {
    rmSync(tmp, { force: true });
  }
  const password = readLocalPassword(dataDir);
  if (password === undefined) throw new LocalPasswordError(`${file} vanished while it was being made`);
  return password;
}
