// The type of a file from its first bytes, never from its name or the declared header: a file is
// accepted only when what it is matches what the uploader says it is.

export const ALLOWED_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'text/plain': 'TXT',
} as const;
export type AllowedType = keyof typeof ALLOWED_TYPES;

const startsWith = (bytes: Buffer, signature: number[] | string, offset = 0) => {
  const expected = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return (
    bytes.length >= offset + expected.length &&
    bytes.subarray(offset, offset + expected.length).equals(expected)
  );
};

/** ZIP containers: ODT names its type in a first, stored "mimetype" entry; DOCX has word/ parts. */
function sniffZip(bytes: Buffer): AllowedType | 'application/zip' {
  if (
    startsWith(bytes, 'mimetype', 30) &&
    startsWith(bytes, 'application/vnd.oasis.opendocument.text', 38) &&
    !startsWith(bytes, '-', 38 + 'application/vnd.oasis.opendocument.text'.length)
  )
    return 'application/vnd.oasis.opendocument.text';
  // Entry names are stored in clear in the local headers and the central directory.
  if (bytes.includes('[Content_Types].xml') && bytes.includes('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return 'application/zip';
}

const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** Plain text: valid UTF-8 without NUL or other control characters than tab, line breaks and form feed. */
function isPlainText(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The detected media type, or a generic one (application/octet-stream, application/zip). */
export function sniffContentType(bytes: Buffer): string {
  if (startsWith(bytes, '%PDF-')) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'image/webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (isPlainText(bytes)) return 'text/plain';
  return 'application/octet-stream';
}

/** The declared media type without parameters; text must be UTF-8 (or say no charset). */
export function declaredType(header: string | undefined): AllowedType | null {
  if (!header) return null;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (!(type in ALLOWED_TYPES)) return null;
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && !(type === 'text/plain' && (charset === 'utf-8' || charset === 'us-ascii'))) return null;
  return type as AllowedType;
}
