/**
 * typedoc plugin: name each module after its import path (`medad/detect`) rather than its
 * source folder (`adapters/detect`), using the exports → source map of typedoc.config.mjs.
 */
import { Converter, ReflectionKind } from 'typedoc';
import { moduleNames } from '../typedoc.config.mjs';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const names = moduleNames();
    for (const mod of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const name = names.get(mod.name);
      if (name) mod.name = name;
    }
  });
}
