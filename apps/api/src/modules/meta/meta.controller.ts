import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_NAME_ZH, type MetaResponse, NOTIFICATION_TOPICS, type SubscribeTemplates } from '@zerowaste/shared';
import { Public } from '../../common/decorators/public.decorator';
import { CONFIG, type Config } from '../../config/config';
import { isPlaceholderTemplate } from '../../config/notifications.config';
import { APP_VERSION } from '../../version';

/** One property per notification topic (NOTIFICATION_TOPICS): a new topic adds its own here. */
class SubscribeTemplatesDto implements SubscribeTemplates {
  @ApiProperty({ required: false, example: 'tmplPickupReminder0001' })
  pickup_reminder?: string;

  @ApiProperty({ required: false, example: 'tmplPickupOnTheWay0001' })
  pickup_on_the_way?: string;
}

class MetaResponseDto implements MetaResponse {
  @ApiProperty({ example: APP_NAME_ZH })
  name: string;

  @ApiProperty({ example: '0.1.0' })
  version: string;

  @ApiProperty({ description: 'True when the demo log-in (POST /api/auth/demo) is on' })
  demoMode: boolean;

  @ApiProperty({
    type: SubscribeTemplatesDto,
    description:
      'Subscription-message template ids per topic, for requestSubscribeMessage; unconfigured topics left out',
  })
  subscribeTemplates: SubscribeTemplatesDto;
}

@ApiTags('meta')
@Controller('meta')
export class MetaController {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: "The app's name, version, whether demo log-in is on, and the subscription-message templates",
  })
  @ApiOkResponse({ type: MetaResponseDto })
  meta(): MetaResponseDto {
    const { templates } = this.config.notifications;
    const subscribeTemplates = Object.fromEntries(
      NOTIFICATION_TOPICS.filter((topic) => !isPlaceholderTemplate(templates[topic])).map((topic) => [
        topic,
        templates[topic],
      ]),
    );
    return { name: APP_NAME_ZH, version: APP_VERSION, demoMode: this.config.app.demoMode, subscribeTemplates };
  }
}
