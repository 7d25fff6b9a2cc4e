#!/bin/sh
# Recreates v1.sqlite: a Casebook database at schema version 1 (before full-text search), with two
# use cases and a tag, as Casebook 0.1 development builds wrote it. Kept for the migration test;
# regenerate only if migration 001 itself changes. Needs the sqlite3 shell.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/v1.sqlite"
rm -f "$out"
sqlite3 "$out" < "$here/../../../resources/migrations/001_records.sql"
sqlite3 "$out" <<'SQL'
INSERT INTO use_cases (uuid, code, title, approval_status, deployment_stage, development_context, created_at,
                       modified_at, modified_by, revision, document)
VALUES ('11111111-2222-4333-8444-555555555555', 'UC-2025-001', 'Flood sensors on the Nile delta', 'draft', 'pilot',
        'developing', '2025-03-01T10:00:00.000Z', '2025-03-02T10:00:00.000Z', 'Amina', 2,
        json_object('uuid', '11111111-2222-4333-8444-555555555555', 'code', 'UC-2025-001',
                    'title', 'Flood sensors on the Nile delta', 'approval_status', 'draft',
                    'summary', 'Water-level sensors report over LoRaWAN to the irrigation authority.',
                    'verticals', json_array('water', 'agriculture'), 'sdgs', json_array(6, 13),
                    'regions', json_array('Arab States'), 'countries', json_array('EG'),
                    'deployment_stage', 'pilot', 'development_context', 'developing',
                    'created_at', '2025-03-01T10:00:00.000Z', 'modified_at', '2025-03-02T10:00:00.000Z',
                    'modified_by', 'Amina', 'revision', 2)),
       ('66666666-7777-4888-9999-000000000000', 'UC-2025-002', '智慧城市 路灯', 'agreed', 'operational',
        'developed', '2025-04-01T10:00:00.000Z', '2025-04-01T10:00:00.000Z', 'Li', 1,
        json_object('uuid', '66666666-7777-4888-9999-000000000000', 'code', 'UC-2025-002',
                    'title', '智慧城市 路灯', 'approval_status', 'agreed',
                    'summary', 'Street lights dimmed by presence sensors.',
                    'verticals', json_array('smart_city_services'), 'sdgs', json_array(7, 11),
                    'regions', json_array('Asia and the Pacific'), 'countries', json_array('CN'),
                    'deployment_stage', 'operational', 'development_context', 'developed',
                    'created_at', '2025-04-01T10:00:00.000Z', 'modified_at', '2025-04-01T10:00:00.000Z',
                    'modified_by', 'Li', 'revision', 1));
INSERT INTO tags (name) VALUES ('flood');
INSERT INTO use_case_tags (use_case_id, tag_id) VALUES (1, 1);
PRAGMA user_version = 1;
SQL
echo "wrote $out"
