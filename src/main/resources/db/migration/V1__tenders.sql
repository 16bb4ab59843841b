-- Saved tenders and the history of every change to them. Portable SQL: the same migration runs on the
-- default H2 file database and on PostgreSQL. Supplier dossiers are never stored: no table holds them.

create table tender (
    id           uuid          not null primary key,
    organisation varchar(100)  not null,
    title        varchar(300)  not null,
    status       varchar(20)   not null,
    -- The tender file: the procurement profile with its tailoring, as YAML (the file the CLI reads).
    profile      text          not null,
    notes        text,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)  not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100)  not null
);

create index tender_by_organisation on tender (organisation, updated_at);

-- One row per saved version: who, when, what changed and why, and the tender file as it then was.
create table tender_change (
    tender_id  uuid          not null references tender (id),
    version    bigint        not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(100)  not null,
    summary    text          not null,
    reason     text,
    status     varchar(20)   not null,
    profile    text          not null,
    notes      text,
    primary key (tender_id, version)
);
