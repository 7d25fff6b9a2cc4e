#!/usr/bin/env python3
"""Writes a .casebook bundle from docs/bundle-format.md alone, with Python's zipfile and json.

Usage: make_bundle.py OUT.casebook
A third party's view of the format: one use case with an attachment and Arabic, Chinese and emoji
text, the rubric it is assessed against, one assessment, the tag list and a manifest."""
import hashlib
import json
import sys
import zipfile

out = sys.argv[1]
now = "2026-02-01T08:30:00.000Z"
attachment = "Relevés du capteur\n".encode("utf-8") * 3
att_sha = hashlib.sha256(attachment).hexdigest()
uc_uuid = "5d1c9a52-8a0b-4c27-9d2e-0f3b6a7c8e91"
rubric_uuid = "2f6e0f53-7f1d-4b3a-8c55-9a0e6d1b2c34"

use_case = {
    "uuid": uc_uuid,
    "code": "PY-2026-001",
    "title": "عدادات المياه الذكية — 智能水表 💧",
    "summary": "Written by a Python script from the format documentation.",
    "created_at": now,
    "modified_at": now,
    "modified_by": "Python",
    "revision": 1,
    "verticals": ["water"],
    "sdgs": [6],
    "countries": ["EG"],
    "regions": ["Arab States"],
    "deployment_stage": "pilot",
    "tags": ["python", "sdo/ITU-T"],
    "attachments": [{"sha256": att_sha, "file_name": "relevés.txt", "media_type": "text/plain",
                     "size": len(attachment), "description": "Readings", "added_at": now}],
}
levels = ["absent", "ad hoc", "documented", "standards-based", "proven"]
rubric = {
    "format": "casebook-rubric", "format_version": 1,
    "uuid": rubric_uuid, "series_uuid": rubric_uuid, "name": "Python rubric", "version": 1,
    "scale": {"min": 0, "max": 4},
    "dimensions": [{"id": "A", "name": "Interoperability", "criteria": [
        {"id": "A1", "name": "Transport", "weight": 1, "levels": levels}]}],
}
assessment = {
    "uuid": "7a3b2c1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d", "use_case_uuid": uc_uuid, "rubric_uuid": rubric_uuid,
    "assessor_name": "李华", "created_at": now, "modified_at": now, "revision": 1,
    "scores": [{"criterion_id": "A1", "state": "level", "level": 3, "rationale": "LoRaWAN", "evidence": "",
                "confidence": "high"}],
}

def document(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8")

entries = {
    "usecases.json": document({"use_cases": [use_case]}),
    "rubrics.json": document({"rubrics": [rubric]}),
    "assessments.json": document({"assessments": [assessment]}),
    "tags.json": document({"tags": ["python", "sdo/ITU-T"]}),
    "attachments/" + att_sha: attachment,
}
manifest = {
    "format": "casebook-bundle", "format_version": "1.0", "min_reader_version": "1.0",
    "app_version": "python-example", "created_at": now,
    "creator": {"name": "Python Example", "organization": "Third party", "email": ""},
    "lean": False,
    "counts": {"use_cases": 1, "rubrics": 1, "assessments": 1, "tags": 2, "attachments": 1, "tombstones": 0},
    "entries": [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in entries.items()],
}
with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", document(manifest))
    for name, data in entries.items():
        z.writestr(name, data)
