/** What a QR code points at: `b` a bin (or four-bin station), `h` a household card. */
export const QR_KINDS = ['b', 'h'] as const;
export type QrKind = (typeof QR_KINDS)[number];

/** The parts of a signed QR payload; only the API can tell whether `sig` is right. */
export interface QrPayload {
  kind: QrKind;
  code: string;
  version: number;
  sig: string;
}

/** Codes avoid 0/O and 1/I, so a code read aloud or typed from a label cannot be mistaken. */
export const QR_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const QR_CODE_LENGTH = 8;
export const QR_SIG_LENGTH = 16;

const TOKEN = '([A-HJ-NP-Z2-9]{8})\\.([1-9]\\d{0,8})\\.([A-Za-z0-9_-]{16})';
const URL_FORM = new RegExp(`^https?://[^\\s/?#]+(?:/[^\\s?#]*)?/([bh])/${TOKEN}$`);
const PATH_FORM = new RegExp(`^([bh])/${TOKEN}$`);
const BARE_FORM = new RegExp(`^${TOKEN}$`);
const MAX_TEXT_LENGTH = 512;

/**
 * Reads a scanned or typed QR text: the label's URL (`https://host/q/b/CODE.1.SIG`), the URL as
 * WeChat passes it percent-encoded in the scan page's `q`, `b/CODE.1.SIG`, or the bare
 * `CODE.1.SIG` token. A bare token does not say what it is, so it is read as `bareKind`.
 * Returns null for anything else. This checks the shape only, never the signature.
 */
export function parseQrPayload(text: string, bareKind: QrKind = 'b'): QrPayload | null {
  if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return null;
  let value = text.trim();
  // Encoded once by WeChat, and sometimes once more by whatever put it in a link.
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(value); i++) {
    try {
      value = decodeURIComponent(value).trim();
    } catch {
      return null;
    }
  }
  const full = URL_FORM.exec(value) ?? PATH_FORM.exec(value);
  if (full) return { kind: full[1] as QrKind, code: full[2], version: Number(full[3]), sig: full[4] };
  const bare = BARE_FORM.exec(value);
  if (bare) return { kind: bareKind, code: bare[1], version: Number(bare[2]), sig: bare[3] };
  return null;
}
