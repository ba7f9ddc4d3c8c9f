import { Image } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import './index.scss';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// WeChat has no btoa; the SVG is plain ASCII, so one byte per character.
function base64Ascii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : Number.NaN;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : Number.NaN;
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += Number.isNaN(b) ? '=' : BASE64[(n >> 6) & 63];
    out += Number.isNaN(c) ? '=' : BASE64[n & 63];
  }
  return out;
}

/** The QR code as one SVG path (a square per dark module, quiet zone of 4), as a data URI. */
export function qrDataUri(value: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  const size = count + quiet * 2;
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  // Base64 rather than a percent-encoded SVG: WeChat's <image> reads base64 data URIs reliably.
  return `data:image/svg+xml;base64,${base64Ascii(svg)}`;
}

interface QrCodeProps {
  value: string;
  /** Dimmed with a line through it when the code no longer works. */
  inactive?: boolean;
}

/** A QR code drawn on the device (no network), crisp at any size: it is a vector image. */
export function QrCode({ value, inactive }: QrCodeProps) {
  const src = useMemo(() => qrDataUri(value), [value]);
  return <Image className={`qr-code${inactive ? ' qr-code--inactive' : ''}`} src={src} mode="aspectFit" />;
}
