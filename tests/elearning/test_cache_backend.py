"""The Redis cache backend shares one client per connection pool
(elearning.cache) instead of building one per operation, and still reads
what another process wrote."""

import os
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache

from elearning.cache import SharedClientRedisCache

pytestmark = pytest.mark.redis


@pytest.fixture
def redis_url():
    return os.environ["REDIS_URL"]  # tests/conftest.py skips a redis test without it


def test_one_client_serves_every_operation_and_sees_other_writers(redis_url):
    shared = SharedClientRedisCache(redis_url, {})
    other = RedisCache(redis_url, {})  # as another process would write
    key = f"test-shared-client-{uuid.uuid4().hex}"
    shared.set(key, "første", 30)
    assert shared._cache.get_client(key) is shared._cache.get_client(key, write=True)
    other.set(key, "andre", 30)
    assert shared.get(key) == "andre"
    shared.delete(key)
    assert other.get(key) is None
