import { Button, Text, View } from '@tarojs/components';
import type { LedgerEntryResponse, UserResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { Avatar } from '@/components/avatar';
import { FieldInput, FormField } from '@/components/form-field';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { SearchBar } from '@/components/search-bar';
import { SessionGate } from '@/components/session-gate';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePageList } from '@/hooks/use-page-list';
import { adjustPoints } from '@/services/points';
import { listUsers } from '@/services/users';
import { confirmAction } from '@/utils/confirm';
import { formatPoints } from '@/utils/format';
import './index.scss';

// The API's bounds (PointsAdjustmentRequest): a non-zero whole number within ±100,000; a reason of 2–200 characters.
const MAX_AMOUNT = 100_000;

/** Step one: whose points. */
function PickUser({ onPick }: { onPick: (user: UserResponse) => void }) {
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim(), 300);
  const fetchPage = useCallback((page: number) => listUsers({ q: search || undefined, page }), [search]);
  const users = usePageList(fetchPage);
  return (
    <View>
      <Text className="adjust__step">第 1 步 · 选择用户</Text>
      <SearchBar value={q} placeholder="搜索昵称" onChange={setQ} />
      <PagedListView
        list={users}
        loadingTitle="正在查找用户…"
        errorTitle="没能加载用户"
        className="card adjust__users"
        empty={{ title: `没有昵称含“${search}”的用户`, description: '换个昵称试试。' }}
      >
        {(items) =>
          items.map((user) => (
            <View key={user.id} className="adjust__user" onClick={() => onPick(user)}>
              <Avatar nickname={user.nickname} url={user.avatarUrl} />
              <Text className="adjust__user-name">{user.nickname}</Text>
              <Text className="adjust__user-id">编号 {user.id}</Text>
            </View>
          ))
        }
      </PagedListView>
    </View>
  );
}

/** Step two: how much, which way, and why; asked once more before it is written. */
function AdjustForm({
  user,
  onChangeUser,
  onDone,
}: {
  user: UserResponse;
  onChangeUser: () => void;
  onDone: (entry: LedgerEntryResponse) => void;
}) {
  const [sign, setSign] = useState<1 | -1>(1);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<'amount' | 'reason' | null>(null);
  const action = useAction();

  const submit = async () => {
    const value = /^\d+$/.test(amount.trim()) ? Number(amount.trim()) : 0;
    if (value < 1 || value > MAX_AMOUNT) return setProblem('amount');
    if (reason.trim().length < 2) return setProblem('reason');
    setProblem(null);
    const signed = sign * value;
    const ok = await confirmAction(
      '确认调整积分',
      `给「${user.nickname}」${sign > 0 ? '加' : '扣'} ${value} 积分。\n原因：${reason.trim()}\n调整会记入积分流水，不能撤回，只能再调整一笔更正。`,
      '确认调整',
    );
    if (!ok) return;
    const entry = await action.run(() => adjustPoints({ userId: user.id, amount: signed, reason: reason.trim() }));
    if (entry) onDone(entry);
  };

  return (
    <View>
      <Text className="adjust__step">第 2 步 · 填写调整</Text>
      <View className="card adjust__picked">
        <Avatar nickname={user.nickname} url={user.avatarUrl} />
        <Text className="adjust__user-name">{user.nickname}</Text>
        <Text className="adjust__change" onClick={onChangeUser}>
          换一位
        </Text>
      </View>
      <View className="card">
        <FormField label="加分还是扣分">
          <View className="adjust__signs">
            <Text className={`adjust__sign${sign > 0 ? ' adjust__sign--plus' : ''}`} onClick={() => setSign(1)}>
              加分
            </Text>
            <Text className={`adjust__sign${sign < 0 ? ' adjust__sign--minus' : ''}`} onClick={() => setSign(-1)}>
              扣分
            </Text>
          </View>
        </FormField>
        <FormField
          label="积分"
          hint={sign < 0 ? '扣分不能使余额变成负数' : undefined}
          error={problem === 'amount' ? `请填 1 到 ${MAX_AMOUNT} 之间的整数` : null}
        >
          <FieldInput
            value={amount}
            placeholder="如：20"
            kind="number"
            className="adjust__amount"
            onChange={(value) => {
              setAmount(value);
              setProblem(null);
            }}
          />
        </FormField>
        <FormField
          label="原因"
          hint="会记入积分流水，用户能看到"
          error={problem === 'reason' ? '请写明原因（2–200 个字）' : null}
        >
          <FieldInput
            value={reason}
            placeholder="如：补记 11 月 3 日扫码失败的投放"
            maxlength={200}
            kind="multiline"
            className="adjust__reason"
            onChange={(value) => {
              setReason(value);
              setProblem(null);
            }}
          />
        </FormField>
        <SubmitButton
          className="adjust__submit"
          busy={action.busy}
          busyText="正在调整…"
          text="调整积分"
          onClick={() => void submit()}
        />
      </View>
    </View>
  );
}

function Done({ user, entry, onAgain }: { user: UserResponse; entry: LedgerEntryResponse; onAgain: () => void }) {
  return (
    <View className="card adjust__done">
      <View className="adjust__done-icon">✓</View>
      <Text className="adjust__done-title">已调整</Text>
      <Text className={`adjust__done-amount${entry.amount < 0 ? ' adjust__done-amount--minus' : ''}`}>
        {formatPoints(entry.amount)} 积分
      </Text>
      <Text className="adjust__done-line">
        「{user.nickname}」现有 {entry.balanceAfter} 积分
      </Text>
      <Text className="adjust__done-note">原因：{entry.note}</Text>
      <Button className="btn btn--ghost adjust__again" onClick={onAgain}>
        再调整一笔
      </Button>
    </View>
  );
}

function Adjust() {
  const [user, setUser] = useState<UserResponse | null>(null);
  const [entry, setEntry] = useState<LedgerEntryResponse | null>(null);
  if (user && entry) {
    return (
      <Done
        user={user}
        entry={entry}
        onAgain={() => {
          setEntry(null);
          setUser(null);
        }}
      />
    );
  }
  if (user) return <AdjustForm user={user} onChangeUser={() => setUser(null)} onDone={setEntry} />;
  return <PickUser onPick={setUser} />;
}

export default function AdminPointsPage() {
  return (
    <PageShell className="adjust">
      <SessionGate>{() => <Adjust />}</SessionGate>
    </PageShell>
  );
}
