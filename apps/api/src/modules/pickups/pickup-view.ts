import { maskAddress, maskPhone, type PickupAddress, type PickupItem } from '@zerowaste/shared';
import type { PiiCipher } from '../../common/crypto/pii-cipher';
import type { PickupResponseDto } from './dto/pickup.dto';
import type { PickupAreaResponseDto, PickupSlotResponseDto } from './dto/pickup-area.dto';
import type { Pickup } from './pickup.entity';
import type { PickupArea } from './pickup-area.entity';
import type { PickupSlot } from './pickup-slot.entity';

export function slotView(slot: PickupSlot): PickupSlotResponseDto {
  return {
    id: slot.id,
    areaId: slot.areaId,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    capacity: slot.capacity,
    remaining: slot.closed ? 0 : Math.max(slot.capacity - slot.booked, 0),
    closed: slot.closed,
  };
}

export function areaView(area: PickupArea, cellIds: number[], collectorUserIds: number[]): PickupAreaResponseDto {
  return { id: area.id, name: area.name, cellIds, collectorUserIds, weekly: area.weekly, active: area.active };
}

/** What a booking's response needs beside the row. */
export interface PickupContext {
  slot: PickupSlot;
  collectorNickname: string | null;
  /** The owner and the assigned collector see the phone and address in full; anyone else masked. */
  full: boolean;
}

/** Encrypted at rest: the address with its coordinates, as one value. */
export function sealAddress(cipher: PiiCipher, address: PickupAddress): string {
  return cipher.encrypt(JSON.stringify({ text: address.text, lat: address.lat ?? null, lng: address.lng ?? null }));
}

/** What a new booking is made of: who, where, when and what, with the phone and address as given. */
export interface NewBooking {
  userId: number;
  areaId: number;
  cellId: number;
  slot: { id: number; startsAt: Date };
  collectorUserId: number | null;
  units: number;
  items: PickupItem[];
  phone: string;
  address: PickupAddress;
  note: string;
  subscribe: Pickup['subscribe'];
}

/** A booked pickup's row: phone and address sealed beside their masked copies, nothing done yet. */
export function bookedRow(cipher: PiiCipher, b: NewBooking): Omit<Pickup, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    userId: b.userId,
    areaId: b.areaId,
    cellId: b.cellId,
    slotId: b.slot.id,
    startsAt: b.slot.startsAt,
    collectorUserId: b.collectorUserId,
    status: 'booked',
    units: b.units,
    items: b.items,
    phoneEnc: cipher.encrypt(b.phone),
    addressEnc: sealAddress(cipher, b.address),
    phoneMasked: maskPhone(b.phone),
    addressMasked: maskAddress(b.address.text).slice(0, 64),
    note: b.note,
    subscribe: b.subscribe,
    weights: null,
    recycledKg: null,
    co2eKg: null,
    pointsAwarded: null,
    missedReason: null,
    ratingStars: null,
    ratingComment: null,
    startedAt: null,
    endedAt: null,
    piiErasedAt: null,
  };
}

export function pickupView(p: Pickup, ctx: PickupContext, cipher: PiiCipher): PickupResponseDto {
  const erased = p.phoneEnc === null || p.addressEnc === null;
  const full = ctx.full && !erased;
  const address = full
    ? (JSON.parse(cipher.decrypt(p.addressEnc as string)) as { text: string; lat: number | null; lng: number | null })
    : { text: p.addressMasked, lat: null, lng: null };
  return {
    id: p.id,
    status: p.status,
    areaId: p.areaId,
    cellId: p.cellId,
    slot: slotView(ctx.slot),
    items: p.items.map((i) => ({ category: i.category, estimatedKg: i.estimatedKg })),
    address,
    phone: erased ? null : full ? cipher.decrypt(p.phoneEnc as string) : p.phoneMasked,
    note: p.note,
    subscribe: p.subscribe,
    collector: p.collectorUserId === null ? null : { id: p.collectorUserId, nickname: ctx.collectorNickname ?? '' },
    weights: p.weights?.map((w) => ({ category: w.category, kg: w.kg })) ?? null,
    pointsAwarded: p.pointsAwarded,
    co2eKg: p.co2eKg,
    missedReason: p.missedReason,
    rating: p.ratingStars === null ? null : { stars: p.ratingStars, comment: p.ratingComment ?? '' },
    createdAt: p.createdAt.toISOString(),
    startedAt: p.startedAt?.toISOString() ?? null,
    endedAt: p.endedAt?.toISOString() ?? null,
  };
}
