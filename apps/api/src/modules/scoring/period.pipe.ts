import { Injectable, type PipeTransform } from '@nestjs/common';
import { PERIOD_PATTERN } from '@zerowaste/shared';
import { AppError } from '../../common/errors/app-error';

/** A `:period` path parameter: a month as YYYY-MM, else 400 naming `period`. */
@Injectable()
export class ParsePeriodPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PERIOD_PATTERN.test(value)) throw AppError.invalidField('period', 'must be a month as YYYY-MM');
    return value;
  }
}
