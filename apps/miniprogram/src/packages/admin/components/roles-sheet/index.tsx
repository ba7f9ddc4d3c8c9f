import { Input, Switch, Text, View } from '@tarojs/components';
import {
  type CellResponse,
  ROLE_LABELS,
  ROLE_SCOPE_KIND,
  ROLES,
  type Role,
  type RoleGrant,
  type ScopeKind,
  type ShopResponse,
  type UserResponse,
} from '@zerowaste/shared';
import { useCallback, useEffect, useState } from 'react';
import { Sheet } from '@/components/sheet';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { getCell, listManagedCells } from '@/services/cells';
import { getShop, listShops } from '@/services/rewards';
import { setUserRoles } from '@/services/users';
import './index.scss';

const ROLE_HINTS: Record<Role, string> = {
  resident: '投放、查询、兑换',
  collector: '上门回收，为户卡记录投放',
  inspector: '检查所选细胞的投放是否正确',
  shopkeeper: '在所选积分超市核销兑换码',
  cell_manager: '管理所选细胞的垃圾桶、户卡、积分超市和评分',
  river_chief: '处理所辖河段的入河垃圾举报',
  admin: '管理全市的细胞、用户、分类指南和积分',
};

const key = (kind: ScopeKind, id: number) => `${kind}:${id}`;

/** Names of the cells and shops the grants point at, for the chips. */
async function scopeNames(grants: RoleGrant[]): Promise<Map<string, string>> {
  const scoped = grants.filter((g) => g.scopeKind && typeof g.scopeId === 'number');
  const unique = [...new Map(scoped.map((g) => [key(g.scopeKind as ScopeKind, g.scopeId as number), g])).values()];
  const named = await Promise.all(
    unique.map(async (g) => {
      const id = g.scopeId as number;
      const name =
        g.scopeKind === 'cell'
          ? (await getCell(id).catch(() => null))?.name
          : g.scopeKind === 'shop'
            ? (await getShop(id).catch(() => null))?.name
            : undefined;
      return [key(g.scopeKind as ScopeKind, id), name ?? `编号 ${id}`] as const;
    }),
  );
  return new Map(named);
}

interface Target {
  id: number;
  name: string;
}

/** Finds a cell (by name) or a shop to add to a scoped role. */
function ScopeSearch({ kind, onPick }: { kind: ScopeKind; onPick: (target: Target) => void }) {
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim(), 300);
  const [found, setFound] = useState<Target[] | null>(null);
  useEffect(() => {
    let current = true;
    const load =
      kind === 'cell'
        ? listManagedCells({ q: search || undefined, pageSize: 5 }).then((page) => page.items as CellResponse[])
        : listShops({ pageSize: 50 }).then((page) =>
            page.items.filter((shop: ShopResponse) => !search || shop.name.includes(search)).slice(0, 5),
          );
    load.then(
      (items) => {
        if (current) setFound(items.map((item) => ({ id: item.id, name: item.name })));
      },
      () => {
        if (current) setFound([]);
      },
    );
    return () => {
      current = false;
    };
  }, [kind, search]);
  return (
    <View className="roles-sheet__search">
      <Input
        className="roles-sheet__search-input"
        value={q}
        placeholder={kind === 'cell' ? '输入细胞名称查找' : '输入积分超市名称查找'}
        onInput={(event) => setQ(event.detail.value)}
      />
      {found === null ? <Text className="roles-sheet__search-note">正在查找…</Text> : null}
      {found?.length === 0 ? <Text className="roles-sheet__search-note">没有找到，换个名称试试</Text> : null}
      {found?.map((target) => (
        <View key={target.id} className="roles-sheet__result" onClick={() => onPick(target)}>
          <Text className="roles-sheet__result-name">{target.name}</Text>
          <Text className="roles-sheet__result-add">添加</Text>
        </View>
      ))}
    </View>
  );
}

const SEARCHABLE: ScopeKind[] = ['cell', 'shop'];

function RoleBlock({
  role,
  grants,
  names,
  onChange,
  onName,
}: {
  role: Role;
  grants: RoleGrant[];
  names: Map<string, string>;
  onChange: (grants: RoleGrant[]) => void;
  onName: (kind: ScopeKind, target: Target) => void;
}) {
  const kind = ROLE_SCOPE_KIND[role];
  const [adding, setAdding] = useState(false);
  const mine = grants.filter((g) => g.role === role);
  const others = grants.filter((g) => g.role !== role);
  const held = mine.length > 0;

  const head = (
    <View className="roles-sheet__role-head">
      <View className="roles-sheet__role-text">
        <Text className="roles-sheet__role-name">{ROLE_LABELS[role]}</Text>
        <Text className="roles-sheet__role-hint">{ROLE_HINTS[role]}</Text>
      </View>
      {kind ? null : (
        <Switch
          className={`roles-sheet__switch roles-sheet__switch--${role}`}
          checked={held}
          color="#1a7f5a"
          onChange={(event) => onChange(event.detail.value ? [...others, { role }] : others)}
        />
      )}
    </View>
  );
  // An unscoped role is held or not; a scoped one lists the cells or shops it covers.
  if (!kind) return <View className="roles-sheet__role">{head}</View>;

  return (
    <View className="roles-sheet__role">
      {head}
      <View className="roles-sheet__chips">
        {mine.map((grant) => (
          <View key={`${grant.scopeKind}:${grant.scopeId}`} className="roles-sheet__chip">
            <Text>
              {grant.scopeId == null ? '未指定范围' : (names.get(key(kind, grant.scopeId)) ?? `编号 ${grant.scopeId}`)}
            </Text>
            <Text
              className="roles-sheet__chip-remove"
              onClick={() => onChange(others.concat(mine.filter((g) => g !== grant)))}
            >
              ×
            </Text>
          </View>
        ))}
        {SEARCHABLE.includes(kind) ? (
          <Text className="roles-sheet__add" onClick={() => setAdding(!adding)}>
            {adding ? '收起' : kind === 'cell' ? '＋ 添加细胞' : '＋ 添加积分超市'}
          </Text>
        ) : (
          <Text className="roles-sheet__role-hint">河段功能上线后可在这里指定河段</Text>
        )}
      </View>
      {adding ? (
        <ScopeSearch
          kind={kind}
          onPick={(target) => {
            onName(kind, target);
            if (!mine.some((g) => g.scopeId === target.id)) {
              onChange([...grants, { role, scopeKind: kind, scopeId: target.id }]);
            }
            setAdding(false);
          }}
        />
      ) : null}
    </View>
  );
}

/** Replaces a user's roles: unscoped ones switch on or off, scoped ones list their cells or shops. */
export function RolesSheet({
  user,
  onClose,
  onSaved,
}: {
  user: UserResponse;
  onClose: () => void;
  onSaved: (user: UserResponse) => void;
}) {
  const [grants, setGrants] = useState<RoleGrant[]>(user.roles);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const action = useAction();

  useEffect(() => {
    let current = true;
    void scopeNames(user.roles).then((found) => {
      if (current) setNames(found);
    });
    return () => {
      current = false;
    };
  }, [user.roles]);

  const addName = useCallback((kind: ScopeKind, target: Target) => {
    setNames((previous) => new Map(previous).set(key(kind, target.id), target.name));
  }, []);

  const save = async () => {
    const saved = await action.run(() => setUserRoles(user.id, grants), '已保存');
    if (saved) onSaved(saved);
  };

  return (
    <Sheet
      title={`${user.nickname} 的角色`}
      subtitle={`用户编号 ${user.id} · 保存后立即生效`}
      busy={action.busy}
      onClose={onClose}
    >
      {ROLES.map((role) => (
        <RoleBlock key={role} role={role} grants={grants} names={names} onChange={setGrants} onName={addName} />
      ))}
      <SubmitButton
        className="roles-sheet__save"
        busy={action.busy}
        busyText="正在保存…"
        text="保存角色"
        onClick={() => void save()}
      />
    </Sheet>
  );
}
