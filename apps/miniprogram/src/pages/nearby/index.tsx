import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { CellSummary } from '@zerowaste/shared';
import { useCallback, useEffect, useState } from 'react';
import { CellItem } from '../../components/cell-item';
import { PageShell } from '../../components/page-shell';
import { PagedListView } from '../../components/paged-list-view';
import { SessionGate } from '../../components/session-gate';
import { StateView } from '../../components/state-view';
import { usePagedList } from '../../hooks/use-paged-list';
import { listCellDirectory } from '../../services/cells';
import { chooseOnMap, type Located, locate } from '../../services/location';
import './index.scss';

const PAGE_SIZE = 20;
const isWeapp = process.env.TARO_ENV === 'weapp';

function openOnMap(cell: CellSummary): void {
  if (!cell.location) return;
  void Taro.openLocation({
    latitude: cell.location.lat,
    longitude: cell.location.lng,
    name: cell.name,
    address: cell.address,
    scale: 16,
  });
}

function LocationBar({
  located,
  onRelocate,
  onChoose,
}: {
  located: Located;
  onRelocate: () => void;
  onChoose: () => void;
}) {
  if (located.source === 'device') {
    return (
      <View className="nearby__location">
        <Text className="nearby__location-text">按您当前的位置，由近到远排列</Text>
        {isWeapp ? (
          <Text className="nearby__location-action" onClick={onChoose}>
            换个位置
          </Text>
        ) : null}
      </View>
    );
  }
  const text =
    located.source === 'fallback'
      ? `未能获取您的位置，已按${located.name ?? '市中心'}计算距离。`
      : `按「${located.name ?? '所选位置'}」计算距离。`;
  return (
    <View className="notice nearby__notice">
      <Text className="nearby__notice-text">{text}</Text>
      <View className="nearby__notice-actions">
        <Button className="btn btn--ghost nearby__notice-button" onClick={onRelocate}>
          {isWeapp && located.source === 'fallback' ? '开启定位' : '重新定位'}
        </Button>
        {isWeapp ? (
          <Button className="btn btn--plain nearby__notice-button" onClick={onChoose}>
            在地图上选
          </Button>
        ) : null}
      </View>
    </View>
  );
}

function NearbyList() {
  const [located, setLocated] = useState<Located | null>(null);

  const fetchPage = useCallback(
    (page: number) =>
      listCellDirectory({ lat: located?.point.lat, lng: located?.point.lng, page, pageSize: PAGE_SIZE }),
    [located],
  );
  const list = usePagedList(fetchPage);
  const { reload } = list;

  const relocate = useCallback(async () => {
    setLocated(null);
    setLocated(await locate());
  }, []);

  useEffect(() => {
    void relocate();
  }, [relocate]);

  useEffect(() => {
    if (located) void reload();
  }, [located, reload]);

  useReachBottom(() => {
    void list.loadMore();
  });

  usePullDownRefresh(() => {
    void relocate().finally(() => Taro.stopPullDownRefresh());
  });

  const enableLocation = async () => {
    // In WeChat a denied permission can only be granted again from the settings page.
    if (isWeapp && located?.source === 'fallback') await Taro.openSetting({}).catch(() => undefined);
    await relocate();
  };

  const choose = async () => {
    const chosen = await chooseOnMap();
    if (chosen) setLocated(chosen);
  };

  if (!located) return <StateView kind="loading" title="正在获取您的位置…" />;

  return (
    <View>
      <LocationBar located={located} onRelocate={() => void enableLocation()} onChoose={() => void choose()} />
      <PagedListView
        list={list}
        loadingTitle="正在查找附近的无废细胞…"
        errorTitle="没能加载附近的无废细胞"
        empty={{
          title: '附近还没有无废细胞',
          description: '换个位置看看，或下拉刷新重试。',
          actionText: '重新加载',
          onAction: () => void reload(),
        }}
        className={`nearby__list${list.loading ? ' nearby__list--refreshing' : ''}`}
      >
        {(cells) => (
          <>
            <Text className="nearby__count">共 {list.total} 个无废细胞</Text>
            {cells.map((cell) => (
              <CellItem key={cell.id} cell={cell} onTap={isWeapp && cell.location ? openOnMap : undefined} />
            ))}
          </>
        )}
      </PagedListView>
    </View>
  );
}

export default function NearbyPage() {
  return (
    <PageShell className="nearby">
      <SessionGate>{() => <NearbyList />}</SessionGate>
    </PageShell>
  );
}
