import { startTestApp, type TestApp } from './support/test-app';

/** Every kind of bad input answers 4xx in the one error shape, names the field, and writes nothing. */
describe('Bad input', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '4096' });
    ({ token } = await t.signIn([], '原来的名字'));
  });
  afterAll(() => t.close());

  const sendRaw = (rawBody: string, contentType: string) =>
    t.request('PATCH', '/api/me', { token, rawBody, headers: { 'content-type': contentType } });

  const expectErrorShape = (json: Record<string, unknown>) => {
    expect(json).toEqual({
      code: expect.any(String),
      message: expect.any(String),
      ...(json.errors ? { errors: expect.any(Array) } : {}),
    });
  };

  it('refuses malformed JSON with 400', async () => {
    const res = await sendRaw('{"nickname": "半截', 'application/json');
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('MALFORMED_JSON');
    expectErrorShape(res.json);
  });

  it('refuses a wrong type and names the field', async () => {
    const res = await t.request('PATCH', '/api/me', { token, body: { nickname: 42 } });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('VALIDATION_FAILED');
    expect(res.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'nickname' })]));
  });

  it('refuses an unknown field rather than dropping it', async () => {
    const res = await t.request('PATCH', '/api/me', { token, body: { nickname: '新名字', isAdmin: true } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ field: 'isAdmin' })]);
  });

  it('writes nothing when any field of a request is bad', async () => {
    await t.request('PATCH', '/api/me', { token, body: { nickname: '新名字', avatarUrl: 'javascript:alert(1)' } });
    await t.request('PATCH', '/api/me', { token, body: { nickname: '新名字', homeCellId: 999999 } });
    const me = await t.request('GET', '/api/me', { token });
    expect(me.json.nickname).toBe('原来的名字');
  });

  it('refuses a nickname that is too long, naming the limit', async () => {
    const res = await t.request('PATCH', '/api/me', { token, body: { nickname: '长'.repeat(33) } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'nickname', message: expect.stringContaining('32') }]);
  });

  it('refuses a body that is a JSON array or a bare string', async () => {
    for (const rawBody of ['[{"nickname":"x"}]', '"x"', 'null']) {
      const res = await sendRaw(rawBody, 'application/json');
      expect(res.status).toBe(400);
      expectErrorShape(res.json);
    }
  });

  it('refuses an oversize body with 413', async () => {
    const res = await t.request('PATCH', '/api/me', { token, body: { nickname: 'x'.repeat(10_000) } });
    expect(res.status).toBe(413);
    expect(res.json.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reads an empty JSON body as no body, as wx.request sends for a POST without data', async () => {
    const cancel = await t.request('POST', '/api/redemptions/999999/cancel', {
      token,
      rawBody: '',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'empty-body-1' },
    });
    expect(cancel.status).toBe(404);
    expect(cancel.json.code).toBe('NOT_FOUND');
    const patch = await sendRaw('', 'application/json');
    expect(patch.status).toBe(200);
    expect(patch.json.nickname).toBe('原来的名字');
  });

  it('answers a URL longer than the header limit with 431 in the error shape', async () => {
    const res = await t.request('GET', `/api/users?q=${'长'.repeat(8_000)}`, { token });
    expect(res.status).toBe(431);
    expect(res.json).toEqual({ code: 'HEADERS_TOO_LARGE', message: expect.any(String) });
  });

  it('answers a path the router cannot read (bad percent-encoding, an overlong id) with 400 in the error shape', async () => {
    for (const path of ['/api/cells/%E0%A4%A', `/api/cells/${'9'.repeat(400)}`]) {
      const res = await t.request('GET', path, { token });
      expect(res.status).toBe(400);
      expect(res.json.code).toBe('BAD_REQUEST');
      expectErrorShape(res.json);
    }
  });

  it('refuses null where the document does not allow it, naming the field, and takes it where it does', async () => {
    const res = await t.request('PATCH', '/api/me', { token, body: { nickname: null } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'nickname', message: 'nickname must not be null' }]);
    const cleared = await t.request('PATCH', '/api/me', { token, body: { homeCellId: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.json.nickname).toBe('原来的名字');
  });

  it('refuses coordinates sent as strings rather than storing them as text', async () => {
    const { token: admin } = await t.signIn(['admin']);
    const res = await t.request('POST', '/api/bins', {
      token: admin,
      body: { cellId: 1, name: '1 号楼分类站', lat: '37.07', lng: 114.5 },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ field: 'lat' })]);
  });

  it('refuses a form-encoded body with 415: the API speaks JSON', async () => {
    const res = await sendRaw('nickname=x', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect(res.json.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body in a type it does not take with 415', async () => {
    const res = await sendRaw('<nickname>x</nickname>', 'application/xml');
    expect(res.status).toBe(415);
    expect(res.json.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const res = await t.request('GET', '/api/no-such-thing', { token });
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('ROUTE_NOT_FOUND');
    expectErrorShape(res.json);
  });

  it('refuses a non-numeric id with 400', async () => {
    const { token: admin } = await t.signIn(['admin']);
    const res = await t.request('GET', '/api/cells/abc', { token: admin });
    expect(res.status).toBe(400);
    expectErrorShape(res.json);
  });

  it('refuses an id in another spelling of a number (hex, exponent, spaces) rather than reading it as one', async () => {
    const { token: admin } = await t.signIn(['admin']);
    for (const id of ['0x1', '1e0', '%201', '1.0']) {
      const res = await t.request('GET', `/api/cells/${id}`, { token: admin });
      expect({ id, status: res.status, code: res.json.code }).toEqual({ id, status: 400, code: 'BAD_REQUEST' });
    }
  });

  it('refuses a bad page number and serves an oversize page at the cap', async () => {
    const { token: admin } = await t.signIn(['admin']);
    const bad = await t.request('GET', '/api/users?page=abc', { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'page' })]));
    const zero = await t.request('GET', '/api/users?page=0', { token: admin });
    expect(zero.status).toBe(400);
    const capped = await t.request('GET', '/api/users?pageSize=5000', { token: admin });
    expect(capped.status).toBe(200);
    expect(capped.json.pageSize).toBe(100);
  });

  it('refuses a request without a token, or with a forged or expired one, with 401', async () => {
    expect((await t.request('GET', '/api/me')).json.code).toBe('UNAUTHENTICATED');
    const forged = `${token.slice(0, -4)}AAAA`;
    const res = await t.request('GET', '/api/me', { token: forged });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('UNAUTHENTICATED');
  });

  it('echoes a request id so that a failure can be found in the logs', async () => {
    const res = await t.request('GET', '/api/no-such-thing', { headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
  });
});
