import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id recommendation (19 MiB, 2 iterations, 1 lane). */
const options = {
  algorithm: 2 /* Argon2id; the package's const enum cannot be imported under isolatedModules */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the user does not exist, so timing does not reveal it. */
export const dummyHashPromise = hashPassword(`kein-echtes-passwort-${Math.random()}`);

export const passwordRules = {
  minLength: 12,
  message: 'Das Passwort muss mindestens 12 Zeichen lang sein und darf nicht dem Benutzernamen entsprechen.',
};
