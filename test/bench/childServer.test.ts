import { nodeOptionsOf } from '../../bench/lib/childServer.js';

describe('the benchmarks start the bot as npm start does', () => {
  it('reads the options Node is given before the loader and the script', () => {
    expect(nodeOptionsOf('node --max-semi-space-size=32 --import tsx src/index.ts')).toEqual(['--max-semi-space-size=32']);
    expect(nodeOptionsOf('node --a=1 --import tsx --b src/index.ts')).toEqual(['--a=1', '--b']);
    expect(nodeOptionsOf('node --import tsx src/index.ts')).toEqual([]);
  });

  it('gives no options for a start script that does not run node itself', () => {
    expect(nodeOptionsOf('tsx src/index.ts')).toEqual([]);
  });

});
