import sharp from 'sharp';
import { startTestApp, type TestApp } from './support/test-app';

const UPLOAD_MAX_BYTES = 64 * 1024;

/** A photo as a phone takes it: wider than tall, with EXIF that includes where it was taken. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 160, b: 90 } } })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Z1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 3/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 30/1 0/1' },
    })
    .jpeg()
    .toBuffer();
}

/** Random pixels do not compress: a PNG of about `bytes`. */
function noisyPng(bytes: number): Promise<Buffer> {
  const side = Math.ceil(Math.sqrt(bytes / 3));
  const pixels = Buffer.alloc(side * side * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.floor(Math.random() * 256);
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

describe('Images and the profile photo', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES) });
    ({ token } = await t.signIn([], '上传头像的人'));
  });
  afterAll(() => t.close());

  const upload = async (
    file: Buffer | string | null,
    { field = 'file', name = 'photo.jpg', type = 'image/jpeg', auth = true } = {},
  ) => {
    const form = new FormData();
    if (file !== null) form.append(field, new Blob([file], { type }), name);
    else form.append('note', 'no file here');
    const response = await fetch(`${t.baseUrl}/api/me/avatar`, {
      method: 'POST',
      headers: auth ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  const imageCount = async () =>
    Number(((await t.dataSource.query('SELECT COUNT(*) AS n FROM images')) as { n: number | string }[])[0].n);

  const myAvatar = async () => (await t.request('GET', '/api/me', { token })).json.avatarUrl as string | null;

  const expectRefusal = (res: { status: number; json: Record<string, unknown> }, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.json).toEqual({
      code,
      message: expect.stringMatching(/^file: /),
      errors: [{ field: 'file', message: expect.any(String) }],
    });
  };

  it('stores a phone photo as a square 256×256 JPEG without its EXIF and GPS data, and shows it as my avatar', async () => {
    const photo = await phonePhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const res = await upload(photo);
    expect(res.status).toBe(200);
    expect(res.json.nickname).toBe('上传头像的人');
    expect(res.json.avatarUrl).toMatch(/^\/api\/images\/[0-9a-f]{32}$/);
    expect(await myAvatar()).toBe(res.json.avatarUrl);

    const image = await fetch(`${t.baseUrl}${res.json.avatarUrl}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(image.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(Number(image.headers.get('content-length'))).toBe(bytes.length);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 256, height: 256 });
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes('TestPhone')).toBe(false);
  });

  it('answers 304 to a client that already holds the image', async () => {
    const url = await myAvatar();
    const first = await fetch(`${t.baseUrl}${url}`);
    const again = await fetch(`${t.baseUrl}${url}`, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it('takes a transparent PNG, replaces the old avatar and deletes the old picture', async () => {
    const before = await myAvatar();
    const png = await sharp({
      create: { width: 300, height: 500, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const res = await upload(png, { name: 'me.png', type: 'image/png' });
    expect(res.status).toBe(200);
    expect(res.json.avatarUrl).not.toBe(before);
    const image = await fetch(`${t.baseUrl}${res.json.avatarUrl}`);
    const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 256, height: 256 });
    expect((await fetch(`${t.baseUrl}${before}`)).status).toBe(404);
    expect(await imageCount()).toBe(1);
  });

  describe('refusals answer 4xx naming the file, and write nothing', () => {
    let avatarBefore: string | null;
    let countBefore: number;

    beforeAll(async () => {
      avatarBefore = await myAvatar();
      countBefore = await imageCount();
    });
    afterEach(async () => {
      expect(await myAvatar()).toBe(avatarBefore);
      expect(await imageCount()).toBe(countBefore);
    });

    it('refuses a file over the size limit with 413', async () => {
      const big = await noisyPng(UPLOAD_MAX_BYTES + 8 * 1024);
      expectRefusal(await upload(big, { type: 'image/png' }), 413, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses a body announced far over the limit with 413 before reading it', async () => {
      const huge = await noisyPng(1024 * 1024);
      expectRefusal(await upload(huge, { type: 'image/png' }), 413, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses a file that is not an image, whatever its name and declared type, with 415', async () => {
      const res = await upload('this is not a photo', { name: 'photo.jpg', type: 'image/jpeg' });
      expectRefusal(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(res.json.message).toMatch(/not an image/);
    });

    it('refuses an SVG (an image format we do not take) with 415', async () => {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
      expectRefusal(await upload(svg, { name: 'a.svg', type: 'image/svg+xml' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('refuses a cut-off JPEG with 400', async () => {
      const photo = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#336699' } })
        .jpeg()
        .toBuffer();
      expectRefusal(await upload(photo.subarray(0, photo.length / 2)), 400, 'VALIDATION_FAILED');
    });

    it('refuses a form without a file with 400', async () => {
      expectRefusal(await upload(null), 400, 'VALIDATION_FAILED');
    });

    it('refuses a file sent in another field with 400', async () => {
      expectRefusal(await upload(await phonePhoto(), { field: 'photo' }), 400, 'VALIDATION_FAILED');
    });

    it('refuses a request that is not multipart with 400', async () => {
      const res = await t.request('POST', '/api/me/avatar', { token, body: { avatarUrl: 'x' } });
      expectRefusal(res, 400, 'VALIDATION_FAILED');
      const empty = await t.request('POST', '/api/me/avatar', { token });
      expectRefusal(empty, 400, 'VALIDATION_FAILED');
    });

    it('refuses an upload without signing in with 401', async () => {
      const res = await upload(await phonePhoto(), { auth: false });
      expect(res.status).toBe(401);
      expect(res.json.code).toBe('UNAUTHENTICATED');
    });
  });

  it('answers 404 for an image that does not exist', async () => {
    for (const id of ['0123456789abcdef0123456789abcdef', 'nope', '..%2F..%2Fetc']) {
      const res = await t.request('GET', `/api/images/${id}`);
      expect(res.status).toBe(404);
      expect(res.json.code).toBe('NOT_FOUND');
    }
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await t.request('GET', '/api/docs-json')).json as { paths: Record<string, Record<string, unknown>> };
    expect(doc.paths['/api/me/avatar'].post).toBeDefined();
    expect(doc.paths['/api/images'].post).toBeDefined();
    expect(doc.paths['/api/images/{id}'].get).toBeDefined();
  });

  describe('POST /api/images: a photo of a kind, for a record of the uploader', () => {
    let uploader: string;

    beforeAll(async () => {
      ({ token: uploader } = await t.signIn([], '上传照片的人'));
    });

    const post = async (
      file: Buffer | string,
      { kind = 'evidence' as string | null, query = '', type = 'image/jpeg', auth = true } = {},
    ) => {
      const form = new FormData();
      if (kind !== null) form.append('kind', kind);
      form.append('file', new Blob([file], { type }), 'photo.jpg');
      const response = await fetch(`${t.baseUrl}/api/images${query}`, {
        method: 'POST',
        headers: auth ? { authorization: `Bearer ${uploader}` } : {},
        body: form,
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };

    const bigPhoto = () =>
      sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#2a7f62' } })
        .withExif({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 3/1 0/1' } })
        .jpeg({ quality: 40 })
        .toBuffer();

    it('stores an evidence photo shrunk to fit 1600×1600, uncropped, without EXIF, owned by the uploader', async () => {
      const res = await post(await bigPhoto());
      expect(res.status).toBe(201);
      expect(res.json).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{32}$/),
        kind: 'evidence',
        url: `/api/images/${res.json.id}`,
        width: 1600,
        height: 800,
      });
      const image = await fetch(`${t.baseUrl}${res.json.url}`);
      const bytes = Buffer.from(await image.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 1600, height: 800 });
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes('TestPhone')).toBe(false);
      const [row] = (await t.dataSource.query('SELECT kind, ownerUserId FROM images WHERE id = ?', [res.json.id])) as {
        kind: string;
        ownerUserId: number;
      }[];
      expect(row.kind).toBe('evidence');
      expect(Number(row.ownerUserId)).toBe((await t.request('GET', '/api/me', { token: uploader })).json.id);
    });

    it('takes the kind from the query string too, and never enlarges a small photo', async () => {
      const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#888888' } })
        .png()
        .toBuffer();
      const res = await post(small, { kind: null, query: '?kind=activity', type: 'image/png' });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ kind: 'activity', width: 300, height: 200 });
    });

    describe('refusals write nothing', () => {
      let before: number;
      beforeEach(async () => {
        before = await imageCount();
      });
      afterEach(async () => {
        expect(await imageCount()).toBe(before);
      });

      it('refuses a missing or unknown kind with 400 naming kind', async () => {
        for (const options of [{ kind: null }, { kind: 'avatar' }, { kind: 'Evidence' }]) {
          const res = await post(await phonePhoto(), options);
          expect(res.status).toBe(400);
          expect(res.json).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'kind' }] });
        }
      });

      it('refuses a file that is not an image with 415 and one over the limit with 413', async () => {
        expectRefusal(await post('not a photo at all'), 415, 'UNSUPPORTED_MEDIA_TYPE');
        expectRefusal(
          await post(await noisyPng(UPLOAD_MAX_BYTES + 8 * 1024), { type: 'image/png' }),
          413,
          'PAYLOAD_TOO_LARGE',
        );
      });

      it('refuses an upload without signing in with 401', async () => {
        expect((await post(await phonePhoto(), { auth: false })).status).toBe(401);
      });
    });
  });
});
