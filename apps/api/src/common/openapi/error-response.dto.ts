import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_STATUS, type ErrorCode, type ErrorResponse, type FieldError } from '@zerowaste/shared';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'nickname' })
  field: string;

  @ApiProperty({ example: 'nickname must be shorter than or equal to 32 characters' })
  message: string;
}

export class ErrorResponseDto implements ErrorResponse {
  @ApiProperty({ enum: Object.keys(ERROR_STATUS), example: 'VALIDATION_FAILED' })
  code: ErrorCode;

  @ApiProperty({ example: 'nickname: nickname must be shorter than or equal to 32 characters' })
  message: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ format: 'date-time', description: 'For cool-down and daily caps: when to try again' })
  retryAt?: string;
}
