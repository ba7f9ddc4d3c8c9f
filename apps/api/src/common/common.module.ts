import { Global, Module } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction-runner';
import { ScopeTargets } from './scope/scope-targets';

@Global()
@Module({ providers: [ScopeTargets, TransactionRunner], exports: [ScopeTargets, TransactionRunner] })
export class CommonModule {}
