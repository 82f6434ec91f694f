-- Retention and data protection (DOMAIN-NOTES: identifiable until 2028-12-31, then anonymised
-- unless a legal hold keeps the record). Participant columns only; no table is created here.

-- a legal hold keeps the participant identifiable past the retention date: why, by whom, when
alter table participant add column legal_hold_reason varchar(500);
alter table participant add column legal_hold_by varchar(64);
alter table participant add column legal_hold_at timestamp;

-- when the retention run anonymised the participant; null while identifiable
alter table participant add column anonymised_at timestamp;

-- an anonymised participant has no personal number: the unique constraint stays (several nulls
-- are allowed by H2 and PostgreSQL alike), the duplicate check never matches null
alter table participant alter column personal_number drop not null;
