namespace Ingest.Store.Schema;

/// <summary>
/// The store's migrations, oldest first. The observation columns follow the dataset contract
/// (docs/dataset.md) in its order and with its names; a column added to the contract needs a new migration.
/// </summary>
internal static class StoreSchema
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "documents and observations", Version1),
        new(2, "actions (status-only lists such as Flagship Actions)", Version2),
        new(3, "extractor version per document, so a re-run skips only what the same extractor loaded", Version3),
    ];

    private const string Version3 = """
        ALTER TABLE document ADD COLUMN extractor_version TEXT;
        CREATE INDEX document_sha256_version ON document (sha256, extractor_version);
        """;

    private const string Version2 = """
        CREATE TABLE action (
            id           INTEGER PRIMARY KEY,
            document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            council      TEXT,
            document     TEXT,
            "table"      INTEGER NOT NULL,
            "row"        INTEGER NOT NULL,
            period_label TEXT,
            section      TEXT,
            text         TEXT    NOT NULL,
            status       TEXT    NOT NULL
        );

        CREATE INDEX action_document_id ON action (document_id);
        """;

    // Absent values are NULL (the contract writes them as empty fields). Few NOT NULLs on observation text:
    // an odd row (an indicator printed only as symbols has an empty key) should load, not fail its document.
    private const string Version1 = """
        CREATE TABLE document (
            id                INTEGER PRIMARY KEY,
            sha256            TEXT    NOT NULL UNIQUE,
            path              TEXT    NOT NULL,
            file_name         TEXT    NOT NULL,
            format            TEXT    NOT NULL,
            council           TEXT,
            title             TEXT,
            reporting_period  TEXT,
            status            TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),
            error             TEXT,
            table_count       INTEGER NOT NULL DEFAULT 0,
            observation_count INTEGER NOT NULL DEFAULT 0,
            read_ms           INTEGER NOT NULL DEFAULT 0,
            extract_ms        INTEGER NOT NULL DEFAULT 0,
            load_ms           INTEGER NOT NULL DEFAULT 0,
            size_bytes        INTEGER NOT NULL,
            loaded_at         TEXT    NOT NULL
        );

        CREATE TABLE observation (
            id               INTEGER PRIMARY KEY,
            document_id      INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            council          TEXT,
            document         TEXT,
            page             INTEGER,
            "table"          INTEGER NOT NULL,
            "row"            INTEGER NOT NULL,
            section          TEXT,
            indicator        TEXT,
            indicator_key    TEXT,
            polarity         TEXT,
            unit             TEXT,
            period_label     TEXT    NOT NULL,
            period_type      TEXT    NOT NULL,
            period_start     TEXT    NOT NULL,
            period_end       TEXT    NOT NULL,
            target_raw       TEXT,
            target           REAL,
            target_qualifier TEXT,
            actual_raw       TEXT,
            actual           REAL,
            rag              TEXT,
            rag_source       TEXT,
            dot              TEXT,
            dot_yoy          TEXT,
            dot_raw          TEXT,
            benchmark        TEXT,
            commentary       TEXT,
            owner            TEXT,
            confidence       REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
            row_box_left     REAL,
            row_box_top      REAL,
            row_box_right    REAL,
            row_box_bottom   REAL,
            CHECK (period_end >= period_start)
        );

        CREATE INDEX observation_council ON observation (council);
        CREATE INDEX observation_indicator_key ON observation (indicator_key);
        CREATE INDEX observation_period_start ON observation (period_start);
        CREATE INDEX observation_document_id ON observation (document_id);
        """;
}
