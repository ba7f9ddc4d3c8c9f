import { Global, Module } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction-runner';
import { PiiCipher } from './crypto/pii-cipher';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { ScopeTargets } from './scope/scope-targets';

const SHARED = [ScopeTargets, TransactionRunner, IdempotencyStore, IdempotencyInterceptor, PiiCipher];

@Global()
@Module({ providers: SHARED, exports: SHARED })
export class CommonModule {}
