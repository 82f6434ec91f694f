-- The household situation at entry (ESF CO12-CO14, ISUN columns U-W). Nullable: records made
-- before it was asked have none and count as incomplete (only in the ESF grand total).
alter table participant_entry_data add column household_jobless boolean;
alter table participant_entry_data add column household_dependent_children boolean;
alter table participant_entry_data add column household_single_adult boolean;
