import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';

/**
 * A window a collector comes round in, with its capacity in units. `booked` only moves through one
 * guarded UPDATE (`booked + ? <= capacity AND closed = 0`), so bookings never exceed the capacity
 * however many arrive at once (invariant 4).
 */
@Entity('pickup_slots')
// One slot per area and start: materialising the weekly template twice makes nothing new.
@Index('uq_pickup_slots_area_start', ['areaId', 'startsAt'], { unique: true })
@Index('ix_pickup_slots_start', ['startsAt'])
export class PickupSlot {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  areaId: number;

  @Column({ type: 'datetime', precision: 6 })
  startsAt: Date;

  @Column({ type: 'datetime', precision: 6 })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  /** Units taken by open and completed bookings; a cancellation gives its units back. */
  @Column({ type: 'int', default: 0 })
  booked: number;

  /** A holiday, or a slot taken off: nothing more can be booked into it. */
  @Column({ type: 'boolean', default: false })
  closed: boolean;

  /** Made from the weekly template (replaced when the template changes while unbooked), or one-off. */
  @Column({ type: 'boolean', default: false })
  fromTemplate: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
