import { describe, expect, it } from 'vitest';
import { quoted, toYaml } from './yaml';

describe('YAML writer', () => {
  it('writes nested objects and arrays in block style, every string quoted', () => {
    expect(
      toYaml({
        asyncapi: '3.0.0',
        info: { title: 'Shop', version: '1.0.0' },
        list: ['a', { b: 1, c: [true, null] }, [], {}],
        empty: {},
        'needs quotes': 'x',
        yes: 'no',
        $ref: '#/a',
      }),
    ).toBe(
      [
        'asyncapi: "3.0.0"',
        'info:',
        '  title: "Shop"',
        '  version: "1.0.0"',
        'list:',
        '  - "a"',
        '  - b: 1',
        '    c:',
        '      - true',
        '      - null',
        '  - []',
        '  - {}',
        'empty: {}',
        '"needs quotes": "x"',
        '"yes": "no"',
        '$ref: "#/a"',
        '',
      ].join('\n'),
    );
  });

  it('escapes what a YAML reader would read as a line break or refuse', () => {
    expect(quoted('a\u2028b\u2029c\u0085d\u007fe\ufefff')).toBe(
      '"a\\u2028b\\u2029c\\u0085d\\u007fe\\ufefff"',
    );
    expect(quoted('line\nnext "quoted" \\ tab\t')).toBe('"line\\nnext \\"quoted\\" \\\\ tab\\t"');
    expect(quoted('half \uD800 pair, whole 🚀')).toBe('"half \uFFFD pair, whole 🚀"');
  });

  it('writes numbers that are not finite as null', () => {
    expect(toYaml({ a: Number.NaN, b: Number.POSITIVE_INFINITY, c: -1.5 })).toBe(
      'a: null\nb: null\nc: -1.5\n',
    );
  });
});
