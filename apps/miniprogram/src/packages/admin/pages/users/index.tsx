import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, ROLES, type Role, type UserResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { Avatar } from '@/components/avatar';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { SearchBar } from '@/components/search-bar';
import { SelectField, type SelectOption } from '@/components/select-field';
import { SessionGate } from '@/components/session-gate';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePageList } from '@/hooks/use-page-list';
import { listUsers } from '@/services/users';
import { RolesSheet } from '../../components/roles-sheet';
import './index.scss';

const ROLE_OPTIONS: SelectOption<Role | ''>[] = [
  { value: '', label: '全部角色' },
  ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

/** Each role once, with how many cells or shops it covers: 督导员 ×2. */
function roleSummary(user: UserResponse): string[] {
  const counts = new Map<Role, number>();
  for (const grant of user.roles) counts.set(grant.role, (counts.get(grant.role) ?? 0) + 1);
  return [...counts].map(([role, count]) => (count > 1 ? `${ROLE_LABELS[role]} ×${count}` : ROLE_LABELS[role]));
}

function UserRow({ user, onTap }: { user: UserResponse; onTap: () => void }) {
  const roles = roleSummary(user);
  return (
    <View className="users__row" onClick={onTap}>
      <Avatar nickname={user.nickname} url={user.avatarUrl} />
      <View className="users__main">
        <View className="users__head">
          <Text className="users__name">{user.nickname}</Text>
          <Text className="users__id">编号 {user.id}</Text>
        </View>
        <View className="users__roles">
          {roles.length ? (
            roles.map((label) => (
              <Text key={label} className="users__role">
                {label}
              </Text>
            ))
          ) : (
            <Text className="users__none">没有角色</Text>
          )}
        </View>
      </View>
      <Text className="users__edit">设置 ›</Text>
    </View>
  );
}

function Users() {
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [editing, setEditing] = useState<UserResponse | null>(null);
  const search = useDebouncedValue(q.trim(), 300);
  const fetchPage = useCallback(
    (page: number) => listUsers({ q: search || undefined, role: role || undefined, page }),
    [search, role],
  );
  const users = usePageList(fetchPage);

  return (
    <View>
      <SearchBar value={q} placeholder="搜索昵称" onChange={setQ} />
      <View className="users__filters">
        <SelectField chip options={ROLE_OPTIONS} value={role} placeholder="全部角色" onChange={setRole} />
      </View>
      {users.loaded ? <Text className="users__total">共 {users.total} 位用户</Text> : null}
      <PagedListView
        list={users}
        loadingTitle="正在加载用户…"
        errorTitle="没能加载用户"
        className="card users__list"
        empty={{
          title: search || role ? '没有符合条件的用户' : '还没有用户',
          description: search || role ? '换个昵称或角色试试。' : '居民登录小程序后会出现在这里。',
        }}
      >
        {(items) => items.map((user) => <UserRow key={user.id} user={user} onTap={() => setEditing(user)} />)}
      </PagedListView>
      {editing ? (
        <RolesSheet
          user={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void users.reload();
          }}
        />
      ) : null}
    </View>
  );
}

export default function AdminUsersPage() {
  return (
    <PageShell className="users">
      <SessionGate>{() => <Users />}</SessionGate>
    </PageShell>
  );
}
