import { Injectable } from '@nestjs/common';
import type { FieldError } from '@zerowaste/shared';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parse } from 'csv-parse/sync';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error';
import { ImagesService } from '../images/images.service';
import { CreatePlaceDto } from './dto/place.dto';
import { checkPlaceFields, PlacesService } from './places.service';

/** The header an import must start with, in this order. */
export const PLACE_CSV_HEADER = ['type', 'name', 'address', 'lat', 'lng', 'categories', 'hours', 'regionCode'];

// Enough for a city's network in one file; a bigger one is a mistake or belongs in several.
const MAX_ROWS = 20_000;
// A report listing thousands of problems helps nobody: the first ones show what is wrong.
const MAX_REPORTED = 100;

/**
 * `POST /api/places/import`: a CSV of places, all or nothing. Every row is checked as a `POST
 * /api/places` body would be (the same DTO and checks) before one transaction inserts them all.
 */
@Injectable()
export class PlaceImportService {
  constructor(
    private readonly places: PlacesService,
    private readonly images: ImagesService,
  ) {}

  async import(request: FastifyRequest): Promise<{ imported: number }> {
    const text = await this.readCsv(request);
    const rows = parseRows(text);
    const errors: FieldError[] = [];
    const valid: { line: number; dto: CreatePlaceDto }[] = [];
    for (const { line, values } of rows) {
      const problems = checkRow(values);
      if (problems.length)
        errors.push(...problems.map((p) => ({ field: `row ${line}: ${p.field}`, message: p.message })));
      else valid.push({ line, dto: toDto(values) });
    }
    const known = await this.places.existingRegions(valid.map((v) => v.dto.regionCode));
    for (const { line, dto } of valid) {
      if (!known.has(dto.regionCode))
        errors.push({ field: `row ${line}: regionCode`, message: `no region ${dto.regionCode}` });
    }
    // Row order, so the report reads top to bottom.
    errors.sort((a, b) => rowOf(a) - rowOf(b));
    if (errors.length) throw importInvalid(errors);
    return { imported: await this.places.insertMany(valid.map((v) => v.dto)) };
  }

  /** The CSV text: the body itself (`text/csv`) or the multipart field `file`, within UPLOAD_MAX_BYTES. */
  private async readCsv(request: FastifyRequest): Promise<string> {
    if (request.isMultipart()) return (await this.images.readUpload(request)).toString('utf8');
    if (typeof request.body === 'string') return request.body;
    throw AppError.invalidField(
      'file',
      'send the CSV as a text/csv body or as multipart/form-data in the field "file"',
    );
  }
}

function rowOf(error: FieldError): number {
  return Number(/^row (\d+)/.exec(error.field)?.[1] ?? 0);
}

function importInvalid(errors: FieldError[]): AppError {
  const shown = errors.slice(0, MAX_REPORTED);
  const more = errors.length > shown.length ? ` (the first ${shown.length} of ${errors.length} problems)` : '';
  return new AppError('IMPORT_INVALID', `Nothing imported: ${shown[0].field} ${shown[0].message}${more}`, shown);
}

/** Records with the line each ends on (a spreadsheet's row number; the header is row 1). */
function parseRows(text: string): { line: number; values: string[] }[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse types `info: true` only together with `columns`; without them each record is `{record, info}`.
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw importInvalid([{ field: 'file', message: `is not valid CSV: ${(error as Error).message}` }]);
  }
  const [header, ...rows] = records;
  if (!header || header.record.join(',') !== PLACE_CSV_HEADER.join(',')) {
    throw importInvalid([{ field: 'row 1', message: `must be the header ${PLACE_CSV_HEADER.join(',')}` }]);
  }
  if (!rows.length) throw importInvalid([{ field: 'file', message: 'has no rows after the header' }]);
  if (rows.length > MAX_ROWS) throw importInvalid([{ field: 'file', message: `has more than ${MAX_ROWS} rows` }]);
  return rows.map((r) => ({ line: r.info.lines, values: r.record }));
}

function toDto(values: string[]): CreatePlaceDto {
  const [type, name, address, lat, lng, categories, hours, regionCode] = values;
  return plainToInstance(CreatePlaceDto, {
    type,
    name,
    address,
    // An empty cell stays a string, so the validator names it rather than reading 0.
    lat: lat === '' ? lat : Number(lat),
    lng: lng === '' ? lng : Number(lng),
    categories: categories ? categories.split('|').map((c) => c.trim()) : [],
    ...(hours && { hours }),
    regionCode,
  });
}

/** The problems of one row, as `POST /api/places` would find them in a body. */
function checkRow(values: string[]): FieldError[] {
  if (values.length !== PLACE_CSV_HEADER.length) {
    return [{ field: 'columns', message: `has ${values.length} columns, expected ${PLACE_CSV_HEADER.length}` }];
  }
  const dto = toDto(values);
  const problems = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }).flatMap((e) =>
    // One problem a field is enough: "north" is not a number, so it is not a latitude either.
    Object.values(e.constraints ?? {})
      .slice(0, 1)
      .map((message) => ({ field: e.property, message })),
  );
  return problems.length ? problems : checkPlaceFields(dto);
}
