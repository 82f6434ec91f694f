-- Participant registry: the only place that holds personal numbers and special-category answers.
-- Portable SQL: the same script runs on H2 (default) and PostgreSQL (production).

create table number_sequence (
    name       varchar(40) primary key,
    last_value bigint      not null
);
insert into number_sequence (name, last_value) values ('participant', 0);

create table participant (
    registration_number  varchar(20)  primary key,
    personal_number      varchar(10)  not null,
    personal_number_kind varchar(4)   not null,
    first_name           varchar(100) not null,
    middle_name          varchar(100),
    last_name            varchar(100) not null,
    birth_date           date         not null,
    sex                  varchar(6)   not null,
    settlement           varchar(60)  not null,
    address              varchar(250),
    phone                varchar(20),
    consent_to_services  boolean      not null,
    status               varchar(20)  not null,
    eligible             boolean,
    registered_on        date         not null,
    registered_by        varchar(64),
    rejection_reason     varchar(40),
    duplicate_of         varchar(20),
    withdrawal_reason    varchar(500),
    withdrawn_on         date,
    constraint uq_participant_personal_number unique (personal_number)
);
create index ix_participant_names on participant (last_name, first_name, birth_date);

-- ESF entry data (Regulation (EU) No 1304/2013, Annex I), recorded once at entry.
create table participant_entry_data (
    registration_number       varchar(20) primary key references participant (registration_number),
    employment_status         varchar(30) not null,
    education_level           varchar(10) not null,
    minority                  varchar(8)  not null,
    disability                varchar(8)  not null,
    other_disadvantaged       varchar(8)  not null,
    homeless_or_housing_excl  boolean     not null,
    entry_date                date        not null
);

-- Streams of support: candidate (from the eligibility rules) and enrolled (after the assessment).
create table participant_stream (
    registration_number varchar(20) not null references participant (registration_number),
    stream              varchar(20) not null,
    candidate           boolean     not null,
    enrolled_on         date,
    primary key (registration_number, stream)
);

create table needs_assessment (
    registration_number varchar(20)   primary key references participant (registration_number),
    assessed_on         date          not null,
    assessed_by         varchar(64),
    needs_work          varchar(2000),
    needs_health        varchar(2000),
    needs_education     varchar(2000),
    needs_social        varchar(2000),
    needs_housing       varchar(2000),
    summary             varchar(4000),
    recommended_streams varchar(200)  not null
);

create table rejection_notice (
    registration_number varchar(20)  primary key references participant (registration_number),
    informed_on         date         not null,
    channel             varchar(20)  not null,
    note                varchar(1000),
    recorded_by         varchar(64)
);
