import sharp from 'sharp';
import type { SignedIn, TestApp } from './test-app';

/** Uploads a small photo of `kind` through `POST /api/images` as `by` and answers its id. */
export async function uploadPhoto(t: TestApp, by: SignedIn, kind: string): Promise<string> {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([png], { type: 'image/png' }), 'p.png');
  const res = await fetch(`${t.baseUrl}/api/images`, {
    method: 'POST',
    headers: { authorization: `Bearer ${by.token}` },
    body: form,
  });
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}
