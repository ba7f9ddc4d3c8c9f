import type { NotificationTopic } from '../enums/notification';

/** A subscription-message template id per topic. */
export type SubscribeTemplates = Partial<Record<NotificationTopic, string>>;

export interface MetaResponse {
  name: string;
  version: string;
  demoMode: boolean;
  /**
   * The WeChat subscription-message template id per topic, for `Taro.requestSubscribeMessage`; a topic
   * whose template is not configured (demo mode's placeholders) is left out, so nobody is asked for it.
   */
  subscribeTemplates: SubscribeTemplates;
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
}
