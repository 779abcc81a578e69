// Files in name order, one at a time: reads first, then writes, so pagination is checked while
// nothing changes.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class NameOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}
