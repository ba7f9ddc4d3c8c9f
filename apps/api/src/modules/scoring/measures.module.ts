import { Module } from '@nestjs/common';
import { MeasureRegistry } from './measure-registry';

/**
 * Only the measure registry, so that a feature module can import it to register its measures
 * without depending on the scoring module (which reads cells, rubrics and scores).
 * Register in the provider's `onModuleInit`: rubrics are checked against the registry at bootstrap.
 */
@Module({
  providers: [MeasureRegistry],
  exports: [MeasureRegistry],
})
export class MeasuresModule {}
