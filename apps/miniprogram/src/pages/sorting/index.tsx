import { Text, View } from '@tarojs/components';
import { WASTE_CATEGORY_COLORS, WASTE_CATEGORY_LABELS } from '@zerowaste/shared';
import { PageShell } from '../../components/page-shell';
import { SORTING_GUIDE } from '../../constants/sorting-guide';
import './index.scss';

// The guide is static and public: no log-in needed to read it.
export default function SortingPage() {
  return (
    <PageShell className="sorting">
      <View className="sorting__intro">
        <Text className="sorting__intro-title">生活垃圾分四类</Text>
        <Text className="sorting__intro-text">依据国家标准 GB/T 19095-2019，按桶的颜色投放。</Text>
      </View>

      {SORTING_GUIDE.map((guide) => {
        const colour = WASTE_CATEGORY_COLORS[guide.category];
        return (
          <View key={guide.category} className={`sorting__card sorting__card--${guide.category}`}>
            <View className="sorting__head" style={{ backgroundColor: colour }}>
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
        <Text className="muted sorting__more">按物品名称搜索即将上线。</Text>
      </View>
    </PageShell>
  );
}
