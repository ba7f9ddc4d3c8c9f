import { ERROR_STATUS, type ErrorCode, isErrorResponse } from './error-code';
import { errorMessageZh } from './error-messages-zh';

describe('error messages', () => {
  it('has a Chinese message for every code', () => {
    for (const code of Object.keys(ERROR_STATUS) as ErrorCode[]) {
      expect(errorMessageZh(code)).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('recognises the error shape and nothing else', () => {
    expect(isErrorResponse({ code: 'NOT_FOUND', message: 'x' })).toBe(true);
    expect(isErrorResponse({ code: 'NOPE', message: 'x' })).toBe(false);
    expect(isErrorResponse({ items: [] })).toBe(false);
    expect(isErrorResponse(null)).toBe(false);
  });
});
