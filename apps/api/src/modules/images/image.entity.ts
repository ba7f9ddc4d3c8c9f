import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, LargeBlobColumn } from '../../database/columns';
import { User } from '../users/user.entity';

/**
 * A re-encoded image, bytes included, so that every API replica can serve it. The id is random
 * (not a sequence) so that nobody can walk through other people's pictures.
 */
@Entity('images')
@Index('ix_images_owner_kind', ['ownerUserId', 'kind'])
export class ImageEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  /** What the image is for (`avatar`); decides how it was cropped and sized. */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  /** Of the stored bytes; also the ETag. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 32 })
  mime: string;

  @Column({ type: 'int' })
  bytes: number;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  @LargeBlobColumn()
  data: Buffer;

  @Column({ type: 'int', nullable: true })
  ownerUserId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ownerUserId' })
  owner?: User | null;

  @CreatedAt()
  createdAt: Date;
}
