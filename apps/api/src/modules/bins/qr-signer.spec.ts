import { QR_CODE_ALPHABET } from '@zerowaste/shared';
import type { EntityManager } from 'typeorm';
import type { Config } from '../../config/config';
import { Bin } from './bin.entity';
import { QrSigner } from './qr-signer';
import { randomCode, uniqueCode } from './unique-code';

const signer = new QrSigner({
  auth: { qrSecret: 'unit-test-qr-secret' } as Config['auth'],
  qrBaseUrl: 'https://zw.example.cn/q',
});

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}

function refusal(text: string, kind: 'b' | 'h' = 'b'): string | undefined {
  try {
    signer.verify(text, kind);
    return undefined;
  } catch (error) {
    return codeOf(error);
  }
}

describe('QrSigner', () => {
  const url = signer.url('b', 'ABCD2345', 2);

  it('makes a short URL on the configured base with code, version and a 16-character signature', () => {
    expect(url).toMatch(/^https:\/\/zw\.example\.cn\/q\/b\/ABCD2345\.2\.[A-Za-z0-9_-]{16}$/);
    expect(url.length).toBeLessThan(64);
  });

  it('accepts its own URL, the bare token and the percent-encoded q value', () => {
    expect(signer.verify(url, 'b')).toEqual({ code: 'ABCD2345', version: 2 });
    expect(signer.verify(url.split('/b/')[1], 'b')).toEqual({ code: 'ABCD2345', version: 2 });
    expect(signer.verify(encodeURIComponent(url), 'b')).toEqual({ code: 'ABCD2345', version: 2 });
  });

  it('refuses a forged signature, another version or code under the old signature, and garbage', () => {
    const sig = url.slice(-16);
    const flipped = `${sig.slice(0, 15)}${sig[15] === 'A' ? 'B' : 'A'}`;
    expect(refusal(url.replace(sig, flipped))).toBe('QR_INVALID');
    expect(refusal(url.replace('.2.', '.3.'))).toBe('QR_INVALID');
    expect(refusal(url.replace('ABCD2345', 'ABCD2346'))).toBe('QR_INVALID');
    expect(refusal('hello')).toBe('QR_INVALID');
  });

  it('binds the kind: a card cannot pass for a bin, even with the path rewritten', () => {
    const card = signer.url('h', 'ABCD2345', 1);
    expect(refusal(card, 'b')).toBe('QR_INVALID');
    expect(refusal(card.replace('/h/', '/b/'), 'b')).toBe('QR_INVALID');
    expect(refusal(card.split('/h/')[1], 'b')).toBe('QR_INVALID');
    expect(signer.verify(card, 'h').code).toBe('ABCD2345');
  });

  it('refuses a label signed with another secret', () => {
    const other = new QrSigner({
      auth: { qrSecret: 'another-secret' } as Config['auth'],
      qrBaseUrl: 'https://zw.example.cn/q',
    });
    expect(refusal(other.url('b', 'ABCD2345', 2))).toBe('QR_INVALID');
  });
});

describe('codes', () => {
  it('uses only the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) expect(randomCode()).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(QR_CODE_ALPHABET).toHaveLength(32);
    expect(QR_CODE_ALPHABET).not.toMatch(/[01OI]/);
  });

  it('draws again when a code is taken, and gives up after a few tries', async () => {
    const taken = new Set(['AAAAAAAA', 'BBBBBBBB']);
    const em = { exists: async (_: unknown, o: { where: { code: string } }) => taken.has(o.where.code) };
    const draws = ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC'];
    expect(await uniqueCode(em as unknown as EntityManager, Bin, () => draws.shift() as string)).toBe('CCCCCCCC');
    await expect(uniqueCode(em as unknown as EntityManager, Bin, () => 'AAAAAAAA')).rejects.toThrow(/No free Bin/);
  });
});
