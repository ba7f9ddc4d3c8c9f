import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { WechatModule } from '../wechat/wechat.module';
import { NotificationConsent } from './notification-consent.entity';
import { NotificationMessage } from './notification-message.entity';
import { NotificationsJob } from './notifications.job';
import { NotificationsService } from './notifications.service';

/** WeChat subscription messages: consents, the outbox and the job that sends it. No routes of its own. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationConsent, NotificationMessage]), UsersModule, WechatModule],
  providers: [NotificationsService, NotificationsJob],
  exports: [NotificationsService],
})
export class NotificationsModule {}
