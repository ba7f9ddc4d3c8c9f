import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** Documents a route that answers a PDF file. */
export const ApiPdf = () =>
  applyDecorators(ApiProduces('application/pdf'), ApiOkResponse({ schema: { type: 'string', format: 'binary' } }));

/** A PDF answered as a download under `filename`. */
export function pdfResponse(pdf: Buffer, filename: string): StreamableFile {
  return new StreamableFile(pdf, {
    type: 'application/pdf',
    disposition: `attachment; filename="${filename}"`,
    length: pdf.length,
  });
}
