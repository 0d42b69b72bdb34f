"""Django's Redis cache with one client per connection pool.

Django's RedisCacheClient builds a new ``redis.Redis`` object for every
cache operation (get_client); building one costs more CPU than the GET it
sends, and a learner page does a few (the content version, the session, the
site's root paths). A Redis client is safe to share: it only borrows
connections from its pool, which redis-py resets after a fork. So each pool
gets one client, made on first use."""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
