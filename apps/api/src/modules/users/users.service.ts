import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Page, ROLE_SCOPE_KIND, type RoleGrant } from '@zerowaste/shared';
import { type EntityManager, In, IsNull, QueryFailedError, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageWindow, toPage } from '../../common/pagination/page';
import { ScopeTargets } from '../../common/scope/scope-targets';
import { containsPattern } from '../../common/sql/like';
import { TransactionRunner } from '../../database/transaction-runner';
import { ImagesService } from '../images/images.service';
import { CallerGrants } from './caller-grants';
import type { RoleGrantInputDto, SetRolesDto } from './dto/set-roles.dto';
import type { UpdateMeDto } from './dto/update-me.dto';
import type { UserListQueryDto } from './dto/user-list-query.dto';
import { UserResponseDto } from './dto/user-response.dto';
import { RoleGrantEntity } from './role-grant.entity';
import { User } from './user.entity';

export const DEFAULT_NICKNAME = '微信用户';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RoleGrantEntity) private readonly grants: Repository<RoleGrantEntity>,
    private readonly tx: TransactionRunner,
    private readonly scopeTargets: ScopeTargets,
    private readonly images: ImagesService,
    private readonly callerGrants: CallerGrants,
  ) {}

  /** The user and their current grants (and home cell, for showing), or null when the account no longer exists. */
  async findWithGrants(userId: number): Promise<{ user: User; grants: RoleGrantEntity[] } | null> {
    const user = await this.users.findOne({ where: { id: userId }, relations: { grants: true, homeCell: true } });
    if (!user) return null;
    return { user, grants: sortGrants(user.grants ?? []) };
  }

  /** Finds or creates the account for a WeChat openid; a new account starts as a resident. */
  async signInByOpenid(openid: string, unionid: string | null, nickname = DEFAULT_NICKNAME): Promise<UserResponseDto> {
    try {
      return await this.upsert(openid, unionid, nickname);
    } catch (error) {
      // Two first log-ins of one person at once: the loser of the unique index finds the winner's row.
      if (error instanceof QueryFailedError) return this.upsert(openid, unionid, nickname);
      throw error;
    }
  }

  private upsert(openid: string, unionid: string | null, nickname: string): Promise<UserResponseDto> {
    return this.tx.run(async (em) => {
      let user = await em.findOne(User, { where: { openid }, relations: { homeCell: true } });
      const now = new Date();
      if (!user) {
        user = await em.save(User, em.create(User, { openid, unionid, nickname, lastLoginAt: now }));
        await em.insert(RoleGrantEntity, { userId: user.id, role: 'resident', scopeKind: null, scopeId: null });
      } else {
        await em.update(User, { id: user.id }, { lastLoginAt: now, ...(unionid && { unionid }) });
      }
      const grants = await em.find(RoleGrantEntity, { where: { userId: user.id } });
      return UserResponseDto.from(user, sortGrants(grants));
    });
  }

  async me(caller: Caller): Promise<UserResponseDto> {
    const found = await this.findWithGrants(caller.userId);
    if (!found) throw AppError.notFound('User');
    return UserResponseDto.from(found.user, found.grants);
  }

  async updateMe(caller: Caller, dto: UpdateMeDto): Promise<UserResponseDto> {
    if (dto.homeCellId != null && (await this.scopeTargets.missing('cell', [dto.homeCellId])).length) {
      throw AppError.invalidField('homeCellId', 'no such cell');
    }
    const changes: Partial<User> = {};
    if (dto.nickname !== undefined) changes.nickname = dto.nickname.trim();
    if (dto.avatarUrl !== undefined) changes.avatarUrl = dto.avatarUrl;
    if (dto.homeCellId !== undefined) changes.homeCellId = dto.homeCellId;
    if (changes.nickname === '') throw AppError.invalidField('nickname', 'must not be blank');
    if (Object.keys(changes).length) await this.tx.run((em) => em.update(User, { id: caller.userId }, changes));
    return this.me(caller);
  }

  /** Stores a new profile photo and points the avatar at it; the replaced photo is deleted with it. */
  async setAvatar(caller: Caller, upload: Buffer): Promise<UserResponseDto> {
    // Decoding happens before the transaction: a refused file writes nothing.
    const image = await this.images.prepare(upload, 'avatar');
    await this.tx.run(async (em) => {
      const saved = await this.images.save(em, caller.userId, image);
      // The user row is updated first: its lock orders two uploads at once, so the last one wins whole.
      await em.update(User, { id: caller.userId }, { avatarUrl: saved.url });
      await this.images.deleteOthers(em, caller.userId, 'avatar', saved.id);
    });
    return this.me(caller);
  }

  async list(query: UserListQueryDto): Promise<Page<UserResponseDto>> {
    const qb = this.users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.grants', 'g')
      .leftJoinAndSelect('u.homeCell', 'h')
      .orderBy('u.id', 'ASC');
    if (query.q) qb.andWhere("u.nickname LIKE :q ESCAPE '!'", { q: containsPattern(query.q) });
    if (query.role) {
      qb.andWhere('EXISTS (SELECT 1 FROM role_grants r WHERE r.userId = u.id AND r.role = :role)', {
        role: query.role,
      });
    }
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    return toPage(query, rows, total, (u) => UserResponseDto.from(u, sortGrants(u.grants ?? [])));
  }

  /** Each user's WeChat openid, to send them a subscription message (never put in an answer or a log). */
  async openidsOf(userIds: number[]): Promise<Map<number, string>> {
    if (!userIds.length) return new Map();
    const rows = await this.users.find({ where: { id: In(userIds) }, select: { id: true, openid: true } });
    return new Map(rows.map((u) => [u.id, u.openid]));
  }

  /** The managers of each cell, for showing who runs it. */
  async managerIdsByCell(cellIds: number[]): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(cellIds.map((id) => [id, []]));
    if (!cellIds.length) return result;
    const rows = await this.grants.find({
      where: { role: 'cell_manager', scopeKind: 'cell', scopeId: In(cellIds) },
      order: { userId: 'ASC' },
    });
    for (const row of rows) result.get(row.scopeId as number)?.push(row.userId);
    return result;
  }

  /** Replaces every role of a user in one transaction, after checking each scope points at a real record. */
  async setRoles(caller: Caller, userId: number, dto: SetRolesDto): Promise<UserResponseDto> {
    const grants = dedupe(dto.roles.map((grant, index) => normalizeGrant(grant, index)));
    if (userId === caller.userId && !grants.some((g) => g.role === 'admin')) {
      throw AppError.invalidField('roles', 'an admin cannot remove their own admin role');
    }
    await this.assertScopesExist(grants);
    const user = await this.users.findOne({ where: { id: userId }, relations: { homeCell: true } });
    if (!user) throw AppError.notFound('User');
    await this.tx.run(async (em) => {
      await em.delete(RoleGrantEntity, { userId });
      if (grants.length)
        await em.insert(
          RoleGrantEntity,
          grants.map((g) => ({ ...g, userId })),
        );
    });
    this.rolesChanged(userId);
    return UserResponseDto.from(user, await this.grants.find({ where: { userId }, order: { id: 'ASC' } }));
  }

  /**
   * Adds one grant inside the caller's transaction (a new shop's shopkeeper), unless the user holds it
   * already. The caller has checked that the scope exists: it may have been created in this transaction.
   * After the commit, call `rolesChanged`.
   */
  async grantRole(em: EntityManager, userId: number, grant: RoleGrant): Promise<void> {
    const row = { userId, role: grant.role, scopeKind: grant.scopeKind ?? null, scopeId: grant.scopeId ?? null };
    const held = await em.findOne(RoleGrantEntity, {
      where: { ...row, scopeKind: row.scopeKind ?? IsNull(), scopeId: row.scopeId ?? IsNull() },
    });
    if (!held) await em.insert(RoleGrantEntity, row);
  }

  /** Of `userIds`, those who hold `role` (any scope): e.g. the collectors named for a pickup area. */
  async holdingRole(role: RoleGrant['role'], userIds: number[]): Promise<number[]> {
    if (!userIds.length) return [];
    const rows = await this.grants.find({ where: { role, userId: In(userIds) }, select: { userId: true } });
    return [...new Set(rows.map((row) => row.userId))];
  }

  /** Nicknames by user id, for naming a collector beside a record (one query). */
  async nicknames(userIds: number[]): Promise<Map<number, string>> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return new Map();
    const rows = await this.users.find({ where: { id: In(ids) }, select: { id: true, nickname: true } });
    return new Map(rows.map((u) => [u.id, u.nickname]));
  }

  /** The cell the user says they live in, or null. */
  async homeCellId(userId: number): Promise<number | null> {
    const user = await this.users.findOne({ where: { id: userId }, select: { id: true, homeCellId: true } });
    return user?.homeCellId ?? null;
  }

  exists(userId: number): Promise<boolean> {
    return this.users.existsBy({ id: userId });
  }

  /** A committed change of the user's roles takes effect on this replica's next request. */
  rolesChanged(userId: number): void {
    this.callerGrants.forget(userId);
  }

  private async assertScopesExist(grants: RoleGrant[]): Promise<void> {
    for (const [index, grant] of grants.entries()) {
      if (grant.scopeKind && grant.scopeId != null) {
        const missing = await this.scopeTargets.missing(grant.scopeKind, [grant.scopeId]);
        if (missing.length)
          throw AppError.invalidField(`roles.${index}.scopeId`, `no ${grant.scopeKind} ${grant.scopeId}`);
      }
    }
  }
}

function normalizeGrant(grant: RoleGrantInputDto, index: number): RoleGrant {
  const kind = ROLE_SCOPE_KIND[grant.role];
  const scopeKind = grant.scopeKind ?? null;
  const scopeId = grant.scopeId ?? null;
  if (!kind) {
    if (scopeKind || scopeId) throw AppError.invalidField(`roles.${index}`, `${grant.role} is not a scoped role`);
    return { role: grant.role, scopeKind: null, scopeId: null };
  }
  if (scopeKind && scopeKind !== kind) {
    throw AppError.invalidField(`roles.${index}.scopeKind`, `${grant.role} is scoped to a ${kind}`);
  }
  if (scopeId == null) throw AppError.invalidField(`roles.${index}.scopeId`, `${grant.role} needs the id of a ${kind}`);
  return { role: grant.role, scopeKind: kind, scopeId };
}

function dedupe(grants: RoleGrant[]): RoleGrant[] {
  const seen = new Set<string>();
  return grants.filter((g) => {
    const key = `${g.role}:${g.scopeKind}:${g.scopeId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortGrants(grants: RoleGrantEntity[]): RoleGrantEntity[] {
  return [...grants].sort((a, b) => a.id - b.id);
}
