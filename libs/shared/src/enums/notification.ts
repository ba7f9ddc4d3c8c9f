/**
 * What a WeChat subscription message (订阅消息) is about. The mini-program asks consent per topic
 * (`Taro.requestSubscribeMessage`, one template each); every accepted consent lets the API send one
 * message of that topic. A feature adds its topic here, and the API then reads its template id from
 * `WECHAT_TEMPLATE_<TOPIC>` (production refuses a missing one).
 */
export const NOTIFICATION_TOPICS = ['pickup_reminder', 'pickup_on_the_way'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

/** Where a queued message stands: waiting (or waiting for a retry), sent, given up, or not sent (no real template). */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
