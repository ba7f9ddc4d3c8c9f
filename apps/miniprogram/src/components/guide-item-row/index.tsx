import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { GuideItemResponse } from '@zerowaste/shared';
import { ROUTES, withQuery } from '../../routes';
import { CategoryChip } from '../category-chip';
import './index.scss';

/** The name split around the typed text, so the match can be shown highlighted. */
function highlightParts(text: string, term: string): { text: string; hit: boolean }[] {
  const at = term ? text.indexOf(term) : -1;
  if (at < 0) return [{ text, hit: false }];
  return [
    { text: text.slice(0, at), hit: false },
    { text: term, hit: true },
    { text: text.slice(at + term.length), hit: false },
  ].filter((part) => part.text !== '');
}

interface GuideItemRowProps {
  item: GuideItemResponse;
  /** The search term to highlight in the name, and to find a matching alias by. */
  term?: string;
}

/** One guide item in a list: name, the alias that matched, the tip, and its category chip. Opens the item. */
export function GuideItemRow({ item, term = '' }: GuideItemRowProps) {
  const alias = term ? item.aliases.find((name) => name.includes(term)) : undefined;
  return (
    <View
      className="guide-item-row"
      onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.guideItem, { id: item.id }) })}
    >
      <View className="guide-item-row__main">
        <Text className="guide-item-row__name">
          {highlightParts(item.name, term).map((part) =>
            part.hit ? (
              <Text key="hit" className="guide-item-row__hit">
                {part.text}
              </Text>
            ) : (
              part.text
            ),
          )}
        </Text>
        {alias ? <Text className="guide-item-row__alias">也叫{alias}</Text> : null}
        {item.tip ? <Text className="guide-item-row__tip">{item.tip}</Text> : null}
      </View>
      <CategoryChip category={item.category} detail={item.subcategoryLabel} />
    </View>
  );
}
