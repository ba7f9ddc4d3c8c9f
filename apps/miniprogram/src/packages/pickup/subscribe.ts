import Taro from '@tarojs/taro';
import { PICKUP_SUBSCRIBE_TOPICS, type PickupSubscribeTopic } from '@zerowaste/shared';

/**
 * Asks for consent to the pickup messages (a reminder the evening before, the collector setting out);
 * must run inside the tap that books. Answers the topics accepted. The browser has no subscription
 * messages, and a refusal or a failure never stops the booking.
 */
export async function askPickupConsent(): Promise<PickupSubscribeTopic[]> {
  if (process.env.TARO_ENV !== 'weapp') return [];
  const topics = PICKUP_SUBSCRIBE_TOPICS.filter((topic) => PICKUP_TEMPLATE_IDS[topic]);
  // WeChat takes at most three templates per request.
  const ids = topics.map((topic) => PICKUP_TEMPLATE_IDS[topic]).slice(0, 3);
  if (!ids.length) return [];
  try {
    // The answer has one key per template id: "accept", "reject" or "ban".
    const answer: Record<string, unknown> = {
      ...(await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })),
    };
    return topics.filter((topic) => answer[PICKUP_TEMPLATE_IDS[topic]] === 'accept');
  } catch {
    return [];
  }
}
