import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import {
  type CompletePickupResponse,
  PICKUP_CATEGORY_LABELS,
  type PickupCategory,
  type PickupResponse,
  type PickupWeight,
} from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { FieldInput, FormField } from '@/components/form-field';
import { PageShell } from '@/components/page-shell';
import { PhotoGrid } from '@/components/photo-grid';
import { ResourceView } from '@/components/resource-view';
import { SessionGate } from '@/components/session-gate';
import { Sheet } from '@/components/sheet';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { usePhotoUploads } from '@/hooks/use-photo-uploads';
import { type Resource, useResource } from '@/hooks/use-resource';
import { completePickup, getPickup, markPickupMissed, startPickup, uploadPickupPhoto } from '@/services/pickups';
import { PickupFacts } from '../../components/facts';
import { ItemList } from '../../components/item-list';
import { KgRow } from '../../components/kg-row';
import { PickupResult } from '../../components/result';
import { PickupTimeline } from '../../components/timeline';
import { MISSED_REASONS, PICKUP_CATEGORY_ORDER } from '../../constants';
import { callResident, navigateTo } from '../../contact';
import './index.scss';

/** The API's answer with the weights that were sent, for the result card. */
type Completed = CompletePickupResponse & { weights: PickupWeight[] };

// A photo or two of the scale is enough to check a weight later.
const MAX_PHOTOS = 3;

/** The resident's estimate as the box's placeholder: 约 6. */
function estimateOf(pickup: PickupResponse, category: PickupCategory): string {
  const item = pickup.items.find((i) => i.category === category);
  return item ? `约 ${item.estimatedKg}` : '0';
}

/** Weights per category (the booked ones first), an optional photo, then points once. */
function WeighForm({ pickup, onDone }: { pickup: PickupResponse; onDone: (result: Completed) => void }) {
  const [kg, setKg] = useState<Partial<Record<PickupCategory, string>>>(() =>
    Object.fromEntries(pickup.items.map((item) => [item.category, ''])),
  );
  const photos = usePhotoUploads(uploadPickupPhoto, MAX_PHOTOS);
  const [error, setError] = useState<string | null>(null);
  const action = useAction();
  const listed = PICKUP_CATEGORY_ORDER.filter((category) => kg[category] !== undefined);
  const others = PICKUP_CATEGORY_ORDER.filter((category) => kg[category] === undefined);

  const submit = async () => {
    const weights = listed
      .filter((category) => (kg[category] ?? '').trim() !== '')
      .map((category) => ({ category, kg: Number(kg[category]) }));
    if (!weights.length) {
      setError('请至少填写一种物品的实际重量');
      return;
    }
    if (weights.some((w) => !(w.kg > 0))) {
      setError('重量要大于 0；没有的物品请留空');
      return;
    }
    setError(null);
    const imageIds = photos.photos.map((photo) => photo.id);
    const body = imageIds.length ? { weights, imageIds } : { weights };
    const result = await action.run(() => completePickup(pickup.id, body), '已完成，积分已发放');
    if (result) onDone({ ...result, weights });
  };

  return (
    <View className="card visit__weigh">
      <Text className="visit__card-title">记录实际重量</Text>
      <Text className="visit__hint">按秤上的读数填写（公斤），没有的物品留空。积分按重量和品类自动计算。</Text>
      {listed.map((category) => (
        <KgRow
          key={category}
          category={category}
          value={kg[category] ?? ''}
          onChange={(value) => setKg({ ...kg, [category]: value })}
          placeholder={estimateOf(pickup, category)}
        />
      ))}
      {others.length ? (
        <View className="visit__others">
          <Text className="visit__others-label">还收了其他物品：</Text>
          {others.map((category) => (
            <Text key={category} className="visit__other" onClick={() => setKg({ ...kg, [category]: '' })}>
              + {PICKUP_CATEGORY_LABELS[category]}
            </Text>
          ))}
        </View>
      ) : null}
      <FormField label="现场照片（选填）" hint="拍一张称重的照片，方便日后核对">
        <PhotoGrid
          urls={photos.photos.map((photo) => photo.url)}
          onAdd={() => void photos.pick()}
          onRemove={photos.remove}
          max={MAX_PHOTOS}
          busy={photos.uploading}
        />
      </FormField>
      {error || photos.error ? <Text className="visit__error">{error ?? photos.error}</Text> : null}
      <SubmitButton busy={action.busy} text="完成称重，发放积分" busyText="正在提交…" onClick={() => void submit()} />
    </View>
  );
}

function MissedSheet({
  pickup,
  onClose,
  onDone,
}: {
  pickup: PickupResponse;
  onClose: () => void;
  onDone: (p: PickupResponse) => void;
}) {
  const [reason, setReason] = useState(MISSED_REASONS[0]);
  const action = useAction();
  const submit = async () => {
    if (!reason.trim()) return;
    const result = await action.run(() => markPickupMissed(pickup.id, reason.trim()), '已记录');
    if (result) onDone(result);
  };
  return (
    <Sheet title="未能上门回收" subtitle="选择原因，居民会在预约里看到" busy={action.busy} onClose={onClose}>
      <View className="visit__reasons">
        {MISSED_REASONS.map((text) => (
          <Text
            key={text}
            className={`visit__reason${reason === text ? ' visit__reason--chosen' : ''}`}
            onClick={() => setReason(text)}
          >
            {text}
          </Text>
        ))}
      </View>
      <FormField label="或写下原因">
        <FieldInput value={reason} maxlength={200} placeholder="原因" onChange={setReason} />
      </FormField>
      <SubmitButton busy={action.busy} text="确认未上门" busyText="正在提交…" onClick={() => void submit()} />
    </Sheet>
  );
}

function Visit({ resource, pickup }: { resource: Resource<PickupResponse>; pickup: PickupResponse }) {
  const [result, setResult] = useState<Completed | null>(null);
  const [missing, setMissing] = useState(false);
  const action = useAction();
  const open = pickup.status === 'booked' || pickup.status === 'on_the_way';

  const start = async () => {
    const next = await action.run(() => startPickup(pickup.id), '已通知居民您已出发');
    if (next) resource.setData(next);
  };

  return (
    <View>
      {result ? (
        <View>
          <PickupResult pickup={result} title="称重完成，积分已发放" />
          <Text className="visit__balance">居民当前积分 {result.balance}</Text>
        </View>
      ) : null}
      {!result && pickup.status === 'completed' ? <PickupResult pickup={pickup} /> : null}
      <PickupFacts
        pickup={pickup}
        phoneAction={
          open && pickup.phone ? (
            <Text className="visit__call" onClick={() => callResident(pickup)}>
              拨打
            </Text>
          ) : null
        }
      />
      {open ? (
        <View className="visit__buttons">
          <Button className="btn btn--plain" onClick={() => navigateTo(pickup)}>
            导航到这里
          </Button>
          {pickup.status === 'booked' ? (
            <SubmitButton busy={action.busy} text="出发上门" busyText="正在通知…" onClick={() => void start()} />
          ) : null}
        </View>
      ) : null}
      {open ? (
        <WeighForm
          pickup={pickup}
          onDone={(answer) => {
            setResult(answer);
            void resource.reload();
          }}
        />
      ) : null}
      {!open ? (
        <View className="card">
          <Text className="visit__card-title">{pickup.weights ? '实际称重' : '预约物品（估计重量）'}</Text>
          <ItemList
            lines={pickup.weights ?? pickup.items.map((i) => ({ category: i.category, kg: i.estimatedKg }))}
            prefix={pickup.weights ? '' : '约 '}
          />
        </View>
      ) : null}
      <View className="card">
        <Text className="visit__card-title">进度</Text>
        <PickupTimeline pickup={pickup} />
      </View>
      {open ? (
        <Button className="btn btn--danger" onClick={() => setMissing(true)}>
          未能上门（居民不在家等）
        </Button>
      ) : null}
      {missing ? (
        <MissedSheet
          pickup={pickup}
          onClose={() => setMissing(false)}
          onDone={(next) => {
            setMissing(false);
            resource.setData(next);
          }}
        />
      ) : null}
    </View>
  );
}

function VisitLoader({ id }: { id: number }) {
  const load = useCallback(() => getPickup(id), [id]);
  const resource = useResource(load);
  usePullDownRefresh(() => {
    void resource.reload().finally(() => Taro.stopPullDownRefresh());
  });
  return (
    <ResourceView resource={resource} loadingTitle="正在加载预约…" errorTitle="没能加载这次预约">
      {(pickup) => <Visit resource={resource} pickup={pickup} />}
    </ResourceView>
  );
}

export default function PickupVisitPage() {
  const id = Number(useRouter().params.id);
  return (
    <PageShell className="visit">
      <SessionGate>{() => <VisitLoader id={id} />}</SessionGate>
    </PageShell>
  );
}
