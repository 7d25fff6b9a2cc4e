-- Casebook team repository, server schema version 1 (PostgreSQL 15). Applied by
-- `casebook-cli server init` in one transaction, as the database owner. docs/team-repository.md.
-- Records are the JSON documents of the bundle format; every write takes the next number of one
-- change sequence, so a client asks for "everything since N". Permissions are the server's:
-- group roles, grants and row-level security, so a modified client cannot break them.

-- The group roles members are granted (roles are shared by every database of the cluster).
-- reader < assessor < editor: each inherits the rights of the one before.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casebook_reader') THEN
        CREATE ROLE casebook_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casebook_assessor') THEN
        CREATE ROLE casebook_assessor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casebook_editor') THEN
        CREATE ROLE casebook_editor NOLOGIN;
    END IF;
END
$$;
GRANT casebook_reader TO casebook_assessor;
GRANT casebook_assessor TO casebook_editor;

-- The server's identity: a client keeps its sync position per server id.
CREATE TABLE casebook_server (
    id text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO casebook_server (id) VALUES (gen_random_uuid()::text);

-- Members: the PostgreSQL role of each member, their kind, and the assessor identity their
-- assessments carry (AssessorIdentity), which row-level security binds to the role.
CREATE TABLE members (
    role_name text PRIMARY KEY,
    member_role text NOT NULL CHECK (member_role IN ('reader', 'assessor', 'editor')),
    assessor_id text NOT NULL DEFAULT '',
    added_at timestamptz NOT NULL DEFAULT now()
);

-- The change sequence. Writers take a transaction-scoped lock first, so numbers are handed out in
-- commit order: a reader that has seen N has seen every change numbered below N.
CREATE SEQUENCE change_seq;
CREATE FUNCTION casebook_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(746911);
    NEW.seq := nextval('change_seq');
    IF TG_OP = 'UPDATE' AND TG_ARGV[0] = 'revision' THEN
        NEW.revision := OLD.revision + 1;
    ELSIF TG_OP = 'INSERT' AND TG_ARGV[0] = 'revision' THEN
        NEW.revision := 1;
    END IF;
    IF TG_ARGV[0] = 'revision' THEN
        NEW.pushed_by := current_user;
    END IF;
    RETURN NEW;
END
$$;

-- Whether the current role may see a record of this sharing level shared with these roles.
CREATE FUNCTION casebook_can_see(level text, shared text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT level IS DISTINCT FROM 'restricted'
        OR EXISTS (SELECT 1 FROM unnest(shared) AS r(name) JOIN pg_roles p ON p.rolname = r.name
                   WHERE pg_has_role(current_user, p.oid, 'MEMBER'))
$$;

-- The assessor identity bound to the current role ('' for none).
CREATE FUNCTION casebook_my_assessor_id() RETURNS text
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT assessor_id FROM members WHERE role_name = current_user), '')
$$;

-- Use cases: the document of docs/usecase-json.md with its ancestry (earlier content hashes).
-- `revision` is the server's own counter, the optimistic check of a push.
CREATE TABLE use_cases (
    uuid text PRIMARY KEY,
    code text NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    content_hash text NOT NULL,
    sharing_level text NOT NULL DEFAULT '',
    shared_with text[] NOT NULL DEFAULT ARRAY[current_user::text],
    document jsonb NOT NULL,
    ancestry jsonb NOT NULL DEFAULT '[]',
    pushed_by text NOT NULL DEFAULT current_user,
    seq bigint NOT NULL
);
CREATE INDEX use_cases_seq ON use_cases (seq);
CREATE TRIGGER use_cases_stamp BEFORE INSERT OR UPDATE ON use_cases
    FOR EACH ROW EXECUTE FUNCTION casebook_stamp('revision');

-- Every version a push replaced or deleted, so nothing is lost on the server either.
CREATE TABLE use_case_history (
    id bigserial PRIMARY KEY,
    uuid text NOT NULL,
    revision bigint NOT NULL,
    document jsonb NOT NULL,
    pushed_by text NOT NULL,
    replaced_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION casebook_keep_use_case() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO use_case_history (uuid, revision, document, pushed_by)
        VALUES (OLD.uuid, OLD.revision, OLD.document, OLD.pushed_by);
    RETURN NULL;
END
$$;
CREATE TRIGGER use_cases_keep AFTER UPDATE OR DELETE ON use_cases
    FOR EACH ROW EXECUTE FUNCTION casebook_keep_use_case();

-- Rubric versions are immutable: inserted once, never updated.
CREATE TABLE rubrics (
    uuid text PRIMARY KEY,
    definition jsonb NOT NULL,
    pushed_by text NOT NULL DEFAULT current_user,
    seq bigint NOT NULL
);
CREATE INDEX rubrics_seq ON rubrics (seq);
CREATE TRIGGER rubrics_stamp BEFORE INSERT ON rubrics
    FOR EACH ROW EXECUTE FUNCTION casebook_stamp('none');

-- Assessments belong to their assessor (assessor_id).
CREATE TABLE assessments (
    uuid text PRIMARY KEY,
    use_case_uuid text NOT NULL REFERENCES use_cases (uuid) ON DELETE CASCADE,
    rubric_uuid text NOT NULL REFERENCES rubrics (uuid),
    assessor_id text NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    content_hash text NOT NULL,
    document jsonb NOT NULL,
    pushed_by text NOT NULL DEFAULT current_user,
    seq bigint NOT NULL
);
CREATE INDEX assessments_seq ON assessments (seq);
CREATE INDEX assessments_use_case ON assessments (use_case_uuid);
CREATE TRIGGER assessments_stamp BEFORE INSERT OR UPDATE ON assessments
    FOR EACH ROW EXECUTE FUNCTION casebook_stamp('revision');

-- Attachments by SHA-256 of their bytes: sent once, however many records use them.
CREATE TABLE attachments (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size bigint NOT NULL,
    data bytea NOT NULL,
    seq bigint NOT NULL
);
CREATE TRIGGER attachments_stamp BEFORE INSERT ON attachments
    FOR EACH ROW EXECUTE FUNCTION casebook_stamp('none');

-- Deleted records, so that a client can tell "deleted there" from "never had it".
CREATE TABLE tombstones (
    uuid text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('use_case', 'assessment')),
    deleted_at text NOT NULL, -- ISO 8601 UTC, as the client wrote it
    deleted_by text NOT NULL DEFAULT '',
    seq bigint NOT NULL
);
CREATE INDEX tombstones_seq ON tombstones (seq);
CREATE TRIGGER tombstones_stamp BEFORE INSERT OR UPDATE ON tombstones
    FOR EACH ROW EXECUTE FUNCTION casebook_stamp('none');

-- Workshops: the local schema has none yet. When it does, a later server migration adds a
-- `workshops` table shaped like `use_cases` (uuid, revision, document, seq with casebook_stamp),
-- granted like use_cases, and ServerRepository reads and writes it beside the other kinds.

-- Grants: nothing for PUBLIC; reading for every member; writing by kind of member.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SEQUENCE change_seq TO casebook_assessor;
GRANT SELECT ON casebook_schema, casebook_server, members, use_cases, rubrics, assessments, attachments, tombstones
    TO casebook_reader;
GRANT INSERT, UPDATE ON assessments TO casebook_assessor;
GRANT INSERT ON attachments, tombstones TO casebook_assessor;
GRANT UPDATE ON tombstones TO casebook_assessor;
GRANT INSERT, UPDATE, DELETE ON use_cases TO casebook_editor;
GRANT DELETE ON assessments, tombstones TO casebook_editor;
GRANT INSERT ON rubrics TO casebook_assessor;

-- Row-level security: restricted use cases only for the roles they are shared with; assessments
-- written only by their own assessor; assessors delete only assessments (tombstones).
ALTER TABLE use_cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY use_cases_read ON use_cases FOR SELECT TO casebook_reader
    USING (casebook_can_see(sharing_level, shared_with));
CREATE POLICY use_cases_insert ON use_cases FOR INSERT TO casebook_editor WITH CHECK (true);
CREATE POLICY use_cases_update ON use_cases FOR UPDATE TO casebook_editor
    USING (casebook_can_see(sharing_level, shared_with)) WITH CHECK (true);
CREATE POLICY use_cases_delete ON use_cases FOR DELETE TO casebook_editor
    USING (casebook_can_see(sharing_level, shared_with));

ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY assessments_read ON assessments FOR SELECT TO casebook_reader
    USING (EXISTS (SELECT 1 FROM use_cases u WHERE u.uuid = use_case_uuid));
CREATE POLICY assessments_insert ON assessments FOR INSERT TO casebook_assessor
    WITH CHECK (assessor_id = casebook_my_assessor_id() AND assessor_id <> ''
                AND EXISTS (SELECT 1 FROM use_cases u WHERE u.uuid = use_case_uuid));
CREATE POLICY assessments_update ON assessments FOR UPDATE TO casebook_assessor
    USING (assessor_id = casebook_my_assessor_id())
    WITH CHECK (assessor_id = casebook_my_assessor_id());
CREATE POLICY assessments_delete ON assessments FOR DELETE TO casebook_editor USING (true);

ALTER TABLE tombstones ENABLE ROW LEVEL SECURITY;
CREATE POLICY tombstones_read ON tombstones FOR SELECT TO casebook_reader USING (true);
CREATE POLICY tombstones_editor ON tombstones FOR ALL TO casebook_editor USING (true) WITH CHECK (true);
CREATE POLICY tombstones_assessor ON tombstones FOR INSERT TO casebook_assessor
    WITH CHECK (kind = 'assessment');

-- Adds (or changes) a member: a LOGIN role granted one group role, bound to an assessor identity.
-- Called by `casebook-cli server add-member` as the database owner; names are quoted here.
CREATE FUNCTION casebook_add_member(name text, kind text, assessor text, password text) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    other text;
BEGIN
    IF kind NOT IN ('reader', 'assessor', 'editor') THEN
        RAISE EXCEPTION 'unknown member role %', kind;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', name);
    END IF;
    IF password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', name, password);
    END IF;
    FOREACH other IN ARRAY ARRAY['reader', 'assessor', 'editor'] LOOP
        IF other <> kind AND EXISTS (SELECT 1 FROM pg_auth_members m
                                     WHERE m.roleid = ('casebook_' || other)::regrole
                                       AND m.member = quote_ident(name)::regrole) THEN
            EXECUTE format('REVOKE %I FROM %I', 'casebook_' || other, name);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', 'casebook_' || kind, name);
    INSERT INTO members (role_name, member_role, assessor_id) VALUES (name, kind, assessor)
        ON CONFLICT (role_name) DO UPDATE SET member_role = EXCLUDED.member_role,
                                              assessor_id = EXCLUDED.assessor_id;
END
$$;
REVOKE ALL ON FUNCTION casebook_add_member(text, text, text, text) FROM PUBLIC;
