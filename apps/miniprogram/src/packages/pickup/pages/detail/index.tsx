import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { PickupResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { FieldInput } from '@/components/form-field';
import { PageShell } from '@/components/page-shell';
import { ResourceView } from '@/components/resource-view';
import { SessionGate } from '@/components/session-gate';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { type Resource, useResource } from '@/hooks/use-resource';
import { ROUTES } from '@/routes';
import { cancelPickup, getPickup, ratePickup } from '@/services/pickups';
import { refreshBalance } from '@/stores/points';
import { confirmAction } from '@/utils/confirm';
import { formatDateTime } from '@/utils/format';
import { PickupFacts } from '../../components/facts';
import { ItemList } from '../../components/item-list';
import { PickupResult } from '../../components/result';
import { PickupTimeline } from '../../components/timeline';
import { CANCEL_BEFORE_MINUTES } from '../../constants';
import './index.scss';

/** Cancelling closes CANCEL_BEFORE_MINUTES before the slot; say when, and what to do after. */
function CancelCard({ pickup, onChange }: { pickup: PickupResponse; onChange: (p: PickupResponse) => void }) {
  const action = useAction();
  const deadline = new Date(Date.parse(pickup.slot.startsAt) - CANCEL_BEFORE_MINUTES * 60_000);
  const open = Date.now() < deadline.getTime();
  const cancel = async () => {
    const sure = await confirmAction('取消预约', '取消后名额会释放给其他居民，确定取消吗？', '取消预约');
    if (!sure) return;
    const result = await action.run(() => cancelPickup(pickup.id), '已取消预约');
    if (result) onChange(result);
  };
  return (
    <View className="card pickup-detail__cancel">
      <Text className="pickup-detail__cancel-text">
        {open
          ? `${formatDateTime(deadline.toISOString())} 前可以取消（上门前 ${CANCEL_BEFORE_MINUTES / 60} 小时截止），名额会释放给其他居民。`
          : `已过取消时间（上门前 ${CANCEL_BEFORE_MINUTES / 60} 小时截止）。如需改约，请在回收员联系您时说明。`}
      </Text>
      {open ? (
        <SubmitButton
          busy={action.busy}
          text="取消预约"
          busyText="正在取消…"
          onClick={() => void cancel()}
          className="btn--danger pickup-detail__cancel-button"
        />
      ) : null}
    </View>
  );
}

const STAR_WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

function RatingCard({ pickup, onChange }: { pickup: PickupResponse; onChange: (p: PickupResponse) => void }) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const action = useAction();
  const shown = pickup.rating?.stars ?? stars;
  const submit = async () => {
    if (!stars) {
      void Taro.showToast({ title: '请先点星星打分', icon: 'none' });
      return;
    }
    const body = comment.trim() ? { stars, comment: comment.trim() } : { stars };
    const result = await action.run(() => ratePickup(pickup.id, body), '感谢您的评价');
    if (result) onChange(result);
  };
  return (
    <View className="card pickup-detail__rating">
      <Text className="pickup-detail__card-title">{pickup.rating ? '我的评价' : '给这次上门服务打个分'}</Text>
      <View className="pickup-detail__stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={`pickup-detail__star${n <= shown ? ' pickup-detail__star--on' : ''}`}
            onClick={pickup.rating ? undefined : () => setStars(n)}
          >
            ★
          </Text>
        ))}
        <Text className="pickup-detail__star-word">{STAR_WORDS[shown]}</Text>
      </View>
      {pickup.rating ? (
        pickup.rating.comment ? (
          <Text className="pickup-detail__comment">{pickup.rating.comment}</Text>
        ) : null
      ) : (
        <>
          <FieldInput
            className="pickup-detail__comment-input"
            value={comment}
            maxlength={200}
            placeholder="说说回收员的服务（选填）"
            onChange={setComment}
          />
          <SubmitButton busy={action.busy} text="提交评价" busyText="正在提交…" onClick={() => void submit()} />
        </>
      )}
    </View>
  );
}

function PickupDetail({
  resource,
  pickup,
  booked,
}: {
  resource: Resource<PickupResponse>;
  pickup: PickupResponse;
  booked: boolean;
}) {
  const lines = pickup.weights ?? pickup.items.map((item) => ({ category: item.category, kg: item.estimatedKg }));
  return (
    <View>
      {booked && pickup.status === 'booked' ? (
        <View className="pickup-detail__booked">
          <Text className="pickup-detail__booked-title">预约成功</Text>
          <Text>回收员会在所选时段上门，请保持电话畅通。</Text>
        </View>
      ) : null}
      {pickup.status === 'completed' ? <PickupResult pickup={pickup} /> : null}
      <PickupFacts pickup={pickup} />
      <View className="card">
        <Text className="pickup-detail__card-title">进度</Text>
        <PickupTimeline pickup={pickup} />
      </View>
      <View className="card">
        <Text className="pickup-detail__card-title">{pickup.weights ? '实际称重' : '预约物品（估计重量）'}</Text>
        <ItemList lines={lines} prefix={pickup.weights ? '' : '约 '} />
      </View>
      {pickup.status === 'booked' ? <CancelCard pickup={pickup} onChange={resource.setData} /> : null}
      {pickup.status === 'completed' ? (
        <RatingCard pickup={pickup} onChange={(next) => resource.setData(next)} />
      ) : null}
      {pickup.status === 'completed' || pickup.status === 'cancelled' || pickup.status === 'missed' ? (
        <Button className="btn btn--ghost" onClick={() => void Taro.navigateTo({ url: ROUTES.pickupBook })}>
          再约一次
        </Button>
      ) : null}
    </View>
  );
}

function Pickup({ id, booked }: { id: number; booked: boolean }) {
  const load = useCallback(() => getPickup(id), [id]);
  const resource = useResource(load);
  usePullDownRefresh(() => {
    void Promise.all([resource.reload(), refreshBalance().catch(() => undefined)]).finally(() =>
      Taro.stopPullDownRefresh(),
    );
  });
  return (
    <ResourceView resource={resource} loadingTitle="正在加载预约…" errorTitle="没能加载这次预约">
      {(pickup) => <PickupDetail resource={resource} pickup={pickup} booked={booked} />}
    </ResourceView>
  );
}

export default function PickupDetailPage() {
  const { params } = useRouter();
  return (
    <PageShell className="pickup-detail">
      <SessionGate>{() => <Pickup id={Number(params.id)} booked={params.booked === '1'} />}</SessionGate>
    </PageShell>
  );
}
