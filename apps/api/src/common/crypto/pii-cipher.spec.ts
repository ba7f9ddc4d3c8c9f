import { loadConfig } from '../../config/config';
import { PiiCipher } from './pii-cipher';

describe('PiiCipher', () => {
  const cipher = new PiiCipher(loadConfig({ PII_KEY: 'a-test-key-of-at-least-thirty-two-characters' }));

  it('gives the value back, and never the same ciphertext twice', () => {
    const a = cipher.encrypt('13812345678');
    const b = cipher.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13812345678');
    expect(cipher.decrypt(a)).toBe('13812345678');
    expect(cipher.decrypt(cipher.encrypt('幸福里小区3号楼2单元501'))).toBe('幸福里小区3号楼2单元501');
  });

  it('refuses an altered value and another key', () => {
    const stored = cipher.encrypt('13812345678');
    // A character inside the authentication tag changed.
    const at = 'v1.'.length + 20;
    const flipped = `${stored.slice(0, at)}${stored[at] === 'A' ? 'B' : 'A'}${stored.slice(at + 1)}`;
    expect(() => cipher.decrypt(flipped)).toThrow();
    const other = new PiiCipher(loadConfig({ PII_KEY: 'another-key-of-at-least-thirty-two-characters' }));
    expect(() => other.decrypt(stored)).toThrow();
  });

  it('is refused in production with the development key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /PII_KEY: is missing or still the development default/,
    );
  });
});
