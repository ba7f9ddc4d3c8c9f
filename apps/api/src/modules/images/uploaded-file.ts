import type { MultipartFile } from '@fastify/multipart';
import { IMAGE_UPLOAD_FIELD } from '@zerowaste/shared';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error';

// Room for the multipart boundaries and part headers around the file itself.
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

/** @fastify/multipart's errors for a body with more parts than one upload needs. */
const TOO_MANY_PARTS_CODES = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export function fileTooLarge(maxBytes: number): AppError {
  const message = `must be at most ${megabytes(maxBytes)}`;
  return new AppError('PAYLOAD_TOO_LARGE', `${IMAGE_UPLOAD_FIELD}: ${message}`, [
    { field: IMAGE_UPLOAD_FIELD, message },
  ]);
}

/** The file of a multipart upload and the plain fields sent before it. */
export interface UploadedForm {
  data: Buffer;
  fields: Record<string, string>;
}

/**
 * Reads the one file of a multipart/form-data request into memory, at most `maxBytes` of it, with
 * the text fields that came before it. Every way a client can get it wrong answers 400 or 413
 * naming the field, never a 500.
 */
export async function readUploadedFile(request: FastifyRequest, maxBytes: number): Promise<UploadedForm> {
  const field = IMAGE_UPLOAD_FIELD;
  // A body announced far too large is refused before a byte of it is parsed.
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD_BYTES) throw fileTooLarge(maxBytes);
  if (!request.isMultipart()) {
    throw AppError.invalidField(field, `is required: send the image as multipart/form-data in the field "${field}"`);
  }
  try {
    const part: MultipartFile | undefined = await request.file({
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024 },
    });
    if (!part) throw AppError.invalidField(field, 'is required');
    if (part.fieldname !== field) {
      part.file.resume();
      throw AppError.invalidField(field, `is required (the file came in the field "${part.fieldname}")`);
    }
    const data = await part.toBuffer();
    if (!data.length) throw AppError.invalidField(field, 'is empty');
    // Fields after the file may or may not have been parsed by now, depending on how the body was cut:
    // clients send them first.
    return { data, fields: textFields(part.fields) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(maxBytes);
    if (TOO_MANY_PARTS_CODES.has(code)) throw AppError.invalidField(field, 'send one file and nothing else');
    // Anything else is a body busboy could not parse (a bad boundary, a cut-off upload).
    throw AppError.invalidField(field, 'could not be read: the multipart/form-data body is malformed or incomplete');
  }
}

function textFields(fields: MultipartFile['fields']): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first && first.type === 'field' && typeof first.value === 'string') values[name] = first.value;
  }
  return values;
}
