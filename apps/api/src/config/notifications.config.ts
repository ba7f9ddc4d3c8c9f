import { NOTIFICATION_TOPICS, type NotificationTopic } from '@zerowaste/shared';
import { type Env, readInt, readString } from './env';

/** What a template id reads as until the real one, from the mini-program's admin console, is configured. */
export const PLACEHOLDER_TEMPLATE_PREFIX = 'placeholder-';

export interface NotificationsConfig {
  /** The subscription-message template id per topic (`WECHAT_TEMPLATE_<TOPIC>`). */
  templates: Record<NotificationTopic, string>;
  /** Tries per message before it is given up (the first send included). */
  maxAttempts: number;
  /** The wait before the first retry; each further retry waits twice as long, up to an hour. */
  retryBaseSeconds: number;
}

/** The variable naming a topic's template id, e.g. `WECHAT_TEMPLATE_PICKUP_REMINDER`. */
export function templateVariable(topic: NotificationTopic): string {
  return `WECHAT_TEMPLATE_${topic.toUpperCase()}`;
}

export function isPlaceholderTemplate(templateId: string): boolean {
  return templateId.startsWith(PLACEHOLDER_TEMPLATE_PREFIX);
}

/** The variables still holding a placeholder, which production refuses (demo mode skips those sends). */
export function placeholderTemplateVariables({ templates }: NotificationsConfig): string[] {
  return NOTIFICATION_TOPICS.filter((topic) => isPlaceholderTemplate(templates[topic])).map(templateVariable);
}

export function readNotificationsConfig(env: Env): NotificationsConfig {
  const templates = Object.fromEntries(
    NOTIFICATION_TOPICS.map((topic) => [
      topic,
      readString(env, templateVariable(topic), `${PLACEHOLDER_TEMPLATE_PREFIX}${topic}`),
    ]),
  ) as Record<NotificationTopic, string>;
  return {
    templates,
    maxAttempts: readInt(env, 'NOTIFY_MAX_ATTEMPTS', 5, 1, 20),
    retryBaseSeconds: readInt(env, 'NOTIFY_RETRY_BASE_SECONDS', 30, 0, 3600),
  };
}
