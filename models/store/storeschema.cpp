// SPDX-License-Identifier: Apache-2.0
#include "storeschema.h"

namespace Runbench::Models {

namespace {

// Function documents live in their own table so that listing versions reads only small rows;
// other large documents are the last column of their table.
const char *const schemaV1 = R"sql(
CREATE TABLE projects (
    name TEXT NOT NULL PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    document BLOB
);

CREATE TABLE function_versions (
    id INTEGER PRIMARY KEY,
    project TEXT NOT NULL REFERENCES projects(name) ON DELETE CASCADE ON UPDATE CASCADE,
    name TEXT NOT NULL,
    hash TEXT NOT NULL CHECK (length(hash) = 40),
    kind TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    UNIQUE (project, name, hash)
);
CREATE TABLE function_documents (
    version_id INTEGER PRIMARY KEY REFERENCES function_versions(id) ON DELETE CASCADE,
    document BLOB NOT NULL
);
CREATE INDEX function_versions_by_created ON function_versions (project, name, created);

CREATE TABLE function_tags (
    project TEXT NOT NULL REFERENCES projects(name) ON DELETE CASCADE ON UPDATE CASCADE,
    name TEXT NOT NULL,
    tag TEXT NOT NULL,
    version_id INTEGER NOT NULL REFERENCES function_versions(id) ON DELETE CASCADE,
    PRIMARY KEY (project, name, tag)
) WITHOUT ROWID;
CREATE INDEX function_tags_by_version ON function_tags (version_id);

CREATE TABLE runs (
    uid TEXT NOT NULL,
    iteration INTEGER NOT NULL DEFAULT 0,
    project TEXT NOT NULL REFERENCES projects(name) ON DELETE CASCADE ON UPDATE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    function TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    handler TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('created', 'pending', 'running', 'completed', 'error',
                                         'aborted')),
    started TEXT,
    updated TEXT,
    ended TEXT,
    exit_code INTEGER,
    error TEXT NOT NULL DEFAULT '',
    run_dir TEXT NOT NULL DEFAULT '',
    pid INTEGER NOT NULL DEFAULT 0,
    pid_start INTEGER NOT NULL DEFAULT 0,
    log_offset INTEGER NOT NULL DEFAULT 0,
    labels BLOB,
    parameters BLOB,
    results BLOB,
    task BLOB,
    iterations BLOB,
    PRIMARY KEY (uid, iteration)
);
CREATE INDEX runs_by_project ON runs (project, started);
CREATE INDEX runs_by_state ON runs (state);

CREATE TABLE artifacts (
    run_uid TEXT NOT NULL,
    run_iteration INTEGER NOT NULL,
    key TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    size INTEGER,
    hash TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_uid, run_iteration, key),
    FOREIGN KEY (run_uid, run_iteration) REFERENCES runs(uid, iteration) ON DELETE CASCADE
);

CREATE TABLE settings (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

// The offline copy of hub sources on the web: one row per fetched URL of a source, with the
// validators for conditional refreshes. "checked" is the last time the server confirmed the copy.
const char *const schemaV2 = R"sql(
CREATE TABLE IF NOT EXISTS hub_cache (
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    fetched TEXT NOT NULL,
    checked TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    body BLOB NOT NULL,
    PRIMARY KEY (source, url)
);
)sql";

} // namespace

const std::vector<StoreMigration> &storeMigrations()
{
    static const std::vector<StoreMigration> migrations = {
        {1, schemaV1},
        {2, schemaV2},
    };
    return migrations;
}

} // namespace Runbench::Models
