/** The Redis-backed stores (REDIS_URL set): one connection shared by all of them. */
export { openRedisConnection, waitUntilReady, type RedisConnection, type RedisConnectionOptions } from './redisConnection.js';
export { RedisStorage } from './RedisStorage.js';
export { RedisConversationStore } from './RedisConversationStore.js';
export { RedisDedupStore } from './RedisDedupStore.js';
export { RedisRateLimiter } from './RedisRateLimiter.js';
export { RedisStaffStore } from './RedisStaffStore.js';
export { StoreUnavailableError, isStoreUnavailable } from './StoreUnavailableError.js';
