import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import {
  CELL_STATUS_LABELS,
  CELL_STATUSES,
  CELL_TYPE_LABELS,
  CELL_TYPES,
  type CellResponse,
  type CellStatus,
  type CellType,
  type CreateCellRequest,
} from '@zerowaste/shared';
import { useEffect, useState } from 'react';
import { FieldInput, FormField } from '@/components/form-field';
import { LocationField, type PickedPlace, startingPlace } from '@/components/location-field';
import { ManagedCell } from '@/components/managed-cell';
import { PageShell } from '@/components/page-shell';
import { RegionPicker } from '@/components/region-picker';
import { SelectField, type SelectOption } from '@/components/select-field';
import { SessionGate } from '@/components/session-gate';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { ROUTES, withQuery } from '@/routes';
import { createCell, updateCell } from '@/services/cells';
import { hasFieldError } from '@/services/http';
import './index.scss';

const TYPE_OPTIONS: SelectOption<CellType>[] = CELL_TYPES.map((type) => ({
  value: type,
  label: CELL_TYPE_LABELS[type],
}));
const STATUS_OPTIONS: SelectOption<CellStatus>[] = CELL_STATUSES.map((status) => ({
  value: status,
  label: CELL_STATUS_LABELS[status],
}));

type Field = 'name' | 'type' | 'regionCode' | 'address' | 'households';

const PROBLEMS: Record<Field, string> = {
  name: '请填写名称（1–64 个字）',
  type: '请选择类型',
  regionCode: '请选择所在地区',
  address: '请填写地址（1–200 个字）',
  households: '请填 0 到 1000000 之间的整数',
};

/** The form for a new cell or an existing one; the API checks the region code and the point. */
function CellForm({ cell }: { cell: CellResponse | null }) {
  const [name, setName] = useState(cell?.name ?? '');
  const [type, setType] = useState<CellType | null>(cell?.type ?? null);
  const [regionCode, setRegionCode] = useState<string | null>(cell?.regionCode ?? null);
  const [address, setAddress] = useState(cell?.address ?? '');
  const [households, setHouseholds] = useState(cell ? String(cell.households) : '');
  const [place, setPlace] = useState<PickedPlace | null>(startingPlace(cell?.location ?? null, '已保存的位置'));
  const [status, setStatus] = useState<CellStatus>(cell?.status ?? 'building');
  const [problem, setProblem] = useState<Field | null>(null);
  const action = useAction();

  const submit = async () => {
    const count = households.trim() === '' ? 0 : Number(households.trim());
    if (!name.trim()) return setProblem('name');
    if (!type) return setProblem('type');
    if (!regionCode) return setProblem('regionCode');
    if (!address.trim()) return setProblem('address');
    if (!Number.isInteger(count) || count < 0 || count > 1_000_000) return setProblem('households');
    setProblem(null);
    const body: CreateCellRequest = {
      name: name.trim(),
      type,
      regionCode,
      address: address.trim(),
      households: count,
      status,
      ...(place ? { location: place.point } : {}),
    };
    const saved = await action.run(
      () =>
        (cell ? updateCell(cell.id, body) : createCell(body)).catch((error: unknown) => {
          const field = (Object.keys(PROBLEMS) as Field[]).find((key) => hasFieldError(error, key));
          if (field) setProblem(field);
          throw error;
        }),
      cell ? '已保存' : '已新建',
    );
    if (saved && !cell) {
      // The new cell's own page: its bins, cards and shop are one tap away.
      void Taro.redirectTo({ url: withQuery(ROUTES.adminCellEdit, { id: saved.id }) });
    }
  };

  const error = (field: Field) => (problem === field ? PROBLEMS[field] : null);

  return (
    <View className="card cell-edit__form">
      <FormField label="名称" error={error('name')}>
        <FieldInput
          value={name}
          placeholder="如：幸福里小区"
          maxlength={64}
          onChange={(value) => {
            setName(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField label="类型" hint="决定按哪套评分细则打分" error={error('type')}>
        <SelectField options={TYPE_OPTIONS} value={type} placeholder="选择类型" onChange={setType} />
      </FormField>
      <FormField label="所在地区" error={error('regionCode')}>
        <RegionPicker value={regionCode} onChange={setRegionCode} />
      </FormField>
      <FormField label="地址" error={error('address')}>
        <FieldInput
          value={address}
          placeholder="如：襄都区新华北路 88 号"
          maxlength={200}
          onChange={(value) => {
            setAddress(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField label="户数" hint="参与率按户数计算" error={error('households')}>
        <FieldInput
          value={households}
          placeholder="如：1200"
          kind="number"
          onChange={(value) => {
            setHouseholds(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField label="位置" hint="居民在「附近」按距离找到它">
        <LocationField value={place} onChange={setPlace} />
      </FormField>
      <FormField label="状态">
        <SelectField options={STATUS_OPTIONS} value={status} placeholder="选择状态" onChange={setStatus} />
      </FormField>
      <SubmitButton
        className="cell-edit__save"
        busy={action.busy}
        busyText="正在保存…"
        text={cell ? '保存修改' : '新建无废细胞'}
        onClick={() => void submit()}
      />
    </View>
  );
}

function CellLinks({ cell }: { cell: CellResponse }) {
  const links = [
    { label: '垃圾桶与标签', url: withQuery(ROUTES.manageBins, { cellId: cell.id }) },
    { label: '户卡', url: withQuery(ROUTES.manageCards, { cellId: cell.id }) },
    { label: '积分超市', url: withQuery(ROUTES.manageShop, { cellId: cell.id }) },
    { label: '佐证材料', url: withQuery(ROUTES.scoreEvidence, { cellId: cell.id }) },
  ];
  return (
    <View className="card cell-edit__links">
      <Text className="cell-edit__links-title">管理这个细胞</Text>
      {links.map((link) => (
        <View key={link.url} className="cell-edit__link" onClick={() => void Taro.navigateTo({ url: link.url })}>
          <Text className="cell-edit__link-label">{link.label}</Text>
          <Text className="cell-edit__chevron">›</Text>
        </View>
      ))}
      <Text className="cell-edit__managers">
        {cell.managerIds.length ? `已有 ${cell.managerIds.length} 位管理员。` : '还没有管理员。'}
        在「用户与角色」里给用户授予「社区/村管理员」并选择这个细胞。
      </Text>
    </View>
  );
}

export default function AdminCellEditPage() {
  const id = Number(useRouter().params.id);
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '编辑无废细胞' : '新建无废细胞' });
  }, [id]);
  return (
    <PageShell className="cell-edit">
      <SessionGate>
        {() =>
          id ? (
            <ManagedCell cellId={id}>
              {(cell) => (
                <View>
                  <CellForm cell={cell} />
                  <CellLinks cell={cell} />
                </View>
              )}
            </ManagedCell>
          ) : (
            <CellForm cell={null} />
          )
        }
      </SessionGate>
    </PageShell>
  );
}
