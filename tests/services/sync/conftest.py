from support.server_fixtures import cluster, laptops, server

__all__ = ["cluster", "laptops", "server"]
