// Files one at a time, in phases: `read/` first (the listing is checked while nothing changes),
// then `write/`, then `model/` (generated sequences of writes), then `sweep/` (the conformance
// checks, which judge every answer of the run).
// Within a phase, in name order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PHASES = ['/suite/read/', '/suite/write/', '/suite/model/', '/suite/sweep/'];

const phaseOf = (file: TestSpecification) => {
  const phase = PHASES.findIndex((dir) => file.moduleId.replace(/\\/g, '/').includes(dir));
  return phase < 0 ? PHASES.length : phase;
};

export default class PhaseOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => phaseOf(a) - phaseOf(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
