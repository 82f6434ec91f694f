-- The dates the indicators need to be read as of a day (IndicatorsService.asOf), where a table
-- overwrote a fact without keeping when it happened. No table is created here.

-- participant: the day the eligibility decision (eligible or rejected) was recorded. Decisions
-- recorded before this column existed are dated on the registration day, the best date known.
alter table participant add column eligibility_decided_on date;
update participant set eligibility_decided_on = registered_on where eligible is not null;

-- budget ledger: the part of an expenditure that settled a commitment (moved it from committed to
-- spent); null when it settled none. Back-filled from the commitment booked for the same source
-- (an expense or an initiative) on the same line: a payment settles at most what was committed.
alter table ledger_entry add column settled numeric(14, 2);
update ledger_entry x set settled = least(x.amount, (
    select min(c.amount) from ledger_entry c
    where c.kind = 'COMMITMENT' and c.source = x.source and c.line_id = x.line_id))
where x.kind = 'EXPENDITURE' and exists (
    select 1 from ledger_entry c
    where c.kind = 'COMMITMENT' and c.source = x.source and c.line_id = x.line_id);
