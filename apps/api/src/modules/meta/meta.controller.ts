import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_NAME_ZH, type MetaResponse } from '@zerowaste/shared';
import { Public } from '../../common/decorators/public.decorator';
import { CONFIG, type Config } from '../../config/config';
import { APP_VERSION } from '../../version';

class MetaResponseDto implements MetaResponse {
  @ApiProperty({ example: APP_NAME_ZH })
  name: string;

  @ApiProperty({ example: '0.1.0' })
  version: string;

  @ApiProperty({ description: 'True when the demo log-in (POST /api/auth/demo) is on' })
  demoMode: boolean;
}

@ApiTags('meta')
@Controller('meta')
export class MetaController {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "The app's name, version and whether demo log-in is on" })
  @ApiOkResponse({ type: MetaResponseDto })
  meta(): MetaResponseDto {
    return { name: APP_NAME_ZH, version: APP_VERSION, demoMode: this.config.app.demoMode };
  }
}
