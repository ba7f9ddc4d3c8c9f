import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES } from '@/routes';
import './index.scss';

const TABS = [
  { key: 'ranking', label: '排名', url: ROUTES.dashboardRanking },
  { key: 'map', label: '分布图', url: ROUTES.dashboardMap },
  { key: 'trend', label: '趋势', url: ROUTES.dashboardTrend },
  { key: 'review', label: '证据审核', url: ROUTES.dashboardEvidenceReview },
] as const;

export type DashboardTab = (typeof TABS)[number]['key'];

/** The dashboard's four views as tabs; switching replaces the page so "back" leaves the dashboard. */
export function DashboardNav({ current }: { current: DashboardTab }) {
  return (
    <View className="dashboard-nav">
      {TABS.map((tab) => (
        <Text
          key={tab.key}
          className={`dashboard-nav__tab${tab.key === current ? ' dashboard-nav__tab--active' : ''}`}
          onClick={tab.key === current ? undefined : () => void Taro.redirectTo({ url: tab.url })}
        >
          {tab.label}
        </Text>
      ))}
    </View>
  );
}
