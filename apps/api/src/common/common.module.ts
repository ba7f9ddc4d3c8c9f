import { Global, Module } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction-runner';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { ScopeTargets } from './scope/scope-targets';

const SHARED = [ScopeTargets, TransactionRunner, IdempotencyStore, IdempotencyInterceptor];

@Global()
@Module({ providers: SHARED, exports: SHARED })
export class CommonModule {}
