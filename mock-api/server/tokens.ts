import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'dangjian-zhitu-mock-api';
export const TOKEN_LIFETIME_S = 12 * 3600;

/**
 * The HS256 secret: TOKEN_SECRET when given, else one generated once and kept in DATA_DIR so that
 * tokens survive a restart (written to a temp file and renamed, so a crash never leaves half a secret).
 */
export async function loadTokenSecret(dataDir: string, fromEnv?: string): Promise<Uint8Array> {
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  const path = join(dataDir, 'token-secret');
  try {
    const hex = (await readFile(path, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, secret.toString('hex'), { mode: 0o600 });
  await rename(temp, path);
  return secret;
}

export async function signToken(secret: Uint8Array, accountId: string, datasetTag: string, nowMs: number): Promise<{ token: string; expiresAt: number }> {
  const issuedAt = Math.floor(nowMs / 1000);
  const expiresAt = issuedAt + TOKEN_LIFETIME_S;
  const token = await new SignJWT({ ds: datasetTag })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setSubject(accountId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(secret);
  return { token, expiresAt: expiresAt * 1000 };
}

/** The account id a valid token names, or the reason it is not valid. */
export async function verifyToken(secret: Uint8Array, token: string, nowMs: number): Promise<{ accountId: string } | { reason: string }> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: new Date(nowMs),
    });
    return typeof payload.sub === 'string' ? { accountId: payload.sub } : { reason: 'the token names no account' };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { reason: code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is invalid' };
  }
}
