import { Button, Text, View } from '@tarojs/components';
import type { CellResponse, HouseholdCardResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { CellHeader } from '@/components/cell-header';
import { FieldInput, FormField } from '@/components/form-field';
import { ManagedCellPage } from '@/components/managed-cell';
import { PagedListView } from '@/components/paged-list-view';
import { Sheet } from '@/components/sheet';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { usePageList } from '@/hooks/use-page-list';
import {
  createHouseholdCard,
  listHouseholdCards,
  openHouseholdCard,
  reissueHouseholdCard,
  retireHouseholdCard,
} from '@/services/bins';
import { confirmAction } from '@/utils/confirm';
import './index.scss';

function CreateSheet({
  cell,
  onClose,
  onDone,
}: {
  cell: CellResponse;
  onClose: () => void;
  onDone: (card: HouseholdCardResponse) => void;
}) {
  const [holderName, setHolderName] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction();

  const submit = async () => {
    const trimmed = holderName.trim();
    if (!trimmed) return setMissing(true);
    setMissing(false);
    const card = await action.run(() => createHouseholdCard(cell.id, { holderName: trimmed }), '已办卡');
    if (card) onDone(card);
  };

  return (
    <Sheet
      title="办理户卡"
      subtitle="给没有智能手机的家庭办一张卡：督导员或回收员扫卡记录投放，积分记在卡上，同样可以兑换。"
      busy={action.busy}
      onClose={onClose}
    >
      <FormField
        label="持卡人"
        hint="门牌加称呼，方便认出是哪一户，1–64 个字"
        error={missing ? '请填写持卡人，如「3 排 5 号 李大爷」' : null}
      >
        <FieldInput
          value={holderName}
          placeholder="如：3 排 5 号 李大爷"
          maxlength={64}
          onChange={(value) => {
            setHolderName(value);
            setMissing(false);
          }}
        />
      </FormField>
      <SubmitButton
        className="cards__submit"
        busy={action.busy}
        busyText="正在办理…"
        text="办卡"
        onClick={() => void submit()}
      />
    </Sheet>
  );
}

function CardRow({
  card,
  busy,
  onPrint,
  onReissue,
  onRetire,
}: {
  card: HouseholdCardResponse;
  busy: boolean;
  onPrint: () => void;
  onReissue: () => void;
  onRetire: () => void;
}) {
  const active = card.status === 'active';
  return (
    <View className={`cards__row${active ? '' : ' cards__row--retired'}`}>
      <View className="cards__row-head">
        <Text className="cards__holder">{card.holderName}</Text>
        {active ? (
          <Text className="cards__balance">{card.balance} 积分</Text>
        ) : (
          <Text className="cards__retired-tag">已停用</Text>
        )}
      </View>
      <Text className="cards__code">
        卡号 {card.code} · 第 {card.codeVersion} 版
      </Text>
      {active ? (
        <View className="cards__actions">
          <Button className="btn btn--ghost cards__action" disabled={busy || undefined} onClick={onPrint}>
            打印
          </Button>
          <Button className="btn btn--plain cards__action" disabled={busy || undefined} onClick={onReissue}>
            补办
          </Button>
          <Button className="btn btn--danger cards__action" disabled={busy || undefined} onClick={onRetire}>
            停用
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function Cards({ cell }: { cell: CellResponse }) {
  const cellId = cell.id;
  const fetchPage = useCallback((page: number) => listHouseholdCards(cellId, page), [cellId]);
  const cards = usePageList(fetchPage);
  const action = useAction();
  const [creating, setCreating] = useState(false);

  const print = (card: HouseholdCardResponse) => void action.run(() => openHouseholdCard(card));

  const reissue = async (card: HouseholdCardResponse) => {
    const ok = await confirmAction(
      '补办户卡',
      `「${card.holderName}」的旧卡会立即失效，积分保留在新卡上。补办后请打印新卡交给这一户。`,
      '补办',
    );
    if (ok && (await action.run(() => reissueHouseholdCard(card.id), '已补办'))) void cards.reload();
  };

  const retire = async (card: HouseholdCardResponse) => {
    const ok = await confirmAction('停用户卡', `停用后「${card.holderName}」的卡不能再记录投放或兑换。`, '停用');
    if (ok && (await action.run(() => retireHouseholdCard(card.id), '已停用'))) void cards.reload();
  };

  return (
    <View>
      <CellHeader cell={cell} subtitle={cards.loaded ? `户卡 · 共 ${cards.total} 张` : '户卡'}>
        <Button className="btn btn--primary cards__create" onClick={() => setCreating(true)}>
          办理户卡
        </Button>
      </CellHeader>
      <PagedListView
        list={cards}
        loadingTitle="正在加载户卡…"
        errorTitle="没能加载户卡"
        className="card cards__list"
        empty={{
          icon: '卡',
          title: '还没有户卡',
          description: '家里没有智能手机的居民，可以办一张户卡：扫卡投放得积分，到积分超市兑换。',
          actionText: '办理第一张户卡',
          onAction: () => setCreating(true),
        }}
      >
        {(items) =>
          items.map((card) => (
            <CardRow
              key={card.id}
              card={card}
              busy={action.busy}
              onPrint={() => print(card)}
              onReissue={() => void reissue(card)}
              onRetire={() => void retire(card)}
            />
          ))
        }
      </PagedListView>
      {creating ? (
        <CreateSheet
          cell={cell}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            void cards.reload();
          }}
        />
      ) : null}
    </View>
  );
}

export default function ManageCardsPage() {
  return <ManagedCellPage className="cards">{(cell) => <Cards cell={cell} />}</ManagedCellPage>;
}
