import { Button, Text, View } from '@tarojs/components';
import type { BinResponse, CellResponse, WasteCategory } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { CategoryChip } from '@/components/category-chip';
import { CategoryPicker } from '@/components/category-picker';
import { CellHeader } from '@/components/cell-header';
import { FieldInput, FormField } from '@/components/form-field';
import { LocationField, type PickedPlace, startingPlace } from '@/components/location-field';
import { ManagedCellPage } from '@/components/managed-cell';
import { PagedListView } from '@/components/paged-list-view';
import { Sheet } from '@/components/sheet';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { usePageList } from '@/hooks/use-page-list';
import { createBin, listBins, openBinLabels, reissueBin, retireBin } from '@/services/bins';
import { hasFieldError } from '@/services/http';
import { confirmAction } from '@/utils/confirm';
import './index.scss';

type Kind = WasteCategory | 'station';

/** Register a bin: its name, its category (or a four-bin station), and where it stands. */
function RegisterSheet({ cell, onClose, onDone }: { cell: CellResponse; onClose: () => void; onDone: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind | null>(null);
  const [place, setPlace] = useState<PickedPlace | null>(startingPlace(cell.location, '细胞位置'));
  const [problem, setProblem] = useState<'name' | 'kind' | 'location' | null>(null);
  const action = useAction();
  const pick = (next: Kind) => {
    setKind(next);
    setProblem(null);
  };

  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setProblem('name');
    if (!kind) return setProblem('kind');
    if (!place) return setProblem('location');
    setProblem(null);
    const created = await action.run(
      () =>
        createBin({
          cellId: cell.id,
          name: trimmed,
          ...(kind === 'station' ? {} : { category: kind }),
          lat: place.point.lat,
          lng: place.point.lng,
        }).catch((error: unknown) => {
          if (hasFieldError(error, 'name')) setProblem('name');
          if (hasFieldError(error, 'lat') || hasFieldError(error, 'lng')) setProblem('location');
          throw error;
        }),
      '已登记',
    );
    if (created) onDone();
  };

  return (
    <Sheet
      title="登记垃圾桶"
      subtitle="登记后生成二维码标签，打印贴在桶上，居民扫码投放得积分。"
      busy={action.busy}
      onClose={onClose}
    >
      <FormField
        label="名称"
        hint="写清位置，如「3 号楼东侧可回收物桶」，1–64 个字"
        error={problem === 'name' ? '请填写名称（1–64 个字）' : null}
      >
        <FieldInput
          value={name}
          placeholder="如：3 号楼东侧分类站"
          maxlength={64}
          onChange={(value) => {
            setName(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField label="类别" error={problem === 'kind' ? '请选择这个桶收哪类垃圾' : null}>
        <CategoryPicker selected={kind === 'station' ? null : kind} onPick={pick} />
        <View
          className={`bins__station${kind === 'station' ? ' bins__station--selected' : ''}`}
          onClick={() => pick('station')}
        >
          <Text className="bins__station-title">四分类投放站</Text>
          <Text className="bins__station-hint">一个二维码管四个桶，居民投放时再选类别</Text>
        </View>
      </FormField>
      <FormField label="位置" error={problem === 'location' ? '请选择垃圾桶的位置' : null}>
        <LocationField value={place} onChange={setPlace} />
      </FormField>
      <SubmitButton
        className="bins__submit"
        busy={action.busy}
        busyText="正在登记…"
        text="登记并生成标签"
        onClick={() => void submit()}
      />
    </Sheet>
  );
}

function BinRow({
  bin,
  busy,
  onReissue,
  onRetire,
}: {
  bin: BinResponse;
  busy: boolean;
  onReissue: () => void;
  onRetire: () => void;
}) {
  const active = bin.status === 'active';
  return (
    <View className={`bins__row${active ? '' : ' bins__row--retired'}`}>
      <View className="bins__row-head">
        {bin.category ? (
          <CategoryChip category={bin.category} />
        ) : (
          <Text className="bins__station-tag">四分类投放站</Text>
        )}
        {active ? null : <Text className="bins__retired-tag">已停用</Text>}
      </View>
      <Text className="bins__row-name">{bin.name}</Text>
      <Text className="bins__row-code">
        编码 {bin.code} · 第 {bin.codeVersion} 版标签
      </Text>
      {active ? (
        <View className="bins__row-actions">
          <Button className="btn btn--ghost bins__row-button" disabled={busy || undefined} onClick={onReissue}>
            重新生成标签
          </Button>
          <Button className="btn btn--danger bins__row-button" disabled={busy || undefined} onClick={onRetire}>
            停用
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function Bins({ cell }: { cell: CellResponse }) {
  const cellId = cell.id;
  const fetchPage = useCallback((page: number) => listBins(cellId, page), [cellId]);
  const bins = usePageList(fetchPage);
  const action = useAction();
  const [registering, setRegistering] = useState(false);

  const reissue = async (bin: BinResponse) => {
    const ok = await confirmAction(
      '重新生成标签',
      `「${bin.name}」的旧标签会立即失效，扫旧标签不再得积分。请打印新标签贴上。`,
      '重新生成',
    );
    if (ok && (await action.run(() => reissueBin(bin.id), '已生成新标签'))) void bins.reload();
  };

  const retire = async (bin: BinResponse) => {
    const ok = await confirmAction('停用垃圾桶', `停用后「${bin.name}」的标签不再得积分，投放记录保留。`, '停用');
    if (ok && (await action.run(() => retireBin(bin.id), '已停用'))) void bins.reload();
  };

  return (
    <View>
      <CellHeader cell={cell} subtitle={bins.loaded ? `垃圾桶 · 共 ${bins.total} 个` : '垃圾桶'}>
        <Button className="btn btn--primary bins__register" onClick={() => setRegistering(true)}>
          登记垃圾桶
        </Button>
        <Button
          className={`btn btn--ghost bins__print${action.busy ? ' btn--disabled' : ''}`}
          disabled={action.busy || undefined}
          onClick={() => void action.run(() => openBinLabels(cellId))}
        >
          打印标签
        </Button>
      </CellHeader>
      <Text className="bins__tip">打印的 A4 标签纸包含所有在用的桶，每页 8 张，沿虚线剪下贴在桶上。</Text>
      <PagedListView
        list={bins}
        loadingTitle="正在加载垃圾桶…"
        errorTitle="没能加载垃圾桶"
        className="card bins__list"
        empty={{
          icon: '桶',
          title: '还没有登记垃圾桶',
          description: '登记小区里的每个桶或四分类投放站，打印二维码标签贴上，居民扫码投放就能得积分。',
          actionText: '登记第一个垃圾桶',
          onAction: () => setRegistering(true),
        }}
      >
        {(items) =>
          items.map((bin) => (
            <BinRow
              key={bin.id}
              bin={bin}
              busy={action.busy}
              onReissue={() => void reissue(bin)}
              onRetire={() => void retire(bin)}
            />
          ))
        }
      </PagedListView>
      {registering ? (
        <RegisterSheet
          cell={cell}
          onClose={() => setRegistering(false)}
          onDone={() => {
            setRegistering(false);
            void bins.reload();
          }}
        />
      ) : null}
    </View>
  );
}

export default function ManageBinsPage() {
  return <ManagedCellPage className="bins">{(cell) => <Bins cell={cell} />}</ManagedCellPage>;
}
