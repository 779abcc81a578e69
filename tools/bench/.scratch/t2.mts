import { startPrism } from '@extender-users/spec';
let t = performance.now();
const p = await startPrism({ args: ['--errors', '-v', 'silent'] });
console.log('prism silent start', performance.now() - t);
t = performance.now(); await p.stop(); console.log('stop', performance.now() - t);
t = performance.now();
const q = await startPrism({ args: ['--errors'] });
console.log('prism start', performance.now() - t);
t = performance.now(); await q.stop(); console.log('stop', performance.now() - t);
