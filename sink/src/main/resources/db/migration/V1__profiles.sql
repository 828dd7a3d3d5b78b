-- Portable SQL: the same migration runs on SQLite and PostgreSQL.

-- One row per document: the latest profile by enricher version, then enrichment time.
CREATE TABLE profiles (
    document_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    file_name         TEXT,
    language          VARCHAR(16),
    candidate_name    TEXT,
    location          TEXT,
    extractor_version VARCHAR(64)  NOT NULL,
    enricher_version  VARCHAR(64)  NOT NULL,
    version_key       VARCHAR(32)  NOT NULL,
    uploaded_at       BIGINT       NOT NULL,
    enriched_at       BIGINT       NOT NULL,
    stored_at         BIGINT       NOT NULL,
    source_topic      VARCHAR(255) NOT NULL,
    source_partition  INTEGER      NOT NULL,
    source_offset     BIGINT       NOT NULL,
    profile_json      TEXT         NOT NULL
);

CREATE TABLE profile_roles (
    document_id  VARCHAR(64) NOT NULL,
    idx          INTEGER     NOT NULL,
    title        TEXT,
    organization TEXT,
    start_date   VARCHAR(10),
    end_date     VARCHAR(10),
    is_current   BOOLEAN     NOT NULL,
    team_size    INTEGER,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE profile_skills (
    document_id VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    category    VARCHAR(64)  NOT NULL,
    months      INTEGER,
    last_used   VARCHAR(10),
    mentions    INTEGER      NOT NULL,
    PRIMARY KEY (document_id, name)
);
CREATE INDEX profile_skills_by_name ON profile_skills (name);

CREATE TABLE profile_metrics (
    document_id VARCHAR(64)      NOT NULL,
    idx         INTEGER          NOT NULL,
    value       DOUBLE PRECISION NOT NULL,
    value_max   DOUBLE PRECISION,
    unit        VARCHAR(64)      NOT NULL,
    kind        VARCHAR(16)      NOT NULL,
    role_idx    INTEGER,
    PRIMARY KEY (document_id, idx)
);

-- Consumer positions, committed in the same transaction as the rows they produced.
CREATE TABLE sink_offsets (
    consumer_group VARCHAR(255) NOT NULL,
    topic          VARCHAR(255) NOT NULL,
    partition_id   INTEGER      NOT NULL,
    next_offset    BIGINT       NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition_id)
);
