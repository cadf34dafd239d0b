from support.keyring_memory import memory_keyring
from support.server_fixtures import cluster, laptops, server

__all__ = ["cluster", "laptops", "memory_keyring", "server"]
