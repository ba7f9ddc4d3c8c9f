import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CELL_TYPE_LABELS, type CellResponse, ROLE_LABELS, type UserResponse } from '@zerowaste/shared';
import { useCallback } from 'react';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { SessionGate } from '@/components/session-gate';
import { StateView } from '@/components/state-view';
import { usePageList } from '@/hooks/use-page-list';
import { ROUTES, withQuery } from '@/routes';
import { listManagedCells } from '@/services/cells';
import { hasRole } from '@/utils/roles';
import './index.scss';

interface Tile {
  glyph: string;
  label: string;
  url: string;
  tone: 'green' | 'blue' | 'orange' | 'red' | 'grey';
}

function Tiles({ tiles }: { tiles: Tile[] }) {
  return (
    <View className="hub__tiles">
      {tiles.map((tile) => (
        <View key={tile.url} className="hub__tile" onClick={() => void Taro.navigateTo({ url: tile.url })}>
          <View className={`hub__glyph hub__glyph--${tile.tone}`}>{tile.glyph}</View>
          <Text className="hub__tile-label">{tile.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** What a manager does for one cell: its bins, cards and shop here; its score, evidence and alerts in 评分. */
function cellTiles(cell: CellResponse): Tile[] {
  const cellId = cell.id;
  return [
    { glyph: '桶', label: '垃圾桶', url: withQuery(ROUTES.manageBins, { cellId }), tone: 'green' },
    { glyph: '卡', label: '户卡', url: withQuery(ROUTES.manageCards, { cellId }), tone: 'blue' },
    { glyph: '店', label: '积分超市', url: withQuery(ROUTES.manageShop, { cellId }), tone: 'orange' },
    { glyph: '证', label: '佐证材料', url: withQuery(ROUTES.scoreEvidence, { cellId }), tone: 'grey' },
    { glyph: '警', label: '预警', url: withQuery(ROUTES.scoreAlerts, { cellId }), tone: 'red' },
  ];
}

const ADMIN_TILES: Tile[] = [
  { glyph: '胞', label: '无废细胞', url: ROUTES.adminCells, tone: 'green' },
  { glyph: '人', label: '用户与角色', url: ROUTES.adminUsers, tone: 'blue' },
  { glyph: '分', label: '积分调整', url: ROUTES.adminPoints, tone: 'orange' },
  { glyph: '指', label: '分类指南', url: ROUTES.adminGuide, tone: 'green' },
  { glyph: '搜', label: '搜不到的词', url: ROUTES.adminMisses, tone: 'grey' },
  { glyph: '榜', label: '排名看板', url: ROUTES.dashboardRanking, tone: 'red' },
  { glyph: '审', label: '佐证审核', url: ROUTES.dashboardEvidenceReview, tone: 'blue' },
];

function ManagedCells() {
  const fetchPage = useCallback((page: number) => listManagedCells({ page }), []);
  const cells = usePageList(fetchPage);
  return (
    <PagedListView
      list={cells}
      loadingTitle="正在加载您管理的无废细胞…"
      errorTitle="没能加载您管理的无废细胞"
      empty={{
        title: '还没有分配给您的无废细胞',
        description: '请联系市级管理员，在「用户与角色」里为您指定管理的小区或村庄。',
      }}
    >
      {(items) =>
        items.map((cell) => (
          <View key={cell.id} className="card hub__cell">
            <View className="hub__cell-head">
              <Text className="hub__cell-name">{cell.name}</Text>
              <Text className="hub__cell-type">{CELL_TYPE_LABELS[cell.type]}</Text>
            </View>
            <Text className="hub__cell-meta">
              {cell.regionName} · {cell.households} 户
            </Text>
            <Tiles tiles={cellTiles(cell)} />
          </View>
        ))
      }
    </PagedListView>
  );
}

function Hub({ user }: { user: UserResponse }) {
  const admin = hasRole(user, 'admin');
  const manager = hasRole(user, 'cell_manager');
  if (!admin && !manager) {
    return (
      <StateView
        kind="info"
        icon="管"
        title="管理中心只对管理员开放"
        description="社区/村管理员和市级管理员在这里管理垃圾桶、户卡、积分超市和评分。需要权限请联系市级管理员。"
        actionText="回到我的"
        onAction={() => void Taro.switchTab({ url: ROUTES.me })}
      />
    );
  }
  return (
    <View>
      <View className="hub__hero">
        <Text className="hub__hero-title">管理中心</Text>
        <Text className="hub__hero-roles">
          {[admin ? ROLE_LABELS.admin : null, manager ? ROLE_LABELS.cell_manager : null].filter(Boolean).join(' · ')}
        </Text>
        <View className="hub__hero-score" onClick={() => void Taro.navigateTo({ url: ROUTES.scoreCells })}>
          <Text>我的细胞评分</Text>
          <Text className="hub__hero-chevron">›</Text>
        </View>
      </View>

      {admin ? (
        <View className="card hub__section">
          <Text className="hub__section-title">全市管理</Text>
          <Tiles tiles={ADMIN_TILES} />
        </View>
      ) : null}

      <Text className="section-title hub__list-title">我管理的无废细胞</Text>
      {admin ? (
        <Text className="hub__note">市级管理员可在「无废细胞」里打开任一细胞，管理它的垃圾桶、户卡和积分超市。</Text>
      ) : (
        <ManagedCells />
      )}
    </View>
  );
}

export default function ManageHubPage() {
  return (
    <PageShell className="hub">
      <SessionGate>{(user) => <Hub user={user} />}</SessionGate>
    </PageShell>
  );
}
