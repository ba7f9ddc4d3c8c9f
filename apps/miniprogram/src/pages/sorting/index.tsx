import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  GUIDE_SEARCH_MAX_LENGTH,
  type GuideSearchResponse,
  WASTE_CATEGORY_COLORS,
  WASTE_CATEGORY_LABELS,
} from '@zerowaste/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { GuideItemRow } from '../../components/guide-item-row';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { SORTING_GUIDE } from '../../constants/sorting-guide';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { ROUTES, withQuery } from '../../routes';
import { searchGuide } from '../../services/guide';
import { messageOf } from '../../services/http';
import './index.scss';

const SEARCH_DELAY_MS = 200;

interface SearchState {
  /** The term the shown answer is for. */
  term: string;
  loading: boolean;
  answer: GuideSearchResponse | null;
  error: string | null;
}

/** Instant search: waits for typing to pause, and drops answers to terms that were typed over. */
function useGuideSearch(input: string) {
  const term = useDebouncedValue(input.trim().slice(0, GUIDE_SEARCH_MAX_LENGTH), SEARCH_DELAY_MS);
  const [state, setState] = useState<SearchState>({ term: '', loading: false, answer: null, error: null });
  const generation = useRef(0);

  const run = useCallback(async (q: string) => {
    const current = ++generation.current;
    if (!q) {
      setState({ term: '', loading: false, answer: null, error: null });
      return;
    }
    setState((previous) => ({ ...previous, loading: true, error: null }));
    try {
      const answer = await searchGuide(q);
      if (current === generation.current) setState({ term: q, loading: false, answer, error: null });
    } catch (error) {
      if (current === generation.current) setState({ term: q, loading: false, answer: null, error: messageOf(error) });
    }
  }, []);

  useEffect(() => {
    void run(term);
  }, [term, run]);

  // Typing ahead of the debounce already counts as searching.
  const typing = input.trim() !== term;
  return { ...state, pending: state.loading || (typing && input.trim() !== ''), retry: () => void run(term) };
}

function SearchResults({ search }: { search: ReturnType<typeof useGuideSearch> }) {
  if (search.error) {
    return (
      <StateView
        kind="error"
        compact
        title="查询失败"
        description={search.error}
        actionText="重试"
        onAction={search.retry}
      />
    );
  }
  if (!search.answer) return search.pending ? <StateView kind="loading" compact title="正在查询…" /> : null;
  const { items, total, categoryMatch } = search.answer;
  if (items.length === 0) {
    return (
      <View className="card sorting__miss">
        <StateView
          kind="info"
          compact
          icon="?"
          title={`没找到“${search.term}”？`}
          description="已经记录下来，我们会尽快补充这个物品。可以换个说法再查，或对照下面四类自己判断。"
        />
      </View>
    );
  }
  return (
    <View className={`card sorting__results${search.pending ? ' sorting__results--stale' : ''}`}>
      {categoryMatch ? (
        <View
          className="sorting__category-match"
          onClick={() =>
            void Taro.navigateTo({ url: withQuery(ROUTES.guideBrowse, { category: categoryMatch.category }) })
          }
        >
          <Text>
            「{categoryMatch.label}」属于
            <Text style={{ color: WASTE_CATEGORY_COLORS[categoryMatch.category] }}>
              {WASTE_CATEGORY_LABELS[categoryMatch.category]}
            </Text>
          </Text>
          <Text className="sorting__chevron">查看全部 ›</Text>
        </View>
      ) : null}
      {items.map((item) => (
        <GuideItemRow key={item.id} item={item} term={search.term} />
      ))}
      {total > items.length ? (
        <Text className="muted sorting__total">共 {total} 个结果，输入更完整的名称可缩小范围</Text>
      ) : null}
    </View>
  );
}

function CategoryCards() {
  return (
    <>
      {SORTING_GUIDE.map((guide) => {
        const colour = WASTE_CATEGORY_COLORS[guide.category];
        return (
          <View key={guide.category} className={`sorting__card sorting__card--${guide.category}`}>
            <View
              className="sorting__head"
              style={{ backgroundColor: colour }}
              onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.guideBrowse, { category: guide.category }) })}
            >
              <Text className="sorting__name">{WASTE_CATEGORY_LABELS[guide.category]}</Text>
              {guide.alias ? <Text className="sorting__alias">也叫{guide.alias}</Text> : null}
            </View>
            <View className="sorting__body">
              <Text className="sorting__explanation">{guide.explanation}</Text>
              <View className="sorting__examples">
                {guide.examples.map((example) => (
                  <Text key={example} className="sorting__chip" style={{ color: colour, borderColor: colour }}>
                    {example}
                  </Text>
                ))}
              </View>
              <Text className="sorting__tip">投放要点：{guide.tip}</Text>
            </View>
          </View>
        );
      })}
    </>
  );
}

// The guide is public: no log-in needed to search or read it.
export default function SortingPage() {
  const [input, setInput] = useState('');
  const search = useGuideSearch(input);
  const searching = input.trim() !== '';

  return (
    <PageShell className="sorting">
      <View className="sorting__search">
        <Text className="sorting__search-icon">搜</Text>
        <Input
          className="sorting__input"
          value={input}
          placeholder="输入物品名称，如 易拉罐、ylg"
          confirmType="search"
          maxlength={GUIDE_SEARCH_MAX_LENGTH}
          onInput={(event) => setInput(event.detail.value)}
        />
        {search.pending && searching ? <View className="sorting__spinner" /> : null}
        {searching ? (
          <Text className="sorting__clear" onClick={() => setInput('')}>
            ×
          </Text>
        ) : null}
      </View>

      {searching ? <SearchResults search={search} /> : null}

      {searching ? null : (
        <View className="card sorting__quiz" onClick={() => void Taro.navigateTo({ url: ROUTES.quiz })}>
          <View className="sorting__quiz-badge">答</View>
          <View className="sorting__quiz-text">
            <Text className="sorting__quiz-title">每日分类答题</Text>
            <Text className="muted">5 道题，答对得积分</Text>
          </View>
          <Text className="sorting__chevron">去答题 ›</Text>
        </View>
      )}

      <View className="sorting__intro">
        <Text className="sorting__intro-title">{searching ? '对照四类自己判断' : '生活垃圾分四类'}</Text>
        <Text className="sorting__intro-text">依据国家标准 GB/T 19095-2019，按桶的颜色投放。</Text>
      </View>

      <CategoryCards />

      <View className="card sorting__aliases">
        <Text className="sorting__aliases-title">各地叫法对照</Text>
        <View className="sorting__alias-row">
          <Text className="sorting__alias-local">湿垃圾</Text>
          <Text className="sorting__alias-eq">=</Text>
          <Text style={{ color: WASTE_CATEGORY_COLORS.food }}>{WASTE_CATEGORY_LABELS.food}</Text>
        </View>
        <View className="sorting__alias-row">
          <Text className="sorting__alias-local">干垃圾</Text>
          <Text className="sorting__alias-eq">=</Text>
          <Text style={{ color: WASTE_CATEGORY_COLORS.residual }}>{WASTE_CATEGORY_LABELS.residual}</Text>
        </View>
      </View>
    </PageShell>
  );
}
