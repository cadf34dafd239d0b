"""The PostgreSQL side of the regional server: SQL for rights, audit and sync columns.

The synchronised tables are the same models as the laptop's (migrations 0001, 0002 run
on both dialects); migration 0003, on PostgreSQL only, adds what only the server has
(``ddl.install_server_objects``). Roles and privileges belong to the deployment, not to
the schema: ``services.sync.server_admin`` grants them when a server is initialised or
upgraded.
"""
