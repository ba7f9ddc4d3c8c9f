import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  type CreatePickupRequest,
  PICKUP_CATEGORY_LABELS,
  type PickupCategory,
  type PickupSlotResponse,
  type UserResponse,
} from '@zerowaste/shared';
import { useCallback, useMemo, useState } from 'react';
import { FieldInput, FormField } from '@/components/form-field';
import { HomeCellNeeded } from '@/components/home-cell-needed';
import { PageShell } from '@/components/page-shell';
import { SessionGate } from '@/components/session-gate';
import { Sheet } from '@/components/sheet';
import { StateView } from '@/components/state-view';
import { SubmitButton } from '@/components/submit-button';
import { useResource } from '@/hooks/use-resource';
import { ROUTES, withQuery } from '@/routes';
import { ApiError, messageOf } from '@/services/http';
import { bookPickup, listPickupSlots } from '@/services/pickups';
import { formatClock, formatDateTime, formatDay, formatKg, formatSlot } from '@/utils/format';
import { KgRow } from '../../components/kg-row';
import { CategoryTile } from '../../components/tile';
import { CANCEL_BEFORE_MINUTES, PICKUP_CATEGORY_LOOKS, PICKUP_CATEGORY_ORDER } from '../../constants';
import { askPickupConsent, loadPickupTemplates } from '../../subscribe';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';
const CONTACT_KEY = 'zw.pickup.contact';
const PHONE = /^1\d{10}$/;

interface Contact {
  address: string;
  phone: string;
}

function savedContact(): Contact {
  const saved: unknown = Taro.getStorageSync(CONTACT_KEY);
  if (saved && typeof saved === 'object') {
    const { address, phone } = saved as Partial<Contact>;
    return { address: typeof address === 'string' ? address : '', phone: typeof phone === 'string' ? phone : '' };
  }
  return { address: '', phone: '' };
}

/** When cancelling closes for this slot, or that it already has. */
function cancelNote(slot: PickupSlotResponse): string {
  const deadline = Date.parse(slot.startsAt) - CANCEL_BEFORE_MINUTES * 60_000;
  return Date.now() < deadline
    ? `${formatDateTime(new Date(deadline).toISOString())} 前可在「我的预约」中取消。`
    : `这个时段距现在不足 ${CANCEL_BEFORE_MINUTES / 60} 小时，预约后不能取消。`;
}

type Errors = Partial<Record<'items' | 'address' | 'phone' | 'slot', string>>;

/** The categories as tiles (tap to add); each added one gets its estimated kg with − and +. */
function ItemsPicker({
  kg,
  onChange,
  error,
}: {
  kg: Partial<Record<PickupCategory, string>>;
  onChange: (next: Partial<Record<PickupCategory, string>>) => void;
  error?: string;
}) {
  const chosen = PICKUP_CATEGORY_ORDER.filter((category) => kg[category] !== undefined);
  const toggle = (category: PickupCategory) => {
    const next = { ...kg };
    if (next[category] === undefined) next[category] = '5';
    else delete next[category];
    onChange(next);
  };
  const step = (category: PickupCategory, delta: number) => {
    const value = Math.max(1, Math.round((Number(kg[category]) || 0) + delta));
    onChange({ ...kg, [category]: String(value) });
  };
  return (
    <View className="card book__section">
      <Text className="book__section-title">1. 选择回收物品</Text>
      <Text className="book__section-hint">点选要回收的物品，再估一估重量；上门后按实际称重计积分。</Text>
      <View className="book__categories">
        {PICKUP_CATEGORY_ORDER.map((category) => (
          <View
            key={category}
            className={`book__category${kg[category] !== undefined ? ' book__category--chosen' : ''}`}
            onClick={() => toggle(category)}
          >
            <CategoryTile category={category} />
            <Text className="book__category-name">{PICKUP_CATEGORY_LABELS[category]}</Text>
            <Text className="book__category-hint">{PICKUP_CATEGORY_LOOKS[category].hint}</Text>
          </View>
        ))}
      </View>
      {chosen.map((category) => (
        <KgRow
          key={category}
          category={category}
          value={kg[category] ?? ''}
          onChange={(value) => onChange({ ...kg, [category]: value })}
          onStep={(delta) => step(category, delta)}
        />
      ))}
      {error ? <Text className="book__error">{error}</Text> : null}
    </View>
  );
}

/** The next days' slots by day; a full or closed one is shown as such and cannot be chosen. */
function SlotPicker({
  slots,
  chosen,
  onChoose,
  error,
}: {
  slots: PickupSlotResponse[];
  chosen: number | null;
  onChoose: (id: number) => void;
  error?: string;
}) {
  const days = useMemo(() => {
    const byDay = new Map<string, PickupSlotResponse[]>();
    for (const slot of slots) {
      const day = formatDay(slot.startsAt);
      byDay.set(day, [...(byDay.get(day) ?? []), slot]);
    }
    return [...byDay.entries()];
  }, [slots]);
  return (
    <View className="card book__section">
      <Text className="book__section-title">3. 选择上门时间</Text>
      {days.length === 0 ? (
        <Text className="book__section-hint">未来 7 天暂时没有可预约的时段，请过几天再来看看。</Text>
      ) : null}
      {days.map(([day, daySlots]) => (
        <View key={day} className="book__day">
          <Text className="book__day-name">{day}</Text>
          <View className="book__slots">
            {daySlots.map((slot) => {
              const unavailable = slot.closed || slot.remaining <= 0;
              const classes = [
                'book__slot',
                unavailable ? 'book__slot--disabled' : '',
                chosen === slot.id ? 'book__slot--chosen' : '',
              ].join(' ');
              return (
                <View key={slot.id} className={classes} onClick={unavailable ? undefined : () => onChoose(slot.id)}>
                  <Text className="book__slot-time">
                    {formatClock(slot.startsAt)}–{formatClock(slot.endsAt)}
                  </Text>
                  <Text className="book__slot-left">
                    {slot.closed ? '暂停预约' : slot.remaining <= 0 ? '已约满' : `余 ${slot.remaining} 个名额`}
                  </Text>
                </View>
              );
            })}
          </View>
        </View>
      ))}
      {error ? <Text className="book__error">{error}</Text> : null}
    </View>
  );
}

function Booking() {
  const load = useCallback(() => listPickupSlots(7), []);
  const slots = useResource(load);
  const templates = useResource(loadPickupTemplates);
  const [kg, setKg] = useState<Partial<Record<PickupCategory, string>>>({});
  const [contact, setContact] = useState<Contact>(savedContact);
  const [location, setLocation] = useState<{ lat: number; lng: number } | null>(null);
  const [note, setNote] = useState('');
  const [slotId, setSlotId] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState<CreatePickupRequest | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseWechatAddress = async () => {
    try {
      const picked = await Taro.chooseAddress();
      const text = `${picked.provinceName}${picked.cityName}${picked.countyName}${picked.detailInfo}`;
      setContact({ address: text, phone: picked.telNumber || contact.phone });
    } catch {
      // Closing the address book is not an error.
    }
  };

  const chooseOnMap = async () => {
    try {
      const picked = await Taro.chooseLocation({});
      setLocation({ lat: picked.latitude, lng: picked.longitude });
      if (!contact.address.trim()) setContact({ ...contact, address: `${picked.address}${picked.name}` });
    } catch {
      // Closing the map is not an error.
    }
  };

  const review = () => {
    const items = PICKUP_CATEGORY_ORDER.filter((category) => kg[category] !== undefined).map((category) => ({
      category,
      estimatedKg: Number(kg[category]),
    }));
    const problems: Errors = {};
    if (!items.length) problems.items = '请至少选择一种物品';
    else if (items.some((item) => !(item.estimatedKg > 0))) problems.items = '请为每种物品填写大于 0 的估计重量';
    if (!contact.address.trim()) problems.address = '请填写上门地址，写到门牌号';
    if (!PHONE.test(contact.phone.trim())) problems.phone = '请填写 11 位手机号码，方便回收员联系您';
    if (slotId === null) problems.slot = '请选择一个上门时段';
    setErrors(problems);
    if (Object.keys(problems).length || slotId === null) {
      void Taro.showToast({ title: '还有内容没填好', icon: 'none' });
      return;
    }
    setConfirming({
      slotId,
      items,
      address: { text: contact.address.trim(), lat: location?.lat ?? null, lng: location?.lng ?? null },
      phone: contact.phone.trim(),
      note: note.trim() || undefined,
    });
  };

  // Consent is asked from this tap: WeChat only shows its dialog in answer to the user's tap.
  const book = async () => {
    if (!confirming || busy) return;
    setBusy(true);
    try {
      const subscribe = await askPickupConsent(templates.data ?? {});
      const booked = await bookPickup(subscribe.length ? { ...confirming, subscribe } : confirming);
      Taro.setStorageSync(CONTACT_KEY, { address: confirming.address.text, phone: confirming.phone });
      void Taro.redirectTo({ url: withQuery(ROUTES.pickup, { id: booked.id, booked: 1 }) });
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 3000 });
      if (error instanceof ApiError && (error.code === 'SLOT_FULL' || error.code === 'SLOT_CLOSED')) {
        setConfirming(null);
        setSlotId(null);
        setErrors({ slot: `${messageOf(error)}，请换一个时段` });
        void slots.reload();
      }
    } finally {
      setBusy(false);
    }
  };

  if (slots.data === null) {
    if (slots.error) {
      return (
        <StateView
          kind="error"
          title="没能加载可预约时段"
          description={slots.error}
          actionText="重试"
          onAction={() => void slots.reload()}
        />
      );
    }
    return <StateView kind="loading" title="正在加载可预约时段…" />;
  }
  const slot = slots.data.find((s) => s.id === confirming?.slotId);

  return (
    <View>
      <ItemsPicker kg={kg} onChange={setKg} error={errors.items} />
      <View className="card book__section">
        <Text className="book__section-title">2. 上门地址和联系电话</Text>
        {isWeapp ? (
          <View className="book__address-tools">
            <Button className="btn btn--ghost book__tool" onClick={() => void chooseWechatAddress()}>
              使用微信收货地址
            </Button>
            <Button className="btn btn--plain book__tool" onClick={() => void chooseOnMap()}>
              {location ? '已在地图上标注 ✓' : '在地图上标注'}
            </Button>
          </View>
        ) : null}
        <FormField label="上门地址" hint="小区、楼号、单元、门牌号" error={errors.address}>
          <FieldInput
            className="book__address"
            kind="multiline"
            value={contact.address}
            maxlength={200}
            placeholder="例如：幸福里小区 3 号楼 2 单元 501"
            onChange={(address) => setContact({ ...contact, address })}
          />
        </FormField>
        <FormField label="联系电话" hint="只有您和上门的回收员能看到完整号码" error={errors.phone}>
          <FieldInput
            className="book__phone"
            kind="number"
            value={contact.phone}
            maxlength={11}
            placeholder="11 位手机号码"
            onChange={(phone) => setContact({ ...contact, phone })}
          />
        </FormField>
        <FormField label="备注（选填）" hint="如：东西放在门口、请先打电话">
          <FieldInput value={note} maxlength={200} placeholder="给回收员的话" onChange={setNote} />
        </FormField>
      </View>
      <SlotPicker slots={slots.data} chosen={slotId} onChoose={setSlotId} error={errors.slot} />
      <Button className="btn btn--primary book__review" onClick={review}>
        下一步：确认预约
      </Button>
      {confirming ? (
        <Sheet title="确认预约" subtitle="回收员将在所选时段上门" busy={busy} onClose={() => setConfirming(null)}>
          <View className="book__summary">
            <Text className="book__summary-label">上门时间</Text>
            <Text className="book__summary-value">{slot ? formatSlot(slot) : ''}</Text>
            <Text className="book__summary-label">回收物品</Text>
            <Text className="book__summary-value">
              {confirming.items
                .map((item) => `${PICKUP_CATEGORY_LABELS[item.category]} 约${formatKg(item.estimatedKg)}`)
                .join('、')}
            </Text>
            <Text className="book__summary-label">地址和电话</Text>
            <Text className="book__summary-value">
              {confirming.address.text}，{confirming.phone}
            </Text>
          </View>
          <Text className="book__summary-note">
            {isWeapp ? '预约后可订阅上门前一晚的提醒和回收员出发的通知。' : ''}
            {slot ? cancelNote(slot) : ''}
          </Text>
          <SubmitButton
            busy={busy}
            text="确认预约"
            busyText="正在预约…"
            onClick={() => void book()}
            className="book__confirm"
          />
        </Sheet>
      ) : null}
    </View>
  );
}

function BookingForUser({ user }: { user: UserResponse }) {
  if (user.homeCellId === null) {
    return <HomeCellNeeded description="上门回收按小区或村庄安排回收员。设置您所在的无废细胞后，就能预约上门时间。" />;
  }
  return <Booking />;
}

export default function PickupBookPage() {
  return (
    <PageShell className="book">
      <SessionGate>{(user) => <BookingForUser user={user} />}</SessionGate>
    </PageShell>
  );
}
