"""SQL of the server-only objects: sync columns, triggers, row-level security, audit.

Generated from the SQLAlchemy tables so that every synchronised table gets the same
treatment; migration ``0003`` runs ``install_server_objects`` on PostgreSQL. A later
migration adding a synchronised *table* calls ``table_objects_sql`` for it; one adding a
*column* needs nothing here (triggers and audit read whole rows).

What the objects guarantee, whoever writes (the program or ``psql``):
- ``sync_revision``, ``sync_seq``, ``sync_modifie_le``/``_par``, ``sync_territoire_id``
  and ``sync_lot`` are set by a BEFORE trigger, never by the client;
- every write of a Région's rows holds that Région's advisory lock until commit, so
  sequence numbers become visible in order and a pull cursor never skips a row;
- rows are never deleted (no DELETE right; ``sync_efface`` is the tombstone), and
  unique keys ignore tombstones and are checked at commit (renumbering works);
- row-level security, forced on the owner too, lets a login read or edit only the
  territories its ``ti_acces`` rows name (one territory, or a whole Région); the
  database's owner may read everything, and write nothing without a grant;
- an AFTER trigger writes ``ti_journal`` (old and new values, ``session_user``, server
  time, batch id); application roles can read it for their territories, never write it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, ForeignKey, Table, UniqueConstraint, text

SYNC_COLUMNS: tuple[str, ...] = (
    "sync_revision",
    "sync_seq",
    "sync_efface",
    "sync_territoire_id",
    "sync_modifie_le",
    "sync_modifie_par",
    "sync_lot",
)
"""Columns only the server's synchronised tables have."""

TERRITORY_TABLE = "territoire"
REFERENCE_LOCK = "listes"

APPLICATION_FUNCTIONS: tuple[str, ...] = (
    "ti_publication_ouvrir(uuid, text, text)",
    "ti_publication_clore(uuid)",
    "ti_lot_resultat(uuid)",
    "ti_mes_droits()",
    "ti_verrouiller(text[])",
)
"""Functions the application role may call (every other one is revoked from PUBLIC)."""

POLICY_FUNCTIONS: tuple[str, ...] = (
    "ti_territoires(boolean)",
    "ti_peut_modifier(uuid, text, text)",
    "ti_a_un_acces()",
    "ti_peut_publier()",
    "ti_verrouiller_territoire(uuid)",
)
"""Functions the row-level policies and the triggers call with the user's rights."""


def owner_key(table: Table) -> ForeignKey | None:
    """The foreign key to the row that owns this one (``ON DELETE CASCADE``), if any."""
    for foreign_key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        if (foreign_key.ondelete or "").upper() == "CASCADE":
            return foreign_key
    return None


def is_reference_list(table: Table) -> bool:
    """A list shared by every territory (financers, statuses, progress states)."""
    return table.name != TERRITORY_TABLE and owner_key(table) is None


def _territory_expression(table: Table) -> str:
    if table.name == TERRITORY_TABLE:
        return "NEW.id"
    owner = owner_key(table)
    if owner is None:
        return "NULL"
    parent = owner.column.table.name
    if parent == TERRITORY_TABLE:
        return f"NEW.{owner.parent.name}"
    return f"(SELECT p.sync_territoire_id FROM {parent} p WHERE p.id = NEW.{owner.parent.name})"


def sync_columns_sql(table: str) -> list[str]:
    """Add the server's sync columns and the pull index to ``table``."""
    return [
        f"ALTER TABLE {table} "
        "ADD COLUMN sync_revision bigint NOT NULL DEFAULT 1, "
        "ADD COLUMN sync_seq bigint NOT NULL DEFAULT 0, "
        "ADD COLUMN sync_efface boolean NOT NULL DEFAULT false, "
        "ADD COLUMN sync_territoire_id uuid, "
        "ADD COLUMN sync_modifie_le timestamptz NOT NULL DEFAULT now(), "
        "ADD COLUMN sync_modifie_par text NOT NULL DEFAULT session_user, "
        "ADD COLUMN sync_lot uuid",
        f"CREATE INDEX ix_{table}_sync ON {table} (sync_territoire_id, sync_seq)",
        f"CREATE INDEX ix_{table}_sync_seq ON {table} (sync_seq)",
    ]


def _before_trigger_sql(table: Table) -> list[str]:
    name = table.name
    if table.name == TERRITORY_TABLE:
        lock = (
            "PERFORM ti_verrouiller(ARRAY[NEW.region]);\n"
            "  IF TG_OP = 'UPDATE' AND OLD.region IS DISTINCT FROM NEW.region THEN\n"
            "    PERFORM ti_verrouiller(ARRAY[OLD.region]);\n"
            "  END IF;"
        )
    elif is_reference_list(table):
        lock = f"PERFORM ti_verrouiller(ARRAY['{REFERENCE_LOCK}']);"
    else:
        lock = "PERFORM ti_verrouiller_territoire(NEW.sync_territoire_id);"
    return [
        # as the owner: the parent's territory is read without the login's row security
        # (its check would run once per row); the login's rights are checked after, by
        # the WITH CHECK policies, on the territory found here
        f"""CREATE FUNCTION ti_avant_{name}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
BEGIN
  NEW.sync_territoire_id := {_territory_expression(table)};
  {lock}
  IF TG_OP = 'UPDATE' THEN
    NEW.sync_revision := OLD.sync_revision + 1;
  ELSE
    NEW.sync_revision := 1;
  END IF;
  NEW.sync_seq := nextval('ti_seq');
  NEW.sync_modifie_le := now();
  NEW.sync_modifie_par := session_user;
  NEW.sync_lot := nullif(current_setting('ti.lot', true), '')::uuid;
  RETURN NEW;
END
$body$""",
        f"CREATE TRIGGER ti_avant BEFORE INSERT OR UPDATE ON {name} "
        f"FOR EACH ROW EXECUTE FUNCTION ti_avant_{name}()",
        f"CREATE TRIGGER ti_journal AFTER INSERT OR UPDATE ON {name} "
        "FOR EACH ROW EXECUTE FUNCTION ti_journaliser()",
    ]


def _policies_sql(table: Table) -> list[str]:
    name = table.name
    statements = [
        f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY",
    ]
    if name == TERRITORY_TABLE:
        readable = "id IN (SELECT ti_territoires(false))"
        editable_now = "id IN (SELECT ti_territoires(true))"
        editable_new = "ti_peut_modifier(id, nom, region)"
    elif is_reference_list(table):
        # shared lists: any editor may add or reorder entries (the audit tells who)
        readable = "ti_a_un_acces()"
        editable_now = "ti_peut_publier()"
        editable_new = editable_now
    else:
        readable = "sync_territoire_id IN (SELECT ti_territoires(false))"
        editable_now = "sync_territoire_id IN (SELECT ti_territoires(true))"
        editable_new = editable_now
    statements += [
        # the database's owner reads everything (the triggers run as the owner)
        f"CREATE POLICY ti_proprietaire ON {name} FOR SELECT TO pg_database_owner USING (true)",
        f"CREATE POLICY ti_lecture ON {name} FOR SELECT USING ({readable})",
        f"CREATE POLICY ti_creation ON {name} FOR INSERT WITH CHECK ({editable_new})",
        f"CREATE POLICY ti_modification ON {name} FOR UPDATE "
        f"USING ({editable_now}) WITH CHECK ({editable_new})",
    ]
    return statements


def unique_constraints(table: Table) -> list[UniqueConstraint]:
    """The table's unique keys besides its primary key (natural keys)."""
    return sorted(
        (c for c in table.constraints if isinstance(c, UniqueConstraint)),
        key=lambda c: str(c.name),
    )


def _exclusion_sql(table: Table) -> list[str]:
    """Unique keys that ignore tombstones and are checked at commit."""
    statements = []
    for constraint in unique_constraints(table):
        columns = ", ".join(f"{column.name} WITH =" for column in constraint.columns)
        statements += [
            f"ALTER TABLE {table.name} DROP CONSTRAINT {constraint.name}",
            f"ALTER TABLE {table.name} ADD CONSTRAINT {constraint.name} "
            f"EXCLUDE USING btree ({columns}) WHERE (NOT sync_efface) "
            "DEFERRABLE INITIALLY DEFERRED",
        ]
    return statements


def table_objects_sql(table: Table) -> list[str]:
    """Everything a synchronised table needs on the server."""
    return [
        *sync_columns_sql(table.name),
        *_exclusion_sql(table),
        *_before_trigger_sql(table),
        *_policies_sql(table),
    ]


COMMON_SQL: tuple[str, ...] = (
    "CREATE SEQUENCE ti_seq",
    """CREATE TABLE ti_serveur (
  id uuid PRIMARY KEY,
  cree_le timestamptz NOT NULL DEFAULT now(),
  version_client_minimale text NOT NULL,
  groupe text NOT NULL
)""",
    # one row per territory, readable by the access functions without row security
    """CREATE TABLE ti_repertoire (
  id uuid PRIMARY KEY,
  nom text NOT NULL,
  region text NOT NULL,
  efface boolean NOT NULL DEFAULT false
)""",
    """CREATE TABLE ti_acces (
  id bigserial PRIMARY KEY,
  login text NOT NULL,
  portee text NOT NULL CHECK (portee IN ('territoire', 'region')),
  nom text NOT NULL,
  territoire_id uuid,
  niveau text NOT NULL CHECK (niveau IN ('lecture', 'modification')),
  accorde_le timestamptz NOT NULL DEFAULT now(),
  accorde_par text NOT NULL DEFAULT session_user,
  UNIQUE (login, portee, nom)
)""",
    "CREATE INDEX ix_ti_acces_login ON ti_acces (login)",
    """CREATE TABLE ti_publication (
  lot uuid PRIMARY KEY,
  login text NOT NULL,
  appareil text NOT NULL,
  version_client text NOT NULL,
  horodatage timestamptz NOT NULL DEFAULT now(),
  creations integer NOT NULL DEFAULT 0,
  modifications integer NOT NULL DEFAULT 0,
  suppressions integer NOT NULL DEFAULT 0,
  territoires uuid[] NOT NULL DEFAULT '{}'
)""",
    """CREATE TABLE ti_journal (
  id bigserial PRIMARY KEY,
  lot uuid,
  table_nom text NOT NULL,
  ligne_id uuid NOT NULL,
  operation text NOT NULL,
  revision bigint NOT NULL,
  ancien jsonb,
  nouveau jsonb NOT NULL,
  login text NOT NULL,
  horodatage timestamptz NOT NULL,
  territoire_id uuid
)""",
    "CREATE INDEX ix_ti_journal_lot ON ti_journal (lot)",
    "CREATE INDEX ix_ti_journal_territoire ON ti_journal (territoire_id, horodatage)",
    "CREATE INDEX ix_ti_journal_horodatage ON ti_journal (horodatage)",
    # --- locks ---
    """CREATE FUNCTION ti_verrouiller(p_cles text[]) RETURNS void LANGUAGE plpgsql AS $body$
DECLARE
  cle text;
BEGIN
  FOR cle IN SELECT DISTINCT coalesce(c, '?') FROM unnest(p_cles) AS c ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended('ti:' || cle, 0));
  END LOOP;
END
$body$""",
    """CREATE FUNCTION ti_verrouiller_territoire(p_territoire uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
BEGIN
  PERFORM ti_verrouiller(ARRAY[(SELECT r.region FROM ti_repertoire r WHERE r.id = p_territoire)]);
END
$body$""",
    # --- rights ---
    """CREATE FUNCTION ti_territoires(p_modifier boolean) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
  SELECT r.id FROM ti_repertoire r
  WHERE EXISTS (
    SELECT 1 FROM ti_acces a
    WHERE a.login = session_user
      AND (NOT p_modifier OR a.niveau = 'modification')
      AND ((a.portee = 'territoire'
            AND (a.territoire_id = r.id OR (a.territoire_id IS NULL AND a.nom = r.nom)))
           OR (a.portee = 'region' AND a.nom = r.region)))
$body$""",
    """CREATE FUNCTION ti_peut_modifier(p_territoire uuid, p_nom text, p_region text)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
  SELECT EXISTS (
    SELECT 1 FROM ti_acces a
    WHERE a.login = session_user AND a.niveau = 'modification'
      AND ((a.portee = 'territoire'
            AND (a.territoire_id = p_territoire
                 OR (a.territoire_id IS NULL AND a.nom = p_nom)))
           OR (a.portee = 'region' AND a.nom = p_region)))
$body$""",
    """CREATE FUNCTION ti_a_un_acces() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
  SELECT EXISTS (SELECT 1 FROM ti_acces a WHERE a.login = session_user)
$body$""",
    """CREATE FUNCTION ti_peut_publier() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
  SELECT EXISTS (SELECT 1 FROM ti_acces a
                 WHERE a.login = session_user AND a.niveau = 'modification')
$body$""",
    """CREATE FUNCTION ti_mes_droits()
RETURNS TABLE (portee text, nom text, territoire_id uuid, niveau text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
  SELECT a.portee, a.nom, a.territoire_id, a.niveau FROM ti_acces a
  WHERE a.login = session_user ORDER BY a.portee, a.nom
$body$""",
    # --- directory of territories and binding of grants made before the territory existed ---
    """CREATE FUNCTION ti_repertorier() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
BEGIN
  INSERT INTO ti_repertoire (id, nom, region, efface)
  VALUES (NEW.id, NEW.nom, NEW.region, NEW.sync_efface)
  ON CONFLICT (id) DO UPDATE
    SET nom = EXCLUDED.nom, region = EXCLUDED.region, efface = EXCLUDED.efface;
  UPDATE ti_acces SET territoire_id = NEW.id
  WHERE portee = 'territoire' AND territoire_id IS NULL AND nom = NEW.nom;
  UPDATE ti_acces SET nom = NEW.nom
  WHERE portee = 'territoire' AND territoire_id = NEW.id AND nom <> NEW.nom;
  RETURN NULL;
END
$body$""",
    # --- audit ---
    """CREATE FUNCTION ti_donnees(ligne jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $body$
  SELECT ligne - ARRAY['sync_revision', 'sync_seq', 'sync_efface', 'sync_territoire_id',
                       'sync_modifie_le', 'sync_modifie_par', 'sync_lot']
$body$""",
    """CREATE FUNCTION ti_journaliser() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
DECLARE
  operation text;
  ancien jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    operation := CASE WHEN NEW.sync_efface THEN 'suppression' ELSE 'creation' END;
  ELSE
    ancien := ti_donnees(to_jsonb(OLD));
    IF NEW.sync_efface AND NOT OLD.sync_efface THEN
      operation := 'suppression';
    ELSIF OLD.sync_efface AND NOT NEW.sync_efface THEN
      operation := 'restauration';
    ELSE
      operation := 'modification';
    END IF;
  END IF;
  INSERT INTO ti_journal (lot, table_nom, ligne_id, operation, revision, ancien, nouveau,
                          login, horodatage, territoire_id)
  VALUES (NEW.sync_lot, TG_TABLE_NAME, NEW.id, operation, NEW.sync_revision, ancien,
          ti_donnees(to_jsonb(NEW)), session_user, now(), NEW.sync_territoire_id);
  RETURN NULL;
END
$body$""",
    # --- publications: one batch id, applied once ---
    """CREATE FUNCTION ti_publication_ouvrir(p_lot uuid, p_appareil text, p_version text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
BEGIN
  INSERT INTO ti_publication (lot, login, appareil, version_client)
  VALUES (p_lot, session_user, p_appareil, p_version)
  ON CONFLICT ON CONSTRAINT ti_publication_pkey DO NOTHING;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  PERFORM set_config('ti.lot', p_lot::text, true);
  RETURN true;
END
$body$""",
    """CREATE FUNCTION ti_publication_clore(p_lot uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
  UPDATE ti_publication p SET
    creations = (SELECT count(*) FROM ti_journal j
                 WHERE j.lot = p_lot AND j.operation = 'creation'),
    modifications = (SELECT count(*) FROM ti_journal j
                     WHERE j.lot = p_lot AND j.operation IN ('modification', 'restauration')),
    suppressions = (SELECT count(*) FROM ti_journal j
                    WHERE j.lot = p_lot AND j.operation = 'suppression'),
    territoires = ARRAY(SELECT DISTINCT j.territoire_id FROM ti_journal j
                        WHERE j.lot = p_lot AND j.territoire_id IS NOT NULL)
  WHERE p.lot = p_lot AND p.login = session_user
$body$""",
    """CREATE FUNCTION ti_lot_resultat(p_lot uuid)
RETURNS TABLE (table_nom text, ligne_id uuid, revision bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $body$
  SELECT j.table_nom, j.ligne_id, j.revision FROM ti_journal j
  JOIN ti_publication p ON p.lot = j.lot
  WHERE j.lot = p_lot AND p.login = session_user
$body$""",
    # --- who reads the audit ---
    "ALTER TABLE ti_journal ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY ti_lecture ON ti_journal FOR SELECT USING ("
    "territoire_id IN (SELECT ti_territoires(false)) "
    "OR (territoire_id IS NULL AND ti_a_un_acces()))",
    "ALTER TABLE ti_publication ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY ti_lecture ON ti_publication FOR SELECT USING ("
    "login = session_user OR territoires && ARRAY(SELECT ti_territoires(false)))",
)

_COMMON_DROPS: tuple[str, ...] = (
    "DROP TABLE IF EXISTS ti_journal, ti_publication, ti_acces, ti_repertoire, ti_serveur",
    "DROP FUNCTION IF EXISTS ti_lot_resultat(uuid), ti_publication_clore(uuid), "
    "ti_publication_ouvrir(uuid, text, text), ti_journaliser(), ti_donnees(jsonb), "
    "ti_repertorier(), ti_mes_droits(), ti_peut_publier(), "
    "ti_a_un_acces(), ti_peut_modifier(uuid, text, text), ti_territoires(boolean), "
    "ti_verrouiller_territoire(uuid), ti_verrouiller(text[])",
    "DROP SEQUENCE IF EXISTS ti_seq",
)


def install_server_objects(connection: Connection, tables: Sequence[Table]) -> None:
    """Create every server-only object for ``tables`` (parents before children)."""
    for statement in COMMON_SQL:
        connection.exec_driver_sql(statement)
    for table in tables:
        for statement in table_objects_sql(table):
            connection.exec_driver_sql(statement)
    connection.exec_driver_sql(
        f"CREATE TRIGGER ti_repertoire AFTER INSERT OR UPDATE ON {TERRITORY_TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION ti_repertorier()"
    )


def remove_server_objects(connection: Connection, tables: Iterable[Table]) -> None:
    """Undo ``install_server_objects`` (the data of the synchronised tables is kept)."""
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS ti_repertoire ON {TERRITORY_TABLE}")
    for table in reversed(list(tables)):
        name = table.name
        for policy in ("ti_proprietaire", "ti_lecture", "ti_creation", "ti_modification"):
            connection.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON {name}")
        connection.exec_driver_sql(f"ALTER TABLE {name} NO FORCE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE {name} DISABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS ti_avant ON {name}")
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS ti_journal ON {name}")
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS ti_avant_{name}()")
        exclusions = connection.execute(
            text(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = CAST(:t AS regclass) AND contype = 'x'"
            ),
            {"t": name},
        ).all()
        for constraint, definition in exclusions:  # back to plain unique keys
            columns = ", ".join(re.findall(r"(\w+) WITH =", definition))
            connection.exec_driver_sql(f"ALTER TABLE {name} DROP CONSTRAINT {constraint}")
            connection.exec_driver_sql(
                f"ALTER TABLE {name} ADD CONSTRAINT {constraint} UNIQUE ({columns})"
            )
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{name}_sync, ix_{name}_sync_seq")
        drops = ", ".join(f"DROP COLUMN {column}" for column in SYNC_COLUMNS)
        connection.exec_driver_sql(f"ALTER TABLE {name} {drops}")
    for statement in _COMMON_DROPS:
        connection.exec_driver_sql(statement)
