import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { CELL_STATUS_LABELS, CELL_TYPE_LABELS, CELL_TYPES, type CellResponse, type CellType } from '@zerowaste/shared';
import { useCallback, useRef, useState } from 'react';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { RegionPicker } from '@/components/region-picker';
import { SearchBar } from '@/components/search-bar';
import { SelectField, type SelectOption } from '@/components/select-field';
import { SessionGate } from '@/components/session-gate';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePageList } from '@/hooks/use-page-list';
import { ROUTES, withQuery } from '@/routes';
import { listManagedCells } from '@/services/cells';
import './index.scss';

const TYPE_OPTIONS: SelectOption<CellType | ''>[] = [
  { value: '', label: '全部类型' },
  ...CELL_TYPES.map((type) => ({ value: type, label: CELL_TYPE_LABELS[type] })),
];

function CellRow({ cell }: { cell: CellResponse }) {
  return (
    <View
      className="cells__row"
      onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.adminCellEdit, { id: cell.id }) })}
    >
      <View className="cells__main">
        <View className="cells__head">
          <Text className="cells__name">{cell.name}</Text>
          <Text className="cells__type">{CELL_TYPE_LABELS[cell.type]}</Text>
        </View>
        <Text className="cells__meta">
          {cell.regionName} · {cell.households} 户 ·{' '}
          {cell.managerIds.length ? `${cell.managerIds.length} 位管理员` : '未指定管理员'}
        </Text>
      </View>
      <Text className={`cells__status cells__status--${cell.status}`}>{CELL_STATUS_LABELS[cell.status]}</Text>
      <Text className="cells__chevron">›</Text>
    </View>
  );
}

function Cells() {
  const [q, setQ] = useState('');
  const [type, setType] = useState<CellType | ''>('');
  const [regionCode, setRegionCode] = useState('');
  const search = useDebouncedValue(q.trim(), 300);
  const fetchPage = useCallback(
    (page: number) => listManagedCells({ q: search || undefined, type: type || undefined, regionCode, page }),
    [search, type, regionCode],
  );
  const cells = usePageList(fetchPage);
  // Back from the edit page: show what was saved there.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void cells.reload();
    shown.current = true;
  });
  const filtered = Boolean(search || type || regionCode);

  return (
    <View>
      <SearchBar value={q} placeholder="搜索细胞名称" onChange={setQ}>
        <Button
          className="btn btn--primary cells__new"
          onClick={() => void Taro.navigateTo({ url: ROUTES.adminCellEdit })}
        >
          新建
        </Button>
      </SearchBar>
      <View className="cells__filters">
        <View className="cells__filter">
          <SelectField chip options={TYPE_OPTIONS} value={type} placeholder="全部类型" onChange={setType} />
        </View>
        <View className="cells__filter">
          <RegionPicker chip value={regionCode} allLabel="全部地区" onChange={setRegionCode} />
        </View>
      </View>
      {cells.loaded ? <Text className="cells__total">共 {cells.total} 个无废细胞</Text> : null}
      <PagedListView
        list={cells}
        loadingTitle="正在加载无废细胞…"
        errorTitle="没能加载无废细胞"
        className="card cells__list"
        empty={
          filtered
            ? {
                title: '没有符合条件的无废细胞',
                description: '换个名称、类型或地区试试。',
                actionText: '清除筛选',
                onAction: () => {
                  setQ('');
                  setType('');
                  setRegionCode('');
                },
              }
            : {
                icon: '胞',
                title: '还没有无废细胞',
                description: '新建小区、村庄、学校等无废细胞，再为它们指定管理员。',
                actionText: '新建无废细胞',
                onAction: () => void Taro.navigateTo({ url: ROUTES.adminCellEdit }),
              }
        }
      >
        {(items) => items.map((cell) => <CellRow key={cell.id} cell={cell} />)}
      </PagedListView>
    </View>
  );
}

export default function AdminCellsPage() {
  return (
    <PageShell className="cells">
      <SessionGate>{() => <Cells />}</SessionGate>
    </PageShell>
  );
}
