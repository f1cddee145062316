import { z } from 'zod';
import { roles } from '../../platform/auth/roles.js';

export const roleSchema = z.enum(roles);

export const loginSchema = z
  .object({
    username: z.string().trim().min(1, 'Bitte den Benutzernamen angeben.').max(80),
    password: z.string().min(1, 'Bitte das Passwort angeben.').max(200),
  })
  .strict();

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(12, 'Das neue Passwort muss mindestens 12 Zeichen lang sein.').max(200),
  })
  .strict();

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  roles: z.array(roleSchema),
  tenantId: z.uuid().nullable(),
  departmentIds: z.array(z.uuid()),
  active: z.boolean(),
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  version: z.number().int(),
});

export const meSchema = z.object({
  user: userSchema,
  tenant: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }).nullable(),
});

const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,80}$/, 'Benutzernamen bestehen aus 3 bis 80 Zeichen: Buchstaben a-z, Ziffern, Punkt, Binde- oder Unterstrich.');

export const userCreateSchema = z
  .object({
    username: usernameSchema,
    displayName: z.string().trim().min(2).max(120),
    email: z.email({ message: 'Keine gültige E-Mail-Adresse.' }).nullable().optional(),
    password: z.string().min(12, 'Das Passwort muss mindestens 12 Zeichen lang sein.').max(200),
    roles: z.array(roleSchema).min(1, 'Mindestens eine Rolle wählen.'),
    tenantId: z.uuid().nullable().optional(),
    departmentIds: z.array(z.uuid()).optional(),
  })
  .strict();

export const userUpdateSchema = z
  .object({
    version: z.number().int().min(1),
    displayName: z.string().trim().min(2).max(120).optional(),
    email: z.email({ message: 'Keine gültige E-Mail-Adresse.' }).nullable().optional(),
    roles: z.array(roleSchema).min(1, 'Mindestens eine Rolle wählen.').optional(),
    tenantId: z.uuid().nullable().optional(),
    departmentIds: z.array(z.uuid()).optional(),
    active: z.boolean().optional(),
    /** Sets a new password and ends the user's sessions. */
    password: z.string().min(12, 'Das Passwort muss mindestens 12 Zeichen lang sein.').max(200).optional(),
    /** Lifts a login lockout. */
    unlock: z.boolean().optional(),
  })
  .strict();

export type UserCreate = z.infer<typeof userCreateSchema>;
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const loginLockSchema = z.object({
  username: z.string(),
  sourceKind: z.enum(['address', 'device']),
  /** The client address, or the first 16 hex digits of the device token's hash. */
  source: z.string(),
  failures: z.number().int(),
  lockedUntil: z.date(),
  lastFailureAt: z.date(),
});
export const loginLockListSchema = z.object({ items: z.array(loginLockSchema) });
export const loginLockLiftSchema = z.object({
  username: z.string().min(1, 'Bitte den Anmeldenamen angeben.').max(80),
  sourceKind: z.enum(['address', 'device'], { message: 'Bitte „address“ oder „device“ angeben.' }),
  source: z.string().min(1, 'Bitte die Quelle angeben.').max(100),
});
