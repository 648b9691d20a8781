import { startWebchatServer } from './startWebchatServer.js';
const s = await startWebchatServer({}, '127.0.0.1');
console.log(s.base);
