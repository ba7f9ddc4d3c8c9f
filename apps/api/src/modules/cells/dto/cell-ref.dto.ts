import { ApiProperty } from '@nestjs/swagger';
import { CELL_TYPES, type CellRef, type CellType } from '@zerowaste/shared';

export class CellRefDto implements CellRef {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '幸福里小区' })
  name: string;

  @ApiProperty({ enum: CELL_TYPES })
  type: CellType;
}
