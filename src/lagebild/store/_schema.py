"""Schema migrations, applied in order and recorded in ``schema_migrations``."""

from __future__ import annotations

__all__ = ["MIGRATIONS", "postgres_migrations"]

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "documents, entities, mentions, claims, items, relations, full-text search",
        [
            """CREATE TABLE documents (
                rowid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                source TEXT, url TEXT, outlet TEXT, title TEXT, lang TEXT, published TEXT,
                text TEXT NOT NULL,
                minhash BLOB,
                origin TEXT,
                report TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE INDEX documents_published ON documents(published)",
            "CREATE INDEX documents_origin ON documents(origin)",
            """CREATE TABLE entities (
                id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, in_kb INTEGER NOT NULL,
                lat REAL, lon REAL
            )""",
            """CREATE TABLE mentions (
                doc TEXT NOT NULL REFERENCES documents(id), entity TEXT NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
            )""",
            "CREATE INDEX mentions_entity ON mentions(entity)",
            "CREATE INDEX mentions_doc ON mentions(doc)",
            """CREATE TABLE claims (
                id INTEGER PRIMARY KEY,
                doc TEXT NOT NULL REFERENCES documents(id),
                cid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                type TEXT NOT NULL, checkworthy REAL NOT NULL, factuality TEXT NOT NULL,
                source TEXT, source_entity TEXT, source_kind TEXT, channel TEXT,
                supplier TEXT, recipient TEXT, location TEXT, subject TEXT, attribute TEXT,
                date TEXT, value REAL, unit TEXT, approx TEXT,
                key TEXT, lang TEXT, args TEXT NOT NULL
            )""",
            "CREATE INDEX claims_key ON claims(key)",
            "CREATE INDEX claims_type_date ON claims(type, date)",
            "CREATE INDEX claims_doc ON claims(doc)",
            """CREATE TABLE claim_entities (
                claim INTEGER NOT NULL REFERENCES claims(id), entity TEXT NOT NULL, role TEXT
            )""",
            "CREATE INDEX claim_entities_entity ON claim_entities(entity, claim)",
            """CREATE TABLE relations (
                a INTEGER NOT NULL REFERENCES claims(id), b INTEGER NOT NULL REFERENCES claims(id),
                kind TEXT NOT NULL, detail TEXT, PRIMARY KEY (a, b)
            )""",
            "CREATE INDEX relations_b ON relations(b)",
            "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid')",
        ],
    ),
    (
        2,
        "MinHash bands for reprint candidates",
        [
            "CREATE TABLE doc_bands (band TEXT NOT NULL, doc TEXT NOT NULL REFERENCES documents(id))",
            "CREATE INDEX doc_bands_band ON doc_bands(band)",
            "CREATE INDEX claims_key_id ON claims(key, id)",
        ],
    ),
    (
        3,
        "sortable claim date (event date, else publication date)",
        [
            "ALTER TABLE claims ADD COLUMN sort_date TEXT NOT NULL DEFAULT ''",
            "UPDATE claims SET sort_date ="
            " coalesce(date, (SELECT published FROM documents d WHERE d.id = claims.doc), '')",
            "CREATE INDEX claims_sort ON claims(sort_date, id)",
            "CREATE INDEX claims_type_sort ON claims(type, sort_date, id)",
        ],
    ),
    (
        4,
        "analyst reviews of claims",
        [
            """CREATE TABLE reviews (
                id INTEGER PRIMARY KEY,
                claim INTEGER NOT NULL REFERENCES claims(id),
                status TEXT NOT NULL, correction TEXT, note TEXT,
                reviewer TEXT NOT NULL, reviewed_at TEXT NOT NULL
            )""",
            "CREATE INDEX reviews_claim ON reviews(claim, id)",
        ],
    ),
    (
        5,
        "claim key groups clustered by (key, id) for linking; redundant claim indexes dropped",
        [
            """CREATE TABLE claim_links (
                key TEXT NOT NULL, id INTEGER NOT NULL REFERENCES claims(id), date TEXT,
                doc TEXT NOT NULL, origin TEXT NOT NULL, type TEXT NOT NULL, factuality TEXT NOT NULL,
                facts TEXT NOT NULL, PRIMARY KEY (key, id)
            ) WITHOUT ROWID""",
            "CREATE INDEX claim_links_date ON claim_links(key, date)",
            "INSERT INTO claim_links (key, id, date, doc, origin, type, factuality, facts)"
            " SELECT c.key, c.id, c.date, c.doc, coalesce(d.origin, d.id), c.type, c.factuality, c.args"
            " FROM claims c JOIN documents d ON d.id = c.doc WHERE c.key IS NOT NULL",
            "DROP INDEX claims_key",
            "DROP INDEX claims_key_id",
            "DROP INDEX claims_type_date",
        ],
    ),
    (
        6,
        "claims of an entity in date order (sort date on claim_entities)",
        [
            "ALTER TABLE claim_entities ADD COLUMN sort_date TEXT NOT NULL DEFAULT ''",
            "UPDATE claim_entities SET sort_date = (SELECT sort_date FROM claims c WHERE c.id = claim_entities.claim)",
            "CREATE INDEX claim_entities_sorted ON claim_entities(entity, sort_date, claim)",
            "DROP INDEX claim_entities_entity",
        ],
    ),
]


_PG_TYPES = [
    ("rowid INTEGER PRIMARY KEY", "rowid BIGSERIAL PRIMARY KEY"),
    ("id INTEGER PRIMARY KEY", "id BIGSERIAL PRIMARY KEY"),
    ("INTEGER NOT NULL REFERENCES claims(id)", "BIGINT NOT NULL REFERENCES claims(id)"),
    ("BLOB", "BYTEA"),
    (" REAL", " DOUBLE PRECISION"),
    (") WITHOUT ROWID", ")"),
]


def postgres_migrations() -> list[tuple[int, str, list[str]]]:
    """The same migrations for PostgreSQL: its column types, and a tsvector column with a GIN
    index in place of the FTS5 table."""
    out = []
    for version, name, statements in MIGRATIONS:
        pg = []
        for sql in statements:
            if "USING fts5" in sql:
                pg += [
                    "ALTER TABLE documents ADD COLUMN tsv tsvector",
                    "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
                ]
                continue
            for a, b in _PG_TYPES:
                sql = sql.replace(a, b)
            pg.append(sql)
        out.append((version, name, pg))
    return out
