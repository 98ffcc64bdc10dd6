// @ts-expect-error -- plain JS module
import { mutate } from '../../../scripts/lib/properties.mjs';
it('loads', () => { expect(mutate('a\nb', [['swap-lines', 0, 1, '']])).toBe('b\na'); });
