import { Module, type Provider } from '@nestjs/common';
import { type MeasureDefinition, MeasureRegistry } from './measure-registry';

/**
 * Only the measure registry, so that a feature module can import it to register its measures
 * without depending on the scoring module (which reads cells, rubrics and scores).
 * Rubrics are checked against the registry at bootstrap, after every module has registered.
 */
@Module({
  providers: [MeasureRegistry],
  exports: [MeasureRegistry],
})
export class MeasuresModule {}

/** A provider that registers a feature's measures when its module is built: list it in the module's providers. */
export function registerMeasures(token: string, measures: MeasureDefinition[]): Provider {
  return {
    provide: token,
    inject: [MeasureRegistry],
    useFactory: (registry: MeasureRegistry) => {
      for (const measure of measures) registry.register(measure);
      return measures.map((measure) => measure.key);
    },
  };
}
