import Taro from '@tarojs/taro';
import { PICKUP_SUBSCRIBE_TOPICS, type PickupSubscribeTopic, type SubscribeTemplates } from '@zerowaste/shared';
import { getMeta } from '@/services/meta';

// WeChat takes at most three templates per request.
const MAX_TEMPLATES = 3;

/**
 * The template ids to ask for, from `GET /api/meta` (the ids the API sends with; a topic without a
 * real template is left out there). Loaded with the booking page, so that the booking tap can ask at
 * once: WeChat shows the dialog only in answer to a tap. The browser has no subscription messages.
 */
export async function loadPickupTemplates(): Promise<SubscribeTemplates> {
  if (process.env.TARO_ENV !== 'weapp') return {};
  try {
    return (await getMeta()).subscribeTemplates;
  } catch {
    return {}; // Without the ids the booking goes ahead, unsubscribed.
  }
}

/**
 * Asks for consent to the pickup messages (a reminder the evening before, the collector setting out);
 * must run inside the tap that books. Answers the topics accepted; a refusal or a failure never stops
 * the booking.
 */
export async function askPickupConsent(templates: SubscribeTemplates): Promise<PickupSubscribeTopic[]> {
  const topics = PICKUP_SUBSCRIBE_TOPICS.filter((topic) => templates[topic]).slice(0, MAX_TEMPLATES);
  if (process.env.TARO_ENV !== 'weapp' || !topics.length) return [];
  const ids = topics.map((topic) => templates[topic] as string);
  try {
    // The answer has one key per template id: "accept", "reject" or "ban".
    const answer: Record<string, unknown> = {
      ...(await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })),
    };
    return topics.filter((topic) => answer[templates[topic] as string] === 'accept');
  } catch {
    return [];
  }
}
