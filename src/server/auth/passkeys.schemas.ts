import { z } from 'zod';
import { text } from '../http/text.ts';

// The WebAuthn JSON the browser package sends and receives (W3C WebAuthn level 3, JSON forms).

const base64url = () =>
  text()
    .max(16_384)
    .regex(/^[A-Za-z0-9_-]*$/, 'must be base64url');
const transports = z.array(text().max(32)).max(8);
const extensions = z.record(text().max(64), z.unknown());
const attachment = z.enum(['platform', 'cross-platform']);

export const registrationBody = z.strictObject({
  name: text().trim().min(1).max(100),
  response: z.strictObject({
    id: base64url(),
    rawId: base64url(),
    type: z.literal('public-key'),
    authenticatorAttachment: attachment.optional(),
    clientExtensionResults: extensions,
    response: z.strictObject({
      clientDataJSON: base64url(),
      attestationObject: base64url(),
      authenticatorData: base64url().optional(),
      transports: transports.optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: base64url().optional(),
    }),
  }),
});

export const authenticationBody = z.strictObject({
  response: z.strictObject({
    id: base64url(),
    rawId: base64url(),
    type: z.literal('public-key'),
    authenticatorAttachment: attachment.optional(),
    clientExtensionResults: extensions,
    response: z.strictObject({
      clientDataJSON: base64url(),
      authenticatorData: base64url(),
      signature: base64url(),
      userHandle: base64url().optional(),
    }),
  }),
});

const credentialDescriptor = z.object({
  id: text(),
  type: text(),
  transports: transports.optional(),
});

export const registrationOptionsResponse = z.object({
  challenge: text(),
  rp: z.object({ name: text(), id: text().optional() }),
  user: z.object({ id: text(), name: text(), displayName: text() }),
  pubKeyCredParams: z.array(z.object({ alg: z.number(), type: text() })),
  timeout: z.number().optional(),
  excludeCredentials: z.array(credentialDescriptor).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: attachment.optional(),
      residentKey: text().optional(),
      requireResidentKey: z.boolean().optional(),
      userVerification: text().optional(),
    })
    .optional(),
  attestation: text().optional(),
  hints: z.array(text()).optional(),
  // Haven asks for no extension but credProps (does the passkey live on the device?), which the library adds.
  extensions: z.object({ credProps: z.boolean().optional() }).optional(),
});

export const authenticationOptionsResponse = z.object({
  challenge: text(),
  timeout: z.number().optional(),
  rpId: text().optional(),
  allowCredentials: z.array(credentialDescriptor).optional(),
  userVerification: text().optional(),
  hints: z.array(text()).optional(),
});

export const passkeyList = z.array(
  z.object({ id: text(), name: text(), createdAt: text(), lastUsedAt: text().nullable() }),
);

export const passkeyIdParams = z.strictObject({ id: base64url().min(1).max(1024) });

export const registrationResponse = z.object({
  passkey: z.object({ id: text(), name: text() }),
  next: z.enum(['done']).nullable(),
});
