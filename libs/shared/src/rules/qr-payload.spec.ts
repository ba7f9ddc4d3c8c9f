import { parseQrPayload } from './qr-payload';

const TOKEN = 'ABCD2345.3.abcdEFGH_-123456';

describe('parseQrPayload', () => {
  it('reads a label URL of either kind', () => {
    expect(parseQrPayload(`https://zw.example.cn/q/b/${TOKEN}`)).toEqual({
      kind: 'b',
      code: 'ABCD2345',
      version: 3,
      sig: 'abcdEFGH_-123456',
    });
    expect(parseQrPayload(`http://localhost:3000/h/${TOKEN}`)?.kind).toBe('h');
  });

  it('reads the percent-encoded q value WeChat passes to the scan page, once or twice encoded', () => {
    const url = `https://zw.example.cn/q/h/${TOKEN}`;
    expect(parseQrPayload(encodeURIComponent(url))).toMatchObject({ kind: 'h', code: 'ABCD2345' });
    expect(parseQrPayload(encodeURIComponent(encodeURIComponent(url)))).toMatchObject({ kind: 'h' });
  });

  it('reads a bare token as the kind the caller expects, and a kind/token path as its own kind', () => {
    expect(parseQrPayload(` ${TOKEN} `)?.kind).toBe('b');
    expect(parseQrPayload(TOKEN, 'h')?.kind).toBe('h');
    expect(parseQrPayload(`h/${TOKEN}`, 'b')?.kind).toBe('h');
  });

  it.each([
    ['empty', ''],
    ['ambiguous letters in the code', 'ABCD2O45.1.abcdEFGH_-123456'],
    ['a digit 1 in the code', 'ABCD2145.1.abcdEFGH_-123456'],
    ['lower-case code', 'abcd2345.1.abcdEFGH_-123456'],
    ['short code', 'ABCD234.1.abcdEFGH_-123456'],
    ['version 0', 'ABCD2345.0.abcdEFGH_-123456'],
    ['leading zero version', 'ABCD2345.01.abcdEFGH_-123456'],
    ['short signature', 'ABCD2345.1.abcdEFGH_-12345'],
    ['long signature', 'ABCD2345.1.abcdEFGH_-1234567'],
    ['unknown kind', `https://zw.example.cn/q/x/${TOKEN}`],
    ['query string after the token', `https://zw.example.cn/q/b/${TOKEN}?x=1`],
    ['another scheme', `ftp://zw.example.cn/q/b/${TOKEN}`],
    ['bad percent-encoding', '%E0%A4%A'],
    ['very long text', `${'a'.repeat(600)}/b/${TOKEN}`],
  ])('refuses %s', (_name, text) => {
    expect(parseQrPayload(text)).toBeNull();
  });
});
